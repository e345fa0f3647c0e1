-- The admins' dashboard aggregates over the whole registry (a million members, millions of
-- certificates): each figure is answered from an index alone where it can be, never by
-- reading table rows into the app.

-- Members in good standing by province and by grade, and everyone by status (expired is an
-- active status whose validity has passed). The grade index supersedes (status, grade).
create index member_standing_province on member (status, province, valid_until);
create index member_standing_grade on member (status, grade, valid_until);
drop index member_status_grade;

-- Applications and approvals per week over the last year.
create index membership_application_submitted on membership_application (submitted_at);
create index membership_application_approved on membership_application (decided_at)
    where status = 'APPROVED';

-- Certificates issued this month, and those in force by track.
create index certificate_issued_on on certificate (issued_on);
create index certificate_in_force on certificate (track_id, expires_on) where revoked_at is null;

-- Partner verifications this week.
create index partner_verification_at on partner_verification (verified_at);

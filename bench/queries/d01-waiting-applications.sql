-- MembershipFigures.waitingApplications
select count(*) filter (where a1_0.status='SUBMITTED'),count(*) filter (where a1_0.status='NEEDS_INFO'),min(a1_0.submitted_at) filter (where a1_0.status='SUBMITTED') from membership_application a1_0 where a1_0.status in ('SUBMITTED','NEEDS_INFO');

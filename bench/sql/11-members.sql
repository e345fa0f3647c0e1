-- Members, from the approved applications (10-applications.sql). Run by :workers sessions at
-- once. Variables: members, worker, workers.
\set ON_ERROR_STOP on
set work_mem = '256MB';
select setseed(0.2405 + :worker / 100.0);

-- Members: numbers per Jalali year in order of approval; 93% active (of whom some let their
-- membership lapse: expired), 4% suspended, 3% revoked.
insert into member (id, membership_number, account_subject, application_id, language, full_name, full_name_latin,
    national_id, email, mobile, province, city, grade, status, status_reason, member_since, valid_until,
    directory_listed)
select a.id,
       bench_gen.jalali_year(a.since) || '-'
           || lpad(row_number() over (partition by bench_gen.jalali_year(a.since) order by a.decided_at, a.id)::text, 6, '0'),
       a.account_subject, a.id, a.language, a.full_name, a.full_name_latin, a.national_id, a.email, a.mobile,
       a.province, a.city,
       case when a.years_of_experience >= 10 then 'SENIOR' when a.years_of_experience >= 3 then 'MEMBER'
            else 'ASSOCIATE' end,
       a.stored,
       case a.stored when 'SUSPENDED' then 'عدم پرداخت حق عضویت سالانه'
                     when 'REVOKED' then 'تخلف از منشور اخلاق حرفه‌ای' end,
       a.since,
       -- Validity runs a year at a time from the day of approval; 88% renewed every year.
       a.since + make_interval(years => greatest(1, a.years_in - case when a.renewed then 0 else 1 + (a.id % 2)::int end)),
       a.consent_directory
from (
    select m.*, (m.decided_at at time zone 'Asia/Tehran')::date as since,
           ceil((current_date - (m.decided_at at time zone 'Asia/Tehran')::date) / 365.25)::int as years_in,
           random() < 0.88 as renewed,
           case when m.id % 100 < 93 then 'ACTIVE' when m.id % 100 < 97 then 'SUSPENDED' else 'REVOKED' end as stored
    from membership_application m where m.status = 'APPROVED'
) a
-- Each session numbers whole Jalali years, so the numbers of a year come from one window.
where bench_gen.jalali_year(a.since) % :workers = :worker;

insert into member_specialty (member_id, specialty)
select application_id, specialty from membership_application_specialty
where application_id <= :members and application_id % :workers = :worker;

-- Applications: 1..:members were approved and become members with the same id (11-members.sql);
-- the rest (6% more) are rejected, withdrawn or still open, from other people. Run by :workers
-- sessions at once, each taking every :workers-th id from :worker + 1. Variables: members, worker, workers.
\set ON_ERROR_STOP on
set work_mem = '256MB';
select setseed(0.1405 + :worker / 100.0);

insert into membership_application (id, account_subject, account_username, language, full_name, full_name_latin,
    national_id, birth_date, email, mobile, province, city, education_level, field_of_study, years_of_experience,
    employment_status, employer, portfolio_url, motivation, consent_terms, consent_privacy, consent_directory,
    status, submitted_at, decided_at, decided_by, decision_reason)
select r.id,
       md5('account-' || r.id)::uuid::text,
       lower(f.la[r.fi]) || '.' || lower(l.la[r.li]) || r.id,
       case when r.u1 < 0.9 then 'fa' else 'en' end,
       f.fa[r.fi] || ' ' || l.fa[r.li],
       f.la[r.fi] || ' ' || l.la[r.li],
       bench_gen.national_id(bench_gen.serial(r.id)),
       date '1965-01-01' + (r.u2 * 14600)::int,
       lower(f.la[r.fi]) || '.' || lower(l.la[r.li]) || r.id || '@'
           || (array['gmail.com', 'yahoo.com', 'outlook.com', 'chmail.ir', 'mail.ir'])[1 + (r.id % 5)::int],
       (array['0912', '0935', '0901', '0919', '0937', '0990', '0915', '0933'])[1 + (r.id % 8)::int]
           || lpad(((r.id * 7919) % 10000000)::text, 7, '0'),
       ps.code[r.pi], ps.capital[r.pi],
       (array['BACHELOR', 'BACHELOR', 'BACHELOR', 'MASTER', 'MASTER', 'ASSOCIATE_DEGREE', 'HIGH_SCHOOL', 'DOCTORATE',
              'OTHER', 'BACHELOR'])[1 + (r.id % 10)::int],
       case when r.id % 7 = 0 then null else fs.fa[1 + (r.id % 8)::int] end,
       r.years,
       (array['EMPLOYED_FULL_TIME', 'EMPLOYED_FULL_TIME', 'EMPLOYED_FULL_TIME', 'EMPLOYED_PART_TIME', 'FREELANCE',
              'FREELANCE', 'BUSINESS_OWNER', 'STUDENT', 'SEEKING_WORK'])[1 + (r.id % 9)::int],
       case when r.id % 9 < 4 then e.fa[1 + (r.id % 12)::int] end,
       case when r.id % 4 = 0 then 'https://github.com/' || lower(f.la[r.fi]) || r.id end,
       null,
       true, true, r.u3 < 0.35,
       r.status,
       r.decided - (1 + r.u4 * 29) * interval '1 day',
       case when r.status in ('APPROVED', 'REJECTED') then r.decided
            when r.status = 'WITHDRAWN' then r.decided - interval '12 hours' end,
       case when r.status in ('APPROVED', 'REJECTED') then 'admin' || (1 + r.id % 12) || '@guild.ir' end,
       case when r.status = 'REJECTED' then 'سوابق کاری ارائه‌شده برای عضویت کافی نیست.' end
from (
    select g as id, 1 + floor(random() * 70)::int as fi, 1 + floor(random() * 70)::int as li,
           1 + floor(random() * 1000)::int as pi, random() as u1, random() as u2, random() as u3, random() as u4,
           floor(power(random(), 1.5) * 25)::int as years,
           case when g <= :members then 'APPROVED'
                else (array['REJECTED', 'REJECTED', 'REJECTED', 'REJECTED', 'REJECTED', 'REJECTED', 'WITHDRAWN',
                            'WITHDRAWN', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'NEEDS_INFO'])[1 + (g % 12)::int] end as status,
           -- Approvals spread over ten years, more of them recent: the guild grows.
           case when g <= :members then now() - (3650 * power(random(), 1.6) + 1) * interval '1 day'
                else now() - (random() * 720 + 1) * interval '1 day' end as decided
    from generate_series(1 + :worker, (:members * 1.06)::bigint, :workers) g
) r
cross join (select fa, la from bench_gen.words where kind = 'first') f
cross join (select fa, la from bench_gen.words where kind = 'last') l
cross join (select fa from bench_gen.words where kind = 'field') fs
cross join (select fa from bench_gen.words where kind = 'employer') e
cross join bench_gen.province_slot ps;

-- Open applications waited for days, not years.
update membership_application set submitted_at = now() - (id % 40 + 1) * interval '1 day'
    where status in ('SUBMITTED', 'NEEDS_INFO') and id % :workers = :worker;

-- One or two specialties each, the member's the same as the application's.
insert into membership_application_specialty (application_id, specialty)
select a.id, (array['BACKEND', 'FRONTEND', 'MOBILE', 'DEVOPS', 'SECURITY', 'DATA_ENGINEERING', 'DATA_SCIENCE',
                    'EMBEDDED', 'GAME', 'QA', 'UI_UX', 'DATABASE', 'ENTERPRISE'])[1 + ((a.id * 7 + j * 5) % 13)::int]
from generate_series(1 + :worker, (:members * 1.06)::bigint, :workers) a(id)
join generate_series(1, 2) j on j <= 1 + a.id % 2;

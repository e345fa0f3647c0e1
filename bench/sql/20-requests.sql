-- Certification requests over the catalog's tracks. Requests 1..:certificates were granted and
-- each makes the certificate with the same id (21-certificates.sql); 2% more were denied,
-- withdrawn or are still open. Run by :workers sessions at once.
-- Variables: members, certificates, worker, workers.
\set ON_ERROR_STOP on
set work_mem = '256MB';
select setseed(0.2 + :worker / 100.0);

insert into certification_request (id, member_id, membership_number, account_subject, holder_name, holder_name_latin,
    language, track_id, level, evidence, status, submitted_at, updated_at, decided_at, decided_by,
    decided_by_subject, decision_reason, granted_level)
select p.id, m.id, m.membership_number, m.account_subject, m.full_name, m.full_name_latin, m.language, t.id,
       p.level,
       'سوابق پروژه‌ها و نمونه‌کار در پیوندهای پیوست آمده است.',
       p.status,
       d.at - (2 + p.u * 38) * interval '1 day',
       d.at,
       case when p.status in ('GRANTED', 'DENIED') then d.at end,
       case when p.status in ('GRANTED', 'DENIED') then 'assessor' || (1 + p.id % 40) || '@guild.ir' end,
       case when p.status in ('GRANTED', 'DENIED') then md5('assessor-' || (1 + p.id % 40))::uuid::text end,
       case when p.status = 'DENIED' then 'شواهد ارائه‌شده برای این سطح کافی نیست.' end,
       case when p.status = 'GRANTED' then p.level end
from (
    select g as id,
           -- Open requests: one per member and track, as the unique index wants.
           case when g <= :certificates then 1 + floor(random() * :members)::bigint
                else 1 + (g % :members) end as member_id,
           1 + floor(power(random(), 1.4) * (select count(*) from bench_gen.track))::int as track_n,
           1 + floor(power(random(), 2) * 5)::int as level,
           random() as u, random() as when_u,
           case when g <= :certificates then 'GRANTED'
                else (array['DENIED', 'DENIED', 'DENIED', 'WITHDRAWN', 'SUBMITTED', 'SUBMITTED', 'NEEDS_INFO'])[1 + (g % 7)::int]
           end as status
    from generate_series(1 + :worker, (:certificates * 1.02)::bigint, :workers) g
) p
join member m on m.id = p.member_id
join bench_gen.track t on t.n = p.track_n
-- Decided some time between the member's admission and today; open ones recently.
cross join lateral (
    select case when p.status in ('SUBMITTED', 'NEEDS_INFO') then now() - (1 + p.u * 30) * interval '1 day'
                else least(now() - interval '1 hour',
                           greatest(m.member_since::timestamptz + interval '3 days',
                                    now() - p.when_u * (current_date - m.member_since) * interval '1 day')) end
) d(at);

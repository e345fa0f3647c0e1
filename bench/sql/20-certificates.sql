-- Certification requests and certificates over the catalog's tracks. Requests 1..:certificates
-- were granted and each made the certificate with the same id; 2% more were denied, withdrawn
-- or are still open. Variables: members, certificates.
\set ON_ERROR_STOP on
set work_mem = '256MB';
select setseed(0.2);

create table bench_gen.track as
    select row_number() over (order by id) as n, id, validity_months from certification_track;
do $$ begin
    if (select count(*) from bench_gen.track) = 0 then
        raise exception 'the catalog is empty: start the app once with guild.certification.seed-catalog=true';
    end if;
end $$;

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
    from generate_series(1, (:certificates * 1.02)::bigint) g
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

-- 2% of certificates revoked; the rest expire by their track's validity.
insert into certificate (id, public_code, request_id, member_id, membership_number, holder_name, holder_name_latin,
    track_id, level, issued_on, expires_on, issued_at, revoked_at, revoked_by, revocation_reason)
select r.id, bench_gen.public_code('certificate-' || r.id), r.id, r.member_id, r.membership_number, r.holder_name,
       r.holder_name_latin, r.track_id, r.granted_level,
       (r.decided_at at time zone 'Asia/Tehran')::date,
       (r.decided_at at time zone 'Asia/Tehran')::date + make_interval(months => t.validity_months),
       r.decided_at,
       case when r.id % 50 = 0 then least(now(), r.decided_at + interval '90 days') end,
       case when r.id % 50 = 0 then 'admin1@guild.ir' end,
       case when r.id % 50 = 0 then 'گواهی بر پایه مدارک نادرست صادر شده بود.' end
from certification_request r
join bench_gen.track t on t.id = r.track_id
where r.status = 'GRANTED';

-- Certificates from the granted requests (20-requests.sql). Run by :workers sessions at once.
-- Variables: worker, workers.
\set ON_ERROR_STOP on
set work_mem = '256MB';

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
where r.status = 'GRANTED' and r.id % :workers = :worker;

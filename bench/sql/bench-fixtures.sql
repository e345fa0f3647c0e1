-- What the endpoint benchmarks (bench/endpoints.sh) need on the generated registry, made again on
-- every run: the demo realm's partner client as a firm, share codes whose text the benchmark
-- knows, a member signed in as demo-member, and the inputs the load scripts send (written by the
-- calling script with \copy from the bench_inputs_* views).
\set ON_ERROR_STOP on

-- The demo realm's confidential client demo-partner is firm 1 (its client id was partner-1).
update partner_firm set client_id = 'partner-1-moved' where client_id = 'demo-partner' and id <> 1;
update partner_firm set client_id = 'demo-partner', status = 'ACTIVE' where id = 1;

-- 2,000 members in good standing with a share code each: BENCH followed by the member's id in 11
-- digits, 16 characters of the share codes' alphabet, stored hashed as the app stores it.
-- Made on the first run; later runs keep them (the verifications logged refer to them) and only
-- move their expiry on.
update share_code set expires_at = now() + interval '30 days', revoked_at = null where label = 'bench';
insert into share_code (member_id, code_hash, hint, scope, label, created_at, expires_at)
select m.id, sha256(convert_to('BENCH' || lpad(m.id::text, 11, '0'), 'UTF8')), right(lpad(m.id::text, 11, '0'), 4),
       'MEMBERSHIP_AND_CERTIFICATES', 'bench', now(), now() + interval '30 days'
from member m
where m.status = 'ACTIVE' and m.valid_until >= current_date and m.id % 500 = 7
  and not exists (select 1 from share_code where label = 'bench')
limit 2000;

create or replace view bench_inputs_verifications as
select m.membership_number, 'BENCH' || lpad(m.id::text, 11, '0') as share_code
from share_code s join member m on m.id = s.member_id
where s.label = 'bench'
order by s.id;

-- Certificates in force, for the public check (JSON and page).
create or replace view bench_inputs_certificates as
select public_code from certificate
where revoked_at is null and expires_on > current_date and id % 1500 = 11
order by id limit 2000;

-- demo-member (the demo realm's fixed user id) holds a generated membership in good standing
-- that has certificates and a share code; whoever held that account before is moved aside.
update member set account_subject = 'bench-moved-' || id
where account_subject = '5a1d0000-0000-4000-8000-000000000002';
update membership_application set account_subject = 'bench-moved-' || id
where account_subject = '5a1d0000-0000-4000-8000-000000000002';
with chosen as (
    select m.id, m.application_id from member m
    where m.status = 'ACTIVE' and m.valid_until >= current_date + 30
      and exists (select 1 from certificate c where c.member_id = m.id and c.revoked_at is null)
    order by m.id limit 1)
, moved_member as (
    update member m set account_subject = '5a1d0000-0000-4000-8000-000000000002'
    from chosen where m.id = chosen.id returning m.id)
update membership_application a set account_subject = '5a1d0000-0000-4000-8000-000000000002'
from chosen where a.id = chosen.application_id;

-- Admin member searches as admins type them: a common last name, a rare one, a Latin name, a
-- national ID, a membership number, each alone and with a filter.
create or replace view bench_inputs_searches as
with one as (select full_name, full_name_latin, national_id, membership_number, province
             from member where id = 424242)
select 'q=' || split_part(full_name, ' ', 2) as query from one
union all select 'q=' || split_part(full_name_latin, ' ', 1) from one
union all select 'q=' || national_id from one
union all select 'q=' || membership_number from one
union all select 'status=ACTIVE&province=' || province || '&q=' || split_part(full_name, ' ', 1) from one
union all select 'status=SUSPENDED&province=' || province from one
union all select 'q=' || split_part(full_name, ' ', 1) || '&page=3' from one;

-- Partner firms, members' share codes and the firms' verifications over the last half year.
-- Variables: members, partners.
\set ON_ERROR_STOP on
set work_mem = '256MB';
select setseed(0.4);

insert into partner_firm (id, name, national_company_id, contact_email, client_id, status, created_at, updated_at)
select g,
       'شرکت ' || e.fa[1 + (g % 12)::int] || ' ' || g,
       bench_gen.company_id('10' || lpad((10320000 + g * 3571)::text, 8, '0')),
       'it@partner' || g || '.ir',
       'partner-' || g,
       case when g % 20 = 0 then 'SUSPENDED' else 'ACTIVE' end,
       now() - (30 + g * 3) * interval '1 day',
       now() - (g % 30) * interval '1 day'
from generate_series(1, :partners) g
cross join (select fa from bench_gen.words where kind = 'employer') e;

-- A share code for one member in seven; a tenth of them revoked. Only the hash is stored.
insert into share_code (id, member_id, code_hash, hint, scope, label, created_at, expires_at, revoked_at)
select g, 1 + (g * 7) % :members,
       sha256(convert_to('share-code-' || g, 'UTF8')),
       right(bench_gen.public_code('share-code-' || g), 4),
       case when g % 3 = 0 then 'MEMBERSHIP' else 'MEMBERSHIP_AND_CERTIFICATES' end,
       case when g % 2 = 0 then 'درخواست استخدام' end,
       c.at, c.at + (30 + g % 150) * interval '1 day',
       case when g % 10 = 0 then c.at + interval '3 days' end
from generate_series(1, (:members / 7)::bigint) g
cross join lateral (select now() - (g % 200 + random()) * interval '1 day' as at) c;

-- Verifications: mostly answered, the rest a wrong, expired or revoked code or an unknown number.
insert into partner_verification (partner_firm_id, member_id, share_code_id, scope, outcome, verified_at)
select 1 + floor(power(random(), 2) * :partners)::bigint,
       case when v.outcome <> 'UNKNOWN_NUMBER' then s.member_id end,
       case when v.outcome not in ('UNKNOWN_NUMBER', 'WRONG_CODE') then s.id end,
       case when v.outcome = 'VERIFIED' then s.scope end,
       v.outcome,
       greatest(s.created_at, now() - random() * 180 * interval '1 day')
from generate_series(1, (:members / 2)::bigint) g
join share_code s on s.id = 1 + (g * 13) % (:members / 7)::bigint
cross join lateral (select case when s.revoked_at is not null then 'CODE_REVOKED'
                                when g % 100 < 6 then 'WRONG_CODE'
                                when g % 100 < 9 then 'UNKNOWN_NUMBER'
                                when g % 100 < 12 then 'CODE_EXPIRED'
                                else 'VERIFIED' end as outcome) v;

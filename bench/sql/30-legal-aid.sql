-- Legal-aid cases in every status. Finished cases spread over four years, open ones over the
-- last two months; the first-response deadline is the third working day after filing (Fridays
-- skipped; the desk's public holidays are not), and responses, assignments and alerts agree
-- with the status. Variables: members, cases.
\set ON_ERROR_STOP on
set work_mem = '256MB';
select setseed(0.3);

insert into legal_aid_case (id, case_number, member_id, account_subject, member_name, language, category, subject,
    description, counterparty_name, counterparty_type, amount_in_dispute, urgency, preferred_contact, status,
    assigned_counsel_subject, assigned_counsel_name, decline_reason, created_at, updated_at, first_response_due,
    first_responded_at, conflict_declared_at, conflict_declared_by, overdue_alerted_at)
select c.id,
       'LA-' || bench_gen.jalali_year(c.filed_on) || '-'
           || lpad(row_number() over (partition by bench_gen.jalali_year(c.filed_on) order by c.created_at, c.id)::text, 5, '0'),
       m.id, m.account_subject, m.full_name, m.language, c.category,
       case c.category when 'UNPAID_WAGES' then 'پرداخت‌نشدن حقوق سه ماه گذشته'
                       when 'CONTRACT_DISPUTE' then 'اختلاف بر سر تحویل پروژه و تسویه قرارداد'
                       when 'INTELLECTUAL_PROPERTY' then 'استفاده بی‌اجازه از کد منبع'
                       when 'WRONGFUL_DISMISSAL' then 'اخراج بدون اطلاع قبلی'
                       when 'WORKPLACE_HARASSMENT' then 'رفتار نامناسب مدیر پروژه'
                       else 'درخواست مشاوره حقوقی' end,
       'شرح ماجرا، تاریخ‌ها و مدارک در پیوست آمده است. لطفاً برای پیگیری راهنمایی کنید.',
       e.fa[1 + (c.id % 12)::int],
       case when c.id % 5 = 0 then 'PERSON' else 'COMPANY' end,
       case when c.category in ('UNPAID_WAGES', 'CONTRACT_DISPUTE') then (50 + c.id % 2000) * 1000000 end,
       (array['NORMAL', 'NORMAL', 'NORMAL', 'LOW', 'HIGH', 'URGENT'])[1 + (c.id % 6)::int],
       case when c.id % 3 = 0 then 'PHONE' else 'EMAIL' end,
       c.status,
       case when c.assigned then md5('counsel-' || (1 + c.id % 25))::uuid::text end,
       case when c.assigned then 'وکیل ' || (1 + c.id % 25) end,
       case when c.status = 'DECLINED' then 'موضوع در حوزه خدمات حقوقی صنف نیست.' end,
       c.created_at,
       coalesce(c.responded_at, c.created_at),
       c.due,
       c.responded_at,
       case when c.assigned then coalesce(c.responded_at, c.created_at) end,
       case when c.assigned then md5('counsel-' || (1 + c.id % 25))::uuid::text end,
       -- Overdue cases nobody answered were reported to the admins the day after their deadline.
       case when c.responded_at is null and c.status in ('SUBMITTED', 'TRIAGED') and c.due < current_date - 1
            then (c.due + 1)::timestamptz + interval '8 hours' end
from (
    select s.*, bench_gen.working_days_after(s.filed_on, 3) as due,
           s.status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_MEMBER', 'RESOLVED', 'CLOSED') as assigned,
           -- Answered within one to five days (so some late), except new, withdrawn-early and declined ones.
           case when s.status in ('SUBMITTED') or (s.status = 'WITHDRAWN' and s.id % 2 = 0) then null
                else least(now(), s.created_at + (0.2 + s.u * 4.8) * interval '1 day') end as responded_at
    from (
        select x.*, (x.created_at at time zone 'Asia/Tehran')::date as filed_on
        from (
            select g as id, 1 + floor(random() * :members)::bigint as member_id, random() as u,
                   (array['UNPAID_WAGES', 'UNPAID_WAGES', 'UNPAID_WAGES', 'CONTRACT_DISPUTE', 'CONTRACT_DISPUTE',
                          'INTELLECTUAL_PROPERTY', 'WRONGFUL_DISMISSAL', 'WRONGFUL_DISMISSAL', 'WORKPLACE_HARASSMENT',
                          'OTHER'])[1 + (g % 10)::int] as category,
                   st.status,
                   case when st.status in ('SUBMITTED', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_MEMBER')
                        then now() - random() * 60 * interval '1 day'
                        else now() - (10 + random() * 1450) * interval '1 day' end as created_at
            from generate_series(1, :cases) g
            cross join lateral (select (array['SUBMITTED', 'SUBMITTED', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS', 'IN_PROGRESS',
                    'AWAITING_MEMBER', 'RESOLVED', 'RESOLVED', 'RESOLVED', 'RESOLVED', 'RESOLVED', 'RESOLVED', 'RESOLVED',
                    'RESOLVED', 'CLOSED', 'CLOSED', 'CLOSED', 'DECLINED', 'WITHDRAWN'])[1 + (g * 7 % 20)::int] as status) st
        ) x
    ) s
) c
join member m on m.id = c.member_id
cross join (select fa from bench_gen.words where kind = 'employer') e;

-- Each case's timeline: the member's first message, and the move to its present status.
insert into legal_aid_case_entry (case_id, kind, author_subject, author_name, author_role, body, from_status,
    to_status, created_at)
select id, 'MESSAGE', account_subject, member_name, 'MEMBER', 'مدارک مربوط را پیوست کرده‌ام.', null, null,
       created_at + interval '5 minutes'
from legal_aid_case
union all
select id, 'STATUS_CHANGE', coalesce(assigned_counsel_subject, md5('counsel-1')::uuid::text),
       coalesce(assigned_counsel_name, 'وکیل 1'), case when status = 'WITHDRAWN' then 'MEMBER' else 'COUNSEL' end,
       null, 'SUBMITTED', status, updated_at
from legal_aid_case where status <> 'SUBMITTED';

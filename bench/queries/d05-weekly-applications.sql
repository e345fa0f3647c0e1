-- MembershipFigures.weekly (native SQL)
with day as (
    select (submitted_at at time zone 'Asia/Tehran')::date as on_day, 1 as submitted, 0 as approved
    from membership_application where submitted_at >= :'year_ago'::timestamptz
    union all
    select (decided_at at time zone 'Asia/Tehran')::date, 0, 1
    from membership_application where status = 'APPROVED' and decided_at >= :'year_ago'::timestamptz
)
select to_char(on_day - (extract(isodow from on_day)::int + 1) % 7, 'YYYY-MM-DD'),
       sum(submitted), sum(approved)
from day group by 1;

-- CaseStatistics.figures: by SLA outcome (native SQL)
select case
    when first_responded_at is not null then
        case when first_responded_at < ((first_response_due + 1)::timestamp at time zone 'Asia/Tehran')
            then 'ON_TIME' else 'LATE' end
    when status in ('SUBMITTED','TRIAGED','ASSIGNED','IN_PROGRESS','AWAITING_MEMBER') then
        case when first_response_due < :'today'::date then 'OVERDUE' else 'WAITING' end
    else 'NO_RESPONSE' end,
    count(*)
from legal_aid_case group by 1;

-- CaseStatistics.figures: open and overdue
select count(*) filter (where lac1_0.status in ('SUBMITTED','TRIAGED','ASSIGNED','IN_PROGRESS','AWAITING_MEMBER')),count(*) filter (where lac1_0.status in ('SUBMITTED','TRIAGED','ASSIGNED','IN_PROGRESS','AWAITING_MEMBER') and lac1_0.first_responded_at is null and lac1_0.first_response_due<:'today'::date) from legal_aid_case lac1_0;

-- CaseStatistics.figures: by category
select lac1_0.category,count(*) from legal_aid_case lac1_0 group by lac1_0.category;

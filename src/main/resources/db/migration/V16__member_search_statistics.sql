-- How many members a name search matches is estimated from a sample of the indexed names. With
-- the default sample (100), a surname that one member in seventy bears (20,000 of 1.4 million)
-- was estimated at 700 matches, so the register's first page read and sorted all 20,000 (96 ms)
-- instead of walking the membership numbers down until it had a page (2 ms). A sample of 1,000
-- names estimated it at 28,000, close enough for the right plan. ANALYZE then takes a few seconds
-- longer on a registry of a million members.
alter index member_search_full_name alter column 1 set statistics 1000;
alter index member_search_full_name_latin alter column 1 set statistics 1000;
alter index member_search_email alter column 1 set statistics 1000;
analyze member;

-- The admins' member search matches any part of a name (Persian or Latin), national ID,
-- membership number or email (lower(x) like '%text%'). No B-tree serves a pattern that starts
-- with a wildcard, so at a million members each search read the whole table, once for the page
-- and once for the count. Trigram indexes answer such patterns, one per searched expression so
-- that PostgreSQL combines them for the search's OR.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database's owner may
-- create it without being a superuser.
create extension if not exists pg_trgm;

create index member_search_full_name on member using gin (lower(full_name) gin_trgm_ops);
create index member_search_full_name_latin on member using gin (lower(full_name_latin) gin_trgm_ops);
create index member_search_national_id on member using gin (national_id gin_trgm_ops);
create index member_search_membership_number on member using gin (membership_number gin_trgm_ops);
create index member_search_email on member using gin (lower(email) gin_trgm_ops);

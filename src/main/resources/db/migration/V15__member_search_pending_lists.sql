-- New members' trigrams first go to each search index's pending list, which every search reads
-- in full until it is merged into the index (by autovacuum, or once it outgrows
-- gin_pending_list_limit, 4 MB by default). After imports of 200,000 members the lists could hold up
-- to 4 MB each, and a search for one national ID took 65 ms instead of 12 ms until a vacuum.
-- A 256 kB limit keeps the lists short; members are still written through them in bulk.
alter index member_search_full_name set (gin_pending_list_limit = 256);
alter index member_search_full_name_latin set (gin_pending_list_limit = 256);
alter index member_search_national_id set (gin_pending_list_limit = 256);
alter index member_search_membership_number set (gin_pending_list_limit = 256);
alter index member_search_email set (gin_pending_list_limit = 256);

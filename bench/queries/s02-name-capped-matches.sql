-- Member.registerMatchesUpTo (q = a common name part): the matches of the admins' page, id and number, at most 1,001
\set q '%رضا%'
select m1_0.id,m1_0.membership_number from member m1_0 where 1=1 and (lower(m1_0.full_name) like :'q' escape '\' or lower(m1_0.full_name_latin) like :'q' escape '\' or m1_0.national_id like :'q' escape '\' or m1_0.membership_number like :'q' escape '\' or lower(m1_0.email) like :'q' escape '\') fetch first 1001 rows only;

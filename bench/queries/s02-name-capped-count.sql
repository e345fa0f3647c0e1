-- Member.countRegisterUpTo (q = a common name part): the count of the admins' page, stopped at 1,001
\set q '%رضا%'
select count(*) from (select 1 from member m1_0 where 1=1 and (lower(m1_0.full_name) like :'q' escape '\' or lower(m1_0.full_name_latin) like :'q' escape '\' or m1_0.national_id like :'q' escape '\' or m1_0.membership_number like :'q' escape '\' or lower(m1_0.email) like :'q' escape '\') order by 1 fetch first 1001 rows only) matches1_0(found);

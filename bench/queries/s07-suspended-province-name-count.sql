-- Member.register (status SUSPENDED, province YAZD, q = a common name part): the count
\set q '%رضا%'
select count(*) from member m1_0 where 1=1 and m1_0.status='SUSPENDED' and m1_0.province='YAZD' and (lower(m1_0.full_name) like :'q' escape '\' or lower(m1_0.full_name_latin) like :'q' escape '\' or m1_0.national_id like :'q' escape '\' or m1_0.membership_number like :'q' escape '\' or lower(m1_0.email) like :'q' escape '\');

-- Member.register (q = a whole national ID): the count
\set q '%' :nid '%'
select count(*) from member m1_0 where 1=1 and (lower(m1_0.full_name) like :'q' escape '\' or lower(m1_0.full_name_latin) like :'q' escape '\' or m1_0.national_id like :'q' escape '\' or m1_0.membership_number like :'q' escape '\' or lower(m1_0.email) like :'q' escape '\');

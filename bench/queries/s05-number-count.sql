-- Member.register (q = a whole membership number, found by its unique index): the count
\set q '%' :number '%'
select count(*) from member m1_0 where 1=1 and (m1_0.membership_number = :'number' or lower(m1_0.full_name) like :'q' escape '\' or lower(m1_0.full_name_latin) like :'q' escape '\' or lower(m1_0.email) like :'q' escape '\');

-- Member.register (no filter): the count
select count(*) from member m1_0 where 1=1;

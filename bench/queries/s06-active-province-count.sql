-- Member.register (status ACTIVE, province TEHRAN): the count
select count(*) from member m1_0 where 1=1 and m1_0.status='ACTIVE' and m1_0.valid_until>=:'today'::date and m1_0.province='TEHRAN';

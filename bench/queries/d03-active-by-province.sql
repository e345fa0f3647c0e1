-- MembershipFigures.activeByProvince
select m1_0.province,count(*) from member m1_0 where m1_0.status='ACTIVE' and m1_0.valid_until>=:'today'::date group by m1_0.province;

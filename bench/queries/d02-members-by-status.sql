-- MembershipFigures.membersByStatus
select count(*) filter (where m1_0.status='ACTIVE' and m1_0.valid_until>=:'today'::date),count(*) filter (where m1_0.status='ACTIVE' and m1_0.valid_until<:'today'::date),count(*) filter (where m1_0.status='SUSPENDED'),count(*) filter (where m1_0.status='REVOKED') from member m1_0;

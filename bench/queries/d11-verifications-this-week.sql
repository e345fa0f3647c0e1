-- PartnerVerification.since
select count(*),count(*) filter (where pv1_0.outcome='VERIFIED') from partner_verification pv1_0 where pv1_0.verified_at>=:'week_start'::timestamptz;

-- CertificateFigures.inForceByTrack (the counts; the catalog is read apart)
select c1_0.track_id,count(*) from certificate c1_0 where c1_0.revoked_at is null and c1_0.expires_on>=:'today'::date group by c1_0.track_id;

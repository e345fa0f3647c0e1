-- CertificateFigures.issuedSince
select count(*) from certificate c1_0 where c1_0.issued_on>=:'month_start'::date;

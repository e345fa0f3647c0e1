-- A registry file of :rows people who are not members yet, in the import's columns, for the import
-- benchmark (bench/endpoints.sh): the names, places, grades and specialties of existing members,
-- with national IDs from serials no member uses yet (bench/sql/00-prepare.sql scrambles 1..1,060,000
-- into serials; these scramble numbers from 3,000,000 past the highest member id, so every run
-- imports people the registry does not have), each with its check digit.
\set ON_ERROR_STOP on
copy (
    with person as (
        select m.*, ((m.id + 3000000 + top.id) * 387420489 + 123456789) % 1000000000 as serial
        from member m cross join (select max(id) as id from member) top where m.id <= :rows
    ), checked as (
        select p.*, ((serial / 100000000 % 10) * 10 + (serial / 10000000 % 10) * 9 + (serial / 1000000 % 10) * 8
                   + (serial / 100000 % 10) * 7 + (serial / 10000 % 10) * 6 + (serial / 1000 % 10) * 5
                   + (serial / 100 % 10) * 4 + (serial / 10 % 10) * 3 + (serial % 10) * 2) % 11 as rest
        from person p
    )
    select lpad(serial::text, 9, '0') || case when rest < 2 then rest else 11 - rest end as "nationalId",
           full_name as "fullName", full_name_latin as "fullNameLatin",
           'imported.' || id || '@example.ir' as "email", mobile, province, city, grade,
           member_since as "memberSince", greatest(valid_until, current_date + 30) as "validUntil",
           (select string_agg(specialty, ';' order by specialty) from member_specialty s where s.member_id = c.id)
               as specialties
    from checked c order by id
) to stdout with (format csv, header);

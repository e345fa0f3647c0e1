-- After 90-keys.sql: puts back the foreign keys set aside by 00-prepare.sql (checking every
-- reference) and the statistics targets of the indexes' columns, sets the yearly number
-- sequences and moves each identity past the generated ids so that the app's own numbers and
-- inserts follow them, and checks the generated national IDs the way the app does.
\set ON_ERROR_STOP on
set maintenance_work_mem = '512MB';

do $$
declare r record;
begin
    for r in select * from bench_gen.saved_constraint where contype = 'f' loop
        execute format('alter table %s add constraint %I %s', r.tbl, r.conname, r.def);
    end loop;
    for r in select * from bench_gen.saved_index_statistics loop
        execute format('alter index %s alter column %s set statistics %s', r.name, r.attnum, r.attstattarget);
    end loop;
end $$;

insert into membership_number_sequence (jalali_year, last_value)
select split_part(membership_number, '-', 1)::int, max(split_part(membership_number, '-', 2)::int)
from member group by 1;
insert into legal_aid_number_sequence (jalali_year, last_value)
select split_part(case_number, '-', 2)::int, max(split_part(case_number, '-', 3)::int) from legal_aid_case group by 1;

do $$
declare r record; top bigint;
begin
    for r in select a.attrelid::regclass as tbl, a.attname
             from pg_attribute a join bench_gen.bulk_table b on b.name = a.attrelid
             where a.attidentity <> '' loop
        execute format('select max(%I) from %s', r.attname, r.tbl) into top;
        if top is not null then
            perform setval(pg_get_serial_sequence(r.tbl::text, r.attname), top);
        end if;
    end loop;
end $$;

-- Every national ID passes the app's check (see common/NationalId), none is all one digit.
do $$
declare bad bigint;
begin
    select count(*) into bad from membership_application
    where national_id !~ '^[0-9]{10}$' or national_id ~ '^(.)\1{9}$'
       or substr(national_id, 10, 1)::int <> (select case when r < 2 then r else 11 - r end
            from (select sum(substr(national_id, i, 1)::int * (11 - i)) % 11 as r from generate_series(1, 9) i) s);
    if bad > 0 then raise exception '% generated national IDs fail the check', bad; end if;
end $$;

drop schema bench_gen cascade;

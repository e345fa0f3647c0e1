-- Puts back the primary keys, unique keys and indexes set aside by 00-prepare.sql, each built
-- once over the loaded rows. Run by :workers sessions at once, each building every :workers-th
-- of them, largest tables first. Variables: worker, workers.
\set ON_ERROR_STOP on
set maintenance_work_mem = '512MB';
select set_config('bench.worker', :'worker', false), set_config('bench.workers', :'workers', false);

do $$
declare r record;
begin
    for r in select * from (
                 select row_number() over (order by pg_relation_size(tbl) desc, kind, name) - 1 as n, *
                 from (select tbl, 0 as kind, conname as name,
                              format('alter table %s add constraint %I %s', tbl, conname, def) as ddl
                       from bench_gen.saved_constraint where contype in ('p', 'u')
                       union all
                       select tbl, 1, name, def from bench_gen.saved_index) x
             ) all_keys
             where n % current_setting('bench.workers')::int = current_setting('bench.worker')::int loop
        execute r.ddl;
    end loop;
end $$;

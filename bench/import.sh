#!/usr/bin/env bash
# Times the CSV import of BENCH_IMPORT_ROWS (100000) new members, and only that, on the generated
# registry (bench/generate-registry.sh), as bench/endpoints.sh does it among its loads: the same
# scratch PostgreSQL, the same Keycloak for demo-admin's token, the packaged app in the production
# profile with the Java options docs/operations.md (3.6) recommends (GUILD_JAVA_OPTS overrides them).
#
#   ./mvnw -o package -DskipTests && bench/generate-registry.sh    # once
#   flock /tmp/e2e.lock bench/import.sh [label]                    # Keycloak listens on 8180
#
# BENCH_APPS names the packaged app folders to measure, one after the other in this run (default
# target/quarkus-app): give the build before a change and the build after it to compare them on the
# same data at the same time. Each app imports its own file of fresh people (bench/sql/import-rows.sql
# takes serials past the highest member id), so the registry grows by BENCH_IMPORT_ROWS per app.
# After each import the audit entries it wrote are checked to link to one another and to the entry
# before them (the hash chain, as the app's own verification walks it).
# Prints and writes to target/bench/import-<label>.md: per app, HTTP status, members created, time,
# RSS before and at its peak, and the load average. Every process it starts is stopped on exit.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/target/bench"
read -r -a APPS <<<"${BENCH_APPS:-$ROOT/target/quarkus-app}"
PORT=${BENCH_PG_PORT:-55432}
DB=${BENCH_DB:-registry}
APP_PORT=${BENCH_APP_PORT:-8089}
BASE="http://127.0.0.1:$APP_PORT"
KEYCLOAK="http://127.0.0.1:8180/realms/guild"
IMPORT_ROWS=${BENCH_IMPORT_ROWS:-100000}
LABEL=${1:-run}
OUT="$BENCH/import-$LABEL.md"
RUN="$BENCH/import-$LABEL"
# shellcheck source=bench/common.sh
. "$ROOT/bench/common.sh"

for tool in psql curl; do
    command -v "$tool" >/dev/null || { echo "missing $tool (Debian: apt-get install postgresql-client curl)" >&2; exit 1; }
done
for app in "${APPS[@]}"; do
    [ -f "$app/quarkus-run.jar" ] || { echo "missing $app/quarkus-run.jar: run ./mvnw -o package -DskipTests first" >&2; exit 1; }
done
rm -rf "$RUN" && mkdir -p "$RUN"

KEYCLOAK_PID="" APP_PID="" STARTED_PG=""
cleanup() {
    stop_app
    if [ -n "$KEYCLOAK_PID" ] && kill -0 "$KEYCLOAK_PID" 2>/dev/null; then kill "$KEYCLOAK_PID"; wait "$KEYCLOAK_PID" 2>/dev/null || true; fi
    if [ -n "$STARTED_PG" ] && [ "${BENCH_KEEP:-0}" != 1 ]; then
        "$ROOT/bench/scratch-postgres.sh" stop >/dev/null
    fi
}
trap cleanup EXIT
trap "exit 143" TERM INT   # so that cleanup runs when the run is stopped

open_registry
start_keycloak "${APPS[0]}"

: >"$OUT"
n=0
for app in "${APPS[@]}"; do
    n=$((n + 1))
    members=$("${PSQL[@]}" -d "$DB" -Atc "select count(*) from member")
    "${PSQL[@]}" -d "$DB" -v rows="$IMPORT_ROWS" -f "$ROOT/bench/sql/import-rows.sql" >"$RUN/import-$n.csv"
    last_audit=$("${PSQL[@]}" -d "$DB" -Atc "select coalesce(max(id), 0) from audit_entry")

    start_app "$app" "$RUN/app-$n.log"
    await "$BASE/q/health/ready" 180 "$APP_PID" "The app"
    # One small import first, so that the measured one does not pay for the first request's class loading.
    sed -n '1,2p' "$RUN/import-$n.csv" >"$RUN/warm-up.csv"
    curl -fsS -o /dev/null -H "Authorization: Bearer $(admin_token)" -H "Content-Type: text/csv" \
        --data-binary "@$RUN/warm-up.csv" "$BASE/api/v1/admin/members/import?dryRun=true"

    rss_before=$(rss_mb "$APP_PID"); rss_peak=$rss_before
    token=$(admin_token)
    started=$(now)
    curl -sS --max-time 900 -o "$RUN/answer-$n.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
        -H "Content-Type: text/csv" --data-binary "@$RUN/import-$n.csv" \
        "$BASE/api/v1/admin/members/import?dryRun=false" >"$RUN/status-$n" &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        r=$(rss_mb "$APP_PID"); [ "$r" -gt "$rss_peak" ] && rss_peak=$r
        sleep 0.1
    done
    wait "$pid" || true
    took=$(seconds "$started" "$(now)")
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    status=$(cat "$RUN/status-$n")
    created=$(sed -n 's/.*"created":\([0-9]*\).*/\1/p' "$RUN/answer-$n.json")
    stop_app

    # The entries written since, and the one before them: each must carry the hash of the one before.
    read -r entries broken < <("${PSQL[@]}" -d "$DB" -AtF' ' -c "
        select count(*) filter (where id > $last_audit),
               count(*) filter (where id > $last_audit and prev_hash is distinct from before)
        from (select id, prev_hash, lag(hash) over (order by id) as before
              from audit_entry where id >= (select coalesce(max(id), 0) from audit_entry where id <= $last_audit)) chain")
    [ "$last_audit" = 0 ] && broken=$(( broken > 0 ? broken - 1 : 0 ))   # the genesis entry has no entry before it
    echo "$app: import of $IMPORT_ROWS rows into $members members: HTTP $status, ${created:-0} created, $took s," \
        "RSS $rss_before -> peak $rss_peak MB; $entries audit entries, $broken broken links; load average $load" \
        | tee -a "$OUT"
done
echo "$(nproc) cores; app: $JAVA_OPTS; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end" | tee -a "$OUT"

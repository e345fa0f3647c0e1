#!/usr/bin/env bash
# Measures the app's hot endpoints on the generated registry (bench/generate-registry.sh), side by
# side in one run with the two ceilings they are compared with: pgbench -S on the same PostgreSQL
# (a primary-key lookup: the database's own ceiling) and a trivial endpoint of the app (the
# framework's ceiling), all at the same concurrency with wrk on loopback.
#
#   ./mvnw -o package -DskipTests && bench/generate-registry.sh    # once
#   bench/endpoints.sh [label]                                     # label (default "run") names the output
#
# It starts Keycloak (the guild realm with the demo accounts, as the local run does) and the
# packaged app in the production profile with the Java options and MALLOC_ARENA_MAX=2 that
# docs/operations.md (3.6) recommends (GUILD_JAVA_OPTS overrides the options), then prints and
# writes to target/bench/endpoints-<label>.md:
#   - app start: wall time from launch to /q/health/ready, and Quarkus's own "started in";
#   - RSS idle and its peak under load;
#   - per endpoint: requests/s, p50/p95/p99 in ms, errors, and requests/s as a ratio to each
#     ceiling (BENCH_CONNECTIONS connections, default 32, for BENCH_SECONDS, default 15, after a
#     warm-up of BENCH_WARMUP seconds, default 20), once every app load has run
#     BENCH_WARMUP_ROUNDS times (default 3) for BENCH_WARMUP seconds: the JIT needs minutes on two cores;
#   - partner verification at half its measured maximum, paced by hey (requests in step) and by
#     wrk with random gaps (requests at random moments): p50, p99 and errors;
#   - CSV import of BENCH_IMPORT_ROWS (100000) new members and export of the whole registry:
#     time, and RSS before and at its peak.
# BENCH_APP names another packaged app folder to measure (default target/quarkus-app), and
# BENCH_JAVA_HOME the JDK to run it on (default: the java on the PATH). BENCH_AOT=1 first makes the
# app's AOT cache with a training start and measures the app started with it (JDK 25 or newer, app
# packaged with -Dquarkus.package.jar.type=aot-jar).
# Ports: the app on BENCH_APP_PORT (8089), Keycloak on 8180 (must be free), PostgreSQL on
# BENCH_PG_PORT (55432). Needs wrk, hey, pgbench, psql and curl (Debian: apt-get install wrk hey
# postgresql-client). Every process it starts is stopped on exit.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/target/bench"
APP=${BENCH_APP:-$ROOT/target/quarkus-app}
PORT=${BENCH_PG_PORT:-55432}
DB=${BENCH_DB:-registry}
APP_PORT=${BENCH_APP_PORT:-8089}
BASE="http://127.0.0.1:$APP_PORT"
KEYCLOAK="http://127.0.0.1:8180/realms/guild"
CONNECTIONS=${BENCH_CONNECTIONS:-32}
SECONDS_EACH=${BENCH_SECONDS:-15}
WARMUP=${BENCH_WARMUP:-20}
IMPORT_ROWS=${BENCH_IMPORT_ROWS:-100000}
LABEL=${1:-run}
OUT="$BENCH/endpoints-$LABEL.md"
RUN="$BENCH/endpoints-$LABEL"
# shellcheck source=bench/common.sh
. "$ROOT/bench/common.sh"
export BENCH_LUA="$ROOT/bench/wrk"

for tool in wrk hey pgbench psql curl; do
    command -v "$tool" >/dev/null || { echo "missing $tool (Debian: apt-get install wrk hey postgresql-client curl)" >&2; exit 1; }
done
[ -f "$APP/quarkus-run.jar" ] || { echo "missing $APP/quarkus-run.jar: run ./mvnw -o package -DskipTests first" >&2; exit 1; }
rm -rf "$RUN" && mkdir -p "$RUN"

KEYCLOAK_PID="" APP_PID="" SAMPLER_PID="" STARTED_PG=""
cleanup() {
    for pid in $SAMPLER_PID $APP_PID $KEYCLOAK_PID; do
        if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
    done
    if [ -n "$STARTED_PG" ] && [ "${BENCH_KEEP:-0}" != 1 ]; then
        "$ROOT/bench/scratch-postgres.sh" stop >/dev/null
    fi
}
trap cleanup EXIT
trap "exit 143" TERM INT   # so that cleanup runs when the run is stopped


open_registry
members=$("${PSQL[@]}" -d "$DB" -Atc "select count(*) from member")

# --- The database's ceiling's own data: pgbench's tables, made once ------------------------------
if [ "$("${PSQL[@]}" -d postgres -Atc "select count(*) from pg_database where datname = 'pgbench'")" = 0 ]; then
    "${PSQL[@]}" -d postgres -c "create database pgbench"
    pgbench -q -i -s 10 -h 127.0.0.1 -p "$PORT" -U postgres pgbench >"$RUN/pgbench-init.log" 2>&1
fi

# --- Inputs ------------------------------------------------------------------------------------
# Every run's import adds IMPORT_ROWS members to this year's numbers, and a year has 999,999:
# after a few runs the import would be refused (409), so say so before the loads.
numbered=$("${PSQL[@]}" -d "$DB" -Atc "select coalesce(max(last_value), 0) from membership_number_sequence
    where jalali_year = (select max(jalali_year) from membership_number_sequence)")
if [ $((numbered + IMPORT_ROWS)) -gt 999999 ]; then
    echo "This year's membership numbers are at $numbered of 999999: too few left to import $IMPORT_ROWS rows." >&2
    echo "Generate the registry afresh (bench/generate-registry.sh) or set BENCH_IMPORT_ROWS lower." >&2
    exit 1
fi
"${PSQL[@]}" -d "$DB" -f "$ROOT/bench/sql/bench-fixtures.sql" >/dev/null
# The previous run's import left 100,000 members that no vacuum has seen yet (autovacuum would
# reach them during this run's loads); in production it settled them long ago. Settled first,
# runs one after the other compare.
"${PSQL[@]}" -d "$DB" -c "vacuum (analyze) member, member_specialty, membership_application" >/dev/null
"${PSQL[@]}" -d "$DB" -Atc "copy (select membership_number || ',' || share_code from bench_inputs_verifications) to stdout" >"$RUN/verifications.txt"
"${PSQL[@]}" -d "$DB" -Atc "copy (select public_code from bench_inputs_certificates) to stdout" >"$RUN/certificates.txt"
"${PSQL[@]}" -d "$DB" -Atc "copy (select query from bench_inputs_searches) to stdout" >"$RUN/searches.txt"
echo "/me" >"$RUN/me.txt"
echo "/q/health/live" >"$RUN/live.txt"
"${PSQL[@]}" -d "$DB" -v rows="$IMPORT_ROWS" -f "$ROOT/bench/sql/import-rows.sql" >"$RUN/import.csv"

# --- Keycloak, then the app -------------------------------------------------------------------
start_keycloak "$APP"

# With BENCH_AOT=1 the app is first started once to make its AOT cache, as docs/operations.md (3.6,
# step 4) describes: started, ready, stopped; the JVM writes the cache as it exits. The measured
# start then requires that cache (AOTMode=on: a cache the JVM cannot use stops it instead of being
# ignored). Needs a JDK 25 or newer (BENCH_JAVA_HOME) and the app packaged as aot-jar.
AOT_OPTS=() aot="no AOT cache"
if [ "${BENCH_AOT:-0}" = 1 ]; then
    trained=$(now)
    start_app "$APP" "$RUN/app-training.log" -XX:AOTCacheOutput="$RUN/app.aot"
    await "$BASE/q/health/ready" 120 "$APP_PID" "The app's training start"
    stop_app
    [ -s "$RUN/app.aot" ] || { echo "the training start made no AOT cache; see $RUN/app-training.log" >&2; exit 1; }
    AOT_OPTS=(-XX:AOTMode=on -XX:AOTCache="$RUN/app.aot")
    aot="AOT cache of $(($(stat -c %s "$RUN/app.aot") / 1048576)) MB made in $(seconds "$trained" "$(now)") s"
fi

launched=$(now)
start_app "$APP" "$RUN/app.log" "${AOT_OPTS[@]}" -Dguild.rate-limits.public-verification.requests=1000000000 \
    -Dguild.rate-limits.partner-verification.requests=1000000000
await "$BASE/q/health/ready" 120 "$APP_PID" "The app"
ready=$(seconds "$launched" "$(now)")
quarkus_started=$(sed -n 's/.*started in \([0-9.]*\)s.*/\1/p' "$RUN/app.log" | head -1)
sleep 5
rss_idle=$(rss_mb "$APP_PID")

# The peak RSS while loads run, sampled every 200 ms.
(peak=0; while kill -0 "$APP_PID" 2>/dev/null; do
    r=$(rss_mb "$APP_PID" 2>/dev/null || echo 0); [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" >"$RUN/rss-peak"
    sleep 0.2; done) &
SAMPLER_PID=$!

# --- Credentials: partner firms' tokens, and browser sessions of demo-member and demo-admin -----
# Firms 2..BENCH_FIRMS+1 of the generated registry (client ids partner-2...) get a Keycloak client
# with the partner role, as registering a firm through the app makes one; made once, kept by
# Keycloak's data between runs. Each verification comes from the next firm, so that no one firm's
# rate-limit row takes every request (a firm may make guild.rate-limits.partner-verification a
# minute; the load of many firms is what one instance must carry).
FIRMS=${BENCH_FIRMS:-16}
master=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "http://127.0.0.1:8180/realms/master/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
ADMIN_API="http://127.0.0.1:8180/admin/realms/guild"
partner_role=$(curl -fsS -H "Authorization: Bearer $master" "$ADMIN_API/roles/partner")
: >"$RUN/firm-tokens.txt"
for firm in $(seq 2 $((FIRMS + 1))); do
    "${PSQL[@]}" -d "$DB" -c "update partner_firm set status = 'ACTIVE' where client_id = 'partner-$firm'"
    created=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $master" -H 'Content-Type: application/json' \
        -d "{\"clientId\":\"partner-$firm\",\"secret\":\"bench-partner-secret\",\"publicClient\":false,\"serviceAccountsEnabled\":true,\"standardFlowEnabled\":false,\"directAccessGrantsEnabled\":false}" \
        "$ADMIN_API/clients")
    if [ "$created" = 201 ]; then
        client=$(curl -fsS -H "Authorization: Bearer $master" "$ADMIN_API/clients?clientId=partner-$firm" | sed -n 's/^\[{"id":"\([^"]*\)".*/\1/p')
        account=$(curl -fsS -H "Authorization: Bearer $master" "$ADMIN_API/clients/$client/service-account-user" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
        curl -fsS -H "Authorization: Bearer $master" -H 'Content-Type: application/json' -d "[$partner_role]" \
            "$ADMIN_API/users/$account/role-mappings/realm"
    elif [ "$created" != 409 ]; then
        echo "Keycloak answered $created to making the client partner-$firm" >&2; exit 1
    fi
done
firm_tokens() {
    : >"$RUN/firm-tokens.txt"
    for firm in $(seq 2 $((FIRMS + 1))); do
        echo "$(curl -fsS -d grant_type=client_credentials -d client_id="partner-$firm" -d client_secret=bench-partner-secret \
            "$KEYCLOAK/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')" >>"$RUN/firm-tokens.txt"
    done
    [ "$(grep -c . "$RUN/firm-tokens.txt")" = "$FIRMS" ] || { echo "Keycloak gave no token to a firm" >&2; exit 1; }
}
firm_tokens
partner_token=$(head -1 "$RUN/firm-tokens.txt")
[ -n "$partner_token" ] && [ -n "$(admin_token)" ] || { echo "Keycloak gave no token" >&2; exit 1; }

# Signs USER in through the code flow as a browser would; prints the app's session cookies.
session() {
    local jar="$RUN/cookies-$1" form action
    rm -f "$jar"
    form=$(curl -fsS -L -c "$jar" -b "$jar" "$BASE/me")
    action=$(printf '%s' "$form" | sed -n 's/.*id="kc-form-login"[^>]*action="\([^"]*\)".*/\1/p' | sed 's/&amp;/\&/g')
    [ -n "$action" ] || action=$(printf '%s' "$form" | tr '\n' ' ' | sed -n 's/.*<form[^>]*action="\([^"]*\)".*/\1/p' | sed 's/&amp;/\&/g')
    [ -n "$action" ] || { echo "no Keycloak login form for $1" >&2; exit 1; }
    curl -fsS -L -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$2" "$action"
    awk '$1 ~ /^(#HttpOnly_)?127\.0\.0\.1$/ && $3 == "/" && $6 ~ /^q_session/ { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar"
}
# Fresh sessions: the realm's tokens live 5 minutes, and wrk does not keep a refreshed cookie.
sign_in() {
    member_cookie=$(session demo-member member-pass)
    admin_cookie=$(session demo-admin admin-pass)
    [ -n "$member_cookie" ] && [ -n "$admin_cookie" ] || { echo "no session cookie from the sign-in" >&2; exit 1; }
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $member_cookie" "$BASE/me")
    [ "$code" = 200 ] || { echo "GET /me with demo-member's session answered $code" >&2; exit 1; }
}
sign_in

# --- Loads ------------------------------------------------------------------------------------
# NAME SCRIPT INPUTS [VAR=VALUE...]: wrk for WARMUP seconds, its figures thrown away.
warm() {
    local script=$2 inputs=$3; shift 3
    env BENCH_INPUTS="$inputs" "$@" wrk -t"${THREADS:-2}" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s "$BENCH_LUA/$script" "$BASE" >/dev/null
}
# NAME SCRIPT INPUTS [VAR=VALUE...]: a warm-up, then the measured run; keeps its RESULT line.
load() {
    local name=$1 script=$2 inputs=$3
    warm "$@"
    shift 3
    env BENCH_INPUTS="$inputs" "$@" wrk -t"${THREADS:-2}" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s -s "$BENCH_LUA/$script" "$BASE" \
        >"$RUN/wrk-$name.txt"
    grep '^RESULT' "$RUN/wrk-$name.txt" | sed "s/^RESULT/$name/" >>"$RUN/results"
}
field() { sed -n "s/^$1 .*$2=\([^ ]*\).*/\1/p" "$RUN/results"; }
# STEP (warm or load): runs STEP NAME SCRIPT INPUTS [VAR=VALUE...] for each app load under
# CONNECTIONS, with fresh partner tokens first (they live 5 minutes).
app_loads() {
    firm_tokens
    "$1" verification verify.lua "$RUN/verifications.txt" BENCH_TOKENS="$RUN/firm-tokens.txt"
    "$1" certificate-json get.lua "$RUN/certificates.txt" BENCH_PREFIX=/api/v1/public/certificates/ \
        BENCH_ACCEPT=application/json BENCH_CLIENTS=1000
    "$1" certificate-page get.lua "$RUN/certificates.txt" BENCH_PREFIX=/verify/ BENCH_ACCEPT=text/html BENCH_CLIENTS=1000
    "$1" member-dashboard get.lua "$RUN/me.txt" BENCH_COOKIE="$member_cookie" BENCH_ACCEPT=text/html
    "$1" admin-search get.lua "$RUN/searches.txt" BENCH_PREFIX='/admin/members?' BENCH_COOKIE="$admin_cookie" \
        BENCH_ACCEPT=text/html
}

# The JIT first. On two cores C2 is still compiling the request paths minutes into a load: the
# verifications went from 175/s in their first 20 s to about 1,000/s after three minutes. So every
# app load first runs BENCH_WARMUP_ROUNDS times (default 3) for WARMUP seconds, in turn, before
# anything is measured: the figures are those of an instance that has been serving for a while.
for round in $(seq 1 "${BENCH_WARMUP_ROUNDS:-3}"); do
    sign_in
    app_loads warm
done
sign_in

: >"$RUN/results"
load trivial get.lua "$RUN/live.txt" BENCH_ACCEPT=application/json
pgbench -S -M prepared -n -c "$CONNECTIONS" -j 2 -T "$WARMUP" -h 127.0.0.1 -p "$PORT" -U postgres pgbench >/dev/null
pgbench -S -M prepared -n -c "$CONNECTIONS" -j 2 -T "$SECONDS_EACH" -h 127.0.0.1 -p "$PORT" -U postgres pgbench \
    >"$RUN/pgbench.txt"
pgbench_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$RUN/pgbench.txt")
pgbench_lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$RUN/pgbench.txt")
app_loads load
# The same searches as one admin makes them, one after the other: the latency an admin sees.
CONNECTIONS=1 THREADS=1 load admin-search-alone get.lua "$RUN/searches.txt" BENCH_PREFIX='/admin/members?' \
    BENCH_COOKIE="$admin_cookie" BENCH_ACCEPT=text/html

# Partner verification paced at half its maximum by hey, which sends a fixed request with fixed
# headers: one hey per firm, each with 1/HEY_FIRMS of the rate and of the connections, together
# started and ended; the p99 reported is the highest of theirs (a bound on the p99 of them all).
firm_tokens
max=$(field verification rps)
half=$(awk -v m="$max" 'BEGIN { printf "%d", m / 2 }')
HEY_FIRMS=4
per_firm=$((CONNECTIONS / HEY_FIRMS))
# Each connection at a whole number of requests a second: as many connections (at most
# BENCH_CONNECTIONS, a multiple of HEY_FIRMS) as that rate needs.
per_worker=$(awk -v h="$half" -v c="$CONNECTIONS" 'BEGIN { q = int(h / c + 0.5); printf "%d", (q < 1 ? 1 : q) }')
per_firm=$(awk -v h="$half" -v q="$per_worker" -v f="$HEY_FIRMS" -v c="$per_firm" \
    'BEGIN { n = int(h / q / f + 0.5); printf "%d", (n < 1 ? 1 : (n > c ? c : n)) }')
pids=()
for k in $(seq 1 $HEY_FIRMS); do
    line=$(sed -n "${k}p" "$RUN/verifications.txt")
    printf '{"membershipNumber":"%s","shareCode":"%s"}' "${line%,*}" "${line#*,}" >"$RUN/verification-$k.json"
    hey -z "${SECONDS_EACH}s" -c "$per_firm" -q "$per_worker" -m POST -T application/json -A application/json \
        -H "Authorization: Bearer $(sed -n "${k}p" "$RUN/firm-tokens.txt")" -D "$RUN/verification-$k.json" \
        "$BASE/api/v1/partner/verifications" >"$RUN/hey-half-$k.txt" &
    pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
half_rps=$(cat "$RUN"/hey-half-*.txt | awk '/Requests\/sec:/ { s += $2 } END { printf "%.0f", s }')
half_p50=$(cat "$RUN"/hey-half-*.txt | awk '/ 50% in/ { v = $3 * 1000; if (v > m) m = v } END { printf "%.2f", m }')
half_p99=$(cat "$RUN"/hey-half-*.txt | awk '/ 99% in/ { v = $3 * 1000; if (v > m) m = v } END { printf "%.2f", m }')
half_errors=$(cat "$RUN"/hey-half-*.txt | awk '/Status code distribution/ { on = 1; next } /Error distribution/ { on = 0; err = 1; next }
    on && /\[[0-9]+\]/ { code = $1; gsub(/[][]/, "", code); if (code != 200) n += $2 }
    err && /\[[0-9]+\]/ { c = $1; gsub(/[][]/, "", c); n += c } END { print n + 0 }')
# The same rate with requests arriving at random moments (wrk, verify-paced.lua): every connection
# waits a random time after each answer, CONNECTIONS / half seconds on average, so the rate reached
# is a little under half (each gap adds a verification's own time); it is reported as measured.
firm_tokens
env BENCH_INPUTS="$RUN/verifications.txt" BENCH_TOKENS="$RUN/firm-tokens.txt" \
    BENCH_MEAN_GAP_MS=$(awk -v c="$CONNECTIONS" -v h="$half" 'BEGIN { printf "%d", c * 1000 / h }') \
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s -s "$BENCH_LUA/verify-paced.lua" "$BASE" >"$RUN/wrk-half-random.txt"
grep '^RESULT' "$RUN/wrk-half-random.txt" | sed "s/^RESULT/verification-half-random/" >>"$RUN/results"
rss_load=$(cat "$RUN/rss-peak")

# --- CSV import and export --------------------------------------------------------------------
kill "$SAMPLER_PID"; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
# CALL...: runs curl with the admin's token, sampling RSS meanwhile; sets took, rss_before, rss_peak, status.
measured() {
    local peak before pid
    before=$(rss_mb "$APP_PID"); peak=$before
    curl -sS -o "$RUN/answer" -w '%{http_code}' -H "Authorization: Bearer $(admin_token)" "$@" >"$RUN/status" &
    pid=$!
    local s; s=$(now)
    while kill -0 "$pid" 2>/dev/null; do
        r=$(rss_mb "$APP_PID"); [ "$r" -gt "$peak" ] && peak=$r
        sleep 0.1
    done
    wait "$pid" || true
    took=$(seconds "$s" "$(now)"); rss_before=$before; rss_peak=$peak; status=$(cat "$RUN/status")
}
measured -X POST -H "Content-Type: text/csv" --data-binary "@$RUN/import.csv" "$BASE/api/v1/admin/members/import?dryRun=false"
import_took=$took import_before=$rss_before import_peak=$rss_peak import_status=$status
imported=$(sed -n 's/.*"created":\([0-9]*\).*/\1/p' "$RUN/answer")
measured "$BASE/api/v1/admin/members/export"
cp "$RUN/answer" "$RUN/export.csv"
export_took=$took export_before=$rss_before export_peak=$rss_peak export_status=$status
exported=$(($(wc -l <"$RUN/export.csv") - 1))

# --- Report -----------------------------------------------------------------------------------
trivial_rps=$(field trivial rps)
{
    echo "registry: $members members before the import; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
    echo "loads: wrk, $CONNECTIONS connections, 2 threads, ${SECONDS_EACH} s each after ${WARMUP} s of warm-up, all loads first warmed ${BENCH_WARMUP_ROUNDS:-3} times; app: $JAVA_OPTS"
    echo "app's JVM: $("$APP_JAVA" -version 2>&1 | head -1), $aot"
    echo
    echo "| endpoint | requests/s | p50 ms | p95 ms | p99 ms | errors | × pgbench -S | × trivial |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    printf '| pgbench -S -M prepared (database ceiling) | %.0f | | | | | 1.00 | %.2f |\n' "$pgbench_tps" \
        "$(awk -v a="$pgbench_tps" -v b="$trivial_rps" 'BEGIN { print a / b }')"
    for name in trivial verification certificate-json certificate-page member-dashboard admin-search admin-search-alone; do
        rps=$(field "$name" rps)
        errors=$(awk -v a="$(field "$name" non2xx)" -v b="$(field "$name" connect)" -v c="$(field "$name" read)" \
            -v d="$(field "$name" write)" -v e="$(field "$name" timeout)" 'BEGIN { print a + b + c + d + e }')
        printf '| %s | %.0f | %s | %s | %s | %s | %.2f | %.2f |\n' "$name" "$rps" "$(field "$name" p50)" \
            "$(field "$name" p95)" "$(field "$name" p99)" "$errors" \
            "$(awk -v a="$rps" -v b="$pgbench_tps" 'BEGIN { print a / b }')" \
            "$(awk -v a="$rps" -v b="$trivial_rps" 'BEGIN { print a / b }')"
    done
    echo
    echo "pgbench -S latency average: $pgbench_lat ms"
    echo "verification at half its maximum ($half/s; hey, $HEY_FIRMS firms x $per_firm connections x $per_worker/s): $half_rps/s, p50 $half_p50 ms, p99 $half_p99 ms (highest of the firms'), errors $half_errors"
    echo "verification at half its maximum, arriving at random ($CONNECTIONS connections, wrk): $(field verification-half-random rps)/s, p50 $(field verification-half-random p50) ms, p99 $(field verification-half-random p99) ms, errors $(awk -v a="$(field verification-half-random non2xx)" -v b="$(field verification-half-random timeout)" -v c="$(field verification-half-random read)" 'BEGIN { print a + b + c }')"
    echo "app start: ready after $ready s (wall, from launch); Quarkus: started in ${quarkus_started:-?} s"
    echo "RSS: idle $rss_idle MB, peak under load $rss_load MB"
    echo "import of $IMPORT_ROWS rows: HTTP $import_status, ${imported:-0} created, $import_took s, RSS $import_before -> peak $import_peak MB"
    echo "export of $exported rows: HTTP $export_status, $export_took s, RSS $export_before -> peak $export_peak MB (+$((export_peak - export_before)) MB)"
} | tee "$OUT"

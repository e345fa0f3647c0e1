#!/usr/bin/env bash
# Times the SQL of the admins' dashboard and of the admin member search (bench/queries/*.sql, as
# Hibernate renders them) on the generated registry (bench/generate-registry.sh).
#
#   bench/dashboard-queries.sh [label]      label (default "run") names the output
#
# Each query runs once to warm the cache, then BENCH_RUNS (7) times in one psql session; the
# median, min and max of psql's client-side timings (loopback, results read) are printed and
# written to target/bench/queries-<label>.txt, and EXPLAIN (ANALYZE, BUFFERS) of each to
# target/bench/explain-<label>/. Literal values stand in for the bound parameters.
# Dates: today and the week's start (Saturday) in Tehran; BENCH_MONTH_START (default: today
# minus 15 days) stands in for the start of the Jalali month.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/target/bench"
PORT=${BENCH_PG_PORT:-55432}
DB=${BENCH_DB:-registry}
RUNS=${BENCH_RUNS:-7}
LABEL=${1:-run}
OUT="$BENCH/queries-$LABEL.txt"
EXPLAIN="$BENCH/explain-$LABEL"
export PGOPTIONS="-c client_min_messages=warning"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d "$DB")

STARTED_PG=""
cleanup() {
    if [ -n "$STARTED_PG" ] && [ "${BENCH_KEEP:-0}" != 1 ]; then
        "$ROOT/bench/scratch-postgres.sh" stop >/dev/null
    fi
}
trap cleanup EXIT
if ! "$ROOT/bench/scratch-postgres.sh" status >/dev/null; then
    "$ROOT/bench/scratch-postgres.sh" start >/dev/null
    STARTED_PG=1
fi

today=$(TZ=Asia/Tehran date +%F)
week_start=$(TZ=Asia/Tehran date -d "$today - $(( ($(TZ=Asia/Tehran date +%u) + 1) % 7 )) days" +%F)
month_start=${BENCH_MONTH_START:-$(date -d "$today - 15 days" +%F)}
year_ago=$(date -d "$week_start - 51 weeks" +%F)
# A real member's national ID and membership number to look for.
read -r nid number < <("${PSQL[@]}" -At -F ' ' -c "select national_id, membership_number from member where id = (select max(id) * 7 / 9 from member)")
VARS=(-v today="$today" -v week_start="$week_start 00:00+03:30" -v month_start="$month_start"
      -v year_ago="$year_ago 00:00+03:30" -v nid="$nid" -v number="$number")

mkdir -p "$EXPLAIN"
{
    echo "queries on $("${PSQL[@]}" -At -c "select count(*) from member") members, $RUNS runs each after one warm-up,"
    echo "label '$LABEL', $(date -u '+%F %H:%M') UTC; 2 shared cores: times are noisy, compare within one run"
    printf '%-42s %10s %10s %10s %8s\n' query "median ms" "min ms" "max ms" rows
} | tee "$OUT"

for file in "$ROOT"/bench/queries/*.sql; do
    name=$(basename "$file" .sql)
    script=$(mktemp)
    {
        echo '\o /dev/null'
        echo '\timing on'
        for _ in $(seq 0 "$RUNS"); do echo "\\i $file"; done
    } >"$script"
    times=$("${PSQL[@]}" "${VARS[@]}" -f "$script" | awk '/^Time:/ {print $2}' | tail -n +2 | sort -n)
    rm -f "$script"
    rows=$( { echo '\pset tuples_only on'; echo '\pset format unaligned'; cat "$file"; } \
        | "${PSQL[@]}" "${VARS[@]}" | wc -l)
    awk '!done && !/^(--|\\)/ { $0 = "explain (analyze, buffers) " $0; done = 1 } { print }' "$file" \
        | "${PSQL[@]}" "${VARS[@]}" >"$EXPLAIN/$name.txt"
    median=$(echo "$times" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
    printf '%-42s %10.1f %10.1f %10.1f %8s\n' "$name" "$median" "$(echo "$times" | head -1)" \
        "$(echo "$times" | tail -1)" "$rows" | tee -a "$OUT"
done
echo "written: $OUT and $EXPLAIN/"

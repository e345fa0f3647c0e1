# What bench/endpoints.sh and bench/import.sh share: sourced by them after they set ROOT, BENCH,
# RUN, PORT, DB, BASE, APP_PORT and KEYCLOAK. Not meant to be run on its own.

# The app's Java options: those docs/operations.md (3.6) recommends, unless GUILD_JAVA_OPTS says others.
JAVA_OPTS=${GUILD_JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000}
# The JDK the app runs on: BENCH_JAVA_HOME's if set, else the java on the PATH (Keycloak always runs on the latter).
APP_JAVA=${BENCH_JAVA_HOME:+$BENCH_JAVA_HOME/bin/}java

export PGOPTIONS="-c client_min_messages=warning"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres)

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# URL LIMIT PID NAME: waits (bounded) until URL answers 200, while PID lives.
await() {
    local url=$1 limit=$2 pid=$3 name=$4
    for _ in $(seq 1 $((limit * 20))); do
        curl -fs -o /dev/null "$url" && return 0
        kill -0 "$pid" 2>/dev/null || { echo "$name stopped while starting; see its log under $RUN" >&2; exit 1; }
        sleep 0.05
    done
    echo "$name did not answer $url within $limit s" >&2
    exit 1
}

# Starts the scratch PostgreSQL unless it runs (STARTED_PG=1 then, for the caller's cleanup), and
# checks that it holds the generated registry.
open_registry() {
    if ! "$ROOT/bench/scratch-postgres.sh" status >/dev/null; then
        "$ROOT/bench/scratch-postgres.sh" start >/dev/null
        STARTED_PG=1
    fi
    "${PSQL[@]}" -d "$DB" -Atc "select count(*) from member" >/dev/null \
        || { echo "no generated registry in database $DB: run bench/generate-registry.sh first" >&2; exit 1; }
}

# APP: starts Keycloak (the guild realm with the demo accounts) from APP's classpath; sets KEYCLOAK_PID.
start_keycloak() {
    java -cp "$1/app/*:$1/lib/boot/*:$1/lib/main/*" ir.guild.registry.devstack.KeycloakServer \
        "$ROOT/.local" "$ROOT/deploy/keycloak" >"$RUN/keycloak.log" 2>&1 &
    KEYCLOAK_PID=$!
    await "$KEYCLOAK/.well-known/openid-configuration" 240 "$KEYCLOAK_PID" Keycloak
}

# APP LOG [-Dkey=value...]: starts APP in the production profile against the registry, as an operator
# would configure it, mail mocked and the scheduler off; sets APP_PID. Does not wait for it.
start_app() {
    local app=$1 log=$2; shift 2
    # shellcheck disable=SC2086 # JAVA_OPTS holds several options
    MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} GUILD_WEB_CLIENT_SECRET=guild-web-instances-secret QUARKUS_DATASOURCE_PASSWORD=postgres \
    "$APP_JAVA" $JAVA_OPTS -Dquarkus.http.port="$APP_PORT" -Dquarkus.http.host=127.0.0.1 \
        -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$PORT/$DB" -Dquarkus.datasource.username=postgres \
        -Dquarkus.oidc.client-id=guild-web-instances -Dquarkus.oidc.token.audience=guild-web,guild-web-instances \
        -Dquarkus.oidc.token-state-manager.encryption-secret=bench-session-secret-0123456789abcdef \
        -Dquarkus.rest-csrf.token-signature-key=bench-csrf-signature-key-0123456789abcdef \
        -Dguild.public-url="$BASE" -Dguild.credentials.key-file="$BENCH/credential-keys.json" \
        -Dguild.notify.mobile-code-secret=bench-only-mobile-code-secret-0123456789abcdef \
        -Dquarkus.mailer.mock=true -Dquarkus.scheduler.enabled=false \
        "$@" -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
    APP_PID=$!
}

# Stops the app start_app started, if it still runs, and waits until it has exited (a JVM writing
# its AOT cache as it exits included).
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
    APP_PID=""
}

# A fresh token of demo-admin (tokens live 5 minutes: fetch one before each call that needs it).
admin_token() {
    curl -fsS -d grant_type=password -d client_id=guild-cli -d username=demo-admin -d password=admin-pass \
        "$KEYCLOAK/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

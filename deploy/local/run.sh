#!/usr/bin/env bash
# Starts the whole platform on this machine: an embedded PostgreSQL (data kept in
# .local/postgres), Keycloak with the guild realm and demo accounts on
# http://127.0.0.1:8180, and the app on http://127.0.0.1:8080. Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "$0")/../.."

./mvnw -B -q -DskipTests package

exec java \
  -Dquarkus.profile=local \
  -Dguild.local.keycloak=true \
  -Dguild.local.dir="$(pwd)/.local" \
  -Dguild.local.realm-dir="$(pwd)/deploy/keycloak" \
  ${GUILD_JAVA_OPTS:--Xmx512m} \
  -jar target/quarkus-app/quarkus-run.jar

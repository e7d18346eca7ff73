#!/usr/bin/env bash
# The real Keycloak server (Quarkus distribution from Maven Central) on loopback, behind the gateway's /auth/.
# Usage: keycloak.sh start|stop|restart|status|fetch. Its data lives in the `keycloak` database of the
# project's PostgreSQL (users survive a restart); the realm comes from deploy/keycloak/realm-crm.json,
# imported once (an existing realm is left as it is). Needs a JDK 21 or later (scripts/install.sh finds one).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=/dev/null
source "$here/env.sh"
version=26.5.6
home="$CRM_CACHE_DIR/keycloak-$version"
logs="$CRM_DATA_DIR/logs"
pid_file="$CRM_DATA_DIR/run/keycloak.pid"
base="http://127.0.0.1:$KEYCLOAK_PORT/auth"

java_home() {
  # The JDK scripts/install.sh found or installed (Keycloak 26 refuses anything older than 21).
  local found
  found=$("$CRM_ROOT/scripts/install.sh" --find-jdk21) || { echo "no JDK 21+; run scripts/install.sh" >&2; exit 1; }
  echo "$found"
}

fetch() {
  [[ -f "$home/.built" ]] && return
  echo "fetching Keycloak $version from Maven Central into $home (first run only)"
  mkdir -p "$CRM_CACHE_DIR"
  local tmp
  tmp=$(mktemp -d "$CRM_CACHE_DIR/keycloak-fetch.XXXXXX")
  mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:tar.gz" -DoutputDirectory="$tmp"
  rm -rf "$home"
  tar -xzf "$tmp/keycloak-quarkus-dist-$version.tar.gz" -C "$tmp"
  mv "$tmp/keycloak-$version" "$home"
  rm -rf "$tmp"
  # Build-time options are baked in once, so every start is `start --optimized` (no re-augmentation).
  JAVA_HOME=$(java_home) "$home/bin/kc.sh" build --db=postgres --health-enabled=true \
    --http-relative-path=/auth >"$CRM_DATA_DIR/logs/keycloak-build.log" 2>&1
  touch "$home/.built"
}

provision_db() {
  # Its own role and database, reachable only by that role (like each service's).
  psql "$CRM_ADMIN_DATABASE_URL" -v ON_ERROR_STOP=1 -qAt <<'SQL' >/dev/null
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'keycloak') THEN
    CREATE ROLE keycloak LOGIN PASSWORD 'keycloak';
  END IF;
END $$;
SELECT 'CREATE DATABASE keycloak OWNER keycloak' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'keycloak')
\gexec
REVOKE CONNECT ON DATABASE keycloak FROM PUBLIC;
GRANT CONNECT ON DATABASE keycloak TO keycloak;
SQL
}

running() { [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

answers() { curl -fsS -o /dev/null "$base/realms/crm/.well-known/openid-configuration" 2>/dev/null; }

start() {
  if running; then echo "keycloak running (pid $(cat "$pid_file"))"; return; fi
  mkdir -p "$logs" "$(dirname "$pid_file")"
  fetch
  provision_db
  mkdir -p "$home/data/import"
  # The dashboard's redirect URIs name the gateway's port: a second instance of the system on other ports
  # (GATEWAY_PORT) gets its own.
  sed -e "s/127\.0\.0\.1:8080/127.0.0.1:$GATEWAY_PORT/g" -e "s/localhost:8080/localhost:$GATEWAY_PORT/g" \
    "$CRM_ROOT/deploy/keycloak/realm-crm.json" >"$home/data/import/realm-crm.json"
  local began=$SECONDS
  # Issuer and browser URLs are the gateway's (--hostname); services fetch keys from this port directly
  # (--hostname-backchannel-dynamic answers them with the address they used). kc.sh runs java as its child:
  # its own session (setsid), so stop signals both.
  JAVA_HOME=$(java_home) JAVA_OPTS_KC_HEAP="-Xms128m -Xmx512m" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    KC_DB_PASSWORD=keycloak \
    setsid nohup "$home/bin/kc.sh" start --optimized --import-realm \
    --http-enabled=true --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
    --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
    --hostname="http://127.0.0.1:$GATEWAY_PORT/auth" --hostname-backchannel-dynamic=true \
    --proxy-headers=xforwarded \
    --db-url="jdbc:postgresql://127.0.0.1:$PG_PORT/keycloak" --db-username=keycloak \
    --log=file --log-file="$logs/keycloak.log" >"$logs/keycloak.out" 2>&1 &
  echo $! >"$pid_file"
  local deadline=$((SECONDS + 180))
  until answers; do
    if ! running; then echo "keycloak exited; see $logs/keycloak.out and $logs/keycloak.log" >&2; exit 1; fi
    if ((SECONDS > deadline)); then echo "keycloak not up after 180 s; see $logs/keycloak.log" >&2; exit 1; fi
    sleep 0.5
  done
  echo "keycloak ready on $base in $((SECONDS - began)) s (admin console $base/admin/, user $KEYCLOAK_ADMIN_USER)"
}

stop() {
  if ! running; then rm -f "$pid_file"; echo "keycloak stopped"; return; fi
  local pid
  pid=$(cat "$pid_file")
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
  for _ in $(seq 1 300); do pgrep -g "$pid" >/dev/null || break; sleep 0.1; done
  pgrep -g "$pid" >/dev/null && kill -KILL -- "-$pid"
  rm -f "$pid_file"
  echo "keycloak stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) if running && answers; then echo "keycloak up"; else echo "keycloak down"; exit 3; fi ;;
  fetch) mkdir -p "$logs"; fetch ;;
  *) echo "usage: $0 start|stop|restart|status|fetch" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# PostgreSQL from Debian's package: one cluster on a non-default port, one database and one role per
# service (each role can reach only its own database), plus a crm_admin superuser for tests.
# Usage: postgres.sh start|stop|status|reset-db <service>. Data in $CRM_DATA_DIR/pg survives restarts.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=/dev/null
source "$here/env.sh"
SERVICES=(contacts portal notifications importer billing)
data="$CRM_DATA_DIR/pg"
sock="$CRM_DATA_DIR/run/pg"
logs="$CRM_DATA_DIR/logs"

bin_dir() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$initdb" ]]; then
    [[ $(id -u) -eq 0 ]] || { echo "PostgreSQL is not installed; as root: apt-get install postgresql" >&2; exit 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
    initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
  fi
  dirname "$initdb"
}

as_owner() {
  # PostgreSQL refuses to run as root: as root, run it as the postgres user.
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

reachable_by_postgres() {
  # The postgres user must be able to traverse every folder above the data directory.
  [[ $(id -u) -eq 0 ]] || return 0
  local dir=$1
  while [[ "$dir" != "/" ]]; do
    runuser -u postgres -- test -x "$dir" 2>/dev/null || chmod o+x "$dir"
    dir=$(dirname "$dir")
  done
}

psql_admin() { PGOPTIONS="-c client_min_messages=warning" as_owner "$BIN/psql" -h "$sock" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

running() { as_owner "$BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; }

provision() {
  psql_admin -d postgres <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'crm_admin') THEN
    CREATE ROLE crm_admin LOGIN SUPERUSER PASSWORD 'crm_admin';
  END IF;
END $$;
SQL
  for svc in "${SERVICES[@]}"; do
    psql_admin -d postgres -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$svc')
      THEN CREATE ROLE $svc LOGIN PASSWORD '$svc'; END IF; END \$\$;"
    if [[ -z $(psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$svc'") ]]; then
      psql_admin -d postgres -c "CREATE DATABASE $svc OWNER $svc"
    fi
    psql_admin -d postgres -c "REVOKE CONNECT ON DATABASE $svc FROM PUBLIC; GRANT CONNECT ON DATABASE $svc TO $svc"
    psql_admin -d "$svc" -c "CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS citext"
  done
}

start() {
  BIN=$(bin_dir)
  mkdir -p "$data" "$sock" "$logs"
  reachable_by_postgres "$CRM_DATA_DIR"
  [[ $(id -u) -eq 0 ]] && chown postgres "$data" "$sock" "$logs" && chmod 700 "$data"
  if [[ ! -f "$data/PG_VERSION" ]]; then
    as_owner "$BIN/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if running; then
    echo "postgres running on 127.0.0.1:$PG_PORT"
  else
    as_owner "$BIN/pg_ctl" -D "$data" -l "$logs/postgres.log" -w -t 60 start -o \
      "-p $PG_PORT -k $sock -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=256MB \
       -c synchronous_commit=off -c work_mem=16MB -c maintenance_work_mem=256MB" >/dev/null
    echo "postgres ready on 127.0.0.1:$PG_PORT"
  fi
  provision
}

stop() {
  BIN=$(bin_dir)
  if running; then as_owner "$BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null; fi
  echo "postgres stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) BIN=$(bin_dir); if running; then echo "postgres up"; else echo "postgres down"; exit 3; fi ;;
  reset-db)
    BIN=$(bin_dir)
    svc=${2:?usage: $0 reset-db <service>}
    psql_admin -d postgres -c "DROP DATABASE IF EXISTS $svc WITH (FORCE)"
    provision
    ;;
  *) echo "usage: $0 start|stop|status|reset-db <service>" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Brings up the whole system: PostgreSQL, Kafka, SMTP, the five services and the gateway, then demo data.
# Foreground by default (Ctrl-C stops the services; infrastructure keeps running: scripts/down.sh stops it).
# --detach returns once everything is ready.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
detach=false
[[ "${1:-}" == "--detach" ]] && detach=true

scripts/install.sh
# The staff dashboard the gateway serves at / (rebuilt only when a source changed since the last build).
dist=web/dashboard/dist/index.html
if [[ ! -f $dist || -n "$(find web/dashboard/src web/dashboard/index.html web/ui/src web/api/src -newer "$dist" -print -quit)" ]]; then
  (cd web && npm run --silent build --workspace @storage-crm/dashboard >/dev/null)
fi
# The customer portal the gateway serves under /portal/ (the same rule).
dist=web/portal/dist/index.html
if [[ ! -f $dist || -n "$(find web/portal/src web/portal/index.html web/ui/src web/api/src -newer "$dist" -print -quit)" ]]; then
  (cd web && npm run --silent build --workspace @storage-crm/portal >/dev/null)
fi
# shellcheck source=/dev/null
source deploy/local/env.sh
deploy/local/infra.sh up
uv run --no-sync crm-dev keys >/dev/null
# Keycloak takes the longest to start (about a minute): it comes up while the services do.
deploy/local/keycloak.sh start >"$CRM_DATA_DIR/logs/keycloak-start.log" 2>&1 &
keycloak_pid=$!

run_dir="$CRM_DATA_DIR/run"
mkdir -p "$run_dir" "$CRM_DATA_DIR/logs"
if [[ -f "$run_dir/honcho.pid" ]] && kill -0 "$(cat "$run_dir/honcho.pid")" 2>/dev/null; then
  echo "services already running (pid $(cat "$run_dir/honcho.pid"))"
else
  started=$(date +%s)
  setsid uv run --no-sync honcho -d "$root" -f deploy/local/Procfile start \
    >"$CRM_DATA_DIR/logs/services.log" 2>&1 &
  echo $! >"$run_dir/honcho.pid"
  echo "starting services (logs: $CRM_DATA_DIR/logs/services.log)"
fi

uv run --no-sync python scripts/wait_ready.py --timeout 120
[[ -n "${started:-}" ]] && echo "all services ready in $(($(date +%s) - started)) s"
wait "$keycloak_pid" || { cat "$CRM_DATA_DIR/logs/keycloak-start.log" >&2; exit 1; }
tail -n 1 "$CRM_DATA_DIR/logs/keycloak-start.log"
uv run --no-sync python scripts/seed_demo.py

gateway="http://127.0.0.1:${GATEWAY_PORT:-8080}"
cat <<EOT

Storage CRM is up.
  Gateway          $gateway/   (the staff dashboard)
  Customer portal  $gateway/portal/
  API docs         $gateway/api/contacts/docs   (also /api/portal/docs, /api/notifications/docs,
                   /api/importer/docs, /api/billing/docs)
  Staff sign-in    $gateway/auth/realms/crm/account/   (Keycloak realm crm; the dashboard's client is
                   \`dashboard\`, authorization code + PKCE). Demo users of the demo facility:
                     demo-owner   / demo-owner-pw     (owner)
                     demo-manager / demo-manager-pw   (manager)
                     demo-staff   / demo-staff-pw     (staff)
  Keycloak admin   $gateway/auth/admin/   ($KEYCLOAK_ADMIN_USER / $KEYCLOAK_ADMIN_PASSWORD; add staff: README)
  Demo token       $CRM_DATA_DIR/demo-token.txt  (owner of the demo facility, dev key; use as a Bearer token)
  Mail received    $CRM_DATA_DIR/mail/  and  http://127.0.0.1:${SMTP_HTTP_PORT:-8025}/messages
  Kafka            $KAFKA_BOOTSTRAP_SERVERS    PostgreSQL 127.0.0.1:$PG_PORT
  Stop             scripts/down.sh    (or Ctrl-C here, then scripts/down.sh for Kafka and PostgreSQL)
EOT

if ! $detach; then
  trap 'scripts/down.sh --services' INT TERM
  wait "$(cat "$run_dir/honcho.pid")" 2>/dev/null || tail -f /dev/null --pid "$(cat "$run_dir/honcho.pid")"
fi

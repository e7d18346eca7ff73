#!/usr/bin/env bash
# Stops the services and the gateway; without --services also Kafka and PostgreSQL. Data is kept.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=/dev/null
source deploy/local/env.sh
pid_file="$CRM_DATA_DIR/run/honcho.pid"
if [[ -f "$pid_file" ]]; then
  pid=$(cat "$pid_file")
  if kill -0 "$pid" 2>/dev/null; then
    # honcho runs in its own session (setsid): signal the whole group.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
  echo "services stopped"
fi
[[ "${1:-}" == "--services" ]] && exit 0
deploy/local/keycloak.sh stop
deploy/local/infra.sh down

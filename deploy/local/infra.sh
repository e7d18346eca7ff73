#!/usr/bin/env bash
# PostgreSQL and Kafka for the local system and the tests. Usage: infra.sh up|down|status
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
case "${1:-}" in
  up) "$here/postgres.sh" start && "$here/kafka.sh" start ;;
  down) "$here/kafka.sh" stop; "$here/postgres.sh" stop ;;
  status) "$here/postgres.sh" status; "$here/kafka.sh" status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac

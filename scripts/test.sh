#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, types, contract drift, unit + integration tests against
# the real PostgreSQL and Kafka, staff sign-in at the real Keycloak, the broker-outage test, the end-to-end
# test of the running system, the browser tests of the dashboard, and the quick benchmarks.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/install.sh
# shellcheck source=/dev/null
source deploy/local/env.sh
deploy/local/infra.sh up

step() { printf '\n=== %s\n' "$*"; }
step "lint"
uv run --no-sync ruff check .
uv run --no-sync ruff format --check .
uv run --no-sync lint-imports  # entry points do not touch the tables; the domain imports no SQLAlchemy or FastAPI
step "types"
uv run --no-sync mypy shared/src devtools/src services/*/src
step "k8s manifests and the compose file validate against their schemas"
scripts/check_deploy.sh
step "AsyncAPI documents match the subscribers"
scripts/check_asyncapi.sh
step "OpenAPI documents match the routes"
scripts/check_openapi.sh
step "TypeScript client matches the OpenAPI documents, and compiles (tsc --strict)"
(cd web && npm run --silent generate >/dev/null && npm run --silent typecheck)
if ! git diff --exit-code -- web/api/src || [[ -n "$(git status --porcelain -- web/api/src)" ]]; then
  echo "web/api/src is out of date: run make client and review the diff" >&2
  exit 1
fi
step "dashboard: ESLint and component tests (Vitest)"
(cd web && npm run --silent lint && npm run --silent test)
step "unit and integration tests"
uv run --no-sync pytest -m "not broker_restart and not e2e" shared/tests services
step "staff sign-in against the real Keycloak (started if it is not running)"
deploy/local/keycloak.sh start
uv run --no-sync pytest -m keycloak tests-keycloak
step "broker outage (stops and restarts Kafka)"
CRM_TEST_INFRA=processes uv run --no-sync pytest -m broker_restart shared/tests services tests-e2e
step "end to end: the system as the README starts it"
CRM_TEST_INFRA=processes uv run --no-sync pytest -m e2e tests-e2e
step "browser tests: the dashboard in Debian's Chromium against the system as up.sh starts it"
(cd web/dashboard && npx playwright test)
step "browser tests: the customer portal (phone and desktop) against the same system"
(cd web/portal && npx playwright test)
step "benchmarks (quick)"
for bench in bench/*.py; do
  [[ "$(basename "$bench")" == _* ]] && continue
  (cd bench && uv run --no-sync python "$(basename "$bench")" --quick | tail -n 1)
done

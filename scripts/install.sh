#!/usr/bin/env bash
# Installs what a fresh machine of this kind lacks, then the Python workspace. Idempotent and quiet
# when everything is already there. Kafka jars and PostgreSQL are fetched by deploy/local scripts.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=/dev/null
source "$root/scripts/jdk.sh"
if [[ "${1:-}" == "--find-jdk21" ]]; then find_jdk21; exit; fi

need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql postgresql-contrib)
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
# The browser tests drive Debian's Chromium (Playwright's own browser downloads are not reachable here).
[[ -x /usr/bin/chromium ]] || need_apt+=(chromium)
# The HTTP benchmarks' load generator (bench/http_load.py): fixed request rates, so the client is never the limit.
command -v wrk >/dev/null 2>&1 || need_apt+=(wrk)
if ((${#need_apt[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "missing system packages: ${need_apt[*]} (install them as root)" >&2
    exit 1
  fi
  echo "installing ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! command -v uv >/dev/null 2>&1; then
  echo "installing uv"
  python3 -m pip install -q --disable-pip-version-check uv
fi
# The workspace with its dev tools (pytest, ruff, mypy, and the deploy validators of scripts/check_deploy.sh).
uv sync --frozen --quiet
# SeaweedFS (S3-compatible) for contacts' documents on S3, built with Go from the module proxy when missing.
if command -v go >/dev/null 2>&1; then scripts/seaweedfs.sh >/dev/null; fi
find_jdk21 >/dev/null || install_jdk21

# The web workspace (typed API client): exactly the locked packages, again only when the lock changed.
if [[ ! web/node_modules/.package-lock.json -nt web/package-lock.json ]]; then
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi

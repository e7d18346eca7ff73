#!/usr/bin/env bash
# Regenerates each service's OpenAPI document and fails if it differs from the committed one,
# so a route or response model change cannot land unreviewed. `--write` updates the committed documents instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
status=0
for svc in contacts portal notifications importer billing; do
  fresh=$(mktemp)
  uv run --no-sync "$svc" openapi --out "$fresh"
  if [[ "${1:-}" == "--write" ]]; then
    cp "$fresh" "docs/openapi/$svc.json"
  elif ! diff -u "docs/openapi/$svc.json" "$fresh"; then
    echo "docs/openapi/$svc.json is out of date: run scripts/check_openapi.sh --write and review the diff" >&2
    status=1
  fi
  rm -f "$fresh"
done
exit $status

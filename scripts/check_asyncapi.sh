#!/usr/bin/env bash
# Regenerates each service's AsyncAPI document and fails if it differs from the committed one,
# so a contract change cannot land unreviewed. `--write` updates the committed documents instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
status=0
for svc in contacts portal notifications importer billing; do
  fresh=$(mktemp)
  uv run --no-sync "$svc" asyncapi --out "$fresh"
  if [[ "${1:-}" == "--write" ]]; then
    cp "$fresh" "docs/asyncapi/$svc.yaml"
  elif ! diff -u "docs/asyncapi/$svc.yaml" "$fresh"; then
    echo "docs/asyncapi/$svc.yaml is out of date: run scripts/check_asyncapi.sh --write and review the diff" >&2
    status=1
  fi
  rm -f "$fresh"
done
exit $status

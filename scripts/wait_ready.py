"""Wait until every service answers ready through the gateway; exit 1 with the laggards if not."""

import argparse
import os
import sys
import time

import httpx

SERVICES = ("contacts", "portal", "notifications", "importer", "billing")


def main() -> None:
    """Poll /api/<service>/health/ready on the gateway until all are 200 or the deadline passes."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--timeout", type=float, default=90)
    args = parser.parse_args()
    gateway = f"http://127.0.0.1:{os.environ.get('GATEWAY_PORT', '8080')}"
    deadline = time.monotonic() + args.timeout
    pending = set(SERVICES)
    while pending and time.monotonic() < deadline:
        for name in sorted(pending):
            try:
                if httpx.get(f"{gateway}/api/{name}/health/ready", timeout=2).status_code == 200:
                    pending.discard(name)
            except httpx.HTTPError:
                pass
        if pending:
            time.sleep(0.5)
    if pending:
        print(f"not ready after {args.timeout:.0f} s: {', '.join(sorted(pending))}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

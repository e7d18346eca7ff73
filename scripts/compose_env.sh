#!/usr/bin/env bash
# Writes .env for `docker compose up`: fresh random secrets (production mode refuses development ones).
# Stripe's keys are yours to add (STRIPE_API_KEY, STRIPE_WEBHOOK_SECRET). An existing .env is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -e .env ]]; then
  echo ".env exists; not overwritten" >&2
  exit 0
fi
secret() { python3 -c "import secrets; print(secrets.token_urlsafe(48))"; }
key=$(python3 -c "import base64, os; print(base64.b64encode(os.urandom(32)).decode())")
umask 077
cat >.env <<ENV
CRM_DOCUMENT_SIGNING_SECRET=$(secret)
NOTIFICATIONS_UNSUBSCRIBE_SECRET=$(secret)
NOTIFICATIONS_WEBHOOK_SECRET=$(secret)
KEYCLOAK_ADMIN_PASSWORD=$(secret)
CRM_S3_SECRET_KEY=$(secret)
CRM_LINK_KEY_ID=$(date -u +%Y-%m)
CRM_LINK_KEYS={"$(date -u +%Y-%m)":"$key"}
STRIPE_API_KEY=
STRIPE_WEBHOOK_SECRET=
ENV
echo "wrote .env; add STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET before docker compose up"

# shellcheck shell=bash
# Environment of the local system; sourced by scripts. Every value can be overridden by the caller.
CRM_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
: "${CRM_DATA_DIR:=$CRM_ROOT/.data}"
: "${CRM_CACHE_DIR:=$CRM_ROOT/.cache}"
: "${PG_PORT:=55432}"
: "${KAFKA_PORT:=19092}"
: "${KAFKA_CONTROLLER_PORT:=19093}"
: "${GATEWAY_PORT:=8080}"
: "${KEYCLOAK_PORT:=8090}"
# Keycloak's management interface (health); a second instance of the system needs its own.
: "${KEYCLOAK_MANAGEMENT_PORT:=9000}"
: "${KEYCLOAK_ADMIN_USER:=admin}"
: "${KEYCLOAK_ADMIN_PASSWORD:=admin}"
# Staff tokens come from Keycloak's realm `crm`: issued under the gateway's URL, keys fetched directly.
: "${KEYCLOAK_ISSUER:=http://127.0.0.1:$GATEWAY_PORT/auth/realms/crm}"
: "${KEYCLOAK_JWKS_URL:=http://127.0.0.1:$KEYCLOAK_PORT/auth/realms/crm/protocol/openid-connect/certs}"
: "${KAFKA_BOOTSTRAP_SERVERS:=127.0.0.1:$KAFKA_PORT}"
: "${CRM_ADMIN_DATABASE_URL:=postgresql://crm_admin:crm_admin@127.0.0.1:$PG_PORT/postgres}"
: "${NOTIFICATIONS_SMTP_HOST:=127.0.0.1}"
: "${NOTIFICATIONS_SMTP_PORT:=2525}"
# Development mode: dev secrets and the dev JWT key are accepted here (images and k8s run production).
: "${CRM_ENV:=development}"
export CRM_ENV CRM_ROOT CRM_DATA_DIR CRM_CACHE_DIR PG_PORT KAFKA_PORT KAFKA_CONTROLLER_PORT GATEWAY_PORT
export KEYCLOAK_PORT KEYCLOAK_MANAGEMENT_PORT KEYCLOAK_ADMIN_USER KEYCLOAK_ADMIN_PASSWORD KEYCLOAK_ISSUER KEYCLOAK_JWKS_URL
: "${SMTP_HTTP_PORT:=8025}"
export KAFKA_BOOTSTRAP_SERVERS CRM_ADMIN_DATABASE_URL NOTIFICATIONS_SMTP_HOST NOTIFICATIONS_SMTP_PORT SMTP_HTTP_PORT

_port=8100
for _svc in contacts portal notifications importer billing; do
  _port=$((_port + 1))
  _up=$(echo "$_svc" | tr '[:lower:]' '[:upper:]')
  _var="${_up}_DATABASE_URL"
  [[ -n "${!_var:-}" ]] || export "$_var=postgresql+asyncpg://$_svc:$_svc@127.0.0.1:$PG_PORT/$_svc"
  _var="${_up}_KAFKA_BOOTSTRAP_SERVERS"
  [[ -n "${!_var:-}" ]] || export "$_var=$KAFKA_BOOTSTRAP_SERVERS"
  # Keycloak's tokens (JWKS, issuer) and, in development, tokens of `crm-dev token` (the local key).
  _var="${_up}_JWT_PUBLIC_KEY_PATH"
  [[ -n "${!_var:-}" ]] || export "$_var=$CRM_DATA_DIR/keys/jwt-public.pem"
  _var="${_up}_JWT_JWKS_URL"
  [[ -n "${!_var:-}" ]] || export "$_var=$KEYCLOAK_JWKS_URL"
  _var="${_up}_JWT_ISSUER"
  [[ -n "${!_var:-}" ]] || export "$_var=$KEYCLOAK_ISSUER"
  # Each service's own port (<SERVICE>_PORT, default 8101-8105), so a second instance of the system can run.
  _var="${_up}_PORT"
  [[ -n "${!_var:-}" ]] || export "$_var=$_port"
  _listen=${!_var}
  _var="${_up}_UPSTREAMS"
  [[ -n "${!_var:-}" ]] || export "$_var=127.0.0.1:$_listen"
  # POST /_faults/500 raises on purpose: the end-to-end tests watch what one unhandled error does.
  _var="${_up}_FAULT_ROUTES"
  [[ -n "${!_var:-}" ]] || export "$_var=true"
done
unset _svc _up _var _port _listen

# Upload limits, read by the services and by the gateway (whose document limit adds room for the multipart
# envelope around the file).
: "${IMPORTER_MAX_UPLOAD_BYTES:=$((300 * 1024 * 1024))}"
: "${CONTACTS_DOCUMENT_MAX_BYTES:=$((20 * 1024 * 1024))}"
: "${GATEWAY_IMPORT_MAX_BODY:=$IMPORTER_MAX_UPLOAD_BYTES}"
: "${GATEWAY_DOCUMENT_MAX_BODY:=$((CONTACTS_DOCUMENT_MAX_BYTES + 64 * 1024))}"
# Local only: billing verifies Stripe webhooks with this secret (the end-to-end tests sign with it).
: "${BILLING_STRIPE_WEBHOOK_SECRET:=whsec_local_development_only}"
export IMPORTER_MAX_UPLOAD_BYTES CONTACTS_DOCUMENT_MAX_BYTES GATEWAY_IMPORT_MAX_BODY GATEWAY_DOCUMENT_MAX_BODY
export BILLING_STRIPE_WEBHOOK_SECRET
# Links in emails (sign-in, email confirmation, unsubscribe) point at this instance's gateway.
: "${PORTAL_PUBLIC_BASE_URL:=http://127.0.0.1:$GATEWAY_PORT}"
: "${NOTIFICATIONS_PUBLIC_BASE_URL:=http://127.0.0.1:$GATEWAY_PORT/api/notifications}"
export PORTAL_PUBLIC_BASE_URL NOTIFICATIONS_PUBLIC_BASE_URL

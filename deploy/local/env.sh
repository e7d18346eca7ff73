# shellcheck shell=bash
# Environment of the local system; sourced by scripts. Every value can be overridden by the caller.
CRM_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
: "${CRM_DATA_DIR:=$CRM_ROOT/.data}"
: "${CRM_CACHE_DIR:=$CRM_ROOT/.cache}"
: "${PG_PORT:=55432}"
: "${KAFKA_PORT:=19092}"
: "${KAFKA_CONTROLLER_PORT:=19093}"
: "${GATEWAY_PORT:=8080}"
: "${KAFKA_BOOTSTRAP_SERVERS:=127.0.0.1:$KAFKA_PORT}"
: "${CRM_ADMIN_DATABASE_URL:=postgresql://crm_admin:crm_admin@127.0.0.1:$PG_PORT/postgres}"
: "${NOTIFICATIONS_SMTP_HOST:=127.0.0.1}"
: "${NOTIFICATIONS_SMTP_PORT:=2525}"
: "${SMTP_HTTP_PORT:=8025}"
export CRM_ROOT CRM_DATA_DIR CRM_CACHE_DIR PG_PORT KAFKA_PORT KAFKA_CONTROLLER_PORT GATEWAY_PORT
export KAFKA_BOOTSTRAP_SERVERS CRM_ADMIN_DATABASE_URL NOTIFICATIONS_SMTP_HOST NOTIFICATIONS_SMTP_PORT SMTP_HTTP_PORT

_port=8100
for _svc in contacts portal notifications importer billing; do
  _port=$((_port + 1))
  _up=$(echo "$_svc" | tr '[:lower:]' '[:upper:]')
  _var="${_up}_DATABASE_URL"
  [[ -n "${!_var:-}" ]] || export "$_var=postgresql+asyncpg://$_svc:$_svc@127.0.0.1:$PG_PORT/$_svc"
  _var="${_up}_KAFKA_BOOTSTRAP_SERVERS"
  [[ -n "${!_var:-}" ]] || export "$_var=$KAFKA_BOOTSTRAP_SERVERS"
  _var="${_up}_JWT_PUBLIC_KEY_PATH"
  [[ -n "${!_var:-}" ]] || export "$_var=$CRM_DATA_DIR/keys/jwt-public.pem"
  # Each service's own port (<SERVICE>_PORT, default 8101-8105), so a second instance of the system can run.
  _var="${_up}_PORT"
  [[ -n "${!_var:-}" ]] || export "$_var=$_port"
  _listen=${!_var}
  _var="${_up}_UPSTREAMS"
  [[ -n "${!_var:-}" ]] || export "$_var=127.0.0.1:$_listen"
done
unset _svc _up _var _port _listen

# syntax=docker/dockerfile:1.7
# One image per service from one file, built from the repository root:
#   docker build --build-arg SERVICE=contacts -t storage-crm-contacts:0.1.0 .
#   docker build --target gateway -t storage-crm-gateway:0.1.0 .
# Stages: deps (the locked third-party dependencies only, cached until uv.lock or a pyproject changes),
# app (the workspace code on top), service (slim runtime, non-root), web (the web apps, built with npm) and
# gateway (Caddy with the shared rules and the built web apps).
ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm
# uv reads uv.lock (revision 5): keep it at least the version that wrote the lock.
ARG UV_IMAGE=ghcr.io/astral-sh/uv:0.13.9
ARG NODE_IMAGE=node:22.12.0-bookworm-slim
ARG CADDY_IMAGE=caddy:2.10.2-alpine

FROM ${UV_IMAGE} AS uv

FROM ${PYTHON_IMAGE} AS deps
ARG SERVICE
RUN test -n "${SERVICE}" || (echo "--build-arg SERVICE=contacts|portal|notifications|importer|billing" && exit 1)
COPY --from=uv /uv /usr/local/bin/uv
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /app
# Only what decides the dependencies, so this layer survives every code change.
COPY pyproject.toml uv.lock ./
COPY shared/pyproject.toml shared/
COPY services/contacts/pyproject.toml services/contacts/
COPY services/portal/pyproject.toml services/portal/
COPY services/notifications/pyproject.toml services/notifications/
COPY services/importer/pyproject.toml services/importer/
COPY services/billing/pyproject.toml services/billing/
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --no-install-workspace --package "${SERVICE}"

FROM deps AS app
ARG SERVICE
# The service's own code and the shared package; the other services' sources are not installed.
COPY shared ./shared
COPY services/${SERVICE} ./services/${SERVICE}
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --package "${SERVICE}" \
    && ln -s "/app/.venv/bin/${SERVICE}" /app/.venv/bin/service

FROM ${PYTHON_IMAGE} AS service
ARG SERVICE
# A fixed non-root uid/gid, so k8s runAsUser and volume ownership can name it.
RUN groupadd --system --gid 10001 crm \
    && useradd --system --uid 10001 --gid crm --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin crm \
    && mkdir -p /data/documents /data/imports && chown -R crm:crm /data
WORKDIR /app
# Editable workspace install: the venv points at /app/shared and /app/services/<name> (migrations included).
COPY --from=app --chown=root:root /app /app
ENV PATH="/app/.venv/bin:${PATH}" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    CRM_ENV=production CRM_DATA_DIR=/data CRM_SERVICE=${SERVICE}
USER 10001:10001
# Everything the service writes (documents, import uploads) goes under /data: a volume in compose and k8s.
# The directories exist, owned by the service user, so a new named volume mounted there starts writable.
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health/live', timeout=2)"]
CMD ["service", "serve", "--host", "0.0.0.0", "--port", "8000"]

FROM ${NODE_IMAGE} AS web
WORKDIR /src
# The web apps, when the checkout has them (web/package.json): `npm ci && npm run build`; the gateway
# serves web/dashboard/dist and web/portal/dist. Without them the stage leaves an empty dist and the gateway serves the API only.
RUN --mount=type=bind,source=.,target=/ctx \
    --mount=type=cache,target=/root/.npm \
    mkdir -p /src/web/dashboard/dist /src/web/portal/dist \
    && if [ -f /ctx/web/package.json ]; then \
         cp -r /ctx/web/. /src/web/ && rm -rf /src/web/node_modules /src/web/*/node_modules \
         && cd /src/web && npm ci --no-audit --no-fund && npm run build; \
       fi

FROM ${CADDY_IMAGE} AS gateway
COPY deploy/docker/Caddyfile /etc/caddy/Caddyfile
COPY deploy/local/gateway.caddy /etc/caddy/gateway.caddy
COPY --from=web /src/web/dashboard/dist /srv/web/dashboard/dist
COPY --from=web /src/web/portal/dist /srv/web/portal/dist
# Caddy writes only its state (/data, /config); bind 8080, not a privileged port, as a non-root user.
RUN addgroup -S -g 10001 crm && adduser -S -u 10001 -G crm -H crm && chown -R crm:crm /data /config
ENV CRM_ROOT=/srv GATEWAY_PORT=8080
USER 10001:10001
EXPOSE 8080
CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]

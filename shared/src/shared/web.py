"""The FastAPI app every service serves: request ids, health, metrics, error bodies, lifespan."""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest
from pydantic import BaseModel
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared import context, tracing
from shared.container import Container
from shared.errors import install_error_handlers
from shared.logs import configure_logging, get_logger
from shared.request_guard import RequestGuardMiddleware
from shared.routing import check_order
from shared.unhandled import UnhandledErrorMiddleware, fault_router

log = get_logger(__name__)
access_log = get_logger("access")
# Probes and scrapes arrive every few seconds: their access lines are DEBUG, the API's are INFO.
QUIET_PATHS = ("/health/", "/metrics")

HTTP_REQUESTS = Counter("http_requests_total", "HTTP requests", ["method", "route", "status"])
HTTP_SECONDS = Histogram("http_request_seconds", "HTTP request duration", ["method", "route"])
# The broker is not needed to serve HTTP (writes go to the outbox), so it is a metric, not a readiness condition.
KAFKA_UP = Gauge("kafka_broker_up", "1 if the Kafka broker answered the last health check, else 0")


class RequestContextMiddleware:
    """Takes X-Request-ID (or makes one), binds it for logs and events, echoes it, records metrics."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        request_id = headers.get(b"x-request-id", b"").decode("latin-1")[:128] or context.new_id()
        context.bind(request_id)
        started = time.perf_counter()
        status_holder = {"status": 500}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"].append((b"x-request-id", request_id.encode("latin-1")))
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = scope.get("route")
            path = getattr(route, "path", "unmatched")
            HTTP_REQUESTS.labels(scope["method"], path, status_holder["status"]).inc()
            elapsed = time.perf_counter() - started
            HTTP_SECONDS.labels(scope["method"], path).observe(elapsed)
            raw_path = scope.get("path", "")
            access_log.log(
                logging.DEBUG if raw_path.startswith(QUIET_PATHS) else logging.INFO,
                "request",
                method=scope["method"],
                # The route's template, not the path: path parameters may be credentials (a sign-in link's token).
                route=path,
                status=status_holder["status"],
                duration_ms=round(elapsed * 1000, 2),
                request_id=request_id,
            )


class Liveness(BaseModel):
    """The process answers."""

    status: str


class Readiness(BaseModel):
    """Whether the service can serve HTTP (its database), and each dependency's state ("ok" or what is wrong)."""

    status: str
    checks: dict[str, str]


def health_router(service: str = "service") -> APIRouter:
    """Liveness, readiness and Prometheus metrics (operation ids carry the service: they are unique across all)."""
    router = APIRouter(tags=["operations"])
    name = service.capitalize()

    @router.get("/health/live", operation_id=f"get{name}Liveness")
    async def live() -> Liveness:
        """The process is up."""
        return Liveness(status="ok")

    @router.get(
        "/health/ready",
        operation_id=f"get{name}Readiness",
        response_model=Readiness,
        responses={503: {"model": Readiness, "description": "The database is not ready"}},
    )
    async def ready(request: Request) -> JSONResponse:
        """Ready when the database answers; the broker is reported in `checks.kafka` (writes wait in the outbox)."""
        container: Container = request.app.state.container
        checks = await container.readiness()
        KAFKA_UP.set(checks["kafka"] == "ok")
        ok = checks["database"] == "ok"
        return JSONResponse({"status": "ok" if ok else "unavailable", "checks": checks}, 200 if ok else 503)

    @router.get("/metrics", include_in_schema=False)
    async def metrics(request: Request) -> Response:
        container: Container = request.app.state.container
        KAFKA_UP.set(await container.kafka_health() == "ok")
        await container.ops.refresh()
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return router


def tune_gc(young_threshold: int) -> None:
    """Move everything built at startup out of the collector's sight and collect young objects less often.

    Consumers allocate several objects per event; with the default threshold (700) the collector runs
    every few events and its full passes walk every module, schema and mapper loaded at startup. Freezing
    them and raising the threshold halved the CPU of consuming an event (bench: importer known emails).
    Reference counting still frees almost everything at once; only reference cycles wait for a pass.
    """
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(young_threshold, middle, old)


def create_app(container: Container, *, title: str, routers: Iterable[APIRouter] = ()) -> FastAPI:
    """The service's ASGI app; the container starts with the app and stops with it."""
    settings = container.settings
    settings.check_production()  # however the app is launched, production never runs on dev secrets

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings.service_name, settings.log_json, settings.log_level)
        await container.start()
        tune_gc(settings.gc_young_threshold)
        log.info("service started", service=settings.service_name)
        try:
            yield
        finally:
            await container.stop()
            log.info("service stopped", service=settings.service_name)

    # The docs pages' scripts and styles come from the fastapi-offline package, served under /docs-assets:
    # a CDN would leave /docs blank on a machine without internet access.
    # validatorUrl off: Swagger UI would otherwise load a badge from the public validator.
    app = FastAPIOffline(
        title=title, lifespan=lifespan, static_url="/docs-assets", swagger_ui_parameters={"validatorUrl": None}
    )
    app.state.container = container
    app.state.token_verifier = container.verifier
    app.add_middleware(RequestGuardMiddleware, settings=settings)
    app.add_middleware(UnhandledErrorMiddleware)
    app.add_middleware(RequestContextMiddleware)
    install_error_handlers(app)
    tracing.instrument_app(app, container.tracer_provider)
    app.include_router(health_router(title))
    if settings.fault_routes:
        app.include_router(fault_router())
    for router in routers:
        app.include_router(router)
    check_order(app.routes)  # a fixed path mounted after a parameterised one would never be reached
    return app

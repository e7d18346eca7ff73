"""The FastAPI app every service serves: request ids, health, metrics, error bodies, lifespan."""

from __future__ import annotations

import gc
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared import context, tracing
from shared.container import Container
from shared.errors import install_error_handlers
from shared.logs import configure_logging, get_logger
from shared.request_guard import RequestGuardMiddleware
from shared.unhandled import UnhandledErrorMiddleware, fault_router

log = get_logger(__name__)

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
            HTTP_SECONDS.labels(scope["method"], path).observe(time.perf_counter() - started)


def health_router() -> APIRouter:
    """Liveness, readiness and Prometheus metrics."""
    router = APIRouter(tags=["operations"])

    @router.get("/health/live")
    async def live() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/health/ready")
    async def ready(request: Request) -> JSONResponse:
        container: Container = request.app.state.container
        checks = await container.readiness()
        KAFKA_UP.set(checks["kafka"] == "ok")
        ok = checks["database"] == "ok"
        return JSONResponse({"status": "ok" if ok else "unavailable", "checks": checks}, 200 if ok else 503)

    @router.get("/metrics", include_in_schema=False)
    async def metrics(request: Request) -> Response:
        container: Container = request.app.state.container
        KAFKA_UP.set(await container.kafka_health() == "ok")
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

    app = FastAPI(title=title, lifespan=lifespan)
    app.state.container = container
    app.state.token_verifier = container.verifier
    app.add_middleware(RequestGuardMiddleware, settings=settings)
    app.add_middleware(UnhandledErrorMiddleware)
    app.add_middleware(RequestContextMiddleware)
    install_error_handlers(app)
    tracing.instrument_app(app, container.tracer_provider)
    app.include_router(health_router())
    if settings.fault_routes:
        app.include_router(fault_router())
    for router in routers:
        app.include_router(router)
    return app

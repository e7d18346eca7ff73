"""Wires settings, engine, broker, the link worker and routes; nothing is created at import time."""

import asyncio
import contextlib

from fastapi import FastAPI

from portal.config import Settings
from portal.entrypoints import api, consumers, pages, staff_api
from portal.service_layer.link_requests import deliver_pending
from shared.container import Container
from shared.logs import get_logger
from shared.web import create_app as create_service_app

log = get_logger(__name__)


class PortalContainer(Container):
    """The shared container plus the worker that delivers requested sign-in links."""

    settings: Settings

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self._worker: asyncio.Task[None] | None = None

    async def _deliver(self) -> None:
        while True:
            try:
                while await deliver_pending(self.uow(), self.settings):
                    pass
            except Exception as exc:  # the queue is in the database: the next tick tries again
                log.error("link delivery failed", error=repr(exc))
            await asyncio.sleep(self.settings.link_worker_interval_s)

    async def start(self) -> None:
        """Start broker, relay and the link worker."""
        await super().start()
        self._worker = asyncio.create_task(self._deliver(), name="portal-links")

    async def stop(self) -> None:
        """Stop the link worker before the database goes away."""
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
        await super().stop()


def build_container(settings: Settings | None = None) -> PortalContainer:
    """The portal container with its subscribers registered."""
    container = PortalContainer(settings or Settings())
    consumers.register(container)
    return container


def create_app(settings: Settings | None = None) -> FastAPI:
    """The portal ASGI app (uvicorn calls this as a factory)."""
    return create_service_app(
        build_container(settings), title="portal", routers=[api.router, pages.router, staff_api.router]
    )

"""Wires settings, engine, broker, the link worker and routes; nothing is created at import time."""

from fastapi import FastAPI

from portal.config import Settings
from portal.entrypoints import api, cards_api, consumers, me_api, pages, staff_api
from portal.service_layer.link_requests import deliver_pending
from shared.container import Container
from shared.polling import PollingWorker
from shared.web import create_app as create_service_app


class PortalContainer(Container):
    """The shared container plus the worker that delivers requested sign-in links."""

    settings: Settings

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        # The queue is in the database: a failed delivery is tried again at the next poll.
        self.links = PollingWorker("portal-links", self._deliver, settings.link_worker_interval_s)

    async def _deliver(self) -> bool:
        return await deliver_pending(self.uow(), self.settings) > 0

    async def start(self) -> None:
        """Start broker, relay and the link worker."""
        await super().start()
        self.links.start()

    async def stop(self) -> None:
        """Stop the link worker before the database goes away."""
        await self.links.stop()
        await super().stop()


def build_container(settings: Settings | None = None) -> PortalContainer:
    """The portal container with its subscribers registered."""
    container = PortalContainer(settings or Settings())
    consumers.register(container)
    return container


def create_app(settings: Settings | None = None) -> FastAPI:
    """The portal ASGI app (uvicorn calls this as a factory)."""
    return create_service_app(
        build_container(settings),
        title="portal",
        routers=[api.router, me_api.router, cards_api.router, pages.router, staff_api.router],
    )

"""Wires settings, engine, broker and routes; nothing is created at import time."""

from fastapi import FastAPI

from contacts.adapters.s3_storage import from_settings
from contacts.config import Settings
from contacts.entrypoints import consumers, routes
from shared.container import Container
from shared.web import create_app as create_service_app


class ContactsContainer(Container):
    """The shared container plus the document store the settings select."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.documents = from_settings(settings)

    async def stop(self) -> None:
        """Close the document store's connections too."""
        try:
            await super().stop()
        finally:
            await self.documents.close()


def build_container(settings: Settings | None = None) -> ContactsContainer:
    """The contacts container with its subscribers registered."""
    settings = settings or Settings()
    container = ContactsContainer(settings)
    consumers.register(container, settings)
    return container


def create_app(settings: Settings | None = None) -> FastAPI:
    """The contacts ASGI app (uvicorn calls this as a factory)."""
    return create_service_app(build_container(settings), title="contacts", routers=routes.ROUTERS)

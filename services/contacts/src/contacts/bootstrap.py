"""Wires settings, engine, broker and routes; nothing is created at import time."""

from fastapi import FastAPI

from contacts.config import Settings
from contacts.entrypoints import consumers, routes
from shared.container import Container
from shared.web import create_app as create_service_app


def build_container(settings: Settings | None = None) -> Container:
    """The contacts container with its subscribers registered."""
    settings = settings or Settings()
    container = Container(settings)
    consumers.register(container, settings)
    return container


def create_app(settings: Settings | None = None) -> FastAPI:
    """The contacts ASGI app (uvicorn calls this as a factory)."""
    return create_service_app(build_container(settings), title="contacts", routers=routes.ROUTERS)

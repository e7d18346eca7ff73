"""Wires settings, engine, broker and routes; nothing is created at import time."""

from fastapi import FastAPI

from portal.config import Settings
from portal.entrypoints import api, consumers, pages, staff_api
from shared.container import Container
from shared.web import create_app as create_service_app


def build_container(settings: Settings | None = None) -> Container:
    """The portal container with its subscribers registered."""
    container = Container(settings or Settings())
    consumers.register(container)
    return container


def create_app(settings: Settings | None = None) -> FastAPI:
    """The portal ASGI app (uvicorn calls this as a factory)."""
    return create_service_app(
        build_container(settings), title="portal", routers=[api.router, pages.router, staff_api.router]
    )

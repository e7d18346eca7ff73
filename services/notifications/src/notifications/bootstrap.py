"""Wires settings, engine, broker and routes; nothing is created at import time."""

from fastapi import FastAPI

from notifications.config import Settings
from notifications.entrypoints import api, consumers
from shared.container import Container
from shared.web import create_app as create_service_app


def build_container(settings: Settings | None = None) -> Container:
    """The notifications container with its subscribers registered."""
    container = Container(settings or Settings())
    consumers.register(container)
    return container


def create_app(settings: Settings | None = None) -> FastAPI:
    """The notifications ASGI app (uvicorn calls this as a factory)."""
    return create_service_app(build_container(settings), title="notifications", routers=[api.router])

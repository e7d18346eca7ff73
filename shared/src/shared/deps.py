"""Typed request dependencies: what an entry point may take from the running service, and who is asking."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Request

from shared.auth import Owner, TokenFacilities, Viewer, Writer
from shared.container import Container
from shared.db import UnitOfWork
from shared.settings import ServiceSettings

__all__ = [
    "ContainerDep",
    "Owner",
    "SettingsDep",
    "TokenFacilities",
    "UowDep",
    "UowFactoryDep",
    "Viewer",
    "Writer",
    "container_in",
    "container_of",
    "from_container",
    "settings_in",
    "settings_of",
    "uow_of",
]


# The dependencies are coroutines although they only read attributes: FastAPI runs a plain `def` dependency in
# a worker thread, one handoff each (shared/tests/unit/test_no_threadpool_hops.py keeps it so).


def container_in(request: Request) -> Container:
    """The container the app was built with, for code that has the request (not a dependency)."""
    container: Container = request.app.state.container
    return container


def settings_in(request: Request) -> ServiceSettings:
    """The service's settings, for code that has the request (not a dependency)."""
    return container_in(request).settings


async def container_of(request: Request) -> Container:
    """The container the app was built with (a service may annotate its own subclass with this dependency)."""
    return container_in(request)


async def uow_of(request: Request) -> UnitOfWork:
    """A new unit of work on the service's database, one per request."""
    return container_in(request).uow()


async def settings_of(request: Request) -> ServiceSettings:
    """The service's settings (a service may annotate its own settings class with this dependency)."""
    return settings_in(request)


ContainerDep = Annotated[Container, Depends(container_of)]
UowDep = Annotated[UnitOfWork, Depends(uow_of)]
SettingsDep = Annotated[ServiceSettings, Depends(settings_of)]


def from_container(name: str) -> Any:
    """A dependency on one named part of the container (the annotation carries its type)."""

    async def part(request: Request) -> Any:
        return getattr(container_in(request), name)

    part.__name__ = f"container_{name}"
    return Depends(part)


# Where a service layer function opens its own transactions (or several).
UowFactoryDep = Annotated[Callable[[], UnitOfWork], from_container("uow")]

"""No route runs a plain `def` in the thread pool: every endpoint and dependency is a coroutine.

FastAPI runs a sync endpoint or dependency in a worker thread; each hop costs a thread handoff (a few
hundred microseconds on an idle machine, milliseconds on a busy one). The search list had eight of them
per keystroke; all of them only read attributes or build a small object.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator

import pytest
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

SERVICES = ("contacts", "portal", "notifications", "importer", "billing")


def _sync(call: object) -> bool:
    if inspect.isclass(call):
        return not inspect.iscoroutinefunction(getattr(call, "__call__", None))  # noqa: B004
    if inspect.iscoroutinefunction(call) or inspect.isasyncgenfunction(call):
        return False
    if callable(call) and not inspect.isfunction(call) and not inspect.ismethod(call):
        return not inspect.iscoroutinefunction(type(call).__call__)  # an instance: HTTPBearer and the like
    return True


def _calls(dependant: Dependant) -> Iterator[object]:
    if dependant.call is not None:
        yield dependant.call
    for sub in dependant.dependencies:
        yield from _calls(sub)


def _routes(routes: list) -> Iterator[APIRoute]:
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif (included := getattr(route, "original_router", None)) is not None:  # include_router (FastAPI 0.16x)
            yield from _routes(included.routes)


@pytest.mark.parametrize("service", SERVICES)
def test_every_endpoint_and_dependency_is_async(service):
    app = importlib.import_module(f"{service}.bootstrap").create_app()
    found = sorted(
        {
            f"{route.path} -> {getattr(call, '__qualname__', type(call).__qualname__)}"
            for route in _routes(app.routes)
            for call in _calls(route.dependant)
            if _sync(call)
        }
    )
    assert len(list(_routes(app.routes))) > 5, "the routes were found"
    assert found == [], "these run in the thread pool on every request (make them `async def`)"

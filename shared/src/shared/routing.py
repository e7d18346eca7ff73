"""Route order as a checked rule: no route may be hidden by one mounted before it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from starlette.routing import BaseRoute, Route

_PARAM = re.compile(r"{[^}]+}")


class ShadowedRoute(RuntimeError):
    """A route can never be reached: an earlier route with the same method matches its path."""


def shadowed(routes: Iterable[BaseRoute]) -> list[tuple[str, str]]:
    """(earlier, later) path pairs where the earlier route, for a shared method, catches the later one's paths.

    A parameter of the later path is stood in for by a value no literal segment equals, so `/customers/{id}`
    mounted before `/customers/counts` is reported, and the reverse order is not.
    """
    seen: list[Route] = []
    found = []
    for route in flat_routes(routes):
        if not isinstance(route, Route):
            continue
        sample = _PARAM.sub("\x00", route.path)
        for earlier in seen:
            same_methods = (earlier.methods or set()) & (route.methods or set())
            if same_methods and earlier.path != route.path and earlier.path_regex.match(sample):
                found.append((earlier.path, route.path))
        seen.append(route)
    return found


def flat_routes(routes: Iterable[BaseRoute]) -> Iterable[BaseRoute]:
    """The routes in matching order, with those of included routers in their place."""
    # FastAPI keeps an included router as one entry that matches for its routes, in their order.
    for route in routes:
        inner = getattr(route, "original_router", None)
        yield from flat_routes(inner.routes) if inner is not None else (route,)


def check_order(routes: Iterable[BaseRoute]) -> None:
    """Refuse to build an app in which a route is unreachable."""
    pairs = shadowed(routes)
    if pairs:
        raise ShadowedRoute("; ".join(f"{later} is hidden by {earlier} mounted before it" for earlier, later in pairs))

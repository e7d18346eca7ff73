"""contacts' router order is a checked rule: a fixed path mounted after /customers/{id} is refused."""

import re

import pytest
from fastapi import FastAPI

from contacts.entrypoints.routes import ROUTERS
from shared.routing import ShadowedRoute, check_order, flat_routes, shadowed


def _app(routers: list) -> FastAPI:  # type: ignore[type-arg]
    app = FastAPI()
    for router in routers:
        app.include_router(router)
    return app


def test_the_mounted_order_hides_no_route() -> None:
    app = _app(ROUTERS)
    paths = {getattr(r, "path", "") for r in flat_routes(app.routes)}
    assert {"/customers/counts", "/customers/duplicates", "/customers/{customer_id}"} <= paths
    assert shadowed(app.routes) == []


def test_an_order_that_hides_fixed_paths_is_refused() -> None:
    api = next(r for r in ROUTERS if any(getattr(x, "path", "") == "/customers/{customer_id}" for x in r.routes))
    others = [r for r in ROUTERS if r is not api]
    app = _app([api, *others])  # /customers/{customer_id} first: /customers/duplicates and others unreachable
    pairs = shadowed(app.routes)
    assert ("/customers/{customer_id}", "/customers/duplicates") in pairs
    with pytest.raises(ShadowedRoute, match=re.escape("/customers/duplicates is hidden by /customers/{customer_id}")):
        check_order(app.routes)

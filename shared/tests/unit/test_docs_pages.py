"""The docs pages load everything from the service itself: they work on a machine without internet access."""

from __future__ import annotations

import re

import httpx
import pytest

from shared.container import Container
from shared.settings import ServiceSettings
from shared.web import create_app

REFERENCE = re.compile(r"""(?:src|href|url)\s*[:=]\s*['"]([^'"]+)['"]""")


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_docs_pages_reference_no_external_host_and_their_assets_are_served(page):
    app = create_app(Container(ServiceSettings(service_name="demo")), title="demo")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://demo") as client:
        html = (await client.get(page)).text
        references = REFERENCE.findall(html)
        assert references, html
        external = [r for r in references if re.match(r"^(https?:)?//", r)]
        assert not external, external
        assert not re.findall(r"https?://[^\s'\"<>]+", html), "an absolute URL in the page"
        assert "validatorUrl" not in html or '"validatorUrl": null' in html
        for reference in references:
            if reference.startswith("/docs-assets/"):
                asset = await client.get(reference)
                assert asset.status_code == 200 and len(asset.content) > 1000, reference
        assert any(r.endswith(".js") for r in references)
        spec = await client.get(next(r for r in references if r.endswith("openapi.json")))
        assert spec.status_code == 200 and spec.json()["openapi"].startswith("3.")


async def test_behind_the_gateway_the_assets_are_under_the_service_prefix():
    app = create_app(Container(ServiceSettings(service_name="demo")), title="demo")
    transport = httpx.ASGITransport(app=app, root_path="/api/demo")
    async with httpx.AsyncClient(transport=transport, base_url="http://demo") as client:
        html = (await client.get("/docs")).text
    assets = [r for r in REFERENCE.findall(html) if "docs-assets" in r]
    assert assets and all(r.startswith("/api/demo/docs-assets/") for r in assets), assets

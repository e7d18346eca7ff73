"""The one error body, and what the request guard refuses before a route sees it (NUL, surrogates, size)."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel

from shared.errors import DomainError, ErrorBody, install_error_handlers
from shared.request_guard import RequestGuardMiddleware, body_limit


class Body(BaseModel):
    name: str
    tags: list[str] = []
    extra: dict[str, Any] = {}


def make_app() -> FastAPI:
    app = FastAPI()
    settings = SimpleNamespace(request_body_max_bytes=10_000, upload_max_bytes=50_000)
    app.add_middleware(RequestGuardMiddleware, settings=settings)
    install_error_handlers(app)

    @app.post("/echo")
    async def echo(body: Body, q: str = "") -> dict[str, str]:
        return {"name": body.name, "q": q}

    @app.post("/upload")
    @body_limit("upload_max_bytes")
    async def upload(request: Request) -> dict[str, int]:
        return {"size": len(await request.body())}

    @app.get("/refused")
    async def refused(kind: str) -> None:
        if kind == "domain":
            raise DomainError("no", field="name", current=2)
        raise HTTPException(409, detail="plain text")

    return app


@pytest.fixture
async def client():
    transport = httpx.ASGITransport(app=make_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        yield c


def error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The response is the one error body with this status and code."""
    assert response.status_code == status, response.text
    body = response.json()
    ErrorBody.model_validate(body)
    assert body["status"] == status and body["code"] == code, body
    assert all({"loc", "msg", "type"} <= set(item) for item in body["detail"])
    return body  # type: ignore[no-any-return]


async def test_framework_and_domain_refusals_share_one_body(client):
    assert error(await client.get("/nowhere"), 404, "not_found")["detail"][0]["loc"] == ["path"]
    assert error(await client.delete("/echo"), 405, "method_not_allowed")["detail"][0]["loc"] == ["method"]
    missing = error(await client.post("/echo", json={}), 422, "validation_error")
    assert missing["detail"][0]["loc"] == ["body", "name"] and "input" not in missing["detail"][0]
    bad_json = await client.post("/echo", content=b'{"name": ', headers={"content-type": "application/json"})
    assert error(bad_json, 422, "json_invalid")["detail"][0]["loc"][0] == "body"
    domain = error(await client.get("/refused", params={"kind": "domain"}), 422, "invalid")
    assert domain["detail"] == [{"loc": ["body", "name"], "msg": "no", "type": "invalid", "ctx": {"current": 2}}]
    assert error(await client.get("/refused", params={"kind": "http"}), 409, "conflict")["detail"][0]["msg"]


@pytest.mark.parametrize(
    "content_type", ["application/json", "Application/JSON", "application/merge-patch+json", "APPLICATION/X+JSON"]
)
async def test_nul_and_lone_surrogates_are_422_naming_the_field_for_any_json_media_type(client, content_type):
    headers = {"content-type": content_type}
    raw_nul = await client.post("/echo", content=b'{"name": "a\x00b"}', headers=headers)
    assert error(raw_nul, 422, "nul_char")["detail"][0]["loc"] == ["body"]
    escaped = json.dumps({"name": "x", "tags": ["ok", "a\x00"]}).encode()
    assert error(await client.post("/echo", content=escaped, headers=headers), 422, "nul_char")["detail"][0]["loc"] == [
        "body",
        "tags",
        1,
    ]
    surrogate = b'{"name": "x", "extra": {"deep": ["\\ud800"]}}'
    refused = error(await client.post("/echo", content=surrogate, headers=headers), 422, "invalid_unicode")
    assert refused["detail"][0]["loc"] == ["body", "extra", "deep", 0]
    key = error(await client.post("/echo", content=b'{"\\udfff": 1}', headers=headers), 422, "invalid_unicode")
    assert key["detail"][0]["loc"][0] == "body"
    literal = json.dumps({"name": "Zoé \\u0000 literal 😀"}).encode()
    ok = await client.post("/echo", content=literal, headers=headers)
    assert ok.status_code == 200 and ok.json()["name"] == "Zoé \\u0000 literal 😀"


async def test_nul_in_the_query_and_invalid_utf8_are_refused(client):
    assert error(await client.post("/echo", params={"q": "a\x00b"}, json={"name": "x"}), 422, "nul_char")
    invalid = await client.post(
        "/echo", content=b'{"name": "\xed\xa0\x80"}', headers={"content-type": "application/json"}
    )
    assert error(invalid, 422, "json_invalid")["detail"][0]["loc"] == ["body"]


async def test_deeply_nested_json_names_where_it_is_too_deep(client):
    def nested(depth: int) -> bytes:
        return b'{"name": "x", "extra": {"a": ' + b"[" * depth + b"]" * depth + b"}}"

    headers = {"content-type": "application/json"}
    walked = error(await client.post("/echo", content=nested(70), headers=headers), 422, "json_too_deep")
    assert walked["detail"][0]["loc"][:5] == ["body", "extra", "a", 0, 0]
    # Deeper than the parser's recursion limit: refused as a whole body, still with a clear code.
    recursed = error(await client.post("/echo", content=nested(2400), headers=headers), 422, "json_too_deep")
    assert recursed["detail"][0]["loc"] == ["body"]
    assert error(await client.post("/echo", content=nested(100_000), headers=headers), 413, "too_large")


async def test_bodies_over_the_route_limit_are_413_without_being_read(client):
    pulled = 0

    async def endless():
        nonlocal pulled
        for _ in range(100 * 16):  # 100 MB in 64 KiB chunks
            pulled += 1
            yield b"x" * 65536

    streamed = await client.post("/echo", content=endless(), headers={"content-type": "application/json"})
    assert error(streamed, 413, "too_large")["detail"][0]["ctx"] == {"limit": 10_000} and pulled <= 2
    pulled = 0
    declared = {"content-type": "text/plain", "content-length": str(100 * 1024 * 1024)}
    refused = await client.post("/upload", content=endless(), headers=declared)
    assert error(refused, 413, "too_large")["detail"][0]["ctx"] == {"limit": 50_000} and pulled == 0
    assert len(refused.content) < 500
    pulled = 0
    chunked = await client.post("/upload", content=endless(), headers={"content-type": "text/plain"})
    assert error(chunked, 413, "too_large") and pulled <= 2
    accepted = await client.post("/upload", content=b"y" * 40_000, headers={"content-type": "application/json"})
    assert accepted.status_code == 200 and accepted.json() == {"size": 40_000}

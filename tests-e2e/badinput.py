"""Malformed requests for every operation of an OpenAPI document: bodies, query strings and path segments."""

from __future__ import annotations

import asyncio
import base64
import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

SERVICES = ("contacts", "portal", "notifications", "importer", "billing")
SURROGATE = "\\ud800"  # a lone UTF-16 surrogate, as a JSON escape (no UTF-8 encoding exists for it)
HUGE_INT = "9" * 5000  # more digits than Python converts by default
# Cursors are opaque base64 of [sort, value, id]: garbage, and well-formed ones whose value has the wrong type.
_ID = str(uuid.UUID(int=1))
CURSORS = ["not-a-cursor", "123", base64.urlsafe_b64encode(b'{"a": 1}').decode()] + [
    base64.urlsafe_b64encode(json.dumps([sort, value, _ID]).encode()).decode()
    for sort, value in [("created_at", "not-a-date"), ("created_at", 123), ("created_at", {"a": 1}), ("last_name", [1])]
]
QUERY_VALUES = ["%00", "9" * 400, "%ED%A0%80", "%7B%7D", "-1e309"]
PATH_VALUES = ["not-a-uuid", "9" * 400, "%ED%A0%80", "%00"]


@dataclass
class Probe:
    """One malformed request."""

    method: str
    path: str  # already percent-encoded, query included
    what: str
    content: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [_resolve(spec, s) for s in schema[key] if s.get("type") != "null"]
            if options:
                return options[0]
    return schema


def _bad_value(schema: dict[str, Any], kind: str) -> str:
    """A JSON fragment (text) of the given kind of badness for a field of this schema."""
    typ = schema.get("type", "string")
    if kind == "surrogate":
        return f'"x{SURROGATE}y"'
    if kind == "nul":
        return '"a\\u0000b"'
    if kind == "huge":
        return HUGE_INT if typ in ("integer", "number") else "1e400"
    if kind == "wrong_type":
        return '"not a number"' if typ in ("integer", "number", "boolean", "array", "object") else '{"x": [1]}'
    if kind == "long":
        return json.dumps("x" * 20_000)
    raise ValueError(kind)


def _body(spec: dict[str, Any], schema: dict[str, Any], kind: str) -> bytes:
    schema = _resolve(spec, schema)
    props = schema.get("properties") or {"x": {"type": "string"}}
    items = [f"{json.dumps(name)}: {_bad_value(_resolve(spec, sub), kind)}" for name, sub in props.items()]
    return ("{" + ", ".join(items) + "}").encode()


def _fill(path: str, value: str) -> str:
    return re.sub(r"\{[^}]+\}", value, path)


def probes(spec: dict[str, Any], prefix: str) -> Iterator[Probe]:
    """Every malformed request this walk sends to one service, reached under `prefix` (/api/<svc>)."""
    for path, operations in spec["paths"].items():
        if path.startswith("/health"):
            continue
        for method, op in operations.items():
            method = method.upper()
            real = prefix + _fill(path, str(uuid.uuid4()))
            params = op.get("parameters", [])
            if "{" in path:
                for value in PATH_VALUES:
                    yield Probe(method, prefix + _fill(path, value), f"path {value[:12]}")
            query = [p["name"] for p in params if p["in"] == "query"]
            if query:
                for value in QUERY_VALUES:
                    yield Probe(method, real + "?" + "&".join(f"{q}={value}" for q in query), f"query {value[:12]}")
                for cursor in CURSORS if "cursor" in query else []:
                    sort = (
                        "&sort=last_name"
                        if "last_name" in base64.urlsafe_b64decode(cursor + "==").decode("latin-1")
                        else ""
                    )
                    yield Probe(method, f"{real}?cursor={cursor}{sort}", f"cursor {cursor[:12]}")
            content = op.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                schema = content["application/json"].get("schema", {})
                json_type = {"content-type": "application/json"}
                yield Probe(method, real, "malformed json", b'{"a": ', json_type)
                yield Probe(method, real, "json array", b"[1, 2]", json_type)
                yield Probe(method, real, "deep nesting", b"[" * 50_000 + b"]" * 50_000, json_type)
                for kind in ("surrogate", "nul", "huge", "wrong_type", "long"):
                    yield Probe(method, real, kind, _body(spec, schema, kind), json_type)
                for ctype in ("Application/JSON", "application/merge-patch+json", "application/json; charset=UTF-8"):
                    yield Probe(method, real, f"nul as {ctype}", _body(spec, schema, "nul"), {"content-type": ctype})
                yield Probe(method, real, "text/plain", b"hello", {"content-type": "text/plain"})
            elif "multipart/form-data" in content:
                multipart = {"content-type": "multipart/form-data; boundary=zz"}
                yield Probe(
                    method, real, "broken multipart", b"--zz\r\nContent-Disposition: form-data\r\n\r\nx", multipart
                )
                yield Probe(method, real, "no boundary", b"x", {"content-type": "multipart/form-data"})
            elif method in ("POST", "PUT", "PATCH"):
                yield Probe(method, real, "unexpected body", b"\x00\xff{", {"content-type": "application/json"})


async def walk(gateway: str, headers: dict[str, str]) -> tuple[int, list[tuple[int, str, str, str]]]:
    """Send every probe of every service (and the known causes); the count sent and the 5xx answers."""
    async with httpx.AsyncClient(base_url=gateway, timeout=60, headers=headers) as client:
        specs = {s: (await client.get(f"/api/{s}/openapi.json")).json() for s in SERVICES}
        todo = [p for s in SERVICES for p in probes(specs[s], f"/api/{s}")]
        limit = asyncio.Semaphore(6)
        failures: list[tuple[int, str, str, str]] = []

        async def send(probe) -> None:
            async with limit:
                url = httpx.URL(gateway + probe.path)
                r = await client.request(probe.method, url, content=probe.content, headers=probe.headers)
            if r.status_code >= 500:
                failures.append((r.status_code, probe.method, probe.path[:80], probe.what))

        await asyncio.gather(*(send(p) for p in todo))
        known = await _known_causes(client)
        failures += [(status, "", path, what) for status, path, what in known if status >= 500]
        return len(todo) + len(known), failures


async def _known_causes(client: httpx.AsyncClient) -> list[tuple[int, str, str]]:
    """Requests valid but for one thing, so the bad part reaches the database or the response."""
    answers = []
    for ctype in ("application/json", "Application/JSON", "application/merge-patch+json"):
        for body in (b'{"first_name": "a\\u0000b", "last_name": "x"}', b'{"first_name": "a\x00b", "last_name": "x"}'):
            r = await client.post("/api/contacts/customers", content=body, headers={"content-type": ctype})
            answers.append((r.status_code, "/api/contacts/customers", f"nul in {ctype}"))
    cid = (
        await client.post(
            "/api/contacts/customers",
            json={"first_name": "Doc", "last_name": "Names", "email": f"doc-{uuid.uuid4().hex[:8]}@names.example.org"},
        )
    ).json()["id"]
    for name in ("Contrat cœur.pdf", "facture €.pdf", "合同.pdf", "<script>.html"):
        files = {"file": (name, b"%PDF-1.4 test", "text/html")}
        up = await client.post(f"/api/contacts/customers/{cid}/documents", files=files)
        answers.append((up.status_code, "documents upload", name))
        if up.status_code == 201:
            link = await client.post(f"/api/contacts/customers/{cid}/documents/{up.json()['id']}/link")
            url = link.json().get("url", "")
            down = await client.get(f"/api/contacts/{url}")
            answers.append((down.status_code, "documents download", name))
    return answers

"""Every text field of every request of the five services documents its maximum in OpenAPI (from shared.limits)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

SERVICES = ("contacts", "portal", "notifications", "importer", "billing")
# Formats whose length their own syntax bounds; uploads are bounded by each route's byte limit.
_BOUNDED_FORMATS = {"uuid", "date", "date-time", "binary"}


def _unbounded(schema: dict[str, Any], defs: dict[str, Any], path: str, seen: frozenset[str]) -> list[str]:
    """Paths of strings without maxLength and arrays without maxItems inside a schema."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return [] if name in seen else _unbounded(defs[name], defs, path, seen | {name})
    found = [
        p for key in ("anyOf", "oneOf", "allOf") for s in schema.get(key, []) for p in _unbounded(s, defs, path, seen)
    ]
    kind = schema.get("type")
    if kind == "string":
        bounded = {"maxLength", "enum", "const", "pattern", "contentMediaType"} & schema.keys()
        if not bounded and schema.get("format") not in _BOUNDED_FORMATS:
            found.append(path)
    elif kind == "array":
        if "maxItems" not in schema:
            found.append(f"{path} (items)")
        found += _unbounded(schema.get("items", {}), defs, f"{path}[]", seen)
    for name, sub in schema.get("properties", {}).items():
        found += _unbounded(sub, defs, f"{path}.{name}", seen)
    if isinstance(schema.get("additionalProperties"), dict):
        found += _unbounded(schema["additionalProperties"], defs, f"{path}.*", seen)
    return found


@pytest.mark.parametrize("service", SERVICES)
def test_every_request_text_field_has_a_documented_maximum(service):
    document = importlib.import_module(f"{service}.bootstrap").create_app().openapi()
    defs = document.get("components", {}).get("schemas", {})
    unbounded = []
    for route, operations in document["paths"].items():
        for method, operation in operations.items():
            where = f"{method.upper()} {route}"
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    unbounded += _unbounded(
                        parameter["schema"], defs, f"{where} query.{parameter['name']}", frozenset()
                    )
            for content in operation.get("requestBody", {}).get("content", {}).values():
                unbounded += _unbounded(content.get("schema", {}), defs, f"{where} body", frozenset())
    assert unbounded == []

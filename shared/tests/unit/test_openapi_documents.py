"""The committed OpenAPI documents are ones a typed client can be generated from."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[3] / "docs" / "openapi"
SERVICES = ("contacts", "portal", "notifications", "importer", "billing")
METHODS = ("get", "put", "post", "patch", "delete")
# Responses that are files or pages, not JSON.
NOT_JSON = ("text/csv", "text/html", "application/octet-stream")


def operations(service: str) -> list[tuple[str, str, dict]]:
    """(method, path, operation) of one committed document."""
    document = json.loads((DOCS / f"{service}.json").read_text())
    return [(m, p, op) for p, item in document["paths"].items() for m, op in item.items() if m in METHODS]


ALL = [(service, *op) for service in SERVICES for op in operations(service)]
IDS = [f"{s} {m.upper()} {p}" for s, m, p, _ in ALL]


def test_operation_ids_are_explicit_and_unique_across_services():
    ids = [op["operationId"] for _, _, _, op in ALL]
    generated = [i for i in ids if not re.fullmatch(r"[a-z][a-zA-Z0-9]*", i)]
    assert not generated, f"operationIds FastAPI generated (set operation_id=...): {generated}"
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


@pytest.mark.parametrize(("service", "method", "path", "op"), ALL, ids=IDS)
def test_each_operation_is_typed_tagged_and_documents_its_errors(service, method, path, op):
    assert op.get("tags"), "no tag"
    assert op.get("description") or op.get("summary"), "no description"
    responses = op["responses"]
    successes = {code: r for code, r in responses.items() if code.startswith("2")}
    assert successes, "no success response"
    for code, response in successes.items():
        content = response.get("content", {})
        if code == "204":
            assert not content
            continue
        json_body = content.get("application/json")
        if json_body is None:
            assert set(content) & set(NOT_JSON), f"{code}: neither JSON nor a file: {content}"
            continue
        ref = json_body["schema"].get("$ref", "")
        assert ref.startswith("#/components/schemas/"), f"{code} has no named response model: {json_body}"
    failures = {code: r for code, r in responses.items() if code[0] in "45"}
    for code, response in failures.items():
        content = response["content"]
        if code == "503" or (set(content) <= {"text/html"}):
            continue  # readiness answers its own body; a page answers a page
        assert content["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorBody"}, code
    if op.get("parameters") or op.get("requestBody"):
        assert "422" in failures, "validation errors (422) are not documented"
    if op.get("security"):
        assert "401" in failures, "a secured operation must document 401"
    body = op.get("requestBody")
    if body:
        for media, item in body["content"].items():
            if media != "multipart/form-data":
                assert item.get("examples") or item.get("example"), f"no example for the {media} request body"


@pytest.mark.parametrize("service", SERVICES)
def test_staff_operations_use_the_bearer_scheme_not_a_header_parameter(service):
    document = json.loads((DOCS / f"{service}.json").read_text())
    schemes = document.get("components", {}).get("securitySchemes", {})
    assert any(s.get("type") == "http" and s.get("scheme") == "bearer" for s in schemes.values()), schemes
    for method, path, op in operations(service):
        headers = [p["name"].lower() for p in op.get("parameters", []) if p["in"] == "header"]
        assert "authorization" not in headers, f"{method} {path}"


@pytest.mark.parametrize("service", SERVICES)
def test_lists_are_pages_with_limit_and_cursor(service):
    document = json.loads((DOCS / f"{service}.json").read_text())
    schemas = document["components"]["schemas"]
    for method, path, op in operations(service):
        for response in op["responses"].values():
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            assert schema.get("type") != "array", f"{method} {path} answers a bare array"
            name = schema.get("$ref", "").rpartition("/")[2]
            if name.endswith("Page"):
                assert set(schemas[name]["properties"]) == {"items", "next_cursor"}, name
                params = {p["name"] for p in op.get("parameters", []) if p["in"] == "query"}
                assert {"limit", "cursor"} <= params, f"{method} {path}: {params}"

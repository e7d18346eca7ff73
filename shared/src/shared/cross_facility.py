"""Test helper: call every write operation of an app's OpenAPI document with another facility's ids.

Each operation is called as facility A's owner. Every id it references (path, query or body fields named
`*_id`, `*_ids`, `ids`, or of UUID format) is filled with A's record of that kind, except one: the other
facility's (B), one call per id. Such a call must be refused (404, 403, or 422 naming that field) and change no row
of the database. An operation that references no id is called once and must change none of B's rows.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from shared.cross_facility_check import Refusals, check, dump

__all__ = ["Call", "Operation", "Refusals", "Slot", "Spec", "by_name", "calls", "check", "dump"]
WRITES = ("post", "put", "patch", "delete")


@dataclass(frozen=True)
class Slot:
    """Where an id goes: a path or query parameter, or a body field (a path into the JSON)."""

    where: str
    path: tuple[str, ...]
    many: bool

    @property
    def name(self) -> str:
        """The parameter or field name."""
        return self.path[-1]


@dataclass
class Operation:
    """One write operation and what a call of it needs."""

    method: str
    path: str
    op: dict[str, Any]
    slots: list[Slot] = field(default_factory=list)

    @property
    def key(self) -> str:
        """`METHOD /path`, as hints and exemptions name it."""
        return f"{self.method.upper()} {self.path}"


@dataclass
class Call:
    """One request to make, and which of its ids (if any) is the other facility's."""

    operation: Operation
    url: str
    params: dict[str, Any]
    json: Any
    files: Any
    foreign: Slot | None
    content: bytes | None = None

    def __str__(self) -> str:
        suffix = f" with facility B's {self.foreign.name} ({self.foreign.where})" if self.foreign else ""
        return self.operation.key + suffix


def _is_id_name(name: str) -> bool:
    return name == "ids" or name.endswith("_id") or name.endswith("_ids")


def _is_uuid(schema: dict[str, Any]) -> bool:
    return schema.get("format") == "uuid" or schema.get("items", {}).get("format") == "uuid"


class Spec:
    """An OpenAPI document with `$ref`/`anyOf` resolution and sample values."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Follow `$ref`, and take the first non-null branch of `anyOf`."""
        while True:
            if "$ref" in schema:
                schema = self.document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
            elif "anyOf" in schema:
                schema = next(s for s in schema["anyOf"] if s.get("type") != "null")
            else:
                return schema

    def sample(self, schema: dict[str, Any], name: str = "") -> Any:
        """A small valid value of a schema (no ids: those are slots)."""
        schema = self.resolve(schema)
        if name.endswith("email") and schema.get("type") in ("string", None):
            return f"x{uuid.uuid4().hex[:12]}@example.com"
        if "enum" in schema:
            return schema["enum"][0]
        if "default" in schema:
            return copy.deepcopy(schema["default"])
        kind = schema.get("type")
        if kind == "object":
            # An optional `email` too: facilities require one by default (a setting, not the schema).
            return {key: self.sample(sub, key) for key, sub in schema.get("properties", {}).items()
                    if key in schema.get("required", ()) or key == "email"}  # fmt: skip
        if kind == "array":
            return [self.sample(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
        if kind in ("integer", "number"):
            low = schema.get("minimum", schema.get("exclusiveMinimum", 0) + 1)
            return max(int(low), 1) if schema.get("maximum", 2) >= 1 else int(low)
        if kind == "boolean":
            return False
        fmt = schema.get("format")
        if fmt == "date":
            return date.today().isoformat()
        if fmt == "date-time":
            return datetime.now(UTC).isoformat()
        if fmt == "email":
            return f"x{uuid.uuid4().hex[:12]}@example.com"
        if fmt == "uuid":
            return str(uuid.uuid4())
        return "Test value"[: schema.get("maxLength", 10)].ljust(schema.get("minLength", 1), "x")

    def id_slots(self, schema: dict[str, Any], prefix: tuple[str, ...] = ()) -> list[Slot]:
        """Id-like fields of a body schema, nested objects included."""
        schema = self.resolve(schema)
        slots: list[Slot] = []
        for name, sub in schema.get("properties", {}).items():
            sub = self.resolve(sub)
            if _is_id_name(name) or _is_uuid(sub):
                slots.append(Slot("body", (*prefix, name), sub.get("type") == "array"))
            elif sub.get("type") == "object":
                slots.extend(self.id_slots(sub, (*prefix, name)))
        return slots

    def write_operations(self) -> list[Operation]:
        """Every POST, PUT, PATCH and DELETE of the document, with its id slots."""
        found = []
        for path, item in self.document["paths"].items():
            for method, op in item.items():
                if method not in WRITES:
                    continue
                operation = Operation(method, path, op)
                for p in op.get("parameters", []):
                    schema = self.resolve(p.get("schema", {}))
                    if p["in"] in ("path", "query") and (_is_id_name(p["name"]) or _is_uuid(schema)):
                        operation.slots.append(Slot(p["in"], (p["name"],), schema.get("type") == "array"))
                body = op.get("requestBody", {}).get("content", {}).get("application/json")
                if body:
                    operation.slots.extend(self.id_slots(body["schema"]))
                found.append(operation)
        return found


# kinds(operation, slot) -> the key of the seeded records for that id, or None if it names no record.
Kinds = Callable[[Operation, Slot], str | None]


def by_name(aliases: Mapping[str, str | None] | None = None) -> Kinds:
    """Kinds by field name: `aliases["METHOD /path name"]`, then `aliases[name]` (None: names no record),
    else the name itself (`x_ids` -> `x_id`)."""

    def kind(operation: Operation, slot: Slot) -> str | None:
        for key in (f"{operation.key} {slot.name}", slot.name):
            if aliases and key in aliases:
                return aliases[key]
        return slot.name[:-1] if slot.name.endswith("_ids") else slot.name

    return kind


def _set(target: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for name in path[:-1]:
        target = target.setdefault(name, {})
    target[path[-1]] = value


def calls(
    spec: Spec,
    kinds: Kinds,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    hints: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Call]:
    """The calls to make: per operation one per id (that id B's, the others A's), or one if it has none.

    `hints["METHOD /path"]` may give `paths`/`params` values, a `json` body merged over the sample, `files`
    (multipart) or `content` (raw body), and `last: True` (a sign-out). Calls with a foreign id come first:
    what the others start in the background (an import validating) then changes no row while a foreign
    call is being checked.
    """
    out: list[Call] = []
    for operation in spec.write_operations():
        hint = (hints or {}).get(operation.key, {})
        slots = [s for s in operation.slots if kinds(operation, s) is not None]
        choices: list[Slot | None] = list(slots) or [None]
        for foreign in choices:
            path_values: dict[str, Any] = {}
            params: dict[str, Any] = {}
            for p in operation.op.get("parameters", []):
                if p["in"] == "path" or (p["in"] == "query" and p.get("required")):
                    value = hint.get(p["in"] + "s" if p["in"] == "path" else "params", {}).get(p["name"])
                    (path_values if p["in"] == "path" else params)[p["name"]] = (
                        value if value is not None else spec.sample(p.get("schema", {}))
                    )
            params.update(hint.get("params", {}))
            body = operation.op.get("requestBody", {}).get("content", {}).get("application/json")
            json_body = spec.sample(body["schema"]) if body else None
            if isinstance(json_body, dict):
                json_body.update(copy.deepcopy(hint.get("json", {})))
            for slot in slots:
                key = kinds(operation, slot)
                if key not in mine or key not in theirs:
                    raise AssertionError(f"{operation.key}: seed a record for {slot.name!r} (kind {key!r})")
                value = (theirs if slot is foreign else mine)[key]  # type: ignore[index]
                value = [str(value)] if slot.many else str(value)
                if slot.where == "path":
                    path_values[slot.name] = value
                elif slot.where == "query":
                    params[slot.name] = value
                elif isinstance(json_body, dict):
                    _set(json_body, slot.path, value)
            url = operation.path.format(**path_values)
            out.append(Call(operation, url, params, json_body, hint.get("files"), foreign, hint.get("content")))
    last = {key for key, hint in (hints or {}).items() if hint.get("last")}
    return sorted(out, key=lambda call: (call.foreign is None, call.operation.key in last))

"""What the chosen mode will do with a row: create, update (with each field's change) or skip (with the reason)."""

from __future__ import annotations

from typing import Any

from importer.domain.record_fields import ADDRESS, SETTABLE
from importer.service_layer.known import SNAPSHOT_FIELDS

NO_CUSTOMER = "no customer with this email"
EXISTS = "a customer with this email exists"


def _value(row: dict[str, Any], name: str) -> Any:
    """The value a row sets for an importer field (None for a blank cell)."""
    if name in ADDRESS:
        return (row.get("address") or {}).get(ADDRESS[name])
    if name in ("tags", "customer_types"):
        return row.get(name) or []
    if name == "language":
        return row.get("language") or "fr"
    return row.get(name)


def _changes(row: dict[str, Any], snapshot: dict[str, Any] | None, fields: list[str]) -> tuple[list[Any], bool]:
    """Each field's {field, from, to} (from only where the importer knows it) and whether every field was known."""
    out: list[dict[str, Any]] = []
    all_known = True
    for name in fields:
        new = _value(row, name)
        if snapshot is not None and name in SNAPSHOT_FIELDS:
            old = snapshot.get(name)
            old = sorted(old) if isinstance(old, list) else old
            if old != new:
                out.append({"field": name, "from": old, "to": new})
        else:
            all_known = False
            out.append({"field": name, "to": new})
    return out, all_known


def fields_set(row: dict[str, Any], mapping: dict[str, int], blank_clears: bool) -> list[str]:
    """The fields an update writes: the row's non-blank mapped cells, or every mapped field if blanks clear."""
    given = row.get("given") or []
    if blank_clears:
        return [f for f in SETTABLE if f in mapping or f in given]
    return list(given)


def plan(
    mode: str,
    row: dict[str, Any] | None,
    exists: bool,
    snapshot: dict[str, Any] | None,
    *,
    cars_only: bool,
    mapping: dict[str, int],
    blank_clears: bool,
) -> dict[str, Any]:
    """{action, reason?, changes?} of one row."""
    if row is None:
        return {"action": "reject"}
    if cars_only:
        return {"action": "link_cars"} if exists else {"action": "skip", "reason": NO_CUSTOMER}
    if not exists:
        return {"action": "skip", "reason": NO_CUSTOMER} if mode == "update" else {"action": "create"}
    if mode == "create":
        return {"action": "skip", "reason": EXISTS}
    changes, all_known = _changes(row, snapshot, fields_set(row, mapping, blank_clears))
    if not changes and all_known:
        return {"action": "skip", "reason": "no change"}
    return {"action": "update", "changes": changes}


def dry_run(mode: str, summary: dict[str, Any], rejected: int, cars_only: bool) -> dict[str, int]:
    """How many rows of the whole file the mode will create, update, skip or reject (as far as validated)."""
    known, new = summary.get("matches_existing", 0), summary.get("new", 0)
    if cars_only:
        return {"create": 0, "update": known, "skip": new, "reject": rejected}
    create = new if mode in ("create", "upsert") else 0
    update = known if mode in ("update", "upsert") else 0
    return {"create": create, "update": update, "skip": known + new - create - update, "reject": rejected}

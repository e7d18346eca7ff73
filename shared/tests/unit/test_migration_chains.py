"""Each service's migrations form one chain: unique revision ids, each revising the one before.

Two branches that each add "the next" migration merge cleanly in git and leave two revisions with the same
id: alembic then applies one of them and the database misses the other's columns (a 500 at the first query).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SERVICES = Path(__file__).resolve().parents[3] / "services"


def _revisions(service: str) -> list[tuple[str, str | None, str]]:
    out = []
    for path in sorted((SERVICES / service / "migrations" / "versions").glob("*.py")):
        values: dict[str, str | None] = {}
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                if node.targets[0].id in ("revision", "down_revision") and isinstance(node.value, ast.Constant):
                    values[node.targets[0].id] = node.value.value
        out.append((str(values["revision"]), values.get("down_revision"), path.name))
    return out


@pytest.mark.parametrize("service", sorted(p.name for p in SERVICES.iterdir() if (p / "migrations").is_dir()))
def test_migrations_are_one_chain_with_unique_ids(service):
    revisions = _revisions(service)
    ids = [r for r, _, _ in revisions]
    assert len(ids) == len(set(ids)), f"duplicate revision ids: {revisions}"
    by_parent = {down: name for _, down, name in revisions}
    assert len(by_parent) == len(revisions), f"two migrations revise the same one: {revisions}"
    chain, head = [], None
    while head in by_parent or (head is None and None in by_parent):
        name = by_parent[head]
        chain.append(name)
        head = next(r for r, _, n in revisions if n == name)
    assert len(chain) == len(revisions), f"not one chain from the first migration: {chain} of {revisions}"

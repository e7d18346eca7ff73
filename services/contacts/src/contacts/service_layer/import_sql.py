"""The batch statements of import chunks: one JSON parameter per chunk, so each statement is compiled once."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

from sqlalchemy import text

from shared.db import UnitOfWork

# A multi-row VALUES insert is recompiled for every chunk (thousands of bind parameters): far slower than
# the row work itself. jsonb_to_recordset takes the whole chunk as one parameter.
_RECORD = (
    "jsonb_to_recordset(CAST(:rows AS jsonb)) AS v(id uuid, facility_id uuid, first_name text, last_name text,"
    " email text, phone text, phone_raw text, phone_digits text, company text, language text, tags text[],"
    " birthday date, created_by text, updated_by text)"
)
_COLUMNS = (
    "id, facility_id, first_name, last_name, email, phone, phone_raw, phone_digits, company, language, tags,"
    " birthday, created_by, updated_by"
)
_CONFLICT = "ON CONFLICT (facility_id, email) WHERE email IS NOT NULL AND deleted_at IS NULL"
_UPSERT_SET = (
    "first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name, phone = EXCLUDED.phone,"
    " phone_raw = EXCLUDED.phone_raw, phone_digits = EXCLUDED.phone_digits, company = EXCLUDED.company,"
    " language = EXCLUDED.language, tags = EXCLUDED.tags, birthday = EXCLUDED.birthday,"
    " version = customers.version + 1, updated_at = now(), updated_by = EXCLUDED.updated_by"
)
_INSERT = f"INSERT INTO customers ({_COLUMNS}) SELECT {_COLUMNS} FROM {_RECORD} {_CONFLICT}"
CREATE = text(f"{_INSERT} DO NOTHING RETURNING customers.*, (xmax = 0) AS inserted")
UPSERT = text(f"{_INSERT} DO UPDATE SET {_UPSERT_SET} RETURNING customers.*, (xmax = 0) AS inserted")
UPDATE = text(
    "UPDATE customers c SET first_name = v.first_name, last_name = v.last_name, company = v.company,"
    " phone = v.phone, phone_raw = v.phone_raw, phone_digits = v.phone_digits, language = v.language,"
    " tags = v.tags, birthday = v.birthday, version = c.version + 1, updated_at = now(),"
    f" updated_by = v.updated_by FROM {_RECORD}"
    " WHERE c.facility_id = v.facility_id AND c.email = v.email::citext AND c.deleted_at IS NULL"
    " RETURNING c.*, false AS inserted"
)
_STATEMENTS = {"create": CREATE, "upsert": UPSERT, "update": UPDATE}


async def write(uow: UnitOfWork, mode: str, rows: list[dict[str, Any]]) -> list[tuple[Any, bool]]:
    """Apply the rows in one statement; (customer row, inserted) for every row created or updated."""
    payload = json.dumps([{k: _jsonable(v) for k, v in r.items()} for r in rows])
    result = await uow.session.execute(_STATEMENTS[mode], {"rows": payload})
    return [(r, bool(r["inserted"])) for r in result.mappings()]


def _jsonable(value: Any) -> Any:
    return str(value) if isinstance(value, uuid.UUID | date) else value

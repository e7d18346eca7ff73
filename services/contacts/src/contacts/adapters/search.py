"""Find and filter customers: search-as-you-type, filters, any-column sort, keyset pages, tab counts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from contacts.adapters.orm import customers
from contacts.domain.phone import digits

c = customers.c
SORTS: dict[str, ColumnElement[Any]] = {
    "created_at": c.created_at,
    "updated_at": c.updated_at,
    "last_name": func.lower(c.last_name),
    "first_name": func.lower(c.first_name),
    "email": func.lower(func.coalesce(c.email, "")),
    "company": func.lower(func.coalesce(c.company, "")),
    "status": c.status,
}


@dataclass(frozen=True)
class Filters:
    """What staff typed and picked; empty means no restriction."""

    q: str = ""
    status: tuple[str, ...] = ()
    stage_id: tuple[uuid.UUID, ...] = ()
    customer_type_id: tuple[uuid.UUID, ...] = ()
    source_id: tuple[uuid.UUID, ...] = ()
    tag: tuple[str, ...] = ()
    portal_access: bool | None = None
    invited: bool | None = None
    ids: tuple[uuid.UUID, ...] = field(default=())


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def text_match(q: str) -> ColumnElement[bool] | None:
    """Any part of name, email, company (every word), or the phone digits in any format."""
    words = q.lower().split()
    if not words:
        return None
    clauses = []
    for word in words:
        if len(word) < 3:
            # Too short for trigrams: match the start of a name, which the prefix indexes answer.
            prefix = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append(or_(func.lower(c.first_name).like(prefix), func.lower(c.last_name).like(prefix)))
        else:
            clauses.append(c.search_text.like(_like(word)))
    match: ColumnElement[bool] = and_(*clauses)
    number = digits(q)
    if len(number) >= 3:
        match = or_(match, c.phone_digits.like(_like(number)))
    return match


def conditions(facility_id: uuid.UUID, filters: Filters, *, with_status: bool = True) -> list[ColumnElement[bool]]:
    """WHERE clauses for the facility and the filters."""
    where: list[ColumnElement[bool]] = [c.facility_id == facility_id, c.deleted_at.is_(None)]
    if (match := text_match(filters.q)) is not None:
        where.append(match)
    if with_status and filters.status:
        where.append(c.status.in_(filters.status))
    if filters.stage_id:
        where.append(c.stage_id.in_(filters.stage_id))
    if filters.source_id:
        where.append(c.source_id.in_(filters.source_id))
    if filters.customer_type_id:
        where.append(c.customer_type_ids.overlap(list(filters.customer_type_id)))
    if filters.tag:
        where.append(c.tags.overlap(list(filters.tag)))
    if filters.portal_access is not None:
        where.append(c.portal_access.is_(filters.portal_access))
    if filters.invited is not None:
        where.append(c.invited_at.is_not(None) if filters.invited else c.invited_at.is_(None))
    if filters.ids:
        where.append(c.id.in_(filters.ids))
    return where


def find_query(
    facility_id: uuid.UUID,
    filters: Filters,
    *,
    sort: str = "created_at",
    descending: bool = True,
    limit: int = 50,
    after: tuple[Any, uuid.UUID] | None = None,
) -> Select[Any]:
    """The SELECT of one page (the benchmark runs this same statement directly as its baseline)."""
    key = SORTS[sort]
    query = select(customers, key.label("sort_key")).where(*conditions(facility_id, filters))
    if after is not None:
        value = datetime.fromisoformat(after[0]) if sort in ("created_at", "updated_at") else after[0]
        pair, anchor = tuple_(key, c.id), tuple_(literal(value, key.type), literal(after[1]))
        query = query.where(pair < anchor if descending else pair > anchor)
    order = (key.desc(), c.id.desc()) if descending else (key.asc(), c.id.asc())
    return query.order_by(*order).limit(limit)


async def find(
    session: AsyncSession, facility_id: uuid.UUID, filters: Filters, **options: Any
) -> list[tuple[dict[str, Any], Any]]:
    """A page of customers with each row's sort key (for the next cursor)."""
    rows = await session.execute(find_query(facility_id, filters, **options))
    return [(dict(r), r["sort_key"]) for r in rows.mappings()]


async def tab_counts(session: AsyncSession, facility_id: uuid.UUID, filters: Filters) -> dict[str, int]:
    """How many match in each tab: All, Leads, Customers (active), Inactive."""
    query = select(
        func.count(),
        func.count().filter(c.status == "lead"),
        func.count().filter(c.status == "active"),
        func.count().filter(c.status == "inactive"),
    ).where(*conditions(facility_id, filters, with_status=False))
    total, leads, active, inactive = (await session.execute(query)).one()
    return {"all": total, "leads": leads, "customers": active, "inactive": inactive}

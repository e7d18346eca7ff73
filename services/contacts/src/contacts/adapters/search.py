"""Find and filter customers: search-as-you-type, filters, any-column sort, keyset pages, tab counts."""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, Text, and_, func, literal, literal_column, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from contacts.adapters.orm import billing_facts, customers
from contacts.domain.phone import digits

c = customers.c
SORTS: dict[str, ColumnElement[Any]] = {
    "created_at": c.created_at,
    "updated_at": c.updated_at,
    # Last name, then first name, as one key: the index customers_facility_name holds this very expression (a
    # literal separator, not a parameter, or the planner cannot match it).
    "last_name": func.lower(c.last_name.op("||")(literal_column("' '")).op("||")(c.first_name), type_=Text),
    "first_name": func.lower(c.first_name),
    "email": func.lower(func.coalesce(c.email, "")),
    "company": func.lower(func.coalesce(c.company, "")),
    "status": c.status,
}
DATE_SORTS = ("created_at", "updated_at")


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
    tab: str = "all"  # all | leads (no rental ever) | customers (a rental, active or past)


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


_FOLDED = {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d"}


def fold(text: str) -> str:
    """Lower case without accents, as the search text is stored ("Lefèvre" → "lefevre")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(_FOLDED.get(ch, ch) for ch in plain)


def text_match(q: str) -> ColumnElement[bool] | None:
    """Every word in some part of name, email or company, accents and case ignored; or the phone digits."""
    words = fold(q).split()
    if not words:
        return None
    clauses = []
    for word in words:
        if len(word) < 3:
            # A short word matches the start of a word (the search text starts with a space): " du", " jm".
            clauses.append(c.search_text.like(_like(" " + word)))
        else:
            clauses.append(c.search_text.like(_like(word)))
    match: ColumnElement[bool] = and_(*clauses)
    number = digits(q)
    # "martin167" is part of an email, not a phone number: only letter-free input also searches phones
    # (otherwise "167" anywhere in a phone adds thousands of false hits).
    if len(number) >= 3 and not any(ch.isalpha() for ch in q):
        match = or_(match, c.phone_digits.like(_like(number)))
    return match


def has_rental() -> ColumnElement[bool]:
    """The customer has or had a rental: the Customers tab (Leads: none)."""
    b = billing_facts.c
    return select(b.customer_id).where(b.customer_id == c.id, b.kind == "rental").exists()


def conditions(
    facility_id: uuid.UUID, filters: Filters, *, with_status: bool = True, with_tab: bool = True
) -> list[ColumnElement[bool]]:
    """WHERE clauses for the facility and the filters."""
    where: list[ColumnElement[bool]] = [c.facility_id == facility_id, c.deleted_at.is_(None)]
    if with_tab and filters.tab in ("customers", "leads"):
        where.append(has_rental() if filters.tab == "customers" else ~has_rental())
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


def _ordered(key: Any, id_: Any, descending: bool) -> tuple[Any, Any]:
    """ORDER BY the sort key, then the id (the keyset's tie-break), both the same way."""
    return (key.desc(), id_.desc()) if descending else (key.asc(), id_.asc())


def find_query(
    facility_id: uuid.UUID,
    filters: Filters,
    *,
    sort: str = "created_at",
    descending: bool = True,
    limit: int = 50,
    after: tuple[Any, uuid.UUID] | None = None,
) -> Select[Any]:
    """The SELECT of one page as one ordered statement."""
    key = SORTS[sort]
    query = select(customers, key.label("sort_key")).where(
        *_page_conditions(facility_id, filters, sort, after, descending)
    )
    return query.order_by(*_ordered(key, c.id, descending)).limit(limit)


def _page_conditions(
    facility_id: uuid.UUID, filters: Filters, sort: str, after: tuple[Any, uuid.UUID] | None, descending: bool = True
) -> list[ColumnElement[bool]]:
    where = conditions(facility_id, filters)
    if after is not None:
        key = SORTS[sort]
        value = datetime.fromisoformat(after[0]) if isinstance(after[0], str) and sort in DATE_SORTS else after[0]
        pair, anchor = tuple_(key, c.id), tuple_(literal(value, key.type), literal(after[1]))
        where.append(pair < anchor if descending else pair > anchor)
    return where


# A search first looks among the first records in the list's order (a bounded walk of the index of that order:
# newest first, or by name); only if they hold less than a page does it collect every match through the
# trigram index and sort those. One ordered walk alone is a trap for rare terms whose matches are all far down
# the order ("lefebvre2": 700,000 rows read); sorting every match is one for common terms. The by-name index
# holds what a search filters on, so its walk never reads the table and can look five times further.
WINDOWS = {"created_at": 10_000, "last_name": 50_000}
# The orders with an index on (facility_id, key, ...): customers_facility_created, customers_facility_name.
WINDOWED = tuple(WINDOWS)


def find_plan(
    facility_id: uuid.UUID,
    filters: Filters,
    *,
    sort: str = "created_at",
    descending: bool = True,
    limit: int = 50,
    after: tuple[Any, uuid.UUID] | None = None,
) -> list[Callable[[], Select[Any]]]:
    """The statements of one page, tried in order until one fills it (the benchmark runs these directly).

    Each is built only when it is needed: most pages are filled by the first.
    """
    if sort not in WINDOWED or text_match(filters.q) is None:
        return [lambda: find_query(facility_id, filters, sort=sort, descending=descending, limit=limit, after=after)]
    key = SORTS[sort]
    where = _page_conditions(facility_id, filters, sort, after, descending)
    order = _ordered(key, c.id, descending)

    def window() -> Select[Any]:
        walk = select(key).where(c.facility_id == facility_id)
        if after is not None:
            walk = walk.where(where[-1])
        nth = walk.order_by(*order).offset(WINDOWS[sort]).limit(1).scalar_subquery()
        # The bound must stay an index condition. Dates have an unbounded value for "fewer than a window of records
        # after the cursor"; names do not, so there the window is empty and the next statement collects the
        # (few) matches instead.
        edge: ColumnElement[Any] = nth
        if sort == "created_at":
            unbounded = "'-infinity'::timestamptz" if descending else "'infinity'::timestamptz"
            edge = func.coalesce(nth, literal_column(unbounded))
        bound = key >= edge if descending else key <= edge
        # The page's ids and keys first (from the index alone where it holds the filtered columns), then its rows.
        page = select(c.id, key.label("sort_key")).where(*where, bound).order_by(*order).limit(limit).subquery("page")
        return _rows_of(page, descending)

    def every_match() -> Select[Any]:
        # MATERIALIZED keeps the planner from walking the order's index: all matches, then sort. Only the key and
        # the id of each match are kept and sorted (top-N); the page's rows are read once, at the end.
        matches = select(c.id, key.label("sort_key")).where(*where).cte("matches").prefix_with("MATERIALIZED")
        m = matches.c
        page = select(matches).order_by(*_ordered(m.sort_key, m.id, descending)).limit(limit).subquery("page")
        return _rows_of(page, descending)

    return [window, every_match]


def _rows_of(page: Any, descending: bool) -> Select[Any]:
    """The customers of a page of (id, sort_key), in the page's order."""
    p = page.c
    return select(customers, p.sort_key).join(page, p.id == c.id).order_by(*_ordered(p.sort_key, p.id, descending))


async def find(
    session: AsyncSession | AsyncConnection,
    facility_id: uuid.UUID,
    filters: Filters,
    *,
    limit: int = 50,
    **options: Any,
) -> list[tuple[dict[str, Any], Any]]:
    """A page of customers with each row's sort key (for the next cursor)."""
    rows: list[tuple[dict[str, Any], Any]] = []
    for build in find_plan(facility_id, filters, limit=limit, **options):
        result = await session.execute(build())
        rows = [(dict(r), r["sort_key"]) for r in result.mappings()]
        if len(rows) >= limit:
            break
    return rows


async def tab_counts(session: AsyncSession, facility_id: uuid.UUID, filters: Filters) -> dict[str, int]:
    """How many match in each tab (All, Leads, Customers) under the other filters, and per status (Active, Inactive)."""
    query = select(
        func.count(),
        func.count().filter(has_rental()),
        func.count().filter(c.status == "active"),
        func.count().filter(c.status == "inactive"),
    ).where(*conditions(facility_id, filters, with_tab=False))
    total, with_rental, active, inactive = (await session.execute(query)).one()
    return {
        "all": total,
        "leads": total - with_rental,
        "customers": with_rental,
        "active": active,
        "inactive": inactive,
    }

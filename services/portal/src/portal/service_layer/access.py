"""What an additional contact may see: the facility's sections, narrowed by the person's role (ADR 0008)."""

from __future__ import annotations

from collections.abc import Sequence

# The account holder sees every section the facility turned on. A person sees only what their role is for:
# money (billing, and shop, whose orders are charged to the account) only for the bookkeeper, who receives the
# invoices; cars and events for those who bring or fetch the cars; settings (their own profile) for everyone.
ROLE_SECTIONS: dict[str, frozenset[str]] = {
    "bookkeeper": frozenset({"billing", "shop", "documents", "settings"}),
    "vehicle_manager": frozenset({"events", "cars", "settings"}),
    "spouse": frozenset({"events", "cars", "documents", "settings"}),
    "assistant": frozenset({"events", "cars", "documents", "settings"}),
    "other": frozenset({"events", "settings"}),
}


def sections_for(facility_sections: Sequence[str], role: str | None) -> list[str]:
    """The sections shown: all the facility's for the account holder (role None), else the role's share."""
    if role is None:
        return list(facility_sections)
    allowed = ROLE_SECTIONS.get(role, ROLE_SECTIONS["other"])
    return [s for s in facility_sections if s in allowed]

"""How long an invite link lives: from when staff asked, not from when the portal got round to it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

# Less than this left and the link would lapse before the customer could use it.
MIN_LEFT_S = 60


def seconds_left(asked_at: datetime, ttl_s: int, now: datetime | None = None) -> int | None:
    """The invite's remaining lifetime in whole seconds, or None when it has (all but) lapsed, e.g. a replay."""
    left = (asked_at + timedelta(seconds=ttl_s) - (now or datetime.now(UTC))).total_seconds()
    return int(left) if left >= MIN_LEFT_S else None

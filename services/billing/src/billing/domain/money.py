"""Money rules in integer minor units: tax, proration and billing periods. No floats anywhere."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Period = Literal["month", "week", "year"]


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half away from zero, in integers."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    sign = -1 if numerator < 0 else 1
    return sign * ((2 * abs(numerator) + denominator) // (2 * denominator))


def tax_of(subtotal_minor: int, rate_bp: int) -> int:
    """Tax on a subtotal at a rate in basis points (2000 = 20 %), rounded half up to the minor unit."""
    return round_half_up(subtotal_minor * rate_bp, 10_000)


def period_bounds(day: date, period: Period) -> tuple[date, date]:
    """The calendar period (first and last day) that contains `day`."""
    if period == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if period == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def prorated(price_minor: int, period: tuple[date, date], active: tuple[date, date | None]) -> tuple[int, int, int]:
    """Price for the days of `period` the rental is active: (amount, active days, days in period)."""
    start, end = period
    first = max(start, active[0])
    last = min(end, active[1]) if active[1] is not None else end
    total_days = (end - start).days + 1
    days = max(0, (last - first).days + 1)
    if days == total_days:
        return price_minor, days, total_days
    return round_half_up(price_minor * days, total_days), days, total_days


@dataclass(frozen=True)
class Line:
    """An invoice line before it is stored."""

    description: str
    quantity: int
    unit_amount_minor: int

    @property
    def amount_minor(self) -> int:
        """Quantity times unit price."""
        return self.quantity * self.unit_amount_minor


@dataclass(frozen=True)
class Totals:
    """Subtotal, tax and total of a set of lines."""

    subtotal_minor: int
    tax_minor: int
    total_minor: int


def totals(lines: list[Line], rate_bp: int) -> Totals:
    """Tax is computed once on the subtotal, so the parts always add up to the total."""
    subtotal = sum(line.amount_minor for line in lines)
    tax = tax_of(subtotal, rate_bp)
    return Totals(subtotal, tax, subtotal + tax)


def allocate(amount_minor: int, dues: list[int]) -> list[int]:
    """Split a payment over amounts due in order (oldest first); what is left over is credit."""
    out: list[int] = []
    left = amount_minor
    for due in dues:
        take = min(left, max(due, 0))
        out.append(take)
        left -= take
    return out

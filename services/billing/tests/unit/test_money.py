"""Money rules: integer minor units that always add up."""

from datetime import date

import pytest

from billing.domain.money import Line, allocate, period_bounds, prorated, round_half_up, tax_of, totals


def test_rounding_is_half_up_in_integers() -> None:
    assert round_half_up(5, 10) == 1
    assert round_half_up(4, 10) == 0
    assert round_half_up(-5, 10) == -1
    with pytest.raises(ValueError):
        round_half_up(1, 0)


@pytest.mark.parametrize(
    ("subtotal", "rate", "tax"), [(10_000, 2000, 2000), (1, 2000, 0), (3, 2000, 1), (12_345, 550, 679), (0, 2000, 0)]
)
def test_tax_is_rounded_to_the_minor_unit(subtotal: int, rate: int, tax: int) -> None:
    assert tax_of(subtotal, rate) == tax


def test_totals_add_up_for_every_split() -> None:
    lines = [Line("Space A1", 1, 12_999), Line("Washing", 3, 1_333), Line("Discount", 1, -500)]
    t = totals(lines, 2000)
    assert t.subtotal_minor == 12_999 + 3 * 1_333 - 500
    assert t.subtotal_minor + t.tax_minor == t.total_minor
    assert isinstance(t.total_minor, int)


def test_periods_and_proration() -> None:
    assert period_bounds(date(2026, 2, 14), "month") == (date(2026, 2, 1), date(2026, 2, 28))
    assert period_bounds(date(2026, 11, 25), "week") == (date(2026, 11, 23), date(2026, 11, 29))
    assert period_bounds(date(2026, 5, 5), "year") == (date(2026, 1, 1), date(2026, 12, 31))
    feb = (date(2026, 2, 1), date(2026, 2, 28))
    assert prorated(28_000, feb, (date(2026, 1, 1), None)) == (28_000, 28, 28)
    assert prorated(28_000, feb, (date(2026, 2, 15), None)) == (14_000, 14, 28)
    assert prorated(10_000, feb, (date(2026, 1, 1), date(2026, 2, 10))) == (3_571, 10, 28)


def test_allocation_pays_oldest_first_and_leaves_credit() -> None:
    assert allocate(15_000, [10_000, 10_000]) == [10_000, 5_000]
    assert allocate(25_000, [10_000, 10_000]) == [10_000, 10_000]
    assert allocate(0, [10_000]) == [0]

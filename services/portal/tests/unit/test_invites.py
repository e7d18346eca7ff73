"""An invite lives from when staff asked for it."""

from datetime import UTC, datetime, timedelta

from portal.domain.invites import seconds_left

ASKED = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def test_an_invite_keeps_what_is_left_of_its_lifetime():
    assert seconds_left(ASKED, 3600, ASKED + timedelta(minutes=10)) == 3000


def test_a_lapsed_or_nearly_lapsed_invite_is_not_sent():
    assert seconds_left(ASKED, 3600, ASKED + timedelta(seconds=3541)) is None
    assert seconds_left(ASKED, 3600, ASKED + timedelta(seconds=3540)) == 60
    assert seconds_left(ASKED, 3600, ASKED + timedelta(days=2)) is None

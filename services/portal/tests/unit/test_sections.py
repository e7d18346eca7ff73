"""The portal's sections are one map: each section with data has its view, in the /me order."""

from portal.service_layer import sections
from portal.service_layer.facility import SECTIONS


def test_every_view_is_a_section_a_facility_can_turn_on() -> None:
    assert set(sections.VIEWS) <= set(SECTIONS)
    assert list(sections.VIEWS) == ["settings", "cars", "documents", "billing", "events", "shop"]
    assert set(SECTIONS) == set(sections.VIEWS), "every section has its view"

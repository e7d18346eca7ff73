"""The dashboard's list of the facilities in a token, with the settings it shows (GET /facilities)."""

from __future__ import annotations

import uuid

import pytest

pytestmark = pytest.mark.integration


async def test_the_facilities_of_the_token_are_listed_with_their_settings_without_choosing_one(api, token_for):
    paris, london, elsewhere = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    both = token_for("staff", paris, london)
    both.pop("X-Facility-ID")  # the dashboard has not chosen yet
    profile = {"default_country": "gb", "name": "London Docklands", "language": "en", "time_zone": "Europe/London"}
    saved = await api.put("/settings/facility", json=profile, headers=token_for("owner", london))
    assert saved.status_code == 200, saved.text
    assert (await api.get("/settings/facility", headers=token_for("staff", london))).json() == {
        **profile,
        "default_country": "GB",
        "email_required": True,
    }
    await api.put("/settings/facility", json={"default_country": "FR"}, headers=token_for("owner", elsewhere))

    listed = await api.get("/facilities", headers=both)
    assert listed.status_code == 200, listed.text
    assert listed.json() == {
        "items": [
            {
                "id": str(london),
                "name": "London Docklands",
                "country": "GB",
                "language": "en",
                "time_zone": "Europe/London",
                "currency": "EUR",
            },
            {  # never configured: the defaults, after the named ones
                "id": str(paris),
                "name": None,
                "country": "FR",
                "language": "fr",
                "time_zone": "Europe/Paris",
                "currency": "EUR",
            },
        ],
        "next_cursor": None,
    }, "only the token's facilities, named first"


async def test_bad_settings_are_refused_naming_the_field_and_staff_cannot_change_them(api, token_for):
    facility = uuid.uuid4()
    bad = await api.put(
        "/settings/facility",
        json={"default_country": "FR", "time_zone": "Mars/Olympus"},
        headers=token_for("owner", facility),
    )
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"][-1] == "time_zone"
    staff = await api.put("/settings/facility", json={"default_country": "FR"}, headers=token_for("staff", facility))
    assert staff.status_code == 403
    assert (await api.get("/facilities")).status_code == 401

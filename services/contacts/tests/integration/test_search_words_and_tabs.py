"""Search finds what people type (short words, email prefixes, accents, phone formats); tabs follow rentals."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from crm_dev.testing import eventually, publish
from shared.contracts.billing import RentalEnded, RentalStarted

from .conftest import unique_email

pytestmark = pytest.mark.integration


async def _add(api, headers, **fields):
    r = await api.post(
        "/customers", json={"first_name": "A", "last_name": "B", "email": unique_email(), **fields}, headers=headers
    )
    assert r.status_code == 201, r.text
    return r.json()["id"]


async def _found(api, headers, **params):
    r = await api.get("/customers", params=params, headers=headers)
    assert r.status_code == 200, r.text
    return {c["id"] for c in r.json()["items"]}


async def test_words_of_any_length_email_prefixes_accents_and_phone_formats(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    nord = await _add(api, owner, first_name="Jean", last_name="Martin", company="Garage du Nord")
    sud = await _add(api, owner, first_name="Paul", last_name="Durand", company="Garage du Sud")
    jm = await _add(api, owner, first_name="Jean-Marc", last_name="Leblanc", email="jm.leblanc@example.fr")
    zoe = await _add(api, owner, first_name="Zoé", last_name="Lefèvre", phone="06 12 34 56 78")
    other = await _add(api, token_for("owner", uuid.uuid4()), company="Garage du Nord")

    assert await _found(api, owner, q="garage du nord") == {nord}
    assert await _found(api, owner, q="garage du") == {nord, sud}
    assert await _found(api, owner, q="du nord jean") == {nord}  # words may match different fields
    assert await _found(api, owner, q="jm") == {jm}  # the first letters of an email
    assert await _found(api, owner, q="JM.") == {jm}
    assert await _found(api, owner, q="lefevre") == {zoe}
    assert await _found(api, owner, q="LEFÈVRE zoe") == {zoe}
    for typed in ("0612345678", "06.12.34.56.78", "+33 6 12 34 56 78", "34 56"):
        assert await _found(api, owner, q=typed) == {zoe}, typed
    assert other not in await _found(api, owner, q="garage")
    counts = (await api.get("/customers/counts", params={"q": "garage du"}, headers=owner)).json()
    assert counts["all"] == len(await _found(api, owner, q="garage du")) == 2


async def test_customers_tab_is_any_rental_active_or_past_and_counts_agree_with_the_list(
    api, token_for, topic_namespace
):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    renting, former, lead, marked = [await _add(api, owner, last_name=n) for n in ("Rent", "Former", "Lead", "Mark")]
    await api.post(f"/customers/{marked}/mark-inactive", headers=owner)  # inactive by hand, never rented: a Lead
    past = uuid.uuid4()
    for event in (
        RentalStarted(rental_id=uuid.uuid4(), customer_id=uuid.UUID(renting), started_on=date(2026, 11, 1)),
        RentalStarted(rental_id=past, customer_id=uuid.UUID(former), started_on=date(2026, 1, 1)),
        RentalEnded(rental_id=past, customer_id=uuid.UUID(former), ended_on=date(2026, 6, 30)),
    ):
        await publish(event, facility_id=facility, aggregate_id=event.customer_id, namespace=topic_namespace)

    async def settled():
        counts = (await api.get("/customers/counts", headers=owner)).json()
        return counts if counts["customers"] == 2 and counts["inactive"] == 2 else None

    counts = await eventually(settled, timeout=30, what="rentals applied")
    assert counts == {"all": 4, "leads": 2, "customers": 2, "active": 1, "inactive": 2}
    assert await _found(api, owner, tab="customers") == {renting, former}
    assert await _found(api, owner, tab="leads") == {lead, marked}
    assert await _found(api, owner, tab="customers", status="inactive") == {former}  # status stays a filter
    for tab in ("all", "leads", "customers"):
        assert len(await _found(api, owner, tab=tab, limit=200)) == counts[tab]

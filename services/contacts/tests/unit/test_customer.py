"""Customer rules without storage."""

import uuid

from contacts.domain.customer import Customer


def customer(**kw):
    return Customer(id=uuid.uuid4(), facility_id=uuid.uuid4(), first_name="Ann", last_name="Lee", **kw)


def test_a_change_bumps_the_version_and_reports_old_and_new():
    before = customer(email="a@x.org")
    after, diff = before.changed({"email": "b@x.org", "first_name": "Ann"}, by="u1")
    assert after.version == 2 and after.updated_by == "u1"
    assert diff == {"email": ("a@x.org", "b@x.org")}


def test_no_change_keeps_the_version():
    before = customer()
    after, diff = before.changed({"first_name": "Ann"}, by="u1")
    assert after is before and diff == {}


def test_fields_outside_the_editable_set_are_ignored():
    before = customer()
    after, diff = before.changed({"status": "active", "version": 9}, by="u1")
    assert diff == {} and after.status == "lead"


def test_snapshot_carries_what_other_services_need():
    c = customer(email="a@x.org", language="en", tags=("vip",))
    snap = c.snapshot()
    assert (snap.customer_id, snap.email, snap.language, snap.tags) == (c.id, "a@x.org", "en", ("vip",))


def test_a_non_ascii_signature_is_simply_invalid():
    from contacts.adapters.storage import link_is_valid

    assert link_is_valid("secret", uuid.uuid4(), 9_999_999_999, "°\x8f(T󯓢D") is False

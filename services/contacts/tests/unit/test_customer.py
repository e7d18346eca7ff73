"""Customer rules without storage."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from contacts.domain.customer import Customer, Invitee, status_from_rentals
from contacts.domain.person import Person
from shared.contracts.contacts import CustomerAnonymized, CustomerDeleted, CustomerRestored
from shared.errors import Conflict, DomainError, Refused


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
    from shared.signed_links import is_valid as link_is_valid

    assert link_is_valid("secret", uuid.uuid4(), 9_999_999_999, "°\x8f(T󯓢D") is False


def test_renting_means_active_and_refuses_any_other_status():
    with pytest.raises(Conflict):
        customer().with_status("inactive", renting=True, by="u1")
    change = customer().with_status(status_from_rentals(1), renting=True, by="billing")
    assert change is not None and change.customer.status == "active" and change.customer.version == 2
    assert change.entry.kind == "status_changed" and change.event.changed_fields == ("status",)
    assert change.columns == {"status": "active"}


def test_the_same_status_is_no_change():
    assert customer(status="inactive").with_status("inactive", renting=False, by="u1") is None
    assert status_from_rentals(0) == "inactive"


def test_open_facts_refuse_a_deletion_with_every_reason():
    with pytest.raises(Refused) as refused:
        customer().delete({"rental": ["R1"], "invoice": ["I1", "I2"], "note": ["x"]}, by="u1")
    assert {r["type"]: r["count"] for r in refused.value.reasons} == {"active_rental": 1, "unpaid_invoice": 2}


def test_a_deletion_is_the_next_version_and_a_deleted_event():
    change = customer().delete({}, by="u1")
    assert change.customer.version == 2 and change.customer.deleted_at is not None
    assert isinstance(change.event, CustomerDeleted) and change.entry.kind == "deleted"


def test_restore_only_within_the_window():
    recent = customer(deleted_at=datetime.now(UTC) - timedelta(days=29), version=3)
    change = recent.restore(by="u1")
    assert change.customer.deleted_at is None and change.customer.version == 4
    assert isinstance(change.event, CustomerRestored) and change.columns == {"deleted_at": None}
    with pytest.raises(Conflict):
        customer(deleted_at=datetime.now(UTC) - timedelta(days=31)).restore(by="u1")


def test_anonymise_erases_personal_data_and_keeps_the_id():
    before = customer(email="a@x.org", phone="+33100000000", tags=("vip",))
    change = before.anonymise(by="u1")
    after = change.customer
    assert after.id == before.id and after.email is None and after.phone is None and after.tags == ()
    assert after.first_name == "Anonymised" and after.marketing_opt_out and not after.portal_access
    assert isinstance(change.event, CustomerAnonymized) and "anonymized_at" in change.columns


def test_an_edit_names_its_fields_in_the_event_and_the_entry():
    change = customer().edit({"last_name": "Ng", "email": "n@x.org"}, by="u1", summary="Changed ")
    assert change is not None and change.event.changed_fields == ("email", "last_name")
    assert change.entry.summary == "Changed email, last_name"
    assert change.entry.data == {
        "changes": {"email": {"old": None, "new": "n@x.org"}, "last_name": {"old": "Lee", "new": "Ng"}}
    }
    assert customer().edit({"first_name": "Ann"}, by="u1", summary="Changed ") is None


def test_a_person_edit_ignores_fields_outside_the_editable_set_and_checks_the_rules():
    p = Person(
        id=uuid.uuid4(),
        facility_id=uuid.uuid4(),
        customer_id=uuid.uuid4(),
        first_name="Bo",
        last_name="Li",
        role="spouse",
    )
    after, diff = p.changed({"first_name": "Bea", "customer_id": uuid.uuid4(), "version": 7})
    assert diff == {"first_name": ("Bo", "Bea")} and after.version == 2 and after.customer_id == p.customer_id
    with pytest.raises(DomainError):
        p.changed({"portal_access": True})


def test_a_merged_customer_is_retired_into_the_survivor_at_its_next_version():
    survivor = uuid.uuid4()
    change = customer(version=4).merge_into(survivor, by="u1")
    assert change.customer.version == 5 and change.columns["merged_into"] == survivor
    assert isinstance(change.event, CustomerDeleted) and change.entry is None


def test_inviting_the_customer_is_an_invite_then_a_resend_and_leaves_the_version():
    c = customer(email="a@x.org", language="en")
    first = c.invite(by="u1")
    assert (first.event.kind, first.event.email, first.event.person_id, first.event.requested_by) == (
        "invite",
        "a@x.org",
        None,
        "u1",
    )
    assert (first.event.first_name, first.event.language) == ("Ann", "en")
    assert first.invitee.invited_at is not None and c.version == 1
    assert (first.entry.kind, first.entry.summary) == ("invite_requested", "Portal invite requested for a@x.org")
    again = customer(email="a@x.org", invited_at=datetime.now(UTC)).invite(by="u1")
    assert again.event.kind == "resend" and again.entry.summary == "Portal resend requested for a@x.org"


def test_inviting_a_person_uses_their_name_and_email_and_the_customers_language():
    c = customer(email="a@x.org", language="fr")
    pid = uuid.uuid4()
    person = Invitee(pid, "Bo", "Li", "bo@x.org", True, None)
    invitation = c.invite(person, by="u1")
    event = invitation.event
    assert (event.person_id, event.email, event.first_name, event.last_name) == (pid, "bo@x.org", "Bo", "Li")
    assert (event.customer_id, event.language, event.kind) == (c.id, "fr", "invite")
    assert invitation.entry.data == {"person_id": str(pid)}
    assert invitation.invitee.person_id == pid and invitation.invitee.invited_at is not None


@pytest.mark.parametrize(
    ("invitee", "field"),
    [
        (None, "email"),  # the customer, without an email
        (Invitee(uuid.uuid4(), "Bo", "Li", None, True, None), "email"),
        (Invitee(uuid.uuid4(), "Bo", "Li", "bo@x.org", False, None), "portal_access"),
    ],
)
def test_an_invitation_without_email_or_portal_access_is_refused_naming_the_field(invitee, field):
    with pytest.raises(DomainError) as refused:
        customer(email=None).invite(invitee, by="u1")
    assert refused.value.loc[-1] == field


def test_the_customers_portal_access_switched_off_refuses_their_invitation():
    with pytest.raises(DomainError) as refused:
        customer(email="a@x.org", portal_access=False).invite(by="u1")
    assert refused.value.loc[-1] == "portal_access"

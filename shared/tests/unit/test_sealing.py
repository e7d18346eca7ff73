"""Sealed sign-in links: only the keyring opens them, old keys still do, and a link cannot change address."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalEmailConfirmationRequested, SignInEmailRequested
from shared.contracts.registry import registry
from shared.sealing import Keyring, Sealed, UnsealError, decode_key, new_key

OLD, NEW = decode_key(new_key()), decode_key(new_key())
LINK = "https://crm.example/portal/signin/" + "T" * 43


def request(keyring: Keyring, **overrides: object) -> SignInEmailRequested:
    fields: dict[str, object] = {
        "request_id": uuid.uuid4(),
        "customer_id": uuid.uuid4(),
        "email": "ana@example.com",
        "first_name": "Ana",
        "kind": "signin",
        "expires_at": datetime.now(UTC) + timedelta(hours=1),
        **overrides,
    }
    return SignInEmailRequested.sealing(keyring, LINK, **fields)


def test_the_wire_bytes_hold_no_link_and_the_keyring_opens_it():
    event = request(Keyring("k1", {"k1": OLD}))
    wire = Envelope.wrap(event, facility_id=uuid.uuid4(), aggregate_id=event.customer_id, correlation_id="t").to_bytes()
    assert b"/portal/signin/" not in wire and b"T" * 20 not in wire
    parsed = registry.parse(Envelope.model_validate_json(wire))
    assert isinstance(parsed, SignInEmailRequested) and parsed.link.key_id == "k1"
    assert parsed.open_link(Keyring("k1", {"k1": OLD})) == LINK


def test_after_a_rotation_old_links_still_open_and_new_ones_use_the_new_key():
    sealed_before = request(Keyring("k1", {"k1": OLD}))
    rotated = Keyring("k2", {"k1": OLD, "k2": NEW})
    assert sealed_before.open_link(rotated) == LINK
    assert request(rotated).link.key_id == "k2"
    with pytest.raises(UnsealError, match="unknown sealing key id 'k1'"):
        sealed_before.open_link(Keyring("k2", {"k2": NEW}))


def test_a_sealed_link_moved_to_another_address_or_altered_does_not_open():
    keyring = Keyring("k1", {"k1": OLD})
    event = request(keyring)
    moved = event.model_copy(update={"email": "attacker@example.com"})
    with pytest.raises(UnsealError):
        moved.open_link(keyring)
    as_confirmation = PortalEmailConfirmationRequested(**event.model_dump(exclude={"kind"}))
    with pytest.raises(UnsealError):
        as_confirmation.open_link(keyring)
    text = event.link.ciphertext
    flipped = text[:-2] + ("A" if text[-2] != "A" else "B") + text[-1]
    altered = Sealed(key_id="k1", nonce=event.link.nonce, ciphertext=flipped)
    with pytest.raises(UnsealError):
        event.model_copy(update={"link": altered}).open_link(keyring)
    with pytest.raises(UnsealError):
        event.open_link(Keyring("k1", {"k1": NEW}))

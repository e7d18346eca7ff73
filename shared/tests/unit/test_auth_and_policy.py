"""Token verification, facility choice and retry policy, without I/O."""

import uuid

import pytest
from fastapi import HTTPException

from crm_dev.cli import ensure_keys, mint
from shared.auth import Role, TokenVerifier, principal_from
from shared.messaging.deadletter import RetryPolicy
from shared.messaging.schema import OUTBOX_SHARDS, shard_of
from shared.settings import ServiceSettings


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    private, public = ensure_keys(tmp_path_factory.mktemp("k"))
    return private.read_text(), str(public)


async def test_a_minted_token_verifies_and_names_role_and_facilities(keys):
    facility = uuid.uuid4()
    token = mint(keys[0], sub="u1", role="manager", facilities=[str(facility)])
    claims = await TokenVerifier(ServiceSettings(jwt_public_key_path=keys[1])).claims(token)
    principal = principal_from(claims, None)
    assert principal.role is Role.MANAGER and principal.facility_id == facility and principal.can_write


async def test_a_token_signed_by_another_key_is_refused(keys, tmp_path):
    other, _ = ensure_keys(tmp_path)
    token = mint(other.read_text(), sub="u1", role="owner", facilities=[str(uuid.uuid4())])
    with pytest.raises(Exception, match="Signature"):
        await TokenVerifier(ServiceSettings(jwt_public_key_path=keys[1])).claims(token)


async def test_an_expired_token_is_refused(keys):
    token = mint(keys[0], sub="u1", role="owner", facilities=[str(uuid.uuid4())], ttl_s=-10)
    with pytest.raises(Exception, match="expired"):
        await TokenVerifier(ServiceSettings(jwt_public_key_path=keys[1])).claims(token)


async def test_verified_tokens_are_remembered_only_until_they_expire(keys, monkeypatch):
    verifier = TokenVerifier(ServiceSettings(jwt_public_key_path=keys[1]), cache_size=2)
    token = mint(keys[0], sub="u1", role="owner", facilities=[str(uuid.uuid4())], ttl_s=60)
    first = await verifier.claims(token)
    calls = []

    async def counted(t):
        calls.append(t)
        return first

    monkeypatch.setattr(verifier, "_verify", counted)
    assert await verifier.claims(token) is first and calls == [], "a second request reuses the verification"
    import time as clock

    real = clock.time
    monkeypatch.setattr("shared.auth.time.time", lambda: real() + 120)
    await verifier.claims(token)
    assert calls == [token], "an expired entry is verified again (and refused by jwt)"
    for i in range(3):  # the cache is bounded
        await verifier.claims(f"t{i}")
    assert len(verifier._verified) == 2


def test_facility_must_be_one_of_the_tokens():
    mine, theirs = uuid.uuid4(), uuid.uuid4()
    claims = {"sub": "u", "role": "staff", "facilities": [str(mine)]}
    assert not principal_from(claims, None).can_write
    with pytest.raises(HTTPException) as err:
        principal_from(claims, str(theirs))
    assert err.value.status_code == 403


def test_several_facilities_need_a_choice():
    claims = {"sub": "u", "role": "owner", "facilities": [str(uuid.uuid4()), str(uuid.uuid4())]}
    with pytest.raises(HTTPException) as err:
        principal_from(claims, None)
    assert err.value.status_code == 400


def test_backoff_grows_and_is_capped():
    policy = RetryPolicy(max_attempts=10, backoff_base_s=0.1, backoff_max_s=1.0)
    assert all(0.05 <= policy.delay(1) <= 0.1 for _ in range(50))
    assert all(policy.delay(20) <= 1.0 for _ in range(50))


def test_shards_are_stable_and_in_range():
    key = str(uuid.UUID(int=42))
    assert shard_of(key) == shard_of(key)
    assert all(0 <= shard_of(str(uuid.uuid4())) < OUTBOX_SHARDS for _ in range(100))

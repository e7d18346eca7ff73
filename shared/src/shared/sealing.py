"""AEAD sealing of secrets that travel on Kafka (sign-in links): AES-256-GCM under a keyring with key ids."""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import BaseModel, ConfigDict, Field

KEY_BYTES = 32
NONCE_BYTES = 12


class UnsealError(ValueError):
    """A sealed value names a key this keyring lacks, or was altered: no retry can open it."""


class Sealed(BaseModel):
    """A secret sealed with AES-256-GCM; only holders of the named key can read it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key_id: str = Field(description="Id of the keyring key that sealed it (keys rotate; old ids still open).")
    nonce: str = Field(description="The 12-byte GCM nonce, base64url.")
    ciphertext: str = Field(description="Ciphertext and tag, base64url; the event's identity is its associated data.")


def _b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _b64e(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def decode_key(text: str) -> bytes:
    """A keyring key from its base64 text (standard or url alphabet); it must be 32 bytes."""
    try:
        raw = base64.b64decode(text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("a sealing key must be base64") from exc
    if len(raw) != KEY_BYTES:
        raise ValueError(f"a sealing key must be {KEY_BYTES} bytes, not {len(raw)}")
    return raw


def new_key() -> str:
    """A fresh random key, as base64 text for a keyring setting."""
    return base64.b64encode(os.urandom(KEY_BYTES)).decode()


class Keyring:
    """Seals under the current key; opens under any key it holds, so old messages survive a rotation."""

    def __init__(self, current: str, keys: Mapping[str, bytes]) -> None:
        if current not in keys:
            raise ValueError(f"the current key id {current!r} is not in the keyring")
        self.current = current
        self._aeads = {kid: AESGCM(key) for kid, key in keys.items()}

    def seal(self, plaintext: str, associated: bytes) -> Sealed:
        """Encrypt under the current key, bound to `associated` (the event's identity)."""
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = self._aeads[self.current].encrypt(nonce, plaintext.encode(), associated)
        return Sealed(key_id=self.current, nonce=_b64e(nonce), ciphertext=_b64e(ciphertext))

    def open(self, sealed: Sealed, associated: bytes) -> str:
        """Decrypt; raises UnsealError for an unknown key id, a forgery or a value moved to another event."""
        aead = self._aeads.get(sealed.key_id)
        if aead is None:
            raise UnsealError(f"unknown sealing key id {sealed.key_id!r}")
        try:
            return aead.decrypt(_b64d(sealed.nonce), _b64d(sealed.ciphertext), associated).decode()
        except (InvalidTag, binascii.Error, ValueError) as exc:
            raise UnsealError(f"sealed value does not open under key {sealed.key_id!r}") from exc

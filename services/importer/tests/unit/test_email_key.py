"""email_key is blake2b's 8-byte digest of the stripped, lower-cased address, as the importer has always keyed it."""

from __future__ import annotations

import hashlib

from importer.domain.validation import email_key


def test_email_key_is_the_blake2b_digest_whatever_the_case_and_spaces() -> None:
    for email in ("a@x.fr", " Ann@X.FR ", "é.ü@exämple.de", "", "x" * 5000 + "@y.fr"):
        data = email.strip().lower().encode()
        assert email_key(email) == int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")
    assert email_key("Ann@X.fr") == email_key(" ann@x.FR") != email_key("ann@x.fr.")

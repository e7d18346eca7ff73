"""Signed download links: a link signed with the secret verifies until it expires; any change breaks it."""

import time
import uuid
from urllib.parse import parse_qs, urlsplit

from shared import signed_links

SECRET = "a-secret-of-enough-length-for-a-test"


def _parts(path: str) -> tuple[uuid.UUID, int, str]:
    url = urlsplit(path)
    query = parse_qs(url.query)
    return uuid.UUID(url.path.split("/")[1]), int(query["expires"][0]), query["signature"][0]


def test_a_signed_path_verifies_with_the_same_secret_only() -> None:
    document = uuid.uuid4()
    path, expires = signed_links.download_path(SECRET, document, 60)
    assert path.startswith(f"documents/{document}/download?")
    found, stamp, signature = _parts(path)
    assert (found, stamp) == (document, expires) and expires > time.time()
    assert signed_links.is_valid(SECRET, document, stamp, signature)
    assert not signed_links.is_valid("another-secret", document, stamp, signature)
    assert not signed_links.is_valid(SECRET, uuid.uuid4(), stamp, signature)
    assert not signed_links.is_valid(SECRET, document, stamp + 1, signature), "the expiry is signed too"


def test_an_expired_link_is_refused_even_when_signed() -> None:
    document = uuid.uuid4()
    path, _ = signed_links.download_path(SECRET, document, -1)
    _, stamp, signature = _parts(path)
    assert signature == signed_links.sign(SECRET, document, stamp)
    assert not signed_links.is_valid(SECRET, document, stamp, signature)

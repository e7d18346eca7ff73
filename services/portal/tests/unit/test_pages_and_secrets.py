"""Pure pieces: tokens and their hashes, page language, escaping, the email check, signed download links."""

from __future__ import annotations

import hashlib
import uuid
from urllib.parse import parse_qs, urlparse

from portal.config import Settings
from portal.domain.secrets import digest, email_key, new_token
from portal.entrypoints import html
from portal.entrypoints.pages import valid_email
from portal.service_layer.view import download_url
from shared.signed_links import is_valid as link_is_valid


def test_tokens_are_256_bit_random_and_stored_as_sha256():
    tokens = {new_token() for _ in range(1000)}
    assert len(tokens) == 1000 and all(len(t) == 43 for t in tokens)
    token = next(iter(tokens))
    assert digest(token) == hashlib.sha256(token.encode()).digest() and token.encode() not in digest(token)


def test_rate_limit_key_keeps_no_readable_email_and_ignores_case():
    assert email_key("Ana@Example.com ") == email_key("ana@example.com")
    assert "ana" not in email_key("ana@example.com")


def test_page_language_and_escaping():
    assert html.language("en", "fr-FR") == "en"
    assert html.language(None, "en-GB,en;q=0.9") == "en"
    assert html.language(None, None) == "fr" and html.language("de", "de-DE") == "fr"
    page = html.signin_page("fr", "<script>x</script>").body.decode()
    assert "<script>x" not in page and "Se connecter" in page and page.count("<form") == 1
    assert html.slow_down_page("en", 42).headers["retry-after"] == "42"


def test_email_check():
    assert valid_email("a@b.fr")
    assert not any(valid_email(v) for v in ("", "a@b", "@b.fr", "a b@c.fr", "a\x00@b.fr", "a@" + "x" * 260 + ".fr"))


def test_download_links_are_signed_as_contacts_checks_them():
    settings = Settings(document_signing_secret="s3cret", contacts_public_path="/api/contacts")
    doc = uuid.uuid4()
    url, expires = download_url(settings, doc)
    parsed = urlparse(url)
    query = parse_qs(parsed.query)
    assert parsed.path == f"/api/contacts/documents/{doc}/download" and int(query["expires"][0]) == expires
    assert link_is_valid("s3cret", doc, expires, query["signature"][0]), "contacts accepts the portal's link"
    assert not link_is_valid("other", doc, expires, query["signature"][0])

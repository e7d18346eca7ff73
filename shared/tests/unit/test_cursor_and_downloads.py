"""Page cursors refuse anything they did not make; downloads are named per RFC 6266 and never rendered."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import UTC, datetime
from urllib.parse import unquote

import pytest
from sqlalchemy import Column, DateTime, Uuid

from shared import openapi
from shared.cursor import decode_cursor, encode_cursor, pack, unpack
from shared.downloads import download_headers
from shared.errors import DomainError


def forged(*parts: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(parts)).encode()).decode()


def test_a_cursor_round_trips_its_sort_value_and_id():
    ident, moment = uuid.uuid4(), datetime(2026, 3, 1, 12, 30, tzinfo=UTC)
    assert decode_cursor(encode_cursor("created_at", moment, ident), "created_at", datetime) == (moment, ident)
    assert decode_cursor(encode_cursor("last_name", "Zoé", ident), "last_name", str) == ("Zoé", ident)
    naive = decode_cursor(forged("created_at", "2026-03-01T12:30:00", str(ident)), "created_at", datetime)[0]
    assert naive.tzinfo is not None


@pytest.mark.parametrize(
    ("cursor", "kind", "value_type"),
    [
        (forged("created_at", "not a date", str(uuid.uuid4())), "created_at", datetime),
        (forged("created_at", 12345, str(uuid.uuid4())), "created_at", datetime),
        (forged("created_at", {"a": 1}, str(uuid.uuid4())), "created_at", datetime),
        (forged("last_name", {"a": 1}, str(uuid.uuid4())), "last_name", str),
        (forged("last_name", 7, str(uuid.uuid4())), "last_name", str),
        (forged("last_name", "a\x00b", str(uuid.uuid4())), "last_name", str),
        (forged("last_name", "\ud800", str(uuid.uuid4())), "last_name", str),
        (forged("last_name", "x", 5), "last_name", str),
        (forged("last_name", "x", "not-a-uuid"), "last_name", str),
        (forged("created_at", "2026-01-01", str(uuid.uuid4())), "last_name", str),
        (forged(1, 2), "created_at", datetime),
        (base64.urlsafe_b64encode(b"[" * 5000).decode(), "created_at", datetime),
        (base64.urlsafe_b64encode(b"\xff\xfe").decode(), "created_at", datetime),
        ("not base64 ✓", "created_at", datetime),
        ("e30", "created_at", datetime),
    ],
)
def test_a_tampered_cursor_is_a_422_on_the_cursor_field(cursor, kind, value_type):
    with pytest.raises(DomainError) as refused:
        decode_cursor(cursor, kind, value_type)
    assert refused.value.status_code == 422 and refused.value.loc == ["query", "cursor"]


LIST_ORDER = [
    (Column("created_at", DateTime(timezone=True)), True),
    (Column("id", Uuid), False),
]


def test_list_pages_and_searches_share_one_codec():
    ident, moment = uuid.uuid4(), datetime(2026, 3, 1, 12, 30, tzinfo=UTC)
    assert encode_cursor("created_at", moment, ident) == pack(["created_at", moment, ident])
    assert openapi.encode_cursor([moment, ident]) == pack([moment, ident]) == forged(moment.isoformat(), str(ident))
    assert unpack(openapi.encode_cursor([moment, ident])) == [moment.isoformat(), str(ident)]
    assert openapi.decode_cursor(openapi.encode_cursor([moment, ident]), LIST_ORDER) == [moment, ident]
    assert openapi.position(openapi.PageRequest(limit=10, cursor=pack([40]))) == 40


@pytest.mark.parametrize(
    "cursor",
    [
        forged("2026-03-01T12:30:00+00:00"),  # one value for an order of two
        forged("not a date", str(uuid.uuid4())),
        forged("2026-03-01T12:30:00+00:00", "not-a-uuid"),
        base64.urlsafe_b64encode(b"[" * 5000).decode(),
        base64.urlsafe_b64encode(b"\xff\xfe").decode(),
        "not base64 ✓",
        "e30",
    ],
)
def test_a_tampered_list_cursor_or_position_is_a_422_on_the_cursor_field(cursor):
    for decode in (
        lambda: openapi.decode_cursor(cursor, LIST_ORDER),
        lambda: openapi.position(openapi.PageRequest(limit=10, cursor=cursor)),
    ):
        with pytest.raises(DomainError) as refused:
            decode()
        assert refused.value.status_code == 422 and refused.value.loc == ["query", "cursor"]
    with pytest.raises(DomainError):
        openapi.position(openapi.PageRequest(limit=10, cursor=pack([-1])))


@pytest.mark.parametrize("name", ["Contrat cœur.pdf", "facture €.pdf", "合同.pdf", 'a"b\\c.pdf', "évite\r\n.pdf"])
def test_download_names_have_an_ascii_fallback_and_the_exact_utf8_name(name):
    media_type, headers = download_headers(name, "application/pdf")
    disposition = headers["Content-Disposition"]
    disposition.encode("latin-1")  # a header must be encodable
    assert media_type == "application/pdf" and headers["X-Content-Type-Options"] == "nosniff"
    assert disposition.startswith('attachment; filename="') and disposition.isascii()
    fallback = disposition.split('filename="', 1)[1].split('"; ', 1)[0]
    assert fallback.endswith(".pdf") and '"' not in fallback and "\\" not in fallback
    exact = unquote(disposition.split("filename*=UTF-8''", 1)[1])
    assert exact == "".join(ch for ch in name if ch.isprintable())


@pytest.mark.parametrize(
    "content_type", ["text/html", "image/svg+xml", "application/xml", "text/xml", "application/javascript", "", None]
)
def test_renderable_types_are_served_as_octet_stream(content_type):
    assert download_headers("x", content_type)[0] == "application/octet-stream"
    assert download_headers("x", "Image/PNG; q=1")[0] == "image/png"

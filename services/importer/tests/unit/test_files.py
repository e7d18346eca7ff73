"""Uploads sniffed and read back as streams: encodings, separators, quoted newlines, XLSX, refusals, size limit."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from importer.adapters import files
from importer.adapters.readers import read_rows


async def chunks_of(data: bytes, size: int = 7):
    for i in range(0, len(data), size):
        yield data[i : i + size]


async def stored(tmp_path, data: bytes, limit: int = 10_000):
    return await files.store(chunks_of(data), tmp_path, limit)


def rows_of(s: files.StoredFile):
    return list(read_rows(s.path, s.kind, s.encoding, s.delimiter))


async def test_utf8_bom_semicolons_and_quoted_newlines(tmp_path):
    data = (
        '\ufeffPrénom;Nom;Courriel;Adresse\r\nÉlodie;Dupont;e@x.fr;"12 rue A\r\n75001 Paris"\r\n\r\nJo;Li;j@x.fr;\r\n'
    )
    s = await stored(tmp_path, data.encode())
    assert (s.kind, s.encoding, s.delimiter) == ("csv", "utf-8-sig", ";")
    assert rows_of(s) == [
        (1, ["Prénom", "Nom", "Courriel", "Adresse"]),
        (2, ["Élodie", "Dupont", "e@x.fr", "12 rue A\r\n75001 Paris"]),
        (4, ["Jo", "Li", "j@x.fr", ""]),
    ]


async def test_windows_1252_and_tabs_are_detected(tmp_path):
    s = await stored(tmp_path, "Prénom\tSociété\r\nFrançois\tCafé Crème\r\n".encode("cp1252"))
    assert (s.encoding, s.delimiter) == ("cp1252", "\t")
    assert rows_of(s)[1] == (2, ["François", "Café Crème"])


async def test_a_late_non_utf8_byte_still_means_windows_1252(tmp_path):
    body = b"First name,Last name\r\n" + b"Ann,Lee\r\n" * 20_000 + "Zoé,Ré\r\n".encode("cp1252")
    s = await stored(tmp_path, body, limit=10**7)
    assert s.encoding == "cp1252" and rows_of(s)[-1][1] == ["Zoé", "Ré"]


async def test_commas_inside_quotes_do_not_decide_the_separator(tmp_path):
    s = await stored(tmp_path, b'"Name, first";"Name, last"\r\na;b\r\n')
    assert s.delimiter == ";"


@pytest.mark.parametrize(
    ("data", "detected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"PK\x03\x04zz", "zip"),
    ],
)
async def test_non_spreadsheets_are_refused_and_not_kept(tmp_path, data, detected):
    with pytest.raises(files.FileRefused) as refused:
        await stored(tmp_path, data)
    assert refused.value.ctx["detected"] == detected
    assert refused.value.detail()[0]["loc"] == ["body", "file"]
    assert list(tmp_path.iterdir()) == []


async def test_empty_file_is_refused(tmp_path):
    with pytest.raises(files.FileRefused, match="empty"):
        await stored(tmp_path, b"  \r\n")
    assert list(tmp_path.iterdir()) == []


async def test_over_the_limit_is_413_and_nothing_stays_on_disk(tmp_path):
    with pytest.raises(files.FileTooLarge) as too_large:
        await stored(tmp_path, b"a,b\r\n" * 100, limit=99)
    assert too_large.value.status_code == 413 and too_large.value.ctx["limit"] == 99
    assert list(tmp_path.iterdir()) == []


async def test_xlsx_is_read_in_streaming_mode_with_dates_and_numbers(tmp_path):
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["First name", "Last name", "E-mail", "Birthday", "Mobile", "Year"])
    sheet.append(["Ann", "Lee", "ann@x.fr", dt.datetime(1980, 12, 31), 612345678, 1973.0])
    sheet.append([None, None, None])
    sheet.append(["Bob", "Ray", "bob@x.fr", None, None, None])
    source = tmp_path / "in.xlsx"
    book.save(source)
    out = tmp_path / "stored"
    s = await files.store(chunks_of(source.read_bytes(), 4096), out, 10**6)
    assert s.kind == "xlsx"
    assert rows_of(s) == [
        (1, ["First name", "Last name", "E-mail", "Birthday", "Mobile", "Year"]),
        (2, ["Ann", "Lee", "ann@x.fr", "1980-12-31", "612345678", "1973"]),
        (4, ["Bob", "Ray", "bob@x.fr"]),  # a short row: missing cells read as empty
    ]


async def test_a_stray_nul_is_a_cell_and_a_utf16_file_is_text(tmp_path):
    body = b"First name,Last name,Email\r\n" + b"Ann,Lee,ann@x.fr\r\n" * 20 + b"Nul,Na\x00me,nul@x.fr\r\n"
    s = await stored(tmp_path / "nul", body)
    assert s.kind == "csv" and rows_of(s)[-1][1] == ["Nul", "Na\x00me", "nul@x.fr"]
    utf16 = await stored(tmp_path / "utf16", "First name,Last name\r\nAnn,Lee\r\n".encode("utf-16"))
    assert rows_of(utf16) == [(1, ["First name", "Last name"]), (2, ["Ann", "Lee"])]


FRENCH = [["Prénom", "Nom", "Société", "Remarques"], ["Zoé", "Lefèvre", "Crème & Frères", "coût 15 € Œuvre à côté"]]


@pytest.mark.parametrize(
    ("codec", "delimiter", "detected"),
    [
        ("utf-16", "\t", "utf-16"),  # Excel's "Unicode text": a byte-order mark, tabs
        ("utf-16-le", ";", "utf_16_le"),  # no byte-order mark
        ("mac_roman", ";", "mac_roman"),
        ("iso8859_15", ",", "iso8859_15"),
        ("cp1252", ";", "cp1252"),
    ],
)
async def test_utf16_mac_roman_and_latin9_files_are_read_as_written(tmp_path, codec, delimiter, detected):
    data = "".join(delimiter.join(row) + "\r\n" for row in FRENCH).encode(codec)
    s = await stored(tmp_path, data)
    assert (s.kind, s.encoding, s.delimiter) == ("csv", detected, delimiter)
    assert rows_of(s) == [(1, FRENCH[0]), (2, FRENCH[1])]

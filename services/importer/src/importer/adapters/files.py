"""Uploads stored to disk while hashed, size-checked and sniffed (kind, encoding, delimiter); never held in memory."""

from __future__ import annotations

import asyncio
import codecs
import hashlib
import os
import uuid
import zipfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from shared.errors import DomainError

HEAD_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t")


class FileRefused(DomainError):
    """The upload is not a spreadsheet we can read (empty, PDF, binary, unreadable)."""

    error_type = "unsupported_file"

    def __init__(self, msg: str, **ctx: Any) -> None:
        super().__init__(msg, loc=["body", "file"], **ctx)


class FileTooLarge(DomainError):
    """The upload is over the configured limit."""

    status_code = 413
    error_type = "too_large"

    def __init__(self, limit: int) -> None:
        super().__init__(f"the file is larger than {limit} bytes", loc=["body", "file"], limit=limit)


class WorkbookTooLarge(DomainError):
    """An XLSX whose parts inflate to more than the configured limit (a zip bomb, or simply too big)."""

    status_code = 413
    error_type = "too_large"

    def __init__(self, limit: int, inflated: int) -> None:
        msg = f"the workbook inflates to {inflated} bytes, more than the limit of {limit}"
        super().__init__(msg, loc=["body", "file"], limit=limit, inflated=inflated)


@dataclass(frozen=True)
class StoredFile:
    """An upload on disk and what sniffing found."""

    path: Path
    sha256: str
    size: int
    kind: str  # csv | xlsx
    encoding: str  # utf-8-sig | utf-8 | utf-16 | cp1252 | mac_roman | iso8859_15 (csv only)
    delimiter: str


async def store(chunks: AsyncIterator[bytes], directory: Path, limit: int) -> StoredFile:
    """Write the body to a new file, refusing it (and leaving nothing) if over `limit` or not a spreadsheet."""
    await asyncio.to_thread(directory.mkdir, parents=True, exist_ok=True)
    path = directory / f"{uuid.uuid4().hex}.upload"
    digest, size, head = hashlib.sha256(), 0, bytearray()
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    try:
        with path.open("wb") as out:
            async for chunk in chunks:
                size += len(chunk)
                if size > limit:
                    raise FileTooLarge(limit)
                digest.update(chunk)
                if len(head) < HEAD_BYTES:
                    head.extend(chunk[: HEAD_BYTES - len(head)])
                if utf8:
                    try:
                        decoder.decode(chunk)
                    except UnicodeDecodeError:
                        utf8 = False
                out.write(chunk)
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
        kind, encoding, delimiter = sniff(bytes(head), utf8)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return StoredFile(path, digest.hexdigest(), size, kind, encoding, delimiter)


def sniff(head: bytes, utf8: bool) -> tuple[str, str, str]:
    """(kind, encoding, delimiter) from the first bytes; FileRefused if it is no spreadsheet."""
    if not head.strip():
        raise FileRefused("the file is empty")
    if head.startswith(b"%PDF"):
        raise FileRefused("this is a PDF, not a spreadsheet: export CSV or XLSX", detected="pdf")
    if head.startswith(b"PK\x03\x04"):
        if b"xl/" not in head and b"[Content_Types].xml" not in head:
            raise FileRefused("this archive is not an Excel workbook", detected="zip")
        return "xlsx", "", ""
    utf16 = _utf16(head)
    if utf16 is not None:  # Excel's "Unicode text": UTF-16, usually tab-separated
        return "csv", utf16, _delimiter(head.decode(utf16, errors="ignore"))
    # A stray NUL is a bad cell (that row's error); many are a binary file.
    if head.startswith((b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")) or head.count(0) * 50 > len(head):
        raise FileRefused("this is a binary file, not a CSV (save old .xls files as .xlsx or CSV)", detected="binary")
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        encoding = "utf-8" if utf8 else _legacy(head)
    text = head.decode(encoding, errors="ignore")
    return "csv", encoding, _delimiter(text)


def _utf16(head: bytes) -> str | None:
    """The UTF-16 codec of a file with a UTF-16 byte-order mark, or that charset-normalizer finds is UTF-16."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    # Without a mark: ASCII text in UTF-16 has a NUL in every other byte.
    if len(head) >= 4 and (head[1::2].count(0) * 10 > len(head) * 4 or head[0::2].count(0) * 10 > len(head) * 4):
        best = from_bytes(head, cp_isolation=["utf_16_le", "utf_16_be"]).best()
        if best is not None:
            return best.encoding
    return None


# Bytes 0x80-0x9F are printable in Windows-1252 only; ISO-8859-15 puts €, Œ, œ, Ÿ, Š, š, Ž, ž where
# Windows-1252 has rarely-typed signs (currency sign, broken bar, diaeresis, accents, fractions).
_LATIN9_ONLY = frozenset(b"\xa4\xa6\xa8\xb4\xb8\xbc\xbd\xbe")


def _legacy(head: bytes) -> str:
    """The 8-bit encoding of a file that is not UTF-8: Windows-1252, Mac Roman or ISO-8859-15."""
    best = from_bytes(head, cp_isolation=["cp1252", "mac_roman", "iso8859_15"]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding == "cp1252" and not any(0x80 <= b <= 0x9F for b in head) and _LATIN9_ONLY.intersection(head):
        return "iso8859_15"
    return encoding


def _delimiter(text: str) -> str:
    """The separator that splits the header line most often, counted outside quotes."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\r\n":
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


# Parts smaller than this may compress as well as they like: only a large inflated part can be a bomb.
_RATIO_FLOOR = 1024 * 1024
_MAX_PARTS = 10_000


def check_workbook(path: Path, max_inflated: int, max_ratio: float) -> None:
    """Refuse an XLSX from its zip directory alone, before any part is inflated: total size and compression ratio.

    The declared sizes are a bound: zipfile never inflates a part past its declared size.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileRefused(f"the workbook cannot be read: {type(exc).__name__}") from None
    if len(parts) > _MAX_PARTS:
        raise FileRefused(f"the workbook has more than {_MAX_PARTS} parts", reason="too_many_parts")
    inflated = sum(p.file_size for p in parts)
    if inflated > max_inflated:
        raise WorkbookTooLarge(max_inflated, inflated)
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > _RATIO_FLOOR and ratio > max_ratio:
            raise FileRefused(
                f"the workbook part {part.filename!r} inflates {ratio:.0f} times (at most {max_ratio:.0f}):"
                " it looks like a zip bomb",
                reason="compression_ratio",
                ratio=round(ratio),
                limit=max_ratio,
            )


def remove(path: str | os.PathLike[str]) -> None:
    """Delete a stored upload, if still there."""
    Path(path).unlink(missing_ok=True)

"""Headers of a file download: always an attachment, named per RFC 6266, never rendered by the browser."""

from __future__ import annotations

import unicodedata
from urllib.parse import quote

# Served with their own type; anything else (HTML, SVG, XML, scripts...) as application/octet-stream.
SAFE_TYPES = frozenset(
    {
        "application/pdf",
        "application/zip",
        "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-excel",
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "text/plain",
        "text/csv",
    }
)


def safe_media_type(content_type: str | None) -> str:
    """The uploader's type if it is one browsers do not run or render as a page, else octet-stream."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media if media in SAFE_TYPES else "application/octet-stream"


def content_disposition(filename: str) -> str:
    """`attachment` with an ASCII fallback name and the exact name as RFC 5987 `filename*`."""
    name = "".join(ch for ch in filename if ch.isprintable()) or "download"
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    fallback = "".join("_" if ch in '"\\' else ch for ch in ascii_name).strip()
    if not fallback or fallback.startswith("."):
        fallback = "download" + fallback  # "合同.pdf" keeps its extension in the fallback
    encoded = quote(name.encode("utf-8", "replace"), safe="")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}"


def attachment_headers(filename: str) -> dict[str, str]:
    """Headers of any file the system serves: a download (RFC 6266) that browsers never sniff into a page."""
    return {"Content-Disposition": content_disposition(filename), "X-Content-Type-Options": "nosniff"}


def download_headers(filename: str, content_type: str | None) -> tuple[str, dict[str, str]]:
    """The media type and headers to serve a stored file with."""
    return safe_media_type(content_type), attachment_headers(filename)

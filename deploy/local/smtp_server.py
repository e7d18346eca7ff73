"""A real SMTP server for local runs: keeps every message as .eml (+ .json envelope) in a folder.

A person reads them in the folder or at http://127.0.0.1:8025/messages; tests read the folder.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


class MaildirHandler:
    """Writes each message atomically (tmp file, then rename) with its envelope beside it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        (folder / "tmp").mkdir(parents=True, exist_ok=True)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        stamp = datetime.now(UTC)
        name = f"{stamp:%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:8]}"
        meta = {
            "id": name,
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "received_at": stamp.isoformat(),
        }
        for suffix, payload in (
            (".eml", envelope.original_content or envelope.content),
            (".json", json.dumps(meta).encode()),
        ):
            tmp = self.folder / "tmp" / f"{name}{suffix}"
            tmp.write_bytes(payload)
            os.replace(tmp, self.folder / f"{name}{suffix}")
        return "250 Message accepted for delivery"


def _envelopes(folder: Path) -> bytes:
    return json.dumps([json.loads(p.read_text()) for p in sorted(folder.glob("*.json"), reverse=True)[:200]]).encode()


def _default_dir() -> Path:
    data = os.environ.get("CRM_DATA_DIR", str(Path(__file__).resolve().parents[2] / ".data"))
    return Path(data) / "mail"


async def listing(folder: Path, port: int) -> asyncio.Server:
    """GET /messages: the envelopes of stored messages, newest first, as JSON."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        request = await reader.readline()
        while (await reader.readline()).strip():
            pass
        if request.split()[1:2] == [b"/messages"]:
            body, status = await asyncio.to_thread(_envelopes, folder), b"200 OK"
        else:
            body, status = b'{"detail": "try /messages"}', b"404 Not Found"
        writer.write(b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\n")
        writer.write(f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
        await writer.drain()
        writer.close()

    return await asyncio.start_server(serve, "127.0.0.1", port)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=int(os.environ.get("NOTIFICATIONS_SMTP_PORT", "2525")))
    parser.add_argument("--http-port", type=int, default=8025)
    parser.add_argument("--dir", type=Path, default=_default_dir())
    args = parser.parse_args()
    controller = Controller(MaildirHandler(args.dir), hostname="127.0.0.1", port=args.port)
    controller.start()
    server = await listing(args.dir, args.http_port)
    print(f"SMTP on 127.0.0.1:{args.port}, messages in {args.dir}, listing on :{args.http_port}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        server.close()
        controller.stop()


if __name__ == "__main__":
    asyncio.run(main())

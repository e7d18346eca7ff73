"""An SMTP sink for benchmarks: accepts every message, keeps only who it was for and when.

Runs as its own process (so it never shares the measured process's event loop); a line on the stats port
answers `stats` (JSON counts and the time of the last accepted message), `rcpts` (every recipient seen)
or `reset`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from typing import Any

from aiosmtpd.controller import Controller


class CountingHandler:
    """Counts accepted messages and remembers their recipients."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget everything seen so far."""
        self.accepted = 0
        self.last_at = 0.0
        self.rcpts: list[str] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.accepted += 1
        self.rcpts.extend(envelope.rcpt_tos)
        self.last_at = time.time()
        return "250 Message accepted for delivery"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--stats-port", type=int, required=True)
    args = parser.parse_args()
    handler = CountingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=args.port)
    controller.start()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while command := (await reader.readline()).strip():
            if command == b"reset":
                handler.reset()
                answer: Any = {"ok": True}
            elif command == b"rcpts":
                answer = handler.rcpts
            else:
                answer = {"accepted": handler.accepted, "rcpts": len(handler.rcpts), "last_at": handler.last_at}
            writer.write(json.dumps(answer).encode() + b"\n")
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", args.stats_port)
    print("ready", flush=True)
    try:
        await server.serve_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    asyncio.run(main())

"""Validated rows spooled to disk as one JSON line per chunk, so sending (and resuming) needs no second validation."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO


def spool_path(upload_path: str) -> Path:
    """Where a job's chunks are spooled, beside its upload."""
    return Path(f"{upload_path}.chunks")


class ChunkWriter:
    """Collects valid rows and writes every full chunk as a line (used from the validation thread)."""

    def __init__(self, path: Path, size: int) -> None:
        self.size = size
        self.chunks = 0
        self._rows: list[dict[str, Any]] = []
        self._out: TextIO = path.open("w", encoding="utf-8")

    def add(self, row: dict[str, Any]) -> None:
        """Spool one valid row."""
        self._rows.append(row)
        if len(self._rows) == self.size:
            self._write()

    def _write(self) -> None:
        self._out.write(json.dumps(self._rows, separators=(",", ":")) + "\n")
        self._rows = []
        self.chunks += 1

    def finish(self) -> int:
        """Write the last partial chunk and close; returns the number of chunks."""
        if self._rows:
            self._write()
        self._out.close()
        return self.chunks

    def abandon(self) -> None:
        """Close without finishing (validation was interrupted; it starts over)."""
        self._out.close()


class ChunkReader:
    """Chunks of a spool from chunk `start` on, `count` at a time."""

    def __init__(self, path: Path, start: int) -> None:
        self._handle = path.open(encoding="utf-8")
        self._lines: Iterator[str] = itertools.islice(self._handle, start, None)

    def next(self, count: int) -> list[list[dict[str, Any]]]:
        """Up to `count` chunks; empty at the end."""
        return [json.loads(line) for line in itertools.islice(self._lines, count)]

    def close(self) -> None:
        """Close the spool."""
        self._handle.close()

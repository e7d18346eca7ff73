"""Where document files live: a local-disk adapter by default (S3: s3_storage), stored under random keys."""

from __future__ import annotations

import asyncio
import hashlib
import os
import uuid
from pathlib import Path
from typing import Protocol


class DocumentStorage(Protocol):
    """What contacts needs from a file store."""

    async def put(self, key: str, data: bytes) -> None: ...

    async def get(self, key: str) -> bytes: ...

    async def delete(self, key: str) -> None: ...

    async def close(self) -> None: ...


def check_key(key: str) -> None:
    """Keys are ours (new_key); refuse anything that could leave the folder or bucket prefix."""
    if "/" in key or key.startswith("."):
        raise ValueError("bad storage key")


class LocalDiskStorage:
    """Files under one folder; writes are atomic (temporary file, then rename)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        check_key(key)
        return self.root / key[:2] / key

    async def put(self, key: str, data: bytes) -> None:
        """Store bytes under a key."""
        path = self._path(key)

        def write() -> None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)

        await asyncio.to_thread(write)

    async def get(self, key: str) -> bytes:
        """The bytes of a key."""
        return await asyncio.to_thread(self._path(key).read_bytes)

    async def delete(self, key: str) -> None:
        """Remove a key's file (missing is fine)."""
        await asyncio.to_thread(self._path(key).unlink, True)

    async def close(self) -> None:
        """Nothing to close."""


def new_key() -> str:
    """A random, unguessable storage key."""
    return uuid.uuid4().hex + uuid.uuid4().hex


def sha256(data: bytes) -> str:
    """Hex digest of the file."""
    return hashlib.sha256(data).hexdigest()

"""A unit of work whose handlers may buffer rows and write them in one statement just before the commit."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Self

from shared.db import UnitOfWork

Flush = Callable[[UnitOfWork, dict[Any, Any]], Awaitable[None]]


class BufferingUnitOfWork(UnitOfWork):
    """Customer events arrive by the hundred per poll batch: one statement for all of them, not one each."""

    async def __aenter__(self) -> Self:
        await super().__aenter__()
        self._buffers: dict[str, tuple[dict[Any, Any], Flush]] = {}
        return self

    def buffer(self, name: str, flush: Flush) -> dict[Any, Any]:
        """The buffer `name` of this transaction; `flush` writes it before the commit."""
        if name not in self._buffers:
            self._buffers[name] = ({}, flush)
        return self._buffers[name][0]

    async def commit(self) -> None:
        """Write the buffers, then the outbox rows, then commit."""
        for rows, flush in self._buffers.values():
            if rows:
                await flush(self, rows)
        self._buffers = {}
        await super().commit()

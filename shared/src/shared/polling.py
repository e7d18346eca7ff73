"""One background polling loop: work while there is work, then wait for a wake or the interval; back off; stop."""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Awaitable, Callable

from shared.logs import get_logger

log = get_logger(__name__)


class PollingWorker:
    """Runs `step` until it reports no more work (False), then waits; a failure waits longer each time in a row.

    - `interval_s`: the wait between idle polls; `wake()` ends it early (work was just queued).
    - `backoff_base_s` / `max_backoff_s`: the wait after the first failure in a row (the interval unless
      given), doubled per further failure up to the ceiling (the interval unless a higher one is given);
      `jitter` spreads it over its upper half, so replicas that failed together do not retry together.
    - `on_failure`: called with the error before the wait (close a connection, count it); its own errors
      are logged, never raised into the loop.
    - `stop(drain_s)` lets the step in progress finish for up to `drain_s`, then cancels it.
    """

    def __init__(
        self,
        name: str,
        step: Callable[[], Awaitable[bool]],
        interval_s: float,
        *,
        max_backoff_s: float | None = None,
        backoff_base_s: float | None = None,
        jitter: bool = False,
        on_failure: Callable[[Exception], Awaitable[None]] | None = None,
    ) -> None:
        self.name = name
        self._step = step
        self.interval_s = interval_s
        # Without a ceiling above the interval a failure waits the interval, like an idle poll.
        self.max_backoff_s = max(interval_s, max_backoff_s or interval_s)
        self.backoff_base_s = interval_s if backoff_base_s is None else backoff_base_s
        self._jitter = jitter
        self._on_failure = on_failure
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self.failures = 0

    def delay(self) -> float:
        """How long to wait before the next poll: the interval, or the backoff of the failures in a row."""
        if self.failures == 0:
            return self.interval_s
        backoff = float(min(self.backoff_base_s * 2 ** (self.failures - 1), self.max_backoff_s))
        return backoff * (0.5 + random.random() / 2) if self._jitter else backoff

    @property
    def running(self) -> bool:
        """Whether the loop is started and not stopped."""
        return self._task is not None and not self._task.done()

    def start(self, *, wait_first: bool = False) -> None:
        """Start the loop as a task of the running event loop; `wait_first` waits one interval before the first step."""
        self._stopping = False
        self._task = asyncio.create_task(self._run(wait_first), name=self.name)

    def wake(self) -> None:
        """Poll now rather than at the end of the wait (work was just queued)."""
        self._wake.set()

    async def stop(self, drain_s: float | None = None) -> None:
        """Stop between steps or during the wait; a step still running after `drain_s` (default 0) is cancelled."""
        self._stopping = True
        self._wake.set()
        task, self._task = self._task, None
        if task is None:
            return
        if drain_s:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(task), drain_s)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    async def _wait(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)

    async def _run(self, wait_first: bool) -> None:
        if wait_first:
            await self._wait(self.interval_s)
        while not self._stopping:
            # Cleared before each step, not after: a wake for work queued while the step ran must end the
            # wait below at once, not at the interval.
            self._wake.clear()
            try:
                more = await self._step()
                self.failures = 0
            except Exception as exc:  # the work is in the database: the next poll tries again
                self.failures += 1
                more = False
                log.error(f"{self.name} failed", error=repr(exc), failures=self.failures)
                if self._on_failure is not None:
                    try:
                        await self._on_failure(exc)
                    except Exception as hook_exc:
                        log.error(f"{self.name} failure hook failed", error=repr(hook_exc))
            if more or self._stopping:
                continue
            await self._wait(self.delay())

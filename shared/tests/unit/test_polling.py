"""The shared polling worker: a wake polls at once, failures back off, stop ends the loop."""

import asyncio
import time
from collections.abc import Callable

from shared.polling import PollingWorker


async def _until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not reached before the deadline"
        await asyncio.sleep(0.005)


async def test_work_runs_until_done_and_a_wake_polls_at_once() -> None:
    queue = [1, 2, 3]
    calls = []

    async def step() -> bool:
        calls.append(len(queue))
        if queue:
            queue.pop()
        return bool(queue)

    worker = PollingWorker("test-worker", step, interval_s=60)
    worker.start()
    try:
        await _until(lambda: not queue)
        polls = len(calls)
        queue.append(4)
        worker.wake()  # an interval of a minute: only the wake can explain the next poll
        await _until(lambda: not queue, seconds=2)
        assert len(calls) > polls
    finally:
        await worker.stop()


async def test_failures_back_off_up_to_the_ceiling_and_success_resets_it() -> None:
    failing = True

    async def step() -> bool:
        if failing:
            raise RuntimeError("database down")
        return False

    worker = PollingWorker("test-worker", step, interval_s=0.01, max_backoff_s=0.04)
    assert worker.delay() == 0.01
    worker.start()
    try:
        await _until(lambda: worker.failures >= 4)
        assert worker.delay() == 0.04, "0.01, 0.02, 0.04, then the ceiling"
        failing = False
        await _until(lambda: worker.failures == 0)
        assert worker.delay() == 0.01
    finally:
        await worker.stop()


async def test_without_a_ceiling_a_failure_waits_the_interval() -> None:
    worker = PollingWorker("test-worker", lambda: asyncio.sleep(0, False), interval_s=2)
    worker.failures = 5
    assert worker.delay() == 2


class Idle:
    """A step that finds no work, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    async def __call__(self) -> bool:
        self.calls += 1
        return False


async def test_stop_ends_the_wait_and_no_step_runs_after_it() -> None:
    step = Idle()
    worker = PollingWorker("test-worker", step, interval_s=60)
    worker.start()
    await _until(lambda: step.calls == 1)
    started = time.monotonic()
    await worker.stop()
    assert time.monotonic() - started < 1, "stop does not wait for the interval"
    worker.wake()
    await asyncio.sleep(0)
    assert step.calls == 1


async def test_the_first_failure_waits_the_base_then_doubles_and_jitter_stays_in_the_upper_half() -> None:
    worker = PollingWorker(
        "test-worker", lambda: asyncio.sleep(0, False), interval_s=1, backoff_base_s=0.2, max_backoff_s=5
    )
    worker.failures = 1
    assert worker.delay() == 0.2, "a failure retries sooner than an idle poll"
    worker.failures = 3
    assert worker.delay() == 0.8
    worker.failures = 10
    assert worker.delay() == 5
    jittered = PollingWorker(
        "test-worker", lambda: asyncio.sleep(0, False), interval_s=1, backoff_base_s=0.2, max_backoff_s=5, jitter=True
    )
    jittered.failures = 3
    delays = {jittered.delay() for _ in range(50)}
    assert all(0.4 <= d <= 0.8 for d in delays) and len(delays) > 1
    jittered.failures = 0
    assert jittered.delay() == 1, "an idle poll is not jittered"


async def test_the_failure_hook_sees_each_error_and_its_own_error_does_not_stop_the_loop() -> None:
    seen: list[str] = []
    calls = 0

    async def step() -> bool:
        nonlocal calls
        calls += 1
        raise RuntimeError(f"broker away {calls}")

    async def on_failure(exc: Exception) -> None:
        seen.append(str(exc))
        raise OSError("cannot close what is not open")

    worker = PollingWorker("test-worker", step, interval_s=0.01, on_failure=on_failure)
    worker.start()
    try:
        await _until(lambda: len(seen) >= 3)
        assert seen[:3] == ["broker away 1", "broker away 2", "broker away 3"]
        assert worker.running
    finally:
        await worker.stop()
    assert not worker.running


async def test_wait_first_runs_the_first_step_after_the_interval_or_a_wake() -> None:
    step = Idle()
    worker = PollingWorker("test-worker", step, interval_s=60)
    worker.start(wait_first=True)
    try:
        for _ in range(20):
            await asyncio.sleep(0)
        assert step.calls == 0, "no step before the first wait"
        worker.wake()
        await _until(lambda: step.calls == 1)
    finally:
        await worker.stop()


async def test_stop_with_a_drain_lets_the_step_finish_and_without_one_cancels_it() -> None:
    release = asyncio.Event()
    finished: list[bool] = []

    async def step() -> bool:
        started.set()
        await release.wait()
        finished.append(True)
        return True  # more work: only the stop ends the loop

    for drain, expect_finished in ((5.0, [True]), (None, [])):
        started = asyncio.Event()
        release.clear()
        finished.clear()
        worker = PollingWorker("test-worker", step, interval_s=60)
        worker.start()
        await asyncio.wait_for(started.wait(), 5)
        stopping = asyncio.create_task(worker.stop(drain_s=drain))
        await asyncio.sleep(0)
        release.set()
        await asyncio.wait_for(stopping, 5)
        assert finished == expect_finished
        assert not worker.running


async def test_a_drain_that_runs_out_cancels_the_step() -> None:
    async def step() -> bool:
        await asyncio.Event().wait()  # never ends
        return False

    worker = PollingWorker("test-worker", step, interval_s=60)
    worker.start()
    await asyncio.sleep(0)
    started = time.monotonic()
    await worker.stop(drain_s=0.05)
    assert time.monotonic() - started < 2
    assert not worker.running

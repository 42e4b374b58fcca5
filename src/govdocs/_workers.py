"""Worker processes for batch conversion that can be killed, replaced and never outlive us.

:class:`concurrent.futures.ProcessPoolExecutor` cannot stop one task: a hung worker stalls the
run, and a killed or crashed worker breaks the whole pool, losing every chunk in flight. This
pool keeps one pipe per worker instead. Workers say which file they are on and how long its
budget is; the parent kills a worker that overruns (budget plus a grace period), reports that
file as ``Timeout`` (or ``WorkerCrashed`` when the worker died by itself), sends the rest of its
chunk to a fresh worker and goes on.

Workers die with the parent: each holds the read end of a *lifeline* pipe whose only write end is
in the parent; a thread in the worker waits on it and exits the process when it reads end of
file, which the kernel delivers however the parent ended (``kill -9`` included). Workers come
from a forkserver that has already imported govdocs, so they start fast and inherit no other
worker's pipes; the forkserver itself exits when the parent's end of its pipe closes.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

__all__ = ["Event", "Task", "WorkerPool"]

#: Seconds a worker may overrun the budget it announced before it is killed (its own alarm
#: normally stops the file first and reports a clean ``Timeout``).
GRACE_SECONDS = 10.0
GRACE_SHARE = 0.10
#: A file whose chunk lost its worker during a shared step (translation) is retried alone;
#: lost again alone, it is reported as failed.
MAX_ATTEMPTS = 2

#: ``(kind, index, value)`` sent by a worker: ``("start", i, budget)`` before file ``i``,
#: ``("extend", i, remaining)`` when its budget grew, ``("shared", -1, budget)`` before a step
#: shared by the whole chunk, ``("result", i, (kind, payload))`` per file, ``("done", -1, None)``.
Event = tuple[str, int, Any]
#: What a chunk runner gets: the chunk's ``(index, path)`` pairs and a reporting function.
Task = Callable[[Sequence[tuple[int, str]], Any, Callable[[str, int, Any], None]], None]


def _watch_lifeline(lifeline: Connection) -> None:
    with contextlib.suppress(EOFError, OSError):
        lifeline.recv_bytes()
    os._exit(70)  # the parent is gone: nobody will read our results


def _worker_main(
    conn: Connection,
    lifeline: Connection,
    task: Task,
    options: Any,
    initializer: Callable[..., None] | None,
    initargs: tuple[Any, ...],
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    threading.Thread(target=_watch_lifeline, args=(lifeline,), daemon=True).start()
    if initializer is not None:
        initializer(*initargs)

    def report(kind: str, index: int, value: Any) -> None:
        conn.send((kind, index, value))

    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        task(chunk, options, report)
        report("done", -1, None)


@dataclass
class _Slot:
    process: BaseProcess
    conn: Connection
    lifeline: Connection
    chunk: list[tuple[int, str]] = field(default_factory=list)
    results: set[int] = field(default_factory=set)
    current: int | None = None
    shared: bool = False
    deadline: float | None = None

    @property
    def busy(self) -> bool:
        return bool(self.chunk)


@dataclass(frozen=True)
class Lost:
    """A file whose worker was killed or died: ``reason`` is ``"timeout"`` or ``"crash"``."""

    index: int
    reason: str
    detail: str


class WorkerPool:
    """Run ``task`` over chunks of ``(index, path)`` in ``workers`` processes.

    :meth:`run` yields ``("result", index, value)`` events as workers report them and
    ``("lost", index, Lost)`` for a file whose worker had to be killed or died.
    """

    def __init__(
        self,
        workers: int,
        task: Task,
        options: Any,
        *,
        initializer: Callable[..., None] | None = None,
        initargs: tuple[Any, ...] = (),
        preload: Sequence[str] = (),
        grace: float = GRACE_SECONDS,
    ) -> None:
        self.workers = max(1, workers)
        self.task = task
        self.options = options
        self.initializer = initializer
        self.initargs = initargs
        self.grace = grace
        self.context = get_context("forkserver")
        if preload:
            self.context.set_forkserver_preload(list(preload))
        self.slots: list[_Slot] = []

    # ------------------------------------------------------------------ processes

    def _spawn(self) -> _Slot:
        parent_conn, child_conn = self.context.Pipe(duplex=True)
        life_read, life_write = self.context.Pipe(duplex=False)
        process = self.context.Process(
            target=_worker_main,
            args=(child_conn, life_read, self.task, self.options, self.initializer, self.initargs),
            daemon=True,
        )
        process.start()
        child_conn.close()
        life_read.close()
        return _Slot(process, parent_conn, life_write)

    def _kill(self, slot: _Slot) -> None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5)
        for conn in (slot.conn, slot.lifeline):
            conn.close()

    def close(self) -> None:
        for slot in self.slots:
            if slot.process.is_alive():
                with contextlib.suppress(OSError):
                    slot.conn.send(None)
        deadline = time.monotonic() + 2
        for slot in self.slots:
            slot.process.join(max(0.0, deadline - time.monotonic()))
            self._kill(slot)
        self.slots = []

    # ------------------------------------------------------------------ scheduling

    def _budget_deadline(self, budget: float | None) -> float | None:
        if budget is None:
            return None
        return time.monotonic() + budget * (1 + GRACE_SHARE) + self.grace

    def run(self, chunks: Sequence[Sequence[tuple[int, str]]]) -> Iterator[Event]:
        queue: deque[tuple[list[tuple[int, str]], int]] = deque((list(c), 1) for c in chunks)
        attempts: dict[int, int] = {}
        try:
            self.slots = [self._spawn() for _ in range(min(self.workers, len(queue)))]
            while queue or any(slot.busy for slot in self.slots):
                for position, slot in enumerate(self.slots):
                    if not slot.busy and queue:
                        if not slot.process.is_alive():
                            self._kill(slot)
                            slot = self.slots[position] = self._spawn()
                        chunk, attempt = queue.popleft()
                        for index, _ in chunk:
                            attempts[index] = attempt
                        slot.chunk, slot.results = chunk, set()
                        slot.current, slot.shared, slot.deadline = None, False, None
                        slot.conn.send(chunk)
                yield from self._wait(queue, attempts)
        finally:
            self.close()

    def _wait(
        self, queue: deque[tuple[list[tuple[int, str]], int]], attempts: dict[int, int]
    ) -> Iterator[Event]:
        busy = [slot for slot in self.slots if slot.busy]
        deadlines = [slot.deadline for slot in busy if slot.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout)
        for slot in busy:
            if slot.conn in ready:
                try:
                    while slot.conn.poll():
                        yield from self._handle(slot, slot.conn.recv())
                except (EOFError, OSError):
                    pass  # the worker died: its sentinel tells
            if slot.busy and (
                not slot.process.is_alive()
                or slot.process.sentinel in ready
                or (slot.deadline is not None and time.monotonic() > slot.deadline)
            ):
                yield from self._replace(slot, queue, attempts)

    def _handle(self, slot: _Slot, event: Event) -> Iterator[Event]:
        kind, index, value = event
        if kind == "start":
            slot.current, slot.shared = index, False
            slot.deadline = self._budget_deadline(value)
        elif kind == "extend":
            slot.deadline = self._budget_deadline(value)
        elif kind == "shared":
            slot.current, slot.shared = None, True
            slot.deadline = self._budget_deadline(value)
        elif kind == "result":
            slot.results.add(index)
            yield ("result", index, value)
        elif kind == "done":
            slot.chunk, slot.current, slot.shared, slot.deadline = [], None, False, None

    def _replace(
        self,
        slot: _Slot,
        queue: deque[tuple[list[tuple[int, str]], int]],
        attempts: dict[int, int],
    ) -> Iterator[Event]:
        timed_out = slot.process.is_alive()
        self._kill(slot)
        code = slot.process.exitcode
        reason = "timeout" if timed_out else "crash"
        detail = (
            "killed after overrunning its time budget"
            if timed_out
            else f"worker process died ({_describe_exit(code)})"
        )
        left = [(i, p) for i, p in slot.chunk if i not in slot.results]
        if slot.current is not None and not slot.shared:
            # the file being read when the worker was lost is the culprit; the rest go on
            yield ("lost", slot.current, Lost(slot.current, reason, detail))
            left = [(i, p) for i, p in left if i != slot.current]
            if left:
                queue.appendleft((left, attempts.get(left[0][0], 1)))
        elif len(left) == 1 or (left and attempts.get(left[0][0], 1) >= MAX_ATTEMPTS):
            for index, _ in left:  # already alone: this file is the culprit
                yield ("lost", index, Lost(index, reason, detail))
        else:
            # lost during a step the whole chunk shared (translation): each file is retried
            # on its own, so only the culprit fails
            for index, path in reversed(left):
                queue.appendleft(([(index, path)], attempts.get(index, 1) + 1))
        slot.chunk, slot.current, slot.shared, slot.deadline = [], None, False, None
        if queue:
            self.slots[self.slots.index(slot)] = self._spawn()


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " (out of memory?)" if -code == signal.SIGKILL else ""
        return f"killed by {name}{hint}"
    return f"exit status {code}"

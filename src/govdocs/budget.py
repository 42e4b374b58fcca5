"""Per-document time budgets: no document may take govdocs forever.

A budget is ``Limits.timeout`` seconds plus ``Limits.timeout_per_page`` for every page the reader
finds (a 500-page volume gets more time than a letter). While a document is converted, the budget
is the *current deadline* of this thread (a context variable), and it is enforced two ways:

* **Checkpoints**: the stages call :func:`checkpoint` between pages and blocks; past the deadline
  it raises :class:`~govdocs.errors.ConversionTimeoutError` naming the file.
* **An alarm**: in the main thread of a process whose ``SIGALRM`` is not taken by anyone else,
  an interval timer raises the same error wherever Python code is running (inside a dependency's
  loop too). Native code that never returns to the interpreter cannot be interrupted this way;
  batch conversion (:func:`govdocs.convert_many` with worker processes) therefore also kills a
  worker that overruns its budget and replaces it, so one file can never stall a run.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from types import FrameType
from typing import Any

from .errors import ConversionTimeoutError

#: Default time budget of one document: this many seconds plus ``DEFAULT_TIMEOUT_PER_PAGE``
#: for every page (generous: a normal letter takes well under a second).
DEFAULT_TIMEOUT = 600.0
DEFAULT_TIMEOUT_PER_PAGE = 1.0

__all__ = [
    "DEFAULT_TIMEOUT",
    "DEFAULT_TIMEOUT_PER_PAGE",
    "Deadline",
    "checkpoint",
    "current_deadline",
    "pages_known",
    "time_budget",
]


@dataclass
class Deadline:
    """The time budget of one document (monotonic clock)."""

    path: Path
    seconds: float
    per_page: float = 0.0
    started: float = field(default_factory=time.monotonic)
    pages: int = 0
    #: Called with the new remaining seconds whenever the budget grows (pages became known).
    on_extend: Callable[[float], None] | None = None

    @property
    def budget(self) -> float:
        return self.seconds + self.per_page * self.pages

    @property
    def expires(self) -> float:
        return self.started + self.budget

    def remaining(self) -> float:
        return self.expires - time.monotonic()

    def expired(self) -> bool:
        return time.monotonic() > self.expires

    def error(self) -> ConversionTimeoutError:
        spent = time.monotonic() - self.started
        pages = f" for {self.pages} pages" if self.pages else ""
        return ConversionTimeoutError(
            f"conversion stopped after {spent:.1f} s: over its time budget of "
            f"{self.budget:.0f} s{pages}",
            path=self.path,
            hint="raise it with --timeout SECONDS (or Limits(timeout=...)) if the file is genuine",
        )

    def check(self) -> None:
        if self.expired():
            raise self.error()

    def add_pages(self, pages: int) -> None:
        if pages > self.pages:
            self.pages = pages
            if self.on_extend is not None:
                self.on_extend(self.remaining())


_current: ContextVar[Deadline | None] = ContextVar("govdocs_deadline", default=None)


def current_deadline() -> Deadline | None:
    return _current.get()


def checkpoint() -> None:
    """Raise :class:`ConversionTimeoutError` when the current document is over its budget."""
    deadline = _current.get()
    if deadline is not None:
        deadline.check()


def pages_known(pages: int) -> None:
    """A reader found ``pages`` pages: the current budget grows by the per-page allowance."""
    deadline = _current.get()
    if deadline is not None:
        deadline.add_pages(pages)


def _alarm_available() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
    )


@contextmanager
def time_budget(
    path: str | PathLike[str],
    seconds: float | None,
    per_page: float = 0.0,
    *,
    on_extend: Callable[[float], None] | None = None,
) -> Iterator[Deadline | None]:
    """Run the body under a budget of ``seconds`` (``None``: no budget)."""
    if seconds is None:
        yield None
        return
    deadline = Deadline(Path(path), float(seconds), per_page, on_extend=on_extend)
    token = _current.set(deadline)
    alarm = _alarm_available()
    previous: Any = None
    if alarm:

        def on_alarm(signum: int, frame: FrameType | None) -> None:
            remaining = deadline.remaining()
            if remaining <= 0:
                # again soon, in case a dependency's ``except Exception`` swallows this one
                signal.setitimer(signal.ITIMER_REAL, 0.5)
                raise deadline.error()
            signal.setitimer(signal.ITIMER_REAL, remaining + 0.01)  # pages extended it

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, max(deadline.remaining(), 0.001))
    try:
        yield deadline
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        _current.reset(token)

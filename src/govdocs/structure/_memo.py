"""What is read of a document's head once per structuring, shared by the kind modules.

Kind detection asks every module in turn, and the module that wins asks again while it builds:
the letterhead's labelled fields, a PDF's kind evidence and its title lines would be read two or
three times per document. :func:`once` keeps them per thread for the document being structured
(the raw document's identity and line count are the key: a new document, or a copy with other
lines, starts afresh; each structuring starts and ends with :func:`forget`)::

    fields, used = head_fields(raw)
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

from ..document import Line, RawDocument
from .keyvalue import header_fields

__all__ = ["forget", "head_fields", "once"]

_state = threading.local()
_T = TypeVar("_T")


def once(raw: RawDocument, key: Hashable, compute: Callable[[], _T]) -> _T:
    """``compute()``, computed once per document (and ``key``) on this thread."""
    if getattr(_state, "raw", None) is not raw or _state.count != len(raw.lines):
        _state.raw, _state.count, _state.found = raw, len(raw.lines), {}
    found: dict[Hashable, Any] = _state.found
    if key not in found:
        found[key] = compute()
    return cast(_T, found[key])


def forget() -> None:
    """Drop what was kept: :func:`structure.structure` starts and ends each document with it,
    so that a document changed in place between two calls is read anew, and none is kept
    alive after its structuring."""
    _state.__dict__.clear()


def head_fields(raw: RawDocument) -> tuple[dict[str, str], dict[str, list[Line]]]:
    """:func:`keyvalue.header_fields` of the first page, with the printed lines each field was
    read from; copies, so that no caller changes what the next one reads."""

    def read() -> tuple[dict[str, str], dict[str, list[Line]]]:
        used: dict[str, list[Line]] = {}
        return header_fields(raw.lines, used=used), used

    fields, used = once(raw, "head_fields", read)
    return dict(fields), {name: list(lines) for name, lines in used.items()}

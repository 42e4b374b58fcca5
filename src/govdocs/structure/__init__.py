"""Structure: :class:`RawDocument` -> :class:`Document`, one module per document kind.

Each kind module exposes ``detect(raw) -> float`` (0 = not this kind, 1 = certain) and
``build(raw) -> Document``. The highest score wins; ties go to the earlier module in
:data:`KIND_MODULES`. ``generic`` always answers with a low score so every document gets a record.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from ..document import Document, RawDocument

#: Kind modules, most specific first.
KIND_MODULES: tuple[str, ...] = (
    "govdocs.structure.questions",
    "govdocs.structure.proceedings",
    "govdocs.structure.kamerstuk_xml",
    "govdocs.structure.publication",
    "govdocs.structure.letter",
    "govdocs.structure.kamerstuk",
    "govdocs.structure.report",
    "govdocs.structure.pdf_document",
    "govdocs.structure.web",
    "govdocs.structure.news",
    "govdocs.structure.generic",
)


def _modules() -> list[ModuleType]:
    found = []
    for name in KIND_MODULES:
        try:
            found.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a real import error inside the module
                raise
    return found


def structure(raw: RawDocument) -> Document:
    """Recognise the document's kind and build its structured :class:`Document`."""
    from ._memo import forget

    forget()  # (what detection reads of the head is kept for the build, for this call only)
    try:
        best: tuple[float, ModuleType] | None = None
        for module in _modules():
            score = float(module.detect(raw))
            if best is None or score > best[0]:
                best = (score, module)
        assert best is not None, "structure.generic is always present"
        doc: Document = best[1].build(raw)
        return doc
    finally:
        forget()

"""Metadata of the ``officiele-publicatie`` family: the publisher's values win over the text.

The publisher states each publication's metadata apart from its text (``metadata.xml``,
``metadata_owms.xml``, the meta tags of its HTML). Structure modules take those values first and
call :func:`disagree` when the text states a field differently: the record keeps the metadata's
value and gets a warning ``metadata_disagrees`` naming the field, both values and their sources
(the metadata file or ``meta tags``, and ``text``).
"""

from __future__ import annotations

from ..document import Document, RawDocument
from ..models import Warning

__all__ = ["disagree", "first"]


def first(tags: dict[str, list[str]], name: str) -> str | None:
    """The first non-empty value of ``name``."""
    return next((v for v in tags.get(name, []) if v.strip()), None)


def _same(a: str, b: str) -> bool:
    def norm(value: str) -> str:
        return " ".join(value.replace("\u00ad", "").split()).strip(" .").casefold()

    return norm(a) == norm(b)


def disagree(
    doc: Document, raw: RawDocument, field: str, name: str, metadata: str, text: str
) -> None:
    """Warn (once per field) when the metadata value ``metadata`` of term ``name`` differs from
    what the text states."""
    if _same(metadata, text):
        return
    if any(w.code == "metadata_disagrees" and f"{field}:" in w.message for w in doc.warnings):
        return
    sources: dict[str, str] = raw.metadata.get("metadata_sources") or {}
    source = sources.get(name, "metadata")
    doc.warnings.append(
        Warning(
            code="metadata_disagrees",
            message=(f"{field}: {metadata!r} from {name} ({source}) kept; the text says {text!r}"),
        )
    )

"""The Tweede Kamer's own XML of a plenary meeting (VLOS, ``vlosCoreDocument``), read into the
same blocks and metadata as the publisher's Handelingen XML (:mod:`govdocs.readers.xml`), so
:mod:`govdocs.structure.proceedings` reads both alike.

    vlosCoreDocument > vergadering[@kamer] > (titel, vergaderjaar, vergaderingnummer, datum,
        activiteit > (titel, onderwerp, activiteithoofd | activiteitdeel | activiteititem ...
            woordvoerder | interrumpant > (spreker > (aanhef, verslagnaam, fractie, functie),
                                           isvoorzitter, tekst > alinea > alineaitem)))

Each ``activiteit`` (agenda item) gives a heading; each ``alineaitem`` a paragraph, a speech
when it lies in a ``woordvoerder``/``interrumpant`` (``attrs["speaker"]``: name as the report
prints it, party, role). The announcement that opens a speech (``De voorzitter:``, ``De heer Van
Haersma Buma (CDA):``) is the speaker, not text. Document facts go to ``raw.metadata``: ``body``
(``handelingen``), ``meeting`` (``vergadering-nummer``, ``vergaderdatum``), ``agenda`` and
``metadata_xml`` (``OVERHEIDop.vergaderjaar``, ``DC.creator`` from ``@kamer``).
"""

from __future__ import annotations

import re
from typing import Any

from ..document import RawBlock, RawDocument
from ..models import SourceFormat
from ._source import SourceBytes

__all__ = ["is_vlos", "read_tree"]

_SPEAKING = ("woordvoerder", "interrumpant")
_ANNOUNCEMENT = re.compile(r"^.{2,90}:$")


def _local(element: Any) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def is_vlos(root: Any) -> bool:
    return _local(root) == "vlosCoreDocument"


def _child(element: Any, name: str) -> Any:
    return next((c for c in element if _local(c) == name), None)


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _speaker(turn: Any) -> dict[str, str | None] | None:
    spreker = _child(turn, "spreker")
    if spreker is None:
        return None
    if _text(_child(turn, "isvoorzitter")) == "true":
        return {"name": "De voorzitter", "party": None, "role": "voorzitter", "prefix": None}
    name = _text(_child(spreker, "verslagnaam")) or _text(_child(spreker, "achternaam"))
    function = _text(_child(spreker, "functie"))
    role = None if not function or "Kamer" in function else function
    return {
        "name": name,
        "party": _text(_child(spreker, "fractie")) or None,
        "role": role,
        "prefix": _text(_child(spreker, "aanhef")) or None,
    }


def read_tree(src: SourceBytes, root: Any) -> RawDocument:
    """A :class:`RawDocument` from a parsed VLOS tree."""
    meeting_el = _child(root, "vergadering")
    meeting_el = meeting_el if meeting_el is not None else root
    blocks: list[RawBlock] = []
    agenda: list[dict[str, str | None]] = []

    def walk(element: Any, speaker: dict[str, str | None] | None) -> None:
        for child in element:
            name = _local(child)
            if name == "activiteit":
                title = _text(_child(child, "titel")) or _text(_child(child, "onderwerp"))
                agenda.append({"nr": None, "titel": title or None})
                if title:
                    blocks.append(
                        RawBlock(text=title, hint="heading", level=1, attrs={"element": name})
                    )
                walk(child, None)
            elif name in _SPEAKING:
                walk(child, _speaker(child))
            elif name == "tekst":
                items = [_text(i) for i in child.iter() if _local(i) == "alineaitem"]
                items = [i for i in items if i]
                if speaker and items and _ANNOUNCEMENT.match(items[0]):
                    items = items[1:]
                for item in items:
                    attrs: dict[str, Any] = {"element": "alineaitem"}
                    if speaker:
                        attrs["speaker"] = speaker
                    blocks.append(
                        RawBlock(text=item, hint="speech" if speaker else None, attrs=attrs)
                    )
            elif name not in ("spreker", "titel", "onderwerp"):
                walk(child, speaker)

    walk(meeting_el, None)
    number = _text(_child(meeting_el, "vergaderingnummer"))
    date = _text(_child(meeting_el, "datum"))[:10]
    tags: dict[str, list[str]] = {}
    if _text(_child(meeting_el, "vergaderjaar")):
        tags["OVERHEIDop.vergaderjaar"] = [_text(_child(meeting_el, "vergaderjaar"))]
    if meeting_el.get("kamer"):
        tags["DC.creator"] = [meeting_el.get("kamer")]
    return RawDocument(
        path=src.path,
        sha256=src.sha256,
        size=src.size,
        format=SourceFormat.xml,
        media_type="application/xml",
        reader="xml",
        blocks=blocks,
        metadata={
            "root": "vlosCoreDocument",
            "body": "handelingen",
            "meeting": {"vergadering-nummer": number, "vergaderdatum": date},
            "agenda": agenda,
            "metadata_xml": tags,
            "title": _text(_child(meeting_el, "titel")) or None,
        },
    )

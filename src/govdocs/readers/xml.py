"""The publisher's official XML (``officiele-publicatie``): Handelingen, Kamerstukken, Aanhangsels.

**Safety.** The parser never resolves entities, never loads a DTD, never touches the network and
refuses huge trees (``resolve_entities=False, no_network=True, load_dtd=False,
dtd_validation=False, huge_tree=False``). A document whose DOCTYPE declares entities or points at
an external DTD is refused with :class:`~govdocs.errors.UnsafeDocumentError` naming the file:
the DOCTYPE is scanned before parsing (quotes, comments and brackets respected, UTF-16/32 decoded)
and the parsed internal subset is checked again, so nothing a document references is ever read.
``metadata.xml`` lying beside the document is read with the same parser into
``raw.metadata["metadata_xml"]`` (name -> list of contents); the URL in
``OVERHEIDop.externMetadataRecord`` is only used for the identifier, never fetched.

**Blocks** carry what the elements say, in document order:

=====================  ==========================================================================
element                RawBlock
=====================  ==========================================================================
``kop`` / ``item-titel``  ``hint="heading"``, ``level`` from ``divisie`` (``hoofdstuk`` ...) nesting;
``tussenkop``/``intitule`` also headings (one level below the division's ``kop``)
``al`` / ``tekstregel``   paragraph (``hint=None``); ``hint="speech"`` inside a ``spreekbeurt``
``li``                 ``hint="list_item"``, ``attrs["number"]`` from ``li.nr``, ``level`` = depth
``noot``               ``hint="footnote"`` block (``attrs["label"]``) after the citing block, whose
                       ``attrs["footnote_marks"]`` holds ``(label, offset)`` at the citation
``ondertekening``      ``hint="signature"``, one printed line per child (``functie``, ``naam``)
``spreekbeurt``        every block inside carries ``attrs["speaker"]`` (name, party, role, prefix)
``motie``              ``hint="motion"``, ``attrs["motion_id"]``, ``attrs["document"]``
                       (``kst-31311-199`` from ``motie-info/extref``)
``table`` (CALS)       ``hint="table"``, rows on lines, cells joined by `` | ``
``vraag``/``antwoord`` ``hint="question"``/``"answer"`` with ``attrs["number"]`` (Aanhangsel)
``kamervraagkop``      masthead lines (``tekstregel``) and ``kamervraagnummer`` go to
                       ``metadata["kamervragen"]``; ``kamervraagomschrijving`` stays a paragraph
``stuktitel`` ...      the publisher's XHTML, mapped onto this vocabulary by
                       :mod:`govdocs.readers.op_family`, is read by the same walker
=====================  ==========================================================================

The masthead ``kop`` above the body (``STAATSCOURANT ...``) goes to ``metadata["masthead"]``;
the body type comes from the identifier prefix when there is one (``kst-`` -> ``kamerstuk``).
A VLOS file (the Tweede Kamer's own meeting XML) is read by :mod:`govdocs.readers.vlos`.

Every block has ``attrs["element"]``. Document-level facts go to ``raw.metadata``: ``root``,
``body`` (``handelingen``, ``kamerstuk``, ``aanhangsel`` ...), ``identifier``, ``meeting``
(``vergadering`` children), ``agenda`` (``[{nr, titel}]``), ``kamerstuk`` (``kamer``,
``vergaderjaar``, ``dossiernr``, ``dossiertitel``, ``ondernummer``, ``titel``, ``datum``,
``datumtekst``) and ``metadata_xml``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..document import RawBlock, RawDocument
from ..errors import CorruptDocumentError, DocumentTooLargeError, UnsafeDocumentError
from ..models import SourceFormat
from ._source import SourceBytes

__all__ = ["parse_safely", "read"]

_DANGEROUS = re.compile(r"<!ENTITY|\bSYSTEM\b|\bPUBLIC\b", re.IGNORECASE)
_MARK = "\ue000"  # stands where a footnote was cited while the text is collected
_HEAD = 1_000_000
_UNSAFE_HINT = "remove the DOCTYPE declaration if the document is trustworthy"
_DIVISIONS = frozenset(
    {"divisie", "hoofdstuk", "afdeling", "paragraaf", "sub-paragraaf", "artikel", "bijlage"}
)
_PARAGRAPHS = frozenset(
    {
        "al", "tekstregel", "slotzin", "considerans.al", "wij", "afkondiging",
        "dagtekening", "kamervraagomschrijving", "kamervraagopmerking", "kamervraagmededeling",
        "kamervraagonderwerp", "slotformulering",
    }
)  # fmt: skip
#: every heading element of the family
_HEADINGS = frozenset({"kop", "tussenkop", "subkop", "divisiekop", "intitule"})
_ADDRESSEE = frozenset({"aan", "geadresseerde", "adres", "ontvanger"})
#: elements printed apart from what follows them (``kop > (nr, titel)`` -> ``1. Schiphol``)
_SPACED = frozenset(
    {
        "nr", "titel", "al", "noot.al", "li.nr", "functie", "naam", "tekstregel", "entry", "row",
        "voorletters", "voornaam", "tussenvoegsel", "achternaam", "voorvoegsels", "politiek",
    }
)  # fmt: skip
_CLOSING = (",", ".", ";", ":", ")", "?", "!")
#: the printed lines of an ``ondertekening``, however deeply they are wrapped
_SIGNATURE_LINES = frozenset({"functie", "naam", "al", "tekstregel", "plaats", "datum"})


# --------------------------------------------------------------------------- safe parsing


def _decoded_head(data: bytes) -> str:
    """The first bytes of ``data`` as text, honouring a UTF-16/32 byte order mark."""
    head = data[:_HEAD]
    for bom, codec in (
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"\xff\xfe", "utf-16-le"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="replace")
    if head[:4] in (b"\x00<\x00?", b"<\x00?\x00"):  # UTF-16 without a byte order mark
        return head.decode("utf-16-be" if head[0] == 0 else "utf-16-le", errors="replace")
    return head.decode("latin-1")


def _doctype(text: str) -> str | None:
    """The whole ``<!DOCTYPE ...>`` declaration (internal subset included), or ``None``.

    Quotes, comments and ``[...]`` are respected, so a ``]>`` inside a literal cannot hide a
    declaration that follows it.
    """
    start = text.find("<!DOCTYPE")
    if start < 0:
        start = text.upper().find("<!DOCTYPE")
    if start < 0:
        return None
    depth, quote, i = 0, "", start + 2
    while i < len(text):
        char = text[i]
        if quote:
            if char == quote:
                quote = ""
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            i = len(text) if end < 0 else end + 3
            continue
        elif char in "\"'":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == ">" and depth <= 0:
            return text[start : i + 1]
        i += 1
    return text[start:]  # unterminated: treat everything after it as the declaration


_ENCODING_DECL = re.compile(rb"""^(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])([A-Za-z0-9._:-]+)\2""")


def _transcoded(data: bytes) -> bytes | None:
    """``data`` re-encoded as UTF-8 when its declared encoding is one lxml (libxml2/iconv) lacks
    but Python's codecs know (``IBM855``, ``cp737`` ... on some builds); ``None`` otherwise."""
    import codecs

    match = _ENCODING_DECL.match(data)
    if match is None:
        return None
    name = match.group(3).decode("ascii")
    try:
        text = data.decode(codecs.lookup(name).name)
    except (LookupError, UnicodeDecodeError):
        return None
    head = match.group(1) + match.group(2) + b"UTF-8" + match.group(2)
    return head + text.encode("utf-8")[len(match.group(0)) :]


def parse_safely(data: bytes, path: Path, max_depth: int = 256) -> Any:
    """Parse ``data`` with a parser that never resolves entities or fetches anything.

    Raises :class:`UnsafeDocumentError` for entity declarations and external DTDs,
    :class:`CorruptDocumentError` for anything lxml cannot parse and
    :class:`DocumentTooLargeError` for trees nested deeper than ``max_depth``.
    """
    from lxml import etree

    declaration = _doctype(_decoded_head(data))
    if declaration is not None and _DANGEROUS.search(declaration):
        raise UnsafeDocumentError(
            "XML declares entities or an external DTD; govdocs never expands or fetches them",
            path=path,
            hint=_UNSAFE_HINT,
        )
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=False,
    )
    try:
        try:
            root = etree.fromstring(data, parser=parser)
        except etree.XMLSyntaxError as exc:
            transcoded = _transcoded(data) if "Unsupported encoding" in str(exc) else None
            if transcoded is None:
                raise
            root = etree.fromstring(transcoded, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise CorruptDocumentError(f"not well-formed XML: {exc}", path=path) from exc
    except (ValueError, MemoryError, etree.LxmlError) as exc:
        raise CorruptDocumentError(f"cannot parse XML: {exc}", path=path) from exc
    if root is None:
        raise CorruptDocumentError("XML has no root element", path=path)
    docinfo: Any = root.getroottree().docinfo
    dtd: Any = docinfo.internalDTD
    if (dtd is not None and any(True for _ in dtd.iterentities())) or docinfo.system_url:
        raise UnsafeDocumentError(
            "XML declares entities or an external DTD; govdocs never expands or fetches them",
            path=path,
            hint=_UNSAFE_HINT,
        )
    for element in root.iter():
        if isinstance(element, etree._Entity):
            raise UnsafeDocumentError("XML uses entity references", path=path)
    depth = _depth(root)
    if depth > max_depth:
        raise DocumentTooLargeError(
            f"XML is nested {depth} levels deep (limit {max_depth})", path=path
        )
    return root


def _depth(root: Any) -> int:
    deepest = 0
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


# --------------------------------------------------------------------------- text of elements


def _tag(node: Any) -> str:
    return node.tag if isinstance(node.tag, str) else ""


def _collect(
    element: Any, skip: frozenset[str] = frozenset()
) -> tuple[str, list[tuple[str, int]], list[tuple[str, str]]]:
    """Text of ``element`` with whitespace collapsed, the footnote marks ``(label, offset)`` where
    each ``noot`` stood, and the notes ``(label, text)``; children named in ``skip`` are left out.
    """
    parts: list[str] = []
    notes: list[tuple[str, str]] = []

    def walk(node: Any) -> None:
        tag = _tag(node)
        if node is not element and tag and (tag in skip or tag == "noot"):
            if tag == "noot":
                notes.append(_note(node, len(notes) + 1))
                parts.append(_MARK)
        elif tag:
            if node.text:
                parts.append(node.text)
            for child in node:
                walk(child)
                if _tag(child) in _SPACED and not (child.tail or "").startswith(_CLOSING):
                    parts.append(" ")
                if child.tail:
                    parts.append(child.tail)

    walk(element)
    text = re.sub(r"\s+", " ", "".join(parts)).strip()
    out, marks = "", []
    for index, piece in enumerate(text.split(_MARK)):
        if index:
            marks.append((notes[index - 1][0], len(out.rstrip())))
            if out.endswith(" ") and piece.startswith(" "):
                piece = piece[1:]
        out += piece
    return out.strip(), marks, notes


def _text(element: Any, skip: frozenset[str] = frozenset()) -> str:
    """Text of ``element`` without its ``noot`` footnotes, whitespace collapsed."""
    return _collect(element, skip)[0] if element is not None else ""


def _note(note: Any, ordinal: int) -> tuple[str, str]:
    number = note.find("noot.nr")
    label = _text(number).strip(" .)") if number is not None else ""
    body = _text(note, frozenset({"noot.nr"}))
    return label or note.get("id") or str(ordinal), body


def _speaker(element: Any) -> dict[str, str | None]:
    """``spreker > (voorvoegsels, naam > achternaam, politiek, functie)`` as a plain dict."""
    prefix = _text(element.find("voorvoegsels"))
    name = _text(element.find("naam"))
    party = _text(element.find("politiek")) or None
    function = _text(element.find("functie")) or None
    role = None
    if name.lower() in {"voorzitter", "voorzitster"}:
        role, name = "voorzitter", "De voorzitter"
    elif function:
        role = function
    elif prefix.lower().startswith(("minister", "staatssecretaris")):
        role = prefix
    return {"name": name, "party": party, "role": role, "prefix": prefix or None}


def _number(text: str | None) -> str | None:
    """``Vraag 2 en 3`` / ``1.`` / ``a)`` -> ``2 en 3`` / ``1`` / ``a``."""
    if not text:
        return None
    text = re.sub(r"^(?:vraag|vragen|antwoord|antwoorden)\s+", "", text.strip(), flags=re.I)
    return text.strip(" .):") or None


# --------------------------------------------------------------------------- the walk


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.meta: dict[str, Any] = {}

    def emit(
        self,
        element: Any,
        hint: str | None,
        *,
        skip: frozenset[str] = frozenset(),
        level: int | None = None,
        **attrs: Any,
    ) -> None:
        text, marks, notes = _collect(element, skip)
        if not text and not notes:
            return
        if marks:
            attrs["footnote_marks"] = marks
        if text:
            self.blocks.append(
                RawBlock(
                    text=text, hint=hint, level=level, attrs={"element": _tag(element), **attrs}
                )
            )
        for label, body in notes:
            self.blocks.append(
                RawBlock(text=body, hint="footnote", attrs={"element": "noot", "label": label})
            )

    def walk(
        self,
        element: Any,
        level: int = 0,
        speaker: dict[str, Any] | None = None,
        list_level: int = 0,
    ) -> None:
        for child in element:
            self.visit(child, element, level, speaker, list_level)

    def visit(
        self,
        child: Any,
        parent: Any,
        level: int,
        speaker: dict[str, Any] | None,
        list_level: int,
    ) -> None:
        tag = _tag(child)
        speech: dict[str, Any] = {"speaker": speaker} if speaker else {}
        if not tag or tag in ("metadata", "spreker", "li.nr", "noot"):
            return
        if tag == "vergadering":
            self.meta["meeting"] = {_tag(c): _text(c) for c in child if _tag(c)}
        elif tag == "agendapunt":
            title = child.find("item-titel")
            self.meta.setdefault("agenda", []).append(
                {"nr": _text(child.find("nr")) or None, "titel": _text(title) or None}
            )
            self.walk(child, level, speaker)
        elif tag == "nr" and _tag(parent) in ("agendapunt", "opening", "vraag", "antwoord"):
            return
        elif tag == "nr" and _tag(parent) == "mededeling":  # the printed "Mededeling" line
            self.emit(child, None)
        elif tag == "item-titel":
            self.emit(child, "heading", level=1)
        elif tag == "spreekbeurt":
            spreker = child.find("spreker")
            self.walk(child, level, _speaker(spreker) if spreker is not None else None)
        elif tag == "motie":
            self._motion(child, speaker)
        elif tag in _HEADINGS:
            self.emit(child, "heading", level=min(6, max(1, level + (tag != "kop"))))
        elif tag == "stuktitel":  # the HTML rendering of ``stuk > (stuknr, titel)``
            found = re.match(r"^Nr\.?\s*(\d+)\s*(.*)$", _text(child))
            ks = self.meta.setdefault("kamerstuk", {})
            if found:
                ks.setdefault("ondernummer", found.group(1))
                ks.setdefault("titel", found.group(2) or None)
            else:
                ks.setdefault("titel", _text(child) or None)
        elif tag == "dossiertitel":  # the HTML rendering of ``dossier > (dossiernummer, titel)``
            found = re.match(
                r"^(\d{2}\s?\d{3}(?:[\s-]+(?:[IVXLC]+|[A-Z]{1,3}|\d{1,3})(?=\s))?)\s+(.*)$",
                _text(child),
            )
            ks = self.meta.setdefault("kamerstuk", {})
            if found:
                ks.setdefault("dossiernr", found.group(1))
                ks.setdefault("dossiertitel", found.group(2) or None)
        elif tag == "kamervraagkop":
            self._question_head(child, parent, level, speaker, list_level)
        elif tag == "kamervraagnummer":
            self.meta.setdefault("kamervragen", {})["nummer"] = _text(child)
        elif tag in _DIVISIONS:
            self.walk(child, level + 1, speaker)
        elif tag in _PARAGRAPHS:
            self.emit(child, "speech" if speaker else None, **speech)
        elif tag in _ADDRESSEE:
            self.emit(child, "addressee")
        elif tag == "aanhef":
            self.emit(child, "salutation")
        elif tag == "slotformule":
            self.emit(child, "closing")
        elif tag == "lijst":
            self.walk(child, level, speaker, list_level + 1)
        elif tag == "li":
            number = _number(_text(child.find("li.nr")))
            self.emit(
                child,
                "list_item",
                skip=frozenset({"li.nr", "lijst"}),
                level=max(1, list_level),
                number=number,
                **speech,
            )
            for nested in child.findall("lijst"):
                self.walk(nested, level, speaker, list_level + 1)
        elif tag == "ondertekening":
            self._signature(child)
        elif tag == "table":
            self._table(child)
        elif tag in ("vraag", "antwoord"):
            self._qa(child, "question" if tag == "vraag" else "answer")
        elif tag in ("kamerstukkop", "dossier", "stuk"):
            self._kamerstuk(child)
            if tag == "stuk":
                self.walk(child, level, speaker)
        elif tag in ("titel", "stuknr", "datumtekst") and _tag(parent) in ("stuk", "dossier"):
            return
        elif tag == "datumtekst":
            self.meta.setdefault("kamerstuk", {}).setdefault("datumtekst", _text(child))
            date = child.find(".//datum")
            if date is not None:
                self.meta["kamerstuk"].setdefault("datum", date.get("isodatum") or _text(date))
        else:
            self.walk(child, level, speaker, list_level)

    def _question_head(
        self, head: Any, parent: Any, level: int, speaker: Any, list_level: int
    ) -> None:
        """``kamervraagkop``: masthead lines and the number go to the metadata, the
        description (askers, minister, ``ingezonden``) and remarks stay readable paragraphs."""
        info = self.meta.setdefault("kamervragen", {})
        for child in head:
            tag = _tag(child)
            if tag == "tekstregel":
                info[child.get("inhoud") or "tekstregel"] = _text(child)
            elif tag == "kamervraagnummer":
                info["nummer"] = _text(child)
            elif tag:
                self.visit(child, head, level, speaker, list_level)

    def _motion(self, motie: Any, speaker: dict[str, Any] | None) -> None:
        info = motie.find("motie-info")
        text, marks, notes = _collect(motie, frozenset({"motie-info"}))
        lines = [
            _text(part, frozenset({"motie-info"})) for part in motie if _tag(part) != "motie-info"
        ]
        lines = [line for line in lines if line]
        document = None
        if info is not None:
            ref = info.find(".//extref[@doc]")
            document = ref.get("doc") if ref is not None else None
        if text:
            attrs: dict[str, Any] = {
                "element": "motie",
                "motion_id": motie.get("id"),
                "document": document,
                "speaker": speaker,
            }
            if marks:
                attrs["footnote_marks"] = _remap_marks(text, marks, lines)
            self.blocks.append(RawBlock(text="\n".join(lines), hint="motion", attrs=attrs))
        for label, body in notes:
            self.blocks.append(
                RawBlock(text=body, hint="footnote", attrs={"element": "noot", "label": label})
            )
        if info is not None:
            spreker = info.find("spreker")
            who = _speaker(spreker) if spreker is not None else speaker
            self.walk(info, 0, who)

    def _signature(self, element: Any) -> None:
        lines: list[str] = []

        def collect(node: Any) -> None:
            for child in node:
                tag = _tag(child)
                if tag in _SIGNATURE_LINES:
                    lines.append(_text(child))
                elif tag and tag != "noot":
                    collect(child)

        collect(element)
        lines = [line for line in lines if line] or [
            text for c in element if _tag(c) and (text := _text(c))
        ]
        lines = lines or [_text(element)]
        if any(lines):
            self.blocks.append(
                RawBlock(
                    text="\n".join(lines), hint="signature", attrs={"element": "ondertekening"}
                )
            )

    def _table(self, table: Any) -> None:
        rows: list[str] = []
        notes: list[tuple[str, str]] = []
        title = table.find("title")
        if title is not None and _text(title):
            rows.append(_text(title))
        for row in table.iter("row"):
            cells = []
            for entry in row.iter("entry"):
                text, _, found = _collect(entry)
                cells.append(text)
                notes.extend(found)
            if any(cells):
                rows.append(" | ".join(cells))
        if rows:
            self.blocks.append(
                RawBlock(
                    text="\n".join(rows),
                    hint="table",
                    attrs={"element": "table", "footnote_marks": [(n[0], 0) for n in notes]},
                )
            )
        for label, body in notes:
            self.blocks.append(
                RawBlock(text=body, hint="footnote", attrs={"element": "noot", "label": label})
            )

    def _qa(self, element: Any, hint: str) -> None:
        number = _number(_text(element.find("nr")))
        parts = [c for c in element if _tag(c) and _tag(c) != "nr"]
        for part in parts or [element]:
            if _tag(part) == "lijst":
                for li in part.iter("li"):
                    self.emit(li, hint, skip=frozenset({"li.nr", "lijst"}), number=number)
            else:
                self.emit(part, hint, skip=frozenset({"nr"}), number=number)

    def _kamerstuk(self, element: Any) -> None:
        ks = self.meta.setdefault("kamerstuk", {})
        if element.tag == "kamerstukkop":
            for regel in element.iter("tekstregel"):
                ks[regel.get("inhoud") or "tekstregel"] = _text(regel)
        elif element.tag == "dossier":
            # the whole number with its part: ``21 501-20`` (raadnr), ``36 410 VII``
            # (begrotingshoofdstuk), not the bare ``dossiernr``
            number = _text(element.find(".//dossiernr"))
            part = _text(element.find(".//raadnr"))
            chapter = _text(element.find(".//begrotingshoofdstuk"))
            whole = number + (f"-{part}" if number and part else "")
            ks["dossiernr"] = (whole + (f" {chapter}" if whole and chapter else "")) or None
            ks["dossiertitel"] = _text(element.find("titel")) or None
        elif element.tag == "stuk":
            ks["ondernummer"] = _text(element.find(".//ondernummer")) or None
            ks["titel"] = _text(element.find("titel")) or None
            date = element.find("datumtekst")
            if date is not None:
                ks["datumtekst"] = _text(date)
                datum = date.find(".//datum")
                if datum is not None:
                    ks["datum"] = datum.get("isodatum") or _text(datum)


def _remap_marks(
    flat: str, marks: list[tuple[str, int]], lines: list[str]
) -> list[tuple[str, int]]:
    """Offsets in the single-line text -> offsets in the same text with lines joined by ``\\n``."""
    joined = "\n".join(lines)
    if joined.replace("\n", " ") == flat:
        return marks
    return [(label, min(offset, len(joined))) for label, offset in marks]


# --------------------------------------------------------------------------- entry points


#: elements of the publisher's vocabulary: an XML holding none of them is read by generic_xml
_OFFICIAL = _DIVISIONS | _PARAGRAPHS | {
    "officiele-publicatie", "kop", "item-titel", "spreekbeurt", "motie", "ondertekening",
    "noot", "lijst", "vraag", "antwoord", "kamerstuk", "kamerstukkop", "handelingen",
    "aanhangsel", "agendapunt", "vergadering", "stuk", "kamervragen", "kamervraagkop",
    "tussenkop", "staatsblad", "staatscourant", "gemeenteblad", "provinciaalblad",
    "waterschapsblad", "circulaire", "wet-besluit", "zakelijke-mededeling",
}  # fmt: skip


def _is_official(root: Any) -> bool:
    return any(isinstance(e.tag, str) and e.tag in _OFFICIAL for e in root.iter())


def read(src: SourceBytes, options: Any) -> RawDocument:
    """Read an ``officiele-publicatie`` XML file safely; any other well-formed XML is read as
    text nodes by :mod:`govdocs.readers.generic_xml` (with a ``generic_xml`` warning)."""
    limits = options.limits
    root = parse_safely(src.data, src.path, limits.max_depth)
    from .op_family import METADATA_ROOTS, metadata_values

    if _tag(root).split("}")[-1] in METADATA_ROOTS:  # the publisher's metadata file itself
        return build_raw(
            src,
            root,
            options,
            source_format=SourceFormat.xml,
            media_type="application/xml",
            reader="xml",
            tags=metadata_values(root),
            walk=False,
        )
    from .vlos import is_vlos
    from .vlos import read_tree as read_vlos

    if is_vlos(root):  # the Tweede Kamer's own XML of a meeting
        return read_vlos(src, root)
    if not _is_official(root):
        from .generic_xml import read_tree

        return read_tree(src, root)
    from .op_family import meta_tags

    return build_raw(
        src,
        root,
        options,
        source_format=SourceFormat.xml,
        media_type="application/xml",
        reader="xml",
        tags=meta_tags(root),
    )


def build_raw(
    src: SourceBytes,
    root: Any,
    options: Any,
    *,
    source_format: SourceFormat,
    media_type: str,
    reader: str,
    tags: dict[str, list[str]],
    encoding: str | None = None,
    warnings: list[Any] | None = None,
    walk: bool = True,
) -> RawDocument:
    """One :class:`RawDocument` from an element tree in the family's XML vocabulary (the XML
    itself, or an XHTML page mapped by :func:`govdocs.readers.op_family.xhtml_to_op`).

    ``tags`` are the metadata the file itself states (meta tags); ``metadata.xml`` /
    ``metadata_owms.xml`` beside the file come first, then the file's own tags.
    """
    from .op_family import body_from_identifier, sidecar_metadata

    walker = _Walker()
    masthead = [_text(c) for c in root if _tag(c) == "kop"]
    for child in (
        root if walk else ()
    ):  # the masthead (``kop`` above the body) is the series, not the document
        if _tag(child) != "kop":
            walker.visit(child, root, 0, None, 0)
    meta: dict[str, Any] = {"root": "officiele-publicatie", **walker.meta}
    if any(masthead):
        meta["masthead"] = " ".join(masthead)
    body = next(
        (_tag(c) for c in root if walk and _tag(c) and _tag(c) not in ("metadata", "kop")),
        None,
    )
    record = root.find("metadata/meta[@name='OVERHEIDop.externMetadataRecord']")
    if record is not None and record.get("content"):
        match = re.search(r"/([a-z]+-[\w-]+)/metadata\.xml", record.get("content", ""))
        if match:
            meta["identifier"] = match.group(1)
    beside, sources = sidecar_metadata(src.path, options.limits, parse_safely)
    merged = dict(beside)
    for name, values in tags.items():
        if name not in merged and any(values):
            merged[name] = [v for v in values if v]
            sources[name] = "meta tags"
    if merged:
        meta["metadata_xml"] = merged
        meta["metadata_sources"] = sources
        if merged.get("DC.identifier"):
            meta["identifier"] = merged["DC.identifier"][0]
    known = body_from_identifier(meta.get("identifier"))
    if known:  # the identifier names the publication type whatever the tree's first element
        body = known
    meta["body"] = body
    return RawDocument(
        path=src.path,
        sha256=src.sha256,
        size=src.size,
        format=source_format,
        media_type=media_type,
        reader=reader,
        blocks=walker.blocks,
        metadata=meta,
        encoding=encoding,
        warnings=list(warnings or []),
    )

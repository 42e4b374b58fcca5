"""One model of the ``officiele-publicatie`` family, whatever format it arrives in.

The publisher issues every publication (Kamerstukken, Handelingen, Aanhangsels, Kamervragen,
Staatsblad, Staatscourant, Gemeenteblad ...) as XML, as an XHTML/HTML rendering and as ODT/PDF.
The XML is the reference: its element names are the family's vocabulary. The HTML rendering
carries the same names as ``class`` attributes (``<p class="considerans.al">``,
``<h3 class="artikel_kop">``, ``<span class="achternaam">``, newer pages with a ``_p_`` prefix:
``_p_common-al``) and the same metadata as ``<meta name="DC.identifier">`` /
``OVERHEIDop.*`` tags. :func:`xhtml_to_op` maps an HTML tree back onto an element tree in the XML
vocabulary, so one walker (:mod:`govdocs.readers.xml`) reads both and the structure stage cannot
tell them apart.

Metadata beside a file (the publisher's ``metadata.xml`` and ``metadata_owms.xml``, in the same
folder or as ``<name>.metadata.xml`` / ``<name>.metadata_owms.xml``) and the meta tags of the
HTML are read into one mapping ``name -> [content, ...]`` (``raw.metadata["metadata_xml"]``);
``raw.metadata["metadata_sources"]`` says where each name came from.

The document type follows from the identifier prefix (``kst-`` Kamerstuk, ``h-`` Handelingen,
``ah-`` Aanhangsel, ``kv-`` Kamervragen, ``stb-``/``stcrt-``/``gmb-`` ... other publications)
when the tree does not name it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

__all__ = [
    "BODY_BY_PREFIX",
    "body_from_identifier",
    "is_publisher_html",
    "meta_tags",
    "metadata_values",
    "sidecar_metadata",
    "xhtml_to_op",
]

#: identifier prefix -> the body element of the XML of that publication type
BODY_BY_PREFIX = {
    "kst": "kamerstuk",
    "blg": "bijlage",
    "h": "handelingen",
    "ah": "aanhangsel",
    "kv": "kamervragen",
    "stb": "staatsblad",
    "stcrt": "staatscourant",
    "gmb": "gemeenteblad",
    "prb": "provinciaalblad",
    "wsb": "waterschapsblad",
    "bgr": "blad-gemeenschappelijke-regeling",
    "trb": "tractatenblad",
}
_IDENTIFIER = re.compile(r"^([a-z]+)-[\w-]+$")

#: element names of the family the walker knows; an HTML class naming one becomes that element
VOCABULARY = frozenset(
    {
        # divisions and headings
        "divisie", "hoofdstuk", "afdeling", "paragraaf", "sub-paragraaf", "artikel", "bijlage",
        "kop", "tussenkop", "titel", "subtitel", "nr", "label", "item-titel",
        # paragraphs
        "al", "tekstregel", "intitule", "slotzin", "considerans.al", "wij", "afkondiging",
        "dagtekening", "aanhef", "slotformule", "al-groep",
        # signature and persons
        "ondertekening", "functie", "naam", "voornaam", "voorletters", "tussenvoegsel",
        "achternaam", "politiek", "voorvoegsels", "spreker", "spreekbeurt",
        # lists, notes, tables
        "lijst", "li", "li.nr", "noot", "noot.nr", "noot.al",
        # parliamentary
        "motie", "motie-info", "vraag", "antwoord", "kamervragen", "kamervraagkop",
        "kamervraagnummer", "kamervraagomschrijving", "kamervraagonderwerp",
        "kamervraagopmerking", "kamervraagmededeling", "kamerstukkop", "dossier", "stuk",
        "stuknr", "ondernummer", "dossiernummer", "dossiernr", "datumtekst", "datum",
        "agendapunt", "vergadering", "handelingen", "aanhangsel", "kamerstuk",
    }
)  # fmt: skip
_HEADING_CLASS = re.compile(r"(?:^|_)kop\d?$|^divisiekop\d?$|^kop\d$")
_TABLE = {"tr": "row", "td": "entry", "th": "entry"}


def body_from_identifier(identifier: str | None) -> str | None:
    """``kst-33694-68`` -> ``kamerstuk``; ``stb-2014-296`` -> ``staatsblad``."""
    match = _IDENTIFIER.match(identifier or "")
    return BODY_BY_PREFIX.get(match.group(1)) if match else None


def meta_tags(root: Any) -> dict[str, list[str]]:
    """Every ``<meta name=... content=...>`` whose name is a DC/DCTERMS/OVERHEID term."""
    found: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or "").strip()
        content = meta.get("content")
        if name == "OVERHEIDop.externMetadataRecord":  # a URL, never fetched
            continue
        if name.startswith(("DC.", "DCTERMS.", "OVERHEID")) and content is not None:
            found.setdefault(name, []).append(" ".join(content.split()))
    return found


def is_publisher_html(tags: dict[str, list[str]]) -> bool:
    """A page of the publisher: it names its identifier and the publication's OVERHEIDop terms."""
    identifier = next((v for v in tags.get("DC.identifier", []) if v), "")
    return bool(body_from_identifier(identifier)) and any(
        name.startswith("OVERHEIDop.") for name in tags
    )


def _sidecars(path: Path) -> list[Path]:
    stem = path.name.rsplit(".", 1)[0]
    folder = path.parent
    return [
        folder / f"{stem}.metadata.xml",
        folder / f"{stem}.metadata_owms.xml",
        folder / f"{stem}_metadata.xml",
        folder / "metadata.xml",
        folder / "metadata_owms.xml",
    ]


def sidecar_metadata(
    path: Path, limits: Any, parse: Any
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The publisher's metadata files beside ``path``: name -> contents, and name -> file name.

    A folder-wide ``metadata.xml`` is only taken when its ``DC.identifier`` does not name another
    publication than ``path`` does (``kst-33694-68.xml`` beside the metadata of ``kst-1-2``).
    """
    found: dict[str, list[str]] = {}
    sources: dict[str, str] = {}
    own = path.name.rsplit(".", 1)[0]
    for beside in _sidecars(path):
        try:
            if not beside.is_file() or beside.resolve() == path.resolve():
                continue
            data = beside.read_bytes()[: limits.max_bytes]
        except OSError:
            continue
        values = metadata_values(parse(data, beside, limits.max_depth))
        ident = (values.get("DC.identifier") or [""])[0]
        if (
            beside.name in ("metadata.xml", "metadata_owms.xml")
            and body_from_identifier(own)
            and ident
            and ident != own
        ):
            continue
        for name, contents in values.items():
            if name not in found:
                found[name] = contents
                sources[name] = beside.name
    return found, sources


_OWMS_NAMESPACES = {
    "http://purl.org/dc/terms/": "DCTERMS.",
    "http://standaarden.overheid.nl/owms/terms/": "OVERHEID.",
    "http://standaarden.overheid.nl/oep/meta/": "OVERHEIDop.",
}
#: OWMS core terms that ``metadata.xml`` names ``DC.*``
_DC_CORE = frozenset({"identifier", "title", "type", "creator", "language", "subject"})
METADATA_ROOTS = frozenset({"metadata_gegevens", "owms-metadata"})


def metadata_values(root: Any) -> dict[str, list[str]]:
    """``name -> [content, ...]`` from a ``metadata.xml`` (``<metadata name= content=>``) or a
    ``metadata_owms.xml`` (``<dcterms:identifier>``, ``<overheidop:...>`` elements, named as
    ``metadata.xml`` names them: ``DC.identifier``, ``DCTERMS.issued``, ``OVERHEIDop.x``)."""
    values: dict[str, list[str]] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name, content = element.get("name"), element.get("content")
        if element.tag in ("metadata", "meta") and name and content is not None:
            values.setdefault(name, []).append(" ".join(content.split()))
            continue
        if element.tag.startswith("{") and len(element) == 0:
            namespace, local = element.tag[1:].split("}", 1)
            prefix = _OWMS_NAMESPACES.get(namespace)
            if prefix is None:
                continue
            if prefix == "DCTERMS." and local in _DC_CORE:
                prefix = "DC."
            text = " ".join((element.text or "").split())
            if text:
                values.setdefault(prefix + local, []).append(text)
    return values


# --------------------------------------------------------------------------- XHTML -> XML


def _classes(element: Any) -> list[str]:
    tokens = (element.get("class") or "").split()
    return [t[3:] if t.startswith("_p_") else t for t in tokens]


#: classes of the HTML rendering that stand for an element of another name
_RENDERED = {
    "kamerstukdatum": "datumtekst",
    "alineagroep": "al-groep",
    "dossiertitel": "dossiertitel",
    "stuktitel": "stuktitel",
    "kamervraagomschrijving_kop": "kamervraagomschrijving",
    "kamervraagonderwerp_kop": "kamervraagonderwerp",
}


def _name(element: Any, parent_name: str = "") -> str:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    classes = _classes(element)
    if "stuktitel" in classes and parent_name in ("vraag", "antwoord"):
        return "nr"  # ``<div class="vraag"><h2 class="stuktitel">Vraag 1</h2>``
    if parent_name == "li" and tag == "span" and {"ol", "lidnr", "li.nr"} & set(classes):
        return "li.nr"
    for token in classes:
        if token in _RENDERED:
            return _RENDERED[token]
    if tag in _TABLE:
        return _TABLE[tag]
    if tag in ("table", "thead", "tbody", "tfoot"):
        return tag
    for token in classes:
        if token in VOCABULARY and not (token == "kop" and tag == "div"):
            return token
        if _HEADING_CLASS.search(token) and tag != "div":
            return "kop"
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return "kop"
    if tag == "p" or any(t == "al" or t.endswith("-al") for t in classes):
        return "al"
    if tag in ("ul", "ol", "dl"):
        return "lijst"
    if tag in ("li", "dd"):
        return "li"
    if tag == "dt":
        return "li.nr"
    if tag == "br":
        return "br"
    if classes and tag == "div":
        return "divisie" if any(t.endswith("divisie") for t in classes) else "groep"
    return "span" if tag in ("span", "a", "em", "strong", "b", "i", "sup", "sub", "u") else tag


def content_root(root: Any) -> Any:
    """The publication inside the page: ``div.officiele-publicatie``, else ``#broodtekst``,
    else the body."""
    for element in root.iter():
        if isinstance(element.tag, str) and "officiele-publicatie" in _classes(element):
            return element
    for element in root.iter():
        if isinstance(element.tag, str) and element.get("id") == "broodtekst":
            return element
    body = root.find(".//body")
    return body if body is not None else root


def xhtml_to_op(root: Any) -> Any:
    """A new element tree in the XML vocabulary holding the publication of an HTML page."""
    from lxml import etree

    source = content_root(root)
    out = etree.Element("officiele-publicatie")
    notes = _footnotes(root)
    held = {id(note) for note in notes.values()} | {id(n) for n in _note_holders(root)}

    def copy(node: Any, parent: Any) -> None:
        for child in node:
            if not isinstance(child.tag, str):
                if child.tail:
                    _append_text(parent, child.tail)
                continue
            tag = child.tag.lower()
            if tag in ("script", "style", "noscript", "form", "input", "button"):
                if child.tail:
                    _append_text(parent, child.tail)
                continue
            if (
                child.get("id") in ("inhoudsopgave", "kopregel", "voetregel", "noten")
                or {"toc", "note-close"} & set(_classes(child))
                or id(child) in held
            ):
                if child.tail:
                    _append_text(parent, child.tail)
                continue
            target = (child.get("href") or "").lstrip("#")
            if tag == "a" and "nootnum" in _classes(child) and target in notes:
                parent.append(_note_element(notes[target], child))
                continue
            name = _name(child, parent.tag)
            if name == "br":
                _append_text(parent, " " + (child.tail or ""))
                continue
            if name == "li.nr" or (
                tag == "span"
                and _name(node) == "li"
                and len(node)
                and node[0] is child
                and len((child.text or "").strip()) <= 4
                and not node.text
            ):
                name = "li.nr"
            element = etree.SubElement(parent, name)
            element.text = child.text
            copy(child, element)
            element.tail = child.tail

    copy(source, out)
    return out


def _note_holders(root: Any) -> list[Any]:
    """The footnote bodies of the page (``<div class="voet noot ...">``)."""
    return [
        e
        for e in root.iter()
        if isinstance(e.tag, str) and "noot" in _classes(e) and e.tag.lower() in ("div", "p")
    ]


def _footnotes(root: Any) -> dict[str, Any]:
    """Anchor id -> footnote body element: the ``id`` of the note itself, of its ``nootnum``
    span and of any anchor inside it (citations point at any of these)."""
    found: dict[str, Any] = {}
    for note in _note_holders(root):
        for element in note.iter():
            if not isinstance(element.tag, str):
                continue
            for key in (element.get("id"), element.get("name")):
                if key:
                    found.setdefault(key, note)
    return found


def _note_element(note: Any, citation: Any) -> Any:
    """``<noot><noot.nr>1</noot.nr><noot.al>...</noot.al></noot>`` for a rendered footnote."""
    from lxml import etree

    element = etree.Element("noot", type="voet")
    number = next(
        (e for e in note.iter() if isinstance(e.tag, str) and "nootnum" in _classes(e)), None
    )
    label = " ".join((number.text_content() if number is not None else "").split())
    etree.SubElement(element, "noot.nr").text = label or " ".join(citation.text_content().split())
    for paragraph in note.iter("p"):
        if "note-close" not in _classes(paragraph):
            etree.SubElement(element, "noot.al").text = " ".join(paragraph.text_content().split())
    element.tail = citation.tail
    return element


def _append_text(parent: Any, text: str) -> None:
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text

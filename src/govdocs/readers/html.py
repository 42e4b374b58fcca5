"""Web pages and HTML fragments (lxml.html): main content only, title and date from the metadata.

**Decoding.** The bytes are decoded once, here, and lxml is given the decoded string (never bytes
it would have to guess for): a byte-order mark wins; then the declared encoding (``<meta
charset>``, ``http-equiv`` content type, XML declaration; ``iso-8859-1``/``ascii`` read as their
superset ``cp1252``, as browsers do); bytes that are valid UTF-8 with non-ASCII text are read as
UTF-8 even when the page declares a single-byte code page (warning ``encoding_mismatch``); a
declaration the bytes do not fit, or none, falls back to detection
(:func:`govdocs.readers.text.decode`). ``RawDocument.encoding`` says what was used.

**Main content.** Parsing never touches the network. Scripts, styles, hidden elements, forms,
navigation, asides, and headers/footers outside the article are dropped; so are elements whose
class or id names page chrome (menu, cookie banner, breadcrumb, share bar, sidebar ...) unless
they hold most of the page's text. The content root is the largest ``itemprop=articleBody`` /
``<article>`` / ``<main>`` / ``role=main`` element, else the innermost element holding nearly all
paragraph text. When that gives less than :data:`MIN_ARTICLE_CHARS` characters, the page is read
again with fewer filters and the longest result is kept (as Readability.js does), so a page with
text never comes out empty.

**Blocks** keep their role: ``h1``-``h6`` headings with levels, paragraphs (``<p>`` and runs of
text directly inside ``div``/``section``/``td``..., split at ``<br><br>``), list items with their
nesting level, quotes, data tables (rows on lines, cells joined by `` | ``; layout tables are read
as containers), captions and ``<pre>`` with its lines. Fragments without ``<html>``/``<body>`` are
read the same way; their title is the ``<title>`` or first ``<h1>``, else none.

**The publisher's pages** (``DC.identifier`` naming a publication and ``OVERHEIDop.*`` meta
tags) are not read as web pages: their classes are the official XML's element names, so they are
mapped onto that vocabulary and read by the XML walker (:mod:`govdocs.readers.op_family`).
"""

from __future__ import annotations

import codecs
import copy
import re
from collections.abc import Iterator
from typing import Any

from ..document import RawBlock, RawDocument
from ..errors import CorruptDocumentError
from ..models import SourceFormat, Warning
from ._source import SourceBytes

__all__ = ["MIN_ARTICLE_CHARS", "decode_html", "read"]

#: Below this much text the page is read again with fewer filters (Readability.js: 500).
MIN_ARTICLE_CHARS = 500

_ALWAYS_DROP = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "math",
    "button",
    "select",
    "input",
    "textarea",
    "object",
    "embed",
    "canvas",
    "head",
)
_CHROME_TAGS = ("nav", "aside", "form", "dialog")
#: dropped only outside the article: an article's own header holds its title and lead
_PAGE_CHROME_TAGS = ("header", "footer")
_CHROME_CLASS = re.compile(
    r"(?i)(?:^|[\s_-])(cookies?|consent|gdpr|banner|menu|nav|navbar|navigation|breadcrumbs?|"
    r"share|sharing|social|footer|header|masthead|skip|skiplinks?|search|related|follow-up|sidebar|"
    r"toolbar|popup|modal|newsletter|subscribe|comments?|advert|ads?|promo|sponsored)(?:[\s_-]|$)"
)
_HIDDEN_STYLE = re.compile(r"(?i)(display\s*:\s*none|visibility\s*:\s*hidden)")
_CONTAINERS = frozenset(
    {
        "div", "section", "article", "main", "body", "html", "header", "footer", "center",
        "td", "th", "tr", "tbody", "thead", "tfoot", "table", "form", "fieldset", "details",
        "summary", "figure", "ul", "ol", "dl", "li", "dd", "dt", "blockquote", "address",
        "hgroup", "nav", "aside",
    }
)  # fmt: skip
_BLOCK_TAGS = frozenset(
    {"p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "hr", "tr"}
)
#: elements that start a new block wherever they are
_BLOCKISH = _CONTAINERS | _BLOCK_TAGS
_HEADING = re.compile(r"h[1-6]")
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")
_WS = re.compile(r"\s+")
# characters XML cannot hold (NUL, C0 controls) make lxml fail later, when nodes are edited
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


# --------------------------------------------------------------------------- decoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
#: as browsers do (WHATWG Encoding): these labels mean windows-1252
_AS_CP1252 = {"latin_1", "iso8859_1", "ascii", "cp1252"}


def _declared_encoding(data: bytes) -> tuple[str | None, str | None]:
    """``(codec name, label as written)`` of the encoding the page declares, if any."""
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not match:
        return None, None
    label = match.group(1).decode("ascii", "replace")
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None, label
    return ("cp1252" if name in _AS_CP1252 else name), label


def decode_html(src: SourceBytes) -> tuple[str, str, list[Warning]]:
    """``(text, encoding, warnings)``: the page decoded once, as described in the module doc."""
    from .text import decode, decode_source

    data = src.data
    warnings: list[Warning] = []
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = decode(src)
        return text, encoding, warnings
    declared, label = _declared_encoding(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if declared and declared != "utf_8" and not text.isascii():
            warnings.append(
                Warning(
                    code="encoding_mismatch",
                    message=f"the page declares {label} but its bytes are valid UTF-8 "
                    "(with non-ASCII text); read as UTF-8",
                )
            )
        return text, "utf-8", warnings
    if declared and declared not in ("utf_8", "utf_16", "utf_32"):
        try:
            return data.decode(declared), declared.replace("_", "-"), warnings
        except (UnicodeDecodeError, LookupError):
            pass
    decoded = decode_source(src)
    text, encoding = decoded.text, decoded.encoding
    warnings.extend(decoded.warnings())  # encoding_guess, with its confidence
    if label:
        warnings.append(
            Warning(
                code="encoding_mismatch",
                message=f"the page declares {label} but its bytes are not {label}; "
                f"read as {encoding} (detected)",
            )
        )
    return text, encoding, warnings


# --------------------------------------------------------------------------- helpers


def _tag(element: Any) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _text(element: Any) -> str:
    return _WS.sub(" ", element.text_content()).strip()


def _meta(root: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        content = meta.get("content")
        if key and content and key not in found:
            found[key] = content.strip()
    return found


def _drop(element: Any) -> None:
    if element.getparent() is not None:
        element.drop_tree()  # keeps the tail text


def _inside(element: Any, tags: frozenset[str]) -> bool:
    return any(
        _tag(a) in tags or a.get("itemprop") == "articleBody" for a in element.iterancestors()
    )


def _remove_hidden(root: Any) -> None:
    for element in list(root.iter(*_ALWAYS_DROP)):
        _drop(element)
    for element in list(root.iter()):
        if not _tag(element) or element.getparent() is None:
            continue
        if (
            element.get("hidden") is not None
            or _HIDDEN_STYLE.search(element.get("style") or "")
            or element.get("aria-hidden") == "true"
        ):
            _drop(element)


def _remove_chrome(root: Any, *, by_class: bool) -> None:
    for element in list(root.iter(*_CHROME_TAGS)):
        _drop(element)
    for element in list(root.iter(*_PAGE_CHROME_TAGS)):
        if not _inside(element, frozenset({"article", "main"})):
            _drop(element)
    if not by_class:
        return
    body = root.find("body")
    chars = _paragraph_chars(body if body is not None else root)
    total = max(chars.values(), default=0)
    for element in list(root.iter()):
        tag = _tag(element)
        if not tag or element.getparent() is None or tag in ("html", "body", "main", "article"):
            continue
        marker = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not _CHROME_CLASS.search(marker):
            continue
        # chrome is never most of the page's paragraph text: a layout wrapper named
        # "...-sidebar-right" or "page_header" that holds the article is kept
        if total > 200 and chars.get(element, 0) > 0.5 * total:
            continue
        _drop(element)


# --------------------------------------------------------------------------- content root


_RUN_CONTAINERS = frozenset({"div", "section", "article", "main", "td", "blockquote", "center"})
_INLINE_TEXT = ("span", "b", "i", "em", "strong", "font", "small", "sup", "sub", "code", "q")


def _paragraph_chars(root: Any) -> dict[Any, int]:
    """Characters of paragraph text (``p``, ``pre`` and direct text runs of containers) under
    each element, leaving out link text: menus and link lists are not paragraphs."""
    chars: dict[Any, int] = {}
    for element in root.iter():
        tag = _tag(element)
        if tag in ("p", "pre"):
            own = len(_text(element)) - sum(len(_text(a)) for a in element.iter("a"))
        elif tag in _RUN_CONTAINERS:
            own = len((element.text or "").strip()) + sum(
                len((c.tail or "").strip()) + (len(_text(c)) if _tag(c) in _INLINE_TEXT else 0)
                for c in element
            )
        else:
            continue
        if own < 25:
            continue
        node = element
        while node is not None:
            chars[node] = chars.get(node, 0) + own
            node = node.getparent()
    return chars


def _content_root(body: Any) -> Any:
    candidates = [
        *body.xpath(".//*[@itemprop='articleBody']"),
        *body.iter("article"),
        *body.iter("main"),
        *body.xpath(".//*[@role='main']"),
    ]
    sized = [(len(_text(c)), c) for c in candidates]
    sized = [(n, c) for n, c in sized if n > 200]
    if sized:
        best_len = max(n for n, _ in sized)
        # the first (most specific kind) of the candidates holding nearly all candidate text
        for n, c in sized:
            if n >= 0.6 * best_len:
                return c
    chars = _paragraph_chars(body)
    top = chars.get(body, 0)
    if top < MIN_ARTICLE_CHARS:  # a short page: all of it (chrome is gone already)
        return body
    best = body
    for element in body.iter():
        if chars.get(element, 0) >= 0.85 * top:
            best = element  # iteration is in document order: later hits are deeper
    return best


# --------------------------------------------------------------------------- blocks


class _Builder:
    def __init__(self, root: Any) -> None:
        self.blocks: list[RawBlock] = []
        self.run: list[str] = []
        self.holders = _block_holders(root)

    def has_block(self, element: Any) -> bool:
        return element in self.holders

    def flush(self) -> None:
        text = _WS.sub(" ", "".join(self.run)).strip()
        self.run = []
        if text:
            self.blocks.append(RawBlock(text=text, attrs={"element": "text"}))

    def add(self, text: str, tag: str, hint: str | None = None, **kwargs: Any) -> None:
        self.flush()
        text = text.strip()
        if text:
            attrs: dict[str, Any] = {"element": tag}
            self.blocks.append(RawBlock(text=text, hint=hint, attrs=attrs, **kwargs))

    def walk(self, element: Any, list_level: int = 0) -> None:
        """Blocks of ``element``'s children; its own text and inline children form runs."""
        if element.text:
            self.run.append(element.text)
        previous_br = False
        for child in element:
            tag = _tag(child)
            if tag == "br":
                if previous_br:
                    self.flush()
                else:
                    self.run.append("\n")
                previous_br = True
            elif not tag:
                previous_br = False
            elif tag in _BLOCKISH or self.has_block(child):
                previous_br = False
                self.flush()
                self.block(child, tag, list_level)
            else:
                if child.text_content().strip():
                    previous_br = False
                self.run.append(child.text_content())
            if child.tail:
                if child.tail.strip():
                    previous_br = False
                self.run.append(child.tail)
        self.flush()

    def block(self, child: Any, tag: str, list_level: int) -> None:
        if _HEADING.fullmatch(tag):
            self.add(_text(child), tag, "heading", level=int(tag[1]))
        elif tag == "p":
            if self.has_block(child):
                self.walk(child, list_level)
            else:
                self.add(_text(child), tag)
        elif tag == "pre":
            lines = [_WS.sub(" ", line).strip() for line in child.text_content().splitlines()]
            self.add("\n".join(line for line in lines if line), tag)
        elif tag in ("ul", "ol"):
            self.walk(child, list_level + 1)
        elif tag == "li":
            self._list_item(child, max(1, list_level))
        elif tag == "table":
            if _is_data_table(child):
                self._table(child)
            else:
                for cell in child.iter("td", "th"):
                    if not any(_tag(a) == "table" for a in _ancestors_until(cell, child)):
                        self.walk(cell, list_level)
        elif tag == "blockquote":
            before = len(self.blocks)
            self.walk(child, list_level)
            for block in self.blocks[before:]:
                if block.hint is None:
                    block.hint = "quote"
                    block.attrs["element"] = "blockquote"
        elif tag in ("figcaption", "caption"):
            self.add(_text(child), tag, "caption")
        elif tag in ("dt", "dd"):
            if self.has_block(child):
                self.walk(child, list_level)
            else:
                self.add(_text(child), tag)
        elif tag == "hr":
            return
        else:
            self.walk(child, list_level)

    def _list_item(self, item: Any, level: int) -> None:
        if not self.has_block(item):
            self.add(_text(item), "li", "list_item", level=level)
            return
        # text before the first block child is the item's own line; nested lists go deeper
        before = len(self.blocks)
        self.walk(item, level)
        for block in self.blocks[before:]:
            if block.hint is None and block.attrs.get("element") in ("text", "p"):
                block.hint, block.level = "list_item", level
                block.attrs["element"] = "li"

    def _table(self, table: Any) -> None:
        rows = []
        for row in table.iter("tr"):
            if any(_tag(a) == "table" for a in _ancestors_until(row, table)):
                continue
            cells = [_text(c) for c in row if _tag(c) in ("td", "th")]
            if any(cells):
                rows.append(" | ".join(cells))
        caption = table.find("caption")
        if caption is not None and _text(caption):
            self.add(_text(caption), "caption", "caption")
        if rows:
            self.add("\n".join(rows), "table", "table")


def _ancestors_until(element: Any, stop: Any) -> Iterator[Any]:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return
        yield ancestor


def _block_holders(root: Any) -> set[Any]:
    """Elements holding block-level elements (so they are read as containers), in one pass."""
    holders: set[Any] = set()
    for element in root.iter():
        if _tag(element) in _BLOCKISH:
            for ancestor in element.iterancestors():
                if ancestor in holders:
                    break
                holders.add(ancestor)
    return holders


def _is_data_table(table: Any) -> bool:
    """Data table (rows and columns) rather than page layout (after Readability.js)."""
    if (table.get("role") or "").lower() == "presentation":
        return False
    if table.find(".//table") is not None:
        return False
    if table.find(".//th") is not None or table.find(".//thead") is not None:
        return True
    rows = [r for r in table.iter("tr")]
    if len(rows) < 2:
        return False
    columns = max(len([c for c in r if _tag(c) in ("td", "th")]) for r in rows)
    if columns < 2:
        return False
    for cell in table.iter("td"):
        if any(
            _tag(d) in ("p", "div", "ul", "ol", "h1", "h2", "h3") for d in cell.iterdescendants()
        ):
            return False
        if len(_text(cell)) > 400:
            return False
    return True


def _blocks(root: Any, *, by_class: bool, chrome: bool) -> list[RawBlock]:
    tree = copy.deepcopy(root)
    if chrome:
        _remove_chrome(tree, by_class=by_class)
    body = tree.find("body")
    body = body if body is not None else tree
    builder = _Builder(body)
    content = _content_root(body) if chrome else body
    if content is not body:
        builder.block(content, _tag(content), 0)
    else:
        builder.walk(content)
    return builder.blocks


def _prose(blocks: list[RawBlock]) -> int:
    """Characters in paragraph-like blocks of some length: what menus and link lists lack."""
    return sum(len(b.text) for b in blocks if b.hint in (None, "quote") and len(b.text) >= 80)


def _extract(root: Any) -> list[RawBlock]:
    """Blocks of the main content; read again with fewer filters when that comes out short
    and the lighter filtering finds clearly more prose (a short page stays short)."""
    best = _blocks(root, by_class=True, chrome=True)
    if sum(len(b.text) for b in best) >= MIN_ARTICLE_CHARS:
        return best
    for by_class, chrome in ((False, True), (False, False)):
        blocks = _blocks(root, by_class=by_class, chrome=chrome)
        if _prose(blocks) > 2 * _prose(best) + 100 or not best:
            best = blocks
    return best


# --------------------------------------------------------------------------- entry point


def read(src: SourceBytes, options: Any) -> RawDocument:
    import lxml.html
    from lxml import etree

    text, encoding, warnings = decode_html(src)
    text = _XML_DECL.sub("", _BAD_CHARS.sub("", text).lstrip("\ufeff"), count=1)
    parser = lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
    )
    try:
        root: Any = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise CorruptDocumentError(f"cannot parse HTML: {exc}", path=src.path) from exc
    from .op_family import is_publisher_html, meta_tags

    tags = meta_tags(root)
    if is_publisher_html(tags):
        return _publication(src, root, options, tags, encoding, warnings)
    meta = _meta(root)
    title_el = root.find(".//title")
    page_title = _text(title_el) if title_el is not None else ""
    _remove_hidden(root)
    h1_el = root.find(".//body//h1")  # before chrome is dropped: some sites put it in a header
    h1 = _text(h1_el) if h1_el is not None else None
    blocks = _extract(root)
    title = (
        meta.get("og:title") or h1 or meta.get("dcterms.title") or _TITLE_SUFFIX.sub("", page_title)
    )
    times = [t.get("datetime") for t in root.iter("time") if t.get("datetime")]
    date = (
        meta.get("dcterms.issued")
        or meta.get("article:published_time")
        or meta.get("date")
        or meta.get("dc.date")
        or (times[0] if times else None)
    )
    return RawDocument(
        path=src.path,
        sha256=src.sha256,
        size=src.size,
        format=SourceFormat.html,
        media_type="text/html",
        reader="html",
        blocks=blocks,
        encoding=encoding,
        metadata={
            "title": _WS.sub(" ", title).strip() or None if title else None,
            "date": date,
            "publisher": meta.get("dcterms.creator") or meta.get("og:site_name"),
            "url": meta.get("og:url") or meta.get("dcterms.identifier"),
            "type": (meta.get("dcterms.type") or meta.get("og:type") or "").lower() or None,
            "language": meta.get("dcterms.language") or root.get("lang"),
        },
        warnings=warnings,
    )


def _publication(
    src: SourceBytes,
    root: Any,
    options: Any,
    tags: dict[str, list[str]],
    encoding: str,
    warnings: list[Warning],
) -> RawDocument:
    """A page of the publisher (``DC.identifier`` + ``OVERHEIDop.*``): its classes are the XML's
    element names, so it is mapped onto that vocabulary and read by the XML walker."""
    from .op_family import xhtml_to_op
    from .xml import build_raw

    return build_raw(
        src,
        xhtml_to_op(root),
        options,
        source_format=SourceFormat.html,
        media_type="application/xhtml+xml",
        reader="html",
        tags=tags,
        encoding=encoding,
        warnings=warnings,
    )

"""Government web pages (lxml.html): main content only, title and date from the page's metadata.

Parsing never touches the network. Scripts, styles, navigation, headers, footers, asides,
forms and elements whose class or id names a menu, cookie banner, breadcrumb, share bar or
footer are dropped before text is taken; the content root is ``<main>``/``<article>`` or else
the element holding most paragraph text. Blocks keep their role (``h1``-``h6`` headings with
levels, paragraphs, list items, quotes, tables).
"""

from __future__ import annotations

import re
from typing import Any

from ..document import RawBlock, RawDocument
from ..errors import CorruptDocumentError
from ..models import SourceFormat
from ._source import SourceBytes

__all__ = ["read"]

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "input",
    "textarea",
    "object",
    "embed",
    "canvas",
)
_DROP_CLASS = re.compile(
    r"(?i)(^|[\s_-])(cookie|consent|banner|menu|nav|navigation|breadcrumbs?|share|social|"
    r"footer|header|skip|search|related|follow-up|sidebar|toolbar|popup|modal|newsletter)([\s_-]|$)"
)
_BLOCK_TAGS = {
    "p",
    "li",
    "blockquote",
    "pre",
    "table",
    "dd",
    "dt",
    "figcaption",
    "caption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
}
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


def _text(element: Any) -> str:
    return re.sub(r"\s+", " ", element.text_content()).strip()


def _meta(root: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        content = meta.get("content")
        if key and content and key not in found:
            found[key] = content.strip()
    return found


def _content_root(body: Any) -> Any:
    for xpath in (".//main", ".//article", ".//*[@role='main']"):
        found = (
            body.find(xpath)
            if not xpath.startswith(".//*[")
            else next(iter(body.xpath(xpath)), None)
        )
        if found is not None and len(_text(found)) > 200:
            return found
    best, best_len = body, 0
    for element in body.iter("div", "section"):
        length = sum(len(_text(p)) for p in element.iter("p"))
        if length > best_len:
            best, best_len = element, length
    return best if best_len > 200 else body


def _walk(element: Any, blocks: list[RawBlock]) -> None:
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if not tag:
            continue
        if tag in _BLOCK_TAGS:
            if tag == "table":
                rows = [
                    " | ".join(_text(c) for c in row if isinstance(c.tag, str))
                    for row in child.iter("tr")
                ]
                text = "\n".join(r for r in rows if r.strip(" |"))
                if text:
                    blocks.append(RawBlock(text=text, hint="table", attrs={"element": tag}))
                continue
            if tag == "li" and child.find(".//p") is not None:
                _walk(child, blocks)
                continue
            if tag == "blockquote" and len([c for c in child if isinstance(c.tag, str)]) > 0:
                for para in child.iter("p"):
                    if _text(para):
                        blocks.append(
                            RawBlock(
                                text=_text(para), hint="quote", attrs={"element": "blockquote"}
                            )
                        )
                continue
            text = _text(child)
            if not text:
                continue
            hint = {
                "li": "list_item",
                "blockquote": "quote",
                "figcaption": "caption",
                "caption": "caption",
            }.get(tag)
            level = int(tag[1]) if re.fullmatch(r"h[1-6]", tag) else None
            blocks.append(
                RawBlock(
                    text=text,
                    hint="heading" if level else hint,
                    level=level,
                    attrs={"element": tag, "class": child.get("class") or ""},
                )
            )
        else:
            _walk(child, blocks)


def read(src: SourceBytes, options: Any) -> RawDocument:
    import lxml.html
    from lxml import etree

    from .text import decode

    text, encoding = decode(src)
    # characters XML cannot hold (NUL, C0 controls) make lxml fail later, when nodes are edited
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text)
    parser = lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
    )
    try:
        root: Any = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise CorruptDocumentError(f"cannot parse HTML: {exc}", path=src.path) from exc
    meta = _meta(root)
    h1_el = root.find(".//body//h1")  # before chrome is dropped: some sites put it in a header
    h1 = _text(h1_el) if h1_el is not None else None
    title_el = root.find(".//title")
    page_title = _text(title_el) if title_el is not None else ""
    for element in list(root.iter(*_DROP_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        marker = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _DROP_CLASS.search(marker) and element.tag not in ("html", "body", "main", "article"):
            element.drop_tree()
    body = root.find("body") if root.find("body") is not None else root
    blocks: list[RawBlock] = []
    _walk(_content_root(body), blocks)
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
            "title": re.sub(r"\s+", " ", title).strip() if title else None,
            "date": date,
            "publisher": meta.get("dcterms.creator") or meta.get("og:site_name"),
            "url": meta.get("og:url") or meta.get("dcterms.identifier"),
            "type": (meta.get("dcterms.type") or meta.get("og:type") or "").lower() or None,
            "language": meta.get("dcterms.language") or root.get("lang"),
        },
    )

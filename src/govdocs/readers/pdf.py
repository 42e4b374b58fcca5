"""PDF -> positioned lines: the pypdf backend (the reference), and the backend choice.

Two backends produce the same positioned lines: this module with pypdf (always installed) and
:mod:`govdocs.readers.pdf_pdfium` with pypdfium2 (the default, several times faster);
``pdf_backend="auto"`` takes PDFium when it is installed. The record's ``source.reader`` says
which one read the file (``pdf/pypdf`` or ``pdf/pdfium``).

pypdf's plain text extraction decides word spacing well, but has no positions; its visitor
callback gives every text fragment's position, font and size, but no spacing. This reader runs
both in one pass and aligns them character by character (pypdf only inserts whitespace between
fragments), so every printed line gets its text *and* its geometry: x/y, dominant font size,
bold/italic, and which characters are raised and smaller (superscript footnote marks).

Letter spacing (``P agina 1 van 7``, ``A rbeidsinspectie``): Word writes tracked or kerned text
as ``TJ`` arrays such as ``[(P) -174 (agina)]``; pypdf turns every negative offset of at least
0.95 x half a space into a space, and -174 is just over half of Verdana's 352-unit space. A real
word gap in a ``TJ`` array is close to a whole space, so before pypdf reads each ``TJ`` the
reader splits offsets between 0.45 and 0.75 of the current font's space width into pieces pypdf
ignores (the pen moves by the same total). Glyphs placed apart by separate text operators are
left to the normaliser's ``letterspaced_capital`` rule.

Cells printed side by side (signatures set in a table, table columns, mastheads) come out of
pypdf as one text line; the reader cuts such a line where the next fragment starts more than
3 em (plus 0.6 em per word space, for justified text) right of where the text before it ends,
measured with the font's /Widths, so each cell is a line of its own with its own x0.

Output: :class:`~govdocs.document.RawDocument` with ``lines`` (every printed line, all pages, in
content order: text, page, x0/y0/x1/y1 in PDF points with y growing upwards, dominant font size,
bold/italic, font name, superscript ranges), ``blocks`` (one per line: a simple fallback for
kinds that do not need positions), ``pages``, ``page_sizes`` and the PDF info dictionary in
``metadata["pdf"]``. Pages without a text layer give a ``no_text_layer`` warning (no OCR).

The structure stage (:mod:`govdocs.structure.pdf_layout`) classifies these lines into body text,
page furniture and footnotes. The reader itself only reads.

Broken files: pypdf's log lines during a read become ``pdf_warning`` warnings (deduplicated,
counted) instead of stderr; a page that cannot be read (no MediaBox, damaged content) is left
out with a ``page_skipped`` warning, and the file is refused only when no page can be read.
Every refusal says what is wrong in words (:func:`plain`), the dependency's exception chained.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import itertools
import logging
import math
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..budget import checkpoint, pages_known
from ..document import Line, RawBlock, RawDocument
from ..errors import (
    ConversionTimeoutError,
    CorruptDocumentError,
    DocumentTooLargeError,
    EncryptedDocumentError,
)
from ..models import NormalisationEdit, SourceFormat, Warning
from ._source import SourceBytes

__all__ = ["BACKENDS", "PageRead", "assemble", "backend_for", "plain", "read", "read_pages"]

_WS = re.compile(r"\s")


@dataclass
class _Fragment:
    text: str
    x: float
    y: float
    size: float
    font: str
    #: glyph widths (em) of the fragment's font, and the width used for glyphs it does not state
    glyphs: dict[str, float] = field(default_factory=dict)
    fallback: float = 0.62

    def advance(self, char: str) -> float:
        """Width of ``char`` in this fragment's font, in em."""
        return self.glyphs.get(char, self.fallback)


def _font_name(font_dict: Any) -> str:
    try:
        return str(font_dict.get("/BaseFont", "")) if font_dict else ""
    except Exception:  # pragma: no cover - malformed font dictionaries
        return ""


def _space_width(font: Any) -> float | None:
    """Width of the space glyph (1/1000 em) of a simple font, ``None`` when it is not stated."""
    try:
        font = font.get_object()
        widths = font.get("/Widths")
        if widths is None:
            return None
        widths = widths.get_object()
        index = 32 - int(font.get("/FirstChar", 0))
        width = float(widths[index]) if 0 <= index < len(widths) else 0.0
    except Exception:  # odd font dictionaries: leave pypdf's spacing alone
        return None
    return width if width > 0 else None


def _tracking_guard(page: Any) -> Callable[[Any, Any, Any, Any], None]:
    """A ``visitor_operand_before`` hook that keeps letter spacing from becoming word spaces."""
    try:
        fonts = page["/Resources"].get_object()["/Font"].get_object()
    except Exception:
        fonts = {}
    cache: dict[str, float | None] = {}
    current: list[float | None] = [None]

    def before(operator: Any, operands: Any, cm: Any, tm: Any) -> None:
        if operator == b"Tf" and operands:
            name = str(operands[0])
            if name not in cache:
                cache[name] = _space_width(fonts[name]) if name in fonts else None
            current[0] = cache[name]
            return
        width = current[0]
        if operator != b"TJ" or not width or not operands:
            return
        array = operands[0]
        if not isinstance(array, list):
            return
        index = 1
        while index < len(array) - 1:
            item = array[index]
            if isinstance(item, (int, float)) and 0.45 * width <= -float(item) < 0.75 * width:
                pieces = math.ceil(-float(item) / (0.3 * width))
                array[index : index + 1] = [float(item) / pieces] * pieces
                index += pieces
            else:
                index += 1

    return before


_FALLBACK_EM = 0.62  # average glyph width (em) when a font states none: rather too wide
#: text shown smaller than this (points) is no printed text: nobody can read it. Typesetting
#: systems hide anchors and codes so ("24/04/2015A00200" at 0.1 pt before each speaker of a
#: parliament's record, glued to the words that follow it)
UNREADABLE_PT = 1.0


def _glyph_widths(font: Any) -> tuple[dict[str, float], float]:
    """Glyph widths (em) of a simple font's WinAnsi-like codes, and the fallback width."""
    widths: dict[str, float] = {}
    try:
        font = font.get_object()
        stated = font.get("/Widths")
        if stated is None:
            return widths, _FALLBACK_EM
        stated = [float(w) for w in stated.get_object()]
        first = int(font.get("/FirstChar", 0))
        for index, width in enumerate(stated):
            if width > 0:
                char = (
                    bytes([first + index]).decode("cp1252", "replace")
                    if first + index < 256
                    else ""
                )
                if char and char != "\ufffd":
                    widths[char] = width / 1000
        known = [w for w in widths.values() if w > 0]
        return widths, (max(known) * 0.5 + sum(known) / len(known) * 0.5) if known else _FALLBACK_EM
    except Exception:  # odd font dictionaries: estimate
        return {}, _FALLBACK_EM


def _split_points(
    text: str, offsets: list[tuple[int, int]], fragments: list[_Fragment], size: float
) -> list[int]:
    """Character offsets where a printed line has a wide horizontal gap: two cells, columns or
    side-by-side signatures that pypdf put on one text line.

    pypdf reports a fragment's start reliably only where a text positioning operator put it, so
    the gap is measured against where the text before it would end when set from the line's
    start (glyph widths from the font), with room for stretched word spaces in justified text.
    """
    owner = dict(offsets)
    start = fragments[offsets[0][1]]
    points: list[int] = []
    pen = 0.0  # em, from the start of the line
    spaces = 0
    previous = offsets[0][1]
    for offset, char in enumerate(text):
        index = owner.get(offset)
        if index is not None and index != previous:
            right = fragments[index]
            gap = right.x - (start.x + pen * size)
            slack = max(3.0 * size, 18.0) + 0.6 * size * spaces
            if abs(right.y - start.y) < 0.5 * size and gap > slack:
                points.append(offset)
                start, pen, spaces = right, 0.0, 0
        if index is not None:
            previous = index
        if char.isspace():
            spaces += 1
        pen += fragments[previous].advance(char)
    return points


class Turn:
    """A page's coordinates as a viewer shows the page, turned by its /Rotate (a scanned
    letter stored on its side with ``/Rotate 270``, its OCR text running up the page): points
    and boxes of page space turned into the shown page's space, origin bottom left."""

    def __init__(self, degrees: int, mediabox: Any) -> None:
        self.degrees = degrees if degrees in (90, 180, 270) else 0
        try:
            x0, y0, x1, y1 = (float(v) for v in mediabox)
        except (TypeError, ValueError):
            x0, y0, x1, y1 = 0.0, 0.0, 0.0, 0.0
        self.left, self.bottom = min(x0, x1), min(y0, y1)
        self.right, self.top = max(x0, x1), max(y0, y1)

    def point(self, x: float, y: float) -> tuple[float, float]:
        if self.degrees == 90:
            return y - self.bottom, self.right - x
        if self.degrees == 180:
            return self.right - x, self.top - y
        if self.degrees == 270:
            return self.top - y, x - self.left
        return x, y

    def box(
        self, left: float, bottom: float, right: float, top: float
    ) -> tuple[float, float, float, float]:
        """``(left, bottom, right, top)`` of a box, turned."""
        if not self.degrees:
            return left, bottom, right, top
        (ax, ay), (bx, by) = self.point(left, bottom), self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _page_lines(page: Any, number: int, turn: Turn | None = None) -> list[Line]:
    fragments: list[_Fragment] = []
    font_widths: dict[int, tuple[dict[str, float], float]] = {}
    shown = turn or Turn(0, None)

    def visit(text: str, cm: Any, tm: Any, font_dict: Any, font_size: float) -> None:
        if not text:
            return
        # text space -> user space: position = tm translation through cm; size scaled likewise
        x = float(tm[4]) * float(cm[0]) + float(tm[5]) * float(cm[2]) + float(cm[4])
        y = float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
        x, y = shown.point(x, y)  # (as the page is shown: /Rotate)
        scale = (float(tm[0]) ** 2 + float(tm[1]) ** 2) ** 0.5 * (
            (float(cm[0]) ** 2 + float(cm[1]) ** 2) ** 0.5
        )
        size = abs(float(font_size) * (scale or 1.0))
        key = id(font_dict)
        if key not in font_widths:
            font_widths[key] = _glyph_widths(font_dict) if font_dict else ({}, _FALLBACK_EM)
        glyphs, fallback = font_widths[key]
        fragments.append(_Fragment(text, x, y, size, _font_name(font_dict), glyphs, fallback))

    plain = page.extract_text(visitor_text=visit, visitor_operand_before=_tracking_guard(page))
    # owner fragment of every non-whitespace character of the visitor stream
    owners: list[int] = []
    for index, fragment in enumerate(fragments):
        owners.extend(index for ch in fragment.text if not ch.isspace())
    lines: list[Line] = []
    cursor = 0
    for raw_line in plain.split("\n"):
        text = raw_line.strip()
        if not text:
            continue
        indices: list[int] = []
        offsets: list[tuple[int, int]] = []  # (char offset in text, fragment index)
        chars: list[str] = []
        for ch in text:
            if not ch.isspace():
                owner = owners[cursor] if cursor < len(owners) else None
                cursor += 1
                if owner is not None and fragments[owner].size < UNREADABLE_PT:
                    continue  # (too small to read: no printed text)
                if owner is not None:
                    indices.append(owner)
                    offsets.append((len(chars), owner))
            chars.append(ch)
        if not indices:
            continue
        kept = "".join(chars)
        if len(kept) != len(text):
            lead = len(kept) - len(kept.lstrip())
            text = kept.strip()
            offsets = [(offset - lead, index) for offset, index in offsets]
        size = Counter(round(fragments[i].size, 1) for i in indices).most_common(1)[0][0]
        cuts = [0, *_split_points(text, offsets, fragments, size), len(text)]
        for start, end in itertools.pairwise(cuts):
            part = [(o - start, i) for o, i in offsets if start <= o < end]
            piece = text[start:end]
            if part and piece.strip():
                lead = len(piece) - len(piece.lstrip())
                part = [(o - lead, i) for o, i in part]
                lines.append(
                    _make_line(
                        piece.strip(), number, [fragments[i] for _, i in part], part, fragments
                    )
                )
    return lines


def _make_line(
    text: str,
    page: int,
    frags: list[_Fragment],
    offsets: list[tuple[int, int]],
    fragments: list[_Fragment],
) -> Line:
    sizes: Counter[float] = Counter()
    for frag in frags:
        sizes[round(frag.size, 1)] += 1
    size = sizes.most_common(1)[0][0]
    main = [f for f in frags if round(f.size, 1) == size] or frags
    baseline = Counter(round(f.y, 1) for f in main).most_common(1)[0][0]
    bold_chars = sum(1 for f in frags if "bold" in f.font.lower() or "black" in f.font.lower())
    italic_chars = sum(
        1 for f in frags if "italic" in f.font.lower() or "oblique" in f.font.lower()
    )
    # superscripts: characters from fragments that are clearly smaller and raised
    sup: list[tuple[int, int]] = []
    for offset, index in offsets:
        frag = fragments[index]
        if frag.size < 0.85 * size and frag.y > baseline + 0.15 * size:
            if sup and sup[-1][1] == offset:
                sup[-1] = (sup[-1][0], offset + 1)
            else:
                sup.append((offset, offset + 1))
    x0 = min(f.x for f in frags)
    owner = dict(offsets)
    current = offsets[0][1]
    width = 0.0
    for offset, char in enumerate(text):
        current = owner.get(offset, current)
        width += fragments[current].advance(char)
    x1 = x0 + width * size
    y0 = baseline
    return Line(
        text=text,
        page=page,
        x0=round(x0, 2),
        y0=round(y0, 2),
        x1=round(x1, 2),
        y1=round(y0 + size, 2),
        size=size,
        bold=bold_chars > len(frags) / 2,
        italic=italic_chars > len(frags) / 2,
        font=Counter(f.font for f in main).most_common(1)[0][0],
        superscripts=tuple(sup),
    )


#: Plain words for what an exception from pypdf (or Python, inside pypdf) says about a file.
_PLAIN = (
    ("RecursionError", "its objects refer to each other without end"),
    ("AssertionError", "part of it cannot be parsed"),
    ("LimitReachedError", "it goes past one of pypdf's safety limits"),
    ("PdfStreamError", "a compressed stream in it is damaged"),
    ("NotImplementedError", "it uses a compression or feature pypdf cannot decode"),
    ("DeprecationError", "it uses a compression or feature pypdf cannot decode"),
    ("PageSizeNotDefinedError", "a page has no page size (MediaBox)"),
)
#: ... or by what pypdf's text names (checked first; the kind of exception refines it).
_TOLD_BY_TEXT = (
    ("/MediaBox", "it has no valid page size (MediaBox)"),
    ("/Kids", "its page tree is damaged"),
    ("/Pages", "its page tree is damaged"),
    ("page references", "its page tree refers to itself"),
    ("Trailer", "its trailer (the index at the end of the file) is damaged"),
    ("startxref", "its cross-reference table is missing or damaged"),
    ("Xref", "its cross-reference table is missing or damaged"),
    ("Root object", "its catalogue (the root object) is missing"),
)
#: Internals that make pypdf's own text no help to a reader of the message.
_INTERNAL = re.compile(
    r"[A-Z][a-z]+[A-Z]\w*|\bobject has no attribute\b|\bunhashable\b|\binstances of\b"
    r"|\bNoneType\b|\bb'|\\x[0-9a-f]{2}|@\d+"
)


_ABOUT_INSTALLATION = re.compile(r"\bis not installed\b|\bConsider installing\b")
_WRAPPED = re.compile(r"\b[A-Z]\w*(?:Error|Exception|Warning)\(([\"'])(.*?)\1\)")


def plain(exc: BaseException) -> str:
    """What is wrong, in words: a phrase chosen by the exception's kind, plus pypdf's own
    explanation where that is words too (never a class name, never empty)."""
    phrase = "its structure is damaged"
    said = str(exc)
    for key, text in _TOLD_BY_TEXT:
        if key in said:
            phrase = text
            break
    for klass in type(exc).__mro__ if phrase == "its structure is damaged" else ():
        found = next((text for name, text in _PLAIN if name == klass.__name__), None)
        if found:
            phrase = found
            break
    detail = " ".join(str(exc).split()).strip(" .:")
    if detail and not _INTERNAL.search(detail) and len(detail) <= 160:
        return f"{phrase} ({detail})"
    return phrase


class _PypdfLog(logging.Handler):
    """Collects pypdf's log lines of the current thread into counted, deduplicated messages."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.seen: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.thread:
            return
        message = " ".join(record.getMessage().split())
        if _ABOUT_INSTALLATION.search(message):
            return  # pypdf suggesting an optional package (fontTools): not a flaw of the file
        message = _WRAPPED.sub(r"\2", message)  # PdfReadError("...") -> ...
        if _INTERNAL.search(message):
            message = "its structure is damaged in places"
        if len(message) > 160:
            message = message[:157] + "..."
        self.seen[message] += 1

    def warnings(self) -> list[Warning]:
        out = []
        for message, count in self.seen.most_common(20):
            times = f" ({count} times)" if count > 1 else ""
            out.append(
                Warning(
                    code="pdf_warning",
                    message=f"pypdf worked around a flaw in the file: {message}{times}",
                )
            )
        return out


@contextlib.contextmanager
def _capture_pypdf_log() -> Iterator[_PypdfLog]:
    """Route pypdf's log lines into the record instead of stderr while a file is read."""
    logger = logging.getLogger("pypdf")
    handler = _PypdfLog()
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        if not logger.handlers:
            logger.setLevel(level)
            logger.propagate = propagate


#: ``pdf_backend`` values: ``auto`` is the ``GOVDOCS_PDF_BACKEND`` environment variable when it
#: names a backend, else PDFium when pypdfium2 is installed, else pypdf.
BACKENDS = ("auto", "pypdf", "pdfium")


def backend_for(choice: str) -> str:
    """The backend ``choice`` resolves to here (``pypdf`` or ``pdfium``)."""
    import os

    from . import pdf_pdfium

    if choice not in BACKENDS:
        raise ValueError(f"pdf_backend must be one of {', '.join(BACKENDS)}, not {choice!r}")
    if choice == "auto":
        pinned = os.environ.get("GOVDOCS_PDF_BACKEND", "").strip().lower()
        if pinned in ("pypdf", "pdfium"):
            return backend_for(pinned)
        return "pdfium" if pdf_pdfium.available() else "pypdf"
    if choice == "pdfium" and not pdf_pdfium.available():
        from ..errors import ReaderError

        raise ReaderError(
            "the pdfium PDF backend needs pypdfium2",
            hint="pip install pypdfium2 (a govdocs dependency)",
        )
    return choice


def read(src: SourceBytes, options: Any) -> RawDocument:
    if backend_for(getattr(options, "pdf_backend", "auto")) == "pdfium":
        from . import pdf_pdfium

        return pdf_pdfium.read(src, options)
    with _capture_pypdf_log() as log:
        raw = _read(src, options)
    raw.warnings.extend(log.warnings())
    return raw


def _read(src: SourceBytes, options: Any) -> RawDocument:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    limits = options.limits
    try:
        reader = PdfReader(io.BytesIO(src.data), strict=False)
        if reader.is_encrypted:
            password = options.password or ""
            try:
                ok = reader.decrypt(password)
            except DependencyError as exc:
                raise EncryptedDocumentError(
                    "PDF uses an encryption this installation cannot open",
                    path=src.path,
                    hint="pip install cryptography",
                ) from exc
            except (NotImplementedError, PdfReadError) as exc:
                raise EncryptedDocumentError(
                    f"cannot decrypt the PDF: {plain(exc)}", path=src.path
                ) from exc
            if not ok:
                raise EncryptedDocumentError(
                    "PDF is encrypted" + (" and the password is wrong" if options.password else ""),
                    path=src.path,
                    hint="give the password with --password",
                )
        count = len(reader.pages)
    except (EncryptedDocumentError, DocumentTooLargeError):
        raise
    except FileNotDecryptedError as exc:
        raise EncryptedDocumentError(
            "PDF is encrypted", path=src.path, hint="give the password with --password"
        ) from exc
    except Exception as exc:  # pypdf raises many types on broken files
        raise CorruptDocumentError(
            f"damaged or truncated PDF: {plain(exc)}", path=src.path
        ) from exc

    def read_page(number: int) -> PageRead:
        page = reader.pages[number - 1]
        box = page.mediabox
        # no visible area: pypdf's positions do not always carry the whole transformation (a
        # report's cover lines measured at y 1234-1411 on an 842-pt page), so a crop box test
        # would drop real text; PDFium's positions are exact
        turn = Turn(int(page.rotation or 0) % 360, (box.left, box.bottom, box.right, box.top))
        size = (float(box.width), float(box.height))
        if turn.degrees in (90, 270):
            size = size[::-1]  # (the page as shown, turned on its side)
        return PageRead(size, _page_lines(page, number, turn))

    def info() -> dict[str, Any]:
        found: dict[str, Any] = {}
        try:
            meta = reader.metadata
            if meta:
                for key in ("title", "author", "subject", "creator", "producer"):
                    value = getattr(meta, key, None)
                    if value:
                        found[key] = str(value)
        except Exception:  # pragma: no cover - broken info dictionaries are not worth failing for
            pass
        return found

    return read_pages(src, count, limits, read_page, plain, info, reader="pdf/pypdf")


class PageRead(NamedTuple):
    """One page as a backend read it: its size, its lines and the area a viewer shows (the
    crop box, in the lines' coordinates)."""

    size: tuple[float, float]
    lines: list[Line]
    visible: tuple[float, float, float, float] | None = None


def _outside(line: Line, box: tuple[float, float, float, float]) -> bool:
    """Whether a line lies wholly outside the visible page (printer's marks and slugs beyond
    the crop box, text pushed off the page): no reader of the page sees it; or runs past both
    its sides, a diagonal watermark measured along its baseline ("Public Archive – … | FOI
    by …" stamped across a released letter): no line of the page's text is wider than it."""
    left, bottom, right, top = box
    return (
        line.y0 >= top
        or line.y1 <= bottom
        or line.x0 >= right
        or line.x1 <= left
        or (line.x0 < left - 1 and line.x1 > right + 1)
    )


def read_pages(
    src: SourceBytes,
    count: int,
    limits: Any,
    read_page: Callable[[int], PageRead],
    describe: Callable[[BaseException], str],
    info: Callable[[], dict[str, Any]],
    *,
    reader: str,
) -> RawDocument:
    """The page loop of every backend: the page limit, the time budget (it grows with the page
    count; checked before each page), a page that cannot be read left out with its reason in
    words, text outside the visible page (crop box) left out and logged, and the reader's
    output assembled."""
    if count == 0:
        raise CorruptDocumentError("PDF has no pages", path=src.path)
    if count > limits.max_pages:
        raise DocumentTooLargeError(
            f"PDF has {count} pages, over the limit of {limits.max_pages}",
            path=src.path,
            hint="raise the limit if the document is genuine",
        )
    pages_known(count)  # the time budget grows with the page count
    lines: list[Line] = []
    sizes: list[tuple[float, float]] = []
    empty: list[int] = []
    skipped: list[tuple[int, str]] = []
    first_failure: Exception | None = None
    hidden: list[Line] = []
    overprinted: list[Line] = []
    for number in range(1, count + 1):
        checkpoint()
        try:
            size, page_lines, visible = read_page(number)
        except (EncryptedDocumentError, DocumentTooLargeError, ConversionTimeoutError):
            raise
        except Exception as exc:  # backends raise many types on broken pages
            skipped.append((number, describe(exc)))
            first_failure = first_failure or exc
            sizes.append(sizes[-1] if sizes else (595.0, 842.0))
            continue
        sizes.append(size)
        if visible is not None:
            hidden += [line for line in page_lines if _outside(line, visible)]
            page_lines = [line for line in page_lines if not _outside(line, visible)]
        page_lines, twice = _overprints_apart(page_lines)
        overprinted += twice
        if not page_lines:
            empty.append(number)
        lines.extend(page_lines)
    raw = assemble(
        src,
        lines=lines,
        sizes=sizes,
        count=count,
        skipped=skipped,
        empty=empty,
        info=info(),
        first_failure=first_failure,
        reader=reader,
    )
    raw.repairs += [
        NormalisationEdit(rule="outside_page", before=line.text, after="") for line in hidden
    ]
    raw.repairs += [
        NormalisationEdit(rule="overprint", before=line.text, after="") for line in overprinted
    ]
    return raw


#: text printed again over itself (a heavier look made by printing twice, a label printed
#: over its field) stands this close (pt) to the first print
_OVERPRINT_PT = 1.5


def _overprints_apart(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A page's lines with the second prints of overprinted text left out: a line that starts
    where another starts (same baseline, within ``_OVERPRINT_PT``) and whose text is that
    line's text (the later print is left out) or its beginning ("Subject:" printed over
    "Subject: Re: …"). The page shows it once; read twice it would be two lines of text."""
    rows: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        rows.setdefault(round(line.y0), []).append(index)
    dropped: set[int] = set()
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        key = round(line.y0)
        for at in (o for k in (key - 1, key, key + 1) for o in rows.get(k, ())):
            other = lines[at]
            longer = len(other.text.strip()) > len(text)
            if (
                at != index
                and at not in dropped
                and abs(other.y0 - line.y0) <= _OVERPRINT_PT
                and abs(other.x0 - line.x0) <= _OVERPRINT_PT
                and other.text.strip().startswith(text)
                and (longer or at < index)
            ):
                dropped.add(index)
                break
    if not dropped:
        return lines, []
    return (
        [line for i, line in enumerate(lines) if i not in dropped],
        [line for i, line in enumerate(lines) if i in dropped],
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def assemble(
    src: SourceBytes,
    *,
    lines: list[Line],
    sizes: list[tuple[float, float]],
    count: int,
    skipped: list[tuple[int, str]],
    empty: list[int],
    info: dict[str, Any],
    first_failure: Exception | None,
    reader: str,
) -> RawDocument:
    """The reader's output from a backend's lines, whichever backend read them: refusal when no
    page could be read, warnings for skipped pages and pages without a text layer."""
    if len(skipped) == count:
        number, reason = skipped[0]
        raise CorruptDocumentError(
            f"no page of the PDF can be read (page {number}: {reason})", path=src.path
        ) from first_failure
    warnings: list[Warning] = []
    for number, reason in skipped:
        warnings.append(
            Warning(
                code="page_skipped",
                message=f"page {number} of {count} cannot be read and is left out: {reason}",
            )
        )
    if empty:
        which = ", ".join(map(str, empty[:20])) + ("…" if len(empty) > 20 else "")
        warnings.append(
            Warning(
                code="no_text_layer",
                message=f"page(s) {which} have no text layer (scanned images?); "
                "govdocs does not do OCR, so their content is missing",
            )
        )
    # a lone UTF-16 surrogate (a broken ToUnicode map) cannot be written as JSON: U+FFFD
    lines = [
        dataclasses.replace(line, text=_SURROGATE.sub("\ufffd", line.text))
        if _SURROGATE.search(line.text)
        else line
        for line in lines
    ]
    info = {k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in info.items()}
    blocks = [
        RawBlock(text=line.text, page=line.page, font_size=line.size, bold=line.bold)
        for line in lines
    ]
    return RawDocument(
        path=src.path,
        sha256=src.sha256,
        size=src.size,
        format=SourceFormat.pdf,
        media_type="application/pdf",
        reader=reader,
        blocks=blocks,
        lines=lines,
        pages=count,
        page_sizes=sizes,
        metadata={"pdf": info},
        warnings=warnings,
    )

"""PDF -> positioned lines with pypdfium2 (PDFium, the PDF engine of Chromium), the fast backend.

Same output as the pypdf reader (:mod:`govdocs.readers.pdf`): every printed line with its text
and geometry, so the layout and structure stages cannot tell which backend read the file. PDFium
gives every character its box, baseline origin and text object; the reader walks the characters
in content order and starts a new line where PDFium ends one (a generated line break), where the
baseline moves by more than a superscript would, where the pen jumps back left, or where a gap
is wider than 4 em plus 0.6 em per word space (cells printed side by side: the rule of the
pypdf reader, measured on glyph boxes). Font size is the font's size times the text matrix scale; bold and italic
come from the font's base name and weight, as with pypdf.

PDFium runs in-process and is native code: the page count is checked against the limits before
any page is read, the time budget is checked per page, and every PDFium error is refused in the
govdocs error tree naming the file. A crash inside PDFium cannot be caught in-process: batches
convert in worker processes (``--workers``) where a crash fails only that file.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
import math
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..document import Line, RawDocument
from ..errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
)
from ._source import SourceBytes
from .pdf import UNREADABLE_PT, PageRead, Turn, plain, read_pages

__all__ = ["available", "read"]

#: PDFium is not thread-safe: one document at a time per process.
_lock = threading.Lock()
_LINE_BREAKS = "\n\r"
#: Characters that print nothing (line breaks and spaces).
_NOT_PRINTED = {0x0A, 0x0D, 0x20, 0xA0, 0x09}
#: PDFium's marks for a hyphen it recognised at a line end, and for a soft hyphen.
_HYPHENS = {"\ufffe": "-", "\x02": "-"}
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
_SECURITY_ERROR = 5  # FPDF_ERR_SECURITY
#: PDFium's load errors (FPDF_ERR_*) in words.
_LOAD_ERRORS = {
    2: "the file cannot be opened",
    3: "it is not a PDF, or its structure (cross-reference table, trailer) is damaged",
    6: "its page tree or a page is damaged",
}
#: A gap PDFium fills with a space is a word gap only from this many em (advance to advance);
#: letter spacing (tracking) measures 0.1-0.15 em, word gaps 0.25 em and more.
TRACKING_EM = 0.2
#: Cells printed side by side are cut apart at a gap of this many em (plus 0.6 em per word
#: space). Measured from glyph boxes, which are wider than the pypdf reader's advance widths,
#: so a little more than its 3 em: table columns 3.7 em apart stay one row, as with pypdf.
CELL_GAP_EM = 4.0
#: A narrow made-up space is a word gap when it is this many em wider than the letter gaps
#: before it (measured: word spaces of 0.19 em after tight letters; 0.14 em spaces PDFium
#: made up between letters set 0.06 em apart).
WORD_EXCESS_EM = 0.12
#: Glyph boxes further apart than this with no space character between them may be words
#: apart (a first, cheap test on tight boxes; the advance boxes decide).
GLYPH_SPACE_EM = 0.15
#: ... and their advance boxes this far apart (a title's narrow word space measured 0.2 em).
ADVANCE_SPACE_EM = 0.15


def available() -> bool:
    """Whether pypdfium2 is installed (a dependency of govdocs; missing only in a stripped
    environment)."""
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True, eq=False)
class _Font:  # compared by identity: one per font of a page, cheap to hash
    name: str
    bold: bool
    italic: bool


@dataclass(slots=True)
class _Char:
    text: str
    x0: float
    x1: float
    y: float
    size: float
    font: _Font


def read(src: SourceBytes, options: Any) -> RawDocument:
    with _lock:
        return _read(src, options)


def _read(src: SourceBytes, options: Any) -> RawDocument:
    import pypdfium2 as pdfium

    limits = options.limits
    try:
        document = pdfium.PdfDocument(src.data, password=options.password)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == _PASSWORD_ERROR:
            raise EncryptedDocumentError(
                "PDF is encrypted" + (" and the password is wrong" if options.password else ""),
                path=src.path,
                hint="give the password with --password",
            ) from exc
        if code == _SECURITY_ERROR:
            raise EncryptedDocumentError(
                "PDF uses an encryption this installation cannot open", path=src.path
            ) from exc
        raise CorruptDocumentError(
            f"damaged or truncated PDF: {_LOAD_ERRORS.get(code or 0, 'its structure is damaged')}",
            path=src.path,
        ) from exc

    def read_page(number: int) -> PageRead:
        page = document[number - 1]
        try:
            # (the size as a viewer shows the page: turned by its /Rotate)
            size = (float(page.get_width()), float(page.get_height()))
            turn = Turn(int(page.get_rotation() or 0) % 360, page.get_mediabox())
            crop = _visible(page.get_cropbox())
            return PageRead(size, _page_lines(page, number, turn), crop and turn.box(*crop))
        finally:
            page.close()

    try:
        return read_pages(
            src,
            len(document),
            limits,
            read_page,
            _words,
            lambda: _info(document),
            reader="pdf/pdfium",
        )
    finally:
        document.close()


def _visible(box: Any) -> tuple[float, float, float, float] | None:
    """The crop box as ``(left, bottom, right, top)``, corners put in order (a damaged file may
    store them swapped); ``None`` (no test) when it has no area or holds no numbers."""
    try:
        x0, y0, x1, y1 = (float(v) for v in box)
    except (TypeError, ValueError):
        return None
    left, right = sorted((x0, x1))
    bottom, top = sorted((y0, y1))
    if (
        not all(map(math.isfinite, (left, right, bottom, top)))
        or right - left < 1
        or top - bottom < 1
    ):
        return None
    return left, bottom, right, top


def _words(exc: BaseException) -> str:
    """What is wrong with a page, in words (PDFium's messages name PDFium, not the problem)."""
    import pypdfium2 as pdfium

    if isinstance(exc, pdfium.PdfiumError):
        return "the page cannot be loaded (its content or resources are damaged)"
    return plain(exc)


def _info(document: Any) -> dict[str, Any]:
    info: dict[str, Any] = {}
    try:
        meta = document.get_metadata_dict(skip_empty=True)
    except Exception:  # pragma: no cover - a broken info dictionary is not worth failing for
        return info
    for key in ("title", "author", "subject", "creator", "producer"):
        value = meta.get(key.capitalize())
        if value:
            info[key] = str(value)
    return info


def _font(raw: Any, address: int | None, buffer: Any, fonts: dict[int | None, _Font]) -> _Font:
    """The font at ``address`` (a text object's, :attr:`_Calls.font_of`), read once per font
    of the page (``fonts``)."""
    known = fonts.get(address)
    if known is not None:
        return known
    name = ""
    weight = 400
    italic_angle = ctypes.c_int(0)
    if address:
        font = ctypes.cast(address, raw.FPDF_FONT)
        size = raw.FPDFFont_GetBaseFontName(font, buffer, len(buffer))
        name = buffer.raw[: max(size - 1, 0)].decode("latin-1")
        weight = raw.FPDFFont_GetWeight(font)
        if not raw.FPDFFont_GetItalicAngle(font, italic_angle):
            italic_angle.value = 0
    lower = name.lower()
    bold = "bold" in lower or "black" in lower or weight >= 600
    italic = "italic" in lower or "oblique" in lower or italic_angle.value != 0
    fonts[address] = _Font(name, bold, italic)
    return fonts[address]


def _paired(units: list[int]) -> list[str]:
    """One string per character index from UTF-16 code units: a surrogate pair becomes its
    character at the first index and nothing at the second; a lone surrogate (a broken
    ToUnicode map) becomes U+FFFD, so no record carries text JSON cannot encode."""
    out: list[str] = []
    skip = False
    for index, unit in enumerate(units):
        if skip:
            out.append("")
            skip = False
        elif (
            0xD800 <= unit < 0xDC00
            and index + 1 < len(units)
            and 0xDC00 <= units[index + 1] < 0xE000
        ):
            out.append(chr(0x10000 + ((unit - 0xD800) << 10) + (units[index + 1] - 0xDC00)))
            skip = True
        elif 0xD800 <= unit < 0xE000:
            out.append("\ufffd")
        else:
            out.append(chr(unit))
    return out


def _page_text(raw: Any, handle: Any, count: int) -> str | None:
    """The page's characters in one call, one per character index (``None`` when a character
    outside the BMP makes UTF-16 units and indices disagree)."""
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    written = raw.FPDFText_GetText(
        handle, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    )
    text = buffer.raw[: 2 * max(written - 1, 0)].decode("utf-16-le", errors="replace")
    return text if len(text) == count else None


def _page_lines(page: Any, number: int, turn: Turn | None = None) -> list[Line]:
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        count = raw.FPDFText_CountChars(handle)
        text_all: str | list[str] | None = _page_text(raw, handle, count)
        if text_all is None:
            text_all = _paired([raw.FPDFText_GetUnicode(handle, i) for i in range(count)])
        calls = _calls(raw)
        object_at, char_box, is_generated = calls.object_at, calls.char_box, calls.is_generated
        address = ctypes.cast(handle, ctypes.c_void_p).value  # the text page, as a plain int
        left, right = ctypes.c_double(), ctypes.c_double()
        bottom, top = ctypes.c_double(), ctypes.c_double()
        left_at, right_at = ctypes.addressof(left), ctypes.addressof(right)
        bottom_at, top_at = ctypes.addressof(bottom), ctypes.addressof(top)
        matrix = raw.FS_MATRIX()
        buffer = ctypes.create_string_buffer(256)
        turn = turn or Turn(0, None)
        turned = turn.degrees != 0  # most pages are not: no call per character then
        loose_box = raw.FS_RECTF()
        loose_at = ctypes.addressof(loose_box)

        def loose(at: int) -> tuple[float, float]:
            """Character ``at``'s advance box, left and right as the page is shown."""
            calls.loose_box(address, at, loose_at)
            left_, _, right_, _ = turn.box(
                loose_box.left, loose_box.bottom, loose_box.right, loose_box.top
            )
            return left_, right_

        #: per text object (one show operation): size, pen start x, baseline, font, and the
        #: closest and furthest a next glyph of it may follow without a second look
        styles: dict[int, tuple[float, float, float, _Font, float, float]] = {}
        fonts: dict[int | None, _Font] = {}
        lines: list[Line] = []
        current: list[_Char] = []
        spaces = 0  # spaces seen since the last printed character

        def flush() -> None:
            nonlocal spaces
            if current:
                line = _make_line(current, number)
                if line is not None:
                    lines.append(line)
                current.clear()
            spaces = 0

        last: _Char | None = None  # the last printed character of the current line
        last_index = -1
        generated: int | None = None  # index of a space PDFium made up after ``last``
        previous_key = -1
        run = 0  # glyphs of the current text object so far, in a row
        before = 0  # ... and of the object before it
        for index, text in enumerate(text_all):
            if not text:
                continue  # the second half of a character outside the BMP
            if text in _LINE_BREAKS:
                # PDFium ends a line wherever the baseline moves, also for a footnote mark in
                # front of its text: the geometry below decides; a break in the text itself
                # (not generated) is a line end
                if is_generated(address, index) != 1:
                    flush()
                    last, generated = None, None
                continue
            text = _HYPHENS.get(text, text)
            if text.isspace():
                if last is not None:
                    spaces += 1
                    current.append(_Char(" ", last.x1, last.x1, last.y, last.size, last.font))
                    if is_generated(address, index) == 1:
                        generated = index
                continue
            key = object_at(address, index) or 0
            style = styles.get(key)
            if style is None:
                raw.FPDFText_GetMatrix(handle, index, matrix)
                scale = math.hypot(matrix.a, matrix.b) or 1.0
                size = round(abs(raw.FPDFText_GetFontSize(handle, index) * scale), 1)
                font = (
                    _font(raw, calls.font_of(key), buffer, fonts)
                    if key
                    else _Font("", False, False)
                )
                near, far = -2.0 * size, GLYPH_SPACE_EM * max(size, 1.0)
                pen_x, baseline = turn.point(matrix.e, matrix.f)
                style = styles[key] = (size, pen_x, baseline, font, near, far)
            if style[0] < UNREADABLE_PT:
                continue  # (too small to read: no printed text)
            char_box(address, index, left_at, right_at, bottom_at, top_at)
            if turned:
                glyph_left, _, glyph_right, _ = turn.box(
                    left.value, bottom.value, right.value, top.value
                )
            else:
                glyph_left, glyph_right = left.value, right.value
            # the pen position where a show operation starts, else the glyph's left edge
            same = key == previous_key
            last_run, last_before = run, before
            if not same:
                before, run = run, 0
            run += 1
            x0 = glyph_left if same else style[1]
            previous_key = key
            x1 = glyph_right
            char = _Char(text, x0, x1 if x1 > x0 else x0, style[2], style[0], style[3])
            if same and spaces == 0 and last is not None:
                # the next glyph of the same show operation (same baseline, size and font),
                # set close: nothing below can break the line or put a space in
                gap = x0 - last.x1
                if style[4] <= gap <= style[5]:
                    current.append(char)
                    last, last_index = char, index
                    continue
            if generated is not None and last is not None and spaces == 1:
                # PDFium reads tracked text (letter spacing written as TJ offsets) as words
                # apart: a space it made up where the pen moved less than a fifth of an em is
                # letter spacing, not a word gap (the pypdf reader's tracking guard, here).
                # Tracked text spaces the letters before the gap as widely; a narrow word
                # space in an untracked font (0.2 em) follows letters set tight.
                # (glyphs placed each in an object of its own, two in a row before the gap,
                # are measured in the size they are shown at: such text layers scale a 1 pt
                # font up, "N O T I C E")
                gap, last_left = _advance_gap(loose, last_index, index)
                shown = last.size if last_run == 1 and last_before == 1 and not same else None
                if gap < TRACKING_EM * max(char.size, 1.0) and _tracked(
                    raw, handle, last_index, last_left, gap, loose, shown
                ):
                    current.pop()
                    spaces = 0
            generated = None
            if last is not None:
                body = max(last.size, char.size)
                gap = char.x0 - last.x1
                moved = abs(char.y - last.y)
                smaller, larger = char.size < 0.85 * last.size, last.size < 0.85 * char.size
                # a footnote mark goes up in a smaller size, and the text comes back down
                # (or down, for a subscript: CO2), attached to the character before it
                mark = moved < body and (
                    (smaller and char.y > last.y)
                    or (larger and last.y > char.y)
                    or ((smaller or larger) and gap < 0.3 * body)
                    # a note's number raised before its text, in a size close to it (8.2 pt
                    # over 9 pt: "1" / "The expectation that …")
                    or (last.y > char.y and gap < 1.5 * body and _label_only(current))
                )
                # a bullet or list number in its own size starts the line it belongs to
                bullet = len(current) <= 2
                if (
                    (moved > 0.5 * body and not mark)
                    or gap < -2.0 * body
                    or gap > CELL_GAP_EM * body + 0.6 * body * spaces
                    # another size beside it, not raised: another cell (a sidebar line)
                    or (
                        (smaller or larger)
                        and not (mark or bullet)
                        and (moved > 0.05 * body or gap > 0.5 * body)
                    )
                ):
                    while current and current[-1].text == " ":
                        current.pop()
                    flush()
            if (
                current
                and last is not None
                and spaces == 0
                and current[-1] is last
                and _word_gap(current, char)
            ):
                # no space character, but the glyphs stand a word space apart: measured again
                # on the advance widths (loose boxes; tight boxes leave a "1" or a "." wide
                # margins), against the letter gaps before it (letter-spaced text)
                advance_gap, last_left = _advance_gap(loose, last_index, index)
                em = max(last.size, char.size, 1.0)
                if advance_gap > ADVANCE_SPACE_EM * em and not _tracked(
                    raw, handle, last_index, last_left, advance_gap, loose
                ):
                    # a space the text layer left out ("peer review2025")
                    current.append(_Char(" ", last.x1, last.x1, last.y, last.size, last.font))
            spaces = 0
            current.append(char)
            last, last_index = char, index
        flush()
        return _rejoin(lines)
    finally:
        textpage.close()


def _label_only(chars: list[_Char]) -> bool:
    """Whether the line so far is a note's number alone ("1", "12")."""
    printed = [char.text for char in chars if char.text != " "]
    return 0 < len(printed) <= 3 and all(text.isdigit() for text in printed)


def _advance_gap(
    loose: Callable[[int], tuple[float, float]], last: int, index: int
) -> tuple[float, float]:
    """The gap between the advance boxes (``loose``: left and right of a character's loose
    box) of characters ``last`` and ``index``, and the left edge of ``last``'s box."""
    last_left, before = loose(last)
    return loose(index)[0] - before, last_left


def _word_gap(current: list[_Char], char: _Char) -> bool:
    """Whether ``char`` may stand a word space after the last character of ``current`` although
    no space character separates them: on the same baseline, their tight boxes more than
    ``GLYPH_SPACE_EM`` apart (and less than a table cell). A cheap first test: the advance
    boxes and the letter gaps before them decide (see the caller)."""
    last = current[-1]
    em = max(last.size, char.size, 1.0)
    gap = char.x0 - last.x1
    return GLYPH_SPACE_EM * em < gap <= CELL_GAP_EM * em and abs(char.y - last.y) <= 0.2 * em


def _tracked(
    raw: Any,
    handle: Any,
    last: int,
    last_left: float,
    gap: float,
    loose: Callable[[int], tuple[float, float]],
    shown: float | None = None,
) -> bool:
    """Whether a narrow generated space is letter spacing: its gap exceeds the gaps between the
    printed characters just before it (up to four pairs, median) by less than
    ``WORD_EXCESS_EM``. Tracked text and loosely set fonts space their letters nearly as widely
    as PDFium's made-up space; a narrow word space (0.2 em) follows letters set tight.
    ``loose`` gives a character's advance box, left and right. The excess is counted in the
    font's own size, or in ``shown``, the size the glyph is shown at, where given."""
    gaps: list[float] = []
    left = last_left
    for index in range(last - 1, max(last - 5, -1), -1):
        if raw.FPDFText_GetUnicode(handle, index) in _NOT_PRINTED:
            break
        box_left, box_right = loose(index)
        gaps.append(max(left - box_right, 0.0))
        left = box_left
    if not gaps:
        # nothing to compare with: a narrow gap after a letter or a leader dot is letter
        # spacing; after a dash or other sign standing alone ("Design – Certificate") it is a
        # word space
        sign = chr(raw.FPDFText_GetUnicode(handle, last))
        return sign.isalnum() or sign in ".·…_"  # dot leaders are spaced like letters
    size = max(shown or float(raw.FPDFText_GetFontSize(handle, last)), 1.0)
    return bool(gap - sorted(gaps)[len(gaps) // 2] < WORD_EXCESS_EM * size)


def _rejoin(lines: list[Line]) -> list[Line]:
    """Join the pieces of one printed line that the content stream interrupted with another
    object (a body line, then the sidebar's reference, then the rest of the body line): same
    baseline, size and font, the piece starting where the line ended (within 1.2 em)."""
    out: list[Line] = []
    for line in lines:
        for i in range(len(out) - 1, max(len(out) - 4, -1), -1):
            head = out[i]
            gap = line.x0 - head.x1
            if (
                abs(head.y0 - line.y0) < 0.05 * line.size
                and head.size == line.size
                and head.font == line.font
                and -0.2 * line.size <= gap <= 1.2 * line.size
            ):
                joint = " " if gap > 0.15 * line.size else ""
                shift = len(head.text) + len(joint)
                out[i] = Line(
                    text=head.text + joint + line.text,
                    page=head.page,
                    x0=head.x0,
                    y0=head.y0,
                    x1=line.x1,
                    y1=head.y1,
                    size=head.size,
                    bold=head.bold and line.bold,
                    italic=head.italic and line.italic,
                    font=head.font,
                    superscripts=head.superscripts
                    + tuple((a + shift, b + shift) for a, b in line.superscripts),
                )
                break
        else:
            out.append(line)
    return out


@dataclass(frozen=True)
class _Calls:
    """PDFium's per-character functions taking plain addresses (the text page's, the boxes'):
    called once or more per character, and ctypes' checks of typed pointers cost as much as
    the calls themselves (measured: 1.65 -> 0.77 us a call)."""

    object_at: Any  # FPDFText_GetTextObject, the object's address as an int (hashable)
    char_box: Any  # FPDFText_GetCharBox
    loose_box: Any  # FPDFText_GetLooseCharBox
    is_generated: Any  # FPDFText_IsGenerated
    font_of: Any  # FPDFTextObj_GetFont, from and to addresses


@functools.cache
def _calls(raw: Any) -> _Calls:
    address, number = ctypes.c_void_p, ctypes.c_int
    return _Calls(
        object_at=ctypes.cast(
            raw.FPDFText_GetTextObject, ctypes.CFUNCTYPE(address, address, number)
        ),
        char_box=ctypes.cast(
            raw.FPDFText_GetCharBox,
            ctypes.CFUNCTYPE(number, address, number, address, address, address, address),
        ),
        loose_box=ctypes.cast(
            raw.FPDFText_GetLooseCharBox, ctypes.CFUNCTYPE(number, address, number, address)
        ),
        is_generated=ctypes.cast(
            raw.FPDFText_IsGenerated, ctypes.CFUNCTYPE(number, address, number)
        ),
        font_of=ctypes.cast(raw.FPDFTextObj_GetFont, ctypes.CFUNCTYPE(address, address)),
    )


def _make_line(chars: list[_Char], page: int) -> Line | None:
    while chars and chars[-1].text == " ":
        chars.pop()
    start = 0
    while start < len(chars) and chars[start].text == " ":
        start += 1
    chars = chars[start:]
    # runs of printed characters sharing font, size and baseline (a show operation's glyphs):
    # the line's size, baseline, font and weight are counted over them, not per character
    runs: list[list[Any]] = []  # [size, y, font, count]
    left, right = math.inf, -math.inf
    for char in chars:
        if char.text == " ":
            continue
        if runs and runs[-1][2] is char.font and runs[-1][0] == char.size and runs[-1][1] == char.y:
            runs[-1][3] += 1
        else:
            runs.append([char.size, char.y, char.font, 1])
        if char.x0 < left:
            left = char.x0
        if char.x1 > right:
            right = char.x1
    if not runs:
        return None
    size = _most(runs, 0)
    main = [run for run in runs if run[0] == size]
    baseline = round(_most(main, 1), 1)
    raised = [run[0] < 0.85 * size and run[1] > baseline + 0.15 * size for run in runs]
    label = _raised_label(chars, size, baseline)
    if any(raised) or label:
        text, superscripts = _text_with_marks(chars, size, baseline, label)
    else:
        text, superscripts = _SPACES.sub(" ", "".join([c.text for c in chars])), ()
        text = _letters_joined(text, chars, size)
    printed = sum(run[3] for run in runs)
    return Line(
        text=text,
        page=page,
        x0=round(left, 2),
        y0=round(baseline, 2),
        x1=round(right, 2),
        y1=round(baseline + size, 2),
        size=size,
        bold=sum(run[3] for run in runs if run[2].bold) > printed / 2,
        italic=sum(run[3] for run in runs if run[2].italic) > printed / 2,
        font=_most([[run[2].name, run[3]] for run in main], 0),
        superscripts=superscripts,
    )


_SPACES = re.compile(" {2,}")


_THREE_SINGLES = re.compile(r"(?:^|\s)\S\s\S\s\S(?:\s|$)")


def _letters_joined(text: str, chars: list[_Char], size: float) -> str:
    """``text`` of a line set letter-spaced with a space character after every letter ("P O L
    I T I Q U E   É N E R G É T I Q U E", a cover's display type) as words: the letters
    stand as far apart within a word, the words further (by more than a quarter em over the
    median letter gap); ``text`` itself for any other line."""
    if not _THREE_SINGLES.search(text):
        return text  # (most lines: no three single characters in a row)
    # (the tokens that hold a letter or digit: a dot leader's dots are no letters)
    tokens = [token for token in text.split(" ") if any(c.isalnum() for c in token)]
    if len(tokens) < 4 or sum(len(token) == 1 for token in tokens) < 0.7 * len(tokens):
        return text
    printed = [char for char in chars if char.text != " "]
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(printed)]
    if not gaps:
        return text
    median = sorted(gaps)[len(gaps) // 2]
    em = max(size, 1.0)
    wide = median + 0.25 * em
    letters = [char.text for char in printed if char.text.isalpha()]
    if (
        not any(gap > wide for gap in gaps)
        and not (
            # one word set in spaced capitals, its letters less than half an em apart (a line
            # PDFium read apart from the words beside it: "P R I L L Y")
            (letters and all(c.isupper() for c in letters) and max(gaps) < 0.5 * em)
            # ... or one capitalised word spaced out as a heading ("P r o t o k o l l")
            or (
                len(letters) == len(printed) >= 5
                and letters[0].isupper()
                and all(c.islower() for c in letters[1:])
                and max(gaps) < 0.5 * em
            )
        )
    ):
        return text  # single letters set apart by plain spaces (a list "a b c …")
    words = [printed[0].text]
    for gap, char in zip(gaps, printed[1:], strict=True):
        words.append(" " + char.text if gap > wide else char.text)
    return "".join(words)


def _most(runs: list[list[Any]], field: int) -> Any:
    """The value of ``field`` held by most characters of ``runs`` (the first seen on a tie)."""
    counts: dict[Any, int] = {}
    for run in runs:
        counts[run[field]] = counts.get(run[field], 0) + run[-1]
    return max(counts, key=counts.__getitem__)


def _raised_label(chars: list[_Char], size: float, baseline: float) -> int:
    """How many characters open the line as a note's number raised over it in a size close to
    the text's (8.2 pt over 9 pt: "1" / "The expectation that …"); 0 if none."""
    count = 0
    for char in chars:
        if char.text == " ":
            continue
        if char.text.isdigit() and char.size < size and char.y > baseline + 0.3 * size:
            count += 1
            continue
        break
    return count if 0 < count <= 3 and count < sum(c.text != " " for c in chars) else 0


def _text_with_marks(
    chars: list[_Char], size: float, baseline: float, label: int = 0
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The line's text, spaces collapsed, with the ranges of raised smaller characters (and of
    the ``label`` characters opening it, a note's raised number)."""
    text_parts: list[str] = []
    superscripts: list[tuple[int, int]] = []
    offset = 0
    previous_space = False
    printed = 0
    for char in chars:
        if char.text == " ":
            if previous_space:
                continue
            previous_space = True
        else:
            previous_space = False
            printed += 1
            if (char.size < 0.85 * size and char.y > baseline + 0.15 * size) or printed <= label:
                if superscripts and superscripts[-1][1] == offset:
                    superscripts[-1] = (superscripts[-1][0], offset + len(char.text))
                else:
                    superscripts.append((offset, offset + len(char.text)))
        text_parts.append(char.text)
        offset += len(char.text)
    return "".join(text_parts), tuple(superscripts)

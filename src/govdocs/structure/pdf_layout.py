r"""Page layout of PDF documents: body text, page furniture and footnotes told apart.

Lines are classified by *where and how* they are printed first, by what they say second:

* **sidebar**: the letterhead column on the right (ministry, addresses, Kenmerk, Bijlage(n)),
  printed left of nothing and right of ~62% of the page width;
* **furniture**: page numbers (``Pagina 1 van 7``, letter-spaced ``P agina``), return-address
  lines (``> Retouradres …``), ISSN and publisher lines, and any line repeated at the same place
  in the top or bottom band of several pages (running headers and footers);
* **footnotes**: lines in a smaller font below the last body-size line of a page, grouped by
  their leading label;
* **body**: everything else, rebuilt into paragraphs (vertical gaps, font and weight changes,
  list markers), with words hyphenated across line ends rejoined (real compound hyphens such as
  ``drone-exploitanten`` kept) and paragraphs split by a page break joined again.

Footnote marks in the body (raised small digits, or a trailing number such as ``Schiphol1.`` or
``jl.1,`` when it is the next footnote label) become references and leave the text.

Text boxes that the content stream draws after the running text (Word ``kaders``) are put back
where they are printed; a second column beside the first keeps its place.

API (for every PDF-based kind: letters, written questions, proceedings, Kamerstukken)::

    layout = analyse(raw, standalone=re.compile(r"^(Vraag|Antwoord) \d+"))
    layout.paragraphs   # list[Paragraph]: text, page, lines, size, bold, italic, x0,
                        #   footnote_labels (marks removed from the text, in order)
    layout.footnotes    # list[Footnote]: label, text, page
    layout.sidebar      # list[Line]: the letterhead column (ministry, Kenmerk, Datum ...)
    layout.furniture    # list[Line]: page numbers, running headers/footers, return address ...
    layout.body_size    # the body font size
    layout.edits        # list[Edit]: dehyphenate / rejoin_page_break repairs, for log_edit()

``standalone`` makes matching lines paragraphs of their own (and keeps them out of the running
header detection). :func:`link_footnotes` also serves text extractions: give it paragraphs
(``lines`` may be empty; set ``last_page`` when a paragraph crosses a page) and footnotes with
page numbers, and it moves unraised marks (``Schiphol1.``) into ``footnote_labels``.
:func:`join_lines` appends a line to running text with the hyphenation rules above.
:func:`is_page_number` recognises ``Pagina 1 van 7`` in any letter spacing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from .._bullets import BULLET
from ..document import Line, RawDocument
from ..normalise import keeps_hyphen, runs_on_after_dash

__all__ = [
    "Edit",
    "Footnote",
    "Layout",
    "Paragraph",
    "analyse",
    "attach_marks",
    "is_page_number",
    "join_lines",
    "link_footnotes",
]

SIDEBAR_X = 0.62
#: Letterhead columns are set smaller than the body (6.5 pt beside 9 pt in the rijkshuisstijl,
#: 7 beside 8.5 for provinces); right-aligned text of the body itself is not.
SIDE_TEXT_SIZE = 0.85
BAND = 0.10
#: Numbered running lines (page numbers, version and date lines) repeat a little further in.
WIDE_BAND = 0.16
#: the Nordic page count, the total in brackets ("1 (4)", "Sid 1 (1)", "Sivu 2 (3)")
NORDIC_PAGE_COUNT = r"(?:(?:Sid|Sida|Side|Sivu)\s*)?\d{1,3}\s*\(\d{1,3}\)"
_PAGE_NUMBER = re.compile(
    r"^(?:P\s?a\s?g\s?i\s?n\s?a|Page|Seite|Blz\.?|Blad|Pag\.?)\s*\d+(?:\s*(?:van|of|von|/|sur|de)\s*\d+)?$|"
    r"^[-–]?\s*\d{1,3}\s*[-–]?$|^\d{1,3}\s*(?:/|van|of|sur)\s*\d{1,3}$|"
    # the Nordic form, the count in brackets ("1 (4)", "Sid 1 (1)", "Sivu 2 (3)", "Side 1 av 3")
    rf"^{NORDIC_PAGE_COUNT}$|^Side\s*\d{{1,3}}\s*av\s*\d{{1,3}}$|"
    # the next page's number under a page, its own over it, in South Asian government papers
    # ("....2/-", "..2..")
    r"^(?:\.{2,}|…+)\s*\d{1,3}\s*(?:/-|\.{2,}|…+)$",
    re.IGNORECASE,
)
_FURNITURE = re.compile(
    r"^>\s*Retouradres|^ISSN\s*\d{4}\s*-?\s*\d{3}[\dXx]|^(?:ah|kst|h|blg|stb|stcrt)-[a-z]*-?\d{4,}[\w-]*$|^\s*(?:Uitgave van|Gepubliceerd door|"
    r"Sdu|’s-Gravenhage|Staatsdrukkerij)\b|officielebekendmakingen\.nl|"
    r"^(?:Tweede|Eerste) Kamer,? vergaderjaar \d{4}\s*[–-]\s*\d{4},",
    re.IGNORECASE,
)
#: Numbers stamped in a page's margin band: document numbers (Woo), barcodes (``*0268226*``),
#: UN job numbers (``02-68226 (E)``, with the dates it was processed and reissued after it:
#: ``19-15224 (E) 110919``, ``23-01234 (S) 090123 100123``; a letter after the number,
#: ``24-22530X (E) 191224``; Geneva's prefix, ``GE.25-11220 (E)``).
_STAMP = re.compile(r"^(?:\*?\d{4,12}\*?|(?:GE\.)?\d{2}-\d{5}[A-Z]?\s*\([A-Z]\)(?:\s+\d{6}){0,2})$")
#: a printer's imprint at the foot of a publication's last page, one line per trade ("Satz:
#: Satzweiss.com …", "Druck: Printsystem GmbH …", "Vertrieb: Bundesanzeiger Verlag …")
_IMPRINT = re.compile(r"^(?:Satz|Druck|Vertrieb|Herstellung|Gesamtherstellung)\s*:\s+\S")
#: a word processor's prompt left in an unfilled template field ("Klicka här för att ange
#: ev avsändare.", "Click here to enter text.", "Klik hier als u tekst wilt invoeren.")
_PLACEHOLDER = re.compile(
    r"^(?:Klicka här för att ange|Klikk her for å skrive inn|Klik her for at angive|"
    r"Click (?:or tap )?here to enter|Klik (?:of tik )?hier (?:om|als u)|"
    r"Cliquez (?:ou appuyez )?ici pour (?:entrer|taper)|Klicken Sie hier, um|"
    r"Hacer clic aquí para escribir|Fare clic qui per immettere)\b.{0,60}$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
#: a rule drawn with characters, nothing else on its line (not one of underscores: that one
#: sets a page's notes apart, :data:`_RULE_LINE`)
_CHARACTER_RULE = re.compile(r"^\s*(?!_+\s*$)[_=~*·./\\|–—-]{8,}\s*$")
_LIST_MARKER = re.compile(rf"^(?:\(?\d{{1,2}}[.)]|\(?[a-z][.)]|{BULLET})\s+\S")
#: a note's label and text; a day and month ("18 december 2019", "3 mars") is a date
_FOOTNOTE_START = re.compile(
    r"^(\d{1,3})\s+(?!(?:jan|feb|maa|mrt|mar|apr|mei|may|mai|jun|jui|jul|aug|ao[uû]|sep|okt|oct|"
    r"nov|dec|janv|févr|fevr|avr)[a-zé]*\.?\s+\d{4}\b)(\S.*)$",
    re.IGNORECASE,
)
#: a note's label with a slash, as typewritten UN documents set them ("1/ A/42/521-S/19085")
_SLASHED_LABEL = re.compile(r"^(\d{1,3})/(?=\s)")
#: a rule typed with underscores over a page's notes ("____________")
_RULE_LINE = re.compile(r"^_{6,}$")
#: a note's label with a full stop, as some publishers set them ("1. See ICAO/UNHCR Guide …"):
#: read as a note only where it goes on from the notes before it and the text of its page prints
#: its number raised (a small-print list does neither)
#: (or a closing bracket, as Polish and German legal texts set them: "1) Minister Zdrowia …")
_DOTTED_LABEL = re.compile(r"^(\d{1,3})[.)]\s+(?=\S)")
#: a note's label in brackets, as the EU's Official Journal sets them ("(1) OJ L 325, …")
_BRACKETED_LABEL = re.compile(r"^\((\d{1,3})\)(?=\s)")
_SENTENCE_END = re.compile(r"[.!?:;]['\"”’»)]*$")
_URL_TAIL = re.compile(r"(?:https?://|www\.)\S*-$", re.IGNORECASE)
#: a conjunction after a line-end hyphen: ``land-`` / ``en tuinbouw`` keeps hyphen and space
_ELIDED = re.compile(r"^(?:en|of|tot|noch|and|or)\b(?![-.,;:])", re.IGNORECASE)
# words around a number that make it a count, date or cross-reference, not a footnote mark
_NOT_BEFORE_MARK = re.compile(
    r"(?i)\b(?:nrs?|artikel|artikelen|art|vraag|vragen|antwoord|antwoorden|lid|pagina|blz|p|"
    r"hoofdstuk|bijlage|paragraaf|stap|fase|punt|versie|week|dag|kamerstuk|en|of|tot|t/m|van|"
    r"circa|ca|ruim|bijna|over|na|op|in|per|nummer|groep|niveau|klasse|the|and|of|no)\.?\s?$"
)
_NOT_AFTER_MARK = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|procent|%|jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|minuten|miljoen|"
    r"miljard|euro|keer|personen|mensen|leden|procentpunt|km|kilometer|meter|en\b|of\b|tot\b)"
)


@dataclass
class Edit:
    rule: str
    before: str
    after: str


@dataclass
class Paragraph:
    text: str
    page: int
    lines: list[Line]
    size: float
    bold: bool
    x0: float
    footnote_labels: list[str] = field(default_factory=list)
    italic: bool = False
    #: last page the paragraph runs onto, when it has no ``lines`` to tell (text extractions)
    last_page: int | None = None


@dataclass
class Footnote:
    label: str
    text: str
    page: int


@dataclass
class Layout:
    paragraphs: list[Paragraph]
    footnotes: list[Footnote]
    sidebar: list[Line]
    furniture: list[Line]
    body_size: float
    edits: list[Edit] = field(default_factory=list)


#: a contact detail: a postcode with its town, a Postbus, a web or e-mail address, a phone
_CONTACT = re.compile(
    r"\b\d{4} ?[A-Z]{2}\b|\bPostbus \d+|\bP\.?O\.? Box \d+|\bwww\.\S+|\S@\S+\.\w+|"
    r"\b(?:T|Tel|Tél|Phone|Fax)\.?:? ?\+?[\d() -]{6,}|\b\d{4,5} [A-ZÄÖÜ][a-zäöüß]+\b",
)
#: the dot leaders of a table of contents entry
_DOT_LEADERS = re.compile(r"(?:\.\s?){5,}|…{3,}")


def join_baseline_pieces(
    lines: list[Line], page_sizes: Sequence[tuple[float, float]] = ()
) -> list[Line]:
    """One printed line that the text layer holds as several pieces on the same baseline, as
    OCR layers of scanned letters do (``Betreft Aanvullende aanwijzing`` | ``leerling-`` | ``en
    doelgroepenvervoer``, each word group in a size of its own): consecutive pieces less than
    an em apart are joined. Bold and roman are kept apart (a label beside its value), and a
    raised smaller piece is a footnote mark, not a word; a body line does not run on into the
    letterhead column beside it (a column: two other lines or more of the page start where the
    piece starts, with nothing printed just left of them; the word groups of a wide line that
    crosses the column's position make no column)."""
    starts = _column_starts(lines)
    out: list[Line] = []
    for line in _labels_before_their_lines(lines):
        prev = out[-1] if out else None
        width = page_sizes[min(line.page, len(page_sizes)) - 1][0] if page_sizes else 595.0
        into_sidebar = (
            prev is not None
            and prev.x0 < width * SIDEBAR_X <= line.x0
            and sum(starts[line.page, round(line.x0) + d] for d in (-1, 0, 1)) >= 2
        )
        if prev is not None and not into_sidebar and _same_printed_line(prev, line):
            size = (prev.size * len(prev.text) + line.size * len(line.text)) / max(
                1, len(prev.text) + len(line.text)
            )
            out[-1] = replace(
                prev,
                text=f"{prev.text.rstrip()} {line.text.lstrip()}",
                x1=max(prev.x1, line.x1),
                y1=max(prev.y1, line.y1),
                size=round(size, 1),
                italic=prev.italic and line.italic,
                superscripts=(),
            )
        else:
            out.append(line)
    return out


def off_axis(line: Line, axis: float) -> float:
    """How far the middle of ``line`` lies from a vertical ``axis`` (0: centred on it)."""
    return abs((line.x0 + line.x1) / 2 - axis)


def _in_a_row(line: Line, page: list[Line]) -> bool:
    """Whether a short line of the page (a cell: a symbol, a code) stands left of ``line`` on
    its baseline, not itself a note's start: ``line`` is a cell of a table's row ("+" | "1 of
    meerdere keren …"), not the start of a note (notes set in two columns each start with
    their number, or run on in the column beside)."""
    return any(
        other is not line
        and abs(other.y0 - line.y0) < 1.0
        and other.x1 <= line.x0
        # (a cell is short: a symbol, a code; a long line is the column of notes beside it)
        and len(other.text.strip()) <= 15
        and not _FOOTNOTE_START.match(other.text.strip())
        and _opening_label(other) is None  # (its number raised: "²Ministerie van BZK …")
        for other in page
    )


def _labels_before_their_lines(lines: list[Line]) -> list[Line]:
    """``lines`` with each bare number (one to three digits) that the text layer draws apart
    from the line it labels (a paragraph's margin number, "10" | "Aufgrund der …", drawn after
    the page's text) moved right before that line: the first line of its page on its baseline
    that starts to its right within three ems, so that the pieces of the printed line join."""
    labels = [
        line
        for line in lines
        if len(line.text.strip()) <= 3 and line.text.strip().isdigit() and not line.superscripts
    ]
    if not labels:
        return lines
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        by_page[line.page].append(line)
    before: dict[int, Line] = {}  # id of the labelled line -> its label
    for label in labels:
        em = max(label.size, 1.0)
        partner = next(
            (
                other
                for other in by_page[label.page]
                if other is not label
                and abs(other.y0 - label.y0) <= 0.35 * em
                and 0 < other.x0 - label.x1 <= 3.0 * em
                # (in the text's regular weight: a court's bold numbers over a bold page are
                # left as they stand, the judges' names on the last one's baseline)
                and not (other.bold or label.bold)
                and other.text.strip()
                and not (len(other.text.strip()) <= 3 and other.text.strip().isdigit())
            ),
            None,
        )
        if partner is not None and id(partner) not in before:
            before[id(partner)] = label
    if not before:
        return lines
    moved = {id(label) for label in before.values()}
    out: list[Line] = []
    for line in lines:
        if id(line) in moved:
            continue
        if id(line) in before:
            out.append(before[id(line)])
        out.append(line)
    return out


#: a footnote's mark as a line of its own: a number, bare or in square brackets ("[5]")
_MARK_ALONE = re.compile(r"^(?:\d{1,3}|\[\d{1,3}\])$")


def attach_marks(lines: list[Line]) -> list[Line]:
    """Footnote marks the text layer holds as lines of their own (drawn in an object of their
    own, after the text): a number of one to three digits (bare, or in square brackets: the
    label is the number), smaller than a line of its
    page whose baseline lies a little below it, and standing right before that line (a
    footnote's label) or right after it (a mark at a line's end), is joined to the line as a
    raised mark. A mark inside a line is left alone (no glyph positions at this level)."""
    by_page: dict[int, list[int]] = defaultdict(list)
    marks: list[int] = []
    for index, line in enumerate(lines):
        text = line.text.strip()
        if _MARK_ALONE.match(text) and not line.superscripts:
            marks.append(index)
        else:
            by_page[line.page].append(index)
    if not marks:
        return lines
    out = list(lines)
    dropped: set[int] = set()
    for index in marks:
        mark = lines[index]
        best: tuple[float, int, bool] | None = None
        for other in by_page[mark.page]:
            host = out[other]
            em = host.size
            raised = mark.y0 - host.y0
            if not (mark.size < 0.8 * em and 0.1 * em <= raised <= 0.6 * em):
                continue
            before = host.x0 - mark.x1  # the mark stands before the line
            after = mark.x0 - host.x1  # ... or after it
            for gap, leading in ((before, True), (after, False)):
                if -0.2 * em <= gap <= 0.6 * em and (best is None or abs(gap) < best[0]):
                    best = (abs(gap), other, leading)
        if best is None:
            continue
        _, other, leading = best
        host, label = out[other], mark.text.strip().strip("[]")
        if leading:
            shift = len(label)
            out[other] = replace(
                host,
                text=label + host.text,
                x0=min(host.x0, mark.x0),
                superscripts=((0, shift), *((a + shift, b + shift) for a, b in host.superscripts)),
            )
        else:
            end = len(host.text)
            out[other] = replace(
                host,
                text=host.text + label,
                x1=max(host.x1, mark.x1),
                superscripts=(*host.superscripts, (end, end + len(label))),
            )
        dropped.add(index)
    return [line for index, line in enumerate(out) if index not in dropped]


def _column_starts(lines: list[Line]) -> dict[tuple[int, int], int]:
    """How many lines start at each (page, rounded x) with no piece of their baseline ending
    within two ems to their left (the left edges of columns, not of word groups)."""
    rows: dict[tuple[int, int], list[Line]] = defaultdict(list)
    for line in lines:
        rows[line.page, round(line.y0)].append(line)
    starts: dict[tuple[int, int], int] = defaultdict(int)
    for line in lines:
        reach = 2 * max(line.size, 1.0)
        row = [*rows[line.page, round(line.y0) - 1], *rows[line.page, round(line.y0)]]
        row += rows[line.page, round(line.y0) + 1]
        if not any(
            other is not line and line.x0 - reach <= other.x1 <= line.x0 + 0.5 for other in row
        ):
            starts[line.page, round(line.x0)] += 1
    return starts


def _same_printed_line(prev: Line, line: Line) -> bool:
    em = max(prev.size, line.size, 1.0)
    # a bare number with text on its baseline is the label of a footnote or list item set
    # with a hanging indent (``11`` | ``Dev.to, JavaScript …``), not a page number: it may
    # stand further off, as table cells do not (PDFium's reader cuts cells at 4 em)
    label = len(prev.text.strip()) <= 3 and prev.text.strip().isdigit()
    return (
        prev.page == line.page
        and prev.bold == line.bold
        and not prev.superscripts
        and not line.superscripts
        and abs(prev.y0 - line.y0) <= 0.35 * em
        and -0.5 <= line.x0 - prev.x1 <= (3.0 * em if label else em)
        and not (line.size < 0.8 * prev.size and line.y0 - prev.y0 > 0.15 * em)
        and bool(prev.text.strip())
        and bool(line.text.strip())
    )


def _margin_stamp(line: Line, width: float) -> bool:
    """A line printed upright in a side margin, turned a quarter (a registry's protocol stamp,
    "COMUNE DI AVELLA - … - REG_UFF_PROT - 0005007 - Ingresso - 29/04/2026"; a repository's
    note up the edge): its characters stand one above the other, so its box is far too narrow
    for them side by side, and it keeps to the outer tenth of the page."""
    if not (line.x1 < width * 0.1 or line.x0 > width * 0.9):
        return False  # (the cheap test first: most lines stand inside the margins)
    printed = len(line.text) - sum(c.isspace() for c in line.text)
    return printed >= 12 and line.x1 - line.x0 < 0.1 * printed * max(line.size, 1.0)


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"\d+")


def _exact(text: str) -> str:
    return _SPACE.sub("", text.lower())


_LETTER = re.compile(r"[^\W\d_]")


def _page_edges(lines: list[Line]) -> set[int]:
    """The ids of the highest and the lowest line of each page, where set apart from the text
    next to them by a blank line at least (a header or footer over or under the text, not
    the text's own first or last line)."""
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        if line.text.strip():
            by_page[line.page].append(line)
    out: set[int] = set()
    for on_page in by_page.values():
        if len(on_page) < 2:
            continue
        ordered = sorted(on_page, key=lambda line: -line.y0)
        top, below = ordered[0], ordered[1]
        if top.y0 - below.y1 > 0.8 * top.size:
            out.add(id(top))
        bottom, above = ordered[-1], ordered[-2]
        if above.y0 - bottom.y1 > 0.8 * bottom.size:
            out.add(id(bottom))
    return out


def _chapter_heads(
    lines: list[Line],
    key_of: dict[int, tuple[str, int]],
    edges: set[int],
    band: Callable[[Line, float], bool],
    pages: int,
) -> set[tuple[str, int]]:
    """Keys (text, height) of running heads that name the chapter: short lines set apart at
    the head or foot of a page, in the band, at a height where most pages print such a line,
    each text there on two pages at least and two texts at least there."""
    seen: dict[tuple[str, int], set[int]] = defaultdict(set)
    for line in lines:
        if id(line) in edges and band(line, BAND) and len(line.text.split()) <= 6:
            seen[key_of[id(line)]].add(line.page)
    slot_pages: dict[int, set[int]] = defaultdict(set)
    repeated_texts: Counter[int] = Counter()
    for (_, height), on in seen.items():
        slot_pages[height] |= on
        repeated_texts[height] += len(on) >= 2
    return {
        (text, height)
        for (text, height), on in seen.items()
        if text
        and len(on) >= 2
        and repeated_texts[height] >= 2
        and len(slot_pages[height]) >= max(3, 0.4 * pages)
    }


def _stacked_running(
    lines: list[Line],
    key_of: dict[int, tuple[str, int]],
    running: set[tuple[str, int]],
    elsewhere: dict[tuple[str, int], set[int]],
    pages: int,
) -> set[tuple[str, int]]:
    """Keys of lines outside the bands that repeat (same text, same height) on as many pages
    as a running line and stand stacked against one on each of them: the same left or right
    edge, the same size, weight and slant, a line's leading apart."""
    candidates = {
        key for key, seen in elsewhere.items() if len(seen) >= max(2, 0.4 * pages) and key[0]
    }
    if not candidates or not running:
        return set()
    by_key: dict[tuple[str, int], list[Line]] = defaultdict(list)
    for line in lines:
        by_key[key_of[id(line)]].append(line)
    # (a head's line is a few words: a letter printed again and again in one file repeats its
    # sentences at the same heights, and they are text)
    candidates = {key for key in candidates if len(by_key[key][0].text.split()) <= 8}
    found: set[tuple[str, int]] = set()
    anchors: dict[int, list[Line]] = defaultdict(list)  # page -> running lines on it
    for key in running:
        for line in by_key.get(key, ()):
            anchors[line.page].append(line)

    def stacked(line: Line, other: Line) -> bool:
        return (
            abs(other.size - line.size) < 0.1
            and other.bold == line.bold
            and other.italic == line.italic
            and (abs(other.x0 - line.x0) < 2 or abs(other.x1 - line.x1) < 2)
            and 0 < abs(other.y0 - line.y0) <= 1.6 * line.size
        )

    for _ in range(4):  # a head of a few lines, grown a line at a time
        grown = set()
        for key in candidates - found:
            members = by_key[key]
            beside = sum(
                any(stacked(line, other) for other in anchors.get(line.page, ()))
                for line in members
            )
            if beside >= max(2, 0.8 * len(members)):
                grown.add(key)
        if not grown:
            break
        found |= grown
        for key in grown:
            for line in by_key[key]:
                anchors[line.page].append(line)
    return found


#: a head printed word for word at one place on most pages is furniture this far in
FIXED_HEAD_BAND = 0.25


def _fixed_heads(
    lines: list[Line],
    key_of: dict[int, tuple[str, int]],
    elsewhere: dict[tuple[str, int], set[int]],
    pages: int,
    page_size: Callable[[Line], tuple[float, float]],
    largest: float,
) -> set[int]:
    """Short lines outside the bands printed with the same text (digits and all) at the same
    place, left edge and height, on three pages at least and 60% of them, in a page's outer
    quarter, each alone on its baseline but for a page number: a head or foot set further in
    than running lines are (a landscape page's title block over its table). A line of a few
    words only: a letter printed again and again in one file repeats its sentences at the same
    places, and they are text; a table's header row repeated over each page's part of the table
    sets its cells side by side, and it is the table's; the first page's largest text is its
    title, whatever the other pages repeat (``largest``: the first page's largest size). Their
    ``id``s."""
    if pages < 3:
        return set()
    baselines: Counter[tuple[int, int]] = Counter()
    for line in lines:
        if not is_page_number(line.text):
            baselines[line.page, round(line.y0 / 2)] += 1

    def alone(line: Line) -> bool:
        row = round(line.y0 / 2)
        return sum(baselines[line.page, at] for at in (row - 1, row, row + 1)) == 1

    placed: dict[tuple[str, int, int], list[Line]] = defaultdict(list)
    for line in lines:
        if key_of[id(line)] not in elsewhere or not _LETTER.search(line.text) or not alone(line):
            continue
        _, height = page_size(line)
        outer = line.y0 > height * (1 - FIXED_HEAD_BAND) or line.y0 < height * FIXED_HEAD_BAND
        if not outer or len(line.text.split()) > 8:
            continue
        placed[(_exact(line.text), round(line.y0 / 3), round(line.x0 / 3))].append(line)
    return {
        id(line)
        for found in placed.values()
        if len({line.page for line in found}) >= max(3, 0.6 * pages)
        for line in found
        if not (line.page == 1 and line.size >= largest * 0.95)
    }


def _normalised(text: str, *, case: bool = False) -> str:
    """``text`` as repetition is counted: spaces out, digits masked, and a number opening the
    line moved to its end (mirrored pages print the page number on the outer side: "2578
    Federal Register / Vol. 90 …" on even pages, "Federal Register / Vol. 90 … 2577" on odd)."""
    masked = _NUMBER.sub("#", _SPACE.sub("", text if case else text.lower()))
    if masked.startswith("#") and not masked.endswith("#") and len(masked) > 1:
        return masked[1:] + "#"
    return masked


def _body_size(lines: list[Line], widths: dict[int, float]) -> float:
    """The font size most text is printed in, sidebar column and page furniture left out (a
    one-page letter's letterhead can hold nearly as many characters as its body)."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.x0 < widths.get(line.page, widths[0]) * SIDEBAR_X and not (
            is_page_number(line.text) or _FURNITURE.search(line.text)
        ):
            sizes[line.size] += len(line.text)
    if not sizes:
        for line in lines:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def analyse(
    raw: RawDocument,
    *,
    standalone: re.Pattern[str] | None = None,
    side_text: bool = False,
    page_heads: bool = False,
) -> Layout:
    """Classify ``raw.lines``; lines matching ``standalone`` form paragraphs of their own
    (``Vraag 1``, ``Antwoord 1``). With ``side_text``, lines on the right of the page printed
    at (nearly) the body's size stay in the body (right-aligned signatures, dates and table
    columns of documents that have no letterhead column); only smaller ones are a sidebar.
    With ``page_heads`` (letters), a continuation page's head line standing alone above the
    text is furniture even on one page (see :func:`_page_head`)."""
    lines = _drop_note_words(attach_marks(join_baseline_pieces(raw.lines, raw.page_sizes or ())))
    # each line's text with its digits masked and its height: the key repetition is counted by
    key_of = {id(line): (_normalised(line.text), round(line.y0 / 3)) for line in lines}
    sizes = raw.page_sizes or [(595.0, 842.0)]
    body_size = _body_size(
        lines, {page: size[0] for page, size in enumerate(sizes, 1)} | {0: sizes[-1][0]}
    )

    def page_size(line: Line) -> tuple[float, float]:
        return sizes[min(line.page, len(sizes)) - 1]

    # running headers/footers: same text (digits ignored) at the same height in the top or
    # bottom band of at least two pages and 40% of them. Numbered furniture (page numbers,
    # version and date lines) may sit a little further in (WIDE_BAND), and such a line seen at
    # one height on most pages is furniture on the page where it sits elsewhere (a cover page
    # sets its version line lower). Unnumbered ones may be the title the header repeats.
    def band(line: Line, share: float) -> bool:
        _, height = page_size(line)
        return line.y0 > height * (1 - share) or line.y0 < height * share

    def numbered(line: Line) -> bool:
        # (or a rule drawn with characters: "////////…" over a footer, repeated a little
        # further in, as numbered lines are)
        return _DIGIT.search(line.text) is not None or bool(_CHARACTER_RULE.match(line.text))

    # the letterhead column of the pages after the first (``Datum`` / ``10-12-2020``) repeats
    # like a running header; where it is printed at the body's size (documents without a
    # letter's sidebar, ``side_text``) nothing else takes it out of the body
    def right_column(line: Line) -> bool:
        return (
            side_text
            and line.page > 1
            and line.x0 >= page_size(line)[0] * SIDEBAR_X
            and len(line.text.strip()) <= 40
        )

    # the first and the last line of a page's text, where they carry a number: a running
    # header of a page whose text stands in a narrow block, far from the paper's edge (a bill's
    # "H. R. 1904—2" at three quarters of the page's height)
    edges_of_page = _page_edges(lines)

    def edge(line: Line) -> bool:
        return (
            id(line) in edges_of_page and numbered(line) and _LETTER.search(line.text) is not None
        )

    def in_a_band(line: Line) -> bool:
        return band(line, WIDE_BAND if numbered(line) else BAND) or edge(line)

    repeated: dict[tuple[str, int], set[int]] = defaultdict(set)
    at_edge: dict[tuple[str, int], set[int]] = defaultdict(set)
    elsewhere: dict[tuple[str, int], set[int]] = defaultdict(set)
    column: dict[tuple[str, int], set[int]] = defaultdict(set)  # same text, digits and all
    for line in lines:
        if standalone is not None and standalone.match(line.text):
            continue
        if _opening_label(line) is not None:
            continue  # a footnote under its raised label, however alike its neighbours
        if band(line, WIDE_BAND if numbered(line) else BAND):
            repeated[key_of[id(line)]].add(line.page)
        elif edge(line):
            at_edge[key_of[id(line)]].add(line.page)
        else:
            elsewhere[key_of[id(line)]].add(line.page)
            if right_column(line):
                column[(_exact(line.text), round(line.y0 / 3))].add(line.page)
    pages = raw.pages or 1
    # numbered lines repeat on every other page in mirrored layouts ('PBL | 12' on even pages):
    # three pages are enough for them
    running = {
        key
        for key, seen in repeated.items()
        if len(seen) >= max(2, 0.4 * pages) or ("#" in key[0] and len(seen) >= 3)
    }
    # a chapter's name as the running header of its pages: a short line set apart at a page's
    # head or foot, at a height in the band where most pages print one, each name repeated on
    # two pages at least ("Introduction" on the pages of chapter 1, "ESig APIs" on chapter 2)
    running |= _chapter_heads(lines, key_of, edges_of_page, band, pages)
    # (at a page's edge outside the bands, on most pages: a numbered heading opening a few
    # pages, "RÉALISATIONS 2021-2022 POUR L'AXE 1:", is no header)
    running |= {key for key, seen in at_edge.items() if len(seen) >= max(2, 0.4 * pages)}
    # a running head of several lines reaches out of the band: a line repeated at the same
    # height on the same pages, stacked right under (or over) a running line in its style
    # ("MAKING" / "DAVIS-BACON" / "WORK" down a guide's margin)
    stacked = _stacked_running(lines, key_of, running, elsewhere, pages)
    running |= stacked
    # a head of a few short lines printed word for word at the same place on most pages,
    # further in than the bands ("PUBLIC" / "ISO 9001:2015 CERTIFIED" / the charter's name over
    # a landscape table on every page)
    # (the first page's largest type: its title, kept by both rules below)
    largest = max((line.size for line in lines if line.page == 1), default=0.0)
    fixed = _fixed_heads(lines, key_of, elsewhere, pages, page_size, largest)
    running_column = {key for key, seen in column.items() if len(seen) >= max(2, 0.4 * pages)}
    # ... and where such a line sits elsewhere, it is the same line only when printed alike:
    # a cover title in capitals and bold is not the running header that repeats it
    running_text = {
        (_normalised(line.text, case=True), line.bold)
        for line in lines
        if band(line, WIDE_BAND) and key_of[id(line)] in running and len(line.text.strip()) >= 6
    }

    # where the running text starts on each page: the commonest left edge of its long lines
    edges: dict[int, Counter[int]] = defaultdict(Counter)
    for ln in lines:
        if len(ln.text) >= 40:
            edges[ln.page][round(ln.x0)] += 1
    left_edge = {page: found.most_common(1)[0][0] for page, found in edges.items()}

    # past the first page the letterhead column is a column: its small lines share a left edge
    # (``Datum`` / ``Kenmerk``); small lines there each set where its text ends (the names of a
    # French act's signatories in small capitals under their offices) are text
    def small_right(line: Line) -> bool:
        width, _ = page_size(line)
        return line.x0 >= width * SIDEBAR_X and line.size <= body_size * (
            SIDE_TEXT_SIZE if side_text else 1.0
        )

    column_edges: Counter[tuple[int, int]] = Counter(
        (line.page, round(line.x0 / 2)) for line in lines if small_right(line)
    )

    def in_column(line: Line) -> bool:
        if line.page == 1:
            return True
        key = round(line.x0 / 2)
        return sum(column_edges[line.page, key + d] for d in (-1, 0, 1)) >= 2

    # the letterhead's footer on the first page: small print at the page's foot giving the
    # sender's address, phone, web site ("Spui 70" / "2500 DJ Den Haag www.denhaag.nl"), no note
    foot = [
        line
        for line in lines
        if line.page == 1 and line.size < body_size * 0.92 and line.y0 < page_size(line)[1] * BAND
    ]
    # (a line of it opening with a number is the street's, "1 Fusionopolis Walk, #01-02 …",
    # unless the page's text prints that number raised: then it is a note's)
    raised_on_first = {
        line.text[start:end].strip()
        for line in lines
        if line.page == 1
        for start, end in line.superscripts
        if start > 0
    }
    letterhead_foot = (
        {
            id(line)
            for line in foot
            if not (
                (opening := _FOOTNOTE_START.match(line.text.strip()))
                and opening.group(1) in raised_on_first
            )
        }
        if sum(bool(_CONTACT.search(line.text)) for line in foot) >= 2
        else set()
    )
    # a stamp turned up a side margin on every page (a registry's protocol stamp), or on a
    # document of one page; turned text on one page of many is a tab or a chart's label
    turned = [line for line in lines if _margin_stamp(line, page_size(line)[0])]
    stamp_pages: dict[str, set[int]] = defaultdict(set)
    for line in turned:
        stamp_pages[_normalised(line.text)].add(line.page)
    stamped = {
        id(line) for line in turned if len(stamp_pages[_normalised(line.text)]) >= 2 or pages == 1
    }
    sidebar: list[Line] = []
    furniture: list[Line] = []
    candidates: list[Line] = []
    # a document without a cover whose running header repeats its title: on the first page
    # that header, set in the page's largest type at its head, is the title ("Key IMF Financial
    # Statistics" over the glossary's table, and over every page after it)
    for line in lines:
        in_band = band(line, BAND)
        key = key_of[id(line)]
        if (
            line.page == 1
            and pages > 1
            and key in running
            and line.size >= largest * 0.99
            and line.size > body_size * 1.1
            and line.y0 > page_size(line)[1] * (1 - BAND)
            and len(line.text.split()) >= 2
            and not numbered(line)
        ):
            candidates.append(line)
            continue
        if (
            (is_page_number(line.text) and (in_band or not line.text.strip().isdigit()))
            # (a footnote citing a publication is no publisher's line)
            or (_FURNITURE.search(line.text) and not _FOOTNOTE_START.match(line.text))
            or (in_band and _STAMP.match(line.text.strip()))
            or (in_band and _IMPRINT.match(line.text.strip()))
            or _PLACEHOLDER.match(line.text.strip())
            or (id(line) in stamped)
            or ((in_a_band(line) or key in stacked) and key in running)
            or id(line) in fixed
            or (right_column(line) and (_exact(line.text), round(line.y0 / 3)) in running_column)
            or id(line) in letterhead_foot
            or (
                (
                    numbered(line)
                    or line.y0 < page_size(line)[1] * BAND  # or a footer
                    # or on a page turned to landscape among upright ones, where the header
                    # stands at another height (and no cover repeats it)
                    or (page_size(line)[0] > page_size(line)[1] > 0 and sizes[0][0] < sizes[0][1])
                )
                and band(line, WIDE_BAND)
                and (_normalised(line.text, case=True), line.bold) in running_text
            )
        ):
            furniture.append(line)
        elif (small_right(line) and in_column(line)) or (
            page_heads and line.x1 < left_edge.get(line.page, 0) - 8 and line.size < body_size * 0.9
        ):
            # the letterhead column, on the right or (a province's visiting address) in the
            # left margin beside the text
            sidebar.append(line)
        else:
            candidates.append(line)

    if page_heads:
        heads = _page_heads(candidates, body_size, band)
        furniture += heads
        candidates = [line for line in candidates if not any(line is h for h in heads)]
    # a catchword at a page's foot: the next page's first words under a slash or before an
    # ellipsis ("/(b) You are reminded…" over "(b) You are reminded to put on …")
    caught = _catchwords(candidates)
    if caught:
        furniture += [line for line in candidates if id(line) in caught]
        candidates = [line for line in candidates if id(line) not in caught]
    pieces = _header_pieces(candidates, furniture, pages, lambda line: band(line, BAND))
    if pieces:
        furniture += pieces
        candidates = [line for line in candidates if not any(line is p for p in pieces)]

    # footnotes: smaller lines below the lowest body-size line of their page
    lowest: dict[int, float] = {}
    for line in candidates:
        if line.size >= body_size * 0.92:
            lowest[line.page] = min(lowest.get(line.page, 1e9), line.y0)
    body: list[Line] = []
    notes: list[Footnote] = []
    note_lines: list[list[Line]] = []  # the printed lines of each note

    def in_margin(line: Line) -> bool:
        return line.size < body_size * 0.75 and band(line, BAND)

    order = {id(line): index for index, line in enumerate(candidates)}
    decided: set[int] = set(lowest)
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in candidates:
        by_page[line.page].append(line)
    raised = _raised_note_tops(by_page, body_size)
    # the numbers the text of each page prints raised (the marks a note labelled "1." answers)
    marks: dict[int, set[str]] = defaultdict(set)
    for line in candidates:
        for start, end in line.superscripts:
            # (a mark set with its bracket, "ZDROWIA1)", answers the note "1)")
            marks[line.page].add(line.text[start:end].strip().rstrip(")"))
    ruled = _ruled_note_tops(by_page, body_size, page_size)
    for page, rule_top in ruled.items():
        raised[page] = max(raised.get(page, -1), rule_top)
    for line in candidates:
        if _RULE_LINE.match(line.text.strip()) and line.y0 < raised.get(line.page, -1) + 1:
            furniture.append(line)  # the rule that sets the notes apart
            continue
        if line.page not in decided:
            decided.add(line.page)
            top = _continued_notes(by_page[line.page], notes, body_size)
            if top is not None:
                lowest[line.page] = top
        is_note_zone = (line.size < body_size * 0.92 and line.y0 < lowest.get(line.page, -1)) or (
            line.y0 < raised.get(line.page, -1) and line.size <= body_size * 1.02
        )
        if not is_note_zone or _DOT_LEADERS.search(line.text):
            body.append(line)  # (a contents entry in small print is no note: "1 TITLE ….. 5")
            continue
        text = line.text
        label = _opening_label(line)
        if label is not None:
            text = f"{label} {text[len(label) :].lstrip()}"
        text = _BRACKETED_LABEL.sub(r"\1", _SLASHED_LABEL.sub(r"\1", text))
        dotted = _DOTTED_LABEL.match(text)
        if (
            dotted
            and dotted.group(1) == _next_label(notes)
            and dotted.group(1) in marks.get(line.page, set())
        ):
            text = f"{dotted.group(1)} {text[dotted.end() :]}"
        match = _FOOTNOTE_START.match(text)
        if match and _in_a_row(line, by_page[line.page]):
            body.append(line)  # a table's cell beside another on its baseline ("+" | "1 of …")
            continue
        if match and any(c.isalpha() for c in match.group(2)):
            notes.append(Footnote(match.group(1), match.group(2).strip(), line.page))
            note_lines.append([line])
        elif notes and (
            line.page == notes[-1].page
            or (line.page == notes[-1].page + 1 and line.y0 < page_size(line)[1] * 0.3)
        ):
            # a note's next line, on its page or running over onto the next one; a note of
            # pages before is not continued by a chart's small print (``Jaar 1``), nor is a
            # row of numbers (an axis: ``1 2 3 4 …``) a note of its own; a note runs over into
            # the next page's foot, not into the small print under a signature halfway down
            # it ("Case Handler of the Transparency Office")
            notes[-1].text = join_lines(notes[-1].text, text.strip(), [])
            note_lines[-1].append(line)
        elif in_margin(line):
            furniture.append(line)  # small print in the margin band that is no footnote
        else:
            body.append(line)
    notes, unnoted = _numbered_on(notes, note_lines, sizes, marks)
    if unnoted:
        body = sorted([*body, *unnoted], key=lambda ln: order[id(ln)])
    edits: list[Edit] = []
    paragraphs = _paragraphs(_reading_order(body), edits, standalone)
    link_footnotes(paragraphs, notes)
    paragraphs = _rejoin_page_breaks(paragraphs, edits)
    return Layout(paragraphs, notes, sidebar, furniture, body_size, edits)


def _header_pieces(
    candidates: list[Line], furniture: list[Line], pages: int, in_band: Callable[[Line], bool]
) -> list[Line]:
    """Pieces of a running header that the text layer holds apart on some pages and joined to
    the rest on others (the Official Journal's language tag: "16.8.2021 EN" on even pages,
    "EN" beside the date on odd ones): a short line in the top or bottom band whose words
    stand in the furniture at its height on at least 40% of the pages, its own included."""
    words_at: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for line in furniture:
        for word in line.text.split():
            words_at[round(line.y0 / 3)][word].add(line.page)
    out: list[Line] = []
    for line in candidates:
        words = line.text.split()
        if not words or len(words) > 3 or len(line.text) > 20 or not in_band(line):
            continue
        near = [words_at.get(round(line.y0 / 3) + d, {}) for d in (-1, 0, 1)]
        seen: set[int] = {line.page}
        for found in near:
            for page in set.intersection(*(found.get(w, set()) for w in words)):
                seen.add(page)
        if len(seen) >= max(3, 0.4 * pages):
            out.append(line)
    return out


def _page_heads(
    candidates: list[Line], body_size: float, band: Callable[[Line, float], bool]
) -> list[Line]:
    """The head line of a letter's continuation page (``Brief College Gemeente Wierden:
    Energiepark Daarle`` over page 2): the topmost line of a page after the first, in the top
    band, set plain at no more than the body's size, no sentence, and standing apart from the
    text below it by more than four lines. A two-page letter shows it once, so repetition
    cannot tell; the gap does."""
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in candidates:
        if line.page > 1:
            by_page[line.page].append(line)
    heads: list[Line] = []
    for page_lines in by_page.values():
        ordered = sorted(page_lines, key=lambda line: -line.y0)
        if len(ordered) < 2:
            continue
        top, below = ordered[0], ordered[1]
        if (
            band(top, BAND)
            and not top.bold
            and top.size <= body_size * 1.05
            and len(top.text.strip()) <= 100
            and not _SENTENCE_END.search(top.text.strip())
            and top.y0 - below.y0 > 5 * max(top.size, below.size)
        ):
            heads.append(top)
    return heads


#: a word raised with a note's number, as Hong Kong's bureaux set notes ("… Point 44 Note 1
#: ($110,170)" in the text, "Note 1 The information …" at the page's foot)
_NOTE_WORD = re.compile(r"^(?:Note|Notes|Noot|Nota|Anm\.?|Fn\.?)$", re.IGNORECASE)


def _drop_note_words(lines: list[Line]) -> list[Line]:
    """``lines`` with a raised note word taken out before the raised number it goes with: the
    number is the note's mark and label, as a number raised alone is."""
    out: list[Line] = []
    for line in lines:
        text, spans = line.text, list(line.superscripts)
        for at in range(len(spans) - 2, -1, -1):
            (a, b), (c, d) = spans[at], spans[at + 1]
            if (
                _NOTE_WORD.match(text[a:b].strip())
                and not text[b:c].strip()
                and text[c:d].strip().isdigit()
            ):
                cut = c - a
                text = text[:a] + text[c:]
                spans[at : at + 2] = [(a, d - cut)]
                spans[at + 1 :] = [(x - cut, y - cut) for x, y in spans[at + 1 :]]
        out.append(
            line if text == line.text else replace(line, text=text, superscripts=tuple(spans))
        )
    return out


_CATCHWORD = re.compile(r"^/\s*(?P<words>\S.*?)\s*(?:…|\.\.\.)?$|^(?P<lead>\S.*?)\s*(?:…|\.\.\.)$")


def _catchwords(lines: list[Line]) -> set[int]:
    """The ``id``s of catchwords: a page's last line repeating the first words of the next
    page's first line, under a slash or before an ellipsis, as typists printed them to show
    the text runs on ("/(b) You are reminded…")."""
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        by_page[line.page].append(line)
    found: set[int] = set()
    for page, on_page in by_page.items():
        following = by_page.get(page + 1)
        if not following:
            continue
        last = min(on_page, key=lambda line: line.y0)
        match = _CATCHWORD.match(last.text.strip())
        if match is None or len(last.text.split()) > 8:
            continue
        words = " ".join((match.group("words") or match.group("lead") or "").split())
        first = " ".join(max(following, key=lambda line: line.y0).text.split())
        if len(words) >= 3 and first.startswith(words) and len(first) > len(words):
            found.add(id(last))
    return found


def _opening_label(line: Line) -> str | None:
    """The raised characters a line opens with (a footnote's label), or ``None``."""
    if line.superscripts and line.superscripts[0][0] == 0:
        return line.text[: line.superscripts[0][1]]
    return None


def _raised_note_tops(by_page: dict[int, list[Line]], body_size: float) -> dict[int, float]:
    """Per page, where footnotes set in the text's own size begin: at the highest line that
    starts with a raised number the page's text carries as a raised mark (``balansstanden⁵`` /
    ``⁵ https://…``), when the notes end the page."""
    tops: dict[int, float] = {}
    for page, lines in by_page.items():
        marks = {
            line.text[start:end].strip()
            for line in lines
            for start, end in line.superscripts
            if start > 0
        }
        starts = [
            line.y0
            for line in lines
            if (label := _opening_label(line)) is not None
            and label.strip() in marks
            and line.size <= body_size * 1.02
        ]
        if not starts:
            continue
        # the notes end the page: below the first, nothing but their labelled lines and a few
        # run-on lines each, set closer than the text when it is double-spaced (a court's
        # opinion: a note of four lines under text set at twice their leading); a table's note
        # with text after it is no footnote
        below = sorted((line for line in lines if line.y0 <= max(starts)), key=lambda ln: -ln.y0)
        runs = 3
        above = [line for line in lines if line.y0 > max(starts)]
        if len(above) >= 3 and len(below) >= 2:
            text_leading = _median_gap(above)
            note_leading = _median_gap(below)
            if note_leading and text_leading >= 1.6 * note_leading:
                runs = 6
        if not any(line.bold for line in below) and len(below) <= runs * len(starts):
            tops[page] = max(starts) + 0.01
    return tops


def _median_gap(lines: list[Line]) -> float:
    """The median distance between the baselines of ``lines`` one under the other (0: none)."""
    ordered = sorted(lines, key=lambda line: -line.y0)
    gaps = sorted(
        upper.y0 - lower.y0
        for upper, lower in pairwise(ordered)
        if 0 < upper.y0 - lower.y0 < 3 * max(upper.size, 1.0)
    )
    return gaps[len(gaps) // 2] if gaps else 0.0


def _ruled_note_tops(
    by_page: dict[int, list[Line]],
    body_size: float,
    page_size: Callable[[Line], tuple[float, float]],
) -> dict[int, float]:
    """Per page, where notes set in the text's own size begin under a rule typed with
    underscores (typewritten documents: "____________" over "1/ A/42/521-S/19085, annexe."):
    at the rule, when it stands in the page's lower half and the first line under it opens with
    a note's label."""
    tops: dict[int, float] = {}
    for page, lines in by_page.items():
        rules = [
            line
            for line in lines
            if _RULE_LINE.match(line.text.strip()) and line.y0 < page_size(line)[1] * 0.5
        ]
        if not rules:
            continue
        rule = max(rules, key=lambda line: line.y0)
        below = sorted((ln for ln in lines if ln.y0 < rule.y0), key=lambda ln: -ln.y0)
        first = below[0].text.strip() if below else ""
        if (
            below
            and (_SLASHED_LABEL.match(first) or _FOOTNOTE_START.match(first))
            and all(ln.size <= body_size * 1.02 for ln in below)
        ):
            tops[page] = rule.y0 + 0.01
    return tops


def _folded(on_page: list[tuple[Footnote, list[Line]]]) -> list[tuple[Footnote, list[Line]]]:
    """A page's notes with a line that only looks like a note's start (its number lower than
    the note before it: "More than" / "10 seconds."; or not the next number, under a note
    whose sentence runs on, set in under it as its run-on lines are, the next number coming
    after it: "held in Paris from" / "30 November to 13 December 2015" / "3 Strategy for …")
    run on into that note."""
    out: list[tuple[Footnote, list[Line]]] = []
    labels = [note.label for note, _ in on_page]
    for at, (note, lines) in enumerate(on_page):
        before = out[-1][0] if out else None
        if (
            before is not None
            and note.label.isdigit()
            and before.label.isdigit()
            and (
                (int(note.label) <= int(before.label) and len(lines) == 1)
                or (
                    int(note.label) != int(before.label) + 1
                    and not _SENTENCE_END.search(before.text.rstrip())
                    # (the note it runs into is followed by the next one on the page)
                    and str(int(before.label) + 1) in labels[at + 1 :]
                    and _hangs_under(out[-1][1], lines[0])
                )
            )
        ):
            prev, prev_lines = out[-1]
            prev.text = join_lines(prev.text, f"{note.label} {note.text}", [])
            prev_lines.extend(lines)
            continue
        out.append((note, lines))
    return out


def _hangs_under(note: list[Line], line: Line) -> bool:
    """Whether ``line`` starts where the run-on lines of ``note`` start, set in from its
    label (a hanging indent: "2 The Paris Agreement …" / "Change by the …" / "30 November …")."""
    first, *rest = note
    return bool(rest) and all(
        abs(other.x0 - line.x0) < 1.0 and other.x0 - first.x0 > 2.0 for other in rest
    )


def _numbered_on(
    notes: list[Footnote],
    note_lines: list[list[Line]],
    sizes: Sequence[tuple[float, float]],
    marks: dict[int, set[str]] | None = None,
) -> tuple[list[Footnote], list[Line]]:
    """Footnotes whose numbering carries on the document's, and the lines of those that do
    not. Small print filling a page from its upper half whose numbers start again or jump
    (a references table, ``[1]`` … ``[16]``, set smaller than the text), or whose numbers do not
    count up on the page (a table of channel numbers), is no set of footnotes: notes sit at the
    foot of the page and go on counting."""
    kept: list[Footnote] = []
    back: list[Line] = []
    last: int | None = None
    pages = sorted({note.page for note in notes})
    first_on: dict[int, str] = {}  # each page's first note label
    for note in notes:
        first_on.setdefault(note.page, note.label)
    for at, page in enumerate(pages):
        printed = [(n, ls) for n, ls in zip(notes, note_lines, strict=True) if n.page == page]
        on_page = _folded(printed)
        height = sizes[min(page, len(sizes)) - 1][1] if sizes else 842.0
        top = max(line.y0 for _, ls in on_page for line in ls if line.page == page)
        first = on_page[0][0].label
        jumps = last is not None and first.isdigit() and int(first) != last + 1
        numbers = [int(n.label) for n, _ in on_page if n.label.isdigit()]
        # notes count up by one in reading order: a table of numbers in small print (channel
        # 347, 402, 348, 403 … in two columns) is no set of notes
        unordered = len(numbers) >= 3 and any(not 0 < b - a <= 3 for a, b in pairwise(numbers))
        # numbers that start again on a page, where the notes of the next page go on from the
        # ones before it and not from these: a numbered table at the foot of the page ("1 AOW
        # 19.600", "2 …" between notes 10 and 11); a part that numbers its notes anew goes on
        # from its own
        after = first_on[pages[at + 1]] if at + 1 < len(pages) else ""
        restarts = (
            jumps
            and last is not None
            and int(first) <= last
            and after.isdigit()
            and int(after) == last + 1
            and int(after) != max(numbers, default=0) + 1
        )
        # the document's first notes start at 1, or the text marks them: numbered provisions
        # quoted in small print ("2 No deduction shall be allowed …", "3 Subject to …") that
        # no raised number in the text answers are no notes
        unmarked_start = (
            last is None
            and first.isdigit()
            and int(first) > 1
            and not {n.label for n, _ in on_page} & (marks or {}).get(page, set())
        )
        if (
            (top > height * 0.5 and jumps and len(on_page) >= 3)
            or unordered
            or unmarked_start
            or restarts
            or len(printed) > 30
        ):
            back += [line for _, ls in on_page for line in ls]
            continue
        for note, _ in on_page:
            kept.append(note)
            if note.label.isdigit():
                last = int(note.label)
    return kept, back


def _next_label(notes: list[Footnote]) -> str:
    """The label the document's next note carries: one more than the last, or ``1``."""
    last = notes[-1].label if notes else "0"
    return str(int(last) + 1) if last.isdigit() else ""


def _continued_notes(lines: list[Line], notes: list[Footnote], body_size: float) -> float | None:
    """Where the footnotes of a page without a body-size line begin (a page of small print, a
    table set as small as the notes), given the page's ``lines``: at the line that carries the next footnote number of the
    document, when everything below it is small print too. ``None`` when no such line."""
    if not notes or not notes[-1].label.isdigit():
        return None
    expected = str(int(notes[-1].label) + 1)
    for line in lines:
        match = _FOOTNOTE_START.match(_BRACKETED_LABEL.sub(r"\1", line.text))
        if match and match.group(1) == expected and line.size < body_size * 0.92:
            below = [other for other in lines if other.y0 <= line.y0]
            if all(other.size < body_size * 0.92 for other in below):
                return line.y0 + 0.01
    return None


def _reading_order(lines: list[Line]) -> list[Line]:
    """Put text boxes that the content stream draws late back where they are printed.

    Word writes an inset box (``kader``) after the page's running text, although it is printed
    between two paragraphs. A run of lines that jumps back up the page is moved to its printed
    place when earlier lines of the same column lie both above and below it; a run beside the
    earlier lines (a second column) keeps its place.
    """
    out: list[Line] = []
    by_page: dict[int, list[list[Line]]] = defaultdict(list)
    order: list[int] = []
    for line in lines:
        runs = by_page[line.page]
        if not runs:
            order.append(line.page)
        if runs and line.y0 <= runs[-1][-1].y0 + 2:
            runs[-1].append(line)
        else:
            runs.append([line])
    for page in order:
        placed: list[Line] = []
        for run in by_page[page]:
            top, bottom = max(line.y0 for line in run), min(line.y0 for line in run)
            x0, x1 = min(line.x0 for line in run), max(line.x1 for line in run)
            same_column = [
                line for line in placed if line.x0 < x1 and line.x1 > x0 and line.x0 <= x0 + 40
            ]
            above = any(line.y0 > top + 2 for line in same_column)
            below = any(line.y0 < bottom - 2 for line in same_column)
            # a run printed above everything drawn before it on the page, at the same left
            # edge as the lines below it: a letterhead drawn after the body (not a second
            # column, whose left edge differs)
            heads = not above and any(abs(line.x0 - x0) < 12 for line in same_column)
            if placed and below and (above or heads):
                column = {id(line) for line in same_column}
                # just before the first earlier line of the column printed below the run's top
                at = next(
                    i for i, line in enumerate(placed) if id(line) in column and line.y0 < top - 2
                )
                placed[at:at] = run
            else:
                placed.extend(run)
        out.extend(placed)
    return out


def _line_pitch(lines: list[Line]) -> dict[float, float]:
    """The usual distance between consecutive lines of running text, per font size: a larger
    gap is paragraph spacing even when it is smaller than the fixed threshold."""
    gaps: dict[float, Counter[int]] = defaultdict(Counter)
    for prev, line in pairwise(lines):
        gap = prev.y0 - line.y0
        if prev.page == line.page and prev.size == line.size and 0 < gap < 3 * line.size:
            gaps[line.size][round(gap)] += 1
    return {
        size: float(counter.most_common(1)[0][0])
        for size, counter in gaps.items()
        if sum(counter.values()) >= 8
    }


def _starts_new(
    prev: Line,
    line: Line,
    typical: int,
    standalone: re.Pattern[str] | None,
    pitch: dict[float, float] | None = None,
) -> bool:
    if line.page != prev.page:
        return True
    if standalone is not None and (standalone.match(prev.text) or standalone.match(line.text)):
        return True
    short_prev = len(prev.text) < 0.75 * typical
    if _SENTENCE_END.search(prev.text) and short_prev:
        return True  # typeset text without paragraph spacing: a short last line ends it
    gap = prev.y0 - line.y0
    if gap > 1.75 * max(prev.size, line.size) or gap < -2:
        return True
    usual = (pitch or {}).get(line.size) if prev.size == line.size else None
    if usual is not None and gap > usual * 1.3 + 1:
        return True  # paragraph spacing: more than the usual line pitch
    if prev.bold != line.bold or abs(prev.size - line.size) > 0.6:
        return True
    if prev.italic != line.italic:
        # an italic heading is short; italics inside running text do not break it
        italic = prev if prev.italic else line
        if len(italic.text) < 0.75 * typical:
            return True
    if _LIST_MARKER.match(line.text):
        return (
            bool(re.search(r"[.:;!?]$", prev.text))
            or short_prev
            or bool(_LIST_MARKER.match(prev.text))
        )
    return False


def _paragraphs(
    lines: list[Line], edits: list[Edit], standalone: re.Pattern[str] | None = None
) -> list[Paragraph]:
    lengths = sorted(len(line.text) for line in lines)
    typical = lengths[int(len(lengths) * 0.8)] if lengths else 80
    pitch = _line_pitch(lines)
    groups: list[list[Line]] = []
    for line in lines:
        if groups and not _starts_new(groups[-1][-1], line, typical, standalone, pitch):
            groups[-1].append(line)
        else:
            groups.append([line])
    paragraphs = []
    for group in groups:
        text = ""
        labels: list[str] = []
        for line in group:
            piece, found = _strip_superscripts(line)
            labels.extend(found)
            text = join_lines(text, piece, edits)
        paragraphs.append(
            Paragraph(
                text=text,
                page=group[0].page,
                lines=group,
                size=group[0].size,
                bold=all(line.bold for line in group),
                x0=min(line.x0 for line in group),
                footnote_labels=labels,
                italic=all(line.italic for line in group),
            )
        )
    return paragraphs


def _strip_superscripts(line: Line) -> tuple[str, list[str]]:
    text = line.text
    labels: list[str] = []
    for start, end in reversed(line.superscripts):
        mark = text[start:end].strip()
        if mark.isdigit():
            labels.insert(0, mark)
            text = text[:start] + text[end:]
    return text, labels


def _keeps_hyphen(left: str, right: str) -> bool:
    word = re.findall(r"[\w]+$", left[:-1])
    return keeps_hyphen(word[0] if word else "", right)


def join_lines(text: str, piece: str, edits: list[Edit]) -> str:
    """Append a printed line to running text: a word broken at the line end is joined (logged
    as ``dehyphenate``), a compound hyphen (``drone-exploitanten``), an elision (``land- en``)
    or a hyphen inside a URL is kept."""
    piece = piece.strip()
    if not text:
        return piece
    if not piece:
        return text
    if text.endswith("-") and not text.endswith(" -") and piece[:1].isalpha():
        if _ELIDED.match(piece):  # ``land-`` / ``en tuinbouw``: a Dutch elision hyphen
            return f"{text} {piece}"
        if _URL_TAIL.search(text):  # ``…/nederland-`` / ``circulair-in-2050``: part of a URL
            return text + piece
        if _keeps_hyphen(text, piece):
            return text + piece
        joined = text[:-1] + piece
        head = text[-20:]
        edits.append(Edit("dehyphenate", f"{head}\n{piece[:20]}", f"{head[:-1]}{piece[:20]}"))
        return joined
    if runs_on_after_dash(text, piece):
        return text + piece  # ``Project 17-46—`` / ``Appropriate``: a closed-up dash
    return f"{text} {piece}"


def link_footnotes(paragraphs: list[Paragraph], notes: list[Footnote]) -> None:
    """Resolve citations whose marks were not printed raised: ``Schiphol1.``, ``jl.1,``,
    ``?1, 2``, or a number set apart by a space (``rapport 1 geeft``, typeset with a text rise).

    A footnote is printed on the page that cites it, so a mark is only looked for on its note's
    page, in reading order, and only for the next footnote not yet cited.
    """
    cited = {label for p in paragraphs for label in p.footnote_labels}
    for note in notes:
        if note.label in cited:
            continue
        label = re.escape(note.label)
        glued = re.compile(
            r"(?<=[A-Za-zÀ-ÿ)\].»”’?!])" + label + r"((?:, ?\d{1,3})*)(?=[\s.,;:!?)]|$)"
        )
        spaced = re.compile(
            r"(?<=[\wÀ-ÿ»”’?!.)\]]) " + label + r"(?=[.,;:!?)]|$|\s(?!" + _NOT_AFTER_MARK + r"))"
        )
        for pattern in (glued, spaced):
            if _cite(paragraphs, note, pattern, notes, cited):
                break


def _cite(
    paragraphs: list[Paragraph],
    note: Footnote,
    pattern: re.Pattern[str],
    notes: list[Footnote],
    cited: set[str],
) -> bool:
    for paragraph in paragraphs:
        last = paragraph.last_page or max(
            (line.page for line in paragraph.lines), default=paragraph.page
        )
        if not paragraph.page <= note.page <= last:
            continue
        match = next(
            (
                m
                for m in pattern.finditer(paragraph.text)
                if not _NOT_BEFORE_MARK.search(paragraph.text[: m.start()])
            ),
            None,
        )
        if match is None:
            continue
        labels = [note.label]
        if match.groups() and match.group(1):
            labels += [n for n in re.split(r", ?", match.group(1).strip(", ")) if n]
        known = {n.label for n in notes}
        labels = [label for label in labels if label in known and label not in cited]
        paragraph.text = paragraph.text[: match.start()] + paragraph.text[match.end() :]
        paragraph.footnote_labels.extend(labels)
        cited.update(labels)
        return True
    return False


def _line_was_full(prev: Paragraph, paragraph: Paragraph, right_edge: dict[int, float]) -> bool:
    """True when the next paragraph's first word would not have fitted on ``prev``'s last line:
    the line break is the typesetter's, not the author's (``… een Nationale`` /
    ``Technologiestrategie, …``)."""
    last = prev.lines[-1]
    first_word = paragraph.text.split(" ", 1)[0]
    if not first_word or _LIST_MARKER.match(paragraph.text) or abs(paragraph.x0 - prev.x0) > 3:
        return False
    char = 0.5 * last.size
    return last.x1 + char * (len(first_word) + 1) > right_edge.get(last.page, 1e9)


def _rejoin_page_breaks(paragraphs: list[Paragraph], edits: list[Edit]) -> list[Paragraph]:
    right_edge: dict[int, float] = {}
    for p in paragraphs:
        for line in p.lines:
            right_edge[line.page] = max(right_edge.get(line.page, 0.0), line.x1)
    out: list[Paragraph] = []
    for paragraph in paragraphs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and paragraph.page == prev.page + 1
            and not (prev.bold or prev.italic)
            and not (paragraph.bold or paragraph.italic)
            and not _SENTENCE_END.search(prev.text)
            and (
                paragraph.text[:1].islower()
                or (paragraph.text[:1].isupper() and _line_was_full(prev, paragraph, right_edge))
            )
            and abs(prev.size - paragraph.size) < 0.6
        ):
            edits.append(
                Edit(
                    "rejoin_page_break",
                    f"{prev.text[-30:]}¶{paragraph.text[:30]}",
                    f"{prev.text[-30:]} {paragraph.text[:30]}",
                )
            )
            prev.text = join_lines(prev.text, paragraph.text, edits)
            prev.lines.extend(paragraph.lines)
            prev.footnote_labels.extend(paragraph.footnote_labels)
            continue
        out.append(paragraph)
    return out

"""Text-level repairs, every edit logged.

Each rule is small and named. Applying a rule to a text returns the new text and the list of
edits it made, each with a short window of context before and after, so that
``record.normalisation`` tells a reader exactly what govdocs changed and where.

Rules run on every block, footnote and the title of a :class:`~govdocs.document.Document`
(:func:`normalise_document`). Structure modules log their own repairs (removed navigation
debris, rejoined page breaks) through :func:`log_edit`.
"""

from __future__ import annotations

import functools
import gzip
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from pydantic import BaseModel

from ._bullets import PUA_BULLET
from ._greek import LOOKALIKES
from .budget import checkpoint
from .document import Document
from .models import Block, NormalisationEdit, SourceFormat

__all__ = [
    "RULES",
    "Edit",
    "Rule",
    "apply_rules",
    "is_word",
    "join_broken",
    "log_edit",
    "normalise_document",
    "normalise_text",
    "rejoin_split_paragraphs",
    "repair_ai_confusion",
    "rules_for",
]

#: Characters of context kept on each side of an edit.
WINDOW = 24


@dataclass(frozen=True)
class Edit:
    rule: str
    before: str
    after: str


@dataclass(frozen=True)
class Rule:
    """A named repair. ``apply(text) -> (new_text, edits)``."""

    name: str
    apply: Callable[[str], tuple[str, list[Edit]]]
    description: str = ""


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    return max(0, start - WINDOW), min(len(text), end + WINDOW)


def regex_rule(
    name: str,
    pattern: str | re.Pattern[str],
    repl: str | Callable[[re.Match[str]], str],
    description: str = "",
    flags: int = 0,
) -> Rule:
    """A rule that replaces every match of ``pattern``; one logged edit per changed match."""
    compiled = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
    if isinstance(repl, str) and "\\" in repl:
        template = repl
        repl = lambda m: m.expand(template)  # noqa: E731 - group references
    literal = repl if isinstance(repl, str) else None

    def apply(text: str) -> tuple[str, list[Edit]]:
        edits: list[Edit] = []
        out: list[str] = []
        pos = 0
        for match in compiled.finditer(text):
            new = literal if literal is not None else repl(match)  # type: ignore[operator]
            if new == match.group(0):
                continue
            lo, hi = _window(text, match.start(), match.end())
            before = text[lo:hi]
            after = text[lo : match.start()] + new + text[match.end() : hi]
            edits.append(Edit(name, before, after))
            out.append(text[pos : match.start()])
            out.append(new)
            pos = match.end()
        if not edits:
            return text, []
        out.append(text[pos:])
        return "".join(out), edits

    return Rule(name, apply, description)


def _nfc(text: str) -> tuple[str, list[Edit]]:
    # NFC never composes across whitespace (a space is a starter that combines with nothing),
    # so each whitespace-free run can be normalised and logged on its own: linear in the text.
    if unicodedata.is_normalized("NFC", text):
        return text, []
    return _NFC_RUNS.apply(text)


_NFC_RUNS = regex_rule("unicode_nfc", r"\S+", lambda m: unicodedata.normalize("NFC", m.group(0)))

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
# Non-breaking and other odd spaces (not newline/tab); U+00A0, U+2000-U+200A, U+202F, U+205F, U+3000
_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\ufffe"

RULE_NFC = Rule("unicode_nfc", _nfc, "Unicode normalisation form C")
RULE_LIGATURES = regex_rule(
    "ligatures",
    "[" + "".join(_LIGATURES) + "]",
    lambda m: _LIGATURES[m.group(0)],
    "typographic ligatures spelled out (ﬁ -> fi)",
)
RULE_SOFT_HYPHENS = regex_rule("soft_hyphens", "\u00ad", "", "soft hyphens removed")
#: letters of a Greek word that a legacy font's text layer gives as the look-alike symbol of
#: another block (MICRO SIGN for mu, INCREMENT for Delta: "πραγµατογνωµόνων", "∆ΙΕΥΘΥΝΣΗΣ"),
#: beside a Greek letter or as an initial before a Greek name ("∆. ∆ΑΓΛΑ")
_GREEK = "\u0370-\u03ff\u1f00-\u1fff"
RULE_GREEK_LOOKALIKES = regex_rule(
    "greek_lookalikes",
    rf"(?<=[{_GREEK}])[µ∆]+|[µ∆]+(?=[{_GREEK}]|\.\s*[{_GREEK}∆])",
    lambda m: m.group(0).translate(LOOKALIKES),
    "look-alike symbols in Greek words given their Greek letters (µ -> μ, ∆ -> Δ)",
)
RULE_ZERO_WIDTH = regex_rule(
    "zero_width", "[" + _ZERO_WIDTH + "]", "", "zero-width characters removed"
)
#: C0 control characters and DEL (a glyph without a Unicode mapping comes out of some PDFs as
#: NUL): no text holds them, and JSON consumers and databases refuse them (PostgreSQL text)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_REMOVED = regex_rule("control_characters", r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+", "")


def _picture(match: re.Match[str]) -> str:
    """A control character's Unicode picture: NUL -> ␀, DEL -> ␡."""
    code = ord(match.group())
    return "\u2421" if code == 0x7F else chr(0x2400 + code)


def _control(text: str) -> tuple[str, list[Edit]]:
    """Control characters removed; the log shows them as their Unicode pictures (␀), so the
    record carries none, not even in its provenance."""
    out, edits = _CONTROL_REMOVED.apply(text)
    return out, [
        Edit(e.rule, _CONTROL.sub(_picture, e.before), _CONTROL.sub(_picture, e.after))
        for e in edits
    ]


RULE_CONTROL = Rule(
    "control_characters",
    _control,
    "control characters (NUL and the like, left by unmapped glyphs) removed",
)
RULE_ODD_SPACES = regex_rule(
    "odd_spaces", "[" + _ODD_SPACES + "]", " ", "non-breaking and other odd spaces -> space"
)
_SPACE_RUNS = regex_rule("whitespace", r"[ \t]{2,}", " ")
_LINE_END_SPACE = regex_rule("whitespace", r"[ \t]*\n[ \t]*", "\n")


def _outer_space(text: str) -> tuple[str, list[Edit]]:
    stripped = text.strip()
    if stripped == text:
        return text, []
    start = len(text) - len(text.lstrip())
    edits = []
    if start:
        edits.append(Edit("whitespace", text[: start + WINDOW], text[start : start + WINDOW]))
    end = start + len(stripped)
    if end < len(text):
        edits.append(
            Edit("whitespace", text[max(0, end - WINDOW) :], text[max(0, end - WINDOW) : end])
        )
    return stripped, edits


def _whitespace(text: str) -> tuple[str, list[Edit]]:
    edits: list[Edit] = []
    for apply in (_SPACE_RUNS.apply, _LINE_END_SPACE.apply, _outer_space):
        text, found = apply(text)
        edits.extend(found)
    return text, edits


RULE_WHITESPACE = Rule(
    "whitespace", _whitespace, "repeated spaces collapsed, lines and text trimmed"
)


@functools.cache
def _words() -> frozenset[str]:
    """Dutch, English and German words (wordfreq's "small" lists, lower case; see
    ``bench/build_wordlist.py``), loaded once on first use."""
    data = resources.files("govdocs").joinpath("data/words.txt.gz").read_bytes()
    lines = gzip.decompress(data).decode("utf-8").split("\n")
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_word(word: str) -> bool:
    """Is ``word`` a Dutch, English or German word, or a compound of two (``arbeids`` +
    ``inspectie``, ``handlungs`` + ``empfehlungen``)?"""
    words = _words()
    word = word.lower()
    if word in words:
        return True
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if tail in words and (
            head in words or (head[-1:] == "s" and head[:-1] in words and len(head) > 3)
        ):
            return True
    return False


def _join_letterspaced(match: re.Match[str]) -> str:
    capital, rest = match.group(1), match.group(2)
    # "Y la tierra", "Xbox One X review", "Model S is", "U bent": the rest is a word itself.
    # "A rbeidsinspectie", "C ijfers": only the joined form is one.
    if rest.lower() in _words() or not is_word(capital + rest):
        return match.group(0)
    return capital + rest


#: PDF extraction (pypdf) turns the kerning after a capital into a space: "A rbeidsinspectie",
#: "C ijfers", "O ngevallen". Joined only where the joined form is a word and the rest is not,
#: and only in text from PDFs (see :func:`rules_for`).
RULE_LETTERSPACED_CAPITAL = regex_rule(
    "letterspaced_capital",
    r"(?<![\w.=])([A-Z]) ([a-zà-ÿ]{2,})(?![\w-])",
    _join_letterspaced,
    "a capital split from the rest of its word by PDF extraction is joined again",
)

_VOWELS = frozenset("aeiouyáéíóúàèëïöüâêîôû")


def keeps_hyphen(head: str, tail: str) -> bool:
    """Is ``head-`` + ``tail`` (a word broken at a line end) a real compound hyphen?

    Kept: the next part starts with a capital or digit (``EU-landen``, ``Noord-Holland``), the
    first part is an acronym, a number or one letter (``AI-systemen``), or two vowels meet, where
    Dutch writes a hyphen (``drone-exploitanten``, ``zee-egel``), unless the joined form is a
    word of its own (German writes none: ``Informati-`` / ``onen``, ``be-`` / ``antragte``).
    Otherwise the hyphen was a line break (``multi-\nfaceted`` -> ``multifaceted``,
    ``luchtvaartmaat-\nschappijen``).
    """
    if not head or not tail[:1].isalpha() or tail[:1].isupper():
        return True
    if head.isupper() or any(c.isdigit() for c in head) or len(head) == 1:
        return True
    if head[-1].lower() in _VOWELS and tail[0].lower() in _VOWELS:
        rest = re.match(r"[^\W\d_]+", tail)
        return (head + (rest.group() if rest else "")).lower() not in _words()
    return False


#: a dash closed up to the word before it at a line end ("Project 17-46—" / "Appropriate",
#: "1990–" / "2000"): typeset without spaces, the phrase runs on without one
_CLOSED_DASH = re.compile(r"[^\W_)][—–]$")


def runs_on_after_dash(text: str, piece: str) -> bool:
    """Whether ``piece`` follows ``text`` without a space: ``text`` ends in a dash closed up to
    its last word (English em dashes, ranges) and ``piece`` starts with a letter or digit. A
    dash set apart (``Titel –`` / ``Ondertitel``) keeps its space."""
    return bool(_CLOSED_DASH.search(text)) and piece[:1].isalnum()


def join_broken(pieces: list[str]) -> str:
    """Lines of one phrase (a title, a field's value) joined with spaces, a word broken at a
    line end joined again: the hyphen dropped where it only broke the word
    (``luchtvaartmaat-`` / ``schappijen``), kept without a space where it is a compound's
    (``btw-`` / ``identificatie``, ``EFRO-`` / ``programma``, ``BUDGETTAIR-`` /
    ``STRUCTUREEL``). A dash set apart (``Title -`` / ``Subtitle``) keeps its space."""
    text = ""
    for piece in (piece.strip() for piece in pieces):
        if not piece:
            continue
        if text.endswith("-") and text[-2:-1].isalpha() and piece[:1].isalpha():
            head = text[:-1].rsplit(" ", 1)[-1]
            tail = piece.split(" ", 1)[0]
            joined = re.sub(r"\W+$", "", head + tail)
            # (a word the word list does not know is broken where neither part is a word
            # either: a syllable break in Swedish, "Forskningsdatautred-" / "ningen")
            fragments = not (is_word(head) or is_word(re.sub(r"\W+$", "", tail)))
            broken = not keeps_hyphen(head, tail) and (is_word(joined) or fragments)
            text = (text[:-1] if broken else text) + piece
        elif runs_on_after_dash(text, piece):
            text += piece
        else:
            text = f"{text} {piece}".strip()
    return " ".join(text.split())


def _dehyphenate(match: re.Match[str]) -> str:
    head, tail = match.group(1), match.group(2)
    return f"{head}-{tail}" if keeps_hyphen(head, tail) else f"{head}{tail}"


#: A word broken over a line end inside a block (``multi-\nfaceted``).
RULE_DEHYPHENATE = regex_rule(
    "dehyphenate",
    r"(?<!\w)(\w+)-[ \t]*\n[ \t]*(\w+)",
    _dehyphenate,
    "words hyphenated across line ends rejoined, compound hyphens kept",
)
_CONJUNCTION = frozenset({"en", "of", "tot", "noch", "and", "or", "to", "et", "ou", "und", "oder"})


def _join_hyphen_space(match: re.Match[str]) -> str:
    head, tail = match.group(1), match.group(2)
    # "land- en tuinbouw", "fixed- and mobile": a suspended compound keeps hyphen and space
    if tail.lower() in _CONJUNCTION or keeps_hyphen(head, tail) or not is_word(head + tail):
        return match.group(0)
    return head + tail


#: A line-end hyphen that text extraction followed by a space instead of a line break
#: (``handelings- perspectief``): joined by the same test as :data:`RULE_DEHYPHENATE`, and only
#: when the joined form is a word; suspended compounds (``land- en tuinbouw``) are kept. PDF only.
RULE_HYPHEN_SPACE = regex_rule(
    "hyphen_space",
    r"(?<![\w-])([a-zà-ÿ][\w]*[a-zà-ÿ])- ([a-zà-ÿ]{2,}\w*)",
    _join_hyphen_space,
    "words hyphenated at a line end and joined with a space rejoined, suspended compounds kept",
)
RULE_BULLET_DEBRIS = regex_rule(
    "bullet_debris",
    rf"(?m)^(?:[•▪●◦■□➢✓]\s*|{PUA_BULLET}(?:\s+|$))",
    "",
    "bullet glyphs left by extraction removed from the start of lines",
)

#: a run of text between ordinary whitespace; U+00A0 stays inside a run because ``Ã`` + NBSP is
#: how ``à`` (UTF-8 ``C3 A0``) looks when it was decoded as cp1252/latin-1
_RUN = re.compile(r"[^ \t\n\r\f\v]+")


def _mojibake(text: str) -> tuple[str, list[Edit]]:
    """UTF-8 read as cp1252/latin-1 (``Ã©Ã©n`` -> ``één``), repaired by ftfy run by run, so
    only the broken runs are edited and logged; text ftfy does not find bad is never touched."""
    if text.isascii():
        return text, []
    from ftfy.badness import is_bad

    if not is_bad(text):
        return text, []
    return _MOJIBAKE_RUNS.apply(text)


def _fix_run(match: re.Match[str]) -> str:
    from ftfy import fix_encoding

    run = match.group(0)
    return run if run.isascii() else fix_encoding(run)


_MOJIBAKE_RUNS = regex_rule("mojibake", _RUN, _fix_run)
RULE_MOJIBAKE = Rule(
    "mojibake", _mojibake, "UTF-8 text decoded with the wrong codec repaired (ftfy): Ã©Ã©n -> één"
)

#: The rules that repair characters, not the layout of lines: they apply to metadata values
#: too (a subject's ligature, a signatory's name in NFD or with a Greek look-alike), where
#: whitespace, hyphenation and line joins are the structure stage's business.
_CHARACTER_CHAIN: list[Rule] = [
    RULE_CONTROL,
    RULE_MOJIBAKE,
    RULE_NFC,
    RULE_LIGATURES,
    RULE_SOFT_HYPHENS,
    RULE_GREEK_LOOKALIKES,
    RULE_ZERO_WIDTH,
]
CHARACTER_RULES = frozenset(rule.name for rule in _CHARACTER_CHAIN)

#: The default rule chain, in order. Later rules see the output of earlier ones.
RULES: list[Rule] = [
    *_CHARACTER_CHAIN,
    RULE_ODD_SPACES,
    RULE_WHITESPACE,
    RULE_DEHYPHENATE,
    RULE_HYPHEN_SPACE,
    RULE_BULLET_DEBRIS,
    RULE_LETTERSPACED_CAPITAL,
]


#: Rules that repair artefacts of one source format only, by rule name -> formats.
FORMAT_RULES: dict[str, frozenset[SourceFormat]] = {
    RULE_LETTERSPACED_CAPITAL.name: frozenset({SourceFormat.pdf}),
    RULE_HYPHEN_SPACE.name: frozenset({SourceFormat.pdf}),
}


def rules_for(source_format: SourceFormat | None) -> list[Rule]:
    """The rule chain for text from ``source_format``: :data:`RULES` less the rules meant for
    other formats (``letterspaced_capital`` repairs PDF extraction and runs on PDFs only)."""
    return [
        rule
        for rule in RULES
        if rule.name not in FORMAT_RULES or source_format in FORMAT_RULES[rule.name]
    ]


def apply_rules(text: str, rules: Sequence[Rule] | None = None) -> tuple[str, list[Edit]]:
    """Run ``rules`` (default :data:`RULES`) over ``text``."""
    edits: list[Edit] = []
    for rule in RULES if rules is None else rules:
        text, found = rule.apply(text)
        edits.extend(found)
    return text, edits


def normalise_text(text: str, rules: Sequence[Rule] | None = None) -> str:
    """Just the repaired text (edits discarded)."""
    return apply_rules(text, rules)[0]


def log_edit(doc: Document, rule: str, block: str | None, before: str, after: str) -> None:
    """Record an edit made outside the rule chain (by a structure module)."""
    doc.normalisation.append(NormalisationEdit(rule=rule, block=block, before=before, after=after))


def _log(doc: Document, where: str | None, edits: Iterable[Edit]) -> None:
    for edit in edits:
        log_edit(doc, edit.rule, where, edit.before, edit.after)


# --------------------------------------------------------------------------- document-level

_AL = re.compile(r"(?<![\w-])Al(?=-[a-z]|(?![\w-]))")
_AI_NEXT = frozenset(
    (
        "governance",
        "development",
        "developments",
        "technology",
        "technologies",
        "ethics",
        "ethical",
        "systems",
        "system",
        "applications",
        "application",
        "research",
        "risks",
        "risk",
        "safety",
        "security",
        "principles",
        "cooperation",
        "innovation",
        "community",
        "practitioners",
        "models",
        "model",
        "algorithms",
        "capabilities",
        "industry",
        "policy",
        "policies",
        "strategy",
        "strategies",
        "tools",
        "products",
        "solutions",
        "era",
        "age",
        "sector",
        "companies",
        "enterprises",
        "experts",
        "talent",
        "chips",
        "infrastructure",
        "regulation",
        "standards",
        "norms",
        "weapons",
        "military",
        "agents",
        "services",
        "literacy",
        "education",
        "adoption",
        "deployment",
        "use",
        "usage",
        "efforts",
        "breakthroughs",
        "monitoring",
        "digital",
        "for",
        "and",
        "in",
        "to",
        "is",
        "are",
        "has",
        "have",
        "can",
        "will",
        "should",
        "may",
        "from",
        "with",
        "into",
        "on",
        "as",
        "at",
        "that",
        "which",
        "by",
        "of",
        "or",
        "was",
        "were",
        "had",
        "been",
        "could",
        "would",
        "might",
        "must",
        "international",
        "institute",
        "initiative",
        "index",
        "act",
        "forum",
        "summit",
        "lab",
        "labs",
        "center",
        "centre",
        "office",
    )
)
_AI_BEFORE = re.compile(
    r"(?:\b(?:responsible|trustworthy|ethical|of|on|about|in|and|to|for|by|from|with|between|"
    r"regarding|using|use|the|military|civilian|generative|global|international|emerging)|"
    r"['’]s)\s*$",
    re.IGNORECASE,
)
# starts at a word start, not after "X-" inside a hyphenated capital chain: linear, not quadratic
_ACRONYM_L = re.compile(r"(?<!\w)(?<![A-Z]-)[A-Z][A-Z-]*l[A-Za-z-]*\b")


def repair_ai_confusion(doc: Document) -> None:
    """``Al`` printed for ``AI`` (capital i read as lower-case L) in English text, repaired where
    the context shows the acronym; also acronyms such as ``I-AllG`` when the document itself
    spells them with capital I (``I-AIIG``). Names (``Al Gore``) and non-English text are left.
    Linear in the text: one pass per pattern, each replacement logged where it is made.
    """
    texts = [doc.title or "", *(b.text for b in doc.blocks)]
    uses_ai = any(_AI_WORD.search(t) for t in texts)
    known_tokens = {tok for t in texts for tok in _CAPS_TOKEN.findall(t)}

    def al(match: re.Match[str]) -> str:
        text = match.string
        after = text[match.end() : match.end() + 40]
        before = text[max(0, match.start() - 40) : match.start()]
        next_word = re.match(r"\s*([\w'’-]+|[^\w\s])", after)
        token = next_word.group(1) if next_word else ""
        if token.lower() in _AI_NEXT:
            return "AI"  # "Al governance", "Al Ethics", "Al technologies"
        if token[:1].isupper():
            return match.group(0)  # "Al Gore", "Al Jazeera"
        if uses_ai and _AI_BEFORE.search(before):
            return "AI"  # "responsible Al", "resistance to Al", "DiDi's Al"
        if uses_ai:
            return "AI"  # the document writes AI itself; English "Al" + lower case is AI
        return match.group(0)

    def acronym(match: re.Match[str]) -> str:
        candidate = match.group(0).replace("l", "I")
        return candidate if candidate in known_tokens else match.group(0)

    rules = [regex_rule("al_ai_confusion", _ACRONYM_L, acronym)]
    if doc.language == "en":
        rules.insert(0, regex_rule("al_ai_confusion", _AL, al))
    if doc.title:
        doc.title, edits = apply_rules(doc.title, rules)
        _log(doc, "title", edits)
    if doc.subtitle:
        doc.subtitle, _ = apply_rules(doc.subtitle, rules)
    for block in doc.blocks:
        checkpoint()
        block.text, edits = apply_rules(block.text, rules)
        _log(doc, block.id, edits)


_AI_WORD = re.compile(r"\bAI\b")
_CAPS_TOKEN = re.compile(r"(?<!\w)(?<![A-Z]-)[A-Z][A-Z-]{2,}\b")


_CLOSED = re.compile(r"[.!?:;,]['\"”’»)\]]*$")


def rejoin_split_paragraphs(doc: Document) -> None:
    """Join paragraphs split by a page break: one that ends without closing punctuation followed
    by one that starts in lower case is one paragraph (so is a speech split so, by one speaker).
    Headings, list items and other block types are never joined. Each join is logged as
    ``rejoin_page_break``."""
    from .models import BlockType

    kept: list[Block] = []
    for block in doc.blocks:
        prev = kept[-1] if kept else None
        if (
            prev is not None
            and prev.type is block.type
            and block.type in (BlockType.paragraph, BlockType.speech)
            and prev.speaker == block.speaker
            and not _CLOSED.search(prev.text.rstrip())
            and block.text[:1].islower()
        ):
            log_edit(
                doc,
                "rejoin_page_break",
                prev.id,
                f"{prev.text[-30:]}¶{block.text[:30]}",
                f"{prev.text[-30:]} {block.text[:30]}",
            )
            prev.text = f"{prev.text.rstrip()} {block.text.lstrip()}"
            prev.footnote_refs += block.footnote_refs
            continue
        kept.append(block)
    if len(kept) != len(doc.blocks):
        doc.blocks = kept
        doc.renumber()


def normalise_document(doc: Document, rules: Sequence[Rule] | None = None) -> None:
    """Rejoin paragraphs split by page breaks, then apply the rule chain to the title, every
    block and every footnote of ``doc``, in place. Repairs the reader made to the bytes
    (``raw.repairs``) are logged first."""
    doc.normalisation[:0] = [r for r in doc.raw.repairs if r not in doc.normalisation]
    rejoin_split_paragraphs(doc)
    if rules is None:
        rules = rules_for(doc.raw.format)
    if doc.title is not None:
        doc.title, edits = apply_rules(doc.title, rules)
        _log(doc, "title", edits)
    if doc.subtitle is not None:
        # (the title's ending: its repairs are logged with the title's)
        doc.subtitle, _ = apply_rules(doc.subtitle, rules)
    emptied: dict[str, str] = {}  # blocks the rules left without text -> their text before
    for block in doc.blocks:
        checkpoint()
        before = block.text
        block.text, edits = apply_rules(block.text, rules)
        _log(doc, block.id, edits)
        if not block.text.strip():
            emptied[block.id] = before
    for note in doc.footnotes:
        checkpoint()
        note.text, edits = apply_rules(note.text, rules)
        _log(doc, note.id, edits)
    if emptied:
        _drop_empty_blocks(doc, emptied)
    characters = [rule for rule in rules if rule.name in CHARACTER_RULES]
    _normalise_fields(doc, doc.metadata, "metadata", characters)


def _normalise_fields(doc: Document, model: BaseModel, where: str, rules: Sequence[Rule]) -> None:
    """Apply ``rules`` to every string of ``model`` (the record's metadata), nested models and
    lists included, in place; edits are logged under the field's path (``metadata.subject``,
    ``metadata.signatories.0.name``)."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        path = f"{where}.{name}"
        if isinstance(value, str):
            new, edits = apply_rules(value, rules)
            if edits:
                setattr(model, name, new)
                _log(doc, path, edits)
        elif isinstance(value, BaseModel):
            _normalise_fields(doc, value, path, rules)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    _normalise_fields(doc, item, f"{path}.{index}", rules)
                elif isinstance(item, str):
                    new, edits = apply_rules(item, rules)
                    if edits:
                        value[index] = new
                        _log(doc, f"{path}.{index}", edits)


def _drop_empty_blocks(doc: Document, emptied: dict[str, str]) -> None:
    """Blocks with no text left (a bullet glyph alone on its line, extraction debris) are no
    part of the record: dropped, each logged as ``empty_block`` with the text it held, and the
    ids renumbered (edits logged for a dropped block no longer name it)."""
    for edit in doc.normalisation:
        if edit.block in emptied:
            edit.block = None
    doc.blocks = [block for block in doc.blocks if block.id not in emptied]
    for before in emptied.values():
        # (control characters shown as their pictures, as the rule that removed them logs them)
        log_edit(doc, "empty_block", None, _CONTROL.sub(_picture, before), "")
    doc.renumber()

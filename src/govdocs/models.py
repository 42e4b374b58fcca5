"""The govdocs record, schema v1: the only definition of what govdocs writes.

These pydantic models are the contract. ``schemas/govdocs-record.v1.schema.json`` is generated
from them (``govdocs schema --write``) and a test fails when the two differ. Every model forbids
unknown fields, so a misspelt field is an error, never silently dropped.

Dates: the record's ``date`` is an ISO 8601 calendar date at the precision the document states
it: ``2023-06-23`` (day), ``2021-03`` (month) or ``2021`` (year); ``date_precision`` says which.
Never a guessed day. Dates inside ``metadata`` that are always stated in full (submitted,
answered, meeting date) are plain ``YYYY-MM-DD`` dates.
"""

from __future__ import annotations

import datetime as _dt
import re
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

SCHEMA_NAME = "govdocs.record"
SCHEMA_VERSION = "1.0.0"
SCHEMA_ID = "https://govdocs.dev/schemas/govdocs-record.v1.schema.json"

__all__ = [
    "SCHEMA_ID",
    "SCHEMA_NAME",
    "SCHEMA_VERSION",
    "Block",
    "BlockType",
    "DatePrecision",
    "DocumentKind",
    "Dossier",
    "Footnote",
    "Generator",
    "Metadata",
    "NewsItemMetadata",
    "NormalisationEdit",
    "OtherMetadata",
    "ParliamentaryLetterMetadata",
    "ParliamentaryQuestionsMetadata",
    "Person",
    "ProceedingsMetadata",
    "ProtectedSpan",
    "Record",
    "Reference",
    "ReferenceType",
    "ReportMetadata",
    "Segment",
    "SegmentFlag",
    "Signatory",
    "Source",
    "SourceFormat",
    "TocEntry",
    "Translation",
    "TranslationInfo",
    "TranslationStatus",
    "Warning",
    "partial_date_range",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


_PARTIAL_DATE_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


def _check_partial_date(value: str) -> str:
    match = _PARTIAL_DATE_RE.match(value)
    if match is None:  # pragma: no cover - the pattern constraint catches this first
        raise ValueError("not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(f"month {month} out of range")
    if day is not None:
        try:
            _dt.date(int(year), int(month), int(day))
        except ValueError as exc:
            raise ValueError(f"{value} is not a calendar date") from exc
    return value


# Exact patterns for the published schema, so any JSON Schema validator rejects 2023-13-45 or
# 2023-02-29 as govdocs does. [0-9] not \d: in Python's re \d also matches other scripts' digits.
# Year 0000 has no days in Python's calendar (datetime.MINYEAR is 1), so day dates exclude it.
_MONTH = r"(?:0[1-9]|1[0-2])"
_MONTH_DAY = (
    r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    r"|02-(?:0[1-9]|1[0-9]|2[0-8]))"
)
_YEAR_FROM_1 = r"(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
_LEAP_YEAR = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
#: ``date`` patterns per ``date_precision`` (ECMA-262 and Python compatible, no lookaround).
YEAR_PATTERN = r"^[0-9]{4}$"
MONTH_PATTERN = rf"^[0-9]{{4}}-{_MONTH}$"
DAY_PATTERN = rf"^(?:{_YEAR_FROM_1}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)$"
PARTIAL_DATE_PATTERN = rf"^(?:[0-9]{{4}}|[0-9]{{4}}-{_MONTH}|{DAY_PATTERN[1:-1]})$"


def partial_date_range(value: str) -> tuple[_dt.date, _dt.date]:
    """First and last day a partial date covers: ``2021-03`` -> (2021-03-01, 2021-03-31)."""
    _check_partial_date(value)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = _dt.date(parts[0], parts[1], parts[2])
        return day, day
    if len(parts) == 2:
        start = _dt.date(parts[0], parts[1], 1)
        following = _dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return start, following - _dt.timedelta(days=1)
    return _dt.date(parts[0], 1, 1), _dt.date(parts[0], 12, 31)


#: An ISO 8601 calendar date at day, month or year precision (``2023-06-23``, ``2021-03``, ``2021``).
#: Validation keeps the loose pattern plus a calendar check (clear messages); the schema carries
#: the exact pattern.
PartialDate = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"),
    AfterValidator(_check_partial_date),
    WithJsonSchema({"type": "string", "pattern": PARTIAL_DATE_PATTERN}),
]
#: A BCP 47 primary language subtag (``nl``, ``en``) or ``und`` when undetermined.
LanguageTag = Annotated[str, StringConstraints(pattern=r"^(und|[a-z]{2,3})(-[A-Za-z0-9]{2,8})*$")]
SessionYear = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{4}$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
BlockId = Annotated[str, StringConstraints(pattern=r"^b[1-9][0-9]*$")]
FootnoteId = Annotated[str, StringConstraints(pattern=r"^fn[1-9][0-9]*$")]
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]


class DocumentKind(str, Enum):
    """What sort of document a record holds."""

    parliamentary_letter = "parliamentary_letter"
    parliamentary_questions = "parliamentary_questions"
    proceedings = "proceedings"
    news_item = "news_item"
    report = "report"
    other = "other"


class SourceFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    pdf = "pdf"
    xml = "xml"
    html = "html"
    odt = "odt"
    docx = "docx"


class DatePrecision(str, Enum):
    day = "day"
    month = "month"
    year = "year"


class BlockType(str, Enum):
    """The role of a block of text in reading order."""

    heading = "heading"
    paragraph = "paragraph"
    list_item = "list_item"
    quote = "quote"
    table = "table"
    salutation = "salutation"
    closing = "closing"
    signature = "signature"
    question = "question"
    answer = "answer"
    speech = "speech"
    motion = "motion"
    contact = "contact"
    caption = "caption"


class TranslationStatus(str, Enum):
    complete = "complete"
    partial = "partial"
    not_needed = "not_needed"
    not_requested = "not_requested"
    unavailable = "unavailable"


class ReferenceType(str, Enum):
    kamerstuk = "kamerstuk"
    aanhangsel = "aanhangsel"
    handelingen = "handelingen"
    motion = "motion"
    url = "url"


# --------------------------------------------------------------------------- provenance


class Generator(_Model):
    """The software that wrote the record."""

    name: Literal["govdocs"] = "govdocs"
    version: NonEmpty


class Source(_Model):
    """The file the record was made from."""

    filename: NonEmpty = Field(description="Base name of the source file.")
    sha256: Sha256 = Field(description="SHA-256 of the file's bytes; the key for --resume.")
    format: SourceFormat
    media_type: NonEmpty
    pages: Annotated[int, Field(ge=0)] | None = Field(
        default=None, description="Number of pages (PDF); null for formats without pages."
    )
    size: Annotated[int, Field(ge=0)] = Field(description="File size in bytes.")
    encoding: str | None = Field(default=None, description="Detected text encoding (text/HTML).")
    reader: NonEmpty = Field(description="The govdocs reader that read the file.")


# --------------------------------------------------------------------------- translation


class SegmentFlag(str, Enum):
    """Why a translated sentence deserves a second look (see ``govdocs.translate.quality``)."""

    protected_span_missing = "protected_span_missing"
    number_mismatch = "number_mismatch"
    untranslated = "untranslated"
    length_ratio = "length_ratio"
    repetition = "repetition"
    truncated = "truncated"
    low_quality = "low_quality"


class ProtectedSpan(_Model):
    """A part of the source sentence that govdocs renders itself instead of the model: a
    number, amount, date, reference, address, case number, name or glossary term."""

    kind: Literal[
        "number", "amount", "date", "reference", "url", "email", "case_number", "name", "term"
    ]
    start: Annotated[int, Field(ge=0)] = Field(description="Offset in the segment's source.")
    end: Annotated[int, Field(ge=0)]
    source: NonEmpty
    target: NonEmpty = Field(description="What the target must contain for it.")


class Segment(_Model):
    """One source sentence and its translation; offsets index the source text."""

    source: str
    target: str
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    from_memory: bool = False
    score: float | None = Field(
        default=None,
        description="The model's mean log-probability per generated token (0 is certain; "
        "CTranslate2 return_scores, length normalisation undone).",
    )
    flags: list[SegmentFlag] = Field(default_factory=list)
    protected: list[ProtectedSpan] = Field(default_factory=list)


class Translation(_Model):
    """The translation of one text, aligned sentence by sentence."""

    text: str
    segments: list[Segment]


class TranslationInfo(_Model):
    """Document-level summary and provenance of the translation."""

    status: TranslationStatus
    engine: str | None = None
    model: str | None = Field(default=None, description="Model package name, e.g. translate-nl_en.")
    model_version: str | None = None
    source_lang: LanguageTag | None = None
    target_lang: LanguageTag | None = None
    libraries: dict[str, str] = Field(default_factory=dict, description="Library versions used.")
    settings: dict[str, str | int | float | bool | None] = Field(
        default_factory=dict, description="Decoding settings used."
    )
    segments: Annotated[int, Field(ge=0)] = 0
    from_memory: Annotated[int, Field(ge=0)] = 0
    flags: dict[str, Annotated[int, Field(ge=0)]] = Field(
        default_factory=dict, description="Number of segments carrying each flag."
    )
    protected_spans: Annotated[int, Field(ge=0)] = 0
    glossary: str | None = Field(default=None, description="Name of the glossary applied.")
    glossary_version: str | None = None
    min_quality: float | None = Field(
        default=None, description="Score below which a segment is flagged low_quality."
    )
    message: str | None = Field(default=None, description="Why translation is not complete.")


# --------------------------------------------------------------------------- metadata


class Dossier(_Model):
    number: NonEmpty = Field(description="Dossier number without spaces, e.g. 33694.")
    suffix: str | None = Field(default=None, description="Suffix such as X or XIV in 36200-XIV.")
    title: str | None = None


class Signatory(_Model):
    """Who signed, in which office (at least one of the two is printed)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "anyOf": [
                {"properties": {"name": {"type": "string"}}, "required": ["name"]},
                {"properties": {"role": {"type": "string"}}, "required": ["role"]},
            ]
        },
    )

    role: str | None = Field(
        default=None,
        description="The office as printed, without its article and with a capital first letter "
        "('Minister van Defensie', 'Voorzitter', 'Member of the Commission').",
    )
    name: NonEmpty | None = Field(
        default=None,
        description="The name as printed; null when only the office is printed (the signature "
        "drawn or its name redacted, as in decisions signed on a minister's behalf).",
    )

    @model_validator(mode="after")
    def _someone(self) -> Signatory:
        if self.name is None and not self.role:
            raise ValueError("a signatory needs a name or a role")
        return self


class Person(_Model):
    name: NonEmpty
    party: str | None = None
    role: str | None = None


class TocEntry(_Model):
    title: NonEmpty
    level: Annotated[int, Field(ge=1, le=6)] = 1
    page: Annotated[int, Field(ge=0)] | None = None


class _ParliamentaryBase(_Model):
    chamber: Literal["Tweede Kamer", "Eerste Kamer", "Verenigde Vergadering"] | None = None
    session_year: SessionYear | None = None


class ParliamentaryLetterMetadata(_ParliamentaryBase):
    """A letter to parliament: a ministry letter on letterhead or a published Kamerstuk."""

    kind: Literal["parliamentary_letter"] = "parliamentary_letter"
    dossier: Dossier | None = None
    document_number: str | None = None
    document_type: str | None = Field(default=None, description="e.g. brief, motie, nota.")
    heading: str | None = Field(default=None, description="e.g. 'Brief van de minister van ...'.")
    ministry: str | None = Field(default=None, description="Sending organisation.")
    addressee: str | None = None
    place: str | None = None
    reference: str | None = Field(default=None, description="Kenmerk / Ons kenmerk.")
    your_reference: str | None = Field(default=None, description="Uw kenmerk.")
    subject: str | None = Field(default=None, description="Betreft.")
    attachments: Annotated[int, Field(ge=0)] | None = Field(
        default=None, description="Number of attachments (Bijlage(n))."
    )
    signatories: list[Signatory] = Field(default_factory=list)


class ParliamentaryQuestionsMetadata(_ParliamentaryBase):
    """Written questions and their answers (Aanhangsel van de Handelingen)."""

    kind: Literal["parliamentary_questions"] = "parliamentary_questions"
    aanhangsel_number: str | None = None
    question_ids: list[str] = Field(
        default_factory=list, description="Registration numbers such as 2024Z03522."
    )
    askers: list[Person] = Field(default_factory=list)
    addressees: list[str] = Field(default_factory=list, description="Ministers addressed.")
    answered_by: list[Signatory] = Field(default_factory=list)
    date_submitted: _dt.date | None = None
    date_answered: _dt.date | None = None
    subject: str | None = None
    status: Literal["answered", "answer_delayed", "answered_elsewhere", "unanswered"] | None = (
        Field(
            default=None,
            description="answered; answer_delayed or answered_elsewhere (a Mededeling instead of "
            "answers); unanswered.",
        )
    )


class ProceedingsMetadata(_ParliamentaryBase):
    """Plenary proceedings: the Handelingen, and the verbatim record of any chamber or council."""

    kind: Literal["proceedings"] = "proceedings"
    reference: str | None = Field(
        default=None,
        description="The record's own number as printed, where it has one (CRIV 55 PLEN 291).",
    )
    meeting_number: str | None = None
    item_number: str | None = None
    agenda_item: str | None = None
    speakers: list[Person] = Field(default_factory=list)


class NewsItemMetadata(_Model):
    kind: Literal["news_item"] = "news_item"
    publisher: str | None = None
    url: str | None = None
    place: str | None = None


class ReportMetadata(_Model):
    kind: Literal["report"] = "report"
    publisher: str | None = None
    reference: str | None = Field(
        default=None,
        description="The report's own number as printed: a series or publication number, a "
        "document symbol in its running header or footer, a file reference.",
    )
    authors: list[str] = Field(default_factory=list)
    table_of_contents: list[TocEntry] = Field(default_factory=list)
    signatories: list[Signatory] = Field(
        default_factory=list,
        description="Who signed it: an advice's chair, an opinion's president.",
    )
    subject: str | None = Field(
        default=None, description="The Subject / Onderwerp its head states (a council report)."
    )
    addressee: str | None = Field(
        default=None,
        description="To / Aan of a report put before a council or committee under a memo head "
        "(a staff report).",
    )


class OtherMetadata(_Model):
    kind: Literal["other"] = "other"
    addressee: str | None = Field(default=None, description="Aan / To of a memo or note.")
    reference: str | None = Field(default=None, description="Kenmerk / Ref. of a memo or note.")
    subject: str | None = Field(default=None, description="Onderwerp / Betreft / Subject.")
    signatories: list[Signatory] = Field(default_factory=list)


Metadata = Annotated[
    ParliamentaryLetterMetadata
    | ParliamentaryQuestionsMetadata
    | ProceedingsMetadata
    | NewsItemMetadata
    | ReportMetadata
    | OtherMetadata,
    Field(discriminator="kind"),
]


# --------------------------------------------------------------------------- content


class Block(_Model):
    """One unit of text in reading order."""

    id: BlockId
    type: BlockType
    text: str
    lang: LanguageTag = "und"
    lang_confidence: Confidence | None = None
    page: Annotated[int, Field(ge=1)] | None = None
    level: Annotated[int, Field(ge=1, le=6)] | None = Field(
        default=None, description="Heading level (1 is the top)."
    )
    number: str | None = Field(
        default=None, description="List-item, question or answer number as printed."
    )
    speaker: Person | None = Field(default=None, description="Who speaks (speech blocks).")
    footnote_refs: list[FootnoteId] = Field(default_factory=list)
    translation: Translation | None = None


class Footnote(_Model):
    id: FootnoteId
    label: NonEmpty = Field(description="The mark as printed, e.g. 1.")
    text: str
    cited_in: BlockId | None = Field(default=None, description="The block that cites it.")
    page: Annotated[int, Field(ge=1)] | None = None
    lang: LanguageTag = "und"
    lang_confidence: Confidence | None = None
    translation: Translation | None = None


class Reference(_Model):
    """A reference to another (parliamentary) document."""

    type: ReferenceType
    text: NonEmpty = Field(description="The reference as written.")
    dossier: str | None = None
    suffix: str | None = None
    number: str | None = None
    session_year: SessionYear | None = None
    member: str | None = Field(default=None, description="Named motion: the member, e.g. De Hoop.")
    url: str | None = None
    block: str | None = Field(default=None, description="Block or footnote id where it occurs.")


class NormalisationEdit(_Model):
    """One edit govdocs made to the text, with a short window before and after."""

    rule: NonEmpty
    block: str | None = Field(
        default=None,
        description="Block/footnote id, 'title', or the metadata value's path "
        "('metadata.subject', 'metadata.signatories.0.name').",
    )
    before: str
    after: str


class Warning(_Model):
    code: NonEmpty
    message: NonEmpty


# --------------------------------------------------------------------------- record


class Record(_Model):
    """One document as a clean, structured, bilingual record."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"$id": SCHEMA_ID},
        title="govdocs record",
    )

    schema_name: Literal["govdocs.record"]
    schema_version: Annotated[str, StringConstraints(pattern=r"^1\.\d+\.\d+$")]
    id: NonEmpty = Field(
        description="Official identifier when the document states one (kst-33694-68), "
        "else doc-<first 16 hex digits of the source sha256>."
    )
    kind: DocumentKind
    source: Source
    generator: Generator
    language: LanguageTag
    language_confidence: Confidence | None = None
    title: str | None = None
    subtitle: str | None = Field(
        default=None,
        description="The subtitle: the words printed under the main title in smaller type, "
        "with which `title` ends (`title` gives main title and subtitle together, as "
        "catalogues print them; the main title alone is `title` without this ending). Null "
        "when the title has none or the source does not set one apart.",
    )
    title_translation: Translation | None = None
    metadata_translations: dict[str, Translation] = Field(
        default_factory=dict,
        description="Translations of metadata fields a reader sees first (subject, heading, "
        "addressee, agenda item, dossier title), keyed by field name.",
    )
    date: PartialDate | None = Field(default=None, description="As stated; null if none is.")
    date_precision: DatePrecision | None = None
    metadata: Metadata
    blocks: list[Block]
    footnotes: list[Footnote] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    translation: TranslationInfo
    normalisation: list[NormalisationEdit] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Record:
        if self.metadata.kind != self.kind.value:
            raise ValueError(f"metadata.kind {self.metadata.kind!r} does not match kind")
        if (self.date is None) != (self.date_precision is None):
            raise ValueError("date and date_precision must both be set or both be null")
        if self.date is not None and self.date_precision is not None:
            parts = {1: DatePrecision.year, 2: DatePrecision.month, 3: DatePrecision.day}
            if parts[len(self.date.split("-"))] != self.date_precision:
                raise ValueError("date_precision does not match the date")
        block_ids = [b.id for b in self.blocks]
        if len(set(block_ids)) != len(block_ids):
            raise ValueError("block ids are not unique")
        footnote_ids = {f.id for f in self.footnotes}
        if len(footnote_ids) != len(self.footnotes):
            raise ValueError("footnote ids are not unique")
        known = set(block_ids)
        for block in self.blocks:
            for ref in block.footnote_refs:
                if ref not in footnote_ids:
                    raise ValueError(f"block {block.id} cites unknown footnote {ref}")
        for footnote in self.footnotes:
            if footnote.cited_in is not None and footnote.cited_in not in known:
                raise ValueError(
                    f"footnote {footnote.id} cited in unknown block {footnote.cited_in}"
                )
        return self

    @property
    def date_start(self) -> _dt.date | None:
        """First day ``date`` covers (``2021-03`` -> 2021-03-01), as a ``datetime.date``."""
        return partial_date_range(self.date)[0] if self.date else None

    @property
    def date_end(self) -> _dt.date | None:
        """Last day ``date`` covers (``2021-03`` -> 2021-03-31), as a ``datetime.date``."""
        return partial_date_range(self.date)[1] if self.date else None

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialise as JSON (the form ``govdocs validate`` checks)."""
        return self.model_dump_json(indent=indent, exclude_none=False)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

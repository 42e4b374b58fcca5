"""The header of a printed e-mail: ``From`` / ``Sent`` / ``To`` / ``Cc`` / ``Subject`` lines at
the top of the first page, in the languages of the mail programs that print them (Dutch
``Van`` / ``Verzonden`` / ``Aan`` / ``Onderwerp``, French ``De`` / ``Envoyé`` / ``À`` / ``Objet``,
German ``Von`` / ``Gesendet`` / ``An`` / ``Betreff``).

E-mails make up much of what governments release on request (Woo, FOIA): printed to PDF, often
with the names redacted (``Van: 5.1.2e``). A memo has the same ``Van`` / ``Aan`` / ``Datum``
labels; an e-mail is told apart by when it was sent: a ``Sent`` label, or a date with the time
of day (``Datum: donderdag 2 april 2020 14:31:27``)::

    head = email_head(raw.lines)   # EmailHead(sent=..., subject=..., to=..., lines=[...])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates import find_dates
from ..document import Line

__all__ = ["EmailHead", "email_head"]

#: header label -> field
_FIELDS = {
    "van": "sender",
    "from": "sender",
    "de": "sender",
    "von": "sender",
    "expéditeur": "sender",
    "afzender": "sender",
    "verzonden": "sent",
    "verstuurd": "sent",
    "sent": "sent",
    "envoyé": "sent",
    "gesendet": "sent",
    "datum": "date",
    "date": "date",
    "aan": "to",
    "to": "to",
    "à": "to",
    "a": "to",
    "an": "to",
    "cc": "cc",
    "bcc": "cc",
    "onderwerp": "subject",
    "subject": "subject",
    "objet": "subject",
    "betreff": "subject",
    "betreft": "subject",
    "bijlagen": "attachments",
    "bijlage(n)": "attachments",
    "attachments": "attachments",
    "pièces jointes": "attachments",
    "anlagen": "attachments",
    "importance": "other",
    "urgentie": "other",
    "priorität": "other",
}
_LABEL = re.compile(
    r"^(?P<label>"
    + "|".join(re.escape(label) for label in sorted(_FIELDS, key=len, reverse=True))
    + r")\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
#: where a header printed on one line goes on with its next field ("From: Caproni, Max - To:
#: sam@example.org - Date: May 8, 2017 at 6:48 PM, Attachments: …", a mail program's print)
_INLINE_FIELDS = re.compile(
    r"(?:\s+[-–|]\s+|,\s+|\s{2,})(?=(?:To|Date|Sent|Cc|Bcc|Subject|Attachments|Aan|Datum|"
    r"Verzonden|Onderwerp|Bijlagen|Envoyé|Objet|Gesendet|An|Betreff)\s*:)"
)
#: the time of day a mail was sent: "14:31", "10:41:04AM"
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
#: a name withheld under a ground of the Woo/Wob ("5.1.2e", "10.2.e") or blacked out ("….")
_WITHHELD = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?\s?[a-z]?|[\W_]*)$")
#: how many of the first page's lines (from the top) the header may start after (a printout's
#: line naming the mailbox, a stamp, a letterhead)
_SEARCH = 12


@dataclass
class EmailHead:
    """The fields of an e-mail's header, as printed, and the lines they were read from."""

    sent: tuple[str, str] | None = None  # (ISO date, the value as printed)
    sender: str | None = None
    to: str | None = None
    subject: str | None = None
    attachments: int | None = None
    lines: list[Line] = field(default_factory=list)


def _value(label: str, value: str) -> str:
    """The value without its label printed again ("To:To: Eyth, Alison", a label overprinted
    on its field and read as one line)."""
    again = re.match(rf"^{re.escape(label)}\s*:\s*", value, re.IGNORECASE)
    return " ".join((value[again.end() :] if again else value).split())


def _named(value: str | None) -> str | None:
    """A sender's or addressees' value without the entries withheld; ``None`` when nothing is
    left."""
    if not value:
        return None
    kept = [part.strip() for part in value.split(";") if not _WITHHELD.match(part.strip())]
    return "; ".join(kept) or None


def _rows(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """The page's lines from the top, those on one baseline joined left to right: a mail
    program prints a header's label and its value in columns ("Van:" | "5.1.2e")."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: (-line.y0, line.x0)):
        if rows and abs(rows[-1][0].y0 - line.y0) < 0.3 * max(line.size, 1.0):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [(" ".join(" ".join(line.text.split()) for line in row), row) for row in rows]


def email_head(lines: list[Line]) -> EmailHead | None:
    """The e-mail header at the top of the first page, or ``None`` when the document does not
    open with one: at least a sender, when it was sent (a ``Sent`` label, or a date with the
    time of day) and an addressee or subject, on consecutive lines (a long ``To`` or
    ``Subject`` value may run on to lines of its own)."""
    first = _rows([line for line in lines if line.page == 1 and line.text.strip()])
    start = next((i for i, (text, _) in enumerate(first[:_SEARCH]) if _LABEL.match(text)), None)
    if start is None:
        return None
    values: dict[str, str] = {}
    used: list[Line] = []
    last: str | None = None
    for text, row in first[start:]:
        line = row[0]
        match = _LABEL.match(text)
        if match:
            fields = [m for m in map(_LABEL.match, _INLINE_FIELDS.split(text)) if m is not None]
            again = [_FIELDS[m.group("label").lower()] for m in fields]
            if any(name in values and name != "other" for name in again):
                break  # the next message's header, quoted further down
            for field_match, name in zip(fields, again, strict=True):
                values[name] = _value(field_match.group("label"), field_match.group("value"))
                last = name
        elif (
            last in {"to", "cc", "subject", "attachments"}
            and used
            and used[-1].y0 - line.y0 < 2.0 * max(line.size, 1.0)
            and abs(line.x0 - used[-1].x0) < 80
        ):
            values[last] = f"{values[last]} {' '.join(text.split())}"  # a value running on
        else:
            break
        used.extend(row)
    when = values.get("sent") or values.get("date")
    timed = "sent" in values or (when is not None and _TIME.search(when) is not None)
    dates = find_dates(when) if when else []
    if not ("sender" in values and timed and dates and ({"to", "subject"} & values.keys())):
        return None
    attached = values.get("attachments")
    return EmailHead(
        sent=(dates[0].iso, when or ""),
        sender=_named(values.get("sender")),
        to=_named(values.get("to")),
        subject=values.get("subject") or None,
        attachments=len([a for a in attached.split(";") if a.strip()]) if attached else None,
        lines=used,
    )

"""Signature blocks: who signed, in which role.

Handles both orders (role then name, as in ``DE MINISTER VAN BUITENLANDSE ZAKEN,`` /
``W.B. Hoekstra``; and name then role, as in ``M.A.M. Adriaansens`` / ``Minister van Economische
Zaken en Klimaat``), several signatories, roles printed in capitals, and names with titles
(``drs. V.L.W.A. Heijnen``).
"""

from __future__ import annotations

import re

from ..models import Signatory

__all__ = ["ROLE", "is_role", "ministry_from_role", "normalise_role", "parse_signatories"]

ROLE = re.compile(
    r"^(?:de\s+|het\s+)?(?:minister(?:-president)?|staatssecretaris|secretaris-generaal|"
    r"directeur(?:-generaal)?|voorzitter|griffier|plv\.?\s+\w+|minister\s+voor|"
    r"the\s+minister|minister\s+of|state\s+secretary|director(?:-general)?)\b",
    re.IGNORECASE,
)
_SMALL = {"van", "voor", "en", "de", "het", "der", "op", "in", "te", "of", "and", "for", "the"}
_NAME = re.compile(
    r"^(?:(?:dr|drs|mr|ir|ing|prof|mevr|dhr|ds|bc|ms|mrs|mr)\.?\s+)*"
    r"(?:[A-Z]\.(?:[A-Z]\.|-[A-Z]\.|\s?[A-Z][a-z]?\.)*\s*)?"
    r"(?:(?:van|de|der|den|ter|ten|te|vd|'t|in 't)\s+)*[A-Z][\w'’-]+(?:\s+[A-Za-z][\w'’.-]+){0,4}$"
)


_INITIALS = re.compile(r"^(?:(?:dr|drs|mr|ir|ing|prof)\.?\s+)*[A-Z]\.(?:[A-Z]\.|-[A-Z]\.)*\s")


def is_role(text: str) -> bool:
    return bool(ROLE.match(text.strip()))


def normalise_role(text: str) -> str:
    """``DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,`` -> ``Minister van Infrastructuur en Waterstaat``."""
    role = re.sub(r"\s+", " ", text.strip().rstrip(",").strip())
    role = re.sub(r"^(?:de|het)\s+", "", role, flags=re.IGNORECASE)
    letters = [c for c in role if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.7 * len(letters):
        words = role.lower().split(" ")
        role = " ".join(
            w if (i and w in _SMALL) else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
            for i, w in enumerate(words)
        )
    return role[:1].upper() + role[1:]


def ministry_from_role(role: str | None) -> str | None:
    """``Minister van Defensie`` -> ``Ministerie van Defensie``."""
    if not role:
        return None
    match = re.match(r"^(?:Minister|Staatssecretaris)\s+(van|voor)\s+(.+)$", role)
    if not match:
        return None
    return f"Ministerie van {match.group(2)}"


def looks_like_name(text: str) -> bool:
    text = text.strip().rstrip(",")
    return 2 <= len(text) <= 60 and bool(_NAME.match(text)) and not is_role(text)


def _merge_wrapped_roles(lines: list[str]) -> list[str]:
    merged: list[str] = []
    for text in (line.strip() for line in lines):
        if not text:
            continue
        prev = merged[-1] if merged else ""
        if (
            prev
            and is_role(prev)
            and not prev.endswith(",")
            and not is_role(text)
            and (
                text.isupper()  # DE MINISTER VAN ... / ... EN WATERSTAAT,
                or text.endswith(",")  # De minister voor Buitenlandse Handel en / ...samenwerking,
                or text[:1].islower()
                or re.search(r"\b(?:van|voor|en|der|de)$", prev, re.IGNORECASE) is not None
            )
            and not _INITIALS.match(text)
        ):
            merged[-1] = f"{prev} {text}"
        else:
            merged.append(text)
    return merged


def parse_signatories(lines: list[str]) -> list[Signatory]:
    """Signatories from the lines of a signature block (roles and names, either order)."""
    found: list[Signatory] = []
    role: str | None = None
    name: str | None = None
    for text in _merge_wrapped_roles(lines):
        if is_role(text):
            if name is not None:  # name first, then role
                found.append(Signatory(role=normalise_role(text), name=name))
                name = None
            else:
                role = normalise_role(text)
        elif looks_like_name(text):
            if role is not None:
                found.append(Signatory(role=role, name=text.rstrip(",")))
                role = None
            else:
                if name is not None:
                    found.append(Signatory(role=None, name=name))
                name = text.rstrip(",")
    if name is not None:
        found.append(Signatory(role=role, name=name))
    return found

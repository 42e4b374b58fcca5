"""Greek text as legacy fonts and capitals give it: look-alike symbols of other Unicode blocks
in place of Greek letters, and words set in capitals without their stress accents."""

from __future__ import annotations

import unicodedata

__all__ = ["LOOKALIKES", "unaccented"]

#: letters a legacy Greek font's text layer gives as the look-alike symbols of another block
#: (MICRO SIGN for mu, INCREMENT for Delta: "14 Σεπτεµβρίου 2016"), one for one, so offsets into
#: the text hold (OHM SIGN needs no entry: NFC makes it Omega)
LOOKALIKES = str.maketrans({"\u00b5": "\u03bc", "\u2206": "\u0394"})

_TONOS = "\u0301"


def unaccented(text: str, *, keep_diaeresis: bool = False) -> str:
    """``text`` without its accents (``Υπουργείο`` -> ``Υπουργειο``), as capitals print it;
    with ``keep_diaeresis`` only the stress accent goes (``μαΐου`` -> ``μαϊου``: ``ΜΑΪΟΥ``)."""
    decomposed = unicodedata.normalize("NFD", text)
    if keep_diaeresis:
        return unicodedata.normalize("NFC", decomposed.replace(_TONOS, ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c))

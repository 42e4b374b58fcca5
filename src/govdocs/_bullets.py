"""The glyphs that mark list items, shared by the layout, structure and normalisation stages.

Word processors draw bullets from the Symbol and Wingdings fonts, whose text layers map them into
Unicode's Private Use Area: U+F0B7 (Symbol's bullet), U+F0A7 (Wingdings' square), U+F0D8 (its
arrowhead), U+F0FC (its tick), U+F02D (Symbol's minus) and more, one per font and shape. Any
Private Use character that opens a line before a space is read as a bullet, except Symbol's
mathematical signs (``≥ 2.500``, ``≤``, ``±``, ``×``, ``÷``, ``≠``, ``≈``, ``∞``), which open a
line as a value does.
"""

from __future__ import annotations

#: printed bullets and dashes that open list items
BULLETS = "•·▪●◦■□➢✓‒–—-"
#: a bullet drawn from a symbol font (a regular expression for one character)
PUA_BULLET = "(?![\uf0a3\uf0a5\uf0b1\uf0b3\uf0b4\uf0b8\uf0b9\uf0bb])[\ue000-\uf8ff]"
#: any bullet (a regular expression for one character)
BULLET = f"(?:[{BULLETS}]|{PUA_BULLET})"


def is_bullet(text: str) -> bool:
    """Whether ``text`` (a list item's label) is a bullet rather than a number or letter."""
    return len(text) == 1 and (text in BULLETS or 0xE000 <= ord(text) <= 0xF8FF)

"""Views of a record for people: a self-contained HTML page (source and English side by side,
sentence by sentence) and a terminal rendering. ``govdocs show`` is the command-line face."""

from __future__ import annotations

from .html import render_html, render_index
from .text import render_text

__all__ = ["render_html", "render_index", "render_text"]

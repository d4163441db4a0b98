"""Deck text is data: every widget shows it literally, never as markup or terminal codes.

A `str` given to `Static`, an `Option`, a `DataTable` row, a Rich `Table` cell or `notify`
is parsed as markup, so `[link=…]`, `[/]`, `Smith [sic]`, `array[i]` or `[@click=app.quit]`
in a deck would become a link, crash the screen, vanish or run an action. `plain` wraps
deck text in a Rich `Text`, which is never parsed, and drops control characters (ESC would
start a terminal escape sequence; Rich keeps it).
"""

from __future__ import annotations

import re

from rich.text import Text

# C0 and C1 controls but tab and newline, and lone surrogates (not encodable for a terminal)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def plain(text: str, style: str = "") -> Text:
    """Deck text shown exactly as written (see the module docstring)."""
    return Text(_CONTROL.sub("", text), style=style)

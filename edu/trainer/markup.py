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


STATUS_PADDING = 2  # cells of a `.status` line's padding (trainer.tcss), one a side


def title_beside(title: str, tail: Text, width: int, style: str = "bold") -> Text:
    """A one-line status: `title` (deck text) cut with an ellipsis so that `tail` (the
    counts) fits beside it in `width` cells; a deck's long title ("... (unreviewed drafts)")
    pushed the counts past the right edge at 80 columns."""
    head = plain(title, style)
    room = width - tail.cell_len
    if head.cell_len > room:
        head.truncate(max(1, room), overflow="ellipsis")
    return head + tail

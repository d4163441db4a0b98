"""The one flag vocabulary every command shares, so a flag means the same thing everywhere.

- `DECK` is optional: without it a deck command uses the bundled deck; `-` reads the deck
  from standard input (its `source:` then resolves from the current folder).
- `-o -` writes to standard output.
- `--kinds` and `--sections` take several values separated by commas or spaces
  (`--kinds cloze,numeric`, `--kinds cloze numeric`, `--kinds "cloze numeric"`).
- `--format json` asks for machine-readable output; the old spellings (`--json`) stay as
  aliases so scripts keep working.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable

from edu.errors import EduError, Problem

STDIO = "-"  # as a path: standard input when read, standard output when written

# A section number as decks write them: "II", "II.1", "3.2.1" (roman or arabic, dotted).
_SECTION_NUMBER = re.compile(r"^(?:[IVXLCDM]+|\d+)(?:\.\d+)*\.?$", re.IGNORECASE)

ITEM_KIND_HELP = ("short_answer multiple_choice true_false cloze numeric matching ordering "
                  "(default: all)")


def whole_number(minimum: int) -> Callable[[str], int]:
    """An argparse type for a whole number of at least `minimum` (a usage error otherwise)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(
                f"must be at least {minimum}, got {value}" if minimum else
                f"must be 0 or more, got {value}")
        return value
    return parse


def add_deck_argument(p: argparse.ArgumentParser) -> None:
    """The optional DECK positional of every single-deck command."""
    p.add_argument("deck", nargs="?", metavar="DECK",
                   help="deck file (YAML), or a document (.txt, .md, .pdf) to use its best "
                        "drafts, unreviewed; '-' reads a deck from standard input, its source: "
                        "then resolving from the current folder (default: the bundled deck)")


def deck_path(given: str | None) -> str:
    """The deck to read: the one given, else the bundled deck (a clear error if absent)."""
    if given:
        return given
    from edu.bundled import bundled_deck_path

    bundled = bundled_deck_path()
    if bundled is None:
        raise EduError(Problem("DECK", "no deck given and the bundled deck is not installed"))
    return str(bundled)


def add_kinds_option(p: argparse.ArgumentParser, help_text: str = ITEM_KIND_HELP) -> None:
    p.add_argument("--kinds", nargs="+", metavar="KIND",
                   help=f"kinds to include, separated by commas or spaces: {help_text}")


def add_sections_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sections", nargs="+", metavar="SECTION",
                   help="only these sections, separated by commas or spaces: a number like "
                        "II.1, a part like II, or a section name (quoted if it has spaces), "
                        "which takes the sections nested in it too")


def add_format_option(p: argparse.ArgumentParser, choices: tuple[str, ...], default: str,
                      aliases: Iterable[str] = (), help_text: str = "") -> None:
    """`--format` with its choices; each alias `--X` is kept as a synonym of `--format X`."""
    p.add_argument("--format", choices=choices, default=default,
                   help=help_text or f"output format (default: {default})")
    for alias in aliases:
        p.add_argument(f"--{alias}", dest="format", action="store_const", const=alias,
                       help=f"same as --format {alias}")


def split_values(values: str | Iterable[str] | None) -> tuple[str, ...] | None:
    """Flag values separated by commas or spaces -> the values; nothing given -> None."""
    if values is None:
        return None
    parts = [values] if isinstance(values, str) else list(values)
    out = tuple(word for part in parts for word in re.split(r"[,\s]+", part) if word)
    return out or None


def split_sections(values: str | Iterable[str] | None) -> tuple[str, ...] | None:
    """Like `split_values`, but a value with spaces stays whole unless every word in it is a
    section number: "II.1 II.2" is two sections, "Space transport system" one name."""
    if values is None:
        return None
    parts = [values] if isinstance(values, str) else list(values)
    out: list[str] = []
    for part in parts:
        for piece in (p.strip() for p in part.split(",")):
            if not piece:
                continue
            words = piece.split()
            if len(words) > 1 and all(_SECTION_NUMBER.match(w) for w in words):
                out += words
            else:
                out.append(" ".join(words))
    return tuple(out) or None


def is_stdio(path: object) -> bool:
    return str(path) == STDIO

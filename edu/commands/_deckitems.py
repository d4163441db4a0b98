"""Shared by `edu anki`, `edu handout` and `edu export`: load a deck and make its items.

Every way the deck can be bad becomes an EduError (exit 2, no traceback), and `--kinds` is
checked against the item kinds before anything is generated (`kinds_option`, which `edu
items` and the trainer's commands use too, so every `--kinds` fails the same way).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from edu.commands._vocab import add_kinds_option, split_values
from edu.errors import EduError, Problem

if TYPE_CHECKING:
    from edu.deck.model import Deck
    from edu.items.model import Item


def add_item_options(p: argparse.ArgumentParser) -> None:
    """`--kinds` and `--seed`, the options every item-consuming command shares."""
    add_kinds_option(p)
    p.add_argument("--seed", type=int, default=0,
                   help="seed for every random choice (distractors, shuffles); default 0")
    p.add_argument("--drafts", action="store_true",
                   help="also use draft facts (status: draft, as written by edu extract), "
                        "to preview a draft deck before reviewing it")
    p.add_argument("-v", "--verbose", "--dropped", action="store_true", dest="verbose",
                   help="list the items left out, and why, on standard error")


def report_skipped(skipped: list[tuple[str, str]], verbose: bool) -> None:
    """With --verbose, say on stderr which items were left out and why."""
    if verbose:
        for item_id, reason in skipped:
            print(f"skipped {item_id}: {reason}", file=sys.stderr)


def kinds_option(raw: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...] | None:
    """`--kinds` as given (separated by commas or spaces) -> the kinds, None meaning every
    kind; a bad name is a usage error (exit 2) that names the valid ones."""
    from edu.items.model import parse_kinds  # lazy: every command's parser imports this module

    if raw is None:
        return None
    try:
        return tuple(parse_kinds(split_values(raw) or ()))
    except ValueError as exc:
        raise EduError(Problem("--kinds", str(exc))) from None


def load_deck_noting(path: str) -> Deck:
    """The deck at `path` without the draft facts that have problems, each left out with a
    note on stderr: one bad draft never stops the command (see load_deck_sparing_drafts)."""
    from edu.deck.check import load_deck_sparing_drafts

    deck, left_out = load_deck_sparing_drafts(path)
    for problem in left_out:
        print(f"{problem} (draft left out)", file=sys.stderr)
    return deck


def load_deck_checked(path: str) -> Deck:
    """`load_deck_noting`, with any malformed-deck exception turned into a located EduError."""
    try:
        deck = load_deck_noting(path)
    except EduError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EduError(Problem(path, f"not a valid deck ({type(exc).__name__}: {exc}); "
                                     "run `edu check` for details")) from None
    if not deck.facts:
        raise EduError(Problem(path, "deck has no facts"))
    return deck


def deck_or_document(path: str, drafts: bool = False,
                     load: Callable[[str], Deck] = load_deck_checked) -> tuple[Deck, bool]:
    """The deck at `path`, or a document's best drafts marked as unreviewed (said on stderr),
    and whether drafts make items: always for a document, else as asked."""
    from edu.commands._document import is_document, review_hint, unreviewed_deck

    if is_document(path):
        deck = unreviewed_deck(path)
        print(review_hint(path, deck), file=sys.stderr)
        return deck, True
    return load(path), drafts


def deck_items(path: str, kinds_raw: list[str] | None, seed: int,
               drafts: bool = False, first_of: Sequence[str] | None = None,
               ) -> tuple[Deck, list[Item]]:
    """Load the deck and generate its items, failing cleanly if none come out (`first_of`:
    only each fact's first kind of these that can be made, see generate_items)."""
    from edu.items.generate import generate_items

    kinds = kinds_option(kinds_raw)
    deck, drafts = deck_or_document(path, drafts)
    items = generate_items(deck, kinds=kinds, seed=seed, include_drafts=drafts,
                           first_of=first_of)
    require_items(path, deck, items, kinds, drafts)
    return deck, items


def require_items(path: str, deck: Deck, items: list[Item], kinds: Sequence[str] | None,
                  drafts: bool) -> None:
    """Fail cleanly (exit 2, saying why) when no items could be made from the deck."""
    if not items:
        wanted = f" of kinds {', '.join(kinds)}" if kinds else ""
        n_drafts = sum(f.status == "draft" for f in deck.facts)
        hint = (f" ({n_drafts} of {len(deck.facts)} facts are drafts: keep the ones you want "
                f"with `edu review {path} -o reviewed.yaml`, or pass --drafts to preview them)"
                if n_drafts and not drafts else "")
        raise EduError(Problem(path, f"no items{wanted} could be made from this deck{hint}"))


def deck_inputs(deck: Deck) -> list[str]:
    """The files a deck command reads (the deck and its source document), which no output
    may replace."""
    inputs = [str(deck.path)] if deck.path else []
    return [*inputs, str(deck.source_path)]


def require_suffix(path: str, suffixes: tuple[str, ...]) -> str:
    """The output's extension, lower-cased; an unknown one is a usage error (exit 2).
    Standard output (`-`) takes the first suffix."""
    from pathlib import Path

    if path == "-":
        return suffixes[0]
    suffix = Path(path).suffix.lower()
    if suffix not in suffixes and (path.endswith(("/", "\\")) or Path(path).is_dir()):
        example = f"{Path(path) / 'deck'}{suffixes[0]}"
        raise EduError(Problem(path, f"is a folder; give a file name in it, such as {example}"))
    if suffix not in suffixes:
        raise EduError(Problem(path, f"unknown output type {suffix or '(none)'!r}; use "
                                     + " or ".join(suffixes)))
    return suffix


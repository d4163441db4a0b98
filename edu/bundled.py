"""Where the bundled deck lives, in a source checkout and in an installed package alike.

The deck (`decks/`) and its document (`seeds/`) sit at the top of the repository so the other
tools can use them as ordinary files. `setup.py` copies both folders into
`edu/data/bundled/` when a wheel is built, keeping their relative layout so the deck's
`source: ../seeds/...` still resolves; an editable install or a checkout reads them in place.
"""

from __future__ import annotations

from pathlib import Path

BUNDLED_DECK = "china-space-2021.yaml"
_PACKAGE_DIR = Path(__file__).resolve().parent


def bundled_roots() -> list[Path]:
    """Folders that may hold `decks/` and `seeds/`: the installed copy first, then the repo."""
    return [_PACKAGE_DIR / "data" / "bundled", _PACKAGE_DIR.parent]


def bundled_deck_path() -> Path | None:
    """Path of the bundled deck, or None when neither the package nor the checkout has it."""
    for root in bundled_roots():
        candidate = root / "decks" / BUNDLED_DECK
        if candidate.is_file():
            return candidate
    return None

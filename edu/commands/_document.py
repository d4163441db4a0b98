"""A document given where a deck is expected: `edu quiz notes.txt`, `edu anki notes.md -o ...`.

The document is read once (`read_document`), its facts are drafted (`extract_candidates`) and
the best of them kept, still `status: draft`: the deck says so in its title, and the items are
made with drafts included. Fact ids come from each answer and the words around it (see
docs/EXTRACT.md), and the deck id from the file name, so a learner's progress on these drafts
carries over to a reviewed deck made later with `edu review`, and survives edits elsewhere in
the document.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from edu.errors import EduError, Problem

if TYPE_CHECKING:
    from edu.deck.model import Deck
    from edu.progress.store import ProgressStore

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".pdf")
# One draft kept per this many content tokens: the K of the extraction aim (docs/EXTRACT.md),
# so what is kept is the part of the draft a teacher's key was measured against.
TOKENS_PER_KEPT_DRAFT = 10
MIN_KEPT_DRAFTS = 10  # a short note still gives a session's worth of drafts, if it has them
UNREVIEWED = "unreviewed drafts"


def is_document(path: str | Path) -> bool:
    """True for a document (by its extension) rather than a deck file."""
    return Path(path).suffix.lower() in DOCUMENT_SUFFIXES


def kept_count(content_tokens: int) -> int:
    return max(MIN_KEPT_DRAFTS, content_tokens // TOKENS_PER_KEPT_DRAFT)


def unreviewed_deck(path: str) -> Deck:
    """The best drafts of the document at `path` as a deck marked as unreviewed."""
    from edu.extract import draft_deck, extract_candidates
    from edu.text.reading import read_document

    reading = read_document(path)
    found = extract_candidates(reading)
    if not found:
        raise EduError(Problem(path, "no facts (numbers, dates, names) found in this document"))
    facts = found[: kept_count(len(reading.tokens))]
    deck = draft_deck(path, facts, path, reading.glossary, reading.text, reading.sections)
    deck.title = f"{deck.title} ({UNREVIEWED})"
    deck.description = (f"The {len(facts)} best of {len(found)} facts drafted from "
                        f"{Path(path).name}, not reviewed by anyone.")
    deck.path = str(path)
    return deck


def title_for_students(title: str) -> str:
    """A deck's title without the "(unreviewed drafts)" mark: what a worksheet handed to a
    class is headed with (the teacher is told on standard error that the drafts are
    unreviewed; the class has no use for it)."""
    return title.removesuffix(f" ({UNREVIEWED})")


def review_hint(path: str, deck: Deck) -> str:
    """What to tell the user once, on standard error, when a document stands in for a deck."""
    name = Path(path).name
    return (f"{path}: {len(deck.facts)} unreviewed drafts; to review them: "
            f"edu extract {name} -o draft.yaml && edu review draft.yaml -o deck.yaml")


def attach_progress(store: ProgressStore, deck: Deck) -> None:
    """Before a deck's progress is read: a document's deck takes over the progress its file
    had under an earlier deck id, when only its first line changed (`follow_document`; said
    on standard error); a deck file's id is marked as its own, never to be taken over."""
    import sys

    from edu.deck.model import document_name_key

    if deck.path is None or not is_document(deck.path):
        store.keep_deck_id(deck.id)
        return
    earlier = store.follow_document(deck.id, document_name_key(deck.path),
                                    [fact.id for fact in deck.facts])
    if earlier is not None:
        print(f"{deck.path}: its first line changed since your last session; your progress "
              f"carries over (deck id {earlier} -> {deck.id})", file=sys.stderr)

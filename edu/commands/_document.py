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

from edu.deck.model import UNREVIEWED, topic_of
from edu.errors import EduError, Problem

if TYPE_CHECKING:
    from edu.deck.draftcache import BestDrafts
    from edu.deck.model import Deck
    from edu.progress.store import ProgressStore
    from edu.text.reading import Source

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".pdf")
# One draft kept per this many content tokens: the K of the extraction aim (docs/EXTRACT.md),
# so what is kept is the part of the draft a teacher's key was measured against.
TOKENS_PER_KEPT_DRAFT = 10
MIN_KEPT_DRAFTS = 10  # a short note still gives a session's worth of drafts, if it has them
# Drafting reads about LONG_DOCUMENT_RATE characters a second on one core (2,745 over 100 KB
# of blind documents since each sentence is parsed once, 881 before: docs/BENCH.md,
# seventeenth round); past LONG_DOCUMENT_CHARS, about a minute's wait, the command says so
# before it starts rather than sit silent. Only raw English is read that slowly: the
# preprocessed form takes the fast path (10 MB in seconds, docs/BENCH.md).
LONG_DOCUMENT_CHARS = 150_000
LONG_DOCUMENT_RATE = 2_500


def note_long_document(path: str, text: str) -> None:
    """Say on standard error that drafting `text` will take a while, when it will."""
    import sys

    from edu.text.source import looks_raw

    if len(text) > LONG_DOCUMENT_CHARS and looks_raw(text):
        minutes = max(1, round(len(text) / LONG_DOCUMENT_RATE / 60))
        print(f"{path}: {len(text):,} characters; drafting facts from a document this long "
              f"takes about {minutes} minute{'s' if minutes > 1 else ''} (kept for the next "
              "command); Ctrl+C stops it and writes nothing", file=sys.stderr)


def is_document(path: str | Path) -> bool:
    """True for a document (by its extension) rather than a deck file."""
    return Path(path).suffix.lower() in DOCUMENT_SUFFIXES


def kept_count(content_tokens: int) -> int:
    return max(MIN_KEPT_DRAFTS, content_tokens // TOKENS_PER_KEPT_DRAFT)


def unreviewed_deck(path: str) -> Deck:
    """The best drafts of the document at `path` as a deck marked as unreviewed. A second
    command on the same document takes them from the drafts cache (edu.deck.draftcache), as
    a second `edu extract` does: the file is read (its key), nothing is extracted."""
    from edu.deck.model import document_deck
    from edu.text.reading import read_source

    source = read_source(path)
    best = _best_drafts(path, source)
    facts = best.facts
    deck = document_deck(path, facts, path, best.title, source.text)
    deck.title = f"{deck.title} ({UNREVIEWED})"
    deck.description = (f"The {len(facts)} best of {best.found} facts drafted from "
                        f"{Path(path).name}, not reviewed by anyone.")
    deck.path = str(path)
    return deck


# the drafts cache's name for this set of options (each set its own file): what is kept
# depends on how many drafts a document keeps per content token
_OPTIONS = f"unreviewed {TOKENS_PER_KEPT_DRAFT} {MIN_KEPT_DRAFTS} alone-first"


def _best_drafts(path: str, source: Source) -> BestDrafts:
    """The document's best drafts: kept by an earlier command under the same key, else
    extracted now (and kept)."""
    from edu.deck import draftcache

    file = draftcache.drafts_file(path, _OPTIONS)
    key = draftcache.drafts_key(source.key, _OPTIONS, None) if file is not None else ""
    if file is not None:
        kept = draftcache.kept_best(file, key)
        if kept is not None:
            return kept
    from edu.extract import draft_title, extract_candidates  # ~0.5 s of imports: not on a hit
    from edu.extract.candidates import once_each
    from edu.text.reading import source_reading

    note_long_document(path, source.written)
    reading = source_reading(source)
    found = extract_candidates(reading)
    if not found:
        raise EduError(Problem(path, "no facts (numbers, dates, names) found in this document"))
    # raw English: each fact once (a question and a fill-in of one sentence and answer are
    # one item asked twice), those a learner can answer from the card alone first
    drafts = (once_each(found) if reading.document.raw else found)[
        : kept_count(len(reading.tokens))]
    if reading.document.raw:
        from edu.items.alone import alone_first

        drafts = alone_first(drafts)
    best = draftcache.BestDrafts(draft_title(reading.glossary, reading.text, reading.sections),
                                 len(found), drafts)
    if file is not None:
        draftcache.keep_best(file, key, best)
    return best


def title_for_students(title: str) -> str:
    """A deck's title without the "(unreviewed drafts)" mark: what a worksheet handed to a
    class is headed with (the teacher is told on standard error that the drafts are
    unreviewed; the class has no use for it)."""
    return topic_of(title)


def review_hint(path: str, deck: Deck) -> str:
    """What to tell the user once, on standard error, when a document stands in for a deck."""
    import shlex

    count = len(deck.facts)
    # the path as given, quoted for the shell: the command works pasted as it is
    return (f"{path}: {count} unreviewed draft{'' if count == 1 else 's'}; to review them: "
            f"edu extract {shlex.quote(path)} -o draft.yaml && edu review draft.yaml "
            "-o deck.yaml")


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

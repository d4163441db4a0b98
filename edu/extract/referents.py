"""What a pronoun or possessive in a sentence of ordinary English refers to, when that is sure:
the one place the items a learner meets ask (issue 15, twelfth round, referents).

A draft's prompt is rebuilt from its sentence with the referent put in (edu/extract/questions.py,
`_pronoun_fix` and the rules beside it); an item that shows the sentence as written (a cloze,
the clause under a true/false statement) asks here for the same sentence with the same rules
applied to every pronoun in it: "His Elementary Treatise ..." -> "Lavoisier's Elementary
Treatise ...", "Passenger trains travel through it" -> "... through the tunnel"; and to a
kind word the document calls its subject by ("The bridge links ..." -> "The Millennium Bridge
links ...", round 18t). What is left
pointing at nothing is named, so the item can be given its context or not be made.

The parse is spaCy's (the pipeline the drafts use), loaded only for a sentence that holds a
pronoun; what it gave is kept in the user cache folder under a hash of the document, the code
and the pipeline, like the drafts' questions.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from edu.extract.entities import entity_anchors, pipeline_cache_file
from edu.extract.pronoun_names import leans_on_pronoun, named_draft
from edu.extract.questions import sentences_referred
from edu.extract.subject_kinds import leans_on_kind, subjects_of_text
from edu.fileio import keep_cached, read_cached
from edu.text.markdown import spaced_words
from edu.text.names import REGNAL_TITLES
from edu.text.pointing import PERSONAL, words_pattern
from edu.text.reading import Reading
from edu.text.source import Span

# the words whose referent another sentence may hold
POINTING = words_pattern(PERSONAL)

# ... and the bare definites whose referent may be sure: "the king" of one "King ..."
_BARE = re.compile(r"\b[Tt]he (?:" + "|".join(REGNAL_TITLES) + r")\b")


class Referred(NamedTuple):
    """A sentence as a learner reads it alone: `text` with every referent that is sure put in,
    `pointing` the first word still pointing at nothing ("" when none is)."""

    text: str
    pointing: str


def may_refer(text: str) -> bool:
    """Whether `text` holds a word whose referent another sentence may hold (a pronoun, "the
    king"): only then is a sentence parsed."""
    return bool(POINTING.search(text) or _BARE.search(text))


_kept: dict[str, dict[str, list[str]]] = {}  # cache file -> what it holds, once per process


def referred(reading: Reading, span: Span, answer: str) -> Referred:
    """The sentence of raw English under `span` (its `Reading.span_text`) with the referents
    of its pronouns outside `answer` put in where sure. Preprocessed text is returned as it
    reads: it has no pronouns."""
    written = reading.span_text(span)
    if not reading.raw or not (may_refer(written) or _leans_on_subject(reading, written)):
        return Referred(written, "")
    lo, hi = reading.written_bounds(*reading.token_range(span))
    text = reading.document.text
    said = text[lo:hi]
    at = said.casefold().find(answer.casefold()) if answer else -1
    start, end = (lo + at, lo + at + len(answer)) if at >= 0 else (lo, lo)
    file = pipeline_cache_file("referents", text)
    key = f"{lo}:{hi}:{start}:{end}"
    known = _kept.setdefault(str(file), _read(file))
    if key not in known:
        people = frozenset(a.name_text for a in entity_anchors(reading.document)
                           if a.features.entity == "PERSON" and a.name_text)  # as drafts
        resolved, pointing = sentences_referred(text, [(lo, hi, start, end)], people)[0]
        known[key] = [resolved, pointing]
        keep_cached(file, known)
    resolved, pointing = known[key]
    if pointing:  # a fill-in's "she" named as the drafts name it (`pronoun_names`)
        named = named_draft(resolved, text, lo, hi, answer)
        if named != resolved:
            resolved, pointing = named, leans_on_pronoun(named, answer)
    return Referred(spaced_words(resolved), pointing)


def _leans_on_subject(reading: Reading, written: str) -> bool:
    """Whether a sentence calls the document's subject by a kind word ("The bridge links
    ..." of a report on the Millennium Bridge, `subject_kinds`): its cloze says the name."""
    return any(leans_on_kind(written, subject)
               for subject in subjects_of_text(reading.document.text))


def _read(file: Path | None) -> dict[str, list[str]]:
    kept = read_cached(file)
    if not isinstance(kept, dict):
        return {}
    return {k: v for k, v in kept.items()
            if isinstance(v, list) and len(v) == 2 and all(isinstance(x, str) for x in v)}

"""An item's claim keeps the relations its sentence states (issue 15, round 21: no false
premise): a time phrase stays with the verb the text gives it.

A draft or an item made by cutting a sentence may keep a time phrase and lose the verb it
belonged to: "Mendeleev graduated in 1855 and, after a period teaching in Crimea and Odessa,
returned to the capital" became "In which year did Mendeleev graduate after a period teaching
...?" and the ordering event "Mendeleev graduated after a period teaching ...": he taught
after graduating, so the item states a false order (held-out set 22, judged wrong). The
phrase's verb is read the same way in both texts: a phrase set off by commas after a
conjunction and followed by a verb ("and, after ..., returned") is that verb's, else the verb
spaCy's parse hangs it on. An item whose phrase hangs on another verb than the text's, that
verb gone from the item, is not made (a verb still there is the parse's misreading of the
same claim: "bought by a group led by Benjamin Ruff after changing hands" of "After changing
hands again, the dam was bought by a group led by Benjamin Ruff").

Not read: a subject cut from a phrase ("the daughter of the Secretary of State Charles Evans
Hughes, who began treatment" cut to "... Charles Evans Hughes began treatment"): the parse
hangs the relative clause on the nearest name, as it does where the cut is right ("the
completion of the Human Genome Project, which had read ..."), so it cannot tell the two.
"""

from __future__ import annotations

import re
from typing import Any

# words opening a phrase that orders two events
_ORDERING_WORDS = frozenset({"after", "before", "until", "following", "prior"})
_PHRASE_WORDS = 3  # words after the marker that locate the phrase in the evidence
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VBG", "VB"})


def misplaced_time(shown: str, evidence: str) -> str:
    """The time phrase of `shown` (an item's text, any blank filled) that the evidence gives
    to another verb than `shown` does, as "'after ...' belongs to 'returned'"; "" if none."""
    if not shown.strip() or not evidence.strip():
        return ""
    lowered = shown.lower()
    if not any(re.search(rf"\b{w}\b", lowered) for w in _ORDERING_WORDS):
        return ""
    from edu.extract.questions import parsed  # lazy: spaCy's parser, loaded only when read

    doc = parsed(shown)
    written = None
    for marker in doc:
        if marker.lower_ not in _ORDERING_WORDS:
            continue
        words = [t.text for t in doc[marker.i:marker.i + 1 + _PHRASE_WORDS] if not t.is_punct]
        if len(words) < 2:
            continue
        phrase = " ".join(words)
        at = evidence.lower().find(phrase.lower())
        if at < 0:
            continue
        here = _owner(doc, marker)
        if here is None:
            continue
        if written is None:
            written = parsed(evidence)
        there = next((_owner(written, t) for t in written if t.idx == at), None)
        if there is None or there.lemma_.lower() == here.lemma_.lower():
            continue
        kept = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
        if not {there.lemma_.lower(), there.lower_} & kept:  # its verb is gone
            return f"'{phrase} ...' belongs to '{there.text}', not '{here.text}'"
    return ""


def _verb_of(token: Any) -> Any:
    """The verb a token's phrase hangs on, None when it hangs on none."""
    head = token.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _owner(doc: Any, marker: Any) -> Any:
    """The verb the phrase opened by `marker` belongs to: the verb right after it when
    commas set it off after a conjunction ("and, after a period teaching ..., returned"),
    else its head verb in the parse. Read the same way in the shown text and the evidence,
    so a text shown as written never differs from itself."""
    before = list(doc[max(0, marker.i - 2):marker.i])
    if len(before) == 2 and before[1].text == "," and before[0].dep_ == "cc":
        closing = next((t for t in doc[marker.i:] if t.text == ","), None)
        if closing is not None and closing.i + 1 < len(doc) \
                and doc[closing.i + 1].tag_ in _VERB_TAGS:
            return doc[closing.i + 1]
    return _verb_of(marker)



def false_premise(shown: str, evidence: str) -> str:
    """Why `shown` states a relation its sentence does not (`misplaced_time`), "" when it
    keeps them. One entry for every kind, so a further relation is read in one place."""
    return misplaced_time(shown, evidence)

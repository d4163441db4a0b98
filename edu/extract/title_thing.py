"""The thing a document's title names when its first sentence does not open with it ("The
Building of the Sydney Harbour Bridge" over "For most of the nineteenth century, anyone
wishing to cross Sydney Harbour ..."; "The London Congestion Charge: A Review ..." over
"London's congestion charge is one of ..."), issue 15, round 21n.

Held-out set 22's reviewers edited or dropped 53 of 77 raw first-page drafts for an unnamed
subject, most of them "the bridge", "the charge", "the structure" of the title's own thing:
`subject_kinds.document_subject` took a subject only from a first sentence opening with it.
Here the title's name is read by its parse (the object of "The Building of ...", or a short
title or the part before its colon that is a name of capitalised words) and written as the
body writes its words ("the London congestion charge": the body writes "London" with a
capital, "congestion charge" without). Never a person: a given name first, or the entity
model's PERSON, leaves it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, NamedTuple

from edu.extract.naming import _given
from edu.extract.title_person import TITLE_CUT

_TITLE_WORDS = 6  # a name in a title: "Svalbard Global Seed Vault" (4) and an article, an "of"
_HEAD_LETTERS = 3  # "Linear B": a letter is no kind of thing
_WORD = re.compile(r"[\w'\u2019.-]+")


class TitleThing(NamedTuple):
    """The title's thing: `name` as the body writes it mid-sentence, whether "the" goes before
    it, its head noun (lower case, "" for a one-word name) and where the body first writes
    it (or its head after "the")."""

    name: str
    article: bool
    head: str
    at: int


def title_name_words(nlp: Any, title: str) -> tuple[str, ...]:
    """The words of the thing the title names: the object of "The Building/Discovery of
    (the) X", or the title (before a colon) when it is a name: capitalised words, a proper
    noun among them, no verb, no preposition; () when none."""
    head = TITLE_CUT.split(title.lstrip("#").strip(), 1)[0].strip()
    words = _WORD.findall(head)
    if not words or len(words) > _TITLE_WORDS + 3:
        return ()
    doc = nlp(head)
    roots = [t for t in doc if t.head.i == t.i]
    if len(roots) != 1:
        return ()
    root = roots[0]
    preps = [t for t in doc if t.dep_ == "prep"]
    if root.pos_ in ("NOUN", "PROPN") and len(preps) == 1 and preps[0].head.i == root.i \
            and preps[0].lower_ == "of" and root.i <= 1:
        objects = [c for c in preps[0].children if c.dep_ == "pobj"]
        if len(objects) != 1 or any(c.dep_ in ("cc", "conj") for c in objects[0].subtree):
            return ()  # "The Sinking and Raising of ...": two things done, one name after
        span = [t for t in objects[0].subtree if t.dep_ != "det"]
    elif not preps and root.pos_ in ("NOUN", "PROPN") \
            and all(t.pos_ in ("PROPN", "NOUN", "DET", "PUNCT") for t in doc):
        span = [t for t in doc if t.dep_ != "det"]
    else:
        return ()
    if not span or not any(t.pos_ == "PROPN" for t in span) \
            or not all(t.text[:1].isupper() or t.like_num for t in span) \
            or _given(span[0].text) and not span[0].i or span[-1].tag_ == "POS":
        return ()  # "Ada Lovelace", "Joseph Lister": a person (the entity model calls "The
        # Atacama Desert" one too, so a given name opening the title decides; "The Sydney
        # Harbour Bridge" is no person)
    return tuple(t.text for t in span if t.pos_ != "PUNCT" or t.text in "-")


def title_thing(nlp: Any, title: str, body: str, offset: int) -> TitleThing | None:
    """The title's thing (`title_name_words`) as the body writes it, or None when the body
    never writes its last word, or writes the name only inside a longer one. `offset`: where
    the body starts in the whole text."""
    words = title_name_words(nlp, title)
    if not words:
        return None
    run = r"\s+".join(re.escape(w) for w in words)
    found = list(re.finditer(rf"(?<![\w-])((?:[Tt]he\s+)?)({run})(?![\w-])", body,
                             re.IGNORECASE))
    if not found:  # "London's congestion charge": the last words as a run, the first ones
        # written anywhere in the body
        for k in range(1, len(words)):
            tail = r"\s+".join(re.escape(w) for w in words[k:])
            found = list(re.finditer(rf"(?<![\w-])((?:[Tt]he\s+)?)({tail})(?![\w'\u2019-])",
                                     body, re.IGNORECASE))
            if found and all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", body)
                             for w in words[:k]):
                break
            found = []
        else:
            return None
        lead = list(words[: len(words) - len(found[0].group(2).split())])
    else:
        lead = []
    spellings = Counter(" ".join(m.group(2).split()) for m in found)
    written = [*lead, *max(spellings, key=lambda w: (spellings[w], w)).split()]
    if lead and not re.search(r"\s+".join(re.escape(w) for w in lead) + r"(?:['\u2019]s)?\s+"
                              + r"\s+".join(map(re.escape, written[len(lead) :])), body,
                              re.IGNORECASE):
        written = list(words)  # "Erie" and "the canal" apart: the title's "Erie Canal"
    # the body's own spelling of the run; a word of the title before it keeps its capital
    # unless the body writes it in lower case ("London" of "the congestion charge")
    name = " ".join([*(w if not _lower_in(w, body) else w.lower() for w in lead),
                     *written[len(lead) :]])
    with_the = sum(1 for m in found if m.group(1))
    article = with_the * 2 >= len(found) or bool(lead) or len(written) > 1 \
        and not name[:1].isupper()
    head = words[-1].lower() if len(words) > 1 and len(words[-1]) >= _HEAD_LETTERS \
        and re.search(rf"\b[Tt]he {re.escape(words[-1].lower())}\b", body) else ""  # the
    # body's own "the viaduct" shows the head is a common noun
    return TitleThing(name, article, head, offset + found[0].start())


def _lower_in(word: str, body: str) -> bool:
    """Whether the body writes `word` in lower case somewhere."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", body) is not None

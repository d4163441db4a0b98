"""A drafted deck's items of each kind ordered by their own quality: the ones that stand alone
first (issue 15, round 22i).

The items of a deck come in its facts' order, and a drafted deck's facts in the drafts' rank
(`alone.alone_first` already puts the drafts whose question leans on nothing first). An item
is not its draft: a fact whose question names its subject can still show a statement or a
cloze sentence that says "she" or "the bridge", copies a long sentence, or is cut. Held-out
set 23's blind review of the first two items per kind (55 items): 18 good, 32 flawed, 5
wrong; reasons: no subject 22, broken or cut sentences 14, long copies 3, unreadable options
1. A handout or a listing shows the first items of each kind, so those should be the ones a
learner can read alone.

`by_standing` gives each one-fact item (short answer, multiple choice, true/false, cloze,
numeric) a weight, the sum of its flaws' weights (`flaws`), and orders each kind's items by
that weight, the deck's order kept among equals (a stable sort: the same deck gives the same
order). Each kind keeps the places its items held in the list, so kinds stay interleaved as
they were; matching and ordering sets stay as made. Only ordinary English is read (the
bundled deck's preprocessed text is asked from reviewed questions).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from edu.items.alone import LONGEST_WORDS, bare_noun, leans_on, tied_word
from edu.items.model import Item, ItemKind
from edu.items.short import OPTION_WORDS, word_count

# The weights of a shown text's flaws, from the held-out set 23 review of the first two items
# per kind (no subject 22, broken or cut 14, long copies 3, unreadable options 1, of 55):
# - leaning on a subject it does not name ("she", "the bridge", an opening "It"): the
#   reviewers' first reason; of the reviewed raw items leaning on something, 14 of 193 were
#   good, of the others 75 of 142 (edu.items.alone's measure);
UNNAMED = 3
# - not one whole sentence (a statement with no subject or finite verb, a text opening in
#   lower case or on a conjunction, a shown claim with no closing stop): the second reason;
#   a cut sentence is as often marked wrong as flawed, so it weighs as much as a lost subject;
CUT = 3
# - a copied sentence of over LONGEST_WORDS words: 6 of 111 such reviewed items were good;
#   fewer reviewers named it (3 of 55), and a long item can still be read, so it weighs less;
LONG = 2
# - an option over OPTION_WORDS words (multiple choice): one reason of 55, read beside three
#   others; the lightest flaw.
LONG_OPTION = 1

ONE_FACT = (ItemKind.SHORT_ANSWER, ItemKind.MULTIPLE_CHOICE, ItemKind.TRUE_FALSE,
            ItemKind.CLOZE, ItemKind.NUMERIC)
_CLAIMS = frozenset({ItemKind.TRUE_FALSE, ItemKind.CLOZE})
_PERSONAL = frozenset({"he", "she", "his", "her", "him"})
_BLANK = "_____"
# a text opening on a word that joins it to a sentence not shown ("and was ...", "but ...")
_JOINED_OPENING = re.compile(r"(?:and|but|or|nor|so|yet|which|who|whom|whose|while|whereas)\b",
                             re.IGNORECASE)
# a text ending on a word that needs more after it: the clause was cut ("Galileo had heard in
# which year of a Dutch device that?", "... the?")
_CUT_ENDING = re.compile(r"\b(?:that|the|a|an|and|or|but|which|whose|its|their)\s*[?.!]$",
                         re.IGNORECASE)


class Flaw(NamedTuple):
    """One flaw of an item's shown text and its weight."""

    name: str
    weight: int


def shown_text(item: Item) -> str:
    """What the learner reads of a one-fact item, the answer in place where it is blanked:
    a true/false item's true statement (its false one differs only in the answer), a cloze's
    sentence, else the prompt."""
    text = item.true_statement or item.prompt if item.kind == ItemKind.TRUE_FALSE \
        else item.prompt
    return text.replace(_BLANK, item.answer, 1) if item.kind == ItemKind.CLOZE else text


def flaws(item: Item, unnamed: str = "") -> list[Flaw]:
    """The flaws of a one-fact item's shown text, each with its weight. `unnamed`: the words
    by which the text leans on the document's subject without naming it, read by the caller
    from the document (edu.extract.subject_kinds.leans_unnamed), "" when none."""
    text = shown_text(item)
    found: list[Flaw] = []
    leaning = unnamed or _leaning(text, item.answer)
    if leaning.startswith("the ") and re.search(
            rf"\b{re.escape(leaning)},? (?:[A-Z][\w'’-]+|{re.escape(_BLANK)})", text):
        leaning = ""  # named right after it: "the national capital, Ottawa"
    if leaning and not leaning.startswith("over "):
        found.append(Flaw(f"leans on '{leaning}'", UNNAMED))
    cut = _cut(text, item.kind in _CLAIMS)
    if cut:
        found.append(Flaw(cut, CUT))
    if word_count(text) > LONGEST_WORDS:
        found.append(Flaw(f"over {LONGEST_WORDS} words", LONG))
    if item.kind == ItemKind.MULTIPLE_CHOICE and any(
            word_count(option) > OPTION_WORDS for option in item.options or []):
        found.append(Flaw(f"an option over {OPTION_WORDS} words", LONG_OPTION))
    return found


# nouns of a part of a thing ("antennas added at the top", "the journey to the surface"):
# a bare "the top" is the top of what the sentence itself names, not a subject left unsaid
_PART_NOUNS = frozenset("top bottom surface base edge side middle centre center foot summit "
                        "front back rear interior".split())


def _leaning(text: str, answer: str) -> str:
    """What `text` leans on that it does not name (edu.items.alone.leans_on), "" when
    nothing: but a "his" or "she" after a name the text opens with is that person's
    (alone's word rule reads no name at a text's opening, "Shackleton offered his ship ...";
    the extraction's rule, pronoun_names.leans_on_pronoun, does), and a part noun names
    nothing left unsaid."""
    found = leans_on(text, answer)
    if found.lower() in _PERSONAL:
        from edu.extract.pronoun_names import leans_on_pronoun  # lazy: on this path only

        if leans_on_pronoun(text, answer):
            return found
        rest = text.replace(answer, " ") if answer.strip() else text
        found = tied_word(rest) or bare_noun(text.replace(_BLANK, answer or "it"))
    if found.startswith("the ") and found[4:] in _PART_NOUNS:
        return ""
    return found


def _cut(text: str, claim: bool) -> str:
    """Why `text` is not one whole sentence, "" when it is (`claim`: shown as a statement)."""
    body = text.strip()
    if not body:
        return "empty"
    if body[0].islower() or claim and _JOINED_OPENING.match(body):
        return "opens inside a sentence"
    if _CUT_ENDING.search(body):
        return "ends inside a sentence"
    if claim and not body.endswith((".", "!", '"', "”", ")", "’", "'")):
        return "a claim with no closing stop"
    if not claim:
        return _verb_not_finite(body)
    from edu.items.complete import fragment  # lazy: spaCy's parser, loaded only when read

    why = fragment(body)
    return f"no sentence: {why}" if why else ""


def _verb_not_finite(question: str) -> str:
    """Why a question is no sentence: its parse's root is a verb and no word carries a
    finite verb's tag ("To restore 100 million hectares ..., to sequester how many tonnes of
    carbon?"). Only then: the small model misreads many a sound question's verb as a noun
    ("The Brooklyn Bridge crosses/NNS which river ...?"), so a root that is no verb says
    nothing."""
    from edu.extract.questions import parsed  # lazy: spaCy's parser, loaded only when read
    from edu.text.verbs import FINITE_TAGS

    doc = parsed(question)
    if any(t.tag_ in FINITE_TAGS for t in doc):
        return ""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return "a question with no finite verb" if roots and roots[0].tag_ in (
        "VB", "VBG", "VBN") else ""


def weight(found: Sequence[Flaw]) -> int:
    return sum(f.weight for f in found)


# The items of a kind read for their flaws: the first this many in the deck's order (the
# drafts' rank) are ordered among themselves, the rest follow as they came. A learner meets
# the first few, a handout shows two a kind; the blind documents' decks hold about 15 a kind.
# Why a bound: each item read is parsed (~3 ms), and a raw deck of thousands of facts would
# wait a minute for an order nobody sees past its first page.
STANDING_WINDOW = 50


def by_standing(items: Sequence[Item], unnamed: Callable[[Item], str] | None = None,
                ) -> list[Item]:
    """The items with each one-fact kind's first STANDING_WINDOW items ordered by the weight
    of their flaws, the given order kept among equals, in the places that kind's items held;
    matching and ordering sets where they were. `unnamed`: the words by which an item's
    shown text leans on the document's subject (see `flaws`)."""
    out = list(items)
    for kind in ONE_FACT:
        places = [n for n, item in enumerate(out) if item.kind == kind][:STANDING_WINDOW]
        if len(places) < 2:
            continue
        own = [out[n] for n in places]
        weights = [weight(flaws(item, unnamed(item) if unnamed is not None else ""))
                   for item in own]
        order = sorted(range(len(own)), key=lambda k: (weights[k], k))
        for n, k in zip(places, order, strict=True):
            out[n] = own[k]
    return out

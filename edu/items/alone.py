"""Whether a draft can be answered from its card alone, and an auto-extracted deck's drafts
with those first.

Blind reviewers judged 335 one-fact items made from raw documents' drafts (the labels of
blind sets 14, 16, 18, 19): of those whose question (or statement, or cloze sentence) has at
most 20 words and leans on nothing it does not name, 75 of 142 were good; of the rest 14 of
193 (the topic line beside the card did not count as naming). What a text leans on:
- a pronoun outside its answer ("its administrator", "Both had found", "he recorded"; a
  "his" or "he" after a name the text gives is that person's);
- a word tying it to the sentence before ("instead", "then", "also", "the same day");
- a bare "the N" or "that N" ("the facility", "the storage area", "that instrument"): a
  singular common noun with only common words before it (no name, no number), no "of ..."
  or relative clause after it, that the text does not introduce itself ("a new particle ...
  the particle") and that is not one of a kind ("the sun", `GENERAL_NOUNS`).
An auto-extracted deck (`edu quiz notes.txt`, `edu items notes.txt`) keeps its best drafts in
rank order; `alone_first` moves the ones that lean on nothing before the others, in rank
order on each side, so the first items of every kind are the readable ones and no kind is
lost (every draft stays).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from edu.deck.model import Fact
from edu.extract.lexicon import GENERAL_NOUNS
from edu.text.pointing import PERSONAL, words_pattern

# the longest text a card shows as one claim: of the reviewed items over 20 words, 6 of 111
# were good (long copied sentences), of those of 16-20 words 12 of 55, of shorter ones 71 of
# 169 (the labels of blind sets 14-19); the short kinds' own cut (edu/items/short.py) too
LONGEST_WORDS = 20
_WORD = re.compile(r"[\w'’-]+")
_POINTING = words_pattern(PERSONAL | {"both"})
_PERSONAL = frozenset({"he", "she", "his", "her", "him"})
# words that tie a claim to the sentence before it ("Kwolek instead persuaded ...", "the lake
# then grows", "crossed Luzon the same day"): of raw drafts whose question holds one, 2 of 32
# were kept as written (the labels of sets 14-21; all raw drafts 149 of 703), of items 0 of 12
# good; set 21's reviewer: "dangling 'instead'", "'the same day' lacks referent"
_TIED = re.compile(r"\b(?:instead|then|also|the same(?: \w+)?)\b", re.IGNORECASE)
_NAME = re.compile(r"(?<![.?!] )(?<!^)\b[A-Z][a-z]+")  # a capitalised word inside a sentence
# nouns that say a time or a measure, not a thing the text names ("the time", "the end")
_NO_THING = frozenset("time day year end same first last rest total number".split())


def leans_on(text: str, answer: str = "") -> str:
    """What `text` (a question, statement or cloze sentence; `answer`: the answer, which may
    stand in it) leans on that it does not say, "" when nothing: "over 20 words", a pronoun,
    "the N"."""
    return leans_by_words(text, answer) or bare_noun(text.replace("_____", answer or "it"))


def leans_by_words(text: str, answer: str = "") -> str:
    """`leans_on` without the parse: "over 20 words" or a pronoun outside the answer, ""
    when neither (what a deck's items can be told by without loading spaCy)."""
    if len(_WORD.findall(text)) > LONGEST_WORDS:
        return f"over {LONGEST_WORDS} words"
    rest = text.replace(answer, " ") if answer.strip() else text
    rest = re.sub(r"_{3,}", " ", rest)
    for m in _POINTING.finditer(rest):
        if m.group(0).lower() in _PERSONAL and _NAME.search(rest[: m.start()]):
            continue  # "Libby described the technique in his book": his is Libby's
        return m.group(0)
    return tied_word(rest)


def tied_word(text: str) -> str:
    """The word tying `text` to a sentence before it ("instead", "then", "the same day"), ""
    when none."""
    tied = _TIED.search(text)
    return tied.group(0) if tied else ""


def bare_noun(text: str) -> str:
    """The first bare "the N" of `text` that the text does not introduce itself ("the
    facility"), "" when none."""
    from edu.extract.questions import parsed  # lazy: spaCy's parser, read only when asked

    for noun in _definite_nouns(parsed(text)):
        if noun in GENERAL_NOUNS or noun in _NO_THING:
            continue
        if re.search(rf"\b(?:a|an)\s+(?:[\w-]+\s+)?{noun}\b", text, re.IGNORECASE):
            continue  # introduced here: "a new particle ... the particle"
        return f"the {noun}"
    return ""


def alone_first(facts: Sequence[Fact]) -> list[Fact]:
    """The facts, those whose question leans on nothing first, each side in its order."""
    alone = [not leans_on(f.prompt, f.answer) for f in facts]
    return ([f for f, ok in zip(facts, alone, strict=True) if ok]
            + [f for f, ok in zip(facts, alone, strict=True) if not ok])


def _definite_nouns(sentence: Any) -> list[str]:
    """The singular common nouns written "the N", "this N" or "that N" with at most common
    words before them ("the facility", "the storage area", "the public consortium"), no
    name among those words ("the Harvard cardiologist"), no "of ..." after them."""
    found = []
    for t in sentence:
        if t.tag_ != "NN" or t.i == 0:
            continue
        lefts = list(t.lefts)
        if not lefts or lefts[0].lower_ not in ("the", "this", "that") or any(
                c.pos_ == "PROPN" or c.text[:1].isupper() or c.like_num
                or c.dep_ not in ("det", "amod", "compound") for c in lefts[1:]):
            continue
        if lefts[0].i != t.i - len(lefts) or any(
                c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "relcl"
                for c in t.rights):
            continue
        found.append(t.lower_)
    return found

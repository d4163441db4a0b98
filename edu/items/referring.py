"""Items say whom and what their pronouns mean (issue 15, twelfth round, referents).

A draft's prompt keeps the sentence's words; where its pronoun's referent is sure, the draft
already names it, but a pronoun deeper in ("through it", "Using its measurements") or one the
draft could not place stays. Every item of a fact shows text made from its prompt (a cloze,
a true/false statement, a matching clue, an ordering event), so the prompt is read here once
with the referents the fact's sentence has (edu/extract/referents.py) put in, and a prompt
still pointing at nothing is named, for the kinds to drop (reason in `-v`). The evidence under
an answer stays the sentence as written: the learner can read the sentence before there.
"""

from __future__ import annotations

import dataclasses
import difflib
import re

from edu.deck.model import Fact
from edu.items.common import Context

_PERSONAL = frozenset({"he", "she", "his", "him", "her"})
_kept: dict[tuple[str, int, int, str, str], tuple[Fact, str]] = {}


def as_read(fact: Fact, ctx: Context) -> tuple[Fact, str]:
    """The fact with its prompt's pronouns put as their referents where the sentence under it
    is sure of them, and the first word of that prompt still pointing at nothing ("" when
    none does): "How many substances? His Elementary Treatise ..." -> "... Lavoisier's
    Elementary Treatise ..."."""
    reading = ctx.reading
    if reading is None or not reading.raw:
        return fact, ""
    tidy = one_verb_asked(tidied(fact.prompt), reading.span_text(fact.source), fact.answer)
    if tidy != fact.prompt:
        fact = dataclasses.replace(fact, prompt=tidy)
    # lazy for start-up: preprocessed text (the bundled deck) has no pronouns to place
    from edu.extract.referents import may_refer, referred
    if not may_refer(fact.prompt) and not may_refer(reading.span_text(fact.source)):
        return fact, ""
    key = (reading.path, fact.source.start, fact.source.end, fact.prompt, fact.answer)
    if key not in _kept:
        written = reading.span_text(fact.source)
        sentence = referred(reading, fact.source, fact.answer)
        prompt = _put(fact.prompt, written, sentence.text)
        left = _pointing_word(prompt, sentence.pointing)
        _kept[key] = (dataclasses.replace(fact, prompt=prompt) if prompt != fact.prompt
                      else fact, left)
    return _kept[key]


# A comma between a "did" question's subject and its verb, the one comma there: the draft
# kept the comma of a list it was cut from ("the Forth Road Bridge, opened in 1964, and").
_SUBJECT_COMMA = re.compile(r"\b((?:did|does|do)\s+[^,?]+),\s+([a-z][\w'’-]*)(?=[^,]*\?)")
# A connective that ties its sentence to the one before, left at the end of a question with
# no comma ("... on the Greek mainland however?"): the item shows no sentence before.
_TRAILING_CONNECTIVE = re.compile(r"\s+(?:however|meanwhile|nevertheless|nonetheless|"
                                  r"therefore|moreover|furthermore)(?=\?)", re.IGNORECASE)


def tidied(prompt: str) -> str:
    """A draft's question without the punctuation and connectives its cutting left ("In which
    year did the Forth Road Bridge, open?" -> "... Bridge open?"; "... at Pylos however?" ->
    "... at Pylos?")."""
    from edu.text.verbs import base_form  # lazy, as in as_read

    def unglued(m: re.Match[str]) -> str:
        verb = m.group(2)
        return f"{m.group(1)} {verb}" if base_form(verb) == verb.lower() else m.group(0)

    return _TRAILING_CONNECTIVE.sub("", _SUBJECT_COMMA.sub(unglued, prompt))


# A second passive or perfect verb joined to the one a question asks about: "In which year
# was the barrier completed and was first closed in 1983?"
_SECOND_VERB = re.compile(r"\s+and\s+(?:was|were|had|has|is|are)\s+(?:[a-z]+\s+)?([a-z]+)\b"
                          r"[^?]*\?$")
_ASKS_WHEN_OR_HOW_MUCH = re.compile(r"^(?:in|on|at|by|during|from|since|until)\s+(?:which|what)\b|"
                                    r"^when\b|^how (?:many|much|long|far)\b", re.IGNORECASE)


def one_verb_asked(prompt: str, sentence: str, answer: str) -> str:
    """A question asked of the first of two verbs its sentence joins, without the second ("In
    which year was the barrier completed and was first closed in 1983?" -> "In which year was
    the barrier completed?") where the sentence says the answer with the first ("completed in
    1982 and was first closed in 1983"); else as it is."""
    from edu.text.verbs import is_participle  # lazy, as in as_read

    m = _SECOND_VERB.search(prompt)
    if m is None or not _ASKS_WHEN_OR_HOW_MUCH.match(prompt):
        return prompt
    first = prompt[:m.start()].split()[-1:]
    if not first or not is_participle(first[0]) or not is_participle(m.group(1)):
        return prompt
    at = re.search(rf"\b{re.escape(first[0])}\b", sentence)
    joined = sentence.find(" and ", at.end()) if at else -1
    said = sentence.find(answer, at.end()) if at else -1
    return prompt[:m.start()] + "?" if at and 0 <= said < joined else prompt


def _put(prompt: str, written: str, resolved: str) -> str:
    """The prompt with each pronoun the resolved sentence replaced put the same way, where
    the prompt and the sentence hold it once each."""
    from edu.extract.referents import POINTING  # lazy, as in as_read
    said, read = written.split(), resolved.split()
    # (as written: "the king" -> "King Gustavus Adolphus" is one change, not "king" kept)
    matcher = difflib.SequenceMatcher(a=said, b=read, autojunk=False)
    for op, i, j, k, m in matcher.get_opcodes():
        word = " ".join(said[i:j]).strip(",.;:")
        if op != "replace" or not (j == i + 1 and POINTING.fullmatch(word)
                                   or j == i + 2 and said[i].lower() == "the"):
            continue  # a pronoun, or "the king" of one King ... (questions._titled_ones)
        referent = " ".join(read[k:m]).rstrip(",.;:")
        pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        spots = list(pattern.finditer(prompt))
        nth = len(pattern.findall(" ".join(said[:i])))
        if len(spots) != len(pattern.findall(written)) or nth >= len(spots):
            continue  # the prompt cut the sentence: which one is which is unsure
        at = spots[nth]
        opening = at.start() == 0 or prompt[: at.start()].endswith("? ")
        put = referent[:1].upper() + referent[1:] if opening else referent
        prompt = prompt[: at.start()] + put + prompt[at.end() :]
    return prompt


def pointed_at_nothing(word: str) -> str:
    """The reason an item pointing at nothing is not made."""
    return (f"'{word}' points at nothing the item says (only the sentence before names it)")


def _pointing_word(prompt: str, pointing: str) -> str:
    """The word of a prompt pointing at nothing: a pronoun with no name before it in the
    prompt, or the one the sentence under it left unplaced."""
    from edu.extract.questions import points_at_nothing  # lazy, as in as_read
    from edu.extract.referents import POINTING
    if points_at_nothing(prompt):
        body = prompt.rpartition("? ")[2] if "_____" in prompt else prompt
        found = POINTING.search(body)
        if found and not pointing and body.startswith("Who ") \
                and found.group(0).lower() in _PERSONAL:
            return ""  # "Who assumed that he had found a comet?": "he" is who
        return found.group(0) if found else "a time said before"
    if pointing and re.search(rf"\b{re.escape(pointing)}\b", prompt, re.IGNORECASE):
        return pointing
    return ""

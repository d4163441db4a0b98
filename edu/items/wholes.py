"""Whole answers: a blank never cuts a name or a date in two.

A draft of raw English may answer part of what its sentence says as one: "Justice Edmund
Davies" of "the Welsh judge Lord Justice Edmund Davies", "October 1966" of "Friday 21 October
1966", "Ernest Shackleton" of "led by Sir Ernest Shackleton". Its cloze then reads "Lord
_____", "21 _____", "Sir _____": the blank sits inside a name or a date and the words beside
it give half of it. `whole_answer` widens such an answer to the whole name or date as its
sentence writes it (the draft's answer stays accepted as an alias), before any item is made,
so every kind blanks, states and grades the same whole.
"""

from __future__ import annotations

import dataclasses
import re

from edu.deck.model import Fact, FactKind
from edu.text.names import HONORIFICS, NOBLE_TITLES
from edu.text.quantities import MONTH_NAMES

_MONTHS = frozenset(month.casefold() for month in MONTH_NAMES)
_TITLES = frozenset(HONORIFICS) | frozenset(NOBLE_TITLES)
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
_YEAR = re.compile(r"\d{3,4}")
_WORD_BEFORE = re.compile(r"(\S+) $")
_WORD_AFTER = re.compile(r"^ (\S+)")


def _is_title(word: str) -> bool:
    return word[:1].isupper() and word.casefold().rstrip(".") in _TITLES


def _first_word_titled(answer: str) -> bool:
    words = answer.split()
    return bool(words) and _is_title(words[0])


def _find_once(text: str, answer: str) -> int | None:
    spots = [m.start() for m in re.finditer(
        rf"(?<![\w'’-]){re.escape(answer)}(?![\w'’-])", text)]
    return spots[0] if len(spots) == 1 else None


def _widen_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Titles before a name ("Sir", "Lord", "Captain"; before a titled answer any capitalised
    word: "Grand Duke of Tuscany"), and a capitalised word right after it ("Merthyr Vale" +
    "Colliery")."""
    while (m := _WORD_BEFORE.search(text[:start])) is not None:
        word = m.group(1)
        opens = text[:m.start()].rstrip()
        mid_sentence = bool(opens) and not opens.endswith((".", "!", "?", ":", '"', "“"))
        titled = _first_word_titled(text[start:end])
        if _is_title(word) or (titled and mid_sentence and word[:1].isupper()
                               and word.isalpha()):
            start = m.start()
            continue
        break
    m = _WORD_AFTER.search(text[end:])
    if m is not None and m.group(1)[:1].isupper() and m.group(1).isalpha():
        end += 1 + len(m.group(1))
    return start, end


def _widen_date(text: str, start: int, end: int) -> tuple[int, int]:
    """A day before a month ("21" + "October 1966"), a month before a year ("October" +
    "1966"), a year after a month ("21 October" + "1966")."""
    answer = text[start:end].split()
    before = _WORD_BEFORE.search(text[:start])
    if before is not None and answer:
        first = answer[0].casefold()
        word = before.group(1)
        if (first in _MONTHS and _DAY.fullmatch(word)) or (
                _YEAR.fullmatch(first) and word.casefold() in _MONTHS):
            start = before.start()
            return _widen_date(text, start, end)
    after = _WORD_AFTER.search(text[end:])
    if after is not None and answer and answer[-1].casefold() in _MONTHS \
            and _YEAR.fullmatch(after.group(1).rstrip(".,;:")):
        end += 1 + len(after.group(1).rstrip(".,;:"))
    return start, end


# The wh-phrase of a date question, said again for the date's new grain.
_DATE_ASKED = re.compile(r"\b[Ii]n which (?:month and year|year|month)\b")


def whole_answer(fact: Fact, sentence: str) -> Fact:
    """The fact with its answer widened to the whole name or date its sentence writes (see
    the module docstring); the fact as it was when nothing is cut or the answer is not found
    once as written."""
    if fact.kind not in (FactKind.NAME, FactKind.DATE) or not fact.answer.strip():
        return fact
    if fact.kind == FactKind.NAME:
        fact = _whose(fact, sentence)
        fact = _without_possessive(fact)
    start = _find_once(sentence, fact.answer.strip())
    if start is None:
        return fact
    end = start + len(fact.answer.strip())
    widen = _widen_name if fact.kind == FactKind.NAME else _widen_date
    new_start, new_end = widen(sentence, start, end)
    if (new_start, new_end) == (start, end):
        return fact
    whole = sentence[new_start:new_end]
    if whole.casefold() in fact.prompt.casefold():
        return fact  # the question gives the whole: asking a part of it is its own matter
    prompt = _whole_gap(fact.prompt, sentence[new_start:start], sentence[end:new_end])
    if fact.kind == FactKind.DATE and _DAY.fullmatch(whole.split()[0]):
        prompt = _DATE_ASKED.sub(lambda m: "On which date" if m.group(0)[0] == "I"
                                 else "on which date", prompt)
    elif fact.kind == FactKind.DATE:
        prompt = _DATE_ASKED.sub(lambda m: ("In" if m.group(0)[0] == "I" else "in")
                                 + " which month and year", prompt)
    aliases = [fact.answer, *(a for a in fact.aliases if a != fact.answer)]
    return dataclasses.replace(fact, answer=whole, aliases=aliases, prompt=prompt)


_POSSESSIVE = re.compile(r"(?<=\w)['’]s$")


def _without_possessive(fact: Fact) -> Fact:
    """"Galileo Galilei's" answered to "_____ discovery of four moons": the name is the
    answer and the possessive stays in the sentence ("_____'s discovery"), so a name of
    another fact can stand in its place; "Whose ...?" keeps it."""
    m = _POSSESSIVE.search(fact.answer.strip())
    if m is None or fact.prompt.lstrip().casefold().startswith("whose"):
        return fact
    name = fact.answer.strip()[:m.start()]
    prompt = fact.prompt.replace("_____", "_____" + m.group(0), 1) if "_____" in fact.prompt \
        else fact.prompt
    return dataclasses.replace(fact, answer=name, prompt=prompt,
                               aliases=[fact.answer, *fact.aliases])


def _whose(fact: Fact, sentence: str) -> Fact:
    """"Who discovery of four moons ...?" answered "Galileo Galilei's", where the sentence
    says "Galileo Galilei's discovery": the draft lost the "-se" of "Whose"."""
    m = _POSSESSIVE.search(fact.answer.strip())
    first = re.match(r"Who (\w+)", fact.prompt)
    if m is None or first is None:
        return fact
    if re.search(rf"{re.escape(fact.answer.strip())} {re.escape(first.group(1))}\b",
                 sentence) is None:
        return fact
    return dataclasses.replace(fact, prompt="Whose" + fact.prompt[3:])


def _whole_gap(prompt: str, before: str, after: str) -> str:
    """A gapped prompt's gap over the whole ("Lord _____" -> "_____")."""
    gap = "_____"
    if gap not in prompt:
        return prompt
    if before and (before.strip() + " " + gap) in prompt:
        prompt = prompt.replace(before.strip() + " " + gap, gap, 1)
    if after and (gap + " " + after.strip()) in prompt:
        prompt = prompt.replace(gap + " " + after.strip(), gap, 1)
    return prompt

"""The event or undertaking a document's title names ("The Aberfan Disaster", "The 1906 San
Francisco Earthquake", "The Great Fire of London, 1666", "Blackout Leaves 50 Million Without
Power ..."), said as a prompt should say it: with its year when it happened on a day ("the
2003 blackout", "the 1966 Aberfan disaster"), and the other nouns of events the text's
opening calls it by ("The outage struck ...", "the disaster became ..."), issue 15, round 19t.

Blind reviewers of set 20 asked "affected by what (2003 blackout)", "worst day of what (Dust
Bowl)", "'the blackout' undated": a report's drafts lean on the event its headline names.
`subject_kinds.document_subject` finds a subject from the body's first sentence; a report or
an account of a disaster seldom opens with its name ("On the morning of Friday 21 October
1966, a huge heap of colliery waste slid ..."), so the title is read here. Only regular
expressions over the title and the opening: the event's noun is one of
`lexicon.EVENT_NOUNS`, the name's other words must be written with capitals in the body (a
name, not a headline's capitals), and the year comes from the title, the dateline or the
first sentence when that holds one year only.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from edu.extract.lexicon import DATED_EVENT_NOUNS, EVENT_NOUNS
from edu.extract.title_person import TITLE_CUT

_YEAR = re.compile(r"(?<![\w.,-])(1[0-9]{3}|20[0-9]{2})(?![\w-])")
_TITLE_WORD = re.compile(r"[\w'\u2019.-]+")
_LINKS = frozenset({"of", "and", "the", "in"})


class Event(NamedTuple):
    """A titled event: `name` as a prompt writes it after "the" ("2003 blackout", "Great Fire
    of London", "Kon-Tiki expedition") and its event `noun` ("blackout")."""

    name: str
    noun: str


def title_event(title: str, body: str, opening: str, dateline: str) -> Event | None:
    """The event `title` names (see the module's docstring), or None. `opening`: the body's
    first sentence, `dateline`: a news report's dateline before it ("" when none)."""
    head = TITLE_CUT.split(title.strip(), 1)[0]
    dated = re.match(r"(.*?),?\s+(?:of|in)?\s*(1[0-9]{3}|20[0-9]{2})$", head)
    year = dated.group(2) if dated else ""
    head = dated.group(1) if dated else head
    words = _TITLE_WORD.findall(head)
    if words and words[0].lower() == "the":
        words = words[1:]
    if words and _YEAR.fullmatch(words[0]):
        year, words = words[0], words[1:]
    at = next((k for k, w in enumerate(words) if w.lower() in EVENT_NOUNS), None)
    if at is None:
        return None
    noun = words[at].lower()
    before, after = words[:at], words[at + 1 :]
    if after and all(_YEAR.fullmatch(w) for w in after):  # "Program, 1948-1952": its years
        year, after = (after[0] if len(after) == 1 else year), []
    if after and after[0].lower() == "of" and len(after) > 1:  # "The Great Fire of London"
        of = [w for w in after[1:] if w.lower() != "the"]
        if not of or not _written_as_name(" ".join(of), body):
            return None
        if before and all(_written_as_name(w, body) for w in before) \
                and re.search(rf"\b{re.escape(' '.join(before))} {re.escape(words[at])}\b", body):
            return Event(" ".join([*before, words[at], "of", *of]), noun)  # a proper name
        if before:
            return None  # "The Sinking and Raising of ...": two events
        name = f"{noun} of {' '.join(after[1:])}"  # "collapse of the Tacoma Narrows Bridge"
    elif not after:  # "The Aberfan Disaster", "The Kon-Tiki Expedition"
        if not before or not all(_written_as_name(w, body) for w in before):
            return None
        name = " ".join([*before, _as_written(before, words[at], body)])
    else:  # a headline: "Blackout Leaves 50 Million Without Power ..."
        own: list[str] = []
        for w in reversed(before):
            if not _written_as_name(w, body):
                break
            own.insert(0, w)
        name = " ".join([*own, noun])
        year = year or _one_year(dateline)
        if not own and not year:
            return None  # "the blackout" names nothing more than the prompt's word
    if noun in DATED_EVENT_NOUNS and noun in name.split():  # (not "the Great Fire": a name)
        year = year or _one_year(dateline) or _one_year(opening)
        if year:
            name = f"{year} {name}"
    return Event(name, noun)


def _written_as_name(word: str, body: str) -> bool:
    """Whether the body writes `word` (or words: "Mount St. Helens") with its capital inside
    a sentence (a name's word: "Aberfan", "Kon-Tiki"; not a headline's "Leaves")."""
    if word.lower() in _LINKS or not word[:1].isupper() or " " in word and not all(
            w[:1].isupper() or w.lower() in _LINKS for w in word.split()):
        return False
    return re.search(rf"(?<![.!?\n]\s)(?<=[\w,;(\"\u201c] ){re.escape(word)}(?![\w-])", body) \
        is not None


def _as_written(before: list[str], noun: str, body: str) -> str:
    """The event noun as the body writes it after the name's words ("Human Genome Project"
    capitalised, "Aberfan disaster" not); lower case when the body never writes them so."""
    m = re.search(rf"\b{re.escape(' '.join(before))} ({re.escape(noun)})\b", body, re.IGNORECASE)
    return m.group(1) if m else noun.lower()


def _one_year(text: str) -> str:
    """The year `text` names when it names one year only, else ""."""
    years = set(_YEAR.findall(text))
    return years.pop() if len(years) == 1 else ""


def called_by(paragraph: str) -> frozenset[str]:
    """The nouns of events (`lexicon.EVENT_NOUNS`) the opening paragraph writes bare after
    "the" ("The outage struck ...", "the disaster became ..."): the words the text goes on
    calling its event by ("the largest blackout in ..." and "the disaster of 1879" are
    described, not bare)."""
    return frozenset(m.group(1).lower() for m in re.finditer(
        r"\b[Tt]he ([a-z]+)\b(?! of\b)(?![-\w])", paragraph) if m.group(1).lower() in EVENT_NOUNS)

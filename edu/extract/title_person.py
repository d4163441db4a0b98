"""The person a life story is about when its title names them beside something else ("René
Laennec and the Stethoscope", "The Invention of the Stethoscope by René Laennec", "Gregor
Mendel and the Laws of Heredity"), and the form of the name the text uses most ("Laennec",
"Payne"), so a draft's bare "she"/"his" can be said as that name (issue 15, round 16k).

A title that is a name alone ("Amelia Earhart") is the title subject already
(`questions._title_subject`); this finds the person inside a longer title. Only regular
expressions over the text: the name is sure when the body writes it as a sentence's opening
words, with the title's first and last name around any middle names ("René-Théophile-
Hyacinthe Laennec", "Cecilia Helena Payne" of "Cecilia Payne-Gaposchkin"); whether "she" or
"he" means the person is left to `questions._title_sex`, which reads the pronoun said right
after that sentence.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_NAME_WORD = r"[A-Z][\w'\u2019]*(?:-[A-Z][\w'\u2019]*)*"  # "Payne-Gaposchkin", "O'Brien"
# a run of two to four capitalised words of a title: a person's given name and surname, with
# a middle name or two ("Henry Norris Russell")
_TITLE_NAME = re.compile(rf"(?<![\w-])({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?![\w.-])")
TITLE_CUT = re.compile(r"\s*:\s+|\s+[—–-]\s+")  # "Name: subtitle", "Name — subtitle"
_SURNAME_ONCE = 2  # the surname alone said this often in the body is the text's own form of
# the name ("Laennec"); fewer, and the full name is clearer ("Lise Meitner" of a text that
# writes "Meitner" only inside her father's name)


class TitlePerson(NamedTuple):
    """`written`: the name as the body's opening sentence writes it ("Cecilia Helena Payne"),
    `form`: the form a prompt puts in ("Payne"), `words`: every word of both and of the
    title's name (a sentence naming only these names no one else)."""

    written: str
    form: str
    words: frozenset[str]


def title_person(text: str) -> TitlePerson | None:
    """The person the title names beside something else, when the body opens a sentence
    with that person's name; None otherwise (a title with no name, or a name the body never
    opens a sentence with: "William Herschel and the Discovery of Uranus" of a text that
    first speaks of the planets)."""
    stripped = text.lstrip()
    if "\n" not in stripped:
        return None
    first, body = stripped.split("\n", 1)
    title = first.lstrip("#").strip()
    for m in _TITLE_NAME.finditer(title):
        words = m.group(1).split()
        if len(words) == len(title.split()) or TITLE_CUT.split(title, 1)[0] == m.group(1):
            continue  # the title is the name alone: the title subject already
        found = _opening_name(words[0], words[-1], body)
        if found:
            return TitlePerson(found, _form(m.group(1), words[-1], body),
                               frozenset(re.split(r"[\s-]+", f"{m.group(1)} {found}")))
    return None


def _opening_name(given: str, surname: str, body: str) -> str:
    """The name opening a sentence of `body` with `given` first and `surname` (or the
    surname's first part: "Payne" of "Payne-Gaposchkin") last, middle names between, or ""."""
    last = {surname, surname.split("-")[0]}
    shape = re.compile(rf"(?:\A|(?<=[.!?]\s)|(?<=\n))\s*({re.escape(given)}"
                       rf"(?:[\s-]+{_NAME_WORD})*?[\s-]+(?:{'|'.join(map(re.escape, last))}))"
                       rf"(?![\w-])(?!['\u2019]s)")
    m = shape.search(body)
    return " ".join(m.group(1).split()) if m else ""


def _form(name: str, surname: str, body: str) -> str:
    """The form of the name the body writes most: its surname (or the surname's first part)
    alone, said at least `_SURNAME_ONCE` times with no other name word beside it, else the
    title's name."""
    def alone(form: str) -> int:
        return sum(1 for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])(?!\s+[A-Z])",
                                          body)
                   if not _NAME_BEFORE.search(body, 0, m.start()))

    counts = {form: alone(form) for form in {surname, surname.split("-")[0]}}
    best = max(sorted(counts), key=lambda f: counts[f])
    return best if counts[best] >= _SURNAME_ONCE else name


_NAME_BEFORE = re.compile(r"[A-Z][\w'\u2019.-]*\s+$")  # "Edward Payne": another's surname


# "Hodgkin and Huxley and the Nerve Impulse", "The Michelson-Morley Experiment": two surnames
# a title opens with (after "The"), joined by "and" or a dash
_TITLE_PAIR = re.compile(rf"^(?:The\s+)?({_NAME_WORD})(?:\s+and\s+|[\u2013-])({_NAME_WORD})"
                         r"(?![\w'\u2019-])")


def title_pair(text: str) -> str:
    """The two people a title names together, as "A and B" ("Hodgkin and Huxley"), when the
    body writes each surname with a given name before it ("Alan Hodgkin"); "" otherwise
    ("Rome and Carthage" are no people)."""
    stripped = text.lstrip()
    if "\n" not in stripped:
        return ""
    first, body = stripped.split("\n", 1)
    m = _TITLE_PAIR.match(first.lstrip("#").strip())
    if not m or m.group(1) == m.group(2):
        return ""
    for surname in m.groups():
        if not any(_NAME_BEFORE.search(body, 0, n.start()) for n in re.finditer(
                rf"(?<![\w-]){re.escape(surname)}(?![\w-])", body)):
            return ""
    return f"{m.group(1)} and {m.group(2)}"

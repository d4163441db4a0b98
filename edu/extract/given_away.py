"""Raw drafts whose prompt gives its answer away, read from the prompt and the answer (issue
15, round 21q: nothing trivial on the first page).

Blind set 22's reviewer dropped eight first-page drafts as trivial, and the 809 raw verdicts
of /work/labels/labels.json name the same shapes; each cue below carries its count there
(verdicts of the drafts the cue finds):

- the answer's own words elsewhere in the prompt ("Which engineer designed the Morandi
  bridge?" Riccardo Morandi; "the period of any other Cepheid"): 3 dropped, 1 kept of 4;
- Earth or the world as the answer ("the driest non-polar desert on which place?"): 4 of 4
  dropped;
- an abbreviation asked right after the full name it shortens ("Transport for London
  (_____)", "the Organisation for Economic Co-operation and Development, or _____"): 2 of 2;
- a source named as the blank subject of a report ("_____ reported that ..."): 1 of 1.

Such drafts go below the first page, not out of the top K: they stay where a teacher
scrolls, and recall does not move.
"""

from __future__ import annotations

import re

from edu.extract.wording import BLANK

# the words of a name that say what kind of thing it is, shared by many names ("River",
# "Service"): another name holding one gives nothing away
_KIND_WORDS = frozenset("""
river service company fund scheme programme program act administration association university
college society institute museum bridge dam lake sea ocean mountains mountain island islands
desert war prize award observatory laboratory agency committee commission council union party
church cathedral street road station project mission expedition corporation works system engine
canal treaty conference railway academy school hospital army navy force ministry department
government city state states republic kingdom national international
""".split())
# the small words inside a name ("Salar de Atacama", "Bank of Italy")
_LINKING = frozenset({"de", "of", "van", "von", "la", "le", "the", "and", "da", "di", "del",
                      "du", "der"})
_FEWEST_LETTERS = 4  # a shorter word ("Ada", "Io") is too often a word of another name
_WORLD = frozenset({"earth", "the earth", "world", "the world"})
_BEFORE_ABBREVIATION = re.compile(r"(?:\(|,? or)\s*$")
_REPORTED = re.compile(rf"(?:^|, ){re.escape(BLANK)} (?:reported|estimated|calculated)\b|"
                       rf"\baccording to (?:the )?{re.escape(BLANK)}")


def given_away(prompt: str, answer: str) -> bool:
    """Whether the prompt gives `answer` away (the module's cues)."""
    answer = answer.strip()
    return bool(answer) and (_named_in_prompt(prompt, answer) or answer.lower() in _WORLD
                             or _abbreviated(prompt, answer)
                             or _REPORTED.search(prompt) is not None)


def _named_in_prompt(prompt: str, answer: str) -> bool:
    """The whole answer, or the last word of a name of several, in the prompt's other
    words ("the Morandi bridge" for Riccardo Morandi)."""
    rest = prompt.replace(BLANK, " ")
    if len(answer) >= _FEWEST_LETTERS and re.search(rf"\b{re.escape(answer)}\b", rest,
                                                     re.IGNORECASE):
        return True
    words = answer.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words if w.lower() not in _LINKING):
        return False
    last = words[-1]
    return last.lower() not in _KIND_WORDS and len(last) >= _FEWEST_LETTERS \
        and re.search(rf"\b{re.escape(last)}\b", rest) is not None


def _abbreviated(prompt: str, answer: str) -> bool:
    """An abbreviation ("TfL", "OECD") whose letters begin the capitalised words right before
    its blank, set off by a bracket or "or"."""
    at = prompt.find(BLANK)
    if at < 0 or not re.fullmatch(r"[A-Z][A-Za-z]{1,7}", answer) \
            or sum(c.isupper() for c in answer) < 2:
        return False
    before = prompt[:at]
    if not _BEFORE_ABBREVIATION.search(before):
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", before)
    wanted = answer.upper()
    for n in range(2, min(len(words), _NAME_WORDS) + 1):
        tail = words[-n:]
        if "".join(w[0] for w in tail).upper() == wanted \
                or "".join(w[0] for w in tail if w[0].isupper()).upper() == wanted:
            return True  # "Transport for London" (TfL), "Organisation for ... Development"
    return False


_NAME_WORDS = 8  # the most words of a name an abbreviation shortens

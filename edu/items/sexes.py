"""Whether the document calls a person "she" or "he", for options of the answer's sex.

The blind review marked a man put in a woman's place ("Joule married John Dalton in 1847.",
a false statement nobody needs to think about) and the other way round. No list says who is
a woman; the document does, in three ways read here:
- a title or kin word before the name ("Mrs", "Queen", "his wife Cora", "the girl Valerie
  Ambroise": `FEMININE`, `MASCULINE` and the person nouns of edu.text.names);
- the pronoun that opens the next sentence when a sentence opens with the name ("Kate
  Sheppard died in Christchurch ... Her portrait appears ...");
- the pronoun a relative clause on the name uses as its subject or owner ("Elizabeth
  McCombs, who won the seat after the death of her husband"; not an object: "John Dalton,
  who taught him" is about someone else);
- the other sex of whom the name married, when that one is known ("Joule married Amelia
  Grimes"; Joule is "he").
A person read both ways, or neither, fits any option: an unknown sex excludes nobody.
"""

from __future__ import annotations

import re
from collections import Counter

from edu.text.names import FEMININE, FEMININE_NOUNS, KIN, MASCULINE, MASCULINE_NOUNS

_SHE = frozenset(FEMININE) | frozenset(FEMININE_NOUNS)
_HE = frozenset(MASCULINE) | frozenset(MASCULINE_NOUNS)
_PRONOUNS = {"she": "she", "her": "she", "hers": "she", "herself": "she",
             "he": "he", "his": "he", "him": "he", "himself": "he"}
# what a relative clause on the name says of it (its subject or owner), not of an object
_OWN_PRONOUNS = frozenset({"she", "hers", "herself", "he", "his", "himself"})
_HER_KIN = re.compile(r"\bher\s+(?:" + "|".join(KIN) + r")\b")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“(])|\n\s*\n")  # or a paragraph's end
_WORD = re.compile(r"[A-Za-z]+")
_CAPITALISED = r"(?:[A-Z][\w.'’-]*\s+)*"


def name_sexes(text: str, names: list[str]) -> dict[str, str]:
    """Each name of `names` the text says is "she" or "he" (see the module docstring)."""
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
    sentences = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    out: dict[str, str] = {}
    for name in dict.fromkeys(n.strip() for n in names if n.strip()):
        votes = _votes(name, text, sentences)
        if not votes:
            votes = _married(name, text, sentences)
        if len(votes) == 1:
            out[name] = next(iter(votes))
    return out


_OTHER = {"she": "he", "he": "she"}
_PERSON = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"


def _married(name: str, text: str, sentences: list[str]) -> Counter[str]:
    """The other sex of whom `name` married, where the text tells that one's."""
    votes: Counter[str] = Counter()
    said = re.escape(name) + r"(?![\w'’-])"
    for pattern in (_PERSON + r"\s+(?:had\s+)?married\s+" + said,
                    said + r"\s+(?:had\s+)?married\s+" + _PERSON):
        for m in re.finditer(pattern, text):
            theirs = _votes(m.group(1), text, sentences)
            if len(theirs) == 1:
                votes[_OTHER[next(iter(theirs))]] += 1
    return votes


def _votes(name: str, text: str, sentences: list[str]) -> Counter[str]:
    votes: Counter[str] = Counter()
    first = name.split()[0].casefold().rstrip(".")
    if first in _SHE or first in _HE:
        votes["she" if first in _SHE else "he"] += 1
    before = re.compile(r"\b(\w+)\.?,?\s+" + _CAPITALISED + re.escape(name) + r"(?![\w'’-])")
    for m in before.finditer(text):
        word = m.group(1).casefold()
        if word in _SHE or word in _HE:
            votes["she" if word in _SHE else "he"] += 1
    opening = re.compile(r"^\W*" + re.escape(name) + r"(?![\w'’-])")
    clause = re.compile(re.escape(name) + r",\s+who\s+([^,.;]*)")
    for k, sentence in enumerate(sentences):
        if opening.match(sentence) and k + 1 < len(sentences):
            said = _WORD.match(sentences[k + 1].lstrip("\"“( "))
            pronoun = _PRONOUNS.get(said.group().casefold()) if said else None
            if pronoun:
                votes[pronoun] += 1
        for m in clause.finditer(sentence):
            pronouns = {_PRONOUNS[w.casefold()] for w in _WORD.findall(m.group(1))
                        if w.casefold() in _OWN_PRONOUNS}
            if _HER_KIN.search(m.group(1)):  # "after the death of her husband"
                pronouns.add("she")
            if len(pronouns) == 1:
                votes[pronouns.pop()] += 1
    return votes


def same_sex(answer: str, candidate: str, sexes: dict[str, str]) -> bool:
    """Whether a candidate may stand in the answer's place: of its sex; or, for a man or a
    person of unknown sex, of unknown sex too. A woman's place takes only women: the texts
    name women far less often than men and say so when they do ("Mrs", "her"), so a person
    whose sex is never said is most likely a man ("Joule married John Benjamin Dancer")."""
    mine, theirs = sexes.get(answer.strip()), sexes.get(candidate.strip())
    if mine == "she":
        return theirs == "she"
    return theirs is None or mine is None or mine == theirs

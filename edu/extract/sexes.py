"""Who a text calls "she" and who "he": the one reader of a person's sex (issue 15, round 21n).

No list says who is a woman (a given name is no sign); the text does, and is read here over
spaCy's parse of the whole document and the people `pronoun_names` found in it (`mentions`:
where each person is named; `written`: a person's full name by its key):
- the subject and owner pronouns of a sentence whose one main subject is the person, named
  alone in it, and of the sentence after when that names nobody ("Kwolek was born ... Her
  father ..."), all of one sex; never an object ("Babbage ... showed her a working fragment
  of his Difference Engine. She was fascinated": "his" and "She" disagree, no vote);
- a title or kin word before the name ("Mrs", "Queen", "his wife Agnes", "the chemist John
  Dalton" is no sign);
- the pronoun a relative clause on the name uses as its subject or owner ("Elizabeth McCombs,
  who won the seat after the death of her husband");
- the other sex of whom the person married, when that one's is read ("Joule married Amelia
  Grimes"; Joule is "he").
A person read both ways, or not at all, has no sex here: an unknown sex blocks a pronoun's
name and excludes no option. Three readers did this before (`pronoun_names._sexes`,
`items.sexes`, and the title's own in `questions`); the items' reader voted by the pronoun
opening the sentence after any sentence opening with the name, and so called Babbage "she"
(the next sentence's "She" was Ada, the object of his).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from edu.text.names import FEMININE, FEMININE_NOUNS, KIN, MASCULINE, MASCULINE_NOUNS

SEX_OF = {"she": "she", "her": "she", "hers": "she", "herself": "she",
          "he": "he", "his": "he", "him": "he", "himself": "he"}
SEXED_NOUNS = {"she": frozenset(FEMININE) | frozenset(FEMININE_NOUNS),
               "he": frozenset(MASCULINE) | frozenset(MASCULINE_NOUNS)}
OTHER = {"she": "he", "he": "she"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_KIN_OF = {sex: re.compile(rf"\b{own}\s+(?:" + "|".join(KIN) + r")\b")
           for sex, own in (("she", "her"), ("he", "his"))}
_PERSON = r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)"


def read_sexes(doc: Any, mentions: Sequence[tuple[int, int, str]],
               written: dict[str, str]) -> dict[str, str]:
    """Each person (a key of `mentions`) the parsed text says is "she" or "he" (see the
    module's docstring)."""
    votes: dict[str, set[str]] = {}
    text = doc.text
    # a person the text names in one word only ("Joule") is its own key
    written = {p: p for _, _, p in mentions} | dict(written)
    for person, sex in [*_sentence_votes(doc, mentions), *_word_votes(text, written),
                        *_clause_votes(text, written)]:
        votes.setdefault(person, set()).add(sex)
    known = {p: next(iter(v)) for p, v in votes.items() if len(v) == 1}
    for person, sex in _married_votes(text, written, known):
        votes.setdefault(person, set()).add(sex)
    return {p: next(iter(v)) for p, v in votes.items() if len(v) == 1}


def _sentence_votes(doc: Any, mentions: Sequence[tuple[int, int, str]]) \
        -> Iterable[tuple[str, str]]:
    text = doc.text
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        named = {p for a, _, p in mentions if sent.start_char <= a < sent.end_char}
        subjects = [t for t in sent if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"]
        if len(named) != 1 or len(subjects) != 1:
            continue
        person = next(iter(named))
        if not any(a <= subjects[0].idx < b for a, b, _ in mentions):
            continue
        # a subject or owner, never an object ("Babbage would later call her ..."); an
        # object's pronoun may be whom the next sentence means ("showed her ... She was
        # fascinated"), so none is read there then
        said = [t for t in sent if t.i > subjects[0].i and t.lower_ in SEX_OF
                and (t.dep_ in _SUBJECTS and _main_clause(t.head, mentions)
                     or t.dep_ == "poss")]
        after = sents[k + 1] if k + 1 < len(sents) else None
        others = [t for t in sent if t.lower_ in SEX_OF and t not in said]
        if after is not None and not others \
                and "\n\n" not in text[sent.start_char : after.start_char]:
            # the sentence after goes on about the person when its main subject is a pronoun
            # (or a pronoun's thing: "Her portrait ...") said before anyone else is named
            # there ("He was taught by the chemist John Dalton")
            first = min((a for a, _, _ in mentions if after.start_char <= a < after.end_char),
                        default=after.end_char)
            said += [t for t in after if t.lower_ in SEX_OF and t.idx < first
                     and t.head.dep_ in ("ROOT", "nsubj")
                     and (t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"
                          or t.dep_ == "poss" and t.head.dep_ == "nsubj")]
        found = {SEX_OF[t.lower_] for t in said}
        if len(found) == 1:
            yield person, found.pop()


def _main_clause(verb: Any, mentions: Sequence[tuple[int, int, str]]) -> bool:
    """Whether `verb` lies outside a relative clause on a person ("De Morgan, who thought she
    had the makings ..." is another's "she"; "Herschel assumed that he had found ..." and
    "sent him to Vienna, where he studied ..." are his)."""
    while verb.dep_ != "ROOT" and verb.head.i != verb.i:
        if verb.dep_ in ("relcl", "acl") and any(a <= verb.head.idx < b for a, b, _ in mentions):
            return False
        verb = verb.head
    return True


def _word_votes(text: str, written: dict[str, str]) -> Iterable[tuple[str, str]]:
    """A title or kin word opening the name or just before it ("Mrs", "his wife Agnes")."""
    for key, full in written.items():
        first = full.split()[0].casefold().rstrip(".")
        for m in [None, *re.finditer(rf"\b(\w+)\.?,? (?:[A-Z][\w'-]* )*{re.escape(full)}\b",
                                     text)]:
            word = first if m is None else m.group(1).lower()
            for sex in ("she", "he"):
                if word in SEXED_NOUNS[sex]:
                    yield key, sex


def _clause_votes(text: str, written: dict[str, str]) -> Iterable[tuple[str, str]]:
    """A relative clause on the name that speaks of its own kin ("McCombs, who won the seat
    after the death of her husband"); a bare "she" there may be another's ("De Morgan, who
    thought she had the makings of ..." is Ada's), so only "her/his <kin>" counts."""
    for key, full in written.items():
        for m in re.finditer(re.escape(full) + r",\s+who\s+([^,.;]*)", text):
            kin = {sex for sex, pattern in _KIN_OF.items() if pattern.search(m.group(1))}
            if len(kin) == 1:
                yield key, kin.pop()


def _married_votes(text: str, written: dict[str, str], known: dict[str, str]) \
        -> Iterable[tuple[str, str]]:
    """The other sex of whom a person married, where that one's is read."""
    keys = {full: key for key, full in written.items()} | {k: k for k in written}
    for m in re.finditer(_PERSON + r"\s+(?:had\s+)?married\s+" + _PERSON, text):
        one, two = keys.get(m.group(1)), keys.get(m.group(2))
        if one and two and (known.get(one) is None) != (known.get(two) is None):
            if known.get(one):
                yield two, OTHER[known[one]]
            else:
                yield one, OTHER[known[two]]

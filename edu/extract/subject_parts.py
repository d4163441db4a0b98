"""A draft that names nothing gets the document's subject on the noun the text itself ties
to it: "How many feet long was the main span?" -> "... the Tacoma Narrows Bridge's main
span?", "In which year did construction begin?" -> "... construction of the Thames Barrier
begin?" (issue 15, round 21n).

Blind reviewers kept 7 of 209 raw drafts that name nothing (no proper name, no year) and 166
of 600 that name something; their reasons: "steel for what", "arch of what", "no subject".
Only what the text says is put in:
- **parts**: the nouns the text writes as the subject's own ("the bridge's deck", "its main
  span" in a sentence whose main subject is the subject, "the arch of the bridge"), read from
  the one whole-document parse (`document_parse`); a prompt's bare "the N" of such a noun
  becomes "the <subject>'s N";
- **making**: a bare "construction" (no article, no "of" after: "construction began") of a
  built thing becomes "construction of the <subject>";
- **a lead**: any other question naming nothing is led by the subject ("For the Sydney
  Harbour Bridge, about how many tonnes of steel were used?"), unless it speaks of a thing
  of the subject's kind or of another one ("a replacement bridge", "the second ...").
Never in a prompt naming anything, before the text names the subject, for an event (its
"construction" is another thing's; "In the 1980 eruption, between which years did a new dome
grow?" would be false), or where a rival of the subject's kind is near
(`subject_kinds` checks the same for kind words): a wrong referent is worse than none.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from edu.extract.document_parse import whole_parse
from edu.extract.lexicon import DATED_EVENT_NOUNS, EVENT_NOUNS, GENERAL_NOUNS, MAKING_NOUNS
from edu.extract.parses import parser
from edu.text.preprocess import stop_words

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def nameless(prompt: str, answer: str) -> bool:
    """Whether a prompt names nothing: no capitalised word past its first (the answer's
    words aside), no year."""
    text = prompt.replace(answer, " ") if answer else prompt
    words = text.split()[1:]
    return not any(w.lstrip("\"'(\u201c")[:1].isupper() for w in words) \
        and not re.search(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)", text) \
        and not _PRONOUN.search(text)  # "she", "its": someone's, for `pronoun_names`


_PRONOUN = re.compile(r"\b(?:she|he|her|his|him|it|its|they|their|them)\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def parts_of(text: str, name: str, kinds: frozenset[str]) -> frozenset[str]:
    """The nouns `text` writes as the subject's own (see the module's docstring)."""
    doc = whole_parse(text)
    refs = _references(doc, name, kinds)
    parts: set[str] = set()
    for t in doc:
        if t.i in refs and t.dep_ == "poss":
            parts.add(t.head.lower_)  # "the bridge's deck"
        elif t.i in refs and t.dep_ == "pobj" and t.head.lower_ == "of" \
                and t.head.head.pos_ == "NOUN" \
                and any(c.lower_ == "the" for c in t.head.head.children):
            parts.add(t.head.head.lower_)  # "the arch of the bridge"
        elif t.lower_ == "its" and t.dep_ == "poss" and t.head.pos_ == "NOUN":
            subjects = [c for c in t.sent.root.children if c.dep_ in _SUBJECTS]
            if len(subjects) == 1 and subjects[0].i in refs and subjects[0].i < t.i:
                parts.add(t.head.lower_)  # "The bridge ... its main span"
    return frozenset(p for p in parts if p.isalpha() and p not in kinds
                     and p not in GENERAL_NOUNS and p not in stop_words()
                     and p not in EVENT_NOUNS)


def _references(doc: Any, name: str, kinds: frozenset[str]) -> set[int]:
    """Token indices of the subject's mentions: the last word of its name, and a kind word
    after a bare "the" ("the bridge", not "the railway bridge")."""
    refs: set[int] = set()
    starts = {t.idx: t.i for t in doc}
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text, re.IGNORECASE):
        last = max((i for at, i in starts.items() if m.start() <= at < m.end()), default=None)
        if last is not None:
            refs.add(last)
    for t in doc:
        if t.lower_ in kinds and t.i > 0 and doc[t.i - 1].lower_ == "the" \
                and not any(c.dep_ in ("compound", "amod") for c in t.children):
            refs.add(t.i)
    return refs


# "the main span", "the deck": a definite noun with up to two words before it
_PART = re.compile(r"\b([Tt]he) ((?:[a-z-]+ ){0,2})([a-z]{3,})\b(?!['\u2019]s\b| of\b)")
_MAKING = re.compile(r"(?<!\bthe )(?<!\bits )(?<!\bof )(?<!\bthis )(?<!\bhis )(?<!\bher )"
                     r"(?<!\btheir )(?<!\bthat )\b(" + "|".join(sorted(MAKING_NOUNS))
                     + r")\b(?! (?:of|on|in|at|for|to|by|with)\b| work)")


def named_part(prompt: str, name: str, article: bool, kinds: frozenset[str], text: str,
               answer: str) -> str:
    """`prompt` with its first bare "the N" of a part of the subject said as the subject's
    ("the Sydney Harbour Bridge's arch"), or a bare "construction" as "construction of the
    <subject>"; the prompt as it was when it names anything or nothing fits. The caller
    checks where the sentence is and what is near it."""
    if not nameless(prompt, answer) or name.casefold() in prompt.casefold():
        return prompt  # ("the supply of penicillin": it names the subject in lower case)
    said = f"the {name}" if article else name
    parts = parts_of(text, name, kinds)
    for m in _PART.finditer(prompt):
        noun = m.group(3)
        if noun not in parts or answer and noun in answer.split():
            continue
        owner = (f"{'T' if m.group(1)[0] == 'T' else 't'}he {name}'s " if article
                 else f"{name[:1].upper() + name[1:] if m.group(1)[0] == 'T' else name}'s ")
        return prompt[: m.start()] + owner + m.group(2) + noun + prompt[m.end() :]
    if kinds & DATED_EVENT_NOUNS:
        return prompt  # an event: what happened after it is no part of it
    making = _MAKING.search(prompt) if not kinds & EVENT_NOUNS else None  # (a programme is
    # not built)
    if making and not (answer and making.group(1) in answer) \
            and _made_by_subject(prompt, making.start()):
        return prompt[: making.end()] + f" {MAKING_NOUNS[making.group(1)]} {said}" \
            + prompt[making.end() :]
    return _led(prompt, said, kinds)


def _made_by_subject(prompt: str, at: int) -> bool:
    """Whether the making noun at `at` of `prompt` is a bare noun of the making itself ("did
    work begin", "during construction"), not a verb ("did they work") or a noun said of
    something else ("after a day's work", "that work")."""
    token = next((t for t in parser()(prompt) if t.idx == at), None)
    return token is not None and token.pos_ not in ("VERB", "AUX") \
        and not any(c.dep_ == "poss" or c.lower_ in _POINTING for c in token.children) \
        and not any(c.dep_ == "prep" and c.lower_ in _MADE_ON and c.i > token.i
                    for c in token.head.children)
    # ("that work": some work the text said before; "work began on approaches": the verb
    # says what was made; the small model's "compound" of "did construction use" or "the
    # main construction start" is still the noun)


_POINTING = frozenset({"this", "that", "these", "those"})
_MADE_ON = frozenset(MAKING_NOUNS.values())


def _led(prompt: str, said: str, kinds: frozenset[str]) -> str:
    """A question naming nothing led by the thing it is asked of: "About how many tonnes of
    steel were used?" -> "For the Sydney Harbour Bridge, about how many tonnes of steel were
    used?". Only a question opening with a question word or a preposition (lowered after
    the lead), and not when it speaks of a thing of the subject's kind ("a replacement
    bridge": another one) or of another ("second", "new")."""
    words = prompt.split()
    asking = _ASKING.match(prompt)
    if not prompt.endswith("?") or not asking or prompt[asking.end() :].startswith(",") \
            or any(w.strip("?,.").lower() in kinds or w.lower() in _OTHER_WORDS for w in words) \
            or any(w.lower() in _HYPOTHETICAL for w in words):
        return prompt
    return f"For {said}, {prompt[:1].lower()}{prompt[1:]}"


# a question opening with its question words ("How many", "About how many", "On which
# date", "By whom"): a lead goes before it; not one with a lead of its own ("In total, ...",
# "In spring, before ...")
_ASKING = re.compile(r"(?:(?:About|Roughly|Approximately|Nearly|Almost|More than|Fewer than|"
                     r"Some|At least|At most|Up to)\s+how\b|(?:How|What|Which|Who|Whom|Whose|"
                     r"When|Where)\b|(?:[A-Z][a-z]+\s+)(?:which|what|whom|how)\b)")
# words of a question about what did not happen ("Which strait would a bridge also have
# obstructed?" of a link built as a tunnel there): a lead would say it of the subject
_HYPOTHETICAL = frozenset({"would", "could", "might"})
# words by which a question speaks of another thing than the subject
_OTHER_WORDS = frozenset("""
another other second third new replacement rival previous earlier later original first
both two
""".split())

"""The default set of items: each fact asked a few ways, no sentence shown twice as the same kind.

`generate_items` makes every kind it can of every fact: on a raw document that is about
four items a fact (120 items from 31 facts of a 700-word text), the same sentence shown as a
true statement for each of the three facts it holds, and a gapped question asked again as
numeric and short answer. A teacher keeps a few ways per fact and spreads the set over the
facts. `spread` picks, fact by fact in the deck's order:

- no two items of a fact that show the same text (a numeric item repeats its short answer's
  question: the kind the set holds fewer of stays; a short answer whose prompt is gapped
  repeats the cloze: the cloze stays);
- no sentence shown twice as a true/false statement or twice as a cloze in the document
  (three facts of "A tribunal chaired by ... sat for 76 days" give one statement);
- no item that asks what an item of the same kind of another fact asks: the same answer
  to a question whose words all stand in the other's (`SAME_QUESTION`), as two drafts of
  one fact from two sentences give ("When did the lander touch down?" twice; the blind
  review's "the same fact asked twice");
- at most `per_fact` items of a fact, its kinds chosen so the set stays mixed: the kind the
  set holds fewest of first, ties broken by the item's own seeded draw (deterministic, and
  an item's id never changes).

Group items (matching, ordering) are kept as made: they already hold four or more facts.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable

from edu.items.model import Item, ItemKind

# Three ways per fact: a learner meets each fact as a recall, a recognition and a sentence
# without drilling one fact five times; a 30-fact document gives a set of about 75 items.
DEFAULT_PER_FACT = 3

_GROUP_KINDS = frozenset({ItemKind.MATCHING, ItemKind.ORDERING})
_BLANK = "_____"
# Of two items showing one text, the one of the kind first here stays: a gapped short answer
# is a cloze, and a numeric item a short answer of a figure.
_FIRST_KEPT = [ItemKind.CLOZE, ItemKind.TRUE_FALSE, ItemKind.MULTIPLE_CHOICE,
               ItemKind.SHORT_ANSWER, ItemKind.NUMERIC, *sorted(_GROUP_KINDS)]
# ... except that a short answer and a numeric item of one question rank alike: the kind the
# set holds fewer of stays, so that numeric items stay in the set.
_RANKED_AS = {ItemKind.NUMERIC: ItemKind.SHORT_ANSWER}
_SPACES = re.compile(r"\W+")
# rapidfuzz's token_set_ratio at which two questions with one answer ask one thing: every
# word of one is in the other ("When did the lander touch down?" in "... down on Mars?").
# Lower lets "How many died in 1889?" stand for "How many died in 1900?", another fact.
SAME_QUESTION = 100


def _plain(text: str) -> str:
    return _SPACES.sub(" ", text.casefold()).strip()


def shown_sentence(item: Item) -> str | None:
    """The sentence an item shows with its answer in place (cloze, true/false), else None."""
    if item.kind == ItemKind.TRUE_FALSE:
        return _plain(item.true_statement or "")
    if item.kind == ItemKind.CLOZE:
        return _plain(item.prompt.replace(_BLANK, item.answer, 1))
    return None


def _shown_text(item: Item) -> str:
    """What a learner reads of a fact's item, for telling repeats apart: a numeric item asks
    its short answer's question, and a gapped question is its gapped sentence."""
    text = item.prompt
    if item.kind == ItemKind.NUMERIC:
        text = re.sub(r"\s*\((?:in [^)]*|year|a range)\)\s*$", "", text)
    if item.kind == ItemKind.CLOZE:
        return _plain(text)
    if item.kind in (ItemKind.SHORT_ANSWER, ItemKind.NUMERIC):
        if _BLANK in text:
            return _plain(re.sub(r"^[^?_]*\?\s*", "", text))  # "In which year? <gap>"
        return f"asked:{_plain(text)}"
    return f"{item.kind}:{_plain(text)}"


def _asked_before(item: Item, text: str,
                  asked: dict[tuple[str, str], list[tuple[str, str]]]) -> str | None:
    """The fact whose item of this kind asks the same (its answer, a question alike)."""
    from rapidfuzz.fuzz import token_set_ratio

    for earlier, fact_id in asked.get(_asked_key(item), []):
        if token_set_ratio(_question(item, text), earlier) >= SAME_QUESTION:
            return fact_id
    return None


def _asked_key(item: Item) -> tuple[str, str]:
    """(kind, the fact's answer): a true/false item's is its fact's, not "true"."""
    answer = item.asked_answers[0] if item.kind == ItemKind.TRUE_FALSE and item.asked_answers \
        else item.answer
    return str(item.kind), _plain(answer)


def _question(item: Item, text: str) -> str:
    """What two items of one answer are compared by: a true/false item's true statement."""
    return shown_sentence(item) or text if item.kind == ItemKind.TRUE_FALSE else text


def spread(items: Iterable[Item], seed: int = 0,
           per_fact: int = DEFAULT_PER_FACT) -> tuple[list[Item], list[tuple[str, str, str]]]:
    """The default set (see the module docstring) and what was left out, as
    (fact id, kind, reason) like generate_items_with_report's dropped."""
    by_fact: dict[str, list[Item]] = {}
    groups: list[Item] = []
    items = list(items)
    for item in items:
        if item.kind in _GROUP_KINDS:
            groups.append(item)
        else:
            by_fact.setdefault(item.fact_id, []).append(item)
    kept_kinds: Counter[str] = Counter()
    shown: dict[tuple[str, str], str] = {}  # (kind, sentence) -> the fact that showed it
    asked: dict[tuple[str, str], list[tuple[str, str]]] = {}  # (kind, answer) -> (text, fact)
    kept: list[Item] = []
    left: list[tuple[str, str, str]] = []
    for fact_id, own in by_fact.items():
        texts: set[str] = set()
        candidates: list[Item] = []
        second_blank: list[Item] = []  # a cloze of a sentence shown: another gap in it
        for item in sorted(own, key=lambda i: (_FIRST_KEPT.index(_RANKED_AS.get(i.kind, i.kind)),
                                               kept_kinds[i.kind], _FIRST_KEPT.index(i.kind))):
            text = _shown_text(item)
            sentence = shown_sentence(item)
            if text in texts:
                left.append((fact_id, item.kind, "shows the same text as another item of "
                                                 "the fact"))
                continue
            if sentence is not None and (item.kind, sentence) in shown:
                if item.kind == ItemKind.CLOZE:
                    second_blank.append(item)
                    continue
                left.append((fact_id, item.kind, "the same sentence is already shown as "
                             f"{item.kind} for {shown[(item.kind, sentence)]}"))
                continue
            same = _asked_before(item, text, asked)
            if same is not None:
                left.append((fact_id, item.kind, f"asks what the {item.kind} of {same} asks"))
                continue
            texts.add(text)
            candidates.append(item)
        if not candidates and second_blank:  # the fact's only way: asked, not left out
            candidates = second_blank[:1]
        left.extend((fact_id, item.kind, "the same sentence is already shown as a cloze")
                    for item in second_blank if item not in candidates)
        draw = {item.id: random.Random(f"{seed}:spread:{item.id}").random()
                for item in candidates}
        candidates.sort(key=lambda i: (kept_kinds[i.kind], draw[i.id]))
        for k, item in enumerate(candidates):
            if k >= per_fact:
                left.append((fact_id, item.kind, f"the fact is asked {per_fact} ways already"))
                continue
            kept_kinds[item.kind] += 1
            asked.setdefault(_asked_key(item), []).append(
                (_question(item, _shown_text(item)), fact_id))
            sentence = shown_sentence(item)
            if sentence is not None:
                shown[(item.kind, sentence)] = fact_id
            kept.append(item)
    position = {id(item): n for n, item in enumerate(items)}
    # the order they came in: a drafted deck's items are ordered kind by kind by their own
    # quality (edu.items.standing), not fact by fact
    kept.sort(key=lambda i: position[id(i)])
    return [*kept, *groups], left

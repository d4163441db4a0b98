"""Reviewing a draft deck: a reviewer's decisions applied to the deck file's own text.

`edu review` accepts, edits or rejects drafts. Rather than dumping the deck again (which would
lose the file's comments, key order and wrapping), the decisions become edits of the text at
the positions the YAML parser reports: an accepted fact's `status: draft` becomes
`status: reviewed`, an edited field's value is replaced by a quoted scalar (or added as a new
line when the fact had none), a rejected fact's lines are cut. Facts with no decision stay as
they are, so a review can go on later with `--in-place`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum

import yaml

from edu.deck.check import check_text
from edu.deck.model import Deck, FactStatus
from edu.errors import EduError, Problem

EDITABLE_FIELDS = ("prompt", "answer", "unit", "category")


class Verdict(StrEnum):
    """What a reviewer decided about one draft."""

    ACCEPT = "accept"
    REJECT = "reject"


@dataclass
class Decision:
    verdict: Verdict
    edits: dict[str, str] = field(default_factory=dict)  # field -> new text (EDITABLE_FIELDS)


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    text: str


def accept_top(deck: Deck, count: int) -> dict[str, Decision]:
    """Accept the first `count` drafts, in the order the draft lists them (the extractor's
    ranking, the first page first: what `edu quiz` keeps of the same document), and reject
    every other draft (for scripts); facts already reviewed are left as they are. By score
    alone, a draft the page holds below for giving another away was accepted (round 18r)."""
    drafts = [f for f in deck.facts if f.status == FactStatus.DRAFT]
    chosen = {f.id for f in drafts[:count]}
    return {f.id: Decision(Verdict.ACCEPT if f.id in chosen else Verdict.REJECT)
            for f in drafts}


def apply_review(path: str, text: str, decisions: dict[str, Decision],
                 source: str | None = None) -> str:
    """The deck text with `decisions` applied (and `source:` set to `source` when given).

    The text must be a sound deck (the caller loaded it with `load_deck`); a decision for an
    id the file does not hold is an error, as is rejecting every fact.
    """
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        raise EduError(Problem(path, "not a deck (expected a mapping at the top level)", 1, 1))
    top = _pairs(root)
    facts_node = top.get("facts")
    if not isinstance(facts_node, yaml.SequenceNode):
        raise EduError(Problem(path, "not a deck (no list of facts)"))
    edits: list[_Edit] = []
    if source is not None and isinstance(top.get("source"), yaml.ScalarNode):
        edits.append(_replace(text, top["source"], source))
    seen: set[str] = set()
    kept = 0
    for node in facts_node.value:
        if not isinstance(node, yaml.MappingNode):
            continue
        pairs = _pairs(node)
        id_node = pairs.get("id")
        fact_id = id_node.value if isinstance(id_node, yaml.ScalarNode) else None
        decision = decisions.get(fact_id) if isinstance(fact_id, str) else None
        if decision is None:
            kept += 1
            continue
        seen.add(str(fact_id))
        if decision.verdict == Verdict.REJECT:
            edits.append(_cut(text, node))
            continue
        kept += 1
        status = pairs.get("status")
        if isinstance(status, yaml.ScalarNode):
            edits.append(_Edit(status.start_mark.index, status.end_mark.index,
                               str(FactStatus.REVIEWED)))
        for key, value in decision.edits.items():
            if key not in EDITABLE_FIELDS:
                raise ValueError(f"cannot edit {key!r}")
            if key in pairs:
                edits.append(_replace(text, pairs[key], value))
            else:
                edits.append(_add_line(text, node, key, value))
    unknown = sorted(set(decisions) - seen)
    if unknown:
        raise EduError(Problem(path, f"no fact with id {unknown[0]!r}"))
    if kept == 0:
        raise EduError(Problem(path, "every fact was rejected; a deck needs at least one"))
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text


def edit_problems(deck: Deck, text: str, fact_id: str, edits: dict[str, str]) -> list[str]:
    """What accepting fact `fact_id` with `edits` would break, in `edu check`'s words (the
    fact's id left out): an edited answer its evidence does not hold makes a deck that every
    command refuses, so the review screen asks for a better edit before it is written."""
    path = deck.path or "deck"
    edited = apply_review(path, text, {fact_id: Decision(Verdict.ACCEPT, edits)})
    before = {p.message for p in check_text(path, text)}
    prefix = f"fact {fact_id!r}: "
    return [p.message.removeprefix(prefix) for p in check_text(path, edited)
            if p.message not in before]


def _pairs(node: yaml.MappingNode) -> dict[str, yaml.Node]:
    return {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _quoted(value: str) -> str:
    """A double-quoted YAML scalar (JSON's string syntax is valid YAML) on one line."""
    return json.dumps(value, ensure_ascii=False)


def _replace(text: str, node: yaml.Node, value: str) -> _Edit:
    start, end = node.start_mark.index, node.end_mark.index
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        # a block scalar's span runs over its last line break: keep the layout after it
        start = text.index(node.style, start)
        end = end - 1 if text[end - 1 : end] == "\n" else end
    return _Edit(start, end, _quoted(value))


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _content_end(node: yaml.MappingNode) -> int:
    """Where the mapping's last value ends (its end mark may lie past trailing comments)."""
    return max(v.end_mark.index for _, v in node.value)


def _cut(text: str, node: yaml.MappingNode) -> _Edit:
    """Remove a fact's lines: from its `- ` line to the end of its last value's line."""
    start = _line_start(text, node.start_mark.index)
    end = text.find("\n", _content_end(node) - 1)
    return _Edit(start, len(text) if end < 0 else end + 1, "")


def _add_line(text: str, node: yaml.MappingNode, key: str, value: str) -> _Edit:
    """A new `key: "value"` line after the fact's last line, at its keys' indentation."""
    indent = " " * node.start_mark.column
    end = text.find("\n", _content_end(node) - 1)
    at = len(text) if end < 0 else end + 1
    prefix = "" if end >= 0 else "\n"
    return _Edit(at, at, f"{prefix}{indent}{key}: {_quoted(value)}\n")

"""Validate a deck file against the format in docs/DECKS.md, locating every problem.

The file is composed into a YAML node tree (safe loader) so each problem carries the line and
column of the offending key or value; all problems are collected, never just the first. The
checks against the source document (span range, answer stems) live in `edu.deck.proof`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import yaml

from edu.deck import deckcache
from edu.deck.deckcache import FactPart
from edu.deck.deckparts import DeckSplit, part_digest, split_deck
from edu.deck.model import Deck, Fact, FactKind, FactStatus
from edu.deck.proof import near_keys, prove_deck
from edu.deck.proofcache import fact_key
from edu.deck.yamlnodes import (
    MAX_NUMBER_CHARS,
    NULL,
    FactMarks,
    closest,
    compose,
    is_null,
    kind_of,
    mapping_pairs,
    problem_at,
    scalar_number,
    scalar_text,
    suggest,
    where,
)
from edu.errors import EduError, Problem
from edu.fileio import STDIN_NAME, read_text
from edu.gcpause import no_cycle_collection
from edu.text.source import Span

DECK_REQUIRED = ("deck", "id", "source", "facts")
DECK_OPTIONAL = ("description", "language", "tags")
FACT_REQUIRED = ("id", "kind", "prompt", "answer", "source")
FACT_OPTIONAL = ("aliases", "unit", "tolerance", "category", "section", "tags", "note",
                 "status", "answer_stems", "evidence", "score")
SPAN_KEYS = ("start", "end")
SLUG = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")
# A number fact must be gradable as a number: digits, or an English number word.
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion trillion dozen half".split()
)
E = TypeVar("E", bound=StrEnum)
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # from a "\ud800" escape: not encodable text


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


@dataclass
class DeckReport:
    """Everything `edu check` learns about a deck file: the deck (if readable) and problems."""

    path: str
    deck: Deck | None
    problems: list[Problem]
    marks: list[FactMarks] = field(default_factory=list)
    source_node: yaml.Node | None = None  # the deck's `source:` value, to locate its problems


class _Reader:
    """Turns value nodes into typed values, recording a located problem for each misfit."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def add(self, node: yaml.Node | None, message: str) -> None:
        self.problems.append(problem_at(self.path, node, message))

    def fields(self, node: yaml.Node, required: tuple[str, ...], optional: tuple[str, ...],
               what: str) -> dict[str, yaml.Node] | None:
        """The known keys of a mapping; unknown keys get a did-you-mean, missing ones a note."""
        if not isinstance(node, yaml.MappingNode):
            self.add(node, f"{what} must be a mapping of keys, not {kind_of(node)}")
            return None
        allowed = required + optional
        found: dict[str, yaml.Node] = {}
        misspelt: set[str] = set()
        for key, key_node, value_node in mapping_pairs(self.path, node, self.problems):
            if key in allowed:
                found[key] = value_node
                continue
            meant = closest(key, allowed)
            hint = f" (did you mean {meant!r}?)" if meant else ""
            misspelt.add(meant or "")
            self.add(key_node, f"{what}: unknown key {key!r}{hint}")
        for key in required:
            if key not in found and key not in misspelt:
                self.add(node, f"{what}: missing required key {key!r}")
        return found

    def text(self, node: yaml.Node | None, what: str, *, required: bool = True) -> str | None:
        """Text of a scalar; unquoted numbers and dates are taken as written."""
        if node is None:
            return None
        if is_null(node):
            if required:
                self.add(node, f"{what} is empty")
            return None
        value = scalar_text(node)
        if value is None:
            self.add(node, f"{what} must be text, not {kind_of(node)}")
            return None
        surrogate = _SURROGATE.search(value)
        if surrogate:
            self.add(node, f"{what} holds a lone surrogate "
                           f"({surrogate.group().encode('unicode_escape').decode()}), which "
                           "is not a character; write the character itself")
            return None
        if required and not value.strip():
            self.add(node, f"{what} is empty")
            return None
        return value

    def texts(self, node: yaml.Node | None, what: str) -> list[str]:
        """A list of non-empty texts; a missing or null list is an empty one."""
        if node is None or is_null(node):
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.add(node, f"{what} must be a list like [a, b], not {kind_of(node)}")
            return []
        values = (self.text(item, f"{what} item {i}") for i, item in enumerate(node.value, 1))
        return [v for v in values if v is not None]

    def choice(self, node: yaml.Node | None, what: str, allowed: type[E]) -> E | None:
        """The enum member a scalar names; anything else is a problem listing the values."""
        value = self.text(node, what)
        if value is None:
            return None
        try:
            return allowed(value)
        except ValueError:
            names = tuple(member.value for member in allowed)
            self.add(node, f"{what} must be one of {' | '.join(names)}, not {value!r}"
                           f"{suggest(value, names)}")
            return None

    def slug(self, node: yaml.Node | None, what: str) -> str | None:
        value = self.text(node, what)
        if value is not None and not SLUG.match(value):
            self.add(node, f"{what} {value!r} must be a slug: lower-case letters, digits, "
                           "'-', '_' or '.', starting with a letter or digit")
            return None
        return value

    def number(self, node: yaml.Node | None, what: str, *, integer: bool,
               signed: bool = False) -> int | float | None:
        """A number (int if `integer`), non-negative unless `signed`; null counts as absent."""
        if node is None or is_null(node):
            return None
        value = scalar_number(node, integer=integer)
        sort = "a whole number" if integer else "a number"
        if value is None:
            if isinstance(node, yaml.ScalarNode) and kind_of(node) == "a number":
                self.add(node, f"{what} must be {sort} of at most {MAX_NUMBER_CHARS} "
                               f"characters and finite, not {_shorten(node.value)!r}")
            else:
                self.add(node, f"{what} must be {sort}, not {kind_of(node)}")
            return None
        if value < 0 and not signed:
            self.add(node, f"{what} must not be negative, got {value}")
            return None
        return value


def _read_span(reader: _Reader, node: yaml.Node | None, what: str) -> Span | None:
    if node is None:
        return None
    values = reader.fields(node, SPAN_KEYS, (), f"{what}: 'source'")
    if values is None:
        return None
    for key in SPAN_KEYS:  # `start:` with no value would otherwise drop the fact silently
        if key in values and is_null(values[key]):
            reader.add(values[key], f"{what}: 'source.{key}' is empty; give a character offset")
    start = reader.number(values.get("start"), f"{what}: 'source.start'", integer=True)
    end = reader.number(values.get("end"), f"{what}: 'source.end'", integer=True)
    if start is None or end is None:
        return None
    if start >= end:
        reader.add(node, f"{what}: source span {start}-{end}: start must be less than end")
        return None
    return Span(int(start), int(end))


def _looks_numeric(answer: str) -> bool:
    return any(ch.isdigit() for ch in answer) or any(
        word in _NUMBER_WORDS for word in re.findall(r"[a-z]+", answer.lower()))


def _read_fact(reader: _Reader, node: yaml.Node, number: int) -> tuple[Fact | None, FactMarks]:
    marks = FactMarks(node)
    before = len(reader.problems)
    values = reader.fields(node, FACT_REQUIRED, FACT_OPTIONAL, f"fact #{number}")
    if values is None:
        return None, marks
    marks.values = values
    fact_id = reader.slug(values.get("id"), f"fact #{number}: 'id'")
    what = f"fact {fact_id!r}" if fact_id else f"fact #{number}"
    if fact_id and before < len(reader.problems):  # name the fact in its earlier problems too
        for problem in reader.problems[before:]:
            problem.message = problem.message.replace(f"fact #{number}", what, 1)
    kind = reader.choice(values.get("kind"), f"{what}: 'kind'", FactKind)
    prompt = reader.text(values.get("prompt"), f"{what}: 'prompt'")
    answer = reader.text(values.get("answer"), f"{what}: 'answer'")
    source = _read_span(reader, values.get("source"), what)
    status = reader.choice(values.get("status"), f"{what}: 'status'", FactStatus) \
        if "status" in values else FactStatus.REVIEWED
    unit = reader.text(values.get("unit"), f"{what}: 'unit'", required=False) or None
    tolerance = reader.number(values.get("tolerance"), f"{what}: 'tolerance'", integer=False)
    if kind is not None and kind != FactKind.NUMBER:
        for key in ("unit", "tolerance"):
            if key in values and not is_null(values[key]):
                reader.add(values[key], f"{what}: {key!r} applies only to kind: number")
    if kind == FactKind.NUMBER and answer and not _looks_numeric(answer):
        reader.add(values["answer"], f"{what}: kind: number needs a numeric answer "
                                     f"(digits like '207'), not {answer!r}")
    # Every value is read (and its problems recorded) even when the fact is incomplete.
    category = reader.text(values.get("category"), f"{what}: 'category'", required=False)
    section = reader.text(values.get("section"), f"{what}: 'section'", required=False)
    aliases = reader.texts(values.get("aliases"), f"{what}: 'aliases'")
    tags = reader.texts(values.get("tags"), f"{what}: 'tags'")
    note = reader.text(values.get("note"), f"{what}: 'note'", required=False)
    answer_stems = reader.text(values.get("answer_stems"), f"{what}: 'answer_stems'",
                               required=False)
    score = reader.number(values.get("score"), f"{what}: 'score'", integer=False, signed=True)
    evidence = reader.text(values.get("evidence"), f"{what}: 'evidence'", required=False)
    if (fact_id is None or kind is None or prompt is None or answer is None or source is None
            or status is None):
        return None, marks
    fact = Fact(
        id=fact_id, kind=kind, prompt=prompt, answer=answer, source=source,
        category=category or "", section=section or "", aliases=aliases, unit=unit,
        tolerance=None if tolerance is None else float(tolerance), tags=tags, note=note,
        status=status, answer_stems=answer_stems, score=score, evidence=evidence,
    )
    return fact, marks


def _duplicate_ids(path: str, marks: list[FactMarks]) -> list[Problem]:
    """Every reuse of a fact id, pointing back at its first line (sound facts or not)."""
    first: dict[str, yaml.Node] = {}
    problems = []
    for mark in marks:
        node = mark.values.get("id")
        fact_id = scalar_text(node) if node is not None else None
        if node is None or fact_id is None:
            continue
        if fact_id in first:
            line, _ = where(first[fact_id])
            problems.append(problem_at(path, node,
                                       f"duplicate fact id {fact_id!r} (also at line {line})"))
        else:
            first[fact_id] = node
    return problems


def _read_header(reader: _Reader, values: dict[str, yaml.Node]) -> tuple[
        str | None, str | None, str | None, str | None, str | None, list[str]]:
    """The deck's own fields: title, id, source, description, language, tags."""
    return (reader.text(values.get("deck"), "'deck' (the title)"),
            reader.slug(values.get("id"), "'id'"),
            reader.text(values.get("source"), "'source'"),
            reader.text(values.get("description"), "'description'", required=False),
            reader.text(values.get("language"), "'language'", required=False),
            reader.texts(values.get("tags"), "'tags'"))


def _read_deck(path: str, text: str) -> DeckReport:
    """Schema checks on the text of a deck file, without looking at the source document."""
    root, problems = compose(path, text)
    reader = _Reader(path)
    reader.problems = problems
    if root is None:
        if not problems:
            reader.add(None, "file has no YAML content (empty or only comments)")
        return DeckReport(path, None, reader.problems)
    if isinstance(root, yaml.MappingNode) and not any(
            isinstance(k, yaml.ScalarNode) and k.value in ("deck", "id", "source")
            for k, _ in root.value):
        found = ", ".join(repr(k.value) for k, _ in root.value[:6]
                          if isinstance(k, yaml.ScalarNode))
        reader.add(root, f"not a deck file: expected top-level keys 'deck', 'id', 'source' "
                         f"and 'facts', found {found or 'none'}")
        return DeckReport(path, None, reader.problems)
    values = reader.fields(root, DECK_REQUIRED, DECK_OPTIONAL, "deck file")
    if values is None:
        return DeckReport(path, None, reader.problems)
    title, deck_id, source, description, language, tags = _read_header(reader, values)
    facts: list[Fact] = []
    marks: list[FactMarks] = []
    facts_node = values.get("facts")
    if facts_node is not None:
        if is_null(facts_node) or (isinstance(facts_node, yaml.SequenceNode)
                                   and not facts_node.value):
            reader.add(facts_node, "deck has no facts; 'facts' needs at least one")
        elif not isinstance(facts_node, yaml.SequenceNode):
            reader.add(facts_node, f"'facts' must be a list of facts, not {kind_of(facts_node)}")
        else:
            every_mark = []
            for number, node in enumerate(facts_node.value, 1):
                fact, mark = _read_fact(reader, node, number)
                every_mark.append(mark)
                if fact is not None:
                    facts.append(fact)
                    marks.append(mark)
            reader.problems += _duplicate_ids(path, every_mark)
    deck = None
    if None not in (title, deck_id, source):
        deck = Deck(title=title or "", id=deck_id or "", source=source or "", facts=facts,
                    description=description, language=language, tags=tags, path=path)
    return DeckReport(path, deck, reader.problems, marks, values.get("source"))


def parse_deck(path: str | Path, *, trust_record: bool = False) -> DeckReport:
    """Read, validate and prove a deck file: the deck (when readable) and every problem.

    `trust_record` skips facts proved before against the unchanged source (edu.deck.proofcache);
    `load_deck` uses it to start fast, `edu check` never does.
    """
    name = STDIN_NAME if str(path) == "-" else str(path)  # `-`: source resolves from "."
    try:
        text = read_text(path, allow_empty=True)
    except EduError as exc:
        return DeckReport(name, None, exc.problems)
    except (OSError, ValueError) as exc:  # name too long, NUL in the name, ...
        reason = getattr(exc, "strerror", None) or exc
        return DeckReport(name, None, [Problem(name, f"cannot open: {reason}")])
    return _parse_text(name, text, trust_record)


def _parse_text(name: str, text: str, trust_record: bool,
                keep_nodes: bool = True) -> DeckReport:
    if not text.strip():
        return DeckReport(name, None, [Problem(name, "file is empty; a deck needs 'deck', "
                                                     "'id', 'source' and 'facts'")])
    with no_cycle_collection():  # ~100,000 YAML nodes for 5,000 facts: 0.6 -> 0.26 s
        report = _read_deck(name, text)
        if report.deck is not None:
            report.problems += prove_deck(report.deck, report.marks, report.source_node,
                                          trust_record=trust_record)
        if not keep_nodes and not report.problems:
            # Freed while the collector still sleeps: else its first pass afterwards scans
            # every node and mark once more (~0.1 s for 5,000 facts) only to free them.
            report.marks, report.source_node = [], None
    report.problems.sort(key=lambda p: (p.line or 0, p.col or 0))
    return report


def check_text(name: str, text: str) -> list[Problem]:
    """Every problem `edu check` would report for a deck file `name` holding `text` (its
    source resolved from `name`'s folder), without writing it: what a review's edit would
    break is known before the deck is written."""
    return _parse_text(name, text, trust_record=True).problems


def check_deck(path: str | Path) -> list[Problem]:
    """Every problem of a deck file, in file order; an empty list means the deck is sound."""
    return parse_deck(path).problems


_UNPLACED = FactMarks(yaml.ScalarNode(NULL, ""))  # a fact read in parts has no marks: any
# problem found with it sends the deck to be read whole, which words and places it


def _same_wording(facts: list[Fact], rows: list[list[Any]]) -> bool:
    """Whether the kept rows hold the facts' prompts and answers, in the same order."""
    try:
        return len(rows) == len(facts) and all(
            row[2] == fact.prompt and row[3] == fact.answer
            for row, fact in zip(rows, facts, strict=True))
    except (IndexError, KeyError, TypeError):  # a damaged kept row
        return False


def _read_in_parts(name: str, split: DeckSplit, kept: dict[str, tuple[list[Any], FactPart]],
                   ) -> tuple[Deck, list[FactPart]] | None:
    """The deck of a split text when it is sound, each fact's text taken from `kept` or else
    composed and read alone; None when anything is amiss, or the cut may be wrong (see
    edu.deck.deckparts). Then the caller reads the whole text, which finds and words every
    problem as `edu check` does: a part never words one, so it cannot hide or move one.

    Sound here means what `_parse_text` demands: every fact reads without a problem, the
    skeleton (the deck's own fields) too, no fact id is repeated, no fact nearly duplicates
    another, and every fact is proved against the source (trusting the proof record)."""
    reader = _Reader(name)
    facts: list[Fact] = []
    parts: list[FactPart] = []
    for number, text in enumerate(split.parts, 1):
        digest = part_digest(text)
        hit = kept.get(digest)
        fact = None
        if hit is not None:
            try:
                fact, part = deckcache.fact_of(hit[0]), hit[1]
            except (KeyError, TypeError, ValueError):  # a damaged kept row: read the text
                fact = None
        if fact is None:
            root, problems = compose(name, text)
            if problems or not isinstance(root, yaml.SequenceNode) or len(root.value) != 1:
                return None
            fact, _ = _read_fact(reader, root.value[0], number)
            if fact is None or reader.problems:
                return None
            part = FactPart(digest, near_keys(fact), fact_key(fact))
        facts.append(fact)
        parts.append(part)
    root, problems = compose(name, split.skeleton)
    if problems or not isinstance(root, yaml.MappingNode):
        return None
    facts_key = next((key for key, _ in root.value
                      if isinstance(key, yaml.ScalarNode) and key.value == "facts"), None)
    if facts_key is None or where(facts_key) != (split.facts_line + 1, 1):
        return None  # the `facts:` the cut was made at is not the deck's key
    values = reader.fields(root, DECK_REQUIRED, DECK_OPTIONAL, "deck file")
    if values is None or reader.problems or not is_null(values["facts"]):
        return None
    title, deck_id, source, description, language, tags = _read_header(reader, values)
    if reader.problems or title is None or deck_id is None or source is None:
        return None
    if len({fact.id for fact in facts}) < len(facts):
        return None
    deck = Deck(title=title, id=deck_id, source=source, facts=facts, description=description,
                language=language, tags=tags, path=name)
    # The kept deck was sound under today's code: the same prompts and answers in the same
    # order hold no near-duplicate now either (a comment added, a tag or a span changed).
    if prove_deck(deck, [_UNPLACED] * len(facts), values.get("source"), trust_record=True,
                  near_keys_of=[part.near for part in parts],
                  proof_keys=[part.proof_key for part in parts],
                  check_near=not _same_wording(facts, [row for row, _ in kept.values()])):
        return None
    return deck, parts


class DeckProblems(EduError):
    """load_deck's failure on a deck it read whole, with the report it came from (each
    problem placed by its marks): load_deck_sparing_drafts spares drafts from it instead of
    reading the deck again."""

    def __init__(self, report: DeckReport, key: str | None) -> None:
        super().__init__(report.problems)
        self.report = report
        self.key = key  # the deck text's key in edu.deck.deckcache (None: not kept)


def load_deck(path: str | Path) -> Deck:
    """Load and validate a deck file: EduError carrying every problem `edu check` would report.

    Validation (schema, duplicate keys and ids, spans proved against the source document)
    lives in `edu.deck.check`; this is its strict entry point for every other command. A
    deck that loaded soundly before, unchanged with its source, comes from edu.deck.deckcache;
    after an edit, only the facts whose text changed are read again (`_read_in_parts`).
    """
    return _load(path)[0]


def _load(path: str | Path, spare: bool = False) -> tuple[Deck, list[Problem]]:
    """`load_deck`; with `spare`, also a deck kept with its drafts left out (the deck and the
    problems of the drafts left out, as load_deck_sparing_drafts made them)."""
    name = str(path)
    key = None
    if name == "-":
        report = parse_deck(path, trust_record=True)
    else:
        try:
            text = read_text(path, allow_empty=True)
        except (EduError, OSError, ValueError):  # parse_deck words it
            report = parse_deck(path, trust_record=True)
        else:
            key = deckcache.deck_key(text)
            kept = deckcache.kept_lines(name)
            deck = deckcache.cached(name, key, kept)
            if deck is not None:
                return deck, []
            if spare:
                spared = deckcache.cached_spared(name, key, kept)
                if spared is not None:
                    return spared
            # In parts only where parts are kept: else composing the whole is faster
            split = split_deck(text) if text.strip() and deckcache.keeps(name) else None
            if split is not None:
                with no_cycle_collection():
                    read = _read_in_parts(name, split, deckcache.kept_parts(name, kept))
                if read is not None:
                    deckcache.keep(read[0], name, key, read[1])
                    return read[0], []
            report = _parse_text(name, text, trust_record=True, keep_nodes=False)
            if not report.problems and report.deck is not None:
                deckcache.keep(report.deck, name, key)
    if report.problems and report.deck is not None:
        raise DeckProblems(report, key)
    if report.problems or report.deck is None:
        raise EduError(report.problems or [Problem(str(path), "not a readable deck")])
    return report.deck, []


def load_deck_sparing_drafts(path: str | Path) -> tuple[Deck, list[Problem]]:
    """`load_deck`, except that draft facts with problems are left out rather than failing
    the deck: a draft is unreviewed by definition, and one bad draft (an answer its span does
    not prove) must not stop a command from using every other fact. Returns the deck and the
    problems of the drafts left out; a problem anywhere else still raises as `load_deck` does.

    The deck so spared is kept (edu.deck.deckcache, marked with what was left out): a draft
    deck with one bad draft is read once, not twice per command (load_deck's failure carries
    its report), and the next command on the unchanged file reads the kept deck."""
    try:
        return _load(path, spare=True)
    except DeckProblems as exc:
        failure: EduError = exc
        report, key = exc.report, exc.key
    except EduError as exc:
        failure, key = exc, None
        report = parse_deck(path, trust_record=True)
    deck = report.deck
    if deck is None or not report.problems or len(report.marks) != len(deck.facts):
        raise failure
    bad: set[int] = set()
    for problem in report.problems:
        index = _draft_at(deck.facts, report.marks, problem.line)
        if index is None:
            raise failure
        bad.add(index)
    facts = [fact for i, fact in enumerate(deck.facts) if i not in bad]
    if not facts:
        raise failure
    spared = replace(deck, facts=facts)
    if key is not None:
        deckcache.keep(spared, str(path), key, left_out=report.problems)
    return spared, report.problems


def _draft_at(facts: list[Fact], marks: list[FactMarks], line: int | None) -> int | None:
    """The index of the draft fact whose lines (1-based) hold `line`, else None: the last
    fact beginning at or before it (a mapping's end mark may lie on the next fact's line)."""
    if line is None:
        return None
    starts = [mark.node.start_mark.line + 1 for mark in marks]
    i = bisect_right(starts, line) - 1
    if i < 0 or line > marks[i].node.end_mark.line + 1:
        return None
    return i if facts[i].status == FactStatus.DRAFT else None

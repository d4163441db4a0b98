"""Safe YAML as a node tree with marks, so every problem in a user's file has a line and column.

`yaml.safe_load` throws away positions and silently keeps the last of two equal keys; composing
the node tree with the safe loader keeps both, and values are built only from scalar nodes we
expect, with the safe constructor. Used by the deck checker; any other YAML reader may reuse it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import yaml

from edu.errors import Problem

_TAG = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL, TIMESTAMP = (
    _TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")
)
PLAIN_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, TIMESTAMP})
# Offsets, tolerances and scores are far below 10^30; a longer numeral is a mistake or an
# attack (int() of 4,300+ digits raises, a float of 10^400 is infinite).
MAX_NUMBER_CHARS = 30
_CONSTRUCTOR = yaml.constructor.SafeConstructor()  # only its stateless scalar parsers are used
_LIBYAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _QuickResolver(_LIBYAML_LOADER):  # type: ignore[valid-type, misc]
    """The safe loader, its tag resolution done in fewer steps, to the same tags.

    libyaml composes in C but asks PyYAML's Python resolver for the tag of every node, and
    for a deck's ~100,000 scalars that is a quarter of composing. PyYAML's `resolve` tries
    the implicit resolvers for a plain scalar's first character, then the wildcard ones, in
    order, and returns the first tag whose pattern matches, else (as the safe loader has no
    path resolvers) the string tag; this does the same with the two lists joined once per
    document instead of once per scalar. Without path resolvers PyYAML's descend/ascend
    return at once, so here they do nothing. tests/test_deck_yaml_resolver.py fuzzes it
    against the safe loader."""

    _joined: tuple[Any, dict[str, tuple[Any, ...]], tuple[Any, ...]] | None = None

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        # joined once per process, not per document: a deck read in parts composes one
        # document per fact (edu.deck.check._read_in_parts), 5,000 for 5,000 facts
        table = self.yaml_implicit_resolvers
        joined = _QuickResolver._joined
        if joined is None or joined[0] is not table:
            wildcard = tuple(table.get(None, []))
            joined = _QuickResolver._joined = (
                table, {first: tuple(pairs) + wildcard for first, pairs in table.items()
                        if first is not None}, wildcard)
        _, self._by_first, self._wildcard = joined

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode and implicit[0]:
            for tag, pattern in self._by_first.get(value[:1], self._wildcard):
                if pattern.match(value):
                    return tag
            return self.DEFAULT_SCALAR_TAG
        return super().resolve(kind, value, implicit)

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


# libyaml composes ~10x faster; the pure-Python loader is used again only to word an error.
_FAST_LOADER: Any = _LIBYAML_LOADER if _LIBYAML_LOADER.yaml_path_resolvers else _QuickResolver


def where(node: yaml.Node | None) -> tuple[int | None, int | None]:
    """1-based (line, column) of a node's start, for a Problem."""
    if node is None or node.start_mark is None:
        return None, None
    return node.start_mark.line + 1, node.start_mark.column + 1


def problem_at(path: str, node: yaml.Node | None, message: str) -> Problem:
    line, col = where(node)
    return Problem(path, message, line, col)


def kind_of(node: yaml.Node) -> str:
    """How a node reads to a person: 'a mapping', 'a list', 'a number', ..."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag not in PLAIN_TAGS:
        return f"a value tagged {node.tag.replace(_TAG, '!!')!r} (tags are not supported)"
    return {
        NULL: "nothing (null)",
        BOOL: "a true/false value",
        INT: "a number",
        FLOAT: "a number",
        TIMESTAMP: "a date",
    }.get(node.tag, "text")


def tab_problems(path: str, text: str) -> list[Problem]:
    """Tabs in indentation: YAML forbids them, and the parser's own message is cryptic."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(Problem(
                path, "tab character in indentation; indent YAML with spaces",
                number, indent.index("\t") + 1,
            ))
    return problems


def _yaml_error_problem(path: str, exc: yaml.YAMLError) -> Problem:
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        message = f"invalid YAML: {exc.problem}"
        if exc.context and exc.context_mark is not None:
            message += (f" ({exc.context} started at line {exc.context_mark.line + 1}"
                        f" column {exc.context_mark.column + 1})")
        elif exc.context:
            message += f" ({exc.context})"
        return Problem(path, message, exc.problem_mark.line + 1, exc.problem_mark.column + 1)
    return Problem(path, f"invalid YAML: {exc}")


def tag_problems(path: str, text: str, loader: Any = _FAST_LOADER) -> list[Problem]:
    """Every explicit tag (`!!int ""`, `!foo [..]`, `! x`), on a scalar, list or mapping.

    The node tree cannot tell `!!str x` from `x`, so the parser's events are read: an event
    carries a tag only when the file wrote one."""
    problems: list[Problem] = []
    if "!" not in text:  # every tag starts with "!": most decks need no second parse
        return problems
    for event in yaml.parse(text, Loader=loader):
        tag = getattr(event, "tag", None)
        if tag is not None:
            mark = event.start_mark
            shown = tag.replace(_TAG, "!!")
            problems.append(Problem(path, f"tag {shown!r} is not supported; write the value "
                                          "without a tag",
                                    mark.line + 1 if mark else None,
                                    mark.column + 1 if mark else None))
    return problems


def compose(path: str, text: str) -> tuple[yaml.Node | None, list[Problem]]:
    """Parse text into a node tree and report its explicit tags; on failure, located
    problems (tabs first) and no tree.

    Tabs are reported only when parsing fails: a file that parses has them inside block or
    quoted scalars, where they are content.
    """
    try:
        return yaml.compose(text, Loader=_FAST_LOADER), tag_problems(path, text)
    except yaml.YAMLError as fast_error:
        error = fast_error
    except RecursionError:  # nesting deeper than the Python stack
        return None, [Problem(path, "invalid YAML: nested too deeply")]
    try:  # libyaml's messages are terse ("did not find expected key"); ask PyYAML's parser
        return (yaml.compose(text, Loader=yaml.SafeLoader),
                tag_problems(path, text, yaml.SafeLoader))
    except yaml.YAMLError as exc:
        error = exc
    except RecursionError:
        pass
    tabs = tab_problems(path, text)
    problem = _yaml_error_problem(path, error)
    if problem.line is not None and any(t.line == problem.line for t in tabs):
        return None, tabs  # the tab is the cause; one message is enough
    return None, [*tabs, problem]


def closest(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    """The choice a near-miss most likely meant ("promt" -> "prompt"), if any is close."""
    from rapidfuzz import fuzz, process

    match = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=65)
    return match[0] if match else None


def suggest(word: str, choices: list[str] | tuple[str, ...]) -> str:
    """' (did you mean 'prompt'?)' for a near-miss, else ''."""
    meant = closest(word, choices)
    return f" (did you mean {meant!r}?)" if meant else ""


def mapping_pairs(path: str, node: yaml.MappingNode,
                  problems: list[Problem]) -> list[tuple[str, yaml.Node, yaml.Node]]:
    """(key, key node, value node) of a mapping, reporting duplicate and non-text keys."""
    seen: dict[str, yaml.Node] = {}
    pairs: list[tuple[str, yaml.Node, yaml.Node]] = []
    for key_node, value_node in node.value:
        if key_node.tag == _TAG + "merge":
            problems.append(problem_at(path, key_node, "merge keys ('<<') are not supported; "
                                                       "write the keys out"))
            continue
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == NULL:
            problems.append(problem_at(path, key_node,
                                       f"a key must be a plain name, not {kind_of(key_node)}"))
            continue
        key = key_node.value
        if key in seen:
            first_line, _ = where(seen[key])
            problems.append(problem_at(
                path, key_node, f"duplicate key {key!r} (first at line {first_line}); "
                                "YAML would silently keep only the last"))
            continue
        seen[key] = key_node
        pairs.append((key, key_node, value_node))
    return pairs


def is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == NULL


def scalar_text(node: yaml.Node) -> str | None:
    """The text of a plain scalar exactly as written (207 stays '207'); None if not one.

    Numbers, dates and booleans written unquoted are taken as their text, so `answer: 1.50`
    keeps its trailing zero and `answer: 2021-10-16` stays an ISO date string.
    """
    if not isinstance(node, yaml.ScalarNode) or node.tag not in PLAIN_TAGS or node.tag == NULL:
        return None
    return node.value


def scalar_number(node: yaml.Node, *, integer: bool) -> int | float | None:
    """An int (or, unless `integer`, a finite float) from a scalar node; None if not one."""
    if not isinstance(node, yaml.ScalarNode) or node.tag not in {INT, FLOAT}:
        return None
    if integer and node.tag != INT:
        return None
    if len(node.value) > MAX_NUMBER_CHARS:
        return None
    if node.value.isascii() and node.value.isdigit():  # the common case ("²" is a digit too)
        return int(node.value)
    try:  # YAML 1.1 forms the resolver accepts: 0x1f, 1_000, 1:30, .5, -.inf
        build = _CONSTRUCTOR.construct_yaml_int if node.tag == INT \
            else _CONSTRUCTOR.construct_yaml_float
        value: Any = build(node)
    except (yaml.YAMLError, ValueError, OverflowError, IndexError, TypeError):
        return None  # `!!int ""` indexes an empty string; the tag itself is reported apart
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


@dataclass
class FactMarks:
    """Where one fact sits in the deck file: its mapping node and its value nodes by key."""

    node: yaml.Node
    values: dict[str, yaml.Node] = field(default_factory=dict)

    def node_for(self, *keys: str) -> yaml.Node:
        """The first of `keys` present, else the fact itself: the best place to point at."""
        for key in keys:
            if key in self.values:
                return self.values[key]
        return self.node

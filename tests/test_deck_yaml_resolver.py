"""The deck loader's quicker tag resolution (edu.deck.yamlnodes._QuickResolver) gives every
node the tag PyYAML's safe loader gives it, and so the same values: fuzzed with plain,
quoted and tagged scalars that resolve to each implicit type and to near-misses of them."""

from __future__ import annotations

import math
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edu.deck import yamlnodes

SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
QUICK = yamlnodes._FAST_LOADER

# Each implicit type of YAML 1.1, and strings one character away from one.
SPECIAL = ["yes", "Yes", "YES", "no", "NO", "on", "Off", "true", "False", "TRUE", "y", "n",
           "~", "null", "Null", "NULL", "nul", "", "0", "-0", "+12", "012", "0o17", "0x1F",
           "0xg", "0b101", "0b2", "1_000", "1__0", "3.14", "-.5", ".5", "1e5", "1.5e+3",
           "1.5e3", "6.8523015e+5", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "NaN", "1:30",
           "190:20:30", "1:60", "2021-01-02", "2021-1-2", "2001-12-14t21:59:43.10-05:00",
           "2001-12-14 21:59:43.10 -5", "2021-01-02x", "<<", "=", "!", "&", "*", "12 km",
           "Long March 5", "a: b", "-", "+", ".", "0.", "+.5", "1,000", "٣", "１２"]
SCALAR = st.one_of(st.sampled_from(SPECIAL),
                   st.text(alphabet="0123456789.-+_:eExob~nNyYtTfF aZ", max_size=8),
                   st.text(max_size=6))
STYLE = st.sampled_from(["plain", "single", "double", "str", "int"])


def _written(value: str, style: str) -> str:
    if style == "single":
        return "'" + value.replace("'", "''") + "'"
    if style == "double":
        return yaml.safe_dump(value, default_style='"').strip().removesuffix("...").strip()
    if style == "str":
        return "!!str " + value
    if style == "int":
        return "!!int " + value
    return value


def _tree(node: Any) -> Any:
    """A node tree as nested tuples of (kind, tag, value) to compare two composers."""
    if isinstance(node, yaml.ScalarNode):
        return ("scalar", node.tag, node.value, node.style)
    if isinstance(node, yaml.SequenceNode):
        return ("seq", node.tag, tuple(_tree(n) for n in node.value))
    return ("map", node.tag, tuple((_tree(k), _tree(v)) for k, v in node.value))


def _same(a: Any, b: Any) -> bool:
    """Equal values, NaN equal to NaN."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _outcome(text: str, loader: Any) -> tuple[str, Any]:
    try:
        return "tree", _tree(yaml.compose(text, Loader=loader))
    except yaml.YAMLError as exc:
        return "error", str(exc)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(SCALAR, STYLE, st.booleans()), min_size=1, max_size=8))
def test_quick_resolution_tags_every_node_as_the_safe_loader(entries):
    lines = []
    for n, (value, style, in_list) in enumerate(entries):
        written = _written(value, style)
        lines.append(f"k{n}:\n  - {written}" if in_list else f"k{n}: {written}")
    text = "\n".join(lines) + "\n"
    assert _outcome(text, QUICK) == _outcome(text, SAFE)
    try:
        expected = yaml.load(text, Loader=SAFE)
    except (yaml.YAMLError, ValueError, OverflowError, IndexError) as exc:  # a bad !!int, date
        with pytest.raises(type(exc)):
            yaml.load(text, Loader=QUICK)
        return
    assert _same(yaml.load(text, Loader=QUICK), expected)


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(),
                              st.text(max_size=10), st.dates()),
                    lambda inner: st.one_of(st.lists(inner, max_size=4),
                                            st.dictionaries(st.text(max_size=5), inner,
                                                            max_size=4)),
                    max_leaves=12))
def test_quick_resolution_reads_what_safe_dump_wrote(value):
    text = yaml.safe_dump(value, allow_unicode=True)
    assert _outcome(text, QUICK) == _outcome(text, SAFE)
    assert _same(yaml.load(text, Loader=QUICK), yaml.load(text, Loader=SAFE))


def test_the_quick_resolver_is_in_use_where_it_can_be():
    if SAFE.yaml_path_resolvers:  # a PyYAML with path resolvers: the safe loader as it is
        assert QUICK is SAFE
    else:
        assert QUICK is yamlnodes._QuickResolver and issubclass(QUICK, SAFE)

"""A deck's YAML text, written fast and byte for byte as PyYAML writes it.

PyYAML spends ~40 µs a fact building and resolving scalar nodes in Python, even with
libyaml's emitter: the draft of a 10 MB document (48,000 facts) took 8 s to write, longer
than extracting it. Most facts hold only common scalars: words and figures written plain,
digit strings single-quoted ('1731'), integers, floats, a span. Those facts are written here
directly, following the emitter's rules for them (plain style unless the text would read as
another type or as a key ("note: x"), single-quoted then; a long line broken at a single
space once it passes the width, the rest indented under its key); any fact holding anything
else (a double quote, a hash, a line break, an empty or padded string, an unusual type) is
written by PyYAML itself. Tests hold the two equal on the seed's draft and generated facts.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

WIDTH = 100  # dump_deck's line width
_STR = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()
_REPRESENTER = yaml.representer.SafeRepresenter()
# Text this writer handles: starts with a letter, a digit, "_" (a cloze opening with its blank:
# "_____ and new sources.", 84 of the 93 facts PyYAML still wrote in 80 drafts) or "(", no
# trailing space, none of the characters that start comments, tags, anchors or line breaks
# ("'" and ":" only inside).
# PyYAML writes it plain in a block mapping when it reads back as text and holds no ": "
# (a key) and no final ":"; otherwise single-quoted.
_SIMPLE = re.compile(r"(?:\w|\()[\w ,.()/?%+\-–—’':&]*(?<! )\Z")
_KEYLIKE = re.compile(r": |:\Z")
_KEY_INDENT = 2  # a fact's keys, under "- "
_VALUE_INDENT = 4  # where a broken plain line goes on


def _plain(text: str, column: int, out: list[str]) -> None:
    """Append `text` written plain from `column`, broken at single spaces past WIDTH: at the
    first single space (none beside it) that stands past the width, the rest of the text
    going on at _VALUE_INDENT."""
    if column + len(text) <= WIDTH:  # no break possible
        out.append(text)
        return
    line_start = 0  # where the current line's text starts in `text`, at `column`
    find = text.find
    space = find(" ", WIDTH - column + 1 if WIDTH - column + 1 > 1 else 1)
    while space > 0:
        if text[space - 1] != " " and text[space + 1 : space + 2] not in (" ", ""):
            out.append(text[line_start:space] + "\n" + " " * _VALUE_INDENT)
            line_start, column = space + 1, _VALUE_INDENT
            space = find(" ", line_start + WIDTH - column + 1)
        else:  # a space beside another (or the last character): no break there
            space = find(" ", space + 1)
    out.append(text[line_start:])


def _single_quoted(text: str, column: int, out: list[str]) -> None:
    """Append `text` single-quoted from `column` ("'" doubled), broken as the emitter breaks
    it: at a single space once past WIDTH (never at the first or last character: `text` has
    no space there)."""
    pieces = text.split(" ")
    parts = ["'"]
    column += 1  # the opening quote
    for k, piece in enumerate(pieces):
        if k:
            if piece and pieces[k - 1] and column > WIDTH:
                parts.append("\n" + " " * _VALUE_INDENT)
                column = _VALUE_INDENT
            else:
                parts.append(" ")
                column += 1
        quoted = piece.replace("'", "''")
        parts.append(quoted)
        column += len(quoted)
    parts.append("'")
    out.append("".join(parts))


# Short text is written once per key: kinds, categories, units, sections and answers recur
# across a draft's facts (a 10 MB draft: 48,000 facts, 7 short values each), and so do scores.
_MEMO_LONGEST = 60  # characters; prompts and evidence, longer, seldom recur
_MEMO_SIZE = 50_000  # entries in all (a draft's ids and stems never recur), then start again
# key (None: a list's items) -> text -> its line ("" when this writer cannot write it)
_lines: dict[str | None, dict[str, str]] = {}
_float_lines: dict[str, dict[float, str]] = {}  # key -> score -> its line


def _text_line(key: str | None, value: str) -> str:
    """ "  key: text\n" (key None: a list item, "  - text\n") as the emitter writes it; ""
    when this writer cannot."""
    head = f"{' ' * _KEY_INDENT}- " if key is None else f"{' ' * _KEY_INDENT}{key}: "
    parts = [head]
    if not _text(value, len(head), parts):
        return ""
    parts.append("\n")
    return "".join(parts)


# Keys whose text is one fact's own (a draft's ids are all distinct; prompts, evidence and
# notes nearly so): memoising them only filled the memo, and emptied it for the values that
# do recur.
_OWN_TEXT = frozenset({"id", "prompt", "evidence", "note"})
_memo_entries = [0]  # entries in `_lines`, all keys together


def _str_line(key: str | None, value: str) -> str:
    """`_text_line`, once per key and short text."""
    if len(value) > _MEMO_LONGEST or key in _OWN_TEXT:
        return _text_line(key, value)
    memo = _lines.get(key)
    if memo is None:
        memo = _lines[key] = {}
    line = memo.get(value)
    if line is None:
        if _memo_entries[0] >= _MEMO_SIZE:
            for known in _lines.values():
                known.clear()
            _memo_entries[0] = 0
        line = memo[value] = _text_line(key, value)
        _memo_entries[0] += 1
    return line


def _float_line(key: str, value: float) -> str:
    """ "  key: 3.25\n", once per key and value (zero apart: 0.0 and -0.0 are equal keys)."""
    memo = _float_lines.get(key)
    if memo is None:
        memo = _float_lines[key] = {}
    line = memo.get(value) if value else None
    if line is None:
        line = f"{' ' * _KEY_INDENT}{key}: {_REPRESENTER.represent_float(value).value}\n"
        if value == value and value:  # neither NaN (never found again) nor a signed zero
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[value] = line
    return line


# First characters of text the resolver may read as another type (a number, a boolean,
# null, a date); text starting otherwise is text, as long as no resolver takes any start.
_RESOLVED_STARTS = frozenset(_RESOLVER.yaml_implicit_resolvers)
# For each such first character, its resolvers' patterns as one: text that none of them
# matches is text, as `Resolver.resolve` finds by trying each (in Python, ~3 µs a value;
# every draft id opens with "n" or "d", every figure with a digit). Text never holds a line
# break here (`_SIMPLE`), so "$" ends the text in both.
_OTHER_TYPE = {start: re.compile("|".join(f"(?:{regexp.pattern})" for _, regexp in resolvers),
                                 re.X)
               for start, resolvers in _RESOLVER.yaml_implicit_resolvers.items()
               if start is not None and all(regexp.flags & re.X for _, regexp in resolvers)}


def _text(value: str, column: int, out: list[str]) -> bool:
    """Append a string written plain or single-quoted; False if this writer cannot."""
    if not _SIMPLE.match(value):
        return False
    if not value.isascii() and max(value) > "\uffff":
        return False  # libyaml quotes letters beyond the BMP ("𝔘"); PyYAML writes them
    if not _KEYLIKE.search(value) and (
            (value[0] not in _RESOLVED_STARTS and None not in _RESOLVED_STARTS)
            or _resolved_as_text(value)):
        _plain(value, column, out)
    else:  # reads as a key, a number, a date, a boolean: quoted
        _single_quoted(value, column, out)
    return True


def _resolved_as_text(value: str) -> bool:
    """Whether the resolver reads `value` (not empty) as text, not a number, a boolean, ..."""
    if None in _RESOLVED_STARTS or value[0] not in _OTHER_TYPE:
        return _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR
    return _OTHER_TYPE[value[0]].match(value) is None


def _fact(fact: dict[str, Any]) -> str | None:
    """One fact as the list item PyYAML writes, or None when this writer cannot."""
    out: list[str] = []
    lines = _lines
    for key, value in fact.items():
        kind = type(value)
        if kind is str:
            # `_str_line`, its memo read here first: most of a fact's values are found there
            memo = lines.get(key)
            line = memo.get(value) if memo is not None else None
            if line is None:
                line = _str_line(key, value)
            if not line:
                return None
            out.append(line)
        elif kind is float:
            out.append(_float_line(key, value))
        elif kind is int:
            out.append(f"{' ' * _KEY_INDENT}{key}: {value}\n")
        elif kind is dict:  # the span: integers only
            out.append(f"{' ' * _KEY_INDENT}{key}:\n")
            for inner, figure in value.items():
                if type(figure) is not int:
                    return None
                out.append(f"{' ' * _VALUE_INDENT}{inner}: {figure}\n")
        elif kind is list and value:  # aliases, tags: short items that never break
            out.append(f"{' ' * _KEY_INDENT}{key}:\n")
            for item in value:
                if type(item) is not str or _KEY_INDENT + 2 + len(item) + 2 > WIDTH:
                    return None
                line = _str_line(None, item)
                if not line:
                    return None
                out.append(line)
        else:
            return None
    out[0] = "- " + out[0][_KEY_INDENT:]  # every line so far starts with the keys' indent
    return "".join(out)


def dump_deck_dict(data: dict[str, Any], dumper: type) -> str:
    """The YAML of a deck's dict (`Deck.to_dict()`), as yaml.dump writes it with `dumper`."""
    return "".join(deck_dict_parts(data, dumper))


def deck_dict_parts(data: dict[str, Any], dumper: type) -> tuple[str, str]:
    """`dump_deck_dict`'s text in two: the deck's head, through "facts:" (`deck_head`), and
    its facts, each written alone (so they may be kept and written again after another
    head: edu/deck/draftcache.py). A deck without facts is all head ("facts: []")."""
    facts = data.get("facts")
    if not facts or list(data)[-1] != "facts":
        return _pyyaml(data, dumper), ""
    parts = []
    for fact in facts:
        text = _fact(fact) if type(fact) is dict and fact else None
        parts.append(text if text is not None else _pyyaml([fact], dumper))
    return deck_head({k: v for k, v in data.items() if k != "facts"}, dumper), "".join(parts)


def deck_head(data: dict[str, Any], dumper: type) -> str:
    """What the YAML of a deck with facts opens with, up to and including "facts:": its own
    fields (`data`, a deck's dict without its facts)."""
    return _pyyaml(data, dumper) + "facts:\n"


def _pyyaml(value: Any, dumper: type) -> str:
    return yaml.dump(value, Dumper=dumper, sort_keys=False, allow_unicode=True, width=WIDTH)

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
# Text this writer handles: starts with a letter, a digit or "(", no trailing space, none of the
# characters that start comments, tags, anchors or line breaks ("'" and ":" only inside).
# PyYAML writes it plain in a block mapping when it reads back as text and holds no ": "
# (a key) and no final ":"; otherwise single-quoted.
_SIMPLE = re.compile(r"(?:[^\W_]|\()[\w ,.()/?%+\-–—’':&]*(?<! )\Z")
_KEYLIKE = re.compile(r": |:\Z")
_KEY_INDENT = 2  # a fact's keys, under "- "
_VALUE_INDENT = 4  # where a broken plain line goes on


def _plain(text: str, column: int, out: list[str]) -> None:
    """Append `text` written plain from `column`, broken at single spaces past WIDTH."""
    if column + len(text) <= WIDTH:  # no break possible
        out.append(text)
        return
    pieces = text.split(" ")
    line: list[str] = []
    for k, piece in enumerate(pieces):
        if k and piece and pieces[k - 1] and column > WIDTH:  # a single space: break here
            out.append(" ".join(line) + "\n" + " " * _VALUE_INDENT)
            line, column = [], _VALUE_INDENT
        elif k:
            column += 1
        line.append(piece)
        column += len(piece)
    out.append(" ".join(line))


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


def _scalar(value: Any, column: int, out: list[str]) -> bool:
    """Append one scalar value starting at `column`; False if this writer cannot."""
    kind = type(value)
    if kind is str:
        if len(value) > _MEMO_LONGEST:
            return _text(value, column, out)
        key = (value, column)
        written = _written.get(key, "")  # "": not known yet (a written value never is "")
        if written == "":
            parts: list[str] = []
            written = "".join(parts) if _text(value, column, parts) else None
            if len(_written) >= _MEMO_SIZE:
                _written.clear()
            _written[key] = written
        if written is None:
            return False
        out.append(written)
        return True
    if kind is int:
        out.append(str(value))
        return True
    if kind is float:
        out.append(_REPRESENTER.represent_float(value).value)
        return True
    return False


# Short text is written once per column: kinds, categories, units, sections and answers
# recur across a draft's facts (a 10 MB draft: 47,000 facts, 7 short values each).
_MEMO_LONGEST = 60  # characters; prompts and evidence, longer, seldom recur
_MEMO_SIZE = 50_000  # entries, then the memo starts again
_written: dict[tuple[str, int], str | None] = {}
# First characters of text the resolver may read as another type (a number, a boolean,
# null, a date); text starting otherwise is text, as long as no resolver takes any start.
_RESOLVED_STARTS = frozenset(_RESOLVER.yaml_implicit_resolvers)


def _text(value: str, column: int, out: list[str]) -> bool:
    """Append a string written plain or single-quoted; False if this writer cannot."""
    if not _SIMPLE.match(value):
        return False
    if not value.isascii() and max(value) > "\uffff":
        return False  # libyaml quotes letters beyond the BMP ("𝔘"); PyYAML writes them
    if not _KEYLIKE.search(value) and (
            (value[0] not in _RESOLVED_STARTS and None not in _RESOLVED_STARTS)
            or _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR):
        _plain(value, column, out)
    else:  # reads as a key, a number, a date, a boolean: quoted
        _single_quoted(value, column, out)
    return True


def _fact(fact: dict[str, Any]) -> str | None:
    """One fact as the list item PyYAML writes, or None when this writer cannot."""
    out: list[str] = []
    for number, (key, value) in enumerate(fact.items()):
        out.append(("- " if number == 0 else " " * _KEY_INDENT) + key + ":")
        if type(value) is dict:  # the span: integers only
            out.append("\n")
            for inner, figure in value.items():
                if type(figure) is not int:
                    return None
                out.append(f"{' ' * _VALUE_INDENT}{inner}: {figure}\n")
        elif type(value) is list:  # aliases, tags: short items that never break, quoted or not
            if not value:
                return None
            out.append("\n")
            for item in value:
                prefix = " " * _KEY_INDENT + "- "
                out.append(prefix)
                if (type(item) is not str or len(prefix) + len(item) + 2 > WIDTH
                        or not _scalar(item, len(prefix), out)):
                    return None
                out.append("\n")
        else:
            out.append(" ")
            if not _scalar(value, _KEY_INDENT + len(key) + 2, out):
                return None
            out.append("\n")
    return "".join(out)


def dump_deck_dict(data: dict[str, Any], dumper: type) -> str:
    """The YAML of a deck's dict (`Deck.to_dict()`), as yaml.dump writes it with `dumper`."""

    def pyyaml(value: Any) -> str:
        return yaml.dump(value, Dumper=dumper, sort_keys=False, allow_unicode=True, width=WIDTH)

    facts = data.get("facts")
    if not facts or list(data)[-1] != "facts":
        return pyyaml(data)
    head = pyyaml({k: v for k, v in data.items() if k != "facts"})
    parts = [head, "facts:\n"]
    for fact in facts:
        text = _fact(fact) if type(fact) is dict and fact else None
        parts.append(text if text is not None else pyyaml([fact]))
    return "".join(parts)

"""The source model: a document as tokens with exact character offsets; sections and spans.

Everything downstream (facts, items, Anki cards, handouts) points back into the document
through `Span`s of these offsets, so evidence can always be shown and checked.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, repeat
from operator import add
from pathlib import Path
from typing import NamedTuple, overload

from edu.errors import EduError, Problem
from edu.gcpause import no_cycle_collection
from edu.text.preprocess import normalise_words, stem, stop_words
from edu.text.quantities import DOLLAR_PREFIX

_WORD = re.compile(r"\S+")
_SPACES = re.compile(r"(\s+)")
_RAW_MARK = re.compile(r"[A-Z.,;:!?()\"']")
_EDGE_PUNCT = re.compile(r"[^\W_](?:.*[^\W_])?", re.S)
# Every number read from a document must fit a float (about 10^308) to be graded and
# compared; a longer run of digits is refused up front rather than crashing a later stage.
MAX_NUMBER_DIGITS = 300
_HUGE_NUMBER = re.compile(rf"\d{{{MAX_NUMBER_DIGITS + 1},}}")


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) in a source file."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> Span:
        return cls(int(data["start"]), int(data["end"]))


class Token(NamedTuple):
    """One whitespace-separated token of the file: its stem and where it sits."""

    stem: str
    start: int
    end: int


class SplitTokens(Sequence[Token]):
    """The tokens of whitespace-split text, kept as two columns (stems, start offsets; a token
    ends where its stem does) and made into `Token`s only when read. A 10 MB document has 1.4
    million tokens: as tuples they took 0.8 s to make and ~170 MiB to hold, while extraction
    reads the stems whole and only a few offsets."""

    __slots__ = ("stems", "starts")

    def __init__(self, stems: list[str], starts: Sequence[int]) -> None:
        if len(stems) != len(starts):
            raise ValueError("one start offset per stem")
        self.stems = stems
        self.starts = starts

    def __len__(self) -> int:
        return len(self.stems)

    @overload
    def __getitem__(self, k: int) -> Token: ...

    @overload
    def __getitem__(self, k: slice) -> list[Token]: ...

    def __getitem__(self, k: int | slice) -> Token | list[Token]:
        if isinstance(k, slice):
            return list(_tokens(self.stems[k], self.starts[k]))
        stem, start = self.stems[k], self.starts[k]
        return Token(stem, start, start + len(stem))

    def __iter__(self) -> Iterator[Token]:
        return _tokens(self.stems, self.starts)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SplitTokens):
            return self.stems == other.stems and list(self.starts) == list(other.starts)
        return isinstance(other, list) and list(self) == other

    __hash__ = None  # type: ignore[assignment]  # mutable columns, like a list

    def __repr__(self) -> str:
        return f"SplitTokens({len(self)} tokens)"


def _tokens(stems: Sequence[str], starts: Sequence[int]) -> Iterator[Token]:
    """Tokens made from the columns at C speed (no Python call per token)."""
    ends = map(add, starts, map(len, stems))
    # tuple.__new__(Token, values) is what Token._make does; the columns have one length
    return map(tuple.__new__, repeat(Token), zip(stems, starts, ends, strict=True))


def token_stems(tokens: Sequence[Token]) -> list[str]:
    """The stems of `tokens`, a new list (from the column when the tokens keep one)."""
    if isinstance(tokens, SplitTokens):
        return list(tokens.stems)
    return [t.stem for t in tokens]


def shared_strings(strings: list[str]) -> list[str]:
    """The same strings, equal ones as one object. A 10 MB document has 1.4 million tokens
    but ~17,000 distinct words: 85 MiB less to hold, and a token's look-up in a set or dict
    reuses its word's hash (extraction on 10 MB: ~0.3 s faster, for 0.08 s spent here)."""
    table: dict[str, str] = {}
    return list(map(table.setdefault, strings, strings))


def offsets_array(offsets: Sequence[int] | Iterator[int]) -> array[int]:
    """Character offsets packed as machine integers (4 bytes each below 4 GB of text)."""
    values = offsets if isinstance(offsets, array) else array("q", offsets)
    return array("I", values) if not values or max(values) < 2**32 else values


# Joins the labels of nested sections, outer first ("The Great Exhibition › The Crystal
# Palace"): a fact's `section`, the Anki subdeck path ("::"), the handout's key
SECTION_PATH = " \u203a "


def section_tails(section: str) -> list[str]:
    """The path from each of its parts on, outer first ("A › B › C" -> ["A › B › C", "B › C",
    "C"]): what a choice of "B" selects, B with what lies in it (the trainer's and the
    handout's `--sections`)."""
    parts = section.split(SECTION_PATH)
    return [SECTION_PATH.join(parts[k:]) for k in range(len(parts))]


def section_parts(section: str) -> list[str]:
    """The sections of a path, outer first ("A › B" -> ["A", "B"]); one for a plain label."""
    return [part.strip() for part in section.split(SECTION_PATH.strip()) if part.strip()]


@dataclass
class Section:
    """A heading found in the document: `number` like "II.1", `title` in readable words."""

    number: str
    title: str
    start: int  # offset of the heading's first token
    end: int = -1  # offset where the section's text ends (next heading or end of file)
    heading_end: int = -1  # offset where the heading's own words (number, title) end
    # a Markdown heading's level (1 for "#"), by which sections nest in a path (`Reading.
    # section_path`); 0 where an outline's numbers say the nesting ("II.1" is in "II")
    level: int = 0

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}".strip()


@dataclass
class Document:
    """A loaded document. `text` is the file's content; offsets index into it."""

    path: str
    text: str
    tokens: Sequence[Token]  # SplitTokens for preprocessed text, a list for raw English
    raw: bool = False  # True when the file was ordinary English, not preprocessed
    words: list[str] | None = None  # raw documents: each token's word as written
    _starts: Sequence[int] | None = field(default=None, repr=False, compare=False)

    def token_starts(self) -> Sequence[int]:
        """Start offsets of the tokens (cached), for bisecting spans into token ranges."""
        if isinstance(self.tokens, SplitTokens):
            return self.tokens.starts
        if self._starts is None or len(self._starts) != len(self.tokens):
            self._starts = [t.start for t in self.tokens]
        return self._starts

    def stems(self) -> list[str]:
        """Every token's stem, a new list."""
        return token_stems(self.tokens)


def tokenize(text: str, starts: Sequence[int] | None = None) -> SplitTokens:
    """Split preprocessed text on whitespace, keeping each token's offset. `starts`: the
    offsets known already (a cached reading's); else they are summed from the lengths of
    the tokens and the spaces between them, in bulk rather than token by token."""
    with no_cycle_collection():  # millions of strings, none in a cycle: the collector waits
        if starts is not None:
            return SplitTokens(shared_strings(text.split()), starts)
        parts = _SPACES.split(text)  # token, spaces, token, ...: "" first when text opens
        offsets = accumulate(map(len, parts), initial=0)  # with spaces, and last when it ends
        begins = offsets_array(offsets)[0::2]  # where each even part (a token) begins
        stems = shared_strings(parts[0::2])
        if stems and not stems[-1]:  # the text ends with spaces
            stems.pop()
            begins = begins[:-1]
        if stems and not stems[0]:  # the text opens with spaces
            del stems[0]
            begins = begins[1:]
        return SplitTokens(stems, begins)


def looks_raw(text: str) -> bool:
    """Ordinary English rather than the preprocessed form: capitals, punctuation, stop words.

    Preprocessed text holds only lower-case letters, digits and spaces (some non-ASCII
    letters survive, like "hα") and no stop words, so a sample is enough to tell.
    """
    sample = text[:200_000]
    words = sample.split()
    if not words:
        return False
    marked = len(_RAW_MARK.findall(sample))
    stops = stop_words()
    stopped = sum(1 for w in words if w in stops)
    return marked >= max(1, len(words) // 100) or stopped >= max(1, len(words) // 20)


def tokenize_raw(text: str) -> tuple[list[Token], list[str]]:
    """Tokens of raw English as the preprocessed form would hold them (stop words and
    punctuation-only words dropped), with offsets of the written word, and those words."""
    stops = stop_words()
    tokens: list[Token] = []
    words: list[str] = []
    for m in _WORD.finditer(text):
        normal = normalise_words(m.group())
        if not normal or normal[0] in stops:
            continue
        inner = _EDGE_PUNCT.search(m.group())
        if inner is None:
            continue
        start, end = m.start() + inner.start(), m.start() + inner.end()
        dollars = DOLLAR_PREFIX.match(text, start, end)
        if dollars:  # "US$13": the figure, its currency sign before it as in "$13"
            start = dollars.end()
            normal = normalise_words(text[start:end])
        tokens.append(Token(stem(normal[0]), start, end))
        words.append(text[start:end])
    return tokens, words


def check_numbers(path: str | Path, text: str) -> None:
    """EduError at the first number too long to read, naming its line and column."""
    huge = _HUGE_NUMBER.search(text)
    if huge:
        line = text.count("\n", 0, huge.start()) + 1
        col = huge.start() - (text.rfind("\n", 0, huge.start()) + 1) + 1
        raise EduError(Problem(str(path), f"a number of {len(huge.group()):,} digits; numbers "
                                          f"of up to {MAX_NUMBER_DIGITS} digits can be read",
                               line, col))


def document_of(path: str | Path, text: str, raw: bool | None = None) -> Document:
    """Tokenize a document's text (raw English like its preprocessed form would be, keeping
    the written words). `raw`: None to detect it from the text."""
    check_numbers(path, text)
    if raw is None:
        raw = looks_raw(text)
    if raw:
        tokens, words = tokenize_raw(text)
        if not tokens:
            raise EduError(Problem(str(path), "no words left after dropping stop words"))
        return Document(path=str(path), text=text, tokens=tokens, raw=True, words=words)
    return Document(path=str(path), text=text, tokens=tokenize(text))

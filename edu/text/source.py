"""The source model: a document as tokens with exact character offsets; sections and spans.

Everything downstream (facts, items, Anki cards, handouts) points back into the document
through `Span`s of these offsets, so evidence can always be shown and checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from edu.errors import EduError, Problem
from edu.gcpause import no_cycle_collection
from edu.text.preprocess import normalise_words, stem, stop_words

_WORD = re.compile(r"\S+")
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


@dataclass
class Section:
    """A heading found in the document: `number` like "II.1", `title` in readable words."""

    number: str
    title: str
    start: int  # offset of the heading's first token
    end: int = -1  # offset where the section's text ends (next heading or end of file)
    heading_end: int = -1  # offset where the heading's own words (number, title) end

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}".strip()


@dataclass
class Document:
    """A loaded document. `text` is the file's content; offsets index into it."""

    path: str
    text: str
    tokens: list[Token]
    raw: bool = False  # True when the file was ordinary English, not preprocessed
    words: list[str] | None = None  # raw documents: each token's word as written
    _starts: list[int] | None = field(default=None, repr=False, compare=False)

    def token_starts(self) -> list[int]:
        """Start offsets of the tokens (cached), for bisecting spans into token ranges."""
        if self._starts is None or len(self._starts) != len(self.tokens):
            self._starts = [t.start for t in self.tokens]
        return self._starts


def tokenize(text: str) -> list[Token]:
    """Split preprocessed text on whitespace, keeping each token's offsets (millions of
    tokens for a long document, none in a cycle: the collector waits)."""
    with no_cycle_collection():
        return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


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
        tokens.append(Token(stem(normal[0]), start, end))
        words.append(text[start:end])
    return tokens, words


def document_of(path: str | Path, text: str, raw: bool | None = None) -> Document:
    """Tokenize a document's text (raw English like its preprocessed form would be, keeping
    the written words). `raw`: None to detect it from the text."""
    huge = _HUGE_NUMBER.search(text)
    if huge:
        line = text.count("\n", 0, huge.start()) + 1
        col = huge.start() - (text.rfind("\n", 0, huge.start()) + 1) + 1
        raise EduError(Problem(str(path), f"a number of {len(huge.group()):,} digits; numbers "
                                          f"of up to {MAX_NUMBER_DIGITS} digits can be read",
                               line, col))
    if raw is None:
        raw = looks_raw(text)
    if raw:
        tokens, words = tokenize_raw(text)
        if not tokens:
            raise EduError(Problem(str(path), "no words left after dropping stop words"))
        return Document(path=str(path), text=text, tokens=tokens, raw=True, words=words)
    return Document(path=str(path), text=text, tokens=tokenize(text))

"""The source model: a document as tokens with exact character offsets, plus its sections.

Everything downstream (facts, items, Anki cards, handouts) points back into the document
through `Span`s of these offsets, so evidence can always be shown and checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from edu.fileio import read_text

_WORD = re.compile(r"\S+")


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


@dataclass(frozen=True, slots=True)
class Token:
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

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}".strip()


@dataclass
class Document:
    """A loaded document. `text` is the file's content; offsets index into it."""

    path: str
    text: str
    tokens: list[Token]
    sections: list[Section] = field(default_factory=list)
    raw: bool = False  # True when the file was ordinary English, not preprocessed

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def section_at(self, offset: int) -> Section | None:
        """The innermost section whose [start, end) holds `offset`, or None."""
        found = None
        for sec in self.sections:
            end = sec.end if sec.end >= 0 else len(self.text)
            if sec.start <= offset < end:
                found = sec  # later (deeper) sections win
        return found

    def tokens_in(self, span: Span) -> list[Token]:
        """Tokens that lie wholly inside the span."""
        return [t for t in self.tokens if t.start >= span.start and t.end <= span.end]


def tokenize(text: str) -> list[Token]:
    """Split preprocessed text on whitespace, keeping each token's offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def load_document(path: str | Path) -> Document:
    """Read a preprocessed document (clear EduError on bad files) and tokenize it."""
    text = read_text(path)
    return Document(path=str(path), text=text, tokens=tokenize(text))

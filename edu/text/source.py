"""The source model: a document as tokens with exact character offsets, plus its sections.

Everything downstream (facts, items, Anki cards, handouts) points back into the document
through `Span`s of these offsets, so evidence can always be shown and checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from edu.errors import EduError, Problem
from edu.fileio import read_text

_WORD = re.compile(r"\S+")
_RAW_MARK = re.compile(r"[A-Z.,;:!?()\"']")
_EDGE_PUNCT = re.compile(r"[^\W_](?:.*[^\W_])?", re.S)


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
    sections: list[Section] = field(default_factory=list)
    raw: bool = False  # True when the file was ordinary English, not preprocessed
    words: list[str] | None = None  # raw documents: each token's word as written
    _starts: list[int] | None = field(default=None, repr=False, compare=False)
    # derived values that stages compute once per document (e.g. restoration's tense)
    cache: dict[object, object] = field(default_factory=dict, repr=False, compare=False)

    def token_starts(self) -> list[int]:
        """Start offsets of the tokens (cached), for bisecting spans into token ranges."""
        if self._starts is None or len(self._starts) != len(self.tokens):
            self._starts = [t.start for t in self.tokens]
        return self._starts

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


def looks_raw(text: str) -> bool:
    """Ordinary English rather than the preprocessed form: capitals, punctuation, stop words.

    Preprocessed text holds only lower-case letters, digits and spaces (some non-ASCII
    letters survive, like "hα") and no stop words, so a sample is enough to tell.
    """
    from edu.text.preprocess import stop_words

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
    from edu.text.preprocess import normalise_words, stem, stop_words

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


def load_document(path: str | Path, glossary: object | None = None) -> Document:
    """Read a document (clear EduError on bad files), tokenize it and find its sections.

    Raw English is detected and tokenized like its preprocessed form would be, keeping the
    written words. `glossary` (an edu.glossary.Glossary) defaults to `<doc>.yaml` beside it.
    """
    text = read_text(path)
    if looks_raw(text):
        tokens, words = tokenize_raw(text)
        if not tokens:
            raise EduError(Problem(str(path), "no words left after dropping stop words"))
        doc = Document(path=str(path), text=text, tokens=tokens, raw=True, words=words)
    else:
        doc = Document(path=str(path), text=text, tokens=tokenize(text))
    _add_sections(doc, glossary)
    return doc


def _add_sections(doc: Document, glossary: object | None) -> None:
    from edu.text.glossary import load_glossary_for
    from edu.text.restore import past_bonus, restore_stems
    from edu.text.sections import detect_outline, detect_sections
    from edu.text.wordmap import load_wordmap

    if glossary is None and not doc.raw:
        glossary = load_glossary_for(doc.path)
    stems = [t.stem for t in doc.tokens]
    known = load_wordmap()
    outline = detect_outline(stems, known)
    if doc.raw and doc.words is not None:
        written: list[str] = doc.words
    else:
        # Restore the whole text once (headings are not counts), so titles read exactly as
        # the text does; restore_document reuses it for the same glossary.
        enumerators = frozenset(i for i, _, _ in outline)
        written = restore_stems(stems, glossary, enumerators,  # type: ignore[arg-type]
                                past_bonus(stems))
        doc.cache[("restored", id(glossary))] = (glossary, written)

    def words(i: int, j: int) -> list[str]:
        return written[i:j]

    doc.sections = detect_sections(doc.tokens, len(doc.text), words, known, outline)
    if doc.raw:
        _titles_from_lines(doc)
    titles = getattr(glossary, "section_titles", None) or {}
    for sec in doc.sections:
        sec.title = titles.get(sec.number or sec.title, sec.title)


_ENUMERATOR = re.compile(r"^\s*(?:[IVXLC]+|\d+)[.):]?\s+", re.I)


_FIRST_SENTENCE = re.compile(r"(?<=[a-z0-9)])[.:;]\s")
_ROMAN_ONE = re.compile(r"^\s*I[.):]?\s+(\S.*)$")
_LINE_TITLE_MAX = 10  # words; a longer first sentence is a numbered paragraph, not a title


def _titles_from_lines(doc: Document) -> None:
    """Raw text keeps its line breaks: a numbered heading's title is the rest of its line, up
    to its first sentence end ("1. Length and coverage. By 2024 ..."); an implied section I
    takes the "I. ..." line just before its first subsection."""
    for sec in doc.sections:
        if not sec.number:
            continue
        if sec.number == "I" and not sec.title:
            before = doc.text[: sec.start].rstrip().rsplit("\n", 1)[-1]
            found = _ROMAN_ONE.match(before)
            if found and len(found.group(1).split()) <= _LINE_TITLE_MAX:
                sec.title = found.group(1).strip().rstrip(".:")
            continue
        end = doc.text.find("\n", sec.start)
        line = doc.text[sec.start : end if end >= 0 else len(doc.text)]
        title = _ENUMERATOR.sub("", line, count=1).strip()
        title = _FIRST_SENTENCE.split(title, maxsplit=1)[0].strip().rstrip(".:")
        if title and len(title.split()) <= _LINE_TITLE_MAX:
            sec.title = title

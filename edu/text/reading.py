"""The document read once: its tokens, one readable word per token, titled sections, glossary.

Like spaCy's `Doc`, a `Reading` is made once and every later stage takes it: extraction,
items, the trainer, Anki export, handouts and `edu restore` show a span as
`reading.span_text(span)`, so the same span reads the same everywhere.

Restoring a long document costs seconds, so `read_document` keeps each reading on disk (the
user cache folder, see `edu.fileio.cache_dir`), one file per source path, under a key that
hashes the file's text, its glossary, and the code and data of restoration (`edu/text/*.py`,
the shipped word map, pair table and stop words, the NLTK version). Any change to one of them
gives a new key, so a stale reading is never served; a lost or unreadable file only costs the
time to restore again.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import hashlib
import json
import os
import re
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from edu import fileio
from edu.fileio import cache_file_for, keep_cached, read_cached
from edu.text.glossary import Glossary, load_glossary_for
from edu.text.markdown import is_markdown, readable_text, spaced_words
from edu.text.pdf import source_text
from edu.text.restore import join_words, past_bonus, restore_stems
from edu.text.sections import (
    detect_outline,
    detect_sections,
    fit_titles,
    line_openers,
    markdown_sections,
    plain_sections,
)
from edu.text.sentences import SENTENCE_END, sentence_close, sentence_lead
from edu.text.source import (
    SECTION_PATH,
    Document,
    Section,
    Span,
    SplitTokens,
    Token,
    document_of,
    offsets_array,
    shared_strings,
)
from edu.text.stemcache import flush as flush_stems
from edu.text.stemcache import preprocess_words_cached
from edu.text.wordmap import load_wordmap

# bump when the layout of a cached reading changes (2: token offsets kept; 3: preprocessed
# text's words kept as their distinct words and each token's index among them; 4: sections'
# Markdown levels; 5: preprocessed text's stems kept as its words are)
CACHE_FORMAT = 5
_MEMO_SIZE = 4  # readings kept in memory: a process rarely reads more documents than this
_DATA_FILES = ("wordmap.tsv.gz", "bigrams.tsv.gz", "context.tsv.gz", "stopwords_english.txt")
# Readings shipped as package data (scripts/build_shipped_readings.py): the bundled deck's
# document, so that a user's first `edu quiz` does not restore it (~0.25 s of a ~1.2 s start).
SHIPPED_READINGS = Path(__file__).resolve().parent.parent / "data" / "readings"


_FULL_STOPS = (".", "!", "?")  # marks that end a sentence, shown with its evidence


@dataclass(frozen=True)
class Reading:
    """A document with one readable word per token (raw English: the word as written)."""

    document: Document
    words: tuple[str, ...]
    sections: tuple[Section, ...] = ()
    glossary: Glossary = field(default_factory=Glossary)

    @property
    def path(self) -> str:
        return self.document.path

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def tokens(self) -> Sequence[Token]:
        return self.document.tokens

    @property
    def raw(self) -> bool:
        return self.document.raw

    def __repr__(self) -> str:
        return f"Reading({self.path!r}, {len(self.words)} tokens, {len(self.sections)} sections)"

    def stems(self) -> list[str]:
        return self.document.stems()

    def token_range(self, span: Span) -> tuple[int, int]:
        """Indices [i, j) of the tokens lying wholly inside the span."""
        tokens = self.document.tokens
        starts = self.document.token_starts()
        i = bisect_left(starts, span.start)
        j = bisect_right(starts, span.end)
        while j > i and tokens[j - 1].end > span.end:
            j -= 1
        return i, j

    def text_of(self, i: int, j: int) -> str:
        """Readable text of tokens [i, j): raw English as written (punctuation and stop words
        kept, whitespace collapsed; from the stop words that open its sentence to those that
        close it, "Because the hull ... dried too quickly", never a sentence's first or last
        words cut off), preprocessed text as its restored words."""
        if i >= j:
            return ""
        if self.document.raw:
            lo, hi = self.written_bounds(i, j)
            return spaced_words(self.document.text[lo:hi])
        return join_words(list(self.words[i:j]))

    def written_bounds(self, i: int, j: int) -> tuple[int, int]:
        """Where the text of raw English's tokens [i, j) runs in the document (`text_of`)."""
        doc = self.document
        end = sentence_close(doc, j)
        if doc.text[end : end + 1] in _FULL_STOPS and (
                end + 1 == len(doc.text) or SENTENCE_END.match(doc.text, end)):
            end += 1  # the sentence's own full stop
        return sentence_lead(doc, i), end

    def span_text(self, span: Span) -> str:
        """What a learner reads for `span`: the one text of those tokens, everywhere."""
        return self.text_of(*self.token_range(span))

    def section_paths(self) -> list[str]:
        """Each section's label after those of the Markdown sections it lies in, outer
        first ("The Great Exhibition › The Crystal Palace › After the exhibition"), in the
        order of `sections`; a section without a Markdown level keeps its label alone (a
        numbered label says where it belongs)."""
        paths = [sec.label for sec in self.sections]
        open_: list[tuple[Section, str]] = []  # enclosing Markdown sections, outer first
        for k in sorted(range(len(self.sections)), key=lambda k: self.sections[k].start):
            sec = self.sections[k]
            if not sec.level:
                continue
            while open_ and (open_[-1][0].level >= sec.level
                             or 0 <= open_[-1][0].end <= sec.start):
                open_.pop()
            if open_:
                paths[k] = open_[-1][1] + SECTION_PATH + sec.label
            open_.append((sec, paths[k]))
        return paths

    def section_at(self, offset: int) -> Section | None:
        """The innermost section whose [start, end) holds `offset`, or None."""
        found = None
        for sec in self.sections:
            end = sec.end if sec.end >= 0 else len(self.document.text)
            if sec.start <= offset < end:
                found = sec  # later (deeper) sections win
        return found


def reading_of(doc: Document, glossary: Glossary | None = None,
               written: str | None = None) -> Reading:
    """Restore every token once (headings are not counts) and title the sections with the
    same words, so a heading reads exactly as the text does. `written`: the file's text
    with its marks, when `doc.text` has them blanked (edu/text/markdown.py): headings, list
    items and title lines are found there."""
    glossary = glossary if glossary is not None else Glossary()
    written = doc.text if written is None else written
    stems = doc.stems()
    known = load_wordmap()
    # raw text keeps its lines: only a number first on its line may open a heading
    openers = line_openers(doc.text, doc.token_starts()) if doc.raw else None
    outline = detect_outline(stems, known, openers)
    if glossary.section_titles:
        # stemmed through the cache, as the glossary's names are: no NLTK import once known
        outline = fit_titles(stems, outline, {
            number: preprocess_words_cached(title)
            for number, title in glossary.section_titles.items()})
        flush_stems()
    if doc.raw and doc.words is not None:
        words = list(doc.words)
    else:
        enumerators = frozenset(i for i, _, _ in outline)
        # Headings are read without their neighbours: the words before a title end
        # another passage ("... water availability | Conclusion | water security ...").
        starts = doc.token_starts()
        headings = frozenset(k for sec in detect_sections(doc.tokens, len(doc.text), None,
                                                          known, outline)
                             for k in range(bisect_left(starts, sec.start),
                                            bisect_left(starts, sec.heading_end)))
        words = shared_strings(restore_stems(stems, glossary, enumerators, past_bonus(stems),
                                             headings))

    def words_of(i: int, j: int) -> list[str]:
        return words[i:j]

    marked = markdown_sections(written, doc.tokens, doc.text) if doc.raw else []
    if marked:  # a Markdown file's own headings win over an outline guessed from numbers
        sections = marked
    else:
        sections = detect_sections(doc.tokens, len(doc.text), words_of, known, outline)
        if doc.raw and not sections:  # no numbered outline: short lines standing alone
            sections = plain_sections(written, doc.tokens)
            marked = sections
    if doc.raw and not marked:
        _titles_from_lines(written, sections)
    titles = glossary.section_titles
    for sec in sections:
        sec.title = titles.get(sec.number or sec.title, sec.title)
    return Reading(doc, tuple(words), tuple(sections), glossary)


@dataclass(frozen=True)
class Source:
    """A document file as read before its Reading is made: its text as written, whether it
    is Markdown, its glossary, and `key`, which names its Reading (the text, the Markdown
    flag, the glossary and the code of restoration: any change gives another key). Whatever
    is derived from the document alone keys itself on `key` (edu/deck/draftcache.py)."""

    path: str
    written: str
    markdown: bool
    glossary: Glossary
    key: str

    @property
    def text(self) -> str:
        """The text as its Reading holds it: Markdown's marks blanked, offsets unchanged."""
        return readable_text(self.written, self.markdown)

    @property
    def content_key(self) -> str:
        """The key of a shipped reading of this source: the text, the Markdown flag, the
        glossary and the cache's layout, not the code of restoration. Why not the code: a
        shipped reading is checked against what the restorer makes by a test
        (tests/test_shipped_reading.py), not by a digest that any edit of edu/text would
        change."""
        h = hashlib.sha256(f"shipped reading {CACHE_FORMAT}".encode())
        h.update(glossary_digest(self.glossary).encode())
        h.update((self.written + ("\0markdown" if self.markdown else ""))
                 .encode("utf-8", "surrogatepass"))
        return h.hexdigest()


def read_source(path: str | Path, glossary: Glossary | None = None) -> Source:
    """The source file at `path` and the key of its Reading (clear EduError on bad files).
    `glossary` defaults to `<doc>.yaml`."""
    written = source_text(path)
    markdown = is_markdown(path)
    if glossary is None:
        glossary = load_glossary_for(path)
    key = _key(written + ("\0markdown" if markdown else ""), glossary)
    return Source(str(path), written, markdown, glossary, key)


def read_document(path: str | Path, glossary: Glossary | None = None) -> Reading:
    """The reading of a source file (clear EduError on bad files), from the disk cache when
    the file, glossary and restoration are unchanged. `glossary` defaults to `<doc>.yaml`.
    The reading's text is the file's with Markdown's marks blanked, offsets unchanged."""
    return source_reading(read_source(path, glossary))


def source_reading(source: Source) -> Reading:
    """The reading of a source already read (`read_source`): from memory or the disk cache
    under its key, else made and kept."""
    path, key, glossary = source.path, source.key, source.glossary
    memo = _memo.get(key)
    if memo is not None and memo.path == path:
        return memo
    text = source.text
    reading = _load(path, text, key, glossary)
    if reading is None:
        reading = shipped_reading(source)
    if reading is None:
        reading = reading_of(document_of(path, text), glossary, source.written)
        _save(reading, key)
    _remember(key, reading)
    return reading


_memo: dict[str, Reading] = {}


def _remember(key: str, reading: Reading) -> None:
    _memo[key] = reading
    while len(_memo) > _MEMO_SIZE:
        del _memo[next(iter(_memo))]


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Hash of everything besides the file and glossary that shapes a reading, remembered
    under the files' sizes and times (fileio.code_digest): NLTK's version (raw English is
    stemmed by its Porter stemmer) is asked of importlib.metadata (~15 ms with its import)
    only when a file or a library changed."""
    files = sorted(Path(__file__).parent.glob("*.py"))
    data = Path(__file__).resolve().parent.parent / "data"
    files += [data / name for name in _DATA_FILES]
    return fileio.code_digest("readings", f"reading {CACHE_FORMAT}", files, ("nltk",))


def glossary_digest(glossary: Glossary) -> str:
    """Hash of what a glossary contributes: entries, section titles, metadata."""
    parts = (sorted(map(repr, glossary.entries)), sorted(glossary.section_titles.items()),
             sorted((str(k), repr(v)) for k, v in glossary.meta.items()),
             sorted(glossary.forms.items()), sorted(map(repr, glossary.in_context)))
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _key(text: str, glossary: Glossary) -> str:
    h = hashlib.sha256(code_digest().encode())
    h.update(glossary_digest(glossary).encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _cache_file(path: str | Path) -> Path | None:
    return cache_file_for(path, "readings")


def _save(reading: Reading, key: str) -> None:
    """Keep the reading for next time; never fails the caller."""
    keep_cached(_cache_file(reading.path), payload_of(reading, key))


def payload_of(reading: Reading, key: str) -> dict[str, object]:
    """The reading as JSON keeps it, under `key` (the disk cache and shipped readings)."""
    doc = reading.document
    return {
        "key": key,
        "raw": doc.raw,
        # raw English needs NLTK's stemmer: its tokens kept whole
        "tokens": [list(t) for t in doc.tokens] if doc.raw else None,
        "written": doc.words if doc.raw else None,
        "words": None if doc.raw else _packed_words(reading.words),
        # preprocessed text's stems, as its words: splitting 10 MB again and sharing its 1.4
        # million strings took 0.13 s, these indices 0.04 s
        "stems": None if doc.raw else _packed_words(doc.stems()),
        # preprocessed text: where its tokens start, packed (summing them again costs more
        # than the rest of loading)
        "starts": None if doc.raw else _packed(doc.token_starts()),
        "sections": [[s.number, s.title, s.start, s.end, s.heading_end, s.level]
                     for s in reading.sections],
    }


def shipped_file(source: Source) -> Path:
    """Where a reading of `source` shipped as package data would be (named by its key)."""
    return SHIPPED_READINGS / f"{source.content_key[:16]}.json.gz"


def shipped_reading(source: Source) -> Reading | None:
    """The reading of `source` shipped as package data, or None when none was shipped for
    this text and glossary (or it is unusable)."""
    try:
        with gzip.open(shipped_file(source), "rt", encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError, EOFError):
        return None
    if not isinstance(data, dict) or data.get("key") != source.content_key:
        return None
    return _reading_from(data, source.path, source.text, source.glossary)


def _load(path: str | Path, text: str, key: str, glossary: Glossary) -> Reading | None:
    """The cached reading under `key`, or None when there is none or it is unusable."""
    data = read_cached(_cache_file(path))
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    return _reading_from(data, path, text, glossary)


def _reading_from(data: dict[str, Any], path: str | Path, text: str,
                  glossary: Glossary) -> Reading | None:
    """The reading a payload (`payload_of`) holds, or None when it is unusable."""
    try:
        if data["raw"]:
            tokens = [Token(str(s), int(a), int(b)) for s, a, b in data["tokens"]]
            written = [str(w) for w in data["written"]]
            doc = Document(str(path), text, tokens, raw=True, words=written)
            words: Sequence[str] = written
        else:
            kept = _unpacked_words(data["words"])
            if kept is None:
                return None
            words = kept
            stems = _unpacked_words(data["stems"])
            starts = _unpacked(data["starts"])
            if stems is None or starts is None or not len(stems) == len(starts) == len(words):
                return None
            split = SplitTokens(stems, starts)
            if not _fits(split, text):
                return None
            doc = Document(str(path), text, split, raw=False)
        if len(words) != len(doc.tokens):
            return None
        sections = tuple(Section(str(n), str(t), int(a), int(b), int(h), int(v))
                         for n, t, a, b, h, v in data["sections"])
    except (ValueError, KeyError, TypeError):
        return None
    return Reading(doc, tuple(words), sections, glossary)


def _packed(offsets: Sequence[int]) -> dict[str, str]:
    """Token offsets as JSON can keep them: machine integers, base64."""
    packed = offsets_array(offsets)
    return {"type": packed.typecode, "order": sys.byteorder,
            "data": base64.b64encode(packed.tobytes()).decode("ascii")}


def _packed_words(words: Sequence[str]) -> dict[str, object]:
    """A preprocessed document's restored words as JSON keeps them: each distinct word once
    (~17,000 for 10 MB) and every token's index among them, packed like the offsets. Read
    back, a word is an index into that list: no JSON string decoded per token, and equal
    words are one object (`shared_strings`) for free."""
    distinct = list(dict.fromkeys(words))
    index = {word: k for k, word in enumerate(distinct)}
    # packed as they are looked up: no list of 1.4 million integer objects on the way
    return {"distinct": distinct, "tokens": _packed(array("I", map(index.__getitem__, words)))}


def _unpacked_words(data: object) -> list[str] | None:
    """The words `_packed_words` kept, or None when they are not what it writes."""
    if not isinstance(data, dict):
        return None
    distinct, indices = data.get("distinct"), _unpacked(data.get("tokens"))
    if not isinstance(distinct, list) or not set(map(type, distinct)) <= {str} \
            or indices is None or indices.typecode != "I":  # unsigned: no index from the end
        return None
    try:
        return list(map(distinct.__getitem__, indices))
    except IndexError:  # an index past the words
        return None


def _unpacked(data: object) -> array[int] | None:
    """The offsets `_packed` kept, or None when they are not what it writes."""
    if not isinstance(data, dict) or data.get("type") not in ("I", "q") \
            or data.get("order") != sys.byteorder or not isinstance(data.get("data"), str):
        return None
    try:
        raw = base64.b64decode(data["data"], validate=True)
        offsets = array(data["type"])
        offsets.frombytes(raw)
    except (binascii.Error, ValueError):
        return None
    return offsets


def _fits(tokens: SplitTokens, text: str) -> bool:
    """Cheap check that cached stems and offsets belong to `text`: in order, each a token's
    stem at its start, the first and the last where the text's non-blanks begin and end."""
    starts, stems = tokens.starts, tokens.stems
    if not stems:
        return not text.strip()
    probe = range(0, len(stems), max(1, len(stems) // 64))  # ~64 tokens, the last one too
    return all(text.startswith(stems[k], starts[k]) for k in [*probe, len(stems) - 1]) \
        and all(starts[k - 1] < starts[k] for k in probe if k) \
        and starts[0] == len(text) - len(text.lstrip()) \
        and starts[-1] + len(stems[-1]) == len(text.rstrip())


def forget_cached(path: str | Path) -> None:
    """Drop the cached reading of `path` (tests and benchmarks measure a cold read)."""
    _memo.clear()
    file = _cache_file(path)
    if file is not None:
        try:
            os.remove(file)
        except OSError:
            pass


_ENUMERATOR = re.compile(r"^\s*(?:[IVXLC]+|\d+)[.):]?\s+", re.I)
_FIRST_SENTENCE = re.compile(r"(?<=[a-z0-9)])[.:;]\s")
_ROMAN_ONE = re.compile(r"^\s*I[.):]?\s+(\S.*)$")
_LINE_TITLE_MAX = 10  # words; a longer first sentence is a numbered paragraph, not a title


def _titles_from_lines(text: str, sections: list[Section]) -> None:
    """Raw text keeps its line breaks: a numbered heading's title is the rest of its line, up
    to its first sentence end ("1. Length and coverage. By 2024 ..."); an implied section I
    takes the "I. ..." line just before its first subsection."""
    for sec in sections:
        if not sec.number:
            continue
        if sec.number == "I" and not sec.title:
            before = text[: sec.start].rstrip().rsplit("\n", 1)[-1]
            found = _ROMAN_ONE.match(before)
            if found and len(found.group(1).split()) <= _LINE_TITLE_MAX:
                sec.title = found.group(1).strip().rstrip(".:")
            continue
        end = text.find("\n", sec.start)
        line = text[sec.start : end if end >= 0 else len(text)]
        title = _ENUMERATOR.sub("", line, count=1).strip()
        title = _FIRST_SENTENCE.split(title, maxsplit=1)[0].strip().rstrip(".:")
        if title and len(title.split()) <= _LINE_TITLE_MAX:
            sec.title = title

"""Per-document glossary: proper names and fixed restorations that the word map cannot know.

A document `seeds/<doc>.txt` may have `seeds/<doc>.yaml` beside it (format in docs/GLOSSARY.md):
metadata (title, publisher, date, language, preprocessing) plus

    glossary:
      names: [Tianhe, "Xi Jinping", "Chang'e-{n}", "Long March {n}"]
      words: {remotesens: remote-sensing, mar: Mars, "conclud remark": concluding remarks}

Names are written as the document writes them; their preprocessed form is computed here with
the same recipe, so the file stays readable. `{n}` stands for a number or roman numeral that
may be glued (`change5`) or separate (`chang 6`). `words` maps stems to fixed text; a stem in
parentheses is context that must be there but keeps its own word ("(china) launch":
launched writes only the launch token), so entries that share a token can both hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from edu.errors import EduError, Problem
from edu.fileio import read_text
from edu.text.numbers import series_text
from edu.text.preprocess import normalise_words
from edu.text.stemcache import cached_stem as stem
from edu.text.stemcache import flush as flush_stems
from edu.text.stemcache import preprocess_words_cached as preprocess_words

NUMBER = "{n}"
_NUM_TOKEN = re.compile(r"^(?:(?:\d+[a-z]{0,2})+|[ivxlc]+)$")
META_KEYS = {"title", "publisher", "date", "language", "preprocessing", "source", "glossary",
             "sections"}
GLOSSARY_KEYS = {"names", "words", "forms"}
DECK_KEYS = {"facts", "deck"}  # a deck file's own keys (docs/DECKS.md); no glossary has them
_PLACEHOLDER = "0000"


@dataclass(frozen=True)
class Entry:
    """One restorable phrase: token pattern (None = `{n}` slot) and the text pieces per token."""

    pattern: tuple[str | None, ...]
    pieces: tuple[str, ...]  # one piece per pattern token; `{n}` inside is filled on match
    glued: re.Pattern[str] | None = None  # single-token form like `change(\d+)`


@dataclass(frozen=True)
class ContextEntry:
    """A `words` entry with context stems: `pattern` must match in full, and only the tokens
    at `fixed` (the stems outside parentheses) get the `pieces`, one each."""

    pattern: tuple[str, ...]
    fixed: tuple[int, ...]
    pieces: tuple[str, ...]


_CONTEXT_STEM = re.compile(r"^\(([^()\s]+)\)$")
_BARE_STEM = re.compile(r"^[^()\s]+$")


def context_entry(key: str, text: str) -> ContextEntry | None:
    """The context entry for a `words` key with parenthesised stems, None for a plain key.

    `"(china) launch": launched` writes "launched" at launch after china; `"launch (mission)":
    launch` at launch before mission; `"(peopl) live": lives`. Raises ValueError for a key
    that is all context, has a stray parenthesis or a value whose words do not match the
    stems outside parentheses one to one."""
    parts = key.split()
    if "(" not in key and ")" not in key:
        return None
    pattern: list[str] = []
    fixed: list[int] = []
    for k, part in enumerate(parts):
        m = _CONTEXT_STEM.match(part)
        if m:
            pattern.append(m.group(1))
        elif _BARE_STEM.match(part):
            pattern.append(part)
            fixed.append(k)
        else:
            raise ValueError(f"word key {key!r}: write one stem per pair of parentheses, "
                             "e.g. \"(china) launch\"")
    if not fixed:
        raise ValueError(f"word key {key!r} is all context: leave at least one stem outside "
                         "parentheses")
    pieces = _pieces(text, len(fixed))
    if len(fixed) > 1 and not all(pieces[1:]):
        raise ValueError(f"word key {key!r}: {text!r} must give one word for each of the "
                         f"{len(fixed)} stems outside parentheses")
    return ContextEntry(tuple(pattern), tuple(fixed), pieces)


@dataclass
class Glossary:
    """Entries indexed by their first stem for fast longest-match lookup."""

    meta: dict[str, object] = field(default_factory=dict)
    section_titles: dict[str, str] = field(default_factory=dict)  # "II.1" -> title
    entries: list[Entry] = field(default_factory=list)
    by_first: dict[str, list[Entry]] = field(default_factory=dict)
    numbered: list[Entry] = field(default_factory=list)  # entries that start with `{n}`
    glued: list[Entry] = field(default_factory=list)
    max_len: int = 1
    forms: dict[str, str] = field(default_factory=dict)  # stem -> the word it stands for here
    in_context: list[ContextEntry] = field(default_factory=list)  # "(china) launch": launched
    # context entries by their first two stems (every pattern has at least two)
    context_index: dict[tuple[str, str], list[ContextEntry]] = field(default_factory=dict)

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        first = entry.pattern[0]
        if first is None:
            self.numbered.append(entry)
        else:
            self.by_first.setdefault(first, []).append(entry)
            self.by_first[first].sort(key=lambda e: -len(e.pattern))
        if entry.glued is not None:
            self.glued.append(entry)
        self.max_len = max(self.max_len, len(entry.pattern))

    def match(self, stems: list[str], i: int) -> tuple[int, list[str]] | None:
        """Longest entry matching at `stems[i]`: (tokens used, one text piece per token)."""
        s = stems[i]
        for entry in self.by_first.get(s, []) + self.numbered:
            n = len(entry.pattern)
            if i + n > len(stems):
                continue
            number = None
            for pat, tok in zip(entry.pattern, stems[i : i + n], strict=True):
                if pat is None:
                    if not _NUM_TOKEN.match(tok):
                        break
                    number = tok
                elif pat != tok:
                    break
            else:
                return n, [_fill(p, number) for p in entry.pieces]
        for entry in self.glued:
            m = entry.glued.match(s) if entry.glued else None
            if m:
                return 1, [_fill("".join(entry.pieces), m.group(1))]
        return None

    def trigger_stems(self, distinct: set[str]) -> set[str]:
        """The stems among `distinct` at which some entry may start."""
        found = {s for s in distinct if s in self.by_first}
        if self.numbered:
            found |= {s for s in distinct if _NUM_TOKEN.match(s)}
        for entry in self.glued:
            if entry.glued is not None:
                found |= {s for s in distinct if entry.glued.match(s)}
        return found

    def add_in_context(self, entry: ContextEntry) -> None:
        self.in_context.append(entry)
        first_two = (entry.pattern[0], entry.pattern[1])
        self.context_index.setdefault(first_two, []).append(entry)  # "(a) b", "a (b)" alike

    def apply_in_context(self, stems: list[str], out: list[str], keep: set[int]) -> set[int]:
        """Write the words of context entries into `out` wherever their whole pattern matches,
        except at the indices in `keep` (multi-token names and phrases); return the indices
        written. A longer pattern wins over a shorter one at a token both would write."""
        written: set[int] = set()
        if not self.in_context:
            return written
        # distinct adjacent pairs first (set operations run in C), then only their positions
        relevant = set(zip(stems, stems[1:], strict=False)) & self.context_index.keys()
        leads = {a for a, _ in relevant}
        matches: list[tuple[int, int, ContextEntry]] = []
        for i in [k for k, s in enumerate(stems[:-1]) if s in leads]:
            for entry in self.context_index.get((stems[i], stems[i + 1]), ()):
                n = len(entry.pattern)
                if n == 2 or tuple(stems[i : i + n]) == entry.pattern:
                    matches.append((-n, i, entry))
        for _, i, entry in sorted(matches, key=lambda m: (m[0], m[1])):
            for k, piece in zip(entry.fixed, entry.pieces, strict=True):
                if i + k not in keep and i + k not in written:
                    out[i + k] = piece
                    written.add(i + k)
        return written

    def __bool__(self) -> bool:
        return bool(self.entries or self.forms or self.in_context)


def _fill(piece: str, number: str | None) -> str:
    if number is None or NUMBER not in piece:
        return piece
    # XIII, 2F; a run of designators gets its slashes back: 4A/4B, 02/03
    return piece.replace(NUMBER, series_text(number) or number.upper())


def _pieces(text: str, pattern_len: int) -> tuple[str, ...]:
    """Split display text into one piece per preprocessed token, keeping separators."""
    parts = re.split(r"(\{n\})", text)
    words: list[str] = []
    for part in parts:
        if part == NUMBER:
            words.append(NUMBER)
        else:
            words.extend(re.findall(r"\S+\s*", part) if part.strip() else ([part] if part else []))
    pieces: list[str] = []
    for w in words:
        has_token = w == NUMBER or bool(preprocess_words(w))
        if has_token or not pieces:
            pieces.append(w)
        else:
            pieces[-1] += w  # stop words and bare punctuation ride on the previous piece
    pieces = [p.rstrip() for p in pieces]
    if len(pieces) != pattern_len:  # fall back: whole text on the first token
        return (text,) + ("",) * (pattern_len - 1)
    return tuple(pieces)


def name_entry(name: str) -> list[Entry]:
    """Entries for one proper name, spaced and (with `{n}`) glued."""
    spaced = preprocess_words(name.replace(NUMBER, f" {_PLACEHOLDER} "))
    pattern = tuple(None if t == _PLACEHOLDER else t for t in spaced)
    if not pattern:
        raise ValueError(f"name {name!r} is empty after preprocessing")
    pieces = _pieces(name.replace(NUMBER, f"{NUMBER}"), len(pattern))
    entries = [Entry(pattern, pieces)]
    if NUMBER in name:
        glued_words = normalise_words(name.replace(NUMBER, _PLACEHOLDER))
        glued = stem("".join(glued_words)) if glued_words else ""
        if _PLACEHOLDER in glued:
            before, _, after = glued.partition(_PLACEHOLDER)
            rx = re.compile(
                "^" + re.escape(before) + r"((?:\d+[a-z]{0,2})+|[ivxlc]+)" + re.escape(after) + "$"
            )
            entries.append(Entry((f"\x00{glued}",), (name,), rx))
    return entries


def word_entry(key: str, text: str) -> Entry:
    pattern = tuple(key.split())
    if not pattern:
        raise ValueError("empty key")
    return Entry(pattern, _pieces(text, len(pattern)))


_SURROGATE = re.compile(r"[\ud800-\udfff]")
_HUGE_NUMBER = re.compile(r"[-+]?[0-9_.]{1000,}")  # int() refuses 4,300+ digits; none is real


def _load_yaml(text: str, path: str) -> object:
    """The YAML data of a glossary file; every problem an EduError with line and column.

    Explicit tags are refused before anything is built (as in decks: `!!int ""` or
    `!!binary` would otherwise be constructed, or crash the constructor), and so is text
    holding a lone surrogate. libyaml reads it (~10x faster: a draft deck written beside a
    10 MB document is read here to tell it from a glossary); a file libyaml rejects is read
    again with PyYAML's own parser, whose messages say more and which words every error."""
    if _FAST_LINE_LOADER is not None:
        try:
            return _load_yaml_with(text, path, _FAST_LINE_LOADER)
        except (yaml.YAMLError, ValueError, OverflowError, RecursionError):
            pass  # (UnicodeEncodeError, a lone surrogate, is a ValueError)
    try:
        return _load_yaml_with(text, path, _LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        msg = getattr(exc, "problem", None) or str(exc)
        raise EduError(Problem(path, f"bad YAML: {msg}", mark.line + 1 if mark else None,
                               mark.column + 1 if mark else None)) from None
    except (ValueError, OverflowError, RecursionError) as exc:  # 5,000-digit integers, ...
        raise EduError(Problem(path, f"bad YAML value: {str(exc)[:120]}")) from None


def _load_yaml_with(text: str, path: str, loader: type) -> object:
    """The data, refusing tags, lone surrogates and huge numbers (EduError); the loader's
    own exceptions pass through."""
    for event in yaml.parse(text, Loader=loader):
        tag = getattr(event, "tag", None)
        if tag is not None:
            mark = event.start_mark
            shown = str(tag).replace("tag:yaml.org,2002:", "!!")
            raise EduError(Problem(path, f"tag {shown!r} is not supported; write the "
                                         "value without a tag",
                                   mark.line + 1 if mark else None,
                                   mark.column + 1 if mark else None))
        value = getattr(event, "value", None)
        if isinstance(value, str) and _SURROGATE.search(value):
            mark = event.start_mark
            raise EduError(Problem(path, "text holds a lone surrogate, which is not a "
                                         "character", mark.line + 1 if mark else None,
                                   mark.column + 1 if mark else None))
        plain = getattr(event, "style", None) in (None, "")  # libyaml: '' for plain
        if isinstance(value, str) and plain and _HUGE_NUMBER.fullmatch(value):
            mark = event.start_mark
            raise EduError(Problem(path, f"a number of {len(value):,} characters; write it "
                                         "as quoted text if it is a name",
                                   mark.line + 1 if mark else None,
                                   mark.column + 1 if mark else None))
    return yaml.load(text, Loader=loader)  # noqa: S506 - a SafeLoader subclass


def is_deck_data(data: object) -> bool:
    """A deck (`edu extract -o notes.yaml` beside `notes.txt`), not a glossary: it has the
    keys every deck has and no glossary has."""
    return isinstance(data, dict) and bool(DECK_KEYS & set(data))


def parse_glossary(text: str, path: str) -> Glossary:
    """Parse glossary YAML text; every problem becomes an EduError with line and column."""
    return _glossary_of(_load_yaml(text, path), path)


def _glossary_of(data: object, path: str) -> Glossary:
    if data is None:
        return Glossary()
    if not isinstance(data, dict):
        raise EduError(Problem(path, "expected a mapping at the top level", 1, 1))
    problems: list[Problem] = []
    glossary = Glossary()
    for key, value in data.items():
        if key not in META_KEYS:
            problems.append(Problem(path, f"unknown key {key!r} (expected one of "
                                    f"{', '.join(sorted(META_KEYS))})", *_pos(data, key)))
        elif key == "sections":
            if not isinstance(value, dict) or not all(
                isinstance(v, str) for v in value.values()
            ):
                problems.append(Problem(path, "'sections' must map section numbers to titles",
                                        *_pos(data, key)))
            else:
                glossary.section_titles = {str(k).strip(): v.strip() for k, v in value.items()}
        elif key != "glossary":
            glossary.meta[key] = value
    section = data.get("glossary") or {}
    if not isinstance(section, dict):
        problems.append(Problem(path, "'glossary' must be a mapping with names/words",
                                *_pos(data, "glossary")))
        section = {}
    for key in section:
        if key not in GLOSSARY_KEYS:
            problems.append(Problem(
                path, f"unknown glossary key {key!r} (expected names, words, forms)",
                *_pos(section, key)))
    names = section.get("names") or []
    if not isinstance(names, list):
        problems.append(Problem(path, "'names' must be a list", *_pos(section, "names")))
        names = []
    for idx, name in enumerate(names):
        where = _pos(names, idx) if isinstance(names, _LineList) else (None, None)
        if not isinstance(name, str) or not name.strip():
            problems.append(Problem(path, f"name must be non-empty text, got {name!r}", *where))
            continue
        try:
            for entry in name_entry(name.strip()):
                glossary.add(entry)
        except ValueError as exc:
            problems.append(Problem(path, str(exc), *where))
    words = section.get("words") or {}
    if not isinstance(words, dict):
        problems.append(Problem(path, "'words' must be a mapping stem: text",
                                *_pos(section, "words")))
        words = {}
    for key, value in words.items():
        if not isinstance(value, str | int | float) or not str(key).strip():
            problems.append(Problem(path, f"word {key!r} must map to text", *_pos(words, key)))
            continue
        try:
            in_context = context_entry(str(key), str(value))
        except ValueError as exc:
            problems.append(Problem(path, str(exc), *_pos(words, key)))
            continue
        if in_context is not None:
            glossary.add_in_context(in_context)
        else:
            glossary.add(word_entry(str(key), str(value)))
    forms = section.get("forms") or {}
    if not isinstance(forms, dict):
        problems.append(Problem(path, "'forms' must be a mapping stem: word",
                                *_pos(section, "forms")))
        forms = {}
    for key, value in forms.items():
        where = _pos(forms, key)
        word = str(value).strip().lower() if isinstance(value, str) else ""
        if not word.isalpha():
            problems.append(Problem(path, f"form {key!r} must map to one word", *where))
        elif stem(word) != str(key):
            problems.append(Problem(path, f"form {key!r}: {word!r} stems to {stem(word)!r}",
                                    *where))
        else:
            glossary.forms[str(key)] = word
    flush_stems()
    if problems:
        raise EduError(problems)
    return glossary


def load_glossary(path: str | Path) -> Glossary:
    return parse_glossary(read_text(path, allow_empty=True), str(path))


def glossary_path_for(doc_path: str | Path) -> Path:
    return Path(doc_path).with_suffix(".yaml")


def load_glossary_for(doc_path: str | Path) -> Glossary:
    """The glossary in `<doc>.yaml` beside the document, or an empty one when there is none
    or that file is a deck (a draft written as `edu extract notes.txt -o notes.yaml`)."""
    p = glossary_path_for(doc_path)
    if not p.is_file():
        return Glossary()
    data = _load_yaml(read_text(p, allow_empty=True), str(p))
    return Glossary() if is_deck_data(data) else _glossary_of(data, str(p))


def is_glossary_file(path: str | Path) -> bool:
    """True when `path` is a file that `load_glossary_for` would read as a glossary (so
    writing a draft deck over it would destroy the document's glossary)."""
    p = Path(path)
    if not p.is_file():
        return False
    try:
        data = _load_yaml(read_text(p, allow_empty=True), str(p))
    except EduError:
        return True  # unreadable: leave it alone rather than write over it
    return not is_deck_data(data)


# --- YAML with positions ---------------------------------------------------------------------


class _LineDict(dict):
    positions: dict[object, tuple[int, int]]


class _LineList(list):
    positions: dict[object, tuple[int, int]]


def _pos(container: object, key: object) -> tuple[int | None, int | None]:
    positions = getattr(container, "positions", {})
    return positions.get(key, (None, None))


class _Positions(yaml.constructor.SafeConstructor):
    """Constructors that remember where each mapping key and list item starts."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> _LineDict:
        mapping = _LineDict(super().construct_mapping(node, deep=True))
        mapping.positions = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                mapping.positions[key] = (key_node.start_mark.line + 1,
                                          key_node.start_mark.column + 1)
            except TypeError:
                pass
        return mapping

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> _LineList:
        seq = _LineList(super().construct_sequence(node, deep=True))
        seq.positions = {i: (n.start_mark.line + 1, n.start_mark.column + 1)
                         for i, n in enumerate(node.value)}
        return seq


def _keep_positions(loader: Any) -> None:
    """Build mappings and lists with _Positions' constructors (add_constructor's stub only
    admits PyYAML's own loaders)."""
    loader.add_constructor("tag:yaml.org,2002:map", loader.construct_mapping)
    loader.add_constructor("tag:yaml.org,2002:seq", loader.construct_sequence)


class _LineLoader(_Positions, yaml.SafeLoader):
    """SafeLoader that remembers where each mapping key and list item starts."""


_keep_positions(_LineLoader)
_FAST_LINE_LOADER: type | None = None
if hasattr(yaml, "CSafeLoader"):  # libyaml's parser, the same safe constructor
    class _FastLineLoader(_Positions, yaml.CSafeLoader):
        """_LineLoader on libyaml's parser."""

    _keep_positions(_FastLineLoader)
    _FAST_LINE_LOADER = _FastLineLoader

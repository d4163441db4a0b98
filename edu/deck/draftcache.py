"""Keep a document's draft facts, so a second `edu extract` of the same file extracts nothing.

Extracting 10 MB of preprocessed text takes ~7 s of CPU even with its Reading cached, and no
stage of it fits the 2 s of 5 MB/s (docs/BENCH.md); writing the draft's 20 MB takes a tenth
of a second. So the first run keeps the facts' YAML, as the draft deck writes them after its
`facts:` line, in the user cache folder (edu.fileio.cache_dir; `$EDU_CACHE_DIR` overrides it,
"off" turns every cache off; `edu extract --no-cache` neither reads nor keeps drafts), one
file per document and set of options, under a key hashing everything the facts are made
from:

- the key of the document's Reading (edu.text.reading.read_source): its text as written,
  whether it is Markdown, its glossary (`<doc>.yaml`), and restoration's code and data;
- the options that change the facts (`--kinds`, `--limit`, `--min-score`);
- the code and data of extraction and of the deck's YAML (edu/extract, edu/text, edu/deck,
  the data folder and the command), the versions of the libraries they call (spaCy and its
  English model, rapidfuzz, NLTK, PyYAML, pypdf), and which YAML dumper writes (libyaml's
  or PyYAML's own).

Nothing that follows from paths is kept: the deck's id (from the file's name), its `source:`
(relative to the output's folder) and a title that falls back on the file's name are made
afresh on every run around the kept facts (`edu.deck.model.document_deck`); the title the
document itself gives (its glossary's, its topics, its title line) is kept, being made from
the keyed inputs. So the output is the one a fresh extraction writes, byte for byte.

The file is sealed with the SHA-256 of its body and written atomically (edu.fileio.keep_sealed):
a file cut short, damaged or edited by hand is not used, and the next run extracts again and
replaces it. Standard input is not kept (no file to keep it for).

A document given where a deck is expected (`edu quiz notes.txt`, `edu anki notes.md`: its best
drafts, edu/commands/_document.py) keeps its drafts here too, under its own set of options
("unreviewed"), as the facts themselves (`BestDrafts`: one JSON row per fact, as the deck
cache keeps them), since those commands take the facts, not their YAML.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from edu import fileio
from edu.deck.deckcache import fact_of, fact_row
from edu.deck.model import Fact
from edu.fileio import cache_file_for, keep_sealed, read_sealed_bytes

FORMAT = 1  # bump when the kept layout changes
# folders of edu/ whose code shapes drafts, and single files beside them
_CODE = ("extract", "text", "deck")
_FILES = ("errors.py", "fileio.py", "gcpause.py", "commands/extract.py", "commands/_vocab.py",
          # alone.py orders a document's kept drafts
          "commands/_document.py", "items/alone.py")
# the head line (title and count) is looked for within this many bytes (a longer title's
# drafts are not kept)
_HEAD_MAX = 64 * 1024
# spaCy and its model read raw English's names; the model's version is its own
_LIBRARIES = ("spacy", "en_core_web_sm", "rapidfuzz", "nltk", "pyyaml", "pypdf")


@dataclass(frozen=True)
class KeptDrafts:
    """The drafts of one document under one set of options, as a draft deck writes them."""

    title: str | None  # the title the document gives (extract.draft_title); None: its name
    count: int  # how many facts
    # their YAML as dump_deck writes it after "facts:", in UTF-8 (empty without facts): bytes
    # to be written out again as they are
    facts: bytes | memoryview


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Hash of the code, data and library versions drafts are made by (fileio.code_digest)."""
    files = fileio.package_files(_FILES, _CODE)
    return fileio.code_digest("drafts", f"drafts {FORMAT}", files, _LIBRARIES)


def options_text(kinds: Sequence[str], limit: int | None, min_score: float | None) -> str:
    """The options that change the drafts, as one text (each set of them its own file)."""
    return json.dumps({"kinds": sorted(set(kinds)), "limit": limit, "min_score": min_score},
                      sort_keys=True)


def drafts_key(reading_key: str, options: str, dumper: type | None) -> str:
    """The key of a document's drafts: its Reading's key (`Source.key`), the options, the
    code that makes drafts and the YAML dumper that writes them (None: kept as facts)."""
    dumped = dumper.__name__ if dumper is not None else "facts"
    text = f"drafts {FORMAT}\0{reading_key}\0{options}\0{code_digest()}\0{dumped}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def drafts_file(path: str | Path, options: str) -> Path | None:
    """Where the drafts of the document at `path` under `options` are kept; None when the
    cache folder is off (then no key is worth computing)."""
    return cache_file_for(path, "drafts", options)


def kept_drafts(file: Path, key: str) -> KeptDrafts | None:
    """The drafts kept in `file` under `key`, or None: none kept, another key, or a file
    that is not whole (its seal) or not what `keep_drafts` writes."""
    body = read_sealed_bytes(file, key)
    if body is None:
        return None
    newline = bytes(body[:_HEAD_MAX]).find(b"\n")
    try:
        meta = json.loads(bytes(body[:newline])) if newline >= 0 else None
    except ValueError:
        return None
    if not isinstance(meta, dict):
        return None
    title, count, facts = meta.get("title"), meta.get("count"), body[newline + 1:]
    if not (title is None or isinstance(title, str)) or type(count) is not int or count < 0 \
            or (count == 0) != (len(facts) == 0) or not (count == 0 or facts[:2] == b"- "):
        return None
    return KeptDrafts(title, count, facts)


def keep_drafts(file: Path, key: str, drafts: KeptDrafts) -> None:
    """Keep the drafts in `file` under `key`; never fails the caller."""
    head = json.dumps({"title": drafts.title, "count": drafts.count}, ensure_ascii=False) + "\n"
    if len(head.encode("utf-8", "surrogatepass")) <= _HEAD_MAX:  # else never read back
        keep_sealed(file, key, [head, drafts.facts])


@dataclass(frozen=True)
class BestDrafts:
    """A document's best drafts as a command that takes a document for a deck keeps them."""

    title: str | None  # the title the document gives (extract.draft_title); None: its name
    found: int  # how many facts were drafted in all (the deck's description says it)
    facts: list[Fact]  # the best of them, best first


def kept_best(file: Path, key: str) -> BestDrafts | None:
    """The best drafts kept in `file` under `key` (`keep_best`), or None."""
    body = read_sealed_bytes(file, key)
    if body is None:
        return None
    try:
        head, rows = json.loads(bytes(body))
        title, found = head["title"], head["found"]
        if not (title is None or isinstance(title, str)) or type(found) is not int:
            return None
        return BestDrafts(title, found, [fact_of(row) for row in rows])
    except (KeyError, TypeError, ValueError):
        return None


def keep_best(file: Path, key: str, best: BestDrafts) -> None:
    """Keep a document's best drafts in `file` under `key`; never fails the caller."""
    try:
        text = json.dumps([{"title": best.title, "found": best.found},
                           [fact_row(f) for f in best.facts]], ensure_ascii=False,
                          separators=(",", ":"))
    except (TypeError, ValueError):
        return
    keep_sealed(file, key, text)

"""Keep a sound deck as loaded, so the next command on the unchanged deck skips YAML and proof.

`load_deck` on a 5,000-fact deck spends ~0.6 s composing YAML with marks, reading each fact
and looking for near-duplicates, while the facts it returns fit in a small JSON file read in
~0.04 s. A deck that loaded without a problem is kept in the user cache folder
($EDU_CACHE_DIR overrides it, "off" disables it) under a key hashing the deck file's text and
the code and data that read and prove decks (edu/deck, edu/text, the errors and file
helpers, the stop words, PyYAML's and rapidfuzz's versions), with the identity of its source
document (resolved path, size, modification time: what the proof record trusts too). Change
any of them and the deck is read and proved again. `edu check` never reads this cache.
Failing to read or write it only costs time.

Beside the facts, each fact's part of the file (edu.deck.deckparts) is kept by the digest
of its text, with the fact's near-duplicate keys: after an edit, `load_deck` takes the facts
whose text is unchanged from here and reads only the others (edu.deck.check). The file is
three lines (a header with the key, the facts, the parts), so a command on the unchanged
deck decodes no parts and an edited one decodes no facts it cannot use.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from edu import fileio
from edu.deck.model import Deck, Fact, FactKind, FactStatus
from edu.errors import EduError, Problem
from edu.fileio import atomic_write, cache_file_for
from edu.gcpause import no_cycle_collection
from edu.text.source import Span

if TYPE_CHECKING:  # edu.deck.proof is not imported to read a kept deck
    from edu.deck.proof import NearKeys

FORMAT = 2  # bump when the cached layout changes
_CODE = ("deck", "text")  # folders of edu/ whose code shapes a loaded deck
_DATA = ("stopwords_english.txt",)


def _code_files() -> list[Path]:
    return fileio.package_files(("errors.py", "fileio.py"), _CODE, _DATA)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Hash of the code, data and library versions a loaded deck depends on."""
    return fileio.code_digest("decks", f"deck cache {FORMAT}", _code_files(),
                              ("pyyaml", "rapidfuzz"))


def deck_key(text: str) -> str:
    """The key of a deck file's text under today's code."""
    h = hashlib.sha256(code_digest().encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _cache_file(path: str | Path) -> Path | None:
    return cache_file_for(path, "decks")


def keeps(path: str | Path) -> bool:
    """Whether a deck loaded from `path` is kept (the cache folder is not turned off)."""
    return _cache_file(path) is not None


def _source_identity(deck_path: str | Path, source: str) -> list[Any] | None:
    """[resolved path, mtime_ns, size] of the deck's source document, None if unreadable."""
    try:
        resolved = (Path(deck_path).parent / source).resolve()
        stat = resolved.stat()
    except (OSError, ValueError):
        return None
    return [str(resolved), stat.st_mtime_ns, stat.st_size]


def fact_row(f: Fact) -> list[Any]:
    """Every field of a fact as JSON values: the kept deck's row, and what the items cache
    hashes (edu.items.itemcache), so a field added to Fact must be added here."""
    return [f.id, str(f.kind), f.prompt, f.answer, f.source.start, f.source.end, f.category,
            f.section, f.aliases, f.unit, f.tolerance, f.tags, f.note, str(f.status),
            f.answer_stems, f.score, f.evidence]


_KINDS = {str(kind): kind for kind in FactKind}
_STATUSES = {str(status): status for status in FactStatus}


def fact_of(row: list[Any]) -> Fact:
    """The fact of a row, as Fact(...) makes it (kind and status as members), without the
    call: half the time of reading a large deck back."""
    (fact_id, kind, prompt, answer, start, end, category, section, aliases, unit, tolerance,
     tags, note, status, answer_stems, score, evidence) = row
    fact = Fact.__new__(Fact)
    fact.__dict__.update(
        id=fact_id, kind=_KINDS[kind], prompt=prompt, answer=answer, source=Span(start, end),
        category=category, section=section, aliases=list(aliases), unit=unit,
        tolerance=tolerance, tags=list(tags), note=note, status=_STATUSES[status],
        answer_stems=answer_stems, score=score, evidence=evidence)
    return fact


class FactPart(NamedTuple):
    """A fact's part of a deck read in parts: the digest of its text, the fact's
    near-duplicate keys and proof key (its own share of the whole-deck checks) and, when it
    was kept, its fact's and its own line as written (written again as they are). A named
    tuple: 5,000 are made at each edit of a large deck, in a fifth of a dataclass's time."""

    digest: str
    near: NearKeys
    proof_key: str
    lines: tuple[bytes, bytes] | None = None

    def line(self) -> bytes:
        return _compact([self.digest, *self.near, self.proof_key]).encode()


# json.dumps(value, ensure_ascii=False, separators=(",", ":")) without making an encoder
# for each of a deck's facts and parts (json.dumps makes one whenever an option is given)
_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _json_line(value: Any) -> bytes:
    return _compact(value).encode()


def keep(deck: Deck, path: str | Path, key: str, parts: list[FactPart] | None = None,
         left_out: list[Problem] | None = None) -> None:
    """Remember a deck that loaded without a problem from `path`, whose text has `key`, and
    the parts of its text (one per fact, in order) if it was read in parts; or, with
    `left_out`, the deck that is left when the drafts with these problems are left out
    (only `cached_spared` returns it: strict loading reads the file and fails again).

    One line for a header, then one per fact, then one per part: a kept part's lines are
    copied, so an edit encodes only what changed."""
    source = _source_identity(path, deck.source)
    file = _cache_file(path)
    if source is None or file is None:
        return
    if parts is not None and len(parts) != len(deck.facts):
        parts = None
    header = {"key": key, "code": code_digest(), "source": source, "facts": len(deck.facts),
              "parts": parts is not None,
              **({"left_out": [[p.path, p.message, p.line, p.col] for p in left_out]}
                 if left_out else {}),
              "deck": [deck.title, deck.id, deck.source, deck.description, deck.language,
                       deck.tags]}
    try:
        lines = [_json_line(header)]
        if parts is None:
            lines += [_json_line(fact_row(f)) for f in deck.facts]
        else:
            lines += [part.lines[0] if part.lines else _json_line(fact_row(f))
                      for f, part in zip(deck.facts, parts, strict=True)]
            lines += [part.lines[1] if part.lines else part.line() for part in parts]
        file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(file, b"\n".join(lines), durable=False)
    except (OSError, EduError, ValueError):  # ValueError: not encodable (a surrogate)
        pass


KeptLines = tuple[dict[str, Any], list[bytes]]


def kept_lines(path: str | Path) -> KeptLines | None:
    """The kept header (decoded) and the other lines for `path` (read once for `cached`
    and `kept_parts`)."""
    file = _cache_file(path)
    if file is None:
        return None
    try:
        header, *lines = file.read_bytes().split(b"\n")
        decoded = json.loads(header)
    except (OSError, ValueError):
        return None
    if not isinstance(decoded, dict) or not isinstance(decoded.get("facts"), int):
        return None
    return decoded, lines


def _decoded(lines: list[bytes]) -> list[Any]:
    return list(json.loads(b"[" + b",".join(lines) + b"]"))


def cached(path: str | Path, key: str, kept: KeptLines | None = None) -> Deck | None:
    """The deck kept for `path` under `key`, if its source document is unchanged (`kept`:
    its file's lines, when read already)."""
    with no_cycle_collection():  # ~60,000 objects for 5,000 facts, no cycles: ~20 % faster
        return _cached(path, key, kept if kept is not None else kept_lines(path))


def cached_spared(path: str | Path, key: str, kept: KeptLines | None,
                  ) -> tuple[Deck, list[Problem]] | None:
    """The deck kept for `path` under `key` with drafts left out, and their problems."""
    if kept is None or not kept[0].get("left_out"):
        return None
    try:
        problems = [Problem(str(where), str(message), line, col)
                    for where, message, line, col in kept[0]["left_out"]]
    except (TypeError, ValueError):
        return None
    with no_cycle_collection():
        deck = _cached(path, key, kept, spared=True)
    return (deck, problems) if deck is not None else None


def _cached(path: str | Path, key: str, kept: KeptLines | None,
            spared: bool = False) -> Deck | None:
    if kept is None or kept[0].get("key") != key or bool(kept[0].get("left_out")) != spared:
        return None
    header, lines = kept
    try:
        title, deck_id, source, description, language, tags = header["deck"]
        if header["source"] != _source_identity(path, source):
            return None
        rows = _decoded(lines[:header["facts"]])
        facts = [fact_of(row) for row in rows]  # KeyError: an unknown kind too
        return Deck(title=title, id=deck_id, source=source, facts=facts,
                    description=description, language=language, tags=list(tags),
                    path=str(path))
    except (KeyError, TypeError, ValueError):
        return None


def kept_parts(path: str | Path, kept: KeptLines | None = None,
               ) -> dict[str, tuple[list[Any], FactPart]]:
    """The parts kept with the last deck read in parts from `path` under today's code, by
    the digest of their text (edu.deck.deckparts.part_digest), each with its fact's row;
    {} if there are none (`kept`: the file's lines, when read already). A row is checked
    only when it is made a fact."""
    with no_cycle_collection():
        if kept is None:
            kept = kept_lines(path)
        if kept is None or kept[0].get("code") != code_digest() or kept[0].get("parts") is not True:
            return {}
        header, lines = kept
        count = header["facts"]
        fact_lines, part_lines = lines[:count], lines[count:2 * count]
        try:
            rows, parts = _decoded(fact_lines), _decoded(part_lines)
            return {digest: (row, FactPart(digest, (answer, keys), proof_key,
                                           (fact_line, part_line)))
                    for row, (digest, answer, keys, proof_key), fact_line, part_line
                    in zip(rows, parts, fact_lines, part_lines, strict=True)}
        except (TypeError, ValueError):
            return {}

"""Remember which facts were proved against an unchanged source document.

The span proof stems every answer, and the stemmer (nltk) costs ~0.3 s to import, more than
the whole of `load_deck`. A fact whose answer, unit, kind and span are unchanged, against a
source file of the same path, size and modification time, under the same proof rules, needs
no second proof. `edu check` always proves everything and refreshes the record; `load_deck`
trusts it. The record lives in the user cache folder ($EDU_CACHE_DIR overrides it; set it to
"off" to disable) and any failure to read or write it only costs speed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from edu.deck.model import Fact
from edu.errors import EduError
from edu.fileio import atomic_write, cache_dir

RULES_VERSION = 2  # bump whenever the proof rule in edu.deck.proof changes
MAX_KEYS = 20_000


def fact_key(fact: Fact) -> str:
    """Everything the proof of one fact depends on, besides the source document."""
    return json.dumps([fact.answer, fact.unit, fact.kind, fact.source.start, fact.source.end])


class ProofRecord:
    """The set of proved fact keys for one source document in its current state."""

    def __init__(self, source: Path) -> None:
        resolved = source.resolve()
        stat = resolved.stat()
        self.identity = [RULES_VERSION, str(resolved), stat.st_mtime_ns, stat.st_size]
        folder = cache_dir()
        digest = hashlib.sha1(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        self.file = folder / f"proofs-{digest}.json" if folder else None
        self.proved: set[str] = set()
        self._loaded: set[str] = set()

    def load(self) -> ProofRecord:
        if self.file is None:
            return self
        try:
            data = json.loads(self.file.read_text("utf-8"))
            if data.get("identity") == self.identity:
                self._loaded = {k for k in data.get("proved", []) if isinstance(k, str)}
                self.proved = set(self._loaded)
        except (OSError, ValueError, AttributeError):
            pass
        return self

    def save(self) -> None:
        """Write the record if it grew; never fails the caller."""
        if self.file is None or self.proved <= self._loaded:
            return
        if len(self.proved) > MAX_KEYS:  # old versions of edited facts pile up; start afresh
            self.proved -= self._loaded
        payload = json.dumps({"identity": self.identity, "proved": sorted(self.proved)})
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.file, payload, durable=False)  # a cache: no sync needed
            self._loaded = set(self.proved)
        except (OSError, EduError):
            pass

"""Porter stems of glossary words without importing NLTK on every start.

Importing nltk costs 0.3-1 s, which every `edu` start that loads a document with a glossary
would pay just to stem a hundred names. Stems come from a small JSON cache in the user's cache
directory, and only on a miss from NLTK (whose results are then added to the cache). The
cache file is keyed by the NLTK version; any problem with it just means stemming again.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from edu.fileio import cache_dir
from edu.text.preprocess import normalise_words, stem, stop_words

_new: dict[str, str] = {}


def _cache_path() -> Path | None:
    from importlib import metadata  # lazy: ~7 ms of imports, only when stems are read

    try:
        version = metadata.version("nltk")
    except metadata.PackageNotFoundError:  # no cache is fine
        return None
    folder = cache_dir()
    return folder / f"stems-nltk-{version}.json" if folder is not None else None


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    """word -> stem from the on-disk cache."""
    table: dict[str, str] = {}
    path = _cache_path()
    if path is not None and path.is_file():
        try:
            cached = json.loads(path.read_text("utf-8"))
            if isinstance(cached, dict):
                table.update({str(k): str(v) for k, v in cached.items()})
        except (OSError, ValueError):
            pass
    return table


def cached_stem(word: str) -> str:
    table = _known()
    got = table.get(word)
    if got is None:
        got = table[word] = _new[word] = stem(word)
    return got


def preprocess_words_cached(text: str) -> list[str]:
    """`edu.text.preprocess.preprocess_words` with cached stems."""
    stops = stop_words()
    return [cached_stem(w) for w in normalise_words(text) if w not in stops]


def flush() -> None:
    """Add the stems computed in this process to the cache file (best effort, atomic)."""
    if not _new:  # nothing stemmed: not even nltk's version asked for (importlib.metadata)
        return
    path = _cache_path()
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        old = json.loads(path.read_text("utf-8")) if path.is_file() else {}
        if not isinstance(old, dict):
            old = {}
        old.update(_new)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(old, sort_keys=True), "utf-8")
        os.replace(tmp, path)
        _new.clear()
    except (OSError, ValueError):
        pass

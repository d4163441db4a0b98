"""Build `edu/data/readings/`: the bundled deck's document read ahead, shipped as package data.

A user's first `edu quiz` would otherwise restore the bundled document's stems to words before
its first question (~0.25 s of CPU). edu.text.reading looks a shipped reading up by its
source's `content_key` (the text, the Markdown flag and the glossary) when its disk cache has
none. The reading is made here by the restorer itself (`reading_of`), never taken from a cache;
tests/test_shipped_reading.py fails when what is shipped no longer equals what the restorer
makes (run this script again after a change to restoration, the seed or its glossary).

Usage: python scripts/build_shipped_readings.py [--check]
(--check: write nothing; exit 1 when the folder differs from what would be written)
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edu.bundled import bundled_deck_path  # noqa: E402
from edu.deck.check import load_deck  # noqa: E402
from edu.text.reading import (  # noqa: E402
    SHIPPED_READINGS,
    payload_of,
    read_source,
    reading_of,
    shipped_file,
)
from edu.text.source import document_of  # noqa: E402


def shipped_sources() -> list[Path]:
    """The documents whose readings are shipped: the bundled deck's."""
    deck_path = bundled_deck_path()
    if deck_path is None:
        raise SystemExit("no bundled deck found")
    return [Path(load_deck(deck_path).source_path)]


def built() -> dict[str, bytes]:
    """File name -> bytes of every shipped reading, made by the restorer."""
    out = {}
    for path in shipped_sources():
        source = read_source(path)
        reading = reading_of(document_of(source.path, source.text), source.glossary,
                             source.written)
        text = json.dumps(payload_of(reading, source.content_key), ensure_ascii=False,
                          separators=(",", ":"))
        buffer = io.BytesIO()
        with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as fh:  # same bytes each build
            fh.write(text.encode("utf-8"))
        out[shipped_file(source).name] = buffer.getvalue()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    files = built()
    present = {p.name: p.read_bytes() for p in SHIPPED_READINGS.glob("*.json.gz")}
    if args.check:
        sys.exit(0 if present == files else 1)
    SHIPPED_READINGS.mkdir(parents=True, exist_ok=True)
    for name in set(present) - set(files):
        (SHIPPED_READINGS / name).unlink()
    for name, data in files.items():
        (SHIPPED_READINGS / name).write_bytes(data)
        print(f"{SHIPPED_READINGS / name}: {len(data)} bytes")


if __name__ == "__main__":
    main()

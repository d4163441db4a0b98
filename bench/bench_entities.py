"""Benchmark the named-entity step of ordinary-English extraction (edu/extract/entities.py).

Usage: python bench/bench_entities.py [--copies 20]
Times, in one process: loading the pipeline; extracting a raw document (tests/data/
extract_panama.raw.txt repeated --copies times) with entities (and count questions, whose
parser loads then) computed by the model, and again with both read from the cache; and, for
comparison, the same extraction with the entity step switched off (questions cached).
Prints seconds and the ratios between them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # edu beside bench

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["EDU_CACHE_DIR"] = str(Path(tmp) / "cache")
        import edu.extract as extract
        from edu.extract import entities
        from edu.text.reading import read_document

        raw = (ROOT / "tests" / "data" / "extract_panama.raw.txt").read_text("utf-8")
        doc = Path(tmp) / "doc.txt"
        doc.write_text("\n\n".join(f"Copy {k}.\n\n{raw}" for k in range(args.copies)), "utf-8")
        reading = read_document(doc)
        words = len(reading.text.split())

        t = time.perf_counter()
        entities.pipeline()
        load = time.perf_counter() - t

        def timed() -> float:
            entities.entities.cache_clear()
            t = time.perf_counter()
            extract.extract_candidates(reading)
            return time.perf_counter() - t

        cold = timed()  # the model reads the text
        warm = timed()  # entities from the disk cache
        real = extract.entity_anchors
        extract.entity_anchors = lambda doc: []  # type: ignore[assignment]
        try:
            timed()  # questions depend on the people the entities name: cache them for this
            without = timed()
        finally:
            extract.entity_anchors = real
        print(f"document: {words:,} words ({args.copies} copies of the Panama text)")
        print(f"pipeline load:                 {load:6.2f} s")
        print(f"extract, entities by the model: {cold:6.2f} s  ({cold / without:.1f}x without)")
        print(f"extract, entities from cache:   {warm:6.2f} s  ({warm / without:.1f}x without)")
        print(f"extract, no entity step:        {without:6.2f} s")
        print(f"model throughput: {words / max(cold - without, 1e-9):,.0f} words/s")


if __name__ == "__main__":
    main()

"""Benchmark `edu extract`: seed time, restore+extract throughput on a large synthetic corpus,
and recall against the hand-made reference keys.

Usage: python bench/bench_extract.py [--mb 50]
The corpus is the seed repeated (with a counter word between copies) up to --mb megabytes.
Prints seconds and MB/s (wall clock, and CPU time, which a busy shared machine disturbs
less); loading (tokenising, and with --with-sections section detection) is timed apart.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "china-space-2021.txt"
DATA = ROOT / "tests" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="size of the synthetic corpus")
    parser.add_argument("--with-sections", action="store_true",
                        help="read the corpus with reading_of (adds restoration and sections)")
    parser.add_argument("--misses", action="store_true",
                        help="list the curated deck's facts that the draft misses")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from bench.recall import load_reference, recall
    from edu.extract import extract_candidates
    from edu.text.glossary import load_glossary_for
    from edu.text.reading import Reading, read_document, reading_of
    from edu.text.source import Document, tokenize

    t1 = time.perf_counter()
    doc = reading_of(read_document(SEED).document, load_glossary_for(SEED))  # restored afresh
    t2 = time.perf_counter()
    facts = extract_candidates(doc)
    t3 = time.perf_counter()
    extract_candidates(doc)
    t4 = time.perf_counter()
    print(f"seed: imports {t1 - t0:.3f} s, read (restore) {t2 - t1:.3f} s, "
          f"extract first run {t3 - t2:.3f} s, warm {t4 - t3:.3f} s, "
          f"{len(facts)} candidates")
    for doc_path, key_path in [(SEED, DATA / "extract_reference_china.yaml"),
                               (DATA / "extract_panama.txt",
                                DATA / "extract_reference_panama.yaml")]:
        d = read_document(doc_path)
        key = load_reference(key_path, d)
        score, missed = recall(key, extract_candidates(d))
        print(f"recall {doc_path.name}: {score:.3f} of {len(key)} "
              f"(missed: {', '.join(m.answer for m in missed) or '-'})")

    deck = ROOT / "decks" / "china-space-2021.yaml"
    if deck.exists():
        from bench.recall import deck_key, deck_recall

        key = deck_key(deck)
        per_kind = deck_recall(key, facts)
        print("recall of the curated deck " + ", ".join(
            f"{kind} {got}/{total}" for kind, (got, total) in sorted(per_kind.items())))
        if args.misses:
            from bench.recall import found

            hit = {k.near for k in key if found(k, facts) is not None}  # near = fact id
            for k in key:
                if k.near not in hit:
                    hit.add(k.near)
                    print(f"  missed {k.kind}: {k.answer}")
    terms = [k for k, f in enumerate(facts) if f.category == "term"]
    print(f"category term: {len(terms)} of {len(facts)} candidates, "
          f"first at rank {min(terms, default=-1)}")

    seed_text = SEED.read_text("utf-8").strip()
    target = int(args.mb * 1_000_000)
    parts, size, k = [], 0, 0
    while size < target:
        part = f"{seed_text} copi{k} "
        parts.append(part)
        size += len(part)
        k += 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.txt"
        path.write_text("".join(parts), "utf-8")
        del parts
        mb = path.stat().st_size / 1_000_000
        t5 = time.perf_counter()
        text = path.read_text("utf-8")
        if args.with_sections:
            big = reading_of(Document(str(path), text, tokenize(text)))
        else:  # tokens only: restoration and sections are edu.text.reading's, timed apart
            big = Reading(Document(str(path), text, tokenize(text)), tuple(text.split()))
        t6 = time.perf_counter()
        c6 = time.process_time()
        big_facts = extract_candidates(big)
        t7 = time.perf_counter()
        c7 = time.process_time()
    print(f"corpus: {mb:.1f} MB ({k} copies, {len(big.tokens):,} tokens): load {t6 - t5:.2f} s; "
          f"extract {t7 - t6:.2f} s wall = {mb / (t7 - t6):.1f} MB/s, "
          f"{c7 - c6:.2f} s CPU = {mb / (c7 - c6):.1f} MB/s; {len(big_facts)} candidates")


if __name__ == "__main__":
    main()

"""Benchmark and accuracy report for stem restoration.

Prints: seed load + restore time (beyond interpreter start-up), restore throughput in MB/s on a
~50 MB synthetic corpus (the seed repeated), the seed's accuracy against its hand-built
reference (with and without its companion), and accuracy on the tuned English prose in
tests/data and on the held-out documents in tests/data/fresh (these through `edu restore
--format json`), each beside the most-frequent-word baseline and the oracle ceiling.

Usage: python bench/bench_restore.py [--mb 50]
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


def bench_seed() -> dict[str, float]:
    """The seed's reading cold (restored) and warm (from the disk cache, as every command after
    the first gets it), side by side in one process: imports, word map, both reads."""
    t0 = time.perf_counter()
    from edu.text.reading import _memo, forget_cached, read_document
    from edu.text.wordmap import load_wordmap

    t1 = time.perf_counter()
    load_wordmap()
    t2 = time.perf_counter()
    forget_cached(SEED)
    read_document(SEED)
    t3 = time.perf_counter()
    _memo.clear()  # a new process: only the disk cache is left
    read_document(SEED)
    t4 = time.perf_counter()
    return {"imports_s": t1 - t0, "wordmap_s": t2 - t1, "cold_read_s": t3 - t2,
            "cached_read_s": t4 - t3, "cold_over_cached": (t3 - t2) / (t4 - t3),
            "total_s": t4 - t0}


def bench_throughput(megabytes: float) -> dict[str, float]:
    """Restore a large synthetic document (seed repeated) and report MB/s."""
    from edu.text.glossary import load_glossary_for
    from edu.text.restore import restore_stems

    text = SEED.read_text("utf-8").strip()
    reps = max(1, int(megabytes * 1e6 / (len(text) + 1)))
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        big.write_text(" ".join([text] * reps) + "\n", "utf-8")
        size = big.stat().st_size
        glossary = load_glossary_for(SEED)
        t0, c0 = time.perf_counter(), time.process_time()
        stems = big.read_text("utf-8").split()
        words = restore_stems(stems, glossary)
        t1, c1 = time.perf_counter(), time.process_time()
    assert len(words) == len(stems)
    # CPU time too: on a shared machine the wall clock also counts other people's work
    return {"mb": size / 1e6, "tokens": len(stems), "seconds": t1 - t0,
            "mb_per_s": size / 1e6 / (t1 - t0), "cpu_mb_per_s": size / 1e6 / (c1 - c0)}


def seed_report() -> dict[str, float]:
    """The seed against its hand-built reference (bench/seed_reference.tsv): with and without
    its companion, the most-frequent-word baseline and the oracle ceiling."""
    from bench.restore_eval import baseline_words, load_reference, measure_words, oracle_words
    from edu.text.glossary import Glossary, load_glossary_for
    from edu.text.reading import reading_of
    from edu.text.source import document_of

    reference = load_reference()
    doc = document_of(SEED, SEED.read_text("utf-8"))
    stems = [t.stem for t in doc.tokens]
    with_companion = list(reading_of(doc, load_glossary_for(SEED)).words)
    without = list(reading_of(doc, Glossary()).words)
    originals = [w for _, w in reference]
    return {
        "tokens": len(reference),
        "with companion": measure_words(with_companion, reference).ratio,
        "without companion": measure_words(without, reference).ratio,
        "most-frequent word": measure_words(baseline_words(stems), reference).ratio,
        "oracle (no companion)": measure_words(
            oracle_words(stems, without, originals), reference).ratio,
    }


def prose_report(paths: list[Path]) -> list[tuple[str, int, float, float, float]]:
    """(file, tokens, accuracy, most-frequent-word baseline, oracle) per raw English file."""
    from bench.restore_eval import (
        baseline_words,
        measure,
        measure_words,
        oracle_words,
        originals_of,
    )
    from edu.text.preprocess import stem
    from edu.text.restore import restore_stems

    rows = []
    for path in paths:
        raw = path.read_text("utf-8")
        originals = originals_of(raw)
        stems = [stem(w.replace("'", "")) for w in originals]
        reference = list(zip(stems, originals, strict=True))
        restored = restore_stems(stems)
        rows.append((path.name, len(originals), measure(raw).ratio,
                     measure_words(baseline_words(stems), reference).ratio,
                     measure_words(oracle_words(stems, restored, originals), reference).ratio))
    return rows


def fresh_report() -> list[tuple[str, int, float, float, float]]:
    """The held-out documents as `edu restore FILE --format json` prints them (a subprocess,
    the preprocessed .txt beside each raw file), against the raw file's own words."""
    import json
    import subprocess

    from bench.restore_eval import (
        baseline_words,
        fresh_texts,
        measure_words,
        oracle_words,
        originals_of,
    )

    rows = []
    for raw, txt in fresh_texts():
        out = subprocess.run([sys.executable, "-m", "edu", "restore", str(txt), "--format",
                              "json"], capture_output=True, text=True, check=True, cwd=ROOT)
        tokens = json.loads(out.stdout)
        stems = [r["stem"] for r in tokens]
        words = [r["word"] for r in tokens]
        reference = list(zip(stems, originals_of(raw.read_text("utf-8")), strict=True))
        originals = [w for _, w in reference]
        rows.append((raw.name, len(words), measure_words(words, reference).ratio,
                     measure_words(baseline_words(stems), reference).ratio,
                     measure_words(oracle_words(stems, words, originals), reference).ratio))
    return rows


def _print_rows(label: str, rows: list[tuple[str, int, float, float, float]]) -> None:
    for name, n, ratio, base, oracle in rows:
        print(f"accuracy {name} ({label}): {ratio:.3f} of {n} tokens "
              f"(most-frequent word {base:.3f}, oracle {oracle:.3f})")
    total = sum(r[1] for r in rows)
    mean = [sum(r[1] * r[k] for r in rows) / total for k in (2, 3, 4)]
    print(f"accuracy {label}: {mean[0]:.3f} of {total} tokens "
          f"(most-frequent word {mean[1]:.3f}, oracle {mean[2]:.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="synthetic corpus size in MB")
    args = parser.parse_args()
    seed = bench_seed()
    print("seed (cold): " + ", ".join(f"{k} {v:.3f}" for k, v in seed.items()))
    big = bench_throughput(args.mb)
    print(f"throughput: {big['mb']:.1f} MB, {big['tokens']} tokens in {big['seconds']:.2f} s "
          f"= {big['mb_per_s']:.1f} MB/s ({big['cpu_mb_per_s']:.1f} MB/s of CPU time)")
    from bench.restore_eval import tuned_texts

    print("seed against bench/seed_reference.tsv: " + ", ".join(
        f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
        for k, v in seed_report().items()))
    _print_rows("tuned", prose_report(tuned_texts()))
    _print_rows("held out", fresh_report())


if __name__ == "__main__":
    main()

"""Benchmark and accuracy report for stem restoration.

Prints: seed load + restore time (beyond interpreter start-up), restore throughput in MB/s on a
~50 MB synthetic corpus (the seed repeated), and restoration accuracy on the English prose in
tests/data (preprocessed with the project's recipe, compared word by word).

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


def accuracy_report() -> list[tuple[str, int, float]]:
    from bench.restore_eval import measure

    rows = []
    for path in sorted((ROOT / "tests" / "data").glob("prose_*.txt")):
        acc = measure(path.read_text("utf-8"))
        rows.append((path.name, acc.total, acc.ratio))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="synthetic corpus size in MB")
    args = parser.parse_args()
    seed = bench_seed()
    print("seed (cold): " + ", ".join(f"{k} {v:.3f}" for k, v in seed.items()))
    big = bench_throughput(args.mb)
    print(f"throughput: {big['mb']:.1f} MB, {big['tokens']} tokens in {big['seconds']:.2f} s "
          f"= {big['mb_per_s']:.1f} MB/s ({big['cpu_mb_per_s']:.1f} MB/s of CPU time)")
    from bench.restore_eval import is_held_out

    rows = accuracy_report()
    for name, n, ratio in rows:
        part = "held out" if is_held_out(name) else "tuned"
        print(f"accuracy {name} ({part}): {ratio:.3f} of {n} tokens")
    for label, keep in (("tuned", False), ("held out", True), ("overall", None)):
        part = [(n, r) for name, n, r in rows if keep is None or is_held_out(name) == keep]
        total = sum(n for n, _ in part)
        print(f"accuracy {label}: {sum(n * r for n, r in part) / total:.3f} of {total} tokens")


if __name__ == "__main__":
    main()

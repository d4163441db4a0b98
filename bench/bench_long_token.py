"""Benchmark: memory and time of compound splitting on one long unbroken token.

`split_compound` keeps one cost and one back-pointer per position; the old version kept a
copy of the pieces so far at every position (memory quadratic in the token: 100 kB of one
word needed over 3.8 GB). Both run here in the same process on the same tokens: peak traced
memory per character and seconds, and the ratio old/new. The old dynamic programme is copied
below (its first pass, which is where the copies were made) as the comparison.
"""

from __future__ import annotations

import sys
import time
import tracemalloc

from edu.text.compounds import _MAX_PIECE, _PIECE_COST, _lexicons, _prefixes, split_compound


def old_leading_words(token: str) -> int:
    """The old first pass: best[j] = (cost, [*pieces_i, piece]) copies a list per position."""
    words, _ = _lexicons()
    prefixes = _prefixes()
    n = len(token)
    best: list[tuple[float, list[str]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(n):
        entry = best[i]
        if entry is None:
            continue
        cost_i, pieces_i = entry
        for j in range(i + 2, min(n, i + _MAX_PIECE) + 1):
            z = words.get(token[i:j]) or (prefixes.get(token[i:j]) if i == 0 else None)
            if z is None:
                continue
            cost = cost_i + _PIECE_COST + (8.0 - z)
            current = best[j]
            if current is None or cost < current[0]:
                best[j] = (cost, [*pieces_i, token[i:j]])
    return sum(1 for b in best if b is not None)


def measure(fn, token: str) -> tuple[float, float]:
    split_compound.cache_clear()
    tracemalloc.start()
    start = time.perf_counter()
    fn(token)
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / len(token), seconds


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [2_000, 8_000, 32_000]
    split_compound("remotesens")  # load the lexicons outside the measurements
    print("chars   new_B/char  new_s   old_B/char  old_s   old/new memory")
    for n in sizes:
        token = ("highspeedremotedeepspace" * (n // 24 + 1))[:n]  # every piece a word
        new_mem, new_s = measure(split_compound, token)
        old_mem, old_s = measure(old_leading_words, token)
        print(f"{n:6d}  {new_mem:10.1f}  {new_s:5.2f}  {old_mem:10.1f}  {old_s:5.2f}  "
              f"{old_mem / new_mem:14.1f}")


if __name__ == "__main__":
    main()

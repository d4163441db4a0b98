"""Grading speed: microseconds per answer over every item of the bundled deck.

Each item is graded with its right answer, a typo'd answer, a wrong answer and an unseen
response (so memoised normal forms miss). Target: well under 1 ms per answer.

    python bench/bench_grading.py [DECK]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from edu.deck.check import load_deck
from edu.grading.grade import grade, key_of, tokens_of
from edu.items.generate import generate_items

ROOT = Path(__file__).resolve().parent.parent


def responses_for(item, rng: random.Random, serial: int) -> list:
    """Right, typo'd, wrong and never-seen responses for one item."""
    if item.kind == "matching":
        rights = [r for _, r in item.pairs]
        return [rights, list(reversed(rights))]
    if item.kind == "ordering":
        return [item.sequence, item.options]
    if item.kind == "multiple_choice":
        return [item.answer, "B", "3", item.options[0]]
    if item.kind == "true_false":
        return ["true", "f", "yes"]
    answer = item.answer
    typo = answer[:-2] + answer[-1] + answer[-2] if len(answer) > 3 else answer + "x"
    return [answer, typo, "something else", f"{answer} {serial} {rng.random():.6f}"]


def main() -> int:
    deck = load_deck(sys.argv[1] if len(sys.argv) > 1 else ROOT / "decks/china-space-2021.yaml")
    t0 = time.perf_counter()
    items = generate_items(deck)
    gen_ms = (time.perf_counter() - t0) * 1000
    rng = random.Random(0)
    cases = [(item, r) for n, item in enumerate(items) for r in responses_for(item, rng, n)]
    # cold: empty memo caches, every response seen for the first time
    tokens_of.cache_clear()
    key_of.cache_clear()
    t0 = time.perf_counter()
    for item, response in cases:
        grade(item, response)
    cold = (time.perf_counter() - t0) / len(cases) * 1e6
    rounds = 20
    t0 = time.perf_counter()
    for _ in range(rounds):
        for item, response in cases:
            grade(item, response)
    warm = (time.perf_counter() - t0) / (len(cases) * rounds) * 1e6
    singles = []  # best of 3 per answer: the machine is shared, single timings are noisy
    for item, response in cases:
        best = float("inf")
        for _ in range(3):
            tokens_of.cache_clear()
            key_of.cache_clear()
            t0 = time.perf_counter()
            grade(item, response)
            best = min(best, time.perf_counter() - t0)
        singles.append(best * 1e6)
    singles.sort()
    p50, p99 = singles[len(singles) // 2], singles[int(len(singles) * 0.99)]
    print(f"items generated: {len(items)} from {len(deck.facts)} facts in {gen_ms:.0f} ms")
    print(f"answers graded: {len(cases)}")
    print(f"cold (first sight): {cold:.1f} µs/answer")
    print(f"warm (repeated):    {warm:.1f} µs/answer")
    print(f"single answer, caches cleared: p50 {p50:.1f} µs, p99 {p99:.1f} µs, "
          f"max {singles[-1]:.1f} µs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Fit the raw-English ranking weights to the teachers' keys, and cross-validate the fit.

Each setting of the named weights below (edu/extract/candidates.py) is scored by the key facts
of every raw-English file of `bench/recall_topk.py` found among its top K drafts (ties: a soft
rank score, then the smaller change from the weights in force). Settings are drawn at random
over a grid of 0.25 steps, half of them near the weights in force. Reported: the best setting on
all groups, and leave one group out (the setting best on the other groups, measured on the
group left out), which says what the fit is worth on documents it never saw.

Usage: python bench/fit_raw_weights.py [--samples 40] [--seed 0]
Issue 15's tenth round ran 268 settings of a wider space (docs/EXTRACT.md). Only raw-English
weights are searched, so preprocessed drafts never move.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

from bench import recall_topk as rt  # noqa: E402
from bench.recall import KeyFact, found  # noqa: E402
from edu.extract import candidates, extract_candidates  # noqa: E402
from edu.text.reading import Reading, read_document  # noqa: E402

# name -> (lowest, highest): the raw-English weights searched
SPACE = {"DIRECT_QUESTION": (0.0, 3.0), "PARTIAL_SENTENCE": (0.0, 3.0),
         "ENTITY_PLACE": (0.0, 2.0), "ENTITY_UNREAD": (0.0, 2.0)}
STEP = 0.25
GROUPS = [("was held", rt.HELD_OUT), ("fresh", rt.FRESH + rt.FRESH_5 + rt.TOPIC_TWIN),
          ("blind, tuned", rt.BLIND_TUNED), ("blind->tuned", rt.BLIND), ("blind 5", rt.BLIND_5),
          ("blind 6", rt.BLIND_6), ("blind 7", rt.BLIND_7), ("blind 8", rt.BLIND_8),
          ("blind 9", rt.BLIND_9),
          ("tuning 9", rt.TUNING_9 + rt.TUNING_9B + rt.TUNING_9W + rt.TUNING_9C)]

Result = list[tuple[int, int, float]]  # per file: (key facts in the top K, key facts, soft)


def evaluate(weights: dict[str, float],
             docs: list[tuple[str, Reading, list[KeyFact], int]]) -> Result:
    for name, value in weights.items():
        setattr(candidates, name, value)
    out = []
    for _, reading, key, k in docs:
        facts = extract_candidates(reading)
        rank = {f.id: r for r, f in enumerate(facts)}
        hits, soft = 0, 0.0
        for fact in key:
            draft = found(fact, facts)
            if draft is not None:
                hits += rank[draft.id] < k
                soft += min(1.0, k / (rank[draft.id] + 1))
        out.append((hits, len(key), soft))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    docs = []
    for label, files in GROUPS:
        for doc, key_path in files:
            reading = read_document(doc)
            key = rt.key_facts(key_path, reading.text, stemmed=False)
            docs.append((label, reading, key, max(3 * len(key), len(reading.tokens) // 10)))
    base = {name: float(getattr(candidates, name)) for name in SPACE}
    rnd = random.Random(args.seed)
    tried = [(base, evaluate(base, docs))]
    for n in range(args.samples):
        setting = {}
        for name, (lo, hi) in SPACE.items():
            if n % 2:
                value = base[name] + STEP * rnd.choice([0, 0, 0, -4, -3, -2, -1, 1, 2, 3, 4])
            else:
                value = lo + STEP * rnd.randint(0, round((hi - lo) / STEP))
            setting[name] = min(hi, max(lo, value))
        tried.append((setting, evaluate(setting, docs)))
    for name, value in base.items():
        setattr(candidates, name, value)
    groups = [label for label, _, _, _ in docs]

    def total(result: Result, keep: Callable[[str], bool]) -> tuple[int, int, float]:
        rows = [r for r, g in zip(result, groups, strict=True) if keep(g)]
        return sum(r[0] for r in rows), sum(r[1] for r in rows), sum(r[2] for r in rows)

    def best(keep: Callable[[str], bool]) -> tuple[dict[str, float], Result]:
        def merit(entry: tuple[dict[str, float], Result]) -> tuple[int, float, float]:
            hits, _, soft = total(entry[1], keep)
            return hits, round(soft, 1), -sum(abs(entry[0][k] - base[k]) for k in base)
        return max(tried, key=merit)

    chosen, result = best(lambda g: True)
    print(f"in force: {base} -> {total(tried[0][1], lambda g: True)[:2]}")
    print(f"best on all groups: {chosen} -> {total(result, lambda g: True)[:2]}")
    got = had = n_all = 0
    for label in dict.fromkeys(groups):
        setting, result = best(lambda g, left=label: g != left)  # type: ignore[misc]
        hits, n, _ = total(result, lambda g, left=label: g == left)  # type: ignore[misc]
        old, _, _ = total(tried[0][1], lambda g, left=label: g == left)  # type: ignore[misc]
        got, had, n_all = got + hits, had + old, n_all + n
        print(f"left out {label:14} in force {old}/{n}  fitted without it {hits}/{n}  {setting}")
    print(f"each group left out: in force {had}/{n_all}, fitted without it {got}/{n_all}")


if __name__ == "__main__":
    main()

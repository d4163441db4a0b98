"""Benchmark: near-duplicate facts found by grouping vs comparing every pair in one answer group.

Synthetic decks of N facts that all share one answer (the worst case: the old check compared
every pair of such facts, 23 s at 4,000). Each size is timed with `near_duplicates` and with
the pairwise reference below, in the same process, and the ratio printed; then both are run
on real decks (the bundled deck, drafts extracted from test documents) and the flagged facts
compared, to show grouping finds the same near-duplicates there.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, utils

from edu.deck.check import parse_deck
from edu.deck.model import Fact
from edu.deck.proof import NEAR_DUPLICATE_SIMILARITY, near_duplicates
from edu.deck.yamlnodes import FactMarks
from edu.text.preprocess import normalise_words, stop_words
from edu.text.source import Span

ROOT = Path(__file__).resolve().parent.parent


def pairwise(facts: list[Fact]) -> set[int]:
    """The old check: every pair of facts with one answer; the indices of the later fact."""
    stops = stop_words()
    groups: dict[str, list[int]] = {}
    for i, fact in enumerate(facts):
        key = "".join(w for w in normalise_words(fact.answer) if w not in stops)
        if key:
            groups.setdefault(key, []).append(i)
    flagged = set()
    for members in groups.values():
        for pos, later in enumerate(members):
            for earlier in members[:pos]:
                score = fuzz.token_set_ratio(facts[earlier].prompt, facts[later].prompt,
                                             processor=utils.default_process)
                if score >= NEAR_DUPLICATE_SIMILARITY:
                    flagged.add(later)
                    break
    return flagged


def grouped(facts: list[Fact], marks: list[FactMarks]) -> set[int]:
    ids = {f.id: i for i, f in enumerate(facts)}
    return {ids[p.message.split("'")[1]] for p in near_duplicates("deck", facts, marks)}


WORDS = ("launch orbit module rover probe station rocket satellite lander crew capsule "
         "mission engine booster payload antenna").split()


def synthetic(n: int) -> tuple[list[Fact], list[FactMarks]]:
    facts = []
    for i in range(n):
        a, b, c = WORDS[i % 16], WORDS[(i // 16) % 16], WORDS[(i // 256) % 16]
        facts.append(Fact(id=f"f{i}", kind="number", answer="207", source=Span(0, 5),
                          prompt=f"How many {a} {b} {c} tests ran in phase {i}?"))
    import yaml
    return facts, [FactMarks(yaml.ScalarNode("tag:yaml.org,2002:str", "x")) for _ in facts]


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [500, 1000, 2000, 4000]
    print("facts  grouped_s  pairwise_s  pairwise/grouped  grouped_flags  pairwise_flags")
    for n in sizes:
        facts, marks = synthetic(n)
        t = time.perf_counter()
        new = grouped(facts, marks)
        t_new = time.perf_counter() - t
        t = time.perf_counter()
        old = pairwise(facts)
        t_old = time.perf_counter() - t
        print(f"{n:5d}  {t_new:9.3f}  {t_old:10.3f}  {t_old / t_new:16.1f}  {len(new):13d}  "
              f"{len(old):14d}")
    os.environ.setdefault("EDU_CACHE_DIR", "off")
    decks = [ROOT / "decks" / "china-space-2021.yaml", *sorted(Path(a) for a in
                                                             os.environ.get("DECKS", "").split()
                                                             if a)]
    for path in decks:
        report = parse_deck(path)
        if report.deck is None:
            continue
        facts = report.deck.facts
        new, old = grouped(facts, report.marks), pairwise(facts)
        print(f"{path.name}: {len(facts)} facts, grouped flags {len(new)}, pairwise flags "
              f"{len(old)}, both {len(new & old)}")
    print("reworded twins of the bundled deck's facts:")
    variants(decks[0])


VARIANTS = {
    "stop words added": lambda p: p.rstrip("?") + " in all?",
    "word order": lambda p: " ".join(reversed(p.split())),
    "one typo": lambda p: _typo(p, 1),
    "two typos": lambda p: _typo(p, 2),
    "one word added": lambda p: p.rstrip("?") + " overall?",
}


def _typo(prompt: str, count: int) -> str:
    words = prompt.split()
    long = [i for i, w in enumerate(words) if len(w) > 4][:count]
    for i in long:
        w = words[i]
        words[i] = w[:2] + w[3] + w[2] + w[4:]
    return " ".join(words)


def variants(path: Path) -> None:
    """Each fact of a real deck followed by a reworded twin: how many twins each finds."""
    import dataclasses

    report = parse_deck(path)
    assert report.deck is not None
    for name, change in VARIANTS.items():
        facts, marks = [], []
        for fact, mark in zip(report.deck.facts, report.marks, strict=True):
            twin = dataclasses.replace(fact, id=fact.id + "-twin", prompt=change(fact.prompt))
            facts += [fact, twin]
            marks += [mark, mark]
        new, old = grouped(facts, marks), pairwise(facts)
        print(f"  {name:16s} twins {len(facts) // 2}: grouped finds {len(new)}, pairwise "
              f"{len(old)}, both {len(new & old)}")


if __name__ == "__main__":
    main()

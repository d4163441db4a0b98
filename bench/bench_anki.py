"""Benchmark: Anki export of a synthetic 1,000-fact deck (target: under 2 s).

Builds the deck and four items per fact in memory (so only the export is timed), then times
building the genanki package and serialising it to .apkg bytes. Prints the numbers.
"""

from __future__ import annotations

import time

from edu.anki.export import build_package, package_bytes
from edu.deck.model import Deck, Fact
from edu.items.model import Item
from edu.text.source import Span

FACTS = 1000


def synthetic(n: int = FACTS) -> tuple[Deck, list[Item]]:
    facts, items = [], []
    for i in range(n):
        section = f"S.{i % 12} Section number {i % 12}"
        facts.append(Fact(id=f"fact-{i}", kind="number", prompt=f"How many widgets in {i}?",
                          answer=str(i * 7), source=Span(i, i + 5), section=section))
        common = dict(fact_id=f"fact-{i}", section=section, category=f"cat {i % 9}",
                      evidence=f"In year {i} there were {i * 7} widgets & gadgets.")
        items += [
            Item(id=f"fact-{i}:short_answer", kind="short_answer",
                 prompt=f"How many widgets in {i}?", answer=str(i * 7), **common),
            Item(id=f"fact-{i}:multiple_choice", kind="multiple_choice",
                 prompt=f"How many widgets in {i}?", answer=str(i * 7),
                 options=[str(i * 7 + d) for d in (0, 1, 2, 3)], **common),
            Item(id=f"fact-{i}:cloze", kind="cloze",
                 prompt=f"In year {i} there were _____ widgets.", answer=str(i * 7), **common),
            Item(id=f"fact-{i}:true_false", kind="true_false", prompt="",
                 statement=f"There were {i * 7 + 1} widgets in {i}.", answer="false",
                 true_statement=f"There were {i * 7} widgets in {i}.", **common),
        ]
    deck = Deck(title="Synthetic benchmark deck", id="bench", source="bench.txt", facts=facts)
    return deck, items


def main() -> None:
    deck, items = synthetic()
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        package, report = build_package(deck, items)
        data = package_bytes(package, 1_700_000_000)
        best = min(best, time.perf_counter() - start)
    print(f"anki export: {FACTS} facts, {report.notes} notes, {report.cards} cards, "
          f"{report.subdecks} subdecks, {len(data) / 1024:.0f} KiB .apkg, "
          f"best of 3: {best:.3f} s (target < 2 s)")


if __name__ == "__main__":
    main()

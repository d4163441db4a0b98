"""Benchmark: PDF worksheet pages and render time, the planned layout against plain greedy
pagination of the same measured questions, in the same process.

For each deck, question count (10-40) and seed (0-2) it plans the pages twice: greedy (a
question starts a new page only when it does not fit) and `_even_out` (no lonely question on a
page when the page before can give it company). It reports pages and lonely pages of each, and
the time of rendering the whole PDF (which includes the planning) against the time of the
measuring alone, as a ratio.

Decks: the bundled deck (tuned on: the layout's spacing was chosen looking at it) and draft
decks extracted from tests/data/unseen_polar.txt and unseen_rail.txt (held out: never looked
at while choosing the layout). Run: python bench/bench_handout.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from edu.deck.check import load_deck
from edu.deck.model import Deck, dump_deck
from edu.extract import draft_deck, extract_candidates
from edu.handout import pdf
from edu.handout.layout import Handout, build_handout
from edu.items.generate import generate_items
from edu.items.model import Item
from edu.text.reading import read_document

ROOT = Path(__file__).resolve().parent.parent
COUNTS = (10, 15, 20, 25, 30, 40)
SEEDS = (0, 1, 2)


def decks(folder: Path) -> list[tuple[str, Deck, list[Item]]]:
    bundled = load_deck(ROOT / "decks" / "china-space-2021.yaml")
    out = [("bundled (tuned on)", bundled, generate_items(bundled, seed=0))]
    for name in ("unseen_polar", "unseen_rail"):
        doc = folder / f"{name}.txt"
        doc.write_bytes((ROOT / "tests" / "data" / f"{name}.txt").read_bytes())
        reading = read_document(doc)
        target = folder / f"{name}.yaml"
        deck = draft_deck(doc, extract_candidates(reading), target, reading.glossary)
        target.write_text(dump_deck(deck), encoding="utf-8")
        loaded = load_deck(target)
        out.append((f"{name} (held out)", loaded,
                    generate_items(loaded, seed=0, include_drafts=True)))
    return out


def plans(handout: Handout) -> tuple[pdf._Plan, pdf._Plan, float]:
    """Greedy and planned pages of version A, and the seconds the measuring took."""
    version = handout.versions[0]
    start = time.perf_counter()
    sheet = pdf._Sheet(handout.options.paper, "", "", None)
    sheet.add_page()
    pdf._title_block(sheet, handout, version)
    blocks = []
    for group in version.groups:
        for i, q in enumerate(group.questions):
            height = pdf._question_height(sheet, q, False)
            if i == 0:
                height += pdf._heading_height(sheet, group)
            blocks.append(pdf._Block(group, q, i == 0, height))
    measured = time.perf_counter() - start
    args = (blocks, sheet.get_y(), sheet.t_margin + pdf.HEAD_H, sheet.page_break_trigger)
    return pdf._paginate(*args, set()), pdf._even_out(*args), measured


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for label, deck, items in decks(Path(tmp)):
            greedy_pages = planned_pages = greedy_lonely = planned_lonely = 0
            render = measure = 0.0
            for count in COUNTS:
                for seed in SEEDS:
                    handout = build_handout(items, title=deck.title, deck_title=deck.title,
                                            count=count, seed=seed)
                    greedy, planned, measured = plans(handout)
                    greedy_pages += len(greedy.pages)
                    planned_pages += len(planned.pages)
                    greedy_lonely += sum(len(p) == 1 for p in greedy.pages)
                    planned_lonely += sum(len(p) == 1 for p in planned.pages)
                    start = time.perf_counter()
                    pdf.render_version(handout, handout.versions[0], False)
                    render += time.perf_counter() - start
                    measure += measured
            sheets = len(COUNTS) * len(SEEDS)
            print(f"{label}: {sheets} sheets; pages greedy {greedy_pages} -> planned "
                  f"{planned_pages}; lonely pages {greedy_lonely} -> {planned_lonely}; "
                  f"render {render / sheets * 1000:.0f} ms/sheet = "
                  f"{render / max(measure, 1e-9):.1f}x the measuring alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())

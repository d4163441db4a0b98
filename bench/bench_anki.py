"""Benchmark: the whole `edu anki` path on synthetic decks of 1,000 and 5,000 facts, beside
genanki alone writing as many notes, in the same run (target: within 3x of genanki; 5x the
facts at most 7x the time).

Each synthetic deck is a real deck file with a real source document: one preprocessed clause
per fact (the seed recipe, so every span proves its answer), name facts spread over categories
of a few families (so distractor pools are realistic), plus number and date facts. The deck
is loaded and checked once and its Reading cached before timing, as after any first command
on a document; then `edu anki DECK -o OUT.apkg` runs in this process (deck load and proof,
item generation, packaging, writing). "genanki alone" builds as many one-field notes of
similar text in one deck and writes the .apkg.

    python bench/bench_anki.py [--sizes 1000 5000] [--repeat 2]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import tempfile
import time
from pathlib import Path

import genanki
import yaml

from edu.cli import main as edu_main
from edu.text.preprocess import preprocess_words

SYLLABLES = ["ka", "lo", "mi", "zu", "re", "ta", "vo", "ni", "sa", "pe", "do", "ru", "xi", "be"]
CATEGORIES = ["rocket", "launch vehicle", "satellite", "space telescope", "cargo spacecraft",
              "lunar probe", "space agency", "research institute", "space program", "mission",
              "astronaut", "conference", "space station module", "navigation satellite"]

MONTHS = ["January", "March", "May", "July", "September", "November"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def write_deck(folder: Path, n: int, seed: int = 0) -> Path:
    """A deck of n facts and its source document in `folder`; returns the deck's path."""
    rng = random.Random(seed)
    clauses: list[str] = []
    facts: list[dict[str, object]] = []
    offset = 0
    used: set[str] = set()
    for i in range(n):
        section = f"Section {i % 12}"
        kind = ("number", "date", "name", "name", "name")[i % 5]
        if kind == "name":
            answer = _name(rng)
            while answer in used:
                answer = _name(rng)
            used.add(answer)
            category = CATEGORIES[i % len(CATEGORIES)]
            sentence = f"the {category} {answer} operated by team {i} completed its work"
            prompt = f"Which {category} was operated by team {i}?"
        elif kind == "number":
            answer = str(rng.randint(20, 90_000))
            while answer in used:
                answer = str(rng.randint(20, 90_000))
            used.add(answer)
            category = "count"
            sentence = f"team {i} launched {answer} payloads into orbit"
            prompt = f"How many payloads did team {i} launch into orbit?"
        else:
            answer = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1980, 2020)}"
            while answer in used:
                answer = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1980, 2020)}"
            used.add(answer)
            category = "date"
            sentence = f"team {i} first reached orbit in {answer}"
            prompt = f"On which date did team {i} first reach orbit?"
        clause = " ".join(preprocess_words(sentence))
        facts.append({"id": f"fact-{i}", "kind": kind, "prompt": prompt, "answer": answer,
                      "category": category, "section": section,
                      "source": {"start": offset, "end": offset + len(clause)},
                      "status": "reviewed"})
        clauses.append(clause)
        offset += len(clause) + 1
    (folder / "source.txt").write_text(" ".join(clauses), encoding="utf-8")
    deck_path = folder / f"deck-{n}.yaml"
    deck_path.write_text(yaml.safe_dump({"deck": f"Synthetic {n}", "id": f"synthetic-{n}",
                                         "source": "source.txt", "facts": facts},
                                        sort_keys=False), encoding="utf-8")
    return deck_path


def time_edu_anki(deck_path: Path, out: Path, repeat: int) -> tuple[float, int]:
    """Best wall time of `edu anki DECK -o OUT` in this process, and the notes it wrote."""
    best = float("inf")
    summary = ""
    for _ in range(repeat):
        buf = io.StringIO()
        start = time.perf_counter()
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
            code = edu_main(["anki", str(deck_path), "-o", str(out), "--timestamp",
                             "1700000000"])
        best = min(best, time.perf_counter() - start)
        if code != 0:
            raise SystemExit(f"edu anki failed on {deck_path} (exit {code})")
        summary = buf.getvalue()
    notes = next((int(w) for w in summary.split() if w.isdigit()), 0)
    return best, notes


def time_genanki(notes: int, out: Path, repeat: int) -> float:
    """Best time for genanki alone to build and write `notes` notes of similar text."""
    model = genanki.Model(1_607_392_319, "Bench", fields=[{"name": "Q"}, {"name": "A"}],
                          templates=[{"name": "Card", "qfmt": "{{Q}}",
                                      "afmt": "{{FrontSide}}<hr id=answer>{{A}}"}])
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        deck = genanki.Deck(2_059_400_110, "Bench")
        for i in range(notes):
            deck.add_note(genanki.Note(model=model, fields=[
                f"Which rocket was operated by team {i}?", f"Kalomi {i}"], guid=f"g{i}"))
        genanki.Package(deck).write_to_file(str(out), timestamp=1_700_000_000)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    results: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory(prefix="bench-anki-") as tmp:
        for n in args.sizes:
            folder = Path(tmp) / str(n)
            folder.mkdir()
            deck_path = write_deck(folder, n)
            out = folder / "out.apkg"
            with contextlib.redirect_stdout(io.StringIO()):  # warm: proof and Reading cached
                edu_main(["check", str(deck_path)])
            edu, notes = time_edu_anki(deck_path, out, args.repeat)
            alone = time_genanki(notes, folder / "genanki.apkg", args.repeat)
            results.append((n, edu))
            print(f"{n:>6} facts, {notes} notes: edu anki {edu:.2f} s, genanki alone "
                  f"{alone:.2f} s, ratio {edu / alone:.1f}x (target <= 3x)")
    for (n0, t0), (n1, t1) in zip(results, results[1:], strict=False):
        print(f"growth {n0} -> {n1} facts ({n1 / n0:.0f}x): {t1 / t0:.1f}x the time "
              f"(target <= {7 * n1 / n0 / 5:.0f}x)")


if __name__ == "__main__":
    main()

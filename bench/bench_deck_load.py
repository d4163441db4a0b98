"""Benchmark: `load_deck` on a 130-fact deck (target: under 100 ms; the trainer starts from it).

Writes a synthetic deck whose 130 facts point at real words of the seed document, so every
check runs, including the stem proof against the source. Prints cold (first load: reads and
indexes the source) and warm (source index cached) times, the bundled deck's time, and the
cost of importing the checker (nltk's Porter stemmer dominates it).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "china-space-2021.txt"
FACTS = 130


def synthetic_deck(folder: Path, n: int = FACTS) -> Path:
    from edu.deck import Deck, Fact, dump_deck
    from edu.source import Span, tokenize

    words, seen = [], set()
    for token in tokenize(SEED.read_text("utf-8")):
        if token.stem.isalpha() and len(token.stem) > 4 and token.stem not in seen:
            seen.add(token.stem)  # one fact per answer, so none is a near-duplicate
            words.append(token)
    step = len(words) // n
    facts = []
    for i in range(n):
        word = words[i * step]
        facts.append(Fact(id=f"fact-{i}", kind="name", answer=word.stem,
                          prompt=f"Question {i}: which word of the white paper is this?",
                          source=Span(max(0, word.start - 30), word.end + 30),
                          category="word", section="Synthetic", note="benchmark"))
    deck = Deck(title="Bench", id="bench", source=str(SEED), facts=facts)
    path = folder / "bench.yaml"
    path.write_text(dump_deck(deck), encoding="utf-8")
    return path


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def fresh_process_ms(path: Path) -> float:
    """import + first load_deck in a new interpreter: what starting the trainer pays."""
    code = ("import time; t = time.perf_counter(); from edu.deck import load_deck; "
            f"load_deck({str(path)!r}); print((time.perf_counter() - t) * 1000)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    return float(result.stdout)


def main() -> None:
    from edu.deck import load_deck

    with tempfile.TemporaryDirectory() as folder:
        path = synthetic_deck(Path(folder))
        print(f"fresh process, import + first load_deck ({FACTS} facts; includes nltk's "
              f"import for stemming): {fresh_process_ms(path):.0f} ms")
        cold = timed(lambda: load_deck(path), 1)[0]
        warm = timed(lambda: load_deck(path), 20)
        print(f"load_deck, {FACTS} facts: first in this process {cold:.1f} ms, then median "
              f"{statistics.median(warm):.1f} ms (max {max(warm):.1f})")
    bundled = ROOT / "decks" / "china-space-2021.yaml"
    if bundled.exists():
        try:
            times = timed(lambda: load_deck(bundled), 10)
            facts = len(load_deck(bundled).facts)
            print(f"load_deck bundled deck ({facts} facts): median "
                  f"{statistics.median(times):.1f} ms")
        except Exception as exc:  # the bundled deck is being written; report, don't fail
            print(f"bundled deck does not load yet: {str(exc).splitlines()[0]}")


if __name__ == "__main__":
    main()

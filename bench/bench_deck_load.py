"""Benchmark: `load_deck` on a 130-fact deck (target: under 100 ms; the trainer starts from it).

Writes a synthetic deck whose 130 facts point at real words of the seed document, so every
check runs, including the stem proof against the source. Prints the time of a fresh process
(imports + first load) without and with the proof record of edu.deck.proofcache, then repeated
loads in one process (proofs recorded, as for `load_deck`), and the bundled deck's time.
"""

from __future__ import annotations

import os
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
    from edu.deck.model import Deck, Fact, dump_deck
    from edu.text.source import Span, tokenize

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


def fresh_process_ms(path: Path, cache: Path) -> float:
    """import + first load_deck in a new interpreter: what starting the trainer pays."""
    code = ("import time; t = time.perf_counter(); from edu.deck.check import load_deck; "
            f"load_deck({str(path)!r}); print((time.perf_counter() - t) * 1000)")
    env = {**os.environ, "EDU_CACHE_DIR": str(cache)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, check=True, env=env)
    return float(result.stdout)


def main() -> None:
    from edu.deck.check import load_deck

    with tempfile.TemporaryDirectory() as folder:
        path = synthetic_deck(Path(folder))
        cache = Path(folder) / "cache"
        first = fresh_process_ms(path, cache)
        again = fresh_process_ms(path, cache)
        print(f"fresh process, import + first load_deck ({FACTS} facts): {first:.0f} ms with "
              f"proofs to do (loads nltk's stemmer), {again:.0f} ms with the proofs recorded")
        os.environ["EDU_CACHE_DIR"] = str(cache)
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

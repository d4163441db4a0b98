"""How well edu.text.gaps puts back the deleted stop words, on raw English it never saw.

Each raw document is put through the recipe (edu.text.preprocess) keeping, for each content
token, the run of stop words written before it; the stems are restored (edu.text.restore) and
`fill_gaps` guesses every run. Reported, beside "insert nothing" (the baseline):
- exact: share of gaps whose run is exactly the text's ("" when the text has none);
- inserted wrong: share of the words the model inserted that the text's run does not hold;
- written: share of gaps the model wrote something into.

Documents: tests/data/tuning/*.txt (not the .pre forms, not g15_*) sorted by name and split in
two halves by position: "odd" (1st, 3rd, ...) was looked at while building the table and
choosing its thresholds, "even" was measured only. The corpora's own text is never measured.

Usage: python bench/restore_phrases.py [--half odd|even|both] [--show N]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from edu.text.gaps import fill_gaps  # noqa: E402
from edu.text.preprocess import stem, stop_words  # noqa: E402
from edu.text.restore import restore_stems  # noqa: E402

TUNING = Path(__file__).resolve().parent.parent / "tests" / "data" / "tuning"
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def documents(half: str) -> list[Path]:
    docs = sorted(p for p in TUNING.glob("*.txt")
                  if not p.name.endswith(".pre.txt") and not p.name.startswith("g15_"))
    odd, even = docs[0::2], docs[1::2]
    return odd if half == "odd" else even if half == "even" else docs


def stems_and_runs(text: str) -> tuple[list[str], list[str]]:
    """The recipe's stems and, for each, the stop words the text writes before it."""
    stops = stop_words()
    stems, runs, run = [], [], []
    for raw in text.split():
        low = _NON_ALNUM.sub("", raw.lower())
        if low in stops:
            run.append(low)
        elif low:
            stems.append(stem(low))
            runs.append(" ".join(run))
            run = []
    return stems, runs


def measure(paths: list[Path], show: int = 0) -> dict[str, float]:
    gaps_n = exact = baseline = written = inserted = wrong = 0
    shown = 0
    for path in paths:
        stems, runs = stems_and_runs(path.read_text("utf-8"))
        words = restore_stems(stems)
        gaps, out = fill_gaps(stems, words)
        for k in range(1, len(stems)):
            gaps_n += 1
            truth, guess = runs[k], gaps[k]
            exact += guess == truth
            baseline += truth == ""
            if guess:
                written += 1
                said = Counter(guess.split())
                inserted += sum(said.values())
                wrong += sum((said - Counter(truth.split())).values())
                if shown < show and guess != truth:
                    shown += 1
                    print(f"  {out[k - 1]} [{guess} | text: {truth}] {out[k]}")
    return {"gaps": gaps_n, "exact": exact / gaps_n, "baseline": baseline / gaps_n,
            "written": written / gaps_n, "inserted wrong": wrong / max(inserted, 1),
            "inserted": inserted}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("odd", "even", "both"), default="even")
    parser.add_argument("--show", type=int, default=0, help="print this many wrong gaps")
    args = parser.parse_args()
    paths = documents(args.half)
    r = measure(paths, args.show)
    print(f"{args.half} half, {len(paths)} documents, {r['gaps']} gaps: exact "
          f"{r['exact']:.1%} (insert nothing: {r['baseline']:.1%}); written into "
          f"{r['written']:.1%} of gaps; {r['inserted']} words inserted, "
          f"{r['inserted wrong']:.1%} of them wrong")


if __name__ == "__main__":
    main()

"""Benchmark: where a second `edu extract` of a large preprocessed file spends its CPU time,
stage by stage, in one process (no profiler: its overhead shifts the picture).

The corpus is bench_extract_command.py's (the seed repeated, each copy's numbers shifted).
A child process reads it once to fill the Reading cache; a second child does what the
command does with the Reading cached and times each stage in CPU seconds: loading the
cached Reading, classifying stems, the scanner, place/organisation phrases, terms, the name
index, people, towns (the name-knowledge scans of preprocessed text),
building the facts (the near-duplicate check apart), the draft's dict and its YAML. Each
figure is printed beside a bare tokenizer pass over the same text in the same process.

    python bench/bench_extract_phases.py [--mb 10] [--file PREPROCESSED.txt]

`--file` times a given preprocessed document instead: the corpus repeats the seed, so its
anchors, candidates and memos repeat far more than a real document's (docs/BENCH.md, eighth
round); a concatenation of distinct documents shows what a real one costs per megabyte.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract_command import CHILD_ENV, TOKENIZE, corpus  # noqa: E402

CHILD = r"""
import gc, re, sys, time
T = time.process_time
gc.disable()  # as `edu extract` runs: the collector paused from reading to writing
start = T()
import edu.extract as ex
import edu.extract.candidates as cand
import edu.extract.lexicon as lexicon
import edu.extract.scan as scan
from edu.deck.model import dump_deck
from edu.extract import draft_deck, extract_candidates
from edu.text.reading import read_document
times = {"imports": T() - start}

def timed(owner, name, label):
    real = getattr(owner, name)
    def wrapper(*args, **kwargs):
        began = T()
        try:
            return real(*args, **kwargs)
        finally:
            times[label] = times.get(label, 0.0) + T() - began
    setattr(owner, name, wrapper)

timed(lexicon.Classifier, "classes", "classify stems")
timed(scan.Scanner, "scan", "scanner")
timed(ex, "phrase_anchors", "places, organisations")
timed(ex, "term_anchors", "terms")
timed(ex, "person_anchors", "people")
timed(ex, "locality_anchors", "towns, localities")
timed(ex, "cued_places", "towns, localities")
if hasattr(ex, "StemIndex"):
    timed(ex, "StemIndex", "name index (one pass)")
timed(ex, "build_facts", "build facts")
timed(cand, "_drop_near_duplicates", "near-duplicate check")
began = T()
reading = read_document(sys.argv[1])
times["load cached Reading"] = T() - began
began = T()
facts = extract_candidates(reading)
times["extraction"] = T() - began
deck = draft_deck(sys.argv[1], facts, sys.argv[2], reading.glossary)
began = T()
text = dump_deck(deck)
times["draft YAML (dict + writer)"] = T() - began
times["total"] = T() - start
began = T()
tokens = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", reading.text)]
times["bare tokenizer pass"] = T() - began
for label, seconds in times.items():
    print(f"{label}\t{seconds:.3f}\t{len(facts)}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--file", type=Path, default=None,
                        help="a preprocessed document to time instead of the corpus")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-phases-") as tmp:
        env = {**CHILD_ENV, "EDU_CACHE_DIR": str(Path(tmp) / "cache")}
        doc = Path(tmp) / "corpus.txt"
        if args.file is not None:
            doc.write_bytes(args.file.read_bytes())
            mb = doc.stat().st_size / 1_000_000
        else:
            mb = corpus(doc, args.mb)
        draft = str(Path(tmp) / "draft.yaml")
        subprocess.run([sys.executable, "-m", "edu", "extract", str(doc), "-o", draft],
                       check=True, capture_output=True, env=env)  # fills the Reading cache
        subprocess.run([sys.executable, "-c", TOKENIZE, str(doc)], check=True, env=env)
        out = subprocess.run([sys.executable, "-c", CHILD, str(doc), draft], check=True,
                             capture_output=True, text=True, env=env).stdout
    rows = [line.split("\t") for line in out.splitlines()]
    figures = {label: float(seconds) for label, seconds, _ in rows}
    tokenizer = figures.pop("bare tokenizer pass")
    print(f"{mb:.1f} MB, {rows[0][2]} drafts; CPU seconds (x the bare tokenizer pass, "
          f"{tokenizer:.2f} s, same process)")
    order = ["imports", "load cached Reading", "extraction", "classify stems", "scanner",
             "places, organisations", "terms", "name index (one pass)", "people",
             "towns, localities", "build facts",
             "near-duplicate check", "draft YAML (dict + writer)", "total"]
    for label in order:
        if label not in figures:
            continue  # a phase this code has not (main before the name index)
        seconds = figures[label]
        indent = "      " if order.index(label) in range(3, 12) else "  "
        name = "build facts (with the check below)" if label == "build facts" else label
        print(f"{indent}{name:<36} {seconds:6.2f} s  ({seconds / tokenizer:4.1f}x)")
    print(f"  = {mb / figures['total']:.1f} MB/s of CPU time in process")


if __name__ == "__main__":
    main()

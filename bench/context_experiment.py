"""Experiment: does a context model learnt from offline English prose improve restoration?

Not used at run time: on the prose in tests/data it changed accuracy by less than one point
(see docs/RESTORE.md), while costing a quarter of the restoration speed, so edu.text.restore does
not ship it. Kept so the experiment can be rerun, e.g. with a better corpus (`--source`).

Corpus: English prose installed offline from Debian packages (python3.11-doc, debian-handbook,
postgresql-doc-15, linux-doc-6.1: `apt-get install python3-doc debian-handbook
postgresql-doc-15 linux-doc-6.1`), or any .html/.txt/.rst(.gz) files given with --source.
Every paragraph is put through the project's recipe (edu.text.preprocess) keeping the original
word of each stem, so the counts see what a preprocessed document shows: the neighbouring
stems with the stop words gone. Counted: which word a stem was written as after a given
previous stem (L) and before a given next stem (R); numbers become classes ("1", "<year>",
"<num>"). Contexts with little evidence against the stem's overall distribution are pruned.

A candidate word w of stem s between stems p and n then scores
    log Pu(w) + a*log(Pl(w)/Pu(w)) + b*log(Pr(w)/Pu(w))
with Pu wordfreq's distribution over the words of s (as edu.text.restore weighs them) and Pl, Pr
the corpus's distributions after p / before n smoothed towards Pu. The context choice is put
in before the rest of edu.text.restore's pipeline (book pairs, counts, glossary).

Usage: python bench/context_experiment.py [--source PATH ...] [--output table.tsv.gz]
Prints corpus size, table size and accuracy with and without the model on the prose files
used for tuning (the held-out documents of tests/data/fresh stay out of experiments).
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import edu.text.restore as restore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu
from bench.restore_eval import FRESH, measure, tuned_texts  # noqa: E402
from edu.text.preprocess import normalise_words, stem, stop_words  # noqa: E402
from edu.text.wordmap import load_wordmap  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
_NUMBER = re.compile(r"^\d+$")
_CONTEXT_PRIOR = 2.0  # weight (in tokens) of the stem's distribution against a context's counts
_LEFT = _RIGHT = 0.5


def context_key(stem: str) -> str:
    """Numbers as classes so counts generalise: "1", "<year>", "<num>"; other stems as is."""
    if _NUMBER.match(stem):
        if stem == "1":
            return "1"
        return "<year>" if 1000 <= int(stem) <= 2100 else "<num>"
    return stem


DEFAULT_SOURCES = [
    Path("/usr/share/doc/python3.11/html/_sources"),  # python3.11-doc (PSF licence)
    Path("/usr/share/doc/debian-handbook/html/en-US"),  # debian-handbook (GPL-2+ / CC BY-SA 3.0)
    Path("/usr/share/doc/postgresql-doc-15/html"),  # postgresql-doc-15 (PostgreSQL licence)
    Path("/usr/share/doc/linux-doc-6.1/Documentation"),  # linux-doc-6.1 (GPL-2)
]
# Also readable with --source (tried; they did not raise accuracy on the held-out prose):
# /usr/share/doc/python-django-doc/html, /usr/share/perl/5.36/pod, /usr/share/games/fortunes,
# /usr/share/wordnet (example sentences of the glosses).
_ROLE = re.compile(r":[a-z:]+:`[^`]*`|``[^`]*``|\.\. [^\n]*|\[[^\]]*\]_?|https?://\S+")


class _Paragraphs(HTMLParser):
    """Text of <p>, <li> and <dd> elements, skipping code, scripts and tables."""

    _BLOCK = frozenset("p li dd blockquote".split())
    _SKIP = frozenset("pre code script style table tt kbd samp".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._buf: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buf.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text:
            self.paragraphs.append(text)
        self._buf = []


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", "replace")


def _text_paragraphs(text: str) -> Iterator[str]:
    """Unindented blank-line separated paragraphs of reStructuredText or plain text."""
    for block in re.split(r"\n\s*\n", text):
        lines = block.splitlines()
        if not lines or lines[0][:1].isspace() or block.rstrip().endswith("::"):
            continue  # code samples, directive bodies, literal blocks
        cleaned = [_ROLE.sub(" ", line) for line in lines]
        if sum(map(len, lines)) > 300 * len(lines):  # one paragraph (or document) a line
            yield from (" ".join(line.split()) for line in cleaned)
        else:
            yield " ".join(" ".join(cleaned).split())


def _wordnet_examples(text: str) -> list[str]:
    """The quoted example sentences of WordNet glosses ("the museum was full of visitors")."""
    return [m + "." for line in text.splitlines() if "| " in line
            for m in re.findall(r'"([^"]{20,})"', line.split("| ", 1)[1])]


def _is_prose(paragraph: str) -> bool:
    """Sentences of ordinary words, not tables, code or lists of names."""
    words = paragraph.split()
    if len(words) < 8 or not any(c in paragraph for c in ".!?"):
        return False
    plain = sum(w.strip(".,;:!?()\"'").isalpha() for w in words)
    return plain >= 0.8 * len(words)


def paragraphs(sources: list[Path]) -> Iterator[str]:
    """Prose paragraphs of every file under the sources, in sorted order (deterministic)."""
    for source in sources:
        files = sorted(p for p in source.rglob("*") if p.is_file()) if source.is_dir() else [source]
        for path in files:
            name = path.name.removesuffix(".gz")
            if name.endswith((".html", ".htm")):
                parser = _Paragraphs()
                parser.feed(_read(path))
                found = parser.paragraphs
            elif name.startswith("data.") and path.parent.name == "wordnet":
                found = _wordnet_examples(_read(path))
            elif name.endswith((".txt", ".rst", ".cor", ".pod")) or "." not in name:
                # suffix-less files: fortune cookies, one to a "%" line
                text = re.sub(r"\n%\n", "\n\n", _read(path))
                found = [p for p in _text_paragraphs(text) if not p.startswith("=")]
            else:
                continue
            yield from (p for p in found if _is_prose(p))


def count(sources: list[Path]) -> tuple[dict[str, Counter[tuple[str, str]]], int]:
    """Counts per table: key -> Counter of surface words; and tokens seen."""
    wm = load_wordmap()
    stops = stop_words()
    choice_stems = {s for s in wm.stems() if len(wm.candidates(s)) > 1}
    words_of = {s: frozenset(w for w, _ in wm.candidates(s)) for s in choice_stems}
    tables: dict[str, Counter] = {k: defaultdict(Counter) for k in "ULR"}
    tokens = 0
    for para in paragraphs(sources):
        originals = [w for w in normalise_words(para) if w not in stops]
        stems = [stem(w) for w in originals]
        keys = [context_key(s) for s in stems]
        tokens += len(stems)
        for i, (s, w) in enumerate(zip(stems, originals, strict=True)):
            if s not in choice_stems or w not in words_of[s]:
                continue
            prev = keys[i - 1] if i else "<s>"
            nxt = keys[i + 1] if i + 1 < len(keys) else "</s>"
            tables["U"][s][w] += 1
            tables["L"][f"{prev} {s}"][w] += 1
            tables["R"][f"{s} {nxt}"][w] += 1
    return tables, tokens


def _gain(counts: Counter, base: dict[str, float]) -> float:
    """Evidence (nats) that this context's words differ from the base distribution."""
    total = sum(counts.values())
    return sum(c * math.log((c / total) / max(base.get(w, 0.0), 1e-4)) for w, c in counts.items())


def prune(tables: dict[str, Counter], min_count: int, min_gain: float) -> list[str]:
    unigram = {s: {w: c / sum(cnt.values()) for w, c in cnt.items()}
               for s, cnt in tables["U"].items()}
    lines = []
    for kind in "LR":
        for key, cnt in tables[kind].items():
            if sum(cnt.values()) < min_count:
                continue
            s = key.split(" ")[1 if kind == "L" else 0]
            if _gain(cnt, unigram[s]) >= min_gain:
                lines.append((kind, key, cnt))
    lines.sort(key=lambda row: (row[0], row[1]))
    return [f"{kind} {key}\t" + " ".join(f"{w}:{c}" for w, c in sorted(
        cnt.items(), key=lambda wc: (-wc[1], wc[0]))) + "\n" for kind, key, cnt in lines]


def table_from(lines: list[str]) -> dict[str, dict[str, int]]:
    table = {}
    for line in lines:
        key, _, rest = line.rstrip("\n").partition("\t")
        table[key] = {w: int(c) for w, _, c in (item.rpartition(":") for item in rest.split())}
    return table


def _smoothed(counts: dict[str, int], prior: dict[str, float]) -> dict[str, float]:
    total = sum(counts.values()) + _CONTEXT_PRIOR
    return {w: (counts.get(w, 0) + _CONTEXT_PRIOR * p) / total for w, p in prior.items()}


def context_word(table: dict[str, dict[str, int]], prev: str, s: str, nxt: str,
                 ed_bonus: float) -> str | None:
    """The model's word for stem `s` between `prev` and `nxt`, None when it has no say."""
    left, right = table.get(f"L {prev} {s}"), table.get(f"R {s} {nxt}")
    if not left and not right:
        return None
    cands = load_wordmap().candidates(s)
    words = frozenset(w for w, _ in cands)
    bonus = {**restore._FORM_BONUS, "ed": ed_bonus}
    weights = {w: 10 ** (z + bonus.get(restore._form(w, words), 0.0)) for w, z in cands}
    total = sum(weights.values())
    pu = {w: x / total for w, x in weights.items()}
    pl, pr = _smoothed(left or {}, pu), _smoothed(right or {}, pu)

    def score(w: str) -> float:
        lu = math.log(pu[w])
        return lu + _LEFT * (math.log(pl[w]) - lu) + _RIGHT * (math.log(pr[w]) - lu)

    return max(words, key=score)


def evaluate(table: dict[str, dict[str, int]] | None) -> dict[str, tuple[int, int]]:
    """(correct, total) on the tuning prose, with or without the table."""
    original = restore._apply_bigrams

    def with_context(stems: list[str], out: list[str], forms: dict[str, str]) -> None:
        keys = [context_key(s) for s in stems]
        ed_bonus = restore.past_bonus(stems)
        for i, s in enumerate(stems):
            if out[i].islower():
                prev = keys[i - 1] if i else "<s>"
                nxt = keys[i + 1] if i + 1 < len(keys) else "</s>"
                out[i] = context_word(table, prev, s, nxt, ed_bonus) or out[i]
        original(stems, out, forms)

    if table is not None:
        restore._apply_bigrams = with_context
    try:
        # the held-out documents (tests/data/fresh) stay out of experiments too
        result = {"tuning": (0, 0)}
        for path in tuned_texts():
            part = "tuning"
            assert FRESH not in path.parents
            acc = measure(path.read_text("utf-8"))
            c, t = result[part]
            result[part] = (c + acc.correct, t + acc.total)
        return result
    finally:
        restore._apply_bigrams = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, action="append",
                        help="file or folder of .html/.txt/.rst(.gz) prose (repeatable)")
    parser.add_argument("--output", type=Path, help="also write the table (gzipped TSV)")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--min-gain", type=float, default=3.0)
    args = parser.parse_args()
    sources = args.source or [p for p in DEFAULT_SOURCES if p.exists()]
    if not sources:
        raise SystemExit("no corpus: apt-get install python3-doc debian-handbook "
                         "postgresql-doc-15 linux-doc-6.1, or pass --source")
    tables, tokens = count(sources)
    lines = prune(tables, args.min_count, args.min_gain)
    data = gzip.compress("".join(lines).encode("utf-8"), compresslevel=9, mtime=0)
    if args.output:
        args.output.write_bytes(data)
    print(f"corpus: {tokens} content tokens; table: {len(lines)} contexts, "
          f"{len(data) / 1e6:.2f} MB gzipped")
    table = table_from(lines)
    for name, result in (("without", evaluate(None)), ("with", evaluate(table))):
        print(f"{name} the context model: " + ", ".join(
            f"{part} {c / t:.3f} of {t}" for part, (c, t) in result.items()))


if __name__ == "__main__":
    main()

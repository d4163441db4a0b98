"""Rebuild `edu/data/context.tsv.gz`: which word a stem was written as, given its neighbours.

Build-time only. The corpus is English prose installed offline from Debian packages (see
docs/RESTORE.md for the sources and their licences); plain-text files may be added with
`--source`. Every paragraph is put through the project's own recipe (edu.preprocess) while
the original word of every stem is kept, so the counts see exactly what a preprocessed
document shows: the previous and next stems with the stop words already gone.

Tables (one line each, `kind<TAB>key<TAB>word:count ...`, words most frequent first):
  L  prev-stem stem           ... after that neighbour
  R  stem next-stem           ... before that neighbour
Numbers in keys become classes (edu.context.context_key). Only stems with two or more
candidate words are counted, and only contexts that change the prediction by enough evidence
(`--min-gain` nats over the stem's corpus distribution) are kept, so the table stays small.

Usage: python scripts/build_context.py [--source PATH ...] [--output edu/data/context.tsv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from edu.context import context_key
from edu.preprocess import normalise_words, stem, stop_words
from edu.wordmap import load_wordmap

DEFAULT_SOURCES = [
    Path("/usr/share/doc/python3.11/html/_sources"),  # python3.11-doc (PSF licence)
    Path("/usr/share/doc/debian-handbook/html/en-US"),  # debian-handbook (GPL-2+ / CC BY-SA 3.0)
    Path("/usr/share/doc/postgresql-doc-15/html"),  # postgresql-doc-15 (PostgreSQL licence)
    Path("/usr/share/doc/linux-doc-6.1/Documentation"),  # linux-doc-6.1 (GPL-2)
]
# Also readable with --source (tried; they did not raise accuracy on the held-out prose):
# /usr/share/doc/python-django-doc/html, /usr/share/perl/5.36/pod, /usr/share/games/fortunes,
# /usr/share/wordnet (example sentences of the glosses).
OUTPUT = Path(__file__).resolve().parent.parent / "edu" / "data" / "context.tsv.gz"
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
    return [f"{kind}\t{key}\t" + " ".join(f"{w}:{c}" for w, c in sorted(
        cnt.items(), key=lambda wc: (-wc[1], wc[0]))) + "\n" for kind, key, cnt in lines]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, action="append",
                        help="file or folder of .html/.txt/.rst(.gz) prose (repeatable)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
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
    args.output.write_bytes(data)
    kinds = Counter(line[0] for line in lines)
    print(f"{tokens} corpus tokens; kept {dict(sorted(kinds.items()))}; "
          f"{len(data) / 1e6:.2f} MB -> {args.output}")


if __name__ == "__main__":
    main()

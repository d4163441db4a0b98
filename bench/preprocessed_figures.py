"""Figures of preprocessed drafts checked against the raw text they were made from.

Round 20p (issue 15): the seed's recipe deletes decimal points, the "s" of decades and the
dash of a range, so "4.6 years" reads "46 year" and "the 1860s" reads "1860". Every blind
document has its raw text, and the recipe maps each whitespace-separated raw word to at most
one stem (`preprocess_words` of the word alone), so a preprocessed draft's figure can be
traced to the word it came from. For each draft in the top K (and on the first page) whose
answer holds a figure, this prints whether the answer says the figure as the raw text wrote
it, and if not, why: decimal point lost, decade's "s" lost, a range glued ("1000-2000"),
a plural number word ("tens of thousands"), other. A draft whose answer names several
readings ("46 or 4.6") is counted as hedged, a held draft's note is not read.

Usage: EDU_CACHE_DIR=off python bench/preprocessed_figures.py [--list] [files...]
(default: every tests/data/blind/*.txt with a key)
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

import yaml  # noqa: E402

from edu.extract import extract_candidates  # noqa: E402
from edu.text.preprocess import preprocess, preprocess_words  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
PAGE = 20
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_COUNT_STEMS = frozenset({"ten", "hundr", "thousand", "dozen"})  # "tens of thousands"


def aligned(raw: str) -> list[str]:
    """The raw word behind each stem of the preprocessed text, in order."""
    out = []
    for word in raw.split():
        stems = preprocess_words(word)
        if stems:
            assert len(stems) == 1, word
            out.append(word)
    return out


def cause(raw_word: str, answer: str) -> str | None:
    """None when the answer says the raw word's figure as written; else why not."""
    word = raw_word.strip(".,;:()[]\"'\u201c\u201d\u2018\u2019")
    values = {float(m.group().replace(",", "")) for m in _NUMBER.finditer(answer)
              if m.group().replace(",", "").replace(".", "").isdigit()}
    values |= {float(f"{h}.{mm}") for h, mm in re.findall(r"(\d+):(\d\d)", answer)}  # 9:55 pm
    if re.fullmatch(r"\d{3,4}['\u2019]?s", word):
        return None if f"{word[:4]}s" in answer or "decade" in answer else "decade s lost"
    if re.search(r"\d\s*[-\u2013\u2014]\s*\d", word):
        return None if "\u2013" in answer else "range glued"
    if word.lower() in ("tens", "hundreds", "thousands", "dozens"):
        return None if word.lower() in answer.lower() else "plural number word"
    if word.lower() in ("ten", "hundred", "thousand", "dozen"):
        return "plural added" if f"{word.lower()}s" in answer.lower() else None
    nums = _NUMBER.findall(word)
    if not nums:
        return None  # a number word or a name ("Apollo"): not a figure
    figure = nums[0].rstrip(".,")
    try:
        value = float(figure.replace(",", ""))
    except ValueError:
        return None
    if value in values:
        return None
    if "." in figure:
        return "decimal point lost"
    if re.search(r"[a-z]", word.lower()):
        return "figure glued to a word"
    return "other"


def drafts(path: Path, tmp: Path) -> tuple[list, int, list[str]]:
    raw = path.read_text("utf-8")
    pre = tmp / (path.name.split(".")[0] + ".txt")
    pre.write_text(preprocess(raw) + "\n", "utf-8")
    reading = read_document(pre)
    facts = extract_candidates(reading)
    key = path.with_name(path.stem + "_key.yaml")
    n_key = len(yaml.safe_load(key.read_text("utf-8"))["facts"]) if key.exists() else 0
    k = max(3 * n_key, len(reading.tokens) // 10)
    return facts, k, aligned(raw), reading.text


def check(fact, text: str, words: list[str]) -> list[tuple[str, str]]:
    """(raw word, cause) of each figure of the fact's answer that is not as written."""
    stems = (fact.answer_stems or "").split()
    digits = [s for s in stems if any(c.isdigit() for c in s) or s in _COUNT_STEMS]
    if not digits or fact.kind == "name" and not re.search(r"\d|ten|hundred|thousand|dozen",
                                                            str(fact.answer).lower()):
        return []  # a name that ran into a day ("Framheim" of "framheim 19 octob"): no figure
    start = fact.source.start
    before = len(text[:start].split())
    window = text[start:fact.source.end].split()
    out = []
    for d in digits:
        at = [before + k for k, w in enumerate(window) if w == d]
        if not at:
            continue
        raw_words = [words[k] for k in at if k < len(words)]
        results = [(w, cause(w, str(fact.answer))) for w in raw_words]
        if any(c is None for _, c in results):
            continue
        out.append(results[0])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--list", action="store_true", help="print each wrong figure")
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted(
        p for p in (DATA / "blind").glob("*.txt") if p.with_name(p.stem + "_key.yaml").exists())
    page, top = Counter(), Counter()
    docs_page, docs_top = set(), set()
    figures_page = figures_top = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            facts, k, words, text = drafts(path, Path(tmp))
            for rank, fact in enumerate(facts[:k]):
                stems = (fact.answer_stems or "").split()
                if not any(c.isdigit() for c in "".join(stems)) \
                        and _COUNT_STEMS.isdisjoint(stems):
                    continue
                figures_top += 1
                figures_page += rank < PAGE
                hedged = " or " in str(fact.answer)
                for word, why in check(fact, text, words):
                    why = f"{why} (hedged)" if hedged else why
                    top[why] += 1
                    docs_top.add(path.name)
                    if rank < PAGE:
                        page[why] += 1
                        docs_page.add(path.name)
                    if args.list:
                        print(f"{path.stem:30} {rank:3} {why:22} raw {word!r:14} "
                              f"answer {fact.answer!r}  | {fact.prompt[:90]}")
    print(f"figure drafts: first pages {figures_page}, top K {figures_top}")
    print(f"{'cause':30} {'first page':>10} {'top K':>6}")
    for why in sorted(top, key=lambda w: -top[w]):
        print(f"{why:30} {page[why]:10} {top[why]:6}")
    print(f"{'all':30} {sum(page.values()):10} {sum(top.values()):6}   documents "
          f"{len(docs_page)} / {len(docs_top)}")


if __name__ == "__main__":
    main()

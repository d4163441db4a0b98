"""The raw first page by the form blind teachers keep: how many of its drafts are short named
questions without a pronoun (`keepable.keep_class`), and what else it holds.

Issue 15, round 18r: blind reviewers kept 54 % of such drafts and 6 % of the rest, so the
share of the page in that class is the page's measure that moves with its keep rate. For
every tests/data/blind/*.txt (or the files given) this prints, over the top 20 raw drafts,
the GOOD / FAIR / POOR counts, questions and fill-ins, mean words, prompts with a pronoun and
answers asked twice on one page. `--dump FILE` writes the top 40 drafts as JSON lines;
`--against FILE` (an earlier dump) counts the documents whose page changed and the drafts
that came onto and left it, and checks that the top 40 hold the same drafts.

Usage: EDU_CACHE_DIR=off python bench/first_page_keep.py [--dump FILE] [--against FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

from edu.extract import extract_candidates  # noqa: E402
from edu.extract.keepable import Keep, has_pronoun, is_question, keep_class  # noqa: E402
from edu.extract.wording import BLANK  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
PAGE = 20
REACH = 40  # candidates.PAGE_REACH: the drafts the page is chosen from


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--dump")
    ap.add_argument("--against")
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted((DATA / "blind").glob("*.txt"))
    before: dict[str, list[dict[str, str]]] = {}
    if args.against:
        for line in Path(args.against).read_text("utf-8").splitlines():
            row = json.loads(line)
            before.setdefault(row["doc"], []).append(row)
    classes: Counter[Keep] = Counter()
    questions = fill_ins = words = pronouns = twice = drafts = 0
    changed = onto = same_top = 0
    rows = []
    for path in files:
        facts = extract_candidates(read_document(path))
        page = facts[:PAGE]
        drafts += len(page)
        for fact in page:
            classes[keep_class(fact.prompt)] += 1
            questions += is_question(fact.prompt)
            fill_ins += BLANK in fact.prompt
            words += len(fact.prompt.split())
            pronouns += has_pronoun(fact.prompt)
        answers = Counter((f.kind, f.answer.lower()) for f in page)
        twice += sum(n - 1 for n in answers.values())
        rows += [json.dumps({"doc": path.stem, "rank": k, "id": f.id, "prompt": f.prompt,
                             "answer": f.answer, "kind": f.kind.value})
                 for k, f in enumerate(facts[:REACH])]
        if path.stem in before:
            old = before[path.stem]
            was = {r["id"] for r in old[:PAGE]}
            now = {f.id for f in page}
            changed += was != now
            onto += len(now - was)
            same_top += {r["id"] for r in old[:REACH]} == {f.id for f in facts[:REACH]}
    n = max(1, drafts)
    print(f"{len(files)} files, {drafts} drafts: GOOD {classes[Keep.GOOD]} "
          f"({100 * classes[Keep.GOOD] / n:.0f} %), FAIR {classes[Keep.FAIR]}, "
          f"POOR {classes[Keep.POOR]}; questions {questions}, fill-ins {fill_ins}; "
          f"mean words {words / n:.1f}; pronoun {pronouns}; an answer again {twice}")
    if before:
        print(f"against {args.against}: {changed} pages changed, {onto} drafts onto them; "
              f"top {REACH} the same drafts in {same_top} of {len(files)}")
    if args.dump:
        Path(args.dump).write_text("\n".join(rows) + "\n", "utf-8")


if __name__ == "__main__":
    main()

"""Named fill-ins left as fill-ins in the raw top 40, and questions on the first page (issue 15,
round 19q: fill-ins become questions).

For every tests/data/blind/*.txt (or the files given) this counts, over the top 40 raw drafts,
the fill-ins that name something (`keepable.names_something`: the question builder could
have asked them) and, over the top 20, the questions and the drafts in the GOOD class
(`keepable.keep_class`). `--dump FILE` writes the top 40 drafts (prompt, answer, kind,
evidence) as JSON lines; `--against FILE` (an earlier dump) prints the prompts that changed,
the documents they are in, and checks that the top 40 hold the same answers.

Usage: EDU_CACHE_DIR=off python bench/fill_in_questions.py [--dump FILE] [--against FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

from edu.extract import extract_candidates  # noqa: E402
from edu.extract.keepable import Keep, is_question, keep_class, names_something  # noqa: E402
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
    ap.add_argument("--reach", type=int, default=REACH,
                    help="drafts dumped and compared (0: all); counts stay on the top 40")
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted((DATA / "blind").glob("*.txt"))
    before: dict[str, dict[tuple[str, str, int], str]] = {}
    if args.against:
        for line in Path(args.against).read_text("utf-8").splitlines():
            row = json.loads(line)
            before.setdefault(row["doc"], {})[(row["answer"], row["evidence"],
                                               row["start"])] = row["prompt"]
    named_fill = page_questions = page_good = drafts = 0
    changed: Counter[str] = Counter()
    same_top = 0
    rows = []
    for path in files:
        facts = extract_candidates(read_document(path))
        top = facts[:REACH]
        reach = facts[: args.reach] if args.reach else facts
        named_fill += sum(BLANK in f.prompt and names_something(f.prompt) for f in top)
        page = facts[:PAGE]
        drafts += len(page)
        page_questions += sum(is_question(f.prompt) for f in page)
        page_good += sum(keep_class(f.prompt) is Keep.GOOD for f in page)
        now = {(f.answer, f.evidence or "", f.source.start): f.prompt for f in reach}
        rows += [json.dumps({"doc": path.stem, "rank": k, "prompt": f.prompt,
                             "answer": f.answer, "kind": f.kind.value,
                             "evidence": f.evidence or "", "start": f.source.start})
                 for k, f in enumerate(reach)]
        if path.stem in before:
            old = before[path.stem]
            same_top += set(list(old)[:REACH]) == {
                (f.answer, f.evidence or "", f.source.start) for f in top}
            for key, prompt in now.items():
                if key in old and old[key] != prompt:
                    changed[path.stem] += 1
                    print(f"{path.stem}\t{old[key]}\n\t-> {prompt}\t[{key[0]}]")
    n = max(1, drafts)
    print(f"{len(files)} files: named fill-ins in the top {REACH}: {named_fill}; top {PAGE}: "
          f"{drafts} drafts, questions {page_questions}, GOOD {page_good} "
          f"({100 * page_good / n:.1f} %)")
    if before:
        print(f"against {args.against}: {sum(changed.values())} prompts changed in "
              f"{len(changed)} documents; top {REACH} the same drafts in {same_top} of "
              f"{len(files)}")
    if args.dump:
        Path(args.dump).write_text("\n".join(rows) + "\n", "utf-8")


if __name__ == "__main__":
    main()

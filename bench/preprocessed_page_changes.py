"""Preprocessed drafts of every blind document, dumped and compared between two commits.

Round 21p (issue 15): a rule is worth building when it changes the first pages (top 20) of
many documents. `dump OUT.json` preprocesses each tests/data/blind/*.txt with the seed's
recipe, extracts it and writes its top-K drafts (answer, unit, prompt, note) and its
recall (K = max(3 x the key's facts, content tokens / 10), as bench/recall_topk.py) and
the key facts the first page holds (round 22p);
`compare BEFORE.json AFTER.json [--list]` prints recall before and after (per document
where it moved), the templated questions (no blank) on the first pages, how many documents
and first-page drafts changed, and with --list every first-page draft that changed beside
the one it replaced.

Usage: EDU_CACHE_DIR=off python bench/preprocessed_page_changes.py dump OUT.json
       python bench/preprocessed_page_changes.py compare BEFORE.json AFTER.json [--list]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

from bench.recall import recall  # noqa: E402
from bench.recall_topk import key_facts  # noqa: E402
from edu.extract import extract_candidates  # noqa: E402
from edu.extract.wording import BLANK  # noqa: E402
from edu.text.preprocess import preprocess  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

BLIND = Path(__file__).resolve().parent.parent / "tests" / "data" / "blind"
PAGE = 20


def dump(out: Path) -> None:
    docs = []
    with tempfile.TemporaryDirectory() as tmp:
        for doc in sorted(p for p in BLIND.glob("*.txt")):
            pre = Path(tmp) / doc.name
            pre.write_text(preprocess(doc.read_text("utf-8")) + "\n", "utf-8")
            reading = read_document(pre)
            facts = extract_candidates(reading)
            key_path = BLIND / f"{doc.stem}_key.yaml"
            k, found, on_page = max(3 * 15, len(reading.tokens) // 10), None, None
            if key_path.exists():
                key = key_facts(key_path, reading.text, True)
                k = max(3 * len(key), len(reading.tokens) // 10)
                share, _missed = recall(key, facts[:k])
                found = [round(share * len(key)), len(key)]
                page_share, _missed = recall(key, facts[:PAGE])
                on_page = [round(page_share * len(key)), len(key)]
            docs.append({"doc": doc.stem, "k": k, "recall": found, "page_recall": on_page,
                         "drafts": [
                {"rank": n, "answer": f.answer, "unit": f.unit, "prompt": f.prompt,
                 "note": f.note} for n, f in enumerate(facts[:k])]})
            print(doc.stem, found, flush=True)
    out.write_text(json.dumps(docs, indent=0), "utf-8")


def _key(draft: dict) -> tuple:
    return draft["prompt"], draft["answer"], draft["unit"]


def compare(before_path: Path, after_path: Path, listing: bool) -> None:
    before = {d["doc"]: d for d in json.loads(before_path.read_text("utf-8"))}
    after = {d["doc"]: d for d in json.loads(after_path.read_text("utf-8"))}
    got = [0, 0]
    on_page = [0, 0]  # key facts on the first page (round 22p; dumps before it have none)
    questions = [0, 0]
    docs_changed, page_docs, page_drafts, rows = 0, 0, 0, []
    for name, b in before.items():
        a = after[name]
        if b.get("page_recall") and a.get("page_recall"):
            on_page[0] += b["page_recall"][0]
            on_page[1] += a["page_recall"][0]
        if b["recall"] and a["recall"]:
            got[0] += b["recall"][0]
            got[1] += a["recall"][0]
            if b["recall"] != a["recall"]:
                print(f"recall {name}: {b['recall']} -> {a['recall']}")
        for n, d in enumerate((b, a)):
            questions[n] += sum(BLANK not in x["prompt"] for x in d["drafts"][:PAGE])
        docs_changed += [_key(x) for x in b["drafts"]] != [_key(x) for x in a["drafts"]]
        old = {_key(x) for x in b["drafts"][:PAGE]}
        new = [x for x in a["drafts"][:PAGE] if _key(x) not in old]
        page_docs += bool(new)
        page_drafts += len(new)
        at = {x["rank"]: x for x in b["drafts"][:PAGE]}
        rows += [(name, x, at.get(x["rank"])) for x in new]
    print(f"recall {got[0]} -> {got[1]}; key facts on first pages {on_page[0]} -> "
          f"{on_page[1]}; first-page questions {questions[0]} -> {questions[1]} "
          f"of {PAGE * len(before)}; documents changed (top K) {docs_changed}; first pages "
          f"changed {page_docs} ({page_drafts} drafts)")
    if listing:
        for name, x, was in rows:
            was_text = f"{was['answer']} ({was['unit']}) {was['prompt']}" if was else "-"
            print(f"{name}\t{x['rank']}\t{x['answer']} ({x['unit']}) {x['prompt']}\t"
                  f"was: {was_text}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--list", action="store_true")
    args = ap.parse_args()
    if args.command == "dump":
        dump(args.out)
    else:
        compare(args.before, args.after, args.list)


if __name__ == "__main__":
    main()

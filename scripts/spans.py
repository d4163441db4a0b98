"""Authoring helper for curated decks: find evidence spans in a document, verify facts.

Why: a reviewed fact must point at the exact clause of the source that proves it, and the
answer's stems must appear inside that clause (the proof rule of `edu check`). Counting
character offsets by hand in a 35 KB one-line file is error-prone, so this script does it.

Usage:
  python scripts/spans.py find DOC "stem phrase" [--context N]
      every occurrence of the consecutive stems, with start/end offsets and context
  python scripts/spans.py resolve DECK
      for each fact carrying `evidence: "<stem phrase>"` (a phrase of consecutive stems that
      occurs exactly once in the document), set `source` to that phrase's offsets, drop
      `evidence`; rewrites DECK in place in a stable layout
  python scripts/spans.py verify DECK
      proof rule, token-aligned spans of 8-30 tokens, prompt does not give the answer away,
      unique ids; prints problems and exits 1 if any
  python scripts/spans.py review DECK [--ids ID ...] [--context N]
      for fact-checking by hand: each fact's prompt, answer, aliases, category, section and
      its evidence as restored words [[in brackets]] with N restored words either side
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from edu.text.preprocess import preprocess_words
from edu.text.reading import Reading, read_document
from edu.text.source import Span

FACT_KEYS = ("id", "kind", "prompt", "answer", "unit", "tolerance", "aliases", "category",
             "section", "source", "tags", "note", "status")
HEADER_KEYS = ("deck", "id", "source", "description", "language", "tags")
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 ._/-]*[A-Za-z0-9]")


def find_phrase(doc: Reading, phrase: str) -> list[tuple[int, int]]:
    """Token index ranges [i, j) where the stems of `phrase` occur consecutively."""
    want = phrase.split()
    stems = [t.stem for t in doc.tokens]
    n = len(want)
    return [(i, i + n) for i in range(len(stems) - n + 1) if stems[i:i + n] == want]


def answer_key(text: str) -> str:
    """The answer as the proof rule compares it: its stems joined without spaces."""
    return "".join(preprocess_words(text))


def span_key(doc: Reading, span: Span) -> str:
    """The evidence as the proof rule compares it: the span's stems joined without spaces."""
    return "".join(t.stem for t in doc.tokens[slice(*doc.token_range(span))])


def proof_problems(doc: Reading, fact: dict[str, Any]) -> list[str]:
    """Everything wrong with one fact's evidence, as readable messages."""
    problems = []
    span = Span.from_dict(fact["source"])
    starts = {t.start for t in doc.tokens}
    ends = {t.end for t in doc.tokens}
    if span.start not in starts or span.end not in ends:
        problems.append(f"span {span.start}-{span.end} is not aligned to token boundaries")
    n_tokens = len(doc.tokens[slice(*doc.token_range(span))])
    if not 8 <= n_tokens <= 30:
        problems.append(f"span has {n_tokens} tokens (want 8-30)")
    key = answer_key(str(fact["answer"]))
    if not key:
        problems.append("answer has no stems")
    elif key not in span_key(doc, span):
        problems.append(f"answer stems {key!r} not in span: {doc.text[span.start:span.end]!r}")
    prompt_key = " ".join(preprocess_words(fact["prompt"]))
    answer_words = " ".join(preprocess_words(str(fact["answer"])))
    if answer_words and f" {answer_words} " in f" {prompt_key} ":
        problems.append(f"prompt contains the answer {fact['answer']!r}")
    return problems


def emit_scalar(value: Any) -> str:
    """One YAML scalar: strings as JSON strings (a subset of YAML double-quoted), else plain."""
    if isinstance(value, str):
        if _PLAIN.fullmatch(value) and yaml.safe_load(value) == value:
            return value
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    return str(value)


def emit_value(key: str, value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(emit_scalar(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {emit_scalar(v)}" for k, v in value.items()) + "}"
    return emit_scalar(value)


def emit_deck(data: dict[str, Any], header_comment: str) -> str:
    """The deck as YAML, one key per line, facts in flow-free block style, stable key order."""
    lines = [header_comment.rstrip("\n")] if header_comment else []
    for key in HEADER_KEYS:
        if key in data:
            lines.append(f"{key}: {emit_value(key, data[key])}")
    lines.append("facts:")
    for fact in data["facts"]:
        first = True
        for key in FACT_KEYS + tuple(k for k in fact if k not in FACT_KEYS):
            if key not in fact:
                continue
            prefix = "  - " if first else "    "
            first = False
            lines.append(f"{prefix}{key}: {emit_value(key, fact[key])}")
    return "\n".join(lines) + "\n"


def leading_comment(text: str) -> str:
    out = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        out.append(line)
    return "\n".join(out)


def load_raw(deck_path: Path) -> tuple[dict[str, Any], Reading, str]:
    text = deck_path.read_text("utf-8")
    data = yaml.safe_load(text)
    doc = read_document(deck_path.parent / data["source"])
    return data, doc, text


def section_at(doc: Reading, offset: int) -> str:
    """Section label from the document model once section detection exists, else ''."""
    finder = getattr(doc, "section_at", None)
    section = finder(offset) if finder else None
    return section.label if section else ""


def cmd_find(args: argparse.Namespace) -> int:
    doc = read_document(args.doc)
    hits = find_phrase(doc, args.phrase)
    for i, j in hits:
        start, end = doc.tokens[i].start, doc.tokens[j - 1].end
        lo, hi = max(0, i - args.context), min(len(doc.tokens), j + args.context)
        before = " ".join(t.stem for t in doc.tokens[lo:i])
        after = " ".join(t.stem for t in doc.tokens[j:hi])
        print(f"{start}-{end}  ...{before} [{doc.text[start:end]}] {after}...")
    if not hits:
        print("no match", file=sys.stderr)
    return 0 if hits else 1


def cmd_resolve(args: argparse.Namespace) -> int:
    path = Path(args.deck)
    data, doc, text = load_raw(path)
    failed = 0
    for fact in data["facts"]:
        phrase = fact.pop("evidence", None)
        if phrase is None:
            continue
        hits = find_phrase(doc, phrase)
        if len(hits) != 1:
            print(f"{fact['id']}: evidence occurs {len(hits)} times: {phrase!r}", file=sys.stderr)
            fact["evidence"] = phrase
            failed += 1
            continue
        i, j = hits[0]
        fact["source"] = {"start": doc.tokens[i].start, "end": doc.tokens[j - 1].end}
    path.write_text(emit_deck(data, leading_comment(text)), "utf-8")
    return 1 if failed else 0


def cmd_verify(args: argparse.Namespace) -> int:
    data, doc, _ = load_raw(Path(args.deck))
    bad = 0
    seen: set[str] = set()
    for fact in data["facts"]:
        problems = []
        if fact["id"] in seen:
            problems.append("duplicate id")
        seen.add(fact["id"])
        if "evidence" in fact:
            problems.append("unresolved evidence")
        else:
            problems += proof_problems(doc, fact)
            detected = section_at(doc, fact["source"]["start"])
            if args.sections and detected and detected != fact.get("section"):
                problems.append(f"section {fact.get('section')!r} but detected {detected!r}")
        for p in problems:
            print(f"{fact['id']}: {p}")
        bad += bool(problems)
    print(f"{len(data['facts'])} facts, {bad} with problems", file=sys.stderr)
    return 1 if bad else 0


def cmd_review(args: argparse.Namespace) -> int:
    """Print every fact (or the chosen ids) beside its restored evidence, for a human check."""
    data, doc, _ = load_raw(Path(args.deck))
    words = doc.words
    wanted = set(args.ids or [])
    for fact in data["facts"]:
        if wanted and fact["id"] not in wanted:
            continue
        start, end = fact["source"]["start"], fact["source"]["end"]
        inside = [i for i, t in enumerate(doc.tokens) if t.start >= start and t.end <= end]
        if not inside:
            print(f"{fact['id']}: span {start}-{end} holds no token\n")
            continue
        i, j = inside[0], inside[-1] + 1
        lo, hi = max(0, i - args.context), min(len(words), j + args.context)
        extra = "".join(f" {k}={fact[k]!r}" for k in ("unit", "tolerance") if k in fact)
        print(f"{fact['id']}  ({fact['kind']}, category={fact.get('category')!r}, "
              f"section={fact.get('section')!r}, {start}-{end})")
        print(f"  Q: {fact['prompt']}")
        print(f"  A: {fact['answer']!r}  aliases={fact.get('aliases', [])}{extra}")
        if fact.get("note"):
            print(f"  note: {fact['note']}")
        print(f"  T: {' '.join(words[lo:i])} [[{' '.join(words[i:j])}]] {' '.join(words[j:hi])}")
        print()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("find")
    p.add_argument("doc")
    p.add_argument("phrase")
    p.add_argument("--context", type=int, default=8)
    p.set_defaults(func=cmd_find)
    p = sub.add_parser("resolve")
    p.add_argument("deck")
    p.set_defaults(func=cmd_resolve)
    p = sub.add_parser("verify")
    p.add_argument("deck")
    p.add_argument("--sections", action="store_true",
                   help="also compare each fact's section with the detected one")
    p.set_defaults(func=cmd_verify)
    p = sub.add_parser("review")
    p.add_argument("deck")
    p.add_argument("--ids", nargs="*", help="only these fact ids")
    p.add_argument("--context", type=int, default=25, help="restored words either side")
    p.set_defaults(func=cmd_review)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

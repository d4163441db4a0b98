"""Blind review of drafts and items on held-out documents, before and after a change of code.

Issue 15 is measured on documents nobody tuned on (NAME.txt with NAME_key.yaml, 15 facts
each) by fresh reviewers who see unlabelled, shuffled sheets. The lead runs, in order:

1. `snapshot --set DIR --out OUT`: with whatever `edu` is first on sys.path (run it as
   `cd /tmp && PYTHONPATH=/work/wt-X python .../bench/blind_review.py snapshot ...` to measure
   the tree /work/wt-X; this script never puts its own tree ahead of PYTHONPATH), every cache
   off. Per document: the raw ranked drafts (top 20 kept) and the recall of the key in the top
   K (bench/recall_topk.py's matching and K), the same for the preprocessed form (the seed
   recipe, as `edu preprocess` writes it), and the items a user gets from `edu quiz NAME.txt` /
   `edu export NAME.txt` (`edu items NAME.txt --every-way`: the best drafts kept, unreviewed,
   every item the trainer and the exports are given), the first two per kind. Writes
   OUT/NAME.json and OUT/summary.json.
2. `sheets BEFORE AFTER OUT [--seed N]`: the reviewers' sheets (raw.md, pre.md, items.md):
   per document, the union of both versions' entries, identical ones once, shuffled with the
   seed, with ids (r001, p001, i001) and nothing saying which version held them; the
   documents copied into OUT/documents; OUT/map.json (id -> versions and ranks); and the
   briefs OUT/brief-raw.md, brief-pre.md, brief-items.md from bench/blind_review/*.md.
3. Three fresh reviewers, one brief each, write OUT/verdicts-raw.tsv, verdicts-pre.tsv,
   verdicts-items.tsv (id, verdict, reason, note).
4. `score OUT`: counts per version, the changed entries' verdicts, reasons, recall; prints a
   markdown table for docs/EXTRACT.md (also OUT/score.md) and writes OUT/labels.jsonl (every
   judged entry with its verdict: tuning labels to commit).

Stdlib and what edu already depends on (PyYAML through bench/recall_topk.py) only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
BRIEFS = HERE / "blind_review"
PAGE = 20  # the first page: what a teacher reads first, and what the reviewers judge
ITEMS_PER_KIND = 2  # items: the first two of each kind, as earlier blind measurements did
ITEM_KINDS = ("short_answer", "multiple_choice", "true_false", "cloze", "numeric", "matching",
              "ordering")
FORMS = ("raw", "pre", "items")
FORM_TITLES = {"raw": "raw drafts", "pre": "preprocessed drafts", "items": "items"}
ID_LETTER = {"raw": "r", "pre": "p", "items": "i"}
VERDICTS = {"raw": ("keep", "edit", "drop"), "pre": ("keep", "edit", "drop"),
            "items": ("good", "flawed", "wrong")}
# The fixed reasons a reviewer chooses from (code, what it means); a reviewer may write either.
REASONS = (("subject", "subject not named"),
           ("broken", "broken wording"),
           ("jumble", "keyword jumble"),
           ("wrong-answer", "wrong or garbled answer"),
           ("duplicate", "duplicate"),
           ("trivial", "trivial or vague"),
           ("referent", "wrong referent"),
           ("long-copy", "long copy"),
           ("options", "bad options"),
           ("other", "other"))
_REASON_CODE = {name: code for code, name in REASONS} | {code: code for code, _ in REASONS}
NO_REASON = ("", "-")  # a keep or a good item needs no reason
TSV_HEADER = ("id", "verdict", "reason", "note")


class ReviewError(Exception):
    """A problem with the reviewers' files or the snapshots, said with its file (and line)."""


# ---------------------------------------------------------------- snapshot

def _recall_topk() -> ModuleType:
    """bench/recall_topk.py (its key reading, matching and the documents' preprocessing),
    loaded without letting it choose the edu measured: it puts this tree first on sys.path,
    so the edu first on sys.path now is imported before and sys.path restored after."""
    import edu  # noqa: F401  (the edu measured: fixed before recall_topk touches sys.path)

    saved = list(sys.path)
    try:
        spec = importlib.util.spec_from_file_location("blind_review_recall_topk",
                                                      HERE / "recall_topk.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved
    return module


def edu_origin() -> dict[str, Any]:
    """Which edu is measured: its folder and, in a git checkout, its commit (and whether the
    tree has changes not committed)."""
    import edu

    root = Path(edu.__file__).resolve().parent.parent
    out: dict[str, Any] = {"edu": str(Path(edu.__file__).resolve().parent), "commit": None,
                           "dirty": None}
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
        status = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--", "edu"],
                                capture_output=True, text=True, check=True).stdout
        out["commit"], out["dirty"] = head, bool(status.strip())
    except (OSError, subprocess.CalledProcessError):
        pass
    return out


def documents(set_dir: Path) -> list[tuple[Path, Path]]:
    """Every NAME.txt in the folder that has a NAME_key.yaml beside it, by name."""
    pairs = [(doc, doc.with_name(f"{doc.stem}_key.yaml")) for doc in sorted(set_dir.glob("*.txt"))]
    pairs = [(doc, key) for doc, key in pairs if key.exists()]
    if not pairs:
        raise ReviewError(f"{set_dir}: no NAME.txt with a NAME_key.yaml beside it")
    return pairs


def _draft_row(rank: int, fact: Any) -> dict[str, Any]:
    return {"rank": rank, "id": fact.id, "kind": str(fact.kind.value), "prompt": fact.prompt,
            "answer": fact.answer, "evidence": fact.evidence or "", "category": fact.category,
            "score": fact.score}


def measure_form(rt: ModuleType, path: Path, key_path: Path, stemmed_key: bool
                 ) -> dict[str, Any]:
    """The ranked drafts of one form of a document and the key's recall in its top K, as
    bench/recall_topk.py measures it (its `key_facts` and `recall`; K as its `measure`)."""
    reading = rt.read_document(path)
    key = rt.key_facts(key_path, reading.text, stemmed_key)
    facts = rt.extract_candidates(reading)
    k = max(3 * len(key), len(reading.tokens) // 10)  # recall_topk.measure's K
    share, missed = rt.recall(key, facts[:k])
    return {"path": str(path), "k": k, "found": round(share * len(key)), "key_facts": len(key),
            "missed": [{"kind": m.kind, "answer": m.answer, "near": m.near} for m in missed],
            "drafts": len(facts), "top": [_draft_row(r + 1, f) for r, f in
                                          enumerate(facts[:PAGE])]}


def _edu_env(cache: str = "off") -> dict[str, str]:
    """The environment of an `edu` subprocess: the edu imported here first on its path, every
    cache off."""
    import edu

    root = str(Path(edu.__file__).resolve().parent.parent)
    env = dict(os.environ, EDU_CACHE_DIR=cache)
    env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
    return env


def _start_items(doc: Path, cwd: Path) -> subprocess.Popen[str]:
    """`edu items DOC --every-way`: exactly the items `edu quiz` / `edu export` are given for
    a document (its unreviewed best drafts; `edu items` alone would spread them further)."""
    cmd = [sys.executable, "-m", "edu", "items", str(doc), "--every-way", "--format", "json",
           "--seed", "0"]
    return subprocess.Popen(cmd, cwd=cwd, env=_edu_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _item_row(rank: int, item: dict[str, Any]) -> dict[str, Any]:
    row = {"rank": rank, "id": item.get("id", ""), "kind": item["kind"],
           "prompt": item.get("prompt", ""), "answer": str(item.get("answer", "")),
           "evidence": item.get("evidence", "")}
    for name in ("options", "pairs", "true_statement", "unit"):
        if item.get(name):
            row[name] = item[name]
    return row


def first_per_kind(items: Sequence[dict[str, Any]], per_kind: int = ITEMS_PER_KIND
                   ) -> list[dict[str, Any]]:
    """The first `per_kind` items of each kind, in the order they were made (rank = place in
    the whole list, from 1)."""
    taken: Counter[str] = Counter()
    out = []
    for rank, item in enumerate(items, 1):
        if taken[item["kind"]] < per_kind:
            taken[item["kind"]] += 1
            out.append(_item_row(rank, item))
    return out


def _finish_items(proc: subprocess.Popen[str], doc: Path) -> dict[str, Any]:
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise ReviewError(f"{doc}: edu items failed ({proc.returncode}): {err.strip()}")
    items = json.loads(out)
    return {"command": f"edu items {doc.name} --every-way --format json --seed 0",
            "total": len(items), "per_kind": dict(Counter(i["kind"] for i in items)),
            "first": first_per_kind(items)}


def _check_subprocess_edu(cwd: Path) -> str:
    """The edu an `edu` subprocess imports: must be the one measured here."""
    got = subprocess.run([sys.executable, "-c", "import edu; print(edu.__file__)"], cwd=cwd,
                         env=_edu_env(), capture_output=True, text=True, check=True).stdout
    return str(Path(got.strip()).resolve().parent)


def snapshot(set_dir: Path, out: Path) -> dict[str, Any]:
    """OUT/NAME.json per document and OUT/summary.json (see the module's docstring)."""
    os.environ["EDU_CACHE_DIR"] = "off"  # in-process extraction too: nothing from a cache
    started = time.monotonic()
    pairs = documents(set_dir)
    rt = _recall_topk()
    origin = edu_origin()
    out.mkdir(parents=True, exist_ok=True)
    pre_dir = out / "preprocessed"
    pre_dir.mkdir(exist_ok=True)
    if _check_subprocess_edu(out) != origin["edu"]:
        raise ReviewError(f"the `edu` subprocess would import another edu than {origin['edu']}")
    summary: dict[str, Any] = {"set": str(set_dir.resolve()), "origin": origin,
                               "python": sys.executable, "documents": {}}
    for doc, key_path in pairs:
        proc = _start_items(doc.resolve(), out)  # runs beside this process's extraction
        pre_path = pre_dir / f"{doc.stem}.txt"  # as recall_topk and `edu preprocess` write it
        pre_path.write_text(rt.preprocess(doc.read_text("utf-8")) + "\n", "utf-8")
        record: dict[str, Any] = {
            "document": doc.stem, "path": str(doc.resolve()), "key": str(key_path.resolve()),
            "raw": measure_form(rt, doc, key_path, stemmed_key=False),
            "pre": measure_form(rt, pre_path.resolve(), key_path, stemmed_key=True),
            "items": _finish_items(proc, doc)}
        (out / f"{doc.stem}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1) + "\n", "utf-8")
        summary["documents"][doc.stem] = {
            "raw": [record["raw"]["found"], record["raw"]["key_facts"], record["raw"]["k"]],
            "pre": [record["pre"]["found"], record["pre"]["key_facts"], record["pre"]["k"]],
            "drafts": [record["raw"]["drafts"], record["pre"]["drafts"]],
            "items": record["items"]["total"], "items_first": len(record["items"]["first"])}
        raw, pre = record["raw"], record["pre"]
        print(f"{doc.stem:28} raw {raw['found']:2}/{raw['key_facts']} in top {raw['k']:3}  "
              f"pre {pre['found']:2}/{pre['key_facts']} in top {pre['k']:3}  "
              f"items {record['items']['total']}", file=sys.stderr)
    docs = summary["documents"].values()
    summary["recall"] = {form: [sum(d[form][0] for d in docs), sum(d[form][1] for d in docs)]
                         for form in ("raw", "pre")}
    summary["seconds"] = round(time.monotonic() - started, 1)
    (out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", "utf-8")
    return summary


# ---------------------------------------------------------------- sheets

def _load_snapshot(folder: Path) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    summary_path = folder / "summary.json"
    if not summary_path.exists():
        raise ReviewError(f"{summary_path}: no snapshot here (run `snapshot --out {folder}`)")
    summary = json.loads(summary_path.read_text("utf-8"))
    records = {}
    for name in summary["documents"]:
        records[name] = json.loads((folder / f"{name}.json").read_text("utf-8"))
    return summary, records


def entry_key(form: str, row: dict[str, Any]) -> str:
    """What a reviewer sees of an entry: two entries showing the same are one entry."""
    shown = {k: row.get(k) for k in ("prompt", "answer", "evidence")}
    if form == "items":
        shown |= {k: row.get(k) for k in ("kind", "options", "pairs", "true_statement", "unit")}
    return json.dumps(shown, sort_keys=True, ensure_ascii=False)


def _shown(row: dict[str, Any]) -> dict[str, Any]:
    """The entry without what could tell its version (rank, fact id, score)."""
    return {k: v for k, v in row.items() if k not in ("rank", "id", "score")}


def _entries(form: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    return list(record["items"]["first"] if form == "items" else record[form]["top"])


def union(form: str, versions: dict[str, dict[str, Any]], rng: random.Random
          ) -> list[tuple[dict[str, Any], dict[str, list[int]]]]:
    """One document's entries of both versions, identical ones once, shuffled: each with the
    ranks it had in each version that held it."""
    seen: dict[str, tuple[dict[str, Any], dict[str, list[int]]]] = {}
    for version, record in versions.items():
        for row in _entries(form, record):
            shown, ranks = seen.setdefault(entry_key(form, row), (_shown(row), {}))
            ranks.setdefault(version, []).append(int(row["rank"]))
    out = list(seen.values())
    rng.shuffle(out)
    return out


def _options_lines(row: dict[str, Any]) -> list[str]:
    lines = []
    if row.get("pairs"):
        lines.append("- match: " + " | ".join(f"{i + 1}. {left}" for i, (left, _right)
                                              in enumerate(row["pairs"])))
    if row.get("options"):
        letters = "ABCDEFGHIJ"
        lines.append("- options: " + " | ".join(f"{letters[i]}) {o}" if i < len(letters) else o
                                                for i, o in enumerate(row["options"])))
    return lines


def _field(label: str, value: object) -> str:
    """One line of an entry; a value of several lines (an ordering's or a matching's
    evidence, one sentence an event) as a nested list."""
    lines = str(value).splitlines() or [""]
    if len(lines) == 1:
        return f"- {label}: {lines[0]}"
    return "\n".join([f"- {label}:", *(f"  - {line}" for line in lines)])


def render_entry(entry_id: str, form: str, row: dict[str, Any]) -> str:
    head = f"### {entry_id}" + (f" ({row['kind']})" if form == "items" else "")
    lines = [head, _field("prompt", row["prompt"]), *_options_lines(row),
             _field("answer", row["answer"])]
    if row.get("unit"):
        lines.append(_field("unit", row["unit"]))
    if form == "items" and row.get("true_statement") and row["answer"] == "false":
        lines.append(_field("true statement", row["true_statement"]))
    if row.get("evidence"):
        lines.append(_field("evidence", row["evidence"]))
    return "\n".join(lines)


def _fill(template: Path, sheets: Path, set_name: str) -> str:
    return template.read_text("utf-8").replace("{SHEETS}", str(sheets)).replace("{SET}",
                                                                                 set_name)


def make_sheets(before: Path, after: Path, out: Path, seed: int = 0,
                set_name: str | None = None) -> dict[str, Any]:
    """OUT/raw.md, pre.md, items.md, OUT/documents/, OUT/map.json and the three briefs."""
    snaps = {"before": _load_snapshot(before), "after": _load_snapshot(after)}
    names = sorted(set(snaps["before"][1]) | set(snaps["after"][1]))
    missing = [n for n in names if any(n not in records for _s, records in snaps.values())]
    if missing:
        raise ReviewError(f"documents in one snapshot only: {', '.join(missing)}")
    out.mkdir(parents=True, exist_ok=True)
    docs_dir = out / "documents"
    docs_dir.mkdir(exist_ok=True)
    set_name = set_name or Path(snaps["before"][0]["set"]).name
    mapping: dict[str, Any] = {"set": set_name, "seed": seed, "entries": {},
                               "versions": {v: {"snapshot": str(folder.resolve()),
                                                "origin": snaps[v][0].get("origin"),
                                                "recall": snaps[v][0].get("recall"),
                                                "documents": snaps[v][0]["documents"]}
                                            for v, folder in (("before", before),
                                                              ("after", after))}}
    paths: dict[tuple[str, str], str] = {}
    for name in names:
        first = snaps["before"][1][name]
        shutil.copyfile(first["path"], docs_dir / f"{name}.txt")
        paths[("raw", name)] = paths[("items", name)] = f"documents/{name}.txt"
        pre_texts = {v: Path(snaps[v][1][name]["pre"]["path"]).read_text("utf-8")
                     for v in snaps}
        (docs_dir / f"{name}.preprocessed.txt").write_text(pre_texts["before"], "utf-8")
        paths[("pre", name)] = f"documents/{name}.preprocessed.txt"
        if pre_texts["before"] != pre_texts["after"]:
            print(f"{name}: the preprocessed texts differ; the sheet shows the first version's",
                  file=sys.stderr)
    for form in FORMS:
        blocks = [f"# Blind review, {set_name}: {FORM_TITLES[form]}"]
        number = 0
        for doc_no, name in enumerate(names, 1):
            rng = random.Random(f"{seed}:{form}:{name}")  # a str seed: the same on every run
            versions = {v: snaps[v][1][name] for v in snaps}
            blocks.append(f"## Document {doc_no}: {name}\n\nRead first: `{paths[(form, name)]}` "
                          f"(in this folder)")
            for row, ranks in union(form, versions, rng):
                number += 1
                entry_id = f"{ID_LETTER[form]}{number:03}"
                blocks.append(render_entry(entry_id, form, row))
                mapping["entries"][entry_id] = {"form": form, "document": name, "ranks": ranks,
                                                "entry": row}
        (out / f"{form}.md").write_text("\n\n".join(blocks) + "\n", "utf-8")
        brief = BRIEFS / f"brief-{form}.md"
        (out / brief.name).write_text(_fill(brief, out.resolve(), set_name), "utf-8")
    (out / "map.json").write_text(json.dumps(mapping, ensure_ascii=False, indent=1) + "\n",
                                  "utf-8")
    return mapping


# ---------------------------------------------------------------- score

def read_verdicts(path: Path, form: str, ids: Iterable[str]) -> dict[str, tuple[str, str, str]]:
    """id -> (verdict, reason code, note) from a reviewer's TSV; every problem is a
    ReviewError naming the file and line, and every id of the form must be judged once."""
    wanted = set(ids)
    if not path.exists():
        raise ReviewError(f"{path}: no verdicts file (the reviewer writes it; see the brief)")
    out: dict[str, tuple[str, str, str]] = {}
    for line_no, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        where = f"{path}:{line_no}"
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if tuple(c.lower() for c in cells[:2]) == TSV_HEADER[:2]:
            continue
        if len(cells) < 2:
            raise ReviewError(f"{where}: expected id, verdict, reason, note separated by tabs: "
                              f"{line!r}")
        entry_id, verdict = cells[0], cells[1].lower()
        reason = cells[2].lower() if len(cells) > 2 else ""
        note = "\t".join(cells[3:]).strip()
        if entry_id not in wanted:
            raise ReviewError(f"{where}: unknown id {entry_id!r} (not on the {form} sheet)")
        if entry_id in out:
            raise ReviewError(f"{where}: {entry_id} judged twice")
        if verdict not in VERDICTS[form]:
            raise ReviewError(f"{where}: verdict {cells[1]!r} is not one of "
                              f"{', '.join(VERDICTS[form])}")
        if reason in NO_REASON:
            if verdict != VERDICTS[form][0]:
                raise ReviewError(f"{where}: a {verdict} needs a reason: "
                                  f"{', '.join(c for c, _n in REASONS)}")
            reason = ""
        elif reason not in _REASON_CODE:
            raise ReviewError(f"{where}: reason {cells[2]!r} is not one of "
                              f"{', '.join(c for c, _n in REASONS)}")
        else:
            reason = _REASON_CODE[reason]
        if reason == "other" and not note:
            raise ReviewError(f"{where}: reason 'other' needs a note saying what")
        out[entry_id] = (verdict, reason, note)
    left = sorted(wanted - set(out))
    if left:
        raise ReviewError(f"{path}: {len(left)} entries not judged: {', '.join(left[:10])}"
                          + (" ..." if len(left) > 10 else ""))
    return out


def _counts(form: str, entries: dict[str, Any], verdicts: dict[str, tuple[str, str, str]],
            version: str, only: bool = False) -> Counter[str]:
    """Verdicts of the version's entries, each counted at every rank it held (a page's 20),
    or with `only` the entries this version alone held (each once)."""
    out: Counter[str] = Counter()
    for entry_id, e in entries.items():
        if e["form"] != form or version not in e["ranks"]:
            continue
        if only:
            if len(e["ranks"]) == 1:
                out[verdicts[entry_id][0]] += 1
        else:
            out[verdicts[entry_id][0]] += len(e["ranks"][version])
    return out


def _triple(form: str, counts: Counter[str]) -> str:
    total = sum(counts.values())
    return " / ".join(str(counts[v]) for v in VERDICTS[form]) + f" of {total}"


def _recall_cell(recall: Sequence[int] | None) -> str:
    if not recall:
        return "?"
    got, total = recall
    return f"{got}/{total} ({100 * got / max(1, total):.0f} %)"


def _label(mapping: dict[str, Any], version: str) -> str:
    commit = (mapping["versions"][version].get("origin") or {}).get("commit")
    return f"{version} {commit[:7]}" if commit else version


def score(out: Path) -> str:
    """The markdown table and notes (also OUT/score.md) and OUT/labels.jsonl."""
    map_path = out / "map.json"
    if not map_path.exists():
        raise ReviewError(f"{map_path}: no map (run `sheets` first)")
    mapping = json.loads(map_path.read_text("utf-8"))
    entries: dict[str, Any] = mapping["entries"]
    verdicts: dict[str, tuple[str, str, str]] = {}
    for form in FORMS:
        ids = [i for i, e in entries.items() if e["form"] == form]
        verdicts |= read_verdicts(out / f"verdicts-{form}.tsv", form, ids)
    versions = ("before", "after")
    head = [_label(mapping, v) for v in versions]
    rows = [f"| measure | {head[0]} | {head[1]} |", "| --- | --- | --- |",
            "| raw: key in top K | " + " | ".join(
                _recall_cell((mapping["versions"][v].get("recall") or {}).get("raw"))
                for v in versions) + " |",
            "| preprocessed: key in top K | " + " | ".join(
                _recall_cell((mapping["versions"][v].get("recall") or {}).get("pre"))
                for v in versions) + " |"]
    titles = {"raw": "raw top 20: keep / edit / drop",
              "pre": "preprocessed top 20: keep / edit / drop",
              "items": "items (first 2 per kind): good / flawed / wrong"}
    for form in FORMS:
        rows.append(f"| {titles[form]} | " + " | ".join(
            _triple(form, _counts(form, entries, verdicts, v)) for v in versions) + " |")
    changed = []
    for form in FORMS:
        page = [e for e in entries.values() if e["form"] == form and "after" in e["ranks"]]
        new = sum(len(e["ranks"]["after"]) for e in page if "before" not in e["ranks"])
        changed.append(f"{new} of {sum(len(e['ranks']['after']) for e in page)}")
    rows.append("| entries new on the page: raw; preprocessed; items shown | | "
                + "; ".join(changed) + " |")
    lines = rows + ["", "Entries in one version only, their verdicts:", ""]
    for form in FORMS:
        parts = [f"{v} {_triple(form, _counts(form, entries, verdicts, v, only=True))}"
                 for v in versions]
        lines.append(f"- {FORM_TITLES[form]}: " + "; ".join(parts))
    lines += ["", "Reasons (entries not kept / not good), per version:", ""]
    names = dict(REASONS)
    for form in FORMS:
        for v in versions:
            tally: Counter[str] = Counter()
            for entry_id, e in entries.items():
                if e["form"] == form and v in e["ranks"] and verdicts[entry_id][1]:
                    tally[verdicts[entry_id][1]] += len(e["ranks"][v])
            said = ", ".join(f"{names[r]} {n}" for r, n in tally.most_common()) or "none"
            lines.append(f"- {FORM_TITLES[form]}, {v}: {said}")
    lines += ["", "The entries in one version only (to read):", ""]
    for entry_id, e in entries.items():
        if len(e["ranks"]) == 1:
            (version, ranks), = e["ranks"].items()
            verdict, reason, note = verdicts[entry_id]
            why = "; ".join(filter(None, [names.get(reason, ""), note]))
            lines.append(f"- {entry_id} {e['document']}, {version} #{ranks[0]}: {verdict}"
                         + (f" ({why})" if why else "") + f": {e['entry']['prompt']}"
                         + f" -> {e['entry']['answer']}")
    text = "\n".join(lines) + "\n"
    (out / "score.md").write_text(text, "utf-8")
    with open(out / "labels.jsonl", "w", encoding="utf-8") as labels:
        for entry_id, e in entries.items():
            verdict, reason, note = verdicts[entry_id]
            row = e["entry"]
            labels.write(json.dumps(
                {"set": mapping["set"], "document": e["document"], "form": e["form"],
                 "id": entry_id, "kind": row.get("kind"), "prompt": row.get("prompt"),
                 "options": row.get("options"), "pairs": row.get("pairs"),
                 "true_statement": row.get("true_statement"), "answer": row.get("answer"),
                 "category": row.get("category"),
                 "evidence": row.get("evidence"), "verdict": verdict,
                 "reason": names.get(reason, ""), "note": note,
                 "versions": {_label(mapping, v): ranks for v, ranks in e["ranks"].items()}},
                ensure_ascii=False) + "\n")
    return text


# ---------------------------------------------------------------- command line

def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("snapshot", help="drafts, recall and items of every NAME.txt with a key")
    p.add_argument("--set", required=True, type=Path, help="folder of NAME.txt + NAME_key.yaml")
    p.add_argument("--out", required=True, type=Path)
    p = sub.add_parser("sheets", help="the reviewers' shuffled sheets, map.json and briefs")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--set-name", help="the set's name in the briefs (default: its folder's)")
    p = sub.add_parser("score", help="the verdicts counted per version; labels.jsonl")
    p.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    try:
        if args.command == "snapshot":
            summary = snapshot(args.set, args.out)
            recall = summary["recall"]
            print(f"raw {recall['raw'][0]}/{recall['raw'][1]}, preprocessed "
                  f"{recall['pre'][0]}/{recall['pre'][1]} in {summary['seconds']} s "
                  f"(edu {summary['origin']['edu']}, {summary['origin']['commit']})")
        elif args.command == "sheets":
            mapping = make_sheets(args.before, args.after, args.out, args.seed, args.set_name)
            counts = Counter(e["form"] for e in mapping["entries"].values())
            print(f"{args.out}: raw {counts['raw']}, pre {counts['pre']}, items "
                  f"{counts['items']} entries; briefs brief-raw.md, brief-pre.md, brief-items.md")
        else:
            sys.stdout.write(score(args.out))
    except ReviewError as exc:
        print(f"blind_review: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

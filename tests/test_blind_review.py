"""bench/blind_review.py: the reviewers' sheets from two snapshots, and the score of their
verdicts. Fake snapshots only (no extraction): the sheets must be the union of both versions,
identical entries once, shuffled by the seed alone, and say nothing of which version held what;
the score must count what the verdicts say and name the file and line of a bad verdict."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from bench import blind_review as br


def _draft(rank: int, prompt: str, answer: str, evidence: str) -> dict:
    return {"rank": rank, "id": f"fact-{prompt[:6]}-{rank}", "kind": "name", "prompt": prompt,
            "answer": answer, "evidence": evidence, "category": "person", "score": 5.0 + rank}


def _item(rank: int, kind: str, prompt: str, answer: str, **extra: object) -> dict:
    return {"rank": rank, "id": f"{kind}-{rank}", "kind": kind, "prompt": prompt,
            "answer": answer, "evidence": f"Evidence of {prompt}", **extra}


def _snapshot(folder: Path, docs: dict[str, dict[str, list[dict]]], commit: str,
              recall: tuple[int, int]) -> Path:
    """A snapshot folder as `snapshot` writes it, from given drafts and items."""
    folder.mkdir(parents=True)
    (folder / "preprocessed").mkdir()
    summary: dict = {"set": str(folder.parent / "set23"), "origin": {"edu": "/x/edu",
                                                                    "commit": commit},
                     "documents": {}, "recall": {"raw": list(recall), "pre": [10, 15]}}
    for name, parts in docs.items():
        doc = folder.parent / f"{name}.txt"
        doc.write_text(f"The text of {name}.\n", "utf-8")
        pre = folder / "preprocessed" / f"{name}.txt"
        pre.write_text(f"text {name}\n", "utf-8")
        record = {"document": name, "path": str(doc),
                  "raw": {"path": str(doc), "top": parts["raw"]},
                  "pre": {"path": str(pre), "top": parts["pre"]},
                  "items": {"first": parts["items"]}}
        (folder / f"{name}.json").write_text(json.dumps(record), "utf-8")
        summary["documents"][name] = {"raw": [recall[0], 15, 45]}
    (folder / "summary.json").write_text(json.dumps(summary), "utf-8")
    return folder


@pytest.fixture
def two_snapshots(tmp_path: Path) -> tuple[Path, Path]:
    shared = _draft(1, "Who founded the Lyceum?", "Ada Moss", "Ada Moss founded the Lyceum.")
    before = _snapshot(tmp_path / "snapQ7-zeta", {
        "lyceum": {
            "raw": [shared,
                    _draft(2, "In which town did Ada Moss teach?", "Leeds",
                           "Ada Moss taught in Leeds."),
                    _draft(3, "Ada Moss married _____.", "Tom Hale",
                           "In 1890 she married Tom Hale.")],
            "pre": [_draft(1, "Which town? ada moss teach", "Leeds", "ada moss teach leeds")],
            "items": [_item(1, "cloze", "Ada Moss founded the _____.", "Lyceum"),
                      _item(4, "multiple_choice", "Who founded the Lyceum?", "Ada Moss",
                            options=["Ada Moss", "Tom Hale", "Jo Finch", "Ed Lamb"])]}},
        "c0ffee1111111111", (10, 15))
    after = _snapshot(tmp_path / "snapK2-omega", {
        "lyceum": {
            # the shared draft at another rank: still one entry; the fill-in rewritten as a
            # question with the same answer and evidence: a second entry
            "raw": [_draft(1, "Whom did Ada Moss marry?", "Tom Hale",
                           "In 1890 she married Tom Hale."),
                    {**shared, "rank": 2, "id": "another-id", "score": 1.0},
                    _draft(3, "Which school did Ada Moss found?", "the Lyceum",
                           "Ada Moss founded the Lyceum.")],
            # two drafts showing the same: one entry, counted at both of its ranks
            "pre": [_draft(1, "Which town? ada moss teach", "Leeds", "ada moss teach leeds"),
                    _draft(2, "Which town? ada moss teach", "Leeds", "ada moss teach leeds")],
            "items": [_item(1, "cloze", "Ada Moss founded the _____.", "Lyceum"),
                      _item(2, "true_false", "True or false? Ada Moss taught in York.",
                            "false", true_statement="Ada Moss taught in Leeds.")]}},
        "badd00d2222222222", (12, 15))
    return before, after


def _sheets(two: tuple[Path, Path], out: Path, seed: int = 0) -> dict:
    return br.make_sheets(two[0], two[1], out, seed=seed, set_name="set Z")


def test_union_holds_each_shown_entry_once_with_its_ranks(two_snapshots, tmp_path):
    mapping = _sheets(two_snapshots, tmp_path / "out")
    raw = {e["entry"]["prompt"]: e["ranks"] for e in mapping["entries"].values()
           if e["form"] == "raw"}
    assert raw == {"Who founded the Lyceum?": {"before": [1], "after": [2]},
                   "In which town did Ada Moss teach?": {"before": [2]},
                   "Ada Moss married _____.": {"before": [3]},
                   "Whom did Ada Moss marry?": {"after": [1]},
                   "Which school did Ada Moss found?": {"after": [3]}}
    pre = [e for e in mapping["entries"].values() if e["form"] == "pre"]
    assert [p["ranks"] for p in pre] == [{"before": [1], "after": [1, 2]}]
    items = {e["entry"]["prompt"]: e["ranks"] for e in mapping["entries"].values()
             if e["form"] == "items"}
    assert items == {"Ada Moss founded the _____.": {"before": [1], "after": [1]},
                     "Who founded the Lyceum?": {"before": [4]},
                     "True or false? Ada Moss taught in York.": {"after": [2]}}
    assert sorted(i for i, e in mapping["entries"].items() if e["form"] == "raw") == \
        [f"r{n:03}" for n in range(1, 6)]


def test_shuffle_depends_on_the_seed_alone(two_snapshots, tmp_path):
    first = _sheets(two_snapshots, tmp_path / "a", seed=3)
    again = _sheets(two_snapshots, tmp_path / "b", seed=3)
    assert (tmp_path / "a" / "raw.md").read_text() == (tmp_path / "b" / "raw.md").read_text()
    assert first["entries"] == again["entries"]
    orders = set()
    for seed in range(8):
        mapping = _sheets(two_snapshots, tmp_path / f"s{seed}", seed=seed)
        orders.add(tuple(e["entry"]["prompt"] for e in mapping["entries"].values()
                         if e["form"] == "raw"))
    assert len(orders) > 1  # five entries: eight seeds do not all give one order


def test_no_sheet_or_brief_says_which_version_held_an_entry(two_snapshots, tmp_path):
    out = tmp_path / "sheets"
    _sheets(two_snapshots, out)
    shown = "".join((out / f"{form}.md").read_text() for form in ("raw", "pre", "items"))
    briefs = "".join((out / f"brief-{form}.md").read_text() for form in ("raw", "pre", "items"))
    for leak in ("snapQ7", "snapK2", "c0ffee", "badd00d", "another-id", "fact-"):
        assert leak not in shown + briefs, leak
    for leak in ("before", "after", "score", "rank", "6.0"):
        assert leak not in shown, leak
    assert "{SHEETS}" not in briefs and "{SET}" not in briefs and "set Z" in briefs
    # every document the sheets name is in the reviewer's own folder
    assert (out / "documents" / "lyceum.txt").exists()
    assert (out / "documents" / "lyceum.preprocessed.txt").read_text() == "text lyceum\n"
    assert "true statement: Ada Moss taught in Leeds." in shown


def _write_verdicts(out: Path, mapping: dict, choose) -> None:
    for form in br.FORMS:
        lines = ["id\tverdict\treason\tnote"]
        for entry_id, e in mapping["entries"].items():
            if e["form"] == form:
                lines.append("\t".join([entry_id, *choose(form, e)]))
        (out / f"verdicts-{form}.tsv").write_text("\n".join(lines) + "\n", "utf-8")


def test_score_counts_each_version_and_writes_labels(two_snapshots, tmp_path):
    out = tmp_path / "sheets"
    mapping = _sheets(two_snapshots, out)

    def choose(form: str, e: dict) -> list[str]:
        good, bad = br.VERDICTS[form][0], br.VERDICTS[form][2]
        if "marr" in e["entry"]["prompt"]:  # the fill-in and the question of one fact
            return ["edit", "subject", "whose?"] if "_____" in e["entry"]["prompt"] \
                else [good, "-", ""]
        if e["entry"]["prompt"].startswith("Which school"):
            return [bad, "duplicate", ""]
        if "York" in e["entry"]["prompt"]:
            return [bad, "other", "a made-up town"]
        return [good, "", ""]

    _write_verdicts(out, mapping, choose)
    table = br.score(out)
    assert "| raw: key in top K | 10/15 (67 %) | 12/15 (80 %) |" in table
    assert "| raw top 20: keep / edit / drop | 2 / 1 / 0 of 3 | 2 / 0 / 1 of 3 |" in table
    assert "| preprocessed top 20: keep / edit / drop | 1 / 0 / 0 of 1 | 2 / 0 / 0 of 2 |" \
        in table
    assert "good / flawed / wrong | 2 / 0 / 0 of 2 | 1 / 0 / 1 of 2 |" in table
    assert "before c0ffee1" in table and "after badd00d" in table
    assert "entries new on the page: raw; preprocessed; items shown | | 2 of 3; 0 of 2; 1 of 2" \
        in table
    assert "- raw drafts: before 1 / 1 / 0 of 2; after 1 / 0 / 1 of 2" in table
    assert "- raw drafts, after: duplicate 1" in table
    assert "- items, after: other 1" in table
    assert "- r00" in table and ", after #3: drop (duplicate): Which school did Ada Moss found? " \
        "-> the Lyceum" in table
    labels = [json.loads(line) for line in (out / "labels.jsonl").read_text().splitlines()]
    assert len(labels) == len(mapping["entries"])
    york = next(lab for lab in labels if "York" in lab["prompt"])
    assert (york["set"], york["document"], york["form"], york["verdict"], york["reason"],
            york["note"], york["versions"]) == ("set Z", "lyceum", "items", "wrong", "other",
                                                "a made-up town", {"after badd00d": [2]})
    assert (out / "score.md").read_text() == table


@pytest.mark.parametrize(("line", "said"), [
    ("r001\tmaybe\tsubject\t", "verdict 'maybe' is not one of keep, edit, drop"),
    ("r001\tdrop\tugly\t", "reason 'ugly' is not one of"),
    ("r001\tdrop\t-\t", "a drop needs a reason"),
    ("r001\tdrop\tother\t", "reason 'other' needs a note"),
    ("r001 keep", "separated by tabs"),
    ("r999\tkeep\t-\t", "unknown id 'r999'"),
])
def test_a_bad_verdict_line_is_named_by_file_and_line(two_snapshots, tmp_path, line, said):
    out = tmp_path / "sheets"
    mapping = _sheets(two_snapshots, out)
    ids = [i for i, e in mapping["entries"].items() if e["form"] == "raw"]
    path = out / "verdicts-raw.tsv"
    path.write_text("id\tverdict\treason\tnote\n# a comment\n" + line + "\n", "utf-8")
    with pytest.raises(br.ReviewError) as err:
        br.read_verdicts(path, "raw", ids)
    assert f"{path}:3: " in str(err.value) and said in str(err.value)


def test_every_entry_must_be_judged_once(two_snapshots, tmp_path):
    out = tmp_path / "sheets"
    mapping = _sheets(two_snapshots, out)
    ids = [i for i, e in mapping["entries"].items() if e["form"] == "raw"]
    path = out / "verdicts-raw.tsv"
    path.write_text("r001\tkeep\t-\t\nr001\tdrop\tduplicate\t\n", "utf-8")
    with pytest.raises(br.ReviewError, match=r"verdicts-raw.tsv:2: r001 judged twice"):
        br.read_verdicts(path, "raw", ids)
    path.write_text("r001\tKeep\tsubject not named\tfull words are read too\n", "utf-8")
    with pytest.raises(br.ReviewError, match=r"4 entries not judged: r002, r003"):
        br.read_verdicts(path, "raw", ids)
    assert br.main(["score", str(out)]) == 2  # the command says it and exits 2


def test_first_two_items_of_each_kind_in_the_order_made():
    made = [{"kind": k, "prompt": f"{k} {n}", "answer": "a"} for n, k in enumerate(
        ["cloze", "cloze", "numeric", "cloze", "matching", "numeric", "numeric"])]
    assert [(r["rank"], r["prompt"]) for r in br.first_per_kind(made)] == \
        [(1, "cloze 0"), (2, "cloze 1"), (3, "numeric 2"), (5, "matching 4"), (6, "numeric 5")]


def test_loading_recall_topk_leaves_sys_path_as_it_was():
    """recall_topk puts this tree first on sys.path; the snapshot must measure the edu that
    was first before it (the lead's PYTHONPATH)."""
    before = list(sys.path)
    module = br._recall_topk()
    assert sys.path == before
    assert callable(module.key_facts) and callable(module.recall)

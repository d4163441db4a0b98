"""One command-line language (issue 18): `-` for standard input and output, the bundled deck
by default, `--kinds`/`--sections` with commas or spaces, `--format json` with old aliases,
`edu check FOLDER`, and an `edu --help` written for users."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from edu.cli import COMMANDS, build_parser, main
from edu.commands._vocab import split_sections, split_values

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.yaml"


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_split_values_takes_commas_spaces_or_both() -> None:
    assert split_values(["cloze,numeric"]) == ("cloze", "numeric")
    assert split_values(["cloze", "numeric"]) == ("cloze", "numeric")
    assert split_values(["cloze numeric, matching"]) == ("cloze", "numeric", "matching")
    assert split_values([" , "]) is None and split_values(None) is None


def test_split_sections_keeps_names_whole() -> None:
    assert split_sections(["II.1 II.2"]) == ("II.1", "II.2")
    assert split_sections(["II.1,II.2", "III"]) == ("II.1", "II.2", "III")
    assert split_sections(["Space transport system"]) == ("Space transport system",)
    assert split_sections(["II.1, Space  transport system"]) == ("II.1",
                                                                 "Space transport system")


def test_deck_from_stdin_resolves_its_source_from_the_current_folder(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(DATA)  # mini.yaml's source: ../../seeds/... is relative to tests/data
    feed_stdin(monkeypatch, MINI.read_bytes())
    assert main(["check", "-"]) == 0
    assert capsys.readouterr().out.startswith("<stdin>: 10 facts, 0 problems")
    feed_stdin(monkeypatch, MINI.read_bytes())
    assert main(["items", "-", "--kinds", "numeric", "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items and {i["kind"] for i in items} == {"numeric"}


def test_bad_deck_on_stdin_is_located_in_stdin(monkeypatch, capsys) -> None:
    monkeypatch.chdir(DATA)
    feed_stdin(monkeypatch, b"deck: x\nid: x\nsource: nowhere.txt\nfacts: []\n")
    assert main(["check", "-"]) == 2
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("<stdin>:") and "Traceback" not in out


def test_output_dash_writes_standard_output(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(MINI), "--format", "quizlet", "-o", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.out.count("\t") == captured.out.count("\n") > 5
    assert "wrote standard output" in captured.err
    assert main(["items", str(MINI), "-o", "-", "--format", "yaml", "--kinds", "cloze"]) == 0
    assert capsys.readouterr().out.startswith("- id:")
    assert not any(tmp_path.iterdir())  # no file named "-"


def test_document_from_stdin(monkeypatch, capsys, tmp_path: Path) -> None:
    feed_stdin(monkeypatch, b"China launched the Tianwen-1 probe to Mars in 2020.\n")
    assert main(["preprocess", "-", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("china launch tianwen1 probe mar 2020")
    seed = DATA.parent.parent / "seeds" / "china-space-2021.txt"
    head = " ".join(seed.read_text(encoding="utf-8").split()[:400]) + "\n"
    copy = tmp_path / "doc.txt"
    copy.write_text(head, encoding="utf-8")
    assert main(["restore", str(copy), "--format", "json"]) == 0
    from_file = json.loads(capsys.readouterr().out)
    feed_stdin(monkeypatch, head.encode())
    assert main(["restore", "-", "--json"]) == 0  # --json: alias of --format json
    assert json.loads(capsys.readouterr().out) == from_file


def test_every_deck_command_defaults_to_the_bundled_deck(capsys) -> None:
    # matching: the bundled deck has no ordering items since issue 14 (no theme has 4 events)
    assert main(["items", "--kinds", "matching", "--format", "text"]) == 0
    assert "[" in capsys.readouterr().out
    parser = build_parser()
    for command in ("quiz", "study", "stats", "items", "anki", "handout", "export"):
        args = parser.parse_args([command] + (["-o", "x"] if command in (
            "anki", "handout") else ["--format", "gift", "-o", "x"] if command == "export"
            else []))
        assert args.deck is None, command  # the command then reads the bundled deck


def test_stats_format_json_and_its_old_alias(tmp_path: Path, capsys) -> None:
    db = tmp_path / "p.sqlite3"
    now = ["--now", "2026-01-31T12:00"]
    assert main(["stats", str(MINI), "--db", str(db), "--format", "json", *now]) == 0
    new = json.loads(capsys.readouterr().out)
    assert main(["stats", str(MINI), "--db", str(db), "--json", *now]) == 0
    assert json.loads(capsys.readouterr().out) == new


def test_kinds_with_spaces_work_in_every_item_command(tmp_path: Path, capsys) -> None:
    for argv in (["items", str(MINI), "--kinds", "cloze numeric"],
                 ["items", str(MINI), "--kinds", "cloze", "numeric"],
                 ["items", str(MINI), "--kinds", "cloze,numeric"]):
        assert main(argv) == 0
        assert {i["kind"] for i in json.loads(capsys.readouterr().out)} == {"cloze", "numeric"}
    assert main(["items", str(MINI), "--kinds", "essay", "-v"]) == 2
    assert "--kinds: unknown item kind 'essay'" in capsys.readouterr().err


def test_check_folder_reads_yaml_and_yml(tmp_path: Path, capsys) -> None:
    text = MINI.read_text(encoding="utf-8").replace(
        "source: ../../seeds/", f"source: {DATA.parent.parent / 'seeds'}/")
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "b.yml").write_text(text.replace("id: mini-china-space", "id: other"),
                                    encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a deck", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [Path(line.split(":")[0]).name for line in lines] == ["a.yaml", "b.yml"]
    assert main(["check", str(tmp_path), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["facts"] for r in rows] == [10, 10] and rows[0]["problems"] == []
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["check", str(empty)]) == 2
    assert "no .yaml or .yml deck files" in capsys.readouterr().err


def test_help_is_for_users_and_lists_every_command(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    assert "entry point" not in text and "dispatches" not in text
    for command in COMMANDS:
        assert f"\n    {command}" in text, command
    for flag in ("--kinds", "--sections", "--format json", "-o -", "progress"):
        assert flag in text


def test_trainer_refuses_a_deck_on_stdin(capsys) -> None:
    assert main(["quiz", "-"]) == 2
    assert "standard input" in capsys.readouterr().err


def test_handout_to_stdout_needs_a_text_format(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["handout", str(MINI), "-o", "-"]) == 2
    assert "--format md" in capsys.readouterr().err
    assert main(["handout", str(MINI), "-o", "-", "--format", "md", "--versions", "2"]) == 2
    capsys.readouterr()
    assert main(["handout", str(MINI), "-o", "-", "--format", "md", "--count", "4"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("# ") and "Answer key" in captured.out  # key appended
    assert main(["handout", str(MINI), "-o", "-", "--format", "html", "--count", "4"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")
    assert not any(tmp_path.iterdir())


def test_verbose_and_dropped_are_one_flag(capsys) -> None:
    assert main(["items", str(MINI), "--dropped"]) == 0
    dropped = capsys.readouterr().err
    assert main(["items", str(MINI), "-v"]) == 0
    assert capsys.readouterr().err == dropped




def test_extract_reads_a_document_from_stdin(monkeypatch, capsys) -> None:
    seed = DATA.parent.parent / "seeds" / "china-space-2021.txt"
    head = " ".join(seed.read_text(encoding="utf-8").split()[:600]) + "\n"
    feed_stdin(monkeypatch, head.encode())
    assert main(["extract", "-", "--limit", "3", "--kinds", "number date"]) == 0
    captured = capsys.readouterr()
    assert "source: document-read-from-standard-input.txt" in captured.out
    assert captured.out.count("\n- id: ") == 3 and "standard input" in captured.err


def test_anki_package_to_stdout_is_the_same_bytes_as_the_file(tmp_path: Path, capsysbinary,
                                                              monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out = tmp_path / "deck.apkg"
    assert main(["anki", str(MINI), "-o", str(out)]) == 0
    capsysbinary.readouterr()
    assert main(["anki", str(MINI), "-o", "-"]) == 0
    captured = capsysbinary.readouterr()
    assert captured.out == out.read_bytes() and captured.out.startswith(b"PK")
    assert b"notes" in captured.err  # the summary goes to standard error


def test_a_command_run_builds_its_own_parser_alone_with_the_same_help() -> None:
    """`edu anki ...` builds the anki command's parser only (the other command modules are
    not imported for it); its help and parsed options are the full parser's."""
    import argparse

    def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        return dict(sub.choices)

    whole = commands(build_parser())
    for name in ("anki", "quiz", "extract", "stats"):
        alone = commands(build_parser(only=name))
        assert list(alone) == [name]
        assert alone[name].format_help() == whole[name].format_help()
        argv = {"anki": [name, "-o", "x"], "extract": [name, "doc.txt"]}.get(name, [name])
        assert vars(build_parser(name).parse_args(argv)) == vars(build_parser().parse_args(argv))

"""The trainer's commands: flags and decks are checked before the UI starts (exit 2), and
the bundled deck is found both in a checkout and in a non-editable install's layout."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from edu.bundled import BUNDLED_DECK, bundled_deck_path, bundled_roots
from edu.cli import main
from edu.deck.check import load_deck

ROOT = Path(__file__).resolve().parent.parent
DECK = str(Path(__file__).parent / "data" / "trainer" / "deck.yaml")


@pytest.mark.parametrize(("argv", "message"), [
    (["quiz", DECK, "--count", "0"], "--count: must be at least 1"),
    (["study", DECK, "--kinds", "essay"], "--kinds: unknown item kind 'essay'"),
    (["quiz", DECK, "--sections", "IX.9"], "--sections: no fact in section 'IX.9'"),
    (["quiz", DECK, "--retention", "1.5"], "--retention: must be between 0.5 and 0.99"),
    (["quiz", DECK, "--due", "--cram"], "--due: cannot be combined with --cram"),
    (["quiz", "missing.yaml"], "missing.yaml: no such file"),
    (["train", DECK, "--new-limit", "-1"], "--new-limit: must be 0 or more"),
    (["--count", "0"], "--count: must be at least 1"),  # bare `edu` takes the train flags
])
def test_bad_input_exits_2_with_one_clear_line(argv, message, capsys, tmp_path):
    assert main([*argv, "--db", str(tmp_path / "p.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "p.sqlite3").exists()  # nothing written before the UI would start


def test_db_that_is_a_folder_is_refused(capsys, tmp_path):
    assert main(["quiz", DECK, "--db", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_edu_db_environment_variable_is_used(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_DB", str(tmp_path))  # a folder: refused, so it was read
    assert main(["study", DECK]) == 2
    assert f"{tmp_path}: is a directory" in capsys.readouterr().err


def test_unknown_flag_is_an_argparse_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["quiz", DECK, "--colour", "red"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --colour" in capsys.readouterr().err


def test_bundled_deck_is_found_in_the_checkout():
    path = bundled_deck_path()
    assert path is not None and path.name == BUNDLED_DECK
    deck = load_deck(path)
    assert deck.facts and deck.source_path.is_file()


def test_build_copies_deck_and_seed_keeping_their_layout(tmp_path):
    """What setup.py's build step puts in the wheel loads like the repository's deck."""
    spec = importlib.util.spec_from_file_location("edu_setup", ROOT / "setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # not __main__: defines the helpers, builds nothing
    written = module.copy_bundled(tmp_path / "bundled", ROOT)
    copied = tmp_path / "bundled" / "decks" / BUNDLED_DECK
    assert copied in written
    deck = load_deck(copied)
    assert deck.source_path.resolve().is_relative_to(tmp_path)
    assert deck.source_path.is_file()
    assert bundled_roots()[0].parts[-3:] == ("edu", "data", "bundled")

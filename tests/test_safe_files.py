"""Outputs never replace an input, writes are atomic and keep modes, special files are refused.

Driven through `edu.cli.main` as a person would call the commands; each case checks the exit
code, the one-line message and that nothing was written or left behind.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from edu.cli import main
from edu.errors import EduError
from edu.fileio import MAX_INPUT_BYTES, atomic_write, read_text

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "seeds" / "china-space-2021.txt"


@pytest.fixture()
def deck(tmp_path: Path) -> Path:
    """The mini deck, pointing at the seed document by absolute path, in a scratch folder."""
    text = (ROOT / "tests" / "data" / "mini.yaml").read_text("utf-8")
    path = tmp_path / "deck.yaml"
    path.write_text(text.replace("../../seeds/", f"{ROOT}/seeds/"), "utf-8")
    return path


@pytest.fixture(autouse=True)
def _no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDU_CACHE_DIR", "off")


def _refused(capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str) -> str:
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert fragment in err
    assert "Traceback" not in err
    return err


OUTPUT_COMMANDS = [
    ["items", "{deck}", "-o", "{out}"],
    ["export", "{deck}", "--format", "csv", "-o", "{out}"],
    ["export", "{deck}", "--format", "gift", "-o", "{out}"],
]


@pytest.mark.parametrize("argv", OUTPUT_COMMANDS, ids=lambda a: "-".join(a[:3]))
def test_an_output_onto_its_own_deck_is_refused_and_the_deck_kept(argv, deck, capsys):
    before = deck.read_bytes()
    args = [a.format(deck=deck, out=deck) for a in argv]
    _refused(capsys, args, "is an input of this command")
    assert deck.read_bytes() == before


@pytest.mark.parametrize("argv", OUTPUT_COMMANDS, ids=lambda a: "-".join(a[:3]))
def test_an_output_onto_the_decks_source_by_another_name_is_refused(argv, deck, tmp_path, capsys):
    link = tmp_path / "alias.txt"
    link.symlink_to(SOURCE)
    hard = tmp_path / "hard.txt"
    try:
        os.link(SOURCE, hard)
    except OSError:
        hard = link  # another file system: the symlink case still runs
    before = SOURCE.read_bytes()
    for out in (link, hard, SOURCE.parent / ".." / "seeds" / SOURCE.name):
        _refused(capsys, [a.format(deck=deck, out=out) for a in argv], "is an input")
    assert SOURCE.read_bytes() == before


def test_anki_and_handout_refuse_their_deck(deck, tmp_path, capsys):
    apkg = tmp_path / "deck.apkg"
    apkg.symlink_to(deck)
    _refused(capsys, ["anki", str(deck), "-o", str(apkg)], "is an input")
    md = tmp_path / "sheet.md"
    md.symlink_to(deck)
    _refused(capsys, ["handout", str(deck), "-o", str(md), "--answer-key", "none"],
             "is an input")
    assert deck.read_text("utf-8").startswith(("#", "deck"))


def test_extract_and_preprocess_refuse_their_document(tmp_path, capsys):
    doc = tmp_path / "doc.txt"
    doc.write_text("china launch 2021 rocket long march 5 carri 25 tonn\n", "utf-8")
    glossary = tmp_path / "doc.yaml"
    glossary.write_text("names: []\n", "utf-8")
    _refused(capsys, ["extract", str(doc), "-o", str(doc)], "is an input")
    _refused(capsys, ["extract", str(doc), "-o", str(glossary)], "is an input")
    _refused(capsys, ["preprocess", str(doc), "-o", str(doc)], "is an input")
    assert doc.read_text("utf-8").startswith("china launch")
    assert glossary.read_text("utf-8") == "names: []\n"


def test_folders_and_devices_are_refused_as_outputs(deck, tmp_path, capsys):
    _refused(capsys, ["export", str(deck), "--format", "csv", "-o", str(tmp_path)],
             "is a folder")
    _refused(capsys, ["export", str(deck), "--format", "csv", "-o", os.devnull], "is a device")
    assert not list(tmp_path.glob(".*.tmp"))


def test_an_unwritable_output_is_one_clean_message(deck, tmp_path, capsys, monkeypatch):
    import tempfile

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    err = _refused(capsys, ["export", str(deck), "--format", "csv", "-o",
                            str(tmp_path / "x.csv")], "cannot write: Permission denied")
    assert err.startswith(str(tmp_path / "x.csv"))


def test_a_write_goes_through_a_symlink_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("old", "utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    atomic_write(link, "new")
    assert link.is_symlink()
    assert target.read_text("utf-8") == "new"


def test_an_existing_files_mode_is_kept_and_a_new_one_follows_the_umask(tmp_path):
    kept = tmp_path / "kept.txt"
    kept.write_text("old", "utf-8")
    kept.chmod(0o640)
    atomic_write(kept, "new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    old = os.umask(0o027)
    try:
        fresh = tmp_path / "fresh.txt"
        atomic_write(fresh, "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o640  # 0666 & ~0027


def test_an_interrupted_write_leaves_neither_half_a_file_nor_the_temp_file(tmp_path, monkeypatch):
    out = tmp_path / "out.txt"
    out.write_text("before", "utf-8")

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(out, "after")
    assert out.read_text("utf-8") == "before"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_a_terminated_write_removes_its_temp_file(tmp_path):
    """SIGTERM in the middle of a write (here: during fsync) unwinds and cleans up."""
    script = textwrap.dedent(f"""
        import os, signal
        from edu import cli, fileio
        cli._exit_cleanly_on_terminate()
        real_fsync = os.fsync
        def fsync(fd):
            os.kill(os.getpid(), signal.SIGTERM)
            real_fsync(fd)
        os.fsync = fsync
        fileio.atomic_write({str(tmp_path / 'out.txt')!r}, "x" * 100000)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 128 + signal.SIGTERM, result.stderr
    assert list(tmp_path.iterdir()) == []


def test_special_and_huge_inputs_are_refused_quickly(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(EduError, match="FIFO"):
        read_text(fifo)  # would block forever if it were opened for reading
    with pytest.raises(EduError, match="is a device"):
        read_text("/dev/zero")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # sparse: costs no disk
        fh.truncate(MAX_INPUT_BYTES + 1)
    with pytest.raises(EduError, match="too large"):
        read_text(huge)


def test_check_refuses_dev_zero_and_a_fifo_with_exit_2(tmp_path, capsys):
    fifo = tmp_path / "deck.yaml"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        code = main(["check", path])
        captured = capsys.readouterr()
        assert code == 2
        assert "expected a regular text file" in captured.err


def test_standard_output_on_a_full_device_is_a_clean_exit_2():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    env = {**os.environ, "EDU_CACHE_DIR": "off"}
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "edu", "check", "tests/data/mini.yaml"],
                                stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                env=env, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == "standard output: No space left on device"


def test_messages_show_terminal_escapes_instead_of_sending_them(tmp_path, capsys):
    name = tmp_path / "evil\x1b]0;owned\x07\x1b[2J.yaml"
    code = main(["check", str(name)])
    err = capsys.readouterr().err
    assert code == 2
    assert "\x1b" not in err and "\x07" not in err
    assert "evil\\x1b]0;owned\\x07\\x1b[2J.yaml: no such file" in err

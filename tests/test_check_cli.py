"""`edu check` as a person runs it: summaries, located problems, exit codes, no traceback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "data" / "mini.yaml"


def edu(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EDU_CACHE_DIR": "off"}
    return subprocess.run([sys.executable, "-m", "edu", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, env=env)


def test_valid_deck_prints_one_summary_and_exits_0():
    result = edu("check", "tests/data/mini.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "tests/data/mini.yaml: 10 facts, 0 problems (1 draft)\n"


def test_broken_and_valid_decks_each_get_a_summary_and_exit_2(tmp_path):
    text = MINI.read_text("utf-8")
    text = text.replace("../../seeds/", f"{ROOT}/seeds/").replace("kind: name", "kind: nmae", 1)
    text = text.replace("    answer: Zhurong\n", "    answer: Zhurong\n    answer: Tianhe\n")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text, encoding="utf-8")
    result = edu("check", str(broken), "tests/data/mini.yaml")
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    problems = result.stderr.splitlines()  # problems on stderr, summaries on stdout
    assert re.fullmatch(rf"{re.escape(str(broken))}:\d+:\d+: .*'kind' must be one of .*",
                        problems[0])
    assert any("duplicate key 'answer'" in line for line in problems)
    assert len(problems) == 2
    assert result.stdout.splitlines() == [f"{broken}: 9 facts, 2 problems (1 draft)",
                                          "tests/data/mini.yaml: 10 facts, 0 problems (1 draft)"]


def test_garbage_file_exits_2_without_traceback(tmp_path):
    garbage = tmp_path / "garbage.yaml"
    garbage.write_bytes(b"facts: [\x00\xff")
    result = edu("check", str(garbage))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith(f"{garbage}: looks like a binary file")
    assert result.stdout == f"{garbage}: 1 problem\n"

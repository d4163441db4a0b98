"""A draft from `edu extract` is a deck that `edu check` accepts, for both input forms."""

import shutil
from pathlib import Path

import pytest

from edu.cli import main

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name", ["extract_panama.raw.txt", "extract_panama.txt"])
def test_draft_of_every_input_form_passes_check(tmp_path, capsys, name):
    source = tmp_path / "doc.txt"
    shutil.copyfile(DATA / name, source)
    draft = tmp_path / "draft.yaml"
    assert main(["extract", str(source), "-o", str(draft)]) == 0
    capsys.readouterr()
    assert main(["check", str(draft)]) == 0, capsys.readouterr().err
    assert "0 problems" in capsys.readouterr().out

"""`source_text` (the text under `document_text`) skips its two whole-text searches when
short probes show they would find nothing (no control character; no run longer than any
word): whatever the text, it gives exactly what the full searches give, the same text or the
same file:line:col message."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from edu.errors import EduError
from edu.fileio import read_text
from edu.text import pdf
from edu.text.pdf import MAX_WORD_CHARS, source_text
from edu.text.source import check_numbers

BLANKS = [" ", "\n", "\t", "  ", "\u3000", "\u2003", "\r\n"]


def _text(rng: random.Random) -> str:
    size = rng.choice([1, 7, MAX_WORD_CHARS - 1, MAX_WORD_CHARS, MAX_WORD_CHARS + 1,
                       MAX_WORD_CHARS + 2, 1_600, 2_500, 6_000])
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        length = rng.choice([rng.randint(1, 12), rng.randint(1, 12),
                             rng.randint(MAX_WORD_CHARS - 10, MAX_WORD_CHARS + 10),
                             rng.randint(MAX_WORD_CHARS // 2 - 5, MAX_WORD_CHARS // 2 + 5)])
        parts.append(rng.choice("ab1é中-") * length + rng.choice(BLANKS))
    text = "".join(parts)
    text = "x" + (text[: size - 1] if rng.random() < 0.5 else text)  # never empty
    if rng.random() < 0.1:  # a control character or a terminal escape somewhere
        k = rng.randint(0, len(text))
        text = text[:k] + rng.choice(["\x1b[31m", "\x07", "\x1b]0;t\x07", "\x85", "\x01"]) \
            + text[k:]
    return text


def _full(path: Path) -> str | tuple[str, int, int]:
    """What the full searches alone make of the file: the text read, or where it is refused
    (a run past the limit, then a number too long, as `source_text` checks them)."""
    text = pdf._CONTROLS.sub(lambda m: " " * len(m.group()), read_text(path))
    found = pdf._TOO_LONG.search(text)
    if found is None:
        try:
            check_numbers(path, text)
        except EduError as exc:
            return _where(exc)
        return text
    at = found.start()
    return "run", text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def _where(exc: EduError) -> tuple[str, int, int]:
    problem = exc.problems[0]
    kind = "run" if "with no space" in problem.message else problem.message
    return kind, problem.line or 0, problem.col or 0


@pytest.mark.parametrize("seed", range(4))
def test_probes_never_miss_what_the_full_searches_find(tmp_path, seed):
    rng = random.Random(seed)
    file = tmp_path / "doc.txt"
    refused = 0
    for _ in range(300):
        text = _text(rng)
        file.write_bytes(text.encode("utf-8"))
        expected = _full(file)
        try:
            got: str | tuple[str, int, int] = source_text(file)
        except EduError as exc:
            got = _where(exc)
            refused += got[0] == "run"
        assert got == expected
    assert refused  # the drawn texts hold runs past the limit too

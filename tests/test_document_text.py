"""`document_text` skips its two whole-text searches when short probes show they would find
nothing (no control character; no run longer than any word): whatever the text, it gives
exactly what the full searches give, the same text or the same file:line:col message."""

from __future__ import annotations

import random

import pytest

from edu.errors import EduError
from edu.fileio import read_text
from edu.text import pdf
from edu.text.pdf import MAX_WORD_CHARS, document_text

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


def _full(text: str) -> str | tuple[int, int]:
    """What the full searches alone make of `text`: the text read, or where it is refused."""
    text = pdf._CONTROLS.sub(lambda m: " " * len(m.group()), text)
    found = pdf._TOO_LONG.search(text)
    if found is None:
        return text
    at = found.start()
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


@pytest.mark.parametrize("seed", range(4))
def test_probes_never_miss_what_the_full_searches_find(tmp_path, seed):
    rng = random.Random(seed)
    file = tmp_path / "doc.txt"
    refused = 0
    for _ in range(300):
        text = _text(rng)
        file.write_bytes(text.encode("utf-8"))
        expected = _full(read_text(file))
        try:
            got: str | tuple[int, int] = document_text(file)
        except EduError as exc:
            problem = exc.problems[0]
            got = (problem.line or 0, problem.col or 0)
            refused += 1
        assert got == expected
    assert refused  # the drawn texts hold runs past the limit too

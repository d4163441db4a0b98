"""What a figure of preprocessed text can have been, once the recipe deleted its point.

The seed's recipe deletes every full stop: "99.99 per cent" reaches the stems as "9999 per
cent", "6.4 million" as "64 million", "minus 89.2 degrees" as "minu 892 degre". A draft never
shows a figure the document did not write (round 17n): `readings` lists every figure the
digits can have been under what the words around them allow, and `answer_of` writes the one
left ("99.99": a share is never above the whole and prose writes it with at most
SHARE_DECIMALS decimals) or all of them where several are ("64 or 6.4 million"), so the
answer is never wrong, only open; the draft's note asks the reviewer to pick.
"""

from __future__ import annotations

from edu.text.quantities import SHARE_DECIMALS


def readings(digits: str, *, limit: float | None = None, whole: bool = True,
             share: bool = False) -> list[str]:
    """The figures `digits` can have been, fewest decimals first: the digits as they stand
    (when `whole` and they open with no 0) and each place of a deleted point, less those above
    `limit`, a decimal ending in 0 (prose writes "6.5", never "6.50", outside tables) and, for
    a `share`, those of more than SHARE_DECIMALS decimals."""
    out = [digits] if whole and not (len(digits) > 1 and digits.startswith("0")) else []
    for k in range(len(digits) - 1, 0, -1):
        head, tail = digits[:k], digits[k:]
        if len(head) > 1 and head.startswith("0") or tail.endswith("0"):
            continue
        if share and len(tail) > SHARE_DECIMALS:
            continue
        out.append(f"{head}.{tail}")
    if limit is not None:
        out = [r for r in out if float(r) <= limit]
    return out


def answer_of(options: list[str], sign: str = "", scale: str = "") -> str:
    """The answer a draft shows: its one reading, or every reading joined by "or", with the
    sign before each and the scale word once at the end ("64 or 6.4 million")."""
    figures = " or ".join(f"{sign}{r}" for r in options)
    return f"{figures} {scale}".strip()

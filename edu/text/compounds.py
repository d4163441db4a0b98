"""Split glued compounds (`highresolut`, `remotesens`, `inorbit`, `threestep`) into words.

Preprocessing deletes the hyphen before stemming, so a compound is its leading words as
written followed by the stem of its last word: "remote-sensing" -> "remote" + stem("sensing").
A dynamic programme over the string picks the split with the lowest cost, where every piece
costs a constant plus how rare it is, so two common words beat three rare ones.
"""

from __future__ import annotations

from array import array
from functools import lru_cache

from edu.text.preprocess import stop_words
from edu.text.wordmap import load_wordmap

_PIECE_COST = 3.0  # penalty per piece: prefer fewer, longer pieces
_MIN_PIECE = 3  # stop words like "in" may be shorter
_MAX_PIECE = 20
_MIN_MEAN_ZIPF = 3.8  # reject splits into rare fragments
_MIN_ZIPF = 3.5  # every piece a common word: "shenzhou" is not "shen" + "zhou"


@lru_cache(maxsize=1)
def _lexicons() -> tuple[dict[str, float], dict[str, float]]:
    """(leading words -> Zipf, final stems -> Zipf)."""
    wm = load_wordmap()
    words = {w: z for w, z in wm.common_words().items() if len(w) >= _MIN_PIECE and z >= _MIN_ZIPF}
    stems = {s: z for s, z in wm.common_stems().items() if z >= _MIN_ZIPF - 0.5}
    return words, stems


@lru_cache(maxsize=1)
def _prefixes() -> dict[str, float]:
    """Stop words that may open a compound ("in-orbit", "off-shore"), never stand inside."""
    return {w: 6.0 for w in stop_words() if w.isalpha() and len(w) >= 2
            and w not in _CONTRACTION_PIECES}


# Porter's step-4 endings, removed from a long compound but kept on its short last word.
_STEP4_SUFFIXES = ("er", "al", "ic", "ate", "ive", "ous", "ent", "ment", "ance", "ence",
                   "able", "ible", "ant", "ism", "ize")

# Stop words that are pieces of contractions ("we've" -> "ve"), never the head of a compound
# ("veridian" is not "ve-rid-ian").
_CONTRACTION_PIECES = frozenset(
    "ll re ve ma ain aren couldn didn doesn don hadn hasn haven isn mightn mustn needn shan "
    "shouldn wasn weren won wouldn".split()
)


@lru_cache(maxsize=1)
def _longest_tail() -> int:
    """The longest final piece that can match: a known stem, word or prefix, plus the
    longest ending tried on it. Longer tails are not looked up, so time stays linear."""
    words, stems = _lexicons()
    longest = max(len(k) for lexicon in (words, stems, _prefixes()) for k in lexicon)
    return longest + max(len(s) for s in _STEP4_SUFFIXES)


@lru_cache(maxsize=20_000)
def split_compound(token: str) -> list[str] | None:
    """Leading words + final stem of a glued token, or None when no good split exists.

    The dynamic programme keeps one cost and one back-pointer per position (never a copy of
    the pieces so far), so memory is linear in the token and time linear times _MAX_PIECE.
    """
    if len(token) < 5 or not token.isalpha():
        return None
    words, stems = _lexicons()
    n = len(token)
    # cost[i], start[i]: the cheapest split of token[:i] into leading words only, and where
    # its last piece starts (-1: token[:i] has no such split)
    cost = array("d", bytes(8 * (n + 1)))  # 16 bytes a character, no object per position
    start = array("q", [-1]) * (n + 1)
    start[0] = 0
    prefixes = _prefixes()
    for i in range(n):
        if start[i] < 0:
            continue
        for j in range(i + 2, min(n, i + _MAX_PIECE) + 1):
            z = words.get(token[i:j]) or (prefixes.get(token[i:j]) if i == 0 else None)
            if z is None:
                continue
            total = cost[i] + _PIECE_COST + (8.0 - z)
            if start[j] < 0 or total < cost[j]:
                cost[j], start[j] = total, i
    choice: tuple[float, int, str] | None = None  # (cost, where the tail starts, tail)
    for i in range(max(2, n - _longest_tail()), n - _MIN_PIECE + 1):
        if start[i] < 0:
            continue
        tail = token[i:]
        # the whole compound was stemmed, so its last word may have lost a final "e" that
        # stemming the word alone keeps ("deepspace" -> "deepspac"), or one of a final "ll"
        # ("socalled" -> "socal")
        options = [(stems.get(tail, words.get(tail)), tail), (stems.get(tail + "e"), tail + "e")]
        # Porter rules that fire on the long word only: "eed" -> "ee" then "e" dropped
        # ("highspe"), a doubled consonant undoubled ("valuead"), a step-4 suffix cut once
        # the word is long enough ("wellfunct", "crossbord", "solidst", "highqual")
        extra = [tail + "ed"] if tail.endswith("e") else []
        if tail[-1] not in "aeiouylsz":
            extra.append(tail + tail[-1])
        if tail[-1] in "st":
            extra += [tail + "ion", tail + "i"]
        if tail.endswith("al"):
            extra.append(tail + "iti")
        extra += [tail + suffix for suffix in _STEP4_SUFFIXES]
        if tail in prefixes:  # a stop word ends it as written: "well-thought-out", "take-off"
            options.append((prefixes[tail], tail))
            extra = []
        options += [(stems.get(t), t) for t in extra]
        if tail.endswith("l"):
            options.append((stems.get(tail + "l"), tail + "l"))
        z, tail = max(((z, t) for z, t in options if z is not None), default=(None, tail))
        if z is None:
            continue
        total = cost[i] + _PIECE_COST + (8.0 - z)
        if choice is None or total < choice[0]:
            choice = (total, i, tail)
    if choice is None:
        return None
    pieces = [choice[2]]
    j = choice[1]
    while j > 0:
        pieces.append(token[start[j]:j])
        j = start[j]
    pieces.reverse()
    if choice[0] / len(pieces) > _PIECE_COST + 8.0 - _MIN_MEAN_ZIPF:
        return None
    return pieces

"""The deleted stop words put back: which run of function words stands between two content words.

Preprocessed text has lost its articles, prepositions, auxiliaries, pronouns and conjunctions
("19 august 1800 fifteen month old"). `fill_gaps` puts back, between each pair of neighbouring
tokens, the run of stop words that English prose most often writes there ("about", "the",
"was"), learnt from public corpora put through the project's own recipe
(scripts/build_gaps.py, edu/data/gaps.tsv.gz), and inserts nothing when the corpus is unsure.

A gap's runs are estimated from the two tokens' classes, then from one stem and the other
side's class, then from the two stems (numbers, months and capitalised names count as their
classes), each more specific count smoothed towards the more general estimate; the most
likely run is written when its estimated share reaches WRITE_SHARE and it is no pronoun.
Classes are the inflection classes of edu.text.restore ("<plural>", "<ed>", ...), "<num>",
"<year>", "1", "<day>" (a number before a month), "<month>" and "<name>". The table keeps
agreement apart: "was"/"were", "is"/"are", "has"/"have" and "a"/"an" are counted as one run
and written after the gap is chosen, by the number of the word before and the sound of the
word after. The word after a
gap takes the inflection its last function word asks for ("was launched", "the satellites").

The table is read on first use only (commands that restore no phrase never load it).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from edu.text.quantities import MONTH_NAMES
from edu.text.restore import form_class, restore_stems
from edu.text.wordmap import load_wordmap

_NUMBER = re.compile(r"^\d+$")
_MONTHS = frozenset(m.lower() for m in MONTH_NAMES)
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})  # months only when written with a capital

# Runs counted as one, then written by agreement (see `_agree`).
SINGULAR_FORMS = {"were": "was", "are": "is", "have": "has", "an": "a"}
_PLURAL_OF = {"was": "were", "is": "are", "has": "have"}
_VOWEL_SOUND = re.compile(r"^(?:[aeio]|u(?!ni|se|su|ro|ti|kr)|hou|hon|\d*8|11\b|18\b)", re.I)

LONG_RUN = "<long>"  # a run of more than MAX_RUN words: a clause of its own, never written
MAX_RUN = 4


def token_key(stem: str, word: str) -> tuple[str, str]:
    """(key, class) of a token: numbers, months and capitalised names are their class in both;
    other words are their stem and their inflection class."""
    if _NUMBER.match(stem):
        cls = "1" if stem == "1" else "<year>" if 1000 <= int(stem) <= 2100 else "<num>"
        return cls, cls
    low = word.lower()
    if low in _MONTHS and (low not in _AMBIGUOUS_MONTHS or word[:1].isupper()):
        return "<month>", "<month>"
    if word[:1].isupper():
        return "<name>", "<name>"
    words = frozenset(w for w, _ in load_wordmap().candidates(stem)) or frozenset({low})
    return stem, f"<{form_class(low, words)}>"


def day_keys(keys: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Dates read from their neighbours: "may" or "march" between a number and a year is a
    month ("21 may 1799"); a small number before a month is a day ("born on 1 August")."""
    out = list(keys)
    for k in range(1, len(out) - 1):
        if out[k][0] in _AMBIGUOUS_MONTHS and out[k - 1][0] in ("1", "<num>") \
                and out[k + 1][0] == "<year>":
            out[k] = ("<month>", "<month>")
    for k in range(len(out) - 1):
        if out[k][0] in ("1", "<num>") and out[k + 1][0] == "<month>":
            out[k] = ("<day>", "<day>")
    return out


def lookup_keys(left: tuple[str, str], right: tuple[str, str]) -> list[tuple[str, str]]:
    """The table's keys for one gap, from the most general (two classes) to the most
    specific (two stems); duplicates dropped."""
    (lk, lc), (rk, rc) = left, right
    keys = [(lc, rc), (lk, rc), (lc, rk), (lk, rk)]
    return list(dict.fromkeys(keys))


Runs = tuple[int, tuple[tuple[str, int], ...]]  # a key's gaps and its most frequent runs
Table = dict[tuple[str, str], Runs]

SMOOTHING = 3.0  # gaps' weight of the more general key's estimate in a more specific one
# estimated share a run needs to be written: on bench/restore_phrases.py's odd half, 20 % of
# the words written at 0.6 are not the text's, 32 % at 0.5
WRITE_SHARE = 0.6
PRONOUNS = frozenset(
    "i me my we us our you your he him his she her it its they them their".split()
)  # never put back: whose they are is what preprocessing lost


@lru_cache(maxsize=1)
def load_gaps() -> Table:
    """The shipped gap table: (left key, right key) -> (gaps counted, ((run, count), ...))."""
    data = resources.files("edu.data").joinpath("gaps.tsv.gz").read_bytes()
    table: Table = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if line.startswith(("#", "@")):
            continue
        left, right, total, *cells = line.split("\t")
        runs = tuple((run, int(n)) for run, _, n in (c.rpartition(":") for c in cells))
        table[(left, right)] = (int(total), runs)
    return table


@lru_cache(maxsize=1)
def load_inflections() -> dict[str, tuple[str, float]]:
    """Last function word of a gap -> the inflection class it asks of the next word, and how
    sure (share of the corpus's words after it in that class); rows start with "@"."""
    data = resources.files("edu.data").joinpath("gaps.tsv.gz").read_bytes()
    out: dict[str, tuple[str, float]] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if line.startswith("@"):
            word, cls, share = line[1:].split("\t")
            out[word] = (cls, float(share))
    return out


def _smoothed(row: Runs | None, prior: dict[str, float]) -> dict[str, float]:
    """A key's counts smoothed towards `prior` (interpolation, as in n-gram models)."""
    if row is None:
        return prior
    total, runs = row
    counted = dict(runs)
    return {r: (counted.get(r, 0) + SMOOTHING * prior.get(r, 0.0)) / (total + SMOOTHING)
            for r in set(counted) | set(prior)}


def run_estimate(left: tuple[str, str], right: tuple[str, str],
                 table: Table | None = None) -> dict[str, float]:
    """Estimated share of each run in this gap: the keys of `lookup_keys` in order, each
    one's counts smoothed towards the estimate of the keys before it."""
    table = load_gaps() if table is None else table
    est: dict[str, float] = {}
    for key in lookup_keys(left, right):
        est = _smoothed(table.get(key), est)
    return est


def gap_run(left: tuple[str, str], right: tuple[str, str], table: Table | None = None) -> str:
    """The run of function words between two tokens' keys, "" when none or unsure: also when
    the word after the gap is one the corpus barely knows (a run chosen by the word before
    alone, as "able to" before "seaman", is a guess)."""
    table = load_gaps() if table is None else table
    (lk, lc), (rk, rc) = left, right
    if rk != rc and (lc, rk) not in table and (lk, rk) not in table:
        return ""
    est = run_estimate(left, right, table)
    if not est:
        return ""
    run, share = max(est.items(), key=lambda x: (x[1], x[0]))
    if share < WRITE_SHARE or run == LONG_RUN or not PRONOUNS.isdisjoint(run.split()):
        return ""
    return run


_PLURAL_CLASS = "<plural>"
# the inflection a function word asks for is written only when the corpus is this sure of it
_SURE_INFLECTION = 0.6


def _agree(run: str, before: str, before_class: str, after: str) -> str:
    """Agreement the table left open: "were" after a plural, "an" before a vowel sound."""
    words = run.split()
    for k, w in enumerate(words):
        if w in _PLURAL_OF and k == 0 and before_class == _PLURAL_CLASS:
            words[k] = _PLURAL_OF[w]
        if w == "a" and k == len(words) - 1 and _VOWEL_SOUND.match(after):
            words[k] = "an"
    return " ".join(words)


def _inflect(stem: str, word: str, after: str) -> str:
    """The form of `word` that the function word `after` asks for, if the stem has one and
    the corpus is sure ("was launch" -> "was launched"); else the word as it was."""
    if not word or word[:1].isupper() or _NUMBER.match(stem):
        return word
    wanted = load_inflections().get(after)
    if wanted is None or wanted[1] < _SURE_INFLECTION:
        return word
    cands = load_wordmap().candidates(stem)
    words = frozenset(w for w, _ in cands)
    cls = wanted[0].strip("<>")
    if word not in words or form_class(word, words) == cls:
        return word
    fitting = [(z, w) for w, z in cands if form_class(w, words) == cls]
    return max(fitting)[1] if fitting else word


def _keys(stems: Sequence[str], words: Sequence[str]) -> list[tuple[str, str]]:
    return day_keys([token_key(s, w) if w else ("", "") for s, w in zip(stems, words,
                                                                     strict=True)])


def fill_gaps(stems: Sequence[str], words: Sequence[str],
              table: Table | None = None) -> tuple[list[str], list[str]]:
    """(gaps, words): gaps[k] is the run of function words before token k ("" for none; gaps[0]
    is always ""), and the words with the inflections those runs ask for."""
    table = load_gaps() if table is None else table
    out = list(words)
    gaps = [""] * len(stems)
    keys = _keys(stems, words)
    for k in range(1, len(stems)):
        if not out[k - 1] or not out[k]:
            continue
        run = gap_run(keys[k - 1], keys[k], table)
        if not run:
            continue
        out[k] = _inflect(stems[k], out[k], run.split()[-1])
        gaps[k] = _agree(run, out[k - 1], token_key(stems[k - 1], out[k - 1])[1], out[k])
    return gaps, out


def restore_phrase(stems: Sequence[str], words: Sequence[str] | None = None) -> str:
    """Stems as an English phrase: each token's word (restored when `words` is None) with the
    function words the corpus writes between them ("mari fifteen month old" -> ...)."""
    if words is None:
        words = restore_stems(list(stems))
    gaps, out = fill_gaps(stems, words)
    return " ".join(x for g, w in zip(gaps, out, strict=True) for x in (g, w) if x)

"""Typed answer -> Verdict: forgiving about form (case, accents, hyphens, number words, units,
roman numerals, small typos), strict about substance (2019 is not 2020, 207 is not 270).

`grade(item, response)` works for all seven item kinds; see docs/ITEMS.md for the response
shapes. Normalised forms of answers are memoised, so grading costs microseconds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from edu.numbers import NUMBER_WORDS, find_number, roman_to_int, scale_of, words_to_number

CORRECT, ALMOST, WRONG = "correct", "almost", "wrong"


@dataclass(frozen=True, slots=True)
class Verdict:
    """Outcome of one answer: `status` correct | almost (accepted typo) | wrong, and why."""

    status: str
    reason: str

    @property
    def accepted(self) -> bool:
        """True for correct and almost: the learner knew the answer."""
        return self.status != WRONG

    def to_dict(self) -> dict[str, str]:
        return {"status": self.status, "reason": self.reason}


# ---------------------------------------------------------------- text normal form

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u0060\u00b4\u2032]")
_NON_WORD = re.compile(r"[^\w%]+|_")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
_ARTICLES = frozenset({"the", "a", "an"})


def _fold(text: str) -> str:
    """NFKC, case-fold and strip accents: 'Chāng’E' -> "chang'e" (apostrophes removed after)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", text).casefold()


@lru_cache(maxsize=65_536)
def tokens_of(text: str) -> tuple[str, ...]:
    """Normalised words: folded, punctuation gone, number words -> digits, XIII -> 13."""
    text = _APOSTROPHES.sub("", _fold(text))
    raw = _NON_WORD.sub(" ", text)
    raw = _LETTER_DIGIT.sub(" ", raw)
    words = raw.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in NUMBER_WORDS:
            j = i
            while j + 1 < len(words) and (words[j + 1] in NUMBER_WORDS or words[j + 1] == "and"):
                j += 1
            while words[j] == "and":
                j -= 1
            value = words_to_number(words[i: j + 1])
            if value is not None:
                out.append(str(value))
                i = j + 1
                continue
        roman = roman_to_int(word) if out else None
        out.append(str(roman) if roman is not None else word)
        i += 1
    while out and out[0] in _ARTICLES and len(out) > 1:
        out.pop(0)
    return tuple(out)


@lru_cache(maxsize=65_536)
def key_of(text: str) -> str:
    """Compact comparison key: Chang'e-5, Chang'e 5 and change5 all give 'change5'."""
    return "".join(tokens_of(text))


def allowed_typos(key: str) -> int:
    """Edits accepted for an answer of this length: none for short words, more for long."""
    n = len(key)
    if n <= 3:
        return 0
    if n <= 7:
        return 1
    if n <= 14:
        return 2
    return 3


def _exact_parts(text: str) -> tuple[str, ...]:
    """Parts that must match exactly even in a typo: numbers and short codes (5B, 2F, XI)."""
    return tuple(t for t in tokens_of(text) if t.isdigit() or len(t) <= 2)


def grade_text(answer: str, aliases: list[str] | tuple[str, ...], response: str,
               prompt: str = "") -> Verdict:
    """Grade a typed name: exact forms and aliases are correct, small typos are almost."""
    resp_key = key_of(response)
    if not resp_key:
        return Verdict(WRONG, f"no answer; expected {answer}")
    candidates = [answer, *aliases]
    keys = [key_of(c) for c in candidates]
    if resp_key in keys:
        return Verdict(CORRECT, "correct")
    # Words the prompt already gave ("Zhurong rover" for "...first Mars rover?") are extra.
    if prompt:
        prompt_words = set(tokens_of(prompt))
        trimmed = "".join(t for t in tokens_of(response) if t not in prompt_words)
        if trimmed and trimmed in keys:
            return Verdict(CORRECT, "correct")
    best: tuple[int, str] | None = None
    resp_exact = _exact_parts(response)
    for cand, key in zip(candidates, keys, strict=True):
        if not key or _exact_parts(cand) != resp_exact:
            continue  # never accept a typo in a number or code: 2019 is not 2020, 5B not 5
        limit = allowed_typos(key)
        if limit == 0:
            continue
        dist = OSA.distance(key, resp_key, score_cutoff=limit)
        if dist <= limit and (best is None or dist < best[0]):
            best = (dist, cand)
    if best is not None:
        return Verdict(ALMOST, f"accepted: typo in '{best[1]}'")
    return Verdict(WRONG, f"expected {answer}, you wrote {response.strip()}")


# ---------------------------------------------------------------- numbers and units

_UNITS: dict[str, tuple[str, float]] = {}
for _dim, _table in {
    "mass": {("mg", "milligram", "milligrams"): 1e-3, ("g", "gram", "grams", "gramme"): 1.0,
             ("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"): 1e3,
             ("t", "ton", "tons", "tonne", "tonnes", "metric ton", "metric tons"): 1e6},
    "length": {("mm", "millimeter", "millimeters", "millimetre", "millimetres"): 1e-3,
               ("cm", "centimeter", "centimeters", "centimetre", "centimetres"): 1e-2,
               ("m", "meter", "meters", "metre", "metres"): 1.0,
               ("km", "kilometer", "kilometers", "kilometre", "kilometres"): 1e3},
    "time": {("s", "sec", "secs", "second", "seconds"): 1.0,
             ("min", "mins", "minute", "minutes"): 60.0,
             ("h", "hr", "hrs", "hour", "hours"): 3600.0,
             ("day", "days"): 86400.0},
    "ratio": {("%", "percent", "per cent", "pct"): 1.0},
}.items():
    for _names, _factor in _table.items():
        for _name in _names:
            _UNITS[_name] = (_dim, _factor)


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # normalised unit words after the number ("grams", "launch missions", "")


def _unit_of(words: str) -> tuple[str, float] | None:
    """(dimension, factor) of the first one or two words of a unit phrase, if known."""
    parts = words.split()
    if len(parts) >= 2 and " ".join(parts[:2]) in _UNITS:
        return _UNITS[" ".join(parts[:2])]
    return _UNITS.get(parts[0]) if parts else None


@lru_cache(maxsize=65_536)
def parse_quantity(text: str) -> Quantity | None:
    """'1,731 grams' -> (1731, 'grams'); '1.5 billion yuan' -> (1.5e9, 'yuan'); '40%'."""
    found = find_number(_fold(text).replace("\u2212", "-"))
    if found is None:
        return None
    value = found.value
    if found.prefix.rstrip().endswith("-"):
        value = -value
    rest = _NON_WORD.sub(" ", _APOSTROPHES.sub("", found.suffix)).split()
    if rest and scale_of(rest[0]):
        value *= scale_of(rest[0]) or 1
        rest = rest[1:]
    return Quantity(value, " ".join(rest))


def _fmt(value: float) -> str:
    return f"{value:,.10g}" if abs(value) < 1e15 else f"{value:g}"


def grade_number(answer: str, response: str, unit: str | None = None,
                 tolerance: float | None = None, aliases: tuple[str, ...] = ()) -> Verdict:
    """Grade a typed number: digits or words, any unit of the same kind, within tolerance."""
    expected = parse_quantity(answer)
    if expected is None:
        return grade_text(answer, aliases, response)
    got = parse_quantity(response)
    if got is None:
        if key_of(response) in {key_of(a) for a in (answer, *aliases)}:
            return Verdict(CORRECT, "correct")
        return Verdict(WRONG, f"expected {answer}, you wrote {response.strip() or 'nothing'}")
    value = got.value
    answer_unit = _unit_of(expected.unit) or (_unit_of(_fold(unit)) if unit else None)
    response_unit = _unit_of(got.unit)
    if answer_unit and response_unit:
        if answer_unit[0] != response_unit[0]:
            return Verdict(WRONG, f"expected {answer}; '{got.unit}' is not a unit of "
                                  f"{answer_unit[0]}")
        value = value * response_unit[1] / answer_unit[1]
    tol = float(tolerance or 0.0)
    diff = abs(value - expected.value)
    if diff <= max(tol, abs(expected.value) * 1e-9):
        if diff > abs(expected.value) * 1e-9:
            return Verdict(CORRECT, f"correct (within ±{_fmt(tol)} of {answer})")
        return Verdict(CORRECT, "correct")
    for alias in aliases:
        alt = parse_quantity(alias)
        if alt is not None and abs(value - alt.value) <= max(tol, abs(alt.value) * 1e-9):
            return Verdict(CORRECT, "correct")
    return Verdict(WRONG, f"expected {answer}, you wrote {response.strip()}")


# ---------------------------------------------------------------- dates

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")
_DMY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_MY = re.compile(r"\b(\d{1,2})/(\d{4})\b")


@lru_cache(maxsize=65_536)
def parse_date(text: str) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) from 'April 29, 2021', '29 April 2021', '2021-04', '2021'; or None."""
    folded = _fold(text)
    m = _ISO.search(folded)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
    m = _DMY.search(folded)
    if m:
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    m = _MY.search(folded)
    if m:
        return int(m.group(2)), int(m.group(1)), None
    words = re.findall(r"[a-z]+|\d+", folded)
    year = month = day = None
    for word in words:
        if word.isdigit():
            n = int(word)
            if len(word) == 4 and 1000 <= n <= 2999 and year is None:
                year = n
            elif 1 <= n <= 31 and day is None and len(word) <= 2:
                day = n
            else:
                return None
        elif word in _MONTHS and month is None:
            month = _MONTHS[word]
        elif word in ("st", "nd", "rd", "th", "of", "in", "on", "the"):
            continue
        else:
            return None
    if year is None and month is None:
        return None
    if month is None and day is not None:
        return None
    return year, month, day


def grade_date(answer: str, response: str, aliases: tuple[str, ...] = ()) -> Verdict:
    """Grade a date: every part the answer gives (year, month, day) must match exactly."""
    expected = parse_date(answer)
    if expected is None:
        return grade_text(answer, aliases, response)
    got = parse_date(response)
    if got is None:
        return grade_text(answer, aliases, response)
    for alias in (answer, *aliases):
        exp = parse_date(alias)
        if exp is None:
            continue
        parts = [(e, g) for e, g in zip(exp, got, strict=True) if e is not None]
        if all(e == g for e, g in parts):
            return Verdict(CORRECT, "correct")
    missing = [name for name, e, g in zip(("year", "month", "day"), expected, got, strict=True)
               if e is not None and g is None]
    if missing:
        return Verdict(WRONG, f"expected {answer}; the {' and '.join(missing)} is missing")
    return Verdict(WRONG, f"expected {answer}, you wrote {response.strip()}")


# ---------------------------------------------------------------- dispatch by item kind

_TRUE = frozenset({"true", "t", "yes", "y", "1", "right", "correct", "wahr", "vrai"})
_FALSE = frozenset({"false", "f", "no", "n", "0", "wrong", "incorrect"})
_LETTERS = "abcdefghij"


def grade_free(item: Any, response: str) -> Verdict:
    """Grade a typed answer against the item's answer by the fact's kind."""
    aliases = tuple(item.aliases or ())
    if item.kind == "numeric" or item.fact_kind == "number":
        return grade_number(item.answer, response, item.unit, item.tolerance, aliases)
    if item.fact_kind == "date":
        return grade_date(item.answer, response, aliases)
    return grade_text(item.answer, aliases, response, getattr(item, "prompt", ""))


def _chosen_option(options: list[str], response: str) -> int | None:
    """Index of the option a response picks: option text first, then letter A-D or digit 1-4."""
    key = key_of(response)
    for i, option in enumerate(options):
        if key and key_of(option) == key:
            return i
    raw = response.strip().strip(").:").lower()
    if len(raw) == 1 and raw in _LETTERS[: len(options)]:
        return _LETTERS.index(raw)
    if raw.isdigit() and 1 <= int(raw) <= len(options):
        return int(raw) - 1
    near = [i for i, option in enumerate(options)
            if grade_text(option, (), response).status == ALMOST]
    return near[0] if len(near) == 1 else None


def grade_choice(item: Any, response: str) -> Verdict:
    options = list(item.options or [])
    right = options.index(item.answer) if item.answer in options else -1
    picked = _chosen_option(options, response)
    label = f"{_LETTERS[right].upper()} ({item.answer})" if right >= 0 else item.answer
    if picked is None:
        return Verdict(WRONG, f"not one of the options; the answer is {label}")
    if picked == right:
        return Verdict(CORRECT, "correct")
    return Verdict(WRONG, f"you chose {_LETTERS[picked].upper()} ({options[picked]}); "
                          f"the answer is {label}")


def grade_true_false(item: Any, response: str) -> Verdict:
    word = " ".join(tokens_of(response))
    if word in _TRUE:
        said = "true"
    elif word in _FALSE:
        said = "false"
    else:
        return Verdict(WRONG, f"answer true or false; the statement is {item.answer}")
    if said == item.answer:
        return Verdict(CORRECT, "correct")
    if item.answer == "false":
        return Verdict(WRONG, f"the statement is false: {item.true_statement}")
    return Verdict(WRONG, "the statement is true")


def _as_list(response: Any) -> list[str]:
    if isinstance(response, str):
        return [part for part in (p.strip() for p in re.split(r"[\n;|]", response)) if part]
    return [str(r) for r in response]


def grade_matching(item: Any, response: Any) -> Verdict:
    """Response: the right-hand values in the order of the left-hand column."""
    expected = [right for _left, right in item.pairs or []]
    got = _as_list(response)
    right = sum(1 for e, g in zip(expected, got, strict=False) if key_of(e) == key_of(g))
    if right == len(expected) and len(got) == len(expected):
        return Verdict(CORRECT, f"all {right} pairs right")
    return Verdict(WRONG, f"{right} of {len(expected)} pairs right")


def grade_ordering(item: Any, response: Any) -> Verdict:
    """Response: the events in the learner's order, earliest first."""
    expected = list(item.sequence or [])
    got = _as_list(response)
    right = sum(1 for e, g in zip(expected, got, strict=False) if key_of(e) == key_of(g))
    if right == len(expected) and len(got) == len(expected):
        return Verdict(CORRECT, f"all {right} in the right order")
    return Verdict(WRONG, f"{right} of {len(expected)} in the right place")


def grade(item: Any, response: Any) -> Verdict:
    """Grade a learner's response to any item kind (see docs/ITEMS.md for response shapes)."""
    kind = item.kind
    if kind == "matching":
        return grade_matching(item, response)
    if kind == "ordering":
        return grade_ordering(item, response)
    if not isinstance(response, str):
        response = "" if response is None else str(response)
    if kind == "multiple_choice":
        return grade_choice(item, response)
    if kind == "true_false":
        return grade_true_false(item, response)
    return grade_free(item, response)

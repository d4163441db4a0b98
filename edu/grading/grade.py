"""Typed answer -> Verdict: forgiving about form (case, accents, hyphens, number words, units,
roman numerals, small typos), strict about substance (2019 is not 2020, 207 is not 270).

`grade(item, response)` works for all seven item kinds; see docs/ITEMS.md for the response
shapes. Every scorer of a typed answer has one signature, `scorer(expected, response) ->
Verdict` (as rapidfuzz's scorers share one): `Expected` carries the answer and what else the
item knows of it (aliases, unit, tolerance, prompt, evidence). Normalised forms of answers are
memoised, so grading costs microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rapidfuzz.distance import OSA

from edu.deck.model import FactKind
from edu.grading.verdict import Grade, Verdict
from edu.items.model import ItemKind
from edu.items.pools import category_families
from edu.items.qualifiers import asks_who, name_kind, untitled
from edu.text.names import NAME_PARTICLES, given_name_stems, given_names, surname_forms
from edu.text.normal import key_of, tokens_of
from edu.text.numbers import CLOCK_MARKS, SCALE_ABBREVIATIONS
from edu.text.quantities import (
    FigureRange,
    Quantity,
    fold,
    parse_date,
    parse_quantity,
    parse_range,
    unit_of,
)
from edu.text.stemcache import preprocess_words_cached as preprocess_words
from edu.text.wordmap import load_wordmap


@dataclass(frozen=True, slots=True)
class Expected:
    """What a typed answer is graded against: the answer and what the item says about it."""

    answer: str
    aliases: tuple[str, ...] = ()
    unit: str | None = None
    tolerance: float | None = None
    prompt: str = ""  # words the question gives may be typed along ("Zhurong rover")
    evidence: str = ""  # the source's words: "chlorofluorocarbons, or CFCs" says both are one
    category: str = ""

    def but(self, answer: str) -> Expected:
        """The same expectation of another answer text (an option, an alias)."""
        return Expected(answer, (), self.unit, self.tolerance, self.prompt, self.evidence,
                        self.category)


def expected_of(item: Any) -> Expected:
    """The item's answer and what grading may use of it."""
    return Expected(item.answer, tuple(item.aliases or ()), item.unit, item.tolerance,
                    getattr(item, "prompt", "") or "", getattr(item, "evidence", "") or "",
                    getattr(item, "category", "") or "")


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
    return tuple(t for t in tokens_of(text) if _is_exact(t))


def _is_exact(word: str) -> bool:
    return word.isdigit() or len(word) <= 2


# A surname or given name of the word map rarer than this (under about three uses per
# million words) is what a one-letter slip in a name lands on ("Coll" for "Cole", "Neill"
# for "Neil", "Smyth" for "Smith"), not a different answer the learner meant; a name this
# common ("Dixon" for "Nixon", "Coal" for "Cole") still is.
NAME_SLIP_ZIPF = 3.5


@lru_cache(maxsize=1)
def _real_words() -> frozenset[str]:
    """Words a response means as written, never a typo of another: English words in common
    use (Zipf >= 3 in the shipped word map: "near" for "far", "Prussia" for "Russia") but for
    the rare names among them (NAME_SLIP_ZIPF), and the places of edu/data/places.txt."""
    places = resources.files("edu.data").joinpath("places.txt").read_text("utf-8")
    names = {tokens_of(line)[-1] for line in places.splitlines()
             if line.strip() and not line.startswith("#") and tokens_of(line)}
    surnames, given = surname_forms(), given_name_stems()
    return frozenset(word for word, zipf in load_wordmap().common_words().items()
                     if zipf >= NAME_SLIP_ZIPF or (word not in surnames and word not in given)
                     ) | names


def _inflection(a: str, b: str) -> bool:
    """Singular and plural of one word ("rover" / "rovers", "body" / "bodies")."""
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es") or (short.endswith("y")
                                                   and long == short[:-1] + "ies")


def typo_distance(answer: str, response: str) -> int | None:
    """Edits that turn `response` into `answer` when it is the answer with small typos, None
    when it is something else. Word by word: each word may be off by `allowed_typos` of its
    length, but never a number or short code, and never a real word standing for another
    ('near' for 'far', 'Prussia' for 'Russia'), whatever the edit distance. Words glued or
    split differently are compared as one key, with the same real-word rule."""
    want, got = tokens_of(answer), tokens_of(response)
    if not want or not got:
        return None
    real = _real_words()
    total = 0
    if len(want) == len(got):
        for a, r in zip(want, got, strict=True):
            if a == r:
                continue
            if _is_exact(a) or _is_exact(r):
                return None
            if _inflection(a, r):
                total += 1
                continue
            if r in real:
                return None
            limit = allowed_typos(a)
            dist = OSA.distance(a, r, score_cutoff=limit) if limit else limit + 1
            if dist > limit:
                return None
            total += dist
        return total if total <= max(1, allowed_typos("".join(want))) else None
    if tuple(w for w in want if _is_exact(w)) != tuple(w for w in got if _is_exact(w)):
        return None
    if any(w in real and w not in want for w in got):
        return None
    key, resp = "".join(want), "".join(got)
    limit = allowed_typos(key)
    dist = OSA.distance(key, resp, score_cutoff=limit) if limit else limit + 1
    return dist if dist <= limit else None


# Short forms a learner types for a word of a name ("St Paul's" for "Saint Paul's").
_SHORT_FORMS = {"saint": "st", "mount": "mt", "fort": "ft"}


def _name_key(text: str) -> str:
    """A name's key without the titles before it ("Sir Rowland Hill" -> "rowlandhill",
    "Pope Innocent III" -> "innocentiii") and with its short forms ("Saint" -> "st")."""
    words = untitled(text) if len(text.split()) > 1 else text.split()
    return "".join(_SHORT_FORMS.get(t, t) for t in tokens_of(" ".join(words)))


# An abbreviation: two or more capitals, a plural "s" at most ("CFCs", "UPC", "NASA").
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.]*[A-Z0-9]s?")


def _said_as_one(evidence: str, one: str, other: str) -> bool:
    """Whether the source writes one name as the other's abbreviation, "chlorofluorocarbons,
    or CFCs" or "Universal Product Code (UPC)": a learner may type either."""
    for long, short in ((one, other), (other, one)):
        short = short.strip()
        if not _ACRONYM.fullmatch(short) or not long.strip():
            continue
        bare = re.escape(short.rstrip("s")) + "s?"
        pattern = re.escape(long.strip()) + r"s?(?:,\s+or\s+|\s+\()(?:the\s+)?" + bare + r"\b"
        if re.search(pattern, evidence, re.IGNORECASE):
            return True
    return False


def grade_text(expected: Expected, response: str) -> Verdict:
    """Grade a typed name: exact forms and aliases are correct, so are the same name without
    its titles ("Rowland Hill" for "Sir Rowland Hill") and an abbreviation the source gives
    ("CFCs" for "chlorofluorocarbons"); small typos are almost."""
    answer = expected.answer
    resp_key = key_of(response)
    if not resp_key:
        return Verdict(Grade.WRONG, f"no answer; expected {answer}")
    candidates = [answer, *expected.aliases]
    keys = [key_of(c) for c in candidates]
    if resp_key in keys or _name_key(response) in {_name_key(c) for c in candidates}:
        return Verdict(Grade.CORRECT, "correct")
    # Words the prompt already gave ("Zhurong rover" for "...first Mars rover?") are extra.
    if expected.prompt:
        prompt_words = set(tokens_of(expected.prompt))
        trimmed = "".join(t for t in tokens_of(response) if t not in prompt_words)
        if trimmed and trimmed in keys:
            return Verdict(Grade.CORRECT, "correct")
    if expected.evidence and any(_said_as_one(expected.evidence, c, response)
                                 for c in candidates):
        return Verdict(Grade.CORRECT, "correct (the text gives both names)")
    best: tuple[int, str] | None = None
    for cand in candidates:
        dist = typo_distance(cand, response)
        if dist is not None and (best is None or dist < best[0]):
            best = (dist, cand)
    if best is not None:
        return Verdict(Grade.ALMOST, f"accepted: typo in '{best[1]}'")
    return Verdict(Grade.WRONG, f"expected {answer}, you wrote {response.strip()}")


# ---------------------------------------------------------------- numbers and units

# Relative difference below which two parsed values are one number (float noise only):
# 1e-9 would call 1,000,000,000 and 999,999,999 equal.
_SAME = 1e-13


def _fmt(value: float) -> str:
    return f"{value:,.10g}" if abs(value) < 1e15 else f"{value:g}"


def _scaled(got: Quantity, answer_unit: tuple[str, float] | None) -> Quantity:
    """'100m' is 100 million unless the answer is a length (then it is metres)."""
    words = got.unit.split()
    if not words or words[0] not in SCALE_ABBREVIATIONS:
        return got
    as_unit = unit_of(words[0])
    if answer_unit is not None and as_unit is not None and as_unit[0] == answer_unit[0]:
        return got
    return Quantity(got.value * SCALE_ABBREVIATIONS[words[0]], " ".join(words[1:]))


def grade_number(expected_: Expected, response: str) -> Verdict:
    """Grade a typed number: digits or words, any unit of the same kind, within tolerance."""
    answer, aliases = expected_.answer, expected_.aliases
    unit, tolerance = expected_.unit, expected_.tolerance
    clock = _clock_time(answer)
    if clock is not None and (clock[2] or ":" in answer or _clock_mark(unit or "")):
        return _grade_clock(answer, (*clock[:2], clock[2] or _clock_mark(unit or "")), response)
    expected = parse_quantity(answer)
    if expected is None:
        return grade_text(expected_, response)
    got = parse_quantity(response)
    if got is None:
        if key_of(response) in {key_of(a) for a in (answer, *aliases)}:
            return Verdict(Grade.CORRECT, "correct")
        return Verdict(Grade.WRONG, f"expected {answer}, you wrote {response.strip() or 'nothing'}")
    answer_unit = unit_of(expected.unit) or (unit_of(fold(unit)) if unit else None)
    got = _scaled(got, answer_unit)
    value = got.value
    response_unit = unit_of(got.unit)
    if answer_unit and response_unit:
        if answer_unit[0] != response_unit[0]:
            return Verdict(Grade.WRONG, f"expected {answer}; '{got.unit}' is not a unit of "
                                  f"{answer_unit[0]}")
        value = value * response_unit[1] / answer_unit[1]
    tol = float(tolerance or 0.0)
    diff = abs(value - expected.value)
    if diff <= max(tol, abs(expected.value) * _SAME):
        if diff > abs(expected.value) * _SAME:
            return Verdict(Grade.CORRECT, f"correct (within ±{_fmt(tol)} of {answer})")
        return Verdict(Grade.CORRECT, "correct")
    for alias in aliases:
        alt = parse_quantity(alias)
        if alt is not None and abs(value - alt.value) <= max(tol, abs(alt.value) * _SAME):
            return Verdict(Grade.CORRECT, "correct")
    return Verdict(Grade.WRONG, f"expected {answer}, you wrote {response.strip()}")


# a time of day as typed: "11", "11 am", "11am", "11 a.m.", "9:30", "9.30 p.m."
_CLOCK_TIME = re.compile(r"\s*(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?\s?m\.?)?\s*", re.IGNORECASE)


def _clock_time(text: str) -> tuple[int, int, str] | None:
    """Hour, minutes and "am"/"pm" ("" if not said) of a time of day, else None."""
    m = _CLOCK_TIME.fullmatch(text)
    if m is None:
        return None
    return int(m.group(1)), int(m.group(2) or 0), _clock_mark(m.group(3) or "")


def _grade_clock(answer: str, expected: tuple[int, int, str], response: str) -> Verdict:
    """A time of day: the same hour and minutes; "am" or "pm" may be left out, not swapped."""
    got = _clock_time(response)
    if got is not None and got[:2] == expected[:2] and (
            not got[2] or not expected[2] or got[2] == expected[2]):
        return Verdict(Grade.CORRECT, "correct")
    return Verdict(Grade.WRONG, f"expected {answer}, you wrote {response.strip() or 'nothing'}")


def _clock_mark(unit: str) -> str:
    """"am" or "pm" of a time's unit as typed ("a.m.", "P M"), else ""."""
    mark = re.sub(r"[\s.]", "", unit).lower()
    return mark if mark in CLOCK_MARKS else ""


# ---------------------------------------------------------------- ranges

def _typed_range(response: str) -> FigureRange | None:
    """A range as a learner types it: "227000-300000", "227,000 to 300,000", "between 227 000
    and 300 000", and "227,000 and 300,000" (the "between" left out)."""
    found = parse_range(response)
    if found is None and re.search(r"\band\b", response, re.IGNORECASE) \
            and not re.match(r"\s*between\b", response, re.IGNORECASE):
        found = parse_range(f"between {response}")
    return found


def _unit_factor(expected_unit: str, typed_unit: str, unit: str | None) -> float | None:
    """What a typed value is multiplied by to be in the answer's unit (metres typed for a
    range in kilometres: 1/1000); None when the typed unit measures something else."""
    answer_unit = unit_of(expected_unit) or (unit_of(fold(unit)) if unit else None)
    typed = unit_of(typed_unit)
    if answer_unit is None or typed is None:
        return 1.0
    if answer_unit[0] != typed[0]:
        return None
    return typed[1] / answer_unit[1]


def grade_range(expected_: Expected, response: str) -> Verdict:
    """Grade a typed answer to a range ("between 227,000 and 300,000"). Both ends right
    (within the tolerance, in any unit of the same kind) is correct; one end right, or one
    figure at an end or inside the range, is almost (the learner knew where it lies, not the
    whole of it); anything else is wrong. When the text gives two readings of one figure
    ("1771 or 1772") either one alone is correct."""
    answer, unit, tolerance = expected_.answer, expected_.unit, expected_.tolerance
    expected = parse_range(answer)
    if expected is None:
        return grade_number(expected_, response)
    tol = max(float(tolerance or 0.0), expected.high * _SAME)
    shown = f"expected {answer}"
    got = _typed_range(response)
    if got is not None:
        factor = _unit_factor(expected.unit, got.unit, unit)
        if factor is None:
            return Verdict(Grade.WRONG, f"{shown}; '{got.unit}' is not a unit of the answer")
        low, high = got.low * factor, got.high * factor
        ends = (abs(low - expected.low) <= tol) + (abs(high - expected.high) <= tol)
        if ends == 2:
            return Verdict(Grade.CORRECT, "correct")
        if ends == 1:
            return Verdict(Grade.ALMOST, f"one end right: the range is {answer}")
        return Verdict(Grade.WRONG, f"{shown}, you wrote {response.strip()}")
    figure = parse_quantity(response)
    if figure is None:
        return Verdict(Grade.WRONG, f"{shown}, you wrote {response.strip() or 'nothing'}")
    factor = _unit_factor(expected.unit, _scaled(figure, None).unit, unit)
    if factor is None:
        return Verdict(Grade.WRONG, f"{shown}; '{figure.unit}' is not a unit of the answer")
    value = _scaled(figure, unit_of(expected.unit)).value * factor
    if expected.unit.split()[:1] in (["bc"], ["bce"]) and figure.unit.split()[:1] in (
            ["bc"], ["bce"]):
        value = -value  # "65 BC" inside "between 70 and 60 BC"
    at_end = min(abs(value - expected.low), abs(value - expected.high)) <= tol
    if expected.alternatives and at_end:
        return Verdict(Grade.CORRECT, f"correct (the text gives {answer})")
    if at_end or expected.low - tol <= value <= expected.high + tol:
        return Verdict(Grade.ALMOST, f"the whole range is {answer}")
    return Verdict(Grade.WRONG, f"{shown}, you wrote {response.strip()}")


# ---------------------------------------------------------------- dates

_DECADE = re.compile(r"\s*(?:the\s+)?(?:(early|mid|late)[\s-]+)?(\d{3})0['’]?s\s*",
                     re.IGNORECASE)
_YEAR = re.compile(r"\s*(?:in\s+)?(\d{4})\s*", re.IGNORECASE)
# The years of a decade that "early", "mid" and "late" cover: halves and a middle that
# overlap, since writers draw the line anywhere ("1964" is early or mid 1960s to someone).
DECADE_PARTS = {"early": (0, 4), "mid": (3, 7), "late": (5, 9), "": (0, 9)}


def _decade_verdict(answer: str, response: str) -> Verdict | None:
    """A decade or a part of one ("the late 1960s"): the same is correct; the whole decade
    for its part, or a year inside the part, is almost (the text says no more); another
    part, decade or year is wrong. None when the answer is no decade."""
    asked = _DECADE.fullmatch(answer)
    if asked is None:
        return None
    part, decade = (asked.group(1) or "").lower(), int(asked.group(2)) * 10
    shown = f"the text says {answer.strip()}"
    typed = _DECADE.fullmatch(response)
    if typed is not None:
        typed_part, typed_decade = (typed.group(1) or "").lower(), int(typed.group(2)) * 10
        if typed_decade != decade or (part and typed_part and typed_part != part):
            return Verdict(Grade.WRONG, f"expected {answer}, you wrote {response.strip()}")
        if typed_part == part:
            return Verdict(Grade.CORRECT, "correct")
        return Verdict(Grade.ALMOST, shown)
    year = _YEAR.fullmatch(response)
    if year is None:
        return None
    low, high = DECADE_PARTS[part]
    if decade + low <= int(year.group(1)) <= decade + high:
        return Verdict(Grade.ALMOST, shown)
    return Verdict(Grade.WRONG, f"expected {answer}, you wrote {response.strip()}")


def grade_date(expected_: Expected, response: str) -> Verdict:
    """Grade a date: every part the answer gives (year, month, day) must match exactly; a
    part of a decade ("the late 1960s") takes a year inside it or the decade as almost."""
    answer, aliases = expected_.answer, expected_.aliases
    decade = _decade_verdict(answer, response)
    if decade is not None:
        return decade
    expected = parse_date(answer)
    if expected is None:
        return grade_text(expected_, response)
    got = parse_date(response)
    if got is None:
        return grade_text(expected_, response)
    for alias in (answer, *aliases):
        exp = parse_date(alias)
        if exp is None:
            continue
        parts = [(e, g) for e, g in zip(exp, got, strict=True) if e is not None]
        if all(e == g for e, g in parts):
            return Verdict(Grade.CORRECT, "correct")
    missing = [name for name, e, g in zip(("year", "month", "day"), expected, got, strict=True)
               if e is not None and g is None]
    if missing:
        return Verdict(Grade.WRONG, f"expected {answer}; the {' and '.join(missing)} is missing")
    return Verdict(Grade.WRONG, f"expected {answer}, you wrote {response.strip()}")


# ---------------------------------------------------------------- dispatch by item kind

_TRUE = frozenset({"true", "t", "yes", "y", "1", "right", "correct", "wahr", "vrai"})
_FALSE = frozenset({"false", "f", "no", "n", "0", "wrong", "incorrect"})
_LETTERS = "abcdefghij"


def grade_free(item: Any, response: str) -> Verdict:
    """Grade a typed answer against the item's answer by the fact's kind."""
    expected = expected_of(item)
    if item.fact_kind in (FactKind.NUMBER, FactKind.DATE) and parse_range(item.answer):
        return grade_range(expected, response)
    if item.fact_kind == FactKind.DATE:  # a year asked as a numeric item too: "twenty eighteen"
        return grade_date(expected, response)
    if item.kind == ItemKind.NUMERIC or item.fact_kind == FactKind.NUMBER:
        return grade_number(expected, response)
    verdict = grade_text(expected, response)
    if verdict.status == Grade.WRONG:
        # the cheap surname test first: the given-name lists load only when it could apply
        almost = _surname_alone(item.answer, response)
        if almost is not None and _is_person(item):
            return almost
    return verdict


def _is_person(item: Any) -> bool:
    """A person's name: so the fact's category or question says ("Who ...?", "a scientist"),
    or the lists (a title, a given name first: "Giovanni Boccaccio", which the model read as
    an organisation)."""
    category = getattr(item, "category", "") or ""
    if category == "person" or "person" in category_families(category):
        return True
    if asks_who(getattr(item, "prompt", "") or "") or name_kind(item.answer) == "person":
        return True
    first = item.answer.split()[:1]
    return bool(first) and first[0][:1].isupper() and any(
        stem in given_names() for stem in preprocess_words(first[0]))


def _surname_alone(answer: str, response: str) -> Verdict | None:
    """A person named by the surname alone ("Hardrada" for "Harald Hardrada"), or with a
    small typo in it: almost, as a teacher marks it, with the full name shown. A given name
    alone ("Harald") stays wrong: many people share one; so does the place of a title."""
    names = untitled(answer)
    words = tokens_of(" ".join(names))
    if len(words) < 2 or _is_exact(words[-1]) or not all(
            w[:1].isupper() or w.casefold() in NAME_PARTICLES for w in names):
        return None  # "Duke of Normandy", "Earl of Wessex": a title, its place no surname
    # the surname with the particles before it or without ("de Saussure", "Saussure")
    start = len(words) - 1
    while start > 1 and words[start - 1] in NAME_PARTICLES:
        start -= 1
    tails = {"".join(words[k:]) for k in range(start, len(words))}
    if key_of(response) in tails or any(typo_distance(" ".join(words[k:]), response) is not None
                                        for k in range(start, len(words))):
        return Verdict(Grade.ALMOST, f"the full name is {answer}")
    return None


def _chosen_option(options: list[str], response: str,
                   fact_kind: FactKind | None = None) -> int | None:
    """Index of the option a response picks: option text first, then letter A-D or digit 1-4,
    then the one option the response matches as a number, date or name with a typo."""
    key = key_of(response)
    for i, option in enumerate(options):
        if key and key_of(option) == key:
            return i
    raw = response.strip().strip(").:").lower()
    if len(raw) == 1 and raw in _LETTERS[: len(options)]:
        return _LETTERS.index(raw)
    if raw.isdigit() and 1 <= int(raw) <= len(options):
        return int(raw) - 1
    scorer = {FactKind.NUMBER: grade_number, FactKind.DATE: grade_date}.get(
        fact_kind or FactKind.NAME, grade_text)
    verdicts = [scorer(Expected(option), response).status for option in options]
    for status in (Grade.CORRECT, Grade.ALMOST):
        hits = [i for i, v in enumerate(verdicts) if v == status]
        if len(hits) == 1:
            return hits[0]
    return None


def grade_choice(item: Any, response: str) -> Verdict:
    options = list(item.options or [])
    right = options.index(item.answer) if item.answer in options else -1
    picked = _chosen_option(options, response, item.fact_kind)
    label = f"{_LETTERS[right].upper()} ({item.answer})" if right >= 0 else item.answer
    if picked is None:
        return Verdict(Grade.WRONG, f"not one of the options; the answer is {label}")
    if picked == right:
        return Verdict(Grade.CORRECT, "correct")
    return Verdict(Grade.WRONG, f"you chose {_LETTERS[picked].upper()} ({options[picked]}); "
                          f"the answer is {label}")


def grade_true_false(item: Any, response: str) -> Verdict:
    word = " ".join(tokens_of(response))
    if word in _TRUE:
        said = "true"
    elif word in _FALSE:
        said = "false"
    else:
        return Verdict(Grade.WRONG, f"answer true or false; the statement is {item.answer}")
    if said == item.answer:
        return Verdict(Grade.CORRECT, "correct")
    if item.answer == "false":
        return Verdict(Grade.WRONG, f"the statement is false: {item.true_statement}")
    return Verdict(Grade.WRONG, "the statement is true")


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
        return Verdict(Grade.CORRECT, f"all {right} pairs right")
    return Verdict(Grade.WRONG, f"{right} of {len(expected)} pairs right")


def grade_ordering(item: Any, response: Any) -> Verdict:
    """Response: the events in the learner's order, earliest first."""
    expected = list(item.sequence or [])
    got = _as_list(response)
    right = sum(1 for e, g in zip(expected, got, strict=False) if key_of(e) == key_of(g))
    if right == len(expected) and len(got) == len(expected):
        return Verdict(Grade.CORRECT, f"all {right} in the right order")
    return Verdict(Grade.WRONG, f"{right} of {len(expected)} in the right place")


def grade(item: Any, response: Any) -> Verdict:
    """Grade a learner's response to any item kind (see docs/ITEMS.md for response shapes)."""
    kind = item.kind
    if kind == ItemKind.MATCHING:
        return grade_matching(item, response)
    if kind == ItemKind.ORDERING:
        return grade_ordering(item, response)
    if not isinstance(response, str):
        response = "" if response is None else str(response)
    if kind == ItemKind.MULTIPLE_CHOICE:
        return grade_choice(item, response)
    if kind == ItemKind.TRUE_FALSE:
        return grade_true_false(item, response)
    return grade_free(item, response)

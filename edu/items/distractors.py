"""Plausible wrong answers for multiple choice and false true/false statements.

Names come from other facts of the same category (then related categories, then the same kind);
numbers are nearby values of the same magnitude, rounded and formatted like the answer; dates
are nearby years/months. A distractor is never an answer form of the fact and never close to
the answer or another distractor (rapidfuzz), so exactly one option is right.
"""

from __future__ import annotations

import itertools
import random
import re
from functools import lru_cache

from rapidfuzz import fuzz

from edu.deck import Deck, Fact
from edu.grading import key_of, parse_date, parse_quantity
from edu.items.common import Drop, answer_forms
from edu.numbers import find_number

SIMILARITY_LIMIT = 80.0  # rapidfuzz ratio (0-100) above which two options count as the same
_GENERIC = frozenset({"of", "the", "and", "a", "an", "in", "for", "to"})
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in _MONTH_NAMES) + r")[a-z]*\.?",
                       re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(1\d{3}|2\d{3})\b")
_PROMPT_NUMBER = re.compile(r"(?<![\w.-])\d{1,3}(?:,\d{3})+(?![\w-])|(?<![\w.-])\d+(?![\w-])")


def _digits(key: str) -> str:
    return "".join(ch for ch in key if ch.isdigit())


def too_similar(a: str, b: str) -> bool:
    """Whether two option texts could be mistaken for each other.

    Names that differ only in their number (Shenzhou-12 / Shenzhou-13) are distinct: grading
    never accepts a typo across digits, so neither can be read as the other.
    """
    ka, kb = key_of(a), key_of(b)
    if not ka or not kb or ka == kb:
        return True
    if _digits(ka) != _digits(kb) and re.sub(r"\d", "", ka) == re.sub(r"\d", "", kb):
        return False
    return fuzz.ratio(ka, kb) >= SIMILARITY_LIMIT


@lru_cache(maxsize=8192)
def _category_words(category: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", category.lower()) if w not in _GENERIC)


def _pick(tiers: list[list[str]], fact: Fact, rng: random.Random, n: int) -> list[str]:
    """Take up to n acceptable candidates, tier by tier, in a seeded order within each tier."""
    forms = answer_forms(fact)
    chosen: list[str] = []
    for tier in tiers:
        pool = sorted(set(tier))
        rng.shuffle(pool)  # seeded order within a tier
        for cand in pool:
            if len(chosen) == n:
                return chosen
            if any(too_similar(cand, f) for f in forms) or any(too_similar(cand, c)
                                                               for c in chosen):
                continue
            if key_of(cand) and key_of(cand) in key_of(fact.prompt):
                continue  # an option the question itself names is obviously wrong
            chosen.append(cand)
    return chosen[:n]


_COUNT_WORDS = {"two": 2, "both": 2, "pair": 2, "three": 3, "four": 4, "five": 5}
_ASKS_COUNT = re.compile(r"\b(?:which|what)\s+(two|three|four|five|pair)\b", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@lru_cache(maxsize=8192)
def asked_count(prompt: str) -> int:
    """How many things the question asks for: 'Which two rockets ...' -> 2 (default 1)."""
    m = _ASKS_COUNT.search(prompt)
    return _COUNT_WORDS[m.group(1).lower()] if m else 1


@lru_cache(maxsize=8192)
def _is_proper(text: str) -> bool:
    """A name ('Tianhe', 'the European Space Agency') rather than a phrase ('space debris')."""
    bare = _ARTICLE.sub("", text.strip())
    return bool(bare) and (bare[0].isupper() or bare[0].isdigit())


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]{4,}", text.lower()))


def _combinations(singles: list[str], n: int, avoid: set[str], rng: random.Random) -> list[str]:
    """'X and Y' options built from single answers, for questions that ask for n things."""
    pool = sorted({a for a in singles if key_of(a) not in avoid})
    groups = list(itertools.islice(itertools.combinations(pool, n), 200))
    rng.shuffle(groups)
    return [", ".join(g[:-1]) + " and " + g[-1] for g in groups]


def name_distractors(fact: Fact, deck: Deck, rng: random.Random, n: int = 3) -> list[str]:
    """Answers of other name facts: same category, then related categories, then same kind
    (names like the answer, ranked by how much their questions share with this one).
    A question asking for two things gets two-thing options."""
    count = asked_count(fact.prompt)
    others = [f for f in deck.facts if f.id != fact.id and f.kind == fact.kind
              and f.status != "draft"]
    fitting = [f for f in others if asked_count(f.prompt) == count]
    words = _category_words(fact.category)
    same = [f.answer for f in fitting if fact.category and f.category == fact.category]
    related = [f.answer for f in fitting
               if f.category != fact.category and words & _category_words(f.category)]
    proper = _is_proper(fact.answer)
    mine = _words(fact.prompt) | words
    rest_facts = [f for f in fitting if _is_proper(f.answer) == proper]
    rest_facts.sort(key=lambda f: (-len(mine & (_words(f.prompt) | _category_words(f.category))),
                                   f.id))
    rest = [f.answer for f in rest_facts[: max(2 * n, 6)]]
    tiers = [same, related]
    if count > 1:
        items = _ITEM_SPLIT.split(fact.answer)
        avoid = {key_of(i) for i in items}
        same_singles = [f.answer for f in others
                        if asked_count(f.prompt) == 1 and f.category == fact.category]
        tiers.append(_combinations(same_singles, count, avoid, rng))
    tiers.append(rest)
    return _pick(tiers, fact, rng, n)


def _nice_step(value: float, grain: float) -> float:
    """About a tenth of the value, as a whole multiple of the answer's rounding grain."""
    raw = abs(value) * 0.11
    steps = max(1, round(raw / grain))
    return steps * grain


def number_distractors(fact: Fact, rng: random.Random, n: int = 3) -> list[str]:
    """Nearby values of the same magnitude and unit, written like the answer."""
    found = find_number(fact.answer)
    if found is None:
        return []
    value = found.value
    if found.decimals:
        grain = 10.0 ** -found.decimals
    else:
        whole = int(value)
        zeros = len(str(whole)) - len(str(whole).rstrip("0")) if whole else 0
        zeros = min(zeros, max(0, len(str(whole)) - 1))
        grain = 10.0 ** zeros
    step = _nice_step(value, grain)
    percent = found.suffix.strip().lower().startswith(("%", "percent", "per cent"))
    tol = float(fact.tolerance or 0.0)
    alias_values = [q.value for q in (parse_quantity(a) for a in fact.aliases) if q]
    prompt_values = {float(m.group().replace(",", "")) for m in _PROMPT_NUMBER.finditer(
        fact.prompt)}
    patterns = [(-3, -2, -1), (-2, -1, 1), (-1, 1, 2), (1, 2, 3), (-2, 1, 2), (-1, 1, 3)]
    rng.shuffle(patterns)
    jitter_room = int(step / grain) // 4
    for pattern in patterns:
        values = []
        for k in pattern:
            jitter = rng.randint(-jitter_room, jitter_room) * grain if jitter_room else 0.0
            values.append(round((value + k * step + jitter) / grain) * grain)
        ok = all(v > 0 or value <= 0 for v in values) and len(set(values)) == len(values)
        ok = ok and all(abs(v - value) > max(tol, grain / 2) for v in values)
        ok = ok and not any(abs(v - a) <= max(tol, grain / 2) for v in values
                            for a in alias_values)
        if percent:
            ok = ok and all(v <= 100 for v in values)
        ok = ok and not any(v in prompt_values for v in values)
        if ok:
            return [found.with_value(v) for v in values[:n]]
    return []


def _replace_month(text: str, month: int) -> str:
    """Put another month in, written like the original (full name or 'Apr.')."""
    def sub(m: re.Match[str]) -> str:
        bare = m.group(0).rstrip(".")
        name = _MONTH_NAMES[month - 1]
        if len(bare) <= 4 and bare.lower() not in ("may", "june", "july"):
            return name[:3] + ("." if m.group(0).endswith(".") else "")
        return name
    return _MONTH_RE.sub(sub, text, count=1)


def _replace_year(text: str, year: int) -> str:
    return _YEAR_RE.sub(str(year), text, count=1)


def date_distractors(fact: Fact, deck: Deck, rng: random.Random, n: int = 3) -> list[str]:
    """Nearby years (and months, for a month-and-year answer) that are not the answer."""
    parsed = parse_date(fact.answer)
    if parsed is None or parsed[0] is None:
        return []
    year, month, _day = parsed
    latest = max((p[0] for p in (parse_date(f.answer) for f in deck.facts if f.kind == "date")
                  if p and p[0]), default=year)
    true_dates = {parse_date(a) for a in answer_forms(fact)}
    prompt_years = {int(y) for y in _YEAR_RE.findall(fact.prompt)}
    candidates: list[str] = []
    if month is None:
        offsets = [k for k in range(-5, 6) if k and year + k <= max(latest, year)
                   and _year_ok(year + k, prompt_years)]
        rng.shuffle(offsets)
        for k in sorted(offsets[:n], key=abs):
            candidates.append(_replace_year(fact.answer, year + k))
    else:
        combos = [(year, m) for m in range(1, 13) if m != month]
        combos += [(year + k, month) for k in (-2, -1, 1) if year + k <= max(latest, year)]
        combos += [(year + k, m) for k in (-1, 1) for m in range(1, 13)
                   if m != month and year + k <= max(latest, year)]
        rng.shuffle(combos)
        for y, m in combos:
            text = _replace_month(_replace_year(fact.answer, y), m)
            if (parse_date(text) not in true_dates and text not in candidates
                    and (y == year or _year_ok(y, prompt_years))):
                candidates.append(text)
            if len(candidates) == n:
                break
    return [c for c in candidates if parse_date(c) not in true_dates][:n]


def _year_ok(year: int, prompt_years: set[int]) -> bool:
    return year not in prompt_years


def distractors_for(fact: Fact, deck: Deck, rng: random.Random, n: int = 3) -> list[str]:
    """Exactly n distractors for the fact, or Drop with the reason there are too few."""
    if fact.kind == "number":
        found = number_distractors(fact, rng, n)
    elif fact.kind == "date":
        found = date_distractors(fact, deck, rng, n)
    else:
        found = name_distractors(fact, deck, rng, n)
    if len(found) < n:
        raise Drop(f"only {len(found)} good distractor(s), need {n}")
    return found

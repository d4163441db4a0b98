"""Reading quantities and dates out of free text: '1,731 grams', '1.5 billion yuan', '40%',
'29 April 2021', '2021-04'. Used by grading (compare what was typed with the answer) and by
distractors (write nearby values like the answer)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from edu.text.numbers import (
    NUMBER_WORDS,
    SCALE_WORDS,
    SMALL_NUMBERS,
    find_number,
    scale_of,
    spoken_year,
)

APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u0060\u00b4\u2032]")
NON_WORD = re.compile(r"[^\w%]+|_")


def fold(text: str) -> str:
    """NFKC, case-fold and strip accents: 'Chāng’E' -> "chang'e" (apostrophes removed later)."""
    if text.isascii():  # nothing to normalise or strip, and casefold is lower: most answers
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", text).casefold()


# Words before a figure that make it an age in years: "died at the age of 47", "aged 47".
# ... with a hedge between ("at the age of only 28", "aged about 60")
AGE_BEFORE = re.compile(r"\b(?:at the age of|aged)\s+(?:(?:only|just|about|nearly|almost)\s+)?$",
                        re.IGNORECASE)
# A currency sign before a figure says its unit: "$7 million" is 7 million dollars.
CURRENCY_SIGNS = {"$": "dollars", "\u00a3": "pounds", "\u20ac": "euros", "\u00a5": "yen"}
# Currency codes (ISO 4217) written before their figure: "NOK 45 million" is 45 million
# kroner, as "$7 million" is 7 million dollars (no name "NOK 45").
CURRENCY_CODES = {"NOK": "kroner", "DKK": "kroner", "SEK": "kronor", "ISK": "kronur",
                  "CHF": "Swiss francs", "EUR": "euros", "USD": "dollars", "GBP": "pounds",
                  "JPY": "yen", "CNY": "yuan", "RMB": "yuan", "INR": "rupees", "RUB": "roubles",
                  "AUD": "Australian dollars", "CAD": "Canadian dollars", "NZD": "dollars",
                  "HKD": "dollars", "ZAR": "rand", "BRL": "reais", "MXN": "pesos", "KRW": "won"}
# A dollar sign with its country's letters glued before it: "US$13 million", "A$7 million".
DOLLAR_PREFIX = re.compile(r"(?:US|A|AU|C|CA|NZ|HK|S)\$(?=\d)")
# Units written before their figure, as written: "Mach 1.06" is 1.06 times the speed of sound
# (neither a designator of a name "Mach", nor part of the name before it); currency codes.
UNITS_BEFORE = frozenset({"Mach"}) | frozenset(CURRENCY_CODES)
# Units written with a capital as words of their own: a figure followed by another capitalised
# word is part of a name or an address ("19 New King Street"), these are measures.
CAPITALISED_UNITS = frozenset({"Celsius", "Fahrenheit", "Kelvin", "Mach", "Richter", "Beaufort"})
# A rate said after a unit: "miles per hour", "pounds per square inch", "metres a day". The
# unit alone ("40 miles") would be another quantity.
RATE = re.compile(r"(?:per\s+(?:(?:square|cubic)\s+)?[a-z]+"
                  r"|an?\s+(?:second|minute|hour|day|week|fortnight|month|year))\b")
# the words from a figure to its unit's rate: "40 miles per hour" -> " miles per hour"
_UNIT_THEN_RATE = re.compile(r"[\s-]*(?:(?:square|cubic)\s+)?[A-Za-z]+\s+(" + RATE.pattern + ")")


def rate_after(text: str, figure_end: int) -> str:
    """The rate a unit goes on with after the figure that ends at `figure_end`: "per hour"
    of "40 miles per hour", "a day" of "1.5 metres a day"; "" when none."""
    m = _UNIT_THEN_RATE.match(text, figure_end)
    return " ".join(m.group(1).split()) if m else ""

# Words after (or before) a figure where the tuned raw texts (tests/data/blind, tuning,
# fresh_extract, heldout: 2026-12-06) wrote decimals often: of their figures of two or three
# digits, 13 of 32 before million/billion were decimals ("6.4 million"), 16 of 62 before
# metres, kilometres and the smaller metric lengths ("1.5 metres"), 2 of 2 after
# "magnitude"; before feet, miles, pounds, tonnes, kilograms, hours and per cent none of 80.
# Text that lost its full stops ("64 million") cannot tell which: such a figure is held
# below the first page (edu/extract/candidates.py).
# one end of a range of figures: "between 227,000 and 300,000", "45 to 55", "1850-1855",
# "from 3 to 5"; a quiz that asks for one end alone asks half a fact
_FIGURE = r"\d[\d,.]*(?:\s+(?:thousand|million|billion))?"
_HEDGE = r"(?:(?:about|around|some|roughly|approximately|nearly|almost)\s+)?"
_UPPER_END = re.compile(r"(?:\bbetween\s+" + _HEDGE + _FIGURE + r"\s+and|\d[\d,.]*"
                        r"(?:\s+(?:thousand|million|billion))?\s*(?:\bto\b|[-\u2013]))\s*"
                        + _HEDGE + r"$", re.IGNORECASE)
_LOWER_END_BEFORE = re.compile(r"\b(?:between|from)\s+" + _HEDGE + r"$", re.IGNORECASE)
_LOWER_END_AFTER = re.compile(r"^(?:\s+(?:thousand|million|billion))?\s*(?:and|to|[-\u2013])"
                              r"\s*" + _HEDGE + r"\d", re.IGNORECASE)
_BARE_LOWER_END_AFTER = re.compile(r"^(?:\s+(?:thousand|million|billion))?"
                                   r"\s*(?:\bto\b|[\u2013]|-(?=\d))\s*" + _HEDGE + r"\d",
                                   re.IGNORECASE)
_FRACTION_AFTER = re.compile(r"^-\d+/\d")  # "26-1/2 hours": a whole and a half, no range


# ---------------------------------------------------------------- ranges of figures
# A range is one fact with one answer: "between 227,000 and 300,000", "30 to 40 metres",
# "2 to 3 million", "4,000-5,000", "from 1505 to 1510", "1914-18", and two readings of one
# figure, "1771 or 1772". The answer is written as the text writes it; `parse_range` reads
# both ends back from it (grading, distractors, true/false), and from what a learner types
# ("227000-300000", "between 227 000 and 300 000").
_RANGE_HEDGE = r"(?:(?:about|around|some|roughly|approximately|nearly|almost|c\.|circa)\s+)?"
_SMALL_WORDS = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
_RANGE_NUMBER = (r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
                 r"|(?:" + _SMALL_WORDS + r")\b")
_SCALES = "|".join(SCALE_WORDS)
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
# groups: opener, low, low_scale, low_unit ("5 km to 8 km": the unit said twice), joint,
# high, high_scale, rest (the unit words after the range)
_RANGE = re.compile(
    r"^\s*(?:(?P<opener>between|from)\s+)?" + _RANGE_HEDGE + r"(?P<low>" + _RANGE_NUMBER
    + r")(?:\s*(?P<low_scale>" + _SCALES + r")\b)?(?:\s*(?P<low_unit>[a-z%]+)\b)?"
    + r"\s*(?P<joint>and|to|or|[" + _DASHES + r"])\s*" + _RANGE_HEDGE
    + r"(?P<high>" + _RANGE_NUMBER + r")(?:\s*(?P<high_scale>" + _SCALES + r")\b)?"
    + r"(?P<rest>\s+[^\d/]*|[^\w\s/][^\d/]*)?$",
    re.IGNORECASE)
_YEARS = (1000, 2099)  # four-digit ends here may be years, and "1914-18" shortens the second


@dataclass(frozen=True, slots=True)
class FigureRange:
    """Both ends of a range as values (scale applied: "2 to 3 million" is 2e6..3e6), the unit
    words after it, whether its ends are two readings of one figure ("1771 or 1772"), and
    whether both ends are written as years."""

    low: float
    high: float
    unit: str
    alternatives: bool = False
    years: bool = False


def _range_value(text: str) -> float:
    word = text.lower()
    if word in SMALL_NUMBERS:
        return float(SMALL_NUMBERS[word])
    return float(re.sub(r"[,\u00a0\u202f ]", "", text))


@lru_cache(maxsize=16_384)
def parse_range(text: str) -> FigureRange | None:
    """Both ends of a range written in `text` ("between 227,000 and 300,000 people",
    "30-40 metres", "2 to 3 million", "1771 or 1772", "1914-18"), or None: one figure,
    "26-1/2" (a whole and a half), a pair whose second end does not follow the first."""
    m = _RANGE.match(fold(text))
    if m is None:
        return None
    opener, low_text, low_scale, low_unit, joint, high_text, high_scale, rest = m.groups()
    if low_unit and (rest or "").split()[:1] not in ([low_unit], []):
        return None  # "5 km to 8 km" is one range, "30 men to 40 women" none ("5 km to 8":
        # an answer whose unit the fact holds)
    if joint == "and" and opener != "between" or joint == "to" and opener == "between" \
            or opener == "from" and joint != "to":
        return None  # "227 and 300" is a list; "between 3 to 5", "from 3 and 5" no range
    low, high = _range_value(low_text), _range_value(high_text)
    low_scale = low_scale or high_scale  # "2 to 3 million": the scale is both ends'
    high_scale = high_scale or low_scale
    years = not low_scale and low_text.isdigit() and len(low_text) == 4 \
        and _YEARS[0] <= low <= _YEARS[1]
    if years and high_text.isdigit() and len(high_text) <= 2 and joint != "or":
        high = low // 100 * 100 + high  # "1914-18": the century is the first year's
    years = years and _YEARS[0] <= high <= _YEARS[1] and high_text.isdigit()
    low *= SCALE_WORDS[low_scale.lower()] if low_scale else 1
    high *= SCALE_WORDS[high_scale.lower()] if high_scale else 1
    alternatives = joint == "or"
    unit = " ".join(NON_WORD.sub(" ", APOSTROPHES.sub("", rest or "")).split())
    if unit.split()[:1] in (["bc"], ["bce"]) and not low_scale and not high_scale:
        low, high, years = -low, -high, True  # "between 70 and 60 BC": years before Christ
    if low == high or not alternatives and low > high:
        return None  # "from 20 to 10" tells a fall, "5-5" a score
    return FigureRange(min(low, high), max(low, high), unit, alternatives, years)


def range_forms(text: str) -> list[str]:
    """Other ways to write the range `text` writes: "between 227,000 and 300,000" ->
    "227,000-300,000"; "30-40" -> "30 to 40"; "1914-18" -> "1914-1918"; for two readings
    of one figure, each alone ("1771 or 1772" -> "1771", "1772"). Aliases a key, an Anki
    card or a GIFT answer shows; grading reads every form anyway (`parse_range`)."""
    folded = fold(text)
    m = _RANGE.match(folded)
    found = parse_range(text)
    if m is None or found is None or len(folded) != len(text):
        return []
    low, high = text[m.start("low") : m.end("low")], text[m.start("high") : m.end("high")]
    scale = f" {m.group('high_scale')}" if m.group("high_scale") else ""
    if found.alternatives:
        return [low + (f" {m.group('low_scale')}" if m.group("low_scale") else scale),
                high + scale]
    if found.years and len(high) < len(low):
        high = str(int(found.high))  # "1914-18": the second year in full
    unit = text[m.start("rest") : m.end("rest")] if m.group("rest") else ""
    dashed = f"{low}-{high}{scale}{unit}"
    spoken = f"{low} to {high}{scale}{unit}"
    return [form for form in (dashed, spoken) if form != text][:1]  # as typed: "30-40"


_RANGE_OPENING = re.compile(r"\b(?:between|from)\s+" + _RANGE_HEDGE + r"$", re.IGNORECASE)
# "rose from 12 to 20 metres" tells a change, not a range of the figure
_CHANGE_BEFORE = re.compile(r"\b(?:r[io]s(?:e|es|en|ing)|f[ae]ll(?:s|en|ing)?|gr[eo]w(?:s|n|ing)?"
                            r"|increas\w*|decreas\w*|dropp?\w*|climb\w*|cut|cuts|cutting"
                            r"|reduc\w*|doubl\w*|tripl\w*|jump\w*|soar\w*|swell\w*|swollen"
                            r"|shr[iau]nk\w*|rais\w*|lower\w*|expand\w*|went|go(?:es)?"
                            r"|chang\w*|mov\w*|extend\w*|shift\w*)\b[\w\s,]{0,40}$",
                            re.IGNORECASE)


def range_opening(text: str, start: int) -> int:
    """Where the range whose first figure starts at `start` begins: at "between" or "from"
    (and a hedge after it) right before the figure, else at the figure."""
    m = _RANGE_OPENING.search(text, max(0, start - 40), start)
    return m.start() if m else start


def joins_range(text: str, first_start: int, first_end: int, second_start: int,
                second_end: int) -> bool:
    """Whether the figures at [first_start, first_end) and [second_start, second_end) of
    `text` are the two ends of one range ("between X and Y", "X to Y", "X-Y", "from X to Y",
    "X or Y"), not a list ("227 men and 300 women") or a change ("rose from 12 to 20")."""
    between = text[first_end:second_start]
    joint = re.fullmatch(r"(?:\s*([a-z%]+))?\s*(?:and|to|or|[" + _DASHES + r"])\s*"
                         + _RANGE_HEDGE, between, re.IGNORECASE)
    if joint is None:
        return False
    if joint.group(1) and not re.match(r"\s*" + re.escape(joint.group(1)) + r"\b",
                                       text[second_end : second_end + 30]):
        return False  # "5 km to 8 km": the unit said after both; "30 men to 40 women" no
    opening = range_opening(text, first_start)
    if opening < first_start and text[opening:opening + 4].lower() == "from" \
            and _CHANGE_BEFORE.search(text, max(0, opening - 60), opening):
        return False
    return parse_range(text[opening:second_end]) is not None


def range_end(text: str, start: int, end: int) -> bool:
    """Whether the figure at characters [start, end) of `text` is one end of a range ("between
    X and Y", "X to Y", "X-Y", "from X to Y"), so that asking it alone asks half the fact."""
    before, after = text[max(0, start - 60) : start], text[end : end + 40]
    if _UPPER_END.search(before) and not (before.endswith("-") and after.startswith("/")):
        return True
    if _LOWER_END_BEFORE.search(before):
        return bool(_LOWER_END_AFTER.match(after))
    return bool(_BARE_LOWER_END_AFTER.match(after)) and not _FRACTION_AFTER.match(after)


DECIMAL_PRONE_AFTER = frozenset({"million", "billion", "trillion", "metres", "meters",
                                 "kilometres", "kilometers", "centimetres", "centimeters",
                                 "millimetres", "millimeters", "micrometres", "micrometers",
                                 "nanometres", "nanometers"})
# "Mach 2.44", "Mach 1.06": a Mach number of prose is small and mostly a decimal (round 20p:
# both "mach" figures of the 219 blind and tuning texts were decimals)
DECIMAL_PRONE_BEFORE = frozenset({"magnitude", "mach"})
# A distance in astronomical units of prose is mostly a decimal ("2.77 astronomical units"):
# both such figures of the 219 blind and tuning texts were (round 20p); stems of the unit
DECIMAL_PRONE_UNIT_STEMS = frozenset({"astronom"})
# No solid or liquid is denser than osmium (22.59 g/cm3): "densiti 144 gram per cubic" was 1.44
DENSEST = 22.59
# No atom is heavier than oganesson's (294 daltons): "atom weight 726" was 72.6 (round 22p)
HEAVIEST_ATOM = 294
# Prose writes no figure of four digits or more before million, billion or trillion ("1,289
# billion" is 1.289 trillion): "1289 billion" in stems was $128.9 billion (round 20p: 5 of 5
# such figures of the 219 blind and tuning texts, not ending in 0, were decimals)
LONG_BEFORE_SCALE = 4
# Kelvin figures of prose are mostly cryogenic decimals (2.7 K of the background radiation,
# 1.9 K of a collider's magnets, 4.2 K of liquid helium): "19 kelvin" in stems may be 1.9.
DECIMAL_PRONE_AFTER = DECIMAL_PRONE_AFTER | {"kelvin"}
# Seconds of prose are timed to a fraction (a record, a flight, a delay: "9.58 seconds"): of
# the two- and three-digit figures not ending in 0 before "seconds" in the 219 blind and
# tuning texts, 9 of 14 were decimals (round 22p; minutes 0 of 9, days 2 of 33)
DECIMAL_PRONE_AFTER = DECIMAL_PRONE_AFTER | {"seconds"}
# Below these no temperature is (absolute zero: -273.15 degrees Celsius, -459.67 Fahrenheit):
# "minu 892 degre celsiu" was minus 89.2.
ABSOLUTE_ZERO = {"celsius": 273.15, "centigrade": 273.15, "fahrenheit": 459.67}
# No share is more than the whole: "reject 532 per cent" was 53.2 per cent (a rise may be
# more than 100 per cent, but prose writes such rises round: "150 per cent", never "532").
WHOLE_PERCENT = 100
# Prose writes a share with two decimals at most ("99.99 per cent", "53.2 per cent"): "9999 per
# cent" of preprocessed text was 99.99, not 9.999 (round 17n)
SHARE_DECIMALS = 2
# " or 6.4", " or minus 89.2": the other readings of a figure whose point preprocessing
# deleted, as edu/extract/figures.py writes them after the first ("64 or 6.4 million"): the
# deck's proof checks the first reading, items wait until a reviewer picks one
OTHER_READINGS = re.compile(r"\s+or\s+(?:minus\s+)?\d[\d.,:]*")

_UNITS: dict[str, tuple[str, float]] = {}
_UNIT_NAMES: dict[str, dict[tuple[str, ...], float]] = {
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
}
for _dim, _table in _UNIT_NAMES.items():
    for _names, _factor in _table.items():
        for _name in _names:
            _UNITS[_name] = (_dim, _factor)


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # normalised unit words after the number ("grams", "launch missions", "")


def unit_of(words: str) -> tuple[str, float] | None:
    """(dimension, factor) of the first one or two words of a unit phrase, if known."""
    parts = words.split()
    if len(parts) >= 2 and " ".join(parts[:2]) in _UNITS:
        return _UNITS[" ".join(parts[:2])]
    return _UNITS.get(parts[0]) if parts else None


_SIGN_BEFORE = re.compile(r"(?:-|\bminus)\s*$")  # "-18", "minus 18 degrees Celsius"


@lru_cache(maxsize=65_536)
def parse_quantity(text: str) -> Quantity | None:
    """'1,731 grams' -> (1731, 'grams'); '1.5 billion yuan' -> (1.5e9, 'yuan'); '40%'."""
    found = find_number(fold(text).replace("\u2212", "-"))
    if found is None:
        return None
    value = found.value
    if _SIGN_BEFORE.search(found.prefix):
        value = -value
    rest = NON_WORD.sub(" ", APOSTROPHES.sub("", found.suffix)).split()
    if rest and scale_of(rest[0]):
        value *= scale_of(rest[0]) or 1
        rest = rest[1:]
    return Quantity(value, " ".join(rest))



# The months, the one list every stage reads (extraction's stems, distractors, dates).
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
_MONTHS = {m.lower(): i + 1 for i, m in enumerate(MONTH_NAMES)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9


def is_month_name(word: str) -> bool:
    """'May', 'June', 'Sept': a month, which is also a given name ("In May Edward Jenner ...")."""
    return word.lower().rstrip(".") in _MONTHS


_ISO = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")
_DMY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_MY = re.compile(r"\b(\d{1,2})/(\d{4})\b")


_SPOKEN = NUMBER_WORDS | {"and", "oh", "o", "nought"}


def _spoken_years(words: list[str]) -> list[str]:
    """Runs of number words that say a year ('twenty eighteen') replaced by its digits."""
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and words[j] in _SPOKEN:
            j += 1
        year = spoken_year(words[i:j]) if j - i >= 2 else None
        if year is not None:
            out.append(str(year))
            i = j
        else:
            out.append(words[i])
            i += 1
    return out


@lru_cache(maxsize=65_536)
def parse_date(text: str) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) from 'April 29, 2021', '29 April 2021', '2021-04', '2021'; or None."""
    folded = fold(text)
    m = _ISO.search(folded)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
    m = _DMY.search(folded)
    if m:
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    m = _MY.search(folded)
    if m:
        return int(m.group(2)), int(m.group(1)), None
    words = _spoken_years(re.findall(r"[a-z]+|\d+", folded))
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

# Words that date a sentence only against the day it was written or told: a news report's
# "on Monday", "late on Tuesday night", a story's "four days earlier", "the next day".
# Read alone (a card, a worksheet line) they point at no day; edu/items/standalone.py
# leaves them out of what an item shows. (Here, not in edu.extract.lexicon: items are made
# when the trainer opens a document, which must not load the extraction package.)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAY_PARTS = ("morning", "afternoon", "evening", "night")
RELATIVE_DAYS = ("yesterday", "tomorrow", "tonight", "the next day", "the following day",
                 "the day before", "the previous day", "the next morning",
                 "the following morning", "last night", "this week", "last week",
                 "next week", "this month", "last month", "next month")
RELATIVE_STEPS = ("earlier", "later")  # "four days earlier": earlier than what?
STEP_UNITS = ("day", "days", "week", "weeks", "month", "months")

# Units that measure one thing, for telling a conversion ("15 feet (4.6 metres)", "41
# degrees Fahrenheit, around 5 degrees Celsius") from a second quantity: each family's
# words, singular and plural, as written after a figure.
UNIT_FAMILIES = {
    "temperature": ("celsius", "fahrenheit", "centigrade", "kelvin"),
    "length": ("metre", "metres", "meter", "meters", "kilometre", "kilometres", "kilometer",
               "kilometers", "km", "centimetre", "centimetres", "cm", "millimetre",
               "millimetres", "mm", "mile", "miles", "foot", "feet", "ft", "inch", "inches",
               "yard", "yards", "nautical"),
    "mass": ("kilogram", "kilograms", "kg", "gram", "grams", "g", "tonne", "tonnes", "ton",
             "tons", "pound", "pounds", "lb", "lbs", "ounce", "ounces", "oz"),
    "volume": ("litre", "litres", "liter", "liters", "gallon", "gallons", "pint", "pints"),
    "area": ("hectare", "hectares", "acre", "acres"),
}

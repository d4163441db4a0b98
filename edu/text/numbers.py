"""Numbers as people write them: digits with separators, number words, scale words, roman numerals.

Grading ("two hundred seven" = 207, "1,731" = 1731, "Shenzhou-XIII" = "Shenzhou 13") and
distractor generation ("207" -> "229", "1,731 grams" -> "1,904 grams") both need to read a
number out of free text and write one back in the same style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
NUMBER_WORDS = frozenset(SMALL_NUMBERS) | frozenset(SCALE_WORDS)
# Era marks: a year with one is a date, never a count ("1323 BC", not "1,323 bcs"). Written
# after the year; "AD" (before it: "AD 79") also means an advertisement after a number.
ERAS_AFTER = {"bc": "BC", "bce": "BCE", "ce": "CE"}
ERAS_BEFORE = {"ad": "AD"}
# Clock marks after a time of day: "7.13 pm" is a time, never a count (preprocessing deletes
# its "." or ":"; "am" is also an English stop word, so stemmed text often loses it)
CLOCK_MARKS = frozenset({"am", "pm"})
# Words after a time of day: preprocessing deletes the colon of "5:12 in the morning", so
# "512 morn" reads as a count of 512 mornings
CLOCK_AFTER = CLOCK_MARKS | {"morning", "afternoon", "evening", "oclock", "gmt", "utc"}
# An hour of the clock, with its minutes when the colon or point was deleted ("512" of 5:12,
# "1030", "4" of 4 p.m., "2300" of 23:00): the figures preprocessed text leaves of a time.
CLOCK_FIGURE = re.compile(r"(?:0?[1-9]|1\d|2[0-3])(?:[0-5]\d)?")


def clock_figure(digits: str) -> bool:
    """Whether `digits` can be a time of day whose colon or point was deleted."""
    return CLOCK_FIGURE.fullmatch(digits) is not None


def clock_reading(digits: str) -> str:
    """The time a clock figure of preprocessed text says: "325" -> "3:25", "4" -> "4"; the
    minutes are always its last two digits, so there is one reading only."""
    return f"{digits[:-2]}:{digits[-2:]}" if len(digits) > 2 else digits
# Words before a year that say it is a decade or a century: "the early 1700s", "the late
# 1940s", "the mid-1960s" lose their "s" to the stemmer ("1700s" -> "1700").
DECADE_BEFORE = frozenset({"early", "late", "mid", "decade", "decades", "century"})
# Words that end a street's name: a figure before it is a house number ("19 New King
# Street"), no count
STREET_WORDS = frozenset({"street", "road", "avenue", "lane", "square", "place", "terrace",
                          "crescent", "row", "drive", "gardens", "walk"})
# Nouns of a fraction ("two thirds of the island"): a count of them asks no "how many"
FRACTION_NOUNS = frozenset({"half", "halves", "quarter", "quarters"}) | frozenset(
    w + s for w, v in _ORDINALS.items() if v > 2 for s in ("", "s"))
# Scale abbreviations people type after a figure ("100m", "1.5bn", "40k"); "m" is also metres,
# so readers apply them only where the answer is not a length.
SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
                       "bn": 1_000_000_000}
_ZERO_WORDS = frozenset({"oh", "o", "zero", "nought"})  # "twenty oh five" = 2005


def _ordinal_word(word: str) -> str:
    """'thirteen' -> 'thirteenth', 'twenty' -> 'twentieth' (regular forms only)."""
    return word[:-1] + "ieth" if word.endswith("y") else word + "th"


# "thirteenth" -> 13 ... "ninetieth" -> 90, plus the irregular first to twelfth.
ORDINAL_WORDS = {_ordinal_word(w): v for w, v in SMALL_NUMBERS.items() if v > 12} | _ORDINALS

# A numeral: 1,731 or 1731 or 3.5 or .5, optionally followed by an ordinal suffix.
_NUMERAL = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:st|nd|rd|th)?(?![\d])")
_WORD = re.compile(r"[a-z]+")
# A fraction as a mission report writes it: "26-1/2", "26 1/2", "1/2", "26½" (a 4-digit
# denominator is a date: "3/2021").
_FRACTION = re.compile(r"(?<![\w./])(?:(\d+)(?:-| |(?=[½¼¾⅓⅔⅛])))?(?:(\d{1,2})/(\d{1,3})"
                       r"|([½¼¾⅓⅔⅛]))(?![\d/])")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_ROMAN = re.compile(r"^(x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def words_to_number(words: list[str]) -> int | None:
    """Value of a whole run of number words ("two hundred and seven"), or None if not one."""
    total = 0
    current = 0
    seen = False
    for word in words:
        if word == "and" and seen:
            continue
        if word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0
        elif word in _ORDINALS and not seen:
            return _ORDINALS[word] if len(words) == 1 else None
        else:
            return None
        seen = True
    return total + current if seen else None


def spoken_year(words: list[str]) -> int | None:
    """A year said aloud: 'twenty eighteen' -> 2018, 'nineteen ninety nine' -> 1999,
    'twenty oh five' -> 2005, 'nineteen hundred' -> 1900, 'two thousand and eighteen' -> 2018."""
    whole = words_to_number(words)
    if whole is not None and 1000 <= whole <= 2999:
        return whole
    for split in range(1, len(words)):
        century = words_to_number(words[:split])
        rest = words[split:]
        if century is None or not 10 <= century <= 29:
            continue
        if rest == ["hundred"]:
            return century * 100
        if len(rest) == 2 and rest[0] in _ZERO_WORDS:
            unit = SMALL_NUMBERS.get(rest[1])
            if unit is not None and 1 <= unit <= 9:
                return century * 100 + unit
        tail = words_to_number(rest)
        if tail is not None and 10 <= tail <= 99:
            return century * 100 + tail
    return None


def roman_to_int(token: str) -> int | None:
    """Value of a canonical roman numeral up to 39 (mission numbers), else None."""
    token = token.lower()
    if not token or not _ROMAN.match(token):
        return None
    value = 0
    for i, ch in enumerate(token):
        v = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[token[i + 1]] if i + 1 < len(token) else 0
        value += -v if v < nxt else v
    return value


@dataclass(frozen=True)
class NumberText:
    """A number found in text, with what surrounds it, so it can be rewritten in place."""

    value: float
    prefix: str  # text before the numeral ("about ")
    numeral: str  # the numeral as written ("1,731")
    suffix: str  # text after it (" grams", " billion yuan", "%")
    decimals: int  # digits after the decimal point
    grouped: bool  # written with thousands separators
    words: bool = False  # written in words ("seven million")
    ordinal: bool = False  # written as an ordinal ("13th")
    denominator: int = 0  # written as a fraction of this denominator ("26-1/2": 2)
    joint: str = "-"  # what joins a fraction's whole part to it ("-", " ")

    def with_value(self, value: float) -> str:
        """The same text with another value, written the way the original was."""
        if self.words and value == int(value):
            text = number_to_words(int(value))
        elif self.ordinal and value == int(value):
            text = ordinal(int(value))
        elif self.denominator:
            text = fraction_text(value, self.denominator, self.joint)
        else:
            text = format_like(value, self.decimals, self.grouped)
        if self.numeral[:1].isupper():
            text = text[:1].upper() + text[1:]
        return f"{self.prefix}{text}{self.suffix}"


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_to_words(n: int) -> str:
    """English words for a whole number: 207 -> 'two hundred seven', 7e6 -> 'seven million'."""
    if n < 0:
        return "minus " + number_to_words(-n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + (" " + number_to_words(rest) if rest else "")
    for size, name in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"),
                       (1000, "thousand")):
        if n >= size:
            rest = n % size
            return (number_to_words(n // size) + " " + name
                    + (" " + number_to_words(rest) if rest else ""))
    return str(n)


def ordinal(n: int) -> str:
    """'13th', '21st', '2nd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fraction_text(value: float, denominator: int, joint: str = "-") -> str:
    """`value` to the nearest 1/denominator, written as a mixed fraction ("23-1/2")."""
    units = round(value * denominator)
    whole, part = divmod(abs(units), denominator)
    sign = "-" if units < 0 else ""
    if not part:
        return f"{sign}{whole}"
    return f"{sign}{whole}{joint}{part}/{denominator}" if whole else f"{sign}{part}/{denominator}"


def format_like(value: float, decimals: int, grouped: bool) -> str:
    """Format `value` with a fixed number of decimals and optional thousands separators."""
    spec = f"{',' if grouped else ''}.{decimals}f"
    return format(value, spec)


def find_number(text: str) -> NumberText | None:
    """The first number in `text`: a numeral (with an optional scale word) or number words."""
    match = _NUMERAL.search(text)
    fraction = _FRACTION.search(text)
    if fraction and (match is None or fraction.start() <= match.start()):
        whole, num, den, vulgar = fraction.groups()
        part = _VULGAR[vulgar] if vulgar else (int(num) / int(den) if int(den) else None)
        if part is not None:
            value = float(whole or 0) + part
            denominator = int(den) if den else round(1 / _VULGAR[vulgar])
            joint = text[fraction.start(1) + len(whole)] if whole and num else "-"
            return NumberText(value, text[: fraction.start()], fraction.group(0),
                              text[fraction.end():], 0, False, denominator=denominator,
                              joint=joint)
    if match:
        whole, frac = match.group(1), match.group(2) or ""
        value = float(whole.replace(",", "") + frac)
        is_ordinal = match.group(0)[-2:].isalpha()
        return NumberText(value, text[: match.start()], match.group(0), text[match.end():],
                          len(frac) - 1 if frac else 0, "," in whole, ordinal=is_ordinal)
    lowered = text.lower()
    words = list(_WORD.finditer(lowered))
    for i, m in enumerate(words):
        word = m.group()
        if word in ORDINAL_WORDS and word != "second" and len(words) <= 3:
            start, end = m.start(), m.end()
            return NumberText(float(ORDINAL_WORDS[word]), text[:start], text[start:end],
                              text[end:], 0, False, ordinal=True)
        if word not in NUMBER_WORDS:
            continue
        j = i
        while j + 1 < len(words) and (words[j + 1].group() in NUMBER_WORDS
                                      or words[j + 1].group() == "and"):
            j += 1
        while words[j].group() == "and":
            j -= 1
        spelt = words_to_number([w.group() for w in words[i: j + 1]])
        if spelt is not None:
            start, end = m.start(), words[j].end()
            return NumberText(float(spelt), text[:start], text[start:end], text[end:], 0, False,
                              words=True)
    return None


def parse_number(text: str) -> float | None:
    """Value of a text that is just a number ("1,731", "two hundred seven", "1.5 million")."""
    found = find_number(text.strip())
    if found is None or found.prefix.strip():
        return None
    rest = found.suffix.strip().lower()
    if not rest:
        return found.value
    if rest in SCALE_WORDS:
        return found.value * SCALE_WORDS[rest]
    return None


def scale_of(word: str) -> int | None:
    """Multiplier of a scale word ("million" -> 1e6), or None."""
    return SCALE_WORDS.get(word.lower())


_SERIES = re.compile(r"^(\d+)([a-z])((?:\1[a-z])+)$")
_SERIALS = re.compile(r"^(0\d)(0\d)+$")
_YEAR_PAIR = re.compile(r"^((?:19|20)\d\d)((?:19|20)\d\d)$")


def series_text(token: str) -> str | None:
    """A run of designators that lost its slashes: "4a4b" -> "4A/4B", "2b2c2d" -> "2B/2C/2D"
    (one number, several letters), "0203" -> "02/03" (serial numbers with leading zeros)."""
    found = _SERIES.match(token)
    if found:
        number = found.group(1)
        letters = [found.group(2), *found.group(3)[len(number)::len(number) + 1]]
        return "/".join(number + letter.upper() for letter in letters)
    if _SERIALS.match(token) and len(token) > 2:
        return "/".join(token[k : k + 2] for k in range(0, len(token), 2))
    return None


def year_range_text(token: str) -> str | None:
    """Two years glued by deleted punctuation: "20162025" -> "2016–2025" (the second later)."""
    found = _YEAR_PAIR.match(token)
    if found and int(found.group(1)) < int(found.group(2)):
        return f"{found.group(1)}\u2013{found.group(2)}"
    return None

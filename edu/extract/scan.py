"""Find where facts may sit: numbers with what they count, dates, and names with what they are.

One left-to-right pass over the token classes; every anchor records the token range of the
answer and the features the ranking needs. Nothing here restores text (that is done only for
the few distinct candidates that survive de-duplication).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress

from edu.extract import lexicon as lx
from edu.extract.acronyms import acronym_start
from edu.extract.anchor import Anchor, Features
from edu.text.glossary import Glossary
from edu.text.names import towns
from edu.text.numbers import CLOCK_MARKS, ERAS_AFTER, ERAS_BEFORE, clock_figure
from edu.text.restore import join_words
from edu.text.wordmap import load_wordmap

_NAME_START = (lx.FOREIGN, lx.GLUED_NAME)
_FOLLOW = (lx.DESIGNATOR, lx.NUM)
_MODIFIER = (lx.WORD, lx.RARE, lx.FOREIGN)  # words that may describe or expand a name
_MODIFIERS = 2  # words kept before the head noun of a description
# Heads that say little about what a name is.
GENERIC_HEADS = frozenset({"system", "program", "programm", "project", "mission", "network",
                           "group", "plan", "agenda", "initi", "platform", "facil", "base"})
_BELOW_ONE = re.compile(r"0[1-9]\d?")  # "04", "027": a decimal below one whose point was deleted
_SMALL_DESIGNATOR_MAX = 20  # "Long March 5", "Shijian 10": small numbers after a name
_PHRASE_MAX = 3  # tokens of counted-noun phrase after a number
ADJECTIVES = frozenset("""new major minor small larg big high low old young long short main key
basic full whole total great good bad first last next major extra ultra inner outer upper lower
former latter""".split())
_BIGRAM_SAMPLE = 100_000  # tokens whose bigrams tell collocations ("launch mission")
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ar", "an", "ern", "ful", "ary", "ed", "ing",
                      "ese", "ish", "less", "able", "ible", "ent", "ant", "ior")
_HEAD_REACH = 6  # how far after a name to look for the noun that says what it is


def _is_designator(stem: str, cls: int) -> bool:
    """The numbered part of a name: 5b, 03, xiii, or a small number like the 5 of "Long March 5"."""
    if cls == lx.DESIGNATOR:
        return True
    return cls == lx.NUM and len(stem) <= 2 and int(stem) <= _SMALL_DESIGNATOR_MAX


@lru_cache(maxsize=50_000)
def countable(stem: str) -> bool:
    """Whether the stem's words include a plural ("borehol": boreholes): a noun one counts."""
    words = {w for w, _ in load_wordmap().candidates(stem)}
    return any(w.endswith("s") and (w[:-1] in words or w[:-2] in words) for w in words)


# "a 43-year-old constable", "a 6-month-old child": an age glued to its unit by hyphens,
# which stay one token of ordinary English
_AGE = re.compile(r"^(\d{1,3})(year|month|week|day)old$")


def age_anchors(stems: list[str]) -> list[Anchor]:
    """Number anchors for ages written "43-year-old" (ordinary English) or "43yearold"
    (preprocessed text): the figure with its unit glued to it. The distinct stems are matched
    once and only their tokens visited (at C speed), as a large document has millions."""
    ages = {s for s in set(stems) if s[:1].isdigit() and _AGE.match(s)}
    out: list[Anchor] = []
    if not ages:
        return out
    for k in compress(range(len(stems)), map(ages.__contains__, stems)):
        m = _AGE.match(stems[k])
        if m:
            value = int(m.group(1))
            out.append(Anchor("number", k, k + 1,
                              Features(noun=True, glued=True, age=True, big=value >= 10,
                                       single_digit=value < 10),
                              phrase=(k, k + 1), head=m.group(2)))
    return out


class Scanner:
    """Turns token stems and their classes into anchors."""

    def __init__(self, stems: list[str], classes: list[int], boundaries: set[int],
                 glossary: Glossary | None = None,
                 stem_classes: dict[str, int] | None = None, stemmed: bool = True,
                 measures: set[int] | None = None, eras: set[int] | None = None,
                 written: Sequence[str] | None = None, apart: set[int] | None = None,
                 labels: set[int] | None = None, era_years: set[int] | None = None) -> None:
        self.stems = stems
        # preprocessed text: four-digit figures that are years of the text's era ("1405" in a
        # text on the Ming voyages, edu/extract/years.py), never a count of the word after
        self.era_years = era_years or set()
        # figures that label ("taxi number 1729", "No. 1812"): never a year, nor a count of
        # the noun around them
        self.labels = labels or set()
        # ordinary English: the tokens a dropped word parts from the token before ("April |to
        # under| 2 per cent"), which no day and month span
        self.apart = apart or set()
        # ordinary English: the words as written, whose capitals tell a name ("Long March 5")
        # from a word before a figure ("uses 1.5 kilowatt-hours"); None for preprocessed text
        self.written = written
        # ordinary English: the tokens written as an era mark ("AD 79"); None trusts the
        # stems (preprocessed text: "ad" is all that is left of "AD", and of "added")
        self.eras = eras
        # ordinary English: figures written as measures ("1,900 metres"), never a year
        self.measures = measures or set()
        # preprocessed text: its figures lost their marks ("713 pm" was 7:13 pm); raw English
        # keeps them, and its first page tells a time of day itself
        self.stemmed = stemmed
        self.cls = classes
        self.stem_classes = stem_classes if stem_classes is not None else dict(
            zip(stems, classes, strict=True))
        self.boundaries = boundaries  # token indices where a section heading starts
        self.glossary = glossary if glossary else None
        self.gl_firsts = lx.glossary_name_firsts(glossary)
        self.has_glued = bool(glossary and glossary.glued)
        self.desig = {s for s, c in self.stem_classes.items() if _is_designator(s, c)}
        self.starts = self._candidate_starts()
        self._very_rare: dict[str, bool] = {}
        self._family = self._designator_families()
        self._bigrams: Counter[tuple[str, str]] | None = None
        self._describe_memo: dict[tuple, tuple] = {}
        self._number_memo: dict[tuple, tuple] = {}
        self._numbered: Counter[str] | None = None  # words followed by a designator, counted

    def _candidate_starts(self) -> list[int]:
        """Token indices that can start an anchor: anything but a plain word, a word before a
        number or designator, a glossary name's first word. Finding them with `compress`
        skips plain words at C speed, which keeps big documents fast."""
        stems, cls = self.stems, self.cls
        interesting = {s for s, c in self.stem_classes.items() if c != lx.WORD} | self.gl_firsts
        marks = list(compress(range(len(stems)), map(interesting.__contains__, stems)))
        before = [k - 1 for k in marks if k and cls[k] in _FOLLOW]
        return sorted(set(marks).union(before))

    def _is_count(self, j: int) -> bool:
        """A plain number before a countable noun, after a word that meets a number only
        here: "data 14 instruments", "adventdalen 12 boreholes" count, not designate."""
        stems = self.stems
        if not stems[j].isdigit() or j + 1 >= len(stems) or j == 0:  # "09": 0.9 degrees
            return False
        if self._numbered is None:
            self._numbered = Counter(stems[k - 1] for k in self.starts
                                     if k and stems[k] in self.desig)
        return self._numbered[stems[j - 1]] < 2 and countable(stems[j + 1])

    def _designator_families(self) -> Counter[str]:
        """Words followed by designators at least twice, one of them lettered ("march" 5b, 7a).

        Also counts, for each such word, which word precedes it ("long" before "march"), so
        that a two-word family name keeps its first word when that word always comes along.
        """
        fam: Counter[str] = Counter()
        lettered: set[str] = set()
        stems, cls = self.stems, self.cls
        word_like = (lx.WORD, lx.MONTH, lx.RARE)
        numbered = [k - 1 for k in self.starts if k and cls[k] in _FOLLOW]
        for k in numbered:
            c = cls[k + 1]
            if cls[k] in word_like \
                    and stems[k + 1] in self.desig and (k + 1) not in self.boundaries:
                fam[stems[k]] += 1
                if c == lx.DESIGNATOR and not lx.ROMAN.match(stems[k + 1]):
                    lettered.add(stems[k])
        families = Counter({w: n for w, n in fam.items() if n >= 2 and w in lettered})
        self._prev: Counter[tuple[str, str]] = Counter()
        for k in numbered:
            if k >= 1 and stems[k] in families and stems[k + 1] in self.desig:
                self._prev[(stems[k - 1], stems[k])] += 1
        return families

    def scan(self) -> list[Anchor]:
        stems, cls = self.stems, self.cls
        n = len(stems)
        out: list[Anchor] = []
        covered_until = 0  # tokens before this index belong to an emitted name
        starts = self.starts
        pos = 0
        i = 0
        while pos < len(starts):
            if starts[pos] < i:
                pos += 1
                continue
            i = starts[pos]
            c = cls[i]
            s = stems[i]
            if self.glossary and (s in self.gl_firsts or (self.has_glued and c == lx.GLUED_NAME)):
                hit = self.glossary.match(stems, i)
                if hit and lx.is_name_entry(tuple(hit[1])):
                    used, pieces = hit
                    text = join_words(list(pieces))
                    j = i + used
                    while j < n and j - i - used < 2 and cls[j] == lx.DESIGNATOR \
                            and j not in self.boundaries:
                        text += ("-" if j == i + used and not text[-1].isdigit() else " ") \
                            + stems[j].upper()  # "Haiyang" + 1c1d, "Tiantong-1" + 0203
                        j += 1
                    a = Anchor("name", i, j, Features(glossary=True), name_text=text)
                    self._describe(a)
                    if j == i + 1 and text.isupper():  # "posit navig time pnt": PNT spelled out
                        lo = acronym_start(stems, cls, self.boundaries, i)
                        if lo >= 0:
                            out.append(Anchor("name", lo, i,
                                              Features(org_phrase=True, opener=True),
                                              head=a.head))
                    out.append(a)
                    covered_until = j
                    i = j
                    continue
            if not self.stemmed and self._day_and_month(i):
                # "On 26 November Carter ...", "on November 26": a date without its year
                out.append(Anchor("date", i, i + 2, Features(month=True, day=True, no_year=True)))
                i = covered_until = i + 2
                continue
            if not self.stemmed and self._early_date(i):
                # "on 3 February 1468": a full date of a year the lexicon reads as a number
                out.append(Anchor("date", i, i + 3, Features(month=True, day=True)))
                i = covered_until = i + 3
                continue
            if c in _NAME_START or (c == lx.RARE and self._rare_is_name(i)) or (
                    c in (lx.WORD, lx.MONTH) and i + 1 < n
                    and cls[i + 1] in (lx.DESIGNATOR, lx.NUM) and self._word_is_name(i)):
                j = i + 1
                while j < n and j - i < 3 and stems[j] in self.desig \
                        and j not in self.boundaries and not self._is_count(j) \
                        and not self._day_of_date(j) \
                        and (self.stemmed or not self._day_and_month(j)
                             and not self._early_date(j)):
                    j += 1  # (raw English: "Mainz on 3 February 1468" is a date, no "Mainz 3")
                start = i
                if c in (lx.WORD, lx.MONTH) and i > 0 and cls[i - 1] == lx.WORD \
                        and i - 1 >= covered_until and self._family[s] >= 2 \
                        and self._prev[(stems[i - 1], s)] >= 0.75 * self._family[s]:
                    start = i - 1  # "long march 5": keep the word that always comes before
                a = Anchor("name", start, j, Features(foreign=c == lx.FOREIGN,
                                                      glued=c == lx.GLUED_NAME,
                                                      rare=c == lx.RARE,
                                                      designator=j > i + 1))
                self._describe(a)
                lo = -1
                if j == i + 1 and c in (lx.FOREIGN, lx.RARE):
                    lo = acronym_start(stems, cls, self.boundaries, i)
                if lo >= 0:
                    a.phrase = (lo, i)
                    a.features.acronym = True
                    a.head = stems[i - 1] if stems[i - 1] in lx.CATEGORY_HEADS else a.head
                    # the spelled-out name is a fact too: "Student Small Satellite"
                    out.append(Anchor("name", lo, i, Features(org_phrase=True, opener=True),
                                      head=a.head))
                out.append(a)
                covered_until = j
                i = j
                continue
            if c in (lx.NUM, lx.YEAR) and (c == lx.YEAR or i >= covered_until):
                if self.stemmed and i + 1 < n and stems[i + 1] in CLOCK_MARKS:
                    # "713 pm": a time of day whose ":" was deleted, no count; drafted as the
                    # time it is (candidates._clock_time), the mark part of its answer
                    if c == lx.NUM and i >= covered_until and clock_figure(s):
                        out.append(Anchor("number", i, i + 1, Features(clock=True)))
                    i = covered_until = i + 2
                    continue
                era = self._era(i)
                if era:
                    a = self._date(i)  # "1323 bc": a year before Christ, never 1,323 bcs
                    a.features.era = era
                    a.features.yearlike = a.features.unit_follows = False
                    if i + 1 < n and stems[i + 1] in ERAS_AFTER:
                        a.j = i + 2  # the mark is part of the answer, not of its evidence
                    else:
                        a.i = i - 1
                    out.append(a)
                    i = covered_until = a.j
                    continue
            if c == lx.YEAR or c == lx.YEAR_RANGE:
                a = self._date(i)
                out.append(a)
                if a.i < i:  # also the year alone: a key may ask for "2022", not "January 2022"
                    year = Anchor("date", i, i + 1, a.features.copy())
                    year.features.year_of = True
                    out.append(year)
            elif c == lx.DESIGNATOR and self.stemmed and i >= covered_until \
                    and _BELOW_ONE.fullmatch(s) and not (i > 0 and cls[i - 1] in _NAME_START):
                # "shift fring 04 fring width": 0.4 whose point was deleted, no name's number
                # (candidates reads it back as 0.4); after a name it stays a designator
                a = self._read_number(i)
                a.features.single_digit = False
                out.append(a)
                i = a.j
                continue
            elif c in (lx.NUM, lx.NUM_WORD, lx.NUM_GLUED, lx.ORDINAL) and i >= covered_until:
                if i in self.era_years and i not in self.labels:
                    out.append(self._date(i))  # a year of the text's era: no count, unless
                    if not (i + 1 < n and stems[i + 1] in lx.UNITS  # a unit says one
                            and stems[i + 1] not in lx.TIME_UNIT_STEMS):
                        i += 1
                        continue
                elif c == lx.NUM and lx.OLD_YEARS[0] <= int(s) < lx.OLD_YEARS[1] \
                        and i not in self.measures and i not in self.labels:
                    out.append(self._date(i))  # 1881 may be a year, or a count
                if c == lx.NUM and len(s) == 4 and i + 1 < n \
                        and stems[i + 1] in lx.ORDINAL_STEMS and (
                            stems[i + 1] not in lx.UNITS or int(s) >= lx.OLD_YEARS[0]):
                    # "in 1827 a second flood": a year before an ordinal, not 1,827 seconds;
                    # "1200 second" may be either, and stays a count (of seconds)
                    if int(s) < lx.OLD_YEARS[0]:
                        out.append(self._date(i))
                    i += 1
                    continue
                if c == lx.NUM and i + 1 < n and cls[i + 1] == lx.MONTH and int(s) <= 31:
                    if self.stemmed:
                        undated = self._day_month(i)  # "26 novemb carter", no year after
                        if undated is not None:
                            out.append(undated)
                            i = undated.j
                            continue
                    i += 1  # the day of a date
                    continue
                a = self._number(i)
                if i in self.labels:
                    a.features.label = True
                    a.features.yearlike = a.features.noun = a.features.unit = False
                    a.phrase, a.head = (0, 0), ""
                out.append(a)
                i = a.j
                continue
            i += 1
        return out

    def _day_and_month(self, i: int) -> bool:
        """Whether tokens i, i + 1 are a day and a month in either order ("26 November",
        "November 26") with no year after them (a year makes it a full date, which `_date`
        reads from the year)."""
        stems, cls, n = self.stems, self.cls, len(self.stems)
        if i + 1 >= n or (i + 1) in self.boundaries or (i + 1) in self.apart:
            return False
        pair = (cls[i], cls[i + 1])
        day = stems[i] if pair == (lx.NUM, lx.MONTH) else stems[i + 1] \
            if pair == (lx.MONTH, lx.NUM) else ""
        if not day or len(day) > 2 or not 1 <= int(day) <= 31:
            return False
        return not (i + 2 < n and cls[i + 2] in (lx.YEAR, lx.YEAR_RANGE, lx.NUM, lx.SCALE))

    def _early_date(self, i: int) -> bool:
        """Whether tokens i..i + 2 are a day, a month and a year before lexicon.OLD_YEARS
        ("3 February 1468", "15 June 1215"), which no year scan reads as one."""
        stems, cls, n = self.stems, self.cls, len(self.stems)
        if i + 2 >= n or (cls[i], cls[i + 1], cls[i + 2]) != (lx.NUM, lx.MONTH, lx.NUM) \
                or (i + 1) in self.boundaries or (i + 2) in self.boundaries:
            return False
        if i + 3 < n and stems[i + 3] in CLOCK_MARKS:
            return False  # "on 14 April 11:40 pm": a time of day after the date
        return len(stems[i]) <= 2 and 1 <= int(stems[i]) <= 31 \
            and len(stems[i + 2]) >= 3 and int(stems[i + 2]) < lx.OLD_YEARS[0]

    # --- names -------------------------------------------------------------------------

    def _rare_is_name(self, i: int) -> bool:
        """A rare English-map stem is a name when a designator, a name or a category is beside."""
        stems, cls, n = self.stems, self.cls, len(self.stems)
        if i + 1 < n and (stems[i + 1] in self.desig
                          or cls[i + 1] in _NAME_START or stems[i + 1] in lx.CATEGORY_HEADS):
            return True
        if i + 2 < n and cls[i + 1] == lx.RARE and stems[i + 2] in lx.CATEGORY_HEADS:
            return True  # "zhengzhou henan provinc"
        if i > 0 and cls[i - 1] in _NAME_START:
            return True
        got = self._very_rare.get(stems[i])
        if got is None:
            got = load_wordmap().stem_zipf(stems[i]) < lx.VERY_RARE_ZIPF  # "lessep", "culebra"
            self._very_rare[stems[i]] = got
        return got

    def _day_of_date(self, j: int) -> bool:
        """Preprocessed text: a number of 31 or less between a town and a month is a date's
        day, not the town's designator ("mainz 3 februari 1468": Mainz, then the date; a craft
        keeps its number: "sputnik 1 octob 1957")."""
        stems, cls = self.stems, self.cls
        return self.stemmed and cls[j] == lx.NUM and j + 1 < len(stems) \
            and cls[j + 1] == lx.MONTH and int(stems[j]) <= 31 \
            and j + 1 not in self.boundaries and (stems[j - 1],) in towns()

    def _word_is_name(self, i: int) -> bool:
        """A common word followed by a designator like 5b or (in a family) 5: "march 5b"."""
        stems, cls, n = self.stems, self.cls, len(self.stems)
        if i + 1 >= n or i + 1 in self.boundaries:
            return False
        c = cls[i + 1]
        if stems[i] in lx.CATEGORY_HEADS:
            return False  # "satellit 04a": the name is the phrase before the head
        if c == lx.DESIGNATOR and not lx.ROMAN.match(stems[i + 1]):
            return True
        if c == lx.NUM and stems[i + 1] in self.desig and not self._is_count(i + 1):
            if self.written is not None and not self.written[i][:1].isupper():
                return False  # raw English writes a name's word with a capital: "uses 1.5"
            if self._family[stems[i]] >= 2:
                return True
            nxt = cls[i + 2] if i + 2 < n else lx.WORD
            return nxt in _NAME_START or (i + 2 < n and stems[i + 2] in lx.CATEGORY_HEADS)
        return False

    def _quiet(self, lo: int, hi: int) -> bool:
        """No section heading starts in tokens [lo, hi) (so the local result can be reused)."""
        # isdisjoint tests the range at C speed: this runs once per anchor
        return lo >= 0 and hi <= len(self.stems) and self.boundaries.isdisjoint(range(lo, hi))

    def _describe(self, a: Anchor) -> None:
        """`_find_description`, remembered per local context: documents repeat their phrases."""
        lo, hi = a.i - 3, a.j + _HEAD_REACH
        if not self._quiet(lo, hi):
            self._find_description(a)
            return
        key = (a.j - a.i, tuple(self.stems[lo:hi]))
        got = self._describe_memo.get(key)
        if got is None:
            self._find_description(a)
            got = self._describe_memo[key] = (a.phrase[0] - a.i, a.phrase[1] - a.i, a.head,
                                              a.features.head_gap)
        elif got[2]:
            a.phrase, a.head = (a.i + got[0], a.i + got[1]), got[2]
            a.features.head_gap = got[3]

    def _find_description(self, a: Anchor) -> None:
        """Find the noun after (or just before) a name that says what it is."""
        stems, cls, n = self.stems, self.cls, len(self.stems)
        k = a.j
        limit = min(n, a.j + _HEAD_REACH)
        first = a.j  # where the description starts: after sibling names and designators
        found = -1
        while k < limit and k not in self.boundaries:
            if stems[k] in lx.CATEGORY_HEADS:
                if k - a.j <= 1 or stems[k] not in GENERIC_HEADS:
                    found = k  # a far "system" or "programme" rarely says what a name is
                break
            if cls[k] in (lx.YEAR, lx.NUM_WORD) or (cls[k] == lx.NUM and first == k):
                if cls[k] != lx.NUM or stems[k] not in self.desig:
                    break
            if first == k and (cls[k] in _NAME_START or cls[k] == lx.DESIGNATOR
                               or stems[k] in self.gl_firsts
                               or (cls[k] == lx.NUM and stems[k] in self.desig)):
                first = k + 1
            k += 1
        if (found < 0 or found - a.j >= 2) and a.i > 0 and a.i not in self.boundaries \
                and stems[a.i - 1] in lx.CATEGORY_HEADS:
            # "pakistan remotesens satellit prss1": the description comes first
            lo = a.i - 1
            while lo > a.i - 3 and lo not in self.boundaries and cls[lo - 1] in _MODIFIER:
                lo -= 1
            a.phrase, a.head = (lo, a.i), stems[a.i - 1]
            a.features.head_gap = 0.5
        elif found >= 0:
            lo = max(first, a.j, found - _MODIFIERS)
            while lo < found and cls[lo] not in _MODIFIER:
                lo += 1
            a.phrase = (lo, found + 1)
            a.head = stems[found]
            a.features.head_gap = float(found - a.j)

    def _continues(self, prev: str, stem: str) -> bool:
        """Does the counted-noun phrase go on from `prev` to `stem` ("launch" -> "mission")?"""
        if stem in lx.CATEGORY_HEADS:
            return True
        if self._bigrams is None:
            sample = self.stems[:_BIGRAM_SAMPLE]
            self._bigrams = Counter(zip(sample, sample[1:], strict=False))
        if self._bigrams[(prev, stem)] >= 2:
            return True
        word = load_wordmap().best(prev) or prev
        return prev in ADJECTIVES or word.endswith(_ADJECTIVE_ENDINGS)

    # --- dates -------------------------------------------------------------------------

    def _era(self, i: int) -> str:
        """The era mark of a number that is a year with one ("1323 bc", "ad 79"), or ""."""
        stems = self.stems
        if len(stems[i]) > 4 or stems[i].startswith("0"):
            return ""
        if i + 1 < len(stems) and stems[i + 1] in ERAS_AFTER \
                and (i + 1) not in self.boundaries and (self.eras is None or i + 1 in self.eras):
            return ERAS_AFTER[stems[i + 1]]
        if i >= 1 and stems[i - 1] in ERAS_BEFORE and i not in self.boundaries \
                and (self.eras is None or i - 1 in self.eras):
            return ERAS_BEFORE[stems[i - 1]]
        return ""

    def _date(self, i: int) -> Anchor:
        stems, cls, n = self.stems, self.cls, len(self.stems)
        start = i
        f = Features()
        if cls[i] == lx.YEAR_RANGE:
            f.range = True
        if i >= 1 and cls[i - 1] == lx.MONTH:
            start = i - 1
            f.month = True
            if i >= 2 and cls[i - 2] == lx.NUM and int(stems[i - 2]) <= 31:
                start = i - 2  # "15 august 1914"
                f.day = True
        elif i >= 2 and cls[i - 2] == lx.MONTH and cls[i - 1] == lx.NUM \
                and int(stems[i - 1]) <= 31:
            start = i - 2
            f.month = True
            f.day = True
        before = stems[start - 1] if start >= 1 else ""
        if before in ("sinc", "sinc", "from", "until", "till") or (
                start >= 1 and cls[start - 1] == lx.YEAR
                and not (self.stemmed and f.day and before == stems[i])):
            # preprocessed: "christma 1938 22 decemb 1938" repeats its year, no range
            f.range = True
        if i + 1 < n and cls[i + 1] in (lx.YEAR, lx.MONTH) \
                and not (self.stemmed and f.day and cls[i + 1] == lx.MONTH):
            # preprocessed: "open 1 june 1878 june 1879": a day's date ends its sentence; a
            # range runs between years or months ("2016 decemb 2021")
            f.range = True
        if i + 1 < n and stems[i + 1] in lx.CATEGORY_HEADS:
            f.name_part = True  # "2030 agenda", "vision 2030"
        if cls[i] == lx.NUM and i not in self.era_years:
            f.yearlike = True  # a four-digit number before 1900: a year only perhaps (one of
            # an older era, edu/extract/years.py, is surely a year: no count is offered)
            if i + 1 < n and stems[i + 1] in lx.UNITS:
                f.unit_follows = True  # "1731 g"
        return Anchor("date", start, i + 1, f)

    def _day_month(self, i: int) -> Anchor | None:
        """Preprocessed text: a day and a month with no year of the scan after them ("on 26
        November Carter made a hole", the year said before), or with a year before 1500
        ("3 februari 1468": a number there after a day and a month is its year). A month
        that is also an English word ("may", "march") needs its year."""
        stems, cls, n = self.stems, self.cls, len(self.stems)
        k = i + 2
        if k < n and k not in self.boundaries and cls[k] == lx.NUM \
                and (len(stems[k]) == 4 or len(stems[k]) == 3 and k + 1 < n
                     and stems[k + 1] in ERAS_AFTER) and not stems[k].startswith("0") \
                and int(stems[k]) < lx.OLD_YEARS[0] \
                and not (k + 1 < n and stems[k + 1] in CLOCK_MARKS):  # "14 april 1140 pm"
            return Anchor("date", i, k + 1, Features(month=True, day=True))
        # a figure of one to three digits after the month counts what follows ("15 januari
        # 150 passeng": on 15 January, 150 passengers), no year of the date (round 17n)
        counted = k < n and cls[k] == lx.NUM and len(stems[k]) < 4
        if (k < n and k not in self.boundaries and cls[k] in (lx.YEAR, lx.NUM, lx.YEAR_RANGE)
                and not counted) \
                or stems[i + 1] in lx.AMBIGUOUS_MONTHS or (i + 1) in self.boundaries:
            return None  # a full date: the year's scan takes it
        return Anchor("date", i, i + 2, Features(month=True, day=True, no_year=True))

    # --- numbers -----------------------------------------------------------------------

    def _number(self, i: int) -> Anchor:
        """`_read_number`, remembered per local context."""
        if not self._quiet(i - 1, i + 8):
            return self._read_number(i)
        key = tuple(self.stems[i - 1 : i + 8])
        got = self._number_memo.get(key)
        if got is None:
            a = self._read_number(i)
            self._number_memo[key] = (a.j - i, a.features.copy(), a.phrase[0] - i,
                                      a.phrase[1] - i, a.head)
            return a
        dj, features, p0, p1, head = got
        return Anchor("number", i, i + dj, features.copy(),
                      (i + p0, i + p1) if head else (0, 0), head)

    def _read_number(self, i: int) -> Anchor:
        stems, cls, n = self.stems, self.cls, len(self.stems)
        c = cls[i]
        j = i + 1
        f = Features()
        if c == lx.NUM:
            value = int(stems[i])
            if i in self.boundaries:
                f.heading = True
            if lx.OLD_YEARS[0] <= value < lx.OLD_YEARS[1]:
                f.yearlike = True
            if value < 10:
                f.single_digit = True
            elif value >= 10:
                f.big = True
        elif c == lx.NUM_WORD:
            f.spelled = True
            if stems[i] == "one":
                f.pronoun = True  # "a sea-level one"
        elif c == lx.NUM_GLUED:
            f.big = True
        elif c == lx.ORDINAL:
            f.ordinal = True
        while c != lx.NUM_GLUED and j < n and cls[j] == lx.SCALE and j - i < 3:
            j += 1
            f.scale = True
        a = Anchor("number", i, j, f)
        if c == lx.NUM_GLUED:
            a.head = stems[i].lstrip("0123456789")
            a.phrase = (i, i + 1)
            f.noun = True
            f.glued = True
            return a
        if j + 1 < n and stems[j] == "per" and stems[j + 1] == "cent" \
                and j + 1 not in self.boundaries:
            # "70 per cent" is "70 percent": "per" stops a counted noun ("5 per day"), but
            # here it opens the unit (before: a bare number, two points below "45 percent")
            a.phrase, a.head = (j, j + 2), "percent"
            f.noun = f.unit = True
            return a
        k = j
        while k < n and k - j < _PHRASE_MAX and k not in self.boundaries:
            ck = cls[k]
            if ck not in (lx.WORD, lx.RARE, lx.FOREIGN, lx.MONTH) or stems[k] in lx.PHRASE_STOPS:
                break
            if k > j and (ck == lx.FOREIGN or not self._continues(stems[k - 1], stems[k])):
                break  # an unknown word after the noun is a name: "14 winter | Tromhavn"
            k += 1
            if stems[k - 1] in lx.UNITS:
                break
        if k - j == _PHRASE_MAX and k < n and stems[k] in lx.CATEGORY_HEADS \
                and stems[k - 1] not in lx.CATEGORY_HEADS and k not in self.boundaries:
            k += 1  # "183 long march carrier rocket": the head noun completes the phrase
        if k > j:
            a.phrase = (j, k)
            a.head = stems[j]
            f.noun = True
            if stems[j] in lx.UNITS:
                f.unit = True
        if i > 0 and cls[i - 1] in _NAME_START:
            f.after_name = True
        return a

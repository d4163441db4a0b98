"""Anchor: where a candidate answer sits in the token stream, before any text is restored."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter

NO_HEAD = 9.0  # `head_gap` of a name with no head noun: farther than any head is looked for


@dataclass(slots=True)
class Features:
    """What the ranking (`candidates._score`) knows about an anchor. Each field marks one
    signal; a flag is off unless the scanner saw it."""

    # numbers
    noun: bool = False  # a counted noun follows ("14 instruments")
    unit: bool = False  # that noun is a unit of measure ("30 km", "5 percent")
    big: bool = False  # ten or more, or glued to its noun ("30satellit")
    scale: bool = False  # a scale word follows ("3 million")
    spelled: bool = False  # written as a word ("three")
    single_digit: bool = False  # a numeral below ten
    small_word: bool = False  # ordinary English: a number below ten spelled out ("three days")
    heading: bool = False  # starts a section heading: an enumerator, never a fact
    after_name: bool = False  # right after a foreign or glued name: likely its designator
    ordinal: bool = False  # "third", "3rd"
    pronoun: bool = False  # "one" standing for a noun ("a sea-level one")
    clock: bool = False  # preprocessed text: a time of day before "am"/"pm" ("325 pm": 3:25 pm)
    label: bool = False  # a figure that labels ("taxi number 1729", "No. 1812"): no year, no count
    yearlike: bool = False  # a numeral in 1500..1899 (lexicon.OLD_YEARS): a year or a count
    glued: bool = False  # number glued to its noun ("30satellit"); name: a glued-name token
    # dates
    month: bool = False  # a month comes with the year
    day: bool = False  # and a day of the month
    range: bool = False  # a year range, or a year that opens or closes one ("since 2016")
    name_part: bool = False  # a category head follows: part of a name ("2030 agenda")
    unit_follows: bool = False  # a unit follows the numeral: a measure, not a year ("1731 g")
    year_of: bool = False  # the year alone, offered beside the fuller date that holds it
    era: str = ""  # the era mark the year has ("BC" of "1323 bc", "AD" of "ad 79")
    no_year: bool = False  # a day and month alone ("on 26 November")
    # both: a range of two figures read as one answer ("between 227,000 and 300,000",
    # "from 1505 to 1510", "4,000-5,000"; ranges.py)
    figure_range: bool = False
    age: bool = False  # an age glued to its unit ("a 43-year-old constable", "43yearold")
    # names
    in_person: bool = False  # a surname alone where a full name was found ("Pruss" of "Max Pruss")
    glossary: bool = False  # matched a glossary name
    designator: bool = False  # designators follow the name ("march 5b")
    foreign: bool = False  # starts with a foreign (non-English) word
    rare: bool = False  # starts with a rare English word taken as a name
    acronym: bool = False  # an acronym spelled out by the words before it
    head_gap: float = NO_HEAD  # tokens from the name to its head noun (0.5: head before it)
    org_phrase: bool = False  # an organisation phrase of English words ending in a head noun
    opener: bool = False  # that phrase opens like a name ("international ...", a rare word)
    sure_opener: bool = False  # ... by a place, a people or a name opener, or one rare word
    # right before its head ("unit state weather bureau", "italian line", "laguardia airport")
    place: bool = False  # a country or region from the place list
    town: bool = False  # a town or state from the gazetteer (localities.py), not a country
    demonym: bool = False  # a place's people or adjective ("ethiopian"), not the place
    glued_place: bool = False  # a place inside a glued word ("Italy" in "chinaitali")
    # terms: things named by ordinary words
    term: bool = False  # a term (ranks below every other name)
    term_single: bool = False  # found as a lone specific head noun ("drought", "cyclone")
    term_head: bool = False  # found as content words ending in a general head noun
    term_compound: bool = False  # found after a glued compound adjective ("shortmessag ...")
    term_named: bool = False  # found after "known as", "called", "named"
    term_pair: bool = False  # found as a known or repeated pair of content words
    term_capital: bool = False  # found as capitalised words in ordinary English
    term_freq: int = 0  # how often the term's first two stems occur together
    # named entities: the NLP pipeline's (entities.py) or name knowledge's (people.py)
    entity: str = ""  # the named-entity label ("PERSON", "ORG", "GPE", ...) of the span
    introduced: bool = False  # a place the text introduces by its kind ("the city of Copiapó")
    taxon: bool = False  # one word shaped like a genus name ("Ichthyosaurus", "anomalocari")

    def copy(self) -> Features:
        """An independent copy; faster than `dataclasses.replace`, which matters because the
        memoised scans copy the features of every repeated number and phrase."""
        return Features(*_values(self))


_values = attrgetter(*(f.name for f in fields(Features)))  # every field, in __init__ order


@dataclass
class Anchor:
    """A candidate answer at tokens [i, j) and what the ranking knows about it."""

    kind: str  # number | date | name
    i: int
    j: int
    features: Features = field(default_factory=Features)
    phrase: tuple[int, int] = (0, 0)  # counted noun (numbers) or description (names)
    head: str = ""  # category head stem of a name, or unit stem of a number
    name_text: str | None = None  # glossary spelling of a name
    kind_noun: str = ""  # what the document calls the named thing elsewhere ("lander")

"""What a stem is, as far as fact extraction cares: number, month, unit, name-like, or a word.

Stems are classified once per distinct stem (documents repeat words), so scanning a large
document costs one dictionary lookup per token.
"""

from __future__ import annotations

import re

from edu.text.compounds import split_compound
from edu.text.glossary import Glossary
from edu.text.numbers import ORDINAL_WORDS
from edu.text.pointing import DEMONSTRATIVES, PERSONAL
from edu.text.preprocess import stop_words
from edu.text.stemcache import cached_stem as porter  # no nltk import once cached
from edu.text.wordmap import load_wordmap

# Token classes.
WORD = 0
NUM = 1  # plain digits: 207, 1731
YEAR = 2  # 1900..2099
YEAR_RANGE = 3  # 20162025
NUM_WORD = 4  # seven, twenti
SCALE = 5  # hundr, thousand, million
MONTH = 6
NUM_GLUED = 7  # digits glued to a counted word: 30satellit, 50gbp
DESIGNATOR = 8  # 5b, 4a4b, 03, 0203, xiii: the numbered part of a name
GLUED_NAME = 9  # letters glued to digits: change5, tianwen1, bds3
FOREIGN = 10  # not an English stem and not a compound of English words
RARE = 11  # an English-map stem so rare that it is probably a name (taiyuan, glonass)
ORDINAL = 12  # 13th

# Number words, scales and months as Porter stems: the English words are written once
# (edu/text/numbers.py, edu/text/quantities.py); stemming them here at import would cost NLTK's
# start-up, so tests/test_knowledge_tables.py holds the two forms to each other.
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelv": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenti": 20, "thirti": 30, "forti": 40, "fifti": 50, "sixti": 60, "seventi": 70,
    "eighti": 80, "nineti": 90, "dozen": 12,
}
SCALES = {"hundr": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
MONTHS = {
    "januari": "January", "jan": "January", "februari": "February", "feb": "February",
    "march": "March", "april": "April", "may": "May", "june": "June", "juli": "July",
    "august": "August", "septemb": "September", "sept": "September", "octob": "October",
    "novemb": "November", "decemb": "December",
}
# Months that are also common words need a year or a day beside them to count as months.
AMBIGUOUS_MONTHS = {"march", "may", "jan", "feb", "sept", "august"}
# Measurement units: stem -> readable unit.
UNITS = {
    "g": "grams", "gram": "grams", "kg": "kilograms", "kilogram": "kilograms", "t": "tonnes",
    "ton": "tons", "tonn": "tonnes", "km": "kilometres", "kilomet": "kilometres",
    "kilometr": "kilometres", "m": "metres", "meter": "metres", "metr": "metres",
    "cm": "centimetres", "mm": "millimetres", "mile": "miles", "percent": "percent",
    "per": "per", "gbp": "Gbps", "mbp": "Mbps", "kbp": "kbps", "hz": "Hz", "ghz": "GHz",
    "mhz": "MHz", "kw": "kW", "mw": "MW", "w": "watts", "watt": "watts", "km2": "km²",
    "degre": "degrees", "hour": "hours", "day": "days", "year": "years", "month": "months",
    "minut": "minutes", "second": "seconds", "k": "K", "kmh": "km/h", "mph": "mph",
    "kilowatt": "kilowatts", "megawatt": "megawatts", "litr": "litres", "liter": "litres",
    "kelvin": "kelvin", "kilowatthour": "kilowatt-hours",
}
# Units of time: "1855 year" is a year and the next sentence's "year", not 1,855 years
TIME_UNIT_STEMS = frozenset({"hour", "day", "year", "month", "minut", "second"})
# Nouns that say a part or share of something and need their "of" phrase to mean anything:
# "Some members favoured ..." (of what?), "Which half did silt preserve?" (of what?)
RELATIONAL_NOUNS = frozenset({"member", "half", "part", "rest", "remainder", "majority",
                              "minority", "portion", "share", "proportion", "fraction",
                              "quarter", "third"})
# Nouns of an undertaking or its outcome that name nothing without their "of" phrase: a
# question keeping "the work", "construction", "the delays", "the find" bare asks about a
# thing only the sentences before say (blind review of set 11: "the find", "the delays",
# "the problem", "the project" edited every time; "the structure" is left out, mostly the
# building itself: "the whole structure, with its approaches, measures 5,989 feet")
UNDERTAKING_NOUNS = frozenset({"work", "construction", "project", "result", "find",
                               "delay", "problem", "cost", "plan", "warning", "job", "task",
                               "effort", "scheme", "programme", "program", "design", "method",
                               "process", "idea", "success", "search", "attempt"})
# ... of which a bare mass noun with no article is the undertaking too ("work began in 1882")
UNDERTAKING_MASS = frozenset({"work", "construction"})
# Head nouns that say what a named thing is: stem -> category label.
CATEGORY_HEADS = {
    "rover": "rover", "modul": "module", "satellit": "satellite", "probe": "probe",
    "rocket": "rocket", "vehicl": "vehicle", "spacecraft": "spacecraft", "craft": "spacecraft",
    "spaceship": "spacecraft", "telescop": "telescope", "observatori": "observatory",
    "station": "station", "laboratori": "laboratory", "site": "launch site",
    "mission": "mission", "program": "programme", "programm": "programme",
    "project": "project", "system": "system", "constel": "constellation",
    "network": "network", "centr": "centre", "center": "centre", "agenc": "organisation",
    "organ": "organisation", "union": "organisation", "commiss": "organisation",
    "committe": "organisation", "group": "organisation", "forum": "forum",
    "confer": "conference", "initi": "initiative", "allianc": "organisation",
    "univers": "university", "institut": "institute", "compani": "company",
    "plan": "plan", "agenda": "plan", "provinc": "province", "citi": "city",
    "river": "river", "mountain": "mountain", "island": "island", "lake": "lake",
    "ship": "ship", "aircraft": "aircraft", "engin": "engine", "reactor": "reactor",
    "port": "port", "base": "base", "park": "park", "museum": "museum", "bridg": "bridge",
    "dam": "dam", "law": "law", "treati": "treaty", "act": "law", "war": "war",
    "battl": "battle", "empir": "empire", "dynasti": "dynasty", "parti": "party",
    "platform": "platform", "facil": "facility", "pad": "launch pad", "clock": "instrument",
    "instrument": "instrument", "radar": "instrument", "camera": "instrument",
}
# Stems of the heads that name an institution ("Royal Institute", "Royal Society"): a name
# of one before a "he"/"she" is not whom the pronoun means (`pronoun_names`)
INSTITUTION_HEADS = frozenset({stem for stem, kind in CATEGORY_HEADS.items() if kind in (
    "organisation", "university", "institute", "company", "museum", "laboratory",
    "observatory")} | {"societi", "academi", "colleg", "council", "board", "administr"})
# A general noun a text calls its title's thing by, with the heads of names it may stand for
# (`naming.named_as_title`): "the facility" of "Svalbard Global Seed Vault" is the vault. Only
# nouns that name the kind of the whole thing, never a part of it ("the site" may be a dig
# beside the cave, "the station" a part of the dam).
TITLE_HYPERNYMS = {
    # a built place people work or store things in
    "facility": frozenset({"vault", "laboratory", "observatory", "collider", "reactor"}),
    # a thing built across or over something, never a house
    "structure": frozenset({"bridge", "dam", "tower", "barrier", "tunnel", "aqueduct"}),
    # a house of rooms
    "building": frozenset({"cathedral", "palace", "abbey", "museum", "library", "castle",
                          "house"}),
    # a ship or boat, as writers vary the word for one
    "vessel": frozenset({"ship", "boat", "submarine", "clipper", "ferry", "liner"}),
    "craft": frozenset({"ship", "boat", "submarine", "aircraft", "spacecraft", "airship"}),
    # a made thing that works: "the device" of "The Antikythera Mechanism"
    "device": frozenset({"machine", "mechanism", "engine", "computer"}),
}
# Nouns of an event, an undertaking or an attempt that a title may name a text's subject by
# ("The Aberfan Disaster", "Blackout Leaves 50 Million ...", "The Kon-Tiki Expedition") and
# that the text goes on calling it by ("the outage", "the disaster", "the programme"):
# `event_names`. The first group happens on a day, so a name says its year ("the 2003
# blackout"); the others last for years and are named without one.
DATED_EVENT_NOUNS = frozenset("""
blackout outage disaster catastrophe tragedy flood fire earthquake quake eruption explosion
storm hurricane collapse crash sinking landing ditching accident
""".split())
EVENT_NOUNS = DATED_EVENT_NOUNS | frozenset("""
expedition voyage programme program scheme project experiment rescue mission
""".split())
# The nouns of making a built thing, written bare ("construction began", "work began"), with
# the preposition that names what was made: a draft naming nothing says "construction of the
# Thames Barrier", "work on the Brooklyn Bridge" (`subject_parts`)
MAKING_NOUNS = {"construction": "of", "work": "on"}
# The heads a compound kind word ends with, which a text calls the same thing by ("The Vasa
# is a Swedish warship" ... "the ship"; `subject_kinds`): made things a compound narrows
COMPOUND_KIND_HEADS = frozenset({"ship", "boat", "craft", "plane", "engine", "machine"})
# Nouns that say which thing they are alone: there is one of each in a text ("the world" is
# never "the New York World", a newspaper the text named); no name is put in for them, and a
# bare subject of one leans on nothing (`questions._leaning_subject`)
GENERAL_NOUNS = frozenset("world sun moon earth sky sea weather public".split())
# The word a place name opens with ("Mount Kilimanjaro", "Lake Baikal") and the noun a text
# calls that place by ("the mountain", "the lake"), for a title's named thing
# (`naming.named_as_title`)
OPENER_NOUNS = {"mount": "mountain", "lake": "lake", "cape": "cape", "isle": "island",
                "port": "port", "fort": "fort"}
# The word a flight's name opens with ("Flight 1549", "Air Canada Flight 143") and the nouns
# a report calls the airliner flying it by (`naming.named_flight`)
FLIGHT_NOUNS = frozenset("aircraft plane jet airliner".split())
# The words a text calls two people by who work together ("the pair", "the two men"), for
# the pair its title names ("Hodgkin and Huxley and the Nerve Impulse"; `naming.named_pair`)
PAIR_NOUNS = ("the pair", "the two men", "both men", "the two scientists", "the couple")
# Nouns that end (or open: "River Deben", "Fort Mandan") a proper name and say what kind of
# thing it names: a question asks "In which cemetery ...?" of "in Bryntaf Cemetery", where
# the name's kind is surer than the entity model's guess (which calls some places people).
NAME_KIND_NOUNS = frozenset("""
abbey academy bay bridge camp canal cape castle cathedral cemetery chapel church college
colliery company council county desert dockyard estuary firth forest fort gallery glacier
gulf harbour hospital hotel inn island islands lake laboratory library mine mountain
mountains museum observatory ocean palace peninsula plain port prison railway range reef
river school sea society station strait theatre tunnel university valley volcano war
""".split())
# Nouns of a body or a craft that introduce its name in ordinary English ("the drilling
# contractor Transocean", "the air traffic control agency, Eurocontrol", "the supply vessel
# Damon B. Bankston"); with CATEGORY_HEADS and NAME_KIND_NOUNS (entities.KIND_BEFORE).
BODY_KIND_NOUNS = frozenset("""
agency airline authority bank brewery carrier charity contractor corporation firm journal
magazine manufacturer newspaper operator publisher regulator retailer supplier vessel tug
liner steamer steamship yacht
""".split())
# Words that end a firm's name after it ("Dorman Long and Company", "Vickers Ltd"): the name
# before them is a body's, never a person's (edu.items.labels; round 21i)
FIRM_ENDINGS = frozenset("company co ltd limited inc plc corporation sons brothers".split())
# Of those, the ones that open a name ("Lake Conemaugh", "Mount Everest" is a mountain)
NAME_KIND_OPENERS = {"river": "river", "lake": "lake", "mount": "mountain", "fort": "fort",
                     "camp": "camp", "cape": "cape", "port": "port", "isle": "island"}
# Words that end a counted-noun phrase (verbs and linkers that follow the counted thing).
PHRASE_STOPS = frozenset("""
complet includ exceed made make provid ensur use achiev perform conduct carri launch offer
servic help becom form sign total reach rose fell increas decreas grew grow cover join work
obtain mark brought bring built build sent send compris consist involv account set establish
oper run show seen take took gave give per""".split()) - {"launch", "servic", "oper"}
ROMAN = re.compile(r"^(?=[ivxl])(x{0,3})(ix|iv|v?i{0,3})$")
_DIGITS = re.compile(r"^\d+$")
_NUM_GLUED = re.compile(r"^(\d+)([a-z]{2,})$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_DESIGNATOR = re.compile(r"^(?:\d{1,3}[a-z](?:\d[a-z])*|0\d+)$")
_GLUED_NAME = re.compile(r"^[a-z]{2,}\d+[a-z]?$")
_LETTERS = re.compile(r"^[a-z]+$")
# Stems of ordinal words ("second" is also a unit of time); numbers.py holds the words, which
# Porter leaves as they are
ORDINAL_STEMS = frozenset(ORDINAL_WORDS)
# Verbs a person does for a while, without an object: "lord justic edmund davi sat 76 day" ->
# "For how many days did Lord Justice Edmund Davies sit?" (the "for" the stop words deleted)
DURATIVE_VERBS = frozenset({"sit", "serve", "work", "live", "stay", "wait", "reign", "rule",
                            "fight", "sleep", "walk", "march", "sail", "drift", "fly",
                            "survive", "hide", "campaign", "teach", "study"})
# Stems after which a figure is a label, not a year or a count: "taxi number 1729", "tip
# number 7", "Platform 9" ("No. 1812" is read from the written text: "no" is a stop word)
LABEL_WORDS = frozenset({"number", "platform"})
# Words a figure numbers a service by ("flight 1549", "rout 66"): a label, unless the figure is
# a year the text's other years stand near (years.lone_year: "the first flight 1903" of a text
# on 1903 stays a year); round 17n: "In which year?" was asked of US Airways Flight 1549
SERVICE_WORDS = frozenset({"flight", "rout"})
# Stems of events of a life that take no object, asked of the person said right before them
# ("thomson knight 1908": In which year was he knighted?, edu/extract/stemmed.py), and so
# never the last word of that person's name ("steven resign 1907": not "Stevens Resign")
LIFE_EVENTS = {"knight": "was {} knighted", "resign": "did {} resign",
               "retir": "did {} retire", "emigr": "did {} emigrate",
               "abdic": "did {} abdicate"}
OLD_YEARS = (1500, 1900)  # four-digit numbers here may be years or counts: both are tried
VERY_RARE_ZIPF = 2.3  # an English-map stem this rare is taken as a name even alone
RARE_ZIPF = 2.9  # below this an English-map stem may be a proper name
COMMON_ZIPF = 3.5  # compound parts must be at least this common


def year_value(stem: str) -> int | None:
    if len(stem) == 4 and stem.isdigit() and 1900 <= int(stem) <= 2099:
        return int(stem)
    return None


def is_compound(stem: str) -> bool:
    """A glued compound of common words (`highresolut`), not a name (`tianwen`, `zhurong`)."""
    pieces = split_compound(stem)
    if not pieces:
        return False
    wm = load_wordmap()
    stops = stop_words()
    for k, piece in enumerate(pieces):
        if piece in stops:
            continue
        z = wm.stem_zipf(piece) if k == len(pieces) - 1 else wm.stem_zipf(porter(piece))
        z = max(z, wm.stem_zipf(piece))
        if len(piece) < 3 or z < COMMON_ZIPF or (len(piece) == 3 and z < 4.5):
            return False
    return True


def classify(stem: str) -> int:
    """The class of one stem (cached by callers per distinct stem)."""
    if _DIGITS.match(stem):
        if year_value(stem) is not None:
            return YEAR
        if len(stem) == 8 and year_value(stem[:4]) and year_value(stem[4:]):
            return YEAR_RANGE
        if len(stem) > 1 and stem[0] == "0":
            return DESIGNATOR
        return NUM
    if stem in NUMBER_WORDS:
        return NUM_WORD
    if stem in SCALES:
        return SCALE
    if stem in MONTHS:
        return MONTH
    if _ORDINAL.match(stem):
        return ORDINAL
    m = _NUM_GLUED.match(stem)
    if m and (m.group(2) in UNITS or load_wordmap().stem_zipf(m.group(2)) >= COMMON_ZIPF):
        return NUM_GLUED
    if _DESIGNATOR.match(stem) or (ROMAN.match(stem) and stem not in ("i", "v", "l")):
        return DESIGNATOR
    if _GLUED_NAME.match(stem):
        return GLUED_NAME
    if not _LETTERS.match(stem):
        return WORD
    wm = load_wordmap()
    if stem not in wm:
        if len(stem) >= 3 and not is_compound(stem):
            return FOREIGN
        return WORD
    if wm.stem_zipf(stem) < RARE_ZIPF and len(stem) >= 3:
        return RARE
    return WORD


class Classifier:
    """Memoised `classify` for one run (documents repeat their stems)."""

    def __init__(self) -> None:
        self._cache: dict[str, int] = {}

    @property
    def cache(self) -> dict[str, int]:
        """Every stem classified so far, with its class."""
        return self._cache

    def __call__(self, stem: str) -> int:
        c = self._cache.get(stem)
        if c is None:
            c = self._cache[stem] = classify(stem)
        return c

    def classes(self, stems: list[str]) -> list[int]:
        for s in set(stems):
            if s not in self._cache:
                self(s)
        return list(map(self._cache.__getitem__, stems))


def glossary_name_firsts(glossary: Glossary | None) -> set[str]:
    """First stems of glossary entries that spell proper names (capitalised text)."""
    if not glossary:
        return set()
    firsts: set[str] = set()
    for first, entries in glossary.by_first.items():
        if any(is_name_entry(e.pieces) for e in entries):
            firsts.add(first)
    return firsts


def is_name_entry(pieces: tuple[str, ...]) -> bool:
    """Does a glossary entry spell a proper name (not a glued word like "China-France")?"""
    text = "".join(pieces)
    if not text[:1].isupper():
        return False
    if len(pieces) == 1 and any(ch in text for ch in "-/&") \
            and not any(ch.isdigit() for ch in text):
        return False  # "China-France", "Photo/Xinhua", "R&D": glued words, not one name
    if len(pieces) == 1 and " " not in text.strip():
        stems = text.lower()
        return load_wordmap().stem_zipf(stems) < 4.0 or any(ch.isdigit() for ch in text)
    return True


# Endings of Latin and Greek genus names ("Ichthyosaurus", "Dimorphodon", "Anomalocaris",
# "Australopithecus"): a word so ending is a taxon, which a teacher asks like a person's name.
TAXON_ENDINGS = ("saurus", "sauria", "odon", "caris", "therium", "pithecus", "ceratops",
                 "raptor", "pteryx", "suchus", "nychus", "gnathus", "cetus", "aspis", "lepis",
                 "ornis", "ichthys", "cephalus", "lestes")
_TAXON_STEM_ENDINGS = tuple(porter(e) for e in TAXON_ENDINGS)  # "saurus" -> "sauru"
_TAXON_LETTERS = 7  # "Raptor" alone is a word; "Velociraptor" a genus


def taxon_like(word: str) -> bool:
    """Whether a word (as written or as its stem) is shaped like a genus name."""
    low = word.lower()
    return len(low) >= _TAXON_LETTERS and low.isalpha() and (
        low.endswith(TAXON_ENDINGS) or low.endswith(_TAXON_STEM_ENDINGS)) \
        and low not in _TAXON_ENDINGS_WORDS


_TAXON_ENDINGS_WORDS = frozenset({"mastodon"})  # a genus that English uses as a word
# What a body deals in, the word after "of" in its name ("Institute of Technology", "Department
# of Energy", "Journal of Science"): in stems the "of" is gone, and only such a word after a
# body's head says the two belong to one name (round 17n; "british school children" is none)
BODY_FIELDS = frozenset("""
science sciences technology energy health medicine art arts music law agriculture education
engineering mines commerce defence defense transport transportation justice finance labour
labor interior war trade industry culture physics chemistry geology economics mathematics
history architecture oceanography aeronautics astronomy philosophy letters theology
""".split())
# Stems of a Latin species' epithet that names a place ("baikalensis", "sinensis",
# "canadensis" lose their "s"): the second word of a species' name, no name to ask alone
# ("Which lake? ... Epischura _____", round 17n)
EPITHET_STEM_ENDINGS = ("ensi",)


def latin_epithet(stem: str) -> bool:
    """Whether a stem is shaped like a species' epithet named after a place."""
    return len(stem) > 6 and stem.isalpha() and stem.endswith(EPITHET_STEM_ENDINGS)


# A word this common in English (Zipf) that the text writes with a capital only where it opens
# a sentence is a noun, no name: "Recognition" (4.47) of "Recognition eventually came."; the
# ships "Titanic" (3.59) and "Endurance" (3.74) are rarer (issue 15, fifteenth round)
OPENING_NOUN_ZIPF = 4.0


def opening_noun(word: str, text: str) -> bool:
    """Whether a capitalised `word` is an everyday noun capital only because it opens its
    sentence ("Recognition eventually came. In 1938 she was given ..."): never a person, a
    ship or any name, whatever the model labelled it."""
    if " " in word or not word[:1].isupper() or not word[1:].islower() \
            or load_wordmap().common_words().get(word.lower(), 0.0) < OPENING_NOUN_ZIPF:
        return False
    return written_only_opening(word, text)


def written_only_opening(word: str, text: str) -> bool:
    """Whether `text` writes `word` (as a whole word), and only where a sentence, a line or
    the text opens."""
    index = _CAPITALS.index_of(text) if word[:1] in _ASCII_CAPITALS \
        and _WORD_CHARACTERS.fullmatch(word) else None
    if index is not None:
        written = index.get(word, [])
    else:  # the text's first word, or one the index does not hold ("Élan", "E-mail")
        written = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    return bool(written) and all(_OPENS_SENTENCE.search(text[max(0, at - 8) : at])
                                 for at in written)


_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?][\"'\u201d\u2019)]*\s+|\n\s*)\Z")
_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WORD_CHARACTERS = re.compile(r"\w+")
# A run of word characters that starts with an ASCII capital, whole: where `\bWord\b` matches
# a word of word characters alone, the run there is that word, and nothing else is
_CAPITALISED_RUN = re.compile(r"(?<!\w)[A-Z]\w*")


class _CapitalsIndex:
    """Where each capitalised word of the last text asked about starts (a run of word
    characters from an ASCII capital), found in one pass from the text's second word on.

    Why: opening_noun is asked of every organisation-labelled name answer of a raw
    document, and a scan of the whole text per word grew with the square of the text
    (~0.19 s a word at 10 MB: bench/s16_whole_text_scans.py). The index costs about two
    scans, so a text asked about once (a few sentences, for "she") is scanned instead."""

    def __init__(self) -> None:
        self._text: str | None = None
        self._index: dict[str, list[int]] | None = None

    def index_of(self, text: str) -> dict[str, list[int]] | None:
        if self._text is not text and self._text != text:
            self._text, self._index = text, None
            return None  # asked once so far
        if self._index is None:
            found: dict[str, list[int]] = {}
            for m in _CAPITALISED_RUN.finditer(text):
                at = found.get(m.group())
                if at is None:
                    found[m.group()] = [m.start()]
                else:
                    at.append(m.start())
            self._index = found
        return self._index


_CAPITALS = _CapitalsIndex()


# verbs a place does as a place ("Which city hosted ...?"); any other verb a place "does"
# (pressed, sent, refused) is its government's act, asked better as a fill-in (issue 15)
PLACE_STATE_VERBS = frozenset({"was", "is", "were", "are", "lies", "lay", "became", "had",
                               "has", "hosted", "held", "saw", "suffered", "lost", "gained",
                               "stood", "stands", "remained", "borders", "bordered"})


# Words that open a sentence by pointing back at the one before ("Yet ...", "At first ...",
# "Then ..."): a prompt shows no sentence before it, so they go (`asides.without_asides`;
# issue 15, round 16k: "Yet", "At first" were edited out by the blind reviewer). "However,",
# "Also," with their comma go already with the link openings of `wording.LINK_OPENING`.
DISCOURSE_OPENERS = frozenset({"yet", "then", "also", "at first", "however", "nevertheless",
                               "nonetheless", "meanwhile", "moreover", "furthermore",
                               "besides", "instead"})

# Adverbs of motion the stems keep after a verb of moving ("famili move north": the family
# moved north): no object, though the word map counts "norths" and "homes" as nouns (stems)
MOTION_ADVERBS = frozenset({"north", "south", "east", "west", "northward", "southward",
                            "eastward", "westward", "home", "abroad", "away", "back", "ahead",
                            "oversea", "upstream", "downstream", "ashor", "aboard", "inland",
                            "offshor", "upriver"})

# Modal verbs the stop list keeps ("may", "could"): a counted noun before one is the subject
# of its clause ("push 750 peopl may live": about 750 people may have lived there), never the
# object of the verb before the count (stems)
MODALS = frozenset({"may", "might", "could", "would", "must", "ought"})


# Pronouns and demonstratives that lean on a sentence the prompt does not show: a raw draft
# printing one anywhere was kept as written by blind reviewers 16 times of 154 (10 %), one
# opening with one never (0 of 25) (`keepable.keep_class`; /work/labels, round 18r)
DRAFT_PRONOUNS = PERSONAL | DEMONSTRATIVES | {"hers", "theirs"}

# Stems before an office that make its holder another one ("deputy prime minister Boris
# Shcherbina" was no prime minister; round 21p, stemmed._office_held)
OFFICE_RANKS = frozenset({"deputi", "vice", "former", "act", "assist", "junior", "shadow",
                          "under", "interim", "associ"})

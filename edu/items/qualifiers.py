"""What a question asks for beyond its category: the qualifiers a wrong option must share.

"France and which other *European* country?" wants European countries as options; "with which
*cargo* craft?" wants cargo craft, not crewed ships; "which probe *will* China launch?" wants
other planned missions, not flown ones. The rules read only the question (and, for regions, a
table of general knowledge, edu/data/regions.tsv), so they hold for draft decks of unseen
documents too: a candidate whose qualifier cannot be established is not offered.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from edu.text.names import (
    PLACE_HEADS,
    PLACE_OPENERS,
    THING_OPENERS,
    given_names,
    honorifics,
    person_titles,
    states,
    surname_forms,
    towns,
)
from edu.text.normal import tokens_of
from edu.text.stemcache import cached_stem
from edu.text.stemcache import preprocess_words_cached as preprocess_words
from edu.text.wordmap import load_wordmap

# Region adjectives as questions use them, before a word for a country.
_REGION_WORDS = {
    "european": "Europe", "african": "Africa", "asian": "Asia", "latin american": "Latin America",
    "south american": "South America", "north american": "North America",
    "middle eastern": "Middle East", "arab": "Arab world", "caribbean": "Caribbean",
    "pacific island": "Oceania", "oceanian": "Oceania", "southern african": "Southern Africa",
    "north african": "North Africa", "east african": "East Africa",
    "west african": "West Africa", "central african": "Central Africa",
}
_ASKED_REGION = re.compile(
    r"\b(" + "|".join(sorted(_REGION_WORDS, key=len, reverse=True)) + r")\s+"
    r"(?:country|countries|nation|nations|state|states|partner|partners)\b", re.IGNORECASE)

# Kinds of craft a question may single out; synonyms share one key.
CRAFT_TYPES: dict[str, str] = {
    "cargo": "cargo", "freighter": "cargo", "crewed": "crewed", "manned": "crewed",
    "probe": "probe", "rover": "rover", "lander": "lander", "orbiter": "orbiter",
    "module": "station", "laboratory": "station", "lab": "station", "station": "station",
    "satellite": "satellite", "satellites": "satellite", "rocket": "rocket",
    "rockets": "rocket", "telescope": "telescope", "observatory": "telescope",
}
_STOP = re.compile(r"\b(?:is|was|were|are|did|does|do|has|have|had|will|would|can|could|"
                   r"shall|should|may|must|served?|serves|became|becomes|made|makes)\b|[,;:?(]",
                   re.IGNORECASE)
_WH = re.compile(r"\b(?:which|what)\s+", re.IGNORECASE)
_AS_A = re.compile(r"\bas (?:a|an|its|the)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)", re.IGNORECASE)
_PLAN = re.compile(r"\b(?:plans?|planned|planning|will|shall|going to|next|future|upcoming|"
                   r"aims?|aiming|intends?|to be launched|by 20\d\d)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    text = resources.files("edu.data").joinpath("regions.tsv").read_text("utf-8")
    table: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, regions = line.partition("\t")
            table[" ".join(tokens_of(name))] = frozenset(regions.split("|"))
    return table


def regions_of(name: str) -> frozenset[str] | None:
    """World regions of a country name ('the United States' too); None if not a country."""
    return _regions().get(" ".join(tokens_of(name)))


@lru_cache(maxsize=8192)
def asked_region(prompt: str) -> str | None:
    """'... which other European country?' -> 'Europe'."""
    m = _ASKED_REGION.search(prompt)
    return _REGION_WORDS[m.group(1).lower()] if m else None


@lru_cache(maxsize=8192)
def asked_phrase(prompt: str) -> tuple[str, ...]:
    """The words after the question's 'which'/'what', up to its verb: 'With which cargo craft
    did ...' -> ('cargo', 'craft')."""
    m = _WH.search(prompt)
    if not m:
        return ()
    rest = prompt[m.end():]
    stop = _STOP.search(rest)
    return tuple(w.lower() for w in re.findall(r"[\w'-]+", rest[: stop.start() if stop
                                                              else len(rest)])[:6])


@lru_cache(maxsize=8192)
def craft_types(prompt: str, category: str = "") -> frozenset[str]:
    """The kinds of craft a question asks for (its wh-phrase, or an 'as a cargo craft'
    phrase), else the kinds its category names."""
    said = [w.lower() for m in _AS_A.finditer(prompt) for w in m.group(1).split()]
    asked = frozenset(CRAFT_TYPES[w] for w in (*asked_phrase(prompt), *said) if w in CRAFT_TYPES)
    if asked:  # the question's own word wins: "which Russian orbiter mission" in "probe"
        return asked
    return frozenset(CRAFT_TYPES[w] for w in re.findall(r"[a-z]+", category.lower())
                     if w in CRAFT_TYPES)


@lru_cache(maxsize=8192)
def about_a_plan(prompt: str) -> bool:
    """Whether the question asks about something planned rather than done."""
    return bool(_PLAN.search(prompt))


def fits_region(answer: str, prompt: str, candidate: str) -> bool:
    """A candidate for a question about a region's country must be a country of it."""
    region = asked_region(prompt)
    if region is None or regions_of(answer) is None:
        return True
    found = regions_of(candidate)
    return found is not None and region in found


@lru_cache(maxsize=65_536)
def fits_place_kind(answer: str, candidate: str) -> bool:
    """A country only beside countries, a state or a nation only beside states ("England"
    for "Britain" could be true: one holds the other), a town or a feature only beside towns
    and features: the one of another kind ("the United States" among Hayes Valley and Cape
    Mendocino) is the answer."""
    mine, theirs = _place_kind(answer), _place_kind(candidate)
    return mine is None or theirs is None or mine == theirs


@lru_cache(maxsize=65_536)
def known_place(name: str) -> bool:
    """Whether the lists know the name as a place (a country, a state, a town)."""
    return _place_kind(name) is not None


@lru_cache(maxsize=65_536)  # asked of each candidate once per fact it may serve
def _place_kind(name: str) -> str | None:
    """'country', 'state' (a state, a province, a nation of the UK), 'local' (a town, a
    valley, a cape); None when no list knows the name."""
    if regions_of(name) is not None:
        return "country"
    stems = tuple(preprocess_words(name))
    if stems in states():
        return "state"
    words = name.casefold().split()
    if words and (words[-1] in PLACE_HEADS or (len(words) > 1 and words[0] in PLACE_OPENERS)):
        return "local"
    return "local" if stems in towns() else None


_CRAFT_SINGLED = frozenset({"cargo", "crewed"})  # the split a teacher would never blur


@lru_cache(maxsize=65_536)
def fits_craft(prompt: str, category: str, other_prompt: str, other_category: str) -> bool:
    """A craft asked for by kind (cargo, crewed, probe, rover, orbiter, station, telescope,
    ...) only beside craft known to be of that kind: a cargo question never offers crewed
    ships, a rover question never a probe."""
    mine = craft_types(prompt, category)
    if not mine:
        return True
    theirs = craft_types(other_prompt, other_category)
    singled = mine & _CRAFT_SINGLED
    if singled:
        return singled <= theirs
    return bool(mine & theirs)


# "Which two Long March carrier rockets ...?": a name in the wh-phrase is a family too.
_WH_NAMED = re.compile(r"\b[Ww]hich\s+(?:two\s+|three\s+|other\s+)?((?:[A-Z][\w'-]*\s+)+)")
_FAMILY = re.compile(r"\b((?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*)\s+(?:family|series)\b")


@lru_cache(maxsize=8192)
def named_family(prompt: str, answer: str) -> str | None:
    """The name family a question places its answer in ('as a new member of the Long March
    family' answered 'Long March 7A' -> 'Long March'): every option must belong to it."""
    found = [m.group(1) for m in _FAMILY.finditer(prompt)]
    found += [m.group(1).strip() for m in _WH_NAMED.finditer(prompt)]
    for family in found:
        if answer.lower().startswith(family.lower() + " "):
            return family
    return None


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=8192)
def asked_kind_words(prompt: str, category: str) -> frozenset[str]:
    """Words of the category that the question repeats in its wh-phrase, besides the head
    noun: 'Which two communications satellites ...?' in 'communication satellite' ->
    {'communication'}. An option from another category must carry them too."""
    cat = [_stem(w) for w in re.findall(r"[A-Za-z]+", category)]
    if len(cat) < 2:
        return frozenset()
    asked = {_stem(w) for w in asked_phrase(prompt)}
    return frozenset(w for w in cat[:-1] if w in asked)


@lru_cache(maxsize=65_536)
def fits_kind_words(prompt: str, category: str, other_category: str) -> bool:
    words = asked_kind_words(prompt, category)
    if not words or other_category.strip().lower() == category.strip().lower():
        return True
    return words <= {_stem(w) for w in re.findall(r"[A-Za-z]+", other_category)}


def _titled(word: str) -> bool:
    return cached_stem(word.casefold().rstrip(".")) in honorifics() | person_titles()


def untitled(name: str) -> list[str]:
    """A name's words without the titles before it ("Governor Clinton" -> ["Clinton"])."""
    words = name.split()
    while len(words) > 1 and _titled(words[0]):
        words = words[1:]
    return words


def person_shaped(name: str) -> bool:
    """Whether a name may be a person's: titled ("Prince of Wales", "Bishop Odo"); else no
    place the lists know ("England", "North Queensferry") and opened by a given name, or a
    word alone, or ended by a surname or a capitalised word of no everyday English ("Kaichi
    Watanabe"); not a single letter or a figure ("Linear B"), nor an everyday word that is no
    surname ("Queensferry Crossing", "Bayeux Tapestry")."""
    words = untitled(name)
    if not words or any(ch.isdigit() for ch in name):
        return False
    if len(words) < len(name.split()):
        return True
    if _place_kind(name) is not None:  # "England", "North Queensferry", "Alice Springs"
        return False
    if len(words) == 1 or cached_stem(words[0].casefold()) in given_names():
        return True  # a word alone is the draft's to say ("Eiffel", the tower's and his)
    if words[0].casefold() in THING_OPENERS:
        return False  # a kind opening a name ("Typhoon Yunya", a storm set 21's reviewer
        # saw swapped for a person: "absurd person-for-typhoon"; "Lake Conemaugh")
    last = words[-1].rstrip(".")
    if len(last) < 2 or not last[:1].isupper():
        return False
    low = last.casefold()
    return low in surname_forms() or low not in load_wordmap().common_words()


# A word this frequent (Zipf, its stem's most frequent form) is an everyday word before it
# is a surname: "Springs", "River", "Falls", "Rose" (4.8-5.1) end places and ships; "Evans",
# "Wright", "Franklin", "Hopkins" (3.9-4.2) end people.
_EVERYDAY_ZIPF = 4.5


@lru_cache(maxsize=1)
def _stem_zipf() -> dict[str, float]:
    return load_wordmap().common_stems()  # built by a pass over the word map: once


def clearly_a_person(name: str) -> bool:
    """A given name and a surname of no everyday English, and nothing else ("Arthur Evans";
    not "Alice Springs", "Charles River")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1].casefold()
    everyday = _stem_zipf().get(cached_stem(last), 0.0) >= _EVERYDAY_ZIPF
    return (cached_stem(words[0].casefold()) in given_names() and last in surname_forms()
            and not everyday)


def name_kind(name: str) -> str | None:
    """'person' for a titled name or a given name opening a name a person may have ("Lord
    Robens", "Georges Agnel"), 'thing' for a name no person has ("Merthyr Tydfil", "Bryntaf
    Cemetery", "Lascaux III"), None when the lists cannot tell ("Narrows", "Io")."""
    words = name.split()
    if not person_shaped(name):
        return "thing"
    if len(untitled(name)) < len(words) or clearly_a_person(name):
        return "person"
    if len(words) > 1 and cached_stem(words[0].casefold()) in given_names():
        return "person"
    return None


@lru_cache(maxsize=65_536)
def fits_name_kind(answer: str, candidate: str) -> bool:
    """A person only in a person's place, a thing only in a thing's: "Aberfan lies a few
    miles south of Lord Robens" (a draft's category said 'person' of a town) is absurd, not
    false. Names the lists cannot tell fit either."""
    mine, theirs = name_kind(answer), name_kind(candidate)
    return mine is None or theirs is None or mine == theirs


# A question that asks for a person: "Who ...?", "By whom ...?", "Who? ... _____ ...".
_ASKS_WHO = re.compile(r"^(?:who\b|whom\b|(?:by|to|with|for|from) whom\b)", re.IGNORECASE)


def asks_who(prompt: str) -> bool:
    """Whether a question asks for a person ("Who ...?", "By whom ...?")."""
    return bool(_ASKS_WHO.match(prompt.strip()))


def asks_who_of_no_person(prompt: str, answer: str) -> str | None:
    """Why a question asking "who" cannot be asked of its answer ("Who opened in 2017?" of
    the Queensferry Crossing, "Who? ... the Norman conquest of _____" of England), else None."""
    if not asks_who(prompt) or person_shaped(answer):
        return None
    return f"the question asks 'who' and '{answer}' is no person's name"

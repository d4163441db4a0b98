"""Name knowledge for text that lost its capitals: given names, surnames, towns, states, titles.

Preprocessed text writes "charl best" and "rome new york" where ordinary English wrote
"Charles Best" and "Rome, New York": the words are common, so only knowledge tells a person
or a place. Everything here is general (census and gazetteer lists built by
scripts/build_names.py, and short hand lists below), never taken from one document; all of it
is held as stems made with the seed recipe, so it matches preprocessed text token by token.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources
from itertools import count

from edu.text.places import place_names
from edu.text.stemcache import preprocess_words_cached as preprocess_words  # no nltk import
from edu.text.wordmap import load_wordmap

# Words before a name that say a person follows ("President Chester Arthur", "the biochemist
# Ernst Chain", "his son Washington Roebling"): honours and ranks, kin, and occupations.
HONORIFICS = """mr mrs ms miss dr doctor sir dame lord lady professor prof president governor
senator general colonel captain major lieutenant admiral commander sergeant king queen prince
princess emperor empress tsar czar pope bishop archbishop duke duchess earl baron count
chancellor minister premier mayor judge justice reverend""".split()
KIN = """father brother sister son daughter wife husband mother uncle aunt nephew niece cousin
widow""".split()
# Occupations: "the engineer Harold Young" (also every "-ist": chemist, pathologist).
OCCUPATIONS = """engineer scientist chemist biochemist physicist biologist astronomer
mathematician physician surgeon nurse inventor explorer pilot astronaut cosmonaut architect
surveyor contractor designer author writer poet painter composer founder director chairman
officer climber mountaineer sherpa navigator botanist geologist economist businessman
merchant banker lawyer watchmaker glassblower conductor constable photographer archaeologist
conservator curator lecturer historian commissioner inspector sculptor journalist
zoologist""".split()
PERSON_TITLES = HONORIFICS + KIN + OCCUPATIONS + "student assistant colleague partner".split()
# Ranks that name a person by a place: "the Duke of York", "the 5th Earl of Carnarvon".
NOBLE_TITLES = """duke duchess earl countess baron baroness marquess viscount prince
princess king queen""".split()
# Titles a regnal number follows ("Tsar Alexander III", "Pope John Paul II").
REGNAL_TITLES = "king queen emperor empress tsar czar pope prince princess duke".split()
# Verbs after which the next words are a name: "a young engineer named Canvass White", "the
# expedition was led by John Hunt" (the "by" is a stop word, gone from preprocessed text).
NAMING_VERBS = "named called dubbed led founded discovered invented designed born".split()
# Prefixes of a ship's name ("HMS Beagle", "USS Hornet", "RMS Titanic"): the ship is a craft,
# whatever the model read the prefix as.
SHIP_PREFIXES = frozenset("HMS HMAS HMCS HMNZS HMY USS USNS RMS SS MV MS RV NS".split())
# Abbreviations a full stop does not close a sentence after ("St. Louis", "Mt. Hood", "Dr.
# Jenner"), as written, with their capitals.
ABBREVIATIONS = "St Mt Ft Dr Mr Mrs Ms Capt Gen Col Lt Sgt Gov Rev Prof".split()

# First-level regions that follow a town after a comma ("Rome, New York", "Peoria, Illinois",
# "London, Ontario"): US states, Canadian provinces, Australian states, the UK's nations.
STATES = """Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|
Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|
Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|
New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|
Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|
West Virginia|Wisconsin|Wyoming|District of Columbia|Ontario|Quebec|British Columbia|Alberta|
Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island|
New South Wales|Victoria|Queensland|Tasmania|Western Australia|South Australia|England|
Scotland|Wales|Northern Ireland""".replace("\n", "").split("|")


def _stems(words: list[str]) -> frozenset[str]:
    return frozenset(s for w in words for s in preprocess_words(w))


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    return _stems(PERSON_TITLES)


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return _stems(HONORIFICS)


@lru_cache(maxsize=1)
def occupations() -> dict[str, str]:
    """Stem -> the occupation's word ("engin" -> "engineer", not the stem's "engine")."""
    return {s: word for word in OCCUPATIONS for s in preprocess_words(word)}


@lru_cache(maxsize=1)
def regnal_titles() -> frozenset[str]:
    return _stems(REGNAL_TITLES)


@lru_cache(maxsize=1)
def naming_verbs() -> frozenset[str]:
    return _stems(NAMING_VERBS)


def _stem_lines(name: str) -> frozenset[str]:
    text = resources.files("edu.data").joinpath(name).read_text("utf-8")
    return frozenset(s for line in text.splitlines() if (s := line.strip())
                     and not s.startswith("#"))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Stems of given names that are no common English word (edu/data/given_stems.txt: the
    hand list and the census names), less one-word states and countries ("Maryland",
    "Georgia"): before a name those are places ("maryland goddard")."""
    one_word = {key[0] for key in states() if len(key) == 1}
    one_word.update(s for name in place_names() if len(stems := preprocess_words(name)) == 1
                    for s in stems)
    return _stem_lines("given_stems.txt") - one_word


@lru_cache(maxsize=1)
def cued_given_names() -> frozenset[str]:
    """Stems of frequent given names that are common English words ("mark", "harri", "guy";
    edu/data/cued_given_stems.txt): a person only right after a title, occupation or naming
    verb ("the marine biologist Mark Erdmann")."""
    return frozenset(cued_given_spellings())


@lru_cache(maxsize=1)
def cued_given_spellings() -> dict[str, str]:
    """Stem -> the given name as written ("guy" -> "Guy", where the word map says "guys")."""
    text = resources.files("edu.data").joinpath("cued_given_stems.txt").read_text("utf-8")
    return dict(line.split("\t") for line in text.splitlines()
                if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def well_known_given_names() -> frozenset[str]:
    """Stems of the hand list edu/data/given_names.txt only: the raw-English path asks this
    narrower question ("is this capitalised word a given name?") and keeps its answers."""
    text = resources.files("edu.data").joinpath("given_names.txt").read_text("utf-8")
    return _stems([s for line in text.splitlines() if (s := line.strip())
                   and not s.startswith("#")])


# A data line's first column (comment lines start with "#"), found by one regular expression
# over the whole file at C speed, not line by line in Python.
_FIRST_COLUMN = re.compile(r"^(?!#|$)[^\t\n]*", re.M)


@lru_cache(maxsize=1)
def surnames() -> dict[str, int]:
    """Stems of the 25,000 most frequent US Census surnames -> rank (1 = most frequent;
    edu/data/surname_stems.txt lists them in that order)."""
    text = resources.files("edu.data").joinpath("surname_stems.txt").read_text("utf-8")
    return dict(zip(dict.fromkeys(_FIRST_COLUMN.findall(text)), count(1), strict=False))


@lru_cache(maxsize=1)
def surname_spellings() -> dict[str, str]:
    """Stem -> the census surname it most often stands for ("robert" -> "Roberts", "nelm" ->
    "Nelms"): where stemming cut an ending, the census tells which name it was."""
    return {stem: forms[0] for stem, forms in _surname_lines().items()}


# A data line's written forms: every tab-separated column after the first.
_LATER_COLUMNS = re.compile(r"\t([^\t\n]+)")


@lru_cache(maxsize=1)
def surname_forms() -> frozenset[str]:
    """Every census surname as written, case-folded ("coll", "neill", "smyth"): one regular
    expression over the file (comment lines have no tab)."""
    text = resources.files("edu.data").joinpath("surname_stems.txt").read_text("utf-8")
    return frozenset(_LATER_COLUMNS.findall(text.casefold()))


@lru_cache(maxsize=1)
def given_name_stems() -> frozenset[str]:
    """Every stem of edu/data/given_stems.txt, places among them too (unlike `given_names`)."""
    return _stem_lines("given_stems.txt")


@lru_cache(maxsize=1)
def _surname_lines() -> dict[str, tuple[str, ...]]:
    text = resources.files("edu.data").joinpath("surname_stems.txt").read_text("utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            stem, *forms = line.split("\t")
            out.setdefault(stem, tuple(forms) or (stem.capitalize(),))
    return out


@lru_cache(maxsize=1)
def towns() -> dict[tuple[str, ...], tuple[str, int]]:
    """Stems of each town of 15,000 people or more -> (written name, population)."""
    raw = resources.files("edu.data").joinpath("towns.tsv.gz").read_bytes()
    out: dict[tuple[str, ...], tuple[str, int]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, stems, people = line.split("\t")
            out[tuple(stems.split())] = (name, int(people))
    return out


@lru_cache(maxsize=1)
def states() -> dict[tuple[str, ...], str]:
    """Stems of each state, province or nation of STATES -> its written name; a one-word
    state whose stem is another word's ("Maine" -> "main") is left out."""
    wordmap = load_wordmap()
    out = {}
    for name in STATES:
        stems = tuple(preprocess_words(name))
        if len(stems) == 1 and wordmap.best(stems[0]) not in (None, name.lower()):
            continue
        out[stems] = name
    return out

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


def _person_noun_rows() -> list[tuple[str, frozenset[str], str]]:
    """(noun, kinds, role family or "-") of edu/data/person_nouns.tsv, in its order: the one
    table of nouns that name a person by what they are (titles, kin, occupations, roles)."""
    text = resources.files("edu.data").joinpath("person_nouns.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            noun, kinds, family = line.split("\t")
            rows.append((noun, frozenset(kinds.split(",")) - {"-"}, family))
    return rows


PERSON_NOUN_ROWS = _person_noun_rows()


def _nouns(kind: str) -> list[str]:
    return [noun for noun, kinds, _family in PERSON_NOUN_ROWS if kind in kinds]


# Words before a name that say a person follows ("President Chester Arthur", "the biochemist
# Ernst Chain", "his son Washington Roebling"): honours and ranks, kin, and occupations
# ("the engineer Harold Young"; also every "-ist": chemist, pathologist).
HONORIFICS = _nouns("honorific")
KIN = _nouns("kin")
OCCUPATIONS = _nouns("occupation")
PERSON_TITLES = HONORIFICS + KIN + OCCUPATIONS + _nouns("companion")
# More nouns of a person's role that introduce a name in ordinary English ("the expedition's
# leader, Alexei Treshnikov", "the Belgian teacher Germain Pirloit"); with PERSON_TITLES and
# every "-ist" (entities.py). Kept apart: the stems' cues (people.py) do not read these.
ROLE_NOUNS = frozenset(_nouns("role"))
# Titles and kin that say whether a person is "she" or "he" ("his wife, Marie-Anne Paulze
# Lavoisier": the "he" of the Lavoisiers is the other one)
FEMININE = _nouns("feminine")
MASCULINE = _nouns("masculine")
# Nouns that say a person's sex before the name ("a twelve-year-old girl, Valerie Ambroise"),
# read with FEMININE and MASCULINE by edu/items/sexes.py only (extraction reads those two).
FEMININE_NOUNS = _nouns("woman")
MASCULINE_NOUNS = _nouns("man")
# Ranks that name a person by a place: "the Duke of York", "the 5th Earl of Carnarvon".
NOBLE_TITLES = _nouns("noble")
# Titles a regnal number follows ("Tsar Alexander III", "Pope John Paul II").
REGNAL_TITLES = _nouns("regnal")
# What people do, in families whose members may stand in each other's place in a question
# (edu/items/roles.py): noun -> family ("science", "ruler", "office", ...).
ROLE_FAMILIES = {noun: family for noun, _kinds, family in PERSON_NOUN_ROWS if family != "-"}
# Verbs after which the next words are a name: "a young engineer named Canvass White", "the
# expedition was led by John Hunt" (the "by" is a stop word, gone from preprocessed text).
NAMING_VERBS = "named called dubbed led founded discovered invented designed born".split()
# Prefixes of a ship's name ("HMS Beagle", "USS Hornet", "RMS Titanic"): the ship is a craft,
# whatever the model read the prefix as.
SHIP_PREFIXES = frozenset("HMS HMAS HMCS HMNZS HMY USS USNS RMS SS MV MS RV NS".split())
# Abbreviations a full stop does not close a sentence after ("St. Louis", "Mt. Hood", "Dr.
# Jenner"), as written, with their capitals.
ABBREVIATIONS = "St Mt Ft Dr Mr Mrs Ms Capt Gen Col Lt Sgt Gov Rev Prof".split()

# Last words of the name of a place smaller than a country, a feature or a district ("Hayes
# Valley", "Cape Mendocino" or "North Queensferry" by its first word, "Golden Gate Park"): no
# country.
PLACE_HEADS = frozenset("""street road avenue lane square valley bay river lake island isle
mount mountain mountains hill hills park harbour harbor ocean sea gulf strait channel canal
creek forest desert peninsula coast beach district county parish borough village""".split())
# Nouns that introduce a place by its kind ("the village of Aberfan", "the industrial town of
# Johnstown"): the sentence says what the place is, so its name is a fact to learn there.
PLACE_KINDS = frozenset("""village town city island port valley county district parish
province region""".split())
PLACE_OPENERS = frozenset("cape mount lake isle port fort north south east west upper lower"
                          .split())

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


# Lowercase words inside a person's name before the surname ("Horace-Bénédict de Saussure",
# "Ludwig van Beethoven"): a learner may type the surname with or without them.
NAME_PARTICLES = frozenset({"de", "du", "des", "d", "da", "das", "di", "del", "della", "dos",
                            "van", "von", "der", "den", "ter", "ten", "le", "la", "al", "bin",
                            "ibn"})


def _stems(words: list[str]) -> frozenset[str]:
    return frozenset(s for w in words for s in preprocess_words(w))


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    return _stems(PERSON_TITLES)


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return _stems(HONORIFICS)


@lru_cache(maxsize=1)
def kin_words() -> frozenset[str]:
    return _stems(KIN)


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


# Kinds that open the name of a thing no person bears ("Typhoon Yunya", "Operation
# Overlord"): such a name is never a person's, whatever the recogniser says
THING_OPENERS = frozenset("typhoon hurricane cyclone storm operation project".split())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Stems of given names that are no common English word (edu/data/given_stems.txt: the
    hand list and the census names), less one-word states and countries ("Maryland",
    "Georgia"): before a name those are places ("maryland goddard")."""
    one_word = {key[0] for key in states() if len(key) == 1}
    one_word.update(s for name in place_names() if len(stems := preprocess_words(name)) == 1
                    for s in stems)
    return (_stem_lines("given_stems.txt") | world_given_names()) - one_word


GLUED_GIVEN_PART = 3  # letters of each half of a glued given name ("marie"+"anne")


@lru_cache(maxsize=20_000)
def glued_given_name(stem: str) -> bool:
    """A hyphenated given name whose hyphen preprocessing deleted ("marieann" of Marie-Anne,
    "jeanpaul"): a word no English word map holds that splits into two given names of the
    lists, each GLUED_GIVEN_PART letters or more."""
    if not stem.isalpha() or len(stem) < 2 * GLUED_GIVEN_PART or load_wordmap().candidates(stem):
        return False
    return glued_given_spelling(stem) is not None


def glued_given_spelling(stem: str) -> str | None:
    """"Marie-Ann" for "marieann": the two given names a glued word splits into, with the
    hyphen back (the first split that works); None for any other word."""
    given = given_names() | cued_given_names()
    for cut in range(GLUED_GIVEN_PART, len(stem) - GLUED_GIVEN_PART + 1):
        if _stem_of(stem[:cut]) in given and _stem_of(stem[cut:]) in given:
            return f"{stem[:cut].capitalize()}-{stem[cut:].capitalize()}"
    return None


def _stem_of(word: str) -> str:
    stems = preprocess_words(word)  # a stop word ("his") is none
    return stems[0] if len(stems) == 1 else ""


# A name of edu/data/world_given_names.txt whose stem English uses this often is left out:
# "Finn", "Tore", "Yuan", "Auguste" (august), "Honore" (honor) are words before they are names.
WORLD_NAME_MAX_ZIPF = 3.5


@lru_cache(maxsize=1)
def world_given_names() -> frozenset[str]:
    """Stems of given names the census lacks (Scandinavian, Dutch, Italian, Russian, ...;
    Chinese family names, which come first): edu/data/world_given_names.txt, less those
    that are everyday English words."""
    return frozenset(s for section in _world_names() for s in section)


@lru_cache(maxsize=1)
def family_first_names() -> frozenset[str]:
    """Stems of the family names of world_given_names.txt (its section "# Family names
    first"): the given name after them is a foreign word, never an English one ("zhao
    kangmin"; "qin shi huang terracotta warrior" names a museum)."""
    return _world_names()[1]


_FAMILY_FIRST = "# Family names first"


@lru_cache(maxsize=1)
def _world_names() -> tuple[frozenset[str], frozenset[str]]:
    text = resources.files("edu.data").joinpath("world_given_names.txt").read_text("utf-8")
    given_part, _, family_part = text.partition(_FAMILY_FIRST)
    wordmap = load_wordmap()

    def stems(part: str) -> frozenset[str]:
        return frozenset(s for line in part.splitlines()
                         if (name := line.strip()) and not name.startswith("#")
                         for s in preprocess_words(name)
                         if wordmap.stem_zipf(s) < WORLD_NAME_MAX_ZIPF)
    return stems(given_part), stems(family_part)


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


# Endings a word of the word map has beyond another candidate of its stem ("rules" of "rule",
# "sayles" of "sayle"), or beyond the stem itself when it makes another kind of word
# ("wistful" of "wist", "nobility" of "nobil"): a name is neither inflected nor derived.
_INFLECTIONS = ("s", "es", "d", "ed", "ing")
_DERIVATIONS = ("ful", "fully", "ness", "less", "ly", "ment", "ity", "ities", "ous", "ive",
                "ation", "able", "ible", "ism", "ist", "ish")
# A cut name whose last letters no English word ends with: Porter's step 5 took the "e"
# ("sauvestr" of Sauvestre, "lilljequ"): consonant + r or l, or "qu".
# A name no list holds whose stem ends in "i" after a vowel, a doubled consonant or one of
# d, z, h, m, c, x, g is written with its "i" (Porter writes a final "y" as "i", and the
# Reading writes it back as "y"): of the 57 such capitalised words of the blind and tuning
# texts, 45 end in "i" as written; this cue finds 25 of them and one "y" ("Pouilly"), where
# "-ky", "-ly", "-ny", "-ry" ("Florensky", "Mauchly", "Kemeny") stay as the Reading writes.
_WRITTEN_I = re.compile(r"(?:[aeiouy]|([b-df-hj-np-tv-z])\1|[dzhmcxg])i$")
_VERB_ENDINGS = ("ed", "ing")  # a verb's forms, which no surname of the census list takes
_CUT_E = re.compile(r"(?:[^aeiouy][rl]|qu)$")
# A Latin name's "-us" after a vowel, whose "s" Porter's stemmer took ("scherbiu", "myliu",
# "linnaeu"): no English word and no census surname ends so, and Latin names are common in
# the history of science; three letters before its vowel at least ("Liu", "Xiu" stay)
_CUT_US = re.compile(r"^[a-z]{3,}[aeio]u$")


# An inflected word is dropped only for a base this frequent, a word of English in its own
# right ("rule" 4.9 for "rules"): a rare base is a cut name ("jame" 2.2: James, "hobb": Hobbs,
# "evan" 3.7: Evans).
PLAIN_BASE_ZIPF = 4.0


def _plain_forms(stem: str) -> list[str]:
    """The word map's words of `stem` that are no inflection of a common word of the same
    stem and no derivation beyond the stem, most frequent first."""
    cands = load_wordmap().candidates(stem)
    common = {w for w, z in cands if z >= PLAIN_BASE_ZIPF}
    return [w for w, _z in cands
            if not any(w.endswith(end) and w[:-len(end)] in common for end in _INFLECTIONS)
            and not (w.startswith(stem) and w[len(stem):] in _DERIVATIONS)]


def name_case(name: str) -> str:
    """A surname's capitals inside it: "Mckee" -> "McKee"; "Oconnor" -> "O'Connor" where the
    rest is a census surname or given name and the whole is no English word ("Owen",
    "Olson" stay). "Mac" is left as the lists write it: Mack, Macy, Machado are one word."""
    low = name.lower()
    if len(low) > 3 and low.startswith("mc") and low[2] not in "aeiouy":
        return "Mc" + low[2:].capitalize()
    rest = low[1:]
    if len(low) > 4 and low[0] == "o" and rest[0] not in "aeiouy" \
            and not load_wordmap().candidates(low) \
            and (rest in _surname_words() or rest in _given_words()):
        return "O'" + rest.capitalize()
    return name


@lru_cache(maxsize=1)
def _surname_words() -> frozenset[str]:
    return frozenset(form.lower() for forms in _surname_lines().values() for form in forms)


@lru_cache(maxsize=1)
def _given_words() -> frozenset[str]:
    return frozenset(given_names())


def name_word(stem: str, written: str) -> str:
    """How a word of a person's name is spelled from its stem, where preprocessing took its
    capital and perhaps an ending: the word map's plain form ("rule" -> "Rule", not the
    Reading's "rules"; "sayl" -> "Sayle", not "Sayles"), else the census surname's form
    ("nobil" -> "Nobile", not "Nobility"; "wist" -> "Wiste", not "Wistful"), else the
    Reading's word `written`, with an "e" Porter's stemmer took back where no English word
    could end so ("sauvestr" -> "Sauvestre"), and a Latin name's "-us" ("Scherbius")."""
    forms = _plain_forms(stem)
    census = _surname_lines().get(stem, ())
    if forms and forms[0].endswith(_VERB_ENDINGS) and census \
            and forms[0].capitalize() not in census:
        word = census[0]  # "crook" -> "Crook", a surname, not "Crooked": a verb's form the
        # census does not list is no name (round 18p; "Fleming" is listed, and stays)
    elif forms:
        word = forms[0]
        if word.lower() not in surname_forms():  # "cont": Porter took Conte's "e" (round
            # 21p); the census surname with the "e" back, where the cut word is no surname
            word = next((c for c in census if c.lower() == word.lower() + "e"), word)
    elif census:
        word = census[0]
    else:
        word = written if written.isalpha() else stem
        if word.lower() == stem[:-1] + "y" and _WRITTEN_I.search(stem):
            word = stem  # "toninelli": Toninelli, not the Reading's "Toninelly" (round 21p)
        if word.lower() == stem and _CUT_E.search(stem):
            word += "e"
        elif word.lower() == stem and _CUT_US.search(stem):
            word += "s"  # "scherbiu" -> "Scherbius" (round 18p)
    return name_case(word[:1].upper() + word[1:])

"""Towns and named places in text that lost its capitals and commas.

Preprocessed text writes "ground broken rome new york", "hospit london", "univers toronto"
and "around lake baikal": common or unknown words, so the scanner sees no name. Knowledge
(edu/text/names.py) finds them:

- a town of the gazetteer (15,000 people or more), or a state, province or nation (US states,
  Canadian provinces, "Scotland"), longest match first;
- a town followed by its state, province or country is one answer, "Rome, New York" (the
  comma was deleted), offered beside the town alone;
- a head noun that names a place or body *of* something, followed by a known place or a rare
  word: "University of Toronto", "Treaty of Canterbury", "Lake Baikal" ("of" was deleted);
- a name before a feature of the land: "Trinity Bay" (`_named_features`);
- a rare word after "capital", "town", "port" is a place (`cued_places`: the scanner's name
  there becomes one).

A town before a feature noun ("Sarnia Straits") or after a craft's kind ("the probe
Rosetta") is no mention of the town.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress

from edu.extract import lexicon as lx
from edu.extract.anchor import Anchor, Features
from edu.extract.phrases import MAX_PLACE_REPEATS, places
from edu.extract.stemindex import StemIndex
from edu.text import names
from edu.text.wordmap import load_wordmap

# Heads written before the place they belong to: "University of Toronto", "Lake Baikal".
OF_HEADS = {"univers": "University of", "treati": "Treaty of", "battl": "Battle of",
            "sieg": "Siege of", "bay": "Bay of", "gulf": "Gulf of", "isl": "Isle of",
            "duke": "Duke of", "earl": "Earl of", "bishop": "Bishop of",
            "republ": "Republic of"}  # round 17n: "republ buryatia" (Republic of Buryatia)
# ... of which these name a body surely when a known place follows ("University of Texas");
# a title's ("Duke of Wellington") is a person's, a battle's or a bay's no body
SURE_OF_HEADS = frozenset({"univers"})
# ... of which these name a place, not a body ("Republic of Buryatia" ranks as a place does)
PLACE_OF_HEADS = frozenset({"republ"})
BEFORE_HEADS = {"lake": "Lake", "mount": "Mount", "cape": "Cape", "fort": "Fort"}
# Nouns after which a rare or unknown word is a settlement: "the capital, Merrow", "the town
# of Tamsford" (comma and "of" deleted).
PLACE_CUES = frozenset({"capit", "town", "villag", "citi", "port"})
# Features of the land named by a word before them ("Trinity Bay"); rivers, lakes and
# islands are found as phrases ending in a head noun (phrases.py).
NAMED_FEATURES = frozenset({"bay", "strait", "sound", "creek", "harbour", "harbor", "valley",
                            "canyon", "gulf", "cove", "fjord", "glacier", "peninsula",
                            "fault", "rift", "trench", "gorg"}) | frozenset(
    # round 17n: divisions of a country named by a word before them ("Dauphin County",
    # "Irkutsk Oblast"): places, spelled the same way
    {"counti", "oblast"})  # not "canton", "province": "bodio canton ticino" is Bodio, Ticino
# Buildings named by a word before them ("Bowood House", "Windsor Castle"): places, and the
# word is no surname of a person before it ("lord shelburn bowood hous": Lord Shelburne)
BUILDING_HEADS = frozenset({"hous", "hall", "abbey", "castl", "palac", "manor", "priori"})
# A company's legal form written after its name ("AlpTransit Gotthard AG", "Herrenknecht AG",
# "X-Tek Systems Ltd"); stems. Short forms that are English words ("co", "sa", "ab") are left.
COMPANY_FORMS = {"ag": "AG", "gmbh": "GmbH", "ltd": "Ltd", "inc": "Inc", "plc": "plc",
                 "llc": "LLC", "corp": "Corp", "nv": "NV", "bv": "BV", "kg": "KG", "sarl": "SARL"}
COMPANY_WORDS = 3  # name words before the form: "alptransit gotthard ag"
# Words that open a two-word place name ("San Andreas Fault", "Santa Cruz Island")
SAINT_PREFIXES = frozenset({"san", "santa", "santo", "sao", "st", "saint"})
# Waters and lands that a point of the compass names ("East River", "North Sea", "South
# Island"): the only cue left in stems, where "the east river" and "East River" look alike.
COMPASS = frozenset({"north", "south", "east", "west"})
COMPASS_FEATURES = NAMED_FEATURES | frozenset({"river", "sea", "ocean", "island"})
# Kinds of things that bear names of their own ("the probe Rosetta", "the ship Victoria"); a
# facility's kind before a town is where it stands ("Jodrell Bank Observatory, Cheshire").
CRAFT_HEADS = frozenset({"probe", "rover", "rocket", "ship", "spacecraft", "craft", "satellit",
                         "vehicl", "aircraft", "modul", "lander", "boat", "submarin", "yacht",
                         "locomot", "train", "plane", "balloon", "airship"})
# Nouns after a town that make it part of another name: "Sarnia Straits", "Toronto General
# Hospital" is no mention of the town as a place.
FEATURE_HEADS = frozenset({"strait", "river", "bay", "island", "lake", "valley", "canal", "street",
                           "road", "harbour", "harbor", "sound", "channel", "creek", "bridg",
                           "station", "airport", "hospit", "gener", "univers", "colleg",
                           # round 16p: "mariana trench", "queen maud gulf" were people
                           "trench", "gulf", "glacier", "peninsula", "reef", "fjord",
                           "counti", "oblast"})


@lru_cache(maxsize=1)
def _firsts() -> frozenset[str]:
    """The first stems of the towns, states and countries: where a match may start."""
    return frozenset(key[0] for key in _known())


@lru_cache(maxsize=1)
def _single_starts() -> frozenset[str]:
    """Stems that are a town or state by themselves (a country alone asks nothing here: the
    place scan has it)."""
    countries = {key[0] for key in places() if len(key) == 1}
    return frozenset(key[0] for key in _known() if len(key) == 1) - countries


def _starts(stems: list[str], heads: frozenset[str], index: StemIndex) -> list[int]:
    """Tokens where a place or a head may start: a one-word name or head, or the first two
    stems of a longer name (most first stems, "new", "intern", start none)."""
    ones = _single_starts() | heads
    firsts = index.positions(_pair_firsts())
    if firsts and firsts[-1] == len(stems) - 1:
        firsts.pop()  # the last token starts no pair
    following = zip(map(stems.__getitem__, firsts),
                    map(stems.__getitem__, map((1).__add__, firsts)), strict=True)
    paired = compress(firsts, map(_by_pair().__contains__, following))
    return sorted(set(index.positions(ones)).union(paired))


@lru_cache(maxsize=1)
def _pair_firsts() -> frozenset[str]:
    """The first stems of the names of two words or more."""
    return frozenset(first for first, _ in _by_pair())


def wanted_stems() -> tuple[frozenset[str], ...]:
    """The stems the scans here start from (`StemIndex`): towns, states and heads, first
    stems of longer names, named features and place cues."""
    return (_single_starts(), frozenset(OF_HEADS.keys() | BEFORE_HEADS.keys()), _pair_firsts(),
            COMPASS_FEATURES, BUILDING_HEADS, PLACE_CUES, frozenset(COMPANY_FORMS))


@lru_cache(maxsize=1)
def _by_pair() -> dict[tuple[str, str], tuple[int, ...]]:
    """First two stems -> the lengths of the longer names that start with them: most first
    stems ("new", "intern", "cooper") start no name here, and one look-up tells."""
    out: dict[tuple[str, str], set[int]] = {}
    for key in _known():
        if len(key) > 1:
            out.setdefault((key[0], key[1]), set()).add(len(key))
    return {pair: tuple(sorted(lengths, reverse=True)) for pair, lengths in out.items()}


@lru_cache(maxsize=1)
def _known() -> frozenset[tuple[str, ...]]:
    return frozenset((*names.towns(), *names.states(), *places()))


def _written(key: tuple[str, ...]) -> str:
    town = names.towns().get(key)
    return town[0] if town else names.states().get(key) or places().get(key) or ""


def _match(stems: Sequence[str], i: int, boundaries: set[int]) -> tuple[str, ...] | None:
    known = _known()
    if i + 1 < len(stems) and i + 1 not in boundaries:
        for size in _by_pair().get((stems[i], stems[i + 1]), ()):
            key = tuple(stems[i : i + size])
            if key in known and not any(k in boundaries for k in range(i + 2, i + size)):
                return key
    return (stems[i],) if (stems[i],) in known else None


def locality_anchors(stems: list[str], classes: list[int], boundaries: set[int],
                     words: Sequence[str], index: StemIndex | None = None) -> list[Anchor]:
    """Town, "Town, State" and "Head of Place" anchors, in document order. `words` are the
    Reading's words (a rare place after a head is spelled as the Reading reads it); `index`:
    one built for `wanted_stems()` at least (else one is made here)."""
    firsts = _firsts()
    heads = frozenset(OF_HEADS.keys() | BEFORE_HEADS.keys())
    n = len(stems)
    if index is None:
        index = StemIndex(stems, wanted_stems())
    out: list[Anchor] = []
    free = 0  # tokens before this were read as part of a place already
    for k in _starts(stems, heads, index):
        if k < free:
            continue
        s = stems[k]
        if s in heads and k + 1 < n and k + 1 not in boundaries:
            key = _match(stems, k + 1, boundaries) if stems[k + 1] in firsts else None
            if key or classes[k + 1] in (lx.RARE, lx.FOREIGN):
                place = _written(key) if key else _title(words[k + 1] or stems[k + 1])
                prefix = OF_HEADS.get(s) or BEFORE_HEADS[s]
                j = k + 1 + (len(key) if key else 1)
                # a known place after the head opens a name surely; a rare word less so
                f = Features(place=True) if s in PLACE_OF_HEADS \
                    else Features(org_phrase=True, opener=bool(key),
                                  sure_opener=bool(key) and s in SURE_OF_HEADS)
                out.append(Anchor("name", k, j, f, head=s, name_text=f"{prefix} {place}"))
                free = j  # "Lake Sarnia" is no mention of the town Sarnia
                continue
        key = _match(stems, k, boundaries) if s in firsts else None
        if key is None:
            continue
        j = k + len(key)
        free = j
        if j < n and stems[j] in FEATURE_HEADS and j not in boundaries:
            continue  # "sarnia strait": a strait named after the town
        if key not in places():  # a country alone: the place scan has it (phrases.py)
            out.append(Anchor("name", k, j, Features(place=True, town=True),
                              name_text=_written(key)))
        after = _match(stems, j, boundaries) if j < n and j not in boundaries \
            and stems[j] in firsts else None
        if after is not None and key in names.towns() and key not in places() \
                and (after in names.states() or after in places()):
            out.append(Anchor("name", k, j + len(after), Features(place=True, town=True),
                              name_text=f"{_written(key)}, {_written(after)}"))
    out.extend(_named_features(stems, classes, boundaries, words, index))
    out.extend(_companies(stems, classes, boundaries, words, index))
    out.sort(key=lambda a: (a.i, a.j))
    counts = Counter(a.name_text for a in out)
    # "the probe Rosetta": a kind noun before one mention says what the word names here
    things = {stems[a.i] for a in out if a.features.town and a.j == a.i + 1 and a.i > 0
              and stems[a.i - 1] in CRAFT_HEADS}  # one word: "shipped from Trinity Bay" stays
    return [a for a in out if counts[a.name_text] <= MAX_PLACE_REPEATS
            and not (a.features.town and a.j == a.i + 1 and stems[a.i] in things)]


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


def _named_features(stems: list[str], classes: list[int], boundaries: set[int],
                    words: Sequence[str], index: StemIndex) -> list[Anchor]:
    """"trinity bay", "prudhoe bay": a feature of the land named by the word before it, when
    that word is a name (rare, unknown, a given name or a town): "Trinity Bay"; "san andrea
    fault" with a saint's prefix before it ("San Andreas Fault"); a building so named
    ("bowood hous": "Bowood House")."""
    out = []
    given = names.given_names()
    said: dict[str | tuple[str, str], int] = {}  # mentions of a word, and of it and a building
    for k in sorted(index.positions(COMPASS_FEATURES) + index.positions(BUILDING_HEADS)):
        w = k - 1
        if w < 0 or k in boundaries or (w > 0 and stems[w - 1] in NAMED_FEATURES):
            continue
        building = stems[k] in BUILDING_HEADS
        if stems[k] not in NAMED_FEATURES and stems[w] not in COMPASS and not building:
            continue  # a river or island is named by a compass word here (others: phrases.py)
        if building and (not (classes[w] in (lx.RARE, lx.FOREIGN)
                              or (stems[w],) in names.towns())
                         or said.setdefault(stems[w], stems.count(stems[w]))
                         > said.setdefault((stems[w], stems[k]), _pairs(stems, w, k))):
            continue  # "opera hous", "town hall", "albert hall": a building of common words
            # or of a person's given name is no place of its own; nor is a word the text
            # also says without the building ("priestley hous laboratori": his house)
        if classes[w] in (lx.RARE, lx.FOREIGN) or stems[w] in given \
                or (stems[w],) in names.towns() or stems[w] in COMPASS:
            start = w - 1 if w > 0 and stems[w - 1] in SAINT_PREFIXES \
                and w not in boundaries and not building else w
            name = " ".join((words[x] or stems[x]).capitalize() for x in range(start, w + 1))
            feature = load_wordmap().best(stems[k]) or stems[k]
            out.append(Anchor("name", start, k + 1, Features(place=True, town=True),
                              name_text=f"{name} {feature.capitalize()}"))
    return out


def _companies(stems: list[str], classes: list[int], boundaries: set[int],
               words: Sequence[str], index: StemIndex) -> list[Anchor]:
    """"alptransit gotthard ag subsidiari": a company's legal form after its name, which
    runs back over foreign or rare words (up to COMPANY_WORDS; "kg" after a count is a
    unit, never a form): "Alptransit Gotthard AG", an organisation."""
    out = []
    for k in index.positions(frozenset(COMPANY_FORMS)):
        lo = k
        while lo > 0 and k - lo < COMPANY_WORDS and lo not in boundaries \
                and classes[lo - 1] in (lx.RARE, lx.FOREIGN, lx.GLUED_NAME):
            lo -= 1
        if lo == k:
            continue  # "10 kg", "the ag sector": no name before the form
        name = " ".join((words[x] or stems[x]).capitalize() for x in range(lo, k))
        out.append(Anchor("name", lo, k + 1, Features(org_phrase=True, opener=True),
                          head=stems[k], name_text=f"{name} {COMPANY_FORMS[stems[k]]}"))
    return out


def _pairs(stems: list[str], w: int, k: int) -> int:
    """How often the text says the stems at tokens w and k one after the other."""
    return sum(1 for x in range(len(stems) - 1)
               if stems[x] == stems[w] and stems[x + 1] == stems[k])


def cued_places(stems: list[str], classes: list[int], boundaries: set[int],
                index: StemIndex | None = None) -> set[int]:
    """Tokens of a rare or unknown one-word name right after a place cue ("capit merrow"):
    a name found there is a place. `index`: one built for `wanted_stems()` at least."""
    if index is None:
        index = StemIndex(stems, [PLACE_CUES])
    last = len(stems) - 1
    return {k + 1 for k in index.positions(PLACE_CUES)
            if k < last and k + 1 not in boundaries and classes[k + 1] in (lx.RARE, lx.FOREIGN)}

"""Names written in ordinary English words: places, and organisations or facilities named by
a phrase that ends in a head noun ("international telecommunication union", "world space week").

Lower-cased stems hide capital letters, so a phrase's true start is unknown: every start of
up to three words before the head is offered (four when the first word looks like the start
of a name), and the ranking puts the likelier ones first. Places come from a general list of
countries and regions (edu/data/places.txt), never from a particular document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress

from edu.extract import lexicon as lx
from edu.extract.anchor import Anchor, Features
from edu.text import names
from edu.text.places import place_names
from edu.text.stemcache import preprocess_words_cached as preprocess_words  # no nltk import
from edu.text.wordmap import load_wordmap

# Head nouns that end the name of an organisation, facility, programme or event.
ORG_HEADS = frozenset("""union agenc organ committe commiss network centr center programm initi
allianc forum week day citi confer institut univers observatori laboratori corridor council
offic ministri associ feder academi treati charter station bank fund hospit airport bureau
administr depart""".split())
# Heads of bodies that plain prose uses as often ("the railway", "on board", "at college"):
# a name only after an opener, and no term head (terms.py) of their own.
BODY_HEADS = frozenset("""railway railroad board colleg societi journal airfield airlin
motor line""".split())  # "line": a shipping line after its opener ("italian line")
# Heads common enough in plain prose ("a cloudy day") that a name needs an opener first;
# round 17n: "airport", "bureau", "administration" and "department" ("laguardia airport", "unit
# state weather bureau", "new york polic depart") are said plainly as often ("the airport").
OPENER_ONLY = frozenset({"day", "citi", "station", "offic", "bank", "fund", "week", "airport",
                         "bureau", "administr", "depart"}) | BODY_HEADS
# First words that usually open a name ("international ...", "world ...").
NAME_OPENERS = frozenset("""intern nation world global european asian african arab american
chines unit royal feder pacif atlant north south east west central st saint""".split())
# Heads of OPENER_ONLY that one opening word before them names ("LaGuardia Airport", "Italian
# Line", "Weather Bureau" needs more): a rare or foreign word, or a people's name (a demonym),
# before them is the whole name, where "a cloudy day" or "the bank" would be no name at all.
ONE_WORD_HEADS = frozenset({"airport", "line"})
# ... of which a shipping line is named by a people or a place only, never by a rare word
# ("bricklay line" of the bricklayers' line of work)
PEOPLE_NAMED_HEADS = frozenset({"line"})
# Heads of a body that a place names ("New York Police Department"): opened by a town or a
# state only, never by a rare word of the clause before ("long-term study Pennsylvania ...").
PLACE_OPENED_HEADS = frozenset({"depart"})
# Openers that prose also uses for a region of something ("northern links across the
# mountains"): they open names of up to three words only ("Northern Lighthouse Board").
SHORT_OPENERS = frozenset("northern southern eastern western".split())
_SHORT_NAME_WORDS = 2  # words before the head of a name such an opener starts
# A surname or town rarer than this opens an organisation's name ("Rhodes University", "Thames
# Tunnel Company", "Chrysler Motors"); commoner ones are everyday words too ("Tunnel", "Bridge",
# "Naval" are census surnames) and open none.
NAMED_AFTER_ZIPF = 4.0
# The bodies that are named so; a plan, a ship or a laboratory after a surname or town is as
# often that person's or town's thing ("Cahill's plans", "a Peoria market"). A name of this
# kind has at most one more word before its head ("Thames Tunnel Company").
NAMED_AFTER_HEADS = frozenset("""compani univers colleg railway railroad societi museum institut
academi motor board airlin depart""".split())  # "new york polic depart": a city's department
_NAMED_AFTER_WORDS = 2
# A name with one of these heads names one body: "Thames Tunnel Company", never "Companies"
# (the Reading may restore the stem either way).
SINGULAR_HEADS = BODY_HEADS - {"motor"} | {"compani", "institut", "univers", "academi", "museum"}
# A name repeats word for word; a phrase of ordinary words seldom does: a pair that opens with
# an organisation's head ("union pacif") said this often opens a body's name ("Union Pacific
# Railroad") as a name would.
REPEATED_RUN = 3
OTHER_HEADS = frozenset(lx.CATEGORY_HEADS) - ORG_HEADS
_HEADS = ORG_HEADS | BODY_HEADS
_MAX_WORDS = 3
_PHRASE_WORDS = (lx.WORD, lx.RARE, lx.FOREIGN)
_OPENER_CLASSES = (lx.RARE, lx.FOREIGN)
_REPORTING = frozenset({"said", "say", "ask", "told", "tell", "accord", "call", "name"})
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish")
MAX_PLACE_REPEATS = 15  # a place named more often is the document's subject, not a fact
MAX_PHRASE_REPEATS = 6  # candidates kept per organisation phrase


@lru_cache(maxsize=1)
def places() -> dict[tuple[str, ...], str]:
    """Stems of each place name -> its written form."""
    return {tuple(preprocess_words(name)): name for name in place_names()}


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """Name openers, places included ("egypt space citi")."""
    return NAME_OPENERS | SHORT_OPENERS | {key[0] for key in places() if len(key) == 1} \
        | set(_place_index()[1])


@lru_cache(maxsize=8192)
def _named_after(stem: str) -> bool:
    """Is the stem a person's or a town's name that is no everyday word ("rhode", "thame")?

    Organisations are named after people and places; in stems, nothing else says so."""
    if stem not in names.surnames() and (stem,) not in names.towns():
        return False
    return load_wordmap().stem_zipf(stem) < NAMED_AFTER_ZIPF


@lru_cache(maxsize=1)
def _peoples_and_places() -> frozenset[str]:
    """One-word places and the names of peoples ("itali", "italian", "american"): words that
    name a body with ONE_WORD_HEADS where a point of the compass ("north line") does not."""
    return frozenset(_place_index()[1]) | {key[0] for key in places() if len(key) == 1} \
        | (NAME_OPENERS & frozenset("european asian african arab american chines".split()))


def _ends_place(stems: list[str], k: int) -> bool:
    """Whether the stem at `k` ends a two-word state or place begun the word before."""
    pair = tuple(stems[k - 1 : k + 1])
    return k > 0 and (pair in names.states() or pair in places())


def _starts_place(stems: list[str], k: int) -> bool:
    """Whether a town, state or place of one or two words starts at `k`."""
    one, pair = (stems[k],), tuple(stems[k : k + 2])
    return any(key in table for key in (one, pair)
               for table in (names.towns(), names.states(), places()))


def _given(stem: str) -> bool:
    return stem in names.given_names() or stem in names.cued_given_names()


def _opens_name(stems: list[str], classes: list[int], k: int, openers: frozenset[str],
                h: int) -> bool:
    """Does the word at `k` open the name whose head is at `h`: an opener, a rare or unknown
    word, or, before the head of a body (`NAMED_AFTER_HEADS`), a surname or town of its own
    or the first word of a place of two words ("new york bridg compani")?"""
    s = stems[k]
    if s in openers or classes[k] in _OPENER_CLASSES:
        return True
    if stems[h] not in NAMED_AFTER_HEADS:
        return False
    if h - k <= _NAMED_AFTER_WORDS and _named_after(s) and not _given(s) \
            and not (k > 0 and _given(stems[k - 1])):
        return True  # not "ernst chain univers": a person, then where they worked
    firsts = _place_index()[0]
    pair = tuple(stems[k : k + 2])
    return any(len(key) > 1 and tuple(stems[k : k + len(key)]) == key
               for key in firsts.get(s, ())) or pair in names.towns() or pair in names.states()


@lru_cache(maxsize=1)
def _place_index() -> tuple[dict[str, list[tuple[str, ...]]], dict[str, tuple[str, ...]]]:
    """First stem -> place keys (longest first); demonym stem -> place key ("ethiopian")."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    demonyms: dict[str, tuple[str, ...]] = {}
    for key in places():
        by_first.setdefault(key[0], []).append(key)
        if len(key) == 1:
            for end in _DEMONYM_ENDINGS:
                demonyms.setdefault(key[0] + end, key)
    for keys in by_first.values():
        keys.sort(key=len, reverse=True)
    return by_first, demonyms


def _glued_places(stem_classes: dict[str, int]) -> dict[str, list[str]]:
    """Unknown words made of two places ("chinaitali" -> China, Italy)."""
    singles = {key[0]: name for key, name in places().items() if len(key) == 1}
    longest = max(map(len, singles), default=0)
    out: dict[str, list[str]] = {}
    wm = load_wordmap()
    for s, c in stem_classes.items():
        # two places glued are at most twice the longest place (+1, a stemmed-off letter):
        # longer words are skipped, so a huge token costs nothing here
        if c not in (lx.FOREIGN, lx.WORD) or not 8 <= len(s) <= 2 * longest + 1 or s in wm:
            continue
        for k in range(4, min(len(s) - 3, longest + 1)):
            head, tail = s[:k], s[k:]
            if head in singles and (tail in singles or tail[:-1] in singles):
                out[s] = [singles[head], singles.get(tail) or singles[tail[:-1]]]
                break
    return out


def phrase_anchors(stems: list[str], classes: list[int], boundaries: set[int],
                   stem_classes: dict[str, int] | None = None) -> list[Anchor]:
    """Place and organisation-phrase name anchors, in document order."""
    by_first, demonyms = _place_index()
    glued = _glued_places(stem_classes or {})
    wanted = set(by_first) | set(demonyms) | _HEADS | OTHER_HEADS | set(glued)
    hits = list(compress(range(len(stems)), map(wanted.__contains__, stems)))
    # A one-word place named too often (the document's own country) is skipped up front.
    often = Counter(map(stems.__getitem__, hits))
    pairs = Counter((stems[k], stems[k + 1]) for k in hits
                    if stems[k] in ORG_HEADS and k + 1 < len(stems))
    repeated = frozenset(pair for pair, c in pairs.items() if c >= REPEATED_RUN)
    heads = _HEADS | OTHER_HEADS
    skip = {s for s, c in often.items() if c > MAX_PLACE_REPEATS and s not in heads
            and s not in glued and all(len(k) == 1 for k in by_first.get(s, [(s,)]))}
    if skip:
        hits = [i for i in hits if stems[i] not in skip]
    out: list[Anchor] = []
    place_hits: list[Anchor] = []
    place_end = 0
    phrase_seen: dict[str, int] = {}
    memo: dict[tuple[str, ...], list[tuple[int, int, Features, str]]] = {}
    for i in hits:
        s = stems[i]
        if (s in by_first or s in demonyms) and i >= place_end:
            a = _place(stems, i, by_first, demonyms)
            if a is not None:
                place_hits.append(a)
                place_end = a.j  # "south africa" is not also "africa"
        if s in glued:
            for name in glued[s]:
                place_hits.append(Anchor("name", i, i + 1,
                                         Features(place=True, glued_place=True),
                                         name_text=name))
        if s not in _HEADS and s not in OTHER_HEADS:
            continue
        # The phrases depend only on the few words around the head: remember them per context.
        ctx = tuple(stems[i - 4 if i >= 4 else 0 : i + 2])
        shapes = memo.get(ctx) if boundaries.isdisjoint(range(i - 4, i + 2)) else None
        if shapes is None:
            shapes = [(a.i - i, a.j - i, a.features, " ".join(stems[a.i : a.j]))
                      for a in _org_phrases(stems, classes, boundaries, i,
                                            s in OTHER_HEADS or s in OPENER_ONLY, repeated)]
            memo[ctx] = shapes
        for di, dj, features, key in shapes:
            seen = phrase_seen.get(key, 0)
            phrase_seen[key] = seen + 1
            if seen < MAX_PHRASE_REPEATS:  # later mentions add nothing to learn
                out.append(Anchor("name", i + di, i + dj, features.copy(), head=s))
    counts: dict[str, int] = {}
    for a in place_hits:
        counts[a.name_text or ""] = counts.get(a.name_text or "", 0) + 1
    out.extend(a for a in place_hits if counts[a.name_text or ""] <= MAX_PLACE_REPEATS)
    out.sort(key=lambda a: (a.i, a.j))
    return out


def _place(stems: list[str], i: int, by_first: dict[str, list[tuple[str, ...]]],
           demonyms: dict[str, tuple[str, ...]]) -> Anchor | None:
    for key in by_first.get(stems[i], ()):
        if tuple(stems[i : i + len(key)]) == key:
            return Anchor("name", i, i + len(key), Features(place=True), head="",
                          name_text=places()[key])
    country = demonyms.get(stems[i])
    if country is not None:
        return Anchor("name", i, i + 1, Features(place=True, demonym=True),
                      name_text=places()[country])
    return None


@lru_cache(maxsize=4096)
def _verb_like(stem: str) -> bool:
    """"said council", "asked council", "renewed programme": a verb, not part of the name."""
    word = load_wordmap().best(stem) or stem
    return word.endswith("ed") or stem in _REPORTING


def _role_word(stem: str) -> bool:
    """A person's title, occupation or role ("secretari", "palaeontologist"): the person's,
    never the first word of a body's name ("secretari smithsonian institut")."""
    return stem in names.person_titles() or stem in _role_stems() \
        or stem.endswith("ist") and len(stem) > 5


@lru_cache(maxsize=1)
def _role_stems() -> frozenset[str]:
    return frozenset(s for w in names.ROLE_NOUNS for s in preprocess_words(w))


def _org_phrases(stems: list[str], classes: list[int], boundaries: set[int],
                 h: int, opener_only: bool = False,
                 repeated: frozenset[tuple[str, str]] = frozenset()) -> list[Anchor]:
    """Phrases of 1-3 words (4 after a name opener) that end in the head noun at `h`.

    For heads that name things rather than bodies ("satellite", "station"), only phrases of
    three words or more that open like a name ("chinafr oceanographi satellit")."""
    out: list[Anchor] = []
    openers = _openers()
    body = stems[h] in BODY_HEADS

    def said_often(k: int) -> bool:  # "union pacif" again and again, before a body's head
        return body and (stems[k], stems[k + 1]) in repeated

    def after_role(k: int) -> bool:  # "classicist brooklyn colleg": a role before a name
        # (of a word or two before the head: "professor ernst kessler taught univers" is
        # the person's name after the role, no body's)
        return 0 < k and h - k <= _NAMED_AFTER_WORDS and k not in boundaries \
            and _role_word(stems[k - 1])

    last = h if stems[h] in ONE_WORD_HEADS else h - 1  # "italian line": one word opens it
    if opener_only and not any(_opens_name(stems, classes, k, openers, h) or said_often(k)
                               for k in range(max(0, h - 4), last)) \
            and not any(after_role(k) for k in range(max(0, h - 4), h)):
        return out  # these heads only make names after an opener
    n = len(stems)
    desig = h + 1 < n and classes[h + 1] == lx.DESIGNATOR and h + 1 not in boundaries
    for size in range(1, _MAX_WORDS + 2):
        lo = h - size
        if lo < 0 or h - lo > _MAX_WORDS and stems[lo] not in openers:
            break
        if classes[lo] not in _PHRASE_WORDS or stems[lo] in lx.PHRASE_STOPS \
                or _role_word(stems[lo]) \
                or stems[lo] in (_HEADS if body else ORG_HEADS) and not said_often(lo) \
                or lo + 1 in boundaries or _verb_like(stems[lo]) \
                and not (_ends_place(stems, lo) or _starts_place(stems, lo)):
            break  # ("unit state weather bureau": a place's words, no verbs "united", "stated")
        if stems[h] in PLACE_OPENED_HEADS and not _starts_place(stems, lo):
            continue  # "longterm studi pennsylvania depart": a department is a place's
        opener = said_often(lo) or after_role(lo) or _opens_name(stems, classes, lo, openers, h) \
            and not (stems[lo] in SHORT_OPENERS and size > _SHORT_NAME_WORDS)
        one_word = stems[h] in ONE_WORD_HEADS and (
            classes[lo] in _OPENER_CLASSES and stems[h] not in PEOPLE_NAMED_HEADS
            or stems[lo] in _peoples_and_places())
        if (opener_only and size < 2 and not after_role(lo) and not one_word) \
                or ((opener_only or size > 2) and not opener):
            continue  # long phrases, and those of common heads, must open like a name
        f = Features(org_phrase=True, opener=opener,
                     sure_opener=opener and (size == 1 or stems[lo] in openers
                                             or _starts_place(stems, lo) or said_often(lo)
                                             or size <= _NAMED_AFTER_WORDS
                                             and stems[h] in NAMED_AFTER_HEADS
                                             and _named_after(stems[lo])))
        out.append(Anchor("name", lo, h + 1, f, head=stems[h]))
        if one_word and size == 1:
            break  # "italian line": the people or the rare word is the whole name
        if desig:  # "chinabrazil earth resourc satellit 04a"
            out.append(Anchor("name", lo, h + 2, f.copy(), head=stems[h]))
        if said_often(lo):
            break  # the repeated run is where the name starts: not "East Union Pacific ..."
    return out


# Heads of bodies named "Head of Field" ("California Institute of Technology"): lexicon.BODY_FIELDS
OF_BODY_HEADS = frozenset("""institut depart journal school academi ministri museum societi
colleg bureau""".split())


@lru_cache(maxsize=1)
def _field_stems() -> dict[str, str]:
    """Stem of each field a body deals in -> the word."""
    out: dict[str, str] = {}
    for w in sorted(lx.BODY_FIELDS, key=len):  # "science" before "sciences"
        out.setdefault(preprocess_words(w)[0], w)
    return out


def of_bodies(stems: list[str], classes: list[int], boundaries: set[int],
              words: Sequence[str | None]) -> list[Anchor]:
    """Preprocessed text: "california institut technolog", "unit state depart energi": a
    body's head and the field it deals in, "of" deleted between them, opened by a place or
    another name opener before it when there is one: "California Institute of Technology",
    "United States Department of Energy", "Department of Energy" alone otherwise."""
    fields = _field_stems()
    openers = _openers()
    out: list[Anchor] = []
    n = len(stems)
    for h, s in enumerate(stems):
        if s not in OF_BODY_HEADS or h + 1 >= n or h + 1 in boundaries \
                or stems[h + 1] not in fields:
            continue
        lo = h
        if h > 1 and h not in boundaries and _ends_place(stems, h - 1) and h - 1 not in boundaries:
            lo = h - 2
        elif h > 0 and h not in boundaries and (stems[h - 1] in openers
                                                or classes[h - 1] in _OPENER_CLASSES
                                                or _starts_place(stems, h - 1)):
            lo = h - 1
        # the commonest word of the head's stem: "Institute of", far more often than the
        # Reading's "Institution(s)" for "institut" (both stem so)
        written = load_wordmap().best(s) or words[h] or s
        head = (written[:-1] if written.endswith("s") and not s.endswith("s")
                else written).capitalize()
        opener = " ".join((words[k] or stems[k]).capitalize() for k in range(lo, h))
        name = f"{opener} {head} of {fields[stems[h + 1]].capitalize()}".strip()
        out.append(Anchor("name", lo, h + 2, Features(org_phrase=True, opener=lo < h,
                                                      sure_opener=lo < h),
                          head=s, name_text=name))
    return out

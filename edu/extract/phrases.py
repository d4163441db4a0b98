"""Names written in ordinary English words: places, and organisations or facilities named by
a phrase that ends in a head noun ("international telecommunication union", "world space week").

Lower-cased stems hide capital letters, so a phrase's true start is unknown: every start of
up to three words before the head is offered (four when the first word looks like the start
of a name), and the ranking puts the likelier ones first. Places come from a general list of
countries and regions (edu/data/places.txt), never from a particular document.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import compress

from edu.extract import lexicon as lx
from edu.extract.anchor import Anchor, Features
from edu.text.places import place_names
from edu.text.stemcache import preprocess_words_cached as preprocess_words  # no nltk import
from edu.text.wordmap import load_wordmap

# Head nouns that end the name of an organisation, facility, programme or event.
ORG_HEADS = frozenset("""union agenc organ committe commiss network centr center programm initi
allianc forum week day citi confer institut univers observatori laboratori corridor council
offic ministri associ feder academi treati charter station bank fund hospit""".split())
# Heads common enough in plain prose ("a cloudy day") that a name needs an opener first.
OPENER_ONLY = frozenset({"day", "citi", "station", "offic", "bank", "fund", "week"})
# First words that usually open a name ("international ...", "world ...").
NAME_OPENERS = frozenset("""intern nation world global european asian african arab american
chines unit royal feder pacif atlant north south east west central st saint""".split())
OTHER_HEADS = frozenset(lx.CATEGORY_HEADS) - ORG_HEADS
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
    return NAME_OPENERS | {key[0] for key in places() if len(key) == 1} | set(_place_index()[1])


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
    wanted = set(by_first) | set(demonyms) | ORG_HEADS | OTHER_HEADS | set(glued)
    hits = list(compress(range(len(stems)), map(wanted.__contains__, stems)))
    # A one-word place named too often (the document's own country) is skipped up front.
    often = Counter(map(stems.__getitem__, hits))
    heads = ORG_HEADS | OTHER_HEADS
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
        if s not in ORG_HEADS and s not in OTHER_HEADS:
            continue
        # The phrases depend only on the few words around the head: remember them per context.
        ctx = tuple(stems[i - 4 if i >= 4 else 0 : i + 2])
        shapes = memo.get(ctx) if boundaries.isdisjoint(range(i - 4, i + 2)) else None
        if shapes is None:
            shapes = [(a.i - i, a.j - i, a.features, " ".join(stems[a.i : a.j]))
                      for a in _org_phrases(stems, classes, boundaries, i,
                                            s in OTHER_HEADS or s in OPENER_ONLY)]
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


def _org_phrases(stems: list[str], classes: list[int], boundaries: set[int],
                 h: int, opener_only: bool = False) -> list[Anchor]:
    """Phrases of 1-3 words (4 after a name opener) that end in the head noun at `h`.

    For heads that name things rather than bodies ("satellite", "station"), only phrases of
    three words or more that open like a name ("chinafr oceanographi satellit")."""
    out: list[Anchor] = []
    openers = _openers()
    if opener_only and not any(classes[k] in _OPENER_CLASSES or stems[k] in openers
                               for k in range(max(0, h - 4), h - 1)):
        return out  # these heads only make names after an opener
    n = len(stems)
    desig = h + 1 < n and classes[h + 1] == lx.DESIGNATOR and h + 1 not in boundaries
    for size in range(1, _MAX_WORDS + 2):
        lo = h - size
        if lo < 0 or h - lo > _MAX_WORDS and stems[lo] not in openers:
            break
        if classes[lo] not in _PHRASE_WORDS or stems[lo] in lx.PHRASE_STOPS \
                or stems[lo] in ORG_HEADS or lo + 1 in boundaries or _verb_like(stems[lo]):
            break
        opener = stems[lo] in openers or classes[lo] in (lx.RARE, lx.FOREIGN)
        if (opener_only and size < 2) or ((opener_only or size > 2) and not opener):
            continue  # long phrases, and those of common heads, must open like a name
        f = Features(org_phrase=True, opener=opener)
        out.append(Anchor("name", lo, h + 1, f, head=stems[h]))
        if desig:  # "chinabrazil earth resourc satellit 04a"
            out.append(Anchor("name", lo, h + 2, f.copy(), head=stems[h]))
    return out

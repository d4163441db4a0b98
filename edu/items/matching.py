"""matching: 4-6 name facts of one category; match each name to what it is or did.

Groups are stable: a category's facts are placed in a binary trie on the hash of their ids
(a node of more than six splits on the next bit; a side left with fewer than four joins a
group of its sibling), so adding or removing one fact changes only the groups near it in the
trie: on 30-fact categories, 1-2 groups of 6 on average (consecutive chunks by id changed 4-5).
Members of one group must be told apart by what they are: no answer inside another ("Long March
7A" beside "Long March 8 and Long March 7A"), no two near-identical descriptions, and no
description that only says where a name stands in a list ("is named first in the list").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from edu.deck.model import Fact
from edu.items.cloze import BLANK as CLOZE_BLANK
from edu.items.cloze import sentence_as_written
from edu.items.common import Context, answer_forms, base_item, leaks
from edu.items.distractors import nested, too_similar, too_similar_to_keys
from edu.items.grouping import group_id, matching_members
from edu.items.labels import CUT, category_kind, kind_of
from edu.items.model import Item, ItemKind
from edu.items.phrasing import BLANK, as_written, description, fluent_statement
from edu.items.pools import category_families, category_heads, says_nothing
from edu.items.qualifiers import clearly_a_person, person_shaped
from edu.items.qualifiers import untitled as _untitled
from edu.items.referring import as_read, pointed_at_nothing
from edu.items.short import DESCRIPTION_WORDS, short_around
from edu.text.names import given_names
from edu.text.normal import key_of
from edu.text.stemcache import cached_stem

MIN_PAIRS, MAX_PAIRS = 4, 6
Dropped = tuple[str, str, str]


# A description that locates its answer in a list, not in the world, teaches nothing.
_LIST_POSITION = re.compile(r"\b(?:named|listed|mentioned|comes?)\s+(?:first|last|second|third|"
                            r"right after|right before|next|after|before)\b|\bin the [\w' ]*list\b",
                            re.IGNORECASE)


def _described(ctx: Context, fact: Fact) -> str | None:
    """What a member is, with a blank where it stands: the statement rebuilt from its question,
    in ordinary English only with its sentence's words (`as_written`), else that sentence as
    written with the name blanked; a question is no description ("By whom was the structure
    determined?"), and ordinary English without either gives none (None). A preprocessed
    text, which has no sentence to show, keeps the question."""
    desc = description(fact.prompt)
    if ctx.reading is None or not ctx.reading.raw:
        return desc
    rebuilt = fluent_statement(fact.prompt, BLANK)
    if rebuilt is not None:
        said = as_written(rebuilt, fact.prompt, BLANK, ctx.evidence(fact))
        if said is not None:
            return said
    written = sentence_as_written(fact, ctx)
    return written[0].replace(CLOZE_BLANK, BLANK, 1) if written is not None else None


def _short(ctx: Context, desc: str, answer: str) -> str | None:
    """A description of ordinary English cut to its answer's clause (short.short_around); a
    reviewed deck of preprocessed text keeps the description its questions give."""
    if ctx.reading is None or not ctx.reading.raw:
        return desc
    return short_around(desc, BLANK, answer, DESCRIPTION_WORDS)


def _eligible(ctx: Context, facts: list[Fact],
              people: bool = False) -> tuple[list[tuple[Fact, str]], list[Dropped]]:
    """Facts with distinct answers and descriptions; a description never names its own answer."""
    kept: list[tuple[Fact, str]] = []
    answers: list[str] = []  # keys (key_of) of the kept facts' answers
    descriptions: set[str] = set()  # keys of the kept descriptions
    dropped: list[Dropped] = []
    for fact in sorted(facts, key=lambda f: f.id):
        desc = _described(ctx, fact)
        if desc is None:
            dropped.append((fact.id, ItemKind.MATCHING, "no description reads as English (the "
                            "question's form is not understood, no sentence to show)"))
        elif too_similar_to_keys(key_of(fact.answer), answers):
            dropped.append((fact.id, ItemKind.MATCHING,
                            "answer too close to another in its category"))
        elif key_of(desc) in descriptions:
            dropped.append((fact.id, ItemKind.MATCHING, "same description as another fact"))
        elif leaks(desc, _named_by(fact, people)):  # "Elizabeth Hughes ... ___": Hughes
            dropped.append((fact.id, ItemKind.MATCHING, "its description names its answer"))
        elif _LIST_POSITION.search(desc):
            dropped.append((fact.id, ItemKind.MATCHING, "its description is a list position"))
        elif (short := _short(ctx, desc, fact.answer)) is None:
            dropped.append((fact.id, ItemKind.MATCHING, f"its description would be a whole "
                            f"sentence of over {DESCRIPTION_WORDS} words, and no clause of it "
                            "holds the name alone"))
        elif ctx.reading is not None and ctx.reading.raw \
                and (bad := _ill_said(ctx, fact, short)):
            dropped.append((fact.id, ItemKind.MATCHING, f"its description is not well said: "
                            f"{bad}"))
        else:
            kept.append((fact, short))
            answers.append(key_of(fact.answer))
            descriptions.add(key_of(short))
    return kept, dropped


def _ill_said(ctx: Context, fact: Fact, desc: str) -> str:
    """Why a description of ordinary English, its name in place, is not a well-formed
    sentence (edu.items.wellformed: "The German chemist Lothar Meyer produced a very table")
    or hangs a time phrase on another verb than its sentence (edu.items.premise); "" if
    neither."""
    from edu.items.premise import false_premise  # lazy: spaCy's parser
    from edu.items.wellformed import ill_formed

    said = desc.replace(BLANK, fact.answer, 1)
    return ill_formed(said) or false_premise(said, ctx.evidence(fact))


def _conflict(a: tuple[Fact, str], b: tuple[Fact, str], people: bool = False) -> bool:
    """Whether the two cannot share a group: either description names the other's answer
    (that would give a pair away; among people by a surname too: "Macleod brought ___ in"
    beside John James Rickard Macleod), one answer sits inside the other, or the
    descriptions read alike."""
    return bool(leaks(a[1], _named_by(b[0], people)) or leaks(b[1], _named_by(a[0], people))
                or nested(a[0].answer, b[0].answer) or too_similar(a[1], b[1]))


def _named_by(fact: Fact, people: bool) -> list[str]:
    """The words a description names a member by: its answer forms, and a person's surname."""
    forms = answer_forms(fact)
    words = _untitled(fact.answer)
    return [*forms, words[-1]] if people and len(words) > 1 else forms


def _hash(fact_id: str) -> int:
    return int.from_bytes(hashlib.sha1(fact_id.encode("utf-8")).digest()[:8], "big")


def _split(entries: list, depth: int) -> tuple[list[list], list]:
    """Groups of 4-6 and leftovers (< 4) of the entries whose hashes share `depth` leading
    bits: a set of more than six splits on the next bit. Adding a fact only changes the part
    of this trie it falls into, so the other groups keep their members and ids."""
    if len(entries) <= MAX_PAIRS or depth >= 63:
        return ([entries], []) if len(entries) >= MIN_PAIRS else ([], entries)
    bit = 63 - depth
    left = [e for e in entries if not (e[2] >> bit) & 1]
    right = [e for e in entries if (e[2] >> bit) & 1]
    groups_l, rest_l = _split(left, depth + 1)
    groups_r, rest_r = _split(right, depth + 1)
    rest = rest_l + rest_r  # each side leaves at most 3: together at most 6
    groups = groups_l + groups_r
    if len(rest) >= MIN_PAIRS:
        return groups + [rest], []
    room = [g for g in groups if len(g) + len(rest) <= MAX_PAIRS] if rest else []
    if room:  # leftovers join the smallest nearby group: the change stays local
        home = min(room, key=len)
        home.extend(rest)
        home.sort(key=lambda e: e[2])
        return groups, []
    return groups, rest


def _stable_groups(kept: list[tuple[Fact, str]]) -> tuple[list[list], list]:
    """Hash-trie groups of the category's facts, leftovers borrowed into a group or placed
    where there is room (the rest is returned)."""
    entries = sorted(((fact, desc, _hash(fact.id)) for fact, desc in kept),
                     key=lambda e: e[2])
    groups, rest = _split(entries, 0)
    if rest:
        donors = [g for g in groups if len(g) > MIN_PAIRS]
        spare = sum(len(g) - MIN_PAIRS for g in donors)
        if len(rest) + spare >= MIN_PAIRS:
            for donor in donors:  # borrow each donor's highest hashes
                while len(rest) < MIN_PAIRS and len(donor) > MIN_PAIRS:
                    rest.append(donor.pop())
            groups.append(sorted(rest, key=lambda e: e[2]))
            rest = []
        else:
            for group in groups:
                while rest and len(group) < MAX_PAIRS:
                    group.append(rest.pop(0))
    return groups, rest


def _pack(kept: list[tuple[Fact, str]], people: bool = False) -> tuple[list[list], list[Dropped]]:
    """Stable groups of 4-6. A member whose description names another member's answer (or
    the reverse) leaves its group (highest hash first) and moves to a group where it clashes
    with nobody and there is room; members of groups left with fewer than 4 do the same."""
    seen: dict[tuple[str, str], bool] = {}

    def clash_of(a: tuple[Fact, str], b: tuple[Fact, str]) -> bool:
        """_conflict is symmetric: each pair is judged once, however often it is asked."""
        pair = (a[0].id, b[0].id) if a[0].id < b[0].id else (b[0].id, a[0].id)
        found = seen.get(pair)
        if found is None:
            found = seen[pair] = _conflict(a, b, people)
        return found

    groups, rest = _stable_groups(kept)
    lost: list[Dropped] = [(e[0].id, ItemKind.MATCHING, "no room in a group of its category")
                           for e in rest]
    members = [[(fact, desc) for fact, desc, _h in group] for group in groups]
    homeless: list[tuple[Fact, str]] = []
    for group in members:
        while True:
            clash = [m for m in group if any(clash_of(m, o) for o in group if o is not m)]
            if not clash:
                break
            group.remove(clash[-1])
            homeless.append(clash[-1])
    good = [g for g in members if len(g) >= MIN_PAIRS]
    homeless += [m for g in members if len(g) < MIN_PAIRS for m in g]
    unplaced: list[tuple[Fact, str]] = []
    for entry in homeless:
        home = next((g for g in good if len(g) < MAX_PAIRS
                     and not any(clash_of(entry, o) for o in g)), None)
        if home is not None:
            home.append(entry)
            continue
        unplaced.append(entry)
    if len(unplaced) >= MIN_PAIRS:  # the homeless may still make a group of their own
        extra: list[tuple[Fact, str]] = []
        for entry in list(unplaced):
            if len(extra) < MAX_PAIRS and not any(clash_of(entry, o) for o in extra):
                extra.append(entry)
        if len(extra) >= MIN_PAIRS:
            good.append(extra)
            unplaced = [e for e in unplaced if e not in extra]
    lost += [(fact.id, ItemKind.MATCHING, "no group of 4 whose descriptions do not name each other")
             for fact, _ in unplaced]
    return good, lost


def make_all(ctx: Context) -> tuple[list[Item], list[Dropped]]:
    """One item per chunk of 4-6 reviewed name facts sharing a category."""
    by_category = matching_members(ctx.deck.facts)
    items: list[Item] = []
    dropped: list[Dropped] = []
    for category in sorted(by_category):
        made, lost = make_category(ctx, category, by_category[category])
        items += made
        dropped += lost
    return items, dropped


_NAME_RUN = r"((?:[A-Z][\w'’-]*\.?\s+){1,4})"
_NAME_RUN_WORDS = 4  # the most words _NAME_RUN takes before a surname
_INITIAL = re.compile(r"[A-Z]\.")


def _bearers(surname: str, text: str, deck_names: list[str]) -> set[str]:
    """The full names of the people a surname may be: the deck's full names ending in it,
    and the document's runs of a given name (or an initial) and more capitalised words before
    it ("Brigadier General Frederick Funston" -> "Frederick Funston")."""
    found = {name for name in deck_names if name.split()[-1] == surname}
    for m in _runs_before(surname, text):
        words = m.group(1).split()
        first = next((k for k, w in enumerate(words) if _INITIAL.fullmatch(w)
                      or cached_stem(w.casefold()) in given_names()), None)
        if first is not None:
            found.add(" ".join([*words[first:], surname]))
    return found


def _runs_before(surname: str, text: str) -> Iterator[re.Match[str]]:
    """The matches `re.finditer(_NAME_RUN + surname, text)` gives, found from the surname's
    occurrences (str.find) instead of trying the run at every capital of the text.

    Why: a set of people read the whole document once per surname (3.1 of a cold 5,000-fact
    export's ~6 s). A match ends at an occurrence q and starts within the _NAME_RUN_WORDS
    whitespace-separated chunks before q, so the leftmost match from `pos` starts at or after
    the bound of the first occurrence from `pos`; each start there is tried as finditer
    would try it (the same pattern, matched at that start in the whole text)."""
    if not surname or surname not in text:
        return
    pattern = _run_pattern(surname)
    pos = tried = look = 0  # finditer's position; starts before `tried` match nothing
    while (at := text.find(surname, max(pos, look))) >= 0:
        for s in range(max(pos, tried, _chunks_back(text, at, _NAME_RUN_WORDS + 1)), at):
            m = pattern.match(text, s)
            if m is not None:  # the leftmost match from pos (it may end at a later surname)
                yield m
                pos = m.end()
                break
        else:
            tried, look = at, at + 1


@lru_cache(maxsize=1024)
def _run_pattern(surname: str) -> re.Pattern[str]:
    return re.compile(_NAME_RUN + re.escape(surname) + r"(?![\w'’-])")


def _chunks_back(text: str, at: int, chunks: int) -> int:
    """Where the `chunks`-th whitespace-separated chunk before `at` begins (0 at the
    text's start): no run of at most chunks - 1 words ending at `at` starts before it."""
    i = at
    for _ in range(chunks):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return i


def _people_in_full(ctx: Context, facts: list[Fact]) -> tuple[list[Fact], list[Dropped]]:
    """A set of people shows every one by a full name, or every one by a surname: a surname
    alone ("Best", "Governor Clinton") is shown as the full name the document gives the only
    person who bears it ("Charles Best", "DeWitt Clinton"; the name said alone stays an
    accepted answer), one person shown twice keeps one member (also under a married name:
    "Jocelyn Bell" and "Bell Burnell"), and a surname that stays
    alone among full names (two Roeblings, or none named in full) leaves the set."""
    text = ctx.reading.text if ctx.reading is not None else ""
    deck_names = [" ".join(w) for f in facts if len(w := _untitled(f.answer)) > 1]
    shown: list[Fact] = []
    dropped: list[Dropped] = []
    seen: set[str] = set()
    # a person the question named in full comes before the same person said by a surname
    for fact in sorted(facts, key=lambda f: len(_untitled(f.answer)) == 1):
        words = _untitled(fact.answer)
        if len(words) == 1:
            bearers = _bearers(words[0], text, deck_names)
            if len(bearers) == 1:
                full = bearers.pop()
                fact = replace(fact, answer=full, aliases=[fact.answer, *fact.aliases])
        if key_of(fact.answer) in seen:
            dropped.append((fact.id, ItemKind.MATCHING, f"'{fact.answer}' is another member "
                            "already: one person twice"))
            continue
        seen.add(key_of(fact.answer))
        shown.append(fact)
    # a surname inside another member's name, not at its end, is the same person under a
    # married or double name ("Jocelyn Bell", later "Bell Burnell"): one member
    surname_of = {_untitled(f.answer)[-1]: f for f in shown if len(_untitled(f.answer)) > 1}
    twice = [f for f in shown if any(surname_of.get(w, f) is not f
                                     for w in _untitled(f.answer)[:-1])]
    dropped += [(f.id, ItemKind.MATCHING, f"'{f.answer}' bears the surname of another member "
                 "inside it: one person under two names") for f in twice]
    shown = [f for f in shown if f not in twice]
    if any(len(_untitled(f.answer)) > 1 for f in shown):
        alone = [f for f in shown if len(_untitled(f.answer)) == 1]
        dropped += [(f.id, ItemKind.MATCHING, f"'{f.answer}' is a name alone among full names "
                     "(the document names no one person of it in full)") for f in alone]
        shown = [f for f in shown if f not in alone]
    return shown, dropped


# Heads of categories whose members are never people: a person's name among them ("Arthur
# Evans" among the Royal Air Force, the BBC and Brooklyn College) is a draft's misreading.
_PLACE_HEADS = frozenset("place city town village country region river island site".split())


def _of_its_kind(category: str, facts: list[Fact],
                 people: bool) -> tuple[list[Fact], list[Dropped]]:
    """The members that are of the set's kind: a set of people has no bridge or script in it,
    a set of organisations or places no person (each a giveaway, or a pair that is wrong)."""
    heads = category_heads(category)
    never_people = "organization" in category_families(category) or bool(heads & _PLACE_HEADS)
    kept: list[Fact] = []
    dropped: list[Dropped] = []
    for fact in facts:
        if people and not person_shaped(fact.answer):
            dropped.append((fact.id, ItemKind.MATCHING, f"'{fact.answer}' does not look like "
                            "a person's name: no member of a set of people"))
        elif never_people and not people and clearly_a_person(fact.answer):
            dropped.append((fact.id, ItemKind.MATCHING, f"'{fact.answer}' is a person's name: "
                            f"no member of a set of {category}s"))
        else:
            kept.append(fact)
    return kept, dropped




def _labelled(ctx: Context, category: str,
              facts: list[Fact]) -> tuple[list[Fact], list[Dropped]]:
    """The members the text names as what the category says ("Match each organisation":
    not "Dorset", which the text never calls one), and no piece of a longer name."""
    claim = category_kind(category)
    kept: list[Fact] = []
    dropped: list[Dropped] = []
    for fact in facts:
        kind = kind_of(fact.answer, ctx.labels)
        if kind == CUT:
            dropped.append((fact.id, ItemKind.MATCHING, f"'{fact.answer}' is only ever "
                            "written inside a longer name"))
        elif claim is not None and kind != claim:  # a region is no member of places
            dropped.append((fact.id, ItemKind.MATCHING, f"the text does not name "
                            f"'{fact.answer}' as a {claim}"))
        else:
            kept.append(fact)
    return kept, dropped


def make_category(ctx: Context, category: str,
                  facts: list[Fact]) -> tuple[list[Item], list[Dropped]]:
    """The matching items of one category's members (grouping.matching_members)."""
    items: list[Item] = []
    dropped: list[Dropped] = []
    if says_nothing(category):
        return items, [(fact.id, ItemKind.MATCHING, f"category '{category}' says nothing of "
                        "what its members are: no coherent set") for fact in facts]
    read = [as_read(fact, ctx) for fact in facts]  # "Using its measurements": whose?
    dropped += [(fact.id, ItemKind.MATCHING, pointed_at_nothing(word)) for fact, word in read
                if word]
    facts = [fact for fact, word in read if not word]
    people = "person" in category_families(category)
    facts, lost = _of_its_kind(category, facts, people)
    dropped += lost
    if people:
        facts, lost = _people_in_full(ctx, facts)
        dropped += lost
    if ctx.labels:  # ordinary English: each member is what the set's name says it is
        facts, lost = _labelled(ctx, category, facts)
        dropped += lost
    kept, lost = _eligible(ctx, facts, people)
    dropped += lost
    if len(kept) < MIN_PAIRS:
        dropped += [(fact.id, ItemKind.MATCHING, f"category '{category}' has only {len(kept)} "
                                          f"usable name fact(s), need {MIN_PAIRS}")
                    for fact, _ in kept]
        return items, dropped
    groups, lost = _pack(kept, people)
    dropped += lost
    for group in groups:
        ids = [fact.id for fact, _ in group]
        item_id = group_id(ItemKind.MATCHING, category, ids)
        rng = ctx.rng(item_id)
        order = list(group)
        rng.shuffle(order)
        item = base_item(order[0][0], ItemKind.MATCHING, ctx)
        item.id = item_id
        item.fact_ids = [fact.id for fact, _ in order]
        item.pairs = [[fact.answer, desc] for fact, desc in order]
        rights = [desc for _, desc in order]
        rng.shuffle(rights)
        item.options = rights
        owner = "their" if category == "person" else "its"  # a person is no "it"
        item.prompt = f"Match each {category} to {owner} description."
        item.answer = "; ".join(f"{left} = {right}" for left, right in item.pairs)
        item.aliases = []
        item.asked_answers = [form for fact, _ in order for form in answer_forms(fact)]
        item.evidence = "\n".join(ctx.evidence(f) for f, _ in order).strip()
        items.append(item)
    return items, dropped

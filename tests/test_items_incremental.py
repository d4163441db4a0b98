"""After an edit, only the parts of the items whose inputs changed are made again
(edu.items.make, itemcache.Part): for random decks and random edits, the items taken
partly from the cache equal a full remake, byte for byte (items JSON, drops, .apkg)."""

from __future__ import annotations

import copy
import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import edu.items.make
from edu.anki.export import PREFERRED_KINDS, export_apkg, one_per_fact
from edu.deck.check import load_deck
from edu.deck.model import Deck, Fact, FactKind, FactStatus
from edu.items.generate import generate_items_with_report
from edu.items.model import Item

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = load_deck(ROOT / "decks" / "china-space-2021.yaml")
FACTS = BUNDLED.facts
CATEGORIES = sorted({f.category for f in FACTS if f.category})
MODES = {  # (kinds, first_of): what the trainer, `edu anki` and a subset ask for
    "every kind": (None, None),
    "one per fact": (None, [str(k) for k in PREFERRED_KINDS]),
    "some kinds": ("multiple_choice,true_false,ordering", None),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A folder with the bundled document and glossary, where the decks are said to be."""
    root = tmp_path_factory.mktemp("incremental")
    (root / "seeds").mkdir()
    (root / "decks").mkdir()
    for name in ("china-space-2021.txt", "china-space-2021.yaml"):
        shutil.copy(ROOT / "seeds" / name, root / "seeds" / name)
    return root


def _deck(folder: Path, facts: list[Fact]) -> Deck:
    return dataclasses.replace(BUNDLED, facts=facts, path=str(folder / "decks" / "deck.yaml"))


def _made(deck: Deck, mode: str, seed: int, cache: str, monkeypatch,
          apkg: Path) -> tuple[str, str, bytes]:
    """(items JSON, drops, .apkg bytes) as `edu items` and `edu anki` write them."""
    monkeypatch.setenv("EDU_CACHE_DIR", cache)
    kinds, first_of = MODES[mode]
    items, dropped = generate_items_with_report(copy.deepcopy(deck), kinds, seed,
                                                first_of=first_of)
    written = json.dumps([i.to_dict() for i in items], ensure_ascii=False, indent=2)
    exported = one_per_fact(items) if first_of else items
    export_apkg(deck, exported, apkg, timestamp=1_700_000_000, seed=seed)
    return written, json.dumps(dropped), apkg.read_bytes()


# One edit: (what, which fact, a second fact or position, a value).
EDITS = st.tuples(
    st.sampled_from(["prompt", "year in prompt", "answer", "category", "tag", "untag",
                     "draft", "delete", "move", "copy", "section", "later date", "later date",
                     "kind"]),
    st.integers(0, 10_000), st.integers(0, 10_000), st.sampled_from(CATEGORIES))


def _edit(facts: list[Fact], edit: tuple[str, int, int, str]) -> None:
    what, i, j, category = edit
    if not facts:
        return
    fact = facts[i % len(facts)]
    other = facts[j % len(facts)]
    if what == "prompt":
        fact.prompt = fact.prompt.rstrip("?") + " then?"
    elif what == "year in prompt":
        fact.prompt = fact.prompt.rstrip("?") + " in July 2016?"
    elif what == "answer":
        fact.answer = other.answer
    elif what == "category":
        fact.category = category
    elif what == "tag":
        fact.tags = [*fact.tags, "edited"]
    elif what == "untag":
        fact.tags = fact.tags[1:]
    elif what == "draft":
        fact.status = (FactStatus.REVIEWED if fact.status == FactStatus.DRAFT
                       else FactStatus.DRAFT)
    elif what == "delete":
        facts.remove(fact)
    elif what == "move":
        facts.remove(fact)
        facts.insert(j % (len(facts) + 1), fact)
    elif what == "copy":
        facts.insert(j % len(facts), dataclasses.replace(fact, id=f"{fact.id}-copy{j}"))
    elif what == "section":
        fact.section = other.section
    elif what == "later date":  # the deck's date of reference (none in the glossary) moves
        dates = [f for f in facts if f.kind == FactKind.DATE] or [fact]
        dates[i % len(dates)].answer = "2045"
        dates[i % len(dates)].prompt = "In which year did it happen?"
    elif what == "kind":
        fact.kind = other.kind


@settings(max_examples=30, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture])
@given(picked=st.lists(st.integers(0, len(FACTS) - 1), min_size=8, max_size=60, unique=True),
       edits=st.lists(EDITS, min_size=1, max_size=3), mode=st.sampled_from(sorted(MODES)),
       seed=st.sampled_from([0, 5]), glossary_date=st.booleans())
def test_items_after_random_edits_equal_a_full_remake(folder, monkeypatch, picked, edits,
                                                      mode, seed, glossary_date):
    facts = [copy.deepcopy(FACTS[i]) for i in sorted(picked)]
    cache = folder / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    glossary = folder / "seeds" / "china-space-2021.yaml"
    text = (ROOT / "seeds" / "china-space-2021.yaml").read_text("utf-8")
    # without a glossary date, a date's distractors depend on the deck's latest date
    glossary.write_text(text if glossary_date else "\n".join(
        line for line in text.splitlines() if not line.startswith("date:")) + "\n", "utf-8")
    apkg = folder / "out.apkg"
    _made(_deck(folder, facts), mode, seed, str(cache), monkeypatch, apkg)  # kept
    for edit in edits:
        _edit(facts, edit)
    edited = _deck(folder, facts)
    partly_kept = _made(edited, mode, seed, str(cache), monkeypatch, apkg)
    remade = _made(edited, mode, seed, "off", monkeypatch, apkg)
    assert partly_kept == remade
    again = _made(edited, mode, seed, str(cache), monkeypatch, apkg)  # kept whole now
    assert again == remade


@pytest.fixture
def counted(monkeypatch) -> dict[str, int]:
    """How many fact parts and group parts were made since the fixture started."""
    counts = {"fact": 0, "group": 0}
    fact_part, group_part = edu.items.make._fact_part, edu.items.make._group_part

    def count_fact(*args, **kwargs):
        counts["fact"] += 1
        return fact_part(*args, **kwargs)

    def count_group(*args, **kwargs):
        counts["group"] += 1
        return group_part(*args, **kwargs)

    monkeypatch.setattr(edu.items.make, "_fact_part", count_fact)
    monkeypatch.setattr(edu.items.make, "_group_part", count_group)
    return counts


def _first(facts: list[Fact], kind: FactKind, tagged: bool = False) -> Fact:
    return next(f for f in facts if f.kind == kind and (f.tags or not tagged))


def test_only_the_parts_an_edit_reaches_are_made_again(folder, monkeypatch, counted):
    facts = copy.deepcopy(FACTS)
    cache = str(folder / "cache-counted")
    apkg = folder / "counted.apkg"
    mode = "one per fact"  # `edu anki`: each fact's first kind that can be made, and groups
    first, _, _ = _made(_deck(folder, facts), mode, 0, cache, monkeypatch, apkg)
    groups = counted["group"]
    assert counted["fact"] == len(facts) and groups > 2  # matching categories and ordering
    counted.update(fact=0, group=0)

    number = _first(facts, FactKind.NUMBER)
    number.prompt = number.prompt.rstrip("?") + " then?"
    _made(_deck(folder, facts), mode, 0, cache, monkeypatch, apkg)
    assert counted == {"fact": 1, "group": 0}  # its own item only

    name = next(f for f in facts if f.kind == FactKind.NAME and f.category in CATEGORIES
                and "2" not in f.prompt)
    name.prompt = name.prompt.rstrip("?") + " then?"
    counted.update(fact=0, group=0)
    written, _, _ = _made(_deck(folder, facts), mode, 0, cache, monkeypatch, apkg)
    assert counted == {"fact": 1, "group": 1}  # and its category's matching sets
    assert written != first and "then?" in written

    counted.update(fact=0, group=0)
    _made(_deck(folder, facts), mode, 0, cache, monkeypatch, apkg)
    assert counted == {"fact": 0, "group": 0}  # unchanged: all kept


def test_kept_parts_of_other_code_or_options_are_not_used(folder, monkeypatch, counted):
    facts = copy.deepcopy(FACTS)
    cache = str(folder / "cache-options")
    apkg = folder / "options.apkg"
    _made(_deck(folder, facts), "every kind", 0, cache, monkeypatch, apkg)
    facts[0].prompt += " "
    counted.update(fact=0, group=0)
    monkeypatch.setattr(edu.items.itemcache, "code_digest", lambda: "another version")
    _made(_deck(folder, facts), "every kind", 0, cache, monkeypatch, apkg)
    assert counted["fact"] == len(facts)


def test_items_are_items_of_the_same_kinds_after_a_partial_remake(folder, monkeypatch):
    facts = copy.deepcopy(FACTS)
    cache = folder / "cache-types"
    monkeypatch.setenv("EDU_CACHE_DIR", str(cache))
    generate_items_with_report(_deck(folder, facts))
    facts[3].prompt += " "
    items, dropped = generate_items_with_report(_deck(folder, facts))
    assert all(type(item) is Item for item in items)
    assert {type(item.kind) for item in items} == {type(items[0].kind)}


def test_a_moved_date_of_reference_makes_the_other_dates_items_again(folder, monkeypatch):
    """With no date in the glossary, a date's distractors stay on its side of the deck's
    latest date: when that moves, the other dates' items are made again, not kept."""
    glossary = folder / "seeds" / "china-space-2021.yaml"
    text = (ROOT / "seeds" / "china-space-2021.yaml").read_text("utf-8")
    glossary.write_text("\n".join(line for line in text.splitlines()
                                  if not line.startswith("date:")) + "\n", "utf-8")
    dates = [copy.deepcopy(f) for f in FACTS if f.kind == FactKind.DATE][:6]
    for n, fact in enumerate(dates):
        fact.answer, fact.prompt = str(2015 + n), f"In which year did event {n} happen?"
    cache, apkg = str(folder / "cache-reference"), folder / "reference.apkg"
    _made(_deck(folder, dates), "some kinds", 0, cache, monkeypatch, apkg)
    dates[-1].answer = "2011"  # the latest date was 2020, now 2019
    partly_kept = _made(_deck(folder, dates), "some kinds", 0, cache, monkeypatch, apkg)
    assert partly_kept == _made(_deck(folder, dates), "some kinds", 0, "off", monkeypatch, apkg)


def test_a_deck_with_a_repeated_fact_id_is_made_whole(folder, monkeypatch, counted):
    """A deck built in code may repeat an id (a deck file may not): the items' memos go by
    id, so nothing kept is reused, and the result is a full remake's."""
    facts = [copy.deepcopy(f) for f in FACTS[:30]]
    facts.append(dataclasses.replace(facts[3], source=facts[9].source))
    cache, apkg = str(folder / "cache-repeated"), folder / "repeated.apkg"
    _made(_deck(folder, facts), "every kind", 0, cache, monkeypatch, apkg)
    facts[20].prompt += " "
    counted.update(fact=0, group=0)
    partly_kept = _made(_deck(folder, facts), "every kind", 0, cache, monkeypatch, apkg)
    assert counted["fact"] == len(facts)
    assert partly_kept == _made(_deck(folder, facts), "every kind", 0, "off", monkeypatch, apkg)


def test_a_kept_parts_rows_are_copied_not_encoded_again(folder, monkeypatch):
    facts = copy.deepcopy(FACTS)
    cache = str(folder / "cache-spliced")
    apkg = folder / "spliced.apkg"
    mode = "one per fact"
    _made(_deck(folder, facts), mode, 0, cache, monkeypatch, apkg)
    encoded: list[object] = []
    encode = edu.items.itemcache._row_json
    monkeypatch.setattr(edu.items.itemcache, "_row_json",
                        lambda row: encoded.append(row) or encode(row))
    number = _first(facts, FactKind.NUMBER)
    number.prompt = number.prompt.rstrip("?") + " then?"
    _made(_deck(folder, facts), mode, 0, cache, monkeypatch, apkg)
    assert len(encoded) == 1 and "then?" in json.dumps(encoded)  # its one item
    recalled = _made(_deck(folder, facts), mode, 0, cache, monkeypatch, apkg)  # the file
    monkeypatch.setattr(edu.items.itemcache, "code_digest", lambda: "another version")
    assert _made(_deck(folder, facts), mode, 0, cache, monkeypatch, apkg) == recalled

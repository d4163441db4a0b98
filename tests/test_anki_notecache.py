"""The Anki export's kept notes (edu.anki.notecache) never serve a stale package: after random
edits of a deck (facts reworded, added, removed, reordered, tagged; the deck's title,
description and id; the glossary; the document), an export that may use the notes kept
from earlier exports writes the .apkg bytes and report a cold export writes."""

from __future__ import annotations

import copy
import dataclasses
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import edu.anki.export
from edu.anki import notecache
from edu.anki.export import PREFERRED_KINDS, export_request
from edu.deck.check import load_deck
from edu.deck.model import Deck, Fact
from edu.items.generate import request_items

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = load_deck(ROOT / "decks" / "china-space-2021.yaml")
FACTS = BUNDLED.facts
CATEGORIES = sorted({f.category for f in FACTS if f.category})
# The name facts of the deck's largest categories of one family (satellites, probes,
# spacecraft): their distractors, true/false statements and matching sets read each other
POOLED = [n for n, f in enumerate(FACTS) if f.kind == "name" and f.category in (
    "science satellite", "communication satellite", "Earth observation satellite",
    "deep space probe", "human spaceflight spacecraft", "country")]
GLOSSARY = (ROOT / "seeds" / "china-space-2021.yaml").read_text("utf-8")
DOCUMENT = (ROOT / "seeds" / "china-space-2021.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A folder with the bundled document and glossary, where the decks are said to be."""
    root = tmp_path_factory.mktemp("notecache")
    (root / "seeds").mkdir()
    (root / "decks").mkdir()
    return root


def _export(deck: Deck, every_kind: bool, seed: int, cache: str, monkeypatch,
            apkg: Path) -> tuple[bytes, str]:
    """The .apkg bytes and the report `edu anki` prints (summary and skipped items)."""
    monkeypatch.setenv("EDU_CACHE_DIR", cache)
    request = request_items(copy.deepcopy(deck), None, seed,
                            first_of=None if every_kind else PREFERRED_KINDS)
    report = export_request(request, apkg, every_kind=every_kind, timestamp=1_700_000_000)
    return apkg.read_bytes(), json.dumps([report.summary("x"), report.skipped,
                                          sorted(report.notes_by_type.items())])


EDITS = st.tuples(
    st.sampled_from(["prompt", "answer", "pool answer", "new answer", "category",
                     "pool category", "kind", "tag", "untag", "delete", "move", "copy",
                     "section", "title", "description", "deck id", "deck tags", "glossary",
                     "document", "nothing"]),
    st.integers(0, 10_000), st.integers(0, 10_000), st.sampled_from(CATEGORIES))


def _edit(folder: Path, deck: Deck, facts: list[Fact], edit: tuple[str, int, int, str]
          ) -> Deck:
    what, i, j, category = edit
    fact = facts[i % len(facts)]
    other = facts[j % len(facts)]
    if what == "prompt":
        fact.prompt = fact.prompt.rstrip("?") + " then?"
    elif what == "answer":
        fact.answer = other.answer
    elif what == "pool answer":  # another answer of the fact's pool (its category, kind)
        pool = [f for f in facts if f.kind == fact.kind and f.category == fact.category]
        fact.answer = pool[j % len(pool)].answer
    elif what == "new answer":  # an answer no other fact has: one more distractor for all
        fact.answer = f"{fact.answer} {j % 3}"
    elif what == "category":
        fact.category = category
    elif what == "pool category":  # into another fact's pool, or out of one
        fact.category = other.category
    elif what == "kind":  # a pool lost, another gained
        fact.kind = other.kind
    elif what == "tag":
        fact.tags = [*fact.tags, f"edited{j % 3}"]
    elif what == "untag":
        fact.tags = fact.tags[1:]
    elif what == "delete" and len(facts) > 1:
        facts.remove(fact)
    elif what == "move":
        facts.remove(fact)
        facts.insert(j % (len(facts) + 1), fact)
    elif what == "copy":
        facts.insert(j % len(facts), dataclasses.replace(fact, id=f"{fact.id}-copy{j}"))
    elif what == "section":
        fact.section = other.section
    elif what == "title":
        deck = dataclasses.replace(deck, title=f"{deck.title} {j % 3}")
    elif what == "description":
        deck = dataclasses.replace(deck, description=f"Edited <{j % 3}>")
    elif what == "deck id":
        deck = dataclasses.replace(deck, id=f"{BUNDLED.id}-{j % 3}")
    elif what == "deck tags":
        deck = dataclasses.replace(deck, tags=[*deck.tags, f"t{j % 3}"])
    elif what == "glossary":  # the glossary's date moves date distractors
        (folder / "seeds" / "china-space-2021.yaml").write_text(
            GLOSSARY.replace("date:", "date: 1999-01\nold_date:", 1) if j % 2 else GLOSSARY,
            "utf-8")
    elif what == "document":
        (folder / "seeds" / "china-space-2021.txt").write_text(
            DOCUMENT + (" addit" * (j % 3)), "utf-8")
    return dataclasses.replace(deck, facts=facts)


@settings(max_examples=25, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture])
@given(picked=st.lists(st.integers(0, len(FACTS) - 1), min_size=6, max_size=40, unique=True),
       pooled=st.booleans(),
       edits=st.lists(st.lists(EDITS, min_size=1, max_size=3), min_size=1, max_size=3),
       every_kind=st.booleans(), seed=st.sampled_from([0, 5]))
def test_kept_notes_after_random_edits_equal_a_cold_export(folder, monkeypatch, picked, pooled,
                                                           edits, every_kind, seed):
    """`pooled`: the facts of a few categories that lend each other distractors, so an edit
    of one fact's answer, category, kind or tags moves the items of others (a kept part whose
    need no longer holds must be made again, its notes with it)."""
    (folder / "seeds" / "china-space-2021.yaml").write_text(GLOSSARY, "utf-8")
    (folder / "seeds" / "china-space-2021.txt").write_text(DOCUMENT, "utf-8")
    cache = folder / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    apkg = folder / "out.apkg"
    facts = [copy.deepcopy(FACTS[i]) for i in sorted(set(picked) | set(POOLED if pooled else ()))]
    deck = dataclasses.replace(BUNDLED, facts=facts, path=str(folder / "decks" / "deck.yaml"))
    _export(deck, every_kind, seed, str(cache), monkeypatch, apkg)  # kept
    for round_of_edits in edits:
        for edit in round_of_edits:
            deck = _edit(folder, deck, facts, edit)
        kept = _export(deck, every_kind, seed, str(cache), monkeypatch, apkg)
        cold = _export(deck, every_kind, seed, "off", monkeypatch, apkg)
        assert kept == cold
        assert _export(deck, every_kind, seed, str(cache), monkeypatch, apkg) == cold
        other = _export(deck, not every_kind, seed, str(cache), monkeypatch, apkg)
        assert other == _export(deck, not every_kind, seed, "off", monkeypatch, apkg)


@pytest.fixture
def built(monkeypatch) -> list[int]:
    """How many times the export made its notes (build_package)."""
    calls: list[int] = []
    real = edu.anki.export.build_package

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(edu.anki.export, "build_package", counted)
    return calls


def _bundled_copy(folder: Path) -> Deck:
    for name in ("china-space-2021.txt", "china-space-2021.yaml"):
        shutil.copy(ROOT / "seeds" / name, folder / "seeds" / name)
    return dataclasses.replace(BUNDLED, facts=copy.deepcopy(FACTS),
                               path=str(folder / "decks" / "deck.yaml"))


def test_the_same_items_are_exported_from_the_kept_notes(folder, monkeypatch, built):
    deck = _bundled_copy(folder)
    cache = str(folder / "cache-same")
    apkg = folder / "same.apkg"
    first = _export(deck, False, 0, cache, monkeypatch, apkg)
    assert len(built) == 1
    assert _export(deck, False, 0, cache, monkeypatch, apkg) == first
    assert len(built) == 1  # the kept notes
    other_seed = _export(deck, True, 1, cache, monkeypatch, apkg)
    assert len(built) == 2  # other options: made
    assert other_seed == _export(deck, True, 1, "off", monkeypatch, apkg)
    assert _export(deck, False, 0, cache, monkeypatch, apkg) == first
    assert len(built) == 3  # the cold export made its own; the first notes are kept still


def test_damaged_or_foreign_kept_notes_are_not_used(folder, monkeypatch, built):
    deck = _bundled_copy(folder)
    cache = folder / "cache-damaged"
    apkg = folder / "damaged.apkg"
    first = _export(deck, True, 0, str(cache), monkeypatch, apkg)
    [kept] = (cache / "anki-notes").glob("*.json")
    header, _, body = kept.read_bytes().partition(b"\n")
    kept.write_bytes(header + b"\n" + body.replace(b"edu::kind", b"edu::kinx", 1))
    assert _export(deck, True, 0, str(cache), monkeypatch, apkg) == first
    assert len(built) == 2  # a body that no longer matches its seal: made again
    monkeypatch.setattr(notecache, "code_digest", lambda: "other code")
    assert _export(deck, True, 0, str(cache), monkeypatch, apkg) == first
    assert len(built) == 3  # notes kept by other code: made again


def test_a_comment_keeps_the_notes_and_a_reworded_prompt_does_not(tmp_path, monkeypatch):
    """`edu anki` on a deck file: a comment appended gives the kept notes, a reworded
    prompt new ones; each equal to a cold run's bytes."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "decks").mkdir()
    for name in ("china-space-2021.txt", "china-space-2021.yaml"):
        shutil.copy(ROOT / "seeds" / name, tmp_path / "seeds" / name)
    deck = tmp_path / "decks" / "deck.yaml"
    deck.write_text((ROOT / "decks" / "china-space-2021.yaml").read_text("utf-8"), "utf-8")

    def anki(cache: str, out: str) -> tuple[bytes, str]:
        done = subprocess.run(
            [sys.executable, "-m", "edu", "anki", str(deck), "-o", str(tmp_path / out),
             "--timestamp", "1700000000", "-v"], capture_output=True, text=True,
            env={**_env(), "EDU_CACHE_DIR": cache}, check=True)
        return (tmp_path / out).read_bytes(), done.stdout.replace(out, "") + done.stderr

    cache = str(tmp_path / "cache")
    anki(cache, "a.apkg")
    for edit in ("\n# a comment\n", "reword"):
        text = deck.read_text("utf-8")
        if edit == "reword":
            text = text.replace('prompt: "Which ', 'prompt: "Then, which ', 1)
            assert "Then, which" in text
        else:
            text += edit
        deck.write_text(text, "utf-8")
        assert anki(cache, "a.apkg") == anki("off", "b.apkg")


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "EDU_CACHE_DIR"}


@pytest.fixture
def contents(monkeypatch) -> list[str]:
    """The ids of the items whose note content the export worked out (not taken as kept)."""
    calls: list[str] = []
    real = edu.anki.export.note_content

    def counted(item, *args, **kwargs):
        calls.append(item.id)
        return real(item, *args, **kwargs)

    monkeypatch.setattr(edu.anki.export, "note_content", counted)
    return calls


def test_after_a_reworded_prompt_only_its_items_notes_are_made(folder, monkeypatch,
                                                                contents):
    deck = _bundled_copy(folder)
    cache = str(folder / "cache-reworded")
    apkg = folder / "reworded.apkg"
    _export(deck, True, 0, cache, monkeypatch, apkg)
    everything = len(contents)
    fact = deck.facts[3]
    fact.prompt = fact.prompt.rstrip("?") + " then?"
    contents.clear()
    kept = _export(deck, True, 0, cache, monkeypatch, apkg)
    assert contents and len(contents) < everything / 10, contents  # the changed items
    assert {f"{fact.id}:{kind}" for kind in ("short_answer", "cloze")} <= set(contents)
    assert kept == _export(deck, True, 0, "off", monkeypatch, apkg)
    monkeypatch.setattr(notecache, "code_digest", lambda: "other code")
    fact.prompt = fact.prompt.rstrip("?") + " again?"
    contents.clear()
    assert _export(deck, True, 0, cache, monkeypatch, apkg)[0] == _export(
        deck, True, 0, "off", monkeypatch, apkg)[0]
    assert len(contents) == 2 * everything  # notes of other code: all made (and cold)


def test_after_a_reworded_prompt_no_item_is_read_back(folder, monkeypatch, contents):
    """One card per fact: a reworded prompt makes that fact's items and notes alone; the
    other facts' notes are taken from the kept parts without reading any item back."""
    import edu.items.itemcache

    deck = _bundled_copy(folder)
    cache = str(folder / "cache-parts")
    apkg = folder / "parts.apkg"
    _export(deck, False, 0, cache, monkeypatch, apkg)
    shutil.rmtree(Path(cache) / "anki-notes")  # the items kept, their notes not:
    _export(deck, False, 0, cache, monkeypatch, apkg)  # the parts listed with the items
    decoded: list[int] = []
    real = edu.items.itemcache._decode
    monkeypatch.setattr(edu.items.itemcache, "_decode",
                        lambda text: decoded.append(1) or real(text))
    for n in (3, 40):
        fact = deck.facts[n]
        fact.prompt = fact.prompt.rstrip("?") + " then?"
        contents.clear()
        kept = _export(deck, False, 0, cache, monkeypatch, apkg)
        assert not decoded  # no item read back from the items cache
        assert set(contents) <= {f"{fact.id}:{kind}" for kind in PREFERRED_KINDS}, contents
        assert contents  # the reworded fact's note
        assert kept == _export(deck, False, 0, "off", monkeypatch, apkg)
        decoded.clear()


def test_one_card_per_fact_makes_no_group_set_it_cannot_choose(folder, monkeypatch):
    """One card per fact: when every fact has an item of its own, no matching or ordering
    set can be chosen (one_per_fact), so after a reworded name its category's sets are not
    made again; when a fact has none of its own (here: only matching asked for), they are.
    Either way the bytes are a cold export's."""
    import edu.items.make

    made: list[str] = []
    real = edu.items.make._group_part
    monkeypatch.setattr(edu.items.make, "_group_part",
                        lambda kind, *args: made.append(kind) or real(kind, *args))
    deck = _bundled_copy(folder)
    cache = str(folder / "cache-groups")
    apkg = folder / "groups.apkg"
    _export(deck, False, 0, cache, monkeypatch, apkg)  # cold: every part made and listed
    fact = next(f for f in deck.facts if f.kind == "name" and f.category)
    for edit in ("then?", "again?"):
        fact.prompt = fact.prompt.rstrip("?") + " " + edit
        made.clear()
        kept = _export(deck, False, 0, cache, monkeypatch, apkg)
        assert made == []  # the reworded name's matching sets: not made, not needed
        assert kept == _export(deck, False, 0, "off", monkeypatch, apkg)

    def numbers_and_sets(cache_dir: str) -> bytes:
        monkeypatch.setenv("EDU_CACHE_DIR", cache_dir)
        request = request_items(copy.deepcopy(deck), ["numeric", "matching"], 0,
                                first_of=PREFERRED_KINDS)
        export_request(request, apkg, timestamp=1_700_000_000)
        return apkg.read_bytes()

    numbers_and_sets(cache)
    fact.prompt = fact.prompt.rstrip("?") + " once more?"
    made.clear()
    assert numbers_and_sets(cache) == numbers_and_sets("off")
    assert "matching" in made  # a name has no item of its own: its sets may be chosen


def test_a_first_export_makes_no_group_set_it_cannot_choose(folder, monkeypatch):
    """A first export (no notes kept, every cache cold) makes its items part by part, without
    the matching and ordering sets one card per fact cannot choose, and writes the bytes and
    report an export with every cache off writes (which makes them and leaves them out);
    the next exports, unchanged and reworded, take its kept parts."""
    import edu.items.make

    made: list[str] = []
    real = edu.items.make._group_part
    monkeypatch.setattr(edu.items.make, "_group_part",
                        lambda kind, *args: made.append(kind) or real(kind, *args))
    deck = _bundled_copy(folder)
    cache = folder / "cache-first"
    shutil.rmtree(cache, ignore_errors=True)
    apkg = folder / "first.apkg"
    first = _export(deck, False, 0, str(cache), monkeypatch, apkg)
    assert made == []
    assert first == _export(deck, False, 0, "off", monkeypatch, apkg)
    assert "matching" in made  # made with the cache off, and left out
    assert _export(deck, False, 0, str(cache), monkeypatch, apkg) == first
    fact = next(f for f in deck.facts if f.kind == "name" and f.category)
    fact.prompt = fact.prompt.rstrip("?") + " first?"
    assert _export(deck, False, 0, str(cache), monkeypatch, apkg) == _export(
        deck, False, 0, "off", monkeypatch, apkg)


def test_a_reworded_prompt_is_written_over_its_kept_note(folder, monkeypatch):
    """One card per fact, a prompt reworded (twice, then two at once): only the reworded
    facts' notes are built (`build_package` of those items alone, not of every kept one)
    and only their kept items read from the notes file,
    the .apkg is a cold export's, and the notes file kept is byte for byte the one the
    general path keeps (every note built, the file encoded again)."""
    built: list[int] = []
    real = edu.anki.export.build_package
    monkeypatch.setattr(edu.anki.export, "build_package",
                        lambda deck, items, *args: built.append(len(items))
                        or real(deck, items, *args))
    read_back: list[str] = []  # the kept items made (KeptItem) from the notes file
    kept_item = notecache.KeptItem.__init__
    monkeypatch.setattr(notecache.KeptItem, "__init__",
                        lambda self, item_id, *args: read_back.append(item_id)
                        or kept_item(self, item_id, *args))
    deck = _bundled_copy(folder)
    patched, general = folder / "cache-patched", folder / "cache-general"
    for cache in (patched, general):
        shutil.rmtree(cache, ignore_errors=True)
    apkg = folder / "patched.apkg"
    for cache in (patched, general):
        _export(deck, False, 0, str(cache), monkeypatch, apkg)
    for reworded in ([5], [5], [7, 60]):
        for n in reworded:
            deck.facts[n].prompt = deck.facts[n].prompt.rstrip("?") + " then?"
        built.clear()
        read_back.clear()
        kept = _export(deck, False, 0, str(patched), monkeypatch, apkg)
        assert built == [len(reworded)]  # the reworded facts' notes alone
        # and only their kept items read (KeptParts.items, lazily)
        assert len(read_back) == len(reworded) and all(
            any(item_id.startswith(f"{deck.facts[n].id}:") for n in reworded)
            for item_id in read_back), read_back
        monkeypatch.setattr(edu.anki.export, "_PATCHED_PARTS", 0)  # the general path
        assert _export(deck, False, 0, str(general), monkeypatch, apkg) == kept
        monkeypatch.setattr(edu.anki.export, "_PATCHED_PARTS", 16)
        assert built[-1] > 100  # every note built there
        kept_files = sorted((patched / "anki-notes").iterdir())
        assert [f.read_bytes() for f in kept_files] == [
            (general / "anki-notes" / f.name).read_bytes() for f in kept_files]
        assert kept == _export(deck, False, 0, "off", monkeypatch, apkg)

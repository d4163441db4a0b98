"""Anki export: escaping, stable ids, byte-identical packages, and the real Anki backend."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from edu.anki.export import (
    anki_deck_id,
    build_package,
    export_apkg,
    package_bytes,
    subdeck_id,
)
from edu.anki.fields import Skip, cloze_field, note_content, tag_value, tags_for, text_field
from edu.anki.models import build_models, stable_id
from edu.deck.model import Deck, Fact
from edu.errors import EduError
from edu.items.model import Item
from edu.text.source import Span

TITLE = "China's Space Program: A 2021 Perspective"
S1 = "II.1 Space transport system"
S2 = "II.2 Space infrastructure"


def make_deck(deck_id: str = "cs-2021") -> Deck:
    facts = [Fact(id=f"f{i}", kind="name", prompt="p", answer="a", source=Span(0, 1),
                  tags=["crewed flight"] if i == 1 else []) for i in range(1, 6)]
    return Deck(title=TITLE, id=deck_id, source="doc.txt", facts=facts,
                description="Facts & figures")


def make_items(prompt: str = "Which module is the core of the station?") -> list[Item]:
    return [
        Item(id="f1:short_answer", fact_id="f1", kind="short_answer", prompt=prompt,
             answer="Tianhe", aliases=["Tianhe core module"], section=S1, category="module",
             evidence="The Tianhe core module was launched in 2021."),
        Item(id="f2:numeric", fact_id="f2", kind="numeric", prompt="How many launches?",
             answer="207", unit="launch missions", tolerance=0, section=S1,
             evidence="207 launch missions were completed."),
        Item(id="f3:multiple_choice", fact_id="f3", kind="multiple_choice",
             prompt="Which probe landed on the far side of the moon?", answer="Chang'e-4",
             options=["Chang'e-3", "Chang'e-4", "Tianwen-1", "Mozi"], section=S2,
             category="probe", evidence="Chang'e-4 made the first soft landing on the far side."),
        Item(id="f4:cloze", fact_id="f4", kind="cloze",
             prompt="The _____ probe returned samples from the moon.", answer="Chang'e-5",
             section=S2, evidence="The Chang'e-5 probe returned samples from the moon."),
        Item(id="f5:true_false", fact_id="f5", kind="true_false", prompt="",
             statement="Tianwen-1 was launched in 2019.", answer="false",
             true_statement="Tianwen-1 was launched in 2020.", section=S2),
        Item(id="match:1", fact_id="f1", kind="matching", prompt="Match each craft to its role.",
             answer="", pairs=[["Tianhe", "core module"], ["Mozi", "quantum satellite"],
                               ["Tianwen-1", "Mars probe"]], fact_ids=["f1", "f2", "f3"]),
        Item(id="order:1", fact_id="f1", kind="ordering", prompt="Put these in order.",
             answer="", sequence=["Shenzhou-5", "Chang'e-4", "Tianhe"],
             years=["2003", "2019", "2021"], fact_ids=["f1", "f2", "f3"]),
    ]


HOSTILE = [
    Item(id="h1", fact_id="f1", kind="short_answer",
         prompt="<script>alert('x')</script> & {{c1::boom}} a::b?", answer="<b>bold</b>",
         section="III::Evil <i>section</i>", category="cat egory", evidence="x < y & z"),
    Item(id="h2", fact_id="f2", kind="cloze", prompt="Before _____ after {{c2::extra}} ::",
         answer="A::hint}}", section=S1),
]


# --- fields and escaping ---------------------------------------------------------------------

def test_text_field_escapes_markup_and_template_syntax() -> None:
    out = text_field("<script>x</script> & {{c1::y}}\nnext")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "&amp;" in out and "{{" not in out and "&#123;&#123;c1" in out
    assert out.endswith("<br>next")
    assert cloze_field("a::b") == "a&#58;&#58;b"


def test_tags_have_no_spaces_and_no_nesting_inside_values() -> None:
    tags = tags_for(HOSTILE[0], ["two words"])
    assert all(" " not in t for t in tags)
    assert "edu::kind::short_answer" in tags
    assert "edu::category::cat_egory" in tags
    assert "edu::tag::two_words" in tags
    section = next(t for t in tags if t.startswith("edu::section::"))
    assert section.count("::") == 2
    assert tag_value(S1) == "II.1_Space_transport_system"


def test_note_types_for_each_kind() -> None:
    kinds = {item.kind: note_content(item).note_type for item in make_items()}
    assert kinds == {"short_answer": "type_in", "numeric": "type_in", "true_false": "basic",
                     "multiple_choice": "multiple_choice", "cloze": "cloze",
                     "matching": "basic", "ordering": "basic"}


def test_unusable_items_are_skipped_with_a_reason() -> None:
    bad_mc = Item(id="x", fact_id="f1", kind="multiple_choice", prompt="?", answer="z",
                  options=["a", "b"])
    with pytest.raises(Skip, match="answer"):
        note_content(bad_mc)
    package, report = build_package(make_deck(), [*make_items(), bad_mc, make_items()[0]])
    assert report.skipped == [("x", str(Skip("multiple-choice item without its answer among "
                                                 "at least two options"))),
                              ("f1:short_answer", "duplicate item id")]
    assert report.notes == 7


# --- identity and determinism ---------------------------------------------------------------

def test_ids_are_stable_in_ankis_range_and_depend_on_deck() -> None:
    deck, other = make_deck("a"), make_deck("b")
    for value in (anki_deck_id(deck), subdeck_id(deck, S1), stable_id("x", "y")):
        assert (1 << 30) <= value < (1 << 31)
    assert anki_deck_id(deck) == anki_deck_id(make_deck("a")) != anki_deck_id(other)
    assert subdeck_id(deck, S1) != subdeck_id(deck, S2)
    ids_a = {m.model_id for m in build_models("a").values()}
    assert ids_a == {m.model_id for m in build_models("a").values()}
    assert ids_a.isdisjoint({m.model_id for m in build_models("b").values()})


def test_guids_come_from_ids_not_contents() -> None:
    first, _ = build_package(make_deck(), make_items())
    edited, _ = build_package(make_deck(), make_items("A completely new prompt?"))
    guids = [n.guid for d in first.decks for n in d.notes]
    assert guids == [n.guid for d in edited.decks for n in d.notes]
    assert len(set(guids)) == len(guids)


def test_same_input_gives_identical_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.apkg", tmp_path / "b.apkg"
    export_apkg(make_deck(), make_items(), a, timestamp=1_700_000_000)
    export_apkg(make_deck(), make_items(), b, timestamp=1_700_000_000)
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as zf:
        assert sorted(zf.namelist()) == ["collection.anki2", "media"]
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    export_apkg(make_deck(), make_items(), b, timestamp=1_700_000_001)
    assert a.read_bytes() != b.read_bytes()


def test_failed_write_leaves_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "deck.apkg"
    target.write_bytes(b"old")

    def boom(*_args, **_kwargs):
        raise RuntimeError("disk full")

    import edu.fileio

    monkeypatch.setattr(edu.fileio.os, "fsync", boom)
    with pytest.raises(RuntimeError):
        export_apkg(make_deck(), make_items(), target, timestamp=1)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.apkg"]
    with pytest.raises(EduError, match="does not exist"):
        export_apkg(make_deck(), make_items(), tmp_path / "nope" / "d.apkg", timestamp=1)


# --- the real Anki backend -------------------------------------------------------------------

anki_collection = pytest.importorskip("anki.collection")


def _open(path: Path):
    return anki_collection.Collection(str(path))


def _import(col, apkg: Path, condition: int = 0):
    opts = anki_collection.ImportAnkiPackageOptions(
        with_scheduling=False, merge_notetypes=False, update_notes=condition,
        update_notetypes=condition)
    return col.import_anki_package(
        anki_collection.ImportAnkiPackageRequest(package_path=str(apkg), options=opts)).log


def _cards_by_item(col) -> dict[str, object]:
    return {col.get_card(cid).note()["ItemId"]: col.get_card(cid) for cid in col.find_cards("")}


def test_anki_imports_notes_cards_decks_and_renders_them(tmp_path: Path) -> None:
    apkg = tmp_path / "deck.apkg"
    report = export_apkg(make_deck(), make_items(), apkg, timestamp=1_700_000_000)
    col = _open(tmp_path / "col.anki2")
    try:
        log = _import(col, apkg)
        assert len(log.new) == 7 and col.note_count() == 7 and col.card_count() == 7
        assert (report.notes, report.cards, report.subdecks) == (7, 7, 2)
        names = {d.name for d in col.decks.all_names_and_ids()}
        assert {TITLE, f"{TITLE}::{S1}", f"{TITLE}::{S2}"} <= names
        per_type = {m["name"]: len(col.models.nids(m["id"])) for m in col.models.all()
                    if m["name"].startswith("edu ")}
        assert per_type == {"edu Basic [cs-2021]": 3, "edu Type-in [cs-2021]": 2,
                            "edu Multiple choice [cs-2021]": 1, "edu Cloze [cs-2021]": 1}
        cards = _cards_by_item(col)
        sa = cards["f1:short_answer"]
        assert "Which module is the core of the station?" in sa.question()
        assert "[[type:Answer]]" in sa.question() and "Tianhe" not in sa.question()
        assert "Tianhe core module was launched" in sa.answer() and S1 in sa.answer()
        assert "Also accepted: Tianhe core module" in sa.answer()
        assert col.decks.name(sa.did) == f"{TITLE}::{S1}"
        assert "edu::kind::short_answer" in sa.note().tags
        mc = cards["f3:multiple_choice"]
        assert "Chang&#x27;e-3" in mc.question() and 'class="correct"' not in mc.question()
        assert '<li class="correct">Chang&#x27;e-4</li>' in mc.answer()
        assert "B. Chang&#x27;e-4" in mc.answer() and "first soft landing" in mc.answer()
        cloze = cards["f4:cloze"]
        assert "[...]" in cloze.question() and "Chang&#x27;e-5</span>" in cloze.answer()
        tf = cards["f5:true_false"]
        assert "Tianwen-1 was launched in 2019." in tf.question()
        assert "False" in tf.answer() and "launched in 2020" in tf.answer()
        order = cards["order:1"]
        assert "<li>2003 &mdash; Shenzhou-5</li><li>2019 &mdash; Chang&#x27;e-4</li>" in \
            order.answer()
        assert "quantum satellite" in cards["match:1"].question()
    finally:
        col.close()


def test_reimport_of_edited_deck_updates_in_place(tmp_path: Path) -> None:
    first, edited = tmp_path / "v1.apkg", tmp_path / "v2.apkg"
    export_apkg(make_deck(), make_items(), first, timestamp=1_700_000_000)
    export_apkg(make_deck(), make_items("What is the station's core module called?"), edited,
                timestamp=1_700_086_400)
    col = _open(tmp_path / "col.anki2")
    try:
        _import(col, first)
        before = {cid: col.get_card(cid).nid for cid in col.find_cards("")}
        # A review, to prove history survives the update.
        card = _cards_by_item(col)["f1:short_answer"]
        card.ivl, card.type, card.queue, card.reps = 5, 2, 2, 3
        col.update_card(card)
        again = _import(col, first)
        assert len(again.new) == 0 and len(again.updated) == 0 and col.note_count() == 7
        log = _import(col, edited)
        assert len(log.new) == 0 and col.note_count() == 7 and col.card_count() == 7
        assert {cid: col.get_card(cid).nid for cid in col.find_cards("")} == before
        card = _cards_by_item(col)["f1:short_answer"]
        assert card.note()["Prompt"] == "What is the station&#x27;s core module called?"
        assert (card.ivl, card.reps) == (5, 3)
    finally:
        col.close()


def test_hostile_text_stays_text_in_anki(tmp_path: Path) -> None:
    apkg = tmp_path / "h.apkg"
    report = export_apkg(make_deck(), HOSTILE, apkg, timestamp=1_700_000_000)
    assert report.cards == 2 and report.subdecks == 2
    col = _open(tmp_path / "col.anki2")
    try:
        _import(col, apkg)
        assert col.card_count() == 2  # the `{{c2::…}}` in the text made no second card
        cards = _cards_by_item(col)
        q = cards["h1"].question()
        assert "<script>alert" not in q and "&lt;script&gt;alert(" in q
        assert "&amp; &#123;&#123;c1" in q
        assert "&lt;b&gt;bold&lt;/b&gt;" in cards["h1"].answer()
        cloze = cards["h2"]
        assert "&#123;&#123;c2" in cloze.question()
        assert ">[...]</span>" in cloze.question() and "[hint" not in cloze.question()
        assert "A&#58;&#58;hint&#125;&#125;</span>" in cloze.answer()
        names = {d.name for d in col.decks.all_names_and_ids()}
        assert f"{TITLE}::III: Evil <i>section</i>" in names  # deck names are plain text
    finally:
        col.close()


# --- command line ----------------------------------------------------------------------------

def test_package_bytes_is_a_valid_zip() -> None:
    package, _ = build_package(make_deck(), make_items())
    data = package_bytes(package, 1_700_000_000)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.read("collection.anki2")[:16] == b"SQLite format 3\x00"
        assert zf.read("media") == b"{}"


MINI = Path(__file__).parent / "data" / "mini.yaml"


def test_cli_exports_mini_deck(tmp_path: Path, capsys) -> None:
    from edu.cli import main

    out = tmp_path / "mini.apkg"
    assert main(["anki", str(MINI), "-o", str(out), "--seed", "1"]) == 0
    line = capsys.readouterr().out
    assert line.count("\n") == 1
    match = re.search(r"(\d+) notes, (\d+) cards, (\d+) subdecks", line)
    assert match and int(match[1]) > 0 and int(match[3]) > 0
    first = out.read_bytes()
    assert main(["anki", str(MINI), "-o", str(out), "--seed", "1"]) == 0
    assert out.read_bytes() == first  # the deck file's mtime stamps the notes
    capsys.readouterr()
    col = _open(tmp_path / "col.anki2")
    try:
        _import(col, out)
        assert col.note_count() == int(match[1]) and col.card_count() == int(match[2])
    finally:
        col.close()
    assert main(["anki", str(MINI), "-o", str(out), "--every-kind"]) == 0
    every = re.search(r"(\d+) notes", capsys.readouterr().out)
    assert every and int(every[1]) > int(match[1])  # default: one note per fact
    assert main(["anki", str(MINI), "-o", str(out), "--every-kind", "--kinds",
                 "cloze,numeric"]) == 0
    kinds = re.search(r"(\d+) notes", capsys.readouterr().out)
    assert kinds and 0 < int(kinds[1]) < int(every[1])


@pytest.mark.parametrize("argv, message", [
    (["-o", "deck.zip"], "unknown output type '.zip'"),
    (["-o", "deck.apkg", "--kinds", "essay"], "unknown item kind 'essay'"),
])
def test_cli_bad_options_exit_2(tmp_path: Path, capsys, monkeypatch, argv, message) -> None:
    from edu.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["anki", str(MINI), *argv]) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_cli_bad_deck_exit_2(tmp_path: Path, capsys) -> None:
    from edu.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text("deck: x\nid: y\nfacts: [\n", encoding="utf-8")
    assert main(["anki", str(bad), "-o", str(tmp_path / "d.apkg")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(str(bad)) and "Traceback" not in err
    assert not (tmp_path / "d.apkg").exists()


def test_a_learners_first_20_new_cards_are_20_different_facts(tmp_path: Path) -> None:
    """The bundled deck as a learner gets it: `edu anki`, imported into real Anki, studied."""
    from edu.bundled import bundled_deck_path
    from edu.cli import main
    from edu.commands._deckitems import deck_items

    path = bundled_deck_path()
    if path is None:
        pytest.skip("the bundled deck is not installed")
    out = tmp_path / "bundled.apkg"
    assert main(["anki", str(path), "-o", str(out)]) == 0
    _deck, items = deck_items(str(path), None, 0)
    fact_of = {item.id: item.fact_id for item in items}
    col = _open(tmp_path / "col.anki2")
    try:
        _import(col, out)
        col.decks.select(col.decks.id_for_name(_deck_title(col)))
        queued = col.sched.get_queued_cards(fetch_limit=20).cards
        notes = [col.get_note(q.card.note_id) for q in queued]
        assert len(notes) == 20
        assert len({fact_of[n["ItemId"]] for n in notes}) == 20
        every = [col.get_note(col.get_card(c).nid) for c in col.find_cards("")]
        wordings = [(n.note_type()["name"], n.fields[0], n.fields[1]) for n in every]
        assert len(set(wordings)) == len(wordings)  # no card repeats another
        assert all("edu::export::2" in n.tags for n in every)
    finally:
        col.close()


def _deck_title(col) -> str:
    return next(d.name for d in col.decks.all_names_and_ids() if "::" not in d.name
                and d.name != "Default")


def test_worded_numbers_are_typed_as_digits_and_repeats_are_left_out() -> None:
    items = make_items()
    worded = Item(id="f2:short_answer", fact_id="f2", kind="short_answer",
                  prompt="How many launches?", answer="two hundred seven", section=S1)
    repeat = Item(id="f2:numeric2", fact_id="f2", kind="numeric",
                  prompt="How many launches? (launch missions)", answer="two hundred seven",
                  section=S1)
    content = note_content(worded)
    assert content.fields["Answer"] == "207" and "In words: two hundred seven" in \
        content.fields["Details"]
    _package, report = build_package(make_deck(), [*items, worded, repeat])
    # the same question and answer as f2:numeric ("207"), with or without "(unit)"
    assert report.skipped == [("f2:short_answer", "repeats f2:numeric word for word"),
                              ("f2:numeric2", "repeats f2:numeric word for word")]

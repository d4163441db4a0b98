"""Faults of "your own document" left by the ninth walk-through and met in the tenth
(docs/EXTRACT.md, "A new user's walk-through (tenth round)"): each test failed before its fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from trainer_helpers import async_test

from edu.cli import main

NOTES_MD = """# The Great Exhibition

The Great Exhibition opened in Hyde Park, London, on 1 May 1851.

## The Crystal Palace

- Joseph Paxton designed the **Crystal Palace**, a hall of iron and glass
- The building was 564 metres long
- About 300,000 panes of glass covered it

## Visitors and money

* More than 6 million people visited in 5 months
* The profit paid for the museums of [South Kensington](https://example.org/south_kensington)
1. Prince Albert supported the plan from the start
2. Henry Cole organised the exhibition for _the Royal Society of Arts_
"""

# Markdown's syntax: a list marker at a line's start, a heading's hashes, emphasis, a link
_SYNTAX = re.compile(r"(?:^|\s)(?:[-*+]|\d\.|#+)\s|\*\*|\b_|_\b|\]\(|https?:|\[|\]")


@pytest.fixture()
def env(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("EDU_DB", str(tmp_path / "db.sqlite3"))
    return tmp_path


def _draft(path: Path, out: Path) -> list[dict]:
    assert main(["extract", str(path), "-o", str(out)]) == 0
    return yaml.safe_load(out.read_text("utf-8"))["facts"]


def test_markdown_syntax_reaches_no_prompt_answer_or_evidence(env):
    notes = env / "notes.md"
    notes.write_text(NOTES_MD, encoding="utf-8")
    facts = _draft(notes, env / "draft.yaml")
    assert facts
    for fact in facts:
        for key in ("prompt", "answer", "evidence"):
            assert not _SYNTAX.search(str(fact[key]).replace("_____", "")), (key, fact[key])
    answers = {str(f["answer"]) for f in facts}
    assert "South Kensington" in answers and "Royal Society of Arts" in answers
    assert not answers & {"1", "2"}  # an ordered item's number is no figure
    written = notes.read_text("utf-8")
    for fact in facts:  # spans point at the file's own characters
        span = written[fact["source"]["start"] : fact["source"]["end"]]
        words = re.findall(r"\w+", str(fact["answer"]))
        assert all(w in span for w in words), (fact["answer"], span)


def test_a_list_item_without_a_stop_is_a_sentence_of_its_own(env):
    notes = env / "notes.md"
    notes.write_text(NOTES_MD, encoding="utf-8")
    facts = _draft(notes, env / "draft.yaml")
    by_answer = {str(f["answer"]): f for f in facts}
    assert by_answer["Prince Albert"]["evidence"] == \
        "Prince Albert supported the plan from the start"
    assert "Henry Cole" not in by_answer["Prince Albert"]["prompt"]
    assert by_answer["564"]["evidence"] == "The building was 564 metres long"


def test_a_heading_right_above_its_text_is_no_part_of_its_first_sentence(env):
    notes = env / "notes.md"
    notes.write_text("# Balloons\n## The first flight\nThe Montgolfier brothers flew a balloon "
                     "at Annonay on 4 June 1783\n- It rose to 2,000 metres\n> Benjamin "
                     "Franklin watched a flight in Paris in 1783.\n", encoding="utf-8")
    facts = _draft(notes, env / "draft.yaml")
    by_answer = {str(f["answer"]): f for f in facts}
    assert "first flight" not in by_answer["4 June 1783"]["evidence"]
    assert "first flight" not in by_answer["4 June 1783"]["prompt"]
    assert "metres" not in by_answer["Benjamin Franklin"]["evidence"]
    assert ">" not in by_answer["Benjamin Franklin"]["evidence"]


def test_a_pronoun_in_a_list_still_finds_the_item_before(env):
    """Each item is a sentence of its own, yet the list is one paragraph: "It" of the second
    item is the first item's subject (no dash with it)."""
    notes = env / "notes.md"
    notes.write_text("# Mars Pathfinder\n\n## The landing\n\n- Mars Pathfinder was launched on "
                     "December 4, 1996\n- It landed in Ares Vallis on July 4, 1997\n",
                     encoding="utf-8")
    prompts = {f["prompt"] for f in _draft(notes, env / "draft.yaml")}
    assert "On which date did Mars Pathfinder land in Ares Vallis?" in prompts


BALLOONS = ("The Crystal Palace stood in Hyde Park for 6 years before it moved. "
            "The Montgolfier brothers first flew a balloon in public in 1783.\n")


def _balloon_deck(folder: Path) -> Path:
    (folder / "balloons.txt").write_text(BALLOONS, encoding="utf-8")
    stood, flew = BALLOONS.index("The Crystal"), BALLOONS.index("The Montgolfier")
    deck = folder / "deck.yaml"
    deck.write_text(f"""deck: Ballooning
id: ballooning
source: balloons.txt
facts:
  - id: palace-years
    kind: number
    prompt: For how many years did the Crystal Palace stand in Hyde Park?
    answer: "6"
    unit: years
    source: {{start: {stood}, end: {BALLOONS.index(" before")}}}
    status: reviewed
  - id: first-flight-year
    kind: date
    prompt: In which year did the Montgolfier brothers first fly a balloon in public?
    answer: "1783"
    source: {{start: {flew}, end: {BALLOONS.index("1783") + 4}}}
    status: reviewed
""", encoding="utf-8")
    return deck


@pytest.mark.parametrize("fmt", ["md", "html", "pdf"])
def test_the_answer_key_keeps_a_durations_unit_and_gives_a_year_none(env, fmt):
    """The key wrote "6" for "6 years" (an older copy of the no-unit-after-a-year rule that
    also dropped "years"); a year's answer stays "1783", not "1783 year"."""
    deck = _balloon_deck(env)
    out = env / f"w.{fmt}"
    assert main(["handout", str(deck), "-o", str(out), "--kinds", "numeric",
                 "--answer-key", "separate"]) == 0
    key = env / f"w-key.{fmt}"
    if fmt == "pdf":
        from pypdf import PdfReader
        text = " ".join(page.extract_text() for page in PdfReader(key).pages)
    else:
        text = key.read_text("utf-8")
    text = " ".join(re.sub(r"<[^>]+>", " ", text).split())
    assert "6 years" in text
    assert "1783" in text and "1783 year" not in text


NESTED_MD = """# The Great Exhibition

The Great Exhibition opened in Hyde Park, London, on 1 May 1851.

## The Crystal Palace

Joseph Paxton designed the Crystal Palace, a hall 564 metres long.

### After the exhibition

The building was moved to Sydenham in 1854. It burned down on 30 November 1936.

# The Montgolfier brothers

Pilâtre de Rozier flew over Paris on 21 November 1783.
"""
CRYSTAL = "The Great Exhibition \u203a The Crystal Palace"
AFTER = f"{CRYSTAL} \u203a After the exhibition"


def test_nested_headings_give_nested_sections_and_anki_subdecks(env):
    """`#`, `##`, `###` gave flat subdecks named by the leaf heading alone."""
    anki_collection = pytest.importorskip("anki.collection")
    notes = env / "notes.md"
    notes.write_text(NESTED_MD, encoding="utf-8")
    sections = {f["section"] for f in _draft(notes, env / "draft.yaml")}
    assert {CRYSTAL, AFTER, "The Montgolfier brothers"} <= sections
    apkg = env / "notes.apkg"
    assert main(["anki", str(notes), "-o", str(apkg)]) == 0
    col = anki_collection.Collection(str(env / "col.anki2"))
    try:
        options = anki_collection.ImportAnkiPackageOptions(with_scheduling=False)
        col.import_anki_package(anki_collection.ImportAnkiPackageRequest(
            package_path=str(apkg), options=options))
        names = {d.name for d in col.decks.all_names_and_ids()}
        by_deck = {name: len(col.find_cards(f'"deck:{name}" -"deck:{name}::*"'))
                   for name in names}
    finally:
        col.close()
    top = next(n for n in names if n.endswith("(unreviewed drafts)"))
    assert f"{top}::The Great Exhibition::The Crystal Palace::After the exhibition" in names
    assert by_deck[f"{top}::The Great Exhibition::The Crystal Palace::After the exhibition"]
    assert f"{top}::The Crystal Palace" not in names and f"{top}::After the exhibition" not in names


def test_the_handout_key_and_sections_flag_know_the_nesting(env):
    notes = env / "notes.md"
    notes.write_text(NESTED_MD, encoding="utf-8")
    out = env / "w.md"
    assert main(["handout", str(notes), "-o", str(out), "--sections", "The Crystal Palace",
                 "--answer-key", "appendix"]) == 0
    key = out.read_text("utf-8").split("Answer key", 1)[1]
    rows = [line for line in key.splitlines() if line.startswith("| ") and "No." not in line]
    assert rows and all(CRYSTAL in row for row in rows)  # the section and what lies in it
    assert any(AFTER in row for row in rows)


@async_test
async def test_the_trainer_setup_lists_sections_nested(env):
    from edu.commands._document import unreviewed_deck
    from edu.progress.session import SessionOptions
    from edu.trainer.app import TrainerApp

    notes = env / "notes.md"
    notes.write_text(NESTED_MD, encoding="utf-8")
    deck = unreviewed_deck(str(notes))
    app = TrainerApp([deck], SessionOptions(), db_path=env / "p.sqlite3")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        choices = app.screen.query_one("#setup-sections")
        shown = [(str(choices.get_option_at_index(k).prompt), choices.get_option_at_index(k).value)
                 for k in range(choices.option_count)]
    assert ("The Great Exhibition", "The Great Exhibition") in shown
    assert ("  The Crystal Palace", CRYSTAL) in shown
    assert ("    After the exhibition", AFTER) in shown


NOTES_TXT = """The Great Exhibition of 1851

The Great Exhibition opened in Hyde Park, London, on 1 May 1851. Joseph Paxton designed the
Crystal Palace, a hall 564 metres long. The building was moved to Sydenham in 1854.
"""


def test_notes_md_and_notes_txt_are_two_decks(env, capsys):
    """Both had the deck id "notes" (the file name's slug): one progress, one Anki deck."""
    from edu.commands._document import unreviewed_deck

    (env / "notes.md").write_text(NESTED_MD, encoding="utf-8")
    (env / "notes.txt").write_text(NOTES_TXT, encoding="utf-8")
    md, txt = unreviewed_deck(str(env / "notes.md")), unreviewed_deck(str(env / "notes.txt"))
    assert md.id != txt.id
    assert md.id.startswith("notes-md-") and txt.id.startswith("notes-txt-")
    other = env / "other"
    other.mkdir()
    (other / "notes.md").write_text("# Chemistry\n\nWater boils at 100 degrees Celsius at sea "
                                    "level, as Anders Celsius set in 1742.\n", encoding="utf-8")
    assert unreviewed_deck(str(other / "notes.md")).id not in (md.id, txt.id)
    # the same text kept as notes.md and notes.txt: the same facts, so the same note GUIDs
    # under one deck id; one Anki collection took the second package's notes as updates of
    # the first's
    (env / "notes.md").write_text(NOTES_TXT, encoding="utf-8")
    anki_collection = pytest.importorskip("anki.collection")
    counts = []
    for doc in ("notes.md", "notes.txt"):
        assert main(["anki", str(env / doc), "-o", str(env / f"{doc}.apkg")]) == 0
        counts.append(int(re.search(r"(\d+) notes", capsys.readouterr().out).group(1)))
    col = anki_collection.Collection(str(env / "col.anki2"))
    try:
        for doc in ("notes.md", "notes.txt"):
            col.import_anki_package(anki_collection.ImportAnkiPackageRequest(
                package_path=str(env / f"{doc}.apkg"),
                options=anki_collection.ImportAnkiPackageOptions(with_scheduling=False)))
        assert col.note_count() == sum(counts)
    finally:
        col.close()


def test_a_documents_deck_id_survives_runs_and_edits_below_its_first_line(env):
    from edu.commands._document import unreviewed_deck

    notes = env / "notes.md"
    notes.write_text(NESTED_MD, encoding="utf-8")
    first = unreviewed_deck(str(notes))
    assert unreviewed_deck(str(notes)).id == first.id
    notes.write_text(NESTED_MD.replace("Paris", "Paris, watched by a crowd,"), encoding="utf-8")
    edited = unreviewed_deck(str(notes))
    assert edited.id == first.id
    assert {f.id for f in first.facts} & {f.id for f in edited.facts}
    moved = env / "moved"
    moved.mkdir()
    notes.rename(moved / "notes.md")
    assert unreviewed_deck(str(moved / "notes.md")).id == first.id


def test_a_deck_files_own_id_does_not_move(env):
    """A reviewed deck keeps the id written in it, whatever its document is called."""
    from edu.deck.check import load_deck

    notes = env / "notes.md"
    notes.write_text(NESTED_MD, encoding="utf-8")
    draft, deck = env / "draft.yaml", env / "deck.yaml"
    assert main(["extract", str(notes), "-o", str(draft)]) == 0
    assert main(["review", str(draft), "-o", str(deck), "--accept-top", "3"]) == 0
    text = deck.read_text("utf-8")
    old = re.search(r"^id: (\S+)$", text, re.M).group(1)
    deck.write_text(text.replace(f"id: {old}", "id: notes"), encoding="utf-8")
    assert load_deck(deck).id == "notes"
    assert load_deck(Path(__file__).parents[1] / "decks" / "china-space-2021.yaml").id == \
        "china-space-2021"


def test_a_title_line_after_one_line_paragraphs_is_a_section(env):
    """A plain text's second title line, after paragraphs written on one line each, was no
    section (a paragraph's own try at a title took the blank line before it), so the
    Anki deck put the Montgolfiers under the Great Exhibition."""
    from edu.text.reading import read_document

    notes = env / "notes.txt"
    notes.write_text("The Great Exhibition of 1851\n\nThe Great Exhibition opened in Hyde Park "
                     "on 1 May 1851.\n\nJoseph Paxton designed the Crystal Palace.\n\n"
                     "The Montgolfier brothers\n\nTheir first public balloon flight took place "
                     "in Annonay on 4 June 1783.\n", encoding="utf-8")
    titles = [s.title for s in read_document(notes).sections]
    assert titles == ["The Great Exhibition of 1851", "The Montgolfier brothers"]


def test_the_separate_keys_footer_names_the_worksheet_once(env):
    """The footer of a separate key read "Answer key · Answer key, page 1 of 1"."""
    from pypdf import PdfReader

    deck = _balloon_deck(env)
    assert main(["handout", str(deck), "-o", str(env / "w.pdf"), "--title", "Balloons"]) == 0
    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(env / "w-key.pdf").pages)
    assert "Answer key · Answer key" not in text
    assert "Balloons · Answer key, page 1 of 1" in text


def test_csv_tags_and_gift_categories_nest_like_the_sections(env, capsys):
    """A nested section was one tag "The_Great_Exhibition_›_The_Crystal_Palace" and one GIFT
    category "Deck/The Great Exhibition › The Crystal Palace"."""
    notes = env / "notes.md"
    notes.write_text(NESTED_MD, encoding="utf-8")
    assert main(["export", str(notes), "--format", "csv", "-o", str(env / "n.csv")]) == 0
    csv_text = (env / "n.csv").read_text("utf-8")
    assert "edu::section::The_Great_Exhibition::The_Crystal_Palace" in csv_text
    assert "\u203a" not in csv_text
    assert main(["export", str(notes), "--format", "gift", "-o", str(env / "n.gift")]) == 0
    categories = set(re.findall(r"^\$CATEGORY: (.*)$", (env / "n.gift").read_text("utf-8"),
                                re.M))
    assert "The Great Exhibition · The Montgolfier brothers (unreviewed drafts)/The Great " \
        "Exhibition/The Crystal Palace" \
        in categories
    assert not any("\u203a" in c for c in categories)


def test_anki_section_tags_nest_like_the_subdecks(env):
    from edu.anki.fields import tags_for
    from edu.items.model import Item

    item = Item(id="x:short_answer", fact_id="x", kind="short_answer", prompt="Who?",
                answer="Joseph Paxton", section=CRYSTAL)
    assert "edu::section::The_Great_Exhibition::The_Crystal_Palace" in tags_for(item)


def test_a_note_on_two_topics_is_titled_by_both(env, capsys):
    """Titled "The Great Exhibition (unreviewed drafts)" though half of it is on the
    Montgolfiers: the quiz's header, the Anki deck and the worksheet said so."""
    notes = env / "notes.md"
    notes.write_text(NESTED_MD, encoding="utf-8")
    facts_deck = yaml.safe_load(_draft_text(notes, env / "draft.yaml"))
    assert facts_deck["deck"] == "The Great Exhibition \u00b7 The Montgolfier brothers"
    one = env / "one.md"
    one.write_text(NESTED_MD.split("# The Montgolfier")[0], encoding="utf-8")
    assert yaml.safe_load(_draft_text(one, env / "one.yaml"))["deck"] == "The Great Exhibition"


def _draft_text(path: Path, out: Path) -> str:
    assert main(["extract", str(path), "-o", str(out)]) == 0
    return out.read_text("utf-8")


def test_restore_shows_a_markdown_note_as_it_is_read(env, capsys):
    """`edu restore notes.md` wrote the blanked text: form feeds and vertical tabs to the
    terminal, "the   Crystal Palace  , a hall"; the outline was flat."""
    notes = env / "notes.md"
    notes.write_text(NOTES_MD + "\n### Glass\n\nThe panes came from Chance Brothers.\n",
                     encoding="utf-8")
    assert main(["restore", str(notes)]) == 0
    out = capsys.readouterr().out
    assert "\x0b" not in out and "\x0c" not in out and "**" not in out
    assert "Joseph Paxton designed the Crystal Palace, a hall of iron and glass\n" in out
    assert main(["restore", str(notes), "--outline"]) == 0
    outline = capsys.readouterr().out.splitlines()
    assert outline[0].startswith("The Great Exhibition  [")
    assert outline[1].startswith("  The Crystal Palace  [")
    assert any(line.startswith("    Glass  [") for line in outline)

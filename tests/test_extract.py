"""`edu extract`: candidate facts with exact spans, stable ids, ranking, recall and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.recall import load_reference, recall
from edu.cli import main
from edu.deck.check import load_deck
from edu.errors import EduError
from edu.extract import extract_candidates
from edu.extract.candidates import FIRST_PAGE
from edu.extract.naming import named_in_full
from edu.extract.wording import _SCALE_HEADINGS, count_heading
from edu.text.quantities import CAPITALISED_UNITS
from edu.text.reading import read_document, reading_of
from edu.text.source import Document, tokenize

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "china-space-2021.txt"
DATA = Path(__file__).resolve().parent / "data"
PANAMA = DATA / "extract_panama.txt"


@pytest.fixture(scope="module")
def seed() -> Document:
    return read_document(SEED)


@pytest.fixture(scope="module")
def seed_facts(seed: Document):
    return extract_candidates(seed)


def _doc(text: str) -> Document:
    return reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))


def test_kinds_present_and_draft_status(seed_facts) -> None:
    kinds = {f.kind for f in seed_facts}
    assert kinds == {"number", "date", "name"}
    assert len(seed_facts) >= 150
    assert all(f.status == "draft" and f.score is not None for f in seed_facts)
    # best first; the first page reorders the drafts of its horizon so that no draft on it
    # prints another's answer where it can (candidates._spread_first_page): the drafts
    # after it are in score order, and the page holds the best of them
    scores = [f.score for f in seed_facts[FIRST_PAGE:]]
    assert scores == sorted(scores, reverse=True)
    page = [f.score for f in seed_facts[:FIRST_PAGE]]
    assert sorted(page, reverse=True)[: FIRST_PAGE // 2] == \
        sorted((f.score for f in seed_facts), reverse=True)[: FIRST_PAGE // 2]


def test_ids_unique_and_stable_across_runs(seed, seed_facts) -> None:
    ids = [f.id for f in seed_facts]
    assert len(ids) == len(set(ids))
    again = extract_candidates(seed)
    assert [f.id for f in again] == ids


def test_spans_in_range_and_contain_answer_stems(seed, seed_facts) -> None:
    for f in seed_facts:
        assert 0 <= f.source.start < f.source.end <= len(seed.text)
        span_text = seed.text[f.source.start : f.source.end]
        assert span_text == span_text.strip()
        assert f.answer_stems.replace(" ", "") in span_text.replace(" ", ""), f
        assert f.evidence and f.prompt and f.answer


def test_ids_survive_unrelated_edits(seed, tmp_path: Path) -> None:
    base = {f.id: f for f in extract_candidates(seed)}
    extra_head = "prefac unrelat remark 1999 13 bird nest tree "
    path = tmp_path / "edited.txt"
    path.write_text(extra_head + seed.text + " appendix 42 blue whale swim ocean", "utf-8")
    moved = {f.id: f for f in extract_candidates(read_document(path, seed.glossary))}
    missing = set(base) - set(moved)
    # only facts whose evidence window touched the very start could change
    assert len(missing) <= 2, missing
    shifted = base["number-207-" + base_key(base, "207")]
    assert moved[shifted.id].source.start == shifted.source.start + len(extra_head)


def base_key(facts: dict, answer_stems: str) -> str:
    for fid, f in facts.items():
        if f.kind == "number" and f.answer_stems == answer_stems:
            return fid.rsplit("-", 1)[1]
    raise AssertionError(answer_stems)


def test_strong_facts_rank_high(seed, seed_facts) -> None:
    top = seed_facts[:30]
    assert any(f.kind == "number" and f.answer == "207" and f.unit and "mission" in f.unit
               for f in top)
    assert any(f.answer == "1,731" and f.unit == "grams" for f in seed_facts[:10])
    names = [f for f in seed_facts if f.kind == "name"]
    zhurong = next(f for f in names if f.answer_stems == "zhurong")
    assert zhurong.category == "rover" and "rover" in (zhurong.note or "").lower()
    # section enumerators are no facts at all; one-digit list numbers sink to the bottom half
    starts = {sec.start for sec in seed.sections}
    assert not [f for f in seed_facts if f.kind == "number" and any(
        f.source.start <= at < f.source.end and seed.text.startswith(f.answer_stems + " ", at)
        for at in starts)]
    low = [f for f in seed_facts if f.kind == "number" and f.answer_stems in {"1", "2", "3"}]
    assert all(seed_facts.index(f) > len(seed_facts) // 2 for f in low)


def test_duplicates_removed() -> None:
    text = "china launch 12 satellit orbit year " * 3
    facts = extract_candidates(_doc(text))
    keys = [(f.kind, f.answer_stems, f.evidence) for f in facts]
    assert len(keys) == len(set(keys))


def test_number_date_name_shapes() -> None:
    doc = _doc("mission launch 1731 g sampl return 15 august 1914 zhurong mar rover explor "
               "planet ten thousand user around world")
    facts = {(f.kind, f.answer): f for f in extract_candidates(doc)}
    assert facts[("number", "1,731")].unit == "grams"
    assert facts[("date", "15 August 1914")].category == "date"
    assert facts[("name", "Zhurong")].category == "rover"
    # "tens of thousands" as the raw text wrote it: the stemmer took its plural (round 20p)
    assert ("name", "tens of thousands") in facts


def test_kinds_filter(seed) -> None:
    facts = extract_candidates(seed, kinds=["date"])
    assert facts and {f.kind for f in facts} == {"date"}


@pytest.mark.parametrize("doc_path,key_path,floor", [
    (SEED, DATA / "extract_reference_china.yaml", 0.97),  # measured 0.992
    (PANAMA, DATA / "extract_reference_panama.yaml", 0.95),  # measured 1.0
])
def test_recall_floor(doc_path: Path, key_path: Path, floor: float) -> None:
    doc = read_document(doc_path)
    key = load_reference(key_path, doc)
    assert len(key) >= (100 if doc_path == SEED else 20)
    score, missed = recall(key, extract_candidates(doc))
    assert score >= floor, [m.answer for m in missed]


def test_second_document_is_the_recipe_output() -> None:
    from edu.text.preprocess import preprocess

    raw = (DATA / "extract_panama.raw.txt").read_text("utf-8")
    assert PANAMA.read_text("utf-8").strip() == preprocess(raw)


def test_cli_writes_loadable_deck(tmp_path: Path, capsys) -> None:
    out = tmp_path / "draft.yaml"
    assert main(["extract", str(PANAMA), "-o", str(out), "--limit", "10"]) == 0
    deck = load_deck(out)
    assert len(deck.facts) == 10
    assert deck.title == "extract_panama.txt" and deck.id.startswith("extract-panama-txt-")
    assert (out.parent / deck.source).resolve() == PANAMA.resolve()
    assert all(f.status == "draft" for f in deck.facts)


def test_cli_stdout_kinds_and_min_score(capsys) -> None:
    assert main(["extract", str(PANAMA), "--kinds", "date,name", "--min-score", "2"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["facts"]
    assert {f["kind"] for f in data["facts"]} <= {"date", "name"}
    assert all(f["score"] >= 2 for f in data["facts"])


@pytest.mark.parametrize("content", [None, b"", b"\x00\x01bin", b"caf\xe9"])
def test_cli_bad_input_exit_2(tmp_path: Path, capsys, content) -> None:
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["extract", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "Traceback" not in err


def test_cli_unwritable_output_exit_2(tmp_path: Path, capsys) -> None:
    target = tmp_path / "missing-dir" / "draft.yaml"
    assert main(["extract", str(PANAMA), "-o", str(target)]) == 2
    assert "draft.yaml" in capsys.readouterr().err
    assert not target.exists()


def test_cli_bad_kind_exit_2(capsys) -> None:
    assert main(["extract", str(PANAMA), "--kinds", "colour"]) == 2
    assert "--kinds: unknown kind colour (choose from number, date, name)" in \
        capsys.readouterr().err


def test_descriptions_and_acronyms() -> None:
    doc = _doc("pakistan remotesens satellit prss1 venezuelan remotesens satellit vrss2 sudan "
               "mission space launch site telemetri track command ttc station network")
    facts = {f.answer: f for f in extract_candidates(doc) if f.kind == "name"}
    assert facts["PRSS-1"].category == "satellite"
    assert "pakistan remote" in facts["PRSS-1"].note.lower()
    ttc = facts["TTC"]
    assert "telemetry" in ttc.note.lower() and "command" in ttc.note.lower()


def test_raw_english_document(tmp_path: Path) -> None:
    path = tmp_path / "raw.txt"
    path.write_text((DATA / "extract_panama.raw.txt").read_text("utf-8"), "utf-8")
    doc = read_document(path)
    assert doc.raw
    facts = extract_candidates(doc)
    by_answer = {f.answer: f for f in facts}
    assert "22,000" in by_answer and "George Washington Goethals" in by_answer  # the full name
    for f in facts:
        assert f.answer_stems.replace(" ", "") in "".join(
            t.stem for t in doc.tokens if f.source.start <= t.start and t.end <= f.source.end)


def test_draft_deck_passes_edu_check(tmp_path: Path) -> None:
    from edu.deck.check import check_deck

    out = tmp_path / "draft.yaml"
    assert main(["extract", str(SEED), "-o", str(out)]) == 0
    assert check_deck(out) == []


def test_places_and_named_phrases() -> None:
    doc = _doc("china sign agreement pakistan ethiopian remotesens satellit launch activ "
               "particip formul intern telecommun union standard launch chinaitali "
               "electromagnet monitor experi satellit student small satellit sss apsco")
    facts = [f for f in extract_candidates(doc) if f.kind == "name"]
    answers = {f.answer: f for f in facts}
    assert answers["Pakistan"].category == "place"
    assert answers["Ethiopia"].answer_stems == "ethiopian"
    assert "Italy" in answers  # from the glued "chinaitali"
    stems = {f.answer_stems for f in facts}
    assert "intern telecommun union" in stems
    assert "student small satellit" in stems and "SSS" in answers


_VOCAB = ("1 2 07 2021 20162025 decemb jan march 5b xiii ii tianwen change5 chang zhurong mar "
          "rover satellit intern union ttc telemetri track command ten thousand million 1731 g "
          "30satellit 13th one six pakistan ethiopian chinaitali unit state sss student small "
          "station space long smart dragon 15 august 1914 hundr").split()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=25))
def test_any_token_soup_gives_provable_candidates(words: list[str]) -> None:
    text = " ".join(words)
    facts = extract_candidates(_doc(text))
    assert len({f.id for f in facts}) == len(facts)
    for f in facts:
        assert 0 <= f.source.start < f.source.end <= len(text)
        span = text[f.source.start : f.source.end].replace(" ", "")
        assert f.answer_stems.replace(" ", "") in span


def test_recall_of_the_curated_deck(seed_facts) -> None:
    from bench.recall import deck_key, deck_recall

    deck = ROOT / "decks" / "china-space-2021.yaml"
    if not deck.exists():
        pytest.skip("curated deck not present")
    try:
        key = deck_key(deck)
    except EduError as exc:  # the deck's own tests report a broken deck
        pytest.skip(f"curated deck does not load: {exc}")
    per_kind = deck_recall(key, seed_facts)
    for kind in ("number", "date"):
        got, total = per_kind.get(kind, (0, 0))
        assert total == 0 or got / total >= 0.9, (kind, got, total)
    got, total = per_kind.get("name", (0, 0))
    assert got / total >= 0.88, ("name", got, total)  # measured 145/156 = 0.929
    got = sum(g for g, _ in per_kind.values())
    total = sum(t for _, t in per_kind.values())
    assert got / total >= 0.9, (got, total)  # measured 187/198


def test_terms_rank_below_strong_facts_and_draft_stays_small(seed_facts) -> None:
    terms = [f for f in seed_facts if f.category == "term" or "term" in f.id]
    assert len(seed_facts) <= 1250
    assert not any(f.category == "term" for f in seed_facts[:200])
    assert all((f.score or 0) < 1.0 for f in seed_facts if f.category == "term")
    assert terms


def test_terms_from_ordinary_words() -> None:
    doc = _doc("agenc flight test reusabl launch vehicl carri payload space debri clean "
               "provid shortmessag commun achiev goal name einstein probe orbit sever drought "
               "hit region")
    facts = {f.answer_stems: f for f in extract_candidates(doc)}
    assert "reusabl launch vehicl" in facts  # the head-noun run starts at the specific word
    assert "flight test reusabl launch vehicl" not in facts
    assert "shortmessag commun" in facts  # a glued compound adjective opens a term
    assert "einstein probe" in facts
    assert "drought" in facts
    assert all((f.score or 0) < 1.0 for k, f in facts.items()
               if k in ("reusabl launch vehicl", "shortmessag commun", "drought"))


def test_raw_english_capitalised_runs_stop_at_punctuation(tmp_path: Path) -> None:
    path = tmp_path / "raw.txt"
    path.write_text("The ship reached Gatun on the Atlantic side. Later the Canal Zone, "
                    "run by the Isthmus of Panama authorities, was handed over in 1999.\n",
                    "utf-8")
    facts = {f.answer for f in extract_candidates(read_document(path))}
    assert "Canal Zone" in facts and not any("," in a or "Zone" in a and a != "Canal Zone"
                                             for a in facts)
    # issue 15, ninth round: a capitalised head before "of" belongs to the name the model read
    # ("Panama"), so "Isthmus of Panama" is a name now; the run still stops at the comma
    assert "Isthmus of Panama" in facts
    assert not any("Gatun" in a and "Atlantic" in a for a in facts)


def test_aliases_for_number_words_and_dates() -> None:
    doc = _doc("guarante safeti seven million oper vehicl jan 8 2022 show shenzhou xiii")
    facts = {(f.kind, f.answer): f for f in extract_candidates(doc)}
    assert facts[("number", "seven million")].aliases == ["7,000,000"]
    assert facts[("date", "Jan 8, 2022")].aliases == ["January 8, 2022", "2022"]


def test_raw_english_evidence_is_the_sentence(tmp_path: Path) -> None:
    raw = (DATA / "extract_panama.raw.txt").read_text("utf-8")
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(raw, "utf-8")
    second.write_text("Preface, with 12 unrelated birds.\n\n" + raw + "\nThe end: 99 bottles.\n",
                      "utf-8")
    facts = extract_candidates(read_document(first))
    length = next(f for f in facts if f.answer == "82")
    assert length.evidence == "The waterway is about 82 kilometres long."
    assert length.prompt == "How many kilometres long is the waterway?"  # "about" stays out
    moved = {f.id for f in extract_candidates(read_document(second))}
    assert {f.id for f in facts} <= moved


def test_glossary_acronym_is_spelled_out() -> None:
    from edu.text.glossary import parse_glossary

    glossary = parse_glossary("glossary:\n  names: [PNT]\n", "mini.yaml")
    doc = _doc("china build nation posit navig time pnt system serv user")
    facts = {f.answer_stems: f for f in extract_candidates(reading_of(doc.document, glossary))}
    assert facts["pnt"].answer == "PNT"
    assert "posit navig time" in facts


def test_preprocessed_names_are_the_readings_words() -> None:
    """A name in preprocessed text answers with the Reading's words, as its evidence shows
    them ("China-France", not the stems "Chinafr"); a designator the Reading cannot restore
    keeps the stems' spelling ("PRSS-1" above)."""
    facts = extract_candidates(read_document(SEED))
    answers = {f.answer for f in facts if f.kind == "name"}
    assert "X-band" in answers
    assert any(a.startswith("China-France") for a in answers)
    assert any("Sino-Russian" in a for a in answers)
    stems = ("Chinafr", "Sinorussian", "Xband", "Endus", "Microgravit", "Seismoelectromagnet")
    assert not [a for a in answers if a.split()[0] in stems]


def test_raw_evidence_keeps_the_words_that_open_and_close_its_sentence(tmp_path: Path) -> None:
    """The evidence under an answer is its sentence as written: "Because ..." and "In ..."
    are no stop words to cut off, and the sentence's full stop is shown; a learner reads the
    same text on an item (the Reading's span text)."""
    doc = tmp_path / "vasa.txt"
    doc.write_text("The Hull\n\nBecause the oak would crack if it dried too quickly, the hull "
                   "was sprayed with glycol for 17 years. In 1961 the ship was raised by "
                   "the navy.\n", "utf-8")
    reading = read_document(doc)
    facts = {f.answer: f for f in extract_candidates(reading)}
    assert facts["17"].evidence == ("Because the oak would crack if it dried too quickly, the hull"
                                    " was sprayed with glycol for 17 years.")
    assert facts["1961"].evidence == "In 1961 the ship was raised by the navy."
    assert reading.span_text(facts["1961"].source) == facts["1961"].evidence


def test_a_decimal_figure_has_no_alias_its_stems_made_ten_times_larger(tmp_path: Path) -> None:
    """Raw English keeps the decimal point its stems lose: "4.2 million" is also 4,200,000,
    never the stems' 42,000,000, which a learner's "42 million" would then match."""
    doc = tmp_path / "fire.txt"
    doc.write_text("The Fire\n\nAbout 2.5 million people lived in the city in 1900. The bridge "
                   "cost 4.2 million dollars. Some seven million visitors came.\n", "utf-8")
    facts = {f.answer: f for f in extract_candidates(read_document(doc))}
    assert facts["2.5 million"].aliases == ["2,500,000"]
    assert facts["4.2 million"].aliases == ["4,200,000"]
    assert facts["seven million"].aliases == ["7,000,000"]


def test_a_figure_on_a_named_scale_is_asked_on_its_scale(tmp_path: Path) -> None:
    """"212 Fahrenheit" is no count of Fahrenheits to hold below the page, and its cloze asks
    "How many degrees Fahrenheit?"; every named scale has its question word."""
    assert set(_SCALE_HEADINGS) == CAPITALISED_UNITS
    doc = tmp_path / "heat.txt"
    doc.write_text("Heat\n\nThe water boiled at 212 Fahrenheit in the test. The furnace reached "
                   "1,500 Celsius by noon.\n", "utf-8")
    facts = extract_candidates(read_document(doc))
    assert [f.prompt for f in facts[:2]] == [
        "The water boiled at _____ Fahrenheit in the test.",
        "The furnace reached _____ Celsius by noon."]  # the scale printed after the blank
    # says the kind, so no lead-in (thirteenth round); where it is the one hint, the lead-in
    # asks the scale
    assert count_heading("Fahrenheit") == "How many degrees Fahrenheit?"


def test_a_name_is_not_said_in_full_from_a_longer_name_around_it() -> None:
    """"The Act" is said in full as the text said it ("The Longitude Act"), but "the Vasa" is a
    name already: the title's "The Warship Vasa" is no fuller name of it."""
    assert named_in_full("The Vasa sank on _____.", "The Warship Vasa: Sinking and Salvage. The "
                         "Vasa was a warship.", "10 August 1628") == "The Vasa sank on _____."
    assert named_in_full("The Act also created a board in _____.", "Parliament passed the "
                         "Longitude Act in 1714.", "1714") == \
        "The Longitude Act also created a board in _____."

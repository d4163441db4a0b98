"""Document loading: offsets, raw-text detection, section outline of the seed and of a small
document preprocessed with the project's own recipe."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from edu.errors import EduError
from edu.text.glossary import load_glossary_for
from edu.text.preprocess import preprocess
from edu.text.reading import read_document
from edu.text.source import Span, looks_raw

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "china-space-2021.txt"


@pytest.fixture(scope="module")
def seed():
    return read_document(SEED)


def test_token_offsets_point_at_their_stems(seed):
    assert len(seed.tokens) > 4000
    for t in seed.tokens:
        assert seed.text[t.start : t.end] == t.stem


def test_seed_outline(seed):
    numbers = [s.number for s in seed.sections]
    titles = {s.number: s.title for s in seed.sections if s.number}
    assert seed.sections[0].title == "Preamble"
    assert seed.sections[-1].title == "Conclusion"
    assert [n for n in numbers if "." not in n and n] == ["I", "II", "III", "IV", "V", "VI"]
    assert [n for n in numbers if n.startswith("I.")] == ["I.1", "I.2", "I.3"]
    assert [n for n in numbers if n.count(".") == 1 and n.startswith("II.")] == [
        f"II.{k}" for k in range(1, 8)
    ]
    assert [n for n in numbers if n.startswith("V.")] == [f"V.{k}" for k in range(1, 8)]
    assert [n for n in numbers if n.startswith("IV.")] == [
        "IV.1", "IV.1.1", "IV.1.2", "IV.1.3", "IV.1.4", "IV.2"]
    assert [n for n in numbers if n.startswith("VI.3.")] == [f"VI.3.{k}" for k in range(1, 9)]
    assert titles["I.1"] == "Mission"
    assert titles["II.1"] == "Space transport system"
    assert titles["II.2"] == "Space infrastructure"
    assert titles["I"] == "A New Journey Toward a Strong Space Presence"  # from the glossary


def test_detected_titles_without_glossary():
    from edu.text.glossary import Glossary

    doc = read_document(SEED, Glossary())
    titles = {s.number: s.title for s in doc.sections}
    assert titles["I"] == ""  # inferred section: its numeral and heading are gone
    assert titles["IV"] == "Research space science"
    assert titles["IV.1.1"] == "Space astronomy dark matter"
    assert titles["II.4"] == "Deep space exploration"  # read as in the text around it
    assert titles["VI.1"] == "Basic policy"


def test_sections_nest_and_cover_offsets(seed):
    for s in seed.sections:
        assert 0 <= s.start < s.end <= len(seed.text)
    # the 207 launches sentence lies in II.1 Space transport system
    offset = seed.text.index("207 launch mission")
    assert seed.section_at(offset).label == "II.1 Space transport system"
    assert seed.section_at(seed.text.index("conclus today")).title == "Conclusion"
    assert seed.section_at(0) is None


SMALL_RAW = """Preamble. Rivers shape the valleys they cross, and people have always settled
beside them. This report describes the work of the trust since 2010.
II. Restoring the river
1. Removing weirs
Twelve weirs blocked salmon. By 2015, 9 weirs had been removed and 3 fish passes built.
2. Planting trees
Farmers planted 4000 trees along the banks, which shade the water.
III. Funding the work
1. Public grants
Grants paid for the first phase of the project.
2. Private donors
Donors gave money every year for ten years.
Conclusion. The river is healing, but the work goes on.
"""


def test_outline_of_small_preprocessed_document(tmp_path):
    path = tmp_path / "river.txt"
    path.write_text(preprocess(SMALL_RAW), "utf-8")
    doc = read_document(path)
    assert not doc.raw
    labels = [s.label for s in doc.sections]
    assert labels[0] == "Preamble"
    assert labels[-1] == "Conclusion"
    numbers = [s.number for s in doc.sections if s.number]
    # "9 weirs", "3 fish passes" and the years are not headings
    assert numbers == ["II", "II.1", "II.2", "III", "III.1", "III.2"]
    titles = {s.number: s.title for s in doc.sections}
    assert titles["II.1"].lower().startswith("remov")


def test_raw_english_is_detected_and_tokenized_like_its_preprocessed_form(tmp_path):
    path = tmp_path / "raw.txt"
    path.write_text(SMALL_RAW, "utf-8")
    doc = read_document(path)
    assert doc.raw
    assert [t.stem for t in doc.tokens] == preprocess(SMALL_RAW).split()
    assert doc.words[:3] == ("Preamble", "Rivers", "shape")
    for t, w in zip(doc.tokens, doc.words, strict=True):
        assert doc.text[t.start : t.end] == w
    titles = {s.number: s.title for s in doc.sections}
    assert titles["II"] == "Restoring the river"  # a raw heading is its whole line
    assert titles["III.2"] == "Private donors"
    assert not looks_raw(preprocess(SMALL_RAW))
    assert looks_raw("The Tianhe core module was launched in April 2021.")


@pytest.mark.parametrize("content", [b"", b"   \n", b"\x00\x01binary", b"caf\xe9 latin-1"])
def test_bad_documents_raise_edu_error(tmp_path, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(EduError):
        read_document(path)


def test_seed_glossary_loads():
    glossary = load_glossary_for(SEED)
    assert glossary.meta["publisher"].startswith("State Council Information Office")
    assert len(glossary.entries) > 50


def test_cli_sections_json():
    out = subprocess.run([sys.executable, "-m", "edu", "restore", str(SEED), "--sections",
                          "--format", "json"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert {"number", "title", "start", "end"} == set(rows[0])
    assert any(r["number"] == "II.1" for r in rows)


def test_outline_of_a_preprocessed_report(tmp_path):
    """A report written for this test (tests/data), put through the seed's recipe: section I's
    numeral vanishes, one-word titles ("2. Goals") precede numbers, counts abound."""
    raw = (Path(__file__).parent / "data" / "prose_whitepaper.txt").read_text("utf-8")
    path = tmp_path / "report.txt"
    path.write_text(preprocess(raw), "utf-8")
    doc = read_document(path)
    numbers = [s.number or s.title for s in doc.sections]
    assert numbers == ["Preamble", "I", "I.1", "I.2", "II", "II.1", "II.2", "II.3",
                       "III", "III.1", "III.2", "IV", "Conclusion"]
    titles = {s.number: s.title for s in doc.sections}
    assert titles["II"] == "Building modern water infrastructure"
    assert titles["I.2"] == "Goals"


@pytest.mark.parametrize("name", ["news", "science", "environment", "tech"])
def test_plain_articles_have_no_invented_sections(tmp_path, name):
    """Numbers ("350 new homes", "2019") and a "main conclusion" mid-text are not headings."""
    raw = (Path(__file__).parent / "data" / f"prose_{name}.txt").read_text("utf-8")
    path = tmp_path / "article.txt"
    path.write_text(preprocess(raw), "utf-8")
    assert read_document(path).sections == ()


def test_a_glossary_title_sets_how_far_its_heading_reaches(tmp_path):
    """A guessed title can swallow the first words of the text (the seed's "2 planetari explor
    tianwen 1 mar ..." lost Tianwen) or cut a long title short; the glossary's title, when the
    stems after the enumerator spell it, says exactly where the heading ends."""
    text = ("preambl report describ work team sinc 2010 ii launch work 1 launch base walter reach "
            "orbit crew land safe three day 2 longrang survey station track signal command ttc "
            "station hear probe day night iii result 1 data archiv store million record")
    doc = tmp_path / "notes.txt"
    doc.write_text(text, encoding="utf-8")
    guessed = {s.number: s for s in read_document(doc).sections}
    assert guessed["II.1"].title.endswith("walter reach")  # the text's first words swallowed
    (tmp_path / "notes.yaml").write_text(
        "sections:\n  II.1: Launch base\n  II.2: Long-range survey station tracking, signal"
        " and command (TTC)\n", encoding="utf-8")
    reading = read_document(doc)
    fitted = {s.number: s for s in reading.sections}
    assert fitted["II.1"].title == "Launch base"
    assert text[fitted["II.1"].start:fitted["II.1"].heading_end] == "1 launch base"
    assert text[fitted["II.2"].start:fitted["II.2"].heading_end] == (
        "2 longrang survey station track signal command ttc")
    body = reading.span_text(Span(fitted["II.1"].heading_end, fitted["II.2"].start)).split()
    assert body[0].lower() == "walter"


# Raw documents whose prose holds a roman numeral or a small number mid-paragraph ("Queen
# Elizabeth II visited the village ...", "born on 1 July 1818"): each once opened a false
# section "II ..." (or "1 July") that named every later fact's section.
_PROSE_NUMERALS = ["blind/aberfan_disaster.txt", "blind/great_fire_london.txt",
                   "tuning/hindenburg.txt", "tuning/semmelweis.txt",
                   "fresh_extract/tunnel_channel.txt"]


@pytest.mark.parametrize("name", _PROSE_NUMERALS)
def test_a_numeral_inside_raw_prose_opens_no_section(name):
    reading = read_document(Path(__file__).parent / "data" / name)
    assert [s.number for s in reading.sections if s.number] == []
    assert len(reading.sections) == 1  # the title line alone


def test_aberfan_facts_after_the_queen_keep_the_document_section():
    """The facts after "Queen Elizabeth II visited the village two days later" were filed
    under a section "II Visited village two days later"."""
    reading = read_document(Path(__file__).parent / "data" / "blind" / "aberfan_disaster.txt")
    after = reading.text.index("visited the village two days later")
    section = reading.section_at(after)
    assert section is not None and section.title == "The Aberfan Disaster"


def test_raw_outlines_first_on_their_lines_are_kept():
    """Numbered headings of raw reports open their lines ("II. Scientific Results",
    "1. Sea ice. ..."): they stay sections, mid-line numbers around them do not."""
    reading = read_document(Path(__file__).parent / "data" / "unseen_polar.raw.txt")
    numbers = [s.number for s in reading.sections if s.number]
    assert numbers[:6] == ["I", "I.1", "I.2", "I.3", "II", "II.1"]
    assert [n for n in numbers if "." not in n] == ["I", "II", "III", "IV", "V", "VI"]
    titles = {s.number: s.title for s in reading.sections}
    assert titles["II"] == "Scientific Results"


def test_line_openers_skip_marks_not_words():
    from edu.text.sections import line_openers
    from edu.text.source import document_of
    text = "Title line\n\n(2) Second point here\nThe 3 ships sailed\n- 4 more\n"
    doc = document_of("x.txt", text, raw=True)
    stems = doc.stems()
    openers = {stems[k] for k in line_openers(doc.text, doc.token_starts())}
    assert {"titl", "2", "4"} <= openers
    assert "3" not in openers


def test_a_day_and_month_parted_by_a_word_are_no_date(tmp_path):
    """Semmelweis: "fell from about 18 per cent in April to under 2 per cent" read as a date
    "April 2" once "2 Per cent ..." no longer opened a false section (the boundary had hidden
    it); a day and month with only "of"/"the" or nothing between them stay dates."""
    from edu.extract import extract_candidates

    doc = tmp_path / "notes.txt"
    doc.write_text(
        "The Clinic\n\nThe death rate in the First Clinic fell from about 18 per cent in April "
        "to under 2 per cent by the summer. The new wing opened on 26 November and the old "
        "one closed on the 3rd of March. Its doctors met again on December 4 in Vienna.\n",
        encoding="utf-8")
    answers = {f.answer for f in extract_candidates(read_document(doc)) if f.kind == "date"}
    assert not any(a.startswith("April") for a in answers)
    assert {"26 November", "December 4"} <= answers

"""GIFT and CSV exports: parse them back and compare with the items they came from."""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

import pytest

from edu.cli import main
from edu.deck.check import load_deck
from edu.handout.export import CSV_HEADER, card_text, gift_escape, safe_cell, to_csv, to_gift
from edu.items.generate import generate_items
from edu.items.model import Item

MINI = Path(__file__).parent / "data" / "mini.yaml"

HOSTILE = [
    Item(id="h:1", fact_id="h1", kind="short_answer", prompt="What is {a} = b ~ c # d: e \\ f?",
         answer="x=y", aliases=["a~b", "c#d"], section="S/1"),
    Item(id="h:2", fact_id="h2", kind="multiple_choice", prompt='Pick "one", or: two?',
         answer="=eq", options=["~tilde", "=eq", "{brace}", "a, b"], section="S/1"),
    Item(id="h:3", fact_id="h3", kind="numeric", prompt="How many, roughly?", answer="1,024",
         unit="items", tolerance=2.5),
    Item(id="h:4", fact_id="h4", kind="true_false", prompt="", statement="Mozi is a :probe:",
         answer="false", true_statement="Mozi is a #1 satellite"),
    Item(id="h:5", fact_id="h5", kind="cloze", prompt="The ____ landed {far}.", answer="Chang'e-4"),
    Item(id="h:6", fact_id="h6", kind="matching", prompt="Match:", answer="",
         pairs=[["a=1", "b"], ["c", "d~"], ["e", "f"]]),
    Item(id="h:7", fact_id="h7", kind="ordering", prompt="Order", answer="",
         sequence=["x", "y"], years=["1", "2"]),
]


# --- a small GIFT reader, written from the format's description -------------------------------

def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text).strip()


def _find(text: str, token: str, start: int = 0) -> int:
    """Index of the next unescaped `token` in `text`, or -1."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(token, i):
            return i
        i += 1
    return -1


def _split_answers(block: str) -> list[tuple[str, str]]:
    marks, i = [], 0
    while i < len(block):
        if block[i] == "\\":
            i += 2
            continue
        if block[i] in "=~":
            marks.append(i)
        i += 1
    return [(block[a], _unescape(block[a + 1:b])) for a, b in zip(marks, marks[1:] + [len(block)],
                                                                  strict=True)]


def parse_gift(text: str) -> list[dict]:
    questions = []
    for block in re.split(r"\n\s*\n", text.strip()):
        block = block.strip()
        if block.startswith("//") or block.startswith("$CATEGORY:"):
            continue
        assert block.startswith("::"), block
        end = _find(block, "::", 2)
        title, rest = _unescape(block[2:end]), block[end + 2:]
        assert rest.startswith("[plain]")  # deck text is never read as HTML by Moodle
        rest = rest[len("[plain]"):]
        open_, close = _find(rest, "{"), _find(rest, "}")
        assert open_ >= 0 and close > open_, block
        stem = _unescape(rest[:open_]) + (" _____ " + _unescape(rest[close + 1:])
                                           if rest[close + 1:].strip() else "")
        body = rest[open_ + 1:close].strip()
        q = {"title": title, "text": " ".join(stem.split())}
        if body.startswith("#"):
            value, tol = body[1:].split(":")
            q.update(type="numerical", value=float(value), tolerance=float(tol))
        elif body.split("#")[0] in ("TRUE", "FALSE", "T", "F"):
            q.update(type="truefalse", value=body.split("#")[0] in ("TRUE", "T"))
            if _find(body, "#") > 0:
                q["feedback"] = _unescape(body[_find(body, "#") + 1:])
        else:
            answers = _split_answers(body)
            if all(m == "=" and _find(a, "->") >= 0 for m, a in answers) and answers:
                q.update(type="matching", pairs=[[_unescape(p) for p in a.split("->")]
                                                 for _, a in answers])
            elif any(m == "~" for m, _ in answers):
                q.update(type="multichoice", right=[a for m, a in answers if m == "="],
                         options=[a for _, a in answers])
            else:
                q.update(type="shortanswer", answers=[a for _, a in answers])
        questions.append(q)
    return questions


# --- GIFT -------------------------------------------------------------------------------------

def test_gift_escape() -> None:
    assert gift_escape("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h"
    assert gift_escape("two\nlines") == "two lines"


def test_hostile_gift_parses_back_to_the_same_text() -> None:
    text, report = to_gift(HOSTILE, "Deck: {x}")
    assert report.written == 6 and report.skipped == [("h:7", "ordering has no GIFT question type")]
    assert "$CATEGORY: Deck: {x}/S-1" in text  # '/' in a section would nest categories
    qs = {q["title"]: q for q in parse_gift(text)}
    assert len(qs) == 6
    assert qs["h:1"] == {"title": "h:1", "text": "What is {a} = b ~ c # d: e \\ f?",
                         "type": "shortanswer", "answers": ["x=y", "a~b", "c#d"]}
    assert qs["h:2"]["type"] == "multichoice" and qs["h:2"]["right"] == ["=eq"]
    assert qs["h:2"]["options"] == ["~tilde", "=eq", "{brace}", "a, b"]
    assert qs["h:3"]["value"] == 1024 and qs["h:3"]["tolerance"] == 2.5
    assert qs["h:3"]["text"] == "How many, roughly? (items)"
    assert qs["h:4"] == {"title": "h:4", "text": "Mozi is a :probe:", "type": "truefalse",
                         "value": False, "feedback": "Mozi is a #1 satellite"}
    assert qs["h:5"]["text"] == "The _____ landed {far}." and qs["h:5"]["answers"] == ["Chang'e-4"]
    assert qs["h:6"]["pairs"] == [["a=1", "b"], ["c", "d~"], ["e", "f"]]


@pytest.fixture(scope="module")
def mini_items() -> list[Item]:
    return generate_items(load_deck(MINI), seed=0)


def test_gift_of_a_real_deck_agrees_with_items(mini_items) -> None:
    text, report = to_gift(mini_items, "Mini")
    parsed = parse_gift(text)
    assert len(parsed) == report.written == len(mini_items) - len(report.skipped)
    by_id = {it.id: it for it in mini_items}
    for q in parsed:
        item = by_id[q["title"]]
        if item.kind == "multiple_choice":
            assert q["right"] == [item.answer] and sorted(q["options"]) == sorted(item.options)
        elif item.kind == "true_false":
            assert q["value"] == (item.answer == "true")
        elif q["type"] == "numerical":
            assert q["value"] == float(item.answer.replace(",", ""))
            assert q["tolerance"] == float(item.tolerance or 0)
        elif item.kind in ("short_answer", "cloze"):
            assert q["answers"][0] == item.answer and set(item.aliases) <= set(q["answers"])


# --- CSV --------------------------------------------------------------------------------------

def test_csv_round_trips_through_csv_reader(mini_items) -> None:
    items = mini_items + HOSTILE
    text, report = to_csv(items)
    header, body = text[:len(CSV_HEADER)], text[len(CSV_HEADER):]
    assert header == CSV_HEADER == "#separator:Comma\n#html:false\n#tags column:3\n"
    rows = list(csv.reader(io.StringIO(body)))
    assert len(rows) == report.written == len(items)
    for row, item in zip(rows, items, strict=True):
        front, back = card_text(item)
        assert row[:2] == [safe_cell(" ".join(front.split())), safe_cell(" ".join(back.split()))]
        assert f"edu::kind::{item.kind}" in row[2].split()
        assert len(row) == 3
    hostile = rows[len(mini_items) + 1]
    assert hostile[0].startswith('Pick "one", or: two?') and hostile[1] == "'=eq"


@pytest.mark.parametrize(("cell", "safe"), [
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
    ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("-cmd", "'-cmd"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),  # starts with a digit, still a formula
    ("-5", "-5"), ("-3.5", "-3.5"), ("-1,000", "-1,000"),
    ("Long March 5", "Long March 5"), ("a = b", "a = b"),
])
def test_csv_cells_that_would_run_as_formulas_are_neutralised(cell, safe) -> None:
    assert safe_cell(cell) == safe
    item = Item(id="f:1", fact_id="f1", kind="short_answer", prompt=cell, answer=cell)
    text, _ = to_csv([item])
    row = next(csv.reader(io.StringIO(text[len(CSV_HEADER):])))
    assert row[0].startswith(safe) and row[1] == safe


def test_csv_imports_into_anki(tmp_path: Path, mini_items) -> None:
    collection = pytest.importorskip("anki.collection")
    from anki import import_export_pb2 as ie

    path = tmp_path / "cards.csv"
    path.write_text(to_csv(mini_items)[0], encoding="utf-8")
    col = collection.Collection(str(tmp_path / "col.anki2"))
    try:
        meta = col.get_csv_metadata(str(path), ie.CsvMetadata.Delimiter.COMMA)
        meta.tags_column = 3
        col.import_csv(ie.ImportCsvRequest(path=str(path), metadata=meta))
        assert col.note_count() == len(mini_items)
        note = col.get_note(col.find_notes("tag:edu::kind::short_answer")[0])
        assert note.fields[0] and note.fields[1]
    finally:
        col.close()


# --- command line -----------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["gift", "csv"])
def test_cli_export(tmp_path: Path, capsys, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    assert main(["export", str(MINI), "--format", fmt, "-o", str(out)]) == 0
    line = capsys.readouterr().out
    assert line.count("\n") == 1 and str(out) in line
    data = out.read_bytes()
    assert main(["export", str(MINI), "--format", fmt, "-o", str(out)]) == 0
    assert out.read_bytes() == data


def test_cli_export_bad_input(tmp_path: Path, capsys) -> None:
    assert main(["export", str(tmp_path / "missing.yaml"), "--format", "gift", "-o",
                 str(tmp_path / "x.gift")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["export", str(MINI), "--format", "gift", "-o",
                 str(tmp_path / "nodir" / "x.gift")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


# --- issue 18: Anki's CSV header, matching descriptions, Quizlet, GIFT answer escapes --------

def test_csv_header_lets_anki_import_without_settings(tmp_path: Path, mini_items) -> None:
    collection = pytest.importorskip("anki.collection")
    from anki import import_export_pb2 as ie

    items = [*mini_items, MATCHING]
    path = tmp_path / "cards.csv"
    path.write_text(to_csv(items)[0], encoding="utf-8")
    col = collection.Collection(str(tmp_path / "col.anki2"))
    try:
        meta = col.get_csv_metadata(str(path), None)  # no delimiter given: the header says
        assert meta.delimiter == ie.CsvMetadata.Delimiter.COMMA
        assert meta.tags_column == 3 and not meta.is_html
        col.import_csv(ie.ImportCsvRequest(path=str(path), metadata=meta))
        assert col.note_count() == len(items)
        mc = next(i for i in mini_items if i.kind == "multiple_choice")
        note = col.get_note(col.find_notes("tag:edu::kind::multiple_choice")[0])
        # the options' semicolons stay inside the front field (text, which Anki stores
        # escaped: the topic's "China's" arrives as "China&#x27;s")
        assert html.unescape(note.fields[0]) == " ".join(card_text(mc)[0].split())
        assert ";" in note.fields[0] and note.fields[0].startswith("[Mini: China")
        (matching,) = col.find_notes("tag:edu::kind::matching")
        front = col.get_note(matching).fields[0]
        assert all(right in front for _, right in MATCHING.pairs or [])
    finally:
        col.close()


MATCHING = Item(id="m", fact_id="m", kind="matching", prompt="Match each probe.", answer="",
                pairs=[["Tianwen-1", "reached Mars in 2021"], ["Chang'e-4", "far side landing"],
                       ["Mozi", "quantum satellite"]],
                options=["far side landing", "quantum satellite", "reached Mars in 2021"])


def test_matching_card_carries_its_descriptions() -> None:
    item = MATCHING
    front, back = card_text(item)
    for left, right in item.pairs:
        assert left in front and right in front and f"{left}: {right}" in back
    assert "A) far side landing" in front and "1–C Tianwen-1" in back


def test_quizlet_is_one_term_tab_definition_line_per_card(mini_items) -> None:
    from edu.handout.export import to_quizlet

    tricky = Item(id="t", fact_id="t", kind="short_answer", prompt="Tab\there,\nnewline?",
                  answer="a\tb")
    text, report = to_quizlet([*mini_items, tricky])
    lines = text.splitlines()
    assert len(lines) == report.written == len(mini_items) + 1
    assert all(line.count("\t") == 1 for line in lines)
    assert lines[-1] == "Tab here, newline?\ta b"
    for line, item in zip(lines, mini_items, strict=False):
        assert line.split("\t") == [" ".join(t.split()) for t in card_text(item)]


def test_gift_escapes_wildcards_and_arrows_in_answers() -> None:
    items = [
        Item(id="s", fact_id="s", kind="short_answer", prompt="Which rating?", answer="5*",
             aliases=["A->B"]),
        Item(id="c", fact_id="c", kind="multiple_choice", prompt="Pick", answer="x->y",
             options=["x->y", "a*b", "c", "d"]),
    ]
    text, _ = to_gift(items, "T")
    assert "=5\\*" in text and "=A→B" in text  # Moodle: \* is a literal star
    assert "->" not in text  # no answer can be read as a matching pair
    assert "~a*b" in text  # multiple choice shows options as written: no wildcard there
    qs = {q["title"]: q for q in parse_gift(text)}
    assert qs["c"]["type"] == "multichoice" and qs["s"]["type"] == "shortanswer"


def test_gift_matching_puts_short_labels_in_the_dropdowns() -> None:
    pairs = [["Tianwen-1", "China's first probe to reach Mars, in 2021"],
             ["Chang'e-4", "the first landing on the far side of the Moon"],
             ["Mozi", "the first quantum science satellite"]]
    item = Item(id="m", fact_id="m", kind="matching", prompt="Match.", answer="", pairs=pairs)
    text, report = to_gift([item], "T")
    assert report.written == 1
    (q,) = parse_gift(text)
    # GIFT's `question -> answer`: the answers fill Moodle's drop-down lists
    assert q["pairs"] == [[long, short] for short, long in pairs]

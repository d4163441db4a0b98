"""Deck loading and validation: a valid fixture, and a table of hand-broken decks with the
line:col and message each must produce."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.deck.check import check_deck, load_deck, parse_deck
from edu.deck.model import dump_deck
from edu.errors import EduError

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "china-space-2021.txt"
MINI = ROOT / "tests" / "data" / "mini.yaml"

# Line numbers matter below: the table's expectations count lines of this text.
BASE = f"""\
deck: Mini
id: mini
source: {SEED}
facts:
  - id: launch-missions
    kind: number
    prompt: How many launch missions did China complete from 2016 to December 2021?
    answer: 207
    unit: launch missions
    source: {{start: 4127, end: 4170}}
  - id: zhurong-rover
    kind: name
    prompt: What is the name of China's first Mars rover?
    answer: Zhurong
    source: {{start: 9611, end: 9642}}
"""


@pytest.fixture(autouse=True)
def _private_proof_record(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))


def write(tmp_path: Path, text: str, name: str = "deck.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_base_deck_is_valid(tmp_path):
    assert check_deck(write(tmp_path, BASE)) == []


def test_mini_fixture_loads_with_typed_fields():
    deck = load_deck(MINI)
    assert deck.id == "mini-china-space"
    assert len(deck.facts) == 10
    launches = deck.fact("launch-missions-2016-2021")
    assert launches.answer == "207"  # written unquoted, read as text
    assert launches.tolerance == 0.0 and launches.unit == "launch missions"
    assert launches.source.start == 4127 and launches.source.end == 4170
    assert deck.fact("change5-sample-mass").aliases == ["1731 g", "1.731 kg"]
    assert deck.fact("shenzhou-xiii").status == "draft"
    assert deck.fact("zhurong-rover").status == "reviewed"
    assert deck.source_path.resolve() == SEED


def test_dump_then_load_round_trips(tmp_path):
    deck = load_deck(MINI)
    again_path = write(tmp_path, dump_deck(deck).replace(
        "../../seeds/china-space-2021.txt", str(SEED)))
    again = load_deck(again_path)
    assert [f.to_dict() for f in again.facts] == [f.to_dict() for f in deck.facts]
    assert (again.title, again.id, again.tags) == (deck.title, deck.id, deck.tags)


# (name, text to replace in BASE, replacement, "line:col", expected message substring)
BROKEN = [
    ("misspelt key", "    prompt: What", "    promt: What", "13:5",
     "unknown key 'promt' (did you mean 'prompt'?)"),
    ("missing answer", "    answer: Zhurong\n", "", "11:5", "missing required key 'answer'"),
    ("answer is a list", "answer: Zhurong", "answer: [Zhurong]", "14:13",
     "'answer' must be text, not a list"),
    ("answer is a mapping", "answer: Zhurong", "answer: {name: Zhurong}", "14:13",
     "'answer' must be text, not a mapping"),
    ("empty answer", "answer: Zhurong", "answer: ''", "14:13", "'answer' is empty"),
    ("null prompt", "prompt: What is the name of China's first Mars rover?", "prompt:",
     "13:12", "'prompt' is empty"),
    ("bad kind", "kind: name", "kind: nmae", "12:11",
     "must be one of number | date | name, not 'nmae' (did you mean 'name'?)"),
    ("bad status", "    source: {start: 9611", "    status: done\n    source: {start: 9611",
     "15:13", "'status' must be one of draft | reviewed"),
    ("duplicate id", "id: zhurong-rover", "id: launch-missions", "11:9",
     "duplicate fact id 'launch-missions' (also at line 5)"),
    ("duplicate key", "    unit: launch missions\n",
     "    unit: launch missions\n    unit: launches\n", "10:5",
     "duplicate key 'unit' (first at line 9)"),
    ("span start after end", "{start: 9611, end: 9642}", "{start: 9642, end: 9611}", "15:13",
     "source span 9642-9611: start must be less than end"),
    ("span past the end", "{start: 9611, end: 9642}", "{start: 9611, end: 999999}", "15:13",
     "runs past the end of the source document"),
    ("span not a number", "{start: 9611, end: 9642}", "{start: x, end: 9642}", "15:21",
     "'source.start' must be a whole number, not text"),
    ("negative span", "{start: 9611, end: 9642}", "{start: -5, end: 9642}", "15:21",
     "must not be negative"),
    ("span unknown key", "{start: 9611, end: 9642}", "{start: 9611, ned: 9642}", "15:27",
     "unknown key 'ned' (did you mean 'end'?)"),
    ("answer drifted from span", "{start: 9611, end: 9642}", "{start: 9640, end: 9680}",
     "14:13", "answer 'Zhurong' not found in source span 9640-9680 (span reads: '"),
    ("number split inside digits", "answer: 207", "answer: 20", "8:13",
     "answer '20' not found in source span 4127-4170"),
    ("missing source document", f"source: {SEED}", "source: no-such-doc.txt", "3:9",
     "source document 'no-such-doc.txt' not found"),
    ("tab in indentation", "    kind: name", "\tkind: name", "12:1",
     "tab character in indentation"),
    ("broken flow", "{start: 9611, end: 9642}", "{start: 9611, end: 9642", "16:1",
     "invalid YAML"),
    ("unit on a name", "    answer: Zhurong\n", "    answer: Zhurong\n    unit: rovers\n",
     "15:11", "'unit' applies only to kind: number"),
    ("number without digits", "answer: 207", "answer: many", "8:13",
     "kind: number needs a numeric answer"),
    ("tolerance text", "    unit: launch", "    tolerance: some\n    unit: launch", "9:16",
     "'tolerance' must be a number, not text"),
    ("bad deck id", "id: mini\n", "id: Mini Deck\n", "2:5", "'id' 'Mini Deck' must be a slug"),
    ("unknown top key", "deck: Mini\n", "deck: Mini\ntitle: Mini\n", "2:1",
     "unknown key 'title'"),
    ("no facts", BASE[BASE.index("facts:"):], "facts: []\n", "4:8", "deck has no facts"),
    ("facts not a list", BASE[BASE.index("facts:"):], "facts: many\n", "4:8",
     "'facts' must be a list of facts, not text"),
    ("fact not a mapping", "  - id: zhurong-rover\n    kind: name\n", "  - zhurong\n  - id: x\n"
     "    kind: name\n", "11:5", "fact #2 must be a mapping of keys, not text"),
    ("python tag", "answer: Zhurong", "answer: !!python/object:os.system Zhurong", "14:13",
     "tags are not supported"),
    ("merge key", "    answer: Zhurong\n", "    answer: Zhurong\n    <<: {note: x}\n", "15:5",
     "merge keys ('<<') are not supported"),
    ("two documents", "deck: Mini\n", "deck: Mini\n---\n", "2:1", "invalid YAML"),
    ("stop-word answer", "answer: Zhurong", "answer: The", "14:13",
     "has no words left after preprocessing"),
    ("near duplicate", "prompt: What is the name of China's first Mars rover?\n    answer: Zhurong",
     "prompt: How many launch missions did China complete from 2016 to December 2021 in all?"
     "\n    answer: 207", "11:9", "nearly duplicates fact 'launch-missions' (line 5)"),
    ("span inside one word", "{start: 9611, end: 9642}", "{start: 9612, end: 9614}", "15:13",
     "source span 9612-9614 holds no whole word of the source"),
    ("span too long", "{start: 9611, end: 9642}", "{start: 9211, end: 9642}", "15:13",
     "is 431 characters long; evidence should be one clause"),
    ("tags as text", "    answer: Zhurong\n", "    answer: Zhurong\n    tags: mars\n", "15:11",
     "'tags' must be a list like [a, b], not text"),
]


@pytest.mark.parametrize(("name", "old", "new", "where", "message"), BROKEN,
                         ids=[case[0] for case in BROKEN])
def test_broken_deck_is_located(tmp_path, name, old, new, where, message):
    assert old in BASE, name
    path = write(tmp_path, BASE.replace(old, new, 1))
    problems = check_deck(path)
    rendered = [str(p) for p in problems]
    expected = f"{path}:{where}: "
    assert any(r.startswith(expected) and message in r for r in rendered), rendered
    with pytest.raises(EduError) as caught:
        load_deck(path)
    assert [str(p) for p in caught.value.problems] == rendered


def test_every_problem_is_reported_at_once(tmp_path):
    text = (BASE.replace("kind: name", "kind: nmae").replace("answer: 207", "answer: [207]")
            .replace("id: zhurong-rover", "id: launch-missions"))
    problems = check_deck(write(tmp_path, text))
    assert len(problems) >= 2
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_duplicate_id_of_an_unsound_fact_is_still_reported(tmp_path):
    text = BASE.replace("id: zhurong-rover\n    kind: name", "id: launch-missions\n    kind: nmae")
    messages = [str(p) for p in check_deck(write(tmp_path, text))]
    assert any(":11:9: duplicate fact id 'launch-missions' (also at line 5)" in m for m in messages)


def test_empty_optional_values_count_as_absent(tmp_path):
    text = BASE.replace("    unit: launch missions\n", "    unit:\n    note:\n    aliases:\n")
    fact = load_deck(write(tmp_path, text)).fact("launch-missions")
    assert (fact.unit, fact.note, fact.aliases) == (None, None, [])


def test_tabs_inside_a_block_scalar_are_content(tmp_path):
    text = BASE.replace("    answer: Zhurong\n",
                        "    answer: Zhurong\n    note: |\n      a\n      \tb\n")
    assert check_deck(write(tmp_path, text)) == []


def test_empty_and_comment_only_files(tmp_path):
    assert "file is empty" in str(check_deck(write(tmp_path, "  \n"))[0])
    assert "no YAML content" in str(check_deck(write(tmp_path, "# nothing\n"))[0])


def test_not_utf8_is_located(tmp_path):
    path = tmp_path / "deck.yaml"
    path.write_bytes(BASE.replace("Zhurong", "Zh\xfcrong").encode("latin-1"))
    [problem] = check_deck(path)
    assert (problem.line, problem.col) == (14, 15) and "not valid UTF-8" in problem.message


def test_missing_deck_file(tmp_path):
    [problem] = check_deck(tmp_path / "absent.yaml")
    assert problem.message == "no such file"


def test_other_yaml_is_one_problem_not_a_flood(tmp_path):
    [problem] = check_deck(write(tmp_path, "document: x\nfacts:\n  - {answer: 1, near: 2}\n"))
    assert str(problem).endswith(":1:1: not a deck file: expected top-level keys 'deck', 'id', "
                                 "'source' and 'facts', found 'document', 'facts'")


def test_top_level_not_a_mapping(tmp_path):
    [problem] = check_deck(write(tmp_path, "- a\n- b\n"))
    assert (problem.line, problem.col) == (1, 1) and "must be a mapping" in problem.message


def test_bom_and_crlf_load(tmp_path):
    path = tmp_path / "deck.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + BASE.replace("\n", "\r\n").encode())
    assert len(load_deck(path).facts) == 2


def test_number_with_unit_is_proved_by_the_number_alone(tmp_path):
    text = BASE.replace("answer: 207\n    unit: launch missions",
                        "answer: 207 flights\n    unit: flights")
    assert check_deck(write(tmp_path, text)) == []
    no_unit = BASE.replace("answer: 207\n    unit: launch missions\n", "answer: 207 flights\n")
    assert "not found in source span" in str(check_deck(write(tmp_path, no_unit))[0])


def test_answer_across_token_break_and_digit_tokens(tmp_path):
    # "Shenzhou-XIII" is one word to the recipe ("shenzhouxiii") but two tokens in the seed;
    # "30" sits glued to a word in the token "30satellit".
    text = BASE.replace("answer: Zhurong\n    source: {start: 9611, end: 9642}",
                        "answer: Shenzhou-XIII\n    source: {start: 8582, end: 8623}")
    text = text.replace("answer: 207\n    unit: launch missions\n    source: {start: 4127, "
                        "end: 4170}", "answer: 30\n    source: {start: 7114, end: 7171}")
    assert check_deck(write(tmp_path, text)) == []


def test_ordinary_english_source_is_preprocessed_for_the_proof(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("From 2016 to December 2021, a total of 207 launch missions were "
                   "completed. The Zhurong Mars rover explored the planet.\n", encoding="utf-8")
    start = doc.read_text().index("Zhurong")
    text = (BASE.replace(str(SEED), "doc.txt").replace("{start: 4127, end: 4170}",
                                                       "{start: 0, end: 70}")
            .replace("{start: 9611, end: 9642}", f"{{start: {start}, end: {start + 20}}}"))
    assert check_deck(write(tmp_path, text)) == []


def test_aliases_and_recursive_anchor_do_not_hang(tmp_path):
    text = BASE.replace("    answer: Zhurong\n", "    answer: Zhurong\n    tags: &t [a, *t]\n")
    problems = check_deck(write(tmp_path, text))
    assert any("'tags' item 2 must be text, not a list" in p.message for p in problems)


def test_billion_laughs_is_not_expanded(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    path = write(tmp_path, "\n".join(lines) + "\n")
    [problem] = check_deck(path)
    assert problem.message.startswith("not a deck file: expected top-level keys")


def test_parse_deck_keeps_sound_facts_of_a_broken_deck(tmp_path):
    report = parse_deck(write(tmp_path, BASE.replace("kind: name", "kind: nmae")))
    assert report.deck is not None and [f.id for f in report.deck.facts] == ["launch-missions"]
    assert len(report.problems) == 1


def test_dashes_may_read_as_spaces(tmp_path):
    # The seed writes "cere 1" (Ceres 1) and "zhongx 9b"; hyphenated answers are still proved.
    text = BASE.replace("answer: Zhurong\n    source: {start: 9611, end: 9642}",
                        "answer: Zhongxing-9B\n    source: {start: 6427, end: 6479}")
    assert check_deck(write(tmp_path, text)) == []


def test_draft_keys_are_accepted_and_score_may_be_negative(tmp_path):
    text = BASE.replace("    answer: Zhurong\n", "    answer: Zhurong\n    answer_stems: zhurong\n"
                        "    evidence: Zhurong Mars rover\n    score: -1.5\n    status: draft\n")
    fact = load_deck(write(tmp_path, text)).fact("zhurong-rover")
    assert (fact.score, fact.status, fact.answer_stems) == (-1.5, "draft", "zhurong")


def test_the_example_in_the_docs_is_a_valid_deck(tmp_path):
    docs = (ROOT / "docs" / "DECKS.md").read_text("utf-8")
    example = docs.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert "source: ../seeds/china-space-2021.txt" in example
    (tmp_path / "decks").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "china-space-2021.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    deck = load_deck(write(tmp_path / "decks", example))
    assert [f.id for f in deck.facts] == ["launch-missions-2016-2021", "change5-sample-mass"]

"""A deck loaded in parts (edu.deck.deckparts, check._read_in_parts) equals the deck loaded
whole, and never hides or moves a problem: for random decks and random edits of their text
(comments and blank lines anywhere, lines added above a fact, facts reworded, broken, moved,
repeated, anchors and aliases, tabs, stray YAML), `load_deck` with the parts kept from the
earlier versions gives exactly what reading the whole text gives (the Deck, or every problem
with its file, line and column), and the same .apkg bytes."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import edu.deck.check
from edu.anki.export import PREFERRED_KINDS, export_apkg, one_per_fact
from edu.deck.check import load_deck, parse_deck
from edu.deck.deckparts import split_deck
from edu.deck.model import Deck
from edu.errors import EduError, Problem
from edu.items.generate import generate_items_with_report

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_TEXT = (ROOT / "decks" / "china-space-2021.yaml").read_text("utf-8")
HEADER, _, BODY = BUNDLED_TEXT.partition("facts:\n")
FACT_TEXTS = ["  - id:" + chunk for chunk in BODY.split("  - id:")[1:]]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("deckparts")
    (root / "seeds").mkdir()
    (root / "decks").mkdir()
    shutil.copy(ROOT / "seeds" / "china-space-2021.txt", root / "seeds")
    return root


def _whole(path: Path, cache: Path, monkeypatch) -> tuple[Deck | None, list[Problem]]:
    """What reading the whole text gives: `load_deck`'s own whole read, with a fresh cache."""
    shutil.rmtree(cache, ignore_errors=True)
    monkeypatch.setenv("EDU_CACHE_DIR", str(cache))
    report = parse_deck(path, trust_record=True)
    return (None if report.problems else report.deck), report.problems


def _loaded(path: Path, cache: Path, monkeypatch) -> tuple[Deck | None, list[Problem]]:
    monkeypatch.setenv("EDU_CACHE_DIR", str(cache))
    try:
        return load_deck(path), []
    except EduError as exc:
        return None, exc.problems


def _shown(problems: list[Problem]) -> list[tuple[object, ...]]:
    return [(p.path, p.line, p.col, p.message) for p in problems]


STRAY_LINES = ["# a comment", "", "   ", "  # indented comment", "    # deeper comment",
               "  - id: stray", "- id: stray-at-margin", "-", "  -", "tags: [late]",
               "language: fr", "facts:", "---", "...", "\t- id: tabbed", "    note: |",
               "      - a dash inside a block", "    note: \"open quote", "    tags: [open",
               "    tags: &shared [a, b]", "    tags: *shared", "    aliases: *shared",
               "    note: >-", "      folded text", "  -\tid: tab-after-dash",
               "    prompt: !!str tagged", "    <<: {note: merged}", "%YAML 1.1",
               "    kind: nam", "    status: reviewed", "    score: 0.5", "    answer:",
               "\ufeff# bom", "  - id: x\r", "    note: 'it''s'", "    note: a\u2028b"]


def _edit(text: str, rng: random.Random) -> str:
    """One random edit of a deck's text, valid or not."""
    lines = text.split("\n")
    what = rng.choice([  # sound edits, then edits that break the deck or may
        "comment", "blank", "reword", "wider span", "tag", "note", "move fact",
        "delete fact", "above", "comment", "reword", "note", "move fact",
        "stray", "answer", "delete line", "repeat line", "repeat fact", "indent", "span",
        "near copy", "same id", "append"])
    at = rng.randrange(len(lines) + 1)
    facts = [i for i, line in enumerate(lines) if line.lstrip().startswith("- id:")]
    fact = rng.choice(facts) if facts else 0
    if what == "comment":
        lines.insert(at, rng.choice(["# edited", "  # edited", "    # edited"]))
    elif what == "blank":
        lines.insert(at, "")
    elif what == "stray":
        lines.insert(at, rng.choice(STRAY_LINES))
    elif what == "append":  # after the last fact, where the list may end
        lines[-1:-1] = [rng.choice(STRAY_LINES)]
    elif what == "above":  # lines added above a fact: every later line number moves
        lines[fact:fact] = ["# one", "", "# two"]
    elif what in ("reword", "answer", "span", "wider span", "tag", "note"):
        key = {"reword": "prompt:", "answer": "answer:", "span": "source:",
               "wider span": "source:", "tag": "status:", "note": "status:"}[what]
        found = [i for i in range(fact, len(lines)) if lines[i].lstrip().startswith(key)]
        if found:
            i = found[0]
            indent = lines[i][:len(lines[i]) - len(lines[i].lstrip())]
            if what == "reword":
                lines[i] = lines[i].replace("?", " then?", 1) if "?" in lines[i] \
                    else lines[i] + " then"
            elif what == "answer":
                lines[i] = lines[i].split(":", 1)[0] + ": Zhurong"
            elif what == "span":  # start past end
                lines[i] = lines[i].replace("start: ", "start: 1", 1)
            elif what == "wider span":  # still proves the answer
                lines[i] = re.sub(r"start: (\d+)",
                                  lambda m: f"start: {max(0, int(m[1]) - 1)}", lines[i])
            elif what == "tag":  # a fact's (first) tags, or new ones
                tags = next((j for j in range(fact + 1, i) if "tags: [" in lines[j]), None)
                if tags is None:
                    lines.insert(i, indent + "tags: [edited]")
                else:
                    lines[tags] = lines[tags].replace("tags: [", "tags: [edited, ", 1)
            elif not any("note:" in lines[j] for j in range(fact + 1, i)):
                lines.insert(i, indent + rng.choice(["note: a note", "note: |\n  " + indent
                                                     + "a block note", "note: 'a: note'"]))
    elif what == "delete fact" and len(facts) > 1:
        del lines[fact:next((i for i in facts if i > fact), len(lines))]
    elif what == "same id" and facts:  # another fact's id: a repeated id, nothing else
        lines[fact] = lines[fact].split("- id:")[0] + "- id:" + \
            lines[rng.choice(facts)].split("- id:")[1]
    elif what == "delete line" and lines:
        del lines[at % len(lines)]
    elif what == "repeat line" and lines:
        lines.insert(at, lines[at % len(lines)])
    elif what in ("move fact", "repeat fact", "near copy") and facts:
        end = next((i for i in facts if i > fact), len(lines))
        block = lines[fact:end]
        if what == "near copy":  # the same fact under another id: a near-duplicate
            block = [block[0] + "-copy", *block[1:]]
        if what == "move fact":
            del lines[fact:end]
        target = rng.choice([i for i, line in enumerate(lines)
                             if line.lstrip().startswith("- id:")] or [len(lines)])
        lines[target:target] = block
    elif what == "indent" and lines:
        i = at % len(lines)
        lines[i] = rng.choice([" ", "  "]) + lines[i]
    return "\n".join(lines)


def _deck_text(picked: list[int], margin: bool, footer: bool, anchors: bool) -> str:
    facts = [FACT_TEXTS[i] for i in picked]
    if anchors:  # one fact's tags named, and a later fact's tags an alias of them
        facts[0] = facts[0].replace("    status:", "    tags: &shared [anchored]\n    status:", 1)
        facts[-1] = facts[-1].replace("    status:", "    tags: *shared\n    status:", 1)
    body = "".join(facts)
    header = HEADER
    if margin:  # the list at the left margin, as yaml.safe_dump writes it
        body = "\n".join(line[2:] if line.startswith("  ") else line
                         for line in body.split("\n"))
    if footer:  # the deck's tags after its facts
        header = header.replace("tags: [space, china]\n", "")
        body += "tags: [space, china]\n"
    return header + "facts:\n" + body


@settings(max_examples=60, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture])
@given(picked=st.lists(st.integers(0, len(FACT_TEXTS) - 1), min_size=2, max_size=12,
                       unique=True),
       margin=st.booleans(), footer=st.booleans(), anchors=st.booleans(),
       seed=st.integers(0, 2**32 - 1), steps=st.integers(1, 6))
def test_loading_in_parts_equals_loading_whole(folder, monkeypatch, picked, margin, footer,
                                               anchors, seed, steps):
    rng = random.Random(seed)
    path = folder / "decks" / "deck.yaml"
    kept, whole = folder / "kept", folder / "whole"
    shutil.rmtree(kept, ignore_errors=True)
    text = sound = _deck_text(picked, margin, footer, anchors)
    for step in range(steps + 1):
        if step:  # most edits that break a deck are undone before the next, as a person would
            text = _edit(text if text == sound or rng.random() < 0.3 else sound, rng)
        path.write_text(text, "utf-8")
        expected, expected_problems = _whole(path, whole, monkeypatch)
        if expected is not None:
            sound = text
        got, problems = _loaded(path, kept, monkeypatch)
        assert _shown(problems) == _shown(expected_problems)
        assert got == expected
        assert repr(got) == repr(expected)  # the same types too (1 is not 1.0)
        again, problems = _loaded(path, kept, monkeypatch)  # the unchanged deck, kept whole
        assert repr(again) == repr(expected) and _shown(problems) == _shown(expected_problems)


def _apkg(deck: Deck, out: Path) -> bytes:
    items, _ = generate_items_with_report(deck, None, 0,
                                          first_of=[str(k) for k in PREFERRED_KINDS])
    export_apkg(deck, one_per_fact(items), out, timestamp=1_700_000_000, seed=0)
    return out.read_bytes()


def test_an_apkg_of_a_deck_loaded_in_parts_is_byte_identical(folder, monkeypatch):
    path = folder / "decks" / "deck.yaml"
    kept, whole = folder / "kept", folder / "whole"
    shutil.rmtree(kept, ignore_errors=True)
    text = _deck_text(list(range(0, 40, 3)), margin=False, footer=True, anchors=False)
    path.write_text(text, "utf-8")
    _loaded(path, kept, monkeypatch)
    text = text.replace("?", " then?", 1) + "# a comment\n"
    path.write_text(text, "utf-8")
    parted, _ = _loaded(path, kept, monkeypatch)
    expected, _ = _whole(path, whole, monkeypatch)
    assert parted is not None and expected is not None
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    assert _apkg(parted, folder / "a.apkg") == _apkg(expected, folder / "b.apkg")


@pytest.fixture
def composed(monkeypatch) -> list[str]:
    """The texts composed from YAML from now on."""
    seen: list[str] = []
    real = edu.deck.check.compose

    def counting(path: str, text: str):
        seen.append(text)
        return real(path, text)

    monkeypatch.setattr(edu.deck.check, "compose", counting)
    return seen


@pytest.mark.parametrize("margin", [False, True])
def test_an_edit_reads_only_the_changed_fact_and_the_skeleton(folder, monkeypatch, composed,
                                                              margin):
    path = folder / "decks" / "deck.yaml"
    kept = folder / "kept"
    shutil.rmtree(kept, ignore_errors=True)
    text = _deck_text(list(range(20)), margin, footer=False, anchors=False)
    path.write_text(text, "utf-8")
    _loaded(path, kept, monkeypatch)
    assert len(composed) == 21  # each fact alone, then the skeleton
    composed.clear()
    text += "# a comment\n"
    path.write_text(text, "utf-8")
    assert _loaded(path, kept, monkeypatch)[0] is not None
    assert len(composed) == 2 and composed[0].endswith("# a comment\n")
    composed.clear()
    reworded = text.replace('prompt: "Which body', 'prompt: "So, which body', 1)
    assert reworded != text
    path.write_text(reworded, "utf-8")
    deck, problems = _loaded(path, kept, monkeypatch)
    assert not problems and deck is not None and deck.facts[0].prompt.startswith("So, which")
    assert len(composed) == 2
    composed.clear()
    assert _loaded(path, kept, monkeypatch)[0] == deck and not composed  # kept whole


def test_a_problem_after_lines_added_above_is_placed_as_edu_check_places_it(
        folder, monkeypatch):
    path = folder / "decks" / "deck.yaml"
    kept = folder / "kept"
    shutil.rmtree(kept, ignore_errors=True)
    text = _deck_text(list(range(6)), margin=False, footer=False, anchors=False)
    path.write_text(text, "utf-8")
    assert _loaded(path, kept, monkeypatch)[0] is not None
    lines = text.split("\n")
    last = max(i for i, line in enumerate(lines) if line.startswith("  - id:"))
    kind = next(i for i in range(last, len(lines)) if "kind:" in lines[i])
    lines[kind] = lines[kind].replace("kind: ", "kind: x")
    lines[last:last] = ["# added", "# above"]
    path.write_text("\n".join(lines), "utf-8")
    _, problems = _loaded(path, kept, monkeypatch)
    assert _shown(problems) == _shown(parse_deck(path).problems)
    assert [p.line for p in problems] == [kind + 3]  # 1-based, two lines further down


def _tricky(text: str) -> list[str]:
    """Layouts where a cut made on the text alone may be wrong, each after the same sound
    deck: the parts kept from it must not be taken for what the whole text says."""
    first = text.index("  - id:")
    second = text.index("  - id:", first + 1)
    third = text.index("  - id:", second + 1)
    status = text.index("    status:", first)
    block = text[first:second]
    return [
        text + block.replace("  - id: ", "  - id: copy-of-", 1),  # a near-duplicate
        text + block.replace("  - id: ", "  - id: copy-of-", 1).replace("?", " then?", 1),
        text[:second] + block + text[second:],  # a fact repeated
        text[:third] + text[first:text.index("\n", first) + 1]
        + text[text.index("\n", third) + 1:],  # an id repeated, nothing else
        text + "- id: after-the-list-at-the-margin\n",
        text + "-\n",
        text[:status] + '    note: "a quoted note\n  - id: not-a-fact\n      ends here"\n'
        + text[status:],
        text[:status] + "    note: [a,\n  - b]\n" + text[status:],
        text[:status] + "    note: |+\n      kept\n\n\n" + text[status:],
        text + "    note: |+\n      kept at the end\n\n\n",
        text.replace("tags: [space, china]", "tags: &t [space, china]") .replace(
            "    status:", "    tags: *t\n    status:", 1),
        text[:second] + "    tags: &t [a]\n" + text[second:].replace(
            "    status:", "    tags: *t\n    status:", 1),
        "---\n" + text + "...\n",
        "---\n" + text + "---\n",
        text + "...\n# after the end\n",
        text.replace("  - id:", "# between\n  - id:"),
        text.replace("  - id:", "\n  - id:"),
        text[:status] + "    note: !!str tagged\n" + text[status:],
        text[:status] + "    note: plain text\n  running on\n" + text[status:],
        text[:status] + "    note: plain text\n     running on\n" + text[status:],
        text.replace("facts:\n", "facts:   # the facts\n"),
        text.replace("facts:\n", "facts: # the facts\n# more\n\n"),
    ]


@pytest.mark.parametrize("case", range(22))
def test_tricky_layouts_load_as_the_whole_text_reads(folder, monkeypatch, case):
    path = folder / "decks" / "deck.yaml"
    kept, whole = folder / "kept", folder / "whole"
    text = _deck_text([0, 5, 9, 14], margin=False, footer=False, anchors=False)
    shutil.rmtree(kept, ignore_errors=True)
    path.write_text(text, "utf-8")
    assert _loaded(path, kept, monkeypatch)[0] is not None  # the sound deck's parts kept
    path.write_text(_tricky(text)[case], "utf-8")
    expected, expected_problems = _whole(path, whole, monkeypatch)
    got, problems = _loaded(path, kept, monkeypatch)
    assert _shown(problems) == _shown(expected_problems)
    assert repr(got) == repr(expected)
    shutil.rmtree(kept, ignore_errors=True)  # and with nothing kept
    got, problems = _loaded(path, kept, monkeypatch)
    assert _shown(problems) == _shown(expected_problems)
    assert repr(got) == repr(expected)


def test_a_facts_key_inside_a_quoted_value_is_not_taken_for_the_deck_s(folder, monkeypatch):
    """The one `facts:` line at the margin is inside the description, followed by a sound
    fact; the deck's own key is written quoted and is empty: the deck has no facts."""
    path = folder / "decks" / "deck.yaml"
    fact = next(f for f in FACT_TEXTS if "\\" not in f and "'" not in f).replace('"', "'")
    header = "".join(line for line in HEADER.splitlines(keepends=True)
                     if not line.startswith("description:"))
    path.write_text(header + 'description: "\nfacts:\n' + fact + '"\n"facts":\n', "utf-8")
    expected = _whole(path, folder / "whole", monkeypatch)[1]
    assert [p.message for p in expected] == ["deck has no facts; 'facts' needs at least one"]
    assert _shown(_loaded(path, folder / "kept", monkeypatch)[1]) == _shown(expected)


def test_split_deck_cuts_at_each_fact_and_blanks_them_in_the_skeleton():
    text = ("deck: D\nid: d\nsource: s.txt\nfacts:  # the facts\n# first\n"
            "  - id: a\n    note: |\n      - not a fact\n\n  - id: b\n# tail\ntags: [x]\n")
    split = split_deck(text)
    assert split is not None
    assert split.parts == ["  - id: a\n    note: |\n      - not a fact\n\n",
                           "  - id: b\n# tail\n"]
    assert split.facts_line == 3
    assert split.skeleton.split("\n") == [*text.split("\n")[:5], *[""] * 6, "tags: [x]", ""]
    at_margin = split_deck("deck: D\nfacts:\n- id: a\n  x: 1\n- id: b\n---\n")
    assert at_margin is not None and at_margin.parts == ["- id: a\n  x: 1\n", "- id: b\n"]
    assert at_margin.skeleton == "deck: D\nfacts:\n\n\n\n---\n"


@pytest.mark.parametrize("text", [
    "deck: D\nfacts: [a, b]\n",  # a flow list
    "deck: D\n",  # no facts
    "deck: D\nfacts:\n  - id: a\nfacts:\n  - id: b\n",  # two keys
    "deck: D\nfacts:\ntags: [a]\n  - id: a\n",  # something between the key and the list
    "deck: D\r\nfacts:\r\n  - id: a\r\n",  # line breaks YAML reads otherwise than Python
    "deck: D\nfacts:\n  - id: a\n    note: a\u2028b\n",
])
def test_split_deck_declines_other_layouts(text):
    assert split_deck(text) is None

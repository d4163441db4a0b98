"""`edu review`: decisions applied to the draft's own text (comments kept), --accept-top for
scripts, and the Textual screen driven from the keyboard like a reviewer would."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from rich.console import Console
from textual.widgets import Static
from trainer_helpers import async_test

from edu.cli import main
from edu.deck.check import check_deck, load_deck
from edu.deck.model import FactStatus
from edu.deck.review import Decision, Verdict, accept_top, apply_review
from edu.errors import EduError
from edu.review.app import EditDialog, ReviewApp

NOTES = """# Voyager

Voyager 2 was launched on August 20, 1977, sixteen days before Voyager 1.

## Jupiter

Voyager 1 passed Jupiter on March 5, 1979, at a distance of 349,000 kilometres.
Each probe has a mass of 825.5 kilograms.
"""


@pytest.fixture()
def draft(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    out = tmp_path / "draft.yaml"
    assert main(["extract", str(tmp_path / "notes.md"), "-o", str(out)]) == 0
    out.write_text("# drafts of my notes\n" + out.read_text("utf-8"), encoding="utf-8")
    return out


def test_accept_reject_edit_keep_comments_and_the_rest(draft):
    deck = load_deck(draft)
    first, second = deck.facts[:2]
    third = next(f for f in deck.facts[2:] if f.kind == "number")  # a unit is a number's
    text = apply_review(str(draft), draft.read_text("utf-8"), {
        first.id: Decision(Verdict.ACCEPT),
        second.id: Decision(Verdict.REJECT),
        third.id: Decision(Verdict.ACCEPT, {"prompt": 'What "weighs" #1: x?', "unit": "kg"}),
    })
    assert text.startswith("# drafts of my notes\n")
    draft.write_text(text, encoding="utf-8")
    assert check_deck(draft) == []
    after = {f.id: f for f in load_deck(draft).facts}
    assert second.id not in after
    assert after[first.id].status == FactStatus.REVIEWED
    assert after[first.id].prompt == first.prompt
    assert after[third.id].prompt == 'What "weighs" #1: x?' and after[third.id].unit == "kg"
    assert after[third.id].status == FactStatus.REVIEWED
    untouched = [f for f in deck.facts[2:] if f.id != third.id]
    assert all(after[f.id].status == FactStatus.DRAFT for f in untouched)
    assert len(after) == len(deck.facts) - 1


def test_rejecting_everything_or_an_unknown_id_is_refused(draft):
    deck = load_deck(draft)
    text = draft.read_text("utf-8")
    with pytest.raises(EduError, match="every fact was rejected"):
        apply_review(str(draft), text, {f.id: Decision(Verdict.REJECT) for f in deck.facts})
    with pytest.raises(EduError, match="no fact with id 'nope'"):
        apply_review(str(draft), text, {"nope": Decision(Verdict.ACCEPT)})


def test_accept_top_takes_the_best_scores(draft):
    deck = load_deck(draft)
    decisions = accept_top(deck, 2)
    accepted = [i for i, d in decisions.items() if d.verdict == Verdict.ACCEPT]
    best = sorted(deck.facts, key=lambda f: -(f.score or 0))[:2]
    assert sorted(accepted) == sorted(f.id for f in best)
    assert len(decisions) == len(deck.facts)


def test_cli_writes_a_reviewed_deck_elsewhere_with_its_source_rebased(draft, tmp_path, capsys):
    out = tmp_path / "decks" / "deck.yaml"
    out.parent.mkdir()
    assert main(["review", str(draft), "-o", str(out), "--accept-top", "3"]) == 0
    assert "3 reviewed" in capsys.readouterr().err
    assert check_deck(out) == []
    deck = load_deck(out)
    assert deck.source == "../notes.md"
    assert len(deck.facts) == 3 and all(f.status == FactStatus.REVIEWED for f in deck.facts)
    assert draft.read_text("utf-8").count("status: draft") > 3  # the draft is untouched


def test_cli_in_place_and_name_traps(draft, capsys):
    before = draft.read_text("utf-8")
    assert main(["review", str(draft), "-o", str(draft), "--accept-top", "1"]) == 2
    assert "pass --in-place" in capsys.readouterr().err
    assert draft.read_text("utf-8") == before
    assert main(["review", str(draft), "--in-place", "--accept-top", "1"]) == 0
    assert draft.read_text("utf-8").startswith("# drafts of my notes\n")
    assert len(load_deck(draft).facts) == 1


def test_cli_without_a_terminal_asks_for_accept_top(draft, capsys):
    assert main(["review", str(draft), "-o", str(draft.parent / "x.yaml")]) == 2
    assert "--accept-top" in capsys.readouterr().err
    assert not (draft.parent / "x.yaml").exists()


@async_test
async def test_screen_accept_reject_edit_and_write(draft):
    deck = load_deck(draft)
    app = ReviewApp(deck)
    async with app.run_test(size=(120, 30)) as pilot:
        first, second, third = app.drafts[:3]
        assert first.answer in panel_text(app) and (first.evidence or "") in panel_text(app)
        await pilot.press("a")  # accept the first, move on
        await pilot.press("r")  # reject the second
        await pilot.press("e")  # edit the third
        await pilot.pause()
        assert isinstance(app.screen, EditDialog)
        prompt = app.screen.query_one("#edit-prompt")
        prompt.value = "How heavy is each Voyager probe?"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, EditDialog)
        await pilot.press("w")
        await pilot.pause()
    decisions = app.return_value
    assert decisions is not None
    assert decisions[first.id] == Decision(Verdict.ACCEPT)
    assert decisions[second.id] == Decision(Verdict.REJECT)
    assert decisions[third.id] == Decision(Verdict.ACCEPT,
                                           {"prompt": "How heavy is each Voyager probe?"})


@async_test
async def test_screen_keeps_no_edit_the_evidence_does_not_prove(draft):
    """An answer typed wrong in the edit box would make a deck every command refuses: the
    dialog says why and stays open; a good answer is kept, and the deck written checks."""
    text = draft.read_text("utf-8")
    app = ReviewApp(load_deck(draft), text)
    async with app.run_test(size=(120, 30)) as pilot:
        fact = app.drafts[0]
        await pilot.press("e")
        await pilot.pause()
        answer = app.screen.query_one("#edit-answer")
        answer.value = fact.answer + " zzz"
        answer.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EditDialog)
        shown = str(app.screen.query_one("#edit-problem", Static).render())
        assert "Not kept" in shown and "not found in source span" in shown
        answer.value = fact.answer
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, EditDialog)
        await pilot.press("w")
        await pilot.pause()
    decisions = app.return_value
    assert decisions == {fact.id: Decision(Verdict.ACCEPT)}
    draft.write_text(apply_review(str(draft), text, decisions), encoding="utf-8")
    assert check_deck(draft) == []


@async_test
async def test_screen_quit_asks_twice_when_decisions_would_be_lost(draft):
    app = ReviewApp(load_deck(draft))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("a", "q")
        await pilot.pause()
        assert app.is_running
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value is None


@async_test
async def test_draft_text_is_data_in_the_screen(draft, tmp_path):
    """Markup-looking text in a draft is shown as written, never interpreted."""
    data = yaml.safe_load(draft.read_text("utf-8"))
    data["facts"][0]["prompt"] = "[bold red]not markup[/] How many days?"
    data["facts"][0]["score"] = 99.0
    other = tmp_path / "markup.yaml"
    other.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    app = ReviewApp(load_deck(other))
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.pause()
        assert "[bold red]not markup[/] How many days?" in panel_text(app)


def panel_text(app: ReviewApp) -> str:
    console = Console(width=400, record=True, file=io.StringIO())
    console.print(app.query_one("#fact", Static).content)
    return console.export_text()

"""Deck text is data in the trainer: markup-looking text shows literally, nothing crashes,
no action link appears, and terminal escapes never reach the screen."""

from __future__ import annotations

import dataclasses
import html
import re

from trainer_helpers import FakeClock, async_test, fixture_deck, fixture_items

from edu.progress.session import SessionOptions
from edu.trainer.app import TrainerApp
from edu.trainer.markup import plain
from edu.trainer.quiz import QuizScreen
from edu.trainer.summary import SummaryScreen

SIZE = (100, 40)
LINK = "[link=https://x.example]click[/link]"
HOSTILE = ["Smith [sic]", "array[i]", "[/]", LINK, "[@click=app.quit]Quit[/]", "[bold]b"]


def screen_text(app) -> str:
    """What the terminal shows, as plain text (from Textual's own SVG screenshot)."""
    svg = app.export_screenshot()
    texts = re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)
    return html.unescape("".join(texts)).replace("\xa0", " ")


def hostile_items():
    items = []
    for item in fixture_items():
        if item.kind == "multiple_choice":
            item = dataclasses.replace(item, options=[LINK, item.answer, "[/]", "array[i]"],
                                       prompt="Smith [sic] asks: [@click=app.quit]Quit[/]?")
        elif item.kind == "short_answer":
            item = dataclasses.replace(item, prompt="What is array[i] \x1b[2J here?",
                                       evidence="[/] zhurong [bold]b", section="[/link]")
        else:
            continue
        items.append(item)
    return items


def test_plain_keeps_brackets_and_drops_control_characters():
    for text in HOSTILE:
        assert plain(text).plain == text
    assert plain("a\x1b[2Jb\x07\x9bc\td\ne").plain == "a[2Jbc\td\ne"


@async_test
async def test_markup_in_deck_text_shows_literally_in_the_quiz(tmp_path):
    deck = dataclasses.replace(fixture_deck(), title="Deck [/] of Smith [sic]")
    app = TrainerApp([deck], SessionOptions(), db_path=tmp_path / "p.sqlite3",
                     clock=FakeClock(), start="quiz", items={deck.id: hostile_items()})
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        if screen.item.kind != "multiple_choice":  # the session's own order: take MC first
            screen.query_one("Input").value = "nope"
            await pilot.press("enter", "enter")
            await pilot.pause()
        assert screen.item.kind == "multiple_choice"
        shown = screen_text(app)
        assert "Smith [sic] asks: [@click=app.quit]Quit[/]?" in shown
        assert LINK in shown and "array[i]" in shown
        assert "Deck [/] of Smith [sic]" in shown
        assert "@click" not in app.export_screenshot().split("<text", 1)[0]  # no link markup
        await pilot.press("3")  # the "[/]" option: wrong
        await pilot.pause()
        shown = screen_text(app)
        assert "Answer: 207" in shown
        if screen.results[0].item.kind == "multiple_choice":
            await pilot.press("enter")
            await pilot.pause()
            assert screen.item.kind == "short_answer"
            shown = screen_text(app)
            assert "What is array[i] [2J here?" in shown
            assert "\x1b" not in shown
            screen.query_one("Input").value = "nope"
            await pilot.press("enter")
            await pilot.pause()
            shown = screen_text(app)
            assert "[/] zhurong [bold]b" in shown and "§ [/link]" in shown
        await pilot.press("escape", "y")  # both were missed and would come back: end here
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "Deck [/] of Smith [sic]" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert "Deck [/] of Smith [sic]" in screen_text(app)  # the home screen's table
    assert app.return_code in (None, 0)

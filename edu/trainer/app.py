"""The trainer App: opens the home screen, starts quiz and flashcard sessions, owns the store.

`edu`, `edu train`, `edu quiz` and `edu study` build one of these after checking their flags.
Tests build it directly with a temporary database and a fixed clock.

Only the App imports screens. The home and help screens load with it; the others (and the
Textual widgets they use) load when first opened, which shows the home screen ~30 ms sooner.
`edu quiz` and `edu study` open their session without composing the home screen first: it is
made when the learner goes back to it, or when the session cannot open; while a deck's first
items are made, a one-line waiting screen (waiting.py) stands in the session's place.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual import events, work
from textual.app import App
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.screen import Screen

from edu.deck.model import Deck
from edu.errors import EduError
from edu.items.model import Item
from edu.progress.session import SessionOptions
from edu.progress.store import ProgressStore, open_store
from edu.trainer.hangup import STATUS as HANGUP_STATUS
from edu.trainer.hangup import HangupWatch, terminal_alive
from edu.trainer.help import HelpScreen, HelpSections
from edu.trainer.home import HomeScreen
from edu.trainer.messages import Confirm, EditSetup, SessionEnded, ShowStats, StartSession
from edu.trainer.state import Clock, TrainerState, system_clock
from edu.trainer.waiting import WaitingScreen

KEPT_RETRY_SECONDS = 2.0  # how often answers kept from a locked database are retried
# After a hang-up the process ends within this long whatever happens: a moment, or, with
# answers a locked database kept, longer than `edu` then waits for the database to take
# them (commands/train.py HUNG_UP_WAIT).
HUNG_UP_EXIT_SECONDS = 2.0
HUNG_UP_EXIT_KEPT_SECONDS = 45.0
# `edu quiz` / `edu study` show the waiting screen if their session has not opened this long
# after start-up: the items are being made (a deck's first start), and a blank screen would
# look stuck. Why not at once: a session that opens at once needs no screen under it.
WAITING_AFTER_SECONDS = 0.5
# Items made at start-up are kept (the items cache) this long after the screen that shows
# them has drawn: keeping them is ~0.03-0.04 s of CPU that would otherwise share the CPU with
# drawing the first question; the learner reads it meanwhile (and a quit keeps them first).
KEEP_AFTER_SECONDS = 1.0
DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"


class TrainerApp(App[int]):
    """Home -> quiz or flashcards -> summary, plus stats and help screens.

    The App is the only module that knows the screens: they post messages (StartSession,
    ShowStats, SessionEnded) and the App opens the screen asked for.
    """

    CSS_PATH = ["trainer.tcss", "widgets/widgets.tcss"]
    TITLE = "edu trainer"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("ctrl+c", "quit", "Quit", priority=True, show=False),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("ctrl+t", "toggle_theme", "Theme", show=False),
    ]

    def __init__(self, decks: list[Deck], options: SessionOptions | None = None, *,
                 db_path: str | Path | None = None, store: ProgressStore | None = None,
                 clock: Clock = system_clock, start: str | None = None,
                 items: dict[str, list[Item]] | None = None) -> None:
        super().__init__()
        if store is None:
            store = open_store(db_path)
        self.state = TrainerState(decks, options or SessionOptions(), store, clock, items)
        self.start_mode = start
        self.pending_session: tuple[Deck, str] | None = None
        self.theme = DARK_THEME
        self._hangup: HangupWatch | None = None  # watching the terminal, in a real one
        self.closing = False  # exit() was called: keys still arriving are dropped

    def on_mount(self) -> None:
        self.state.notice = self._warn
        self.set_interval(KEPT_RETRY_SECONDS, self.retry_kept)
        if not self.is_headless and terminal_alive():
            self._watch_terminal()
        if self.start_mode and self.state.decks:
            self.pending_session = (self.state.decks[0], self.start_mode)
            self.set_timer(WAITING_AFTER_SECONDS, self._show_waiting)
        else:
            self.push_screen(HomeScreen())
        if all(self.state.ready(deck) for deck in self.state.decks):
            self._items_ready()
        else:
            self.prepare_items()

    def _has_home(self) -> bool:
        return any(isinstance(screen, HomeScreen) for screen in self.screen_stack)

    def _show_waiting(self) -> None:
        """The session asked for at start-up has not opened yet: say it is being prepared
        (a line of text: the home screen, its table and counts, cost ~0.1-0.2 s of CPU of a
        deck's first start, bench/bench_startup.py --cold)."""
        if self.pending_session is not None and len(self.screen_stack) == 1:
            self.push_screen(WaitingScreen(self.pending_session[0]))

    def _back_to_waiting(self) -> bool:
        """Whether the waiting screen is showing, after closing what was opened over it
        (help): the session or the home screen is about to take its place."""
        if not any(isinstance(screen, WaitingScreen) for screen in self.screen_stack):
            return False
        while not isinstance(self.screen, WaitingScreen):
            super().pop_screen()
        return True

    def pop_screen(self) -> AwaitComplete:
        """Back from a screen; a session opened at start-up goes back to the home screen,
        made now (there was none under it)."""
        if len(self.screen_stack) <= 2 and not self._has_home():
            return self.switch_screen(HomeScreen())
        return super().pop_screen()

    @property
    def hung_up(self) -> bool:
        """The terminal went away: nobody sees the screen any more."""
        return self._hangup is not None and self._hangup.hung_up

    def _watch_terminal(self) -> None:
        """Quit as on `q` when the terminal goes away (edu.trainer.hangup)."""
        loop = asyncio.get_running_loop()

        def quit_app() -> None:  # from the signal handler or the watch's thread
            try:
                loop.call_soon_threadsafe(self.exit, None, HANGUP_STATUS)
            except RuntimeError:  # the loop has closed: the app is ending anyway
                pass

        self._hangup = HangupWatch(quit_app, lambda: HUNG_UP_EXIT_KEPT_SECONDS
                                   if self.state.kept else HUNG_UP_EXIT_SECONDS)
        self._hangup.start()

    @work(thread=True, exclusive=True, group="items")
    def prepare_items(self) -> None:
        """Generate every deck's items off the UI thread, so the home screen shows at once."""
        first = self.pending_session
        for deck in self.state.decks:
            try:
                if first is not None and first[0] is deck:  # only what its session needs
                    self.state.prepare_session(deck, first[1])
                else:
                    self.state.items(deck)
            except EduError as exc:
                self.call_from_thread(self._items_failed, deck, exc)
        self.call_from_thread(self._items_ready)

    def _items_failed(self, deck: Deck, exc: EduError) -> None:
        self.notify(str(exc), title=f"Cannot build items for {deck.title!r}", severity="error",
                    timeout=10, markup=False)  # deck text is data

    def _items_ready(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen):
                screen.refresh_counts()
        if self.pending_session is not None:
            deck, mode = self.pending_session
            self.pending_session = None
            started = self.state.ready(deck) and self.start_session(deck, mode)
            if not started and self._back_to_waiting():
                self.switch_screen(HomeScreen())  # nothing to study, or no items: the
            elif not started and not self._has_home():  # notice shows over the home screen
                self.push_screen(HomeScreen())
        # after the screen now on top (the first question) has shown: its own queue, not the
        # App's (which ran this before the session screen was even mounted)
        self.screen.call_after_refresh(self.set_timer, KEEP_AFTER_SECONDS, self.keep_items)

    @work(thread=True, group="keep")
    def keep_items(self) -> None:
        """Keep the items just made (the items cache) after the screen shows them, not
        before: the rest of a deck's first start, deferred (TrainerState.keep_items)."""
        self.state.keep_items()

    def start_session(self, deck: Deck, mode: str, items: list[Item] | None = None) -> bool:
        """Open a quiz or flashcard session on `deck` (on `items` when given: a retry of
        missed items); say so when nothing is to be studied, and say when a limit applies."""
        if items is None:
            if not self.state.ready(deck):
                self.pending_session = (deck, mode)
                self.notify("Preparing the items; the session starts in a moment.", timeout=3)
                return False
            items = self.state.session_items(deck, mode)
            if not items:
                self.notify(self._nothing_to_study(deck, mode), title="Nothing to study",
                            timeout=6, markup=False)  # deck text is data
                return False
            limit = self.state.limit_note(deck, mode, len(items))
            if limit:
                self.notify(limit, title="Fewer items than asked", timeout=8, markup=False)
        seed = self.state.options.seed
        if mode == "flashcards":
            from edu.trainer.flashcards import FlashcardScreen  # lazy: start-up

            screen: Screen[None] = FlashcardScreen(deck, items, seed)
        else:
            from edu.trainer.quiz import QuizScreen  # lazy: start-up

            screen = QuizScreen(deck, items, seed)
        if self._back_to_waiting():
            self.switch_screen(screen)  # the first items made: the session takes its place
        elif isinstance(self.screen, HomeScreen) or len(self.screen_stack) == 1:
            self.push_screen(screen)  # from home, or at start-up (no home screen yet)
        else:  # a retry from the summary: the new session takes the summary's place
            self.switch_screen(screen)
        return True

    def on_start_session(self, message: StartSession) -> None:
        from edu.trainer.summary import SummaryScreen  # lazy: start-up

        # not when a second Enter sent it again (the session screen is already open)
        if isinstance(self.screen, HomeScreen | SummaryScreen):
            self.start_session(message.deck, message.mode, message.items)

    def on_edit_setup(self, message: EditSetup) -> None:
        """The learner's choices replace the flags' for the sessions that follow."""
        from edu.trainer.setup_screen import SetupScreen  # lazy: start-up

        if not isinstance(self.screen, HomeScreen):
            return
        sections = sorted({f.section for d in self.state.decks for f in d.facts if f.section})

        def chosen(options: SessionOptions | None) -> None:
            if options is not None:
                self.state.options = options
                if isinstance(self.screen, HomeScreen):
                    self.screen.refresh_counts()

        self.push_screen(SetupScreen(self.state.options, sections), chosen)

    def exit(self, result: int | None = None, return_code: int = 0,
             message: object | None = None) -> None:
        """Quit; keys still on their way (the Enter of a "y⏎") are dropped from now on."""
        self.closing = True
        super().exit(result, return_code, message)  # type: ignore[arg-type]

    async def on_event(self, event: events.Event) -> None:
        """Once quitting, a key typed with the "y" that confirmed it reaches no screen: the
        quiz screen began its next item while the app closed it (a MountError traceback)."""
        if self.closing and isinstance(event, events.Key):
            return
        await super().on_event(event)

    def on_confirm(self, message: Confirm) -> None:
        from edu.trainer.confirm import ConfirmScreen  # lazy: start-up

        if isinstance(self.screen, ConfirmScreen):  # a second Esc while the question shows
            return

        def answered(yes: bool | None) -> None:
            if yes:
                message.on_yes()

        self.push_screen(ConfirmScreen(message.question), answered)

    def on_show_stats(self, message: ShowStats) -> None:
        from edu.trainer.stats_screen import StatsScreen  # lazy: start-up

        if not isinstance(self.screen, StatsScreen):  # not when a second s sent it again
            self.push_screen(StatsScreen(message.deck))

    def on_session_ended(self, message: SessionEnded) -> None:
        """The session screen sends this once (it ignores keys once it has finished)."""
        from edu.trainer.summary import SummaryScreen  # lazy: start-up

        self.switch_screen(SummaryScreen(message.summary, message.deck))

    def _nothing_to_study(self, deck: Deck, mode: str) -> str:
        """Say why a session is empty and what the learner can do about it."""
        if not self.state.pool_size(deck, mode):
            drafts = sum(f.status == "draft" for f in deck.facts)
            if deck.facts and drafts == len(deck.facts):  # a fresh `edu extract` output
                return (f"All {drafts} facts in {deck.title!r} are drafts: set `status: "
                        "reviewed` on the ones to keep (preview them with `edu items "
                        "--drafts` or `edu handout --drafts`).")
            return f"No items in {deck.title!r} match the chosen kinds and sections."
        message = f"Nothing due in {deck.title!r}"
        if not self.state.options.due_only:
            message += " and today's new cards are done"
        wait = self.state.next_due_in(deck, mode)
        if wait is not None:
            message += f"; the next card is due in {wait}"
        message += ". Start with --cram to practise anyway."
        return message

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_sections()))

    @classmethod
    def help_sections(cls) -> HelpSections:
        """Every screen's and answer widget's bindings, for the help screen."""
        from edu.trainer.flashcards import FlashcardScreen  # lazy, all of them: start-up
        from edu.trainer.quiz import QuizScreen
        from edu.trainer.setup_screen import SetupScreen
        from edu.trainer.stats_screen import StatsScreen
        from edu.trainer.summary import SummaryScreen
        from edu.trainer.widgets import (
            ChoiceAnswer,
            MatchingAnswer,
            OrderingAnswer,
            TrueFalseAnswer,
        )
        from edu.trainer.widgets.sequence import SequencePicker

        return [
            ("Everywhere", cls.BINDINGS), ("Home", HomeScreen.BINDINGS),
            ("Quiz", QuizScreen.BINDINGS), ("Typed answers", []),
            ("Multiple choice", ChoiceAnswer.BINDINGS),
            ("True or false", TrueFalseAnswer.BINDINGS),
            ("Matching", [*MatchingAnswer.BINDINGS, *SequencePicker.BINDINGS]),
            ("Ordering", [*OrderingAnswer.BINDINGS, *SequencePicker.BINDINGS]),
            ("Flashcards", FlashcardScreen.BINDINGS),
            ("Session setup", SetupScreen.BINDINGS),
            ("Session summary", SummaryScreen.BINDINGS), ("Stats", StatsScreen.BINDINGS),
        ]

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.theme == DARK_THEME else DARK_THEME

    def _warn(self, message: str) -> None:
        self.notify(message, severity="warning", timeout=8, markup=False)

    def retry_kept(self) -> None:
        """Write answers kept while another program held the database, once it lets go."""
        waiting = len(self.state.kept)
        if not waiting:
            return
        self.state.save_kept()
        if not self.state.kept:
            self.notify(f"Progress database free again: {waiting} kept answer"
                        f"{'s' if waiting != 1 else ''} saved.", timeout=5)

    def on_unmount(self) -> None:
        if self._hangup is not None:
            self._hangup.stop()
        self.state.keep_items()  # items made but not yet kept (a quit at once): kept now
        if not self.state.kept:  # else `edu` waits for the lock after the screen closes
            self.state.store.close()

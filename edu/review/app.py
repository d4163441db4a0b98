"""`edu review`'s screen: the drafts in a table, the one under the cursor beside it with its
evidence; keys accept, reject or edit it, `w` writes the reviewed deck.

The App returns the decisions (fact id -> Decision) or None when the reviewer quits without
writing; `edu review` applies them to the deck file's text (edu.deck.review). Deck text is
data: every cell and panel is a `rich.text.Text`, never markup.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Header, Input, Label, Static

from edu.deck.check import check_text
from edu.deck.model import Deck, Fact, FactStatus
from edu.deck.review import Decision, Verdict, edit_problems

_MARK = {None: Text("·", style="dim"), Verdict.ACCEPT: Text("✔", style="green"),
         Verdict.REJECT: Text("✘", style="red")}
_PROMPT_CELL = 60  # characters of the prompt shown in the table; the panel shows all of it
# Characters of the answer shown in the table (a date, "25 December 1066", whole): the
# longest answer set the column's width, and at 100 columns the prompt, which tells drafts
# apart, had 19 characters left; the panel shows the whole answer.
_ANSWER_CELL = 18


class EditDialog(ModalScreen[dict[str, str] | None]):
    """Prompt, answer and unit of one draft as editable fields; Enter keeps, Escape drops.

    `problems` tells what the edited fact would break (edu.deck.review.edit_problems): an
    edit the evidence does not prove is shown under the fields and not kept, since a deck
    holding it is refused by every command."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, values: dict[str, str],
                 problems: Callable[[dict[str, str]], list[str]] | None = None) -> None:
        super().__init__()
        self.values = values
        self.problems = problems

    def compose(self) -> ComposeResult:
        with Vertical():
            for key, value in self.values.items():
                yield Label(key.capitalize())
                yield Input(value, id=f"edit-{key}")
            yield Label(Text("Enter: keep the edit and accept the fact · Escape: cancel",
                             style="dim"))
            yield Static(id="edit-problem")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        fields = {key: self.query_one(f"#edit-{key}", Input).value.strip() for key in self.values}
        if not fields.get("prompt") or not fields.get("answer"):
            self.notify("A fact needs a prompt and an answer.", severity="warning")
            return
        found = self.problems(fields) if self.problems else []
        if found:
            self.query_one("#edit-problem", Static).update(
                Text("Not kept: " + "; ".join(found), style="bold red"))
            return
        self.dismiss(fields)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ReviewApp(App[dict[str, Decision] | None]):
    """Accept, edit or reject each draft of one deck."""

    TITLE = "edu review"
    CSS_PATH = "review.tcss"
    BINDINGS = [
        Binding("a", "accept", "Accept"),
        Binding("r", "reject", "Reject"),
        Binding("e", "edit", "Edit"),
        Binding("u", "undo", "Undecide"),
        Binding("w", "write", "Write deck"),
        Binding("q", "quit_review", "Quit"),
        Binding("ctrl+c", "quit_review", "Quit", show=False, priority=True),
    ]

    def __init__(self, deck: Deck, text: str | None = None) -> None:
        super().__init__()
        self.deck = deck
        self.text = text  # the draft file's text, which edits are checked against
        self.drafts: list[Fact] = sorted(
            (f for f in deck.facts if f.status == FactStatus.DRAFT),
            key=lambda f: -(f.score if f.score is not None else float("-inf")))
        self.decisions: dict[str, Decision] = {}
        self._quit_armed = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield DataTable(id="drafts", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="detail"):
                yield Static(id="fact")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"{self.deck.title}: {len(self.drafts)} drafts"
        table = self.query_one(DataTable)
        table.add_column(" ", key="mark")
        table.add_column("score", key="score")
        table.add_column("answer", key="answer")
        table.add_column("prompt", key="prompt")
        for fact in self.drafts:
            table.add_row(_MARK[None], _score(fact), Text(_clip(fact.answer, _ANSWER_CELL)),
                          Text(_clip(fact.prompt)), key=fact.id)
        table.focus()
        self._show()
        if self.text is not None:  # load the prover now, not at the first edit's Enter
            text = self.text
            self.run_worker(lambda: check_text(self.deck.path or "deck", text), thread=True)

    # -- what the cursor is on ------------------------------------------------------------

    def current(self) -> Fact | None:
        table = self.query_one(DataTable)
        if not self.drafts:
            return None
        return self.drafts[min(table.cursor_row, len(self.drafts) - 1)]

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show()

    def _show(self) -> None:
        fact = self.current()
        panel = self.query_one("#fact", Static)
        if fact is None:
            panel.update(Text("This deck has no drafts: nothing to review."))
            return
        decision = self.decisions.get(fact.id)
        edits = decision.edits if decision else {}
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column()
        verdict = decision.verdict if decision else None
        grid.add_row("Decision", {None: Text("undecided", style="dim"),
                                  Verdict.ACCEPT: Text("accepted", style="green"),
                                  Verdict.REJECT: Text("rejected", style="red")}[verdict])
        grid.add_row("Prompt", Text(edits.get("prompt", fact.prompt)))
        answer = edits.get("answer", fact.answer)
        unit = edits.get("unit", fact.unit or "")
        grid.add_row("Answer", Text(f"{answer} {unit}".strip(), style="bold"))
        grid.add_row("Kind", Text(f"{fact.kind} · {fact.category or '—'}"))
        grid.add_row("Section", Text(fact.section or "—"))
        grid.add_row("Score", Text("—" if fact.score is None else f"{fact.score:.1f}"))
        grid.add_row("Evidence", Text(fact.evidence or "—", style="italic"))
        if fact.note:
            grid.add_row("Note", Text(fact.note))
        panel.update(grid)

    def _decide(self, fact: Fact, decision: Decision | None) -> None:
        if decision is None:
            self.decisions.pop(fact.id, None)
        else:
            self.decisions[fact.id] = decision
        self._quit_armed = False
        table = self.query_one(DataTable)
        table.update_cell(fact.id, "mark", _MARK[decision.verdict if decision else None])
        if decision and "answer" in decision.edits:
            table.update_cell(fact.id, "answer",
                              Text(_clip(decision.edits["answer"], _ANSWER_CELL)))
        if decision and "prompt" in decision.edits:
            table.update_cell(fact.id, "prompt", Text(_clip(decision.edits["prompt"])))
        self._show()

    def _next(self) -> None:
        table = self.query_one(DataTable)
        if table.cursor_row < len(self.drafts) - 1:
            table.move_cursor(row=table.cursor_row + 1)

    # -- actions ----------------------------------------------------------------------------

    def action_accept(self) -> None:
        fact = self.current()
        if fact is not None:
            old = self.decisions.get(fact.id)
            self._decide(fact, Decision(Verdict.ACCEPT, old.edits if old else {}))
            self._next()

    def action_reject(self) -> None:
        fact = self.current()
        if fact is not None:
            self._decide(fact, Decision(Verdict.REJECT))
            self._next()

    def action_undo(self) -> None:
        fact = self.current()
        if fact is not None:
            self._decide(fact, None)

    def action_edit(self) -> None:
        fact = self.current()
        if fact is None:
            return
        old = self.decisions.get(fact.id)
        edits = old.edits if old else {}
        values = {"prompt": edits.get("prompt", fact.prompt),
                  "answer": edits.get("answer", fact.answer),
                  "unit": edits.get("unit", fact.unit or "")}

        original = {"prompt": fact.prompt, "answer": fact.answer, "unit": fact.unit or ""}

        def changed(result: dict[str, str]) -> dict[str, str]:
            return {k: v for k, v in result.items() if v != original[k]}

        def problems(result: dict[str, str]) -> list[str]:
            edits = changed(result)
            if self.text is None or not edits:
                return []
            return edit_problems(self.deck, self.text, fact.id, edits)

        def done(result: dict[str, str] | None) -> None:
            if result is None:
                return
            self._decide(fact, Decision(Verdict.ACCEPT, changed(result)))
            self.query_one(DataTable).focus()

        self.push_screen(EditDialog(values, problems), done)

    def action_write(self) -> None:
        if not self.decisions:
            self.notify("Nothing decided yet: accept (a), edit (e) or reject (r) drafts first.",
                        severity="warning")
            return
        if all(d.verdict == Verdict.REJECT for d in self.decisions.values()) and len(
                self.decisions) == len(self.deck.facts):
            self.notify("Every fact is rejected; a deck needs at least one.", severity="warning")
            return
        self.exit(dict(self.decisions))

    def action_quit_review(self) -> None:
        if self.decisions and not self._quit_armed:
            self._quit_armed = True
            self.notify(f"{len(self.decisions)} decisions not written: press q again to quit "
                        "without writing, or w to write the deck.", severity="warning")
            return
        self.exit(None)


def _score(fact: Fact) -> Text:
    return Text("—" if fact.score is None else f"{fact.score:.1f}", justify="right")


def _clip(text: str, cell: int = _PROMPT_CELL) -> str:
    text = " ".join(text.split())
    return text if len(text) <= cell else text[: cell - 1] + "…"

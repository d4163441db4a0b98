"""A draft's prompt cut from after a semicolon opens in lower case ("the waiter, traditionally
addressed as ..."); a worksheet's or card's question opens with a capital, and a word that has
a capital inside ("iPhone", "mRNA") stays as written."""

from __future__ import annotations

from edu.deck.model import Deck, Fact
from edu.items.generate import generate_items_with_report
from edu.text.source import Span


def test_a_prompt_opening_in_lower_case_is_asked_with_a_capital() -> None:
    facts = [Fact(id="a", kind="name", answer="Herr Ober", source=Span(0, 1),
                  prompt='the waiter, traditionally addressed as "_____", brings water.'),
             Fact(id="b", kind="name", answer="Apple", source=Span(0, 1),
                  prompt="iPhone sales were first reported by which company?")]
    deck = Deck(title="t", id="t", source="missing.txt", facts=facts)
    items, dropped = generate_items_with_report(deck, ["short_answer"])
    prompts = {i.fact_id: i.prompt for i in items}
    assert prompts["a"].startswith('The waiter, traditionally addressed as "_____"'), dropped
    assert prompts["b"].startswith("iPhone sales"), dropped

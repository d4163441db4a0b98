"""A sentence whose span begins inside a quotation ('"The coffee house ... alone," wrote the
critic Alfred Polgar in 1926.' read from after its opening mark) gets its mark back at the
start of the cloze and the true/false statement, not a stray one at the end, and its
evidence shows it."""

from __future__ import annotations

from edu.deck.model import Deck, Fact
from edu.items.cloze import written_cloze
from edu.items.generate import generate_items_with_report
from edu.text.source import Span

TEXT = ('Vienna has many cafés.\n\n"The coffee house is a place for people who want to be '
        'alone," wrote the critic Alfred Polgar in 1926. He said "nobody hurries a guest '
        'there.\n')


def test_a_quotation_the_span_opened_inside_gets_its_mark_at_the_start(tmp_path) -> None:
    (tmp_path / "notes.txt").write_text(TEXT, encoding="utf-8")
    start = TEXT.index("The coffee")  # the span as sentences are read: after the mark
    fact = Fact(id="a", kind="name", prompt="Which critic wrote this in 1926?",
                answer="Alfred Polgar", source=Span(start, TEXT.index(" He said")))
    deck = Deck(title="t", id="t", source="notes.txt", facts=[fact],
                path=str(tmp_path / "d.yaml"))
    items, dropped = generate_items_with_report(deck, ["cloze", "true_false"])
    cloze = next(i for i in items if i.kind == "cloze")
    assert cloze.prompt == ('"The coffee house is a place for people who want to be alone," '
                            'wrote the critic _____ in 1926.'), dropped
    for item in items:
        assert not item.prompt.endswith('1926."'), item.prompt
        # the source sentence shown after answering (trainer, Anki's evidence field) too
        assert item.evidence.startswith('"The coffee house') and item.evidence.count('"') == 2


def test_a_quotation_the_span_cut_short_is_still_closed_at_the_end() -> None:
    assert written_cloze('He said "nobody hurries a guest there.', ["guest"]) == \
        'He said "nobody hurries a _____ there."'
    curly = written_cloze("Herr Bronstein from the Café Central?” Freud was a regular.", ["Freud"])
    assert curly == "“Herr Bronstein from the Café Central?” _____ was a regular."

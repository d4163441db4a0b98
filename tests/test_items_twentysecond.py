"""Round 22 (items): items chosen by their own quality, each naming its subject.

Held-out set 23's blind review of the first two items per kind: 18 good, 32 flawed, 5 wrong
of 55; no subject 22, broken or cut sentences 14. A drafted deck's items came in the drafts'
order, so a vague item took the first place because its draft ranked high.
"""

from __future__ import annotations

from edu.deck.model import Deck, Fact
from edu.items.generate import generate_items_with_report
from edu.items.model import Item, ItemKind
from edu.items.spread import spread
from edu.items.standing import CUT, LONG, LONG_OPTION, UNNAMED, by_standing, flaws
from edu.text.source import Span


def _item(n: int, kind: ItemKind, prompt: str, answer: str = "eight", **more: object) -> Item:
    return Item(id=f"f{n}:{kind}", fact_id=f"f{n}", kind=kind, prompt=prompt, answer=answer,
                **more)  # type: ignore[arg-type]


def test_a_kinds_items_that_stand_alone_come_first() -> None:
    leaning = _item(1, ItemKind.SHORT_ANSWER, "How many comets did she discover?")
    leaning_cloze = _item(1, ItemKind.CLOZE, "She discovered _____ comets.")
    named = _item(2, ItemKind.SHORT_ANSWER, "How many comets did Caroline Herschel discover?")
    named_cloze = _item(2, ItemKind.CLOZE, "Caroline Herschel discovered _____ comets.")
    group = _item(3, ItemKind.MATCHING, "Match", answer="a = b")
    out = by_standing([leaning, leaning_cloze, named, named_cloze, group])
    # each kind keeps its places; inside it, the named item first; the set stays last
    assert [i.id for i in out] == ["f2:short_answer", "f2:cloze", "f1:short_answer",
                                   "f1:cloze", "f3:matching"]


def test_equal_items_keep_the_decks_order() -> None:
    items = [_item(n, ItemKind.SHORT_ANSWER, f"How many comets did Caroline Herschel discover "
                                             f"by {1780 + n}?") for n in range(5)]
    assert by_standing(items) == items
    assert by_standing(list(reversed(items))) == list(reversed(items))


def test_the_flaws_of_a_shown_text_are_named_and_weighed() -> None:
    def weights(item: Item) -> list[int]:
        return sorted(f.weight for f in flaws(item))

    assert weights(_item(1, ItemKind.SHORT_ANSWER,
                         "How many comets did Caroline Herschel discover?")) == []
    assert weights(_item(1, ItemKind.TRUE_FALSE, "True or false? Its basin is deep.",
                         answer="true", true_statement="Its basin is 300 metres deep.")) \
        == [UNNAMED]
    # cut: a question with no finite verb, a text opening or ending inside a sentence
    assert weights(_item(1, ItemKind.SHORT_ANSWER, "To restore 100 million hectares of land, "
                         "to sequester how many tonnes of carbon?")) == [CUT]
    assert weights(_item(1, ItemKind.NUMERIC, "Galileo had heard in which year of a Dutch "
                         "device that?", answer="1609")) == [CUT]
    assert weights(_item(1, ItemKind.CLOZE, "and was elected in _____.", answer="1835")) == [CUT]
    assert weights(_item(1, ItemKind.TRUE_FALSE, "True or false? Which was built in 1883.",
                         answer="true", true_statement="Which was built in 1883.")) == [CUT]
    assert weights(_item(1, ItemKind.SHORT_ANSWER, "Who designed the Brooklyn Bridge?",
                         answer="John Augustus Roebling")) == []
    assert weights(_item(1, ItemKind.SHORT_ANSWER, "The Brooklyn Bridge crosses which river?",
                         answer="East River")) == []
    long = ("In 1846 Caroline Herschel received a Gold Medal for Science from the King of "
            "Prussia, presented on the recommendation of _____ in Berlin.")
    assert weights(_item(1, ItemKind.CLOZE, long, answer="Alexander von Humboldt")) == [LONG]
    options = ["eight", "nine", "seven", "more than a dozen comets seen from the garden of "
               "the house at Slough in the years after 1786"]
    assert weights(_item(1, ItemKind.MULTIPLE_CHOICE, "How many comets did Caroline Herschel "
                         "discover?", options=options)) == [LONG_OPTION]


HERSCHEL = ("Caroline Herschel\n\n"
            "Caroline Herschel was a German-born astronomer who worked in England. "
            "She swept the sky with a small telescope for many years. "
            "The couple had three children between 1836 and 1839. "
            "Caroline Herschel found eight comets between 1786 and 1797.\n")


def _deck(tmp_path, facts: list[Fact]) -> Deck:
    (tmp_path / "notes.txt").write_text(HERSCHEL, encoding="utf-8")
    return Deck(title="Caroline Herschel", id="t", source="notes.txt", facts=facts,
                path=str(tmp_path / "d.yaml"))


def _span(sentence: str) -> Span:
    start = HERSCHEL.index(sentence)
    return Span(start, start + len(sentence))


def test_a_drafted_documents_first_items_stand_alone(tmp_path) -> None:
    """The first fact's items lean on "the couple" (which?), the second's name Caroline
    Herschel: the second's come first in every kind both have (before: the deck's order)."""
    vague = Fact(id="a", kind="number", prompt="How many children did the couple have between "
                 "1836 and 1839?", answer="three",
                 source=_span("The couple had three children between 1836 and 1839."))
    named = Fact(id="b", kind="number", prompt="How many comets did Caroline Herschel find "
                 "between 1786 and 1797?", answer="eight",
                 source=_span("Caroline Herschel found eight comets between 1786 and 1797."))
    items, _ = generate_items_with_report(_deck(tmp_path, [vague, named]),
                                          ["short_answer", "numeric"])
    by_kind: dict[str, list[str]] = {}
    for item in items:
        by_kind.setdefault(item.kind, []).append(item.fact_id)
    assert by_kind["short_answer"][0] == "b", [i.prompt for i in items]
    assert by_kind["numeric"][0] == "b", [i.prompt for i in items]
    kept, _ = spread(items)
    assert [i.fact_id for i in kept if i.kind == "short_answer"][0] == "b"


def test_the_default_set_keeps_the_order_it_is_given() -> None:
    """Kind by kind, not fact by fact (before: the fact's cloze was put beside its short
    answer, ahead of the other fact's)."""
    first = _item(1, ItemKind.SHORT_ANSWER, "How many nebulae did Caroline Herschel list?",
                  answer="2,500")
    second = _item(2, ItemKind.SHORT_ANSWER, "How many comets did Caroline Herschel find?")
    third = _item(1, ItemKind.CLOZE, "Caroline Herschel listed _____ nebulae.", answer="2,500")
    kept, _ = spread([first, second, third])
    assert [i.id for i in kept] == [first.id, second.id, third.id]


def test_the_order_is_the_same_made_or_read_back(tmp_path, monkeypatch) -> None:
    """The items are kept fact by fact (the Anki export makes its notes from those parts and
    keeps the facts' order); the order by quality is kept beside them, so a second command
    shows the same order as the first, without a parse."""
    from edu.items.generate import request_items, requested_items_and_rows

    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    vague = Fact(id="a", kind="number", prompt="How many children did the couple have between "
                 "1836 and 1839?", answer="three",
                 source=_span("The couple had three children between 1836 and 1839."))
    named = Fact(id="b", kind="number", prompt="How many comets did Caroline Herschel find "
                 "between 1786 and 1797?", answer="eight",
                 source=_span("Caroline Herschel found eight comets between 1786 and 1797."))
    deck = _deck(tmp_path, [vague, named])
    for _ in range(2):  # made, then read back
        items, _ = generate_items_with_report(deck, ["short_answer", "numeric"])
        assert [i.fact_id for i in items] == ["b", "b", "a", "a"]
        found = requested_items_and_rows(request_items(deck, ["short_answer", "numeric"]),
                                         parts=True)
        assert [i.fact_id for i in found.items] == ["a", "a", "b", "b"]
    assert list((tmp_path / "cache").rglob("*item-order*"))


def test_a_noun_named_beside_it_leans_on_nothing() -> None:
    said = "The 2003 blackout reached Toronto and the capital, Ottawa."
    assert flaws(_item(1, ItemKind.TRUE_FALSE, f"True or false? {said}", answer="true",
                       true_statement=said)) == []
    said = "The 2003 blackout reached Toronto and the capital."
    assert [f.weight for f in flaws(_item(1, ItemKind.TRUE_FALSE, f"True or false? {said}",
                                          answer="true", true_statement=said))] == [UNNAMED]


def test_only_a_kinds_first_items_are_read(monkeypatch) -> None:
    from edu.items import standing

    monkeypatch.setattr(standing, "STANDING_WINDOW", 2)
    named = [_item(n, ItemKind.CLOZE, f"Caroline Herschel found _____ comets by {1780 + n}.")
             for n in range(3)]
    leaning = _item(9, ItemKind.CLOZE, "She found _____ comets.")
    out = by_standing([leaning, named[0], named[1], named[2]])
    assert [i.fact_id for i in out] == ["f0", "f9", "f1", "f2"]


def test_a_pronoun_after_the_opening_name_and_a_part_noun_lean_on_nothing() -> None:
    def leaning(said: str) -> list[int]:
        return [f.weight for f in flaws(_item(1, ItemKind.TRUE_FALSE, f"True or false? {said}",
                                              answer="true", true_statement=said))]

    assert leaning("Shackleton offered his ship and men to the Admiralty.") == []
    assert leaning("With antennas added at the top, the Eiffel Tower is 330 metres tall.") == []
    assert leaning("He offered his ship and men to the Admiralty.") == [UNNAMED]
    assert leaning("Shackleton offered his ship to the expedition.") == [UNNAMED]  # which?


DEAD_SEA = ("The Dead Sea\n\n"
            "The Dead Sea is a landlocked salt lake lying in the Jordan Rift Valley. "
            "Its shores are the lowest land on the surface of the Earth. "
            "In modern times the lake has become a centre of the chemical industry.\n")


def _said(tmp_path, statement: str, answer: str) -> Item:
    from edu.items.common import Context
    from edu.items.subjects import said_by_name
    from edu.text.reading import read_document

    (tmp_path / "notes.txt").write_text(DEAD_SEA, encoding="utf-8")
    sentence = "In modern times the lake has become a centre of the chemical industry."
    start = DEAD_SEA.index(sentence)
    ctx = Context(deck=Deck(title="The Dead Sea", id="t", source="notes.txt", facts=[]),
                  reading=read_document(tmp_path / "notes.txt"))
    item = _item(1, ItemKind.TRUE_FALSE, f"True or false? {statement}", answer="true",
                 statement=statement, true_statement=statement, asked_answers=[answer],
                 source=Span(start, start + len(sentence)))
    return said_by_name(item, ctx)


def test_a_statement_names_the_documents_subject(tmp_path) -> None:
    said = _said(tmp_path, "In modern times the lake has become a centre of the chemical "
                 "industry.", "chemical industry")
    assert said.true_statement == ("In modern times the Dead Sea has become a centre of the "
                                   "chemical industry.")
    assert said.statement == said.true_statement
    assert said.prompt == f"True or false? {said.statement}"


def test_a_name_the_item_offers_is_not_put_in(tmp_path) -> None:
    """An option named in the question would give it away (or make two right)."""
    from edu.items.common import Context
    from edu.items.subjects import said_by_name
    from edu.text.reading import read_document

    (tmp_path / "notes.txt").write_text(DEAD_SEA, encoding="utf-8")
    sentence = "In modern times the lake has become a centre of the chemical industry."
    start = DEAD_SEA.index(sentence)
    ctx = Context(deck=Deck(title="The Dead Sea", id="t", source="notes.txt", facts=[]),
                  reading=read_document(tmp_path / "notes.txt"))
    asked = "In modern times the lake has become a centre of which industry?"
    item = _item(1, ItemKind.MULTIPLE_CHOICE, asked, answer="chemical industry",
                 source=Span(start, start + len(sentence)))
    assert said_by_name(item, ctx).prompt == ("In modern times the Dead Sea has become a "
                                              "centre of which industry?")
    item.options = ["chemical industry", "the Dead Sea", "tourism", "shipping"]
    assert said_by_name(item, ctx).prompt == asked

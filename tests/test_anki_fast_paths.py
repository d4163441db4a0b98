"""The shortcuts of Anki packaging give exactly what the long way gives: GUIDs as genanki's
own `guid_for`, field escaping as the full escape, typed answers as find_number decides."""

from __future__ import annotations

import html

import genanki
from hypothesis import given, settings
from hypothesis import strategies as st

from edu.anki.export import note_guid, spread_facts
from edu.anki.fields import text_field, typed_answer
from edu.items.model import Item
from edu.text.numbers import find_number, parse_number

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
NUMBERISH = st.lists(st.sampled_from(
    ["one", "two", "hundred", "thousand", "and", "second", "fifth", "half", "dozen",
     "seventy", "sixth", "7", "1,000", "½", "3/4", "K", "İ", "Zhurong", "-", ".", "twenty-one"]),
    max_size=5).map(" ".join)


@settings(max_examples=500)
@given(TEXT, TEXT)
def test_note_guid_is_genankis_guid(deck_id: str, item_id: str) -> None:
    assert note_guid(deck_id, item_id) == genanki.guid_for(deck_id, item_id)


def _escaped_the_long_way(text: str | None) -> str:
    out = html.escape(text or "", quote=True)
    out = out.replace("{", "&#123;").replace("}", "&#125;")
    return out.replace("\r\n", "\n").replace("\n", "<br>")


@settings(max_examples=500)
@given(st.one_of(st.none(), TEXT, st.text(alphabet="ab&<>\"'{}\r\n:", max_size=12)))
def test_text_field_is_the_full_escape(text: str | None) -> None:
    assert text_field(text) == _escaped_the_long_way(text)


def _typed_the_long_way(answer: str) -> str:
    found = find_number(answer)
    if found is None or not found.words:
        return answer
    value = parse_number(answer)
    if value is None:
        return answer
    return f"{value:.0f}" if value == int(value) else f"{value:g}"


@settings(max_examples=500)
@given(st.one_of(NUMBERISH, TEXT))
def test_typed_answer_is_what_find_number_decides(answer: str) -> None:
    assert typed_answer(answer) == _typed_the_long_way(answer)


@given(st.lists(st.sampled_from("abcd"), max_size=12))
def test_spread_facts_orders_by_round_then_position(fact_ids: list[str]) -> None:
    items = [Item(id=f"{f}:{n}", fact_id=f, kind="short_answer", prompt="p", answer="a")
             for n, f in enumerate(fact_ids)]
    rounds: dict[str, int] = {}
    ranked = []
    for position, item in enumerate(items):
        rounds[item.fact_id] = rounds.get(item.fact_id, -1) + 1
        ranked.append((rounds[item.fact_id], position, item))
    assert spread_facts(items) == [item for _r, _p, item in sorted(ranked, key=lambda r: r[:2])]

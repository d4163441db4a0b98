"""Number words and month names are written once as English (edu/text/numbers.py,
edu/text/quantities.py); extraction's lexicon keeps the same words as Porter stems, because it
reads stemmed text and stemming at import would cost NLTK's start-up. These tests hold the
two forms to each other, so a word added to one and not the other is caught."""

from edu.extract import lexicon
from edu.text import numbers, quantities
from edu.text.preprocess import stem


def test_stemmed_number_words_are_the_english_ones():
    # "zero" counts nothing
    english = {stem(w): v for w, v in numbers.SMALL_NUMBERS.items() if v > 0}
    assert english == {k: v for k, v in lexicon.NUMBER_WORDS.items() if k != "dozen"}
    assert {stem(w): v for w, v in numbers.SCALE_WORDS.items()} == lexicon.SCALES


def test_stemmed_month_names_are_the_english_ones():
    full = [m for m in quantities._MONTHS if len(m) > 4 or m in ("march", "april", "may",
                                                                  "june", "july")]
    assert {stem(m): m.capitalize() for m in full} == {
        k: v for k, v in lexicon.MONTHS.items() if k not in ("jan", "feb", "sept")}
    for short in ("jan", "feb", "sept"):
        assert quantities.is_month_name(short) and short in lexicon.MONTHS


def test_the_month_names_are_one_list():
    assert [m.lower() for m in quantities.MONTH_NAMES] == list(quantities._MONTHS)[:12]

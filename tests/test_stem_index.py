"""The name scans' shared index (edu/extract/stemindex.py) finds exactly what a scan of every
token finds, and the scans read the same anchors through it as without it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from edu.extract.lexicon import Classifier
from edu.extract.localities import cued_places, locality_anchors
from edu.extract.localities import wanted_stems as locality_stems
from edu.extract.people import person_anchors
from edu.extract.people import wanted_stems as people_stems
from edu.extract.stemindex import StemIndex

VOCABULARY = ["charl", "best", "new", "york", "rome", "bay", "trinity", "capit", "merrow",
              "son", "washington", "roebl", "john", "lake", "baikal", "intern", "x"]


@given(st.lists(st.sampled_from(VOCABULARY), max_size=60),
       st.sets(st.sampled_from(VOCABULARY), max_size=6),
       st.sets(st.sampled_from(VOCABULARY), max_size=6))
def test_positions_are_every_token_of_the_wanted_stems(stems, built_for, other):
    index = StemIndex(stems, [built_for, other])
    for wanted in (built_for, other, built_for | other, set()):
        assert index.positions(wanted) == [k for k, s in enumerate(stems) if s in wanted]


def test_name_scans_read_the_same_anchors_through_a_shared_index():
    stems = ("charl best clark nobl work togeth son washington roebl john roebl built bridg "
             "ground broken rome new york ship sail trinity bay capit merrow lake baikal "
             "univers toronto intern space station").split()
    classes = Classifier().classes(stems)
    words = stems
    boundaries = {12}
    index = StemIndex(stems, (*people_stems(), *locality_stems()))

    def spans(anchors):
        return [(a.i, a.j, a.name_text, a.features) for a in anchors]

    assert spans(person_anchors(stems, classes, boundaries, words, index)) \
        == spans(person_anchors(stems, classes, boundaries, words))
    assert person_anchors(stems, classes, boundaries, words)  # the text has people
    assert spans(locality_anchors(stems, classes, boundaries, words, index)) \
        == spans(locality_anchors(stems, classes, boundaries, words))
    assert locality_anchors(stems, classes, boundaries, words)  # and places
    assert cued_places(stems, classes, boundaries, index) \
        == cued_places(stems, classes, boundaries)

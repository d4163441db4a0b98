"""The verb tables that turn questions into statements: spelling of the simple past."""

import pytest

from edu.text.verbs import past_tense


@pytest.mark.parametrize(("verb", "past"), [
    ("open", "opened"),  # two syllables, stress on the first: no doubled n ("openned" was shown)
    ("visit", "visited"), ("edit", "edited"), ("orbit", "orbited"),
    ("stop", "stopped"), ("plan", "planned"), ("ship", "shipped"), ("strip", "stripped"),
    ("map", "mapped"), ("land", "landed"), ("launch", "launched"), ("dock", "docked"),
    ("carry", "carried"), ("complete", "completed"), ("build", "built"), ("show", "showed"),
])
def test_simple_past_spelling(verb, past):
    assert past_tense(verb) == past

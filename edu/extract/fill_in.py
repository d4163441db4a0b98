"""A preprocessed fill-in as a phrase: the window's function words put back around the blank.

Preprocessed text's windows read as keyword runs ("second floor finished _____ tower begun
sink"): the words between their tokens are gone. edu.text.gaps puts back the stop words the
corpus is sure of ("second floor finished in _____"), with the inflections they ask for; where
it is unsure it writes nothing, so a window it cannot help reads as before.
(Cutting windows where the corpus says a sentence ends was tried and measured useless: a pair
of stems tells too little, precision 10-15 %, recall under 2 %; docs/EXTRACT.md.)
"""

from __future__ import annotations

from collections.abc import Sequence

from edu.extract.wording import BLANK
from edu.text.gaps import fill_gaps
from edu.text.restore import join_words


def restored_cloze(stems: Sequence[str], shown: Sequence[str], ai: int, aj: int) -> str:
    """The window's words with the answer's tokens [ai, aj) as one blank and the function
    words put back between tokens (none inside the answer)."""
    gaps, out = fill_gaps(stems, [w if not w.endswith("-") else "" for w in shown])
    pieces: list[str] = []
    for k, word in enumerate(shown):
        if ai <= k < aj:
            if k == ai:
                pieces += [gaps[k], BLANK]
            continue
        pieces += [gaps[k], out[k] or word]
    return join_words(pieces)

"""Whether a candidate may stand in the answer's place by the sex the document gives each:
the blind review marked a man put in a woman's place ("Joule married John Dalton in 1847.", a
false statement nobody needs to think about) and the other way round.

Who is "she" and who "he" is read by the one reader of the extraction
(`edu.extract.sexes`, through `pronoun_names.name_sexes`); this module keeps only the rule of
which options a sex admits (round 21n retired its own reader, which called Babbage "she").
"""

from __future__ import annotations

from collections.abc import Sequence


def name_sexes(text: str, names: Sequence[str]) -> dict[str, str]:
    """Each name of `names` the raw text says is "she" or "he" (`edu.extract.sexes`)."""
    from edu.extract.pronoun_names import name_sexes as read  # the pipeline loads on use

    return read(text, names)


def same_sex(answer: str, candidate: str, sexes: dict[str, str]) -> bool:
    """Whether a candidate may stand in the answer's place: of its sex; or, for a man or a
    person of unknown sex, of unknown sex too. A woman's place takes only women: the texts
    name women far less often than men and say so when they do ("Mrs", "her"), so a person
    whose sex is never said is most likely a man ("Joule married John Benjamin Dancer")."""
    mine, theirs = sexes.get(answer.strip()), sexes.get(candidate.strip())
    if mine == "she":
        return theirs == "she"
    return theirs is None or mine is None or mine == theirs

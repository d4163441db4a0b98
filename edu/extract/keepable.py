"""How likely a teacher keeps a raw English draft as written, read from its prompt alone.

Blind reviewers judged 494 raw top-20 drafts of the held-out groups 14, 16, 18 and 19 (keep,
edit or drop; issue 15, round 18r). Four features of the prompt told most of the verdicts,
and each is a named test below with its counts: a direct question (31 % kept) against a
fill-in (7 %); a capitalised name after the first word (26 %) against none (3 %); at most
SHORT_WORDS words (28 %) against longer (8 %); no pronoun (24 %) against one (10 %). A
question that names something, is short and has no pronoun was kept 62 times of 114 (54 %);
a named draft with one of the three flaws (a fill-in, long, a pronoun) 17 of 90 (19 %); any
other 17 of 290 (6 %). FAIR is no better than a raw draft at large (96 of 494, 19 %), so
`candidates` fills the first page with GOOD drafts first and the rest in rank order, from
the drafts the top K holds anyway: recall does not change.
"""

from __future__ import annotations

import re
from enum import IntEnum

from edu.extract.lexicon import DRAFT_PRONOUNS
from edu.extract.wording import BLANK
from edu.text.quantities import MONTH_NAMES, WEEKDAYS

# More words than this, and the reviewer struck "long copied sentence": 17 of 215 longer
# drafts kept (8 %), 79 of 279 shorter (28 %); past 25 words, 2 of 99
SHORT_WORDS = 18
# a capitalised date word names no subject ("... on 15 April"): not a name of the draft
_DATE_WORDS = frozenset(MONTH_NAMES) | frozenset(WEEKDAYS)
_WORD = re.compile(r"[\w'’-]+")


class Keep(IntEnum):
    """A draft's class, best last: the first page takes GOOD drafts first."""

    POOR = 0  # no name, or two flaws or more: 17 of 290 kept (6 %)
    FAIR = 1  # named, one flaw (a fill-in, long, or a pronoun): 17 of 90 kept (19 %)
    GOOD = 2  # a short question that names something, no pronoun: 62 of 114 kept (54 %)


def is_question(prompt: str) -> bool:
    """A direct question with no blank: 81 of 265 kept (31 %), fill-ins 15 of 229 (7 %)."""
    return BLANK not in prompt and prompt.rstrip().endswith("?")


def names_something(prompt: str) -> bool:
    """A capitalised word after the first that is no month or weekday: the draft says whom
    or what it is about. Without one, 4 of 144 drafts were kept ("How many metres long is
    the crossing?": which crossing?)."""
    words = _WORD.findall(prompt)[1:]
    return any(w[:1].isupper() and w not in _DATE_WORDS for w in words)


def has_pronoun(prompt: str) -> bool:
    """A pronoun or demonstrative anywhere in the prompt (lexicon.DRAFT_PRONOUNS)."""
    return any(w.lower() in DRAFT_PRONOUNS for w in _WORD.findall(prompt))


def is_short(prompt: str) -> bool:
    return len(prompt.split()) <= SHORT_WORDS


def keep_class(prompt: str) -> Keep:
    """The class of a raw draft's prompt (the module's counts)."""
    if not names_something(prompt):
        return Keep.POOR
    flaws = (not is_question(prompt)) + (not is_short(prompt)) + has_pronoun(prompt)
    return Keep.GOOD if flaws == 0 else Keep.FAIR if flaws == 1 else Keep.POOR

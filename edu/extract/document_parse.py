"""spaCy's parse of a whole raw document, made once per text and shared by the readers that
need sentences in their context (`pronoun_names`: who "she" is; `subject_parts`: what "its
deck" belongs to), issue 15, round 21n: two whole-document parses cost ~10 % of raw
extraction, one is enough.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from edu.extract.parses import parser


@lru_cache(maxsize=4)
def whole_parse(text: str) -> Any:
    """The parse of `text`, its title line ended by a stop so the title does not run into
    the first sentence (the same length: every offset holds). Callers read it, never write
    to it."""
    title = re.match(r"[^\n.!?]*[^\s.!?:]\n", text)
    return parser()(text[: title.end() - 1] + "." + text[title.end() :] if title else text)

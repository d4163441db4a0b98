"""What a document says each person does, for options of the answer's role.

The blind review called a swap of another role absurd ("Kofi Annan", a UN Secretary-General,
offered for which scientist) or implausible ("Bidault", a French minister, as the American
administrator). A person's role is the noun the text puts right before the name, past any
capitalised words ("the Dutch scientist Paul Crutzen", "the former UN Secretary-General Kofi
Annan", "President Harry S. Truman"), or before a comma and the name ("the foreign
ministers, Ernest Bevin and ..."), or else in an apposition after it ("Jean-Claude Gallet,
the commander of the Paris fire brigade"), in the evidence of the facts that answer the
name. Roles fall in families (the family column of edu/data/person_nouns.tsv); a person
whose role is of another family than the answer's is no option nor substitute. A person the
text gives no role fits any.
"""

from __future__ import annotations

import re

from edu.items.pools import DeckPools
from edu.text.names import ROLE_FAMILIES
from edu.text.normal import key_of

_CAPITALISED_RUN = r"((?:[A-Z][\w.'’-]*\s+)*)"


def role_families() -> dict[str, str]:
    """Role noun -> its family (edu/data/person_nouns.tsv, through edu.text.names)."""
    return ROLE_FAMILIES


def _family(word: str) -> str | None:
    word = word.casefold().strip(",")
    families = role_families()
    if word in families:
        return families[word]
    if word.endswith("s") and word[:-1] in families:  # "ministers"
        return families[word[:-1]]
    return None


def role_of(name: str, text: str) -> str | None:
    """The family of the role `text` gives `name`, else None."""
    words = name.split()
    if len(words) > 1 and _family(words[0]):  # "President Dwight Eisenhower"
        return _family(words[0])
    pattern = re.compile(r"(?:\b([a-z][a-z-]+),?\s+)?" + _CAPITALISED_RUN + re.escape(name)
                         + r"(?![\w-])")
    for m in pattern.finditer(text):
        for word in reversed((m.group(2) or "").split()):  # "UN Secretary-General"
            if _family(word):
                return _family(word)
        if m.group(1) and _family(m.group(1)):
            return _family(m.group(1))
    after = re.compile(re.escape(name) + r",\s+(?:the|a|an|its|their)\s+((?:[\w'’-]+\s+){0,3}?)"
                       r"([a-z][a-z-]+)\b")  # "Jean-Claude Gallet, the commander of ..."
    for m in after.finditer(text):
        for word in [*m.group(1).split(), m.group(2)]:
            if _family(word):
                return _family(word)
    return None


def name_roles(pools: DeckPools) -> dict[str, str]:
    """key_of(answer) -> the family of the role the evidence gives it (once per deck)."""
    kept = pools.memo.get(name_roles)
    if isinstance(kept, dict):
        return kept
    roles: dict[str, str] = {}
    for pool in pools.kinds.values():
        for fact in pool.facts:
            key = key_of(fact.answer)
            if key not in roles:
                found = role_of(fact.answer, fact.evidence or "")
                if found:
                    roles[key] = found
    pools.memo[name_roles] = roles
    return roles


def same_role(answer: str, candidate: str, roles: dict[str, str]) -> bool:
    """Whether the two people's roles are of one family (or either is not known)."""
    mine, theirs = roles.get(key_of(answer)), roles.get(key_of(candidate))
    return mine is None or theirs is None or mine == theirs

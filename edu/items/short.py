"""Short forms: an item shows the clause around its answer, never a whole long sentence.

The blind review of items from raw documents found 30 of 62 items flawed by long copied
sentences: matching descriptions and true/false statements that were whole sentences of
30-45 words. A long one is cut to the clause that holds the answer (the drafts' own clause
cut, edu.extract.clauses, on spaCy's parse); when no clause short enough stands alone, the
item is not made and the fact is asked another way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A matching description a learner reads four to six of at once (the review's longest were
# 40 words); a true/false statement one claim, not a paragraph: of the blind verdicts on raw
# true/false items (sets 14-19), 16 of 36 statements of at most 15 words were good, 3 of 11
# of 16-20 words, 4 of 22 longer.
DESCRIPTION_WORDS = 25
STATEMENT_WORDS = 20
# An option is read beside three others; an ordering event, a whole clause with its verb,
# beside three to five ("The first national society was founded in the German state of
# Württemberg.": 13).
OPTION_WORDS = 12
# A cloze sentence is read to find one gap: blind reviewers kept no raw cloze of over 20
# words (0 good of 37, "long copied sentence with blank"; 7 of 25 at 20 words or fewer)
CLOZE_WORDS = 20
EVENT_WORDS = 15

# the drafts' blank (edu.extract.wording.BLANK), which clause_cut seeks; written here, not
# imported, so that making items (the trainer's first question) loads no extraction
CUT_BLANK = "_____"
_WORD = re.compile(r"[\w'’-]+")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def short_around(text: str, blank: str, answer: str, limit: int) -> str | None:
    """`text` (with `blank` where the answer stands) if it has at most `limit` words, else
    the clause of it that holds the blank when that one has; None when neither has."""
    if word_count(text.replace(blank, answer)) <= limit:
        return text
    if text.count(blank) != 1:
        return None
    from edu.extract.clauses import clause_cut  # lazy: loads spaCy's parser, only when cut

    cut = clause_cut(text.replace(blank, CUT_BLANK), answer)
    if CUT_BLANK not in cut or word_count(cut.replace(CUT_BLANK, answer)) > limit:
        from edu.items.trim import trimmed  # lazy, as clause_cut

        return trimmed(text, blank, answer, limit)  # the parts set off around the answer
    return cut.replace(CUT_BLANK, blank)


def short_stater(state: Callable[[str], str | None], answer: str, forms: list[str],
                 limit: int = STATEMENT_WORDS) -> Callable[[str], str | None] | None:
    """A statement maker whose statements are the clause of the long ones that holds the
    answer (or whatever stands in its place; `forms`: how the answer may be written);
    `state` itself when its true statement is short; None when no short clause holds it."""
    true_text = state(answer)
    if true_text is None or word_count(true_text) <= limit:
        return state
    shown = [f for f in sorted({answer, *forms}, key=len, reverse=True)
             if f and true_text.count(f) == 1]
    if not shown:
        return None
    answer = shown[0]
    at = true_text.find(answer)
    before, after = true_text[:at], true_text[at + len(answer):]
    cut = short_around(before + CUT_BLANK + after, CUT_BLANK, answer, limit)
    if cut is None:
        return None
    pre, post = cut.split(CUT_BLANK)

    def shortened(value: str) -> str | None:
        full = state(value)
        if full is None or not (full.startswith(before) and full.endswith(after)):
            return None
        shown = full[len(before): len(full) - len(after)]
        text = pre + shown + post
        return text[:1].upper() + text[1:]
    return shortened

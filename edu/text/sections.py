"""Find a preprocessed document's outline from the enumerators that survive preprocessing.

Headings survive only as `ii develop space technolog system` or `1 space transport system`;
numbers are everywhere else too (counts, years, model numbers). So every small number or roman
numeral followed by words is a candidate, and a dynamic programme picks the set of candidates
that forms a valid outline (I, II, ... ; 1, 2, ... under each; 1, 2, ... one level deeper)
with the highest heading score. Rules that make it robust:

- a nested list must reach its "2": a lone "1" costs more than it earns;
- a number right after a word that is followed by numbers elsewhere too ("tianwen 1",
  "long march 5") is a name, not a heading;
- "i" is an NLTK stop word, so roman I never survives: a first-level "1" before any roman
  numeral opens an implied section I;
- "preambl" near the start and the last "conclus"/"conclud remark" after the last numbered
  heading are headings too. Without any roman numeral the outline is plain 1, 1.1, 1.1.1.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Container, Mapping, Sequence

from edu.text.markdown import fenced_ranges
from edu.text.source import Section, Token, token_stems

_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
           "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"]
_ROMAN_VALUE = {r: k + 1 for k, r in enumerate(_ROMANS)}
_SMALL = re.compile(r"^[1-9]\d?$")
_WORD = re.compile(r"^[a-z][a-z]+$")
_NEST_COST = 2.5  # paid when a nested list opens with "1", earned back by its "2"
_MAX_DEPTH = 3  # roman, number, number
_TITLE_MAX = {1: 7, 2: 4, 3: 4}

Path = tuple[int, ...]
# Stems of units and counted words that follow a number in a quantity, never in a heading.
_MEASURES = frozenset(
    "percent per cent million billion thousand hundr kilometr metr centimetr millimetr mile "
    "kilogram gram tonn ton year day hour minut second week month degre time".split()
)


def _series_names(stems: list[str]) -> set[str]:
    """Words mostly followed by a number, in two or more places: names like "tianwen 1"."""
    after = Counter(stems[i - 1] for i in range(1, len(stems)) if stems[i][0].isdigit())
    total = Counter(stems)
    return {w for w, n in after.items() if n >= 3 and n >= 0.3 * total[w]}


def _heading_score(
    stems: list[str], i: int, series: set[str], known: Container[str]
) -> float | None:
    """How much token i looks like an enumerator opening a heading (None: it cannot)."""
    n = len(stems)
    if i + 1 >= n or not _WORD.match(stems[i + 1]):
        return None
    score = 1.0
    prev_number = i > 0 and not _WORD.match(stems[i - 1])
    if prev_number:
        if not stems[i - 1].isdigit():
            return None
        score -= 0.5  # a heading may follow a sentence ending in a number ("... in 2024. 4.")
    if i > 0 and stems[i - 1] in series:
        score -= 1.5  # "tianwen 1": a name with a number
    if i > 0 and stems[i - 1] not in known and not stems[i - 1].isdigit():
        score -= 1.0  # unknown words before numbers are mostly names ("cere 1")
    if i + 2 >= n or not _WORD.match(stems[i + 2]):
        score -= 0.5  # a one-word title before a number ("2 goal 2030 ...") is rarer
    if not prev_number and any(t[0].isdigit() for t in stems[max(0, i - 2) : i]):
        score -= 1.0  # lists of model numbers, dates (a year just before was paid above)
    if stems[i + 1] in _MEASURES:
        score -= 1.5  # "82 percent", "50 kilometr": a quantity, not a heading
    if stems[i + 1] in stems[i + 2 : i + 7]:
        score += 1.0  # the text restates its heading: "1 mission mission china ..."
    return score


def _successors(path: Path, value: int, roman: bool) -> list[tuple[Path, float]]:
    """Paths the candidate may take after `path`, with the nesting cost or refund."""
    out: list[tuple[Path, float]] = []
    if roman:
        top = path[0] if path else 1  # before anything, roman II follows an implied I
        if value == top + 1:
            out.append(((value,), 0.0))
        return out
    if not path and value == 1:
        out.append(((1, 1), -_NEST_COST))  # implied section I
    for depth in range(1, len(path)):  # continue the list at this depth (innermost first)
        if path[depth] + 1 == value:
            inner = 0.1 * depth
            out.append(((*path[:depth], value), inner + (_NEST_COST if value == 2 else 0.0)))
    if value == 1 and 0 < len(path) < _MAX_DEPTH:
        out.append(((*path, 1), -_NEST_COST))
    return out


def _title_tokens(stems: list[str], i: int, depth: int, subjects: set[str]) -> int:
    """How many tokens after the enumerator form the title."""
    j = i + 1
    limit = min(len(stems), i + 1 + _TITLE_MAX.get(depth, 5))
    first = stems[i + 1] if i + 1 < len(stems) else ""
    while j < limit and _WORD.match(stems[j]):
        if j > i + 1 and (stems[j] == first or stems[j] in subjects):
            break  # the text starts: "1 mission | mission china ...", "2 vision | china aim"
        j += 1
    return max(1, j - i - 1)


def _subjects(stems: list[str], starts: list[int]) -> set[str]:
    """Words that open the text under many headings but never a title ("china" in "2 vision
    china aim ..."): seen at positions 2-6 after 40 % of the enumerators, never at 1. Only
    long outlines give reliable counts; in short ones the topic word would be taken too."""
    if len(starts) < 15:
        return set()
    first = {stems[i + 1] for i in starts if i + 1 < len(stems)}
    later: Counter[str] = Counter()
    for i in starts:
        later.update(set(stems[i + 2 : i + 7]))
    need = round(len(starts) * 0.4)
    return {w for w, n in later.items() if n >= need and w not in first}


_Chain = tuple[int, Path, "_Chain"] | None
_BEAM = 256  # outline states kept per step; real outlines need a few dozen


def detect_outline(stems: list[str], known: Container[str] = frozenset(),
                   openers: Container[int] | None = None) -> list[tuple[int, Path, int]]:
    """(token index, outline path, title length) of each numbered heading, in order.

    `known` holds the stems of ordinary words (the word map); other words are likely names.
    `openers`: the token indices that may open a heading (raw text: those first on a line,
    `line_openers`); None when lines are gone (preprocessed text) and any token may.
    """
    series = _series_names(stems)
    # state: last path -> (score, accepted headings as a linked list (i, path, previous)).
    # Linked lists keep each step O(1); the beam keeps long documents linear.
    states: dict[Path, tuple[float, _Chain]] = {(): (0.0, None)}
    for i, s in enumerate(stems):
        roman = s in _ROMAN_VALUE and s != "i" and len(s) <= 4 and not _SMALL.match(s)
        if not (roman or _SMALL.match(s)) or (openers is not None and i not in openers):
            continue
        h = _heading_score(stems, i, series, known)
        if h is None or h <= -2:
            continue
        value = _ROMAN_VALUE[s] if roman else int(s)
        if roman:
            h += 1.0  # roman numerals are rare outside headings
        updates: dict[Path, tuple[float, _Chain]] = {}
        for path, (score, accepted) in states.items():
            for new, adjust in _successors(path, value, roman):
                cand = score + h + adjust
                if cand > updates.get(new, states.get(new, (float("-inf"), None)))[0]:
                    updates[new] = (cand, (i, new, accepted))
        states.update(updates)
        if len(states) > _BEAM:
            kept = sorted(states.items(), key=lambda kv: kv[1][0], reverse=True)[:_BEAM]
            states = dict(kept)
    chain = max(states.values(), key=lambda sa: sa[0])[1]
    best: list[tuple[int, Path]] = []
    while chain is not None:
        best.append((chain[0], chain[1]))
        chain = chain[2]
    best.reverse()
    subjects = _subjects(stems, [i for i, _ in best])
    return [(i, path, _title_tokens(stems, i, len(path), subjects)) for i, path in best]


def line_openers(text: str, starts: Sequence[int]) -> frozenset[int]:
    """Indices of the tokens first on their line (nothing but spaces or marks such as "(" or
    "-" before them): in written text a numbered heading opens its line, and a number inside
    a paragraph ("Queen Elizabeth II visited ...", "on 1 July") never does."""
    openers = []
    for m in _LINE_START.finditer(text):
        k = bisect_left(starts, m.end())
        if k < len(starts) and starts[k] == m.end():  # a stop word first: no token opens it
            openers.append(k)
    return frozenset(openers)


# where a line's first word or number starts: past spaces and marks, not past letters or digits
_LINE_START = re.compile(r"(?:\A|(?<=\n))[^\w\n]*", re.UNICODE)


def fit_titles(stems: list[str], outline: list[tuple[int, Path, int]],
               title_stems: Mapping[str, list[str]]) -> list[tuple[int, Path, int]]:
    """The outline with each heading's title length taken from a known title (the glossary's
    `sections`) when the stems after its enumerator spell that title: a guessed length can
    swallow the first words of the text ("2 planetari explor | tianwen 1 mar probe") or cut a
    long title short ("... telemetri track command ttc")."""
    has_roman = any(len(p) == 1 for _, p, _ in outline)
    fitted = []
    for i, path, n_title in outline:
        known = title_stems.get(_label(path, has_roman))
        if known and stems[i + 1 : i + 1 + len(known)] == known:
            n_title = len(known)
        fitted.append((i, path, n_title))
    return fitted


def _label(path: Path, has_roman: bool) -> str:
    if has_roman:
        return ".".join([_ROMANS[path[0] - 1].upper(), *map(str, path[1:])])
    return ".".join(map(str, path[1:]))


def detect_sections(
    tokens: Sequence[Token],
    text_len: int,
    words: Callable[[int, int], list[str]] | None = None,
    known: Container[str] = frozenset(),
    outline: list[tuple[int, Path, int]] | None = None,
) -> list[Section]:
    """Sections with readable titles and [start, end) offsets.

    `words(i, j)` gives the readable words of tokens i..j-1 (the stems when omitted);
    `outline` is `detect_outline`'s result when the caller already has it.
    """
    stems = token_stems(tokens)  # from the column: no Token made per token
    if not stems:
        return []
    words = words or (lambda i, j: stems[i:j])
    if outline is None:
        outline = detect_outline(stems, known)
    has_roman = any(len(p) == 1 for _, p, _ in outline)
    if not has_roman:
        outline = [o for o in outline if len(o[1]) > 1]
    found: list[tuple[int, str, tuple[int, int], int]] = []  # (start, number, title, depth)
    seen_roman: set[int] = set()
    for i, path, n_title in outline:
        if has_roman and path[0] not in seen_roman:
            seen_roman.add(path[0])
            if len(path) > 1:  # implied roman (I): opens where its first subsection does
                found.append((i, _label(path[:1], True), (i, i), 1))
        depth = len(path) if has_roman else len(path) - 1
        found.append((i, _label(path, has_roman), (i + 1, i + 1 + n_title), depth))
    first_heading = found[0][0] if found else len(stems)
    pre = next((k for k in range(min(first_heading, len(stems) // 5 + 1))
                if stems[k] == "preambl"), None)
    if pre is not None:
        found.insert(0, (pre, "", (pre, pre + 1), 1))
    # Without other headings, only a "conclusion" near the end is taken for one.
    last_heading = found[-1][0] if found else len(stems) * 9 // 10
    concl = None
    for k in range(len(stems) - 1, last_heading, -1):
        if stems[k] == "conclus" or (stems[k] == "conclud" and stems[k + 1 : k + 2] == ["remark"]):
            concl = k
            break
    if concl is not None:
        found.append((concl, "", (concl, concl + (2 if stems[concl] == "conclud" else 1)), 1))
    sections: list[Section] = []
    for idx, (k, number, (ti, tj), depth) in enumerate(found):
        end_tok = len(stems)
        for k2, _, _, d2 in found[idx + 1 :]:
            if d2 <= depth and k2 > k:
                end_tok = k2
                break
        title = " ".join(w for w in words(ti, tj) if w)
        title = title[:1].upper() + title[1:]
        end = tokens[end_tok].start if end_tok < len(tokens) else text_len
        last = max(k, tj - 1)  # the enumerator alone when the title is inferred
        sections.append(Section(number=number, title=title, start=tokens[k].start, end=end,
                                heading_end=tokens[last].end))
    return sections


_MD_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$", re.M)
_MD_NUMBER = re.compile(r"^((?:[IVXLC]+|\d+)(?:\.\d+)*)[.):]?\s+(?=\S)")


def markdown_sections(text: str, tokens: Sequence[Token],
                      readable: str | None = None) -> list[Section]:
    """Sections of a Markdown text from its ATX headings (`#` .. `######`), nested by level.

    A heading's own enumerator ("## 2.1 Costs") becomes the section number; otherwise the
    number is empty and the title alone names the section. A heading line with no token
    (only punctuation) is no section. Headings inside fenced code blocks are skipped.
    `readable`: the text with inline marks blanked (same offsets), whose words title the
    sections ("## The **Crystal** Palace" is "The Crystal Palace").
    """
    readable = text if readable is None else readable
    starts = [t.start for t in tokens]
    fenced = fenced_ranges(text)
    found: list[tuple[int, int, int, str, str]] = []  # (level, start, heading_end, number, title)
    for m in _MD_HEADING.finditer(text):
        if any(lo <= m.start() < hi for lo, hi in fenced):
            continue
        first = _first_token_at(starts, m.start(2), m.end(2))
        if first is None:
            continue
        title = " ".join(readable[m.start(2) : m.end(2)].split())
        number = ""
        numbered = _MD_NUMBER.match(title)
        if numbered:
            number, title = numbered.group(1), title[numbered.end():]
        found.append((len(m.group(1)), tokens[first].start, m.end(2), number, title.strip()))
    sections: list[Section] = []
    for idx, (level, start, heading_end, number, title) in enumerate(found):
        end = len(text)
        for level2, start2, _, _, _ in found[idx + 1:]:
            if level2 <= level:
                end = start2
                break
        sections.append(Section(number=number, title=title, start=start, end=end,
                                heading_end=heading_end, level=level))
    return sections


def _first_token_at(starts: list[int], lo: int, hi: int) -> int | None:
    k = bisect_left(starts, lo)
    return k if k < len(starts) and starts[k] < hi else None


_PLAIN_HEADING_WORDS = 10  # a longer line is a sentence, not a heading
# a line standing alone: at the text's start or after a blank line, and a blank line after it
# (lookarounds, so the line before a heading, which ends a paragraph, is not consumed by the
# paragraph's own try: "... Kensington.\n\nThe Montgolfier brothers\n\n" was missed)
_PLAIN_LINE = re.compile(r"(?:\A|(?<=\n))[ \t]*(?P<line>[^\s][^\n]*?)[ \t]*\n[ \t]*(?=\n)")


def _after_blank_line(text: str, line_start: int) -> bool:
    """True when the line before the one starting at `line_start` is blank (or none)."""
    before = text.rfind("\n", 0, max(0, line_start - 1))
    return line_start == 0 or not text[before + 1 : line_start - 1].strip()


def plain_sections(text: str, tokens: Sequence[Token]) -> list[Section]:
    """Sections of ordinary text without Markdown marks or numbers: a short line standing
    alone between blank lines (or first in the file), opening with a capital letter or digit
    and ending without sentence punctuation, is a heading ("The End of Smallpox")."""
    starts = [t.start for t in tokens]
    found: list[tuple[int, int, str]] = []  # (start, heading_end, title)
    for m in _PLAIN_LINE.finditer(text):
        lo = m.start("line")
        if lo > 0 and not _after_blank_line(text, m.start()):
            continue
        title = m.group("line")
        if (not title or len(title.split()) > _PLAIN_HEADING_WORDS
                or not (title[0].isupper() or title[0].isdigit()) or title[-1] in ".,;:!?"):
            continue
        first = _first_token_at(starts, lo, lo + len(title))
        if first is not None:
            found.append((tokens[first].start, lo + len(title), title))
    sections = []
    for k, (start, heading_end, title) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(text)
        sections.append(Section(number="", title=title, start=start, end=end,
                                heading_end=heading_end))
    return sections

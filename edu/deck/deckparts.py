"""Cut a deck file's text into one part per fact, so an edited deck is read again only where
it changed.

A deck file is a header (title, id, source, ...), a `facts:` key at the left margin, and a
block list of facts, each starting with a dash at one column (`- id: ...`). Here the text is
cut at each such dash line, and where the list ends (the first later line at the left margin
that is neither a comment nor, when the list itself is at the margin, a dash). What is left
of the file, with every fact's line blanked (so every line keeps its number), is the skeleton;
its `facts:` then reads as empty.

The cut is made on the text alone, so it can be wrong: a quoted value running over several
lines may hold a line that looks like a new fact. It is never trusted on its own word:
edu.deck.check composes each part alone and takes it only when it is exactly one list entry
and a sound fact, and the skeleton only when it composes with `facts:` where the cut put it,
empty. A part cut inside a quoted value or a bracketed list is left open and fails to
compose, so the deck is read whole; an alias to an anchor outside its part fails too. Block
and plain values cannot run past a dash at the list's column or a line at the margin, so they
end in their part. A file whose line breaks YAML reads otherwise than Python (CR, NEL, the
Unicode separators) is not cut at all.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

# Each pattern starts at the line break before its line (the text is scanned with one put
# before it), so the regex engine skips from break to break instead of trying every character.
_FACTS_KEY = re.compile(r"\nfacts:[ \t]*(?:#[^\n]*)?(?=\n|\Z)")
_ENTRY = re.compile(r"\n( *)-(?=[ \t\n]|\Z)")
_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")
# Where the list ends: a line at the margin that is not a comment or a blank; when the list's
# dashes are at the margin, not one of them either ("---" and "-x" end it).
_END_INDENTED = re.compile(r"\n[^ #\n]")
_END_AT_MARGIN = re.compile(r"\n(?:[^ #\n-]|-[^ \t\n])")


@dataclass(frozen=True)
class DeckSplit:
    """A deck's text as its skeleton and one text per fact, in file order."""

    skeleton: str  # the text with every fact's line blanked: header, `facts:`, what follows
    facts_line: int  # 0-based line of the `facts:` key
    parts: list[str]  # each fact's text from its dash to the next fact's (comments included)


def split_deck(text: str) -> DeckSplit | None:
    """The deck's text cut into facts, or None when it has no such layout (read it whole)."""
    if any(mark in text for mark in _OTHER_BREAKS):
        return None
    scan = "\n" + text  # a match at i in `scan` is the line starting at i in `text`
    key = _FACTS_KEY.search(scan)
    if key is None or _FACTS_KEY.search(scan, key.end()) is not None:
        return None
    first = _ENTRY.search(scan, key.end())
    if first is None or any(line.strip() and not line.lstrip().startswith("#")
                            for line in text[key.end():first.start()].split("\n")):
        return None  # only blanks and comments may stand between `facts:` and its first fact
    indent = first.group(1)
    end = (_END_INDENTED if indent else _END_AT_MARGIN).search(scan, first.start() + 1)
    stop = end.start() if end is not None else len(text)
    dash = re.compile(rf"\n{indent}-(?=[ \t\n]|\Z)")
    starts = [m.start() for m in dash.finditer(scan, first.start(), stop + 1)]
    parts = [text[a:b] for a, b in zip(starts, [*starts[1:], stop], strict=True)]
    skeleton = text[:first.start()] + "\n" * text.count("\n", first.start(), stop) + text[stop:]
    return DeckSplit(skeleton, text.count("\n", 0, key.start()), parts)


def part_digest(part: str) -> str:
    """The name a fact's text is kept under (with the code digest kept beside it)."""
    return hashlib.blake2b(part.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()

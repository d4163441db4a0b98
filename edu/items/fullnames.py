"""Things named as the text first names them, and "the <kind>" never asked of two.

The blind verdicts on raw items of held-out set 21 (labels review21) marked a thing named by
the short form a text uses after giving it in full ("On which date was Clark handed over
...?" where the text says "Clark Air Base" first, three times) and, as wrong, items about
"the act" in a text of two acts ("True or false? The act authorised a system of 41,000
miles.": false for the 1944 act, true for the 1956 one). Read alone, a card has no earlier
sentence to tell which.

- `NameBook.in_full(text)`: each short form in `text` whose full form the document gave
  first is written in full ("Clark" -> "Clark Air Base"). A short form is a run of
  capitalised words the document also writes alone; its full form is the one longer run
  the document writes starting with it (two different ones: which is meant is not known,
  nothing is changed), whose first use comes before the short form's, and whose last word
  is a kind of thing (the document writes it in lower case: "bases"), so a person's first
  name is never grown into someone's full name.
- `NameBook.ambiguous(text)`: "the <kind>" or a name without the year that tells it from
  another, when the document names two or more things of that kind ("Federal-Aid Highway
  Act of 1944" and "... of 1956"; "the act"). A kind the title names ("The Brooklyn
  Bridge": "the bridge") is the title's thing and stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# a run of capitalised words (a name as written), with a qualifier "of 1956" kept on it
_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*(?:[ ]of[ ]\d{4})?")
_OPENS = re.compile(r"(?:\A|[.!?:;]['\"’”)]*\s+|\n\s*|[\"“(]\s*)\Z")
_POSSESSIVE = re.compile(r"['’]s?$")
_YEAR_OF = re.compile(r" of \d{4}$")


def _runs(text: str, lower: set[str]) -> list[tuple[int, str]]:
    """(offset, run) of every capitalised run; a run loses a first word the text also
    writes in lower case ("The", "In", "Meanwhile": an opener, not part of the name)."""
    found = []
    for m in _RUN.finditer(text):
        run, at = _POSSESSIVE.sub("", m.group(0)), m.start()
        first = run.split(" ", 1)[0]
        if first.lower() in lower:
            if " " not in run:
                continue
            run, at = run.split(" ", 1)[1], at + len(first) + 1
            if run.startswith("of "):
                continue
        found.append((at, run))
    return found


@dataclass
class NameBook:
    """The document's names, read once per deck."""

    text: str = ""
    title: str = ""
    full: dict[str, str] = field(default_factory=dict)  # short form -> its full form
    kinds: dict[str, set[str]] = field(default_factory=dict)  # kind word -> its names

    @classmethod
    def of(cls, text: str, title: str = "") -> NameBook:
        book = cls(text, title)
        lower = set(re.findall(r"(?<![\w'’-])[a-z][a-z-]+", text))
        body = text.find("\n") + 1  # the title line names the topic, not a first use
        runs = [(at, run) for at, run in _runs(text, lower) if at >= body]
        first: dict[str, int] = {}
        alone_mid: set[str] = set()
        inner: set[str] = set()  # words that stand inside another name ("Lake Conemaugh")
        for at, run in runs:
            first.setdefault(run, at)
            if " " not in run and not _OPENS.search(text[max(0, at - 4):at]):
                alone_mid.add(run)
            if not _OPENS.search(text[max(0, at - 4):at]):  # an opener ("Today Clark")
                inner.update(_YEAR_OF.sub("", run).split(" ")[1:])  # is no name's word
        # part of a longer name the run cut at "and"/"of" ("Liverpool and Manchester
        # Railway")
        cut = set(re.findall(r"[A-Z][\w-]* (?:and|of|for|&) ([A-Z][\w-]*(?: [A-Z][\w-]*)+)",
                             text))
        owners = set(re.findall(r"(?<![\w'’-])([A-Z][\w-]*)['’]s\b(?![ ][A-Z])", text))
        longer: dict[str, set[str]] = {}
        for run in first:
            words = _YEAR_OF.sub("", run).split(" ")
            for n in range(1, len(words)):
                longer.setdefault(" ".join(words[:n]), set()).add(" ".join(words))
            head = words[-1].lower()
            if len(words) > 1 and _is_kind(head, lower):
                book.kinds.setdefault(head, set()).add(run)
        for short, fulls in longer.items():
            if short not in alone_mid or len(fulls) != 1 or " " in short \
                    or short in inner or short in owners:
                continue  # an owner alone ("Harvard's department") is a body of its own
            full = next(iter(fulls))
            if first.get(full, len(text)) < first[short] and full not in cut \
                    and _is_kind(full.rsplit(" ", 1)[-1].lower(), lower):
                book.full[short] = full
        for short in [s for s in book.full if _modifies(text, s)]:
            del book.full[short]  # "the Svalbard archipelago": a thing of its own
        return book

    def in_full(self, text: str, keep: str = "") -> str:
        """`text` with each short form written in full; `keep` (the answer) untouched."""
        if not self.full:
            return text
        out, last = [], 0
        for m in re.finditer(r"(?<![\w'’-])(" + "|".join(
                re.escape(s) for s in sorted(self.full, key=len, reverse=True))
                + r")(?![\w-])(?![ ][A-Z])", text):
            inside_keep = keep and any(
                k.start() <= m.start() < k.end() for k in re.finditer(re.escape(keep), text))
            if inside_keep:
                continue
            out.append(text[last:m.start()] + self.full[m.group(1)])
            last = m.end()
        out.append(text[last:])
        return "".join(out)

    def ambiguous(self, text: str) -> str:
        """What in `text` could be either of two things the document names, "" if nothing."""
        from edu.extract.lexicon import GENERAL_NOUNS  # lazy: ordinary English only

        title = self.title.lower()
        for kind, names in self.kinds.items():
            if len(_distinct(names)) < 2 or kind in title or kind in GENERAL_NOUNS:
                continue
            if re.search(rf"\b[Tt]he (?i:{kind})\b(?! of\b)", text):
                return f"'the {kind}' (the text names {len(names)}: "\
                       f"{', '.join(sorted(names))})"
            for name in sorted({_YEAR_OF.sub("", n) for n in names}):
                same = [n for n in names if _YEAR_OF.sub("", n) == name]
                if len(same) > 1 and re.search(re.escape(name) + r"(?! of \d{4})(?![\w-])",
                                               text) and not re.search(r"\b\d{4}\b", text):
                    return f"'{name}' (the text names {', '.join(sorted(same))})"
        return ""


def _is_kind(word: str, lower: set[str]) -> bool:
    """Whether a name's last word is a kind of thing: the text writes it in lower case."""
    return word in lower or word + "s" in lower or (word.endswith("y") and word[:-1] + "ies"
                                                    in lower)


def _modifies(text: str, short: str) -> bool:
    """Whether the text writes `short` alone before a noun it qualifies ("in the Svalbard
    archipelago", "other Caribbean islands"): then it names a thing of its own."""
    from edu.extract.questions import parsed  # lazy: spaCy's parser, only for candidates

    for m in re.finditer(r"[^.!?\n]*(?<![\w'’-])" + re.escape(short)
                         + r"(?![\w'’-])(?![ ][A-Z])[^.!?\n]*", text):
        for t in parsed(m.group(0).strip()):
            if t.text == short and t.dep_ in ("compound", "amod") and t.head.i > t.i \
                    and not t.head.text[:1].isupper():
                return True
    return False


def _distinct(names: set[str]) -> set[str]:
    """The names that are not the end of a longer one ("Coal Board" of "National Coal
    Board": one board)."""
    return {n for n in names if not any(o != n and o.endswith(" " + n) for o in names)}

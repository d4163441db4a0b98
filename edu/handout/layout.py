"""What goes on a worksheet, independent of format: chosen questions, versions, answer key.

The PDF, HTML and Markdown writers all render the same `Handout`, so the three formats always
agree with each other and with the items they came from. Every random choice takes the seed.

Versions (A, B, C, ...) hold the same questions. Version A keeps deck order and the options
as generated; later versions shuffle the questions within each group and the options. The
right-hand column of matching and the events of ordering are shuffled in every version
(otherwise the answer would be printed in place).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from edu.deck.model import sections_under
from edu.errors import EduError, Problem
from edu.items.model import Item, ItemKind, unit_after_answer
from edu.items.reveal import fits
from edu.text.source import SECTION_PATH, section_tails

# Groups appear in this order: quick-to-answer kinds first, written answers later.
KIND_ORDER = (ItemKind.MULTIPLE_CHOICE, ItemKind.TRUE_FALSE, ItemKind.MATCHING, ItemKind.CLOZE,
              ItemKind.NUMERIC, ItemKind.SHORT_ANSWER, ItemKind.ORDERING)

HEADINGS = {
    ItemKind.MULTIPLE_CHOICE: ("Multiple choice", "Circle the letter of the best answer."),
    ItemKind.TRUE_FALSE: ("True or false", "Circle True or False."),
    ItemKind.MATCHING: ("Matching", "Write the letter of the matching item on the line before "
                                    "each number."),
    ItemKind.CLOZE: ("Fill in the blanks", "Write the missing word or number on the line."),
    ItemKind.NUMERIC: ("Numbers", "Write the number on the line."),
    ItemKind.SHORT_ANSWER: ("Short answers", "Answer in a word or a short phrase."),
    ItemKind.ORDERING: ("Put in order", "Write the letters in order, earliest first."),
}

INSTRUCTIONS = ("Answer every question. Write clearly; where there is a line, write your answer "
                "on it.")

BLANK = "__________"  # the shortest blank; a blank is sized to its answer (`blank_for`)
BLANK_RE = re.compile(r"_{3,}")
# An underscore is about as wide as an average letter in DejaVu Sans; a fifth more leaves
# room for handwriting, which runs wider than print.
_HANDWRITING = 1.2
PAPERS = ("a4", "letter")


def blank_for(answer: str) -> str:
    """A fill-in blank long enough to write `answer` on, and never shorter than BLANK."""
    return "_" * max(len(BLANK), round(len(answer) * _HANDWRITING) + 2)


@dataclass(frozen=True)
class Options:
    """How a worksheet is printed, beyond which questions it holds."""

    paper: str = "a4"  # "a4" or "letter"
    points: int | None = None  # points per question; None prints no points
    teacher_copy: bool = False  # answers printed inline on the questions
    font: str | None = None  # a font file for characters the PDF's DejaVu Sans lacks


def letter(i: int) -> str:
    """0 -> A, 1 -> B, ..., 25 -> Z, 26 -> AA."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(ord("A") + r) + out
    return out


@dataclass
class Question:
    """One numbered question as printed in one version."""

    number: int
    kind: ItemKind
    text: str
    item: Item
    choices: list[str] = field(default_factory=list)  # lettered: MC options, matching right
    left: list[str] = field(default_factory=list)  # matching: numbered left column
    answer: str = ""  # as the answer key prints it
    written: str = ""  # what a student writes (sizes the blank or the answer line)
    points: int | None = None  # printed beside the question when the sheet has points
    key_section: str = ""  # the key's Section column: the path below the deck's own title

    @property
    def section(self) -> str:
        return self.item.section


@dataclass
class Group:
    kind: ItemKind
    heading: str
    instructions: str
    questions: list[Question]


@dataclass
class Version:
    letter: str
    groups: list[Group]

    @property
    def questions(self) -> list[Question]:
        return [q for g in self.groups for q in g.questions]


@dataclass
class Handout:
    title: str
    deck_title: str
    versions: list[Version]
    asked: int  # how many questions were asked for
    available: int  # how many usable items there were after filtering
    options: Options = field(default_factory=Options)
    sections: str = ""  # the sections a sectioned sheet covers, for its header ("" = all)

    @property
    def count(self) -> int:
        return len(self.versions[0].questions) if self.versions else 0

    @property
    def key_has_sections(self) -> bool:
        """Whether the answer key needs its Section column: a document without headings
        filled it with dashes, taking a third of the key's width for nothing."""
        return any(q.key_section for v in self.versions for q in v.questions)

    @property
    def total_points(self) -> int | None:
        points = self.options.points
        return None if points is None else points * self.count

    @property
    def subtitle(self) -> str:
        """The line under the title: the deck, and the sections when the sheet has some."""
        parts = [self.deck_title] if self.deck_title != self.title else []
        if self.sections:
            parts.append(f"Section{'s' if '; ' in self.sections else ''}: {self.sections}")
        if self.options.teacher_copy:
            parts.append("Teacher copy (answers shown)")
        return " · ".join(parts)

    def running_head(self, version: str) -> str:
        head = f"{self.title} — Version {version}"
        if self.sections:
            head += f" — {self.sections}"
        return head + (" — Teacher copy" if self.options.teacher_copy else "")


def section_matches(section: str, wanted: str) -> bool:
    """`II.1`, `II` (all of II.x), or the full label, case-insensitively; in a nested
    section's path ("A › B › C") any part, with what lies in it ("B" selects B and C)."""
    wanted = wanted.strip().lower()
    if not wanted:
        return False
    for tail in section_tails(section.strip().lower()):
        number = tail.split(" ", 1)[0]
        if (tail == wanted or tail.startswith(wanted + " ") or number == wanted
                or number.startswith(wanted + ".")):
            return True
    return False


def filter_sections(items: list[Item], sections: list[str] | None) -> list[Item]:
    """Items from the wanted sections; an empty result names the sections there are."""
    if not sections:
        return items
    kept = [it for it in items if any(section_matches(it.section, s) for s in sections)]
    if not kept:
        known = sorted({it.section for it in items if it.section})
        raise EduError(Problem("--sections", f"no items in section(s) {', '.join(sections)}; "
                                             f"the deck has: {'; '.join(known) or 'none'}"))
    return kept


def _facts(item: Item) -> set[str]:
    return {item.fact_id, *item.fact_ids}


def select_items(items: list[Item], count: int, seed: int) -> list[Item]:
    """Up to `count` items, kinds taken in turn, never two items about the same fact, and no
    item that shares an answer with another or states another's answer (edu.items.reveal)."""
    rng = random.Random(f"{seed}:handout:select")
    pools: dict[ItemKind, list[Item]] = {k: [] for k in KIND_ORDER}
    for item in items:
        if item.kind in pools:
            pools[item.kind].append(item)
    for pool in pools.values():
        rng.shuffle(pool)
    chosen: list[Item] = []
    used: set[str] = set()
    while len(chosen) < count and any(pools.values()):
        for kind in KIND_ORDER:
            pool = pools[kind]
            while pool:
                item = pool.pop()
                if not (_facts(item) & used) and fits(item, chosen):
                    chosen.append(item)
                    used |= _facts(item)
                    break
            if len(chosen) >= count:
                break
    position = {id(it): i for i, it in enumerate(items)}
    return sorted(chosen, key=lambda it: position[id(it)])


def _answer_text(item: Item, choices: list[str], left: list[str]) -> str:
    kind = item.kind
    if kind == ItemKind.MULTIPLE_CHOICE:
        return f"{letter(choices.index(item.answer))}. {item.answer}"
    if kind == ItemKind.TRUE_FALSE:
        truth = "True" if item.answer.strip().lower() in ("true", "t") else "False"
        if truth == "False" and item.true_statement:
            return f"False. {item.true_statement}"
        return truth
    if kind == ItemKind.MATCHING:
        right_of = {p[0]: p[1] for p in item.pairs or []}
        return ", ".join(f"{i + 1}–{letter(choices.index(right_of[lt]))}"
                         for i, lt in enumerate(left))
    if kind == ItemKind.ORDERING:
        seq = list(item.sequence or [])
        years = list(item.years or [])
        order = ", ".join(letter(choices.index(ev)) for ev in seq)
        return f"{order} ({', '.join(years)})" if len(years) == len(seq) else order
    text = item.answer
    unit = unit_after_answer(item)  # "207 launch missions", "6 years", but "2016", not "2016 year"
    if unit:
        text += f" {unit}"
    if kind == ItemKind.NUMERIC and item.tolerance:
        text += f" (±{item.tolerance:,.15g})"  # "±250,000", never "±2.5e+06"
    if item.aliases:
        text += f"; also accepted: {', '.join(item.aliases)}"
    return text


def _question(number: int, item: Item, rng: random.Random, shuffle_options: bool) -> Question:
    choices: list[str] = []
    left: list[str] = []
    text = item.prompt
    if item.kind == ItemKind.MULTIPLE_CHOICE:
        choices = list(item.options or [])
        if shuffle_options:
            rng.shuffle(choices)
    elif item.kind == ItemKind.TRUE_FALSE:
        text = item.statement or item.prompt
    elif item.kind == ItemKind.CLOZE:
        text = BLANK_RE.sub(blank_for(_longest(item)), item.prompt)
    elif item.kind == ItemKind.MATCHING:
        left = [p[0] for p in item.pairs or []]
        choices = [p[1] for p in item.pairs or []]
        for _ in range(5):  # a shuffle that leaves every pair in line gives the answer away
            rng.shuffle(choices)
            if len(choices) < 2 or any(
                    c != p[1] for c, p in zip(choices, item.pairs or [], strict=False)):
                break
    elif item.kind == ItemKind.ORDERING:
        choices = list(item.sequence or [])
        for _ in range(5):
            rng.shuffle(choices)
            if len(choices) < 2 or choices != list(item.sequence or []):
                break
    q = Question(number=number, kind=item.kind, text=text, item=item, choices=choices,
                 left=left, written=_longest(item))
    q.answer = _answer_text(item, choices, left)
    return q


def _longest(item: Item) -> str:
    """The answer as a student writes it: the deck's answer (aliases are often long spelled-out
    forms nobody writes on a line); the unit is printed after the line."""
    return item.answer


def usable(item: Item) -> bool:
    """Items a worksheet can print: a multiple-choice answer must be among its options."""
    if item.kind == ItemKind.MULTIPLE_CHOICE:
        return bool(item.options) and item.answer in (item.options or [])
    if item.kind == ItemKind.MATCHING:
        return len(item.pairs or []) >= 2
    if item.kind == ItemKind.ORDERING:
        return len(item.sequence or []) >= 2
    text = item.statement if item.kind == ItemKind.TRUE_FALSE else item.prompt
    return bool((text or "").strip())


def build_handout(items: list[Item], *, title: str, deck_title: str, count: int = 20,
                  sections: list[str] | tuple[str, ...] | None = None, seed: int = 0,
                  versions: int = 1, options: Options | None = None) -> Handout:
    """Choose the questions once, then lay out each version's order and options."""
    if count < 1:
        raise EduError(Problem("--count", "must be at least 1"))
    if not 1 <= versions <= 26:
        raise EduError(Problem("--versions", "must be between 1 and 26"))
    pool = [it for it in filter_sections(items, list(sections or ())) if usable(it)]
    chosen = select_items(pool, count, seed)
    if not chosen:
        raise EduError(Problem("edu handout", "no printable items in this deck"))
    options = options or Options()
    out: list[Version] = []
    for v in range(versions):
        tag = letter(v)
        rng = random.Random(f"{seed}:handout:version:{tag}")
        groups: list[Group] = []
        number = 1
        for kind in KIND_ORDER:
            of_kind = [it for it in chosen if it.kind == kind]
            if not of_kind:
                continue
            if v > 0:
                rng.shuffle(of_kind)
            questions = []
            for item in of_kind:
                question = _question(number, item, rng, shuffle_options=v > 0)
                question.points = options.points
                question.key_section = SECTION_PATH.join(sections_under(deck_title,
                                                                        item.section))
                questions.append(question)
                number += 1
            heading, instructions = HEADINGS[kind]
            groups.append(Group(kind, heading, instructions, questions))
        out.append(Version(tag, groups))
    covered = ""
    if sections:  # a sectioned sheet names what it covers, in deck order
        covered = "; ".join(dict.fromkeys(it.section for it in chosen if it.section))
    return Handout(title=title, deck_title=deck_title, versions=out, asked=count,
                   available=len(pool), options=options, sections=covered)

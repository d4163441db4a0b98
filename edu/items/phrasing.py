"""Turning a fact's question into other shapes: a declarative statement (true/false), a short
description (matching) and an event phrase (ordering).

Rules cover the common English question forms; anything else falls back to a plain form that is
still correct ("<prompt> — <answer>"), so a fact is never phrased wrongly, only plainly.
"""

from __future__ import annotations

import re

_IRREGULAR = {
    "be": "was", "become": "became", "begin": "began", "bring": "brought", "build": "built",
    "buy": "bought", "choose": "chose", "come": "came", "do": "did", "draw": "drew",
    "drive": "drove", "eat": "ate", "fall": "fell", "find": "found", "fly": "flew",
    "get": "got", "give": "gave", "go": "went", "grow": "grew", "have": "had", "hold": "held",
    "keep": "kept", "know": "knew", "lay": "laid", "lead": "led", "leave": "left",
    "lend": "lent", "let": "let", "lose": "lost", "make": "made", "meet": "met", "pay": "paid",
    "put": "put", "read": "read", "ride": "rode", "rise": "rose", "run": "ran", "say": "said",
    "see": "saw", "sell": "sold", "send": "sent", "set": "set", "shoot": "shot",
    "show": "showed", "sit": "sat", "speak": "spoke", "spend": "spent", "stand": "stood",
    "take": "took", "teach": "taught", "tell": "told", "think": "thought", "throw": "threw",
    "undertake": "undertook", "win": "won", "write": "wrote", "split": "split", "cut": "cut",
}
_VOWELS = "aeiou"


def past_tense(verb: str) -> str:
    """Simple past of an English verb (irregular table, then the spelling rules)."""
    low = verb.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("e"):
        return verb + "d"
    if low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if (len(low) >= 3 and low[-1] not in _VOWELS + "wxy" and low[-2] in _VOWELS
            and low[-3] not in _VOWELS and len(low) <= 4):
        return verb + verb[-1] + "ed"  # stop -> stopped (short verbs only: visit -> visited)
    return verb + "ed"


def third_person(verb: str) -> str:
    """Present tense, third person singular: 'orbit' -> 'orbits'."""
    low = verb.lower()
    if low in ("have",):
        return "has"
    if low.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _date_phrase(answer: str) -> str:
    """'in 2021', 'in April 2021', 'on April 29, 2021' — the preposition a date wants."""
    has_day = bool(re.search(r"\b\d{1,2}\b", re.sub(r"\b\d{4}\b", "", answer)))
    return f"on {answer}" if has_day else f"in {answer}"


_AUX = r"(?P<aux>is|was|are|were)"
_DO = r"(?P<do>did|does|do)"
_HAVE = r"(?P<have>has|have|had)"

# (pattern, template) — templates use the named groups plus {A} (answer) and {D} (date phrase).
_STATEMENT_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^what {_AUX} (?P<x>.+)$"), "{x} {aux} {A}"),
    (re.compile(rf"^who {_AUX} (?P<x>.+)$"), "{x} {aux} {A}"),
    (re.compile(rf"^how (?:many|much) (?P<n>.+?) {_DO} (?P<s>.+?) (?P<v>\w+)(?P<r>(?: .+)?)$"),
     "{s} {V} {A} {n}{r}"),
    (re.compile(rf"^how (?:many|much) (?P<n>.+?) {_HAVE} (?P<s>.+?) (?P<v>\w+)(?P<r>(?: .+)?)$"),
     "{s} {have} {v} {A} {n}{r}"),
    (re.compile(rf"^how (?:many|much) (?P<n>.+?) {_AUX} there(?P<r>(?: .+)?)$"),
     "there {aux} {A} {n}{r}"),
    (re.compile(rf"^how (?:many|much) (?P<n>.+?) {_AUX} (?P<r>.+)$"), "{A} {n} {aux} {r}"),
    (re.compile(r"^how (?:many|much) (?P<n>.+?) (?P<r>\w+ed(?: .+)?)$"), "{A} {n} {r}"),
    (re.compile(rf"^(?:when|in (?:which|what) (?:year|month)) {_DO} (?P<s>.+?) (?P<v>\w+)"
                r"(?P<r>(?: .+)?)$"), "{s} {V}{r} {D}"),
    (re.compile(rf"^(?:when|in (?:which|what) (?:year|month)) {_AUX} (?P<s>.+?)"
                r" (?P<v>\w+ed|built|made|sent|held|set up|begun|won)(?P<r>(?: .+)?)$"),
     "{s} {aux} {v}{r} {D}"),
    (re.compile(rf"^(?:which|what) (?P<n>[\w' -]+?) {_DO} (?P<s>.+?) (?P<v>\w+)"
                r"(?P<r>(?: .+)?)$"), "{s} {V} {A}{r}"),
    (re.compile(rf"^what {_DO} (?P<s>.+?) (?P<v>\w+)(?P<r>(?: .+)?)$"), "{s} {V} {A}{r}"),
    (re.compile(rf"^(?:which|what) (?P<n>[\w'-]+(?: [\w'-]+)?) {_AUX} (?P<r>.+)$"),
     "{A} {aux} {r}"),
    (re.compile(r"^(?:which|what) (?P<n>[\w'-]+(?: [\w'-]+)?) (?P<r>\w+(?:ed|s)\b.*)$"),
     "{A} {r}"),
    (re.compile(r"^who (?P<r>\w+(?:ed|s)\b.*)$"), "{A} {r}"),
]


def _verb_for(do: str, verb: str) -> str:
    if do == "did":
        return past_tense(verb)
    if do == "does":
        return third_person(verb)
    return verb


def _question_body(prompt: str) -> tuple[str, str] | None:
    """(lower-cased first letter form, original) of a question without its '?', or None."""
    text = " ".join(prompt.strip().split())
    if not text.endswith("?"):
        return None
    body = text[:-1].rstrip()
    return body[:1].lower() + body[1:], body


def statement(prompt: str, answer: str, kind: str = "name") -> str:
    """A declarative sentence saying that `answer` answers `prompt`.

    'What is the name of China's first Mars rover?' + 'Zhurong' ->
    'The name of China's first Mars rover is Zhurong.'
    """
    parsed = _question_body(prompt)
    if parsed is not None:
        body, _original = parsed
        for pattern, template in _STATEMENT_RULES:
            m = pattern.match(body)
            if not m:
                continue
            groups = {k: (v or "") for k, v in m.groupdict().items()}
            if "{D}" in template and kind != "date":
                continue
            verb = _verb_for(groups.get("do", ""), groups.get("v", ""))
            text = template.format(A=answer, D=_date_phrase(answer), V=verb, **groups)
            return _cap(" ".join(text.split())) + "."
    return f"{prompt.strip()} — {answer}"


def description(prompt: str) -> str:
    """A short noun phrase for what the answer is, for the right column of a matching item.

    'What is the name of China's first Mars rover?' -> "the name of China's first Mars rover";
    'Which module docked with Tianhe in 2021?' -> 'the module that docked with Tianhe in 2021'.
    """
    parsed = _question_body(prompt)
    if parsed is None:
        return prompt.strip()
    body, original = parsed
    m = re.match(rf"^(?:what|who) {_AUX} (?P<x>.+)$", body)
    if m:
        return m.group("x")
    m = re.match(rf"^(?:which|what) (?P<n>[\w' -]+?) {_DO} (?P<s>.+?) (?P<v>\w+)(?P<r>(?: .+)?)$",
                 body)
    if m:
        verb = _verb_for(m.group("do"), m.group("v"))
        return f"the {m.group('n')} {m.group('s')} {verb}{m.group('r') or ''}"
    m = re.match(r"^(?:which|what) (?P<n>[\w'-]+(?: [\w'-]+)?) (?P<r>(?:is|was|are|were) .+|"
                 r"\w+(?:ed|s)\b.*)$", body)
    if m:
        return f"the {m.group('n')} that {m.group('r')}"
    return original + "?"


def event(prompt: str) -> str:
    """The event a date question asks about, without the date, for an ordering item.

    'When did China launch Tianwen-1?' -> 'China launched Tianwen-1'.
    """
    parsed = _question_body(prompt)
    if parsed is None:
        return prompt.strip()
    body, original = parsed
    m = re.match(rf"^(?:when|in (?:which|what) (?:year|month)) {_DO} (?P<s>.+?) (?P<v>\w+)"
                 r"(?P<r>(?: .+)?)$", body)
    if m:
        return _cap(f"{m.group('s')} {_verb_for(m.group('do'), m.group('v'))}{m.group('r')}")
    m = re.match(rf"^(?:when|in (?:which|what) (?:year|month)) {_AUX} (?P<s>.+)$", body)
    if m:
        return _cap(f"{m.group('s')}")
    return original + "?"

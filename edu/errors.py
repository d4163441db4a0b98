"""One exception type for every user-facing problem, so the CLI can print it and exit 2."""

from __future__ import annotations

import re
from dataclasses import dataclass

# C0 and C1 control characters but tab (ESC starts terminal escapes; CR, LF and BS fake or
# overwrite what was printed) and lone surrogates (which cannot be encoded for a terminal).
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str) -> str:
    """Text safe to print on a terminal: control characters and lone surrogates are shown as
    escapes (`\\x1b`), so a crafted path or value can neither drive the terminal nor crash
    the print."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace")
                            .decode("ascii"), text)


@dataclass
class Problem:
    """A single located problem: `path:line:col: message` (line and col are 1-based)."""

    path: str
    message: str
    line: int | None = None
    col: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return printable(f"{where}: {self.message}")


class EduError(Exception):
    """Bad input from the user. Carries one or more located problems; never a traceback."""

    def __init__(self, problems: Problem | list[Problem] | str, path: str = "edu") -> None:
        if isinstance(problems, str):
            problems = [Problem(path, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

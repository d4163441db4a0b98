"""One exception type for every user-facing problem, so the CLI can print it and exit 2."""

from __future__ import annotations

from dataclasses import dataclass


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
        return f"{where}: {self.message}"


class EduError(Exception):
    """Bad input from the user. Carries one or more located problems; never a traceback."""

    def __init__(self, problems: Problem | list[Problem] | str, path: str = "edu") -> None:
        if isinstance(problems, str):
            problems = [Problem(path, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

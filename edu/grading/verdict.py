"""Grade and Verdict: what grading decided about one answer.

Apart from `edu.grading.grade` so that the progress store, which logs grades, can read them
without loading the grading machinery (rapidfuzz, number words) at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Grade(StrEnum):
    """How an answer was judged; the values are what the progress log stores."""

    CORRECT = "correct"
    ALMOST = "almost"  # accepted with a small typo
    WRONG = "wrong"


@dataclass(frozen=True, slots=True)
class Verdict:
    """Outcome of one answer: its grade (`status`) and why."""

    status: Grade
    reason: str

    @property
    def accepted(self) -> bool:
        """True for correct and almost: the learner knew the answer."""
        return self.status != Grade.WRONG

    def to_dict(self) -> dict[str, str]:
        return {"status": str(self.status), "reason": self.reason}

"""Problems a user can fix by editing an input, reported all at once."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One fixable problem in an input file: `path:line:col: field: message`."""

    path: str
    line: int = 0          # 1-based; 0 when the problem concerns the whole file
    column: int = 0        # 1-based; 0 when unknown
    field: str = ""
    message: str = ""

    def __str__(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class TimelineError(Exception):
    """Input a user can fix; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = sorted(problems) if isinstance(problems, list) else [problems]
        super().__init__("\n".join(str(p) for p in self.problems))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

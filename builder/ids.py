"""Unique ids: `base`, else `base-2`, `base-3` ..., the same every run for the same order of requests."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Ids:
    """The ids in use, and for each base the next suffix worth trying (so n entries with one title cost n
    checks, not n squared)."""

    used: set[str] = field(default_factory=set)
    _next: dict[str, int] = field(default_factory=dict)

    def __contains__(self, candidate: str) -> bool:
        return candidate in self.used

    def add(self, candidate: str) -> None:
        self.used.add(candidate)

    def free(self, base: str) -> str:
        """The first of `base`, `base-2`, `base-3` ... not in use (not claimed)."""
        n = self._next.get(base, 2)
        candidate = base
        while candidate in self.used:
            candidate = f"{base}-{n}"
            n += 1
        self._next[base] = n
        return candidate

    def claim(self, base: str) -> str:
        candidate = self.free(base)
        self.used.add(candidate)
        return candidate

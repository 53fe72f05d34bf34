"""Benchmarks: `make bench` (python -m bench). Not tests: figures are printed as ratios, never asserted."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    """One target of the performance issue and what this run measured of it.

    ``at_least``: met when the measurement reaches ``limit`` (a rate); otherwise when it stays at or under it.
    """

    what: str
    measured: float
    limit: float
    unit: str = ""
    at_least: bool = False

    @property
    def met(self) -> bool:
        return self.measured >= self.limit if self.at_least else self.measured <= self.limit

    def line(self) -> str:
        bound = "≥" if self.at_least else "≤"
        measured = f"{self.measured:,.0f}" if self.measured >= 1000 else f"{self.measured:.2f}"
        figures = f"{measured}{self.unit} ({bound} {self.limit:,g}{self.unit})"
        return f"  {self.what:<50} {figures:>30}  {'met' if self.met else 'NOT met'}"

"""A kind of hostile input as data: how to build it, and the outcome the README promises."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .builders import Case
from .checks import RunResult

Name = str | re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Expect:
    """The expected outcome of one kind, on top of the rules of `checks.universal`.

    - `codes`: the exit codes allowed (0: analysed, skipped or warned; 2: unusable as a whole).
    - `analysed`: article ids that must be rows of articles.csv.
    - `skipped`: (file, words of the reason) that skipped.csv must list.
    - `handled`: ids that must be either analysed or skipped with a reason.
    - `absent`: ids that must not be rows of articles.csv.
    - `stderr`: text that stderr must contain (case-insensitive), e.g. a warning.
    - `check`: further checks of the run, each failure a line.
    """

    codes: frozenset[int] = frozenset({0})
    analysed: tuple[Name, ...] = ()
    skipped: tuple[tuple[Name, str], ...] = ()
    handled: tuple[Name, ...] = ()
    absent: tuple[Name, ...] = ()
    stderr: tuple[str, ...] = ()
    check: Callable[[RunResult], list[str]] | None = None
    seeds: bool = True

    def failures(self, result: RunResult) -> list[str]:
        """What of this outcome the run did not give (the universal rules are checked apart)."""
        if result.code not in self.codes or result.timed_out:
            return []  # reported by the universal rules; the rest would only repeat it
        found: list[str] = []
        if result.code == 0:
            for name in self.analysed:
                if not result.rows_for("articles", name):
                    found.append(f"{_shown(name)} not analysed{_why(result, name)}")
            for name, reason in self.skipped:
                rows = result.rows_for("skipped", name)
                if not rows:
                    found.append(f"{_shown(name)} not in skipped.csv"
                                 f"{' (it was analysed)' if result.rows_for('articles', name) else ''}")
                elif not any(reason.lower() in row.get("reason", "").lower() and row.get("reason") for row in rows):
                    found.append(f"{_shown(name)} skipped, but the reason {rows[0].get('reason')!r} does not "
                                 f"say {reason!r}")
            for name in self.handled:
                skipped = [row for row in result.rows_for("skipped", name) if row.get("reason", "").strip()]
                if not result.rows_for("articles", name) and not skipped:
                    found.append(f"{_shown(name)} neither analysed nor skipped with a reason")
            for name in self.absent:
                if result.rows_for("articles", name):
                    found.append(f"{_shown(name)} was analysed as an article")
        err = result.err.lower()
        found += [f"stderr does not say {text!r}" for text in self.stderr if text.lower() not in err]
        if self.check is not None:
            try:
                found += self.check(result)
            except Exception as error:  # noqa: BLE001  (a check that cannot read an output is a failure)
                found.append(f"check could not run: {type(error).__name__}: {error}"[:300])
        return found

    def names(self) -> list[Name]:
        return [*self.analysed, *(name for name, _ in self.skipped), *self.handled, *self.absent]


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of bad, hostile or unlucky input or interruption.

    `build` adds the input to a Case (seeds already copied). A kind with `share` can join one batch
    run with other such kinds: its outcome can be told from the others' by file. A kind with a
    `scenario` runs itself (interruptions, concurrent runs) and returns its failures.
    """

    name: str
    about: str
    build: Callable[[Case], None] | None = None
    expect: Expect = Expect()
    command: str = "report"
    share: bool = False
    family: str = ""  # shared kinds of one family run together (families run side by side)
    slow: bool = False
    timeout: float = 120.0
    memory_gb: float = 3.0
    scenario: Callable[[Path, Kind], tuple[list[str], dict]] | None = None


def _shown(name: Name) -> str:
    return f"/{name.pattern}/" if isinstance(name, re.Pattern) else repr(name)


def _why(result: RunResult, name: Name) -> str:
    rows = result.rows_for("skipped", name)
    return f" (skipped: {rows[0].get('reason', '')[:120]})" if rows else ""

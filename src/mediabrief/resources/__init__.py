"""Word lists as data files, and the one loader of each list every stage shares.

Takes nothing from the other rooms and may be imported by any of them: ingest's dateline rule,
extract's date rules and compare's date words all read the month and weekday names from here.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources


def read_resource(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text("utf-8")


@dataclass(frozen=True, slots=True)
class CalendarWords:
    """Month and weekday names in calendar order (lower case), and the months' abbreviations."""

    months: tuple[str, ...]
    month_abbreviations: tuple[tuple[str, ...], ...]
    weekdays: tuple[str, ...]

    def date_names(self) -> tuple[str, ...]:
        """Every month name, abbreviation and weekday name."""
        return (*self.months, *(a for forms in self.month_abbreviations for a in forms), *self.weekdays)

    def month_pattern(self, *, capture: bool) -> str:
        """A regex for a month name or abbreviation, with an optional full stop (`Sept.`).

        One group around the name when `capture`; longer forms first, so `March` is never read as `Mar`.
        """
        forms = sorted({f for month, short in zip(self.months, self.month_abbreviations) for f in (month, *short)},
                       key=lambda form: (-len(form), form))
        return ("(" if capture else "(?:") + "|".join(forms) + r")\.?"

    def weekday_pattern(self) -> str:
        return "(" + "|".join(self.weekdays) + ")"


@cache
def calendar_words() -> CalendarWords:
    rows = list(csv.DictReader(io.StringIO(read_resource("calendar.csv"))))
    months = [row for row in rows if row["kind"] == "month"]
    return CalendarWords(
        months=tuple(row["name"] for row in months),
        month_abbreviations=tuple(tuple(a for a in row["abbreviations"].split("|") if a) for row in months),
        weekdays=tuple(row["name"] for row in rows if row["kind"] == "weekday"),
    )


@cache
def title_abbreviations() -> tuple[str, ...]:
    """Abbreviated titles the tokenizer is to keep whole (`Brig.`), as written."""
    lines = (line.strip() for line in read_resource("title_abbreviations.txt").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))

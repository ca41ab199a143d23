"""The reference date and calendar arithmetic behind relative date expressions.

A `Reference` is the publication date at whatever granularity is known (day,
month, year or nothing). The functions here turn "the Wednesday before it",
"the November after it", "the week before it" into TIMEX3 values, and say so
honestly when the reference is too coarse: the value is then the reference
itself (e.g. `this week` in an article dated only `2024-06` is `2024-06`), and
with no reference at all the unknown fields stay `X`.

Notes: rules after HeidelTime (Strötgen & Gertz 2013); ISO weeks from
`datetime.isocalendar`, Easter from `dateutil.easter`; the rest is plain date
arithmetic because no maintained library resolves TIMEX3 granularities.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from functools import lru_cache

from dateutil.easter import easter

from ..resources import calendar_words, read_resource
from ..safety import YEAR_MAX, YEAR_MIN, is_sane_year

WEEKDAYS = calendar_words().weekdays
# Finest first: a reference can resolve an expression only down to its own granularity.
GRANULARITY = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
# Without a tense, a yearless date up to this far ahead is the coming one ('the Jan. 14 deadline'),
# beyond it the last one: news names near deadlines and schedules, and dates long past.
NEAR_FUTURE_DAYS = 92
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9), "winter": ("WI", 12)}
UNIT_DAYS = {"day": 1, "week": 7, "weekend": 7, "month": 31, "quarter": 92, "year": 366, "decade": 3660, "century": 36600}


class Tense(str, Enum):
    """The tense of the clause a date sits in, as far as the parse tells."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Reference:
    """The anchor date; missing parts are None (published '2023-09' -> day None)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, published: str | None) -> Reference:
        """'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; parts that are no calendar value are dropped, not guessed."""
        match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", (published or "").strip())
        if not match:
            return cls()
        year, month, day = (int(part) if part else None for part in match.groups())
        if not is_sane_year(year):
            return cls()  # `9999-12-31` anchors nothing: `tomorrow` would be no date
        if month is not None and not 1 <= month <= 12:
            return cls(year)
        if day is not None:
            try:
                date(year, month, day)
            except ValueError:
                return cls(year, month)
        return cls(year, month, day)

    @property
    def granularity(self) -> str | None:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year" if self.year is not None else None

    @property
    def date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.day is not None else None

    @property
    def value(self) -> str:
        return "-".join(f"{part:02d}" for part in (self.year, self.month, self.day) if part is not None)

    def covers(self, unit: str) -> bool:
        """Can this reference resolve an expression of granularity `unit`?"""
        return self.granularity is not None and GRANULARITY[self.granularity] <= GRANULARITY[unit]


def in_window(value: str) -> bool:
    """Does every year a TIMEX3 value names (`1998-08-07`, `199X`, `19XX`) lie in the news record's
    window? A value with no year (`XXXX-09-23`, `P4Y`) does."""
    if value.startswith("-"):
        return False
    if match := re.match(r"\d{4}", value):
        first = last = int(match.group())
    elif match := re.match(r"(\d{3})X", value):
        first, last = int(match.group(1)) * 10, int(match.group(1)) * 10 + 9
    elif match := re.match(r"(\d{2})XX", value):
        first, last = int(match.group(1)) * 100, int(match.group(1)) * 100 + 99
    else:
        return True
    return is_sane_year(first) and is_sane_year(last)


def shift_fits(unit: str, amount: int) -> bool:
    """Can `amount` units be added to a reference in the window without leaving the calendar?
    (`3,000,000 days ago` would; the window's width is the bound, so any shift that stays in
    the window fits.)"""
    return abs(amount) * UNIT_DAYS.get(unit, UNIT_DAYS["year"]) <= (YEAR_MAX - YEAR_MIN) * UNIT_DAYS["year"]


def day_value(day: date) -> str:
    return day.isoformat()


def week_value(day: date, weekend: bool = False) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}" + ("-WE" if weekend else "")


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def shift_value(reference: Reference, unit: str, amount: int) -> str:
    """`amount` units from the reference, at the unit's granularity ('last month' = month, -1).

    Assumes `reference.covers(unit)`.
    """
    if unit in ("day", "week", "weekend"):
        days = amount * (7 if unit != "day" else 1)
        shifted = reference.date + timedelta(days=days)
        return day_value(shifted) if unit == "day" else week_value(shifted, weekend=unit == "weekend")
    if unit == "month":
        return month_value(*add_months(reference.year, reference.month, amount))
    if unit == "decade":
        return f"{(reference.year + 10 * amount) // 10:03d}X"
    if unit == "century":
        return f"{reference.year // 100 + amount:02d}XX"
    return f"{reference.year + amount:04d}"


def weekday_date(reference: date, weekday: int, direction: int, inclusive: bool) -> date:
    """The nearest `weekday` (0 = Monday) before (-1) or after (+1) the reference day."""
    gap = (reference.weekday() - weekday) % 7 if direction < 0 else (weekday - reference.weekday()) % 7
    if gap == 0 and not inclusive:
        gap = 7
    return reference + timedelta(days=direction * gap)


def resolve_weekday(reference: Reference, weekday: int, *, direction: int, inclusive: bool) -> tuple[str, bool]:
    """A weekday name -> (value, used the reference). Past narration looks back, future forward."""
    if reference.date is not None:
        return day_value(weekday_date(reference.date, weekday, direction, inclusive)), True
    if reference.granularity is not None:
        return reference.value, True
    return f"XXXX-WXX-{weekday + 1}", False


def year_of_weekday(near: int, month: int, day: int, weekday: int) -> int | None:
    """The year next to `near` in which month/day falls on `weekday` ('Monday, Oct. 26' -> 1998)."""
    for year in (near, near - 1, near + 1):
        try:
            if date(year, month, day).weekday() == weekday:
                return year
        except ValueError:
            continue
    return None


def exists(value: str) -> bool:
    """False for calendar days that never were ('Feb. 30'); a day without a year may be 29 February."""
    match = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)", value)
    if not match:
        return True
    try:
        date(2000 if match.group(1) == "XXXX" else int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return False
    return True


def pick_year(reference: Reference, month: int, day: int | None, *, direction: int, inclusive: bool) -> int | None:
    """The year of a yearless month (and day): the nearest one before (-1) or after (+1) the reference.

    Direction 0 (no tense to go by) takes the coming one when it is at most
    NEAR_FUTURE_DAYS ahead, else the last one: news names near deadlines and
    dates long past. Parts the reference lacks compare as equal, so 'Sept 23' in
    an article dated '2023-09' stays in 2023.
    """
    if reference.year is None:
        return None
    if reference.month is None:
        return reference.year
    by_day = day is not None and reference.day is not None
    here = _position(reference.year, reference.month, reference.day if by_day else None)
    years = range(reference.year - 1, reference.year + 2)
    position = {year: _position(year, month, day if by_day else None) for year in years}
    past = max(year for year, at in position.items() if at < here or (inclusive and at == here))
    future = min(year for year, at in position.items() if at > here or (inclusive and at == here))
    if direction == 0:
        return future if position[future] - here <= NEAR_FUTURE_DAYS else past
    return past if direction < 0 else future


def _position(year: int, month: int, day: int | None) -> int:
    """Days since year 1, or months at 30 days when the day is unknown."""
    if day is None:
        return (year * 12 + month - 1) * 30
    try:
        return date(year, month, day).toordinal()
    except ValueError:  # 30 February and the like: keep the order, not the date
        return date(year, month, 1).toordinal() + day - 1


def resolve_month(
    reference: Reference, month: int, day: int | None = None, *, direction: int, inclusive: bool = True
) -> tuple[str, bool]:
    """A month (and day) without a year -> (value, used the reference)."""
    year = pick_year(reference, month, day, direction=direction, inclusive=inclusive)
    tail = f"-{month:02d}" + (f"-{day:02d}" if day is not None else "")
    return (f"{year:04d}" if year is not None else "XXXX") + tail, year is not None


def season_index(year: int, month: int) -> int:
    """Seasons counted from year 0: spring 0, summer 1, fall 2, winter 3 (December opens winter)."""
    if month < 3:
        return (year - 1) * 4 + 3
    return year * 4 + (month - 3) // 3


def resolve_season(reference: Reference, season: str, shift: int | None, year: int | None) -> tuple[str, bool]:
    """'last fall', 'this summer', 'spring 2019', 'the winter' -> YYYY-SE.

    'last' is the latest such season before the reference's own, 'next' the first
    after it, 'this' the one in the reference's year, and a bare season the latest
    one up to the reference.
    """
    code, first = SEASONS[season]
    if year is not None:
        return f"{year:04d}-{code}", False
    if reference.year is None:
        return f"XXXX-{code}", False
    if reference.month is None or shift == 0:
        return f"{reference.year + (shift or 0):04d}-{code}", True
    current = season_index(reference.year, reference.month)
    wanted = season_index(2000, first) % 4
    if shift is None or shift < 0:
        index = current - (current - wanted) % 4
        if shift is not None and index == current:
            index -= 4
    else:
        index = current + ((wanted - current) % 4 or 4)
    return f"{index // 4:04d}-{code}", True


@lru_cache(maxsize=1)
def load_holidays() -> dict[str, str]:
    text = read_resource("holidays.csv")
    return {row["name"]: row["rule"] for row in csv.DictReader(io.StringIO(text))}


def holiday_date(rule: str, year: int) -> date:
    """A holiday rule from resources/holidays.csv in one year: '12-25', '11:4:Thu:+0', 'easter:-2'."""
    if rule.startswith("easter:"):
        return easter(year) + timedelta(days=int(rule.split(":")[1]))
    if ":" not in rule:
        month, day = rule.split("-")
        return date(year, int(month), int(day))
    month, nth, weekday, offset = rule.split(":")
    weekday_index = [name[:3] for name in WEEKDAYS].index(weekday.lower())
    if int(nth) > 0:
        first = date(year, int(month), 1)
        day = weekday_date(first, weekday_index, +1, inclusive=True) + timedelta(weeks=int(nth) - 1)
    else:
        following = date(year + int(month) // 12, int(month) % 12 + 1, 1)
        day = weekday_date(following - timedelta(days=1), weekday_index, -1, inclusive=True)
    return day + timedelta(days=int(offset))


def resolve_holiday(
    reference: Reference, rule: str, *, direction: int, inclusive: bool = True, week: bool = False
) -> tuple[str, bool]:
    """A holiday without a year -> its date before (-1) or after (+1) the reference, or by the
    no-tense rule of `pick_year` (0). With `week`, the holiday's week counts from its Monday, so
    'as Easter week began' on the Monday before Easter is this year's.
    """
    if reference.date is None:
        if reference.granularity is not None:
            return f"{reference.year:04d}", True
        sample = holiday_date(rule, 2001)
        return ("XXXX-" + sample.strftime("%m-%d") if ":" not in rule else "XXXX-XX-XX"), False
    here = reference.date
    starts = {}
    for year in range(here.year - 1, here.year + 2):
        day = holiday_date(rule, year)
        starts[day] = day - timedelta(days=day.weekday()) if week else day
    past = max(day for day, start in starts.items() if start < here or (inclusive and start == here))
    future = min(day for day, start in starts.items() if start > here or (inclusive and start == here))
    if direction == 0:
        direction = 1 if (starts[future] - here).days <= NEAR_FUTURE_DAYS else -1
    return day_value(past if direction < 0 else future), True

"""Date expression text -> TIMEX3 value at the expression's own granularity.

`normalise("last November", Reference.parse("2024-06"), Tense.PAST)` -> `2023-11`.
Durations (`four years`, `4-hour`) and clock times come back with kind
"duration" / "time"; text that is no date at all (`the Kim dynasty`, `12 or 13`,
`44-year-old`) comes back as None.

Notes: HeidelTime-style rules (Strötgen & Gertz 2013): one pattern per kind of
expression, anchored on the reference date, with the tense of the governing verb
choosing the direction. dateparser (DateDataParser, whose `period` gives the
granularity) parses the explicit calendar core (`June 19, 2024`, `15 Sep 2023`,
`Aug. 7`, `09/15/2023`). The rest is by hand because no maintained library does
it: dateparser fills missing fields from today, reads weekdays without tense and
knows no ISO weeks, weekends, seasons, decades or holidays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dateparser.date import DateDataParser

from .anchoring import (
    WEEKDAYS,
    Reference,
    Tense,
    day_value,
    exists,
    holiday_date,
    load_holidays,
    resolve_holiday,
    resolve_month,
    resolve_season,
    resolve_weekday,
    shift_fits,
    shift_value,
    week_value,
    year_of_weekday,
)
from .date_words import (
    AGE,
    APPROX,
    CLOCK,
    COUNT,
    DAYPART,
    DURATION,
    DURATION_CODE,
    MONTH,
    NUMERIC_DATE,
    PLACEHOLDER,
    SHIFT,
    UNIT,
    WEEKDAY,
    clean,
    count_of,
)
from ..safety import is_sane_year

QUARTERS = {"first": 1, "1st": 1, "q1": 1, "second": 2, "2nd": 2, "q2": 2, "third": 3, "3rd": 3, "q3": 3,
            "fourth": 4, "4th": 4, "q4": 4}


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 value; `anchored` says whether the reference date went into it."""

    value: str
    kind: str = "date"
    anchored: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may use besides the words: the reference, the tense, the date mentioned last."""

    reference: Reference
    tense: Tense = Tense.NONE
    previous: str | None = None  # the last resolved date value before this one, for 'that day'

    @property
    def direction(self) -> int:
        """+1 looks forward from the reference, -1 back, 0 lets the rule choose."""
        return {Tense.FUTURE: 1, Tense.PAST: -1}.get(self.tense, 0)

    @property
    def calendar_direction(self) -> int:
        """For a named month or day the present is a timetable: 'Congress reconvenes Jan. 24'."""
        return 1 if self.tense is Tense.PRESENT else self.direction


def normalise(
    text: str, reference: Reference, tense: Tense = Tense.NONE, previous: str | None = None
) -> Timex | None:
    """The first rule that reads `text` decides; None when none does or the day never existed."""
    phrase = clean(text)
    if not phrase or AGE.search(phrase):
        return None
    context = Context(reference, tense, previous)
    for rule in RULES:
        timex = rule(phrase, context)
        if timex is not None:
            return timex if exists(timex.value) else None
    return None


def relative(reference: Reference, unit: str, amount: int) -> Timex | None:
    """`amount` units from the reference; coarsened to the reference, or X when there is none;
    None for a shift no calendar holds (`3,000,000 days ago`)."""
    coarse = {"weekend": "week", "decade": "year", "century": "year"}.get(unit, unit)
    if reference.granularity is None:
        return Timex(PLACEHOLDER.get(unit, "XXXX"))
    if not reference.covers(coarse):
        return Timex(reference.value, anchored=True)
    if not shift_fits(unit, amount):
        return None
    return Timex(shift_value(reference, unit, amount), anchored=True)


def rule_time(phrase: str, context: Context) -> Timex | None:
    """'3:00 in the morning', '6 p.m.', 'this morning': times of day, kept off the timeline."""
    if CLOCK.search(phrase):
        return Timex(_clock_value(phrase), kind="time")
    if re.fullmatch(rf"(?:(?:this|that|the|early|late|in the) )*{DAYPART}", phrase):
        return Timex("T" + phrase.split()[-1][:2].upper(), kind="time")
    return None


def _clock_value(phrase: str) -> str:
    match = re.search(r"(\d{1,2})(?::(\d{2}))?\s*(a\.?m|p\.?m)?", phrase)
    if not match:
        return "T12:00" if "noon" in phrase else "T24:00"
    hour, half = int(match.group(1)), (match.group(3) or "")[:1]
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return f"T{hour:02d}:{match.group(2) or '00'}"


def rule_ago(phrase: str, context: Context) -> Timex | None:
    """'two months ago', 'almost four years ago': the reference moved back, at the unit's granularity."""
    match = re.fullmatch(rf"{APPROX}{COUNT} {UNIT} ago", phrase)
    if not match or count_of(match.group(1)) is None:
        return None
    unit = "week" if match.group(2) == "fortnight" else match.group(2)
    amount = count_of(match.group(1)) * (2 if match.group(2) == "fortnight" else 1)
    if unit in ("second", "minute", "hour"):
        return Timex(f"PT{amount}{DURATION_CODE[unit][1]}", kind="duration")
    return relative(context.reference, "day" if unit == "night" else unit, -amount)


def rule_today(phrase: str, context: Context) -> Timex | None:
    """'today', 'yesterday', 'tomorrow'; 'last night' is the evening before: a date on a timeline."""
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
               "day before yesterday": -2, "day after tomorrow": 2}
    if phrase in offsets:
        return relative(context.reference, "day", offsets[phrase])
    return None


def rule_previous(phrase: str, context: Context) -> Timex | None:
    """'that day', 'later that year', 'the next morning': the last date mentioned before it."""
    previous = context.previous
    match = re.fullmatch(r"(?:that|the same) (day|week|month|year)|(next|following|previous) (day|morning)", phrase)
    if not match or previous is None or "X" in previous[:4]:
        return None
    if match.group(1):
        length = {"day": 10, "month": 7, "year": 4}.get(match.group(1))
        if match.group(1) == "week" and re.fullmatch(r"\d{4}-\d\d-\d\d", previous):
            return Timex(week_value(_iso_date(previous)), anchored=True)
        return Timex(previous[:length], anchored=True) if length and len(previous) >= length else None
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", previous):
        return None
    step = -1 if match.group(2) == "previous" else 1
    return Timex(day_value(date.fromordinal(_iso_date(previous).toordinal() + step)), anchored=True)


def _iso_date(value: str) -> date:
    return date.fromisoformat(value[:10])


def rule_unit(phrase: str, context: Context) -> Timex | None:
    """'this week', 'last month', 'next year', 'the weekend', 'the week of March 6'."""
    match = re.fullmatch(
        r"(this|last|next|previous|current|coming|this past) (week|weekend|month|year|decade|century)", phrase
    )
    if match:
        shift = -1 if match.group(1) == "this past" else SHIFT[match.group(1)]
        return relative(context.reference, match.group(2), shift)
    if phrase in ("weekend", "this weekend"):
        reference = context.reference
        if reference.date is None:
            return relative(reference, "weekend", 0)
        # On a weekday, past narration means the weekend just gone, and so does a bare 'the weekend'
        # without a tense; 'this weekend' without one is the one ahead.
        looking_back = context.direction < 0 or (context.direction == 0 and phrase == "weekend")
        behind = looking_back and reference.date.weekday() < 5
        return relative(reference, "weekend", -1 if behind else 0)
    match = re.fullmatch(r"week of (.+)", phrase)
    if match:
        inner = normalise(match.group(1), context.reference, context.tense, context.previous)
        if inner is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", inner.value):
            return Timex(week_value(_iso_date(inner.value)), anchored=inner.anchored)
        if inner is not None and inner.value.startswith("XXXX-"):
            return Timex(PLACEHOLDER["week"])
    return None


def rule_duration(phrase: str, context: Context) -> Timex | None:
    """'four years', 'for 18 months', '4-hour', 'the past decade', 'recent years', 'years earlier'."""
    if not DURATION.fullmatch(phrase):
        return None  # other words around the unit ('Last week Stumpf', 'a disgusting day')
    match = re.search(rf"{COUNT}[ -]{UNIT}", phrase)
    if match and count_of(match.group(1)) is not None:
        amount, unit = str(count_of(match.group(1))), match.group(2)
    else:
        unit = re.search(UNIT, phrase).group(1)
        amount = "1" if re.search(rf"\b(?:past|last|next|coming|this) {unit}\b", phrase) else "X"
    code = DURATION_CODE[unit]
    return Timex(("PT" + amount + code[1]) if code.startswith("T") else f"P{amount}{code}", kind="duration")


def rule_decade(phrase: str, context: Context) -> Timex | None:
    """'the 1990s' -> 199X, "the '90s" -> 199X, 'the 20th century' -> 19XX."""
    match = re.fullmatch(r"(1[0-9]|20)(\d)0'?s", phrase) or re.fullmatch(r"'(\d)0s", phrase)
    if match:
        century = match.group(1) if match.lastindex == 2 else ("20" if match.group(1) in "01" else "19")
        return Timex(f"{century}{match.group(match.lastindex)}X")
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) century", phrase)
    if match:
        return Timex(f"{int(match.group(1)) - 1:02d}XX")
    return None


def rule_year(phrase: str, context: Context) -> Timex | None:
    """A year on its own, 1000 to 2099 (smaller numbers are ages and counts far more often)."""
    match = re.fullmatch(r"(1[0-9]{3}|20\d\d)", phrase)
    return Timex(match.group(1)) if match else None


def rule_season(phrase: str, context: Context) -> Timex | None:
    """'last fall', 'summer of 2010', 'spring this year'."""
    match = re.fullmatch(
        r"(?:(this|last|next|past|coming) )?(spring|summer|fall|autumn|winter)"
        r"(?:,? (?:of )?(\d{4})| (this|last|next) year)?",
        phrase,
    )
    if not match:
        return None
    shift = SHIFT.get(match.group(1) or "")
    year = int(match.group(3)) if match.group(3) else None
    if match.group(4):
        if context.reference.year is None:
            return Timex(resolve_season(context.reference, match.group(2), None, None)[0])
        year = context.reference.year + SHIFT[match.group(4)]
    value, anchored = resolve_season(context.reference, match.group(2), shift, year)
    return Timex(value, anchored=anchored)


def rule_quarter(phrase: str, context: Context) -> Timex | None:
    """'the third quarter (of 2022)', 'Q3 2022'; without a year, the reference's."""
    match = re.fullmatch(r"(first|second|third|fourth|1st|2nd|3rd|4th|q[1-4]) quarter(?: of)?(?: (\d{4}))?", phrase)
    match = match or re.fullmatch(r"(q[1-4]),? (\d{4})", phrase)
    if not match:
        return None
    number = QUARTERS[match.group(1)]
    if match.group(2):
        return Timex(f"{match.group(2)}-Q{number}")
    year = context.reference.year
    return Timex(f"{year:04d}-Q{number}" if year else f"XXXX-Q{number}", anchored=year is not None)


def rule_holiday(phrase: str, context: Context) -> Timex | None:
    """'Thanksgiving Day', 'last Christmas', 'Easter week', 'Christmas Eve 2019' (resources/holidays.csv)."""
    match = re.fullmatch(r"(?:(last|next|this) )?(.+?)( week)?(?:,? (\d{4}))?", phrase)
    rule = load_holidays().get(match.group(2)) if match else None
    if rule is None:
        return None
    if match.group(4):
        if not is_sane_year(int(match.group(4))):
            return None  # `Christmas 0000` is on no calendar
        day, anchored = day_value(holiday_date(rule, int(match.group(4)))), False
    else:
        direction = {"last": -1, "next": 1}.get(match.group(1) or "", context.calendar_direction)
        inclusive, week = match.group(1) not in ("last", "next"), bool(match.group(3))
        day, anchored = resolve_holiday(context.reference, rule, direction=direction, inclusive=inclusive, week=week)
    if match.group(3):
        day = week_value(_iso_date(day)) if re.fullmatch(r"\d{4}-\d\d-\d\d", day) else day
    return Timex(day, anchored=anchored)


def rule_weekday(phrase: str, context: Context) -> Timex | None:
    """'Wednesday', 'last Friday', 'next Tuesday': the direction from the modifier, else from the tense."""
    match = re.fullmatch(rf"(?:(last|next|this|past|coming) )?{WEEKDAY}", phrase)
    if not match:
        return None
    weekday = WEEKDAYS.index(match.group(2))
    modifier = match.group(1)
    if modifier in ("last", "past"):
        direction, inclusive = -1, False
    elif modifier in ("next", "coming"):
        direction, inclusive = 1, False
    else:
        # Past narration, and news without a tense: the nearest such day on or before the reference;
        # future: the next one after it. 'This Friday' (or 'later Friday') on a Friday is that day.
        direction = 1 if context.direction > 0 else -1
        inclusive = direction < 0 or modifier == "this"
    value, anchored = resolve_weekday(context.reference, weekday, direction=direction, inclusive=inclusive)
    return Timex(value, anchored=anchored)


def rule_month(phrase: str, context: Context) -> Timex | None:
    """'March', 'last November', 'November last year', 'April next year', 'Sept 23' (no year)."""
    match = re.fullmatch(
        rf"(?:(last|next|this) )?{MONTH}(?: (\d{{1,2}})(?:st|nd|rd|th)?)?(?:,? (this|last|next) year)?", phrase
    )
    if not match:
        return None
    month = month_number(match.group(2))
    day = int(match.group(3)) if match.group(3) else None
    if day is not None and not 1 <= day <= 31:
        return None
    reference = context.reference
    if match.group(4):
        if reference.year is None:
            return Timex(f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""))
        year = reference.year + SHIFT[match.group(4)]
        return Timex(f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else ""), anchored=True)
    modifier = match.group(1)
    direction = {"last": -1, "next": 1}.get(modifier or "", context.calendar_direction)
    inclusive = modifier not in ("last", "next")
    value, anchored = resolve_month(reference, month, day, direction=direction, inclusive=inclusive)
    return Timex(value, anchored=anchored)


def month_number(name: str) -> int:
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(name[:3]) + 1


def rule_calendar(phrase: str, context: Context) -> Timex | None:
    """Explicit dates in any order or format; a missing year is taken from the reference."""
    weekday = re.match(rf"{WEEKDAY},? ", phrase)
    phrase = phrase[weekday.end() :] if weekday else phrase  # 'Thursday, Jan. 6': the weekday picks the year
    has_month = re.search(rf"\b{MONTH}(?![a-z])", phrase)
    numeric = NUMERIC_DATE.fullmatch(phrase)
    if not has_month and not numeric:
        return None
    rest = re.sub(rf"\b{MONTH}|\b(?:of|the|\d+(?:st|nd|rd|th))\b", "", phrase)
    if has_month and not numeric and re.search(r"[a-z]{3,}", rest):
        return None  # other words than a date: leave it to the other rules
    parsed = date_parser().get_date_data(phrase)
    if parsed.date_obj is None or parsed.period not in ("day", "month", "year"):
        return None
    found = parsed.date_obj
    year_given = re.search(r"\b\d{4}\b|'\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b", phrase)
    if year_given:
        return Timex(found.date().isoformat()[: {"day": 10, "month": 7, "year": 4}[parsed.period]])
    day = found.day if parsed.period == "day" else None
    if weekday and day is not None and context.reference.year is not None:
        year = year_of_weekday(context.reference.year, found.month, day, WEEKDAYS.index(weekday.group(1)))
        if year is not None:
            return Timex(day_value(date(year, found.month, day)), anchored=True)
    value, anchored = resolve_month(context.reference, found.month, day, direction=context.calendar_direction)
    return Timex(value, anchored=anchored)


@lru_cache(maxsize=1)
def date_parser() -> DateDataParser:
    # English only: guessing the language of 'Sept 23' costs time and invites nonsense.
    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True}
    return DateDataParser(languages=["en"], settings=settings)


RULES: tuple[Callable[[str, Context], Timex | None], ...] = (
    rule_time,
    rule_ago,
    rule_today,
    rule_previous,
    rule_unit,
    rule_holiday,
    rule_season,
    rule_quarter,
    rule_decade,
    rule_year,
    rule_duration,
    rule_weekday,
    rule_month,
    rule_calendar,
)

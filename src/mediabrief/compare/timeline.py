"""TIMEX3 date values -> calendar intervals, and the dated events of each source laid out for the timeline.

`2023-09-13` is one day, `2023-09` a month, `2023-W37` an ISO week, `2023-W36-WE` its weekend,
`2023-Q3` a quarter, `2023-SU` a season, `201` (or `201X`) a decade. A value with an unknown part
(`XXXX-09-23`) has no place on the calendar and is left off the chart (and counted as such).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from .groups import Grouping

SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "AU": (9, 3), "WI": (12, 3)}
EVENT_COLUMNS = ("article_id", "group", "source", "outlet", "text", "value", "event", "start", "end", "first",
                 "last", "granularity", "offset")


@dataclass(frozen=True, slots=True)
class Interval:
    """A calendar stretch: `first` and `last` day included, and how coarse the value is."""

    first: date
    last: date
    granularity: str

    @property
    def middle(self) -> date:
        return self.first + (self.last - self.first) / 2

    def overlaps(self, other: Interval) -> bool:
        return self.first <= other.last and other.first <= self.last


def value_interval(value: object) -> Interval | None:
    """The days a TIMEX3 date value covers, or None when it is not on the calendar (unknown year, a duration)."""
    if not isinstance(value, str) or not value:
        return None
    value = value[:10] if re.match(r"\d{4}-\d{2}-\d{2}T", value) else value
    try:
        return _parse(value)
    except ValueError:  # a well-formed value naming a day that does not exist (2023-02-30)
        return None


def _parse(value: str) -> Interval | None:
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        day = date(*map(int, match.groups()))
        return Interval(day, day, "day")
    if match := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        if match.group(3):
            return Interval(monday + timedelta(days=5), monday + timedelta(days=6), "weekend")
        return Interval(monday, monday + timedelta(days=6), "week")
    if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return _months(int(match.group(1)), int(match.group(2)), 1, "month")
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return _months(int(match.group(1)), 3 * int(match.group(2)) - 2, 3, "quarter")
    if match := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value):
        first_month, length = SEASONS[match.group(2)]
        return _months(int(match.group(1)), first_month, length, "season")
    if match := re.fullmatch(r"(\d{4})", value):
        year = int(match.group(1))
        return Interval(date(year, 1, 1), date(year, 12, 31), "year")
    return _decade(value)


def _decade(value: str) -> Interval | None:
    if match := re.fullmatch(r"(\d{3})X?", value):
        start = int(match.group(1)) * 10
        return Interval(date(start, 1, 1), date(start + 9, 12, 31), "decade") if start >= 1 else None
    if match := re.fullmatch(r"(\d{2})(?:XX)?", value):
        start = int(match.group(1)) * 100
        return Interval(date(start, 1, 1), date(start + 99, 12, 31), "century") if start >= 1 else None
    return None


def _months(year: int, month: int, length: int, granularity: str) -> Interval:
    if not 1 <= month <= 12:
        raise ValueError(f"month {month}")
    end_month = month + length
    end_year = year + (end_month - 1) // 12
    end_month = (end_month - 1) % 12 + 1
    return Interval(date(year, month, 1), date(end_year, end_month, 1) - timedelta(days=1), granularity)


def dated_events(dates: pd.DataFrame, articles: pd.DataFrame, grouping: Grouping) -> pd.DataFrame:
    """The `kind == "date"` rows of dates.csv with a calendar interval, in article and text order,
    each with its article's source (`group`, and its label `source`).

    `offset` spreads marks that fall on the same day in one source, so none hides another.
    """
    rows = []
    outlets = dict(zip(articles["article_id"], articles["outlet"]))
    for row in dates[dates["kind"] == "date"].itertuples(index=False):
        interval = value_interval(row.value)
        if interval is None:
            continue
        group = grouping.group_of[row.article_id]
        rows.append({
            "article_id": row.article_id, "group": group, "source": grouping.labels[group],
            "outlet": outlets.get(row.article_id, row.outlet), "text": row.text, "value": row.value,
            "event": None if pd.isna(row.event) else row.event, "start": int(row.start), "end": int(row.end),
            "first": interval.first, "last": interval.last, "granularity": interval.granularity,
        })
    frame = pd.DataFrame(rows, columns=[c for c in EVENT_COLUMNS if c != "offset"])
    frame["offset"] = frame.groupby(["group", "value"]).cumcount() if not frame.empty else []
    return frame.reset_index(drop=True)


def undated_counts(dates: pd.DataFrame, grouping: Grouping) -> dict[str, int]:
    """Per source, the date expressions that could not be put on the calendar (`XXXX-09-23`)."""
    rows = dates[dates["kind"] == "date"]
    missing = rows[rows["value"].map(value_interval).isna()]
    return {str(k): int(v) for k, v in missing["article_id"].map(grouping.group_of).value_counts().items()}


def publication_windows(articles: pd.DataFrame, grouping: Grouping) -> pd.DataFrame:
    """Each article's publication date as an interval (a month when only the month is known)."""
    rows = []
    for row in articles.itertuples(index=False):
        interval = value_interval(str(row.published)) if isinstance(row.published, str) else None
        group = grouping.group_of[row.article_id]
        rows.append({
            "article_id": row.article_id, "group": group, "source": grouping.labels[group],
            "outlet": row.outlet, "published": row.published,
            "first": interval.first if interval else None, "last": interval.last if interval else None,
        })
    return pd.DataFrame(rows, columns=["article_id", "group", "source", "outlet", "published", "first", "last"])


def zoom_window(events: pd.DataFrame, windows: pd.DataFrame) -> tuple[date, date] | None:
    """The weeks around the main news cycle, worth a second, zoomed panel; None when one panel shows it all.

    Notes: publication dates within a month of each other form one cycle; the cycle with the most
    articles (the latest on a tie) is zoomed, from two weeks before its first publication to four
    days after its last. It is drawn when all events span more than four times as long.
    """
    published = windows.dropna(subset=["first"]).sort_values("first")
    if published.empty or events.empty:
        return None
    cycles: list[list[tuple[date, date]]] = []
    for first, last in zip(published["first"], published["last"]):
        if cycles and first <= max(l for _, l in cycles[-1]) + timedelta(days=31):
            cycles[-1].append((first, last))
        else:
            cycles.append([(first, last)])
    cycle = max(reversed(cycles), key=len)
    first = min(f for f, _ in cycle) - timedelta(days=14)
    last = max(l for _, l in cycle) + timedelta(days=4)
    span_first = min(min(events["first"]), min(published["first"]))
    span_last = max(max(events["last"]), max(published["last"]))
    if (span_last - span_first).days <= 4 * (last - first).days:
        return None
    inside = events[(events["last"] >= first) & (events["first"] <= last)]
    return (first, last) if not inside.empty else None


def describe_value(value: str) -> str:
    """A TIMEX3 value in words: `13 September 2023`, `the week of 11 September 2023`, `2019`."""
    interval = value_interval(value)
    if interval is None:
        return value
    first = interval.first
    day = f"{first.day} {first:%B %Y}"
    return {
        "day": day,
        "week": f"the week of {day}",
        "weekend": f"the weekend of {day}",
        "month": f"{first:%B %Y}",
        "quarter": f"{first:%B}–{interval.last:%B %Y}",
        "season": f"{first:%B}–{interval.last:%B %Y}",
        "year": f"{first.year}",
        "decade": f"the {first.year}s",
        "century": f"the {first.year}s",
    }.get(interval.granularity, value)

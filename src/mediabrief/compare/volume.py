"""How much each source wrote, and when: per-source totals, normalised figures, coverage over time.

Media Cloud's attention-over-time view: articles (and words) per source per day, week or month
across the corpus's publication dates, with the peaks named.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from .groups import Grouping
from .timeline import value_interval

SUMMARY_COLUMNS = ("group", "source", "articles", "words", "median_words", "quotes", "quotes_per_1000_words",
                   "speakers", "experts", "quoted_words_share", "actors", "dates", "first", "last")
DAYS_BY_THE_DAY = 62  # a span up to two months is counted by the day, up to two years by the week
DAYS_BY_THE_WEEK = 731
MAX_PEAKS = 3


def group_summary(articles: pd.DataFrame, speakers: pd.DataFrame, shares: pd.DataFrame,
                  grouping: Grouping) -> pd.DataFrame:
    """One row per source: its article count, words (total and median) and what it quoted and named.

    Notes: sources of different sizes compare by the normalised columns: quotes per 1,000 body
    words, the share of body words in direct quotation, the median article length.
    """
    data = grouping.assign(articles)
    direct_words = data["quoted_words_share"] * data["words"]
    named = speakers[speakers["speaker_type"] != "anonymous"]
    rows = []
    for group in grouping.order:
        own = data["group"] == group
        words = int(data.loc[own, "words"].sum())
        quotes = int(data.loc[own, "quotes"].sum())
        published = sorted(p for p in data.loc[own, "published"].dropna().astype(str) if p)
        rows.append({
            "group": group, "source": grouping.labels[group], "articles": int(own.sum()), "words": words,
            "median_words": int(data.loc[own, "words"].median()), "quotes": quotes,
            "quotes_per_1000_words": round(1000 * quotes / words, 1) if words else 0.0,
            "speakers": int((named["group"] == group).sum()),
            "experts": int(((named["group"] == group) & (named["speaker_type"] == "expert")).sum()),
            "quoted_words_share": round(float(direct_words[own].sum()) / words, 4) if words else 0.0,
            "actors": int((shares["group"] == group).sum()) if not shares.empty else 0,
            "dates": int(data.loc[own, "dates"].sum()),
            "first": published[0] if published else None, "last": published[-1] if published else None,
        })
    return pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))


@dataclass(frozen=True, slots=True)
class Volume:
    """Articles and words per source per period (`unit`: day, week or month), and the busiest periods."""

    unit: str
    counts: pd.DataFrame  # period (the period's first day), group, source, articles, words
    peaks: tuple[tuple[date, int], ...]  # the busiest periods over all sources, with their article counts


def coverage_over_time(articles: pd.DataFrame, grouping: Grouping) -> Volume:
    """Count each source's articles and words per day, week or month of publication.

    Notes: the unit follows the corpus's span (a day up to two months, a week up to two years,
    else a month); an article dated only by its month counts in that month's first period, one
    dated only by its year is left out (the chart's source line says so).
    """
    data = grouping.assign(articles)
    days = {aid: _day(value) for aid, value in zip(data["article_id"], data["published"])}
    known = [d for d in days.values() if d is not None]
    columns = ["period", "group", "source", "articles", "words"]
    if not known:
        return Volume("day", pd.DataFrame(columns=columns), ())
    span = (max(known) - min(known)).days
    unit = "day" if span <= DAYS_BY_THE_DAY else "week" if span <= DAYS_BY_THE_WEEK else "month"
    dated = data[data["article_id"].map(days).notna()].assign(
        period=lambda f: f["article_id"].map(lambda a: _period(days[a], unit)))
    counts = (dated.groupby(["period", "group"], sort=True)
              .agg(articles=("article_id", "size"), words=("words", "sum")).reset_index())
    counts["source"] = counts["group"].map(grouping.labels)
    totals = counts.groupby("period")["articles"].sum().sort_values(ascending=False, kind="stable")
    # A peak stands out from the usual period: at least two articles, and more than twice the median.
    usual = float(totals.median()) if len(totals) else 0.0
    peaks = tuple((period, int(n)) for period, n in totals.head(MAX_PEAKS).items() if n >= 2 and n > 2 * usual)
    return Volume(unit, counts[columns], peaks)


def _day(published: object) -> date | None:
    interval = value_interval(published) if isinstance(published, str) else None
    return interval.first if interval and interval.granularity in ("day", "month") else None


def _period(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def coverage_spans(summary: pd.DataFrame) -> pd.DataFrame:
    """Each source's first and last day of publication, for the sources with a dated article."""
    spans = summary.dropna(subset=["first"])[["group", "source", "articles", "first", "last"]].copy()
    spans["first"] = spans["first"].map(lambda v: value_interval(v).first if value_interval(v) else None)
    spans["last"] = spans["last"].map(lambda v: value_interval(v).last if value_interval(v) else None)
    return spans.dropna(subset=["first", "last"]).reset_index(drop=True)

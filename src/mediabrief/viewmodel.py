"""Tables -> the plain dict the briefing template prints (numbers and strings only).

The template only loops and prints; every decision about what to say is made here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd

from .plots import Chart
from .tables import Tables


def build_view_model(
    tables: Tables,
    charts: Sequence[Chart],
    *,
    figures_href: str,
    title: str | None,
    run_date: dt.date,
    notes: Sequence[str] = (),
) -> dict[str, object]:
    articles = tables.articles
    return {
        "title": title or derive_title(tables),
        "run_date": run_date.isoformat(),
        "corpus": corpus_summary(articles),
        "sources": records(articles, ["article_id", "outlet", "title", "author", "genre", "published", "words"]),
        "charts": {chart.name: chart_view(chart, figures_href) for chart in charts},
        "skipped": records(tables.skipped, ["file", "reason"]),
        "notes": list(notes),
        "boilerplate": boilerplate_summary(tables),
    }


def derive_title(tables: Tables) -> str:
    """The two actors named most across the corpus, else a plain description of the corpus."""
    actors = tables.actors
    if not actors.empty:
        totals = actors.groupby("actor")["mentions"].sum().sort_values(ascending=False, kind="stable")
        top = [name for name in totals.index[:2]]
        if len(top) == 2:
            return f"{top[0]} and {top[1]}: how the sources covered it"
    outlets = tables.articles["outlet"].nunique()
    return f"Media briefing: {len(tables.articles)} articles from {outlets} outlets"


def corpus_summary(articles: pd.DataFrame) -> dict[str, object]:
    published = sorted(p for p in articles["published"].dropna().astype(str) if p)
    return {
        "articles": len(articles),
        "outlets": int(articles["outlet"].nunique()),
        "words": int(articles["words"].sum()),
        "first": published[0] if published else None,
        "last": published[-1] if published else None,
    }


def chart_view(chart: Chart, figures_href: str) -> dict[str, str]:
    return {
        "title": chart.title,
        "source": chart.source,
        "src": f"{figures_href}/{chart.name}.svg",
    }


def boilerplate_summary(tables: Tables) -> list[dict[str, object]]:
    frame = tables.boilerplate
    if frame.empty:
        return []
    counts = frame.groupby(["article_id", "kind"]).size().unstack(fill_value=0)
    rows = []
    for article_id, row in counts.iterrows():
        kinds = ", ".join(f"{kind} {int(n)}" for kind, n in row.items() if n)
        rows.append({"article_id": article_id, "lines": int(row.sum()), "kinds": kinds})
    return rows


def records(frame: pd.DataFrame, columns: Sequence[str]) -> list[dict[str, object]]:
    """Rows as plain dicts, with pandas' missing values turned into None."""
    subset = frame.loc[:, list(columns)]
    return [
        {k: (None if _missing(v) else v) for k, v in row.items()}
        for row in subset.to_dict(orient="records")
    ]


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False

"""Tables + insights -> the plain dict the briefing template prints (numbers, strings, lists).

The template only loops and prints; every decision about what to say is made here or in
`findings`. Article text reaches the template only as data (autoescaped), never as markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd

from .insights import Insights
from .charts import ChartLabel
from .sources import display_names, name_key
from .tables import Tables

SECTIONS = (
    ("findings", "Key findings"),
    ("sources", "Sources at a glance"),
    ("quoted", "Who was quoted"),
    ("actors", "Actors"),
    ("timeline", "Timeline"),
    ("disagree", "Where the sources disagree"),
    ("same", "Same quote, different words"),
    ("terms", "What each source says that the others do not"),
    ("methods", "Methods and caveats"),
    ("appendix-quotes", "Appendix A: every quote"),
    ("appendix-dates", "Appendix B: every dated event"),
)


def build_view_model(
    tables: Tables,
    charts: Sequence[ChartLabel],
    *,
    insights: Insights,
    figures_href: str,
    title: str | None,
    run_date: dt.date,
    notes: Sequence[str] = (),
    accuracy: dict[str, object] | None = None,
    fonts_href: str | None = None,
) -> dict[str, object]:
    articles = tables.articles
    findings = list(insights.findings)
    return {
        "title": title or derive_title(tables),
        "run_date": run_date.isoformat(),
        "fonts_href": fonts_href,
        "corpus": corpus_summary(articles, tables),
        "toc": [{"id": key, "title": heading} for key, heading in SECTIONS],
        "findings": [f.text for f in findings[:8]],
        "sources": source_rows(articles, insights),
        "charts": {chart.name: chart_view(chart, figures_href, findings) for chart in charts},
        "quoted": quoted_view(insights),
        "genders": gender_rows(insights),
        "actors": actors_view(insights),
        "timeline": timeline_rows(insights),
        "disagreements": insights.disagreements,
        "statements": insights.statements,
        "terms": terms_view(insights),
        "texts_available": insights.texts_available,
        "skipped": skipped_rows(tables.skipped),
        "notes": list(notes),
        "boilerplate": boilerplate_summary(tables, insights),
        "accuracy": accuracy or {"origin": "not measured", "sets": []},
        "all_quotes": quote_rows(tables, insights),
        "all_dates": date_rows(insights),
    }


def derive_title(tables: Tables) -> str:
    """The two actors named most across the corpus, else a plain description of the corpus."""
    actors = tables.actors
    if not actors.empty:
        keyed = actors.assign(key=actors["actor"].map(name_key))
        names = display_names(keyed, "actor", weight="mentions")
        totals = keyed.groupby("key")["mentions"].sum().sort_values(ascending=False, kind="stable")
        top = [names[key] for key in totals.index[:2]]
        if len(top) == 2:
            return f"{top[0]} and {top[1]}: how the sources covered it"
    outlets = tables.articles["outlet"].nunique()
    return f"Media briefing: {len(tables.articles)} articles from {outlets} outlets"


def corpus_summary(articles: pd.DataFrame, tables: Tables) -> dict[str, object]:
    published = sorted(p for p in articles["published"].dropna().astype(str) if p)
    return {
        "articles": len(articles),
        "outlets": int(articles["outlet"].nunique()),
        "words": int(articles["words"].sum()),
        "quotes": len(tables.quotes),
        "skipped": len(tables.skipped),
        "first": published[0] if published else None,
        "last": published[-1] if published else None,
    }


def source_rows(articles: pd.DataFrame, insights: Insights) -> list[dict[str, object]]:
    columns = ["article_id", "outlet", "title", "author", "genre", "published", "words", "quotes", "speakers",
               "experts", "actors", "dates"]
    rows = records(articles, columns)
    for row in rows:
        row["label"] = insights.labels[row["article_id"]]
    return rows


def chart_view(chart: ChartLabel, figures_href: str, findings: Sequence[object]) -> dict[str, object]:
    finding = next((f.text for f in findings if getattr(f, "chart", None) == chart.name), None)
    # The PDF shows the 200 dpi PNG: weasyprint draws SVG charts several times slower, for no gain on paper.
    return {"title": chart.title, "source": chart.source, "src": f"{figures_href}/{chart.name}.png",
            "finding": finding}


def quoted_view(insights: Insights) -> list[dict[str, object]]:
    """Per source, every speaker with type, role, gender and how often quoted (most quoted first)."""
    counts = insights.speaker_types
    rows = []
    for article_id in insights.order:
        label = insights.labels[article_id]
        speakers = insights.speakers[insights.speakers["article_id"] == article_id]
        rows.append({
            "source": label,
            "speakers": [
                {"speaker": s.speaker, "type": s.speaker_type, "role": None if _missing(s.role) else s.role,
                 "gender": s.gender,
                 "person": bool(s.person), "quotes": int(s.quotes),
                 "kinds": ", ".join(f"{n} {k}" for k, n in (("direct", s.direct), ("partial", s.partial),
                                                             ("reported", s.indirect)) if n)}
                for s in speakers.itertuples(index=False)
            ],
            "quotes": int(counts.loc[label].sum()) if label in counts.index else 0,
            "unattributed": int(counts.loc[label, "unattributed"]) if label in counts.index else 0,
        })
    return rows


def gender_rows(insights: Insights) -> list[dict[str, object]]:
    return records(insights.genders, ["source", "female", "male", "unknown", "people", "women_share",
                                      "women_share_known"])


def actors_view(insights: Insights) -> dict[str, object]:
    distinctive = insights.distinctive_actors
    room = []
    for article_id in insights.order:
        items = distinctive[distinctive["article_id"] == article_id]
        room.append({"source": insights.labels[article_id],
                     "items": records(items, ["actor", "share", "elsewhere", "mentions"])})
    people = []
    for row in insights.people.itertuples(index=False):
        people.append({"source": row.source,
                       "quoted": [{"actor": a, "quoted": q, "mentions": m} for a, q, m in row.quoted],
                       "talked_about": [{"actor": a, "mentions": m} for a, m in row.talked_about]})
    names = insights.actor_shares.drop_duplicates("key").set_index("key")["actor"] if not insights.actor_shares.empty \
        else pd.Series(dtype=str)
    return {"room": room, "people": people, "top": [str(names.get(k, k)) for k in insights.actor_matrix.columns],
            "count": int(insights.actor_shares["key"].nunique()) if not insights.actor_shares.empty else 0}


def timeline_rows(insights: Insights) -> dict[str, object]:
    events, windows = insights.events, insights.windows.set_index("article_id")
    rows = []
    for article_id in insights.order:
        own = events[events["article_id"] == article_id]
        rows.append({
            "source": insights.labels[article_id],
            "published": windows.loc[article_id, "published"] if article_id in windows.index else None,
            "dated": len(own),
            "earliest": own.loc[own["first"].idxmin(), "value"] if not own.empty else None,
            "latest": own.loc[own["last"].idxmax(), "value"] if not own.empty else None,
            "undated": insights.undated.get(article_id, 0),
        })
    return {"rows": rows, "events": len(events), "undated": sum(insights.undated.values()),
            "zoom": [d.isoformat() for d in insights.zoom] if insights.zoom else None}


def terms_view(insights: Insights) -> list[dict[str, object]]:
    rows = []
    for article_id in insights.order:
        items = insights.terms[insights.terms["article_id"] == article_id]
        rows.append({"source": insights.labels[article_id],
                     "items": records(items, ["term", "count", "others", "z"])})
    return rows


def quote_rows(tables: Tables, insights: Insights) -> list[dict[str, object]]:
    rows = records(tables.quotes, ["article_id", "speaker", "speaker_type", "speaker_role", "kind", "text",
                                   "start", "end"])
    for row in rows:
        row["source"] = insights.labels.get(row["article_id"], row["article_id"])
        row["speaker"] = (row["speaker"] or "").strip() or None
    return rows


def date_rows(insights: Insights) -> list[dict[str, object]]:
    rows = records(insights.events, ["article_id", "text", "value", "event", "start", "end", "granularity"])
    for row in rows:
        row["source"] = insights.labels.get(row["article_id"], row["article_id"])
    return rows


def boilerplate_summary(tables: Tables, insights: Insights) -> list[dict[str, object]]:
    frame = tables.boilerplate
    if frame.empty:
        return []
    counts = frame.groupby(["article_id", "kind"]).size().unstack(fill_value=0)
    rows = []
    for article_id, row in counts.iterrows():
        kinds = ", ".join(f"{kind} {int(n)}" for kind, n in row.items() if n)
        rows.append({"article_id": article_id, "source": insights.labels.get(article_id, article_id),
                     "lines": int(row.sum()), "kinds": kinds})
    return rows


def records(frame: pd.DataFrame, columns: Sequence[str]) -> list[dict[str, object]]:
    """Rows as plain dicts, with pandas' missing values turned into None and numpy numbers into Python's."""
    subset = frame.loc[:, list(columns)]
    return [
        {k: (None if _missing(v) else _plain(v)) for k, v in row.items()}
        for row in subset.to_dict(orient="records")
    ]


def _plain(value: object) -> object:
    return value.item() if hasattr(value, "item") and not isinstance(value, (str, bytes)) else value


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


MAX_SKIPPED_LISTED = 40


def skipped_rows(skipped: pd.DataFrame) -> list[dict[str, object]]:
    """Every skipped file with its reason; past a page's worth, one row per reason with a count.

    The full list is always in skipped.csv; a briefing of 5,000 skips would bury the findings.
    """
    rows = records(skipped, ["file", "reason"])
    if len(rows) <= MAX_SKIPPED_LISTED:
        return rows
    grouped: dict[str, list[str]] = {}
    for row in rows:
        grouped.setdefault(str(row["reason"]), []).append(str(row["file"]))
    return [
        {"file": f"{len(files):,} files, e.g. " + ", ".join(files[:3]), "reason": reason}
        for reason, files in sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0]))
    ]

"""Tables + comparisons -> one tree of the briefing's parts, which every output format renders.

Every choice of what to say is made here or in `findings`: which findings show and how many, the
title, each chart's caption, which quotes the slides carry. The HTML/PDF template and the slides
only walk the `Report` (after ydata-profiling's report structure), so they never re-derive a choice.
Section payloads are plain lists and dicts of numbers and strings; article text reaches the
template only as data (autoescaped), never as markup.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from ..charts.kinds import ByKind, ChartKind
from ..compare.comparisons import Comparisons
from ..records import SpeakerType
from ..tables.build import Tables
from .findings import Finding, write_findings
from .sections import Section

MAX_FINDINGS = 8
MAX_HIGHLIGHTS = 24  # quotes on the slides: the longest direct quote of each named speaker per source
HIGHLIGHT_CHARACTERS = 260
MAX_SKIPPED_LISTED = 40


@dataclass(frozen=True, slots=True)
class ChartPart(ByKind):
    """A chart as the briefing shows it: its kind (file, title, source line) and the finding it illustrates."""

    kind: ChartKind
    finding: str | None


@dataclass(frozen=True, slots=True)
class Highlight:
    source: str
    speaker: str
    text: str


@dataclass(frozen=True, slots=True)
class Report:
    """The briefing as one tree: the parts every format shows, and the sections' payloads."""

    title: str
    subtitle: str
    run_date: str
    sections: tuple[Section, ...]
    findings: tuple[Finding, ...]  # the ones shown, most telling first
    more_findings: int
    charts: tuple[ChartPart, ...]
    highlights: tuple[Highlight, ...]
    payload: dict[str, object]

    def chart(self, kind: ChartKind) -> ChartPart | None:
        return next((part for part in self.charts if part.kind is kind), None)


def build_report(tables: Tables, comparisons: Comparisons, charts: Sequence[ChartKind], *, title: str | None,
                 run_date: dt.date, notes: Sequence[str] = (),
                 accuracy: dict[str, object] | None = None) -> Report:
    findings = write_findings(tables, comparisons)
    articles = tables.articles
    return Report(
        title=title or derive_title(tables, comparisons),
        subtitle=describe_corpus(articles),
        run_date=run_date.isoformat(),
        sections=tuple(Section),
        findings=tuple(findings[:MAX_FINDINGS]),
        more_findings=max(len(findings) - MAX_FINDINGS, 0),
        charts=tuple(ChartPart(kind, next((f.text for f in findings if f.chart is kind), None)) for kind in charts),
        highlights=tuple(quote_highlights(tables.quotes, comparisons)),
        payload={
            "corpus": corpus_summary(articles, tables),
            "sources": source_rows(articles, comparisons),
            "quoted": quoted_view(comparisons),
            "genders": gender_rows(comparisons),
            "actors": actors_view(comparisons),
            "timeline": timeline_rows(comparisons),
            "disagreements": comparisons.disagreements,
            "statements": comparisons.statements,
            "terms": terms_view(comparisons),
            "texts_available": comparisons.texts_available,
            "skipped": skipped_rows(tables.skipped),
            "notes": list(notes),
            "boilerplate": boilerplate_summary(tables, comparisons),
            "accuracy": accuracy or {"origin": "not measured", "sets": []},
            "all_quotes": quote_rows(tables, comparisons),
            "all_dates": date_rows(comparisons),
        },
    )


def describe_corpus(articles: pd.DataFrame) -> str:
    """`4 articles from 3 outlets, 5,210 words of coverage, published 2023-09-12 to 2023-09-15`."""
    published = sorted(p for p in articles["published"].dropna().astype(str) if p)
    span = f", published {published[0]} to {published[-1]}" if published else ""
    return (f"{len(articles)} articles from {articles['outlet'].nunique()} outlets, "
            f"{int(articles['words'].sum()):,} words of coverage{span}")


def quote_highlights(quotes: pd.DataFrame, comparisons: Comparisons) -> list[Highlight]:
    """Per source, the longest direct quote of each named speaker (most quoted speakers first)."""
    named = quotes[(quotes["kind"] == "direct") & quotes["speaker"].fillna("").str.strip().ne("")
                   & (quotes["speaker_type"] != SpeakerType.ANONYMOUS.value)]
    rows = []
    for article_id in comparisons.order:
        own = named[named["article_id"] == article_id]
        for speaker in own["speaker"].value_counts().index:
            said = own[own["speaker"] == speaker]
            best = said.loc[said["text"].str.len().idxmax()]
            role = best["speaker_role"] if isinstance(best["speaker_role"], str) else ""
            rows.append(Highlight(comparisons.labels[article_id], str(speaker).strip() + (f", {role}" if role else ""),
                                  textwrap.shorten(str(best["text"]), HIGHLIGHT_CHARACTERS, placeholder=" …")))
    return rows[:MAX_HIGHLIGHTS]


def derive_title(tables: Tables, comparisons: Comparisons) -> str:
    """The two actors named most across the corpus, else a plain description of the corpus."""
    shares = comparisons.actor_shares
    if not shares.empty:
        totals = shares.groupby("key")["mentions"].sum().sort_values(ascending=False, kind="stable")
        top = [comparisons.actor_name(key) for key in totals.index[:2]]
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


def source_rows(articles: pd.DataFrame, comparisons: Comparisons) -> list[dict[str, object]]:
    columns = ["article_id", "outlet", "title", "author", "genre", "published", "words", "quotes", "speakers",
               "experts", "actors", "dates"]
    rows = records(articles, columns)
    for row in rows:
        row["label"] = comparisons.labels[row["article_id"]]
    return rows


def quoted_view(comparisons: Comparisons) -> list[dict[str, object]]:
    """Per source, every speaker with type, role, gender and how often quoted (most quoted first)."""
    counts = comparisons.speaker_types
    rows = []
    for article_id in comparisons.order:
        label = comparisons.labels[article_id]
        speakers = comparisons.speakers[comparisons.speakers["article_id"] == article_id]
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


def gender_rows(comparisons: Comparisons) -> list[dict[str, object]]:
    return records(comparisons.genders, ["source", "female", "male", "unknown", "people", "women_share",
                                      "women_share_known"])


def actors_view(comparisons: Comparisons) -> dict[str, object]:
    distinctive = comparisons.distinctive_actors
    room = []
    for article_id in comparisons.order:
        items = distinctive[distinctive["article_id"] == article_id]
        room.append({"source": comparisons.labels[article_id],
                     "items": records(items, ["actor", "share", "elsewhere", "mentions"])})
    people = []
    for row in comparisons.people.itertuples(index=False):
        people.append({"source": row.source,
                       "quoted": [{"actor": a, "quoted": q, "mentions": m} for a, q, m in row.quoted],
                       "talked_about": [{"actor": a, "mentions": m} for a, m in row.talked_about]})
    return {"room": room, "people": people, "top": comparisons.top_actors,
            "count": int(comparisons.actor_shares["key"].nunique()) if not comparisons.actor_shares.empty else 0}


def timeline_rows(comparisons: Comparisons) -> dict[str, object]:
    events, windows = comparisons.events, comparisons.windows.set_index("article_id")
    rows = []
    for article_id in comparisons.order:
        own = events[events["article_id"] == article_id]
        rows.append({
            "source": comparisons.labels[article_id],
            "published": windows.loc[article_id, "published"] if article_id in windows.index else None,
            "dated": len(own),
            "earliest": own.loc[own["first"].idxmin(), "value"] if not own.empty else None,
            "latest": own.loc[own["last"].idxmax(), "value"] if not own.empty else None,
            "undated": comparisons.undated.get(article_id, 0),
        })
    return {"rows": rows, "events": len(events), "undated": sum(comparisons.undated.values()),
            "zoom": [d.isoformat() for d in comparisons.zoom] if comparisons.zoom else None}


def terms_view(comparisons: Comparisons) -> list[dict[str, object]]:
    rows = []
    for article_id in comparisons.order:
        rows.append({"source": comparisons.labels[article_id],
                     "items": [term for term in comparisons.terms if term.article_id == article_id]})
    return rows


def quote_rows(tables: Tables, comparisons: Comparisons) -> list[dict[str, object]]:
    rows = records(tables.quotes, ["article_id", "speaker", "speaker_type", "speaker_role", "kind", "text",
                                   "start", "end"])
    for row in rows:
        row["source"] = comparisons.labels.get(row["article_id"], row["article_id"])
        row["speaker"] = (row["speaker"] or "").strip() or None
    return rows


def date_rows(comparisons: Comparisons) -> list[dict[str, object]]:
    rows = records(comparisons.events, ["article_id", "text", "value", "event", "start", "end", "granularity"])
    for row in rows:
        row["source"] = comparisons.labels.get(row["article_id"], row["article_id"])
    return rows


def boilerplate_summary(tables: Tables, comparisons: Comparisons) -> list[dict[str, object]]:
    frame = tables.boilerplate
    if frame.empty:
        return []
    counts = frame.groupby(["article_id", "kind"]).size().unstack(fill_value=0)
    rows = []
    for article_id, row in counts.iterrows():
        kinds = ", ".join(f"{kind} {int(n)}" for kind, n in row.items() if n)
        rows.append({"article_id": article_id, "source": comparisons.labels.get(article_id, article_id),
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

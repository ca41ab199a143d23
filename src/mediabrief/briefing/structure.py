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
from .display import MAX_TITLE, plain_text
from .findings import Finding, write_findings
from .sections import Section

# Caps that keep the PDF under 40 pages at any corpus size; what they leave out is in the HTML
# companion and the tables, and each capped list says how many more there are.
MAX_FINDINGS = 8
MAX_HIGHLIGHTS = 24  # quotes on the slides: the longest direct quote of each named speaker per source
HIGHLIGHT_CHARACTERS = 260
MAX_SKIPPED_LISTED = 40
MAX_SOURCE_ROWS = 40  # rows of the sources table
MAX_COMPARED_ROWS = 24  # rows of the first page's table of what is compared
MAX_SOURCE_BLOCKS = 8  # sources with a table of their speakers, a line of distinctive actors and words
MAX_SPEAKERS = 6  # speakers listed per source
MAX_TITLES = 3  # article titles listed per source on the first page
MAX_PEOPLE = 6  # people listed per source as quoted, and as only talked about
MAX_DISAGREEMENTS = 6
MAX_STATEMENTS = 4
MAX_NOTES = 20
COMPANION_FILE = "companion.html"  # every article, quote and dated event (`companion`)


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
    charts: tuple[ChartPart, ...]
    highlights: tuple[Highlight, ...]
    payload: dict[str, object]


def build_report(tables: Tables, comparisons: Comparisons, charts: Sequence[ChartKind], *, title: str | None,
                 run_date: dt.date, notes: Sequence[str] = (),
                 accuracy: dict[str, object] | None = None) -> Report:
    findings = write_findings(tables, comparisons)
    articles = tables.articles
    return Report(
        title=report_title(title, tables, comparisons),
        subtitle=describe_corpus(articles, comparisons),
        run_date=run_date.isoformat(),
        sections=tuple(Section),
        findings=tuple(findings[:MAX_FINDINGS]),
        charts=tuple(ChartPart(kind, next((f.text for f in findings if f.chart is kind), None)) for kind in charts),
        highlights=tuple(quote_highlights(tables.quotes, comparisons)),
        payload={
            "corpus": corpus_summary(articles, tables, comparisons),
            "compared": compared_view(articles, comparisons),
            "sources": capped(records(comparisons.summary, SUMMARY_SHOWN), MAX_SOURCE_ROWS, "sources"),
            "quoted": capped(quoted_view(comparisons), MAX_SOURCE_BLOCKS, "sources"),
            "genders": gender_rows(comparisons),
            "actors": actors_view(comparisons),
            "timeline": timeline_rows(comparisons),
            "disagreements": capped(list(comparisons.disagreements), MAX_DISAGREEMENTS, "pairs"),
            "statements": capped(list(comparisons.statements), MAX_STATEMENTS, "statements"),
            "article_names": comparisons.grouping.article_names,
            "terms": capped(terms_view(comparisons), MAX_SOURCE_BLOCKS, "sources"),
            "texts_available": comparisons.texts_available,
            "skipped": skipped_rows(tables.skipped),
            "notes": capped(list(notes), MAX_NOTES, "notes"),
            "boilerplate": boilerplate_summary(tables, comparisons),
            "accuracy": accuracy or {"origin": "not measured", "sets": []},
            "companion": COMPANION_FILE,
            "thresholds": comparisons.thresholds,
        },
    )


SUMMARY_SHOWN = ("source", "articles", "words", "median_words", "quotes", "quotes_per_1000_words", "speakers",
                 "experts", "quoted_words_share", "actors", "dates", "first", "last")


def capped(items: list, limit: int, what: str) -> dict[str, object]:
    """The first `limit` items, and how many more there are (`{"items", "more", "what"}`)."""
    return {"items": items[:limit], "more": max(len(items) - limit, 0), "what": what}


def describe_corpus(articles: pd.DataFrame, comparisons: Comparisons) -> str:
    """`4 articles from 3 outlets, 5,210 words of coverage, published 2023-09-12 to 2023-09-15`."""
    published = sorted(p for p in articles["published"].dropna().astype(str) if p)
    span = f", published {published[0]} to {published[-1]}" if published else ""
    compared = "" if comparisons.grouping.by in ("outlet", "article") else \
        f", compared by {comparisons.grouping.by} ({len(comparisons.order)} groups)"
    return (f"{len(articles)} articles from {articles['outlet'].nunique()} outlets{compared}, "
            f"{int(articles['words'].sum()):,} words of coverage{span}")


def quote_highlights(quotes: pd.DataFrame, comparisons: Comparisons) -> list[Highlight]:
    """Per source, the longest direct quote of each named speaker (most quoted speakers first)."""
    named = quotes[(quotes["kind"] == "direct") & quotes["speaker"].fillna("").str.strip().ne("")
                   & (quotes["speaker_type"] != SpeakerType.ANONYMOUS.value)]
    rows = []
    named = comparisons.grouping.assign(named)
    per_source = max(MAX_HIGHLIGHTS // max(len(comparisons.order), 1), 1)
    for group in comparisons.order:
        own = named[named["group"] == group]
        for speaker in own["speaker"].value_counts().index[:per_source]:
            said = own[own["speaker"] == speaker]
            best = said.loc[said["text"].str.len().idxmax()]
            role = best["speaker_role"] if isinstance(best["speaker_role"], str) else ""
            rows.append(Highlight(comparisons.labels[group], str(speaker).strip() + (f", {role}" if role else ""),
                                  textwrap.shorten(str(best["text"]), HIGHLIGHT_CHARACTERS, placeholder=" …")))
    return rows[:MAX_HIGHLIGHTS]


def report_title(title: str | None, tables: Tables, comparisons: Comparisons) -> str:
    """`title` (from --title), else `derive_title`, as every format shows it: without control characters
    and at most MAX_TITLE characters (a title left blank by that is derived instead)."""
    shown = plain_text(title or "", MAX_TITLE)
    return shown if shown.strip() else plain_text(derive_title(tables, comparisons), MAX_TITLE)


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


def corpus_summary(articles: pd.DataFrame, tables: Tables, comparisons: Comparisons) -> dict[str, object]:
    published = sorted(p for p in articles["published"].dropna().astype(str) if p)
    return {
        "articles": len(articles),
        "outlets": int(articles["outlet"].nunique()),
        "sources": len(comparisons.order),
        "by": comparisons.grouping.by,
        "words": int(articles["words"].sum()),
        "quotes": len(tables.quotes),
        "skipped": len(tables.skipped),
        "first": published[0] if published else None,
        "last": published[-1] if published else None,
    }


def compared_view(articles: pd.DataFrame, comparisons: Comparisons) -> dict[str, object]:
    """What is compared, at a glance: each source with its article count and first article titles."""
    grouping = comparisons.grouping
    by_id = articles.set_index("article_id")
    # Fewer titles per source as the sources grow in number, so that the first page stays a page.
    count = len(grouping.order)
    shown = MAX_TITLES if count <= 4 else 2 if count <= 8 else 1 if count <= 20 else 0
    rows = []
    for group in grouping.order:
        members = sorted(grouping.members[group], key=lambda a: (str(by_id.at[a, "published"] or ""), a))
        rows.append({"source": grouping.labels[group], "articles": len(members),
                     "titles": [grouping.article_names[a] for a in members[:shown]],
                     "more": max(len(members) - shown, 0) if shown else 0})
    return capped(rows, MAX_COMPARED_ROWS, "sources")


def quoted_view(comparisons: Comparisons) -> list[dict[str, object]]:
    """Per source, its most quoted speakers with type, role, gender and how often quoted."""
    counts = comparisons.speaker_types
    by_group = {group: frame for group, frame in comparisons.speakers.groupby("group", sort=False)}
    rows = []
    for group in comparisons.order:
        label = comparisons.labels[group]
        speakers = by_group.get(group, comparisons.speakers.iloc[0:0])
        rows.append({
            "source": label,
            "articles": comparisons.grouping.size(group),
            "speakers": [
                {"speaker": s.speaker, "type": s.speaker_type, "role": None if is_blank(s.role) else s.role,
                 "gender": s.gender, "person": bool(s.person), "quotes": int(s.quotes), "articles": int(s.articles),
                 "kinds": ", ".join(f"{n} {k}" for k, n in (("direct", s.direct), ("partial", s.partial),
                                                             ("reported", s.indirect)) if n)}
                for s in speakers.head(MAX_SPEAKERS).itertuples(index=False)
            ],
            "more": max(len(speakers) - MAX_SPEAKERS, 0),
            "quotes": int(counts.loc[label].sum()) if label in counts.index else 0,
            "unattributed": int(counts.loc[label, "unattributed"]) if label in counts.index else 0,
        })
    return rows


def gender_rows(comparisons: Comparisons) -> list[dict[str, object]]:
    return records(comparisons.genders, ["source", "female", "male", "unknown", "people", "women_share",
                                      "women_share_known"])


def actors_view(comparisons: Comparisons) -> dict[str, object]:
    distinctive = comparisons.distinctive_actors
    shown = comparisons.order[:MAX_SOURCE_BLOCKS]
    room = []
    for group in shown:
        items = distinctive[distinctive["group"] == group]
        room.append({"source": comparisons.labels[group],
                     "items": records(items, ["actor", "share", "elsewhere", "mentions"])})
    people = []
    for row in comparisons.people.itertuples(index=False):
        if row.group in shown:
            people.append({"source": row.source,
                           "quoted": [{"actor": a, "quoted": q, "mentions": m} for a, q, m in row.quoted[:MAX_PEOPLE]],
                           "quoted_more": max(len(row.quoted) - MAX_PEOPLE, 0),
                           "talked_about": [{"actor": a, "mentions": m} for a, m in row.talked_about[:MAX_PEOPLE]],
                           "talked_more": max(len(row.talked_about) - MAX_PEOPLE, 0)})
    return {"room": room, "people": people, "top": comparisons.top_actors,
            "more_sources": max(len(comparisons.order) - len(shown), 0),
            "count": int(comparisons.actor_shares["key"].nunique()) if not comparisons.actor_shares.empty else 0}


def timeline_rows(comparisons: Comparisons) -> dict[str, object]:
    events = comparisons.events
    summary = comparisons.summary.set_index("group")
    by_group = {group: frame for group, frame in events.groupby("group", sort=False)} if not events.empty else {}
    rows = []
    for group in comparisons.order[:MAX_SOURCE_ROWS]:
        own = by_group.get(group, events.iloc[0:0])
        first, last = (None if pd.isna(value) else value for value in (summary.at[group, "first"], summary.at[group, "last"]))
        rows.append({
            "source": comparisons.labels[group],
            "articles": comparisons.grouping.size(group),
            "published": None if first is None else first if first == last else f"{first} to {last}",
            "dated": len(own),
            "earliest": own.loc[own["first"].idxmin(), "value"] if not own.empty else None,
            "latest": own.loc[own["last"].idxmax(), "value"] if not own.empty else None,
            "undated": comparisons.undated.get(group, 0),
        })
    return {"rows": rows, "more": max(len(comparisons.order) - MAX_SOURCE_ROWS, 0), "events": len(events),
            "undated": sum(comparisons.undated.values()),
            "zoom": [d.isoformat() for d in comparisons.zoom] if comparisons.zoom else None}


def terms_view(comparisons: Comparisons) -> list[dict[str, object]]:
    return [{"source": comparisons.labels[group], "items": [t for t in comparisons.terms if t.group == group]}
            for group in comparisons.order]


def boilerplate_summary(tables: Tables, comparisons: Comparisons) -> list[dict[str, object]]:
    """Per source, the lines set aside as boilerplate, by kind (each line is in boilerplate.csv)."""
    frame = tables.boilerplate
    if frame.empty:
        return []
    counts = comparisons.grouping.assign(frame).groupby(["group", "kind"]).size().unstack(fill_value=0)
    rows = []
    for group in [g for g in comparisons.order if g in counts.index][:MAX_SOURCE_ROWS]:
        row = counts.loc[group]
        kinds = ", ".join(f"{kind} {int(n)}" for kind, n in row.items() if n)
        rows.append({"source": comparisons.labels[group], "articles": comparisons.grouping.size(group),
                     "lines": int(row.sum()), "kinds": kinds})
    return rows


def records(frame: pd.DataFrame, columns: Sequence[str]) -> list[dict[str, object]]:
    """Rows as plain dicts, with pandas' missing values turned into None and numpy numbers into Python's."""
    subset = frame.loc[:, list(columns)]
    return [
        {k: (None if is_blank(v) else _plain(v)) for k, v in row.items()}
        for row in subset.to_dict(orient="records")
    ]


def is_blank(value: object) -> bool:
    """None, an empty or white-space string, or a missing cell (NaN, pandas' NA): what prints as a dash."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or array is a value, not a missing one
        return False


def _plain(value: object) -> object:
    return value.item() if hasattr(value, "item") and not isinstance(value, (str, bytes)) else value


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

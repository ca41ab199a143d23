"""Analyses -> long-form DataFrames, one row per record, columns declared once, rows sorted.

Every table carries `article_id` (and the per-record tables `outlet`), so every
comparison across sources is a `groupby`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from ..ingest.dedupe import Duplicate
from ..records import ArticleAnalysis, Quote, Skipped, SpeakerType

ARTICLE_COLUMNS = (
    "article_id", "title", "outlet", "author", "published", "genre", "words", "sentences", "paragraphs",
    "boilerplate_lines", "quotes", "quotes_direct", "quotes_partial", "quotes_indirect", "speakers",
    "experts", "quoted_words_share", *(f"speakers_{kind.value}" for kind in SpeakerType), "people_quoted",
    "people_quoted_female",
    "people_quoted_male", "people_quoted_gender_unknown", "actors", "dates", "encoding", "notes",
)
SPEAKER_TYPES = tuple(kind.value for kind in SpeakerType)
QUOTE_COLUMNS = (
    "article_id", "outlet", "speaker", "speaker_type", "speaker_role", "speaker_gender", "kind", "text",
    "start", "end",
)
ACTOR_COLUMNS = ("article_id", "outlet", "actor", "type", "mentions", "aliases", "quoted", "resolved")
DATE_COLUMNS = ("article_id", "outlet", "text", "value", "anchor", "kind", "start", "end", "event")
BOILERPLATE_COLUMNS = ("article_id", "kind", "text", "start", "end")
SKIPPED_COLUMNS = ("file", "reason")
TABLE_NAMES = ("articles", "quotes", "actors", "dates", "boilerplate", "skipped")
DUPLICATE_COLUMNS = (
    "article_id", "outlet", "duplicate_of", "duplicate_of_outlet", "kind", "similarity", "set_aside",
)


@dataclass(frozen=True, slots=True)
class Tables:
    articles: pd.DataFrame
    quotes: pd.DataFrame
    actors: pd.DataFrame
    dates: pd.DataFrame
    boilerplate: pd.DataFrame
    skipped: pd.DataFrame

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        return [(name, getattr(self, name)) for name in TABLE_NAMES]


def build_tables(analyses: Sequence[ArticleAnalysis], skipped: Sequence[Skipped] = ()) -> Tables:
    ordered = sorted(analyses, key=lambda a: a.article.article_id)
    extra = extra_columns(ordered)
    return Tables(
        articles=_frame([article_row(a) | {extra[k]: v for k, v in a.article.extra} for a in ordered],
                        (*ARTICLE_COLUMNS, *extra.values()), ["article_id"]),
        quotes=_frame(quote_rows(ordered), QUOTE_COLUMNS, ["article_id", "start", "end", "kind"]),
        actors=_frame(actor_rows(ordered), ACTOR_COLUMNS, ["article_id", "actor"]),
        dates=_frame(date_rows(ordered), DATE_COLUMNS, ["article_id", "start", "end"]),
        boilerplate=_frame(boilerplate_rows(ordered), BOILERPLATE_COLUMNS, ["article_id", "start"]),
        skipped=_frame(
            [{"file": s.path.name, "reason": s.reason} for s in skipped], SKIPPED_COLUMNS, ["file"]
        ),
    )


def extra_columns(analyses: Sequence[ArticleAnalysis]) -> dict[str, str]:
    """The user's own metadata columns, in order of first appearance, each with its name in articles.csv
    (`meta_` before a name the table already uses)."""
    names: dict[str, str] = {}
    for analysis in analyses:
        for key, _ in analysis.article.extra:
            names.setdefault(key, f"meta_{key}" if key in ARTICLE_COLUMNS else key)
    return names


def article_row(analysis: ArticleAnalysis) -> dict[str, object]:
    article, counts, quotes = analysis.article, analysis.counts, analysis.quotes
    kinds = [q.kind.value for q in quotes]
    speakers = {q.speaker for q in quotes if q.speaker and q.speaker_type.value != "anonymous"}
    experts = {q.speaker for q in quotes if q.speaker and q.speaker_type.value == "expert"}
    direct_words = sum(len(q.text.split()) for q in quotes if q.kind.value == "direct")
    return {
        "article_id": article.article_id,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "published": article.published,
        "genre": article.genre,
        "words": counts.words,
        "sentences": counts.sentences,
        "paragraphs": counts.paragraphs,
        "boilerplate_lines": len(article.boilerplate),
        "quotes": len(quotes),
        "quotes_direct": kinds.count("direct"),
        "quotes_partial": kinds.count("partial"),
        "quotes_indirect": kinds.count("indirect"),
        "speakers": len(speakers),
        "experts": len(experts),
        "quoted_words_share": round(direct_words / counts.words, 4) if counts.words else 0.0,
        **speaker_type_counts(quotes),
        **gender_counts(quotes, {m.actor for m in analysis.actors if m.type.value == "person"}),
        "actors": len({m.actor for m in analysis.actors}),
        "dates": sum(1 for d in analysis.dates if d.kind == "date"),
        "encoding": article.encoding,
        "notes": "; ".join(article.notes),
    }


def speaker_type_counts(quotes: Sequence[Quote]) -> dict[str, int]:
    """Distinct speakers of each type (unnamed ones, such as `analysts`, count once per wording)."""
    seen: dict[str, set[str]] = {kind: set() for kind in SPEAKER_TYPES}
    for quote in quotes:
        if quote.speaker:
            seen[quote.speaker_type.value].add(quote.speaker)
    return {f"speakers_{kind}": len(names) for kind, names in seen.items()}


def gender_counts(quotes: Sequence[Quote], people: set[str]) -> dict[str, int]:
    """Quoted named people by the gender the article gives them (Gender Gap Tracker's measure)."""
    genders: dict[str, str] = {}
    for quote in quotes:
        if quote.speaker in people:
            known = genders.get(quote.speaker, "unknown")
            genders[quote.speaker] = quote.speaker_gender.value if known == "unknown" else known
    values = list(genders.values())
    return {
        "people_quoted": len(values),
        "people_quoted_female": values.count("female"),
        "people_quoted_male": values.count("male"),
        "people_quoted_gender_unknown": values.count("unknown"),
    }


def quote_rows(analyses: Sequence[ArticleAnalysis]) -> list[dict[str, object]]:
    return [
        {
            "article_id": a.article.article_id,
            "outlet": a.article.outlet,
            "speaker": q.speaker,
            "speaker_type": q.speaker_type.value,
            "speaker_role": q.speaker_role,
            "speaker_gender": q.speaker_gender.value,
            "kind": q.kind.value,
            "text": q.text,
            "start": q.start,
            "end": q.end,
        }
        for a in analyses
        for q in a.quotes
    ]


def actor_rows(analyses: Sequence[ArticleAnalysis]) -> list[dict[str, object]]:
    rows = []
    for a in analyses:
        quoted: dict[str, int] = {}
        for q in a.quotes:
            if q.speaker:
                quoted[q.speaker] = quoted.get(q.speaker, 0) + 1
        grouped: dict[str, list] = {}
        for mention in a.actors:
            grouped.setdefault(mention.actor, []).append(mention)
        for actor, mentions in grouped.items():
            rows.append({
                "article_id": a.article.article_id,
                "outlet": a.article.outlet,
                "actor": actor,
                "type": mentions[0].type.value,
                "mentions": len(mentions),
                "aliases": "|".join(sorted({m.text for m in mentions})),
                "quoted": quoted.get(actor, 0),
                "resolved": all(m.resolved for m in mentions),
            })
    return rows


def date_rows(analyses: Sequence[ArticleAnalysis]) -> list[dict[str, object]]:
    return [
        {
            "article_id": a.article.article_id,
            "outlet": a.article.outlet,
            "text": d.text,
            "value": d.value,
            "anchor": d.anchor.value,
            "kind": d.kind,
            "start": d.start,
            "end": d.end,
            "event": d.event,
        }
        for a in analyses
        for d in a.dates
    ]


def boilerplate_rows(analyses: Sequence[ArticleAnalysis]) -> list[dict[str, object]]:
    return [
        {"article_id": a.article.article_id, "kind": b.kind.value, "text": b.text, "start": b.start, "end": b.end}
        for a in analyses
        for b in a.article.boilerplate
    ]


def duplicate_table(duplicates: Sequence[Duplicate]) -> pd.DataFrame:
    """One row per article that repeats another, in the order of `DUPLICATE_COLUMNS`."""
    rows = [{
        "article_id": d.article_id, "outlet": d.outlet, "duplicate_of": d.duplicate_of,
        "duplicate_of_outlet": d.duplicate_of_outlet, "kind": d.kind.value, "similarity": d.similarity,
        "set_aside": d.set_aside,
    } for d in duplicates]
    return pd.DataFrame(rows, columns=list(DUPLICATE_COLUMNS))


def _frame(rows: list[dict[str, object]], columns: tuple[str, ...], order: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    if not frame.empty:
        frame = frame.sort_values(order, kind="stable").reset_index(drop=True)
    return frame

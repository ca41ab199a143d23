"""Tables (+ the analyses, for the article texts) -> every derived frame the charts, briefing and slides use.

Computed once per run, so the PDF, the figures and the slides state the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd

from . import compare, coverage, terms, timeline
from .records import ArticleAnalysis
from .sources import source_labels
from .tables import Tables


@dataclass(frozen=True, slots=True)
class Insights:
    """What the briefing says beyond the raw tables; every frame is keyed by `article_id`."""

    labels: dict[str, str]
    speakers: pd.DataFrame
    speaker_types: pd.DataFrame
    genders: pd.DataFrame
    actor_shares: pd.DataFrame
    actor_matrix: pd.DataFrame
    actor_quoted: pd.DataFrame
    distinctive_actors: pd.DataFrame
    people: pd.DataFrame
    events: pd.DataFrame
    windows: pd.DataFrame
    undated: dict[str, int]
    zoom: tuple[date, date] | None
    terms: pd.DataFrame
    statements: list[dict[str, object]]
    disagreements: list[dict[str, object]]
    texts_available: bool
    findings: tuple = field(default=())

    @property
    def order(self) -> list[str]:
        """Article ids in briefing order."""
        return list(self.labels)


def build_insights(tables: Tables, analyses: Sequence[ArticleAnalysis] = ()) -> Insights:
    """Derive every comparison; without `analyses` the text-based ones (terms, disagreements) are empty."""
    from .findings import write_findings  # findings read Insights: imported here to keep the cycle out

    articles = tables.articles
    labels = source_labels(articles)
    order = list(labels)
    speakers = coverage.speakers(tables.quotes, tables.actors, labels)
    shares = coverage.actor_shares(tables.actors, labels)
    matrix = coverage.share_matrix(shares, order)
    events = timeline.dated_events(tables.dates, articles, labels)
    windows = timeline.publication_windows(articles, labels)
    texts = {a.article.article_id: a.article.text for a in analyses}
    insights = Insights(
        labels=labels,
        speakers=speakers,
        speaker_types=coverage.speaker_type_counts(tables.quotes, articles, labels),
        genders=coverage.gender_counts(speakers, articles, labels),
        actor_shares=shares,
        actor_matrix=matrix,
        actor_quoted=coverage.quoted_matrix(shares, matrix) if not shares.empty else matrix.astype(bool),
        distinctive_actors=coverage.distinctive_actors(shares, order),
        people=coverage.quoted_or_talked_about(shares),
        events=events,
        windows=windows,
        undated=timeline.undated_counts(tables.dates),
        zoom=timeline.zoom_window(events, windows),
        terms=_distinctive_terms(tables, analyses, labels),
        statements=compare.shared_statements(tables.quotes, labels),
        disagreements=_disagreements(tables, analyses, events, texts, labels),
        texts_available=bool(analyses),
    )
    return replace(insights, findings=tuple(write_findings(tables, insights)))


def _distinctive_terms(tables: Tables, analyses: Sequence[ArticleAnalysis], labels: dict[str, str]) -> pd.DataFrame:
    if not analyses:
        return pd.DataFrame(columns=list(terms.TERM_COLUMNS))
    bodies = {a.article.article_id: a.article.body for a in analyses}
    scores = terms.log_odds(terms.term_counts(bodies, tables.actors))
    return terms.distinctive_terms(scores, labels)


def _disagreements(tables: Tables, analyses: Sequence[ArticleAnalysis], events: pd.DataFrame,
                   texts: dict[str, str], labels: dict[str, str]) -> list[dict[str, object]]:
    if not analyses or events.empty:
        return []
    mentions = pd.DataFrame(
        [{"article_id": a.article.article_id, "actor": m.actor, "start": m.start, "end": m.end}
         for a in analyses for m in a.actors],
        columns=["article_id", "actor", "start", "end"],
    )
    published = {row.article_id: timeline.value_interval(row.published) for row in tables.articles.itertuples()}
    names = terms.name_pattern(terms.actor_aliases(tables.actors)) if not tables.actors.empty else None
    found = compare.date_disagreements(events, texts, mentions, labels, published=published, names=names)
    shares = coverage.actor_shares(tables.actors, labels)
    display = dict(zip(shares["key"], shares["actor"]))
    return [{**item, "shared_actors": [display.get(k, k) for k in item["shared_actors"]]} for item in found]

"""Tables (+ the analyses, for the article texts) -> every comparison across sources, computed once.

The charts, the findings and the briefing all read this one record, so the PDF, the figures and
the slides state the same numbers and nothing is computed twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import pandas as pd

from ..records import ArticleAnalysis
from ..settings import Thresholds
from ..tables.build import Tables
from . import coverage, terms, timeline
from .disagreements import DateDisagreement, date_disagreements
from .sources import source_labels
from .statements import SharedStatement, shared_statements
from .terms import DistinctiveTerm


@dataclass(frozen=True, slots=True)
class Comparisons:
    """What the briefing says beyond the raw tables; every frame is keyed by `article_id`.

    `actor_names` maps an actor's name key (the key of `actor_shares` and `actor_matrix`'s columns)
    to the spelling shown: the one display-name lookup of the charts, findings and briefing.
    """

    labels: dict[str, str]
    speakers: pd.DataFrame
    speaker_types: pd.DataFrame
    genders: pd.DataFrame
    actor_shares: pd.DataFrame
    actor_matrix: pd.DataFrame
    actor_quoted: pd.DataFrame
    actor_names: dict[str, str]
    distinctive_actors: pd.DataFrame
    people: pd.DataFrame
    events: pd.DataFrame
    windows: pd.DataFrame
    undated: dict[str, int]
    zoom: tuple[date, date] | None
    terms: tuple[DistinctiveTerm, ...]
    statements: tuple[SharedStatement, ...]
    disagreements: tuple[DateDisagreement, ...]
    texts_available: bool

    @property
    def order(self) -> list[str]:
        """Article ids in briefing order."""
        return list(self.labels)

    def actor_name(self, key: str) -> str:
        return self.actor_names.get(key, key)

    @property
    def top_actors(self) -> list[str]:
        """The display names of the actors of `actor_matrix`, most room first."""
        return [self.actor_name(key) for key in self.actor_matrix.columns]


def build_comparisons(tables: Tables, analyses: Sequence[ArticleAnalysis] = (), *,
                      thresholds: Thresholds = Thresholds()) -> Comparisons:
    """Every comparison; without `analyses` the text-based ones (terms, disagreements) are empty."""
    articles = tables.articles
    labels = source_labels(articles)
    order = list(labels)
    speakers = coverage.speakers(tables.quotes, tables.actors, labels)
    shares = coverage.actor_shares(tables.actors, labels)
    matrix = coverage.share_matrix(shares, order)
    names = dict(zip(shares["key"], shares["actor"]))
    events = timeline.dated_events(tables.dates, articles, labels)
    windows = timeline.publication_windows(articles, labels)
    return Comparisons(
        labels=labels,
        speakers=speakers,
        speaker_types=coverage.speaker_type_counts(tables.quotes, articles, labels),
        genders=coverage.gender_counts(speakers, articles, labels),
        actor_shares=shares,
        actor_matrix=matrix,
        actor_quoted=coverage.quoted_matrix(shares, matrix) if not shares.empty else matrix.astype(bool),
        actor_names=names,
        distinctive_actors=coverage.distinctive_actors(shares, order),
        people=coverage.quoted_or_talked_about(shares),
        events=events,
        windows=windows,
        undated=timeline.undated_counts(tables.dates),
        zoom=timeline.zoom_window(events, windows),
        terms=tuple(_distinctive_terms(tables, analyses, labels)),
        statements=tuple(shared_statements(tables.quotes, labels, cutoff=thresholds.quote_similarity,
                                           min_words=thresholds.quote_min_words)),
        disagreements=tuple(_disagreements(tables, analyses, events, labels, names, thresholds)),
        texts_available=bool(analyses),
    )


def _distinctive_terms(tables: Tables, analyses: Sequence[ArticleAnalysis],
                       labels: dict[str, str]) -> list[DistinctiveTerm]:
    if not analyses:
        return []
    bodies = {a.article.article_id: a.article.body for a in analyses}
    scores = terms.log_odds(terms.term_counts(bodies, tables.actors))
    return terms.distinctive_terms(scores, labels)


def _disagreements(tables: Tables, analyses: Sequence[ArticleAnalysis], events: pd.DataFrame,
                   labels: dict[str, str], names: dict[str, str], thresholds: Thresholds) -> list[DateDisagreement]:
    if not analyses or events.empty:
        return []
    texts = {a.article.article_id: a.article.text for a in analyses}
    mentions = pd.DataFrame(
        [{"article_id": a.article.article_id, "actor": m.actor, "start": m.start, "end": m.end}
         for a in analyses for m in a.actors],
        columns=["article_id", "actor", "start", "end"],
    )
    published = {row.article_id: timeline.value_interval(row.published) for row in tables.articles.itertuples()}
    pattern = terms.name_pattern(terms.actor_aliases(tables.actors)) if not tables.actors.empty else None
    found = date_disagreements(events, texts, mentions, labels, published=published, names=pattern,
                               threshold=thresholds.disagreement_min_score, likely=thresholds.disagreement_likely)
    return [replace_actors(item, names) for item in found]


def replace_actors(item: DateDisagreement, names: dict[str, str]) -> DateDisagreement:
    """The shared actors by the spelling the briefing shows, not by their name keys."""
    return replace(item, shared_actors=tuple(names.get(k, k) for k in item.shared_actors))

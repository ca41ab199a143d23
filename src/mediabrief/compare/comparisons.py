"""Tables (+ the analyses, for the article texts) -> every comparison across sources, computed once.

The charts, the findings and the briefing all read this one record, so the PDF, the figures and
the slides state the same numbers and nothing is computed twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

import pandas as pd

from ..records import ArticleAnalysis
from ..settings import Thresholds
from ..tables.build import Tables
from . import coverage, terms, timeline
from .disagreements import DateDisagreement, date_disagreements
from .groups import Grouping, group_articles
from .statements import SharedStatement, shared_statements
from .terms import DistinctiveTerm
from .volume import Volume, coverage_over_time, group_summary


AsideWork = Callable[[], tuple[list[DistinctiveTerm], list[SharedStatement]]]
Aside = Callable[[AsideWork], AsideWork]


def run_now(work: AsideWork) -> AsideWork:
    value = work()
    return lambda: value


@dataclass(frozen=True, slots=True)
class Comparisons:
    """What the briefing says beyond the raw tables. A *source* is a group of articles (`grouping`,
    by outlet unless told otherwise); every frame is keyed by its `group`, with its label `source`.

    `actor_names` maps an actor's name key (the key of `actor_shares` and `actor_matrix`'s columns)
    to the spelling shown: the one display-name lookup of the charts, findings and briefing.
    """

    grouping: Grouping
    summary: pd.DataFrame
    volume: Volume
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
    thresholds: Thresholds = Thresholds()  # what the comparisons were computed with

    @property
    def labels(self) -> dict[str, str]:
        """Source (group) key -> the label shown, in briefing order."""
        return self.grouping.labels

    @property
    def order(self) -> list[str]:
        """Source (group) keys in briefing order."""
        return self.grouping.order

    def actor_name(self, key: str) -> str:
        return self.actor_names.get(key, key)

    @property
    def top_actors(self) -> list[str]:
        """The display names of the actors of `actor_matrix`, most room first."""
        return [self.actor_name(key) for key in self.actor_matrix.columns]


def build_comparisons(tables: Tables, analyses: Sequence[ArticleAnalysis] = (), *, by: str = "outlet",
                      thresholds: Thresholds = Thresholds(), run_aside: Aside = run_now) -> Comparisons:
    """Every comparison between the sources (the articles grouped `by` a column of articles.csv);
    without `analyses` the text-based ones (terms, disagreements) are empty.

    `run_aside` may start the distinctive terms and the shared statements (half the time, at a
    thousand articles) elsewhere, e.g. in a forked process (`engine.forks.run_aside`), while the
    rest are computed here.
    """
    articles = tables.articles
    grouping = group_articles(articles, by)
    aside = run_aside(lambda: (_distinctive_terms(tables, analyses, grouping),
                               shared_statements(tables.quotes, grouping, cutoff=thresholds.quote_similarity,
                                                 min_words=thresholds.quote_min_words)))
    order = grouping.order
    speakers = coverage.speakers(tables.quotes, tables.actors, grouping)
    shares = coverage.actor_shares(tables.actors, grouping)
    matrix = coverage.share_matrix(shares, order)
    names = dict(zip(shares["key"], shares["actor"]))
    events = timeline.dated_events(tables.dates, articles, grouping)
    windows = timeline.publication_windows(articles, grouping)
    fields = dict(
        grouping=grouping,
        summary=group_summary(articles, speakers, shares, grouping),
        volume=coverage_over_time(articles, grouping),
        speakers=speakers,
        speaker_types=coverage.speaker_type_counts(tables.quotes, grouping),
        genders=coverage.gender_counts(speakers, grouping),
        actor_shares=shares,
        actor_matrix=matrix,
        actor_quoted=coverage.quoted_matrix(shares, matrix) if not shares.empty else matrix.astype(bool),
        actor_names=names,
        distinctive_actors=coverage.distinctive_actors(shares, order),
        people=coverage.quoted_or_talked_about(shares),
        events=events,
        windows=windows,
        undated=timeline.undated_counts(tables.dates, grouping),
        zoom=timeline.zoom_window(events, windows),
        disagreements=tuple(_disagreements(tables, analyses, events, grouping, names, thresholds)),
    )
    terms, statements = aside()
    return Comparisons(
        **fields,
        terms=tuple(terms),
        statements=tuple(statements),
        texts_available=bool(analyses),
        thresholds=thresholds,
    )


def _distinctive_terms(tables: Tables, analyses: Sequence[ArticleAnalysis],
                       grouping: Grouping) -> list[DistinctiveTerm]:
    if not analyses:
        return []
    bodies = {a.article.article_id: a.article.body for a in analyses}
    scores = terms.log_odds(terms.term_counts(bodies, tables.actors, grouping.group_of))
    return terms.distinctive_terms(scores, grouping.labels)


def _disagreements(tables: Tables, analyses: Sequence[ArticleAnalysis], events: pd.DataFrame,
                   grouping: Grouping, names: dict[str, str], thresholds: Thresholds) -> list[DateDisagreement]:
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
    found = date_disagreements(events, texts, mentions, grouping.article_sources, published=published, names=pattern,
                               threshold=thresholds.disagreement_min_score, likely=thresholds.disagreement_likely,
                               source_of=grouping.group_of)
    return [_shown_actors(item, names) for item in found]


def _shown_actors(item: DateDisagreement, names: dict[str, str]) -> DateDisagreement:
    """The shared actors by the spelling the briefing shows, not by their name keys."""
    return replace(item, shared_actors=tuple(names.get(k, k) for k in item.shared_actors))

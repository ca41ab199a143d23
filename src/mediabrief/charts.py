"""Which charts the briefing shows: the tables and insights shaped into ready-to-draw frames.

Labels are shortened here (plots never touch text); every chart names the table its numbers come from.
"""

from __future__ import annotations

import pandas as pd

from .insights import Insights, build_insights
from .plots import (
    Chart,
    outlet_palette,
    plot_actor_heatmap,
    plot_distinctive_terms,
    plot_speaker_types,
    plot_women_quoted,
    plot_words_per_source,
)
from .sources import abbreviate_all, wrap_label
from .tables import Tables
from .timeline_plot import plot_timeline

CHART_TITLES = {
    "words_per_source": "How much each source wrote",
    "speaker_types": "Who each source quoted, by kind of speaker",
    "women_quoted": "Women among the named people quoted",
    "actor_heatmap": "How much room each source gives each actor",
    "timeline": "When things happened, as each source dates them",
    "distinctive_terms": "Words each source uses more than the others",
}
CHART_SOURCES = {
    "words_per_source": "mediabrief, body text after boilerplate removal; articles.csv",
    "speaker_types": "mediabrief, quotes.csv (speaker_type; quotes with no speaker are 'unattributed')",
    "women_quoted": "mediabrief, quotes.csv and actors.csv; gender only where the article states it",
    "actor_heatmap": "mediabrief, actors.csv (mentions, quoted); top 15 actors by mean share",
    "timeline": "mediabrief, dates.csv (kind = date) and articles.csv (published)",
    "distinctive_terms": "mediabrief, article bodies; log-odds ratio with informative Dirichlet prior",
}


def draw_charts(tables: Tables, insights: Insights | None = None) -> list[Chart]:
    """Every chart of the briefing, in briefing order (a chart with nothing to show is left out)."""
    insights = insights or build_insights(tables)
    articles = tables.articles
    palette = outlet_palette(articles["outlet"].tolist())
    labels = abbreviate_all(insights.labels)
    order = [labels[a] for a in insights.order]
    charts = [plot_words_per_source(
        pd.DataFrame({"label": order, "outlet": articles["outlet"].tolist(), "words": articles["words"].tolist()}),
        palette, **_titles("words_per_source"))]
    if not tables.quotes.empty:
        counts = insights.speaker_types.copy()
        counts.index = order
        charts.append(plot_speaker_types(counts, **_titles("speaker_types")))
    if insights.genders["people"].sum() > 0:
        charts.append(plot_women_quoted(insights.genders.assign(label=order), **_titles("women_quoted")))
    if not insights.actor_matrix.empty and insights.actor_matrix.shape[1] > 0:
        names = insights.actor_shares.drop_duplicates("key").set_index("key")["actor"]
        columns = [wrap_label(names[k], 18) for k in insights.actor_matrix.columns]
        matrix = pd.DataFrame(insights.actor_matrix.to_numpy(), index=order, columns=columns)
        quoted = pd.DataFrame(insights.actor_quoted.to_numpy(), index=order, columns=columns)
        charts.append(plot_actor_heatmap(matrix, quoted, **_titles("actor_heatmap")))
    if not insights.events.empty:
        events = insights.events.assign(label=insights.events["article_id"].map(labels))
        windows = insights.windows.assign(label=insights.windows["article_id"].map(labels))
        charts.append(plot_timeline(events, windows, order, palette, zoom=insights.zoom, **_titles("timeline")))
    if not insights.terms.empty:
        shown = insights.terms[insights.terms["rank"] <= (8 if len(order) <= 12 else 5)]
        terms = shown.assign(label=shown["article_id"].map(labels),
                                      outlet=shown["article_id"].map(dict(zip(articles["article_id"],
                                                                                       articles["outlet"]))))
        width = 20 if len(order) <= 3 else 17 if len(order) <= 8 else 14  # panel titles never reach the next panel
        wrapped = {label: wrap_label(label, width, lines=3) for label in order}
        terms["label"] = terms["label"].map(wrapped)
        charts.append(plot_distinctive_terms(terms, [wrapped[label] for label in order], palette,
                                             **_titles("distinctive_terms")))
    return charts


def _titles(name: str) -> dict[str, str]:
    return {"title": CHART_TITLES[name], "source": CHART_SOURCES[name]}

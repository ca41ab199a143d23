"""Which charts the briefing shows: the tables and insights shaped into ready-to-draw frames.

Labels are shortened here (plots never touch text); every chart names the table its numbers come from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pandas as pd

from .insights import Insights, build_insights
from .sources import abbreviate_all, wrap_label
from .tables import Tables

if TYPE_CHECKING:
    from .plots import Chart

CHART_FORMATS = ("png", "svg")  # every chart is written as both, in this order


def chart_path(name: str, figures_dir: Path, extension: str) -> Path:
    return figures_dir / f"{name}.{extension}"


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


class ChartLabel(Protocol):
    """What the briefing text needs of a chart, planned or drawn: its file name, title and source line."""

    @property
    def name(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def source(self) -> str: ...


@dataclass(frozen=True)
class ChartPlan:
    """A chart ready to draw: its frames shaped, its name, title and source line known.

    Planning needs no matplotlib, so the briefing can be laid out while the charts are drawn elsewhere.
    `outlets`, when given, become the outlet palette at drawing time.
    """

    name: str
    title: str
    source: str
    frames: tuple[Any, ...]
    options: Mapping[str, Any] = field(default_factory=dict)
    outlets: tuple[str, ...] = ()

    def draw(self) -> Chart:
        from . import plots, timeline_plot  # matplotlib is imported only where charts are drawn

        plotters = {
            "words_per_source": plots.plot_words_per_source,
            "speaker_types": plots.plot_speaker_types,
            "women_quoted": plots.plot_women_quoted,
            "actor_heatmap": plots.plot_actor_heatmap,
            "timeline": timeline_plot.plot_timeline,
            "distinctive_terms": plots.plot_distinctive_terms,
        }
        options = dict(self.options)
        if self.outlets:
            options["palette"] = plots.outlet_palette(list(self.outlets))
        return plotters[self.name](*self.frames, **options, title=self.title, source=self.source)


def draw_charts(tables: Tables, insights: Insights | None = None) -> list[Chart]:
    """Every chart of the briefing, drawn, in briefing order."""
    return [plan.draw() for plan in plan_charts(tables, insights)]


def plan_charts(tables: Tables, insights: Insights | None = None) -> list[ChartPlan]:
    """Every chart of the briefing, in briefing order (a chart with nothing to show is left out)."""
    insights = insights or build_insights(tables)
    articles = tables.articles
    outlets = tuple(articles["outlet"].tolist())
    labels = abbreviate_all(insights.labels)
    order = [labels[a] for a in insights.order]
    plans = [_plan("words_per_source", pd.DataFrame({"label": order, "outlet": list(outlets),
                                                     "words": articles["words"].tolist()}), outlets=outlets)]
    if not tables.quotes.empty:
        counts = insights.speaker_types.copy()
        counts.index = order
        plans.append(_plan("speaker_types", counts))
    if insights.genders["people"].sum() > 0:
        plans.append(_plan("women_quoted", insights.genders.assign(label=order)))
    if not insights.actor_matrix.empty and insights.actor_matrix.shape[1] > 0:
        names = insights.actor_shares.drop_duplicates("key").set_index("key")["actor"]
        columns = [wrap_label(names[k], 18) for k in insights.actor_matrix.columns]
        matrix = pd.DataFrame(insights.actor_matrix.to_numpy(), index=order, columns=columns)
        quoted = pd.DataFrame(insights.actor_quoted.to_numpy(), index=order, columns=columns)
        plans.append(_plan("actor_heatmap", matrix, quoted))
    if not insights.events.empty:
        events = insights.events.assign(label=insights.events["article_id"].map(labels))
        windows = insights.windows.assign(label=insights.windows["article_id"].map(labels))
        plans.append(_plan("timeline", events, windows, order, outlets=outlets, zoom=insights.zoom))
    if not insights.terms.empty:
        shown = insights.terms[insights.terms["rank"] <= (8 if len(order) <= 12 else 5)]
        terms = shown.assign(label=shown["article_id"].map(labels),
                             outlet=shown["article_id"].map(dict(zip(articles["article_id"], articles["outlet"]))))
        width = 20 if len(order) <= 3 else 17 if len(order) <= 8 else 14  # panel titles never reach the next panel
        wrapped = {label: wrap_label(label, width, lines=3) for label in order}
        terms["label"] = terms["label"].map(wrapped)
        plans.append(_plan("distinctive_terms", terms, [wrapped[label] for label in order], outlets=outlets))
    return plans


def _plan(name: str, *frames: Any, outlets: tuple[str, ...] = (), **options: Any) -> ChartPlan:
    return ChartPlan(name, CHART_TITLES[name], CHART_SOURCES[name], frames, options, outlets)

"""Which charts the briefing shows: the comparisons shaped into ready-to-draw frames.

Labels are shortened here (the plotters never touch text). Planning needs no matplotlib, so the
briefing can be laid out while the charts are drawn elsewhere (`files`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..compare.comparisons import Comparisons
from ..compare.sources import abbreviate_all, wrap_label
from ..tables.build import Tables
from .kinds import ByKind, ChartKind


@dataclass(frozen=True)
class ChartPlan(ByKind):
    """A chart ready to draw: its kind (which names its file, title and source line) and its frames.

    `outlets`, when given, become the outlet palette at drawing time.
    """

    kind: ChartKind
    frames: tuple[Any, ...]
    options: Mapping[str, Any] = field(default_factory=dict)
    outlets: tuple[str, ...] = ()


def plan_charts(tables: Tables, comparisons: Comparisons) -> list[ChartPlan]:
    """Every chart of the briefing, in briefing order (a chart with nothing to show is left out)."""
    articles = tables.articles
    outlets = tuple(articles["outlet"].tolist())
    labels = abbreviate_all(comparisons.labels)
    order = [labels[a] for a in comparisons.order]
    plans = [ChartPlan(ChartKind.WORDS_PER_SOURCE, (pd.DataFrame({"label": order, "outlet": list(outlets),
                                                                  "words": articles["words"].tolist()}),),
                       outlets=outlets)]
    if not tables.quotes.empty:
        counts = comparisons.speaker_types.copy()
        counts.index = order
        plans.append(ChartPlan(ChartKind.SPEAKER_TYPES, (counts,)))
    if comparisons.genders["people"].sum() > 0:
        plans.append(ChartPlan(ChartKind.WOMEN_QUOTED, (comparisons.genders.assign(label=order),)))
    if not comparisons.actor_matrix.empty and comparisons.actor_matrix.shape[1] > 0:
        columns = [wrap_label(name, 18) for name in comparisons.top_actors]
        matrix = pd.DataFrame(comparisons.actor_matrix.to_numpy(), index=order, columns=columns)
        quoted = pd.DataFrame(comparisons.actor_quoted.to_numpy(), index=order, columns=columns)
        plans.append(ChartPlan(ChartKind.ACTOR_HEATMAP, (matrix, quoted)))
    if not comparisons.events.empty:
        events = comparisons.events.assign(label=comparisons.events["article_id"].map(labels))
        windows = comparisons.windows.assign(label=comparisons.windows["article_id"].map(labels))
        plans.append(ChartPlan(ChartKind.TIMELINE, (events, windows, order), {"zoom": comparisons.zoom},
                               outlets=outlets))
    if comparisons.terms:
        plans.append(_terms_plan(comparisons, labels, order, dict(zip(articles["article_id"], articles["outlet"])),
                                 outlets))
    return plans


def _terms_plan(comparisons: Comparisons, labels: Mapping[str, str], order: list[str],
                outlet_of: Mapping[str, str], outlets: tuple[str, ...]) -> ChartPlan:
    shown_rank = 8 if len(order) <= 12 else 5
    shown = pd.DataFrame([t for t in comparisons.terms if t.rank <= shown_rank])
    terms = shown.assign(label=shown["article_id"].map(labels), outlet=shown["article_id"].map(outlet_of))
    width = 20 if len(order) <= 3 else 17 if len(order) <= 8 else 14  # panel titles never reach the next panel
    wrapped = {label: wrap_label(label, width, lines=3) for label in order}
    terms["label"] = terms["label"].map(wrapped)
    return ChartPlan(ChartKind.DISTINCTIVE_TERMS, (terms, [wrapped[label] for label in order]), outlets=outlets)

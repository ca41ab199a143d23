"""Which charts the briefing shows: the comparisons shaped into ready-to-draw frames.

Every chart keeps a slide's 16:9 shape at any number of sources: a chart shows the largest
sources (by articles) and merges the rest into one "others" row, or shows only the largest where
merging means nothing (distinctive words). Labels are shortened here (the plotters never touch
text), and lose their control characters: a NUL or ESC in an outlet's name would make the SVG
invalid XML. Planning needs no matplotlib, so the briefing can be laid out while the charts are drawn
elsewhere (`files`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..compare.comparisons import Comparisons
from ..compare.sources import abbreviate_all, wrap_label
from ..safety import strip_controls
from ..tables.build import Tables
from .kinds import ByKind, ChartKind

MAX_ROWS = 12  # sources a bar chart, the heatmap or the timeline shows before "others"
MAX_PANELS = 8  # sources with a panel of distinctive words
MAX_BANDS = 8  # sources with a colour of their own in the coverage chart
MIN_COVERAGE_ARTICLES = 6  # fewer dated articles make a chart of a few lonely bars: the tables say it better


@dataclass(frozen=True)
class ChartPlan(ByKind):
    """A chart ready to draw: its kind (which names its file, title and source line) and its frames.

    `outlets`, when given, become the palette at drawing time (a colour per name, in this order).
    """

    kind: ChartKind
    frames: tuple[Any, ...]
    options: Mapping[str, Any] = field(default_factory=dict)
    outlets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rows:
    """The sources a chart shows as rows: the largest `MAX_ROWS` (or all), and whether the rest are merged."""

    shown: list[str]  # group keys, in briefing order
    others: list[str]  # group keys merged into the last row
    labels: dict[str, str]  # group key -> its label on an axis
    others_label: str

    @property
    def order(self) -> list[str]:
        return [self.labels[g] for g in self.shown] + ([self.others_label] if self.others else [])


def chart_rows(comparisons: Comparisons, limit: int = MAX_ROWS) -> Rows:
    order = comparisons.order
    shown, others = (order, []) if len(order) <= limit else (order[: limit - 1], order[limit - 1:])
    labels = abbreviate_all({g: strip_controls(comparisons.labels[g]) for g in shown})
    return Rows(shown, others, labels, f"{len(others)} other sources")


def plan_charts(tables: Tables, comparisons: Comparisons) -> list[ChartPlan]:
    """Every chart of the briefing, in briefing order (a chart with nothing to show is left out)."""
    rows = chart_rows(comparisons)
    palette_keys = tuple(comparisons.labels[g] for g in comparisons.order[:MAX_ROWS])
    plans = [_volume_plan(comparisons, rows, palette_keys)]
    if comparisons.volume.counts["articles"].sum() >= MIN_COVERAGE_ARTICLES:
        plans.append(_coverage_plan(comparisons, palette_keys))
    if not tables.quotes.empty:
        plans.append(ChartPlan(ChartKind.SPEAKER_TYPES, (_merge_rows(comparisons.speaker_types, comparisons, rows),)))
    if comparisons.genders["people"].sum() > 0:
        genders = comparisons.genders.set_index("group")[["female", "male", "unknown", "people"]]
        merged = _merge_rows(genders.rename(index=comparisons.labels), comparisons, rows)
        plans.append(ChartPlan(ChartKind.WOMEN_QUOTED, (merged.assign(label=merged.index).reset_index(drop=True),)))
    if not comparisons.actor_matrix.empty and comparisons.actor_matrix.shape[1] > 0:
        columns = [wrap_label(strip_controls(name), 18) for name in comparisons.top_actors]
        shown = comparisons.actor_matrix.loc[rows.shown]
        matrix = pd.DataFrame(shown.to_numpy(), index=[rows.labels[g] for g in rows.shown], columns=columns)
        quoted = pd.DataFrame(comparisons.actor_quoted.loc[rows.shown].to_numpy(), index=matrix.index, columns=columns)
        plans.append(ChartPlan(ChartKind.ACTOR_HEATMAP, (matrix, quoted)))
    if not comparisons.events.empty:
        plans.append(_timeline_plan(comparisons, rows, palette_keys))
    if comparisons.terms:
        plans.append(_terms_plan(comparisons, palette_keys))
    return plans


def _label_of(comparisons: Comparisons, rows: Rows) -> dict[str, str]:
    """Each source's label on the chart: its own, or the "others" row's."""
    return {**{g: rows.labels[g] for g in rows.shown}, **{g: rows.others_label for g in rows.others}}


def _merge_rows(frame: pd.DataFrame, comparisons: Comparisons, rows: Rows) -> pd.DataFrame:
    """A frame indexed by source label, with the sources beyond the largest summed into one row."""
    full = {comparisons.labels[g]: label for g, label in _label_of(comparisons, rows).items()}
    merged = frame.groupby(frame.index.map(full), sort=False).sum()
    return merged.reindex(rows.order)


def _volume_plan(comparisons: Comparisons, rows: Rows, palette_keys: tuple[str, ...]) -> ChartPlan:
    summary = comparisons.summary.set_index("group")
    label_of = _label_of(comparisons, rows)
    frame = pd.DataFrame({"label": [label_of[g] for g in summary.index], "articles": summary["articles"].to_numpy(),
                          "words": summary["words"].to_numpy()})
    frame = frame.groupby("label", sort=False).sum().reindex(rows.order).reset_index()
    frame["colour"] = [comparisons.labels[g] for g in rows.shown] + (["others"] if rows.others else [])
    return ChartPlan(ChartKind.WORDS_PER_SOURCE, (frame,), outlets=palette_keys)


def _coverage_plan(comparisons: Comparisons, palette_keys: tuple[str, ...]) -> ChartPlan:
    bands = chart_rows(comparisons, MAX_BANDS)
    label_of = _label_of(comparisons, bands)
    counts = comparisons.volume.counts.assign(label=lambda f: f["group"].map(label_of))
    counts = counts.groupby(["period", "label"], sort=False)[["articles", "words"]].sum().reset_index()
    colour = {bands.labels[g]: comparisons.labels[g] for g in bands.shown} | {bands.others_label: "others"}
    counts["colour"] = counts["label"].map(colour)
    volume = comparisons.volume
    return ChartPlan(ChartKind.COVERAGE, (counts, bands.order), {"unit": volume.unit, "peaks": volume.peaks},
                     outlets=palette_keys)


def _timeline_plan(comparisons: Comparisons, rows: Rows, palette_keys: tuple[str, ...]) -> ChartPlan:
    label_of = _label_of(comparisons, rows)
    events = comparisons.events.assign(label=comparisons.events["group"].map(label_of),
                                       colour=comparisons.events["source"].where(
                                           comparisons.events["group"].isin(rows.shown), "others"))
    windows = comparisons.windows.assign(label=comparisons.windows["group"].map(label_of))
    return ChartPlan(ChartKind.TIMELINE, (events, windows, rows.order), {"zoom": comparisons.zoom},
                     outlets=palette_keys)


def _terms_plan(comparisons: Comparisons, palette_keys: tuple[str, ...]) -> ChartPlan:
    panels = [g for g in comparisons.order if any(t.group == g for t in comparisons.terms)][:MAX_PANELS]
    shown_rank = 8 if len(panels) <= 4 else 6
    width = 20 if len(panels) <= 3 else 17  # panel titles never reach the next panel
    wrapped = {g: wrap_label(strip_controls(comparisons.labels[g]), width, lines=2) for g in panels}
    shown = pd.DataFrame([t for t in comparisons.terms if t.rank <= shown_rank and t.group in wrapped])
    terms = shown.assign(label=shown["group"].map(wrapped), colour=shown["group"].map(comparisons.labels))
    return ChartPlan(ChartKind.DISTINCTIVE_TERMS, (terms, [wrapped[g] for g in panels]), outlets=palette_keys)

"""DataFrames -> matplotlib Figures, one function a chart, in the house style (`style`).

Every chart uses `Figure`/`Axes` objects (never pyplot's global state). The frames come ready to
draw (labels already shortened by `plan`): nothing here reads text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

import matplotlib.dates
import matplotlib.patches
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .style import (GENDER_COLOURS, MUTED_TEXT, OKABE_ITO, OTHERS_COLOUR, TYPE_COLOURS, bar_label_size, finish,
                    house_style, ink, new_figure)


def plot_words_per_source(frame: pd.DataFrame, palette: dict[str, str], *, title: str, source: str) -> Figure:
    """Horizontal bars: body words per source (`label`, `colour`, `articles`, `words`), each labelled
    with its word and article counts (outlets with as many articles can differ fourfold in words)."""
    data = frame.iloc[::-1]
    with house_style():
        figure = new_figure()
        axes = figure.add_subplot()
        positions = list(range(len(data)))
        bars = axes.barh(positions, data["words"], color=[palette.get(c, OTHERS_COLOUR) for c in data["colour"]])
        axes.set_yticks(positions, list(data["label"]))
        notes = [f"{w:,} words, {a:,} {'article' if a == 1 else 'articles'}" for a, w in zip(data["articles"], data["words"])]
        axes.bar_label(bars, labels=notes, padding=4, fontsize=bar_label_size(len(data)))
        axes.set_xlabel("words in the body")
        axes.xaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:,.0f}"))
        axes.margins(x=0.38, y=0.02)
        finish(figure, title, source)
    return figure


def plot_coverage(counts: pd.DataFrame, order: Sequence[str], palette: dict[str, str], *, unit: str,
                  peaks: Sequence[tuple[date, int]], title: str, source: str) -> Figure:
    """Stacked bars: articles per `period` (a day, week or month) by source (`label` in `order`,
    `colour`), the busiest periods named."""
    width = {"day": 0.8, "week": 5.6, "month": 24.0}[unit]
    with house_style():
        figure = new_figure()
        axes = figure.add_subplot()
        wide = counts.pivot_table(index="period", columns="label", values="articles", aggfunc="sum", fill_value=0)
        wide = wide.reindex(columns=[label for label in order if label in wide.columns]).sort_index()
        positions = [matplotlib.dates.date2num(p) + (0.0 if unit == "day" else width / 2) for p in wide.index]
        bottom = np.zeros(len(wide))
        colours = dict(zip(counts["label"], counts["colour"]))
        for label in wide.columns:
            values = wide[label].to_numpy(dtype=float)
            axes.bar(positions, values, width=width, bottom=bottom, label=label,
                     color=palette.get(colours[label], OTHERS_COLOUR), edgecolor="white", linewidth=0.4)
            bottom += values
        for period, articles in peaks:
            x = matplotlib.dates.date2num(period) + (0.0 if unit == "day" else width / 2)
            axes.annotate(f"{_period_name(period, unit)}: {articles}", (x, articles), xytext=(0, 4),
                          textcoords="offset points", ha="center", fontsize=10, color=MUTED_TEXT)
        locator = matplotlib.dates.AutoDateLocator(minticks=3, maxticks=8)
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(matplotlib.dates.ConciseDateFormatter(locator))
        axes.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        axes.set_ylabel(f"articles per {unit}")
        axes.margins(y=0.15)
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=10)
        finish(figure, title, source)
    return figure


def _period_name(period: date, unit: str) -> str:
    return {"day": f"{period.day} {period:%b}", "week": f"week of {period.day} {period:%b}",
            "month": f"{period:%b %Y}"}[unit]


def plot_speaker_types(counts: pd.DataFrame, *, title: str, source: str) -> Figure:
    """100 % bars: each source's quotes (rows, index = label) by speaker type (columns), so sources of
    any size compare; the counts sit in the segments and each source's total at the end."""
    data = counts.iloc[::-1]
    types = [t for t in counts.columns if counts[t].sum() > 0] or list(counts.columns[:1])
    totals = data[types].sum(axis=1)
    shares = data[types].div(totals.where(totals > 0), axis=0).fillna(0.0)
    with house_style():
        figure = new_figure()
        axes = figure.add_subplot()
        positions = list(range(len(data)))
        left = pd.Series(0.0, index=data.index)
        for kind in types:
            colour = TYPE_COLOURS.get(kind, "#999999")
            axes.barh(positions, shares[kind], left=left, color=colour, label=kind, edgecolor="white", linewidth=0.8)
            for y, (share, start, count) in enumerate(zip(shares[kind], left, data[kind])):
                if count and share >= 0.06:
                    axes.text(start + share / 2, y, f"{int(count)}", ha="center", va="center",
                              fontsize=bar_label_size(len(data)), color=ink(colour))
            left = left + shares[kind]
        for y, total in enumerate(totals):
            axes.text(1.01 if total else 0.01, y, f"{int(total):,} quotes" if total else "no quotes", va="center",
                      fontsize=bar_label_size(len(data)), color=MUTED_TEXT)
        axes.set_yticks(positions, list(data.index))
        axes.set_xlim(0, 1.2)
        axes.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0 %", "25 %", "50 %", "75 %", "100 %"])
        axes.set_xlabel("share of the source's quotes (direct, partial and reported)")
        axes.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=min(len(types), 4), title="speaker type",
                    title_fontsize=11, alignment="left")
        finish(figure, title, source)
    return figure


def plot_women_quoted(frame: pd.DataFrame, *, title: str, source: str) -> Figure:
    """100 % bars: named people quoted per source (`label`, `female`, `male`, `unknown`, `people`)."""
    data = frame.iloc[::-1].reset_index(drop=True)
    with house_style():
        figure = new_figure()
        axes = figure.add_subplot()
        positions = list(range(len(data)))
        left = pd.Series(0.0, index=data.index)
        share = data[["female", "male", "unknown"]].div(data["people"].where(data["people"] > 0), axis=0).fillna(0)
        names = {"female": "women", "male": "men", "unknown": "gender not stated"}
        for gender in ("female", "male", "unknown"):
            axes.barh(positions, share[gender], left=left, color=GENDER_COLOURS[gender], label=names[gender],
                      edgecolor="white", linewidth=0.8)
            for y, (value, start, count) in enumerate(zip(share[gender], left, data[gender])):
                if count and value >= 0.06:
                    axes.text(start + value / 2, y, f"{int(count)}", ha="center", va="center",
                              fontsize=bar_label_size(len(data)), color=ink(GENDER_COLOURS[gender]))
            left = left + share[gender]
        for y, row in data.iterrows():
            note = (f"{int(row['female'])} of {int(row['people'])}" if row["people"] else "no named person quoted")
            axes.text(1.02 if row["people"] else 0.01, y, note, va="center", fontsize=bar_label_size(len(data)),
                      color=MUTED_TEXT)
        axes.set_yticks(positions, list(data["label"]))
        axes.set_xlim(0, 1.22)
        axes.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0 %", "25 %", "50 %", "75 %", "100 %"])
        axes.set_xlabel("share of the named people each source quoted")
        axes.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=3)
        finish(figure, title, source)
    return figure


def plot_distinctive_terms(terms: pd.DataFrame, order: Sequence[str], palette: dict[str, str], *,
                           title: str, source: str) -> Figure:
    """Small multiples: per source (`label`, in `order`) its top words (`term`) by z-score (`z`)."""
    count = max(len(order), 1)
    columns = min(4 if count <= 8 else 5, count)
    rows = math.ceil(count / columns)
    per_panel = int(terms.groupby("label").size().max()) if not terms.empty else 1
    with house_style():
        figure = new_figure()
        grid = figure.subplots(rows, columns, squeeze=False)
        for index, axes in enumerate(grid.flat):
            if index >= len(order):
                axes.set_axis_off()
                continue
            label = order[index]
            data = terms[terms["label"] == label].sort_values("z")
            axes.set_title(label, fontsize=10 if columns > 4 else 11 if columns > 2 else 13, loc="left")
            if data.empty:
                axes.text(0.5, 0.5, "no word used\ntwice more than\nelsewhere", ha="center", va="center",
                          transform=axes.transAxes, fontsize=10, color=MUTED_TEXT)
                axes.set_axis_off()
                continue
            colour = palette.get(str(data["colour"].iloc[0]), OKABE_ITO[0])
            positions = list(range(len(data)))
            axes.barh(positions, data["z"], color=colour)
            axes.set_yticks(positions, list(data["term"]), fontsize=11 if columns > 2 else 12)
            axes.set_ylim(-0.6, per_panel - 0.4)
            axes.tick_params(axis="x", labelsize=10)
            axes.margins(x=0.05)
        figure.supylabel("")
        for axes in grid[-1]:
            if axes.axison:
                axes.set_xlabel("z-score", fontsize=11)
        finish(figure, title, source)
    return figure


def plot_actor_heatmap(shares: pd.DataFrame, quoted: pd.DataFrame, *, title: str, source: str) -> Figure:
    """Heatmap: sources (rows, index = label) × actors (columns), each cell the actor's share of the
    source's actor mentions; cells where the source also quoted the actor are outlined."""
    rows, columns = shares.shape
    values = shares.to_numpy(dtype=float)
    with house_style():
        figure = new_figure()
        axes = figure.add_subplot()
        image = axes.imshow(values, cmap="Blues", vmin=0, vmax=max(float(values.max()) if values.size else 0, 0.01),
                            aspect="auto", interpolation="nearest")
        size = 10 if rows <= 12 else 8
        top = float(values.max()) if values.size else 0.0
        for (i, j), value in pd.DataFrame(values).stack().items():
            if value > 0:
                axes.text(j, i, f"{value * 100:.0f}", ha="center", va="center", fontsize=size,
                          color="#FFFFFF" if value > 0.55 * top else "#1a1a1a")
            if quoted.iat[i, j]:
                axes.add_patch(matplotlib.patches.Rectangle((j - 0.45, i - 0.42), 0.9, 0.84, fill=False,
                                                            edgecolor="#D55E00", linewidth=2.2))
        axes.set_xticks(range(columns), list(shares.columns), rotation=40, ha="right", rotation_mode="anchor",
                        fontsize=11 if columns <= 15 else 9)
        axes.set_yticks(range(rows), list(shares.index))
        axes.tick_params(length=0)
        for spine in axes.spines.values():
            spine.set_visible(False)
        bar = figure.colorbar(image, ax=axes, fraction=0.03, pad=0.01)
        bar.set_label("% of the source's actor mentions", fontsize=11)
        bar.ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(xmax=1, decimals=0))
        bar.ax.tick_params(labelsize=10)
        axes.set_title("numbers: % of mentions; orange outline: the source quoted this actor",
                       fontsize=11, fontweight="normal", color=MUTED_TEXT)
        finish(figure, title, source)
    return figure

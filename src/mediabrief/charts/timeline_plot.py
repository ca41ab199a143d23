"""The timeline chart: one row per source, each dated event at its calendar place, publication shown.

Two panels side by side when the events span far more than the publication window (2000-2024
around a week in September): all events on the left, the weeks around publication on the right.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from matplotlib.figure import Figure

from .style import MUTED_TEXT, OTHERS_COLOUR, finish, house_style, new_figure

PUBLISHED_COLOUR = "#d9d9d9"


def plot_timeline(events: pd.DataFrame, windows: pd.DataFrame, order: Sequence[str], palette: dict[str, str], *,
                  zoom: tuple[date, date] | None, title: str, source: str) -> Figure:
    """Rows `order` (labels); `events` has `label`, `colour` (a palette key), `first`, `last` (dates), `offset`;
    `windows` has `label`, `first`, `last` (the publication date or month)."""
    rows = {label: i for i, label in enumerate(order)}
    with house_style():
        figure = new_figure()
        grid = figure.add_gridspec(2, 1 if zoom is None else 2, height_ratios=[1, 9 + len(order) / 2])
        _legend(figure.add_subplot(grid[0, :]))
        if zoom is None:
            panels = [(figure.add_subplot(grid[1, 0]), _span(events, windows), "")]
        else:
            left = figure.add_subplot(grid[1, 0])
            right = figure.add_subplot(grid[1, 1], sharey=left)
            panels = [(left, _span(events, windows), "all dated events"),
                      (right, zoom, f"around publication\n{_period(*zoom)}")]
        for axes, (first, last), heading in panels:
            _draw_panel(axes, events, windows, rows, palette, first, last)
            if heading:
                axes.set_xlabel(heading, fontsize=12, color=MUTED_TEXT)
        first_axes = panels[0][0]
        first_axes.set_yticks(range(len(order)), list(order))
        first_axes.set_ylim(len(order) - 0.5, -0.5)
        if zoom is not None:
            panels[1][0].tick_params(axis="y", left=False, labelleft=False)
        if events.empty:
            first_axes.text(0.5, 0.5, "no event with a calendar date", transform=first_axes.transAxes,
                            ha="center", va="center", color=MUTED_TEXT)
        finish(figure, title, source)
    return figure


def _draw_panel(axes: Axes, events: pd.DataFrame, windows: pd.DataFrame, rows: dict[str, int],
                palette: dict[str, str], first: date, last: date) -> None:
    # Each source's publication days once (its articles share them), as one collection of bars.
    published = {(rows[w.label], w.first, w.last) for w in windows.dropna(subset=["first"]).itertuples(index=False)
                 if w.label in rows}
    for y, first_day, last_day in sorted(published):
        start, end = mdates.date2num(first_day), mdates.date2num(last_day + timedelta(days=1))
        axes.broken_barh([(start, end - start)], (y - 0.42, 0.84), facecolors=PUBLISHED_COLOUR, linewidth=0, zorder=1)
    if published:
        starts = sorted({(y, mdates.date2num(first_day)) for y, first_day, _ in published})
        axes.vlines([x for _, x in starts], [y - 0.42 for y, _ in starts], [y + 0.42 for y, _ in starts],
                    colors="#7f7f7f", linewidth=1.2, zorder=2)
    least = (mdates.date2num(last) - mdates.date2num(first)) * 0.008
    # One artist per colour and mark, not one per event: a thousand articles date tens of thousands.
    days: dict[str, tuple[list[float], list[float]]] = {}
    spans: dict[str, tuple[list[float], list[float], list[float]]] = {}
    for event in events.itertuples(index=False):
        y = rows.get(event.label)
        if y is None:
            continue
        y += _jitter(event.offset)
        colour = palette.get(event.colour, OTHERS_COLOUR)
        if event.first == event.last:
            xs, ys = days.setdefault(colour, ([], []))
            xs.append(mdates.date2num(event.first) + 0.5)
            ys.append(y)
        else:
            start, end = mdates.date2num(event.first), mdates.date2num(event.last + timedelta(days=1))
            if end - start < least:  # a month on a 25-year axis: widen it so that it stays visible
                middle = (start + end) / 2
                start, end = middle - least / 2, middle + least / 2
            ys, starts, ends = spans.setdefault(colour, ([], [], []))
            ys.append(y)
            starts.append(start)
            ends.append(end)
    for colour, (ys, starts, ends) in spans.items():
        axes.hlines(ys, starts, ends, colors=colour, linewidth=5, alpha=0.85, zorder=3, capstyle="butt")
    for colour, (xs, ys) in days.items():
        axes.plot(xs, ys, marker="o", markersize=8, color=colour, markeredgecolor="white", markeredgewidth=0.8,
                  zorder=4, linestyle="none")
    axes.set_xlim(mdates.date2num(first), mdates.date2num(last))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))
    axes.tick_params(axis="x", labelsize=11)
    axes.grid(axis="x", color="#e6e6e6", linewidth=0.8)
    axes.set_axisbelow(True)
    for y in range(len(rows) - 1):
        axes.axhline(y + 0.5, color="#f0f0f0", linewidth=0.8, zorder=0)


def _span(events: pd.DataFrame, windows: pd.DataFrame) -> tuple[date, date]:
    """All events and publication dates, padded by 4 % of the span (at least two days)."""
    starts = list(events["first"]) + list(windows["first"].dropna())
    ends = list(events["last"]) + list(windows["last"].dropna())
    if not starts:
        today = date(2000, 1, 1)
        return today, today + timedelta(days=7)
    first, last = min(starts), max(ends) + timedelta(days=1)
    pad = max(timedelta(days=2), (last - first) * 0.04)
    return first - pad, last + pad


def _jitter(offset: int) -> float:
    """0, +0.18, -0.18, +0.27 ...: marks on one day in one source sit beside each other."""
    if not offset:
        return 0.0
    step = 0.09 * ((offset + 1) // 2 + 1)
    return min(step, 0.36) * (1 if offset % 2 else -1)


def _legend(axes: Axes) -> None:
    """The key, in a strip of its own above the panels (so it never covers a mark or the title)."""
    axes.set_axis_off()
    handles = [
        Line2D([], [], marker="o", linestyle="none", color="#555555", markersize=8, label="a dated day"),
        Line2D([], [], color="#555555", linewidth=5, label="a week, month or year"),
        Patch(facecolor=PUBLISHED_COLOUR, edgecolor="#7f7f7f", label="published"),
    ]
    axes.legend(handles=handles, loc="center left", ncols=3, fontsize=11, borderaxespad=0)


def _period(first: date, last: date) -> str:
    """`18 Aug – 4 Oct 2023` (the year once when both ends share it)."""
    start = f"{first.day} {first:%b}" + ("" if first.year == last.year else f" {first.year}")
    return f"{start} – {last.day} {last:%b %Y}"

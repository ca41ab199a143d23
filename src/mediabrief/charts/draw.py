"""Chart plans -> drawn charts -> PNG and SVG bytes and files: the one place matplotlib draws.

`reuse` hashes this module and everything it imports, so a change to any plotter or to the
house style draws every chart again.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image  # the PNG writer matplotlib itself uses

from ..outputs import write_atomic
from . import plots, timeline_plot
from .kinds import CHART_FORMATS, ChartKind, chart_path
from .plan import ChartPlan
from .style import SLIDE_DPI, Chart, house_style, outlet_palette

PLOTTERS: dict[ChartKind, Callable[..., Figure]] = {
    ChartKind.WORDS_PER_SOURCE: plots.plot_words_per_source,
    ChartKind.COVERAGE: plots.plot_coverage,
    ChartKind.SPEAKER_TYPES: plots.plot_speaker_types,
    ChartKind.WOMEN_QUOTED: plots.plot_women_quoted,
    ChartKind.ACTOR_HEATMAP: plots.plot_actor_heatmap,
    ChartKind.TIMELINE: timeline_plot.plot_timeline,
    ChartKind.DISTINCTIVE_TERMS: plots.plot_distinctive_terms,
}


def draw_chart(plan: ChartPlan) -> Chart:
    options = dict(plan.options)
    if plan.outlets:
        options["palette"] = outlet_palette(list(plan.outlets))
    figure = PLOTTERS[plan.kind](*plan.frames, **options, title=plan.title, source=plan.source)
    return Chart(plan.kind, figure)


def draw_charts(plans: Sequence[ChartPlan]) -> list[Chart]:
    return [draw_chart(plan) for plan in plans]


def png_bytes(chart: Chart) -> bytes:
    """The chart at SLIDE_DPI as an opaque RGB PNG, drawn once.

    The canvas is opaque white, so the alpha channel matplotlib would write carries nothing; left
    in, weasyprint splits it off and re-encodes it as a separate mask in the PDF.
    """
    with house_style():
        canvas = FigureCanvasAgg(chart.figure)
        canvas.draw()
        pixels = np.asarray(canvas.buffer_rgba())[..., :3]
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(pixels)).save(buffer, format="png", dpi=(SLIDE_DPI, SLIDE_DPI))
    return buffer.getvalue()


def svg_bytes(chart: Chart) -> bytes:
    """The chart as SVG with live text, without the date and creator matplotlib would stamp in."""
    buffer = io.BytesIO()
    with house_style():
        chart.figure.savefig(buffer, format="svg", dpi=SLIDE_DPI, metadata={"Date": None, "Creator": None})
    return buffer.getvalue()


def write_chart(chart: Chart, figures_dir: Path, extension: str) -> Path:
    """Write `NAME.png` (200 dpi) or `NAME.svg`; the same chart gives the same bytes."""
    path = chart_path(chart.kind, figures_dir, extension)
    write_atomic(path, {"png": png_bytes, "svg": svg_bytes}[extension](chart))
    return path


def save_charts(charts: Sequence[Chart], figures_dir: Path) -> list[Path]:
    """Both files of each chart, in order."""
    return [write_chart(chart, figures_dir, extension) for chart in charts for extension in CHART_FORMATS]

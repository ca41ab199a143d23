"""DataFrames -> matplotlib Figures, in one house style; saving is separate from drawing.

Every chart uses `Figure`/`Axes` objects (never pyplot's global state), the same
outlet colours, and a 16:9 canvas that reads on a projector.
"""

from __future__ import annotations

import contextlib
import io
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402  (after the backend is fixed)
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from .outputs import write_atomic  # noqa: E402

# Okabe & Ito's colour-blind-safe palette, the outlets' colours in order of appearance.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
SLIDE_SIZE = (10.0, 5.625)
SLIDE_DPI = 200
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 13,
    "axes.titlesize": 16,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 13,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.labelsize": 12,
    "ytick.labelsize": 12,
    "legend.fontsize": 11,
    "legend.frameon": False,
    "svg.hashsalt": "mediabrief",
    "svg.fonttype": "none",
}


@dataclass(frozen=True, slots=True)
class Chart:
    """A drawn chart with the name its files get and the line that says where its numbers come from."""

    name: str
    title: str
    source: str
    figure: Figure


def outlet_palette(outlets: Sequence[str]) -> dict[str, str]:
    """One colour per outlet, stable for a given set of outlet names."""
    names = sorted(set(outlets))
    if len(names) <= len(OKABE_ITO):
        colours = OKABE_ITO
    else:
        cmap = matplotlib.colormaps["tab20"]
        colours = tuple(matplotlib.colors.to_hex(cmap(i % 20)) for i in range(len(names)))
    return {name: colours[i % len(colours)] for i, name in enumerate(names)}


@contextlib.contextmanager
def house_style() -> Iterator[None]:
    with plt.rc_context(STYLE):
        yield


def new_figure(height_scale: float = 1.0) -> Figure:
    width, height = SLIDE_SIZE
    return Figure(figsize=(width, height * height_scale), dpi=SLIDE_DPI, layout="constrained")


def source_label(row: pd.Series, *, width: int = 38) -> str:
    """`Outlet: short title`, wrapped so long names never run off the axis."""
    title = textwrap.shorten(str(row["title"]), width=width, placeholder="…")
    return f"{row['outlet']}\n{title}"


def add_source_line(figure: Figure, source: str) -> None:
    figure.get_layout_engine().set(h_pad=0.1)
    figure.supxlabel(f"Source: {source}", fontsize=10, color="#555555", x=0.01, ha="left")


def plot_words_per_source(articles: pd.DataFrame, palette: dict[str, str]) -> Chart:
    """Horizontal bars: body words per article, coloured by outlet."""
    title = "How much each source wrote (body words)"
    source = "mediabrief, body text after boilerplate removal; articles.csv"
    frame = articles.sort_values(["words", "article_id"], ascending=[True, True])
    with house_style():
        figure = new_figure(height_scale=_height_for(len(frame)))
        axes = figure.add_subplot()
        labels = [source_label(row) for _, row in frame.iterrows()]
        positions = range(len(frame))
        bars = axes.barh(list(positions), frame["words"], color=[palette[o] for o in frame["outlet"]])
        axes.set_yticks(list(positions), labels)
        axes.bar_label(bars, labels=[f"{w:,}" for w in frame["words"]], padding=4, fontsize=11)
        axes.set_xlabel("words in the body")
        axes.set_title(title)
        axes.margins(x=0.12)
        add_source_line(figure, source)
    return Chart("words_per_source", title, source, figure)


def _height_for(rows: int) -> float:
    """Taller canvas for many sources so that labels keep their size."""
    return max(1.0, rows / 8)


def save_chart(chart: Chart, figures_dir: Path) -> list[Path]:
    """Write `NAME.png` (200 dpi) and `NAME.svg`, without timestamps, so reruns give the same bytes."""
    paths = []
    for extension, metadata in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
        buffer = io.BytesIO()
        with house_style():
            chart.figure.savefig(buffer, format=extension, dpi=SLIDE_DPI, metadata=metadata)
        path = figures_dir / f"{chart.name}.{extension}"
        write_atomic(path, buffer.getvalue())
        paths.append(path)
    return paths

"""DataFrames -> matplotlib Figures, in one house style; saving is separate from drawing.

Every chart uses `Figure`/`Axes` objects (never pyplot's global state), the same outlet colours,
and a 16:9 canvas that reads on a projector; a chart with many sources grows taller (never smaller
type). The frames come ready to draw (labels already shortened by `charts`): nothing here reads text.
"""

from __future__ import annotations

import contextlib
import io
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.patches  # noqa: E402
import matplotlib.ticker  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from PIL import Image  # noqa: E402  (the PNG writer matplotlib itself uses)

from .charts import CHART_FORMATS, chart_path  # noqa: E402
from .outputs import write_atomic  # noqa: E402

# Okabe & Ito's colour-blind-safe palette, the outlets' colours in order of appearance.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
# Paul Tol's colour-blind-safe "muted" scheme for categories that are not outlets (speaker types).
TOL_MUTED = ("#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499")
GENDER_COLOURS = {"female": "#882255", "male": "#44AA99", "unknown": "#DDDDDD"}
TYPE_COLOURS = {"expert": "#332288", "official": "#88CCEE", "institution": "#44AA99", "media": "#DDCC77",
                "anonymous": "#CC6677", "other": "#AA4499", "unattributed": "#BBBBBB"}
MUTED_TEXT = "#555555"
SLIDE_SIZE = (10.0, 5.625)
SLIDE_DPI = 200
ROW_INCHES = 0.34
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 13,
    "axes.titlesize": 14,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 13,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "figure.titlesize": 16,
    "figure.titleweight": "bold",
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
    """One colour per outlet, stable for a given set of outlet names (Okabe-Ito, then tab20 beyond eight)."""
    names = sorted(set(outlets))
    if len(names) <= len(OKABE_ITO):
        colours = OKABE_ITO
    else:
        cmap = matplotlib.colormaps["tab20"]
        colours = tuple(matplotlib.colors.to_hex(cmap(i % 20)) for i in range(len(names)))
    return {name: colours[i % len(colours)] for i, name in enumerate(names)}


@contextlib.contextmanager
def house_style() -> Iterator[None]:
    with matplotlib.rc_context(STYLE):
        yield


def new_figure(rows: int = 0, *, per_row: float = ROW_INCHES, fixed: float = 2.2) -> Figure:
    """A 16:9 canvas, taller when `rows` rows need more than it has, so labels keep their size."""
    width, height = SLIDE_SIZE
    height = max(height, fixed + per_row * rows)
    return Figure(figsize=(width, height), dpi=SLIDE_DPI, layout="constrained")


def finish(figure: Figure, title: str, source: str) -> None:
    """The chart's title on top and its source line at the bottom, both flush left."""
    figure.suptitle(title, x=0.01, ha="left")
    figure.supxlabel(f"Source: {source}", fontsize=10, color=MUTED_TEXT, x=0.01, ha="left")
    figure.get_layout_engine().set(h_pad=0.08, w_pad=0.08)


def bar_label_size(rows: int) -> int:
    return 11 if rows <= 12 else 9


def plot_words_per_source(frame: pd.DataFrame, palette: dict[str, str], *, title: str, source: str) -> Chart:
    """Horizontal bars: body words per source (`label`, `outlet`, `words`), coloured by outlet."""
    data = frame.iloc[::-1]
    with house_style():
        figure = new_figure(len(data))
        axes = figure.add_subplot()
        positions = list(range(len(data)))
        bars = axes.barh(positions, data["words"], color=[palette[o] for o in data["outlet"]])
        axes.set_yticks(positions, list(data["label"]))
        axes.bar_label(bars, labels=[f"{w:,}" for w in data["words"]], padding=4, fontsize=bar_label_size(len(data)))
        axes.set_xlabel("words in the body")
        axes.margins(x=0.12, y=0.02)
        finish(figure, title, source)
    return Chart("words_per_source", title, source, figure)


def plot_speaker_types(counts: pd.DataFrame, *, title: str, source: str) -> Chart:
    """Stacked bars: quotes per source (rows, index = label) by speaker type (columns)."""
    data = counts.iloc[::-1]
    types = [t for t in counts.columns if counts[t].sum() > 0] or list(counts.columns[:1])
    totals = data[types].sum(axis=1)
    with house_style():
        figure = new_figure(len(data))
        axes = figure.add_subplot()
        positions = list(range(len(data)))
        left = pd.Series(0, index=data.index, dtype=float)
        widest = max(float(totals.max()), 1.0)
        for kind in types:
            values = data[kind].astype(float)
            axes.barh(positions, values, left=left, color=TYPE_COLOURS.get(kind, "#999999"), label=kind,
                      edgecolor="white", linewidth=0.8)
            for y, (value, start) in enumerate(zip(values, left)):
                if value and value / widest >= 0.045:
                    axes.text(start + value / 2, y, f"{int(value)}", ha="center", va="center",
                              fontsize=bar_label_size(len(data)), color=_ink(TYPE_COLOURS.get(kind, "#999999")))
            left = left + values
        for y, total in enumerate(totals):
            axes.text(total + widest * 0.01, y, f"{int(total)}" if total else "no quotes", va="center",
                      fontsize=bar_label_size(len(data)), color=MUTED_TEXT)
        axes.set_yticks(positions, list(data.index))
        axes.set_xlim(0, widest * 1.12)
        axes.set_xlabel("quotes (direct, partial and reported)")
        axes.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=min(len(types), 4), title="speaker type",
                    title_fontsize=11, alignment="left")
        finish(figure, title, source)
    return Chart("speaker_types", title, source, figure)


def plot_women_quoted(frame: pd.DataFrame, *, title: str, source: str) -> Chart:
    """100 % bars: named people quoted per source (`label`, `female`, `male`, `unknown`, `people`)."""
    data = frame.iloc[::-1].reset_index(drop=True)
    with house_style():
        figure = new_figure(len(data))
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
                              fontsize=bar_label_size(len(data)), color=_ink(GENDER_COLOURS[gender]))
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
    return Chart("women_quoted", title, source, figure)


def plot_distinctive_terms(terms: pd.DataFrame, order: Sequence[str], palette: dict[str, str], *,
                           title: str, source: str) -> Chart:
    """Small multiples: per source (`label`, in `order`) its top words (`term`) by z-score (`z`)."""
    count = max(len(order), 1)
    columns = min(4 if count <= 8 else 5, count)
    rows = math.ceil(count / columns)
    per_panel = int(terms.groupby("label").size().max()) if not terms.empty else 1
    with house_style():
        figure = new_figure(rows * per_panel, per_row=0.3 if rows > 1 else 0.2, fixed=1.6 + 0.5 * rows)
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
            colour = palette.get(str(data["outlet"].iloc[0]), OKABE_ITO[0])
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
    return Chart("distinctive_terms", title, source, figure)


def plot_actor_heatmap(shares: pd.DataFrame, quoted: pd.DataFrame, *, title: str, source: str) -> Chart:
    """Heatmap: sources (rows, index = label) × actors (columns), each cell the actor's share of the
    source's actor mentions; cells where the source also quoted the actor are outlined."""
    rows, columns = shares.shape
    values = shares.to_numpy(dtype=float)
    with house_style():
        figure = new_figure(rows, per_row=0.42, fixed=3.4)
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
    return Chart("actor_heatmap", title, source, figure)


def _ink(colour: str) -> str:
    """Black or white, whichever reads on `colour` (WCAG relative luminance)."""
    red, green, blue = (
        (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4) for c in matplotlib.colors.to_rgb(colour)
    )
    return "#000000" if 0.2126 * red + 0.7152 * green + 0.0722 * blue > 0.25 else "#FFFFFF"


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
    path = chart_path(chart.name, figures_dir, extension)
    write_atomic(path, {"png": png_bytes, "svg": svg_bytes}[extension](chart))
    return path


def save_charts(charts: Sequence[Chart], figures_dir: Path) -> list[Path]:
    """Both files of each chart, in order."""
    return [write_chart(chart, figures_dir, extension) for chart in charts for extension in CHART_FORMATS]

"""The house style every chart shares: fonts, sizes, the outlet palette and the 16:9 canvas.

Applied in one place (`house_style`), so a chart drawn anywhere looks like the others; a chart
with many rows grows taller rather than setting smaller type.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")

import matplotlib.colors  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from ..records import SpeakerType  # noqa: E402
from .kinds import ByKind, ChartKind  # noqa: E402

# Okabe & Ito's colour-blind-safe palette, the outlets' colours in order of appearance.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
GENDER_COLOURS = {"female": "#882255", "male": "#44AA99", "unknown": "#DDDDDD"}
TYPE_COLOURS = {SpeakerType.EXPERT.value: "#332288", SpeakerType.OFFICIAL.value: "#88CCEE",
                SpeakerType.INSTITUTION.value: "#44AA99", SpeakerType.MEDIA.value: "#DDCC77",
                SpeakerType.ANONYMOUS.value: "#CC6677", SpeakerType.OTHER.value: "#AA4499", "unattributed": "#BBBBBB"}
MUTED_TEXT = "#555555"
OTHERS_COLOUR = "#BBBBBB"  # the sources beyond the largest, merged into one row or band
SLIDE_SIZE = (10.0, 5.625)
SLIDE_DPI = 200
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
    # Labels are anyone's text: an outlet named `$x^{$` is a name, not mathtext (which would raise).
    "text.parse_math": False,
}


@dataclass(frozen=True, slots=True)
class Chart(ByKind):
    """A drawn chart and its kind, which names its files and says where its numbers come from."""

    kind: ChartKind
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


def new_figure() -> Figure:
    """A 16:9 canvas, whatever the number of sources: a slide's shape. The plans cap the rows
    (the largest sources, then "others") so that labels keep their size."""
    return Figure(figsize=SLIDE_SIZE, dpi=SLIDE_DPI, layout="constrained")


def finish(figure: Figure, title: str, source: str) -> None:
    """The chart's title on top and its source line at the bottom, both flush left."""
    figure.suptitle(title, x=0.01, ha="left")
    figure.supxlabel(f"Source: {source}", fontsize=10, color=MUTED_TEXT, x=0.01, ha="left")
    figure.get_layout_engine().set(h_pad=0.08, w_pad=0.08)


def bar_label_size(rows: int) -> int:
    return 11 if rows <= 12 else 9


def ink(colour: str) -> str:
    """Black or white, whichever reads on `colour` (WCAG relative luminance)."""
    red, green, blue = (
        (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4) for c in matplotlib.colors.to_rgb(colour)
    )
    return "#000000" if 0.2126 * red + 0.7152 * green + 0.0722 * blue > 0.25 else "#FFFFFF"

"""Charts: DataFrames in, Figures out, in one style; nothing clipped, nothing drawn on pyplot's global state."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.backends.backend_agg import FigureCanvasAgg
import pandas as pd
import pytest
from matplotlib.text import Text

from mediabrief.charts.draw import save_charts
from mediabrief.charts.kinds import ChartKind
from mediabrief.charts.plots import (
    plot_actor_heatmap,
    plot_coverage,
    plot_distinctive_terms,
    plot_speaker_types,
    plot_women_quoted,
    plot_words_per_source,
)
from mediabrief.charts.style import OKABE_ITO, SLIDE_SIZE, Chart, house_style, outlet_palette
from mediabrief.compare.timeline import Interval
from mediabrief.charts.timeline_plot import plot_timeline

TITLES = {"title": "A chart", "source": "a table"}
LABELS = ["Eurasia Review (opinion)", "Samakal English", "Eurasia Review (analysis)", "Newsweek"]
OUTLETS = ["Eurasia Review", "Samakal English", "Eurasia Review", "Newsweek"]


def words_chart():
    frame = pd.DataFrame({"label": LABELS, "colour": OUTLETS, "articles": [1, 1, 1, 1], "words": [1229, 1320, 1086, 968]})
    return Chart(ChartKind.WORDS_PER_SOURCE, plot_words_per_source(frame, outlet_palette(OUTLETS), **TITLES))


def types_chart():
    counts = pd.DataFrame({"expert": [0, 0, 15, 1], "official": [0, 11, 3, 2], "media": [0, 3, 4, 0],
                           "unattributed": [1, 1, 0, 0]}, index=LABELS)
    return Chart(ChartKind.SPEAKER_TYPES, plot_speaker_types(counts, **TITLES))


def women_chart():
    frame = pd.DataFrame({"label": LABELS, "female": [0, 1, 0, 0], "male": [0, 3, 1, 0], "unknown": [0, 2, 7, 2],
                          "people": [0, 6, 8, 2]})
    return Chart(ChartKind.WOMEN_QUOTED, plot_women_quoted(frame, **TITLES))


def heatmap_chart(rows: int = 4):
    labels = [f"Source number {i}" for i in range(rows)]
    shares = pd.DataFrame([[0.3, 0.1, 0.0], [0.2, 0.0, 0.05]] * (rows // 2), index=labels,
                          columns=["Kim Jong Un", "Vladimir\nPutin", "Seong Ok Yoo"])
    quoted = shares.gt(0.15)
    return Chart(ChartKind.ACTOR_HEATMAP, plot_actor_heatmap(shares, quoted, **TITLES))


def terms_chart():
    terms = pd.DataFrame({"label": ["Samakal English"] * 3 + ["Newsweek"] * 2, "colour": ["Samakal English"] * 3
                          + ["Newsweek"] * 2, "term": ["space", "visit", "technological", "mutual", "oil"],
                          "z": [1.8, 1.6, 1.4, 1.5, 1.3]})
    return Chart(ChartKind.DISTINCTIVE_TERMS, plot_distinctive_terms(terms, ["Samakal English", "Newsweek", "Empty source"],
                                  outlet_palette(OUTLETS), **TITLES))


def timeline_chart(events: list[tuple[str, date, date]]):
    frame = pd.DataFrame([{"label": label, "colour": label, "first": first, "last": last, "offset": 0}
                          for label, first, last in events])
    windows = pd.DataFrame([{"label": "A", "first": date(2023, 9, 15), "last": date(2023, 9, 15)},
                            {"label": "B", "first": date(2023, 9, 1), "last": date(2023, 9, 30)}])
    interval = Interval(date(2023, 9, 1), date(2023, 9, 30), "month")
    zoom = (date(2023, 8, 18), date(2023, 10, 4)) if events[0][1].year < 2010 else None
    assert interval.overlaps(Interval(date(2023, 9, 13), date(2023, 9, 13), "day"))
    return Chart(ChartKind.TIMELINE, plot_timeline(frame, windows, ["A", "B"], {"A": OKABE_ITO[0], "B": OKABE_ITO[1]}, zoom=zoom, **TITLES))


WIDE = [("A", date(2000, 1, 1), date(2000, 12, 31)), ("A", date(2023, 9, 13), date(2023, 9, 13)),
        ("B", date(2023, 9, 23), date(2023, 9, 23))]
NARROW = [("A", date(2023, 9, 11), date(2023, 9, 11)), ("B", date(2023, 9, 13), date(2023, 9, 13)),
          ("B", date(2023, 9, 11), date(2023, 9, 17))]
def many_terms_chart():
    """As many panels as the plan draws, with long outlet names: titles must wrap inside their panel."""
    from mediabrief.charts.plan import MAX_PANELS
    from mediabrief.compare.sources import wrap_label

    labels = [f"The Washington Observer and Evening Tribune {i}" for i in range(MAX_PANELS)]
    short = [wrap_label(v, 17, lines=2) for v in labels]
    terms = pd.DataFrame([{"label": label, "colour": "X", "term": f"word{j}", "z": 1.0 - j / 10}
                          for label in short for j in range(6)])
    return Chart(ChartKind.DISTINCTIVE_TERMS, plot_distinctive_terms(terms, short, {"X": OKABE_ITO[0]}, **TITLES))


def coverage_chart():
    counts = pd.DataFrame([{"period": date(2016, 9, d), "label": label, "colour": label, "articles": n, "words": 700 * n}
                           for d in range(1, 29) for label, n in (("Politico", d % 3), ("Breitbart", 1 + d % 2))
                           if n])
    peaks = [(date(2016, 9, 2), 4), (date(2016, 9, 5), 4)]
    return Chart(ChartKind.COVERAGE, plot_coverage(counts, ["Politico", "Breitbart"], outlet_palette(["Politico", "Breitbart"]),
                                                   unit="day", peaks=peaks, **TITLES))


CHARTS = {
    "many-terms": many_terms_chart, "coverage": coverage_chart,
    "words": words_chart, "types": types_chart, "women": women_chart, "heatmap": heatmap_chart,
    "terms": terms_chart, "timeline-wide": lambda: timeline_chart(WIDE),
    "timeline-week": lambda: timeline_chart(NARROW),
}


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_charts_are_16_9_and_leave_pyplot_alone(name):
    before = plt.get_fignums()
    chart = CHARTS[name]()
    assert plt.get_fignums() == before
    assert tuple(chart.figure.get_size_inches()) == SLIDE_SIZE
    assert chart.figure.get_suptitle() == "A chart"


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_no_label_runs_off_the_canvas(name):
    chart = CHARTS[name]()
    renderer = FigureCanvasAgg(chart.figure).get_renderer()
    with house_style():
        chart.figure.draw(renderer)
    width, height = chart.figure.get_size_inches()
    drawn = chart.figure.get_tightbbox(renderer)  # every drawn artist: ticks, labels, legends, titles, notes
    assert drawn.x0 >= -0.01 and drawn.y0 >= -0.01, (name, drawn)
    assert drawn.x1 <= width + 0.01 and drawn.y1 <= height + 0.01, (name, drawn)
    texts = [t for t in chart.figure.findobj(Text) if t.get_visible() and t.get_text().strip()]
    assert texts


def test_the_wide_timeline_gets_a_zoomed_panel_and_the_narrow_one_does_not():
    wide, narrow = timeline_chart(WIDE), timeline_chart(NARROW)
    assert len([a for a in wide.figure.axes if a.axison]) == 2
    assert len([a for a in narrow.figure.axes if a.axison]) == 1


def test_the_outlet_palette_is_stable_and_colour_blind_safe():
    palette = outlet_palette(["B", "A", "B"])
    assert palette == outlet_palette(["A", "B"]) == {"A": OKABE_ITO[0], "B": OKABE_ITO[1]}
    many = outlet_palette([f"outlet {i}" for i in range(20)])
    assert len(set(many.values())) == 20


def test_saving_twice_gives_the_same_bytes(tmp_path: Path):
    first, second = tmp_path / "one", tmp_path / "two"
    chart = types_chart()
    paths = save_charts([chart], first) + save_charts([types_chart()], second)
    for a, b in zip(paths[:2], paths[2:]):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert {p.suffix for p in paths} == {".png", ".svg"}


@pytest.mark.parametrize("label", ["$x^{$", "$", "costs $5 and $10", r"\frac{$"])
def test_a_label_that_looks_like_mathtext_is_drawn_as_text(tmp_path: Path, label):
    # Outlet names are anyone's text: mathtext would raise on `$x^{$` when the chart is saved.
    labels = [label, "Newsweek"]
    frame = pd.DataFrame({"label": labels, "colour": labels, "articles": [1, 2], "words": [900, 1200]})
    chart = Chart(ChartKind.WORDS_PER_SOURCE, plot_words_per_source(frame, outlet_palette(labels), **TITLES))
    png, svg = save_charts([chart], tmp_path)
    assert png.read_bytes().startswith(b"\x89PNG") and svg.suffix == ".svg"
    assert [t.get_text() for t in chart.figure.axes[0].get_yticklabels()][-1] == label
    assert f">{label}</text>" in svg.read_text("utf-8")  # live text, every `$` kept

"""Which charts the briefing shows, drawn from the tables in the house style."""

from __future__ import annotations

from .plots import Chart, outlet_palette, plot_words_per_source
from .tables import Tables


def draw_charts(tables: Tables) -> list[Chart]:
    palette = outlet_palette(tables.articles["outlet"].tolist())
    return [plot_words_per_source(tables.articles, palette)]

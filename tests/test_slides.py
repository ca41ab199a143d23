"""`mediabrief slides`: a title slide, the key findings, one slide per chart, the quote table, notes with sources."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from pptx import Presentation

from mediabrief.cli import main

from .conftest import SEEDS


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    out = tmp_path_factory.mktemp("slides")
    figures = tmp_path_factory.mktemp("slide-figures")
    code = main(["slides", str(SEEDS), "--out", str(out), "--figures", str(figures), "--quiet"])
    return {"code": code, "out": out, "figures": figures}


def test_the_deck_has_a_title_findings_chart_and_quote_slides(deck):
    assert deck["code"] == 0
    presentation = Presentation(str(deck["out"] / "briefing.pptx"))
    charts = sorted(deck["figures"].glob("*.png"))
    titles = [slide.shapes.title.text for slide in presentation.slides]
    quote_slides = [t for t in titles if t.startswith("Who said what")]
    assert titles[1] == "Key findings"
    assert len(titles) == 2 + len(charts) + len(quote_slides)
    assert len(charts) == 6 and 1 <= len(quote_slides) <= math.ceil(24 / 6)
    assert not list(deck["out"].glob("*.part"))


def test_chart_slides_are_titled_by_a_finding_and_carry_the_source_in_the_notes(deck):
    presentation = Presentation(str(deck["out"] / "briefing.pptx"))
    chart_slides = [s for s in presentation.slides if any(sh.shape_type == 13 for sh in s.shapes)]
    assert len(chart_slides) == 6
    for slide in chart_slides:
        assert "Source:" in slide.notes_slide.notes_text_frame.text
    articles = pd.read_csv(SEEDS / "metadata.csv")
    finding_titles = [s.shapes.title.text for s in chart_slides]
    assert any(any(outlet in title for outlet in articles["outlet"]) for title in finding_titles)


def test_every_quote_on_a_slide_keeps_its_source_and_speaker(deck):
    presentation = Presentation(str(deck["out"] / "briefing.pptx"))
    for slide in presentation.slides:
        if not slide.shapes.title.text.startswith("Who said what"):
            continue
        table = next(sh for sh in slide.shapes if sh.has_table).table
        for row in list(table.rows)[1:]:
            source, speaker, quote = (cell.text for cell in row.cells)
            assert source and speaker and quote.startswith("“")


def test_nothing_sits_off_the_slide(deck):
    presentation = Presentation(str(deck["out"] / "briefing.pptx"))
    width, height = presentation.slide_width, presentation.slide_height
    assert width * 9 == height * 16
    for slide in presentation.slides:
        for shape in slide.shapes:
            assert 0 <= shape.left and shape.left + shape.width <= width, shape.name
            assert 0 <= shape.top and shape.top + shape.height <= height, shape.name

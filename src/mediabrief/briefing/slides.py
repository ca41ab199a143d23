"""The briefing as slides (python-pptx): title, key findings, one slide per chart, the quote table.

Each chart slide's title is the key finding the chart shows (else the chart's title); its speaker
notes carry the chart's source line. Written atomically, like every other output. Every text
passes `display.plain_text` (no control characters, a length a slide can hold).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from PIL import Image
from pptx import Presentation
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Inches, Pt

from ..charts.kinds import chart_path
from ..outputs import write_atomic
from .display import MAX_SHOWN, MAX_TITLE, plain_text
from .findings import Finding
from .structure import ChartPart, Highlight, Report

WIDTH, HEIGHT = Emu(12192000), Emu(6858000)  # 13.333 × 7.5 in: exactly 16:9
MARGIN = Inches(0.5)
QUOTES_PER_SLIDE = 6
TITLE_LAYOUT, TITLE_ONLY_LAYOUT = 0, 5
# Characters of the quote table's source and speaker cells (a quote is shortened by `structure`).
MAX_SOURCE_CELL, MAX_SPEAKER_CELL = 60, 100
MAX_PROPERTY = 255  # characters of a document property (python-pptx refuses a longer title)
MAX_DECK_TITLE = 100  # characters of the title slide's title: three lines of its 44 pt


def write_slides(report: Report, *, out_dir: Path, figures_dir: Path) -> Path:
    """Write `out_dir/briefing.pptx` from the report and the charts already saved as PNG in `figures_dir`."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    deck.core_properties.title = plain_text(report.title, MAX_PROPERTY)
    deck.core_properties.author = "mediabrief"
    add_title_slide(deck, report.title, report.subtitle)
    if report.findings:
        add_findings_slide(deck, report.findings)
    for part in report.charts:
        add_chart_slide(deck, part, chart_path(part.kind, figures_dir, "png"))
    rows = report.highlights
    for start in range(0, len(rows), QUOTES_PER_SLIDE):
        part = f" ({start // QUOTES_PER_SLIDE + 1} of {-(-len(rows) // QUOTES_PER_SLIDE)})" \
            if len(rows) > QUOTES_PER_SLIDE else ""
        add_quote_slide(deck, rows[start:start + QUOTES_PER_SLIDE], f"Who said what{part}")
    buffer = io.BytesIO()
    deck.save(buffer)
    path = out_dir / "briefing.pptx"
    write_atomic(path, buffer.getvalue())
    return path


def add_title_slide(deck: PresentationType, title: str, subtitle: str) -> Slide:
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_LAYOUT])
    slide.shapes.title.text = plain_text(title, MAX_DECK_TITLE)
    slide.placeholders[1].text = plain_text(subtitle)
    _notes(slide, "Source: metadata.csv and the article files; figures by mediabrief.")
    return slide


def add_findings_slide(deck: PresentationType, findings: Sequence[Finding]) -> Slide:
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY_LAYOUT])
    _title(slide, "Key findings", size=32)
    box = slide.shapes.add_textbox(MARGIN, Inches(1.5), WIDTH - 2 * MARGIN, HEIGHT - Inches(2.0))
    frame = box.text_frame
    frame.word_wrap = True
    size = Pt(17 if len(findings) <= 6 else 15)
    for index, finding in enumerate(findings):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.text = f"{index + 1}. {plain_text(finding.text, MAX_TITLE)}"
        paragraph.font.size = size
        paragraph.space_after = Pt(8)
    _notes(slide, "Source: the tables of this run (articles, quotes, actors, dates CSV); see the PDF briefing.")
    return slide


def add_chart_slide(deck: PresentationType, chart: ChartPart, png: Path) -> Slide:
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY_LAYOUT])
    finding = chart.finding
    _title(slide, finding or chart.title, size=(20 if len(finding) > 170 else 22) if finding else 30)
    top = Inches(1.55)
    box_width, box_height = WIDTH - 2 * MARGIN, HEIGHT - top - Inches(0.2)
    with Image.open(png) as image:  # the chart's own proportions: a chart with many rows is taller than 16:9
        width_px, height_px = image.size
    scale = min(box_width / width_px, box_height / height_px)
    width, height = Emu(int(width_px * scale)), Emu(int(height_px * scale))
    slide.shapes.add_picture(str(png), int((WIDTH - width) / 2), top, width, height)
    _notes(slide, f"{chart.title}. Source: {chart.source}.")
    return slide


def add_quote_slide(deck: PresentationType, rows: Sequence[Highlight], heading: str) -> Slide:
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY_LAYOUT])
    _title(slide, heading, size=30)
    shape = slide.shapes.add_table(len(rows) + 1, 3, MARGIN, Inches(1.45), WIDTH - 2 * MARGIN,
                                   Inches(0.4) * (len(rows) + 1))
    table = shape.table
    widths = (Inches(2.4), Inches(3.2), WIDTH - 2 * MARGIN - Inches(5.6))
    for column, width in zip(table.columns, widths):
        column.width = width
    for column, text in enumerate(("Source", "Speaker", "Quote")):
        _cell(table.cell(0, column), text, bold=True)
    for row_index, row in enumerate(rows, start=1):
        _cell(table.cell(row_index, 0), plain_text(row.source, MAX_SOURCE_CELL))
        _cell(table.cell(row_index, 1), plain_text(row.speaker, MAX_SPEAKER_CELL))
        _cell(table.cell(row_index, 2), f"“{plain_text(row.text)}”")
    _notes(slide, "Source: quotes.csv (direct quotes with a named speaker; the longest per speaker and source).")
    return slide


def _cell(cell, text: str, *, bold: bool = False) -> None:  # noqa: ANN001
    cell.text = text
    for paragraph in cell.text_frame.paragraphs:
        paragraph.font.size = Pt(12)
        paragraph.font.bold = bold


def _title(slide: Slide, text: str, *, size: int) -> None:
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = MARGIN, Inches(0.25), WIDTH - 2 * MARGIN, Inches(1.2)
    shape.text = plain_text(text, MAX_TITLE)
    frame = shape.text_frame
    frame.word_wrap = True
    for paragraph in frame.paragraphs:
        paragraph.font.size = Pt(size)
        paragraph.font.bold = True
        paragraph.alignment = PP_ALIGN.LEFT


def _notes(slide: Slide, text: str) -> None:
    slide.notes_slide.notes_text_frame.text = plain_text(text, MAX_SHOWN)

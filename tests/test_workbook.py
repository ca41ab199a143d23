"""tables.xlsx: the CSV tables as sheets, readable in Excel, within Excel's limits, the same bytes every run."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone

import openpyxl
import pandas as pd
import pytest

from mediabrief.cli import main
from mediabrief.tables import workbook
from mediabrief.tables.build import Tables
from mediabrief.tables.files import write_table_files
from mediabrief.tables.workbook import CUT_MARKER, MAX_CELL_CHARS, MAX_COLUMN_WIDTH, workbook_bytes

from .conftest import SEEDS

TABLE_NAMES = ["articles", "quotes", "actors", "dates", "boilerplate", "skipped", "duplicates"]


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory):
    """`mediabrief analyze seeds` into one folder as CSV and into another as Parquet (one cache)."""
    root = tmp_path_factory.mktemp("workbook")
    for table_format in ("csv", "parquet"):
        code = main(["analyze", str(SEEDS), "--out", str(root / table_format), "--format", table_format,
                     "--cache-dir", str(root / "cache"), "--quiet"])
        assert code == 0
    return root


def read_back(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def test_every_table_is_a_sheet_with_the_csv_columns_and_rows(analyzed):
    path = analyzed / "csv" / "tables.xlsx"
    assert read_back(path.read_bytes()).sheetnames == TABLE_NAMES  # the CSVs' order, nothing else
    sheets = pd.read_excel(path, sheet_name=None)
    for name in TABLE_NAMES:
        csv = pd.read_csv(analyzed / "csv" / f"{name}.csv")
        assert list(sheets[name].columns) == list(csv.columns), name
        # Floats to Excel's precision (xlsxwriter writes 16 significant digits); all else exactly.
        pd.testing.assert_frame_equal(sheets[name], csv, check_dtype=False, obj=name)
    assert len(sheets["quotes"]) > 20 and len(sheets["actors"]) > 50  # the seeds do fill the tables


def test_an_empty_table_is_a_sheet_with_its_header_row(analyzed):
    book = read_back((analyzed / "csv" / "tables.xlsx").read_bytes())
    for name in ("skipped", "duplicates"):  # the seeds skip nothing and hold no duplicates
        sheet = book[name]
        assert sheet.max_row == 1, name
        assert [cell.value for cell in sheet[1]] == list(pd.read_csv(analyzed / "csv" / f"{name}.csv").columns)


def test_parquet_runs_write_the_same_workbook_byte_for_byte(analyzed):
    # Two runs, each writing its tables in another format, give one workbook.
    csv, parquet = analyzed / "csv" / "tables.xlsx", analyzed / "parquet" / "tables.xlsx"
    assert csv.read_bytes() == parquet.read_bytes()


def test_the_workbook_path_comes_after_the_tables(analyzed, tmp_path):
    tables = Tables(**{name: pd.read_csv(analyzed / "csv" / f"{name}.csv") for name in TABLE_NAMES[:-1]})
    written = write_table_files(tables, [], tmp_path)
    assert [p.name for p in written] == [f"{name}.csv" for name in TABLE_NAMES] + ["tables.xlsx"]
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_two_writes_give_the_same_bytes_and_no_wall_clock_time(analyzed, monkeypatch):
    frames = [(name, pd.read_csv(analyzed / "csv" / f"{name}.csv")) for name in TABLE_NAMES]
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = workbook_bytes(frames)
    assert workbook_bytes(frames) == first
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z" in archive.read(
        "docProps/core.xml").decode()
    assert {info.date_time[0] for info in archive.infolist()} == {1980}  # not today's date

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1694563200")  # 2023-09-13 00:00 UTC
    assert workbook.workbook_created() == datetime(2023, 9, 13, tzinfo=timezone.utc)
    stamped = workbook_bytes(frames)
    assert stamped == workbook_bytes(frames) and stamped != first
    assert "2023-09-13T00:00:00Z" in zipfile.ZipFile(io.BytesIO(stamped)).read("docProps/core.xml").decode()


def test_each_sheet_has_a_bold_frozen_header_a_filter_and_widths_from_the_content(analyzed):
    book = read_back((analyzed / "csv" / "tables.xlsx").read_bytes())
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        assert all(cell.font.bold for cell in sheet[1]), sheet.title
    quotes = book["quotes"]
    header = [cell.value for cell in quotes[1]]
    text, article_id = quotes.cell(1, header.index("text") + 1).column_letter, "A"
    longest_id = max(len(row[0]) for row in quotes.iter_rows(min_row=2, values_only=True))
    # A short column fits its longest value; the quotes' text is capped and wraps.
    assert longest_id < quotes.column_dimensions[article_id].width < longest_id + 4
    assert MAX_COLUMN_WIDTH <= quotes.column_dimensions[text].width < MAX_COLUMN_WIDTH + 4
    assert quotes[f"{text}2"].alignment.wrap_text and not quotes["A2"].alignment.wrap_text


def test_missing_values_are_empty_cells_and_text_stays_text():
    frame = pd.DataFrame({
        "article_id": ["a.txt", "b.txt", "c.txt"],
        "author": ["Max Kim", None, float("nan")],
        "text": ["=SUM(A1)", "https://example.org/story?id=1", "2023"],
        "share": [0.5, float("nan"), float("inf")],
    })
    data = workbook_bytes([("quotes", frame)])
    sheet = read_back(data)["quotes"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in rows] == ["Max Kim", None, None]
    assert [row[2] for row in rows] == ["'=SUM(A1)", "https://example.org/story?id=1", "2023"]  # `'`: text to Excel
    assert [cell.data_type for cell in sheet["C"][1:]] == ["s", "s", "s"]  # not a formula, link or number
    assert [row[3] for row in rows] == [0.5, None, "inf"]  # the CSV's "inf": Excel has no infinite number
    xml = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "hyperlink" not in xml and ">nan<" not in xml


def test_a_text_over_the_cell_limit_is_cut_with_a_visible_marker():
    long_text = "The minister said the talks would go on. " * 1000  # 41,000 characters
    emoji = "🙂" * 20_000  # 20,000 characters but 40,000 UTF-16 units, as Excel counts
    frame = pd.DataFrame({"article_id": ["a.txt", "b.txt", "c.txt"], "text": [long_text, emoji, "short"]})
    cells = [row[1] for row in read_back(workbook_bytes([("quotes", frame)]))["quotes"].iter_rows(
        min_row=2, values_only=True)]
    for cell, original in zip(cells[:2], (long_text, emoji)):
        assert cell.endswith(CUT_MARKER) and original.startswith(cell.removesuffix(CUT_MARKER))
        units = len(cell.encode("utf-16-le")) // 2
        assert MAX_CELL_CHARS - 2 <= units <= MAX_CELL_CHARS
    assert cells[2] == "short"


def test_a_table_over_the_row_limit_continues_on_further_sheets(monkeypatch):
    monkeypatch.setattr(workbook, "MAX_SHEET_ROWS", 4)  # a header and three rows a sheet
    quotes = pd.DataFrame({"article_id": [f"{n}.txt" for n in range(8)], "start": range(8)})
    skipped = pd.DataFrame({"file": ["x.pdf"], "reason": ["a PDF"]})
    book = read_back(workbook_bytes([("quotes", quotes), ("skipped", skipped)]))
    assert book.sheetnames == ["quotes", "quotes (2)", "quotes (3)", "skipped"]
    parts = [pd.DataFrame(book[name].values) for name in book.sheetnames[:3]]
    assert [len(part) for part in parts] == [4, 4, 3]  # each part repeats the header row
    assert all(part.iloc[0].tolist() == ["article_id", "start"] for part in parts)
    rows = pd.concat([part.iloc[1:] for part in parts], ignore_index=True)
    assert rows.values.tolist() == quotes.values.tolist()


def test_a_rerun_with_the_same_tables_keeps_the_workbook_and_a_change_writes_it_again(tmp_path):
    out = tmp_path / "out"
    assert main(["analyze", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    workbook = out / "tables.xlsx"
    first = workbook.stat().st_mtime_ns
    assert main(["analyze", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    assert workbook.stat().st_mtime_ns == first  # same tables: kept, not written again
    workbook.write_bytes(b"edited by hand")
    assert main(["analyze", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    assert workbook.read_bytes().startswith(b"PK")  # not the recorded file: written again

"""Tables -> one Excel workbook (`tables.xlsx`), a sheet per table, for analysts who open Excel first.

The CSV (or Parquet) files stay the record; the workbook holds the same columns and rows, made
readable: a bold header row frozen in place, an autofilter, and column widths from the content.
The same tables give the same bytes on every run.

Every text cell, here and in the CSV files, is `spreadsheet_text`: without control characters, and
with a leading `'` when it would start a formula (OWASP's advice against CSV injection).
"""

from __future__ import annotations

import io
import math
import os
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, TypeGuard

import pandas as pd

from ..safety import strip_controls

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.workbook import Workbook

WORKBOOK_NAME = "tables.xlsx"
# Excel's own limits (https://support.microsoft.com/office/1672b34d-7043-467e-8e27-269d656771c3):
# rows in a sheet, header included, and characters (UTF-16 units) in a cell.
MAX_SHEET_ROWS = 1_048_576
MAX_CELL_CHARS = 32_767
CUT_MARKER = " [… cut at Excel's 32,767-character cell limit; the .csv or .parquet table has the full text]"
MAX_COLUMN_WIDTH = 60  # characters; a longer text wraps within the column instead
ROWS_PER_BLOCK = 10_000  # rows turned into Python values at a time
# A cell starting with one of these is a formula to Excel, LibreOffice or Google Sheets (OWASP, "CSV
# Injection"); a text cell that would start with one starts with a `'` instead, which makes it text.
# A CR is stored as a newline (`strip_controls`), so a leading newline counts as the CR it was.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Room for the autofilter's drop-down button beside the header text.
WIDTH_PADDING = 2
# docProps/core.xml's creation date when SOURCE_DATE_EPOCH is not set: any fixed instant will do.
FIXED_CREATED = datetime(2000, 1, 1, tzinfo=timezone.utc)
WRITER_OPTIONS = {
    # Article text is data, never a formula or a link: "=SUM(A1)" or a URL in a quote stays the
    # text it was (the CSV's), and a workbook of many URLs does not hit Excel's limit on links.
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,  # "2023" in `published` stays text, as in the CSV
    # Each row goes to a scratch file once the next begins, so memory stays flat however large
    # the corpus (holding every cell took ~190 bytes a cell: 380 MB at 4,000 articles). Rows must
    # then be written in order, which is why the sheets are written here and not by `to_excel`.
    "constant_memory": True,
}


@dataclass(frozen=True, slots=True)
class SheetFormats:
    """The workbook's three cell formats, made once and shared by every sheet."""

    header: Format
    fitting: Format
    wrapping: Format


def workbook_bytes(frames: Sequence[tuple[str, pd.DataFrame]], *, created: datetime | None = None) -> bytes:
    """One .xlsx holding each named table as one sheet (or several, past Excel's row limit), in order.

    A text longer than an Excel cell holds is cut, with `CUT_MARKER` at its end; the CSV (or Parquet)
    file keeps the full text. Missing values are empty cells. `created` (else `workbook_created()`)
    is the only date stamped into the file, so equal tables give equal bytes.

    Notes: xlsxwriter through pandas' ExcelWriter, in constant-memory mode. Its zip entries carry
    fixed timestamps (1980-01-31, in any time zone), and docProps/core.xml carries `created`.
    """
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="mediabrief-xlsx-") as scratch:
        options = {**WRITER_OPTIONS, "tmpdir": scratch}
        with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
            book: Workbook = writer.book
            book.set_properties({"created": created or workbook_created()})
            formats = SheetFormats(
                header=book.add_format({"bold": True, "valign": "top", "bottom": 1}),
                # Top-aligned, so a row made tall by one wrapped text reads across from its top line.
                fitting=book.add_format({"valign": "top"}),
                wrapping=book.add_format({"valign": "top", "text_wrap": True}),
            )
            for name, frame in frames:
                for sheet_name, part in sheet_parts(name, frame):
                    write_sheet(book, sheet_name, part, formats)
    return buffer.getvalue()


def workbook_created(environ: Mapping[str, str] = os.environ) -> datetime:
    """SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention) when set, else a constant.

    An unreadable value falls back to the constant: a reproducible date matters more than this one.
    """
    try:
        return datetime.fromtimestamp(int(environ["SOURCE_DATE_EPOCH"]), tz=timezone.utc)
    except (KeyError, ValueError, OverflowError, OSError):
        return FIXED_CREATED


def sheet_parts(name: str, frame: pd.DataFrame) -> Iterator[tuple[str, pd.DataFrame]]:
    """`(sheet name, rows)` for one table: `name`, then `name (2)`, `name (3)`… past Excel's row limit.

    An empty table is one sheet, so its header row is still there.
    """
    rows_per_sheet = MAX_SHEET_ROWS - 1  # each sheet repeats the header row
    for number, start in enumerate(range(0, max(len(frame), 1), rows_per_sheet), start=1):
        yield (name if number == 1 else f"{name} ({number})"), frame.iloc[start:start + rows_per_sheet]


def write_sheet(book: Workbook, sheet_name: str, frame: pd.DataFrame, formats: SheetFormats) -> None:
    """One sheet: the bold header frozen above the rows, an autofilter, widths from the content."""
    frame = cut_long_texts(spreadsheet_cells(frame))
    sheet = book.add_worksheet(sheet_name)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(frame), len(frame.columns) - 1)
    # Before any row: a cell written without a format of its own takes its column's.
    for column, longest in enumerate(longest_texts(frame)):
        width = min(longest, MAX_COLUMN_WIDTH)
        sheet.set_column(column, column, width + WIDTH_PADDING,
                         formats.wrapping if longest > width else formats.fitting)
    sheet.write_row(0, 0, [str(name) for name in frame.columns], formats.header)
    # A block of rows at a time: a copy of the whole table as Python objects would cost more
    # memory than the table itself.
    for start in range(0, len(frame), ROWS_PER_BLOCK):
        block = cell_values(frame.iloc[start:start + ROWS_PER_BLOCK])
        for number, row in enumerate(block.itertuples(index=False, name=None), start=start + 1):
            sheet.write_row(number, 0, row)


def cell_values(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` as Python values xlsxwriter writes by type: None (an empty cell) for a missing value,
    and an infinity as the text the CSV has ("inf"), since an Excel number cannot be one."""
    values = frame.astype(object).where(frame.notna(), None)
    for name in frame.columns:
        if frame[name].dtype.kind == "f" and frame[name].abs().eq(math.inf).any():
            values[name] = values[name].map(lambda v: str(v) if isinstance(v, float) and math.isinf(v) else v)
    return values


def spreadsheet_text(value: object) -> object:
    """A text as a spreadsheet cell holds it: control characters stripped (a CR becomes a newline, so a
    CSV row cannot split), and a `'` before a text that would start a formula. Any other value as is.

    Notes: OWASP's CSV-injection advice (prefix `=`, `+`, `-`, `@`, tab and CR with a single quote).
    """
    if not isinstance(value, str):
        return value
    text = strip_controls(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def spreadsheet_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with every text cell `spreadsheet_text`; numbers (a numeric column's -3) stay numbers.

    The header cells too: a metadata.csv's own column names become columns of articles.csv.
    """
    texts = [name for name in frame.columns if frame[name].dtype.kind in "OSTU"]
    if texts:
        frame = frame.assign(**{name: frame[name].map(spreadsheet_text) for name in texts})
    headers = {name: spreadsheet_text(name) for name in frame.columns}
    if any(header != name for name, header in headers.items()):
        frame = frame.rename(columns=headers)
    return frame


def longest_texts(frame: pd.DataFrame) -> list[int]:
    """Per column, the length of its longest value as text, or of its header when that is longer."""
    lengths = []
    for name in frame.columns:
        values = frame[name].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        lengths.append(max(longest, len(str(name))))
    return lengths


def cut_long_texts(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with every text over `MAX_CELL_CHARS` UTF-16 units cut to fit, ending in `CUT_MARKER`.

    Left alone, xlsxwriter would cut it silently; the marker sends the reader to the table file for the rest.
    """
    texts = [name for name in frame.columns
             if frame[name].dtype.kind in "OT" and frame[name].map(_too_long, na_action="ignore").any()]
    if not texts:
        return frame
    return frame.assign(**{name: frame[name].map(cut_text) for name in texts})


def cut_text(value: object) -> object:
    """A text cut to end in `CUT_MARKER` within `MAX_CELL_CHARS` UTF-16 units; any other value as is."""
    if not _too_long(value):
        return value
    keep = (MAX_CELL_CHARS - _utf16_units(CUT_MARKER)) * 2
    # Cut in UTF-16, as Excel counts; "ignore" drops half of a surrogate pair split at the cut.
    return value.encode("utf-16-le")[:keep].decode("utf-16-le", errors="ignore") + CUT_MARKER


def _too_long(value: object) -> TypeGuard[str]:
    # A text of up to half the limit in characters cannot exceed it in UTF-16 units: skip encoding it.
    return isinstance(value, str) and len(value) > MAX_CELL_CHARS // 2 and _utf16_units(value) > MAX_CELL_CHARS


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2

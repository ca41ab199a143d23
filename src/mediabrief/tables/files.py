"""Tables -> files: UTF-8 CSV (the default) or Parquet for large corpora, and tables.xlsx, each written atomically.

The CSV and the workbook hold each text as `workbook.spreadsheet_text` makes it (no control
characters, a `'` before a would-be formula); Parquet, read by programs rather than by spreadsheet
applications, keeps every value as it was.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..engine.cache import hash_sources, package_sources
from ..errors import OutputError
from ..ingest.dedupe import Duplicate
from ..outputs import write_atomic
from .build import Tables, duplicate_table
from .workbook import WORKBOOK_NAME, spreadsheet_cells, workbook_bytes, workbook_created

WORKBOOK_MANIFEST = ".mediabrief-workbook.json"

FORMATS = ("csv", "parquet")


def write_table_files(tables: Tables, duplicates: Sequence[Duplicate], out_dir: Path,
                      table_format: str = "csv", *, workbook: bool = True) -> list[Path]:
    """Every table, and duplicates.csv (or .parquet), in `out_dir`, then (with `workbook`) all of them
    as sheets of tables.xlsx (in either format: analysts open Excel first); returns the paths written."""
    if table_format not in FORMATS:
        raise OutputError(f"unknown table format '{table_format}'; expected {' or '.join(FORMATS)}")
    frames = [*tables.items(), ("duplicates", duplicate_table(duplicates))]
    texts = [csv_bytes(frame) for _, frame in frames] if table_format == "csv" or workbook else []
    written = []
    for number, (name, frame) in enumerate(frames):
        path = out_dir / f"{name}.{table_format}"
        write_atomic(path, texts[number] if table_format == "csv" else parquet_bytes(frame, path))
        written.append(path)
    if workbook:
        written.append(write_workbook(frames, texts, out_dir))
    return written


def write_workbook(frames: Sequence[tuple[str, pd.DataFrame]], texts: Sequence[bytes], out_dir: Path) -> Path:
    """tables.xlsx, written again only when the tables, the workbook code or its date changed.

    The workbook costs about 5 µs a cell (10 s for 2,000 articles); a rerun whose tables are the
    same keeps the file, as long as it is the one recorded (`.mediabrief-workbook.json`).
    """
    path, manifest = out_dir / WORKBOOK_NAME, out_dir / WORKBOOK_MANIFEST
    digest = hashlib.sha256(f"{workbook_created().isoformat()}\0".encode())
    hash_sources(digest, package_sources("tables/workbook.py"))
    for text in texts:
        digest.update(hashlib.sha256(text).digest())
    key = digest.hexdigest()
    try:
        recorded = json.loads(manifest.read_text("utf-8"))
        if recorded == {"key": key, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}:
            return path
    except (OSError, ValueError):
        pass  # no manifest or no workbook yet: write both
    data = workbook_bytes(frames)
    write_atomic(path, data)
    write_atomic(manifest, json.dumps({"key": key, "sha256": hashlib.sha256(data).hexdigest()}).encode("utf-8"))
    return path


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV with `\\n` line ends: the same table gives the same bytes on every platform.

    Texts are `spreadsheet_text`: a CR or NUL in a title cannot split its row (a newline is kept, in
    a quoted field) and `=HYPERLINK(…)` reaches Excel as text.
    """
    return spreadsheet_cells(frame).to_csv(index=False, lineterminator="\n").encode("utf-8")


def parquet_bytes(frame: pd.DataFrame, path: Path) -> bytes:
    """One table as Parquet (pyarrow, zstd-compressed); OutputError when pyarrow is missing."""
    try:
        import pyarrow  # noqa: F401  (pandas needs it for Parquet)
    except ImportError as error:
        raise OutputError(f"{path}: --format parquet needs pyarrow: pip install pyarrow") from error
    buffer = io.BytesIO()
    frame.to_parquet(buffer, engine="pyarrow", index=False, compression="zstd")
    return buffer.getvalue()

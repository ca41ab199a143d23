"""Tables -> files: UTF-8 CSV (the default) or Parquet for large corpora, and tables.xlsx, each written atomically."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..errors import OutputError
from ..ingest.dedupe import Duplicate
from ..outputs import write_atomic
from .build import Tables, duplicate_table
from .workbook import WORKBOOK_NAME, workbook_bytes

FORMATS = ("csv", "parquet")


def write_table_files(tables: Tables, duplicates: Sequence[Duplicate], out_dir: Path,
                      table_format: str = "csv", *, workbook: bool = True) -> list[Path]:
    """Every table, and duplicates.csv (or .parquet), in `out_dir`, then (with `workbook`) all of them
    as sheets of tables.xlsx (in either format: analysts open Excel first); returns the paths written."""
    if table_format not in FORMATS:
        raise OutputError(f"unknown table format '{table_format}'; expected {' or '.join(FORMATS)}")
    frames = [*tables.items(), ("duplicates", duplicate_table(duplicates))]
    written = []
    for name, frame in frames:
        path = out_dir / f"{name}.{table_format}"
        write_atomic(path, csv_bytes(frame) if table_format == "csv" else parquet_bytes(frame, path))
        written.append(path)
    if workbook:
        path = out_dir / WORKBOOK_NAME
        write_atomic(path, workbook_bytes(frames))
        written.append(path)
    return written


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV with `\\n` line ends: the same table gives the same bytes on every platform."""
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")


def parquet_bytes(frame: pd.DataFrame, path: Path) -> bytes:
    """One table as Parquet (pyarrow, zstd-compressed); OutputError when pyarrow is missing."""
    try:
        import pyarrow  # noqa: F401  (pandas needs it for Parquet)
    except ImportError as error:
        raise OutputError(f"{path}: --format parquet needs pyarrow: pip install pyarrow") from error
    buffer = io.BytesIO()
    frame.to_parquet(buffer, engine="pyarrow", index=False, compression="zstd")
    return buffer.getvalue()

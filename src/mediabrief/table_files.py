"""Tables -> files: UTF-8 CSV (the default) or Parquet for large corpora, each written atomically."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .dedupe import Duplicate, duplicate_table
from .errors import OutputError
from .outputs import write_atomic
from .tables import Tables, write_tables

FORMATS = ("csv", "parquet")


def write_table_files(tables: Tables, duplicates: Sequence[Duplicate], out_dir: Path,
                      table_format: str = "csv") -> list[Path]:
    """Every table, and duplicates.csv (or .parquet), in `out_dir`; returns the paths written."""
    frames = [*tables.items(), ("duplicates", duplicate_table(duplicates))]
    if table_format == "csv":
        written = write_tables(tables, out_dir)
        path = out_dir / "duplicates.csv"
        write_atomic(path, frames[-1][1].to_csv(index=False, lineterminator="\n").encode("utf-8"))
        return [*written, path]
    if table_format != "parquet":
        raise OutputError(f"unknown table format '{table_format}'; expected {' or '.join(FORMATS)}")
    written = []
    for name, frame in frames:
        path = out_dir / f"{name}.parquet"
        write_atomic(path, parquet_bytes(frame, path))
        written.append(path)
    return written


def parquet_bytes(frame: pd.DataFrame, path: Path) -> bytes:
    """One table as Parquet (pyarrow, zstd-compressed); OutputError when pyarrow is missing."""
    try:
        import pyarrow  # noqa: F401  (pandas needs it for Parquet)
    except ImportError as error:
        raise OutputError(f"{path}: --format parquet needs pyarrow: pip install pyarrow") from error
    buffer = io.BytesIO()
    frame.to_parquet(buffer, engine="pyarrow", index=False, compression="zstd")
    return buffer.getvalue()

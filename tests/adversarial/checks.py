"""The rules every run keeps, whatever its input, and the reading of one run's outputs.

From the README and issue "Hardening II": exit 0, or 2 with a one-line message; never 1, never a
traceback; the four seeds analysed whenever the run exits 0; no table cell that starts with
= + - @ (a spreadsheet would run it as a formula); no control character but newline and tab in
any CSV or HTML; articles.csv reads back one row per article; nothing raw (ESC) on the terminal.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .builders import SEED_IDS

# README "Escaping untrusted text": a text starting with these gets a leading ' (OWASP's CSV injection
# advice); numbers in a numeric column stay numbers.
FORMULA_START = tuple("=+-@\t\r\n")
NUMBER = re.compile(r"^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$")
TERMINAL_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Shown names may have lost their control characters, or had them replaced; compare what is left.
UNSHOWABLE = re.compile(r"[\x00-\x1f\x7f-\x9f?\ufffd\udc80-\udcff]")
TRACEBACK = "Traceback (most recent call last)"
csv.field_size_limit(2 ** 31 - 1)  # a table may hold a whole 5 MB article's quote; read it back whole
ID_COLUMNS = ("article_id", "file")


@dataclass(frozen=True, slots=True)
class Finding:
    """One broken rule. `where` is the article or file a table row names; `snippet` is text the
    input that caused it must contain. A batch run gives a finding to the kind they point at."""

    text: str
    where: str | None = None
    snippet: str | None = None


@dataclass
class RunResult:
    """One finished (or killed) run of the CLI and where it wrote."""

    argv: list[str]
    code: int | None
    stdout: bytes
    stderr: bytes
    seconds: float
    peak_mb: float  # the larger of the main process's peak RSS and its session's summed PSS (sampled)
    out: Path
    figures: Path
    timed_out: bool = False
    previous: RunResult | None = None  # the run before, for kinds that run the same command twice
    details: dict = field(default_factory=dict)  # what a scenario measured
    _tables: dict[str, list[dict[str, str]] | None] = field(default_factory=dict)

    @property
    def err(self) -> str:
        return self.stderr.decode("utf-8", "replace")

    @property
    def last_err_line(self) -> str:
        lines = [line for line in self.err.splitlines() if line.strip()]
        return lines[-1][:300] if lines else ""

    def table(self, name: str) -> list[dict[str, str]] | None:
        """A CSV table's rows as dicts (None when the file is missing or not UTF-8)."""
        if name not in self._tables:
            path = self.out / f"{name}.csv"
            try:
                text = path.read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError):
                self._tables[name] = None
            else:
                self._tables[name] = list(csv.DictReader(io.StringIO(text, newline="")))
        return self._tables[name]

    def column(self, table: str, column: str) -> list[str]:
        return [row.get(column, "") for row in self.table(table) or []]

    def rows_for(self, table: str, name: str | re.Pattern[str]) -> list[dict[str, str]]:
        key = "file" if table == "skipped" else "article_id"
        return [row for row in self.table(table) or [] if same_name(row.get(key, ""), name)]


def same_name(shown: str, name: str | re.Pattern[str]) -> bool:
    """Whether a name in a table is `name` (a pattern, or a name that may have been made printable,
    or kept from reading as a formula by a leading apostrophe)."""
    if shown[:1] == "'" and shown[1:2] in FORMULA_START:
        shown = shown[1:]
    if isinstance(name, re.Pattern):
        return bool(name.search(shown))
    return shown == name or (bool(UNSHOWABLE.search(name + shown))
                             and UNSHOWABLE.sub("", shown) == UNSHOWABLE.sub("", name))


def universal(result: RunResult, *, codes: frozenset[int], seeds: bool = True,
              report: bool = True) -> list[Finding]:
    """Every rule of the issue that one run must keep."""
    if result.timed_out:
        return [Finding(f"timed out after {result.seconds:.0f} s (killed)")]
    found: list[Finding] = []
    if result.code not in codes:
        found.append(Finding(f"exit {result.code}, expected {sorted(codes)}: {result.last_err_line}"))
    if TRACEBACK in result.err:
        found.append(Finding("a traceback on stderr"))
    for stream, data in (("stdout", result.stdout), ("stderr", result.stderr)):
        for char in sorted(set(TERMINAL_CONTROL.findall(data.decode("utf-8", "replace")))):
            found.append(Finding(f"a raw control character U+{ord(char):04X} on {stream}", snippet=char))
    lines = [line for line in result.err.splitlines() if line.strip()]
    if result.code == 2 and len(lines) != 1:
        found.append(Finding(f"exit 2 with {len(lines)} lines on stderr, expected one"))
    if result.code == 0:
        for line in lines:
            if not line.startswith("mediabrief: "):
                found.append(Finding(f"stderr line not from mediabrief (one line each): {line[:120]!r}",
                                     snippet=_printable_piece(line)))
        found += check_tables(result, seeds=seeds)
        if report:
            found += check_html(result)
    return found


def check_tables(result: RunResult, *, seeds: bool) -> list[Finding]:
    found: list[Finding] = []
    articles = result.table("articles")
    if articles is None:
        return [Finding("articles.csv missing or not UTF-8")]
    ids = [row.get("article_id", "") for row in articles]
    if seeds and (missing := [s for s in SEED_IDS if s not in ids]):
        found.append(Finding(f"seed articles missing from articles.csv: {', '.join(missing)}"))
    if len(set(ids)) != len(ids):
        found.append(Finding(f"articles.csv: {len(ids)} rows for {len(set(ids))} articles"))
    found += _pandas_rows(result.out / "articles.csv", len(ids))
    for path in sorted(result.out.glob("*.csv")):
        found += _check_csv(path)
    if (result.out / "tables.xlsx").exists():
        found += _check_workbook(result.out / "tables.xlsx")
    return found


def _check_workbook(path: Path) -> list[Finding]:
    """README: text stays text in tables.xlsx; no cell is a formula."""
    from openpyxl import load_workbook

    found: list[Finding] = []
    book = load_workbook(path, read_only=True)
    try:
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.data_type == "f":
                        found.append(Finding(f"tables.xlsx {sheet.title}!{cell.coordinate} is a formula: "
                                             f"{str(cell.value)[:60]!r}", where=str(row[0].value or ""),
                                             snippet=_printable_piece(str(cell.value))))
    finally:
        book.close()
    return found


def _pandas_rows(path: Path, expected: int) -> list[Finding]:
    import pandas as pd

    try:
        rows = len(pd.read_csv(path, dtype=str, keep_default_na=False))
    except Exception as error:  # noqa: BLE001  (any failure to read it back is the finding)
        return [Finding(f"articles.csv does not read back with pandas: {type(error).__name__}: {error}"[:300])]
    return [] if rows == expected else [Finding(f"articles.csv reads back as {rows} rows with pandas, "
                                                f"{expected} with the csv module")]


def _check_csv(path: Path) -> list[Finding]:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        return [Finding(f"{path.name} is not UTF-8 ({error.reason} at byte {error.start})")]
    rows = list(csv.reader(io.StringIO(text, newline="")))
    numeric = _numeric_columns(rows[1:])
    found: list[Finding] = []
    for number, row in enumerate(rows, start=1):
        where = row[0] if number > 1 and row else None  # every table's first column names the article or file
        for column, cell in enumerate(row):
            if match := CONTROL.search(cell):
                found.append(Finding(f"{path.name} row {number}: control character U+{ord(match.group()):04X} "
                                     f"in {cell[:60]!r}", where=where, snippet=match.group()))
            if cell.startswith(FORMULA_START) and not (column in numeric and NUMBER.match(cell)):
                found.append(Finding(f"{path.name} row {number}: cell starts like a formula: {cell[:60]!r}",
                                     where=where, snippet=_printable_piece(cell)))
    return found


def _numeric_columns(rows: list[list[str]]) -> set[int]:
    """Columns whose every non-empty value is a number (where a leading minus is a sign)."""
    width = max((len(row) for row in rows), default=0)
    return {column for column in range(width)
            if all(NUMBER.match(row[column]) for row in rows if column < len(row) and row[column])}


def check_html(result: RunResult) -> list[Finding]:
    found: list[Finding] = []
    for name in ("briefing.html", "companion.html"):
        path = result.out / name
        if not path.exists():
            found.append(Finding(f"{name} missing after exit 0"))
            continue
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as error:
            found.append(Finding(f"{name} is not UTF-8 ({error.reason})"))
            continue
        for char in sorted(set(CONTROL.findall(text))):
            found.append(Finding(f"{name}: control character U+{ord(char):04X}", snippet=char))
    if not (result.out / "briefing.pdf").exists():
        found.append(Finding("briefing.pdf missing after exit 0"))
    return found


def _printable_piece(text: str) -> str | None:
    """The longest printable run of a text (at most 40 characters), to find the input it came from."""
    pieces = sorted(UNSHOWABLE.split(text), key=len, reverse=True)
    piece = pieces[0].strip()[:40] if pieces else ""
    return piece if len(piece) >= 4 else None


def anchored_years(result: RunResult, name: str) -> list[str]:
    """Dates of one article resolved against an anchor whose year is outside 1800-2200, or 0000 at all."""
    bad: list[str] = []
    for row in result.rows_for("dates", name):
        value, anchor = row.get("value", ""), row.get("anchor", "")
        year = value[:4]
        if not year.isdigit():
            continue
        if year == "0000" or (anchor not in ("", "none") and not 1800 <= int(year) <= 2200):
            bad.append(f"{row.get('text', '')!r} -> {value} (anchor {anchor})")
    return bad

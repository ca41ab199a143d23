"""Article sources by file type: .txt, .md, .html pages, .jsonl / .csv corpus files, and URLs.

Every reader returns `SourceText`s: a plain text laid out like a .txt article (the
title on the first line, one paragraph per line) and what the source says about
itself (title, author, date, site). Ingest then layers metadata.csv over those
hints and applies the same layout rules to every article, whatever its format.

For .txt files the tables' offsets index the file itself; for every other format
they index the plain text read from it (markup removed), since a character of
extracted page text has no single place in the HTML. The exceptions are said in the
article's notes: repaired mojibake, and removed zero-width characters (`textfile.normalise_text`).
"""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .markdown import markdown_plain_text, split_front_matter
from .textfile import (
    MAX_CORPUS_BYTES,
    MAX_FILE_BYTES,
    UnusableFile,
    check_file,
    clean_value,
    date_warning,
    decode_bytes,
    guess_encoding,
    normalise_text,
    printable_name,
    read_capped,
    read_date,
    repair_mojibake,
)

TEXT_SUFFIXES = frozenset({".txt"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
CORPUS_SUFFIXES = frozenset({".jsonl", ".csv"})
READABLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | CORPUS_SUFFIXES
EXPECTED = ".txt, .md, .html, .jsonl or .csv"
URL = re.compile(r"^(?:https?|file)://", re.IGNORECASE)
FIELD_LIMIT = 50_000_000
# The briefing and the companion page say who made them; such a page is a report, never coverage.
META_TAG = re.compile(r"<meta\b[^<>]{0,500}>", re.IGNORECASE)
GENERATOR_NAME = re.compile(r"""\bname\s*=\s*["']?generator\b""", re.IGNORECASE)
MEDIABRIEF_CONTENT = re.compile(r"""\bcontent\s*=\s*["']?mediabrief\b""", re.IGNORECASE)
REPORT_HEAD = 200_000  # characters of a page searched for that tag: it sits in the <head>

__all__ = ["MAX_FILE_BYTES", "MetadataRow", "SourceProblem", "SourceText", "UnusableFile", "decode_bytes",
           "guess_encoding", "read_source", "repair_mojibake"]


@dataclass(frozen=True, slots=True)
class MetadataRow:
    """What is known about an article besides its text; None where nothing is."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    genre: str | None = None
    url: str | None = None
    # A user's own columns (`country`, `ownership`, `leaning`), in the order given: what `--by` can compare.
    extra: tuple[tuple[str, str], ...] = ()

    def over(self, other: MetadataRow) -> MetadataRow:
        """These values where given, `other`'s elsewhere (column by column for the user's own)."""
        known = [getattr(self, f.name) or getattr(other, f.name) for f in fields(MetadataRow) if f.name != "extra"]
        mine = dict(self.extra)
        extra = (*self.extra, *((k, v) for k, v in other.extra if k not in mine))
        return MetadataRow(*known, extra=extra)


@dataclass(frozen=True, slots=True)
class SourceText:
    """One article's plain text as read from its source, before the layout rules."""

    article_id: str
    path: Path
    text: str
    encoding: str
    hints: MetadataRow = MetadataRow()
    notes: tuple[str, ...] = ()  # about this article: they go to its row of articles.csv
    warnings: tuple[str, ...] = ()  # a value that was not used (a date of 2023-02-30): for the corpus's warnings


@dataclass(frozen=True, slots=True)
class SourceProblem:
    """One record of a corpus file that could not be used: `name` is e.g. `corpus.jsonl#4`."""

    name: str
    reason: str


def is_url(value: object) -> bool:
    return isinstance(value, str) and bool(URL.match(value))


def read_source(path: Path) -> tuple[list[SourceText], list[SourceProblem]]:
    """The articles in one file, and the records of a corpus file that could not be used.

    Raises UnusableFile when the file as a whole cannot be used. Never reads more than the
    size limit of its kind (MAX_FILE_BYTES for an article, MAX_CORPUS_BYTES for a corpus file).
    """
    check_file(path)  # a folder, a pipe or a broken link is named as such, whatever its name
    suffix = path.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        raise UnusableFile(f"not an article file ({suffix or 'no extension'}); expected {EXPECTED}")
    if suffix in CORPUS_SUFFIXES:
        sources, problems = read_records(path, _corpus_text(path, read_capped(path, MAX_CORPUS_BYTES, checked=True)))
        if not sources and not problems:
            raise UnusableFile("a corpus file without records (only its header, or blank lines)")
        return sources, problems
    data = read_capped(path, MAX_FILE_BYTES, checked=True)
    return [read_document(printable_name(path.name), path, data, suffix)], []


def read_document(article_id: str, path: Path, data: bytes, suffix: str) -> SourceText:
    """One article from a .txt, .md or .html file's bytes."""
    text, encoding = decode_bytes(data)
    text, repaired = repair_mojibake(text)
    text, cleaned = normalise_text(text)
    notes = () if encoding in ("utf-8", "ascii") else (f"decoded as {encoding}",)
    notes += tuple(note for note in (repaired, cleaned if suffix in TEXT_SUFFIXES else None) if note)
    hints = MetadataRow()
    if suffix in HTML_SUFFIXES:
        if is_mediabrief_report(text):
            raise UnusableFile("a mediabrief report, not an article")
        text, hints = html_to_text(text)
        text, _ = normalise_text(text)  # entities such as &#8203; arrive only now
    elif suffix in MARKDOWN_SUFFIXES:
        text, hints = markdown_to_text(text)
    hints, warnings = _dated(hints, article_id)
    return SourceText(article_id, path, text, encoding, hints, notes, warnings)


def is_mediabrief_report(page: str) -> bool:
    """Whether a page says mediabrief made it (`<meta name="generator" content="mediabrief">`)."""
    return any(GENERATOR_NAME.search(tag.group()) and MEDIABRIEF_CONTENT.search(tag.group())
               for tag in META_TAG.finditer(page, 0, REPORT_HEAD))


def _corpus_text(path: Path, data: bytes) -> str:
    """A corpus file's text. JSON Lines is UTF-8 by definition, so a .jsonl of records with some
    binary lines among them keeps its records (each bad line becomes a skipped record)."""
    try:
        return decode_bytes(data, limit=MAX_CORPUS_BYTES)[0]
    except UnusableFile as problem:
        if path.suffix.lower() != ".jsonl" or not str(problem).startswith("binary"):
            raise
        lines = [line for line in data.split(b"\n") if line.strip()]
        if not lines or sum(line.lstrip()[:1] == b"{" for line in lines) * 2 < len(lines):
            raise
        return data.decode("utf-8", errors="replace")


def html_to_text(page: str) -> tuple[str, MetadataRow]:
    """A page's main text with its title on the first line, and its title, author, date and site
    (the date as the page gives it: `read_document` checks it).

    Notes: trafilatura's `bare_extraction` (main-content extraction with
    readability and jusText fallbacks); navigation, comments and tables are left out.
    """
    import trafilatura  # slow to import; only needed for pages

    try:
        document = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as error:  # noqa: BLE001  (a malformed page costs that page, never the run)
        raise UnusableFile(f"the page could not be parsed ({type(error).__name__})") from error
    body = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not body:
        raise UnusableFile("no article text found in the page")
    title = clean_value(getattr(document, "title", None))
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    hints = MetadataRow(
        title=title,
        outlet=clean_value(getattr(document, "sitename", None)) or clean_value(getattr(document, "hostname", None)),
        author=clean_value(getattr(document, "author", None)),
        published=clean_value(getattr(document, "date", None)),  # as given: read_document checks it
        url=clean_value(getattr(document, "url", None)),
    )
    return "\n\n".join(lines) + "\n", hints


def markdown_to_text(text: str) -> tuple[str, MetadataRow]:
    """Markdown without its markup, and the title/author/date/outlet of a YAML-style front matter
    (the date as written: `read_document` checks it). See `markdown` for the rules.
    """
    values, text = split_front_matter(text)
    hints = MetadataRow(
        title=clean_value(values.get("title")),
        outlet=clean_value(values.get("outlet") or values.get("site") or values.get("publication")),
        author=clean_value(values.get("author")),
        published=clean_value(values.get("published") or values.get("date")),
        genre=clean_value(values.get("genre")),
        url=clean_value(values.get("url")),
    )
    paragraphs = markdown_plain_text(text)
    if hints.title and (not paragraphs or paragraphs[0] != hints.title):
        paragraphs.insert(0, hints.title)
    return "\n\n".join(paragraphs) + "\n", hints


def _dated(hints: MetadataRow, where: str) -> tuple[MetadataRow, tuple[str, ...]]:
    """The hints with their published date checked: a date that is no date is dropped, with a warning."""
    if not hints.published:
        return hints, ()
    value, problem = read_date(hints.published)
    if problem:
        return replace(hints, published=None), (date_warning(where, "published", hints.published, problem),)
    return replace(hints, published=value), ()


def read_records(path: Path, text: str) -> tuple[list[SourceText], list[SourceProblem]]:
    """One article per record of a .jsonl or .csv corpus file, each with its metadata columns."""
    rows = _jsonl_rows(path, text) if path.suffix.lower() == ".jsonl" else _csv_rows(path, text)
    sources: list[SourceText] = []
    problems: list[SourceProblem] = []
    seen: set[str] = set()
    file_name = printable_name(path.name)
    for number, row in rows:
        name = f"{file_name}#{number}"
        if isinstance(row, str):
            problems.append(SourceProblem(name, row))
            continue
        body = row.get("text")
        if not isinstance(body, str) or not body.strip():
            problems.append(SourceProblem(name, "no 'text' in this record"))
            continue
        values = {(clean_value(k) or "").lower(): clean_value(_text_value(v))
                  for k, v in row.items() if k and k.strip().lower() != "text"}
        article_id = values.get("id") or values.get("file") or name
        if article_id in seen:
            problems.append(SourceProblem(name, f"a second record with id {article_id}; the first is used"))
            continue
        seen.add(article_id)
        hints = MetadataRow(values.get("title"), values.get("outlet"), values.get("author"),
                            values.get("published") or values.get("date"), values.get("genre"), values.get("url"),
                            extra=extra_columns(values, RECORD_COLUMNS))
        hints, warnings = _dated(hints, name)
        body, repaired = repair_mojibake(body)
        body, cleaned = normalise_text(_with_title(body, hints.title))
        notes = tuple(note for note in (repaired, cleaned) if note)
        sources.append(SourceText(article_id, path, body, "utf-8", hints, notes, warnings))
    return sources, problems


# Columns of a corpus file or metadata.csv that ingest reads itself; any other is the user's own.
METADATA_COLUMNS = frozenset({"file", "title", "outlet", "author", "published", "genre", "url"})
RECORD_COLUMNS = METADATA_COLUMNS | {"id", "text", "date"}


def extra_columns(values: dict[str, str | None], known: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The user's own columns of one row, with a value, in the row's order."""
    return tuple((key, value) for key, value in values.items() if key and key not in known and value)


def _jsonl_rows(path: Path, text: str) -> Iterator[tuple[int, dict | str]]:
    # Records are separated by \n alone: a JSON string may hold a raw U+2028, which splitlines() would cut.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, f"not valid JSON ({error.msg} at column {error.colno})"
            continue
        except RecursionError:
            yield number, "not readable JSON (nested too deeply)"
            continue
        except ValueError as error:  # e.g. a number of more than 4300 digits
            yield number, f"not readable JSON ({_first_sentence(error)})"
            continue
        yield number, row if isinstance(row, dict) else "not a JSON object"


def _first_sentence(error: Exception) -> str:
    text = " ".join(str(error).split(";")[0].split())
    return text[:120] or type(error).__name__


def csv_reader(text: str) -> csv.DictReader:
    """Rows of a CSV text as dicts, whatever its line endings (a CR alone, as classic Mac Excel writes).

    Notes: `newline=""` lets the csv module see every line break itself, inside quotes too;
    whole articles are longer than the csv module's default 128 kB field limit.
    """
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    return csv.DictReader(io.StringIO(text, newline=""))


def csv_rows(reader: csv.DictReader) -> Iterator[tuple[int, dict[str, str] | str]]:
    """`(row number, row)`, or `(row number, why)` for a row the csv module cannot read; the rows after it go on."""
    rows = iter(reader)
    number = 0
    while True:
        number += 1
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as error:
            yield number, f"not readable CSV (line {reader.line_num}: {error})"
            continue
        yield number, {(clean_value(k) or "").lower(): v for k, v in row.items()}


def _csv_rows(path: Path, text: str) -> Iterator[tuple[int, dict | str]]:
    reader = csv_reader(text)
    try:
        columns = {(c or "").strip().lower() for c in reader.fieldnames or []}
    except csv.Error as error:
        raise UnusableFile(f"not a readable CSV file (line 1: {error})") from error
    if "text" not in columns:
        if "article_id" in columns:
            raise UnusableFile("a table mediabrief wrote (an article_id column and no text), not a corpus file")
        raise UnusableFile("a .csv without a 'text' column (a corpus file has one article per row)")
    yield from csv_rows(reader)


def _text_value(value: object) -> str | None:
    """A record's field as text: strings as they are, numbers (e.g. an id of 17) as written."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _with_title(body: str, title: str | None) -> str:
    """A record's text with its title on the first line, as the layout rules expect."""
    text = body.strip()
    if title and text.split("\n", 1)[0].strip() != title:
        text = f"{title}\n\n{text}"
    return text + "\n"


def normal_date(value: object) -> str | None:
    """`'2023-09-13T10:00:00Z'` -> `'2023-09-13'`; None for anything that is not a real ISO date in range."""
    return read_date(value)[0]


def fetch_page(url: str, *, timeout: float) -> SourceText:
    """Fetch one page and read it like a local .html (or .txt) file.

    Raises UnusableFile with the reason (no network, HTTP error, not a page) when it cannot.
    """
    from .. import __version__

    request = urllib.request.Request(url, headers={"User-Agent": f"mediabrief/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310  (the user's URL)
            data = response.read(MAX_FILE_BYTES + 1)  # one byte more than an article may have
            kind = (response.headers.get_content_type() if response.headers else "") or ""
    except urllib.error.HTTPError as error:
        raise UnusableFile(f"cannot be fetched (HTTP {error.code} {error.reason})") from error
    except urllib.error.URLError as error:
        raise UnusableFile(f"cannot be fetched ({_reason(error.reason)}); is the network reachable?") from error
    except (OSError, ValueError) as error:
        raise UnusableFile(f"cannot be fetched ({_reason(error)})") from error
    suffix = Path(urllib.parse.urlsplit(url).path).suffix.lower()
    if kind == "text/plain" or suffix in TEXT_SUFFIXES | MARKDOWN_SUFFIXES:
        kind_suffix = suffix if suffix in MARKDOWN_SUFFIXES else ".txt"
        source = read_document(url_name(url), Path(url_name(url)), data, kind_suffix)
    else:
        source = read_document(url_name(url), Path(url_name(url)), data, ".html")
    hints = source.hints.over(MetadataRow(outlet=urllib.parse.urlsplit(url).hostname, url=url))
    return replace(source, hints=hints)


def url_name(url: str) -> str:
    """A file-like name for a fetched page: `https://x.org/a/b/` -> `x.org_a_b`."""
    parts = urllib.parse.urlsplit(url)
    name = re.sub(r"[^\w.-]+", "_", f"{parts.hostname or ''}{parts.path}").strip("_.")
    return name[:150] or "page"


def _reason(reason: object) -> str:
    text = getattr(reason, "strerror", None) or str(reason)
    return " ".join(str(text).split()) or type(reason).__name__

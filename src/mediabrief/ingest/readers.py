"""Article sources by file type: .txt, .md, .html pages, .jsonl / .csv corpus files, and URLs.

Every reader returns `SourceText`s: a plain text laid out like a .txt article (the
title on the first line, one paragraph per line) and what the source says about
itself (title, author, date, site). Ingest then layers metadata.csv over those
hints and applies the same layout rules to every article, whatever its format.

For .txt files the tables' offsets index the file itself; for every other format
they index the plain text read from it (markup removed), since a character of
extracted page text has no single place in the HTML.
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
from dataclasses import dataclass, fields
from pathlib import Path

from charset_normalizer import from_bytes

TEXT_SUFFIXES = frozenset({".txt"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
CORPUS_SUFFIXES = frozenset({".jsonl", ".csv"})
READABLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | CORPUS_SUFFIXES
EXPECTED = ".txt, .md, .html, .jsonl or .csv"
WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
DATE_PREFIX = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|[T ]\d)")
URL = re.compile(r"^(?:https?|file)://", re.IGNORECASE)
FETCH_LIMIT = 20_000_000
FIELD_LIMIT = 50_000_000


class UnusableFile(Exception):
    """Raised while reading one file or record; becomes a `Skipped` row, never leaves ingest."""


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
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceProblem:
    """One record of a corpus file that could not be used: `name` is e.g. `corpus.jsonl#4`."""

    name: str
    reason: str


def is_url(value: object) -> bool:
    return isinstance(value, str) and bool(URL.match(value))


def read_source(path: Path) -> tuple[list[SourceText], list[SourceProblem]]:
    """The articles in one file, and the records of a corpus file that could not be used.

    Raises UnusableFile when the file as a whole cannot be used.
    """
    suffix = path.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        raise UnusableFile(f"not an article file ({suffix or 'no extension'}); expected {EXPECTED}")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnusableFile(f"cannot be read ({error.strerror})") from error
    if suffix in CORPUS_SUFFIXES:
        text, _ = decode_bytes(data)
        return read_records(path, text)
    return [read_document(path.name, path, data, suffix)], []


def read_document(article_id: str, path: Path, data: bytes, suffix: str) -> SourceText:
    """One article from a .txt, .md or .html file's bytes."""
    text, encoding = decode_bytes(data)
    text, repaired = repair_mojibake(text)
    notes = () if encoding in ("utf-8", "ascii") else (f"decoded as {encoding}",)
    notes += (repaired,) if repaired else ()
    if suffix in HTML_SUFFIXES:
        text, hints = html_to_text(text)
        return SourceText(article_id, path, text, encoding, hints, notes)
    if suffix in MARKDOWN_SUFFIXES:
        text, hints = markdown_to_text(text)
        return SourceText(article_id, path, text, encoding, hints, notes)
    return SourceText(article_id, path, text, encoding, MetadataRow(), notes)


# The longest news articles run to some 100,000 characters; 5 MB of text is a corpus, not an article.
MAX_FILE_BYTES = 5_000_000


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes, naming the encoding used; UnusableFile for binary data."""
    if not data.strip():
        raise UnusableFile("empty file" if not data else "only white space")
    if data.lstrip()[:5] == b"%PDF-":
        raise UnusableFile("a PDF file, not text; convert it to .txt or .html first")
    if len(data) > MAX_FILE_BYTES:
        raise UnusableFile(
            f"too large for one article ({len(data) / 1_000_000:.1f} MB, limit {MAX_FILE_BYTES // 1_000_000} MB); "
            "split it, or give a .jsonl/.csv corpus file with one article per record"
        )
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data[:4096]:
        raise UnusableFile("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = guess_encoding(data)
    text = data.decode(encoding, errors="replace") if encoding else ""
    if not encoding or _control_share(text) > 0.01:
        raise UnusableFile("binary file, not text")
    return text, encoding


# UTF-8 read as a Western code page leaves a lead byte (Â..ô) before a continuation byte, which such
# a code page shows as a C1 control, a Latin-1 sign or one of cp1252's extras (€ ‚ “ ” ™ …). Text
# without that pair is no mojibake ftfy could undo, and checking for it costs far less than ftfy's measure.
MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                           "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039"
                           "\u203a\u20ac\u2122]")


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """Text that was decoded with the wrong encoding somewhere upstream ('weâ€™re'), repaired by ftfy.

    Only where ftfy's badness measure calls it mojibake, and only the encoding is repaired: quotes,
    ligatures and widths stay as written. Returns the text and a note saying what was done, or None.
    Offsets of a repaired article point into the repaired text, which the note says.
    """
    if not MOJIBAKE_HINT.search(text):
        return text, None  # and ftfy is not even imported (a twentieth of a second)
    from ftfy import fix_encoding_and_explain
    from ftfy.badness import is_bad

    if not is_bad(text):
        return text, None
    repaired, steps = fix_encoding_and_explain(text)
    misread = next((name for step, name in steps or () if step == "encode"), None)
    if repaired == text or misread is None:  # no re-decoding found: only cosmetic changes on offer
        return text, None
    return repaired, (f"repaired mojibake (UTF-8 text that had been read as {misread}); "
                      "offsets point into the repaired text")


def guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's guess, preferring Western encodings among equally clean candidates.

    Notes: short English texts decode cleanly as cp1250 and cp1252 alike; for
    English news the Western code page is the likelier, so it wins ties.
    """
    matches = list(from_bytes(data[:200_000]))
    if not matches:
        return None
    cleanest = min(match.chaos for match in matches)
    tied = [match.encoding for match in matches if match.chaos <= cleanest + 0.01]
    for preferred in WESTERN_ENCODINGS:
        if preferred in tied:
            return preferred
    return tied[0]


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls / max(len(text), 1)


def html_to_text(page: str) -> tuple[str, MetadataRow]:
    """A page's main text with its title on the first line, and its title, author, date and site.

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
    title = _clean(getattr(document, "title", None))
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    hints = MetadataRow(
        title=title,
        outlet=_clean(getattr(document, "sitename", None)) or _clean(getattr(document, "hostname", None)),
        author=_clean(getattr(document, "author", None)),
        published=normal_date(getattr(document, "date", None)),
        url=_clean(getattr(document, "url", None)),
    )
    return "\n\n".join(lines) + "\n", hints


FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*\n", re.DOTALL)
MARKDOWN_RULES = (
    (re.compile(r"^```.*?^```[ \t]*$", re.MULTILINE | re.DOTALL), ""),  # code blocks are not prose
    (re.compile(r"^[ \t]*\[[^\]]+\]:[ \t]*\S+.*$", re.MULTILINE), ""),  # link reference definitions
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),  # horizontal rules
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # inline links keep their text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links keep their text
    (re.compile(r"<[^>\n]+>"), ""),  # inline HTML tags
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE), "\n\\1\n"),  # headings stand alone
    (re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE), "\n"),  # each list item is a paragraph
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis with *
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # emphasis with _
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
)


def markdown_to_text(text: str) -> tuple[str, MetadataRow]:
    """Markdown without its markup, and the title/author/date/outlet of a YAML-style front matter.

    Notes: a small rule set (headings, emphasis, links, images, lists, quotes,
    code) rather than a Markdown renderer: news copy in Markdown uses little else.
    """
    hints = MetadataRow()
    if match := FRONT_MATTER.match(text):
        hints = _front_matter(match.group("body"))
        text = text[match.end():]
    for pattern, replacement in MARKDOWN_RULES:
        text = pattern.sub(replacement, text)
    lines = [line.strip() for line in text.splitlines()]
    paragraphs = _join_wrapped(lines)
    if hints.title and (not paragraphs or paragraphs[0] != hints.title):
        paragraphs.insert(0, hints.title)
    return "\n\n".join(paragraphs) + "\n", hints


def _join_wrapped(lines: list[str]) -> list[str]:
    """Markdown paragraphs may wrap over several lines; a blank line ends one."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def _front_matter(block: str) -> MetadataRow:
    values: dict[str, str] = {}
    for line in block.splitlines():
        key, colon, value = line.partition(":")
        if colon and value.strip():
            values[key.strip().lower()] = value.strip().strip("\"'")
    return MetadataRow(
        title=values.get("title"),
        outlet=values.get("outlet") or values.get("site") or values.get("publication"),
        author=values.get("author"),
        published=normal_date(values.get("published") or values.get("date")),
        genre=values.get("genre"),
        url=values.get("url"),
    )


def read_records(path: Path, text: str) -> tuple[list[SourceText], list[SourceProblem]]:
    """One article per record of a .jsonl or .csv corpus file, each with its metadata columns."""
    rows = _jsonl_rows(path, text) if path.suffix.lower() == ".jsonl" else _csv_rows(path, text)
    sources: list[SourceText] = []
    problems: list[SourceProblem] = []
    seen: set[str] = set()
    for number, row in rows:
        name = f"{path.name}#{number}"
        if isinstance(row, str):
            problems.append(SourceProblem(name, row))
            continue
        body = row.get("text")
        if not isinstance(body, str) or not body.strip():
            problems.append(SourceProblem(name, "no 'text' in this record"))
            continue
        values = {k.strip().lower(): _clean(_text_value(v)) for k, v in row.items() if k}
        article_id = values.get("id") or values.get("file") or name
        if article_id in seen:
            problems.append(SourceProblem(name, f"a second record with id {article_id}; the first is used"))
            continue
        seen.add(article_id)
        published = values.get("published") or values.get("date")
        hints = MetadataRow(values.get("title"), values.get("outlet"), values.get("author"),
                            normal_date(published), values.get("genre"), values.get("url"),
                            extra=extra_columns(values, RECORD_COLUMNS))
        notes = (f"published '{published}' is not a date; ignored",) if published and not hints.published else ()
        body, repaired = repair_mojibake(body)
        notes += (repaired,) if repaired else ()
        sources.append(SourceText(article_id, path, _with_title(body, hints.title), "utf-8", hints, notes))
    return sources, problems


# Columns of a corpus file or metadata.csv that ingest reads itself; any other is the user's own.
METADATA_COLUMNS = frozenset({"file", "title", "outlet", "author", "published", "genre", "url"})
RECORD_COLUMNS = METADATA_COLUMNS | {"id", "text", "date"}


def extra_columns(values: dict[str, str | None], known: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The user's own columns of one row, with a value, in the row's order."""
    return tuple((key, value) for key, value in values.items() if key and key not in known and value)


def _jsonl_rows(path: Path, text: str) -> Iterator[tuple[int, dict | str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, f"not valid JSON ({error.msg} at column {error.colno})"
            continue
        yield number, row if isinstance(row, dict) else "not a JSON object"


def _csv_rows(path: Path, text: str) -> Iterator[tuple[int, dict | str]]:
    # Whole articles are longer than the csv module's default 128 kB field limit.
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    reader = csv.DictReader(io.StringIO(text))
    columns = {(c or "").strip().lower() for c in reader.fieldnames or []}
    if "text" not in columns:
        raise UnusableFile("a .csv without a 'text' column (a corpus file has one article per row)")
    try:
        for number, row in enumerate(reader, start=1):
            yield number, {(k or "").strip().lower(): v for k, v in row.items()}
    except csv.Error as error:
        raise UnusableFile(f"not a readable CSV file (line {reader.line_num}: {error})") from error


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
    """`'2023-09-13T10:00:00Z'` -> `'2023-09-13'`; None for anything that is not an ISO date."""
    if not isinstance(value, str):
        return None
    match = DATE_PREFIX.match(value.strip())
    return match.group(1) if match else None


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None


def fetch_page(url: str, *, timeout: float) -> SourceText:
    """Fetch one page and read it like a local .html (or .txt) file.

    Raises UnusableFile with the reason (no network, HTTP error, not a page) when it cannot.
    """
    from .. import __version__

    request = urllib.request.Request(url, headers={"User-Agent": f"mediabrief/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310  (the user's URL)
            data = response.read(FETCH_LIMIT)
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
    return SourceText(source.article_id, source.path, source.text, source.encoding, hints, source.notes)


def url_name(url: str) -> str:
    """A file-like name for a fetched page: `https://x.org/a/b/` -> `x.org_a_b`."""
    parts = urllib.parse.urlsplit(url)
    name = re.sub(r"[^\w.-]+", "_", f"{parts.hostname or ''}{parts.path}").strip("_.")
    return name[:150] or "page"


def _reason(reason: object) -> str:
    text = getattr(reason, "strerror", None) or str(reason)
    return " ".join(str(text).split()) or type(reason).__name__

"""Paths (and URLs) -> Corpus: read article files, corpus files and metadata.csv.

Each file either becomes `Article`s or a `Skipped` with a reason a user can act
on; nothing is dropped silently, and one bad file (or record) never stops the others.
Formats are read by `readers`; metadata.csv wins over what a file says about
itself, which wins over what the layout rules find in the text.
"""

from __future__ import annotations

import csv
import os
import re
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..names import name_key
from ..records import Anchor, Article, Corpus, Skipped
from ..safety import for_terminal
from ..settings import Thresholds
from .layout import find_layout
from .readers import (
    METADATA_COLUMNS,
    MetadataRow,
    SourceText,
    csv_reader,
    csv_rows,
    extra_columns,
    fetch_page,
    is_url,
    read_source,
    url_name,
)
from .textfile import (
    MAX_CORPUS_BYTES,
    UnusableFile,
    clean_value,
    date_warning,
    decode_bytes,
    guess_encoding,
    printable_name,
    read_capped,
    read_date,
    shown_path,
)

SIDE_FILES = frozenset({"metadata.csv", "aliases.csv"})
# What mediabrief writes into its output and figures folders: never read back as articles.
OUTPUT_NAMES = frozenset(
    {"briefing.html", "briefing.pdf", "briefing.pptx", "companion.html", "tables.xlsx", "bench.json"}
    | {f"{table}.{kind}" for table in ("articles", "quotes", "actors", "dates", "boilerplate", "skipped",
                                        "duplicates") for kind in ("csv", "parquet")}
)
OUTPUT_SUFFIXES = frozenset({".png", ".svg"})  # the chart files
PUBLISHED = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in that is was for on with as by at from it he she they his her its their be has have "
    "had are were not but or this which who an will would said says been after than also about into".split()
)
LETTERS = re.compile(r"[a-z]+")
FETCH_TIMEOUT = 20.0
FETCH_THREADS = 4

__all__ = ["MetadataRow", "UnusableFile", "decode_bytes", "guess_encoding", "load_corpus", "read_aliases",
           "read_metadata"]


def load_corpus(paths: Iterable[Path | str], *, fetch_timeout: float = FETCH_TIMEOUT,
                thresholds: Thresholds = Thresholds(), exclude: Sequence[Path] = ()) -> Corpus:
    """Read folders, files and URLs (`http(s)://`, `file://`) into a Corpus.

    `exclude`: the folders mediabrief writes to (output, figures). Inside them its own files
    (briefing.html, the tables, the charts) are left out when a folder is read; the folders
    themselves are left out of any folder they sit in. A page that mediabrief made is skipped
    wherever it is. Raises InputError when nothing in `paths` is a usable article.
    """
    found = _collect(paths, exclude)
    articles: list[Article] = []
    skipped = found.skipped
    warnings = found.warnings
    names: set[str] = set()
    for source in _sources(found.files, found.urls, skipped, fetch_timeout):
        if source.article_id in names:
            skipped.append(Skipped(_shown_path(source), "another article already has this name; the first is used"))
            continue
        try:
            article_warnings = list(source.warnings)
            articles.append(build_article(source, found.metadata.get(source.article_id), thresholds,
                                          warnings=article_warnings))
            names.add(source.article_id)
            warnings += article_warnings
        except UnusableFile as problem:
            skipped.append(Skipped(_shown_path(source), str(problem)))
    known = {printable_name(path.name) for path in found.files} | names
    warnings += [f"metadata.csv names {name}, which is not in the folder"
                 for name in sorted(found.metadata) if name not in known]
    if not articles:
        reasons = "; ".join(f"{s.path.name}: {s.reason}" for s in skipped[:3])
        raise InputError("no usable article found" + (f" ({reasons})" if reasons else ""))
    return Corpus(tuple(articles), tuple(skipped), tuple(warnings))


def _sources(files: list[Path], urls: list[str], skipped: list[Skipped], timeout: float) -> Iterator[SourceText]:
    for path in files:
        try:
            sources, problems = read_source(path)
        except UnusableFile as problem:
            skipped.append(Skipped(shown_path(path), str(problem)))
            continue
        skipped.extend(Skipped(shown_path(path, p.name), p.reason) for p in problems)
        yield from sources
    if urls:
        with ThreadPoolExecutor(max_workers=FETCH_THREADS) as pool:
            for url, outcome in zip(urls, pool.map(lambda u: _fetch(u, timeout), urls)):
                if isinstance(outcome, str):
                    skipped.append(Skipped(Path(url_name(url)), f"{for_terminal(url)}: {outcome}"))
                else:
                    yield outcome


def _fetch(url: str, timeout: float) -> SourceText | str:
    try:
        return fetch_page(url, timeout=timeout)
    except UnusableFile as problem:
        return str(problem)


def _shown_path(source: SourceText) -> Path:
    """Where a skipped article came from: the file, or `corpus.jsonl#4` for a record."""
    return shown_path(source.path, source.article_id)


@dataclass(slots=True)
class Found:
    """What the paths given hold, before any article is read."""

    files: list[Path] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    metadata: dict[str, MetadataRow] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _collect(paths: Iterable[Path | str], exclude: Sequence[Path] = ()) -> Found:
    found = Found()
    excluded = {_real(Path(folder)) for folder in exclude}
    for raw in paths:
        if is_url(raw):
            found.urls.append(str(raw))
            continue
        path = Path(raw)
        if path.is_dir():
            _walk(path, excluded, found)
        elif os.path.lexists(path):
            found.files.append(path)  # a file, or what only looks like one (a FIFO, a broken link): read_source says
        else:
            raise InputError(f"{for_terminal(path)}: no such file or folder")
    return found


def _walk(folder: Path, excluded: set[str], found: Found) -> None:
    """The entries of one folder (not its sub-folders): each becomes a file to read, a side file,
    or a Skipped with its reason; only hidden files and mediabrief's own outputs are left out unsaid."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        found.skipped.append(Skipped(shown_path(folder.absolute()), f"folder cannot be read ({error.strerror})"))
        return
    is_output_folder = _real(folder) in excluded
    for entry in entries:
        if entry.name.startswith("."):  # .DS_Store, .mediabrief.lock, a cache folder
            continue
        if is_output_folder and (entry.name in OUTPUT_NAMES or entry.suffix.lower() in OUTPUT_SUFFIXES
                                 or (entry.name.startswith("evaluation") and entry.suffix == ".json")):
            continue
        if excluded and entry.is_dir() and _real(entry) in excluded:  # `report/` inside the articles' folder
            continue
        if entry.name == "metadata.csv":
            rows, problems = read_metadata(entry)
            found.metadata.update(rows)
            found.warnings.extend(problems)
        elif entry.name == "aliases.csv":
            found.warnings.extend(read_aliases(entry)[1])  # read for its rows by corpus.actors
        else:
            found.files.append(entry)


def _real(path: Path) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, RuntimeError, ValueError):  # a link loop, a name the system refuses
        return str(path.absolute())


def _side_text(path: Path) -> str:
    """metadata.csv's or aliases.csv's text; UnusableFile when it is not text, or not a file."""
    return decode_bytes(read_capped(path, MAX_CORPUS_BYTES), limit=MAX_CORPUS_BYTES)[0]


def read_metadata(path: Path) -> tuple[dict[str, MetadataRow], list[str]]:
    """Rows keyed by file name, and a warning for every row or value that could not be used."""
    where = printable_name(path.name)
    try:
        reader = csv_reader(_side_text(path))
        columns = {(c or "").strip().lower() for c in reader.fieldnames or []}
    except (UnusableFile, csv.Error) as problem:
        return {}, [f"{where}: cannot be used ({problem}); ignored"]
    if "file" not in columns:
        return {}, [f"{where}: no 'file' column, so its rows cannot be matched to articles; ignored"]
    rows: dict[str, MetadataRow] = {}
    problems: list[str] = []
    for number, raw in csv_rows(reader):
        line = f"{where} line {number + 1}"  # the header is line 1
        if isinstance(raw, str):
            problems.append(f"{line}: {raw}; ignored")
            continue
        row = {key: clean_value(value) or "" for key, value in raw.items() if key}
        name = row.get("file", "")
        if not name:
            continue
        if name in rows:
            problems.append(f"{line}: second row for {name}; the first is used")
            continue
        published = row.get("published") or None
        if published:
            problem = None if PUBLISHED.match(published) else "not YYYY-MM-DD, YYYY-MM or YYYY"
            problem = problem or read_date(published)[1]
            if problem:
                problems.append(date_warning(line, "published", published, problem))
                published = None
        rows[name] = MetadataRow(
            title=row.get("title") or None,
            outlet=row.get("outlet") or None,
            author=row.get("author") or None,
            published=published,
            genre=row.get("genre") or None,
            url=row.get("url") or None,
            extra=extra_columns(row, METADATA_COLUMNS),
        )
    return rows, problems


def read_aliases(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """The `(alias, canonical)` rows of an aliases.csv, and a warning for every row that cannot be used.

    A canonical name needs a letter and an alias a letter or digit (`123,---` names nobody).
    """
    where = printable_name(path.name)
    try:
        reader = csv_reader(_side_text(path))
        columns = {(c or "").strip().lower() for c in reader.fieldnames or []}
    except (UnusableFile, csv.Error) as problem:
        return [], [f"{where}: cannot be used ({problem}); ignored"]
    if not {"alias", "canonical"} <= columns:
        return [], [f"{where}: no 'alias' and 'canonical' columns (alias,canonical on the first line); ignored"]
    pairs: list[tuple[str, str]] = []
    problems: list[str] = []
    for number, raw in csv_rows(reader):
        line = f"{where} line {number + 1}"
        if isinstance(raw, str):
            problems.append(f"{line}: {raw}; ignored")
            continue
        alias, canonical = clean_value(raw.get("alias")), clean_value(raw.get("canonical"))
        if not alias and not canonical:
            continue
        if not canonical or not any(ch.isalpha() for ch in canonical):
            problems.append(f"{line}: canonical name '{for_terminal(canonical or '')[:80]}' has no letter; ignored")
        elif not alias or not name_key(alias):
            problems.append(f"{line}: alias '{for_terminal(alias or '')[:80]}' names nothing; ignored")
        else:
            pairs.append((alias, canonical))
    return pairs, problems


def read_article(path: Path, meta: MetadataRow | None, thresholds: Thresholds = Thresholds()) -> Article:
    """One .txt, .md or .html file as an Article (corpus files hold many: use `load_corpus`)."""
    sources, _ = read_source(path)
    return build_article(sources[0], meta, thresholds)


def build_article(source: SourceText, meta: MetadataRow | None, thresholds: Thresholds = Thresholds(), *,
                  warnings: list[str] | None = None) -> Article:
    """Apply metadata.csv over the source's own hints, then the layout rules, to one text.

    A dateline that is no usable date is left out, with a line in `warnings` when given.
    """
    meta = (meta or MetadataRow()).over(source.hints)
    layout = find_layout(source.text, author=meta.author, title=meta.title)
    words = len(re.findall(r"\w+", layout.body))
    if words < thresholds.min_body_words:
        raise UnusableFile(f"no article body ({words} words once the title and furniture are set aside)")
    share = english_share(layout.body)
    if share < thresholds.min_english_share:
        raise UnusableFile(
            f"not English, it seems (only {share:.0%} of its words are common English words); "
            "mediabrief analyses English articles"
        )
    published, anchor, problem = _published(meta, layout.dateline)
    if problem and warnings is not None:
        warnings.append(date_warning(source.article_id, "dateline", layout.dateline or "", problem))
    return Article(
        article_id=source.article_id,
        path=source.path,
        text=source.text,
        segments=layout.segments,
        title=meta.title or layout.title,
        outlet=meta.outlet or _outlet_from_url(meta.url) or _outlet_from_name(Path(source.article_id)),
        author=meta.author or layout.byline,
        published=published,
        published_source=anchor,
        genre=meta.genre or layout.genre,
        url=meta.url,
        encoding=source.encoding,
        boilerplate=layout.boilerplate,
        notes=source.notes,
        extra=meta.extra,
    )


def english_share(text: str) -> float:
    """Share of the words that are English function words (the, of, and …): about 40-50 % in English prose.

    Notes: a stop-word profile, the cheapest language check that needs no model and no download.
    """
    words = LETTERS.findall(text.lower())
    return sum(map(ENGLISH_FUNCTION_WORDS.__contains__, words)) / len(words) if words else 0.0


def _published(meta: MetadataRow, dateline: str | None) -> tuple[str | None, Anchor, str | None]:
    """The published date and where it came from, and why the dateline was not used, if it was not."""
    if meta.published:
        return meta.published, Anchor.PUBLISHED, None
    if dateline:
        value, problem = dateline_date(dateline)
        if value:
            return value, Anchor.DATELINE, None
        return None, Anchor.NONE, problem
    return None, Anchor.NONE, None


def parse_dateline(dateline: str) -> str | None:
    """`'15 Sep 2023 15:26 PM'` -> `'2023-09-15'`, via dateparser (day-first only where it must be)."""
    return dateline_date(dateline)[0]


def dateline_date(dateline: str) -> tuple[str | None, str | None]:
    """The date of a dateline, or None and why not (unreadable, no such day, a year out of range)."""
    import dateparser  # slow to import; only needed for files without a published date

    try:
        parsed = dateparser.parse(dateline, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    except Exception:  # noqa: BLE001  (an odd dateline costs the date, never the article)
        parsed = None
    if parsed is None:
        return None, "not a date that can be read"
    return read_date(f"{parsed.year:04d}-{parsed.month:02d}-{parsed.day:02d}")


def _outlet_from_url(url: str | None) -> str | None:
    """`https://www.example.com/a/b` -> `example.com`."""
    try:
        host = urllib.parse.urlsplit(url).hostname if url else None
    except ValueError:  # `http://[::1` and the like: a URL that names no host
        return None
    return host.removeprefix("www.") if host else None


def _outlet_from_name(path: Path) -> str:
    """Without metadata or a URL: the file name's leading word when it reads as an outlet's
    (`nyt_2016-…` -> `nyt`), else the file itself is its own source."""
    stem, *rest = re.split(r"[_\s]", path.stem, maxsplit=1)
    return stem if rest and stem.isalpha() else (path.stem or str(path))

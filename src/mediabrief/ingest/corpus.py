"""Paths (and URLs) -> Corpus: read article files, corpus files and metadata.csv.

Each file either becomes `Article`s or a `Skipped` with a reason a user can act
on; nothing is dropped silently, and one bad file (or record) never stops the others.
Formats are read by `readers`; metadata.csv wins over what a file says about
itself, which wins over what the layout rules find in the text.
"""

from __future__ import annotations

import csv
import io
import re
import urllib.parse
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..errors import InputError
from .layout import find_layout
from .readers import (
    METADATA_COLUMNS,
    MetadataRow,
    SourceText,
    UnusableFile,
    decode_bytes,
    extra_columns,
    fetch_page,
    guess_encoding,
    is_url,
    read_source,
    url_name,
)
from ..records import Anchor, Article, Corpus, Skipped
from ..settings import Thresholds

SIDE_FILES = frozenset({"metadata.csv", "aliases.csv"})
PUBLISHED = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in that is was for on with as by at from it he she they his her its their be has have "
    "had are were not but or this which who an will would said says been after than also about into".split()
)
LETTERS = re.compile(r"[a-z]+")
FETCH_TIMEOUT = 20.0
FETCH_THREADS = 4

__all__ = ["MetadataRow", "UnusableFile", "decode_bytes", "guess_encoding", "load_corpus", "read_metadata"]


def load_corpus(paths: Iterable[Path | str], *, fetch_timeout: float = FETCH_TIMEOUT,
                thresholds: Thresholds = Thresholds()) -> Corpus:
    """Read folders, files and URLs (`http(s)://`, `file://`) into a Corpus.

    Raises InputError when nothing in `paths` is a usable article.
    """
    files, urls, metadata, warnings = _collect(paths)
    articles: list[Article] = []
    skipped: list[Skipped] = []
    names: set[str] = set()
    for source in _sources(files, urls, skipped, fetch_timeout):
        if source.article_id in names:
            skipped.append(Skipped(_shown_path(source), "another article already has this name; the first is used"))
            continue
        try:
            articles.append(build_article(source, metadata.get(source.article_id), thresholds))
            names.add(source.article_id)
        except UnusableFile as problem:
            skipped.append(Skipped(_shown_path(source), str(problem)))
    known = {path.name for path in files} | names
    warnings += [f"metadata.csv names {name}, which is not in the folder"
                 for name in sorted(metadata) if name not in known]
    if not articles:
        reasons = "; ".join(f"{s.path.name}: {s.reason}" for s in skipped[:3])
        raise InputError("no usable article found" + (f" ({reasons})" if reasons else ""))
    return Corpus(tuple(articles), tuple(skipped), tuple(warnings))


def _sources(files: list[Path], urls: list[str], skipped: list[Skipped], timeout: float) -> Iterator[SourceText]:
    for path in files:
        try:
            sources, problems = read_source(path)
        except UnusableFile as problem:
            skipped.append(Skipped(path, str(problem)))
            continue
        skipped.extend(Skipped(path.with_name(p.name), p.reason) for p in problems)
        yield from sources
    if urls:
        with ThreadPoolExecutor(max_workers=FETCH_THREADS) as pool:
            for url, outcome in zip(urls, pool.map(lambda u: _fetch(u, timeout), urls)):
                if isinstance(outcome, str):
                    skipped.append(Skipped(Path(url_name(url)), f"{url}: {outcome}"))
                else:
                    yield outcome


def _fetch(url: str, timeout: float) -> SourceText | str:
    try:
        return fetch_page(url, timeout=timeout)
    except UnusableFile as problem:
        return str(problem)


def _shown_path(source: SourceText) -> Path:
    """Where a skipped article came from: the file, or `corpus.jsonl#4` for a record."""
    return source.path if source.path.name == source.article_id else source.path.with_name(source.article_id)


def _collect(paths: Iterable[Path | str]) -> tuple[list[Path], list[str], dict[str, MetadataRow], list[str]]:
    files: list[Path] = []
    urls: list[str] = []
    metadata: dict[str, MetadataRow] = {}
    warnings: list[str] = []
    for raw in paths:
        if is_url(raw):
            urls.append(str(raw))
            continue
        path = Path(raw)
        if path.is_dir():
            candidates = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            files += [p for p in candidates if p.name not in SIDE_FILES]
            if (path / "metadata.csv").is_file():
                rows, problems = read_metadata(path / "metadata.csv")
                metadata.update(rows)
                warnings += problems
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return files, urls, metadata, warnings


def read_metadata(path: Path) -> tuple[dict[str, MetadataRow], list[str]]:
    """Rows keyed by file name, and a warning for every row or value that could not be used."""
    try:
        text, _ = decode_bytes(path.read_bytes())
    except (OSError, UnusableFile) as problem:
        return {}, [f"{path.name}: cannot be used ({problem}); ignored"]
    reader = csv.DictReader(io.StringIO(text))
    columns = {c.strip().lower() for c in reader.fieldnames or []}
    if "file" not in columns:
        return {}, [f"{path.name}: no 'file' column, so its rows cannot be matched to articles; ignored"]
    rows: dict[str, MetadataRow] = {}
    problems: list[str] = []
    for number, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        name = row.get("file", "")
        if not name:
            continue
        if name in rows:
            problems.append(f"{path.name} line {number}: second row for {name}; the first is used")
            continue
        published = row.get("published") or None
        if published and not PUBLISHED.match(published):
            problems.append(f"{path.name} line {number}: published '{published}' is not YYYY-MM-DD, YYYY-MM or YYYY; ignored")
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


def read_article(path: Path, meta: MetadataRow | None, thresholds: Thresholds = Thresholds()) -> Article:
    """One .txt, .md or .html file as an Article (corpus files hold many: use `load_corpus`)."""
    sources, _ = read_source(path)
    return build_article(sources[0], meta, thresholds)


def build_article(source: SourceText, meta: MetadataRow | None, thresholds: Thresholds = Thresholds()) -> Article:
    """Apply metadata.csv over the source's own hints, then the layout rules, to one text."""
    meta = (meta or MetadataRow()).over(source.hints)
    layout = find_layout(source.text, author=meta.author)
    words = len(re.findall(r"\w+", layout.body))
    if words < thresholds.min_body_words:
        raise UnusableFile(f"no article body ({words} words once the title and furniture are set aside)")
    share = english_share(layout.body)
    if share < thresholds.min_english_share:
        raise UnusableFile(
            f"not English, it seems (only {share:.0%} of its words are common English words); "
            "mediabrief analyses English articles"
        )
    published, anchor = _published(meta, layout.dateline)
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


def _published(meta: MetadataRow, dateline: str | None) -> tuple[str | None, Anchor]:
    if meta.published:
        return meta.published, Anchor.PUBLISHED
    if dateline and (value := parse_dateline(dateline)):
        return value, Anchor.DATELINE
    return None, Anchor.NONE


def parse_dateline(dateline: str) -> str | None:
    """`'15 Sep 2023 15:26 PM'` -> `'2023-09-15'`, via dateparser (day-first only where it must be)."""
    import dateparser  # slow to import; only needed for files without a published date

    parsed = dateparser.parse(dateline, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        return None
    return parsed.date().isoformat()


def _outlet_from_url(url: str | None) -> str | None:
    """`https://www.example.com/a/b` -> `example.com`."""
    host = urllib.parse.urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _outlet_from_name(path: Path) -> str:
    """Without metadata or a URL: the file name's leading word when it reads as an outlet's
    (`nyt_2016-…` -> `nyt`), else the file itself is its own source."""
    stem, *rest = re.split(r"[_\s]", path.stem, maxsplit=1)
    return stem if rest and stem.isalpha() else path.stem

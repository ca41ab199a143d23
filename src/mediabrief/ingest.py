"""Paths -> Corpus: read a folder of article files and its metadata.csv.

Each file either becomes an `Article` or a `Skipped` with a reason a user can act
on; nothing is dropped silently, and one bad file never stops the others.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import InputError
from .layout import find_layout
from .records import Anchor, Article, Corpus, Skipped

ARTICLE_SUFFIXES = frozenset({".txt"})
SIDE_FILES = frozenset({"metadata.csv", "aliases.csv"})
METADATA_COLUMNS = ("file", "title", "outlet", "author", "published", "genre", "url")
PUBLISHED = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
MIN_BODY_WORDS = 20
WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")


class UnusableFile(Exception):
    """Raised inside ingest for one file; becomes a `Skipped` row, never leaves this module."""


@dataclass(frozen=True, slots=True)
class MetadataRow:
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    genre: str | None
    url: str | None


def load_corpus(paths: Iterable[Path | str]) -> Corpus:
    """Read folders and files into a Corpus.

    Raises InputError when nothing in `paths` is a usable article.
    """
    files, metadata, warnings = _collect(paths)
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for path in files:
        try:
            articles.append(read_article(path, metadata.get(path.name)))
        except UnusableFile as problem:
            skipped.append(Skipped(path, str(problem)))
    known = {path.name for path in files}
    warnings += [f"metadata.csv names {name}, which is not in the folder" for name in sorted(metadata) if name not in known]
    if not articles:
        reasons = "; ".join(f"{s.path.name}: {s.reason}" for s in skipped[:3])
        raise InputError("no usable article found" + (f" ({reasons})" if reasons else ""))
    return Corpus(tuple(articles), tuple(skipped), tuple(warnings))


def _collect(paths: Iterable[Path | str]) -> tuple[list[Path], dict[str, MetadataRow], list[str]]:
    files: list[Path] = []
    metadata: dict[str, MetadataRow] = {}
    warnings: list[str] = []
    for raw in paths:
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
    return files, metadata, warnings


def read_metadata(path: Path) -> tuple[dict[str, MetadataRow], list[str]]:
    """Rows keyed by file name, and a warning for every row or value that could not be used."""
    text, _ = decode_bytes(path.read_bytes(), path)
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
        )
    return rows, problems


def decode_bytes(data: bytes, path: Path) -> tuple[str, str]:
    """Decode a file's bytes, naming the encoding used; UnusableFile for binary data."""
    if not data.strip():
        raise UnusableFile("empty file" if not data else "only white space")
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


def read_article(path: Path, meta: MetadataRow | None) -> Article:
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise UnusableFile(f"not an article file ({path.suffix or 'no extension'}); expected .txt")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnusableFile(f"cannot be read ({error.strerror})") from error
    text, encoding = decode_bytes(data, path)
    meta = meta or MetadataRow(None, None, None, None, None, None)
    layout = find_layout(text, author=meta.author)
    words = len(re.findall(r"\w+", layout.body))
    if words < MIN_BODY_WORDS:
        raise UnusableFile(f"no article body ({words} words once the title and furniture are set aside)")
    notes = [] if encoding in ("utf-8", "ascii") else [f"decoded as {encoding}"]
    published, source = _published(meta, layout.dateline)
    return Article(
        article_id=path.name,
        path=path,
        text=text,
        body=layout.body,
        segments=layout.segments,
        title=meta.title or layout.title,
        outlet=meta.outlet or _outlet_from_name(path),
        author=meta.author or layout.byline,
        published=published,
        published_source=source,
        genre=meta.genre or layout.genre,
        url=meta.url,
        encoding=encoding,
        boilerplate=layout.boilerplate,
        notes=tuple(notes),
    )


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


def _outlet_from_name(path: Path) -> str:
    """Without metadata, the outlet is the file name's leading word (`nyt_2016-…` -> `nyt`)."""
    stem = re.split(r"[_\s]", path.stem, maxsplit=1)[0]
    return stem if stem and not stem.isdigit() else "unknown outlet"

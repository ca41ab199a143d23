"""Per-article analysis results kept between runs, so a rerun analyses only new or changed articles.

The store is one SQLite file under `.mediabrief-cache/`. A row is keyed by a hash
of the article (its text, body, metadata and layout: every field but its path)
and of the analysis fingerprint: ANALYSIS_VERSION, the spaCy and model versions,
and the source of every module the per-article analysis runs (found by following
imports from `analysis.py`) plus the word lists in `resources/`. Changing any of
them misses the cache, so a cached result is always what a fresh run would give.
Rows are JSON (records as lists of their fields, in declaration order), zlib-compressed.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

from ..records import Article, ArticleAnalysis

# Bump when the analysis changes in a way the hashed sources cannot show (e.g. a dependency's behaviour).
ANALYSIS_VERSION = "2026.11-1"
SCHEMA = 2  # rows are positional lists (1: objects with field names)
CACHE_FILE = "analyses.sqlite"
PACKAGE = Path(__file__).resolve().parents[1]
# The per-article analysis starts in extract/analysis.py; the pipeline's configuration and the
# records it fills are used beside it, not imported by it.
ANALYSIS_ENTRY = ("extract/analysis.py", "engine/nlp.py", "records.py")
LOOKUP_CHUNK = 500


@lru_cache(maxsize=4)
def analysis_fingerprint(model: str) -> str:
    """What a cached result depends on besides the article.

    Computed once per process: the code that process analyses with is the code it imported.
    """
    digest = hashlib.sha256()
    for part in (ANALYSIS_VERSION, str(SCHEMA), model, installed_version("spacy"), _model_version(model)):
        digest.update(part.encode("utf-8") + b"\0")
    hash_sources(digest, analysis_sources())
    return digest.hexdigest()


def hash_sources(digest: Any, paths: Iterable[Path]) -> None:
    """Feed each package file's name and bytes into `digest` (a hashlib object)."""
    for path in paths:
        digest.update(str(path.relative_to(PACKAGE)).encode("utf-8") + b"\0" + path.read_bytes() + b"\0")


def analysis_sources() -> list[Path]:
    """Modules the per-article analysis imports (transitively, within the package), and resources/."""
    resources = [p for p in sorted((PACKAGE / "resources").rglob("*")) if p.is_file() and "__pycache__" not in p.parts]
    return package_sources(*ANALYSIS_ENTRY) + resources


def package_sources(*modules: str) -> list[Path]:
    """These files of the package and every package file they import, transitively.

    A named file that does not exist is an error: a fingerprint that silently left a module out
    would keep serving results the changed code no longer gives.
    """
    pending = [PACKAGE / name for name in modules]
    missing = [str(path.relative_to(PACKAGE)) for path in pending if not path.is_file()]
    if missing:
        raise FileNotFoundError(f"code fingerprint: no module {', '.join(missing)} in {PACKAGE}")
    seen: set[Path] = set()
    while pending:
        path = pending.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        pending.extend(_local_imports(path))
        # Importing a module runs its package's __init__ first, and that of every package above it.
        pending.extend(folder / "__init__.py" for folder in path.parents if folder.is_relative_to(PACKAGE))
    return sorted(seen)


# `from .x import y`, `from .. import y` and `from .x import (y, z)`, indented too (imports inside
# functions). A regex, not `ast`: parsing the package's modules took a tenth of a second every run,
# and a match inside a string can only add a file to the hash, never leave one out.
RELATIVE_IMPORT = re.compile(r"^[ \t]*from[ \t]+(\.+)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)", re.MULTILINE)


def _local_imports(path: Path) -> list[Path]:
    """Files of this package that `path` imports with relative imports."""
    found = []
    for dots, module, names in RELATIVE_IMPORT.findall(path.read_text("utf-8")):
        base = path.parent
        for _ in range(len(dots) - 1):
            base = base.parent
        parts = module.split(".") if module else []
        found += [base.joinpath(*parts[:n], "__init__.py") for n in range(1, len(parts))]
        stem = base.joinpath(*parts)
        listed = re.sub(r"#[^\n]*", "", names).strip("() \t").replace("\n", ",").split(",")
        aliases = [name.split()[0] for name in listed if name.strip()]  # `y as z` imports y
        # `from .x import y` imports x, and y when y is a module of package x.
        for name in ([stem] if module else []) + [stem / alias for alias in aliases]:
            found += [name.with_suffix(".py"), name / "__init__.py"]
    return [p for p in found if p.is_file()]


def installed_version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _model_version(model: str) -> str:
    meta = Path(model) / "meta.json"
    if meta.is_file():
        return hashlib.sha256(meta.read_bytes()).hexdigest()
    return installed_version(model)


def article_key(article: Article, fingerprint: str) -> str:
    """The cache key of one article: everything about it but where it lies on disk."""
    row = to_row(article)
    del row[_field_index(Article, "path")]
    text = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{fingerprint}\0{text}".encode("utf-8")).hexdigest()


def encode_analysis(analysis: ArticleAnalysis) -> bytes:
    row = to_row(analysis)
    row[_field_index(ArticleAnalysis, "article")] = SCHEMA  # the article is the caller's; its slot says the schema
    return zlib.compress(json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def decode_analysis(payload: bytes, article: Article) -> ArticleAnalysis:
    row = json.loads(zlib.decompress(payload))
    slot = _field_index(ArticleAnalysis, "article")
    if not isinstance(row, list) or row[slot] != SCHEMA:
        raise ValueError("cache row written by another schema")
    row[slot] = article
    return from_row(ArticleAnalysis, row)


def to_row(value: Any) -> Any:
    """A record as JSON-ready data: dataclasses as lists of their fields in order, Enums as values,
    Paths as strings. Positional rather than named: a rerun decodes every cached record."""
    if isinstance(value, (tuple, list)):
        return [to_row(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    names = _field_names(type(value))
    if names:
        return [to_row(getattr(value, name)) for name in names]
    if isinstance(value, Path):
        return str(value)
    return value


def from_row(kind: type, row: list[Any]) -> Any:
    """Rebuild a record of type `kind` from `to_row` data (already-built values pass through)."""
    for index, convert in _conversions(kind):
        row[index] = convert(row[index])
    return kind(*row)


@lru_cache(maxsize=None)
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind)) if is_dataclass(kind) else ()


def _field_index(kind: type, name: str) -> int:
    return _field_names(kind).index(name)


@lru_cache(maxsize=None)
def _conversions(kind: type) -> tuple[tuple[int, Callable[[Any], Any]], ...]:
    """The converter of each field that needs one, from its declared type (resolved once per record type)."""
    hints = get_type_hints(kind)
    converters = ((index, _converter(hints[f.name])) for index, f in enumerate(fields(kind)))
    return tuple((index, convert) for index, convert in converters if convert is not None)


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    """None where the JSON value is already the field's value (str, int, float, bool)."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, UnionType):
        inner = _converter(next(a for a in args if a is not NoneType))
        return None if inner is None else (lambda v: None if v is None else inner(v))
    if origin is tuple:
        item = _converter(args[0])
        return tuple if item is None else (lambda v: tuple(map(item, v)))
    if isinstance(hint, type) and is_dataclass(hint):
        return lambda v: v if isinstance(v, hint) else from_row(hint, v)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return {member.value: member for member in hint}.__getitem__
    if hint is Path:
        return lambda v: v if isinstance(v, Path) else Path(v)
    return None


class AnalysisCache:
    """The SQLite store; every write is one transaction, so a killed run leaves whole rows only."""

    def __init__(self, directory: Path | str, fingerprint: str) -> None:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / CACHE_FILE
        self.fingerprint = fingerprint
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, "
            "article_id TEXT NOT NULL, payload BLOB NOT NULL)"
        )

    def lookup(self, articles: Sequence[Article]) -> tuple[dict[str, ArticleAnalysis], dict[str, str]]:
        """Cached analyses by article id, and the key of every article (for `store`)."""
        keys = {article.article_id: article_key(article, self.fingerprint) for article in articles}
        by_key = {key: article for article, key in zip(articles, keys.values())}
        found: dict[str, ArticleAnalysis] = {}
        wanted = list(by_key)
        for start in range(0, len(wanted), LOOKUP_CHUNK):
            chunk = wanted[start:start + LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT key, payload FROM analyses WHERE key IN ({marks})", chunk)
            for key, payload in rows:
                article = by_key[key]
                try:
                    found[article.article_id] = decode_analysis(payload, article)
                except (ValueError, TypeError, KeyError, zlib.error):
                    continue  # an unreadable row is a miss; the fresh result replaces it
        return found, keys

    def store(self, analyses: Iterable[ArticleAnalysis], keys: dict[str, str]) -> None:
        rows = [(keys[a.article.article_id], self.fingerprint, a.article.article_id, encode_analysis(a))
                for a in analyses]
        if not rows:
            return
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?)", rows)

    def prune(self) -> int:
        """Drop the rows of every other fingerprint: no run of this code can use them."""
        with self._transaction():
            return self._db.execute("DELETE FROM analyses WHERE fingerprint != ?", (self.fingerprint,)).rowcount

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")


def open_cache(directory: Path | str, fingerprint: str) -> tuple[AnalysisCache | None, str | None]:
    """The cache, or None and a warning saying why the run goes on without it."""
    try:
        return AnalysisCache(directory, fingerprint), None
    except (OSError, sqlite3.Error) as error:
        return None, f"{Path(directory) / CACHE_FILE}: cache not used ({error}); every article is analysed afresh"

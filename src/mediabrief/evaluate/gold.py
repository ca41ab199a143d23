"""Read a gold/1 JSON file into typed, frozen records (format: tests/data/EVAL-README.md).

A file that is not JSON or breaks the schema raises InputError naming the file and the
exact place of the problem; unknown keys (notes, roles, captions) are allowed and ignored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

SCHEMA = "gold/1"
QUOTE_KINDS = frozenset({"direct", "partial", "indirect"})
# How the text points at a quote's speaker where it is attributed (resolved gold only).
MENTION_KINDS = frozenset({"name", "description", "pronoun", "none", "group", "document", "anonymous"})


@dataclass(frozen=True, slots=True)
class GoldQuote:
    match: str
    speaker: str | None
    aliases: tuple[str, ...] = ()
    speaker_type: str | None = None
    kind: str | None = None
    role: str | None = None
    optional: bool = False
    speaker_loose: bool = False
    mention: str | None = None


@dataclass(frozen=True, slots=True)
class GoldPerson:
    name: str
    aliases: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldDate:
    text: str
    values: tuple[str, ...]
    start: int | None = None
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldArticle:
    file: str
    published: str | None
    quotes: tuple[GoldQuote, ...] = ()
    people: tuple[GoldPerson, ...] = ()
    dates: tuple[GoldDate, ...] = ()


@dataclass(frozen=True, slots=True)
class Gold:
    """One gold set: its name (e.g. 'seeds', 'polnear-dev'), its articles and the corpus-wide lists."""

    name: str
    articles: tuple[GoldArticle, ...]
    must_not_merge: tuple[tuple[str, str], ...] = ()
    authors: tuple[str, ...] = ()

    def article(self, file: str) -> GoldArticle | None:
        return next((a for a in self.articles if a.file == file), None)


class _SchemaError(Exception):
    """A schema problem at one place in the file; load_gold turns it into an InputError."""


def gold_set_name(path: Path) -> str:
    """'tests/data/seeds-gold.json' -> 'seeds'; 'tests/data/polnear-dev/gold.json' -> 'polnear-dev'."""
    if path.stem == "gold":
        return path.resolve().parent.name
    return path.stem.removesuffix("-gold").removesuffix("_gold")


def load_gold(path: Path) -> Gold:
    """Read and check a gold/1 file.

    Raises InputError ("<path>: <problem>") when it cannot be read, is not JSON or breaks the schema.
    """
    try:
        data = json.loads(path.read_text("utf-8"))
    except OSError as error:
        raise InputError(f"{path}: cannot read the gold file ({error.strerror or error})") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: the gold file is not UTF-8 text") from error
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: not JSON ({error.msg} at line {error.lineno}, column {error.colno})") from error
    try:
        return parse_gold(data, name=gold_set_name(path))
    except _SchemaError as problem:
        raise InputError(f"{path}: not a {SCHEMA} gold file: {problem}") from None


def parse_gold(data: object, *, name: str) -> Gold:
    """A decoded gold/1 document -> Gold; raises _SchemaError naming the offending place."""
    top = _object(data, "")
    if top.get("schema") != SCHEMA:
        raise _SchemaError(f"'schema' is {top.get('schema')!r}, expected {SCHEMA!r}")
    raw_articles = _list(top, "articles", "", required=True)
    articles = tuple(_article(raw, f"articles[{i}]") for i, raw in enumerate(raw_articles))
    seen: set[str] = set()
    for article in articles:
        if article.file in seen:
            raise _SchemaError(f"article file {article.file!r} is listed twice")
        seen.add(article.file)
    pairs = []
    for i, pair in enumerate(_list(top, "must_not_merge", "")):
        if not (isinstance(pair, list) and len(pair) == 2 and all(_is_text(x) for x in pair)):
            raise _SchemaError(f"must_not_merge[{i}] must be a pair of names, got {pair!r}")
        pairs.append((pair[0], pair[1]))
    authors = _strings(top, "authors_are_not_quoted_sources", "")
    return Gold(name=name, articles=articles, must_not_merge=tuple(pairs), authors=authors)


def _article(raw: object, where: str) -> GoldArticle:
    item = _object(raw, where)
    file = _text(item, "file", where, required=True)
    quotes = tuple(_quote(q, f"{where}.quotes[{i}]") for i, q in enumerate(_list(item, "quotes", where)))
    people = tuple(_person(p, f"{where}.people[{i}]") for i, p in enumerate(_list(item, "people", where)))
    dates = tuple(_date(d, f"{where}.dates[{i}]") for i, d in enumerate(_list(item, "dates", where)))
    published = item.get("published")
    if published is not None and not isinstance(published, str):
        raise _SchemaError(f"{where}.published must be a string or null")
    return GoldArticle(file=file, published=published, quotes=quotes, people=people, dates=dates)


def _quote(raw: object, where: str) -> GoldQuote:
    item = _object(raw, where)
    kind = _text(item, "kind", where)
    if kind is not None and kind not in QUOTE_KINDS:
        raise _SchemaError(f"{where}.kind is {kind!r}, expected one of {', '.join(sorted(QUOTE_KINDS))}")
    mention = _text(item, "mention", where)
    if mention is not None and mention not in MENTION_KINDS:
        raise _SchemaError(f"{where}.mention is {mention!r}, expected one of {', '.join(sorted(MENTION_KINDS))}")
    return GoldQuote(
        match=_text(item, "match", where, required=True),
        speaker=_text(item, "speaker", where),
        aliases=_strings(item, "aliases", where),
        speaker_type=_text(item, "speaker_type", where),
        kind=kind,
        role=_text(item, "role", where),
        optional=_flag(item, "optional", where),
        speaker_loose=_flag(item, "speaker_loose", where),
        mention=mention,
    )


def _person(raw: object, where: str) -> GoldPerson:
    item = _object(raw, where)
    return GoldPerson(
        name=_text(item, "name", where, required=True),
        aliases=_strings(item, "aliases", where),
        optional=_flag(item, "optional", where),
    )


def _date(raw: object, where: str) -> GoldDate:
    item = _object(raw, where)
    values = _strings(item, "values", where)
    if not values:
        raise _SchemaError(f"{where}.values must list at least one acceptable value")
    start = item.get("start")
    if start is not None and (not isinstance(start, int) or isinstance(start, bool) or start < 0):
        raise _SchemaError(f"{where}.start must be a character offset (an integer >= 0)")
    return GoldDate(
        text=_text(item, "text", where, required=True),
        values=values,
        start=start,
        optional=_flag(item, "optional", where),
    )


def _at(where: str, key: str) -> str:
    """'articles[2]' + 'file' -> 'articles[2].file'; at the top level just 'file'."""
    return f"{where}.{key}" if where else key


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _object(value: object, where: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise _SchemaError(f"{where or 'the top level'} must be an object, got {type(value).__name__}")
    return value


def _list(item: dict[str, object], key: str, where: str, *, required: bool = False) -> list[object]:
    value = item.get(key)
    if value is None and not required:
        return []
    if not isinstance(value, list):
        raise _SchemaError(f"{_at(where, key)} is missing" if value is None else f"{_at(where, key)} must be a list")
    return value


def _text(item: dict[str, object], key: str, where: str, *, required: bool = False) -> str | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not _is_text(value):
        raise _SchemaError(f"{_at(where, key)} must be a non-empty string, got {value!r}")
    return value


def _strings(item: dict[str, object], key: str, where: str) -> tuple[str, ...]:
    values = _list(item, key, where)
    if not all(_is_text(v) for v in values):
        raise _SchemaError(f"{_at(where, key)} must be a list of non-empty strings")
    return tuple(values)


def _flag(item: dict[str, object], key: str, where: str) -> bool:
    value = item.get(key, False)
    if not isinstance(value, bool):
        raise _SchemaError(f"{_at(where, key)} must be true or false, got {value!r}")
    return value

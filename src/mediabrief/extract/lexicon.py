"""Word lists from `resources/`, loaded once and passed to the extractors as plain data."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache

from ..resources import read_resource


@dataclass(frozen=True, slots=True)
class Lexicon:
    speech_verbs: frozenset[str]
    media_words: frozenset[str]
    role_types: dict[str, str]
    titles: frozenset[str]
    aliases: dict[str, tuple[str, str]]
    demonyms: dict[str, str]
    capitals: dict[str, str]


def _read(name: str) -> str:
    return read_resource(name)


def _words(name: str) -> frozenset[str]:
    return frozenset(
        line.strip().lower() for line in _read(name).splitlines() if line.strip() and not line.startswith("#")
    )


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_read(name))))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    return Lexicon(
        speech_verbs=_words("speech_verbs.txt"),
        media_words=_words("media_words.txt"),
        role_types={row["word"]: row["speaker_type"] for row in _rows("role_words.csv")},
        titles=_words("titles.txt"),
        aliases=_alias_table(_rows("aliases.csv")),
        demonyms={row["demonym"].lower(): row["country"] for row in _rows("demonyms.csv")},
        capitals={row["capital"].lower(): row["country"] for row in _rows("capitals.csv")},
    )


def _alias_table(rows: list[dict[str, str]]) -> dict[str, tuple[str, str]]:
    """Alias (lower case; acronyms also without dots, `u.n.` -> `un`) -> (canonical, type)."""
    table = {}
    for row in rows:
        value = (row["canonical"], row["type"])
        table[row["alias"].lower()] = value
        table[row["alias"].lower().replace(".", "")] = value
    return table

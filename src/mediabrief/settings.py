"""Frozen run settings: defaults, optionally layered with a TOML file, then the CLI."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .errors import InputError
from .nlp import DEFAULT_MODEL


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL
    out_dir: Path = Path("report")
    figures_dir: Path = Path("figures")
    templates_dir: Path | None = None
    title: str | None = None
    batch_size: int = 16
    n_process: int = 1
    quiet: bool = False
    debug: bool = False


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
    return _apply(settings, given, source="command line")


def _apply(settings: Settings, values: dict[str, object], *, source: str) -> Settings:
    known = {f.name: f for f in fields(Settings)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise InputError(f"{source}: unknown setting(s) {', '.join(unknown)}")
    converted = {k: Path(str(v)) if k.endswith("_dir") else v for k, v in values.items()}
    return replace(settings, **converted)

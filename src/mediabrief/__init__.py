"""mediabrief: how outlets covered one story differently, as tables, charts and a PDF briefing."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # absolute: the analysis cache's fingerprint follows relative imports, and these never run
    from mediabrief.pipeline import CorpusAnalysis, analyze
    from mediabrief.settings import Settings, load_settings

__all__ = ["CorpusAnalysis", "Settings", "analyze", "load_settings"]
__version__ = "0.1.0"

# Imported on first use: `mediabrief report` forks the PDF's process before pandas is imported,
# which an eager `from .pipeline import ...` here would do for every command.
_EXPORTS = {"CorpusAnalysis": "pipeline", "analyze": "pipeline", "Settings": "settings", "load_settings": "settings"}


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

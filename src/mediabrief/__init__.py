"""mediabrief: how outlets covered one story differently, as tables, charts and a PDF briefing."""

from .pipeline import CorpusAnalysis, analyze
from .settings import Settings, load_settings

__all__ = ["CorpusAnalysis", "Settings", "analyze", "load_settings"]
__version__ = "0.1.0"

"""The library's front door: paths in, tables (and a briefing) out. The CLI is a thin shell over this."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .analysis import AnalysisOptions, analyze_articles
from .ingest import load_corpus
from .nlp import load_pipeline
from .progress import Progress
from .records import ArticleAnalysis, Corpus
from .settings import Settings
from .tables import Tables, build_tables


@dataclass(frozen=True, slots=True)
class CorpusAnalysis:
    """A corpus, what was found in each article, and the tables built from it."""

    corpus: Corpus
    analyses: tuple[ArticleAnalysis, ...]
    tables: Tables


def analyze(paths: Iterable[Path | str], settings: Settings = Settings()) -> CorpusAnalysis:
    """Read the articles under `paths`, analyse each once, and build the tables.

    Raises InputError when no article is usable and ModelError when the pipeline is missing.
    """
    corpus = load_corpus(paths)
    nlp = load_pipeline(settings.model)
    options = AnalysisOptions(batch_size=settings.batch_size, n_process=settings.n_process)
    with Progress(total=len(corpus.articles), quiet=settings.quiet, label="Analysing") as progress:
        analyses = analyze_articles(corpus.articles, nlp, options=options, on_done=progress.advance)
    return CorpusAnalysis(corpus, tuple(analyses), build_tables(analyses, corpus.skipped))

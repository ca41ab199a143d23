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
from .briefing import write_briefing
from .charts import draw_charts
from .corpus_actors import resolve_corpus_actors
from .plots import save_chart
from .tables import Tables, build_tables, write_tables


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
    analyses = resolve_corpus_actors(analyses)
    return CorpusAnalysis(corpus, tuple(analyses), build_tables(analyses, corpus.skipped))


@dataclass(frozen=True, slots=True)
class ReportResult:
    analysis: CorpusAnalysis
    tables: list[Path]
    figures: list[Path]
    html: Path
    pdf: Path


def write_analysis(paths: Iterable[Path | str], settings: Settings = Settings()) -> tuple[CorpusAnalysis, list[Path]]:
    """`mediabrief analyze`: the tables only."""
    result = analyze(paths, settings)
    return result, write_tables(result.tables, settings.out_dir)


def report(paths: Iterable[Path | str], settings: Settings = Settings()) -> ReportResult:
    """`mediabrief report`: tables, figures and the briefing (HTML and PDF)."""
    result, table_paths = write_analysis(paths, settings)
    charts = draw_charts(result.tables)
    figure_paths = [path for chart in charts for path in save_chart(chart, settings.figures_dir)]
    notes = list(result.corpus.warnings) + article_notes(result.corpus)
    briefing = write_briefing(
        result.tables,
        charts,
        out_dir=settings.out_dir,
        figures_dir=settings.figures_dir,
        templates_dir=settings.templates_dir,
        title=settings.title,
        notes=notes,
    )
    return ReportResult(result, table_paths, figure_paths, briefing.html, briefing.pdf)


def article_notes(corpus: Corpus) -> list[str]:
    return [f"{a.article_id}: {note}" for a in corpus.articles for note in a.notes]

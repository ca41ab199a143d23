"""The library's front door: paths in, tables (and a briefing) out. The CLI is a thin shell over this.

One run flows one way: ingest -> extract (through the engine) -> corpus -> tables -> compare ->
charts and the report structure -> HTML, PDF and slides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path

from .briefing.accuracy import load_accuracy
from .briefing.companion import COMPANION_TEMPLATE, render_companion, save_companion
from .briefing.document import default_templates_dir, render_briefing, run_date, save_briefing
from .briefing.pdf_process import PdfProcess
from .briefing.structure import Report, build_report
from .charts.files import ChartWriter, chart_files
from .charts.plan import ChartPlan, plan_charts
from .charts.reuse import ChartReuse
from .compare.comparisons import Comparisons, build_comparisons
from .corpus.actors import resolve_corpus_actors
from .engine.forks import run_aside
from .engine.runner import analyze_corpus
from .engine.workers import Overrun
from .ingest.corpus import load_corpus
from .ingest.dedupe import Duplicate, set_aside_duplicates
from .ingest.textfile import shown_path
from .outputs import OutputSet, check_output_folder
from .errors import InputError
from .records import ArticleAnalysis, Corpus, Skipped
from .settings import Settings
from .tables.build import Tables, build_tables
from .tables.files import write_table_files


@dataclass(frozen=True, slots=True)
class CorpusAnalysis:
    """A corpus, what was found in each article, and the tables built from it."""

    corpus: Corpus
    analyses: tuple[ArticleAnalysis, ...]
    tables: Tables
    duplicates: tuple[Duplicate, ...] = ()  # as duplicates.csv: see tables.build.duplicate_table


def analyze(paths: Iterable[Path | str], settings: Settings = Settings()) -> CorpusAnalysis:
    """Read the articles under `paths`, analyse each once, and build the tables.

    Same-outlet duplicates are set aside first (see `dedupe`); results cached by an
    earlier run are reused (see `cache`); the rest run on `settings.engine`.
    Raises InputError when no article is usable and ModelError when the pipeline is missing.
    """
    corpus = load_corpus(paths, fetch_timeout=settings.fetch_timeout, thresholds=settings.thresholds,
                         exclude=(settings.out_dir, settings.figures_dir))
    corpus, duplicates = set_aside_duplicates(corpus, keep=settings.keep_duplicates,
                                              containment=settings.thresholds.duplicate_containment)
    warnings: list[str] = []
    analyses, overruns = analyze_corpus(corpus.articles, settings, warnings=warnings)
    corpus = _without_overruns(corpus, overruns)
    if not analyses:
        raise InputError("no article could be analysed (" + "; ".join(
            f"{o.article.article_id}: {o.reason}" for o in overruns[:3]) + ")")
    corpus = replace(corpus, warnings=corpus.warnings + tuple(warnings))
    analyses = resolve_corpus_actors(analyses)
    return CorpusAnalysis(corpus, tuple(analyses), build_tables(analyses, corpus.skipped), duplicates)


def _without_overruns(corpus: Corpus, overruns: list[Overrun]) -> Corpus:
    """The corpus with the articles whose analysis went over budget moved to its skipped files."""
    over = {overrun.article.article_id for overrun in overruns}
    skipped = tuple(Skipped(shown_path(o.article.path, o.article.article_id), o.reason) for o in overruns)
    return replace(corpus, articles=tuple(a for a in corpus.articles if a.article_id not in over),
                   skipped=corpus.skipped + skipped)


@dataclass(frozen=True, slots=True)
class ReportResult:
    analysis: CorpusAnalysis
    tables: list[Path]
    figures: list[Path]
    html: Path
    pdf: Path
    companion: Path


def write_analysis(paths: Iterable[Path | str], settings: Settings = Settings()) -> tuple[CorpusAnalysis, list[Path]]:
    """`mediabrief analyze`: the tables only."""
    check_output_folder(settings.out_dir)
    result = analyze(paths, settings)
    with OutputSet([settings.out_dir]) as staged:
        written = _write_tables(result, _staged(settings, staged))
    return result, [staged.final(path) for path in written]


def _staged(settings: Settings, staged: OutputSet) -> Settings:
    """The settings with the output folders moved to where `staged` has the new set written."""
    return replace(settings, out_dir=staged.path(settings.out_dir), figures_dir=staged.path(settings.figures_dir))


def _write_tables(result: CorpusAnalysis, settings: Settings) -> list[Path]:
    return write_table_files(result.tables, result.duplicates, settings.out_dir, settings.table_format,
                             workbook=settings.workbook)


def report(paths: Iterable[Path | str], settings: Settings = Settings(), *,
           pdf: PdfProcess | None = None) -> ReportResult:
    """`mediabrief report`: tables, figures and the briefing (HTML and PDF).

    `pdf` is a started `PdfProcess` (the CLI starts one before it imports this module); without
    one, it starts now, so that weasyprint is imported while the articles are analysed.
    """
    for folder in (settings.out_dir, settings.figures_dir):
        check_output_folder(folder)
    with nullcontext(pdf) if pdf is not None else PdfProcess() as layout:
        result = analyze(paths, settings)
        # Tables, charts, HTML and PDF are one set: written beside the old one, then switched.
        with OutputSet([settings.figures_dir, settings.out_dir]) as staged:
            written = _write_report(result, _staged(settings, staged), layout.render,
                                    links=(settings.out_dir, settings.figures_dir))
        return replace(written, tables=[staged.final(p) for p in written.tables],
                       figures=[staged.final(p) for p in written.figures], html=staged.final(written.html),
                       pdf=staged.final(written.pdf), companion=staged.final(written.companion))


def _write_report(result: CorpusAnalysis, settings: Settings, render: Callable[..., bytes], *,
                  links: tuple[Path, Path]) -> ReportResult:
    comparisons, plans, report = plan_report(result, settings)
    # Charts are drawn again only where their data or drawing code changed (see `charts.reuse`),
    # on the other core while weasyprint loads and lays out the text; it waits for each PNG as it
    # reaches it. Nothing of the briefing is written unless every chart was.
    reuse = ChartReuse(plans, settings.figures_dir)
    # The tables and the companion are written on a thread while this one waits for the PDF's
    # layout (it mostly waits on a pipe, so the two hardly contend for the interpreter).
    with ThreadPoolExecutor(max_workers=1) as beside, ChartWriter(reuse.stale, settings.figures_dir) as charts:
        tables = beside.submit(_write_tables, result, settings)
        companion_html = beside.submit(_companion, result, comparisons, report, settings)
        briefing = render_briefing(
            report,
            out_dir=settings.out_dir,
            figures_dir=settings.figures_dir,
            templates_dir=settings.templates_dir,
            before_read=charts.wait_for,
            render=render,
            compiled_dir=settings.cache_dir / "templates" if settings.cache else None,
            html_dirs=links,
        )
        companion = save_companion(companion_html.result(), settings.out_dir)
        table_paths = tables.result()
    reuse.record()
    paths = save_briefing(briefing, settings.out_dir)
    return ReportResult(result, table_paths, chart_files(plans, settings.figures_dir), paths.html, paths.pdf, companion)


def _companion(result: CorpusAnalysis, comparisons: Comparisons, report: Report, settings: Settings) -> str:
    """Every article, quote and dated event, for the analyst who checks the briefing against them."""
    own = settings.templates_dir
    templates = own if own is not None and (own / COMPANION_TEMPLATE).is_file() else default_templates_dir()
    grouping = comparisons.grouping
    return render_companion(result.tables, sources=grouping.article_sources, compared_by=grouping.by,
                            title=report.title, templates_dir=templates)


def plan_report(result: CorpusAnalysis, settings: Settings) -> tuple[Comparisons, list[ChartPlan], Report]:
    """The comparisons, computed once, shaped into the chart plans and the one report structure."""
    comparisons = compare(result, settings)
    plans = plan_charts(result.tables, comparisons)
    notes = list(result.corpus.warnings) + article_notes(result.corpus)
    report = build_report(result.tables, comparisons, [plan.kind for plan in plans], title=settings.title,
                          run_date=run_date(), notes=notes,
                          accuracy=load_accuracy(settings.out_dir / "evaluation.json"))
    return comparisons, plans, report


def compare(result: CorpusAnalysis, settings: Settings = Settings()) -> Comparisons:
    return build_comparisons(result.tables, result.analyses, by=settings.by, thresholds=settings.thresholds,
                             run_aside=run_aside)


def article_notes(corpus: Corpus) -> list[str]:
    return [f"{a.article_id}: {note}" for a in corpus.articles for note in a.notes]


@dataclass(frozen=True, slots=True)
class SlidesResult:
    analysis: CorpusAnalysis
    figures: list[Path]
    pptx: Path


def report_slides(paths: Iterable[Path | str], settings: Settings = Settings()) -> SlidesResult:
    """`mediabrief slides`: the charts (PNG and SVG) and `briefing.pptx` in the output folder."""
    from .briefing.slides import write_slides
    from .charts.files import write_chart_files

    for folder in (settings.out_dir, settings.figures_dir):
        check_output_folder(folder)
    result = analyze(paths, settings)
    with OutputSet([settings.figures_dir, settings.out_dir]) as staged:
        into = _staged(settings, staged)
        _, plans, report = plan_report(result, into)
        write_chart_files(plans, into.figures_dir)
        pptx = write_slides(report, out_dir=into.out_dir, figures_dir=into.figures_dir)
    return SlidesResult(result, chart_files(plans, settings.figures_dir), staged.final(pptx))

"""`mediabrief evaluate`: score the tool (and optionally a baseline) against a gold/1 file.

Rules: tests/data/EVAL-README.md. `run_evaluation` runs the NLP; `score_tables` is pure.
"""

from __future__ import annotations

from dataclasses import replace

import time
from pathlib import Path

from ..errors import InputError
from ..pipeline import analyze
from ..settings import Settings
from .baseline import BaselineRun, check_baseline, run_baseline
from .figures import METRICS, F1, Ratio, Scores, Tally
from .gold import Gold, load_gold
from .report import EvaluationReport, GoldCounts
from .scoring import annotated_metrics, score_quote_table, score_tables

__all__ = [
    "F1", "METRICS", "EvaluationReport", "Gold", "GoldCounts", "Ratio", "Scores", "Tally",
    "load_gold", "run_evaluation", "score_tables",
]
MAX_NAMED = 5


def run_evaluation(gold_path: Path, articles: Path, *, settings: Settings, baseline: str | None = None) -> EvaluationReport:
    """Analyse the articles, score the tables against the gold, and (optionally) a baseline too.

    Raises InputError for a bad gold file, a folder holding none of its articles, or a baseline
    that is unknown or not installed (checked before the long analysis starts).

    Notes: scoring by tests/data/EVAL-README.md, micro-averaged over the gold articles.
    """
    gold = load_gold(gold_path)
    files = {a.file for a in gold.articles}
    _check_articles(gold_path, articles, files)
    if baseline is not None:
        check_baseline(baseline)
    started = time.perf_counter()
    # Every gold file is scored, duplicate or not.
    analysis = analyze([articles], replace(settings, keep_duplicates=True))
    seconds = [("mediabrief", time.perf_counter() - started)]
    analysed = files & set(analysis.tables.articles["article_id"])
    notes = _missing_notes(files - analysed, {s.path.name: s.reason for s in analysis.corpus.skipped})
    run: BaselineRun | None = None
    if baseline is not None:
        started = time.perf_counter()
        run = run_baseline(baseline, articles, settings=settings, files=files)
        seconds.append((baseline, time.perf_counter() - started))
        notes.append(_failure_note(run))
    return EvaluationReport(
        gold_set=gold.name,
        gold_file=str(gold_path),
        counts=GoldCounts.of(gold),
        annotated=annotated_metrics(gold),
        tool=score_tables(gold, analysis.tables),
        articles_scored=len(analysed),
        baseline_name=baseline,
        baseline=score_quote_table(gold, run.quotes) if run is not None else None,
        notes=tuple(notes),
        seconds=tuple(seconds),
    )


def _check_articles(gold_path: Path, articles: Path, files: set[str]) -> None:
    """Fail early, with a useful message, when `articles` cannot be the folder the gold annotates."""
    if not articles.exists():
        raise InputError(f"{articles}: no such file or folder")
    present = {f for f in files if (articles / f).is_file()} if articles.is_dir() else files & {articles.name}
    if files and not present:
        raise InputError(f"{articles}: none of the {len(files)} articles of {gold_path.name} is there")


def _missing_notes(missing: set[str], skipped: dict[str, str]) -> list[str]:
    if not missing:
        return []
    named = [f"{name} ({skipped.get(name, 'not found')})" for name in sorted(missing)[:MAX_NAMED]]
    more = f" and {len(missing) - MAX_NAMED} more" if len(missing) > MAX_NAMED else ""
    return [f"{len(missing)} gold articles were not analysed, so their items count as missed: "
            + "; ".join(named) + more]


def _failure_note(run: BaselineRun) -> str:
    if not run.failures:
        return run.note()
    files = ", ".join(f.split(":", 1)[0] for f in run.failures[:MAX_NAMED])
    more = " ..." if len(run.failures) > MAX_NAMED else ""
    return f"{run.note()} (it raises on an odd number of quotation marks): {files}{more}"

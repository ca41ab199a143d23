"""Where the per-article analysis runs: worker processes on this machine (see `workers`), or a Dask cluster.

`analyze_corpus` is the one entry point: cached results first, then the other
articles through an engine, streamed (a worker holds one batch of Docs at a time
and sends back records only), stored in the cache as they arrive, and returned
in corpus order so that every later step sees the same input however it ran.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sqlite3
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from types import TracebackType
from typing import Any

from .cache import AnalysisCache, analysis_fingerprint, open_cache
from ..errors import MediabriefError
from .progress import Progress
from .workers import Budget, Overrun, WorkerPool, batches, shared_pipeline
from ..records import Article, ArticleAnalysis
from ..settings import Settings


WORKER_MEMORY = 600 * 2**20  # a forked worker's own pages once it has parsed a few batches
STORE_EVERY = 64
CONNECT_TIMEOUT = "10s"
WORKER_MODEL_VARIABLE = "MEDIABRIEF_WORKER_MODEL"


class EngineError(MediabriefError):
    """The chosen engine cannot run (Dask missing, scheduler unreachable)."""

    exit_code = 2


def analyze_chunk(model: str, batch_size: int, articles: Sequence[Article]) -> list[ArticleAnalysis]:
    """One task: a few articles through the pipeline and the extractors, records out."""
    from ..extract.analysis import iter_analyses

    return list(iter_analyses(articles, shared_pipeline(model), batch_size=batch_size))


def analyze_corpus(articles: Sequence[Article], settings: Settings, *,
                   warnings: list[str]) -> tuple[list[ArticleAnalysis], list[Overrun]]:
    """Every article's analysis, in the order given: from the cache where it holds one; and the
    articles whose analysis went over its budget or failed (`Overrun`, skipped with the reason).

    Problems with the cache are appended to `warnings` and the run goes on without it.
    """
    cache: AnalysisCache | None = None
    cached: dict[str, ArticleAnalysis] = {}
    keys: dict[str, str] = {}
    if settings.cache:
        cache, problem = open_cache(settings.cache_dir, analysis_fingerprint(settings.model))
        warnings += [problem] if problem else []
    if cache is not None:
        try:
            cached, keys = cache.lookup(articles)
        except sqlite3.Error as error:
            warnings.append(f"{cache.path}: cache not read ({error}); every article is analysed afresh")
            cache = _close(cache)
    misses = [a for a in articles if a.article_id not in cached]
    fresh: dict[str, ArticleAnalysis] = {}
    overruns: list[Overrun] = []
    try:
        if misses:
            cache = _analyze_misses(misses, settings, fresh, overruns, cache, keys, warnings)
        if cache is not None and misses:
            cache.prune()
    except sqlite3.Error as error:
        warnings.append(f"{settings.cache_dir}: cache not updated ({error})")
    finally:
        _close(cache)
    analysed = [cached.get(a.article_id) or fresh.get(a.article_id) for a in articles]
    return [analysis for analysis in analysed if analysis is not None], overruns


def _analyze_misses(misses: list[Article], settings: Settings, fresh: dict[str, ArticleAnalysis],
                    overruns: list[Overrun], cache: AnalysisCache | None, keys: dict[str, str],
                    warnings: list[str]) -> AnalysisCache | None:
    pending: list[ArticleAnalysis] = []
    originals = {article.article_id: article for article in misses}
    with make_engine(settings, len(misses)) as engine, \
            Progress(total=len(misses), quiet=settings.quiet, label="Analysing") as progress:
        for analysis in engine.analyze(misses):
            progress.advance()
            if isinstance(analysis, Overrun):
                overruns.append(analysis)
                continue
            # A worker sends back its own copy of the article; keeping it would hold every text twice.
            analysis = replace(analysis, article=originals[analysis.article.article_id])
            fresh[analysis.article.article_id] = analysis
            pending.append(analysis)
            if cache is not None and len(pending) >= STORE_EVERY:
                cache = _store(cache, pending, keys, warnings)
                pending = []
    return _store(cache, pending, keys, warnings) if cache is not None else None


def _store(cache: AnalysisCache, analyses: list[ArticleAnalysis], keys: dict[str, str],
           warnings: list[str]) -> AnalysisCache | None:
    try:
        cache.store(analyses, keys)
        return cache
    except sqlite3.Error as error:
        warnings.append(f"{cache.path}: cache not updated ({error}); results of this run are not kept")
        return _close(cache)


def _close(cache: AnalysisCache | None) -> None:
    if cache is not None:
        cache.close()


def make_engine(settings: Settings, n_articles: int) -> LocalEngine | DaskEngine:
    if settings.engine == "dask":
        return DaskEngine(settings)
    return LocalEngine(settings, choose_processes(settings.n_process, n_articles, settings.batch_size))


def worker_context(model: str) -> multiprocessing.context.BaseContext:
    """Workers come from a fork server that has loaded the pipeline once (not on Windows: spawned).

    Workers forked from this process would inherit the corpus it holds, and each write
    this process then makes to those pages (a reference count, as an article is sent)
    copies a page: at N articles the corpus came to be held about twice. The fork
    server is a fresh interpreter holding only the pipeline, which its workers share.
    On Windows, spawned workers load the pipeline on their first task.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    os.environ[WORKER_MODEL_VARIABLE] = model  # read by the fork server when it starts
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([f"{__package__}.fork_server"])
    return context


def choose_processes(requested: int, n_articles: int, batch_size: int) -> int:
    """`requested`, or one process per core while each gets a batch and fits in memory."""
    if requested:
        return requested
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:
        memory = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        memory = cores * WORKER_MEMORY
    return max(1, min(cores, n_articles // batch_size, memory // WORKER_MEMORY))


class LocalEngine:
    """This machine: worker processes sharing one loaded pipeline, each article under a budget
    of time and memory (see `workers`). Even a one-process run analyses in a worker, so that a
    runaway article is ended and skipped instead of stalling the run."""

    def __init__(self, settings: Settings, processes: int) -> None:
        self.model = settings.model
        self.batch_size = settings.batch_size
        self.processes = processes
        self.budget = Budget(settings.article_seconds, settings.article_memory_mb * 2**20)
        self._pool: WorkerPool | None = None

    def __enter__(self) -> LocalEngine:
        from .nlp import check_pipeline

        check_pipeline(self.model)  # a missing pipeline is one clear error, before any worker starts
        self._pool = WorkerPool(worker_context(self.model), model=self.model, batch_size=self.batch_size,
                                processes=self.processes, budget=self.budget).__enter__()
        return self

    def analyze(self, articles: Sequence[Article]) -> Iterator[ArticleAnalysis | Overrun]:
        assert self._pool is not None, "LocalEngine is used in a with block"
        yield from self._pool.analyze(articles)

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._pool is not None:
            self._pool.__exit__(kind, value, trace)
            self._pool = None


class DaskEngine:
    """A dask.distributed cluster: `settings.scheduler`'s, or a LocalCluster of one worker per core.

    Each task analyses a batch of articles; workers need mediabrief and the model installed.
    """

    def __init__(self, settings: Settings) -> None:
        self.model = settings.model
        self.batch_size = settings.batch_size
        self.scheduler = settings.scheduler
        self.workers = settings.n_process or choose_processes(0, sys.maxsize, 1)
        self._client: Any = None
        self._cluster: Any = None

    def __enter__(self) -> DaskEngine:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise EngineError("--engine dask needs dask.distributed: pip install 'dask[distributed]'") from error
        if self.scheduler:
            try:
                self._client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError, ValueError) as error:
                raise EngineError(f"cannot reach the Dask scheduler at {self.scheduler} ({error})") from error
        else:
            self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None, silence_logs=logging.ERROR)
            self._client = Client(self._cluster)
        return self

    def analyze(self, articles: Sequence[Article]) -> Iterator[ArticleAnalysis]:
        threads = sum(w.get("nthreads", 1) for w in self._client.scheduler_info()["workers"].values())
        submit = lambda chunk: self._client.submit(analyze_chunk, self.model, self.batch_size, chunk, pure=False)
        yield from _in_order(batches(articles, self.batch_size), submit, lambda task: task.result(),
                             window=2 * max(threads, 1))

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def _in_order(chunks: Iterator[list[Article]], submit: Callable[[list[Article]], Any],
              result: Callable[[Any], list[ArticleAnalysis]], *, window: int) -> Iterator[ArticleAnalysis]:
    """Keep `window` chunks in flight and yield their analyses in submission order.

    The caller's own Article objects are put back into the results, so the copies
    that travelled to the workers are freed and memory holds each article once.
    """
    in_flight: deque[tuple[list[Article], Any]] = deque()
    for chunk in chunks:
        in_flight.append((chunk, submit(chunk)))
        if len(in_flight) >= window:
            yield from _settle(*in_flight.popleft(), result)
    while in_flight:
        yield from _settle(*in_flight.popleft(), result)


def _settle(chunk: list[Article], task: Any,
            result: Callable[[Any], list[ArticleAnalysis]]) -> Iterator[ArticleAnalysis]:
    for article, analysis in zip(chunk, result(task), strict=True):
        yield replace(analysis, article=article)

"""Worker processes that analyse articles under a budget of time and memory per article.

`multiprocessing.Pool` cannot end one task, so one hostile article (a text that makes a stage
run away) would stall the run or take the machine's memory. Here each worker is a process with
its own pipe; the parent waits on the pipes and, between messages, watches each worker's clock
and resident memory. A worker over budget is ended and replaced. A batch that fails is tried
again one article at a time, so the budget falls on the article that caused it: that one is
skipped with the reason, and its neighbours go through.
"""

from __future__ import annotations

import os
import signal
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import EngineError, ModelError
from ..records import Article, ArticleAnalysis

if TYPE_CHECKING:
    from spacy.language import Language

POLL_SECONDS = 0.1
# Workers that end before they are ready, one after another: the installation is broken, and
# starting more would loop for ever.
MAX_FAILED_STARTS = 3
# A batch closes at this many characters of text, so a slow batch is a slow article, not many.
BATCH_CHARACTERS = 200_000


@dataclass(frozen=True, slots=True)
class Overrun:
    """An article whose analysis went over budget or failed: it is skipped with `reason`."""

    article: Article
    reason: str


Outcome = ArticleAnalysis | Overrun


@dataclass(frozen=True, slots=True)
class Budget:
    seconds: float
    memory_bytes: int

    def describe_time(self) -> str:
        return f"took longer than {self.seconds:g} s to analyse"

    def describe_memory(self) -> str:
        return f"needed more than {self.memory_bytes // 2**20:,} MB of memory to analyse"


@dataclass(slots=True)
class _Task:
    slot: int
    offset: int
    articles: list[Article]


@dataclass(slots=True)
class _Worker:
    process: Any
    connection: Connection
    ready: bool = False
    task: _Task | None = None
    started: float = 0.0
    results: list[ArticleAnalysis] = field(default_factory=list)


@dataclass(slots=True)
class _Slot:
    outcomes: list[Outcome | None] = field(default_factory=list)

    def done(self) -> bool:
        return all(outcome is not None for outcome in self.outcomes)


def batches(articles: Sequence[Article], size: int, characters: int = BATCH_CHARACTERS) -> Iterator[list[Article]]:
    """Articles in order, `size` at a time, a batch closing early at `characters` of text."""
    batch: list[Article] = []
    held = 0
    for article in articles:
        if batch and (len(batch) >= size or held + len(article.body) > characters):
            yield batch
            batch, held = [], 0
        batch.append(article)
        held += len(article.body)
    if batch:
        yield batch


class WorkerPool:
    """`processes` workers from `context`, each running `serve(model, batch_size, connection)`."""

    def __init__(self, context: Any, *, model: str, batch_size: int, processes: int, budget: Budget) -> None:
        self._context = context
        self._model = model
        self._batch_size = batch_size
        self._processes = processes
        self._budget = budget
        self._workers: list[_Worker] = []
        self._failed_starts = 0

    def __enter__(self) -> WorkerPool:
        self._workers = [self._start() for _ in range(self._processes)]
        return self

    def __exit__(self, *exc_info: object) -> None:
        for worker in self._workers:
            if exc_info[0] is None and worker.task is None:
                _send(worker, None)  # a clean end: the worker leaves its loop
            else:
                worker.process.kill()
        for worker in self._workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.connection.close()
        self._workers = []

    def _start(self) -> _Worker:
        parents_end, childs_end = self._context.Pipe()
        process = self._context.Process(target=serve, args=(self._model, self._batch_size, childs_end), daemon=True)
        process.start()
        childs_end.close()
        return _Worker(process, parents_end)

    def analyze(self, articles: Sequence[Article]) -> Iterator[Outcome]:
        """One outcome per article, in the order given, while at most `window` batches are held."""
        pending = deque(batches(articles, self._batch_size))
        retries: deque[_Task] = deque()
        slots: dict[int, _Slot] = {}
        next_slot = 0
        next_out = 0
        window = 2 * self._processes
        while pending or retries or slots:
            for worker in self._workers:
                if not worker.ready or worker.task is not None:
                    continue
                if retries:
                    self._give(worker, retries.popleft())
                elif pending and next_slot - next_out < window:
                    batch = pending.popleft()
                    slots[next_slot] = _Slot([None] * len(batch))
                    self._give(worker, _Task(next_slot, 0, batch))
                    next_slot += 1
            for worker, failure in self._wait():
                self._settle(worker, failure, slots, retries)
            while next_out in slots and slots[next_out].done():
                yield from slots.pop(next_out).outcomes  # type: ignore[misc]  (done: no None left)
                next_out += 1

    def _give(self, worker: _Worker, task: _Task) -> None:
        worker.task = task
        worker.started = time.monotonic()
        _send(worker, task.articles)

    def _wait(self) -> Iterator[tuple[_Worker, str | None]]:
        """Workers that answered or went over budget, with the reason when they failed."""
        busy = {worker.connection: worker for worker in self._workers if worker.task is not None or not worker.ready}
        for connection in wait(list(busy), timeout=POLL_SECONDS):
            worker = busy[connection]
            try:
                kind, value = connection.recv()
            except (EOFError, OSError):
                yield worker, "its analysis ended the worker process (e.g. out of memory)"
                continue
            if kind == "ready":
                worker.ready = True
                self._failed_starts = 0
            elif kind == "broken":
                raise ModelError(value)
            elif kind == "done":
                worker.results = value
                yield worker, None
            else:
                yield worker, f"could not be analysed ({value})"
        now = time.monotonic()
        for worker in self._workers:
            if worker.task is None:
                continue
            if now - worker.started > self._budget.seconds:
                yield worker, self._budget.describe_time()
            elif resident_bytes(worker.process.pid) > self._budget.memory_bytes:
                yield worker, self._budget.describe_memory()

    def _settle(self, worker: _Worker, failure: str | None, slots: dict[int, _Slot], retries: deque[_Task]) -> None:
        task = worker.task
        if task is None:  # a worker that failed before it was given anything (it died starting)
            self._failed_starts += 1
            if self._failed_starts >= MAX_FAILED_STARTS:
                raise EngineError(f"the analysis processes end as they start ({failure}); reinstall with `make report`")
            self._replace(worker)
            return
        worker.task = None
        if failure is None:
            results, worker.results = worker.results, []
            for index, analysis in enumerate(results):
                slots[task.slot].outcomes[task.offset + index] = analysis
            return
        self._replace(worker)
        if len(task.articles) == 1:
            slots[task.slot].outcomes[task.offset] = Overrun(task.articles[0], failure)
            return
        # Which article of the batch was at fault is not known: each is tried alone, first in line.
        retries.extendleft(reversed([_Task(task.slot, task.offset + i, [a]) for i, a in enumerate(task.articles)]))

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.connection.close()
        fresh = self._start()
        worker.process, worker.connection, worker.ready, worker.task = fresh.process, fresh.connection, False, None


def _send(worker: _Worker, message: object) -> None:
    try:
        worker.connection.send(message)
    except (OSError, ValueError):
        pass  # the worker is gone: its pipe reads EOF, and `_wait` reports it


def resident_bytes(pid: int) -> int:
    """A process's resident memory (0 where /proc is not there to say)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@lru_cache(maxsize=2)
def shared_pipeline(model: str) -> Language:
    """The pipeline, loaded once per process: by the fork server local workers come from,
    or by a worker itself (spawned, or Dask's) on its first task."""
    from .nlp import load_pipeline  # spaCy is imported only by runs that analyse something

    return load_pipeline(model)


def serve(model: str, batch_size: int, connection: Connection) -> None:
    """A worker's life: load the pipeline, then analyse each batch it is sent until told to stop."""
    # Ctrl-C reaches the whole process group; the parent decides, and ends its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from ..extract.analysis import iter_analyses
    except Exception as error:  # noqa: BLE001  (a broken installation: the parent stops the run)
        _answer(connection, ("failed", f"{type(error).__name__}: {error}"))
        return
    try:
        nlp = shared_pipeline(model)
    except Exception as error:  # noqa: BLE001  (told to the parent, which raises it as one line)
        _answer(connection, ("broken", str(error)))
        return
    if not _answer(connection, ("ready", None)):
        return
    while (articles := _receive(connection)) is not None:
        try:
            message: tuple[str, object] = ("done", list(iter_analyses(articles, nlp, batch_size=batch_size)))
        except MemoryError:
            message = ("failed", "ran out of memory")
        except Exception as error:  # noqa: BLE001  (one article's bug skips that article, not the run)
            message = ("failed", f"{type(error).__name__}: {error}")
        if not _answer(connection, message):
            return


def _answer(connection: Connection, message: object) -> bool:
    """Send to the parent; False when it is gone (ended, or interrupted), and so is this worker's work."""
    try:
        connection.send(message)
        return True
    except (OSError, ValueError):
        return False


def _receive(connection: Connection) -> Any:
    try:
        return connection.recv()
    except (EOFError, OSError):
        return None


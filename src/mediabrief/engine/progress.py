"""A progress bar for long runs: silent with --quiet, when stderr is not a terminal, and in short runs."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any

SHOW_AFTER_SECONDS = 2.0


class Progress:
    """Counts work done; draws a rich bar once the run has lasted `SHOW_AFTER_SECONDS`.

    A run that ends sooner prints nothing, so short runs and logs stay clean.
    """

    def __init__(self, *, total: int, quiet: bool, label: str, show_after: float = SHOW_AFTER_SECONDS) -> None:
        self._wanted = not quiet and total > 0 and sys.stderr.isatty()
        self._total = total
        self._label = label
        self._show_after = show_after
        self._done = 0
        self._started = time.monotonic()
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        self._started = time.monotonic()
        return self

    def advance(self, _item: object = None, steps: int = 1) -> None:
        self._done += steps
        if self._bar is None and self._wanted and time.monotonic() - self._started >= self._show_after:
            self._start_bar()
        if self._bar is not None:
            self._bar.update(self._task, completed=self._done)

    def _start_bar(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn
        from rich.progress import TimeRemainingColumn

        self._bar = RichProgress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            transient=True,
        )
        self._task = self._bar.add_task(self._label, total=self._total, completed=self._done)
        self._bar.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

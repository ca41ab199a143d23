"""The chart files (PNG, then SVG), drawn and written by forked children while the briefing is laid out.

The PDF needs the PNGs only when weasyprint reaches each image, after it has imported itself and
parsed the page; drawing them on the other core meanwhile takes them off the critical path. Each
child takes every other chart, inherits the planned frames as they are (nothing is pickled) and says
which file it has finished over its own pipe. Where fork is not available (macOS and Windows start children fresh) or there
is a single core, the files are written at once, in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from multiprocessing import connection
from multiprocessing.connection import Connection
from pathlib import Path

from ..engine.forks import can_fork
from ..errors import OutputError
from .kinds import chart_paths
from .plan import ChartPlan

DONE = ""


def chart_files(plans: Sequence[ChartPlan], figures_dir: Path) -> list[Path]:
    """Every file the charts get, in briefing order: NAME.png then NAME.svg (as `draw.save_charts`)."""
    return chart_paths([plan.kind for plan in plans], figures_dir)


def write_chart_files(plans: Sequence[ChartPlan], figures_dir: Path,
                      announce: Callable[[Path], object] = lambda path: None,
                      after_pngs: Callable[[], object] | None = None) -> None:
    """Draw every chart and write all the PNGs (briefing order, as the PDF needs them), then the SVGs."""
    from .draw import draw_chart, write_chart  # matplotlib is imported where the charts are drawn

    charts = []
    for plan in plans:
        charts.append(draw_chart(plan))
        announce(write_chart(charts[-1], figures_dir, "png"))
    if after_pngs is not None:
        after_pngs()
    for chart in charts:
        announce(write_chart(chart, figures_dir, "svg"))


class ChartWriter:
    """`with ChartWriter(plans, figures_dir) as charts:` writes the chart files beside the block.

    `charts.wait_for(path)` blocks until that file is written (the PDF's URL fetcher calls it); the
    end of the block waits for the rest and raises OutputError if any chart failed. A failure in the
    block stops the children; their unfinished files are `.part` leftovers the next run clears.
    """

    def __init__(self, plans: Sequence[ChartPlan], figures_dir: Path, workers: int = 2) -> None:
        self.plans, self.figures_dir, self.workers = list(plans), figures_dir, workers
        self.paths = chart_files(self.plans, figures_dir)
        self._expected = {_absolute(path) for path in self.paths}
        self._written: set[Path] = set()
        self._children: dict[Connection, multiprocessing.process.BaseProcess] = {}
        self._failures: list[str] = []

    def __enter__(self) -> ChartWriter:
        if not can_fork():
            write_chart_files(self.plans, self.figures_dir)
            self._written.update(self._expected)
            return self
        context = multiprocessing.get_context("fork")
        # Charts dealt out in turn, so each child's first PNG is one the PDF needs early.
        for share in (self.plans[k::self.workers] for k in range(min(self.workers, len(self.plans)))):
            receiver, sender = context.Pipe(duplex=False)
            child = context.Process(target=_child, args=(share, self.figures_dir, sender), daemon=True)
            child.start()
            sender.close()
            self._children[receiver] = child
        return self

    def wait_for(self, path: Path) -> None:
        """Return once `path` is written; at once for a file that is not a chart of this run."""
        path = _absolute(path)
        if path not in self._expected:
            return
        while path not in self._written and self._receive():
            pass

    def _receive(self) -> bool:
        """Take the next message from any child; False once every child has finished or failed."""
        if not self._children:
            return False
        receiver = connection.wait(list(self._children))[0]
        try:
            message = receiver.recv()
        except EOFError:  # the child died without a word: killed, or out of memory
            message = "!the chart process ended unexpectedly"
        if message == DONE or message.startswith("!"):
            if message:
                self._failures.append(message[1:])
            receiver.close()
            self._children.pop(receiver).join()
        else:
            self._written.add(_absolute(self.figures_dir / message))
        return True

    def __exit__(self, error_type: type[BaseException] | None, *rest: object) -> None:
        if error_type is not None:
            for receiver, child in self._children.items():
                child.terminate()
                child.join()
                receiver.close()
            self._children.clear()
            return
        while self._receive():
            pass
        if self._failures:
            raise OutputError(f"{self.figures_dir}: could not write the charts: {self._failures[0]}")


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _child(plans: Sequence[ChartPlan], figures_dir: Path, sender: Connection) -> None:
    # Ctrl-C reaches the whole process group; the parent handles it, and this daemon ends with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        # Once the PDF has its PNGs, the SVGs only take CPU time the layout leaves over.
        write_chart_files(plans, figures_dir, announce=lambda path: sender.send(path.name),
                          after_pngs=lambda: os.nice(19))
        message = DONE
    except (BrokenPipeError, EOFError):
        return  # the parent is gone (interrupted or failed): nobody to tell
    except Exception as error:  # noqa: BLE001  (the parent reports it: a child has no terminal of its own)
        message = "!" + (str(error) or type(error).__name__)
    try:
        sender.send(message)
    except OSError:
        pass
    finally:
        sender.close()

"""The briefing's PDF, laid out by a process forked before the analysis starts.

Importing weasyprint takes about a second, most of it cffi reading Pango's C declarations. In a
process of its own, that import overlaps the analysis and the insights instead of following them.
The parent sends the HTML when it has it, and answers each of the child's "may I read this file?"
questions once that chart is written (`before_read`). It gets back the PDF's bytes or the error.
Where fork is not available, or there is a single core, the PDF is laid out in this process.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType

from ..errors import OutputError
from ..engine.forks import can_fork
from .pdf_render import render_pdf


class PdfProcess:
    """`with PdfProcess() as pdf:` forks the child at once; `pdf.render(html, ...)` returns the PDF bytes."""

    def __init__(self) -> None:
        self._connection: Connection | None = None
        self._child: multiprocessing.process.BaseProcess | None = None

    def __enter__(self) -> PdfProcess:
        if can_fork():
            context = multiprocessing.get_context("fork")
            self._connection, child_end = context.Pipe()
            self._child = context.Process(target=_serve, args=(child_end, self._connection), daemon=True)
            self._child.start()
            child_end.close()
        return self

    def render(self, html: str, *, base_dir: Path, allowed_roots: Sequence[Path],
               before_read: Callable[[Path], None] | None = None) -> bytes:
        """The PDF of `html` (as `pdf_render.render_pdf`), laid out in the child when there is one."""
        if self._connection is None:
            return render_pdf(html, base_dir=base_dir, allowed_roots=allowed_roots, before_read=before_read)
        self._connection.send((html, str(base_dir), [str(root) for root in allowed_roots]))
        while True:
            try:
                kind, value = self._connection.recv()
            except EOFError:
                raise OutputError("the process laying out the PDF ended unexpectedly") from None
            if kind == "read":
                if before_read is not None:
                    before_read(Path(value))
                self._connection.send(None)
            elif kind == "pdf":
                return value
            else:
                raise OutputError(f"could not lay out the briefing: {value}")

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._connection is not None:
            self._connection.close()  # a child still waiting for HTML reads the end and leaves
        if self._child is not None:
            if kind is not None:
                self._child.terminate()
            self._child.join()


class _ParentGone(BaseException):
    """The main process has ended (killed, or interrupted): there is nobody to answer or to tell.

    A BaseException, like SystemExit: weasyprint turns an Exception from its URL fetcher into a
    warning and lays out on; this must end the layout instead.
    """


def _serve(connection: Connection, parents_end: Connection) -> None:
    # A fork copies every descriptor: this process must not hold the parent's end of the pipe,
    # or it would never see the parent go and would wait for the HTML for ever.
    parents_end.close()
    # Ctrl-C reaches the whole process group: the parent decides, and ends this process itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import weasyprint  # noqa: F401  (the point of this process: imported while the parent analyses)
    except Exception as error:  # noqa: BLE001  (e.g. Pango missing: told to the parent with the HTML's answer)
        unusable: str | None = f"weasyprint cannot be loaded ({error})"
    else:
        unusable = None
    try:
        _lay_out(connection, unusable)
    except _ParentGone:
        pass
    finally:
        connection.close()


def _lay_out(connection: Connection, unusable: str | None) -> None:
    html, base_dir, roots = _ask(connection, None)  # None: nothing to send, only the HTML to wait for
    if unusable is not None:
        _tell(connection, ("error", unusable))
        return

    def before_read(path: Path) -> None:
        _ask(connection, ("read", str(path)))

    try:
        pdf = render_pdf(html, base_dir=Path(base_dir), allowed_roots=[Path(root) for root in roots],
                         before_read=before_read)
    except Exception as error:  # noqa: BLE001  (the parent reports it: this process has no terminal of its own)
        _tell(connection, ("error", str(error) or type(error).__name__))
    else:
        _tell(connection, ("pdf", pdf))


def _ask(connection: Connection, message: object) -> object:
    if message is not None:
        _tell(connection, message)
    try:
        return connection.recv()
    except (EOFError, OSError) as error:
        raise _ParentGone from error


def _tell(connection: Connection, message: object) -> None:
    try:
        connection.send(message)
    except OSError as error:
        raise _ParentGone from error

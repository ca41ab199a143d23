"""Work that can go to forked children (the charts, the PDF, a comparison beside the others):
Linux with more than one core.

Elsewhere fork is unsafe (macOS) or missing (Windows), and on one core a child only takes turns
with its parent, so the work is done in the calling process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    return sys.platform == "linux" and (os.cpu_count() or 1) > 1


def run_aside(work: Callable[[], T]) -> Callable[[], T]:
    """Start `work` in a forked child and return a function that waits for its result (which is
    pickled back); where fork is not available, do the work now. Fork before starting any thread."""
    if not can_fork():
        value = work()
        return lambda: value
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_serve, args=(work, sender), daemon=True)
    child.start()
    sender.close()

    def result() -> T:
        try:
            done, value = receiver.recv()
        except EOFError:
            raise RuntimeError("a forked child ended unexpectedly") from None
        finally:
            receiver.close()
            child.join()
        if not done:
            raise RuntimeError(value)
        return value

    return result


def _serve(work: Callable[[], object], sender: Connection) -> None:
    # Ctrl-C reaches the whole process group; the parent handles it, and this daemon ends with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        message: tuple[bool, object] = (True, work())
    except Exception as error:  # noqa: BLE001  (the parent raises it: a child has no terminal of its own)
        message = (False, f"{type(error).__name__}: {error}")
    try:
        sender.send(message)
    except OSError:
        pass  # the parent is gone (interrupted or failed): nobody to tell
    finally:
        sender.close()

"""Imported by the workers' fork server as it starts (see `engines.worker_context`).

The pipeline is loaded here once; every worker forked from this process shares it.
"""

from __future__ import annotations

import gc
import os
import signal

from .runner import WORKER_MODEL_VARIABLE
from .workers import shared_pipeline

# Ctrl-C reaches the whole process group. The fork server hands this disposition to every worker
# it forks, so none can die with a traceback before its own first line ignores the signal.
signal.signal(signal.SIGINT, signal.SIG_IGN)

if model := os.environ.get(WORKER_MODEL_VARIABLE):
    try:
        shared_pipeline(model)
    except Exception:  # noqa: BLE001 - a worker's first task loads it again and reports the error
        pass
    # Out of the collector's reach: a worker's collections then never write to (and so copy)
    # the pages of the pipeline it shares with the others.
    gc.freeze()

"""`make stress`: the slow kinds, one run at a time, each memory-capped and timed out.

Named stress_*.py so that `make test` (python_files = test_*.py) does not collect it; `make stress`
runs it with `-o python_files=stress_*.py`. Set MEDIABRIEF_ADVERSARIAL_STATUS=FILE to also merge
the outcomes into that status file.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.adversarial.runner import Session
from tests.adversarial.status import write_status

from .slow_kinds import SLOW_KINDS


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    running = Session(tmp_path_factory.mktemp("stress"), jobs=1)
    yield running
    running.close()


@pytest.mark.parametrize("kind", SLOW_KINDS, ids=[kind.name for kind in SLOW_KINDS])
def test_slow_kind(session, kind):
    outcome = session.run([kind])[kind.name]
    if status := os.environ.get("MEDIABRIEF_ADVERSARIAL_STATUS"):
        write_status({kind.name: outcome}, Path(status))
    assert outcome.passed, f"{kind.about}:\n  " + "\n  ".join(outcome.failures)

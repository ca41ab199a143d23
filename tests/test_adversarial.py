"""The adversarial suite (issue "Hardening II"): bad, hostile and unlucky input against the real CLI.

Every fast kind of tests/adversarial/kinds.py runs `mediabrief` as a subprocess beside the four
seeds and is judged against the outcome the README promises: exit 0 (analysed, skipped with a
reason, or a warning) or 2 with one line; never 1, never a traceback; the seeds analysed; no
formula-like cell, no control character in a CSV or HTML; nothing raw on the terminal. Kinds that
add their own files share one run; the rest run alone, two at a time. The slow kinds are in
tests/stress (`make stress`). MEDIABRIEF_ADVERSARIAL_STATUS=FILE writes a status table too.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from .adversarial.kinds import FAST_KINDS
from .adversarial.runner import run_kinds
from .adversarial.status import write_status

KIND_IDS = [kind.name for kind in FAST_KINDS]


@pytest.fixture(scope="module")
def outcomes(request, tmp_path_factory):
    """The outcome of every selected kind, from as few runs as the kinds allow."""
    selected = {item.callspec.params["kind"].name for item in request.session.items
                if hasattr(item, "callspec") and "kind" in item.callspec.params
                and item.module.__name__ == __name__}
    kinds = [kind for kind in FAST_KINDS if kind.name in selected or kind is FAST_KINDS[0]]
    start = time.monotonic()
    result = run_kinds(kinds, tmp_path_factory.mktemp("adversarial"), jobs=2)
    if status := os.environ.get("MEDIABRIEF_ADVERSARIAL_STATUS"):
        write_status(result, Path(status), seconds=time.monotonic() - start if len(kinds) == len(FAST_KINDS) else None)
    return result


@pytest.mark.parametrize("kind", FAST_KINDS, ids=KIND_IDS)
def test_kind(outcomes, kind):
    outcome = outcomes[kind.name]
    assert outcome.passed, f"{kind.about} ({outcome.how}, exit {outcome.code}):\n  " + "\n  ".join(outcome.failures)


def test_the_suite_has_at_least_sixty_kinds():
    from .stress.slow_kinds import SLOW_KINDS

    assert len(FAST_KINDS) + len(SLOW_KINDS) >= 60
    assert not {k.name for k in FAST_KINDS} & {k.name for k in SLOW_KINDS}

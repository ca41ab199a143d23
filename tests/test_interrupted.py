"""A run killed at any moment leaves the previous complete report, never a truncated one."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from pypdf import PdfReader

from .conftest import SEEDS


@pytest.mark.parametrize("after_seconds", [4.0, 8.0])
def test_killing_a_run_keeps_the_previous_outputs_whole(seeds_report, tmp_path, after_seconds):
    out, figures = tmp_path / "out", tmp_path / "figures"
    shutil.copytree(seeds_report["out"], out)
    shutil.copytree(seeds_report["figures"], figures)
    pages = len(PdfReader(str(out / "briefing.pdf")).pages)
    command = [sys.executable, "-m", "mediabrief", "report", str(SEEDS), "--out", str(out), "--figures",
               str(figures), "--quiet", "--no-cache"]
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(after_seconds)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert _processes_gone(str(out), within=15.0), "a child of the killed run is still running"
    assert len(PdfReader(str(out / "briefing.pdf")).pages) == pages
    for table in ("articles", "quotes", "actors", "dates"):
        assert not pd.read_csv(out / f"{table}.csv").empty
    for png in figures.glob("*.png"):
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_a_second_run_into_a_busy_folder_is_refused(tmp_path, capsys):
    from mediabrief.cli import main
    from mediabrief.outputs import OutputLock

    with OutputLock(tmp_path / "out"):
        code = main(["analyze", str(SEEDS), "--out", str(tmp_path / "out"), "--quiet", "--no-cache"])
    assert code == 2
    assert "another mediabrief run" in capsys.readouterr().err


def test_leftovers_of_a_killed_run_are_cleared_by_the_next(tmp_path):
    from mediabrief.outputs import OutputLock

    leftover = tmp_path / ".briefing.pdf.abc123.part"
    leftover.write_bytes(b"%PDF-1.7 half")
    with OutputLock(tmp_path):
        assert not leftover.exists()


def _processes_gone(marker: str, *, within: float) -> bool:
    """True once no process has `marker` on its command line (the run's children inherit it)."""
    from pathlib import Path

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        running = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                running.append(marker in cmdline.read_bytes().decode(errors="replace"))
            except OSError:
                continue
        if not any(running):
            return True
        time.sleep(0.2)
    return False

"""A run killed at any moment leaves the previous complete report or the new one: never a truncated
file, never a folder mixing the two."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from pypdf import PdfReader

from .conftest import SEEDS, copy_seeds


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


@pytest.fixture(scope="module")
def fewer_seeds(tmp_path_factory):
    """The seeds less one article, and their complete report: a second set that differs from the seeds' in every table."""
    folder = tmp_path_factory.mktemp("fewer")
    for path in sorted(SEEDS.iterdir())[1:]:
        shutil.copy(path, folder / path.name)
    out, figures = tmp_path_factory.mktemp("fewer-report"), tmp_path_factory.mktemp("fewer-figures")
    subprocess.run([sys.executable, "-m", "mediabrief", "report", str(folder), "--out", str(out), "--figures",
                    str(figures), "--quiet", "--no-cache"], check=True, capture_output=True)
    return {"articles": folder, "out": out, "figures": figures}


def _is_whole_set(out, figures, reference: dict) -> bool:
    """Whether every table and chart of `reference` is in `out` and `figures` byte for byte."""
    for kind, folder in (("out", out), ("figures", figures)):
        for file in sorted(reference[kind].glob("*.csv")) + sorted(reference[kind].glob("*.png")):
            mine = folder / file.name
            if not mine.exists() or mine.read_bytes() != file.read_bytes():
                return False
    return True


@pytest.mark.parametrize("after_seconds", [5.0, 7.0])
def test_a_rewrite_killed_at_any_moment_leaves_one_whole_set(seeds_report, fewer_seeds, tmp_path, after_seconds):
    out, figures = tmp_path / "out", tmp_path / "figures"
    shutil.copytree(seeds_report["out"], out)
    shutil.copytree(seeds_report["figures"], figures)
    command = [sys.executable, "-m", "mediabrief", "report", str(fewer_seeds["articles"]), "--out", str(out),
               "--figures", str(figures), "--quiet", "--no-cache"]
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(after_seconds)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert _processes_gone(str(out), within=15.0)
    # Files the two sets share byte for byte (an empty duplicates.csv) match either: the set is whole
    # when every file matches the old run's, or every file matches the new run's.
    assert _is_whole_set(out, figures, seeds_report) or _is_whole_set(out, figures, fewer_seeds), \
        "the folders mix the old set and the new one"


def test_an_unusable_out_folder_is_a_one_line_error_before_any_analysis(tmp_path, capsys):
    from mediabrief.cli import main

    a_file = tmp_path / "taken"
    a_file.write_text("not a folder")
    read_only = tmp_path / "read-only"
    read_only.mkdir(mode=0o555)
    cases = [(a_file, "is a file, not a folder"), (a_file / "sub", "is not a folder")]
    if os.geteuid() != 0:  # root writes into a read-only folder anyway
        cases.append((read_only / "sub", "is not writable"))
    for out, words in cases:
        code = main(["report", str(SEEDS), "--out", str(out), "--figures", str(tmp_path / "f"), "--quiet"])
        err = capsys.readouterr().err.strip().splitlines()
        assert code == 2 and len(err) == 1 and words in err[0], err


def test_two_runs_sharing_a_figures_folder_are_refused(tmp_path, capsys):
    from mediabrief.cli import main
    from mediabrief.outputs import OutputLock

    with OutputLock(tmp_path / "figures"):
        code = main(["report", str(SEEDS), "--out", str(tmp_path / "other-out"), "--figures", str(tmp_path / "figures"),
                     "--quiet", "--no-cache"])
    assert code == 2
    assert "another mediabrief run" in capsys.readouterr().err


def test_reports_written_into_the_articles_folder_are_never_read_as_articles(tmp_path):
    from mediabrief.cli import main

    folder = copy_seeds(tmp_path / "articles")
    for _ in range(2):
        assert main(["report", str(folder), "--out", str(folder), "--figures", str(folder / "charts"), "--quiet"]) == 0
        assert len(pd.read_csv(folder / "articles.csv")) == 4
        assert pd.read_csv(folder / "skipped.csv").empty
    assert (folder / "briefing.pdf").exists() and (folder / "charts" / "timeline.png").exists()


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

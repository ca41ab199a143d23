"""The chart files drawn by forked children while the PDF is laid out: the same bytes, and failures told."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mediabrief.charts.files import ChartWriter, chart_files
from mediabrief.engine.forks import can_fork
from mediabrief.charts.plan import ChartPlan, plan_charts
from mediabrief.errors import OutputError
from mediabrief.charts.draw import draw_chart, save_charts
from mediabrief.charts.kinds import ChartKind
from mediabrief.compare.comparisons import build_comparisons
from mediabrief.pipeline import analyze

from .conftest import SEEDS


@pytest.fixture(scope="module")
def seed_plans(seeds_report) -> list[ChartPlan]:  # seeds_report first: the analyses come from its cache
    result = analyze([SEEDS])
    return plan_charts(result.tables, build_comparisons(result.tables, result.analyses))


def test_the_chart_processes_write_what_drawing_here_writes(seed_plans, tmp_path: Path):
    beside, here = tmp_path / "beside", tmp_path / "here"
    with ChartWriter(seed_plans, beside) as writer:
        for path in writer.paths:
            writer.wait_for(path)
            assert path.is_file() and path.stat().st_size > 1000, path.name
    serial = save_charts([draw_chart(plan) for plan in seed_plans], here)
    assert [p.name for p in serial] == [p.name for p in writer.paths] == [p.name for p in chart_files(seed_plans, here)]
    for ours, reference in zip(writer.paths, serial):
        assert ours.read_bytes() == reference.read_bytes(), ours.name
    assert {p.suffix for p in serial} == {".png", ".svg"} and len(serial) == 2 * len(seed_plans) >= 10


def test_a_chart_that_cannot_be_drawn_is_an_output_error_and_waiting_for_it_ends(seed_plans, tmp_path: Path):
    broken = ChartPlan(ChartKind.WORDS_PER_SOURCE, (pd.DataFrame({"nothing": [1]}),), outlets=("A",))
    plans = [broken, *seed_plans[1:2]]
    with pytest.raises(OutputError, match=str(tmp_path)):
        with ChartWriter(plans, tmp_path) as writer:
            writer.wait_for(tmp_path / "words_per_source.png")  # returns: the child has given up
    assert not (tmp_path / "words_per_source.png").exists()


def test_files_that_are_not_charts_are_not_waited_for(seed_plans, tmp_path: Path):
    with ChartWriter(seed_plans[:1], tmp_path) as writer:
        writer.wait_for(tmp_path / "logo.png")
        writer.wait_for(Path("/etc/passwd"))
    assert (tmp_path / f"{seed_plans[0].name}.svg").is_file()


@pytest.mark.skipif(not can_fork(), reason="charts are drawn in this process where fork is unavailable")
def test_a_failure_in_the_block_stops_the_children(seed_plans, tmp_path: Path):
    with pytest.raises(RuntimeError):
        with ChartWriter(seed_plans, tmp_path) as writer:
            children = list(writer._children.values())  # noqa: SLF001  (what is being stopped)
            raise RuntimeError("the layout failed")
    assert children and not any(child.is_alive() for child in children)


def test_a_rerun_keeps_unchanged_charts_and_redraws_changed_or_touched_ones(seed_plans, tmp_path: Path):
    from dataclasses import replace

    from mediabrief.charts.reuse import ChartReuse

    assert [p.name for p in ChartReuse(seed_plans, tmp_path).stale] == [p.name for p in seed_plans]  # nothing yet
    save_charts([draw_chart(plan) for plan in seed_plans], tmp_path)
    ChartReuse(seed_plans, tmp_path).record()
    assert ChartReuse(seed_plans, tmp_path).stale == []
    first, second, third = seed_plans[:3]
    frame = first.frames[0]
    number = frame.select_dtypes("number").columns[0]
    changed = replace(first, frames=(frame.assign(**{number: frame[number] + 1}), *first.frames[1:]))
    (tmp_path / f"{second.name}.svg").write_bytes(b"<svg/>")  # edited by hand
    (tmp_path / f"{third.name}.png").unlink()  # deleted
    stale = ChartReuse([changed, *seed_plans[1:]], tmp_path).stale
    assert [p.name for p in stale] == [first.name, second.name, third.name]


def test_the_second_report_draws_no_chart_and_its_pdf_still_has_every_one(seeds_report, tmp_path: Path):
    import shutil

    from pypdf import PdfReader

    from mediabrief.cli import main

    out, figures = tmp_path / "out", tmp_path / "figures"
    shutil.copytree(seeds_report["figures"], figures)  # the figures and manifest of the first report
    before = {path.name: (path.stat().st_ino, path.stat().st_mtime_ns) for path in figures.iterdir()}
    assert main(["report", str(SEEDS), "--out", str(out), "--figures", str(figures), "--quiet"]) == 0
    after = {path.name: (path.stat().st_ino, path.stat().st_mtime_ns) for path in figures.iterdir()}
    charts = {name for name in before if name.endswith((".png", ".svg"))}
    assert len(charts) >= 10 and all(after[name] == before[name] for name in charts)  # not one rewritten
    def images(pdf: Path) -> list[int]:
        return [len(page.images) for page in PdfReader(str(pdf)).pages]

    assert images(out / "briefing.pdf") == images(seeds_report["out"] / "briefing.pdf")
    assert sum(images(out / "briefing.pdf")) >= 6

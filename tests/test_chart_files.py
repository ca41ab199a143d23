"""The chart files drawn by forked children while the PDF is laid out: the same bytes, and failures told."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mediabrief.chart_files import ChartWriter, can_fork, chart_files
from mediabrief.charts import ChartPlan, plan_charts
from mediabrief.errors import OutputError
from mediabrief.insights import build_insights
from mediabrief.pipeline import analyze
from mediabrief.plots import save_charts

from .conftest import SEEDS


@pytest.fixture(scope="module")
def seed_plans(seeds_report) -> list[ChartPlan]:  # seeds_report first: the analyses come from its cache
    result = analyze([SEEDS])
    return plan_charts(result.tables, build_insights(result.tables, result.analyses))


def test_the_chart_processes_write_what_drawing_here_writes(seed_plans, tmp_path: Path):
    beside, here = tmp_path / "beside", tmp_path / "here"
    with ChartWriter(seed_plans, beside) as writer:
        for path in writer.paths:
            writer.wait_for(path)
            assert path.is_file() and path.stat().st_size > 1000, path.name
    serial = save_charts([plan.draw() for plan in seed_plans], here)
    assert [p.name for p in serial] == [p.name for p in writer.paths] == [p.name for p in chart_files(seed_plans, here)]
    for ours, reference in zip(writer.paths, serial):
        assert ours.read_bytes() == reference.read_bytes(), ours.name
    assert {p.suffix for p in serial} == {".png", ".svg"} and len(serial) == 2 * len(seed_plans) >= 10


def test_a_chart_that_cannot_be_drawn_is_an_output_error_and_waiting_for_it_ends(seed_plans, tmp_path: Path):
    broken = ChartPlan("words_per_source", "Words", "a table", (pd.DataFrame({"nothing": [1]}),),
                       outlets=("A",))
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

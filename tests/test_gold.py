"""The gold gate: the tool's figures on the seeds must not fall below tests/data/floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediabrief.evaluate import EvaluationReport, run_evaluation
from mediabrief.evaluate.figures import COUNT_METRICS, METRICS
from mediabrief.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
FLOORS: dict[str, dict[str, float | int | None]] = json.loads((DATA / "floors.json").read_text("utf-8"))
SEEDS_FLOORS = FLOORS["seeds"]


@pytest.fixture(scope="module")
def seeds_evaluation() -> EvaluationReport:
    return run_evaluation(DATA / "seeds-gold.json", ROOT / "seeds", settings=Settings(quiet=True))


def test_floors_name_only_known_metrics() -> None:
    assert set(SEEDS_FLOORS) <= {key for key, _ in METRICS}


def test_every_seed_article_is_scored(seeds_evaluation: EvaluationReport) -> None:
    assert seeds_evaluation.articles_scored == seeds_evaluation.counts.articles


@pytest.mark.parametrize("metric", sorted(SEEDS_FLOORS))
def test_figure_meets_its_floor(seeds_evaluation: EvaluationReport, metric: str) -> None:
    bound = SEEDS_FLOORS[metric]
    if bound is None:
        pytest.skip(f"{metric} is not gated (null in floors.json)")
    if metric not in seeds_evaluation.annotated:
        pytest.skip(f"{metric} is n/a on the seeds")
    value = seeds_evaluation.tool.figures()[metric]
    assert value is not None, f"{metric} was not scored\n{seeds_evaluation.to_text()}"
    if metric in COUNT_METRICS:
        assert value <= bound, f"{metric} = {value}, at most {bound} allowed\n{seeds_evaluation.to_text()}"
    else:
        assert value >= bound, f"{metric} = {value:.3f} fell below its floor {bound}\n{seeds_evaluation.to_text()}"

"""The gold gate: the tool's figures on the seeds and on the resolved PolNeAR and newswire golds
must not fall below tests/data/floors.json."""

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
# gold set -> (gold file, its articles)
GOLD_SETS = {
    "seeds": (DATA / "seeds-gold.json", ROOT / "seeds"),
    "polnear-resolved": (DATA / "polnear-dev" / "polnear-resolved-gold.json", DATA / "polnear-dev" / "articles"),
    "wire-resolved": (DATA / "wire-dev" / "wire-resolved-gold.json", DATA / "timeml-dev" / "articles"),
}
GATES = [(name, metric) for name in GOLD_SETS for metric in sorted(FLOORS[name])]


@pytest.fixture(scope="module")
def evaluations() -> dict[str, EvaluationReport]:
    return {name: run_evaluation(gold, articles, settings=Settings(quiet=True))
            for name, (gold, articles) in GOLD_SETS.items()}


def test_floors_name_only_known_sets_and_metrics() -> None:
    assert set(FLOORS) - {"_about"} == set(GOLD_SETS)
    for name in GOLD_SETS:
        assert set(FLOORS[name]) <= {key for key, _ in METRICS}


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
def test_every_gold_article_is_scored(evaluations: dict[str, EvaluationReport], name: str) -> None:
    assert evaluations[name].articles_scored == evaluations[name].counts.articles


@pytest.mark.parametrize(("name", "metric"), GATES)
def test_figure_meets_its_floor(evaluations: dict[str, EvaluationReport], name: str, metric: str) -> None:
    evaluation, bound = evaluations[name], FLOORS[name][metric]
    if bound is None:
        pytest.skip(f"{metric} is not gated (null in floors.json)")
    if metric not in evaluation.annotated:
        pytest.skip(f"{metric} is n/a on {name}")
    value = evaluation.tool.figures()[metric]
    assert value is not None, f"{metric} was not scored\n{evaluation.to_text()}"
    if metric in COUNT_METRICS:
        assert value <= bound, f"{metric} = {value}, at most {bound} allowed\n{evaluation.to_text()}"
    else:
        assert value >= bound, f"{metric} = {value:.3f} fell below its floor {bound}\n{evaluation.to_text()}"


def test_resolved_gold_reports_attribution_by_speaker_mention(evaluations: dict[str, EvaluationReport]) -> None:
    misses = {t.kind: t for t in evaluations["polnear-resolved"].tool.misses}
    assert {"name", "description", "pronoun", "group", "document"} <= set(misses)
    assert all(t.right + t.wrong + t.unattributed + t.missed == t.quotes for t in misses.values())
    assert "speaker mention" in evaluations["polnear-resolved"].to_text()

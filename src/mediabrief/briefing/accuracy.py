"""The tool's measured accuracy, for the briefing's methods section.

From an evaluation JSON (`mediabrief evaluate --json`, schema evaluation/1; one object, a list of
them, or {"evaluations": [...]}) when one is given, else from the figures shipped in
`resources/accuracy.json` (schema accuracy/1), which `make eval` results keep up to date.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from ..errors import InputError

LABELS = {
    "quote_recall": "quote recall",
    "quote_precision": "quote precision",
    "attribution_accuracy": "attribution accuracy",
    "attributed_quote_recall": "attributed-quote recall",
    "speaker_f1": "speaker F1",
    "people_f1": "people F1",
    "date_recall": "date recall",
    "date_value_accuracy": "date value accuracy",
    "date_precision": "date precision",
}
MEANING = {
    "quote_recall": "share of the gold quotes the tool found",
    "quote_precision": "share of the tool's quotes that are real quotes",
    "attribution_accuracy": "share of found quotes given to the right speaker",
    "attributed_quote_recall": "share of gold quotes found and given to the right speaker",
    "speaker_f1": "agreement on who was quoted in each article",
    "people_f1": "agreement on the people named in each article",
    "date_recall": "share of the gold dates the tool found",
    "date_value_accuracy": "share of found dates given the right calendar value",
    "date_precision": "share of the tool's dates that are real dates",
}


def load_accuracy(path: Path | None = None) -> dict[str, object]:
    """`{"origin": str, "sets": [{"gold_set", "description", "rows": [{"key", "label", "meaning", "value"}]}]}`."""
    if path is not None and path.is_file():
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as error:
            raise InputError(f"{path}: cannot read the evaluation figures ({error})") from error
        return {"origin": f"measured by mediabrief evaluate ({path.name})", "sets": _from_evaluations(data)}
    try:
        text = resources.files("mediabrief").joinpath("resources/accuracy.json").read_text("utf-8")
    except (OSError, FileNotFoundError):
        return {"origin": "no accuracy figures available", "sets": []}
    data = json.loads(text)
    sets = [_set(s["gold_set"], s.get("description", ""), s.get("metrics", {})) for s in data.get("sets", [])]
    return {"origin": data.get("measured_by", "mediabrief evaluate"), "sets": sets}


def _from_evaluations(data: object) -> list[dict[str, object]]:
    if isinstance(data, dict) and "evaluations" in data:
        data = data["evaluations"]
    evaluations = data if isinstance(data, list) else [data]
    sets = []
    for evaluation in evaluations:
        if not isinstance(evaluation, dict) or evaluation.get("schema") != "evaluation/1":
            continue
        tool = evaluation.get("systems", {}).get("mediabrief", {})
        metrics = {key: entry.get("value") for key, entry in tool.items() if isinstance(entry, dict)}
        counts = evaluation.get("gold_counts", {})
        description = f"{counts.get('articles', '?')} articles, {evaluation.get('gold_file', '')}"
        sets.append(_set(str(evaluation.get("gold_set", "gold")), description, metrics))
    return sets


def _set(name: str, description: str, metrics: dict[str, object]) -> dict[str, object]:
    rows = [{"key": key, "label": LABELS[key], "meaning": MEANING[key], "value": float(metrics[key])}
            for key in LABELS if isinstance(metrics.get(key), (int, float))]
    return {"gold_set": name, "description": description, "rows": rows}

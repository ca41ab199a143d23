"""Shared fixtures: the real pipeline loaded once, and one real report on the seeds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def nlp():
    from mediabrief.engine.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_gold() -> dict:
    return json.loads((DATA / "seeds-gold.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def seeds_report(tmp_path_factory):
    """`mediabrief report seeds` through the real CLI, into a temporary folder."""
    from mediabrief.cli import main

    out = tmp_path_factory.mktemp("report")
    figures = tmp_path_factory.mktemp("figures")
    code = main(["report", str(SEEDS), "--out", str(out), "--figures", str(figures), "--quiet"])
    return {"code": code, "out": out, "figures": figures}


def copy_seeds(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in SEEDS.iterdir():
        shutil.copy(path, target / path.name)
    return target

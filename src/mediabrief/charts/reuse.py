"""Charts whose files a rerun can keep: same frames, same drawing code, files untouched since.

A chart's key hashes its plan (the frames, options and labels it is drawn from) with the source
of every module that draws it and matplotlib's version; `figures/.mediabrief-charts.json` records
each chart's key and the SHA-256 of its files. A chart is drawn again unless both still match,
so a rerun that changes only the text of the briefing draws nothing, and a file that was edited
or deleted is replaced.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..engine.cache import hash_sources, installed_version, package_sources
from .kinds import chart_paths
from .plan import ChartPlan
from ..outputs import write_atomic

MANIFEST = ".mediabrief-charts.json"
DRAWING_MODULES = ("charts/draw.py",)


@lru_cache(maxsize=1)
def drawing_fingerprint() -> str:
    digest = hashlib.sha256(f"matplotlib {installed_version('matplotlib')}\0".encode())
    hash_sources(digest, package_sources(*DRAWING_MODULES))
    return digest.hexdigest()


def plan_key(plan: ChartPlan) -> str:
    """Equal plans give equal keys; a difference anywhere in what is drawn gives another key."""
    content = pickle.dumps((plan.kind.value, plan.title, plan.source, plan.frames, dict(plan.options), plan.outlets),
                           protocol=5)
    return hashlib.sha256(drawing_fingerprint().encode() + b"\0" + content).hexdigest()


class ChartReuse:
    """Which of `plans` must be drawn into `figures_dir`, and (`record`, once they are) the new manifest."""

    def __init__(self, plans: Sequence[ChartPlan], figures_dir: Path) -> None:
        self.plans, self.figures_dir = list(plans), figures_dir
        self.keys = {plan.name: plan_key(plan) for plan in self.plans}
        recorded = _read_manifest(figures_dir / MANIFEST)
        self.stale = [plan for plan in self.plans if not self._unchanged(plan, recorded.get(plan.name))]

    def record(self) -> None:
        """Write the manifest of every chart, all of whose files are now written."""
        manifest = {plan.name: {"key": self.keys[plan.name], "files": self._digests(plan)} for plan in self.plans}
        write_atomic(self.figures_dir / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8"))

    def _unchanged(self, plan: ChartPlan, entry: object) -> bool:
        if not isinstance(entry, dict) or entry.get("key") != self.keys[plan.name]:
            return False
        try:
            return entry.get("files") == self._digests(plan)
        except OSError:  # a file is gone
            return False

    def _digests(self, plan: ChartPlan) -> dict[str, str]:
        paths = chart_paths([plan.kind], self.figures_dir)
        return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in paths}


def _read_manifest(path: Path) -> dict[str, object]:
    try:
        manifest = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}

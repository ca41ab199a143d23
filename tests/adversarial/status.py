"""The status file: every kind's last verdict, as a Markdown table with a JSON twin beside it."""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict
from pathlib import Path

STATUS = Path(os.environ.get("MEDIABRIEF_ADVERSARIAL_STATUS", "/tmp/adversarial-status.md"))


def write_status(outcomes: dict, path: Path = STATUS, *, seconds: float | None = None,
                 label: str = "fast") -> None:
    """Merge these outcomes into the status file (Markdown, with a JSON twin beside it)."""
    store = path.with_suffix(".json")
    data = json.loads(store.read_text("utf-8")) if store.exists() else {"kinds": {}, "timings": {}}
    data["kinds"].update({name: asdict(o) for name, o in outcomes.items()})
    if seconds is not None:
        data["timings"][label] = {"seconds": round(seconds, 1), "at": time.strftime("%Y-%m-%d %H:%M:%S")}
    store.write_text(json.dumps(data, indent=1, default=str), "utf-8")
    path.write_text(render_status(data), "utf-8")


def render_status(data: dict) -> str:
    kinds = sorted(data["kinds"].values(), key=lambda o: (o["slow"], o["name"]))
    lines = ["# Adversarial suite status", ""]
    for label, timing in data["timings"].items():
        lines.append(f"- {label} part: {timing['seconds']} s wall (at {timing['at']})")
    for group, slow in (("fast", False), ("slow", True)):
        chosen = [o for o in kinds if o["slow"] == slow]
        passed = sum(1 for o in chosen if not o["failures"])
        lines.append(f"- {group} kinds: {passed} of {len(chosen)} pass")
    lines += ["", "| kind | slow | result | exit | s | peak MB | run | failures / last stderr line |",
              "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for o in kinds:
        verdict = "pass" if not o["failures"] else "FAIL"
        detail = "; ".join(o["failures"])[:600]
        if o["failures"] and o["last_err"] and o["last_err"][:80] not in detail:
            detail += f" — last stderr line: {o['last_err']}"
        detail = detail.replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {o['name']} | {'yes' if o['slow'] else ''} | {verdict} | {o['code']} | {o['seconds']} "
                     f"| {o.get('peak_mb', o.get('peak_rss_mb'))} | {o['how']} | {detail} |")
    return "\n".join(lines) + "\n"

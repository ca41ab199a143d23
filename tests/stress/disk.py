"""A disk that fills up: a small tmpfs over the output folders, in a private user and mount
namespace (`unshare --user --mount`), so no root and no privileged container are needed.

Fresh, the run exits 2 with one line and writes nothing; rewriting a complete older report, it
exits 2 and every file is still the old one (README: "One consistent set").
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.adversarial.checks import TRACEBACK
from tests.adversarial.kind import Kind

from .scenarios import Run, complete, corpus, report_args, snapshot, verdict


def _disk_run(root: Path, articles: Path, disk: Path, size_kb: int, cache: Path) -> tuple[Run, Path]:
    """A report into `disk` with a tmpfs of `size_kb` mounted over it (in a private mount namespace,
    holding a copy of what `disk` held); what the run left there is copied out to the returned folder."""
    snap, after = root / f"snap-{size_kb}", root / f"after-{size_kb}"
    for folder in (snap, after):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(disk, snap, symlinks=True)
    after.mkdir()
    script = ('mount -t tmpfs -o size="$1"k none "$2" && cp -a "$3"/. "$2"/ && shift 4 && "$@"; '
              'code=$?; cp -a "$DISK"/. "$AFTER"/; exit $code')
    prefix = ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", str(size_kb), str(disk),
              str(snap), "--"]
    run = Run(report_args(articles, disk / "out", disk / "figures", cache), root, label=f"disk-{size_kb}",
              prefix=prefix, env={**os.environ, "DISK": str(disk), "AFTER": str(after)})
    run.wait()
    return run, after


def disk_full(root: Path, kind: Kind) -> tuple[list[str], dict]:
    """A disk that fills up: fresh (nothing written, exit 2) and during a rewrite (the old set kept)."""
    if subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True).returncode:
        return ["cannot make a private mount namespace here (unshare --user --mount failed)"], {}
    old_corpus, new_corpus = corpus(root / "a", 0), corpus(root / "b", 3, salt="d")
    disk, cache = root / "disk", root / "cache"
    failures: list[str] = []
    if not complete(Run(report_args(new_corpus, disk / "out", disk / "figures", cache), root, label="new"),
                    "new corpus", failures):
        return failures, {}
    new = snapshot(disk / "out", disk / "figures")
    new_kb = sum(p.stat().st_size for p in disk.rglob("*") if p.is_file()) // 1024
    shutil.rmtree(disk)
    disk.mkdir()
    details = {"new outputs kB": new_kb}
    run, after = _disk_run(root, new_corpus, disk, new_kb // 2, cache)
    details["fresh"] = {"tmpfs kB": new_kb // 2, "code": run.code, "stderr": (run.lines() or [""])[-1][:160]}
    failures += _full_disk_outcome(run, "fresh")
    left = sorted(str(p.relative_to(after)) for p in after.rglob("*") if p.is_file() and not p.name.startswith("."))
    if run.code == 2 and left:
        failures.append(f"fresh: exit 2 but {len(left)} files left on the full disk: {left[:4]}")
    if not complete(Run(report_args(old_corpus, disk / "out", disk / "figures", cache), root, label="old"),
                    "old corpus", failures):
        return failures, details
    old = snapshot(disk / "out", disk / "figures")
    old_kb = sum(p.stat().st_size for p in disk.rglob("*") if p.is_file()) // 1024
    run, after = _disk_run(root, new_corpus, disk, old_kb + 300, cache)
    details["rewrite"] = {"tmpfs kB": old_kb + 300, "code": run.code, "stderr": (run.lines() or [""])[-1][:160]}
    failures += _full_disk_outcome(run, "rewrite")
    if (state := verdict(snapshot(after / "out", after / "figures"), old, new)):
        failures.append(f"rewrite on a full disk: {state}")
    return failures, details


def _full_disk_outcome(run: Run, where: str) -> list[str]:
    lines = run.lines()
    found = []
    if run.code not in (0, 2):
        found.append(f"{where}: exit {run.code}, expected 2: {(lines or [''])[-1][:200]}")
    if TRACEBACK in run.stderr:
        found.append(f"{where}: a traceback on stderr")
    if run.code == 2 and len(lines) != 1:
        found.append(f"{where}: exit 2 with {len(lines)} lines on stderr")
    return found

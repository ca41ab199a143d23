"""Kinds that interrupt or race runs: kill -9 during a rewrite, Ctrl-C during `--jobs 2`, two runs into
one --out or one --figures, a disk that fills up. Each returns its failures and what it measured.

The rules (issue "Hardening II"): after an interruption every file in --out and --figures comes from
one complete run, the old or the new (compared file by file, by hash, with complete runs of both
written to the same paths); a run refused because another holds the folder exits 2 with one line;
Ctrl-C exits 130 with one line and leaves no process behind.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

from tests.adversarial.builders import article, copy_seeds
from tests.adversarial.checks import TRACEBACK
from tests.adversarial.kind import Kind
from tests.adversarial.runner import GB, kill_group, mediabrief_command

IGNORED = (".mediabrief.lock",)  # the lock, and `.part` leftovers a next run clears, are no outputs


class Run:
    """One `mediabrief` process in its own session, memory-capped (prlimit), reaped with wait4."""

    def __init__(self, args: list[str], root: Path, *, memory_gb: float = 4.0, label: str = "run",
                 prefix: list[str] = (), env: dict[str, str] | None = None) -> None:
        self.root = root
        self.stderr_path = root / "logs" / f"{label}.stderr"
        self.stderr_path.parent.mkdir(exist_ok=True)
        self.start = time.monotonic()
        command = [*prefix, "prlimit", f"--as={int(memory_gb * GB)}", "--", *mediabrief_command(), *args]
        with open(self.stderr_path, "wb") as stderr:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                            stderr=stderr, start_new_session=True, env=env)
        self.pid = self.process.pid
        self.code: int | None = None
        self.timed_out = False
        self.peak_rss_mb = 0.0
        self.seconds = 0.0

    def wait(self, timeout: float = 120.0) -> int | None:
        deadline = time.monotonic() + timeout
        while self.code is None:
            pid, status, usage = os.wait4(self.pid, os.WNOHANG)
            if pid:
                self.code = os.waitstatus_to_exitcode(status)
                self.process.returncode = self.code
                self.peak_rss_mb = usage.ru_maxrss / 1024
                self.seconds = time.monotonic() - self.start
                break
            if time.monotonic() > deadline:
                kill_group(self.pid)
                timeout = 30.0
                deadline = time.monotonic() + timeout
                self.timed_out = True
            time.sleep(0.02)
        return self.code

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_bytes().decode("utf-8", "replace")

    def lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def session_processes(sid: int) -> list[str]:
    """Command lines of the processes still in session `sid` (a run's children inherit it)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) == sid:
                cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                found.append(f"{stat.parent.name}: {cmdline[:100]}")
        except (OSError, IndexError, ValueError):
            continue
    return found


def wait_gone(sid: int, within: float) -> list[str]:
    deadline = time.monotonic() + within
    while (left := session_processes(sid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


def snapshot(*folders: Path) -> dict[str, str]:
    """Every output file under the folders: path -> sha256 (the lock and `.part` leftovers left out)."""
    found = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            if path.is_file() and path.name not in IGNORED and not path.name.endswith(".part"):
                found[f"{folder.name}/{path.relative_to(folder)}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def verdict(now: dict[str, str], old: dict[str, str], new: dict[str, str]) -> str | None:
    """None when the folders hold exactly one complete set; else which files come from where."""
    if now in (old, new):
        return None
    olds = sorted(k for k, v in now.items() if old.get(k) == v and new.get(k) != v)
    news = sorted(k for k, v in now.items() if new.get(k) == v and old.get(k) != v)
    other = sorted(k for k, v in now.items() if v not in (old.get(k), new.get(k)))
    missing = sorted(k for k in set(old) | set(new) if k not in now)
    return (f"mixed: {len(olds)} old ({', '.join(olds[:4])}), {len(news)} new ({', '.join(news[:4])}), "
            f"{len(other)} from neither ({', '.join(other[:4])}), {len(missing)} missing ({', '.join(missing[:4])})")


def corpus(folder: Path, extra: int, *, salt: str = "") -> Path:
    """The seeds plus `extra` generated articles, each from its own outlet (so the charts differ)."""
    copy_seeds(folder)
    for number in range(extra):
        place = f"Province{salt}{number}"
        (folder / f"wire{salt}{number}_{number:03d}.txt").write_text(
            article(f"Talks in {place}", place=place, extra=f"The {number} delegates of {place}{salt} arrived."),
            "utf-8")
    return folder


def report_args(articles: Path, out: Path, figures: Path, cache: Path, *more: str) -> list[str]:
    return ["report", str(articles), "--out", str(out), "--figures", str(figures), "--quiet",
            "--cache-dir", str(cache), *more]


def restore(backup: Path, *folders: Path) -> None:
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(backup / folder.name, folder, symlinks=True)


def reset(work: Path, backup: Path, *folders: Path) -> None:
    """`folders` as in `backup`, and nothing else left in `work` but lock files (a killed run's
    staging folders or temporary files would be cleared by the next run, and look like its writes)."""
    for entry in work.iterdir() if work.is_dir() else ():
        if entry not in folders and "lock" not in entry.name:
            shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
    restore(backup, *folders)


def backup_of(root: Path, *folders: Path) -> Path:
    target = root / f"backup-{time.monotonic_ns()}"
    for folder in folders:
        shutil.copytree(folder, target / folder.name, symlinks=True)
    return target


def complete(run: Run, what: str, failures: list[str]) -> bool:
    if run.wait() != 0:
        failures.append(f"{what}: exit {run.code}: {(run.lines() or [''])[-1][:200]}")
        return False
    return True


def first_write(run: Run, folders: tuple[Path, ...], timeout: float = 60.0) -> float:
    """Seconds from the start of `run` to its first change in `folders` (a new entry, a rename, a
    staging folder or temporary file beside them), or to its end."""
    def stamps() -> list[int]:
        return [f.stat().st_mtime_ns if f.exists() else 0 for f in folders]

    before = stamps()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and run.process.poll() is None and stamps() == before:
        time.sleep(0.005)
    return time.monotonic() - run.start


def kill9_during_rewrite(root: Path, kind: Kind) -> tuple[list[str], dict]:
    """kill -9 of the main process at several moments of a report that rewrites another corpus's:
    at fractions of a warm run, and just after its first write (0 to 1 s after it)."""
    old_corpus, new_corpus = corpus(root / "a", 0), corpus(root / "b", 3, salt="k")
    work, cache = root / "work", root / "cache"
    out, figures = work / "out", work / "figures"
    failures: list[str] = []
    if not complete(Run(report_args(old_corpus, out, figures, cache), root, label="old"), "old corpus", failures):
        return failures, {}
    old, old_backup = snapshot(out, figures), backup_of(root, out, figures)
    complete(Run(report_args(new_corpus, out, figures, cache), root, label="new-cold"), "new corpus", failures)
    reset(work, old_backup, out, figures)
    warm = Run(report_args(new_corpus, out, figures, cache), root, label="new-warm")
    if not complete(warm, "new corpus (warm)", failures):
        return failures, {}
    new, duration = snapshot(out, figures), warm.seconds
    # Runs vary by a third on a shared machine: past 1.0 too, where a slower run is still writing.
    fractions = (0.15, 0.3, 0.45, 0.55, 0.62, 0.68, 0.74, 0.8, 0.85, 0.9, 0.94, 0.97, 1.0, 1.08, 1.16, 1.25)
    moments = [round(duration * f, 2) for f in fractions] + [f"write+{d}" for d in (0.0, 0.05, 0.2, 0.5)]
    states, seen = {}, {}
    for moment in moments:
        reset(work, old_backup, out, figures)
        run = Run(report_args(new_corpus, out, figures, cache), root, label=f"kill-{moment}")
        wrote = ""
        if isinstance(moment, str):
            wrote = f" (first write at {first_write(run, (work, out, figures)):.2f} s)"
            time.sleep(float(moment.split("+")[1]))
        else:
            time.sleep(moment)
        try:
            os.kill(run.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        run.wait(30)
        if left := wait_gone(run.pid, 15.0):
            failures.append(f"kill -9 at {moment} s: {len(left)} processes of the run still alive 15 s later: "
                            f"{left[0]}")
        kill_group(run.pid)
        wait_gone(run.pid, 5.0)
        states[moment], seen[moment] = snapshot(out, figures), ("finished" if run.code == 0 else "killed") + wrote
    # A second complete run of the new corpus after the trials: code edited meanwhile (the tree is
    # shared) changes the new set, and a set from either complete run is whole.
    reset(work, old_backup, out, figures)
    again = complete(Run(report_args(new_corpus, out, figures, cache), root, label="new-again"), "new again", [])
    news = [new, snapshot(out, figures)] if again else [new]
    for moment, state in states.items():
        verdicts = [verdict(state, old, one) for one in news]
        if None in verdicts:
            seen[moment] += ", old set" if state == old else ", new set"
        else:
            seen[moment] += ", MIXED"
            failures.append(f"kill -9 at {moment} s (a warm run takes {duration:.1f}): {verdicts[0]}")
    details = {"warm run s": round(duration, 1), "moments": seen, "files": len(new)}
    if len(news) > 1 and news[0] != news[1]:
        details["complete runs differ in"] = sorted(k for k in news[0] if news[0][k] != news[1].get(k))
    return failures, details


def sigint_during_jobs(root: Path, kind: Kind) -> tuple[list[str], dict]:
    """Ctrl-C (SIGINT to the process group) while `--jobs 2` workers parse: 130, one line, nothing left."""
    articles = corpus(root / "many", 24, salt="s")
    failures: list[str] = []
    seen = {}
    for moment in (2.0, 4.0, 7.0, 11.0):
        out, figures = root / f"out-{moment}", root / f"figures-{moment}"
        run = Run(report_args(articles, out, figures, root / "cache", "--jobs", "2", "--no-cache"), root,
                  label=f"sigint-{moment}")
        time.sleep(moment)
        alive = session_processes(run.pid)
        try:
            os.killpg(run.pid, signal.SIGINT)
        except ProcessLookupError:
            pass
        code = run.wait(60)
        left = wait_gone(run.pid, 10.0)
        kill_group(run.pid)
        lines = run.lines()
        seen[moment] = {"code": code, "processes at the signal": len(alive), "stderr lines": len(lines)}
        where = f"SIGINT at {moment} s ({len(alive)} processes)"
        if code == 0:
            seen[moment]["note"] = "finished before the signal"
            continue
        if code != 130:
            failures.append(f"{where}: exit {code}, expected 130: {(lines or [''])[-1][:160]}")
        if TRACEBACK in run.stderr:
            failures.append(f"{where}: a traceback on stderr")
        if len(lines) != 1:
            failures.append(f"{where}: {len(lines)} lines on stderr, expected one: {lines[:3]}")
        if left:
            failures.append(f"{where}: {len(left)} processes left 10 s after exit: {left[0]}")
        made = [p.name for folder in (out, figures) if folder.is_dir() for p in folder.iterdir()
                if not p.name.startswith(".")]
        if made and not (out / "briefing.pdf").exists():  # fresh folders: anything short of the whole set is partial
            failures.append(f"{where}: the interrupted run left {len(made)} files: {sorted(made)[:4]}")
    return failures, {"moments": seen}


def concurrent_same_out(root: Path, kind: Kind) -> tuple[list[str], dict]:
    """Two runs of different corpora into one --out: one refused (exit 2), or one after the other;
    the folder afterwards holds one complete run's tables and briefing."""
    first, second = corpus(root / "a", 0), corpus(root / "b", 3, salt="c")
    out, cache = root / "out", root / "cache"
    failures: list[str] = []
    refs = []
    for articles, figures in ((first, root / "fig-a"), (second, root / "fig-b")):
        shutil.rmtree(out, ignore_errors=True)
        if not complete(Run(report_args(articles, out, figures, cache), root, label="ref"), "reference", failures):
            return failures, {}
        refs.append(snapshot(out))
    seen = []
    for offset in (0.0, 0.3, 1.0, 2.0):
        shutil.rmtree(out, ignore_errors=True)
        runs = [Run(report_args(first, out, root / "fig-a", cache), root, label=f"a-{offset}")]
        time.sleep(offset)
        runs.append(Run(report_args(second, out, root / "fig-b", cache), root, label=f"b-{offset}"))
        codes = [run.wait() for run in runs]
        seen.append({"offset": offset, "codes": codes})
        failures += _refusals(runs, f"offset {offset} s")
        if 0 not in codes:
            failures.append(f"offset {offset} s: neither run finished: exits {codes}")
        elif (state := verdict(snapshot(out), *refs)) is not None:
            failures.append(f"offset {offset} s (exits {codes}): --out {state}")
    return failures, {"trials": seen}


def _refusals(runs: list[Run], where: str) -> list[str]:
    found = []
    for run in runs:
        if run.code not in (0, 2):
            found.append(f"{where}: exit {run.code}: {(run.lines() or [''])[-1][:160]}")
        if TRACEBACK in run.stderr:
            found.append(f"{where}: a traceback on stderr")
        if run.code == 2 and len(run.lines()) != 1:
            found.append(f"{where}: refused with {len(run.lines())} lines on stderr: {run.lines()[:2]}")
        elif run.code == 2 and "another mediabrief run" not in run.stderr:  # README's wording of a refusal
            found.append(f"{where}: exit 2 without saying another run holds the folder: {run.lines()[0][:160]}")
    return found


def pdf_images(path: Path) -> frozenset[str]:
    """Hashes of the images embedded in a PDF (the charts it shows)."""
    from pypdf import PdfReader

    found = set()
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources")
        objects = resources.get_object().get("/XObject") if resources is not None else None
        for name in objects.get_object() if objects is not None else ():
            item = objects.get_object()[name].get_object()
            if item.get("/Subtype") == "/Image":
                found.add(hashlib.sha256(item._data).hexdigest())
    return frozenset(found)


def concurrent_same_figures(root: Path, kind: Kind) -> tuple[list[str], dict]:
    """Two runs with their own --out and one --figures: one refused, or each PDF shows its own charts."""
    first, second = corpus(root / "a", 0), corpus(root / "b", 3, salt="f")
    figures, cache = root / "figures", root / "cache"
    failures: list[str] = []
    refs = {}
    for label, articles in (("a", first), ("b", second)):
        shutil.rmtree(figures, ignore_errors=True)
        out = root / f"out-{label}"
        if not complete(Run(report_args(articles, out, figures, cache), root, label=f"ref-{label}"), "reference",
                        failures):
            return failures, {}
        refs[label] = pdf_images(out / "briefing.pdf")
    seen = []
    for offset in (0.0, 0.5, 1.5):
        shutil.rmtree(figures, ignore_errors=True)
        runs = {}
        for label, articles in (("a", first), ("b", second)):
            shutil.rmtree(root / f"out-{label}", ignore_errors=True)
            runs[label] = Run(report_args(articles, root / f"out-{label}", figures, cache), root,
                              label=f"{label}-{offset}")
            time.sleep(offset if label == "a" else 0)
        codes = {label: run.wait() for label, run in runs.items()}
        seen.append({"offset": offset, "codes": codes})
        failures += _refusals(list(runs.values()), f"offset {offset} s")
        for label, run in runs.items():
            other = "b" if label == "a" else "a"
            if run.code == 0:
                shown = pdf_images(root / f"out-{label}" / "briefing.pdf")
                if shown != refs[label]:
                    whose = ("the other corpus's" if shown == refs[other] else
                             "a mix of" if shown & refs[other] else "other")
                    failures.append(f"offset {offset} s: the PDF of corpus {label} shows {whose} charts")
        if set(codes.values()) == {2}:
            failures.append(f"offset {offset} s: both runs refused")
    return failures, {"trials": seen}

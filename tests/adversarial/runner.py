"""Run kinds against the real CLI: batched where their outcomes can be told apart, alone otherwise.

Kinds with `share` go into one `mediabrief report` run per family over one folder (the seeds plus
every kind's files and metadata rows). A finding of that run goes to the kind it points at: the
article or file its table row names, or the kind whose input holds the offending text. A run that
breaks as a whole (a wrong exit code, a traceback, a missing seed) is split in two and each half
run again, down to the one kind that breaks it. Every run has a memory cap (`prlimit --as`), a
timeout, and its own session, killed whole on timeout.

`python -m tests.adversarial.runner [--slow] [--only NAME ...]` runs kinds and writes the status
file (default /tmp/adversarial-status.md).
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from .builders import ROOT, Case
from .checks import Finding, RunResult, same_name, universal
from .kind import Kind
from .status import STATUS, write_status

GB = 1024 ** 3


def mediabrief_command() -> list[str]:
    """The venv's entry point (the one `make` installs), else the running interpreter's."""
    for candidate in (Path(sys.executable).parent / "mediabrief", ROOT / ".venv" / "bin" / "mediabrief"):
        if candidate.exists():
            return [str(candidate)]
    return [sys.executable, "-m", "mediabrief"]


class Canary:
    """A listener on 127.0.0.1 that records the path of every request: nothing may be fetched."""

    def __init__(self) -> None:
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(16)
        self._socket.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self.hits: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(1.0)
                try:
                    line = connection.recv(4096).split(b"\r\n", 1)[0].decode("latin-1")
                    connection.sendall(b"HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    line = "(connection without a request)"
                self.hits.append(line)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._socket.close()


def execute(argv: list[str], *, timeout: float, memory_gb: float, cwd: Path | None = None,
            wrapper: list[str] = (), env: dict[str, str] | None = None, stdio_dir: Path | None = None,
            out: Path = Path(), figures: Path = Path()) -> RunResult:
    """Run one command in its own process group, memory-capped, killed whole after `timeout` s."""
    command = ["prlimit", f"--as={int(memory_gb * GB)}", "--", *wrapper, *argv]
    stdio_dir = stdio_dir or Path(tempfile.mkdtemp(prefix="adv-stdio-"))
    stdio_dir.mkdir(parents=True, exist_ok=True)
    with open(stdio_dir / "stdout", "w+b") as stdout, open(stdio_dir / "stderr", "w+b") as stderr:
        start = time.monotonic()
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, cwd=cwd,
                                   env=env, start_new_session=True)
        status, peak_mb, timed_out = _wait(process, timeout)
        seconds = time.monotonic() - start
        stdout.seek(0)
        stderr.seek(0)
        captured = stdout.read(), stderr.read()
    code = None if timed_out else os.waitstatus_to_exitcode(status)
    return RunResult(argv, code, *captured, seconds, peak_mb, out, figures, timed_out)


def _wait(process: subprocess.Popen, timeout: float):
    """wait4 on the child; the peak memory of its whole session (workers, forked renderers) is
    sampled on the way. The group is killed after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    timed_out = False
    peak, sampled = 0.0, 0.0
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            kill_group(process.pid)  # a child left behind by the run would be a finding elsewhere; never here
            return status, max(peak, usage.ru_maxrss / 1024), timed_out
        now = time.monotonic()
        if now > deadline and not timed_out:
            timed_out = True
            kill_group(process.pid)
        if now - sampled > 0.25:
            peak, sampled = max(peak, session_pss_mb(process.pid)), now
        time.sleep(0.05)


def session_pss_mb(sid: int) -> float:
    """Proportional set size (shared pages split between their sharers) of every process in a session."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[3]) != sid:
                continue
            for line in (stat.parent / "smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except (OSError, IndexError, ValueError):
            continue
    return total / 1024


def kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_case(case: Case, *, timeout: float, memory_gb: float, cache_dir: Path) -> RunResult:
    """The case's command (`runs` times over the same folders); the last run, with the one before it."""
    options = ["--out", str(case.out), "--quiet", "--cache-dir", str(cache_dir)]
    if case.command in ("report", "slides"):
        options += ["--figures", str(case.figures)]
    argv = [*mediabrief_command(), case.command, *options, *case.args, *case.inputs]
    previous = None
    for number in range(case.runs):
        result = execute(argv, timeout=timeout, memory_gb=memory_gb, cwd=case.cwd or case.root,
                         wrapper=case.wrapper, stdio_dir=case.root / f"run{number}", out=case.out,
                         figures=case.figures)
        result.previous = previous
        previous = result
    return previous


@dataclass
class Outcome:
    """The verdict on one kind, as the status file and the test read it."""

    name: str
    failures: list[str]
    code: int | None = None
    last_err: str = ""
    seconds: float = 0.0
    peak_mb: float = 0.0
    how: str = "alone"
    about: str = ""
    slow: bool = False
    details: dict = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return not self.failures


@dataclass
class _Built:
    case: Case
    footprints: dict[str, str]  # kind name -> every name and text the kind put into the case


def build_group(kinds: list[Kind], root: Path, canary: Canary) -> _Built:
    """One case with every kind of the group built into it, and what each kind added."""
    root.mkdir(parents=True, exist_ok=True)
    case = Case(root, canary=canary.url)
    case.command = kinds[0].command
    footprints = {}
    for kind in kinds:
        before = _listing(case)
        rows, args = (len(case.metadata_rows), len(case.alias_rows)), list(case.args)
        kind.build(case)
        footprints[kind.name] = _footprint(case, sorted(_listing(case) - before), rows, kind, case.args[len(args):])
    case.write_side_files()
    return _Built(case, footprints)


def _listing(case: Case) -> set[bytes]:
    """Every path in the case's folder tree (input folders, side folders, files given by name)."""
    found = set()
    for folder, dirs, files in os.walk(os.fsencode(case.root)):
        found.update(os.path.join(folder, name) for name in dirs + files)
    return found


def _footprint(case: Case, added: list[bytes], rows: tuple[int, int], kind: Kind, args: list[str]) -> str:
    parts = [kind.name, *args]
    for path in added:
        parts.append(os.fsdecode(os.path.basename(path)))
        if os.path.isfile(path) and not os.path.islink(path) and os.path.getsize(path) < 64 * 2 ** 20:
            with open(path, "rb") as stream:
                head = stream.read(1 << 16)
            parts += [head.decode("utf-8", "replace"), head.decode("latin-1")]
    parts += ["\n".join(map(str, row)) for row in case.metadata_rows[rows[0]:] + case.alias_rows[rows[1]:]]
    parts += [str(name.pattern if hasattr(name, "pattern") else name) for name in kind.expect.names()]
    return "\n".join(parts)


def judge_group(kinds: list[Kind], built: _Built, result: RunResult,
                canary_hits: list[str]) -> tuple[dict[str, list[str]], list[str]]:
    """Each kind's failures from one run of the group, and the findings no one kind is the cause of
    (a run that broke as a whole: with more than one kind in it, the group is split)."""
    failures: dict[str, list[str]] = {kind.name: [] for kind in kinds}
    whole: list[str] = []
    codes = frozenset().union(*(k.expect.codes for k in kinds))
    seeds = all(k.expect.seeds for k in kinds)
    for finding in universal(result, codes=codes, seeds=seeds, report=kinds[0].command == "report"):
        owners = _owners(finding, kinds, built.footprints)
        if len(owners) == 1:
            failures[owners[0]].append(finding.text)
        else:
            whole.append(finding.text)
    for kind in kinds:
        failures[kind.name] += kind.expect.failures(result)
        failures[kind.name] += [f"fetched {hit!r}" for hit in canary_hits if f"/{kind.name}/" in hit]
    whole += [f"fetched {hit!r}" for hit in canary_hits if not any(f"/{k.name}/" in hit for k in kinds)]
    return failures, whole


def _owners(finding: Finding, kinds: list[Kind], footprints: dict[str, str]) -> list[str]:
    if finding.where is not None:
        where = finding.where.lstrip("'\t ")
        owners = [k.name for k in kinds
                  if any(same_name(where, n) or (isinstance(n, str) and where.startswith(n + "#"))
                         for n in [*k.expect.names(), *_file_names(footprints[k.name])])]
        if owners:
            return owners
    if finding.snippet:
        return [k.name for k in kinds if finding.snippet in footprints[k.name]]
    return []


def _file_names(footprint: str) -> list[str]:
    return [line for line in footprint.splitlines() if "." in line and len(line) < 300]


class Session:
    """Runs groups of kinds on a pool of threads (each thread waits on one child process)."""

    def __init__(self, workdir: Path, *, jobs: int = 2) -> None:
        self.workdir = workdir
        self.cache_dir = workdir / "cache"
        self.canary = Canary()
        self.pool = ThreadPoolExecutor(max_workers=jobs)
        self._count = 0
        self._lock = threading.Lock()
        self.control_ok = True

    def close(self) -> None:
        self.pool.shutdown(wait=True)
        self.canary.close()

    def _root(self, label: str) -> Path:
        with self._lock:
            self._count += 1
            return self.workdir / f"{self._count:03d}-{label[:40]}"

    def run_group(self, kinds: list[Kind]) -> tuple[list[Kind], RunResult, tuple[dict[str, list[str]], list[str]]]:
        if kinds[0].scenario is not None:
            root = self._root(kinds[0].name)
            root.mkdir(parents=True)
            start = time.monotonic()
            try:
                failures, details = kinds[0].scenario(root, kinds[0])
            except Exception as error:  # noqa: BLE001  (a scenario that breaks is that kind's failure)
                failures, details = [f"the scenario itself failed: {type(error).__name__}: {error}"[:400]], {}
            result = RunResult([], None, b"", b"", time.monotonic() - start, 0.0, root, root, details=details)
            return kinds, result, ({kinds[0].name: failures}, [])
        built = build_group(kinds, self._root(kinds[0].name if len(kinds) == 1 else f"batch{len(kinds)}"), self.canary)
        before = len(self.canary.hits)
        result = run_case(built.case, timeout=max(k.timeout for k in kinds), memory_gb=max(k.memory_gb for k in kinds),
                          cache_dir=self.cache_dir)
        time.sleep(0.1)  # a request sent just before exit is still being recorded
        hits = self.canary.hits[before:]  # runs beside this one hit only their own kinds' paths
        return kinds, result, judge_group(kinds, built, result, hits)

    def run(self, kinds: list[Kind]) -> dict[str, Outcome]:
        """Every kind's outcome: the first (a control) alone to warm the cache, then shared kinds
        in one batch and the others alone, `jobs` runs at a time."""
        outcomes: dict[str, Outcome] = {}
        shared = [k for k in kinds if k.share and k.scenario is None]
        alone = [[k] for k in kinds if k not in shared]
        if alone:  # the first lone kind (the control: the seeds alone) warms the cache for the rest
            control = alone.pop(0)
            self._collect(self.run_group(control), outcomes)
            self.control_ok = outcomes[control[0].name].passed
        families = {k.family: [f for f in shared if f.family == k.family] for k in shared}
        groups = [*families.values(), *alone]  # the batches, the longest runs, start first
        pending: set[Future] = {self.pool.submit(self.run_group, g) for g in groups}
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                for half in self._collect(future.result(), outcomes):
                    pending.add(self.pool.submit(self.run_group, half))
        return {k.name: outcomes[k.name] for k in kinds}

    def _collect(self, done: tuple[list[Kind], RunResult, tuple[dict, list[str]]],
                 outcomes: dict[str, Outcome]) -> list[list[Kind]]:
        """Record the group's outcomes; or, when its run broke as a whole, the two halves to run again.

        A group is not split when the control (the seeds alone) broke too: then every run breaks
        (a library printing a warning, a broken install), and splitting would only multiply runs."""
        kinds, result, (failures, whole) = done
        if whole and len(kinds) > 1 and self.control_ok:
            middle = len(kinds) // 2
            return [kinds[:middle], kinds[middle:]]
        how = "alone" if len(kinds) == 1 else f"batch of {len(kinds)}"
        for kind in kinds:
            outcomes[kind.name] = Outcome(kind.name, whole + failures[kind.name], result.code, result.last_err_line,
                                          round(result.seconds, 1), round(result.peak_mb),
                                          how, kind.about, kind.slow, {**result.details, **_fate(kind, result)})
        return []


def _fate(kind: Kind, result: RunResult) -> dict[str, str]:
    """What became of the kind's articles: analysed, or skipped and why (for the status file)."""
    if result.code != 0 or kind.scenario is not None:
        return {}
    fate = {}
    for name in kind.expect.handled:
        skipped = result.rows_for("skipped", name)
        shown = getattr(name, "pattern", name)
        fate[shown] = "analysed" if result.rows_for("articles", name) else (
            f"skipped: {skipped[0].get('reason', '')[:100]}" if skipped else "neither")
    return fate


def run_kinds(kinds: list[Kind], workdir: Path, *, jobs: int = 2) -> dict[str, Outcome]:
    session = Session(workdir, jobs=jobs)
    try:
        return session.run(kinds)
    finally:
        session.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the adversarial kinds and write the status file.")
    parser.add_argument("--slow", action="store_true", help="the slow kinds (tests/stress) instead of the fast")
    parser.add_argument("--only", nargs="*", help="only these kinds")
    parser.add_argument("--status", type=Path, default=STATUS)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    if args.slow:
        from tests.stress.slow_kinds import SLOW_KINDS as kinds
    else:
        from .kinds import FAST_KINDS as kinds
    if args.only:
        kinds = [k for k in kinds if k.name in args.only]
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="adversarial-") as workdir:
        outcomes = run_kinds(list(kinds), Path(workdir), jobs=1 if args.slow else args.jobs)
    seconds = time.monotonic() - start
    write_status(outcomes, args.status, seconds=None if args.only else seconds, label="slow" if args.slow else "fast")
    failed = [o for o in outcomes.values() if not o.passed]
    print(f"{len(outcomes) - len(failed)} passed, {len(failed)} failed in {seconds:.0f} s; status in {args.status}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""`python -m mediabrief.evaluate.bench`: throughput, incremental reruns, memory and report time, in one run.

A synthetic corpus of N articles (about 700 words each) is sampled from the seeds'
paragraphs with a fixed random seed. Reported side by side:

- articles/s and words/s of `mediabrief analyze` (a cold run, in a subprocess) against
  bare `nlp.pipe` of the same pipeline over the same bodies (the physical limit: the
  faster of one process and as many as `analyze` uses), taking turns `--rounds` times and
  compared by their medians;
- the cold run against a rerun after adding one article (the cache at work);
- peak memory of `mediabrief analyze --no-cache` at N/2 and 2N articles (all its processes, PSS;
  sampled in those runs only, since sampling costs CPU);
- wall time of `mediabrief report` on the seeds with a cold cache, and the median of five with a warm one;
- the warm report of a large corpus (`--scale-n` articles from `--scale-outlets` outlets, published
  over a fortnight) against the warm report of the seeds, taking turns, with both PDFs' page counts.

Figures go to report/bench.json and one line each to stdout. Not a test: timings
depend on the machine and on whatever else it is running.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from ..engine.runner import choose_processes
from ..ingest.corpus import load_corpus
from ..engine.nlp import load_pipeline
from ..outputs import write_atomic
from ..settings import Settings

TARGETS = {"ratio_min": 0.85, "incremental_share_max": 0.05, "memory_growth_max": 0.15,
           "memory_mb_max": 1536, "report_seconds_max": 6.0, "scale_report_ratio_max": 3.0, "scale_pages_max": 40}
SCALE_RUNS = 3
WORD = re.compile(r"\w+")
WARM_REPORT_RUNS = 5


def build_corpus(folder: Path, paragraphs: Sequence[str], outlets: Sequence[str], *, count: int, words: int,
                 seed: int, start: int = 0, days: int = 14) -> int:
    """Write `count` articles (numbered from `start`, published over `days` days) and a metadata.csv;
    returns the words written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    rows = []
    for number in range(start, start + count):
        rng = random.Random(seed * 1_000_003 + number)  # article k is the same whatever N is
        chosen: list[str] = []
        size = 0
        while size < words:
            chosen.append(rng.choice(paragraphs))
            size += len(WORD.findall(chosen[-1]))
        name = f"synthetic_{number:06d}.txt"
        (folder / name).write_text(f"Synthetic story number {number}\n\n" + "\n\n".join(chosen) + "\n", "utf-8")
        rows.append(f"{name},{outlets[number % len(outlets)]},2023-09-{1 + number % days:02d}")
        total += size
    with (folder / "metadata.csv").open("a", encoding="utf-8") as stream:
        if start == 0:
            stream.write("file,outlet,published\n")
        stream.write("\n".join(rows) + "\n")
    return total


def seed_material(seeds: Path) -> tuple[list[str], list[str]]:
    articles = load_corpus([seeds]).articles
    paragraphs = [p for a in articles for p in a.body.split("\n\n") if len(WORD.findall(p)) >= 8]
    outlets = sorted({a.outlet.replace(",", " ") for a in articles})
    return paragraphs, outlets


def run_measured(command: list[str], cwd: Path, *, memory: bool = False) -> dict[str, float]:
    """Run a command; its wall time, and with `memory` the peak memory of it and all its children.

    Memory is sampled only where it is the figure: reading every process's PSS ten times a second
    takes about a seventh of a core, which on two cores slowed the timed runs by several per cent.
    """
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = {"pss_mb": 0.0, "rss_mb": 0.0}
    sampler = threading.Thread(target=_sample_memory, args=(process.pid, peak, process), daemon=True) if memory else None
    if sampler is not None:
        sampler.start()
    _, errors = process.communicate()
    seconds = time.perf_counter() - started
    if sampler is not None:
        sampler.join(timeout=1)
    if process.returncode != 0:
        raise SystemExit(f"mediabrief bench: {' '.join(command)} failed: {errors.decode(errors='replace').strip()}")
    measured = {"seconds": round(seconds, 2)}
    if memory:
        measured |= {"peak_pss_mb": round(peak["pss_mb"], 1), "peak_rss_mb": round(peak["rss_mb"], 1)}
    return measured


def _sample_memory(pid: int, peak: dict[str, float], process: subprocess.Popen) -> None:
    try:
        import psutil
    except ImportError:
        return
    while process.poll() is None:
        try:
            root = psutil.Process(pid)
            tree = [root, *root.children(recursive=True)]
            pss = rss = 0.0
            for member in tree:
                info = member.memory_full_info()
                pss += getattr(info, "pss", info.rss)
                rss = max(rss, info.rss)
            peak["pss_mb"] = max(peak["pss_mb"], pss / 2**20)
            peak["rss_mb"] = max(peak["rss_mb"], rss / 2**20)
        except (psutil.Error, OSError):
            pass
        time.sleep(0.1)


def bare_pipe(folder: Path, settings: Settings, processes: int) -> dict[str, float]:
    """Bare `nlp.pipe` over the same bodies `analyze` parses, with the same batch size and processes."""
    bodies = [a.body for a in load_corpus([folder]).articles]
    nlp = load_pipeline(settings.model)
    started = time.perf_counter()
    for _ in nlp.pipe(bodies, batch_size=settings.batch_size, n_process=processes):
        pass
    return {"seconds": round(time.perf_counter() - started, 2), "processes": processes}


def _median_run(runs: list[dict[str, float]]) -> dict[str, float]:
    """The run of median time (of an even number, the mean of the middle two), with every run's seconds."""
    ordered = sorted(runs, key=lambda run: run["seconds"])
    middle = ordered[(len(ordered) - 1) // 2]
    if len(ordered) % 2 == 0:  # an even count: the mean of the middle two
        middle = {**middle, "seconds": round((middle["seconds"] + ordered[len(ordered) // 2]["seconds"]) / 2, 2)}
    return {**middle, "runs": [run["seconds"] for run in runs]}


def run_bench(n: int, words: int, seed: int, seeds: Path, work: Path, rounds: int = 2, scale_n: int = 1000,
              scale_outlets: int = 20) -> dict[str, object]:
    paragraphs, outlets = seed_material(seeds)
    settings = Settings()
    # The workbook is left out of the analysis runs: they measure the analysis, and tables.xlsx
    # (about 5 µs a cell) is timed in the reports.
    analyze = [sys.executable, "-m", "mediabrief", "analyze", "--quiet", "--no-workbook"]
    corpus = work / "corpus"
    written = build_corpus(corpus, paragraphs, outlets, count=n, words=words, seed=seed)
    processes = choose_processes(settings.n_process, n, settings.batch_size)

    # Bare and cold runs take turns, `rounds` times each, and the ratio is of their medians: this
    # machine's speed drifts by 10 % over minutes, and a drift should fall on both sides alike.
    # One process is tried once only, in the first round: it is there for machines where workers lose.
    bare_runs: list[dict[str, float]] = []
    cold_runs: list[dict[str, float]] = []
    configurations = sorted({1, processes})
    for round_number in range(rounds):
        tried = [bare_pipe(corpus, settings, k) for k in configurations]
        bare_runs.append(min(tried, key=lambda b: b["seconds"]))
        configurations = [bare_runs[-1]["processes"]]
        cache = work / f"cache-{round_number}"
        cold_runs.append(run_measured([*analyze, str(corpus), "--out", str(work / "out"), "--cache-dir", str(cache)],
                                      work))
    bare, cold = _median_run(bare_runs), _median_run(cold_runs)
    build_corpus(corpus, paragraphs, outlets, count=1, words=words, seed=seed, start=n)
    rerun = run_measured([*analyze, str(corpus), "--out", str(work / "out"), "--cache-dir", str(cache)], work)

    memory = {}
    for size in (max(n // 2, 1), 2 * n):
        folder = work / f"memory-{size}"
        build_corpus(folder, paragraphs, outlets, count=size, words=words, seed=seed)
        command = [*analyze, str(folder), "--out", str(work / f"out-{size}"), "--no-cache"]
        memory[str(size)] = run_measured(command, work, memory=True)

    report = [sys.executable, "-m", "mediabrief", "report", str(seeds.resolve()), "--quiet", "--out",
              str(work / "report"), "--figures", str(work / "figures"), "--cache-dir", str(work / "seed-cache")]
    report_cold = run_measured(report, work)
    # A few seconds on a shared machine vary by a second or more from run to run: the median of several.
    report_warm = sorted(run_measured(report, work)["seconds"] for _ in range(WARM_REPORT_RUNS))

    scale = report_at_scale(report, work, paragraphs, words=words, seed=seed, n=scale_n, outlets=scale_outlets)

    bare_rate = n / bare["seconds"]  # medians of the rounds
    analyze_rate = n / cold["seconds"]
    low, high = (memory[k]["peak_pss_mb"] for k in memory)
    return {
        "n": n, "words_per_article": round(written / n), "seed": seed,
        "machine": {"cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
                    "python": platform.python_version(), "platform": platform.platform()},
        "bare_nlp_pipe": {**bare, "articles_per_s": round(bare_rate, 2),
                          "words_per_s": round(written / bare["seconds"])},
        "analyze_cold": {**cold, "processes": processes, "articles_per_s": round(analyze_rate, 2),
                         "words_per_s": round(written / cold["seconds"])},
        "ratio_analyze_to_bare": round(analyze_rate / bare_rate, 3),
        "rerun_after_one_new_article": {**rerun, "share_of_cold": round(rerun["seconds"] / cold["seconds"], 4)},
        "peak_memory_no_cache": {**memory, "growth": round(high / low - 1, 3) if low else None},
        "report_seeds": {"cold_cache_seconds": report_cold["seconds"],
                         "warm_cache_seconds": report_warm[len(report_warm) // 2], "warm_cache_runs": report_warm},
        "report_at_scale": scale,
        "targets": TARGETS,
    }


def report_at_scale(seeds_report: list[str], work: Path, paragraphs: Sequence[str], *, words: int, seed: int,
                    n: int, outlets: int) -> dict[str, object]:
    """The warm report of `n` articles from `outlets` outlets against the warm report of the seeds,
    taking turns (`SCALE_RUNS` each), and the pages of both PDFs."""
    corpus = work / "scale-corpus"
    build_corpus(corpus, paragraphs, [f"Outlet {k:02d}" for k in range(outlets)], count=n, words=words, seed=seed)
    cache = ["--cache-dir", str(work / "scale-cache")]
    warm_up = run_measured([sys.executable, "-m", "mediabrief", "analyze", "--quiet", str(corpus), "--out",
                            str(work / "scale-tables"), *cache], work)
    large = [sys.executable, "-m", "mediabrief", "report", str(corpus), "--quiet", "--out", str(work / "scale-report"),
             "--figures", str(work / "scale-figures"), *cache]
    run_measured(large, work)  # draws its charts and writes its workbook once, as the seeds' runs had
    seeds_runs, large_runs = [], []
    for _ in range(SCALE_RUNS):
        seeds_runs.append(run_measured(seeds_report, work)["seconds"])
        large_runs.append(run_measured(large, work)["seconds"])
    seeds_median, large_median = sorted(seeds_runs)[SCALE_RUNS // 2], sorted(large_runs)[SCALE_RUNS // 2]
    return {"articles": n, "outlets": outlets, "analyze_seconds": warm_up["seconds"],
            "seeds_warm_runs": seeds_runs, "large_warm_runs": large_runs,
            "ratio_large_to_seeds": round(large_median / seeds_median, 2),
            "pages_large": pdf_pages(work / "scale-report" / "briefing.pdf"),
            "pages_seeds": pdf_pages(work / "report" / "briefing.pdf")}


def pdf_pages(path: Path) -> int | None:
    """The PDF's page count (pypdf comes with the test extra, which `make bench` installs)."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return len(PdfReader(str(path)).pages)


def summary_lines(figures: dict) -> list[str]:
    bare, cold, rerun = figures["bare_nlp_pipe"], figures["analyze_cold"], figures["rerun_after_one_new_article"]
    memory = figures["peak_memory_no_cache"]
    sizes = [k for k in memory if k != "growth"]
    report = figures["report_seeds"]
    scale = figures["report_at_scale"]
    return [
        f"corpus: {figures['n']} synthetic articles, {figures['words_per_article']} words each on average "
        f"(seed {figures['seed']}, {figures['machine']['cores']} cores)",
        f"analyze (cold, {cold['processes']} process(es)): {cold['articles_per_s']} articles/s, "
        f"{cold['words_per_s']} words/s in {cold['seconds']} s (median of {_runs(cold)})",
        f"bare nlp.pipe ({bare['processes']} process(es)): {bare['articles_per_s']} articles/s, "
        f"{bare['words_per_s']} words/s in {bare['seconds']} s (median of {_runs(bare)})",
        f"ratio analyze / bare nlp.pipe: {figures['ratio_analyze_to_bare']} (target >= {TARGETS['ratio_min']})",
        f"rerun after adding one article: {rerun['seconds']} s = {rerun['share_of_cold']:.1%} of the cold run "
        f"(target <= {TARGETS['incremental_share_max']:.0%})",
        "peak memory (PSS, all processes) without cache: "
        + ", ".join(f"N={k}: {memory[k]['peak_pss_mb']:.0f} MB" for k in sizes)
        + f"; growth {memory['growth']:+.1%} (targets: within {TARGETS['memory_growth_max']:.0%}, "
        f"<= {TARGETS['memory_mb_max']} MB)",
        f"mediabrief report seeds: {report['cold_cache_seconds']} s with a cold cache, "
        f"{report['warm_cache_seconds']} s with a warm one (median of {len(report['warm_cache_runs'])}: "
        f"{', '.join(map(str, report['warm_cache_runs']))}; target < {TARGETS['report_seconds_max']:.0f} s)",
        f"warm report of {scale['articles']} articles from {scale['outlets']} outlets: "
        f"{scale['ratio_large_to_seeds']}x the seeds' (runs {scale['large_warm_runs']} s against "
        f"{scale['seeds_warm_runs']} s; target <= {TARGETS['scale_report_ratio_max']:.0f}x), "
        f"{scale['pages_large']} pages against {scale['pages_seeds']} (target < {TARGETS['scale_pages_max']})",
    ]


def _runs(figure: dict) -> str:
    return ", ".join(f"{seconds} s" for seconds in figure.get("runs", [figure["seconds"]]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mediabrief.evaluate.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles in the synthetic corpus (default: 2000)")
    parser.add_argument("--words", type=int, default=700, help="words per article, about (default: 700)")
    parser.add_argument("--seed", type=int, default=13, help="random seed of the sampling (default: 13)")
    parser.add_argument("--rounds", type=int, default=2,
                        help="bare and cold runs, taking turns, whose medians are compared (default: 2)")
    parser.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of seed articles (default: seeds)")
    parser.add_argument("--scale-n", type=int, default=1000,
                        help="articles of the large corpus whose warm report is timed (default: 1000)")
    parser.add_argument("--scale-outlets", type=int, default=20, help="outlets of the large corpus (default: 20)")
    parser.add_argument("--out", type=Path, default=Path("report/bench.json"), help="JSON file of the figures")
    args = parser.parse_args(argv)
    if args.n < 2 or args.words < 50 or args.rounds < 1:
        parser.error("--n must be at least 2, --words at least 50 and --rounds at least 1")
    if not args.seeds.is_dir():
        print(f"mediabrief bench: {args.seeds}: no such folder of seed articles", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="mediabrief-bench-") as work:
        figures = run_bench(args.n, args.words, args.seed, args.seeds, Path(work), args.rounds, args.scale_n,
                            args.scale_outlets)
    write_atomic(args.out, (json.dumps(figures, indent=2) + "\n").encode("utf-8"))
    for line in summary_lines(figures):
        print(line)
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The slow kinds: huge and quadratic inputs, many articles, interruptions, races and a full disk.

Each huge input sits beside the seeds and must be analysed or skipped with a reason within the
issue's two minutes per run, under a memory cap (prlimit --as) so that nothing can take the
machine down. `make stress` runs them one at a time.
"""

from __future__ import annotations

from tests.adversarial.builders import Case, article, long_prose, tiny_articles
from tests.adversarial.checks import RunResult
from tests.adversarial.kind import Expect, Kind

from .disk import disk_full
from .scenarios import concurrent_same_figures, concurrent_same_out, kill9_during_rewrite, sigint_during_jobs

HUGE_GB = 6.0  # the memory cap of one run with a huge input (the machine has 23 GB, shared)


def _sized(name: str, size: int):
    """An article of exactly `size` bytes of plausible prose."""
    def build(case: Case) -> None:
        text = "A very long article about the grain talks\n\n" + long_prose(size, salt=name)
        case.add(name, text[: size - 1] + "\n")
    return build


def _with(name: str, extra: str, *, suffix: str = "") -> callable:
    def build(case: Case) -> None:
        base = article(f"Hostile {name}", place=name.title())
        title, body = base.split("\n\n", 1)
        case.add(name + (suffix or ".txt"), f"{title}\n\n{extra}\n\n{body}")
    return build


def _many(case: Case) -> None:
    tiny_articles(case.folder, 10_000)


def _all_analysed(expected: int):
    def check(result: RunResult) -> list[str]:
        rows = len(result.table("articles") or [])
        return [] if rows >= expected else [f"{rows} of {expected} articles analysed"]
    return check


QUOTES_10K = "\n\n".join(" ".join(f'"Yes, we agree {n % 10}," he said.' for n in range(start, start + 10))
                         for start in range(0, 10_000, 10))

HUGE_INPUTS = [
    Kind("article_4_9mb", "a 4.9 MB article (under the 5 MB limit): analysed or skipped within 2 minutes",
         _sized("huge49.txt", 4_900_000), Expect(handled=("huge49.txt",)), slow=True, memory_gb=HUGE_GB),
    Kind("article_2_4mb", "a 2.4 MB article: analysed or skipped within 2 minutes",
         _sized("huge24.txt", 2_400_000), Expect(handled=("huge24.txt",)), slow=True, memory_gb=HUGE_GB),
    Kind("quote_marks_200k", "200,000 quotation marks in one article: one stray mark costs one quote",
         _with("marks", '"' * 200_000), Expect(handled=("marks.txt",)), slow=True, memory_gb=HUGE_GB),
    Kind("short_quotes_10k", "10,000 short quotes in 290 kB",
         _with("quotes10k", QUOTES_10K), Expect(handled=("quotes10k.txt",)), slow=True, memory_gb=HUGE_GB),
    Kind("markdown_star_a", "a Markdown line of 30,000 repeated '*a ' (quadratic emphasis rules)",
         _with("stars", "*a " * 30_000, suffix=".md"), Expect(handled=("stars.md",)), slow=True, memory_gb=HUGE_GB),
    Kind("markdown_bracket_a", "a Markdown line of 45,000 repeated '[a' (quadratic link rules)",
         _with("brackets", "[a" * 45_000, suffix=".md"), Expect(handled=("brackets.md",)), slow=True,
         memory_gb=HUGE_GB),
    Kind("tiny_articles_10k", "10,000 tiny articles from 20 outlets beside the seeds: all analysed in 2 minutes",
         _many, Expect(check=_all_analysed(10_004)), slow=True, memory_gb=HUGE_GB),
]

INTERRUPTIONS = [
    Kind("kill9_during_rewrite", "kill -9 at 20 moments of a report rewriting another corpus's: all-old or all-new",
         scenario=kill9_during_rewrite, slow=True),
    Kind("sigint_during_jobs_2", "Ctrl-C (SIGINT to the group) during --jobs 2: exit 130, one line, no process left",
         scenario=sigint_during_jobs, slow=True),
    Kind("concurrent_same_out", "two runs of different corpora into one --out: one refused (2) or one whole set",
         scenario=concurrent_same_out, slow=True),
    Kind("concurrent_same_figures", "two runs, own --out, one --figures: one refused, or each PDF its own charts",
         scenario=concurrent_same_figures, slow=True),
    Kind("disk_full", "a full disk (tmpfs): fresh, exit 2 and nothing written; during a rewrite, the old set kept",
         scenario=disk_full, slow=True),
]

SLOW_KINDS = [*HUGE_INPUTS, *INTERRUPTIONS]

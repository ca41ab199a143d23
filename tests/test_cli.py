"""The command line on awkward folders: thousands of unusable files, names that look like options."""

from __future__ import annotations

import pandas as pd
from pypdf import PdfReader

from mediabrief.cli import main

from .conftest import copy_seeds


def test_five_thousand_one_line_files_are_each_named_and_the_report_still_written(tmp_path, capsys):
    folder = copy_seeds(tmp_path / "articles")
    for number in range(5000):
        (folder / f"line{number:04d}.txt").write_text(f"Headline number {number}\n", "utf-8")
    out, figures = tmp_path / "out", tmp_path / "figures"
    assert main(["report", str(folder), "--out", str(out), "--figures", str(figures), "--quiet"]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("mediabrief: skipped ")]
    assert len(lines) == 5000 and all("line" in line and "no article body" in line for line in lines)
    assert len(pd.read_csv(out / "skipped.csv")) == 5000
    assert len(pd.read_csv(out / "articles.csv")) == 4
    text = " ".join(page.extract_text() for page in PdfReader(str(out / "briefing.pdf")).pages)
    assert "5,000 files" in text or "5000 files" in text


def test_a_file_whose_name_starts_with_a_dash(tmp_path, capsys, monkeypatch):
    folder = copy_seeds(tmp_path / "articles")
    first = sorted(folder.glob("*.txt"))[0]
    first.rename(folder / "-leading-dash.txt")
    monkeypatch.chdir(folder)
    out = tmp_path / "out"
    assert main(["analyze", "-leading-dash.txt", "--out", str(out), "--quiet"]) == 2
    error = capsys.readouterr().err
    assert "-leading-dash.txt is read as an option" in error and "./-leading-dash.txt" in error
    assert not out.exists()
    assert main(["analyze", "--out", str(out), "--quiet", "--", "-leading-dash.txt"]) == 0
    assert main(["analyze", "./-leading-dash.txt", "--out", str(tmp_path / "out2"), "--quiet"]) == 0
    # A leading '-' would start a formula in a spreadsheet: the CSV escapes it (README, "Escaping untrusted text").
    assert pd.read_csv(out / "articles.csv")["article_id"].tolist() == ["'-leading-dash.txt"]

"""The outlet as the unit of comparison: grouped figures that add up, --by a user's column, a bounded briefing."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader

from mediabrief.cli import main
from mediabrief.compare.comparisons import build_comparisons
from mediabrief.tables.build import build_tables

from .conftest import SEEDS, copy_seeds
from .test_briefing import render_layout


@pytest.fixture(scope="module")
def seeds_analysis():
    from mediabrief.pipeline import analyze
    from mediabrief.settings import Settings

    return analyze([SEEDS], Settings(quiet=True))


def corpus(analyses, copies: int, outlets: list[str], days: int = 14):
    """The seeds' analyses again under new ids, outlets and publication days: many articles per outlet."""
    made = []
    for k in range(copies):
        for i, analysis in enumerate(analyses):
            number = k * len(analyses) + i
            article = replace(analysis.article, article_id=f"{number:05d}_{analysis.article.article_id}",
                              outlet=outlets[number % len(outlets)], published=f"2023-09-{1 + number % days:02d}")
            made.append(replace(analysis, article=article))
    return made


def test_every_grouped_figure_adds_up_to_the_article_tables(seeds_analysis):
    analyses = corpus(seeds_analysis.analyses, 5, ["Alpha", "Beta", "Gamma"])
    tables = build_tables(analyses)
    comparisons = build_comparisons(tables, analyses)
    summary = comparisons.summary
    assert list(summary["source"]) == ["Alpha", "Beta", "Gamma"]  # seven, seven and six articles: largest first
    assert summary["articles"].sum() == len(tables.articles) == 20
    assert summary["words"].sum() == tables.articles["words"].sum()
    assert summary["quotes"].sum() == len(tables.quotes) == comparisons.speaker_types.to_numpy().sum()
    assert summary["dates"].sum() == tables.articles["dates"].sum()
    for group, members in comparisons.grouping.members.items():
        own = tables.articles[tables.articles["article_id"].isin(members)]
        row = summary.set_index("group").loc[group]
        assert row["articles"] == len(own) and row["median_words"] == int(own["words"].median())
        assert row["quotes_per_1000_words"] == round(1000 * own["quotes"].sum() / own["words"].sum(), 1)
    shares = comparisons.actor_shares
    assert shares["mentions"].sum() == tables.actors["mentions"].sum()
    assert shares.groupby("group")["share"].sum().round(6).eq(1.0).all()
    assert comparisons.volume.counts["articles"].sum() == len(tables.articles)  # every article has a day
    assert comparisons.volume.unit == "day"


def test_a_statistic_is_the_groups_not_the_articles(seeds_analysis):
    """Two outlets with two articles each: shares and per-article figures, not sums over files."""
    analyses = corpus(seeds_analysis.analyses, 1, ["Alpha", "Beta"])
    comparisons = build_comparisons(build_tables(analyses), analyses)
    assert comparisons.order == ["Alpha", "Beta"] and comparisons.grouping.size("Alpha") == 2
    assert set(comparisons.speakers["group"]) <= {"Alpha", "Beta"}
    assert set(comparisons.actor_matrix.index) == {"Alpha", "Beta"}
    assert {t.group for t in comparisons.terms} <= {"Alpha", "Beta"}


def write_metadata(folder: Path, column: str, values: list[str]) -> None:
    rows = list(csv.DictReader((SEEDS / "metadata.csv").open(encoding="utf-8")))
    with (folder / "metadata.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=[*rows[0], column])
        writer.writeheader()
        for row, value in zip(rows, values):
            writer.writerow({**row, column: value})


def test_by_a_users_own_column_compares_its_values(tmp_path):
    folder = copy_seeds(tmp_path / "articles")
    write_metadata(folder, "ownership", ["independent", "state-linked", "independent", "independent"])
    out = tmp_path / "out"
    code = main(["report", str(folder), "--by", "ownership", "--out", str(out), "--figures", str(out / "figures"),
                 "--quiet"])
    assert code == 0
    articles = pd.read_csv(out / "articles.csv")
    assert list(articles["ownership"]) == ["independent", "state-linked", "independent", "independent"]
    text = "\n".join(page.extract_text() for page in PdfReader(str(out / "briefing.pdf")).pages)
    assert "compared by ownership" in text
    assert "independent" in text and "state-linked" in text
    html = (out / "briefing.html").read_text("utf-8")
    glance = html.split('id="sources"')[1].split("</table>")[0]
    assert '<tr><td>independent</td><td class="num">3</td>' in glance  # three articles behind "independent"
    assert '<tr><td>state-linked</td><td class="num">1</td>' in glance


def test_by_a_column_that_does_not_exist_is_a_one_line_error(tmp_path, capsys):
    code = main(["report", str(SEEDS), "--by", "leaning", "--out", str(tmp_path / "out"),
                 "--figures", str(tmp_path / "figures"), "--quiet"])
    assert code == 2
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and "--by leaning" in error and "genre" in error and "article" in error


def test_the_briefing_of_1000_articles_from_50_outlets_stays_under_40_pages(seeds_analysis, tmp_path):
    outlets = [f"Outlet number {k:02d} of the wider press" for k in range(50)]
    analyses = corpus(seeds_analysis.analyses, 250, outlets)
    tables, charts, html, document = render_layout(analyses, tmp_path)
    assert len(tables.articles) == 1000
    assert len(document.pages) < 40
    assert "more sources" in html  # the capped lists say how many more there are
    assert "coverage_over_time" in {chart.name for chart in charts}
    for chart in charts:
        assert tuple(chart.figure.get_size_inches()) == (10.0, 5.625), chart.name


def test_a_source_that_stops_covering_early_is_a_finding(seeds_analysis):
    from mediabrief.briefing.findings import coverage_finding

    analyses = corpus(seeds_analysis.analyses, 6, ["Alpha", "Beta", "Gamma"], days=28)
    # Gamma's articles all come out in the first week; Alpha and Beta go on to the fourth.
    analyses = [replace(a, article=replace(a.article, published=f"2023-09-0{1 + n % 7}"))
                if a.article.outlet == "Gamma" else a for n, a in enumerate(analyses)]
    tables = build_tables(analyses)
    finding = coverage_finding(tables, build_comparisons(tables, analyses))
    assert finding is not None and finding.text.startswith("Gamma stopped covering the story early")
    assert finding.chart.value == "coverage_over_time"
    steady = corpus(seeds_analysis.analyses, 6, ["Alpha", "Beta", "Gamma"], days=28)
    assert coverage_finding(build_tables(steady), build_comparisons(build_tables(steady), steady)) is None

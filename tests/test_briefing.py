"""The briefing: sections, findings that match the tables, charts, and layouts that fit the page for 2 and 40 sources."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image, ImageStat
from pypdf import PdfReader

from mediabrief.briefing.document import (
    default_templates_dir,
    format_int,
    format_noun,
    format_percent,
    format_score,
    format_span,
    format_when,
    render_html,
    template_context,
)
from mediabrief.briefing.sections import Section
from mediabrief.briefing.structure import build_report
from mediabrief.charts.draw import draw_charts
from mediabrief.charts.plan import plan_charts
from mediabrief.compare.disagreements import date_contexts, date_disagreements
from mediabrief.compare.statements import _word_sharing_pairs, shared_statements, word_diff
from mediabrief.briefing.findings import spell
from mediabrief.compare.comparisons import build_comparisons
from mediabrief.briefing.pdf_render import overflowing_boxes, render_document
from mediabrief.compare.groups import group_articles
from mediabrief.compare.sources import abbreviate, abbreviate_all
from mediabrief.errors import InputError
from mediabrief.names import name_key
from mediabrief.tables.build import build_tables
from mediabrief.compare.terms import distinctive_terms, log_odds, tokenize
from mediabrief.compare.timeline import describe_value, value_interval

from .conftest import ROOT, SEEDS

# The seeds' four articles make no coverage chart (tests/test_grouping.py draws one for twenty).
CHART_NAMES = ("words_per_source", "speaker_types", "women_quoted", "actor_heatmap", "timeline", "distinctive_terms")


def squeeze(text: str) -> str:
    """Text without white space, hyphens or typographic quotes, so a wrapped table cell still matches."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("“", '"').replace("”", '"')
    return "".join(text.replace("-", "").replace("\u00ad", "").split())


@pytest.fixture(scope="module")
def pdf_text(seeds_report) -> str:
    reader = PdfReader(str(seeds_report["out"] / "briefing.pdf"))
    return squeeze("\n".join(page.extract_text() or "" for page in reader.pages))


@pytest.fixture(scope="module")
def seeds_analysis():
    """The real pipeline on the seeds, once for this module (the layout tests reuse its records)."""
    from mediabrief.pipeline import analyze
    from mediabrief.settings import Settings

    return analyze([SEEDS], Settings(quiet=True))


# ---- the seeds briefing, end to end ---------------------------------------------------------------

def test_a_count_of_one_reads_in_the_singular(pdf_text):
    """`1 more speakers in the HTML companion` on the seeds' Newsweek page was a slip a reader sees."""
    assert "1morespeakers" not in pdf_text
    assert (format_noun("speakers", 1), format_noun("speakers", 2), format_noun("sources", None)) == (
        "speaker", "speakers", "sources")


def test_every_section_heading_and_outlet_is_in_the_pdf(seeds_report, pdf_text):
    assert seeds_report["code"] == 0
    for section in Section:
        assert squeeze(section.heading) in pdf_text, section.heading
    for outlet in pd.read_csv(SEEDS / "metadata.csv")["outlet"]:
        assert squeeze(outlet) in pdf_text
    assert "Contents" in pdf_text and "Page1of" in pdf_text


def test_a_key_finding_carries_the_speaker_counts_of_quotes_csv_per_outlet(seeds_report, pdf_text):
    quotes = pd.read_csv(seeds_report["out"] / "quotes.csv")
    articles = pd.read_csv(seeds_report["out"] / "articles.csv")
    named = quotes[(quotes["speaker_type"] != "anonymous") & quotes["speaker"].notna()]
    speakers = named.assign(key=named["speaker"].map(name_key)).groupby("outlet")["key"].nunique()
    per_article = (speakers / articles.groupby("outlet").size()).sort_values(ascending=False)
    top = per_article.index[0]
    finding = (f"{top} quoted {spell(speakers[top])} named speakers in "
               f"{spell(int((articles['outlet'] == top).sum()))} article")
    assert squeeze(finding) in pdf_text


def test_the_women_finding_counts_the_people_of_quotes_csv(seeds_report, pdf_text):
    quotes = pd.read_csv(seeds_report["out"] / "quotes.csv")
    women = quotes.loc[quotes["speaker_gender"] == "female", ["article_id", "speaker"]].drop_duplicates()
    assert len(women) >= 1
    assert squeeze(f"{spell(len(women)).capitalize()} of the") in pdf_text


def test_two_pieces_of_one_outlet_are_not_a_disagreement_between_sources(seeds_report, pdf_text):
    # 002 says Wednesday (2023-09-13), the op-ed 000 says Sept 23: both Eurasia Review, so not listed by outlet.
    assert not re.search(r"13September2023or23September2023\?", pdf_text)


def test_compared_by_genre_the_vostochny_dates_are_a_disagreement(seeds_analysis):
    comparisons = build_comparisons(seeds_analysis.tables, seeds_analysis.analyses, by="genre")
    values = {(d.left.value, d.right.value) for d in comparisons.disagreements}
    assert ("2023-09-13", "2023-09-23") in values


def test_the_kirby_statement_is_shown_side_by_side_with_the_differences_marked(seeds_report):
    html = (seeds_report["out"] / "briefing.html").read_text("utf-8")
    section = html.split('id="same"')[1].split('id="terms"')[0]
    assert "John Kirby" in section and "<del>" in section and "<ins>" in section
    assert "Samakal English" in section and "Eurasia Review" in section
    assert "The Other Side Of Putin-Kim Summit" in section  # the article by its title, never its file name
    assert "002_d8d2b04289501053.txt" not in section


def test_every_chart_is_a_16_9_png_at_200_dpi_and_not_blank(seeds_report):
    figures = seeds_report["figures"]
    for name in CHART_NAMES:
        png, svg = figures / f"{name}.png", figures / f"{name}.svg"
        assert svg.stat().st_size > 1_000, name
        with Image.open(png) as image:
            assert image.size == (2000, 1125), name
            grey = image.convert("L")
            assert ImageStat.Stat(grey).stddev[0] > 10, f"{name} looks blank"
            assert len(grey.getcolors(maxcolors=1 << 16) or range(1 << 16)) > 20, name


def test_the_html_escapes_article_text(seeds_report):
    html = (seeds_report["out"] / "briefing.html").read_text("utf-8")
    assert "<script" not in html and "{{" not in html


# ---- layouts that fit: two sources and forty -------------------------------------------------------

def corpus_of(analyses, copies: int, outlets: list[str]):
    """The seeds' analyses again under new ids and outlet names: a corpus of any size without the NLP."""
    made = []
    for k in range(copies):
        for i, analysis in enumerate(analyses):
            article = replace(analysis.article, article_id=f"{k:02d}{i}_{analysis.article.article_id}",
                              outlet=outlets[(k * len(analyses) + i) % len(outlets)])
            made.append(replace(analysis, article=article))
    return made


def context_of(analyses, tables, kinds=(), comparisons=None):
    """What the template prints for these analyses: the one report structure, as the template's names."""
    comparisons = comparisons or build_comparisons(tables, analyses)
    report = build_report(tables, comparisons, list(kinds), title=None, run_date=dt.date(2024, 1, 1))
    return template_context(report, figures_href="figures", fonts_href=None)


def render_layout(analyses, tmp_path: Path):
    tables = build_tables(analyses)
    comparisons = build_comparisons(tables, analyses)
    charts = draw_charts(plan_charts(tables, comparisons))
    figures = tmp_path / "figures"
    figures.mkdir()
    for chart in charts:  # low resolution: the layout depends on the aspect ratio, not on the pixels
        chart.figure.savefig(figures / f"{chart.name}.png", dpi=30)
    html = render_html(context_of(analyses, tables, [chart.kind for chart in charts], comparisons),
                       default_templates_dir())
    document = render_document(html, base_dir=tmp_path, allowed_roots=(default_templates_dir(), figures))
    return tables, charts, html, document


def test_two_sources_render_without_overflow(seeds_analysis, tmp_path):
    two = corpus_of(seeds_analysis.analyses[1:3], 1, ["A very long outlet name that goes on and on and on",
                                                      "Short"])
    tables, charts, html, document = render_layout(two, tmp_path)
    assert overflowing_boxes(document) == []
    assert "A very long outlet name that goes on and on and on" in html
    assert {c.name for c in charts} >= {"speaker_types", "actor_heatmap", "timeline"}


def test_forty_sources_render_without_overflow_and_with_distinct_labels(seeds_analysis, tmp_path):
    names = ["The Daily Chronicle of the Northern and Western Provinces", "Reuters", "Le Monde diplomatique",
             "Asia Pacific Security Monitor", "NHK World", "Al Jazeera English", "Deutsche Welle",
             "The Washington Observer and Evening Tribune", "Yonhap", "The Korea Herald"]
    outlets = [f"{name} {i}" for name in names for i in range(1, 5)]
    forty = corpus_of(seeds_analysis.analyses, 10, outlets)
    tables, charts, html, document = render_layout(forty, tmp_path)
    assert len(tables.articles) == 40
    assert overflowing_boxes(document) == []
    assert "<td>" + "28 other sources" not in html
    for chart in charts:  # every chart keeps a slide's shape: the largest sources, then "others"
        assert tuple(chart.figure.get_size_inches()) == (10.0, 5.625), chart.name
    heatmap = next(c for c in charts if c.name == "actor_heatmap")
    rows = [t.get_text() for t in heatmap.figure.axes[0].get_yticklabels()]
    assert len(rows) == 11 and len(set(rows)) == 11  # the largest 11; the heatmap merges no shares
    bars = next(c for c in charts if c.name == "speaker_types")
    assert [t.get_text() for t in bars.figure.axes[0].get_yticklabels()][0] == "29 other sources"


def test_the_overflow_check_catches_a_table_wider_than_the_page(tmp_path):
    html = ("<html><body><table style='width: 300mm; table-layout: fixed'><tr><td>wide</td></tr></table>"
            "</body></html>")
    document = render_document(html, base_dir=tmp_path, allowed_roots=(tmp_path,))
    assert overflowing_boxes(document)


def _font_names(pdf: Path) -> set[str]:
    names = set()
    for page in PdfReader(str(pdf)).pages:
        fonts = page["/Resources"].get("/Font", {})
        names |= {str(fonts[key].get_object()["/BaseFont"]).split("+", 1)[-1] for key in fonts}
    return names


def test_the_briefing_is_set_in_the_templates_own_font(seeds_report):
    assert _font_names(seeds_report["out"] / "briefing.pdf") >= {"Briefing-Sans", "Briefing-Sans-Bold"}


def test_characters_outside_the_templates_font_come_from_the_system(tmp_path):
    fonts = default_templates_dir() / "fonts"
    html = (f"<html><head><style>@font-face {{ font-family: 'Briefing Sans'; src: url('{fonts.as_uri()}/DejaVuSans.ttf') }}"
            "html { font-family: 'Briefing Sans', 'DejaVu Sans', sans-serif }</style></head>"
            "<body><p>Yerevan: Բարև Ձեզ</p></body></html>")
    (tmp_path / "out.pdf").write_bytes(render_document(html, base_dir=tmp_path, allowed_roots=(fonts,)).write_pdf())
    assert "Բարև" in PdfReader(str(tmp_path / "out.pdf")).pages[0].extract_text()
    names = _font_names(tmp_path / "out.pdf")
    assert "Briefing-Sans" in names and len(names) == 2  # the Armenian letters from another font


def test_compiled_templates_are_kept_and_an_edited_template_is_compiled_again(seeds_analysis, tmp_path):
    view = context_of(seeds_analysis.analyses, build_tables(seeds_analysis.analyses))
    templates, compiled = tmp_path / "templates", tmp_path / "compiled"
    templates.mkdir()
    for name in ("briefing.html.j2", "briefing.css"):
        (templates / name).write_text((default_templates_dir() / name).read_text("utf-8"), "utf-8")
    fresh = render_html(view, templates)
    assert render_html(view, templates, compiled) == fresh
    kept = sorted(compiled.iterdir())
    assert kept
    assert render_html(view, templates, compiled) == fresh  # from the kept code
    assert sorted(compiled.iterdir()) == kept

    with (templates / "briefing.css").open("a", encoding="utf-8") as css:
        css.write("p.edited-by-a-user { color: red; }\n")
    assert "edited-by-a-user" in render_html(view, templates, compiled)


def test_a_template_cache_that_cannot_be_written_only_costs_the_compile(seeds_analysis, tmp_path):
    view = context_of(seeds_analysis.analyses, build_tables(seeds_analysis.analyses))
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert render_html(view, default_templates_dir(), blocked / "compiled") == render_html(view, default_templates_dir())


# ---- the pieces --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    (12345, "12,345"), (0, "0"), (None, "–"), (float("nan"), "–"), ("", "–"), (7.0, "7"),
])
def test_format_int(value, expected):
    assert format_int(value) == expected


@pytest.mark.parametrize(("value", "digits", "expected"), [
    (0.125, 0, "12 %"), (0.5, 1, "50.0 %"), (1, 0, "100 %"), (0, 0, "0 %"), (None, 0, "–"), (float("nan"), 0, "–"),
])
def test_format_percent(value, digits, expected):
    assert format_percent(value, digits) == expected


@pytest.mark.parametrize(("value", "expected"), [(0.3412, "0.34"), (1, "1.00"), (None, "–")])
def test_format_score(value, expected):
    assert format_score(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2023-09-13", "13 September 2023"), ("2023-09", "September 2023"), ("2023", "2023"),
    ("2023-W37", "the week of 11 September 2023"), ("2023-W36-WE", "the weekend of 9 September 2023"),
    ("XXXX-09-23", "XXXX-09-23"), (None, "–"),
])
def test_format_when(value, expected):
    assert format_when(value) == expected


def test_format_span():
    assert format_span(1030, 1264) == "1,030–1,264"
    assert format_span(None) == "–"


@pytest.mark.parametrize(("number", "expected"), [(0, "none"), (1, "one"), (9, "nine"), (10, "10"), (1234, "1,234")])
def test_spell(number, expected):
    assert spell(number) == expected


@pytest.mark.parametrize(("value", "first", "last", "granularity"), [
    ("2023-09-13", "2023-09-13", "2023-09-13", "day"),
    ("2023-09", "2023-09-01", "2023-09-30", "month"),
    ("2023", "2023-01-01", "2023-12-31", "year"),
    ("2023-W37", "2023-09-11", "2023-09-17", "week"),
    ("2023-W36-WE", "2023-09-09", "2023-09-10", "weekend"),
    ("2023-Q4", "2023-10-01", "2023-12-31", "quarter"),
    ("201X", "2010-01-01", "2019-12-31", "decade"),
])
def test_value_interval(value, first, last, granularity):
    interval = value_interval(value)
    assert (interval.first.isoformat(), interval.last.isoformat(), interval.granularity) == (first, last, granularity)


@pytest.mark.parametrize("value", ["XXXX-09-23", "PXY", "P4Y", "", None, "2023-02-30", "T03:00"])
def test_values_that_are_not_on_the_calendar(value):
    assert value_interval(value) is None


def test_describe_value_keeps_unknown_values():
    assert describe_value("XXXX-09-23") == "XXXX-09-23"


def test_articles_are_grouped_by_outlet_largest_first_and_labels_stay_distinct():
    articles = pd.DataFrame({"article_id": ["a.txt", "b.txt", "c.txt", "d.txt"], "outlet": ["Y", "X", "X", None],
                             "genre": ["opinion", "analysis", None, "news"], "title": ["A", "B", "C", "D"],
                             "published": ["2023-09-01", None, "2023-09-03", None]})
    grouping = group_articles(articles)
    assert grouping.order == ["X", "Y", "(none)"] and grouping.members["X"] == ("b.txt", "c.txt")
    assert grouping.source_of("c.txt") == "X" and grouping.size("X") == 2
    assert grouping.article_names["c.txt"] == "“C” (X, 2023-09-03)"
    by_genre = group_articles(articles, "genre")
    assert by_genre.group_of == {"a.txt": "opinion", "b.txt": "analysis", "c.txt": "(none)", "d.txt": "news"}
    by_article = group_articles(articles, "article")
    assert len(by_article.order) == 4 and by_article.labels["a.txt"] == "“A” (Y, 2023-09-01)"
    with pytest.raises(InputError, match="no such column; compare by .*genre"):
        group_articles(articles, "country")


def test_abbreviated_labels_stay_distinct():
    labels = {str(i): f"The Washington Observer and Evening Tribune {i}" for i in range(12)}
    short = abbreviate_all(labels)
    assert len(set(short.values())) == 12 and all(len(v) <= 36 for v in short.values())
    assert abbreviate("Reuters") == "Reuters"


def test_tokenize_drops_stop_words_names_and_possessives():
    from mediabrief.compare.terms import name_pattern

    names = name_pattern(["Kim Jong Un", "Kim", "Putin"])
    words = tokenize("Kim’s summit with Putin can't hide the Kim-Putin deal’s cost in 2023.", names=names)
    assert words == ["summit", "hide", "deal", "cost"]


def test_log_odds_ranks_a_word_one_source_uses_much_more_first():
    from collections import Counter

    counts = {"a": Counter({"missile": 9, "summit": 5, "talks": 5}), "b": Counter({"summit": 5, "talks": 6, "trade": 4}),
              "c": Counter({"summit": 6, "talks": 5, "trade": 3})}
    top = distinctive_terms(log_odds(counts), {"a": "A", "b": "B", "c": "C"})
    assert next(t for t in top if t.group == "a").term == "missile"
    assert "missile" not in {t.term for t in top if t.group != "a"}


def test_word_diff_marks_punctuation_and_extra_words():
    left, right = word_diff("Nobody should be helping Mr. Putin. And more words here,", "Nobody, should be helping Mr Putin")
    assert ("del", ".") in [(op, text) for text, op in left]
    assert ("ins", ",") in [(op, text) for text, op in right]
    assert "".join(t for t, _ in left) == "Nobody should be helping Mr. Putin. And more words here,"


def test_shared_statements_group_wordings_across_sources_only():
    quotes = pd.DataFrame({
        "article_id": ["1", "2", "2"], "speaker": ["John Kirby", "John Kirby", "Someone"],
        "kind": ["direct"] * 3, "start": [0, 0, 200], "end": [80, 120, 260],
        "text": ["No nation on the planet, nobody, should be helping Mr Putin kill innocent Ukrainians,",
                 "No nation on the planet, nobody should be helping Mr. Putin kill innocent Ukrainians. And more.",
                 "Something entirely different that nobody else said at all"],
    })
    articles = pd.DataFrame({"article_id": ["1", "2"], "outlet": ["One", "Two"], "title": ["T1", "T2"],
                             "published": ["2023-09-13", "2023-09-14"]})
    found = shared_statements(quotes, group_articles(articles), cutoff=80.0, min_words=6)
    assert len(found) == 1 and found[0].sources == ("One", "Two") and found[0].speakers == ("John Kirby",)
    assert {c.article for c in found[0].reference.carriers + found[0].pairs[0].right_carriers} == {
        "“T1” (One, 2023-09-13)", "“T2” (Two, 2023-09-14)"}
    one_outlet = group_articles(articles.assign(outlet="One"))
    assert shared_statements(quotes, one_outlet, cutoff=80.0, min_words=6) == []  # not between sources


def test_word_sharing_pairs_are_every_pair_that_shares_half_the_shorter_texts_words():
    import random

    rng = random.Random(7)
    vocabulary = ["the", "the", "the", "to", "of", "a", "and", "putin", "kim", "summit", "arms", "deal",
                  "moscow", "said", "will", "not", "we", "they", "war", "talks"]
    texts = sorted({" ".join(rng.choices(vocabulary, k=rng.randint(6, 14))) for _ in range(300)})

    def half_shared(a: str, b: str) -> bool:
        short, long = sorted((a.split(), b.split()), key=len)
        return sum(1 for w in short if w in set(long)) >= 0.5 * len(short)

    every = {(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts)) if half_shared(texts[i], texts[j])}
    assert 1000 < len(every) < len(texts) * (len(texts) - 1) // 2  # some pairs share, not all
    assert _word_sharing_pairs(texts) == every


def test_date_disagreement_needs_the_same_actors_and_event_words():
    texts = {
        "a": "Leaders Alpha and Beta met in Geneva on March 3 for talks on trade.",
        "b": "Alpha and Beta met in Geneva on March 9, their first talks in years.",
        "c": "Gamma opened a factory in Lagos on March 12.",
    }
    rows = [("a", "March 3", "2023-03-03"), ("b", "March 9", "2023-03-09"), ("c", "March 12", "2023-03-12")]
    events = pd.DataFrame([{"article_id": a, "text": t, "value": v, "event": None, "start": texts[a].index(t),
                            "end": texts[a].index(t) + len(t)} for a, t, v in rows])
    mentions = pd.DataFrame([{"article_id": a, "actor": name, "start": texts[a].index(name),
                              "end": texts[a].index(name) + len(name)}
                             for a in texts for name in ("Alpha", "Beta", "Gamma", "Geneva", "Lagos") if name in texts[a]])
    found = date_disagreements(events, texts, mentions, {"a": "A", "b": "B", "c": "C"}, threshold=0.25, likely=0.3)
    assert len(found) == 1
    pair = found[0]
    assert {pair.left.value, pair.right.value} == {"2023-03-03", "2023-03-09"}
    assert pair.score >= 0.25 and "met" in pair.shared_words
    assert ("March 3", "mark") in pair.left.passage


def test_dates_with_and_without_an_event_word_in_one_corpus():
    # Found on TimeML: in a column of strings, pandas gives a date without an event NaN, not None.
    texts = {"a": "Alpha met Beta in Geneva on March 3.", "b": "Alpha and Beta were in Geneva on March 9."}
    rows = [("a", "March 3", "2023-03-03", "met"), ("b", "March 9", "2023-03-09", None)]
    events = pd.DataFrame([{"article_id": a, "text": t, "value": v, "event": e, "start": texts[a].index(t),
                            "end": texts[a].index(t) + len(t)} for a, t, v, e in rows])
    assert events["event"].isna().iloc[1]
    contexts = date_contexts(events, texts, pd.DataFrame())
    assert [c.event for c in contexts] == ["met", None]


def test_accuracy_comes_from_an_evaluation_file_when_there_is_one(tmp_path):
    import json

    from mediabrief.briefing.accuracy import load_accuracy

    packaged = load_accuracy(None)
    seeds = next(s for s in packaged["sets"] if s["gold_set"] == "seeds")
    shipped = json.loads((ROOT / "src/mediabrief/resources/accuracy.json").read_text("utf-8"))
    expected = next(s for s in shipped["sets"] if s["gold_set"] == "seeds")["metrics"]["quote_precision"]
    assert {r["key"]: r["value"] for r in seeds["rows"]}["quote_precision"] == pytest.approx(expected)
    evaluation = {"schema": "evaluation/1", "gold_set": "mine", "gold_file": "mine.json", "gold_counts": {"articles": 3},
                  "systems": {"mediabrief": {"quote_recall": {"value": 0.5}, "people_f1": {"value": None,
                                                                                          "status": "not annotated"}}}}
    path = tmp_path / "evaluation.json"
    path.write_text(json.dumps(evaluation), "utf-8")
    measured = load_accuracy(path)
    assert [s["gold_set"] for s in measured["sets"]] == ["mine"]
    assert [(r["key"], r["value"]) for r in measured["sets"][0]["rows"]] == [("quote_recall", 0.5)]


def test_a_source_without_publication_dates_shows_none_in_the_timeline(seeds_analysis):
    from dataclasses import replace as replaced

    from mediabrief.briefing.structure import timeline_rows

    articles = seeds_analysis.tables.articles.copy()
    undated = articles["outlet"] == "Newsweek"
    articles.loc[undated, "published"] = None
    tables = replaced(seeds_analysis.tables, articles=articles)
    rows = {row["source"]: row for row in timeline_rows(build_comparisons(tables, seeds_analysis.analyses))["rows"]}
    assert rows["Newsweek"]["published"] is None
    assert rows["Eurasia Review"]["published"] is not None


def test_the_timeline_table_gives_its_earliest_and_latest_dates_in_words(seeds_analysis):
    html = render_html(context_of(seeds_analysis.analyses, seeds_analysis.tables),
                       default_templates_dir())
    assert "the week of 11 September 2023" in html  # Samakal English's latest, `this week`
    assert "2023-W37" not in html

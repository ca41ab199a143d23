"""Property tests: any input gives records or a clean error, never an exception or a bad offset."""

from __future__ import annotations

import datetime as dt

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediabrief.extract.actors import extract_actors
from mediabrief.extract.dates import extract_dates
from mediabrief.extract.quotemarks import find_quoted_spans
from mediabrief.extract.quotes import extract_quotes
from mediabrief.ingest.corpus import UnusableFile, read_article
from mediabrief.records import Anchor

pytestmark = pytest.mark.fuzz
EXAMPLES = int(os.environ.get("MEDIABRIEF_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

WORDS = st.sampled_from([
    "Putin", "Kim", "said", "told", "reporters", "according", "to", "the", "summit", "on", "Wednesday",
    "last", "month", "Sept", "23", "2023", "“", "”", '"', "'", "''", ",", ".", ":", "—", "\n\n", "he", "she",
    "Mr.", "analysts", "say", "that", "will", "meet", "in", "March", "this", "week", "(", ")", "Ms", "Dr.",
])
ARTICLE_TEXT = st.lists(WORDS, min_size=0, max_size=60).map(" ".join) | st.text(max_size=300)


@FUZZ
@given(data=st.binary(max_size=4000))
def test_any_bytes_become_an_article_or_a_clean_skip(tmp_path_factory, data):
    path = Path(tmp_path_factory.mktemp("fuzz")) / "article.txt"
    path.write_bytes(data)
    try:
        article = read_article(path, None)
    except UnusableFile as problem:
        assert str(problem)
        return
    assert article.body and article.title is not None
    for segment in article.segments:
        piece = article.body[segment.body_start : segment.body_start + segment.length]
        assert article.text[segment.file_start : segment.file_start + segment.length] == piece


@FUZZ
@given(text=ARTICLE_TEXT)
def test_quotation_marks_never_give_bad_spans(text):
    for span in find_quoted_spans(text):
        assert 0 <= span.open_mark < span.start <= span.end <= len(text)


@FUZZ
@given(text=ARTICLE_TEXT)
def test_quote_rows_slice_the_text(nlp, text):
    doc = nlp(text)
    actors = list(extract_actors(doc, author=None))
    for mention in actors:
        assert doc.text[mention.start : mention.end] == mention.text
    for quote in extract_quotes(doc, actors=actors, author=None):
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text


@FUZZ
@given(text=ARTICLE_TEXT, published=st.sampled_from([None, "2023", "2023-09", "2023-09-15"]))
def test_date_rows_slice_the_text(nlp, text, published):
    doc = nlp(text)
    anchor = Anchor.PUBLISHED if published else Anchor.NONE
    for date in extract_dates(doc, published=published, anchor=anchor):
        assert 0 <= date.start <= date.end <= len(text)
        assert text[date.start : date.end] == date.text
        assert date.value


@pytest.fixture(scope="module")
def seed_analyses(seeds_report):  # seeds_report first: the analyses come from its cache
    from mediabrief.pipeline import analyze

    from .conftest import SEEDS

    return analyze([SEEDS]).analyses


ANY_FIELD = st.text(max_size=80) | st.sampled_from([
    "<script>alert(1)</script>", "{{ 7*7 }}", "{% include 'x' %}", "<img src=http://example.invalid/x>",
    "</td></tr></table>", "\u202e reversed", "\x00\x1b[31m", "a" * 300, "", " ", "&amp;", "url(file:///etc/passwd)",
])
TEMPLATE_EXAMPLES = max(EXAMPLES // 10, 3)


@settings(max_examples=TEMPLATE_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(title=ANY_FIELD, outlet=ANY_FIELD, author=ANY_FIELD, quote=ANY_FIELD, speaker=ANY_FIELD, actor=ANY_FIELD)
def test_any_strings_in_any_field_give_a_valid_pdf(seed_analyses, tmp_path_factory, title, outlet, author, quote,
                                                   speaker, actor):
    import io
    from dataclasses import replace

    from markupsafe import escape
    from pypdf import PdfReader

    from mediabrief.briefing.display import shown_text
    from mediabrief.briefing.document import render_briefing
    from mediabrief.briefing.structure import build_report
    from mediabrief.compare.comparisons import build_comparisons
    from mediabrief.tables.build import build_tables

    first, *rest = seed_analyses[:2]  # two articles: every section, fewer pages to lay out
    article = replace(first.article, title=title, outlet=outlet, author=author or None)
    quotes = tuple(replace(q, text=quote, speaker=speaker or None) if i == 0 else q for i, q in enumerate(first.quotes))
    actors = tuple(replace(a, actor=actor, text=actor) if i == 0 else a for i, a in enumerate(first.actors))
    analyses = [replace(first, article=article, quotes=quotes, actors=actors), *rest]
    tables = build_tables(analyses)
    out = tmp_path_factory.mktemp("briefing")
    report = build_report(tables, build_comparisons(tables, analyses), [], title=title or None,
                          run_date=dt.date(2024, 1, 1))
    briefing = render_briefing(report, out_dir=out, figures_dir=out)
    reader = PdfReader(io.BytesIO(briefing.pdf))
    assert briefing.pdf.startswith(b"%PDF-") and len(reader.pages) >= 3
    assert str(escape(shown_text(report.title))) in briefing.html

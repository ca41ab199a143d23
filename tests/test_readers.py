"""Reading other formats: HTML pages, Markdown, JSONL/CSV corpus files, and URLs (local only)."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from pathlib import Path

import pytest

from mediabrief.cli import main
from mediabrief.errors import InputError
from mediabrief.ingest.corpus import load_corpus
from mediabrief.ingest.readers import markdown_to_text, normal_date, url_name
from mediabrief.records import Anchor

PARAGRAPHS = (
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome "
    "on Wednesday, in a summit that Western officials said could lead to an arms deal.",
    '"We will help them build satellites," Putin told reporters after the talks, according to state media.',
    "The talks lasted about four hours, officials said, and included a tour of the launch facilities.",
)
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Putin and Kim meet in Vostochny | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="og:title" content="Putin and Kim meet in Vostochny">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2023-09-13T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
<article><h1>Putin and Kim meet in Vostochny</h1>
{paragraphs}
</article>
<footer>Copyright 2023 The Daily Example. All rights reserved. <a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def write_page(folder: Path, name: str = "story.html") -> Path:
    path = folder / name
    path.write_text(PAGE.format(paragraphs="\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)), "utf-8")
    return path


def test_html_page_gives_body_title_author_date_and_site(tmp_path):
    write_page(tmp_path)
    article = load_corpus([tmp_path]).articles[0]
    assert (article.title, article.author, article.outlet) == ("Putin and Kim meet in Vostochny", "Jane Roe",
                                                               "The Daily Example")
    assert article.published == "2023-09-13" and article.published_source is Anchor.PUBLISHED
    assert article.body.split("\n\n") == list(PARAGRAPHS)
    assert "Privacy" not in article.body and "Sport" not in article.body
    quote = article.body.index("We will help")
    assert article.text[article.file_offset(quote):].startswith("We will help")


def test_metadata_csv_wins_over_what_the_page_says(tmp_path):
    write_page(tmp_path)
    (tmp_path / "metadata.csv").write_text("file,outlet,published\nstory.html,Example Weekly,2023-09-14\n", "utf-8")
    article = load_corpus([tmp_path]).articles[0]
    assert (article.outlet, article.published, article.author) == ("Example Weekly", "2023-09-14", "Jane Roe")


def test_a_page_without_article_text_is_skipped_with_a_reason(tmp_path):
    (tmp_path / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", "utf-8")
    write_page(tmp_path)
    corpus = load_corpus([tmp_path])
    assert [s.path.name for s in corpus.skipped] == ["empty.html"]
    assert "no article" in corpus.skipped[0].reason


def test_markdown_loses_its_markup_and_keeps_its_front_matter(tmp_path):
    text = ("---\ntitle: \"Kim's train reaches Vladivostok\"\nauthor: Max Kim\ndate: 2023-09-12\n"
            "outlet: Example Weekly\n---\n\n# Kim's train reaches Vladivostok\n\n"
            "The armoured train carrying **Kim Jong Un** crossed into Russia on Tuesday, according to\n"
            "[state media](https://example.org/kcna), and was met by *Russian officials* at the border.\n\n"
            "![a train](train.jpg)\n\n> \"This is a historic visit,\" the governor said.\n\n"
            "- The visit is Kim's first abroad since 2019.\n- Putin and Kim last met in 2019.\n")
    (tmp_path / "note.md").write_text(text, "utf-8")
    article = load_corpus([tmp_path]).articles[0]
    assert (article.title, article.author, article.outlet, article.published) == (
        "Kim's train reaches Vladivostok", "Max Kim", "Example Weekly", "2023-09-12")
    assert article.body.split("\n\n") == [
        "The armoured train carrying Kim Jong Un crossed into Russia on Tuesday, according to state media, "
        "and was met by Russian officials at the border.",
        '"This is a historic visit," the governor said.',
        "The visit is Kim's first abroad since 2019.",
        "Putin and Kim last met in 2019.",
    ]


@pytest.mark.parametrize(("markdown", "plain"), [
    ("a_b and snake_case_name stay", "a_b and snake_case_name stay"),
    ("2 * 3 * 4 is arithmetic", "2 * 3 * 4 is arithmetic"),
    ("see `code` and __strong__ text", "see code and strong text"),
    ("```\nprint('x')\n```\nprose", "prose"),
])
def test_markdown_rules(markdown, plain):
    assert markdown_to_text(markdown)[0].strip() == plain


def test_jsonl_corpus_gives_one_article_per_record_and_names_bad_records(tmp_path):
    body = " ".join(PARAGRAPHS)
    lines = [
        json.dumps({"id": "wire-1", "title": "Putin hosts Kim", "outlet": "Wire A",
                    "published": "2023-09-13T08:00:00Z", "author": "J. Doe", "text": body}),
        "{not json",
        json.dumps({"id": "wire-2", "text": ""}),
        json.dumps(["a", "list"]),
        json.dumps({"title": "No id", "outlet": "Wire B", "published": "last Tuesday", "text": body}),
        json.dumps({"id": "wire-1", "text": body}),
    ]
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    corpus = load_corpus([tmp_path])
    first, second = corpus.articles
    assert (first.article_id, first.title, first.outlet, first.author, first.published) == (
        "wire-1", "Putin hosts Kim", "Wire A", "J. Doe", "2023-09-13")
    assert first.body == body
    assert second.article_id == "corpus.jsonl#5" and second.published is None
    assert "corpus.jsonl#5: published 'last Tuesday' is not a usable date" in " ".join(corpus.warnings)
    reasons = {s.path.name: s.reason for s in corpus.skipped}
    assert set(reasons) == {"corpus.jsonl#2", "corpus.jsonl#3", "corpus.jsonl#4", "corpus.jsonl#6"}
    assert "not valid JSON" in reasons["corpus.jsonl#2"] and "no 'text'" in reasons["corpus.jsonl#3"]
    assert "not a JSON object" in reasons["corpus.jsonl#4"] and "second record" in reasons["corpus.jsonl#6"]


def test_csv_corpus_and_a_csv_that_is_not_one(tmp_path):
    body = "\n".join(PARAGRAPHS).replace('"', '""')
    (tmp_path / "articles.csv").write_text(f'id,title,outlet,text\nA1,Summit,Outlet A,"{body}"\n', "utf-8")
    (tmp_path / "numbers.csv").write_text("a,b\n1,2\n", "utf-8")
    corpus = load_corpus([tmp_path])
    article = corpus.articles[0]
    assert (article.article_id, article.title, article.outlet) == ("A1", "Summit", "Outlet A")
    assert article.body.split("\n\n") == list(PARAGRAPHS)
    assert [(s.path.name, "'text' column" in s.reason) for s in corpus.skipped] == [("numbers.csv", True)]


def test_an_article_name_used_twice_is_skipped(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "same.txt").write_text("Title\n\n" + PARAGRAPHS[0] + "\n", "utf-8")
    corpus = load_corpus([tmp_path / "a", tmp_path / "b"])
    assert len(corpus.articles) == 1 and "already has this name" in corpus.skipped[0].reason


def test_unknown_file_types_name_the_formats_that_are_read(tmp_path):
    write_page(tmp_path)
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    reason = load_corpus([tmp_path]).skipped[0].reason
    assert "not an article file (.pdf)" in reason and ".html" in reason and ".jsonl" in reason


@pytest.fixture()
def local_site(tmp_path):
    """A web server on the loopback address serving one page, stopped after the test."""
    site = tmp_path / "site"
    site.mkdir()
    write_page(site, "summit.html")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_urls_are_fetched_and_read_like_pages(local_site, tmp_path):
    corpus = load_corpus([f"{local_site}/summit.html", f"{local_site}/missing.html"], fetch_timeout=5)
    article = corpus.articles[0]
    assert article.article_id == "127.0.0.1_summit.html" and article.outlet == "The Daily Example"
    assert article.url == f"{local_site}/summit.html"
    assert article.body.split("\n\n") == list(PARAGRAPHS)
    assert "HTTP 404" in corpus.skipped[0].reason and "missing.html" in corpus.skipped[0].reason


def test_a_url_that_cannot_be_fetched_is_a_one_line_error(tmp_path, capsys):
    closed = "http://127.0.0.1:9/story.html"  # the discard port: nothing listens there
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# one page\n{closed}\n", "utf-8")
    code = main(["analyze", "--urls", str(urls), "--out", str(tmp_path / "out"), "--quiet", "--no-cache"])
    error = capsys.readouterr().err.strip()
    assert code == 2 and error.count("\n") == 0
    assert "no usable article" in error and closed in error and "cannot be fetched" in error


def test_file_urls_and_helpers(tmp_path):
    page = write_page(tmp_path)
    article = load_corpus([page.as_uri()]).articles[0]
    assert article.title == "Putin and Kim meet in Vostochny"
    assert url_name("https://x.org/a/b/") == "x.org_a_b"
    assert normal_date("2023-09-13T10:00:00Z") == "2023-09-13" and normal_date("13/09/2023") is None


def test_no_articles_at_all_is_an_input_error(capsys):
    assert main(["analyze", "--quiet"]) == 2
    assert "no articles given" in capsys.readouterr().err
    with pytest.raises(InputError, match="no such file"):
        load_corpus(["/nowhere/at/all"])


def test_a_page_over_the_size_limit_is_skipped_and_read_no_further(local_site, tmp_path):
    from mediabrief.ingest.textfile import MAX_FILE_BYTES

    (tmp_path / "site" / "big.html").write_bytes(b"<html><body><p>" + b"word " * (MAX_FILE_BYTES // 4) + b"</p>")
    corpus = load_corpus([f"{local_site}/summit.html", f"{local_site}/big.html"], fetch_timeout=5)
    assert len(corpus.articles) == 1
    assert "too large for one article (more than 5.0 MB, limit 5 MB)" in corpus.skipped[0].reason

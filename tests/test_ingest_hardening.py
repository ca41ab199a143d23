"""One bad file, record or value costs that file, record or value: a Skipped row or a warning, never the run."""

from __future__ import annotations

import errno
import json
import os
import signal
import time
from pathlib import Path

import pytest

from mediabrief.ingest import textfile
from mediabrief.ingest.corpus import load_corpus, read_aliases, read_metadata
from mediabrief.ingest.readers import read_source
from mediabrief.records import Anchor

ROOT = Path(__file__).resolve().parents[1]
BODY = (
    "The two leaders met in the Russian Far East and talked for four hours about weapons, "
    "satellites and food, according to officials who briefed reporters afterwards."
)


def write(folder: Path, name: str | bytes, data: bytes | str) -> Path:
    path = folder / (os.fsdecode(name) if isinstance(name, bytes) else name)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def warnings_of(corpus) -> str:
    return "\n".join(corpus.warnings)


def printable(text: str) -> bool:
    text.encode("utf-8")  # no lone surrogate: it could not be written to a table
    return not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in text)


# 1. Dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["2023-13-45", "0000-00-00", "2023-02-30", "9999-12-31", "1799-12-31"])
def test_an_impossible_published_date_in_metadata_is_a_warning_and_the_article_goes_on(tmp_path, value):
    write(tmp_path, "a.txt", f"Title\n\n{BODY}\n")
    write(tmp_path, "metadata.csv", f"file,outlet,published\na.txt,Outlet A,{value}\n")
    corpus = load_corpus([tmp_path])
    article = corpus.articles[0]
    assert article.outlet == "Outlet A" and article.published is None and article.published_source is Anchor.NONE
    assert f"metadata.csv line 2: published '{value}' is not a usable date" in warnings_of(corpus)


def test_a_bad_metadata_date_gives_way_to_the_next_source_of_a_date(tmp_path):
    write(tmp_path, "a.txt", f"Title\n\n15 Sep 2023\n\n{BODY}\n")
    write(tmp_path, "metadata.csv", "file,published\na.txt,2023-02-30\n")
    article = load_corpus([tmp_path]).articles[0]
    assert article.published == "2023-09-15" and article.published_source is Anchor.DATELINE


@pytest.mark.parametrize("value", ["9999-12-31", "2023-13-45", "0000-00-00T00:00:00Z", "2023-02-30"])
def test_an_impossible_date_in_a_jsonl_or_csv_record_is_a_warning(tmp_path, value):
    write(tmp_path, "wire.jsonl", json.dumps({"id": "w1", "title": "T", "published": value, "text": BODY}) + "\n")
    write(tmp_path, "feed.csv", f"id,title,date,text\nc1,T,{value},\"{BODY}\"\n")
    corpus = load_corpus([tmp_path])
    assert {a.article_id: a.published for a in corpus.articles} == {"w1": None, "c1": None}
    text = warnings_of(corpus)
    assert f"wire.jsonl#1: published '{value}' is not a usable date" in text
    assert f"feed.csv#1: published '{value}' is not a usable date" in text


def test_front_matter_and_page_dates_are_checked(tmp_path):
    write(tmp_path, "note.md", f"---\ntitle: A note\ndate: 2023-02-30\n---\n\n{BODY}\n")
    page = (f'<html><head><title>Page</title><meta property="article:published_time" content="9999-12-31">'
            f"</head><body><article><h1>Page</h1><p>{BODY}</p><p>{BODY} Again.</p></article></body></html>")
    write(tmp_path, "page.html", page)
    corpus = load_corpus([tmp_path])
    assert all(a.published is None for a in corpus.articles) and len(corpus.articles) == 2
    assert "note.md: published '2023-02-30' is not a usable date (no such date)" in warnings_of(corpus)


@pytest.mark.parametrize("dateline", ["31 December 9999", "January 1, 0001", "0000-00-00"])
def test_a_dateline_out_of_range_is_a_warning(tmp_path, dateline):
    write(tmp_path, "a.txt", f"Title\n\n{dateline}\n\n{BODY}\n")
    corpus = load_corpus([tmp_path])
    assert corpus.articles[0].published is None and corpus.articles[0].published_source is Anchor.NONE
    assert f"a.txt: dateline '{dateline}' is not a usable date" in warnings_of(corpus)


# 2. Bounded reads -------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "reason"), [("huge.txt", "too large for one article (2000.0 MB"),
                                               ("huge.jsonl", "too large for a file mediabrief reads whole")])
def test_a_huge_file_is_skipped_without_being_read(tmp_path, monkeypatch, name, reason):
    with open(tmp_path / name, "wb") as stream:  # sparse: 2 GB that take no disk
        stream.truncate(2_000_000_000)
    write(tmp_path, "good.txt", f"Title\n\n{BODY}\n")
    reads: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    corpus = load_corpus([tmp_path])
    assert [s.path.name for s in corpus.skipped] == [name] and reason in corpus.skipped[0].reason
    assert not any(n > textfile.MAX_CORPUS_BYTES + 1 for n in reads)


def test_read_capped_never_reads_past_the_cap(tmp_path):
    path = write(tmp_path, "a.txt", b"x" * 1000)
    with pytest.raises(textfile.UnusableFile, match="too large"):
        textfile.read_capped(path, 999)
    assert textfile.read_capped(path, 1000) == b"x" * 1000


# 3. Bad records and encodings -------------------------------------------------------------------

def test_bad_jsonl_records_are_skipped_rows_and_the_good_one_is_read(tmp_path):
    lines = [
        json.dumps({"id": "good", "title": "T", "text": BODY}).encode(),
        b"[" * 100_000 + b"]" * 100_000,
        b'{"id": "big", "n": ' + b"7" * 5000 + b', "text": "x"}',
        b'"just a string"',
        b"\x00\x01\x02\xff\xfe binary \x9c\x80",
        json.dumps({"id": "sep", "title": "T", "text": BODY.replace(", ", "\u2028")}).encode(),
    ]
    write(tmp_path, "wire.jsonl", b"\n".join(lines) + b"\n")
    corpus = load_corpus([tmp_path])
    assert [a.article_id for a in corpus.articles] == ["good", "sep"]
    reasons = {s.path.name: s.reason for s in corpus.skipped}
    assert reasons["wire.jsonl#2"] == "not readable JSON (nested too deeply)"
    assert "not readable JSON" in reasons["wire.jsonl#3"] and "digits" in reasons["wire.jsonl#3"]
    assert reasons["wire.jsonl#4"] == "not a JSON object"
    assert "not valid JSON" in reasons["wire.jsonl#5"]


def test_a_jsonl_file_of_binary_data_is_one_skipped_file(tmp_path):
    write(tmp_path, "good.txt", f"Title\n\n{BODY}\n")
    write(tmp_path, "blob.jsonl", bytes(range(256)) * 64)
    corpus = load_corpus([tmp_path])
    assert [(s.path.name, "binary" in s.reason) for s in corpus.skipped] == [("blob.jsonl", True)]


def test_a_corpus_file_without_records_is_skipped_with_a_reason(tmp_path):
    write(tmp_path, "good.txt", f"Title\n\n{BODY}\n")
    write(tmp_path, "header.csv", "id,title,text\r\n")
    corpus = load_corpus([tmp_path])
    assert [(s.path.name, s.reason) for s in corpus.skipped] == [
        ("header.csv", "a corpus file without records (only its header, or blank lines)")]


@pytest.mark.parametrize("data", [b"\xff\xfe" + bytes(range(256)) * 8 + b"\x00",
                                  b"\xff\xfe" + b"\x00\xd8" + b"\x00" * 100])
def test_a_utf16_byte_order_mark_before_binary_data_is_skipped_with_a_reason(tmp_path, data):
    write(tmp_path, "good.txt", f"Title\n\n{BODY}\n")
    write(tmp_path, "odd.txt", data)
    corpus = load_corpus([tmp_path])
    assert [s.path.name for s in corpus.skipped] == ["odd.txt"]
    assert "binary file, not text" in corpus.skipped[0].reason


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_decoded(tmp_path, encoding):
    write(tmp_path, "a.txt", f"Hello world – Analysis\n\n{BODY}\n".encode(encoding))
    article = load_corpus([tmp_path]).articles[0]
    assert article.title == "Hello world" and article.body == BODY
    assert article.encoding == encoding and f"decoded as {encoding}" in article.notes


# 4. metadata.csv and aliases.csv ----------------------------------------------------------------

def test_metadata_with_cr_only_line_endings_is_read(tmp_path):
    write(tmp_path, "a.txt", f"Title\n\n{BODY}\n")
    write(tmp_path, "metadata.csv", "file,outlet,published\ra.txt,Outlet A,2023-09-13\r")
    corpus = load_corpus([tmp_path])
    assert (corpus.articles[0].outlet, corpus.articles[0].published) == ("Outlet A", "2023-09-13")
    assert corpus.warnings == ()


def test_a_metadata_field_over_the_csv_limit_is_read(tmp_path):
    write(tmp_path, "a.txt", f"Title\n\n{BODY}\n")
    write(tmp_path, "metadata.csv", f"file,outlet,notes\na.txt,Outlet A,{'x' * 200_000}\n")
    rows, problems = read_metadata(tmp_path / "metadata.csv")
    assert rows["a.txt"].outlet == "Outlet A" and problems == []
    assert load_corpus([tmp_path]).articles[0].outlet == "Outlet A"


@pytest.mark.parametrize("name", ["metadata.csv", "aliases.csv"])
@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\xff\xfe" + b"\x00\xdc" * 8, b""])
def test_a_binary_side_file_is_a_warning_naming_it(tmp_path, name, data):
    write(tmp_path, "a.txt", f"Title\n\n{BODY}\n")
    write(tmp_path, name, data)
    corpus = load_corpus([tmp_path])
    assert len(corpus.articles) == 1 and f"{name}: cannot be used" in warnings_of(corpus)


def test_aliases_are_read_with_any_line_ending_and_a_nameless_row_is_a_warning(tmp_path):
    path = write(tmp_path, "aliases.csv",
                 "alias,canonical\rKJU,Kim Jong Un\r123,---\r---,Putin\r\rVVP,Vladimir Putin\r")
    pairs, problems = read_aliases(path)
    assert pairs == [("KJU", "Kim Jong Un"), ("VVP", "Vladimir Putin")]
    assert problems == ["aliases.csv line 3: canonical name '---' has no letter; ignored",
                        "aliases.csv line 4: alias '---' names nothing; ignored"]
    write(tmp_path, "a.txt", f"Title\n\n{BODY}\n")
    assert "canonical name '---' has no letter" in warnings_of(load_corpus([tmp_path]))


# 5. File names and control characters -----------------------------------------------------------

@pytest.mark.parametrize("name", [b"bad\xff.txt", "esc\x1b[31m.txt", "cr\r.txt", "new\nline.txt", "tab\t.txt"])
def test_unprintable_file_names_are_read_under_a_printable_id(tmp_path, name):
    write(tmp_path, name, f"Title\n\n{BODY}\n")
    write(tmp_path, name.replace(b".txt", b"-empty.txt") if isinstance(name, bytes)
          else name.replace(".txt", "-empty.txt"), b"")
    corpus = load_corpus([tmp_path])
    assert len(corpus.articles) == 1 and printable(corpus.articles[0].article_id)
    assert corpus.articles[0].article_id.endswith(".txt")
    assert len(corpus.skipped) == 1 and printable(corpus.skipped[0].path.name)


def test_control_characters_in_metadata_and_records_are_stripped(tmp_path):
    write(tmp_path, "a.txt", f"Title\x1b[2J here\n\nBy Jane\x07 Roe\n\n{BODY}\n")
    write(tmp_path, "metadata.csv", "file,outlet,genre,cou\x1bntry\na.txt,Out\x1b]0;pwn\x07let,new\x00s,K\x1bR\n")
    record = {"id": "r\x1b1", "title": "T\x00itle", "author": "A\x1bB", "outlet": "O\x9bX", "text": BODY}
    write(tmp_path, "wire.jsonl", json.dumps(record) + "\n")
    write(tmp_path, "n.md", f"---\ntitle: N\x1bote\nauthor: M\x08ax\n---\n\n{BODY}\n")
    corpus = load_corpus([tmp_path])
    for article in corpus.articles:
        values = [article.article_id, article.title, article.outlet, article.author, article.genre, article.body]
        assert all(printable(value.replace("\n", "")) for value in values if value), values
    assert {a.article_id: (a.outlet, a.genre) for a in corpus.articles} == {
        "a.txt": ("Out]0;pwnlet", "news"), "r1": ("OX", None), "n.md": ("n", None)}
    assert next(a.extra for a in corpus.articles if a.article_id == "a.txt") == (("country", "KR"),)
    assert corpus.warnings == ()


def test_a_url_that_names_no_host_is_kept_and_gives_no_outlet(tmp_path):
    write(tmp_path, "wire.jsonl", json.dumps({"id": "u", "title": "T", "url": "http://[::1", "text": BODY}) + "\n")
    article = load_corpus([tmp_path]).articles[0]
    assert (article.url, article.outlet) == ("http://[::1", "u")


def test_a_record_id_with_a_slash_is_shown_as_one_name(tmp_path):
    write(tmp_path, "wire.jsonl", "\n".join(json.dumps(r) for r in (
        {"id": "a/b", "title": "T", "text": BODY}, {"id": "a/b", "text": BODY}, {"id": ".", "text": "short"})) + "\n")
    corpus = load_corpus([tmp_path])
    assert [a.article_id for a in corpus.articles] == ["a/b"]
    assert sorted(s.path.name for s in corpus.skipped) == ["._", "wire.jsonl#2"]


# 6. Article text ---------------------------------------------------------------------------------

def test_line_and_paragraph_separators_are_line_breaks(tmp_path):
    write(tmp_path, "a.txt",
          "Title\u2029\u2029" + BODY.replace(", ", ",\u2028") + "\u2029Second paragraph, of the same story.")
    article = load_corpus([tmp_path]).articles[0]
    assert article.title == "Title" and len(article.body.split()) > 20
    assert "\u2028" not in article.body and "\u2029" not in article.body


def test_zero_width_characters_are_removed_and_said(tmp_path):
    write(tmp_path, "a.txt", f"Title\n\n{BODY} Pu\u200btin met \u200bKim at Vos\u00adtoch\u2060ny.\n")
    article = load_corpus([tmp_path]).articles[0]
    assert "Putin met  Kim at Vostochny." in article.body  # beside a space, a space: one for one
    assert any("removed 3 invisible characters inside words" in note for note in article.notes)
    start = article.body.index("Putin")
    assert article.text[article.file_offset(start):].startswith("Putin met")


def test_controls_never_reach_the_body_and_offsets_still_index_the_file(tmp_path):
    raw = (f"Title\r\n\r\n{BODY}\r\n" + "\r\n" * 2100
           + f"A NUL\x00 here, an \x1b[31mESC there\x0bnext line\x85{BODY}\r\n")
    write(tmp_path, "a.txt", raw)
    article = load_corpus([tmp_path]).articles[0]
    assert printable(article.body.replace("\n", "")) and "ESC there" in article.body
    assert len(article.text) == len(raw) and not article.notes  # one for one: offsets index the file
    for segment in article.segments:
        assert article.text[segment.file_start:segment.file_start + segment.length] == \
            raw[segment.file_start:segment.file_start + segment.length].replace("\x00", " ").replace("\x1b", " ")


# 7. Things that are not files ----------------------------------------------------------------------

def test_folders_pipes_and_broken_links_are_skipped_with_a_reason(tmp_path):
    write(tmp_path, "good.txt", f"Title\n\n{BODY}\n")
    (tmp_path / "folder.txt").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    signal.alarm(20)  # a FIFO opened for reading would block: fail instead of hanging
    try:
        corpus = load_corpus([tmp_path])
        explicit = load_corpus([tmp_path / "pipe.txt", tmp_path / "good.txt"])
    finally:
        signal.alarm(0)
    reasons = {s.path.name: s.reason for s in corpus.skipped}
    assert [a.article_id for a in corpus.articles] == ["good.txt"]
    assert reasons["folder.txt"].startswith("a folder, not a file")
    assert reasons["pipe.txt"].startswith("not a regular file")
    assert reasons["loop.txt"].startswith("a symbolic link that loops")
    assert reasons["dangling.txt"].startswith("a symbolic link to a file that does not exist")
    assert [s.reason for s in explicit.skipped] == [reasons["pipe.txt"]]


def test_an_unreadable_file_is_skipped_with_a_reason(tmp_path, monkeypatch):
    write(tmp_path, "good.txt", f"Title\n\n{BODY}\n")
    locked = write(tmp_path, "locked.txt", f"Title\n\n{BODY}\n")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads anything: refuse the open as the kernel would
        real_open = os.open

        def refusing_open(path, *args, **kwargs):
            if Path(path) == locked:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing_open)
    corpus = load_corpus([tmp_path])
    assert [(s.path.name, s.reason) for s in corpus.skipped] == [("locked.txt", "cannot be read (Permission denied)")]


# 9. The tool's own outputs ----------------------------------------------------------------------

REPORT_PAGE = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="generator" content="mediabrief">'
               f"<title>Briefing</title></head><body><article><h1>Briefing</h1><p>{BODY}</p><p>{BODY} Again.</p>"
               "</article></body></html>")


def test_outputs_in_the_output_folders_are_left_out_and_reports_elsewhere_are_skipped(tmp_path):
    articles = tmp_path / "articles"
    out, figures = articles / "report", articles / "figures"
    for folder in (out, figures):
        folder.mkdir(parents=True)
    write(articles, "a.txt", f"Title\n\n{BODY}\n")
    for name in ("briefing.html", "companion.html"):
        write(out, name, REPORT_PAGE)
    write(out, "articles.csv", "article_id,outlet,title\na.txt,a,Title\n")
    write(out, "evaluation-seeds.json", "{}")
    write(figures, "timeline.png", b"\x89PNG\r\n")
    write(articles, "old-briefing.html", REPORT_PAGE)  # a report copied among the articles
    write(articles, "quotes.csv", "article_id,text,speaker\na.txt,x,y\n".replace(",text", ",quote"))
    corpus = load_corpus([articles, out, figures], exclude=[out, figures])
    assert [a.article_id for a in corpus.articles] == ["a.txt"]
    assert {s.path.name: s.reason for s in corpus.skipped} == {
        "old-briefing.html": "a mediabrief report, not an article",
        "quotes.csv": "a table mediabrief wrote (an article_id column and no text), not a corpus file",
    }


def test_the_output_folder_may_also_hold_articles(tmp_path):
    write(tmp_path, "a.txt", f"Title\n\n{BODY}\n")
    write(tmp_path, "briefing.html", REPORT_PAGE)
    write(tmp_path, "skipped.csv", "file,reason\nx.txt,empty file\n")
    corpus = load_corpus([tmp_path], exclude=[tmp_path])
    assert [a.article_id for a in corpus.articles] == ["a.txt"] and corpus.skipped == ()


def test_the_report_templates_carry_the_tag_that_marks_a_report():
    for template in ("briefing.html.j2", "companion.html.j2"):
        assert '<meta name="generator" content="mediabrief">' in (ROOT / "templates" / template).read_text("utf-8")


# 10. Markdown in linear time ---------------------------------------------------------------------

def test_pathological_markdown_lines_are_read_in_linear_time(tmp_path):
    lines = ["*a " * 13_334, "[a" * 20_000, "**a " * 10_000, "_a " * 13_334, "<a" * 20_000, "![a](" * 8_000,
             "# " * 20_000 + "x", "a" + " " * 40_000 + "b"]
    for number, line in enumerate(lines):
        write(tmp_path, f"p{number}.md", f"# Title {number}\n\n{BODY}\n\n{line}\n")
        write(tmp_path, f"t{number}.md", f"{line}\n\n{BODY}\n")
    started = time.perf_counter()
    corpus = load_corpus([tmp_path])
    assert time.perf_counter() - started < 5  # was some 28 s for one such line: quadratic regexes
    assert len(corpus.articles) + len(corpus.skipped) == 2 * len(lines)
    assert {f"p{n}.md" for n in range(len(lines))} <= {a.article_id for a in corpus.articles}


def test_read_source_gives_the_reason_for_an_unusable_file(tmp_path):
    (tmp_path / "dir.md").mkdir()
    with pytest.raises(textfile.UnusableFile, match="a folder"):
        read_source(tmp_path / "dir.md")

"""Article text is untrusted: it shows as literal text and never makes the renderer fetch anything."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from mediabrief.briefing.pdf_render import make_fetcher
from mediabrief.cli import main

from .conftest import copy_seeds

HOSTILE_TITLE = "Summit <script>alert(1)</script> {{ 7*7 }} {% include 'x' %}"
HOSTILE_BODY = (
    "Officials met in the capital <img src=\"http://example.invalid/x.png\"> and "
    "<link rel=stylesheet href=\"file:///etc/passwd\"> to talk about weapons and food for many hours, "
    "and “{{ config }} <b>bold</b> url(file:///etc/passwd)” was all the minister said about the deal.\n"
)


def test_hostile_text_is_literal_in_the_pdf_and_nothing_is_fetched(tmp_path):
    folder = copy_seeds(tmp_path / "articles")
    (folder / "hostile.txt").write_text(f"{HOSTILE_TITLE}\n\n{HOSTILE_BODY}" * 1, "utf-8")
    out = tmp_path / "out"
    code = main(["report", str(folder), "--out", str(out), "--figures", str(tmp_path / "f"), "--quiet"])
    assert code == 0
    text = " ".join("\n".join(p.extract_text() or "" for p in PdfReader(str(out / "briefing.pdf")).pages).split())
    assert "<script>alert(1)</script>" in text.replace(" ", " ")
    assert "{{ 7*7 }}" in text and "49" not in text.split("{{ 7*7 }}")[0][-5:]
    assert "root:x:0:0" not in text
    html = (out / "briefing.html").read_text("utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize("url", ["http://example.invalid/x.png", "https://example.invalid/a.css", "file:///etc/passwd"])
def test_the_fetcher_refuses_the_network_and_files_outside_the_assets(tmp_path, url):
    fetcher = make_fetcher([tmp_path])
    with pytest.raises(ValueError, match="refused"):
        fetcher.fetch(url)


def test_the_fetcher_serves_the_project_assets(tmp_path):
    asset = tmp_path / "chart.svg"
    asset.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", "utf-8")
    response = make_fetcher([tmp_path]).fetch(asset.as_uri())
    assert b"<svg" in response.read()
    response.close()

"""The PDF laid out in a process forked before the analysis: the same PDF, its reads asked for, its failures told."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from mediabrief.briefing import pdf_process
from mediabrief.briefing.document import default_templates_dir
from mediabrief.briefing.pdf_render import render_pdf
from mediabrief.engine.forks import can_fork
from mediabrief.errors import OutputError
from mediabrief.briefing.pdf_process import PdfProcess

pytestmark = pytest.mark.skipif(not can_fork(), reason="the PDF is laid out in this process where fork is unavailable")

HTML = """<html><head><link rel="stylesheet" href="{css}"></head>
<body><h1>Briefing</h1><p>Kim Jong Un met Vladimir Putin.</p><img src="{image}"></body></html>"""


def page_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_child_lays_out_what_this_process_would_and_asks_before_each_read(tmp_path):
    image = Path(__file__).parent / "data" / "none.png"  # refused later by the fetcher: outside the roots
    html = HTML.format(css=(default_templates_dir() / "briefing.css").as_uri(), image=image.as_uri())
    asked: list[Path] = []
    with PdfProcess() as pdf:
        beside = pdf.render(html, base_dir=tmp_path, allowed_roots=(default_templates_dir(),), before_read=asked.append)
    here = render_pdf(html, base_dir=tmp_path, allowed_roots=(default_templates_dir(),))
    assert page_text(beside, tmp_path) == page_text(here, tmp_path)
    assert "Vladimir Putin" in page_text(beside, tmp_path)
    assert asked == [(default_templates_dir() / "briefing.css").resolve()]  # the image outside is never read


def test_a_failure_in_the_child_is_an_output_error(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("no fonts at all")

    monkeypatch.setattr(pdf_process, "render_pdf", broken)  # before the fork: the child inherits it
    with pytest.raises(OutputError, match="could not lay out the briefing: no fonts at all"):
        with PdfProcess() as pdf:
            pdf.render("<p>x</p>", base_dir=tmp_path, allowed_roots=())


def test_a_run_that_fails_before_the_briefing_stops_the_child(tmp_path):
    with pytest.raises(RuntimeError):
        with PdfProcess() as pdf:
            child = pdf._child  # noqa: SLF001  (what is being stopped)
            raise RuntimeError("the analysis failed")
    assert child is not None and not child.is_alive()


def test_weasyprint_that_cannot_be_loaded_is_an_output_error_not_a_traceback(tmp_path, monkeypatch, capfd):
    import builtins

    real_import = builtins.__import__

    def no_weasyprint(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'pango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_weasyprint)  # before the fork: the child inherits it
    with pytest.raises(OutputError, match="weasyprint cannot be loaded .*pango"):
        with PdfProcess() as pdf:
            monkeypatch.setattr(builtins, "__import__", real_import)
            pdf.render("<p>x</p>", base_dir=tmp_path, allowed_roots=())
    assert "Traceback" not in capfd.readouterr().err

"""The HTML companion: every article, quote and dated event of the real pipeline's tables, escaped,
self-contained, and sortable and filterable in a real browser (when chromium is installed)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field, replace
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from markupsafe import escape

from mediabrief.briefing.companion import COMPANION_FILE, render_companion, save_companion
from mediabrief.errors import OutputError
from mediabrief.records import Skipped
from mediabrief.tables.build import Tables, build_tables

from .conftest import DATA, ROOT, SEEDS

POLNEAR = DATA / "polnear-dev" / "articles"
TEMPLATES = ROOT / "templates"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_OUTLET = '"><img src=x onerror=alert(2)>'
HOSTILE_QUOTE = "We said </td><td>{{ 7*7 }}</td></tr> & <b>{% raw %}</b> ' \" end"
HOSTILE_EVENT = "</tr></tbody></table><script>alert(3)</script>"


@dataclass
class Page:
    """A companion page read back by an HTML parser: its tables' cells, tags and scripts."""

    tables: dict[str, dict[str, list]] = field(default_factory=dict)
    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    options: dict[str, list[str]] = field(default_factory=dict)
    header: str = ""


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.table: dict[str, list] | None = None
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.raw: list[str] | None = None
        self.select: list[str] | None = None
        self.in_header = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.page.tags.append((tag, attributes))
        if tag == "table":
            self.table = self.page.tables.setdefault(str(attributes.get("id")), {"head": [], "rows": []})
        elif tag == "tr" and self.table is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in ("script", "style"):
            self.raw = []
        elif tag == "select":
            self.select = self.page.options.setdefault(str(attributes.get("data-for")), [])
        elif tag == "option" and self.select is not None:
            self.select.append(str(attributes.get("value")))
        elif tag == "header":
            self.in_header = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append("".join(self.cell))
            self.cell = None
        elif tag == "tr" and self.row is not None and self.table is not None:
            self.table["head" if not self.table["head"] else "rows"].append(self.row)
            self.row = None
        elif tag == "table":
            self.table = None
        elif tag in ("script", "style") and self.raw is not None:
            (self.page.scripts if tag == "script" else self.page.styles).append("".join(self.raw))
            self.raw = None
        elif tag == "select":
            self.select = None
        elif tag == "header":
            self.in_header = False

    def handle_data(self, data: str) -> None:
        if self.raw is not None:
            self.raw.append(data)
        elif self.cell is not None:
            self.cell.append(data)
        if self.in_header:
            self.page.header += data


def read_page(html: str) -> Page:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    for table in reader.page.tables.values():
        table["head"] = table["head"][0] if table["head"] else []
    return reader.page


def column(page: Page, table: str, heading: str) -> list[str]:
    found = page.tables[f"{table}-table"]
    index = found["head"].index(heading)
    return [row[index] for row in found["rows"]]


def outlet_sources(tables: Tables) -> dict[str, str]:
    return dict(zip(tables.articles["article_id"], tables.articles["outlet"]))


def render(tables: Tables, sources: dict[str, str] | None = None, compared_by: str = "outlet") -> str:
    return render_companion(tables, sources=outlet_sources(tables) if sources is None else sources,
                            compared_by=compared_by, title="Coverage compared", templates_dir=TEMPLATES)


@pytest.fixture(scope="module")
def polnear():
    """The real pipeline on PolNeAR's 84 articles (about 30 s cold; cached after)."""
    from mediabrief.pipeline import analyze

    return analyze([POLNEAR])


@pytest.fixture(scope="module")
def seeds():
    from mediabrief.pipeline import analyze

    return analyze([SEEDS])


@pytest.fixture(scope="module")
def polnear_html(polnear) -> str:
    return render(polnear.tables)


@pytest.fixture(scope="module")
def polnear_page(polnear_html) -> Page:
    return read_page(polnear_html)


def test_every_quote_is_a_row_with_its_text_escaped(polnear, polnear_html, polnear_page):
    quotes = polnear.tables.quotes
    assert len(quotes) > 1000
    rows = polnear_page.tables["quotes-table"]["rows"]
    assert len(rows) == len(quotes)
    assert column(polnear_page, "quotes", "Quote") == list(quotes["text"])
    assert column(polnear_page, "quotes", "Start") == [f"{n:,}" for n in quotes["start"]]
    assert column(polnear_page, "quotes", "End") == [f"{n:,}" for n in quotes["end"]]
    assert column(polnear_page, "quotes", "Kind") == list(quotes["kind"])
    for text in quotes["text"]:
        assert f"<td>{escape(text)}</td>" in polnear_html
    assert f"{len(quotes):,} of {len(quotes):,} quotes" in polnear_html


def test_every_article_is_a_row(polnear, polnear_page):
    articles = polnear.tables.articles
    assert len(articles) == 84
    assert column(polnear_page, "articles", "File") == list(articles["article_id"])
    assert column(polnear_page, "articles", "Title") == list(articles["title"])
    assert column(polnear_page, "articles", "Words") == [f"{n:,}" for n in articles["words"]]
    assert column(polnear_page, "articles", "Source") == list(articles["outlet"])
    assert polnear_page.tables["articles-table"]["head"] == [
        "Source", "Outlet", "Title", "Author", "Published", "Genre", "Words", "Quotes", "Speakers", "Actors",
        "Dates", "File"]


def test_every_dated_event_is_a_row(polnear, polnear_page):
    dates = polnear.tables.dates
    events = dates[dates["kind"] == "date"]
    assert 0 < len(events) < len(dates)  # durations and times are not dated events
    assert column(polnear_page, "events", "Expression") == list(events["text"])
    assert column(polnear_page, "events", "Value") == list(events["value"])
    assert column(polnear_page, "events", "Event") == [e if isinstance(e, str) else "" for e in events["event"]]


def test_quotes_and_events_name_their_article_by_title_and_date_not_file(polnear, polnear_page):
    articles = polnear.tables.articles.set_index("article_id")
    for table, frame in (("quotes", polnear.tables.quotes), ("events", polnear.tables.dates.query("kind == 'date'"))):
        assert column(polnear_page, table, "Article") == list(articles.loc[frame["article_id"], "title"])
        assert column(polnear_page, table, "Published") == list(articles.loc[frame["article_id"], "published"])
        assert column(polnear_page, table, "Source") == list(frame["outlet"])
        cells = {cell for row in polnear_page.tables[f"{table}-table"]["rows"] for cell in row}
        assert not cells & set(articles.index)


def test_header_counts_and_one_menu_entry_per_group(polnear, polnear_page):
    tables = polnear.tables
    header = " ".join(polnear_page.header.split())
    assert "Compared by outlet: 7 groups" in header
    assert f"84 articles from 7 outlets · {len(tables.quotes):,} quotes · " \
           f"{(tables.dates['kind'] == 'date').sum():,} dated events · 0 files skipped" in header
    for table in ("articles-table", "quotes-table", "events-table"):
        assert polnear_page.options[table] == ["", *sorted(tables.articles["outlet"].unique(), key=str.casefold)]


def test_page_is_self_contained(polnear_page, polnear_html):
    """No URL to anything outside the page: only in-page anchors; one script, one style, inline."""
    for tag, attributes in polnear_page.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed", "base", "form", "audio", "video")
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            value = attributes.get(name)
            assert value is None or value.startswith("#"), (tag, name, value)
    assert not re.search(r"https?://", "".join(polnear_page.styles + polnear_page.scripts))
    assert not re.search(r"url\(|@import", "".join(polnear_page.styles))
    assert not re.search(r"fetch\(|XMLHttpRequest|import\(|\.src\b|location", "".join(polnear_page.scripts))
    assert "default-src 'none'" in polnear_html  # the Content-Security-Policy forbids any request
    assert len(polnear_page.scripts) == 1 and polnear_html.count("<script") == 1
    assert polnear_html.count("function sortBy(") == 1 and polnear_html.count("function applyFilter(") == 1


def test_page_size_stays_reasonable(polnear, polnear_html):
    """About 0.7 MB for PolNeAR's 1,573 quotes: under 500 bytes a quote, all tables included."""
    size = len(polnear_html.encode("utf-8"))
    assert size < 1_200_000
    assert size / len(polnear.tables.quotes) < 700


def hostile_tables(seeds) -> Tables:
    """The seeds with markup, template syntax and a closing cell tag where article text goes."""
    quoted = next(i for i, a in enumerate(seeds.analyses) if a.quotes)
    first, *rest = (seeds.analyses[quoted], *seeds.analyses[:quoted], *seeds.analyses[quoted + 1:])
    second = rest.pop(0)
    quote = replace(first.quotes[0], text=HOSTILE_QUOTE, speaker=HOSTILE_TITLE, speaker_role="{{ 7*7 }}")
    date = next(i for i, d in enumerate(second.dates) if d.kind == "date")
    first = replace(first, article=replace(first.article, title=HOSTILE_TITLE, outlet=HOSTILE_OUTLET),
                    quotes=(quote, *first.quotes[1:]))
    second = replace(second, dates=(*second.dates[:date], replace(second.dates[date], event=HOSTILE_EVENT),
                                    *second.dates[date + 1:]))
    skipped = (Skipped(Path("<b onclick=alert(5)>scan.pdf"), "a PDF </td> {{ 7*7 }}"),)
    return build_tables([first, second, *rest], skipped)


def test_hostile_text_stays_text(seeds):
    tables = hostile_tables(seeds)
    sources = {aid: f"{outlet} </option><script>alert(4)</script>"
               for aid, outlet in outlet_sources(tables).items()}
    html = render(tables, sources)
    page = read_page(html)
    assert "<script>alert" not in html and "<img" not in html and "<b>" not in html
    assert len(page.scripts) == 1
    assert not any(tag in ("img", "b") for tag, _ in page.tags)
    for name, table in page.tables.items():
        assert all(len(row) == len(table["head"]) for row in table["rows"]), name
    assert len(page.tables["quotes-table"]["rows"]) == len(tables.quotes)
    assert HOSTILE_QUOTE in column(page, "quotes", "Quote")
    assert HOSTILE_TITLE in column(page, "quotes", "Speaker")
    assert "{{ 7*7 }}" in column(page, "quotes", "Role")
    assert HOSTILE_TITLE in column(page, "quotes", "Article")
    assert HOSTILE_OUTLET in column(page, "articles", "Outlet")
    assert HOSTILE_EVENT in column(page, "events", "Event")
    assert column(page, "skipped", "Reason") == ["a PDF </td> {{ 7*7 }}"]
    assert column(page, "skipped", "File") == ["<b onclick=alert(5)>scan.pdf"]
    assert f"{HOSTILE_OUTLET} </option><script>alert(4)</script>" in page.options["quotes-table"]
    assert str(escape(HOSTILE_QUOTE)) in html


def test_groups_other_than_outlets_add_an_outlet_column(seeds):
    tables = seeds.tables
    genres = dict(zip(tables.articles["article_id"], tables.articles["genre"]))
    page = read_page(render(tables, genres, compared_by="genre"))
    assert "Compared by genre: 3 groups" in " ".join(page.header.split())
    assert page.options["quotes-table"] == ["", "analysis", "news", "opinion"]
    assert column(page, "quotes", "Source") == [genres[a] for a in tables.quotes["article_id"]]
    assert column(page, "quotes", "Outlet") == list(tables.quotes["outlet"])
    assert "Outlet" in page.tables["events-table"]["head"]


def test_no_skipped_file_says_none(seeds):
    page = read_page(render(seeds.tables))
    assert "skipped-table" not in page.tables
    assert len(page.tables["quotes-table"]["rows"]) == len(seeds.tables.quotes)


def test_save_companion_writes_one_file(seeds, tmp_path):
    html = render(seeds.tables)
    path = save_companion(html, tmp_path / "out")
    assert path == tmp_path / "out" / COMPANION_FILE
    assert path.read_text("utf-8") == html
    assert [p.name for p in path.parent.iterdir()] == [COMPANION_FILE]


def test_missing_template_is_an_output_error(seeds, tmp_path):
    with pytest.raises(OutputError, match="companion.html.j2"):
        render_companion(seeds.tables, sources={}, compared_by="outlet", title="t", templates_dir=tmp_path)


# The harness runs after the page's own script: it sorts and filters as a user would, and writes
# what the page then shows into <pre id="harness">, which the test reads back from the DOM. The
# timings are taken in the load handler (chromium's virtual time stands still inside timers); the
# text box's own path (typing, then a pause) is checked last, after a timer.
HARNESS = """<script>
window.addEventListener("load", function () {
  var out = {};
  function table(id) { return document.getElementById(id + "-table"); }
  function click(id, heading) {
    var buttons = table(id).tHead.querySelectorAll("button");
    for (var i = 0; i < buttons.length; i++) { if (buttons[i].textContent === heading) { buttons[i].click(); } }
  }
  function shown(id, heading) {
    var t = table(id), index = -1, cells = t.tHead.rows[0].cells, values = [];
    for (var i = 0; i < cells.length; i++) { if (cells[i].textContent === heading) { index = i; } }
    var rows = t.tBodies[0].rows;
    for (var j = 0; j < rows.length; j++) { if (!rows[j].hidden) { values.push(rows[j].cells[index].textContent); } }
    return values;
  }
  function sorted(id) {
    var th = table(id).querySelector("th[aria-sort]");
    return th ? th.textContent + " " + th.getAttribute("aria-sort") : null;
  }
  function send(element, kind) { element.dispatchEvent(new Event(kind, {bubbles: true})); }
  function type(id, text, kind) { var box = document.querySelector('input[data-for="' + id + '-table"]'); box.value = text; send(box, kind); }
  function choose(id, value) { var menu = document.querySelector('select[data-for="' + id + '-table"]'); menu.value = value; send(menu, "change"); }
  function count(id) { return document.getElementById(id + "-table-count").textContent; }
  function timed(action) {  /* the script's time and the layout it causes */
    var t0 = performance.now(); action(); out.height = document.body.offsetHeight; return performance.now() - t0;
  }
  out.controls = document.querySelectorAll(".controls:not([hidden])").length;
  out.sort_ms = timed(function () { click("quotes", "Start"); });
  out.start_up = shown("quotes", "Start"); out.sorted_start = sorted("quotes");
  click("articles", "Words"); out.words_up = shown("articles", "Words");
  click("articles", "Words"); out.words_down = shown("articles", "Words"); out.sorted_words = sorted("articles");
  out.sorted_start_after = sorted("quotes");
  click("quotes", "Role"); out.role_up = shown("quotes", "Role");
  click("quotes", "Role"); out.role_down = shown("quotes", "Role");
  out.sort_text_ms = timed(function () { click("quotes", "Speaker"); });
  out.speaker_up = shown("quotes", "Speaker");
  out.filter_ms = timed(function () { choose("quotes", "breitbart"); });
  out.source_count = count("quotes"); out.source_rows = shown("quotes", "Source").length;
  type("quotes", "CLINTON", "change");
  out.both_count = count("quotes"); out.both_sources = shown("quotes", "Source");
  type("quotes", "", "change"); choose("quotes", "");
  out.cleared_count = count("quotes");
  type("quotes", "  Clinton ", "input");
  out.before_pause = count("quotes");
  setTimeout(function () {
    out.text_count = count("quotes"); out.text_rows = shown("quotes", "Quote").length;
    var pre = document.createElement("pre"); pre.id = "harness"; pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }, 500);
});
</script>
</body>"""


def run_in_browser(html: str, folder: Path) -> dict:
    page = folder / COMPANION_FILE
    page.write_text(html.replace("</body>", HARNESS, 1), "utf-8")
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000", "--dump-dom",
         page.as_uri()], capture_output=True, text=True, timeout=120, check=True).stdout
    found = re.search(r'<pre id="harness">(.*?)</pre>', dom, re.S)
    assert found, "the harness did not finish"
    return json.loads(unescape(found.group(1)))


def _number(text: str) -> int:
    return int(text.replace(",", ""))


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium)")
def test_browser_sorts_and_filters(polnear, polnear_html, polnear_page, tmp_path):
    out = run_in_browser(polnear_html, tmp_path)
    quotes = polnear.tables.quotes
    assert out["controls"] == 3  # shown only when the script runs; the skipped table is empty
    # Numbers sort as numbers (as text, "1,030" would come before "120").
    starts = [_number(v) for v in out["start_up"]]
    assert starts == sorted(quotes["start"]) and out["sorted_start"] == "Start ascending"
    words = sorted(polnear.tables.articles["words"])
    assert [_number(v) for v in out["words_up"]] == words
    assert [_number(v) for v in out["words_down"]] == words[::-1]
    assert out["sorted_words"] == "Words descending" and out["sorted_start_after"] == "Start ascending"
    # Blanks last in both directions.
    for values in (out["role_up"], out["role_down"]):
        filled = [v for v in values if v]
        assert values == filled + [""] * (len(values) - len(filled)) and 0 < len(filled) < len(values)
    filled = [v for v in out["role_up"] if v]
    assert filled != [v for v in out["role_down"] if v] and filled[0] == [v for v in out["role_down"] if v][-1]
    # Text case-insensitively: "de Blasio" sorts among the d's, not after every capital.
    speakers = [v.casefold() for v in out["speaker_up"] if re.fullmatch(r"[A-Za-z ]+", v)]
    assert speakers == sorted(speakers) and any(v[:1].islower() for v in out["speaker_up"] if v)
    # The text box: case-insensitive substring over the row; the menu: one source; both combine.
    rows = polnear_page.tables["quotes-table"]["rows"]
    texts = ["\n".join(row).lower() for row in rows]
    with_text = [i for i, text in enumerate(texts) if "clinton" in text]
    breitbart = [i for i, row in enumerate(rows) if row[0] == "breitbart"]
    both = sorted(set(with_text) & set(breitbart))
    assert out["source_count"] == f"{len(breitbart):,} of {len(quotes):,} quotes"
    assert out["source_rows"] == len(breitbart)
    assert out["both_count"] == f"{len(both):,} of {len(quotes):,} quotes"
    assert out["both_sources"] == ["breitbart"] * len(both)
    assert out["cleared_count"] == out["before_pause"] == f"{len(quotes):,} of {len(quotes):,} quotes"
    assert out["text_count"] == f"{len(with_text):,} of {len(quotes):,} quotes" and out["text_rows"] == len(with_text)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium)")
def test_browser_stays_responsive_at_20000_quotes(polnear, tmp_path):
    """Copies of PolNeAR's quotes past 20,000 rows (a 7 MB page): a sort and a filter each take well under
    a second, laid out again (here about 0.4 s to sort by offset, 0.5 s by speaker, 0.15 s to filter).

    Before rows skipped their layout off screen (`content-visibility`), a sort took 10 s.
    """
    tables = polnear.tables
    copies = 20_000 // len(tables.quotes) + 1  # however many quotes the extractor finds in PolNeAR
    many = replace(tables, quotes=pd.concat([tables.quotes] * copies, ignore_index=True))
    assert len(many.quotes) > 20_000
    out = run_in_browser(render(many), tmp_path)
    assert out["source_count"].endswith(f" of {len(many.quotes):,} quotes")
    assert out["sort_ms"] < 1500 and out["sort_text_ms"] < 2000 and out["filter_ms"] < 1000, out

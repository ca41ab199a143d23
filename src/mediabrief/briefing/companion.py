"""The HTML companion: every article, quote and dated event, sortable and filterable, in one file.

The PDF briefing stays bounded; the companion holds the per-article detail an analyst opens in a
browser. It is one self-contained page: the style and the script are inlined from `templates/`, it
links to nothing and loads nothing (a Content-Security-Policy forbids any request), so it works
offline and can be mailed as is.

The view-model is plain lists of strings: every cell is formatted here, blanks are empty strings
(the page shows them as a dash), and the template only loops and prints. Article text reaches the
page only as autoescaped text in table cells, never inside a script, a style or a URL, and without
its control characters (`display.finalize_page`); unlike the PDF, the page keeps every text whole.

Size: on PolNeAR's 84 articles (1,573 quotes, 649 dated events) the page is 716 kB, about 450
bytes a quote with every table counted; 20,449 quotes (13 copies of them) make a 7.1 MB page. In
headless chromium on the 2-core development machine, sorting those 20,449 rows takes 0.3-0.5 s and
filtering them 0.1-0.2 s, layout included (`tests/test_companion.py`).

Notes: sorting and filtering are in `templates/companion.js` (vanilla, no library): one delegated
listener per kind of event for the whole page, rows filtered by toggling their `hidden` attribute,
sorted by re-appending the existing `<tr>`s. Each row is a CSS grid with `content-visibility: auto`
(`templates/companion.css`), so the browser lays out only the rows on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2
import pandas as pd

from ..errors import OutputError
from ..outputs import write_atomic
from ..tables.build import Tables
from .display import finalize_page
from .document import format_int, make_environment
from .structure import COMPANION_FILE, is_blank

COMPANION_TEMPLATE = "companion.html.j2"
UNTITLED = "(untitled)"


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a companion table: its heading, the frame column it prints, how it is shown.

    `kind` is `num` (right-aligned, sorted as a number) or sets the column's width (`--c-KIND` in
    `companion.css`): `source` (the group label, which the drop-down filters on), `short`, `date`,
    `file`, `long` or `quote`.
    """

    heading: str
    field: str
    kind: str = "short"


ARTICLE_COLUMNS = (
    Column("Source", "source", "source"), Column("Outlet", "outlet", "short"), Column("Title", "title", "long"),
    Column("Author", "author", "short"), Column("Published", "published", "date"), Column("Genre", "genre", "short"),
    Column("Words", "words", "num"), Column("Quotes", "quotes", "num"), Column("Speakers", "speakers", "num"),
    Column("Actors", "actors", "num"), Column("Dates", "dates", "num"), Column("File", "article_id", "file"),
)
QUOTE_COLUMNS = (
    Column("Speaker", "speaker", "short"), Column("Speaker type", "speaker_type", "short"),
    Column("Role", "speaker_role", "short"), Column("Gender", "speaker_gender", "short"),
    Column("Kind", "kind", "short"), Column("Quote", "text", "quote"),
    Column("Start", "start", "num"), Column("End", "end", "num"),
)
DATE_COLUMNS = (
    Column("Expression", "text", "short"), Column("Value", "value", "short"), Column("Event", "event", "long"),
    Column("Start", "start", "num"), Column("End", "end", "num"),
)
SKIPPED_COLUMNS = (Column("File", "file", "file"), Column("Reason", "reason", "long"))


def render_companion(tables: Tables, *, sources: Mapping[str, str], compared_by: str, title: str,
                     templates_dir: Path) -> str:
    """The companion page as one HTML string: header, then every article, quote, dated event and skip.

    `sources` maps each `article_id` to the label of the group it is compared in; `compared_by`
    names what the groups are (`outlet`, `genre`...). Raises OutputError when `templates_dir` has
    no companion template.
    """
    view = companion_view(tables, sources=sources, compared_by=compared_by, title=title)
    try:
        template = make_environment(templates_dir, finalize=finalize_page).get_template(COMPANION_TEMPLATE)
    except jinja2.TemplateNotFound as error:
        raise OutputError(f"{templates_dir}: no {COMPANION_TEMPLATE} template there") from error
    return template.render(**view)


def save_companion(html: str, out_dir: Path) -> Path:
    """`out_dir/companion.html`, written atomically."""
    path = out_dir / COMPANION_FILE
    write_atomic(path, html.encode("utf-8"))
    return path


def companion_view(tables: Tables, *, sources: Mapping[str, str], compared_by: str,
                   title: str) -> dict[str, object]:
    """The page as plain data: the header's counts and four tables of display strings."""
    articles = tables.articles
    label = _labeller(articles, sources)
    events = tables.dates[tables.dates["kind"] == "date"]
    groups = sorted({label(aid) for aid in articles["article_id"]}, key=lambda g: (g.casefold(), g))
    named = _article_names(articles)
    # Name the outlet beside each quote and event only when the source label does not already say it.
    by_outlet = all(label(row.article_id) == _text(row.outlet) for row in articles.itertuples(index=False))
    context = _context_columns(by_outlet)
    view_tables = [
        _table("articles", "Articles", "articles", ARTICLE_COLUMNS, articles, label, named),
        _table("quotes", "Quotes", "quotes", context + QUOTE_COLUMNS, tables.quotes, label, named),
        _table("events", "Dated events", "dated events", context + DATE_COLUMNS, events, label, named),
        _table("skipped", "Skipped files", "skipped files", SKIPPED_COLUMNS, tables.skipped, label, named),
    ]
    published = sorted(p for p in (_text(v) for v in articles["published"]) if p)
    return {
        "title": title,
        "compared_by": compared_by,
        "groups": groups,
        "summary": [
            f"{_count(len(articles), 'article')} from {_count(articles['outlet'].nunique(), 'outlet')}",
            _count(len(tables.quotes), "quote"),
            _count(len(events), "dated event"),
            f"{_count(len(tables.skipped), 'file')} skipped",
            *([f"published {published[0]} to {published[-1]}"] if published else []),
        ],
        "compared": f"Compared by {compared_by}: {_count(len(groups), 'group')}",
        "tables": view_tables,
    }


def _context_columns(by_outlet: bool) -> tuple[Column, ...]:
    """The columns that say which article a quote or an event comes from: never its file name."""
    outlet = () if by_outlet else (Column("Outlet", "outlet", "short"),)
    return (Column("Source", "source", "source"), Column("Article", "article", "long"), *outlet,
            Column("Published", "published", "date"))


def _table(table_id: str, caption: str, noun: str, columns: Sequence[Column], frame: pd.DataFrame,
           label: Callable[[str], str], named: Mapping[str, tuple[str, str]]) -> dict[str, object]:
    """One table as `columns` (heading, kind) and `rows` (a list of cell strings each)."""
    fields = [column.field for column in columns]
    rows: list[list[str]] = []
    if not frame.empty:
        for record in frame.to_dict(orient="records"):
            if "article_id" in record:  # a row of an article: its group, and its title and date
                article_id = str(record["article_id"])
                title, published = named.get(article_id, (UNTITLED, ""))
                record.setdefault("source", label(article_id))
                record.setdefault("article", title)
                record.setdefault("published", published)
            rows.append([_cell(record.get(field), column.kind) for field, column in zip(fields, columns)])
    sources = [i for i, column in enumerate(columns) if column.kind == "source"]
    return {
        "id": table_id,
        "caption": caption,
        "noun": noun,
        "count": format_int(len(rows)),
        "columns": [{"heading": column.heading, "kind": column.kind} for column in columns],
        "source_column": sources[0] if sources else None,
        "numeric": [i + 1 for i, column in enumerate(columns) if column.kind == "num"],  # nth-child positions
        "rows": rows,
    }


def _cell(value: object, kind: str) -> str:
    if is_blank(value):
        return ""
    if kind == "num":
        return format_int(value)
    return str(value)


def _labeller(articles: pd.DataFrame, sources: Mapping[str, str]) -> Callable[[str], str]:
    """`article_id -> group label`: `sources`, else the article's outlet (a quote of an article
    the caller did not label still shows where it came from)."""
    outlets = dict(zip(articles["article_id"].astype(str), (_text(o) for o in articles["outlet"])))

    def label(article_id: str) -> str:
        return str(sources.get(article_id) or outlets.get(article_id) or article_id)

    return label


def _article_names(articles: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """`article_id -> (title, published)`: how a quote or an event names its article."""
    return {str(row.article_id): (_text(row.title) or UNTITLED, _text(row.published))
            for row in articles.itertuples(index=False)}


def _count(n: int, noun: str) -> str:
    """`1,573 quotes`, `1 quote`."""
    return f"{format_int(n)} {noun}{'' if n == 1 else 's'}"


def _text(value: object) -> str:
    return "" if is_blank(value) else str(value)

"""Tables + charts -> a plain view-model -> HTML (jinja2) -> PDF (weasyprint).

Article text is untrusted: the templates autoescape, nothing from an article is
ever a template, and weasyprint may read only the project's own templates and
figures, never the network.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import jinja2

from .accuracy import load_accuracy
from .errors import OutputError
from .insights import Insights, build_insights
from .outputs import write_atomic
from .charts import ChartLabel
from .tables import Tables
from .timeline import describe_value
from .viewmodel import build_view_model


@dataclass(frozen=True, slots=True)
class BriefingPaths:
    html: Path
    pdf: Path


def default_templates_dir() -> Path:
    """The repo's `templates/` (editable by users) when run from a checkout, else `./templates`."""
    checkout = Path(__file__).resolve().parents[2] / "templates"
    return checkout if checkout.is_dir() else Path.cwd() / "templates"


def _blank(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, float) and value != value)


def format_int(value: object) -> str:
    """`12345` -> `12,345`; blanks become a dash."""
    if _blank(value):
        return "–"
    return f"{int(value):,}"


def format_percent(value: object, digits: int = 0) -> str:
    """`0.125` -> `13 %` (a share, printed as a percentage); blanks become a dash."""
    if _blank(value):
        return "–"
    return f"{float(value) * 100:.{digits}f} %"


def format_score(value: object, digits: int = 2) -> str:
    """`0.3412` -> `0.34`; blanks become a dash."""
    if _blank(value):
        return "–"
    return f"{float(value):.{digits}f}"


def format_when(value: object) -> str:
    """A TIMEX3 value in words (`2023-09-13` -> `13 September 2023`); unknown parts stay as given."""
    if _blank(value):
        return "–"
    return describe_value(str(value))


def format_span(start: object, end: object = None) -> str:
    """Character offsets `1030`, `1264` -> `1,030–1,264`."""
    if _blank(start):
        return "–"
    return format_int(start) + ("" if _blank(end) else f"–{format_int(end)}")


def make_environment(templates_dir: Path) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["int"] = format_int
    environment.filters["percent"] = format_percent
    environment.filters["score"] = format_score
    environment.filters["when"] = format_when
    environment.filters["span"] = format_span
    return environment


def render_html(view: dict[str, object], templates_dir: Path) -> str:
    try:
        template = make_environment(templates_dir).get_template("briefing.html.j2")
    except jinja2.TemplateNotFound as error:
        raise OutputError(f"{templates_dir}: no briefing.html.j2 template there") from error
    return template.render(**view)


def make_fetcher(allowed_roots: Sequence[Path], before_read: Callable[[Path], None] | None = None):  # noqa: ANN201
    """A weasyprint URL fetcher that serves files under `allowed_roots` and refuses everything else.

    `before_read(path)` is called before a file is read: the charts may still be being drawn.
    """
    from weasyprint.urls import URLFetcher

    roots = [root.resolve() for root in allowed_roots]

    class ProjectOnlyFetcher(URLFetcher):
        def fetch(self, url: str, headers: object = None):  # noqa: ANN202
            parsed = urlparse(url)
            if parsed.scheme != "file":
                raise ValueError(f"refused to fetch {parsed.scheme or 'relative'} URL: {url}")
            path = Path(unquote(parsed.path)).resolve()
            if not any(path.is_relative_to(root) for root in roots):
                raise ValueError(f"refused to read a file outside the project's assets: {path}")
            if before_read is not None:
                before_read(path)
            return super().fetch(url, headers)

    return ProjectOnlyFetcher(allowed_protocols=("file",), allow_redirects=False)


def render_document(html: str, *, base_dir: Path, allowed_roots: Sequence[Path],  # noqa: ANN201
                    before_read: Callable[[Path], None] | None = None):
    """Lay the HTML out into pages (a weasyprint Document), reading only the allowed folders."""
    from weasyprint import HTML

    fetcher = make_fetcher(allowed_roots, before_read)
    return HTML(string=html, base_url=str(base_dir.resolve()) + os.sep, url_fetcher=fetcher).render()


def render_pdf(html: str, *, base_dir: Path, allowed_roots: Sequence[Path],
               before_read: Callable[[Path], None] | None = None) -> bytes:
    return render_document(html, base_dir=base_dir, allowed_roots=allowed_roots, before_read=before_read).write_pdf()


def overflowing_boxes(document, tolerance: float = 0.5) -> list[str]:  # noqa: ANN001
    """Boxes that reach past the right edge of their page's content area (a table or image off the page).

    Page-margin boxes (running header, page number) are skipped: they sit outside the content on purpose.
    """
    found = []
    for number, page in enumerate(document.pages, start=1):
        root = page._page_box  # noqa: SLF001  (weasyprint exposes no public box tree)
        right = root.content_box_x() + root.width
        stack = [box for box in root.children if type(box).__name__ != "MarginBox"]
        while stack:
            box = stack.pop()
            x, width = getattr(box, "position_x", None), getattr(box, "margin_width", None)
            if x is not None and callable(width) and x + width() > right + tolerance:
                found.append(f"page {number}: {type(box).__name__} <{getattr(box, 'element_tag', '')}> "
                             f"ends at {x + width():.1f}px, past the content edge at {right:.1f}px")
            stack.extend(getattr(box, "children", ()))
    return found


def run_date() -> dt.date:
    """Today, or the date of SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    return dt.date.today()


@dataclass(frozen=True, slots=True)
class RenderedBriefing:
    html: str
    pdf: bytes


def render_briefing(
    tables: Tables,
    charts: Sequence[ChartLabel],
    *,
    out_dir: Path,
    figures_dir: Path,
    templates_dir: Path | None = None,
    title: str | None = None,
    notes: Sequence[str] = (),
    insights: Insights | None = None,
    accuracy: dict[str, object] | None = None,
    before_read: Callable[[Path], None] | None = None,
    render: Callable[..., bytes] = render_pdf,
) -> RenderedBriefing:
    """The briefing as HTML and as PDF bytes, with links relative to `out_dir`; nothing is written.

    `insights` (from `build_insights(tables, analyses)`) carries the text-based comparisons; without
    it they are computed from the tables alone. `accuracy` defaults to the packaged figures.
    `render` lays the HTML out as `render_pdf` does (`pdf_process.PdfProcess.render` does it elsewhere).
    """
    templates_dir = templates_dir or default_templates_dir()
    figures_href = Path(os.path.relpath(figures_dir.resolve(), out_dir.resolve())).as_posix()
    view = build_view_model(tables, charts, insights=insights or build_insights(tables),
                            figures_href=figures_href, title=title, run_date=run_date(), notes=notes,
                            accuracy=accuracy if accuracy is not None else load_accuracy())
    html = render_html(view, templates_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf = render(html, base_dir=out_dir, allowed_roots=(templates_dir, figures_dir), before_read=before_read)
    return RenderedBriefing(html, pdf)


def save_briefing(briefing: RenderedBriefing, out_dir: Path) -> BriefingPaths:
    """`out_dir/briefing.html` and `out_dir/briefing.pdf`, each written atomically."""
    paths = BriefingPaths(out_dir / "briefing.html", out_dir / "briefing.pdf")
    write_atomic(paths.html, briefing.html.encode("utf-8"))
    write_atomic(paths.pdf, briefing.pdf)
    return paths


def write_briefing(tables: Tables, charts: Sequence[ChartLabel], *, out_dir: Path, **options: object) -> BriefingPaths:
    """Render the briefing (see `render_briefing` for the options) and save it into `out_dir`."""
    return save_briefing(render_briefing(tables, charts, out_dir=out_dir, **options), out_dir)  # type: ignore[arg-type]

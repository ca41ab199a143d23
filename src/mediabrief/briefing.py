"""Tables + charts -> a plain view-model -> HTML (jinja2) -> PDF (weasyprint).

Article text is untrusted: the templates autoescape, nothing from an article is
ever a template, and weasyprint may read only the project's own templates and
figures, never the network.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import jinja2

from .errors import OutputError
from .outputs import write_atomic
from .plots import Chart
from .tables import Tables
from .viewmodel import build_view_model


@dataclass(frozen=True, slots=True)
class BriefingPaths:
    html: Path
    pdf: Path


def default_templates_dir() -> Path:
    """The repo's `templates/` (editable by users) when run from a checkout, else `./templates`."""
    checkout = Path(__file__).resolve().parents[2] / "templates"
    return checkout if checkout.is_dir() else Path.cwd() / "templates"


def format_int(value: object) -> str:
    """`12345` -> `12,345`; blanks stay blank."""
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return "–"
    return f"{int(value):,}"


def format_percent(value: object, digits: int = 0) -> str:
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return "–"
    return f"{float(value) * 100:.{digits}f} %"


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
    return environment


def render_html(view: dict[str, object], templates_dir: Path) -> str:
    try:
        template = make_environment(templates_dir).get_template("briefing.html.j2")
    except jinja2.TemplateNotFound as error:
        raise OutputError(f"{templates_dir}: no briefing.html.j2 template there") from error
    return template.render(**view)


def make_fetcher(allowed_roots: Sequence[Path]):  # noqa: ANN201  (weasyprint's own class)
    """A weasyprint URL fetcher that serves files under `allowed_roots` and refuses everything else."""
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
            return super().fetch(url, headers)

    return ProjectOnlyFetcher(allowed_protocols=("file",), allow_redirects=False)


def render_pdf(html: str, *, base_dir: Path, allowed_roots: Sequence[Path]) -> bytes:
    from weasyprint import HTML

    document = HTML(string=html, base_url=str(base_dir.resolve()) + os.sep, url_fetcher=make_fetcher(allowed_roots))
    return document.write_pdf()


def run_date() -> dt.date:
    """Today, or the date of SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    return dt.date.today()


def write_briefing(
    tables: Tables,
    charts: Sequence[Chart],
    *,
    out_dir: Path,
    figures_dir: Path,
    templates_dir: Path | None = None,
    title: str | None = None,
    notes: Sequence[str] = (),
) -> BriefingPaths:
    """Render the briefing to `out_dir/briefing.html` and `out_dir/briefing.pdf`, each atomically."""
    templates_dir = templates_dir or default_templates_dir()
    figures_href = Path(os.path.relpath(figures_dir.resolve(), out_dir.resolve())).as_posix()
    view = build_view_model(tables, charts, figures_href=figures_href, title=title, run_date=run_date(), notes=notes)
    html = render_html(view, templates_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf = render_pdf(html, base_dir=out_dir, allowed_roots=(templates_dir, figures_dir))
    paths = BriefingPaths(out_dir / "briefing.html", out_dir / "briefing.pdf")
    write_atomic(paths.html, html.encode("utf-8"))
    write_atomic(paths.pdf, pdf)
    return paths

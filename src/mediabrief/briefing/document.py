"""The report structure -> HTML (jinja2) -> PDF (weasyprint).

Article text is untrusted: the templates autoescape, nothing from an article is
ever a template, and weasyprint may read only the project's own templates and
figures, never the network. Every printed string passes the environment's `finalize`
(`display.finalize_briefing`): no control characters, a bounded length, breakable runs.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import jinja2
from markupsafe import escape

from ..charts.kinds import chart_path
from ..compare.timeline import describe_value
from ..errors import OutputError
from ..outputs import write_atomic
from .display import finalize_briefing
from .pdf_render import render_pdf
from .structure import Report, is_blank


BRIEFING_FONT = "DejaVuSans.ttf"


@dataclass(frozen=True, slots=True)
class BriefingPaths:
    html: Path
    pdf: Path


TEMPLATE = "briefing.html.j2"


def default_templates_dir() -> Path:
    """The project's `templates/` (editable by users): the nearest folder above the package that
    holds the briefing template, else `./templates`.

    The one place the templates are looked for, so a module that moves cannot point at another folder.
    """
    for folder in Path(__file__).resolve().parents:
        if (folder / "templates" / TEMPLATE).is_file():
            return folder / "templates"
    return Path.cwd() / "templates"


def format_noun(plural: str, number: object) -> str:
    """`sources` for 2 and `source` for 1: the count's noun, as `1 more speaker` reads."""
    return plural[:-1] if not is_blank(number) and int(number) == 1 and plural.endswith("s") else plural


def format_int(value: object) -> str:
    """`12345` -> `12,345`; blanks become a dash."""
    if is_blank(value):
        return "–"
    return f"{int(value):,}"


def format_percent(value: object, digits: int = 0) -> str:
    """`0.125` -> `13 %` (a share, printed as a percentage); blanks become a dash."""
    if is_blank(value):
        return "–"
    return f"{float(value) * 100:.{digits}f} %"


def format_score(value: object, digits: int = 2) -> str:
    """`0.3412` -> `0.34`; blanks become a dash."""
    if is_blank(value):
        return "–"
    return f"{float(value):.{digits}f}"


def format_when(value: object) -> str:
    """A TIMEX3 value in words (`2023-09-13` -> `13 September 2023`); unknown parts stay as given."""
    if is_blank(value):
        return "–"
    return describe_value(str(value))


def format_names(items: object, limit: int = 4) -> str:
    """`["A", "B", "A", "C", "D", "E"]` -> `A, B, C, D and 1 more`: each name once, the list capped."""
    names = list(dict.fromkeys(str(item) for item in (items or ())))
    if len(names) <= limit:
        return ", ".join(names)
    return f"{', '.join(names[:limit])} and {len(names) - limit:,} more"


def format_span(start: object, end: object = None) -> str:
    """Character offsets `1030`, `1264` -> `1,030–1,264`."""
    if is_blank(start):
        return "–"
    return format_int(start) + ("" if is_blank(end) else f"–{format_int(end)}")


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs: compiling the briefing's takes a tenth of a second.

    Jinja keys each entry by the template's name and checks its source, so an edited template
    is compiled again. A folder that cannot be written costs only that compile.
    """

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        super().__init__(str(directory))

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _template_cache(directory: Path | None) -> jinja2.BytecodeCache | None:
    if directory is None:
        return None
    try:
        return _TemplateCache(directory)
    except OSError:
        return None


def make_environment(templates_dir: Path, compiled_dir: Path | None = None, *,
                     finalize: Callable[[object], object] = finalize_briefing) -> jinja2.Environment:
    """`compiled_dir`: where compiled templates are kept between runs (None: compiled every run).

    `finalize` sees every value a template prints before it is escaped: the one place untrusted
    text is made printable (`display`).
    """
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        bytecode_cache=_template_cache(compiled_dir),
        autoescape=True,
        finalize=finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["int"] = format_int
    environment.filters["noun"] = format_noun
    environment.filters["percent"] = format_percent
    environment.filters["score"] = format_score
    environment.filters["when"] = format_when
    environment.filters["span"] = format_span
    environment.filters["names"] = format_names
    return environment


def render_html(view: dict[str, object], templates_dir: Path, compiled_dir: Path | None = None) -> str:
    try:
        template = make_environment(templates_dir, compiled_dir).get_template(TEMPLATE)
    except jinja2.TemplateNotFound as error:
        raise OutputError(f"{templates_dir}: no {TEMPLATE} template there") from error
    return template.render(**view)


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


def template_context(report: Report, *, figures_href: str, fonts_href: str | None) -> dict[str, object]:
    """The report as the names the template prints; links are relative to the output folder."""
    # The PDF shows the 200 dpi PNG: weasyprint draws SVG charts several times slower, for no gain on paper.
    # Links are escaped here, as Markup: `finalize` would break a long path with zero-width spaces.
    charts = {part.kind.value: {"title": part.title, "source": part.source, "finding": part.finding,
                                "src": escape(quote(f"{figures_href}/{chart_path(part.kind, Path(), 'png').name}"))}
              for part in report.charts}
    return {
        "title": report.title,
        "run_date": report.run_date,
        "fonts_href": None if fonts_href is None else escape(fonts_href),
        "toc": [{"id": section.value, "title": section.heading} for section in report.sections],
        "findings": [finding.text for finding in report.findings],
        "charts": charts,
        **report.payload,
    }


def render_briefing(
    report: Report,
    *,
    out_dir: Path,
    figures_dir: Path,
    templates_dir: Path | None = None,
    before_read: Callable[[Path], None] | None = None,
    render: Callable[..., bytes] = render_pdf,
    compiled_dir: Path | None = None,
    html_dirs: tuple[Path, Path] | None = None,
) -> RenderedBriefing:
    """The briefing as HTML and as PDF bytes, with links relative to `out_dir`; nothing is written.

    `render` lays the HTML out as `render_pdf` does (`pdf_process.PdfProcess.render` does it elsewhere).
    `compiled_dir` keeps the compiled templates between runs. `html_dirs` are the (output, figures)
    folders the saved HTML will be read from, when they differ from where it is written now (the
    staging folders of `outputs.OutputSet`): the PDF is laid out from the new charts, and the HTML
    links where those charts will be.
    """
    templates_dir = templates_dir or default_templates_dir()

    def html_from(out: Path, figures: Path) -> str:
        context = template_context(report, figures_href=_href(figures, out), fonts_href=fonts_href(templates_dir, out))
        return render_html(context, templates_dir, compiled_dir)

    html = html_from(out_dir, figures_dir)
    saved = html if html_dirs is None else html_from(*html_dirs)
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf = render(html, base_dir=out_dir, allowed_roots=(templates_dir, figures_dir), before_read=before_read)
    return RenderedBriefing(saved, pdf)


def _href(target: Path, out_dir: Path) -> str:
    return Path(os.path.relpath(target.resolve(), out_dir.resolve())).as_posix()


def fonts_href(templates_dir: Path, out_dir: Path) -> str | None:
    """The templates' own fonts as a URL relative to `out_dir`; None when a templates folder has none.

    The briefing is set in a cut of DejaVu Sans kept in `templates/fonts/` (see `make fonts`): it
    looks the same on every machine, and weasyprint subsets it three times faster than the full font.
    """
    fonts = templates_dir / "fonts"
    return quote(_href(fonts, out_dir)) if (fonts / BRIEFING_FONT).is_file() else None


def save_briefing(briefing: RenderedBriefing, out_dir: Path) -> BriefingPaths:
    """`out_dir/briefing.html` and `out_dir/briefing.pdf`, each written atomically."""
    paths = BriefingPaths(out_dir / "briefing.html", out_dir / "briefing.pdf")
    write_atomic(paths.html, briefing.html.encode("utf-8"))
    write_atomic(paths.pdf, briefing.pdf)
    return paths

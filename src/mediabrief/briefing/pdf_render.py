"""HTML -> PDF with weasyprint, reading nothing but the project's own files.

Kept apart from `briefing` so that the PDF's process (`pdf_process`) can be forked before the
parent imports pandas: this module imports weasyprint only when it lays something out.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import unquote, urlparse


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

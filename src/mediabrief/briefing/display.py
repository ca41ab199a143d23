"""What the briefing displays of a text from the corpus: no control characters, a bounded length,
and no unbroken run longer than a line can hold.

Titles, outlets, authors, quotes and file names come from anyone. Control characters have no place
on a page (and python-pptx writes them as `_x001B_`). weasyprint's line breaking slows down far
faster than linearly with the length of an unbroken run: a 40,000-character token in a quote, or a
100,000-character title, took it minutes. Every text the briefing prints is therefore cut to a
length, a run of non-space characters longer than any word or usual URL is cut too, and a long run
gets a break opportunity (U+200B ZERO WIDTH SPACE) every few characters, so layout time stays
linear and a narrow column can wrap it. The tables and the HTML companion keep the full text.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from ..safety import strip_controls

MAX_SHOWN = 600  # characters of any one printed text (the template's longest own text is ~360)
MAX_TITLE = 300  # characters of the briefing's title
MAX_RUN = 80  # characters of a run of non-space characters: a longer one is cut, with an ellipsis
LONG_RUN = 60  # a run longer than this gets break opportunities...
RUN_PIECE = 30  # ...every this many characters
BREAK = "\u200b"  # ZERO WIDTH SPACE: a line may break here; nothing shows
ELLIPSIS = "…"

# White space and the breaks already put in end a run, so breaking a text twice changes nothing.
_LONG_RUN = re.compile(rf"[^\s{BREAK}]{{{LONG_RUN + 1},}}")


def shorten_text(text: str, limit: int) -> str:
    """`text` when it has at most `limit` characters, else its first `limit - 1` and an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS


def cut_runs(text: str) -> str:
    """`text` with each run of more than `MAX_RUN` non-space characters (a hostile token) cut to `MAX_RUN`."""
    return _LONG_RUN.sub(lambda run: shorten_text(run.group(0), MAX_RUN), text)


def break_runs(text: str) -> str:
    """`cut_runs(text)` with a zero-width space every `RUN_PIECE` characters inside each run of more than
    `LONG_RUN` non-space characters (a URL), where a line can break."""
    return _LONG_RUN.sub(lambda run: BREAK.join(_pieces(shorten_text(run.group(0), MAX_RUN))), text)


def plain_text(text: object, limit: int = MAX_SHOWN) -> str:
    """A text as a slide shows it: without control characters, its runs cut, cut to `limit` characters."""
    return shorten_text(cut_runs(strip_controls(str(text))), limit)


def shown_text(text: object, limit: int = MAX_SHOWN) -> str:
    """A text as the HTML and PDF briefing show it: `plain_text` with break opportunities in its long runs."""
    return break_runs(plain_text(text, limit))


def finalize_briefing(value: object) -> object:
    """The briefing template's `finalize`: every printed string goes through `shown_text`.

    Markup (a macro's output, a link made safe by the view-model) was built from printed values
    already, and numbers print as they are.
    """
    if isinstance(value, str) and not isinstance(value, Markup):
        return shown_text(value)
    return value


def finalize_page(value: object) -> object:
    """The companion's `finalize`: printed strings lose their control characters and keep their length."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return strip_controls(value)
    return value


def _pieces(run: str) -> list[str]:
    return [run[start:start + RUN_PIECE] for start in range(0, len(run), RUN_PIECE)]

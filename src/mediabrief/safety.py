"""What untrusted text may become once it leaves the tool: shared by every stage that writes it out.

Article text, metadata and file names come from anyone. Control characters in them would
clear an analyst's terminal or corrupt a CSV; years far outside the news record would break
date arithmetic and charts. These are the house's single definitions of both.
"""

from __future__ import annotations

import re

YEAR_MIN = 1800
YEAR_MAX = 2200

# C0 controls except tab and newline, DEL, and the C1 block (ESC sequences, CSI, OSC).
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
CONTROLS_AND_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Invisible characters that split a word in two for a tokenizer while a reader sees one word.
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def is_sane_year(year: int) -> bool:
    """Whether a year can be anchored, compared and charted (the window is the news record, padded)."""
    return YEAR_MIN <= year <= YEAR_MAX


def strip_controls(text: str) -> str:
    """`text` without control characters; tabs and newlines kept (a CR becomes a newline)."""
    return CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def for_terminal(text: object) -> str:
    """One printable line: controls (ESC, CR, newlines) shown as `?`, undecodable bytes as U+FFFD."""
    shown = str(text).encode("utf-8", "replace").decode("utf-8", "replace")
    return CONTROLS_AND_BREAKS.sub("?", shown)

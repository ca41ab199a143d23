"""Whether work can go to forked children (the charts, the PDF): Linux with more than one core.

Elsewhere fork is unsafe (macOS) or missing (Windows), and on one core a child only takes turns
with its parent, so the work is done in the calling process.
"""

from __future__ import annotations

import os
import sys


def can_fork() -> bool:
    return sys.platform == "linux" and (os.cpu_count() or 1) > 1

"""The registry of fast kinds: every one runs in `make test` (tests/test_adversarial.py).

Each kind is data: a name, what it feeds mediabrief, and the outcome the README promises (see
`kind.Expect`). The slow kinds (huge inputs, interruptions, concurrent runs, a full disk) are in
tests/stress/slow_kinds.py and run under `make stress`.
"""

from __future__ import annotations

from dataclasses import replace

from .file_kinds import FILE_KINDS
from .kind import Expect, Kind
from .run_kinds import RUN_KINDS
from .side_kinds import METADATA_SHARED, SIDE_ALONE


def in_family(kinds: list[Kind], family: str) -> list[Kind]:
    """Shared kinds without a family of their own join `family`: one run per family, side by side,
    so a kind that breaks its run costs a split of that family only."""
    return [replace(k, family=family) if k.share and not k.family else k for k in kinds]


_SECOND = next(i for i, k in enumerate(FILE_KINDS) if k.name == "jsonl_nested_100k")
# The control comes first: it runs alone and warms the analysis cache the other runs share.
FAST_KINDS: list[Kind] = [*RUN_KINDS, *in_family(FILE_KINDS[:_SECOND], "files"),
                          *in_family(FILE_KINDS[_SECOND:], "names"), *in_family(METADATA_SHARED, "meta"), *SIDE_ALONE]

_names = [kind.name for kind in FAST_KINDS]
assert len(set(_names)) == len(_names), "two kinds share a name"
assert all(k.expect.codes == frozenset({0}) for k in FAST_KINDS if k.share), "a shared kind must expect exit 0"

__all__ = ["FAST_KINDS", "Expect", "Kind"]

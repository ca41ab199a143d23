"""Is an offset inside one of a sorted list of non-overlapping character ranges (the quotations)?"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence


def inside(position: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """`ranges` sorted by start, none overlapping: a binary search, not a scan (articles hold hundreds)."""
    index = bisect_right(ranges, (position, float("inf"))) - 1
    return index >= 0 and ranges[index][0] <= position < ranges[index][1]


def merged(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, with nested and overlapping ranges made one (a quotation inside a quotation)."""
    result: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if result and start < result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
        else:
            result.append((start, end))
    return result


def overlaps(start: int, end: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """Does text[start:end] meet one of `ranges` (as `merged` returns them)? A binary search."""
    index = bisect_left(ranges, (end,)) - 1  # the last range starting before `end`, which ends last of them
    return index >= 0 and ranges[index][1] > start


def overlapping(start: int, end: int, ranges: Sequence[tuple[int, int]]) -> Sequence[tuple[int, int]]:
    """The ranges (sorted, none overlapping) that meet text[start:end]: a binary search, not a scan."""
    first = bisect_right(ranges, (start, float("inf"))) - 1
    if first < 0 or ranges[first][1] <= start:
        first += 1
    return ranges[first : bisect_left(ranges, (end,))]

"""Labels as the briefing and its charts show them: unique, shortened for an axis, wrapped for a tick,
and the spelling shown for a name that is written several ways."""

from __future__ import annotations

import textwrap

import pandas as pd

from ..names import name_key

LABEL_WIDTH = 34


def unique_labels(labels: dict[str, str]) -> dict[str, str]:
    """The labels, in order, with a number after any that another label already has (`X`, `X #2`)."""
    seen: dict[str, int] = {}
    unique = {}
    for key, label in labels.items():
        seen[label] = seen.get(label, 0) + 1
        unique[key] = label if seen[label] == 1 else f"{label} #{seen[label]}"
    return unique


def abbreviate(label: str, width: int = LABEL_WIDTH) -> str:
    """Shorten a label for a chart axis: its start, an ellipsis, and its last word when that is short
    (`The Washington Observer and Tribune (analysis)` -> `The Washington Observer… (analysis)`), so the
    part that tells two articles of one outlet apart survives the cut."""
    label = " ".join(str(label).split())
    if len(label) <= width:
        return label
    head, _, tail = label.rpartition(" ")
    if head and len(tail) <= width // 3:
        room = width - len(tail) - 1
        return _shorten(head, room) + " " + tail
    return _shorten(label, width)


def _shorten(text: str, width: int) -> str:
    """Whole words up to `width`, then `…`; the first word cut where it alone is too long (`textwrap`
    would give a bare `…`)."""
    short = textwrap.shorten(text, width=width, placeholder="…")
    return short if short.strip("…") else text[: width - 1] + "…"


def abbreviate_all(labels: dict[str, str], width: int = LABEL_WIDTH) -> dict[str, str]:
    """`abbreviate` every label, numbering any that would still coincide (`… #2`)."""
    short = {key: abbreviate(label, width) for key, label in labels.items()}
    seen: dict[str, int] = {}
    for key, label in short.items():
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1 or list(short.values()).count(label) > 1:
            short[key] = f"{abbreviate(label, width - 4)} #{seen[label]}"
    return short


def wrap_label(label: str, width: int = 22, lines: int = 2) -> str:
    """Wrap a label onto at most `lines` lines of `width` characters (an axis tick that never runs off)."""
    wrapped = textwrap.wrap(" ".join(str(label).split()), width=width, break_long_words=True)
    if len(wrapped) > lines:
        wrapped = wrapped[: lines - 1] + [abbreviate(" ".join(wrapped[lines - 1 :]), width)]
    return "\n".join(wrapped) or str(label)


def display_names(frame: pd.DataFrame, column: str, weight: str | None = None) -> dict[str, str]:
    """`name_key -> the most frequent spelling` (ties: the alphabetically first), for one column."""
    if frame.empty:
        return {}
    data = frame.assign(_key=frame[column].map(name_key),
                        _weight=frame[weight] if weight else 1)
    data = data[data["_key"] != ""]
    totals = data.groupby(["_key", column], sort=True)["_weight"].sum().reset_index()
    totals = totals.sort_values(["_key", "_weight", column], ascending=[True, False, True], kind="stable")
    return dict(totals.drop_duplicates("_key")[["_key", column]].itertuples(index=False, name=None))

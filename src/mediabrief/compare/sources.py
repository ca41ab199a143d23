"""How each article is named in the briefing and its charts, and how names are compared across articles.

A *source* is one article. Its label is the outlet when the outlet has one article, else the outlet
with what tells its articles apart (genre, then the file number), so that two pieces from the same
site never share a row label.
"""

from __future__ import annotations

import re
import textwrap

import pandas as pd

from ..names import name_key

LABEL_WIDTH = 34


def source_labels(articles: pd.DataFrame) -> dict[str, str]:
    """`article_id -> label`, unique across the corpus, in the order of `articles`."""
    labels: dict[str, str] = {}
    for _, group in articles.groupby("outlet", sort=False):
        if len(group) == 1:
            row = group.iloc[0]
            labels[row["article_id"]] = str(row["outlet"])
            continue
        genres = group["genre"].fillna("").astype(str)
        by_genre = genres.str.len().gt(0).all() and genres.is_unique
        for (_, row), genre in zip(group.iterrows(), genres):
            detail = genre if by_genre else file_number(str(row["article_id"]))
            labels[row["article_id"]] = f"{row['outlet']} ({detail})"
    if len(set(labels.values())) < len(labels):  # two files with the same number in one outlet
        labels = {aid: f"{label} · {aid}" for aid, label in labels.items()}
    return {aid: labels[aid] for aid in articles["article_id"]}


def file_number(article_id: str) -> str:
    """`002_d8d2b0.txt` -> `002`: the leading token of the file name, else the name without extension."""
    stem = article_id.rsplit(".", 1)[0]
    return re.split(r"[_\-\s]", stem, maxsplit=1)[0] or stem


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
        return (textwrap.shorten(head, width=room, placeholder="…") or head[: room - 1] + "…") + " " + tail
    return textwrap.shorten(label, width=width, placeholder="…") or label[: width - 1] + "…"


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

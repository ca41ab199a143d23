"""What the briefing compares: the articles grouped by outlet (or any column of articles.csv).

A *source* in the briefing is a group: by default an outlet, with `--by` a genre, an author, a
column of the user's own metadata (`country`, `ownership`, `leaning`), or `article` for one
source per article. Every statistic is computed per group, with the group's article count beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..errors import InputError
from ..tables.build import ARTICLE_COLUMNS
from .sources import unique_labels

BY_ARTICLE = "article"
METADATA_COLUMNS = ("outlet", "genre", "author")  # the standard columns worth grouping by
MISSING = "(none)"
TITLE_WIDTH = 100


@dataclass(frozen=True, slots=True)
class Grouping:
    """Each article's group, and the groups in briefing order (most articles first).

    `labels` maps a group's key to the name a reader knows (an outlet's name, a column's value);
    `article_names` names one article by its title, outlet and date, never by its file name.
    """

    by: str
    group_of: dict[str, str]
    labels: dict[str, str]
    members: dict[str, tuple[str, ...]]
    article_names: dict[str, str]

    @property
    def order(self) -> list[str]:
        return list(self.labels)

    def size(self, group: str) -> int:
        return len(self.members.get(group, ()))

    def source_of(self, article_id: str) -> str:
        """The label of the group an article is compared in."""
        return self.labels[self.group_of[article_id]]

    @property
    def article_sources(self) -> dict[str, str]:
        """Every article's `source_of`."""
        return {article_id: self.labels[group] for article_id, group in self.group_of.items()}

    def assign(self, frame: pd.DataFrame) -> pd.DataFrame:
        """`frame` (with `article_id`) with its articles' `group` beside it."""
        return frame.assign(group=frame["article_id"].map(self.group_of))


LABEL_CAP = 100


def group_articles(articles: pd.DataFrame, by: str = "outlet") -> Grouping:
    """Group the rows of articles.csv by the column `by` (or one group per article for `article`).

    Raises InputError naming the columns that can be compared when `by` is not one of them.
    """
    names = {row.article_id: article_name(row) for row in articles.itertuples(index=False)}
    if by == BY_ARTICLE:
        keys = dict(zip(articles["article_id"], articles["article_id"]))
        shown = {aid: names[aid] for aid in keys}
    else:
        if by not in articles.columns:
            raise InputError(f"--by {by}: no such column; compare by {', '.join(comparable_columns(articles))}")
        values = articles[by].map(lambda v: MISSING if pd.isna(v) or not str(v).strip() else str(v).strip())
        keys = dict(zip(articles["article_id"], values))
        # Labels head every table and chart: an outlet named in 100,000 characters is shown in 100.
        shown = {value: value if len(value) <= LABEL_CAP else value[: LABEL_CAP - 1] + "…" for value in values}
    members: dict[str, list[str]] = {}
    for article_id, group in keys.items():
        members.setdefault(group, []).append(article_id)
    order = sorted(members, key=lambda g: (-len(members[g]), g == MISSING, str(shown[g]).casefold(), g))
    labels = unique_labels({group: str(shown[group]) for group in order})
    return Grouping(by, keys, labels, {g: tuple(members[g]) for g in order}, names)


def comparable_columns(articles: pd.DataFrame) -> list[str]:
    """The columns a user can compare by: the metadata of articles.csv (the user's own columns
    follow the standard ones) and `article`."""
    own = [c for c in articles.columns if c not in ARTICLE_COLUMNS]
    return [*METADATA_COLUMNS, *own, BY_ARTICLE]


def article_name(row: object) -> str:
    """`“Title” (Outlet, 2023-09-15)`: how one article is named to a reader."""
    title = " ".join(str(getattr(row, "title", "") or "").split())
    if len(title) > TITLE_WIDTH:
        title = title[: TITLE_WIDTH - 1].rsplit(" ", 1)[0] + "…"
    details = [str(v) for v in (getattr(row, "outlet", None), getattr(row, "published", None))
               if isinstance(v, str) and v.strip()]
    return f"“{title or getattr(row, 'article_id')}”" + (f" ({', '.join(details)})" if details else "")

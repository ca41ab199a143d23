"""Who each source quoted and whom it named: speaker and actor tables derived from quotes.csv and actors.csv.

Every function takes the long-form tables and the grouping, and returns a DataFrame keyed by
`group` (with its label, `source`), so the charts and the briefing only select and print.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd

from ..names import name_key
from ..records import Gender, SpeakerType
from .groups import Grouping
from .sources import display_names

UNATTRIBUTED = "unattributed"  # a quote whose speaker the tool could not find
SPEAKER_TYPES = (*(kind.value for kind in SpeakerType), UNATTRIBUTED)
GENDERS = tuple(gender.value for gender in Gender)
PERSON_TYPES = frozenset(kind.value for kind in (SpeakerType.EXPERT, SpeakerType.OFFICIAL, SpeakerType.OTHER))
SPEAKER_COLUMNS = (
    "group", "source", "speaker", "speaker_type", "role", "gender", "quotes", "articles", "direct", "partial",
    "indirect", "person", "first",
)


def speakers(quotes: pd.DataFrame, actors: pd.DataFrame, grouping: Grouping) -> pd.DataFrame:
    """One row per source and speaker: type, role, gender, how often, in how many articles and how quoted.

    Notes: a speaker counts as a named person when an article of the source names them as a person
    actor (so `South Korean lawmakers` and `the Kremlin` do not); spellings that differ only in case
    or hyphens (`Kim Jong-un`, `Kim Jong Un`) are one speaker. Type and gender are what most of the
    speaker's quotes across the corpus carry (`voted`); gender is the articles' own word, else unknown.
    """
    attributed = quotes[quotes["speaker"].map(name_key) != ""]
    if attributed.empty:
        return pd.DataFrame(columns=list(SPEAKER_COLUMNS))
    # One person has one kind and one gender in every source's table (see `voted`).
    attributed = attributed.assign(speaker_type=voted(attributed, "speaker_type", _most_common),
                                   speaker_gender=voted(attributed, "speaker_gender", _gender))
    names = display_names(attributed, "speaker")
    persons = actors[actors["type"] == "person"]
    people = set(zip(persons["article_id"].map(grouping.group_of), persons["actor"].map(name_key)))
    position = {article_id: n for n, article_id in enumerate(sorted(grouping.group_of))}
    # Plain Python per speaker: a pandas operation per group cost 5 ms, 3 s for 84 articles.
    groups: dict[tuple[str, str], list[tuple]] = {}
    columns = ["article_id", "speaker", "kind", "speaker_type", "speaker_role", "speaker_gender", "start"]
    for row in attributed[columns].itertuples(index=False, name=None):
        groups.setdefault((grouping.group_of[row[0]], name_key(row[1])), []).append(row)
    rows = []
    for (group, key), said in groups.items():
        kinds = Counter(row[2] for row in said)
        speaker_type = said[0][3]
        rows.append({
            "group": group,
            "source": grouping.labels[group],
            "speaker": names[key].strip(),
            "speaker_type": speaker_type,
            "role": _longest([row[4] for row in said]),
            "gender": said[0][5],
            "quotes": len(said),
            "articles": len({row[0] for row in said}),
            "direct": kinds["direct"],
            "partial": kinds["partial"],
            "indirect": kinds["indirect"],
            "person": (group, key) in people and speaker_type in PERSON_TYPES,
            "first": min((position[row[0]], int(row[6])) for row in said),
        })
    rank = {group: n for n, group in enumerate(grouping.order)}
    rows.sort(key=lambda r: (rank[r["group"]], -r["quotes"], r["first"]))
    return pd.DataFrame(rows, columns=list(SPEAKER_COLUMNS))


def voted(quotes: pd.DataFrame, column: str, choose: Callable[[Iterable[object]], str]) -> pd.Series:
    """Each quote's `column` as `choose` decides it from all the quotes of that speaker in the corpus:
    one outlet's misread `she said` cannot make Obama a woman in its table, nor a lone `former
    secretary of State` make Hillary Clinton an expert; and the chart of kinds of speaker agrees with
    the tables. Quotes with no speaker keep their own value."""
    keys = quotes["speaker"].map(name_key)
    votes: dict[str, list] = {}
    for key, value in zip(keys, quotes[column]):
        votes.setdefault(key, []).append(value)
    chosen = {key: choose(values) for key, values in votes.items()}
    return keys.map(chosen).where(keys != "", quotes[column])


def speaker_type_counts(quotes: pd.DataFrame, grouping: Grouping) -> pd.DataFrame:
    """Quotes per source (rows, in briefing order, indexed by label) and speaker type (SPEAKER_TYPES order)."""
    types = voted(quotes, "speaker_type", _most_common).where(quotes["speaker"].map(name_key) != "", UNATTRIBUTED)
    counts = pd.crosstab(quotes["article_id"].map(grouping.group_of), types) if not quotes.empty else pd.DataFrame()
    counts = counts.reindex(index=grouping.order, columns=list(SPEAKER_TYPES), fill_value=0).fillna(0)
    counts = counts.astype(int)
    counts.index = [grouping.labels[g] for g in counts.index]
    counts.index.name = "source"
    return counts


def gender_counts(speaker_table: pd.DataFrame, grouping: Grouping) -> pd.DataFrame:
    """Named people quoted per source, by gender as the articles give it (Gender Gap Tracker style)."""
    people = speaker_table[speaker_table["person"].astype(bool)]
    counts = pd.crosstab(people["group"], people["gender"]) if not people.empty else pd.DataFrame()
    counts = counts.reindex(index=grouping.order, columns=list(GENDERS), fill_value=0).fillna(0).astype(int)
    counts["people"] = counts.sum(axis=1)
    known = counts["female"] + counts["male"]
    counts["women_share"] = (counts["female"] / counts["people"]).where(counts["people"] > 0)
    counts["women_share_known"] = (counts["female"] / known).where(known > 0)
    counts.insert(0, "source", [grouping.labels[g] for g in counts.index])
    counts.index.name = "group"
    return counts.reset_index()


def actor_shares(actors: pd.DataFrame, grouping: Grouping) -> pd.DataFrame:
    """One row per source and actor: mentions, share of the source's actor mentions, times quoted.

    Notes: share = the actor's mentions / all actor mentions in that source, so large and small
    sources compare; spelling variants of one name are one actor (see `name_key`).
    """
    columns = ["group", "source", "key", "actor", "type", "mentions", "share", "quoted"]
    if actors.empty:
        return pd.DataFrame(columns=columns)
    data = actors.assign(key=actors["actor"].map(name_key), group=actors["article_id"].map(grouping.group_of))
    names = display_names(data, "actor", weight="mentions")
    grouped = data.groupby(["group", "key"], sort=True).agg(
        mentions=("mentions", "sum"), quoted=("quoted", "sum"), type=("type", "first")).reset_index()
    grouped["actor"] = grouped["key"].map(names)
    totals = grouped.groupby("group")["mentions"].transform("sum")
    grouped["share"] = grouped["mentions"] / totals
    grouped["source"] = grouped["group"].map(grouping.labels)
    return grouped[columns]


def share_matrix(shares: pd.DataFrame, groups: list[str], top: int = 15) -> pd.DataFrame:
    """Sources × the `top` actors by mean share across sources (every source weighs the same)."""
    if shares.empty:
        return pd.DataFrame(index=groups)
    wide = shares.pivot_table(index="group", columns="key", values="share", aggfunc="sum", fill_value=0.0)
    wide = wide.reindex(index=groups, fill_value=0.0).fillna(0.0)
    order = wide.mean(axis=0).sort_values(ascending=False, kind="stable")
    keys = sorted(order.index[:top], key=lambda k: (-order[k], k))
    return wide[keys]


def quoted_matrix(shares: pd.DataFrame, matrix: pd.DataFrame) -> pd.DataFrame:
    """Booleans shaped like `matrix`: was that actor quoted in that source."""
    quoted = shares.pivot_table(index="group", columns="key", values="quoted", aggfunc="sum", fill_value=0)
    return quoted.reindex(index=matrix.index, columns=matrix.columns, fill_value=0).fillna(0).gt(0)


def distinctive_actors(shares: pd.DataFrame, groups: list[str], per_source: int = 3) -> pd.DataFrame:
    """Per source, the actors it gives most room that the other sources give least.

    Notes: score = share here minus the mean share over the other sources (percentage points);
    only actors with a positive score are listed.
    """
    columns = ["group", "source", "actor", "share", "elsewhere", "difference", "mentions"]
    if shares.empty or len(groups) < 2:
        return pd.DataFrame(columns=columns)
    wide = shares.pivot_table(index="group", columns="key", values="share", aggfunc="sum", fill_value=0.0)
    wide = wide.reindex(index=groups, fill_value=0.0).fillna(0.0)
    count = len(groups)
    elsewhere = (wide.sum(axis=0).to_numpy()[None, :] - wide.to_numpy()) / (count - 1)
    difference = wide.to_numpy() - elsewhere
    lookup = shares.set_index(["group", "key"])
    names = dict(zip(shares["key"], shares["actor"]))
    rows = []
    keys = list(wide.columns)
    for i, group in enumerate(groups):
        ahead = difference[i]
        # Only the few actors this source gives more room than the others are sorted, not every actor.
        for j in sorted(np.flatnonzero(ahead > 0).tolist(), key=lambda j: (-ahead[j], keys[j]))[:per_source]:
            key = keys[j]
            row = lookup.loc[(group, key)]
            rows.append({"group": group, "source": row["source"], "actor": names[key],
                         "share": float(wide.iat[i, j]), "elsewhere": float(elsewhere[i, j]),
                         "difference": float(difference[i, j]), "mentions": int(row["mentions"])})
    return pd.DataFrame(rows, columns=columns)


def quoted_or_talked_about(shares: pd.DataFrame) -> pd.DataFrame:
    """Person actors per source, split into those the source quoted and those it only talked about."""
    people = shares[shares["type"] == "person"]
    # One sort, then plain Python per source: a sort per source's frame cost 5 ms an article.
    ordered = people.sort_values(["group", "mentions", "actor"], ascending=[True, False, True], kind="stable")
    rows: dict[str, dict[str, object]] = {}
    for group, source, actor, mentions, quoted in ordered[
            ["group", "source", "actor", "mentions", "quoted"]].itertuples(index=False, name=None):
        row = rows.setdefault(group, {"group": group, "source": source, "quoted": [],
                                           "talked_about": []})
        if quoted > 0:
            row["quoted"].append((actor, int(quoted), int(mentions)))
        else:
            row["talked_about"].append((actor, int(mentions)))
    return pd.DataFrame(list(rows.values()), columns=["group", "source", "quoted", "talked_about"])


def _present(values: Iterable[object]) -> list[str]:
    return [str(v) for v in values if not pd.isna(v)]


def _most_common(values: Iterable[object]) -> str:
    counts = Counter(_present(values))
    if not counts:
        return "other"
    best = max(counts.values())
    return min(value for value, count in counts.items() if count == best)


def _longest(values: Iterable[object]) -> str | None:
    roles = sorted({v.strip() for v in _present(values) if v.strip()}, key=lambda r: (-len(r), r))
    return roles[0] if roles else None


def _gender(values: Iterable[object]) -> str:
    said = [v for v in _present(values) if v in ("female", "male")]
    female, male = said.count("female"), said.count("male")
    return "female" if female > male else "male" if male > female else "unknown"

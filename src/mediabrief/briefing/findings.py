"""Key findings: short comparative sentences written from the numbers, each carrying its figure.

Each writer looks at one comparison and returns a sentence only when the data supports one (two
sources that differ, a statement that recurs, a date that disagrees); nothing is said that would
read the same for any corpus. Numbers under ten are spelled out, as an analyst would write them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pandas as pd

from ..charts.kinds import ChartKind
from ..compare.comparisons import Comparisons
from ..compare.timeline import describe_value
from ..compare.volume import coverage_spans
from ..names import joined_names as join  # (lists of sources and words, as a sentence lists them)
from ..records import SpeakerType
from ..tables.build import Tables
from .sections import Section

WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
GOVERNMENT = (SpeakerType.OFFICIAL.value, SpeakerType.INSTITUTION.value)
EXPERT = SpeakerType.EXPERT.value


@dataclass(frozen=True, slots=True)
class Finding:
    """One sentence, the chart that shows it (if any), and the section it belongs to."""

    text: str
    chart: ChartKind | None
    section: Section


def spell(number: int, zero: str = "none") -> str:
    """`0 -> none`, `5 -> five`, `12 -> 12`."""
    number = int(number)
    if number == 0:
        return zero
    return WORDS[number] if 0 < number < 10 else f"{number:,}"


def percent(share: float) -> str:
    return f"{share * 100:.0f} %"


def plural(number: int, word: str, many: str | None = None) -> str:
    return word if int(number) == 1 else (many or word + "s")


def write_findings(tables: Tables, comparisons: Comparisons) -> list[Finding]:
    """Every finding the data supports, most telling first (the report structure decides how many show)."""
    writers: list[Callable[[Tables, Comparisons], Finding | None]] = [
        volume_finding, speakers_finding, types_finding, women_finding, disagreement_finding, statement_finding,
        top_actor_finding, room_finding, coverage_finding, timeline_finding, quoted_words_finding, terms_finding,
        length_finding,
    ]
    found = []
    for writer in writers:
        finding = writer(tables, comparisons)
        if finding is not None:
            found.append(finding)
    return found


def volume_finding(tables: Tables, comparisons: Comparisons) -> Finding | None:
    """Who wrote most, when the sources differ in size."""
    summary = comparisons.summary
    if len(summary) < 2 or summary["articles"].nunique() == 1:
        return None
    total = int(summary["articles"].sum())
    top = summary.iloc[0]  # the grouping puts the sources with most articles first
    low = summary.iloc[-1]
    return Finding(
        f"{top['source']} published the most, {spell(top['articles'])} of the {spell(total)} articles "
        f"({percent(top['articles'] / total)}, {top['words']:,} words); {low['source']} the fewest "
        f"({spell(low['articles'])}).", ChartKind.WORDS_PER_SOURCE, Section.SOURCES)


def speakers_finding(tables: Tables, comparisons: Comparisons) -> Finding | None:
    """Who quoted the widest range of named people, per article so that large and small sources compare."""
    summary = comparisons.summary.assign(per_article=lambda f: f["speakers"] / f["articles"])
    summary = summary.sort_values(["per_article", "experts", "source"], ascending=[False, False, True], kind="stable")
    if len(summary) < 2 or summary["speakers"].iloc[0] == 0 or summary["per_article"].nunique() == 1:
        return None
    top, rest = summary.iloc[0], summary.iloc[1:]
    experts = (f"{spell(top['experts'])} of them {plural(top['experts'], 'an expert', 'experts')}" if top["experts"]
               else "none an expert")
    head = (f"{top['source']} quoted {spell(top['speakers'])} named {plural(top['speakers'], 'speaker')} in "
            f"{spell(top['articles'])} {plural(top['articles'], 'article')} ({top['per_article']:.1f} per article), "
            f"{experts}")
    if len(rest) <= 3:
        tail = join([f"{r['source']} {r['per_article']:.1f}" for _, r in rest.iterrows()])
    else:
        tail = (f"the other {len(rest)} sources between {rest['per_article'].min():.1f} and "
                f"{rest['per_article'].max():.1f} per article (median {rest['per_article'].median():.1f})")
    return Finding(f"{head}; {tail}.", ChartKind.SPEAKER_TYPES, Section.QUOTED)


def coverage_finding(tables: Tables, comparisons: Comparisons) -> Finding | None:
    """A source that started covering the story well after the others, or stopped well before them.

    Notes: among sources with two or more dated articles; "well" is a quarter of the corpus's span
    of publication and at least a week.
    """
    spans = coverage_spans(comparisons.summary)
    spans = spans[spans["articles"] >= 2]
    if len(spans) < 3:
        return None
    first, last = min(spans["first"]), max(spans["last"])
    margin = max((last - first) * 0.25, timedelta(days=7))
    late = spans[spans["first"] - first > margin].sort_values("first", ascending=False, kind="stable")
    early = spans[last - spans["last"] > margin].sort_values("last", kind="stable")
    for found, column, says in ((late, "first", "came to the story late"),
                                (early, "last", "stopped covering the story early")):
        if not found.empty:
            row = found.iloc[0]
            others = _median_day(spans[spans["group"] != row["group"]][column])
            return Finding(f"{row['source']} {says}: its {column} article is of {_day(row[column])}, the other "
                           f"sources' {column} articles of {_day(others)} (median).",
                           ChartKind.COVERAGE, Section.SOURCES)
    return None


def _median_day(days: pd.Series) -> object:
    ordered = sorted(days)
    return ordered[(len(ordered) - 1) // 2]


def _day(value: object) -> str:
    day = pd.Timestamp(value).date()
    return f"{day.day} {day:%B %Y}"


def types_finding(tables: Tables, comparisons: Comparisons) -> Finding | None:
    counts = comparisons.speaker_types
    totals = counts.sum(axis=1)
    quoted = counts[totals > 0]
    if len(quoted) < 2:
        return None
    experts = quoted[EXPERT] / totals[totals > 0]
    government = quoted[list(GOVERNMENT)].sum(axis=1) / totals[totals > 0]
    expert_source, government_source = experts.idxmax(), government.idxmax()
    if expert_source == government_source or experts.max() == 0 or government.max() == 0:
        return None
    e_count, e_total = int(quoted.loc[expert_source, EXPERT]), int(totals[expert_source])
    g_count = int(quoted.loc[government_source, list(GOVERNMENT)].sum())
    g_total = int(totals[government_source])
    g_experts = int(quoted.loc[government_source, EXPERT])
    return Finding(
        f"Experts gave {spell(e_count)} of the {spell(e_total)} quotes in {expert_source} ({percent(e_count / e_total)}); "
        f"in {government_source}, officials and governments gave {spell(g_count)} of {spell(g_total)} "
        f"({percent(g_count / g_total)}) and experts {spell(g_experts)}.",
        ChartKind.SPEAKER_TYPES, Section.QUOTED)


def women_finding(tables: Tables, comparisons: Comparisons) -> Finding | None:
    genders = comparisons.genders
    people = int(genders["people"].sum())
    if people == 0:
        return None
    women, men, unknown = (int(genders[g].sum()) for g in ("female", "male", "unknown"))
    silent = int((genders["unknown"] > 0).sum())
    with_women = genders.loc[genders["female"] > 0, "source"].tolist()
    where = (f"all in {join(with_women)}" if len(with_women) == 1 and women > 1 else
             f"in {join(with_women)}" if 0 < len(with_women) <= 3 else
             f"across {len(with_women)} sources" if with_women else "")
    women_text = (f"{spell(women, 'none')} of the {spell(people)} named people quoted "
                  f"{plural(women, 'is a woman', 'are women')}" + (f" ({where})" if where else ""))
    women_text = women_text[0].upper() + women_text[1:]
    return Finding(
        f"{women_text}; {spell(men)} {plural(men, 'is a man', 'are men')}, and for {spell(unknown)} the "
        f"{plural(silent, 'article does', 'articles do')} not say ({percent(women / people)} women, "
        f"{percent(unknown / people)} unknown).",
        ChartKind.WOMEN_QUOTED, Section.QUOTED)


def top_actor_finding(tables: Tables, comparisons: Comparisons) -> Finding | None:
    matrix = comparisons.actor_matrix
    if matrix.empty or matrix.shape[1] == 0 or len(matrix) < 2:
        return None
    key = matrix.columns[0]
    shares = matrix[key]
    name = comparisons.actor_name(key)
    leads = sum(1 for _, row in matrix.iterrows() if row.idxmax() == key)
    low, high = shares.idxmin(), shares.idxmax()
    if low == high:
        return None
    return Finding(
        f"{name} gets the largest share of actor mentions overall ({percent(shares.mean())} on average, the top "
        f"actor in {spell(leads)} of {spell(len(matrix))} sources), from {percent(shares[low])} in "
        f"{comparisons.labels[low]} to {percent(shares[high])} in {comparisons.labels[high]}.",
        ChartKind.ACTOR_HEATMAP, Section.ACTORS)


def room_finding(tables: Tables, comparisons: Comparisons) -> Finding | None:
    """The actor one source gives room to that the others hardly name (not the corpus's top actor).

    Notes: ranked by the difference in share times how exclusive it is (1 - elsewhere / here).
    """
    frame = comparisons.distinctive_actors
    if frame.empty:
        return None
    top = comparisons.actor_name(comparisons.actor_matrix.columns[0]) if comparisons.actor_matrix.shape[1] else None
    frame = frame[frame["actor"] != top]
    if frame.empty:
        return None
    score = frame["difference"] * (1 - frame["elsewhere"] / frame["share"])
    best = frame.assign(score=score).sort_values(["score", "actor"], ascending=[False, True], kind="stable").iloc[0]
    elsewhere = ("and appears in no other source" if best["elsewhere"] == 0 else
                 f"against {percent(best['elsewhere'])} on average in the other sources")
    return Finding(
        f"{best['actor']} takes {percent(best['share'])} of the actor mentions in {best['source']} "
        f"({spell(best['mentions'])} {plural(best['mentions'], 'mention')}) {elsewhere}.",
        ChartKind.ACTOR_HEATMAP, Section.ACTORS)


def disagreement_finding(tables: Tables, comparisons: Comparisons) -> Finding | None:
    if not comparisons.disagreements:
        return None
    item = comparisons.disagreements[0]
    left, right = item.left, item.right
    actors = join(list(item.shared_actors)[:3])
    event = join([f"“{w}”" for w in (item.shared_events or item.shared_words)[:2]])
    more = len(comparisons.disagreements) - 1
    tail = f"; {spell(more)} more {plural(more, 'pair')} in the section" if more else ""
    return Finding(
        f"{right.source} and {left.source} date the same event differently (both sentences "
        f"name {actors} and tell of {event}): {describe_value(right.value)} against "
        f"{describe_value(left.value)}, {spell(item.days_apart)} days apart "
        f"(similarity {item.score:.2f}){tail}.",
        ChartKind.TIMELINE, Section.DISAGREE)


def statement_finding(tables: Tables, comparisons: Comparisons) -> Finding | None:
    if not comparisons.statements:
        return None
    item = comparisons.statements[0]
    speaker = join(item.speakers[:2])
    sources = item.sources
    if item.identical:
        tail = "in the same words"
    else:
        pair = item.pairs[0]
        long_side = pair.left_carriers[0].source
        short_side = pair.right_carriers[0].source
        tail = (f"in different words: {long_side} gives {spell(pair.words[0])} words, "
                f"{short_side} {spell(pair.words[1])}")
    others = len(comparisons.statements) - 1
    more = f"; {spell(others)} other {plural(others, 'statement')} recur" if others else ""
    return Finding(f"A statement by {speaker} appears in {spell(len(sources))} sources {tail}{more}.", None, Section.SAME)


def timeline_finding(tables: Tables, comparisons: Comparisons) -> Finding | None:
    events = comparisons.events
    if events.empty or len(comparisons.labels) < 2:
        return None
    counts = events.groupby("group").agg(n=("value", "size"), first=("first", "min"))
    counts = counts.reindex(comparisons.order).fillna({"n": 0})
    counts["per_article"] = counts["n"] / [comparisons.grouping.size(g) for g in counts.index]
    top, low = counts["per_article"].idxmax(), counts["per_article"].idxmin()
    if counts.loc[top, "per_article"] == counts.loc[low, "per_article"]:
        return None
    low_n = int(counts.loc[low, "n"])
    low_text = (f"{comparisons.labels[low]} {counts.loc[low, 'per_article']:.1f}" +
                (f", from {counts.loc[low, 'first'].year}" if low_n else ""))
    return Finding(
        f"{comparisons.labels[top]} puts the most dated events on the calendar, "
        f"{counts.loc[top, 'per_article']:.1f} per article ({spell(int(counts.loc[top, 'n']))} in all), reaching back "
        f"to {counts.loc[top, 'first'].year}; {low_text}.",
        ChartKind.TIMELINE, Section.TIMELINE)


def quoted_words_finding(tables: Tables, comparisons: Comparisons) -> Finding | None:
    summary = comparisons.summary
    if len(summary) < 2 or summary["quoted_words_share"].max() <= 0:
        return None
    top = summary.loc[summary["quoted_words_share"].idxmax()]
    low = summary.loc[summary["quoted_words_share"].idxmin()]
    low_text = "none" if low["quoted_words_share"] == 0 else percent(low["quoted_words_share"])
    return Finding(
        f"Direct quotation fills {percent(top['quoted_words_share'])} of the body words of {top['source']}, "
        f"against {low_text} in {low['source']}.",
        ChartKind.SPEAKER_TYPES, Section.QUOTED)


def terms_finding(tables: Tables, comparisons: Comparisons) -> Finding | None:
    terms = comparisons.terms
    if len({t.group for t in terms}) < 2:
        return None
    best = min(terms, key=lambda t: (-t.z, t.term))
    own = sorted((t for t in terms if t.group == best.group), key=lambda t: t.rank)
    first = own[0]
    return Finding(
        f"{best.source}'s most distinctive words are {join([f'“{t.term}”' for t in own[:3]])}; "
        f"it uses “{first.term}” {spell(first.count)} times, the other sources together "
        + (f"{spell(first.others)} {plural(first.others, 'time')}." if first.others else "not once."),
        ChartKind.DISTINCTIVE_TERMS, Section.TERMS)


def length_finding(tables: Tables, comparisons: Comparisons) -> Finding | None:
    summary = comparisons.summary
    if len(summary) < 2 or summary["median_words"].min() <= 0:
        return None
    top = summary.loc[summary["median_words"].idxmax()]
    low = summary.loc[summary["median_words"].idxmin()]
    if top["median_words"] == low["median_words"]:
        return None
    typical = "article" if top["articles"] == 1 and low["articles"] == 1 else "median article"
    return Finding(
        f"{top['source']} writes at the greatest length ({typical}: {top['median_words']:,} body words), "
        f"{top['median_words'] / low['median_words']:.1f} times {low['source']} ({low['median_words']:,}).",
        ChartKind.WORDS_PER_SOURCE, Section.SOURCES)

"""One event, different dates: pairs of sources that date the same event on days that cannot both be right.

Works on the dated events plus the article texts (for the passages a reader needs to judge); a
passage is a tuple of `Piece`s (text, op), the date itself marked `mark`. What a date dates is read
by `events`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

import pandas as pd

from ..names import name_key
from ..resources import calendar_words
from .events import LOCATIVE, event_words, read_event
from .statements import Piece
from .terms import tokenize
from .timeline import Interval, value_interval

# Words of a date's own expression or of time in general: they say when, not what happened.
DATE_WORDS = frozenset(
    [*calendar_words().date_names(),
     *"week weekend month year today yesterday tomorrow day days weeks months years earlier later ago last next "
      "late early mid".split()]
)
@dataclass(frozen=True, slots=True)
class DatedClaim:
    """One side of a disagreement: the date as one article words it, and the sentence around it."""

    source: str
    article_id: str
    sources: tuple[str, ...]
    text: str
    value: str
    event: str | None
    where: tuple[int, int]
    passage: tuple[Piece, ...]
    event_words: tuple[str, ...] = ()  # the words of the passage that name the event (`met`, `summit`)


@dataclass(frozen=True, slots=True)
class DateDisagreement:
    """Two sources' dates for what reads as one event; `left` is the earlier date."""

    score: float
    likely: bool
    shared_actors: tuple[str, ...]
    shared_words: tuple[str, ...]
    days_apart: int
    left: DatedClaim
    right: DatedClaim
    shared_events: tuple[str, ...] = ()  # the event both passages name (`meeting` for `met` and `summit`)

    @property
    def confidence(self) -> str:
        return "likely the same event" if self.likely else "possibly the same event"


@dataclass(frozen=True, slots=True)
class DateContext:
    """A dated claim: a date expression, the sentence it sits in, what that sentence is about, and
    every article that carries the same sentence with the same value (copies are one claim).

    `events` are the event keys of what the date dates, `named` the words naming them, `markers`
    how the text singles the occurrence out, `subjects` who does it; `loose` is a date counted from
    an unknown day (`tonight` inside a quotation), `weekday` a bare weekday (this one or the last).
    """

    carriers: tuple[str, ...]
    text: str
    value: str
    event: str | None
    sentence: tuple[int, int]
    words: frozenset[str]
    actors: frozenset[str]
    events: frozenset[str] = frozenset()
    named: tuple[str, ...] = ()
    markers: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    loose: bool = False
    weekday: bool = False


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (within its paragraph) around `text[start:end]`."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    begin = para_start
    for match in re.finditer(r"[.!?][\u201d\"\u2019)]?\s+(?=[\u201c\"\u2018(]?[A-Z0-9])", text[para_start:start]):
        begin = para_start + match.end()
    after = re.search(r"[.!?][\u201d\"\u2019)]?(?=\s+[\u201c\"\u2018(]?[A-Z0-9]|\s*$)", text[end:para_end])
    finish = end + after.end() if after else para_end
    return begin, finish


def date_contexts(events: pd.DataFrame, texts: Mapping[str, str], mentions: pd.DataFrame,
                  names: re.Pattern[str] | None = None) -> list[DateContext]:
    """The dated claims of the corpus: the actors, content words and event around each date.

    A date owns the part of its sentence nearer to it than to any other date in that sentence
    (`in 2019 ... since 2011` splits between the two). `mentions` has one row per actor mention
    (`article_id`, `actor`, `start`, `end`, file offsets); words of actor names are left to the actors.
    """
    by_article: dict[str, list[tuple[int, int, str]]] = {}  # (start, end, name_key) of each actor mention
    if not mentions.empty:
        for article_id, start, end, actor in mentions[["article_id", "start", "end", "actor"]].itertuples(
                index=False, name=None):
            by_article.setdefault(article_id, []).append((start, end, name_key(actor)))
    spans = _owned_spans(events, texts)
    claims: dict[tuple[str, str], DateContext] = {}
    for row, (begin, finish), sentence_bounds in spans:
        text = texts[row.article_id]
        sentence = " ".join(text[sentence_bounds[0]:sentence_bounds[1]].split())
        key = (row.value, sentence)
        if key in claims:
            known = claims[key]
            if row.article_id not in known.carriers:
                claims[key] = replace(known, carriers=(*known.carriers, row.article_id))
            continue
        event = None if pd.isna(row.event) else row.event  # a str column gives NaN where a date has no event
        owned = text[begin:row.start] + " " + text[row.end:finish] + " " + (event or "")
        words = {w.rstrip("s") for w in tokenize(owned, names=names) if w not in DATE_WORDS}
        in_sentence = [m for m in by_article.get(row.article_id, ())
                       if m[1] > sentence_bounds[0] and m[0] < sentence_bounds[1]]
        actors = {key for start, end, key in in_sentence if end > begin and start < finish}
        reading = read_event(text, row, event, (begin, finish), sentence_bounds, in_sentence)
        claims[key] = DateContext((row.article_id,), row.text, row.value, event, sentence_bounds,
                                  frozenset(words), frozenset(actors), *reading)
    return list(claims.values())


def _owned_spans(events: pd.DataFrame, texts: Mapping[str, str]) -> list[tuple[object, tuple[int, int], tuple[int, int]]]:
    rows = [row for row in events.itertuples(index=False) if row.article_id in texts]
    bounds = [sentence_span(texts[r.article_id], r.start, r.end) for r in rows]
    sentences: dict[tuple[str, tuple[int, int]], list[object]] = {}  # the dates of each sentence
    for row, sentence in zip(rows, bounds):
        sentences.setdefault((row.article_id, sentence), []).append(row)
    spans = []
    for row, (begin, finish) in zip(rows, bounds):
        left, right = begin, finish
        for other in sentences[(row.article_id, (begin, finish))]:
            if other is row:
                continue
            if other.end <= row.start:
                left = max(left, (other.end + row.start) // 2)
            elif other.start >= row.end:
                right = min(right, (row.end + other.start) // 2)
        spans.append((row, (left, right), (begin, finish)))
    return spans


def date_disagreements(events: pd.DataFrame, texts: Mapping[str, str], mentions: pd.DataFrame,
                       labels: Mapping[str, str], *, published: Mapping[str, object] | None = None,
                       names: re.Pattern[str] | None = None, threshold: float, likely: float,
                       source_of: Mapping[str, str] | None = None) -> list[DateDisagreement]:
    """Pairs of sources that date the same event on days that cannot both be right.

    Notes: two dated claims are one event when they name the same event (the noun the date modifies
    or the verb of its clause, through the lexicon of `event_words.csv`: inflections and synonyms are
    one event, a verb outside it matches only itself, a reporting verb names none), share an actor
    and a word (or their subject, or a second actor), have no rival subjects (`Iran condemned` /
    `Cuba condemned`), and single out the same occurrence: no `another`/`again`/`new`, no differing
    ordinals (`first` / `second`), no `next`/`previous` on one side only. They disagree when their
    calendar intervals do not overlap, unless one is the other reading of a bare weekday (a week
    off), a deictic date inside a quotation (`tonight`, counted from an unknown day), or the bound of
    a stretch (`since`, `by`), and unless the two are news pegs of their own articles (within a month,
    articles more than a month apart; or in the week before publication, articles as far apart as
    the dates) or a plan against a report (one date ahead of its article, the other past). Claims of
    one source (`source_of`: article -> source; None: each article its own) are not compared.
    Similarity: see `_similarity`; weights are inverse document frequencies over all dated claims.
    Listed from `threshold`; `likely` and above reads "likely".
    """
    contexts = date_contexts(events, texts, mentions, names)
    intervals = {c.value: value_interval(c.value) for c in contexts}
    weights = (_idf([c.actors for c in contexts]), _idf([c.words for c in contexts]), _place_shares(mentions, texts))
    source = (lambda article_id: source_of.get(article_id, article_id)) if source_of else (lambda a: a)  # noqa: E731
    # A pair needs a shared actor and a shared event: only claims that share both are tried.
    holders: dict[tuple[str, str], list[int]] = {}
    for k, context in enumerate(contexts):
        if not context.loose and intervals[context.value] is not None:
            for key in ((actor, event) for actor in context.actors for event in context.events):
                holders.setdefault(key, []).append(k)
    found = []
    for i, a in enumerate(contexts):
        if a.loose or intervals[a.value] is None:
            continue
        tried = {k for actor in a.actors for event in a.events for k in holders.get((actor, event), ()) if k > i}
        for k in sorted(tried):
            b, first, second = contexts[k], intervals[a.value], intervals[contexts[k].value]
            articles = _between_sources(a, b, source)
            if articles is None or not _one_event_two_days(a, b, first, second):
                continue
            days = [published.get(x) for x in articles] if published else [None, None]
            if _separate_pegs(first, second, *days) or _plan_and_report(first, second, *days):
                continue
            gap = abs((first.middle - second.middle).days)
            score = _similarity(a, b, gap, *weights)
            if score >= threshold:
                found.append((_disagreement(a, b, articles, score >= likely, score, gap, texts, labels), (i, k)))
    found.sort(key=lambda item: (-item[0].score, item[0].left.source, item[0].right.source))
    return _one_per_claim(found)


def _one_event_two_days(a: DateContext, b: DateContext, first: Interval, second: Interval) -> bool:
    """The same occurrence of one event, on days that do not overlap and are not two readings of one weekday."""
    if first.overlaps(second) or not _same_occurrence(a, b):
        return False
    if not a.words & b.words and not a.subjects & b.subjects and len(a.actors & b.actors) < 2:
        return False  # beyond the event: a shared word, the same subject or a second shared actor
    return not (_other_weekday(a, first, second) or _other_weekday(b, second, first))


def _similarity(a: DateContext, b: DateContext, gap: int, actor_weights: Mapping[str, float],
                word_weights: Mapping[str, float], places: Mapping[str, float]) -> float:
    """(0.7 × participants + 0.3 × content words) × proximity, × 0.75 when only a verb outside the
    lexicon matches, × (1 - the place share of the most person-like shared actor).

    Participants: the mean of the weighted Jaccard and overlap coefficient of the actors; 1 for an
    event that befalls its subject once (a killing) with the same subject, which no gap makes two.
    Two things on different days in one place are more often two events than two of one person's.
    """
    events = a.events & b.events
    once = bool(events & event_words().once and a.subjects & b.subjects)
    shared = sum(actor_weights[f] for f in a.actors & b.actors)
    smaller = min(sum(actor_weights[f] for f in a.actors), sum(actor_weights[f] for f in b.actors))
    participants = 1.0 if once else (_jaccard(a.actors, b.actors, actor_weights) + shared / smaller) / 2
    score = 0.7 * participants + 0.3 * _cosine(a.words, b.words, word_weights)
    score *= 0.75 if all(e.startswith("~") for e in events) else 1.0
    score *= max(1 - places.get(actor, 0.0) for actor in a.actors & b.actors)
    return score if once else score / (1 + math.log10(1 + gap / 30))


def _place_shares(mentions: pd.DataFrame, texts: Mapping[str, str]) -> dict[str, float]:
    """Per actor (name key), the share of its mentions after `in`, `at`, `from`, `near`...: how much a place it is."""
    counts: dict[str, list[int]] = {}
    rows = () if mentions.empty else mentions[["article_id", "start", "actor"]].itertuples(index=False, name=None)
    for article_id, start, actor in rows:
        if article_id in texts:
            seen = counts.setdefault(name_key(actor), [0, 0])
            seen[0] += 1
            seen[1] += bool(LOCATIVE.search(texts[article_id], max(0, start - 24), start))
    return {key: located / total for key, (total, located) in counts.items()}


def _between_sources(a: DateContext, b: DateContext, source: Callable[[str], str]) -> tuple[str, str] | None:
    """An article carrying each claim, of two different sources; None when every carrier is of one source."""
    for x in a.carriers:
        for y in b.carriers:
            if source(x) != source(y):
                return x, y
    return None


def _same_occurrence(a: DateContext, b: DateContext) -> bool:
    """The same event, the same occurrence of it, by participants compatible with one another."""
    if not (a.events & b.events) or "further" in a.markers | b.markers:
        return False  # 'another summit', 'met again': the text itself has several in mind
    ordinals = [{m for m in c.markers if m.startswith("ordinal")} for c in (a, b)]
    if all(ordinals) and ordinals[0] != ordinals[1]:
        return False  # the first debate is not the second
    if any((side in a.markers) != (side in b.markers) for side in ("before", "after")):
        return False  # 'the next debate' is not the one the other source reports
    rival = a.subjects and b.subjects and not a.subjects & (b.subjects | b.actors | b.words)
    return not (rival and not b.subjects & (a.actors | a.words))  # 'Iran condemned' / 'Cuba condemned'


def _other_weekday(context: DateContext, interval: Interval, other: Interval) -> bool:
    """A bare weekday reads as this one or the last: the other source's date is its other reading."""
    week = timedelta(days=7)
    return context.weekday and any(other.first <= day <= other.last
                                   for day in (interval.first - week, interval.first + week))


def _separate_pegs(first: Interval, second: Interval, pub_a: Interval | None, pub_b: Interval | None) -> bool:
    """Each date is its own article's news peg: within a month of publication, the articles more than a
    month apart; or in the week up to a publication day, the articles as far apart as the dates."""
    if pub_a is None or pub_b is None:
        return False
    month, week = timedelta(days=31), timedelta(days=7)
    near = lambda day, pub: pub.first - month <= day.middle <= pub.last + month  # noqa: E731
    if near(first, pub_a) and near(second, pub_b):
        if pub_a.last + month < pub_b.first or pub_b.last + month < pub_a.first:
            return True
    fresh = lambda day, pub: pub.first == pub.last and pub.first - week <= day.first <= day.last <= pub.last  # noqa: E731
    return (fresh(first, pub_a) and fresh(second, pub_b)
            and abs(pub_a.first - pub_b.first) >= abs(first.middle - second.middle))


def _plan_and_report(first: Interval, second: Interval, pub_a: Interval | None, pub_b: Interval | None) -> bool:
    """One date was still ahead when its article came out and the other was past: a plan and a report
    of what happened can both be right (the plan changed)."""
    ahead = [pub is not None and day.first > pub.last for day, pub in ((first, pub_a), (second, pub_b))]
    past = [pub is not None and day.last < pub.first for day, pub in ((first, pub_a), (second, pub_b))]
    return (ahead[0] and past[1]) or (ahead[1] and past[0])


def _idf(sets: Sequence[frozenset[str]]) -> dict[str, float]:
    frequency: Counter[str] = Counter(f for s in sets for f in s)
    count = len(sets)
    return {f: math.log(1 + count / n) for f, n in frequency.items()}


def _jaccard(a: frozenset[str], b: frozenset[str], weights: Mapping[str, float]) -> float:
    union = sum(weights[f] for f in a | b)
    return sum(weights[f] for f in a & b) / union if union else 0.0


def _cosine(a: frozenset[str], b: frozenset[str], weights: Mapping[str, float]) -> float:
    shared = sum(weights[f] ** 2 for f in a & b)
    norm = math.sqrt(sum(weights[f] ** 2 for f in a) * sum(weights[f] ** 2 for f in b))
    return shared / norm if norm else 0.0


def _disagreement(a: DateContext, b: DateContext, articles: tuple[str, str], likely: bool, score: float, gap: int,
                  texts: Mapping[str, str], labels: Mapping[str, str]) -> DateDisagreement:
    sides = sorted(zip((a, b), articles), key=lambda side: (value_interval(side[0].value).first, side[1]))
    return DateDisagreement(
        score=round(score, 2),
        likely=likely,
        shared_actors=tuple(sorted(a.actors & b.actors)),
        shared_words=tuple(sorted(a.words & b.words)),
        days_apart=gap,
        left=_side(*sides[0], texts, labels),
        right=_side(*sides[1], texts, labels),
        shared_events=tuple(sorted(e.lstrip("~") for e in a.events & b.events)),
    )


def _side(context: DateContext, article_id: str, texts: Mapping[str, str], labels: Mapping[str, str]) -> DatedClaim:
    text = texts[article_id]
    begin, finish = _sentence_in(context, article_id, texts)
    start = text.find(context.text, begin, finish)
    start = begin if start < 0 else start
    end = start + len(context.text)
    pieces = [(re.sub(r"\s+", " ", text[begin:start]).lstrip(), "same"), (context.text, "mark"),
              (re.sub(r"\s+", " ", text[end:finish]).rstrip(), "same")]
    return DatedClaim(source=labels.get(article_id, article_id), article_id=article_id,
                      sources=tuple(labels.get(a, a) for a in context.carriers),
                      text=context.text, value=context.value, event=context.event,
                      where=(start, end), passage=tuple((t, op) for t, op in pieces if t),
                      event_words=context.named)


def _sentence_in(context: DateContext, article_id: str, texts: Mapping[str, str]) -> tuple[int, int]:
    """Where the claim's sentence is in `article_id`, one of its carriers (a copy may be spaced differently)."""
    if article_id == context.carriers[0]:
        return context.sentence
    words = texts[context.carriers[0]][context.sentence[0]:context.sentence[1]].split()
    found = re.search(r"\s+".join(map(re.escape, words)), texts[article_id])
    return (found.start(), found.end()) if found else (0, 0)


def _one_per_claim(found: list[tuple[DateDisagreement, tuple[int, int]]]) -> list[DateDisagreement]:
    """Keep the best-matching partner of each claim, so one sentence is not listed many times."""
    used: set[int] = set()
    kept = []
    for item, claims in found:
        if set(claims) & used:
            continue
        used |= set(claims)
        kept.append(item)
    return kept

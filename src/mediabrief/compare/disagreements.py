"""One event, different dates: pairs of sources that date what reads as the same event on days that
cannot both be right.

Works on the dated events plus the article texts (for the passages a reader needs to judge); a
passage is a tuple of `Piece`s (text, op), the date itself marked `mark`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

import pandas as pd

from ..names import name_key
from ..resources import calendar_words
from .statements import Piece
from .terms import tokenize
from .timeline import value_interval

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

    @property
    def confidence(self) -> str:
        return "likely the same event" if self.likely else "possibly the same event"


@dataclass(frozen=True, slots=True)
class DateContext:
    """A dated claim: a date expression, the sentence it sits in, what that sentence is about, and
    every article that carries the same sentence with the same value (copies are one claim)."""

    carriers: tuple[str, ...]
    text: str
    value: str
    event: str | None
    sentence: tuple[int, int]
    words: frozenset[str]
    actors: frozenset[str]


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
    """The dated claims of the corpus: the actors and content words around each date.

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
        actors = {key for start, end, key in by_article.get(row.article_id, ()) if end > begin and start < finish}
        claims[key] = DateContext((row.article_id,), row.text, row.value, event, sentence_bounds,
                                  frozenset(words), frozenset(actors))
    return list(claims.values())


def _owned_spans(events: pd.DataFrame, texts: Mapping[str, str]) -> list[tuple[object, tuple[int, int], tuple[int, int]]]:
    rows = [row for row in events.itertuples(index=False) if row.article_id in texts]
    bounds = [sentence_span(texts[r.article_id], r.start, r.end) for r in rows]
    spans = []
    for i, (row, (begin, finish)) in enumerate(zip(rows, bounds)):
        left, right = begin, finish
        for other, other_bounds in zip(rows, bounds):
            if other is row or other.article_id != row.article_id or other_bounds != (begin, finish):
                continue
            if other.end <= row.start:
                left = max(left, (other.end + row.start) // 2)
            elif other.start >= row.end:
                right = min(right, (row.end + other.start) // 2)
        spans.append((row, (left, right), (begin, finish)))
    return spans


def date_disagreements(events: pd.DataFrame, texts: Mapping[str, str], mentions: pd.DataFrame,
                       labels: Mapping[str, str], *, published: Mapping[str, object] | None = None,
                       names: re.Pattern[str] | None = None, threshold: float,
                       likely: float) -> list[DateDisagreement]:
    """Pairs of sources that date what reads as the same event on days that cannot both be right.

    Notes: two dated claims from different articles are compared when their calendar intervals do
    not overlap (a week that contains the day agrees with it). Similarity = (0.6 × the actors they
    share, weighted Jaccard + 0.4 × their content words, weighted cosine) × a proximity factor
    1 / (1 + log10(1 + days apart / 30)); weights are inverse document frequencies over all dated
    claims. A pair needs one shared actor and one shared word. Two news pegs (dates within a month
    of their own article's publication) of articles published more than a month apart are two
    occasions, not a disagreement. Listed from `threshold`; `likely` and above reads "likely".
    """
    contexts = date_contexts(events, texts, mentions, names)
    intervals = {c.value: value_interval(c.value) for c in contexts}
    word_weights = _idf([c.words for c in contexts])
    actor_weights = _idf([c.actors for c in contexts])
    # A pair needs a shared actor: only claims that name one of this claim's actors are tried.
    holders: dict[str, list[int]] = {}
    for k, context in enumerate(contexts):
        for actor in context.actors:
            holders.setdefault(actor, []).append(k)
    found = []
    for i, a in enumerate(contexts):
        for k in sorted({k for actor in a.actors for k in holders[actor] if k > i}):
            b = contexts[k]
            if set(a.carriers) | set(b.carriers) == set(a.carriers[:1]):
                continue  # one article's two dates: not a disagreement between sources
            first, second = intervals[a.value], intervals[b.value]
            if first is None or second is None or first.overlaps(second):
                continue
            if not (a.actors & b.actors) or not (a.words & b.words):
                continue
            if published and _separate_pegs(a, first, b, second, published):
                continue
            actor_score = _jaccard(a.actors, b.actors, actor_weights)
            word_score = _cosine(a.words, b.words, word_weights)
            gap = abs((first.middle - second.middle).days)
            score = (0.6 * actor_score + 0.4 * word_score) / (1 + math.log10(1 + gap / 30))
            if score >= threshold:
                found.append((_disagreement(a, b, score >= likely, score, gap, texts, labels), (i, k)))
    found.sort(key=lambda item: (-item[0].score, item[0].left.source, item[0].right.source))
    return _one_per_claim(found)


def _separate_pegs(a: DateContext, first: object, b: DateContext, second: object,
                   published: Mapping[str, object]) -> bool:
    """Both dates are their article's news peg, and the articles came out more than a month apart."""
    pub_a, pub_b = published.get(a.carriers[0]), published.get(b.carriers[0])
    if pub_a is None or pub_b is None:
        return False
    month = timedelta(days=31)
    near = lambda day, pub: pub.first - month <= day.middle <= pub.last + month  # noqa: E731
    apart = pub_a.last + month < pub_b.first or pub_b.last + month < pub_a.first
    return near(first, pub_a) and near(second, pub_b) and apart


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


def _disagreement(a: DateContext, b: DateContext, likely: bool, score: float, gap: int,
                  texts: Mapping[str, str], labels: Mapping[str, str]) -> DateDisagreement:
    left, right = sorted((a, b), key=lambda c: (value_interval(c.value).first, c.carriers))
    return DateDisagreement(
        score=round(score, 2),
        likely=likely,
        shared_actors=tuple(sorted(a.actors & b.actors)),
        shared_words=tuple(sorted(a.words & b.words)),
        days_apart=gap,
        left=_side(left, texts, labels),
        right=_side(right, texts, labels),
    )


def _side(context: DateContext, texts: Mapping[str, str], labels: Mapping[str, str]) -> DatedClaim:
    article_id = context.carriers[0]
    text = texts[article_id]
    begin, finish = context.sentence
    start = text.find(context.text, begin, finish)
    start = begin if start < 0 else start
    end = start + len(context.text)
    pieces = [(re.sub(r"\s+", " ", text[begin:start]).lstrip(), "same"), (context.text, "mark"),
              (re.sub(r"\s+", " ", text[end:finish]).rstrip(), "same")]
    return DatedClaim(source=labels.get(article_id, article_id), article_id=article_id,
                      sources=tuple(labels.get(a, a) for a in context.carriers),
                      text=context.text, value=context.value, event=context.event,
                      where=(start, end), passage=tuple((t, op) for t, op in pieces if t))


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

"""Comparisons across sources: one statement in several wordings, and one event given different dates.

Both work on the tables plus the article texts (for the passages a reader needs to judge). Marked-up
text is returned as lists of `(text, op)` pieces, op one of `same`, `ins`, `del`, `mark`, so the
template prints them with autoescape and never sees article text as markup.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

import pandas as pd
from rapidfuzz import fuzz

from .sources import name_key
from .terms import tokenize
from .timeline import value_interval

Pieces = list[tuple[str, str]]
WORD = re.compile(r"\s*(?:\w+(?:['\u2019]\w+)*|[^\w\s])")
MIN_QUOTE_WORDS = 6
QUOTE_CUTOFF = 80.0
DATE_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday week weekend "
    "month year today yesterday tomorrow day days weeks months years earlier later ago last next late early "
    "mid".split()
)
LIKELY = 0.3
POSSIBLE = 0.25


# ---- same statement, different words -------------------------------------------------------------

def normalise_quote(text: str) -> str:
    """Case, quotation marks, punctuation and spacing folded away, for fuzzy matching."""
    text = text.casefold().replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(re.sub(r"[^\w' ]+", " ", text).split())


def shared_statements(quotes: pd.DataFrame, labels: Mapping[str, str], *,
                      cutoff: float = QUOTE_CUTOFF, min_words: int = MIN_QUOTE_WORDS) -> list[dict[str, object]]:
    """Statements found in more than one source, grouped, each wording with its sources and speakers.

    Notes: quotes of at least `min_words` words are compared by rapidfuzz's partial_ratio (the best
    matching stretch of the longer text, 0-100) on case- and punctuation-folded text, and linked when
    the score reaches `cutoff`; linked quotes form one statement (connected components). Wordings are
    compared word by word with difflib (punctuation counts as a word, so a dropped comma shows).
    """
    candidates = quotes[quotes["text"].fillna("").map(lambda t: len(normalise_quote(t).split()) >= min_words)]
    if candidates["article_id"].nunique() < 2:
        return []
    texts = sorted(set(candidates["text"].map(normalise_quote)))
    parent = list(range(len(texts)))
    pair_score: dict[tuple[int, int], float] = {}
    for i, j in sorted(_word_sharing_pairs(texts)):
        score = fuzz.partial_ratio(texts[i], texts[j], score_cutoff=cutoff)
        if score >= cutoff:
            parent[_root(parent, i)] = _root(parent, j)
            pair_score[(i, j)] = float(score)
    index = {text: i for i, text in enumerate(texts)}
    groups: dict[int, list[int]] = {}
    for row_number, text in zip(candidates.index, candidates["text"].map(normalise_quote)):
        groups.setdefault(_root(parent, index[text]), []).append(row_number)
    article_of = dict(zip(candidates.index, candidates["article_id"]))
    statements = []
    for root, rows in groups.items():
        if len({article_of[row] for row in rows}) < 2:
            continue  # most quotes: said in one source only (and a frame per group is slow)
        group = candidates.loc[rows]
        members = {index[normalise_quote(t)] for t in group["text"]}
        best = max((s for (i, j), s in pair_score.items() if i in members and j in members), default=100.0)
        statements.append(_statement(group, labels, best))
    statements.sort(key=lambda s: (-len(s["sources"]), s["first"]))
    return statements


def _statement(group: pd.DataFrame, labels: Mapping[str, str], score: float) -> dict[str, object]:
    versions: dict[str, dict[str, object]] = {}
    for article_id, rows in group.sort_values("start").groupby("article_id", sort=True):
        rows = _outermost(rows)
        text = " … ".join(str(t).strip() for t in rows["text"])
        key = normalise_quote(text)
        version = versions.setdefault(key, {"text": text, "carriers": []})
        version["carriers"].append({
            "source": labels.get(article_id, article_id), "article_id": article_id,
            "speakers": sorted({str(s).strip() for s in rows["speaker"].dropna() if str(s).strip()}) or ["unattributed"],
            "kinds": sorted(set(rows["kind"])), "where": [(int(s), int(e)) for s, e in zip(rows["start"], rows["end"])],
        })
    ordered = sorted(versions.values(), key=lambda v: (-len(str(v["text"])), str(v["text"])))
    reference = ordered[0]
    pairs = []
    for other in ordered[1:]:
        left, right = word_diff(str(reference["text"]), str(other["text"]))
        pairs.append({"left": left, "right": right, "left_carriers": reference["carriers"],
                      "right_carriers": other["carriers"],
                      "words": (len(str(reference["text"]).split()), len(str(other["text"]).split()))})
    return {
        "sources": sorted({c["source"] for v in ordered for c in v["carriers"]}),
        "speakers": sorted({s for v in ordered for c in v["carriers"] for s in c["speakers"]}),
        "score": round(score),
        "identical": len(ordered) == 1,
        "reference": reference,
        "pairs": pairs,
        "first": min(c["article_id"] for v in ordered for c in v["carriers"]),
    }


def _outermost(rows: pd.DataFrame) -> pd.DataFrame:
    """Drop quotes that lie inside another one of the same article (a partial inside its indirect)."""
    spans = list(zip(rows["start"], rows["end"]))
    keep = [not any(o != (s, e) and o[0] <= s and e <= o[1] for o in spans) for s, e in spans]
    return rows[keep]


def _word_sharing_pairs(texts: Sequence[str]) -> set[tuple[int, int]]:
    """Every pair (i < j) of which at least half the shorter text's words occur in the longer.

    That guards partial_ratio (a short text can match a stretch of a long one by chance), and it
    lets most pairs go untried (prefix filtering): take a text as the shorter of a pair and order
    its words rarest first (over all `texts`). Once the words left hold fewer than half its words,
    a text that has none of the words before them cannot hold half; only texts that have one of
    those rarer words are tried. Each pair has one shorter text (the first when they are as long),
    so it is tried from that side. Trying all pairs took 16 s for 1,300 quotes, and grows with the
    square of their number.
    """
    words = [text.split() for text in texts]
    vocabularies = [set(listed) for listed in words]
    frequency = Counter(word for vocabulary in vocabularies for word in vocabulary)
    holders: dict[str, list[int]] = {}
    for j, vocabulary in enumerate(vocabularies):
        for word in vocabulary:
            holders.setdefault(word, []).append(j)
    pairs: set[tuple[int, int]] = set()
    for i, listed in enumerate(words):
        size, left, tried = len(listed), len(listed), {i}
        for word, count in sorted(Counter(listed).items(), key=lambda item: (frequency[item[0]], item[0])):
            if left < 0.5 * size:
                break
            left -= count
            for j in holders[word]:
                if j in tried or len(words[j]) < size or (len(words[j]) == size and j < i):
                    continue
                tried.add(j)
                if sum(1 for w in listed if w in vocabularies[j]) >= 0.5 * size:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def word_diff(left: str, right: str) -> tuple[Pieces, Pieces]:
    """Two texts as marked pieces: words only in `left` are `del`, words only in `right` are `ins`."""
    a, b = WORD.findall(left), WORD.findall(right)
    fold = lambda tokens: [t.strip().casefold().replace("\u2019", "'").replace("\u201c", '"')  # noqa: E731
                           .replace("\u201d", '"') for t in tokens]
    matcher = difflib.SequenceMatcher(None, fold(a), fold(b), autojunk=False)
    left_pieces: Pieces = []
    right_pieces: Pieces = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        _append(left_pieces, "".join(a[i1:i2]), "same" if op == "equal" else "del")
        _append(right_pieces, "".join(b[j1:j2]), "same" if op == "equal" else "ins")
    return _strip(left_pieces), _strip(right_pieces)


def _append(pieces: Pieces, text: str, op: str) -> None:
    if not text:
        return
    if pieces and pieces[-1][1] == op:
        pieces[-1] = (pieces[-1][0] + text, op)
    elif op != "same" and text[:1].isspace():  # keep the space outside the mark
        _append(pieces, text[: len(text) - len(text.lstrip())], "same")
        pieces.append((text.lstrip(), op))
    else:
        pieces.append((text, op))


def _strip(pieces: Pieces) -> Pieces:
    if pieces and pieces[0][0][:1].isspace():
        pieces[0] = (pieces[0][0].lstrip(), pieces[0][1])
    return [p for p in pieces if p[0]]


# ---- one event, different dates -------------------------------------------------------------------

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
                       names: re.Pattern[str] | None = None, threshold: float = POSSIBLE) -> list[dict[str, object]]:
    """Pairs of sources that date what reads as the same event on days that cannot both be right.

    Notes: two dated claims from different articles are compared when their calendar intervals do
    not overlap (a week that contains the day agrees with it). Similarity = (0.6 × the actors they
    share, weighted Jaccard + 0.4 × their content words, weighted cosine) × a proximity factor
    1 / (1 + log10(1 + days apart / 30)); weights are inverse document frequencies over all dated
    claims. A pair needs one shared actor and one shared word. Two news pegs (dates within a month
    of their own article's publication) of articles published more than a month apart are two
    occasions, not a disagreement. Listed from `threshold` (0.25); 0.3 and above reads "likely".
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
        for b in (contexts[k] for k in sorted({k for actor in a.actors for k in holders[actor] if k > i})):
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
                found.append(_disagreement(a, b, score, gap, texts, labels))
    found.sort(key=lambda d: (-d["score"], d["left"]["source"], d["right"]["source"]))
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


def _disagreement(a: DateContext, b: DateContext, score: float, gap: int,
                  texts: Mapping[str, str], labels: Mapping[str, str]) -> dict[str, object]:
    left, right = sorted((a, b), key=lambda c: (value_interval(c.value).first, c.carriers))
    return {
        "score": round(score, 2),
        "confidence": "likely the same event" if score >= LIKELY else "possibly the same event",
        "shared_actors": sorted(a.actors & b.actors),
        "shared_words": sorted(a.words & b.words),
        "days_apart": gap,
        "left": _side(left, texts, labels),
        "right": _side(right, texts, labels),
        "claims": (id(left), id(right)),
    }


def _side(context: DateContext, texts: Mapping[str, str], labels: Mapping[str, str]) -> dict[str, object]:
    article_id = context.carriers[0]
    text = texts[article_id]
    begin, finish = context.sentence
    start = text.find(context.text, begin, finish)
    start = begin if start < 0 else start
    end = start + len(context.text)
    pieces = [(re.sub(r"\s+", " ", text[begin:start]).lstrip(), "same"), (context.text, "mark"),
              (re.sub(r"\s+", " ", text[end:finish]).rstrip(), "same")]
    return {"source": labels.get(article_id, article_id), "article_id": article_id,
            "sources": [labels.get(a, a) for a in context.carriers],
            "text": context.text, "value": context.value, "event": context.event,
            "where": (start, end), "passage": [(t, op) for t, op in pieces if t]}


def _one_per_claim(found: list[dict[str, object]]) -> list[dict[str, object]]:
    """Keep the best-matching partner of each claim, so one sentence is not listed many times."""
    used: set[int] = set()
    kept = []
    for item in found:
        claims = set(item.pop("claims"))
        if claims & used:
            continue
        used |= claims
        kept.append(item)
    return kept

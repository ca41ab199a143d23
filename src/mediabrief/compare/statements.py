"""One statement in several wordings: quotes that recur across sources, word by word.

Marked-up text is a tuple of `Piece`s (text, op), op one of `same`, `ins`, `del`, `mark`, so the
template prints them with autoescape and never sees article text as markup.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
from rapidfuzz import fuzz

from .groups import Grouping

Piece = tuple[str, str]
Pieces = list[Piece]
WORD = re.compile(r"\s*(?:\w+(?:['\u2019]\w+)*|[^\w\s])")


@dataclass(frozen=True, slots=True)
class Carrier:
    """One article that carries a wording: who it gives it to, as what, and where in its file."""

    source: str
    article_id: str
    article: str  # the article by its title, outlet and date
    speakers: tuple[str, ...]
    kinds: tuple[str, ...]
    where: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Wording:
    text: str
    carriers: tuple[Carrier, ...]


@dataclass(frozen=True, slots=True)
class WordingPair:
    """The longest wording beside another, marked word by word (`del` left, `ins` right)."""

    left: tuple[Piece, ...]
    right: tuple[Piece, ...]
    left_carriers: tuple[Carrier, ...]
    right_carriers: tuple[Carrier, ...]
    words: tuple[int, int]


@dataclass(frozen=True, slots=True)
class SharedStatement:
    """A statement found in more than one source: its longest wording and how the others differ."""

    sources: tuple[str, ...]
    speakers: tuple[str, ...]
    score: int
    identical: bool
    reference: Wording
    pairs: tuple[WordingPair, ...]
    first: str


def normalise_quote(text: str) -> str:
    """Case, quotation marks, punctuation and spacing folded away, for fuzzy matching."""
    text = text.casefold().replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(re.sub(r"[^\w' ]+", " ", text).split())


def shared_statements(quotes: pd.DataFrame, grouping: Grouping, *,
                      cutoff: float, min_words: int) -> list[SharedStatement]:
    """Statements found in more than one source, grouped, each wording with its sources and speakers.

    A statement repeated by two articles of one source is not listed: it says nothing about how
    the sources differ.

    Notes: quotes of at least `min_words` words are compared by rapidfuzz's partial_ratio (the best
    matching stretch of the longer text, 0-100) on case- and punctuation-folded text, and linked when
    the score reaches `cutoff`; linked quotes form one statement (connected components). Wordings are
    compared word by word with difflib (punctuation counts as a word, so a dropped comma shows).
    """
    # `.loc` with a bool mask: an empty object-typed mask would select columns (none) instead of rows.
    long_enough = quotes["text"].fillna("").map(lambda t: len(normalise_quote(t).split()) >= min_words)
    candidates = quotes.loc[long_enough.astype(bool)]
    if candidates["article_id"].map(grouping.group_of).nunique() < 2:
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
        if len({grouping.group_of[article_of[row]] for row in rows}) < 2:
            continue  # most quotes: said in one source only (and a frame per group is slow)
        group = candidates.loc[rows]
        members = {index[normalise_quote(t)] for t in group["text"]}
        best = max((s for (i, j), s in pair_score.items() if i in members and j in members), default=100.0)
        statements.append(_statement(group, grouping, best))
    statements.sort(key=lambda s: (-len(s.sources), s.first))
    return statements


QuoteRow = tuple[str, int, int, object, str, str]  # article_id, start, end, speaker, kind, text


def _statement(group: pd.DataFrame, grouping: Grouping, score: float) -> SharedStatement:
    # Plain Python over tuples: a statement repeated by hundreds of articles cost a pandas
    # operation per article, seconds per statement.
    by_article: dict[str, list[QuoteRow]] = {}
    for row in group[["article_id", "start", "end", "speaker", "kind", "text"]].itertuples(index=False, name=None):
        by_article.setdefault(row[0], []).append(row)
    versions: dict[str, tuple[str, list[Carrier]]] = {}
    for article_id in sorted(by_article):
        rows = _outermost(sorted(by_article[article_id], key=lambda r: r[1]))
        text = " … ".join(str(r[5]).strip() for r in rows)
        _, carriers = versions.setdefault(normalise_quote(text), (text, []))
        speakers = {str(r[3]).strip() for r in rows if isinstance(r[3], str) and r[3].strip()}
        carriers.append(Carrier(
            source=grouping.source_of(article_id), article_id=article_id,
            article=grouping.article_names[article_id],
            speakers=tuple(sorted(speakers) or ["unattributed"]),
            kinds=tuple(sorted({r[4] for r in rows})),
            where=tuple((int(r[1]), int(r[2])) for r in rows),
        ))
    ordered = [Wording(text, tuple(carriers))
               for text, carriers in sorted(versions.values(), key=lambda v: (-len(v[0]), v[0]))]
    reference = ordered[0]
    pairs = []
    for other in ordered[1:]:
        left, right = word_diff(reference.text, other.text)
        pairs.append(WordingPair(tuple(left), tuple(right), reference.carriers, other.carriers,
                                 (len(reference.text.split()), len(other.text.split()))))
    carriers = [c for wording in ordered for c in wording.carriers]
    return SharedStatement(
        sources=tuple(sorted({c.source for c in carriers})),
        speakers=tuple(sorted({s for c in carriers for s in c.speakers})),
        score=round(score),
        identical=len(ordered) == 1,
        reference=reference,
        pairs=tuple(pairs),
        first=min(c.article_id for c in carriers),
    )


def _outermost(rows: list[QuoteRow]) -> list[QuoteRow]:
    """Drop quotes that lie inside another one of the same article (a partial inside its indirect)."""
    spans = [(r[1], r[2]) for r in rows]
    return [r for r, (s, e) in zip(rows, spans) if not any(o != (s, e) and o[0] <= s and e <= o[1] for o in spans)]


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

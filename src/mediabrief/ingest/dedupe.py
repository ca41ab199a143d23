"""Duplicate articles: the same text under two names, or the same wire story in two outlets.

A duplicate within one outlet is set aside (it becomes a `Skipped` row) so that
nothing of that outlet is counted twice. The same story in two outlets stays in
both, since each outlet did run it, and is listed in `duplicates.csv`, so that
a total over the whole corpus can count it once.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

import numpy as np
import pandas as pd

from ..records import Article, Corpus, Skipped
from ..settings import Thresholds
from .textfile import shown_path

SHINGLE_WORDS = 5
BANDS, ROWS = 42, 3  # 126 hash functions; a pair with Jaccard 0.5 shares a band with p > 0.99
# A MinHash estimate of Jaccard from 126 hashes has a standard deviation of at most 0.045:
# a pair is checked exactly unless its estimate falls more than 3.3 of them below the least
# Jaccard that the containment threshold allows for its two sizes.
PREFILTER_SLACK = 0.15
AGREEMENT_SLICE = 8192  # pairs compared at once: two copies of 8192 signatures, 16 MB
SEED = 20230913
WORD = re.compile(r"\w+")


class DuplicateKind(str, Enum):
    EXACT = "exact"
    NEAR = "near"


@dataclass(frozen=True, slots=True)
class Duplicate:
    """`article_id` repeats `duplicate_of` (the first published, then the first by name).

    `similarity` is the share of the shorter article's word 5-grams found in the other.
    `set_aside` is True within one outlet: the article is then not analysed at all.
    """

    article_id: str
    outlet: str
    duplicate_of: str
    duplicate_of_outlet: str
    kind: DuplicateKind
    similarity: float
    set_aside: bool


def set_aside_duplicates(corpus: Corpus, *, keep: bool = False,
                         containment: float = Thresholds().duplicate_containment,
                         ) -> tuple[Corpus, tuple[Duplicate, ...]]:
    """The corpus without its same-outlet duplicates (now `Skipped`), and every duplicate found.

    With `keep`, every article stays and `set_aside` is False throughout.
    """
    duplicates = find_duplicates(corpus.articles, containment=containment)
    if keep:
        duplicates = [replace(d, set_aside=False) for d in duplicates]
    aside = {d.article_id: d for d in duplicates if d.set_aside}
    if not aside:
        return corpus, tuple(duplicates)
    kept = tuple(a for a in corpus.articles if a.article_id not in aside)
    skipped = [Skipped(_shown_path(a), _reason(aside[a.article_id])) for a in corpus.articles if a.article_id in aside]
    return replace(corpus, articles=kept, skipped=corpus.skipped + tuple(skipped)), tuple(duplicates)


def _shown_path(article: Article) -> Path:
    """The file, or `corpus.jsonl#4` for a record of a corpus file."""
    return shown_path(article.path, article.article_id)


def _reason(duplicate: Duplicate) -> str:
    if duplicate.kind is DuplicateKind.EXACT:
        return f"same text as {duplicate.duplicate_of} from the same outlet; counted once"
    return (f"near-duplicate of {duplicate.duplicate_of} from the same outlet "
            f"({duplicate.similarity:.0%} of the text in common); counted once")


def find_duplicates(articles: Sequence[Article], *,
                    containment: float = Thresholds().duplicate_containment) -> list[Duplicate]:
    """Exact and near-duplicate bodies, each article pointing at the first of its group.

    Notes: exact duplicates share the sequence of lower-cased words; near-duplicates
    are found by MinHash over word 5-gram shingles with LSH banding (Broder 1997;
    Leskovec et al., Mining of Massive Datasets, ch. 3), and confirmed when at least
    `containment` of the shorter article's shingles occur in the other.
    """
    rng = np.random.default_rng(SEED)
    top = np.iinfo(np.uint64).max
    a = rng.integers(0, top, BANDS * ROWS, dtype=np.uint64, endpoint=True) | np.uint64(1)
    b = rng.integers(0, top, BANDS * ROWS, dtype=np.uint64, endpoint=True)
    parent = list(range(len(articles)))
    exact_key: list[bytes] = []
    first_of: dict[bytes, int] = {}
    representatives: list[int] = []
    signatures: list[np.ndarray] = []
    sizes: list[int] = []
    for index, article in enumerate(articles):  # one article's words at a time: memory stays flat
        words = WORD.findall(article.body.lower())
        exact_key.append(hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=16).digest())
        first = first_of.setdefault(exact_key[-1], index)
        if first != index:
            _union(parent, first, index)
        elif words:
            representatives.append(index)
            own = _shingles(words)
            signatures.append(_signature(own, a, b))
            sizes.append(len(own))
    shingles: dict[int, np.ndarray] = {}  # only for the articles of candidate pairs
    candidates = _candidate_pairs(np.stack(signatures), np.array(sizes), containment) if len(signatures) > 1 else []
    for i, j in ((representatives[x], representatives[y]) for x, y in candidates):
        similarity = _containment(_shingles_of(articles, shingles, i), _shingles_of(articles, shingles, j))
        if similarity >= containment:
            _union(parent, i, j)
    return _report(articles, parent, exact_key, shingles)


def _report(articles: Sequence[Article], parent: list[int], exact_key: list[bytes],
            shingles: dict[int, np.ndarray]) -> list[Duplicate]:
    groups: dict[int, list[int]] = {}
    for index in range(len(articles)):
        groups.setdefault(_find(parent, index), []).append(index)
    duplicates = []
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: (articles[i].published is None, articles[i].published or "", articles[i].article_id))
        first = members[0]
        for other in members[1:]:
            exact = exact_key[other] == exact_key[first]
            similarity = 1.0 if exact else _containment(_shingles_of(articles, shingles, other),
                                                        _shingles_of(articles, shingles, first))
            a, b = articles[other], articles[first]
            duplicates.append(Duplicate(
                a.article_id, a.outlet, b.article_id, b.outlet,
                DuplicateKind.EXACT if exact else DuplicateKind.NEAR, round(similarity, 3), a.outlet == b.outlet,
            ))
    return sorted(duplicates, key=lambda d: d.article_id)


def _shingles_of(articles: Sequence[Article], known: dict[int, np.ndarray], index: int) -> np.ndarray:
    if index not in known:
        known[index] = _shingles(WORD.findall(articles[index].body.lower()))
    return known[index]


def _shingles(words: list[str]) -> np.ndarray:
    """Sorted unique 64-bit hashes of the word 5-grams (the whole text when shorter)."""
    if not words:
        return np.empty(0, np.uint64)
    # pandas hashes a whole array in C with a fixed key: the same word gets the same id in every run.
    ids = pd.util.hash_array(np.asarray(words, dtype=object), categorize=False)
    width = min(SHINGLE_WORDS, len(ids))
    count = len(ids) - width + 1
    hashes = np.zeros(count, dtype=np.uint64)
    multiplier = np.uint64(1_000_003)
    with np.errstate(over="ignore"):
        for offset in range(width):
            hashes = hashes * multiplier + ids[offset:offset + count]
    hashes.sort()
    return hashes[np.concatenate(([True], hashes[1:] != hashes[:-1]))]


def _signature(shingles: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The MinHash signature under the hashes x -> (a*x + b) mod 2**64, one per (a, b).

    Multiply-add in 64-bit words (Dietzfelbinger's multiply-shift family, the shift left out
    since it does not change which shingle is smallest): numpy's unsigned integers wrap,
    so there is no division, and the table is built in place, one row per hash.
    """
    values = np.multiply.outer(a, shingles)
    values += b[:, None]
    return values.min(axis=1)


def _candidate_pairs(signatures: np.ndarray, sizes: np.ndarray, containment: float) -> list[tuple[int, int]]:
    """Rows (i < j) that share a band of their MinHash signatures and whose agreement,
    the estimate of their Jaccard similarity, leaves containment >= 0.8 possible."""
    pairs = np.unique(np.concatenate([_band_pairs(signatures[:, band * ROWS:(band + 1) * ROWS])
                                      for band in range(BANDS)]))
    if not len(pairs):
        return []
    first, second = np.divmod(pairs, len(signatures))
    agreement = np.concatenate([  # in slices: the gathered rows of a slice are copies
        (signatures[first[n:n + AGREEMENT_SLICE]] == signatures[second[n:n + AGREEMENT_SLICE]]).mean(axis=1)
        for n in range(0, len(first), AGREEMENT_SLICE)
    ])
    keep = agreement >= least_jaccard(sizes[first], sizes[second], containment) - PREFILTER_SLACK
    return list(zip(first[keep].tolist(), second[keep].tolist()))


def least_jaccard(first: np.ndarray, second: np.ndarray, containment: float) -> np.ndarray:
    """The smallest Jaccard similarity of two shingle sets of these sizes when the smaller
    has `containment` of its shingles in the larger: c*r / ((1 - c)*r + 1), r = small/large."""
    ratio = np.minimum(first, second) / np.maximum(first, second)
    return containment * ratio / ((1 - containment) * ratio + 1)


def _band_pairs(band: np.ndarray) -> np.ndarray:
    """Every pair of rows with equal values in this band, as i * rows + j with i < j.

    Sorted by value, equal rows are neighbours: rows d apart are in one bucket exactly
    when the values d apart are equal, so pairs are found for d = 1, 2, ... until none are.
    """
    order = np.lexsort(band.T[::-1])
    ordered = band[order]
    found = []
    for distance in range(1, len(order)):
        same = (ordered[:-distance] == ordered[distance:]).all(axis=1)
        if not same.any():
            break
        low, high = order[:-distance][same], order[distance:][same]
        found.append(np.minimum(low, high) * len(order) + np.maximum(low, high))
    return np.concatenate(found) if found else np.empty(0, np.int64)


def _containment(first: np.ndarray, second: np.ndarray) -> float:
    smaller = min(len(first), len(second))
    if smaller == 0:
        return 0.0
    return len(np.intersect1d(first, second, assume_unique=True)) / smaller


def _find(parent: list[int], index: int) -> int:
    while parent[index] != index:
        parent[index] = parent[parent[index]]
        index = parent[index]
    return index


def _union(parent: list[int], first: int, second: int) -> None:
    a, b = _find(parent, first), _find(parent, second)
    if a != b:
        parent[max(a, b)] = min(a, b)

"""What each source says that the others do not: distinctive words by log-odds with an informative prior.

Words come from the article bodies (boilerplate already set aside) by a plain regex tokenizer,
lower-cased; spaCy's English stop words, numbers and words under three letters are dropped, and so
are the names of actors (every alias the actor table records, as a phrase), because who is named is
compared in the Actors section and a surname would otherwise top every list.
"""

from __future__ import annotations

import importlib.util
import math
import re
import runpy
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

TOKEN = re.compile(r"[a-z][a-z'\-]*[a-z]")
MIN_LENGTH = 3
MIN_COUNT = 2


@dataclass(frozen=True, slots=True)
class DistinctiveTerm:
    """A word one source uses more than the others: its count there and elsewhere, its z-score and rank."""

    group: str
    source: str
    term: str
    count: int
    others: int
    z: float
    rank: int


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from its word-list file.

    Importing `spacy.lang.en` would import all of spaCy (about a second); a report from a warm
    cache needs no parsing, so the list is read on its own.
    """
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("spaCy is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / "en" / "stop_words.py"
    return frozenset(runpy.run_path(str(path))["STOP_WORDS"])


def tokenize(text: str, *, names: re.Pattern[str] | None = None) -> list[str]:
    """Content words of `text`, lower-cased, without stop words, numbers, possessives or names."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    if names is not None:
        text = names.sub(" ", text)
    words = []
    stopped = stop_words()
    for token in TOKEN.findall(text.lower()):
        # A token ends with a letter (TOKEN), so the possessive is the one ending to drop.
        token = (token[:-2] if token.endswith("'s") else token).strip("-'")
        if len(token) >= MIN_LENGTH and token not in stopped and token.split("'")[0] not in stopped:
            words.append(token)
    return words


def name_pattern(aliases: Iterable[str]) -> re.Pattern[str] | None:
    """One case-sensitive regex for every alias, the longest that fits first, matched on word boundaries.

    Notes: the aliases are folded into a trie (`Kim Jong Un|Kim Jong-un` -> `Kim Jong(?: Un|-un)`),
    so a position is tried against one path of characters, not against every alias in turn: a
    thousand articles name thousands of aliases, and a flat alternation took a second to apply.
    """
    forms = {a.strip() for a in aliases if a and len(a.strip()) > 1}
    if not forms:
        return None
    trie: dict = {}
    for form in forms:
        node = trie
        for character in form:
            node = node.setdefault(character, {})
        node[""] = {}
    return re.compile(r"(?<![\w])" + _trie_regex(trie) + r"(?:['\u2019]s)?(?![\w])")


def _trie_regex(node: dict) -> str:
    """The alternatives below `node`, deeper ones first (the empty one, an alias ending here, last)."""
    branches = []
    for character in sorted(c for c in node if c):
        child, chain = node[character], re.escape(character)
        while len(child) == 1 and "" not in child:  # a run with no choice in it needs no group
            (character, child), = child.items()
            chain += re.escape(character)
        branches.append(chain + _trie_regex(child))
    if "" in node:
        branches.append("")
    if branches == [""]:
        return ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def actor_aliases(actors: pd.DataFrame) -> set[str]:
    """Every form of every actor name the actor table records (canonical names and `|`-joined aliases)."""
    forms = set(actors["actor"].dropna().astype(str))
    for aliases in actors["aliases"].dropna().astype(str):
        forms.update(aliases.split("|"))
    return forms


def term_counts(bodies: Mapping[str, str], actors: pd.DataFrame,
                group_of: Mapping[str, str] | None = None) -> dict[str, Counter[str]]:
    """`source -> Counter of content words` over the bodies of its articles (`group_of`: article ->
    source; None: each article is its own source)."""
    names = name_pattern(actor_aliases(actors)) if not actors.empty else None
    counts: dict[str, Counter[str]] = {}
    for article_id, body in bodies.items():
        counts.setdefault(group_of[article_id] if group_of else article_id, Counter()).update(
            tokenize(body, names=names))
    return counts


def log_odds(counts: Mapping[str, Counter[str]], *, prior_scale: float = 1.0) -> pd.DataFrame:
    """z-scored log-odds ratio of every word, each source against all the others together.

    Notes: log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
    "Fightin' Words", eq. 16-22); the prior is the whole corpus's word frequencies times
    `prior_scale`, so rare words are shrunk towards the corpus rate instead of topping the list.
    """
    corpus: Counter[str] = Counter()
    for counter in counts.values():
        corpus.update(counter)
    total = sum(corpus.values())
    rows = []
    if not total or len(counts) < 2:
        return pd.DataFrame(rows, columns=["group", "term", "count", "others", "z"])
    alpha_total = total * prior_scale
    for group, counter in counts.items():
        n_here = sum(counter.values())
        n_other = total - n_here
        for term, here in counter.items():
            alpha = corpus[term] * prior_scale
            other = corpus[term] - here
            delta = (math.log((here + alpha) / (n_here + alpha_total - here - alpha))
                     - math.log((other + alpha) / (n_other + alpha_total - other - alpha)))
            variance = 1.0 / (here + alpha) + 1.0 / (other + alpha)
            rows.append({"group": group, "term": term, "count": here, "others": other,
                         "z": delta / math.sqrt(variance)})
    return pd.DataFrame(rows, columns=["group", "term", "count", "others", "z"])


def distinctive_terms(scores: pd.DataFrame, labels: Mapping[str, str], *,
                      per_source: int = 8) -> list[DistinctiveTerm]:
    """The `per_source` words with the highest z in each source (used at least twice there, z > 0),
    in the order of `labels`, then by rank."""
    if scores.empty:
        return []
    kept = scores[(scores["count"] >= MIN_COUNT) & (scores["z"] > 0)]
    kept = kept.sort_values(["group", "z", "term"], ascending=[True, False, True], kind="stable")
    ranked: dict[str, list[DistinctiveTerm]] = {}
    for group, term, count, others, z in kept[["group", "term", "count", "others", "z"]].itertuples(
            index=False, name=None):
        own = ranked.setdefault(group, [])
        if len(own) < per_source:
            own.append(DistinctiveTerm(group, labels.get(group, group), term, int(count), int(others),
                                       round(float(z), 3), len(own) + 1))
    return [term for group in labels for term in ranked.get(group, ())]

"""Gold + prediction tables -> Scores: one small pure function per metric of tests/data/EVAL-README.md.

Only articles named in the gold are scored; predictions for other files are ignored, and a
gold article the tool did not analyse simply has no predictions (its items count as missed).
A metric the gold does not annotate is None ("n/a"), never 0 or 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import pandas as pd

from ..tables.build import ACTOR_COLUMNS, DATE_COLUMNS, QUOTE_COLUMNS
from .figures import F1, Ratio, Scores, TableSet, Tally
from .gold import Gold, GoldArticle, GoldDate, GoldQuote
from .misses import Outcome, tally_misses
from .matching import (
    dates_match, name_words, national_form, normalise_speaker, normalise_speaker_words, normalise_text, quote_matches,
    speaker_words,
)


@dataclass(frozen=True, slots=True)
class PredictedQuote:
    text: str  # normalised
    speaker: str | None  # as predicted


@dataclass(frozen=True, slots=True)
class ArticleQuotes:
    """One article's gold and predicted quotes, and for each gold quote the predictions matching it."""

    gold: tuple[GoldQuote, ...]
    predicted: tuple[PredictedQuote, ...]
    links: tuple[frozenset[int], ...]


def annotated_metrics(gold: Gold) -> frozenset[str]:
    """The metrics this gold set can judge; the others are reported as n/a."""
    quotes = [q for a in gold.articles for q in a.quotes]
    found = set()
    if quotes:
        found |= {"quote_recall", "quote_precision", "speaker_f1"}
    if any(speaker_is_scored(q) for q in quotes):
        found |= {"attribution_accuracy", "attributed_quote_recall"}
    if any(a.people for a in gold.articles):
        found.add("people_f1")
    if gold.must_not_merge:
        found.add("must_not_merge_violations")
    if gold.authors:
        found.add("authors_quoted")
    if any(a.dates for a in gold.articles):
        found |= {"date_recall", "date_value_accuracy", "date_precision"}
    return frozenset(found)


def score_tables(gold: Gold, tables: TableSet) -> Scores:
    """Score the `quotes`, `actors` and `dates` DataFrames of `tables` (e.g. Tables) against the gold.

    Notes: pure (no NLP); every metric is micro-averaged: counts are summed over the gold articles.
    """
    actors = _rows_of_gold(gold, tables.actors, ACTOR_COLUMNS)
    dates = [_article_dates(a, _rows_of_gold(gold, tables.dates, DATE_COLUMNS)) for a in gold.articles]
    figures = {
        "people_f1": people_f1(gold, actors),
        "must_not_merge_violations": must_not_merge_violations(gold.must_not_merge, actors),
        "date_recall": date_recall(dates),
        "date_value_accuracy": date_value_accuracy(dates),
        "date_precision": date_precision(dates),
    }
    annotated = annotated_metrics(gold)
    scores = score_quote_table(gold, tables.quotes)
    return replace(scores, **{key: figure for key, figure in figures.items() if key in annotated})


def score_quote_table(gold: Gold, quotes: pd.DataFrame) -> Scores:
    """The quote metrics only (what a quote-only baseline can be judged on); the rest stay None."""
    quotes = _rows_of_gold(gold, quotes, QUOTE_COLUMNS)
    articles = [link_quotes(a.quotes, _predicted_quotes(quotes, a.file)) for a in gold.articles]
    figures = {
        "quote_recall": quote_recall(articles),
        "quote_precision": quote_precision(articles),
        "attribution_accuracy": attribution_accuracy(articles),
        "attributed_quote_recall": attributed_quote_recall(articles),
        "speaker_f1": speaker_f1(articles),
        "authors_quoted": authors_quoted(gold.authors, quotes),
    }
    annotated = annotated_metrics(gold)
    misses = tally_misses(attribution_outcomes([a.file for a in gold.articles], articles))
    scored = {key: figure for key, figure in figures.items() if key in annotated}
    return Scores(**scored, misses=misses if "attribution_accuracy" in annotated else ())


# --- quotes -------------------------------------------------------------------------------------


def link_quotes(gold: Sequence[GoldQuote], predicted: Sequence[PredictedQuote]) -> ArticleQuotes:
    """Match every gold quote of one article against every prediction (no one-to-one constraint)."""
    links = []
    for quote in gold:
        match = normalise_text(quote.match)
        links.append(frozenset(i for i, p in enumerate(predicted) if quote_matches(match, p.text)))
    return ArticleQuotes(tuple(gold), tuple(predicted), tuple(links))


def quote_recall(articles: Iterable[ArticleQuotes]) -> Ratio:
    """Non-optional gold quotes matched / non-optional gold quotes.

    Notes: micro-averaged; an optional quote is never missed.
    """
    pairs = [(q, link) for a in articles for q, link in zip(a.gold, a.links) if not q.optional]
    return Ratio(sum(1 for _, link in pairs if link), len(pairs))


def quote_precision(articles: Iterable[ArticleQuotes]) -> Ratio:
    """Predicted quotes matching any gold quote (optional ones too) / predicted quotes.

    Notes: micro-averaged over articles.
    """
    hits = total = 0
    for article in articles:
        hits += len(set().union(*article.links))
        total += len(article.predicted)
    return Ratio(hits, total)


def attribution_accuracy(articles: Iterable[ArticleQuotes]) -> Ratio:
    """Matched, scored gold quotes with a right speaker / matched, scored gold quotes.

    Notes: micro-averaged; a gold quote matched by several predictions is right when any of
    them names a right speaker; matched optional quotes are included, as the README words it.
    """
    judged = [_rightly_attributed(a, i) for a in articles for i, q in enumerate(a.gold)
              if a.links[i] and speaker_is_scored(q)]
    return Ratio(sum(judged), len(judged))


def attributed_quote_recall(articles: Iterable[ArticleQuotes]) -> Ratio:
    """Matched and rightly attributed / scored non-optional gold quotes.

    Notes: micro-averaged; quotes whose speaker cannot be scored are left out of both counts.
    """
    judged = [_rightly_attributed(a, i) for a in articles for i, q in enumerate(a.gold)
              if not q.optional and speaker_is_scored(q)]
    return Ratio(sum(judged), len(judged))


def attribution_outcomes(files: Sequence[str], articles: Sequence[ArticleQuotes]) -> list[Outcome]:
    """What became of each scored, non-optional gold quote: found or not, and whose it was made."""
    outcomes = []
    for file, article in zip(files, articles):
        for index, quote in enumerate(article.gold):
            if quote.optional or not speaker_is_scored(quote):
                continue
            speakers = [article.predicted[i].speaker for i in sorted(article.links[index])]
            right = _rightly_attributed(article, index)
            shown = next((s for s in speakers if speaker_is_right(quote, s)), None) if right else None
            shown = shown or next((s for s in speakers if s), None)
            outcomes.append(Outcome(file, quote, bool(speakers), shown, right))
    return outcomes


def _rightly_attributed(article: ArticleQuotes, index: int) -> bool:
    quote = article.gold[index]
    return any(speaker_is_right(quote, article.predicted[i].speaker) for i in article.links[index])


def speaker_is_scored(quote: GoldQuote) -> bool:
    """Can this gold quote's attribution be judged? Not without a speaker; a loose speaker
    only when it holds a proper name ('Mr. Clarke' yes, 'the source' no)."""
    if quote.speaker is None:
        return False
    return bool(_loose_names(quote)) if quote.speaker_loose else True


def speaker_is_right(quote: GoldQuote, predicted: str | None) -> bool:
    """Strict: the normalised prediction equals the gold speaker or an alias.
    Loose: the prediction shares a proper-name word with the gold speaker."""
    if not predicted or quote.speaker is None:
        return False
    if quote.speaker_loose:
        return bool(_loose_names(quote) & speaker_words(predicted))
    key = normalise_speaker(predicted)
    return bool(key) and (key in _speaker_keys(quote) or _fuller_form_of_bare_name(quote.speaker, predicted))


def _fuller_form_of_bare_name(gold: str, predicted: str) -> bool:
    """A gold speaker of one name, where its article gives no more (`Obama`), is met by the corpus's
    full form of it (`Barack Obama`): the tool names one person alike in every outlet's table."""
    gold_words = normalise_speaker_words(gold)
    predicted_words = normalise_speaker_words(predicted)
    # (names only: not `lawyers` against `Yesterday lawyers`, a description's head as a reader wrote it)
    named = gold.strip()[:1].isupper() and all(word[:1].isupper() for word in predicted.split())
    return named and len(gold_words) == 1 and len(predicted_words) > 1 and predicted_words[-1] == gold_words[0]


def speaker_f1(articles: Iterable[ArticleQuotes]) -> F1:
    """Per article, the set of predicted speakers against the set of speakers of non-optional
    gold quotes; a prediction naming only an optional quote's speaker is neither hit nor error.

    Notes: micro-averaged: hits and sizes are summed over articles before P, R and F1.
    Loose gold speakers without a proper name are left out; those sharing a name word count once.
    """
    total = F1(0, 0, 0, 0)
    for article in articles:
        total += _article_speaker_f1(article)
    return total


def _article_speaker_f1(article: ArticleQuotes) -> F1:
    scored = [q for q in article.gold if speaker_is_scored(q)]
    required = _speaker_entities([q for q in scored if not q.optional])
    optional = [q for q in scored if q.optional]
    predicted = {normalise_speaker(p.speaker): p.speaker for p in article.predicted if p.speaker}
    predicted.pop("", None)
    hits = counted = 0
    found: set[int] = set()
    for name in predicted.values():
        entities = {i for i, quotes in enumerate(required) if any(speaker_is_right(q, name) for q in quotes)}
        if entities:
            hits, counted = hits + 1, counted + 1
            found |= entities
        elif not any(speaker_is_right(q, name) for q in optional):
            counted += 1
    return F1(hits, counted, len(found), len(required))


def _speaker_entities(quotes: Sequence[GoldQuote]) -> list[list[GoldQuote]]:
    """Group gold quotes by speaker: strict ones by normalised name; loose ones that share a
    name word are one speaker ('Trump', 'Donald Trump', 'Mr. Trump'), so one hit is not several."""
    groups: dict[str, list[GoldQuote]] = {}
    loose: list[tuple[set[str], list[GoldQuote]]] = []
    for quote in quotes:
        if not quote.speaker_loose:
            groups.setdefault(normalise_speaker(quote.speaker), []).append(quote)
            continue
        words, members = set(_loose_names(quote)), [quote]
        for group in [g for g in loose if g[0] & words]:
            loose.remove(group)
            words |= group[0]
            members += group[1]
        loose.append((words, members))
    return list(groups.values()) + [members for _, members in loose]


def _speaker_keys(quote: GoldQuote) -> frozenset[str]:
    names = [variant for n in (quote.speaker, *quote.aliases) for variant in (n, national_form(n))]
    return frozenset(normalise_speaker(n) for n in names) - {""}


def _loose_names(quote: GoldQuote) -> frozenset[str]:
    return frozenset().union(*(name_words(n) for n in (quote.speaker, *quote.aliases)))


def authors_quoted(authors: Sequence[str], quotes: pd.DataFrame) -> Tally:
    """Predicted quotes whose speaker, normalised as a speaker, is one of the gold's authors."""
    keys = {normalise_speaker(a) for a in authors} - {""}
    return Tally(tuple(
        f"{row.article_id}: {row.speaker}"
        for row in quotes.itertuples(index=False)
        if normalise_speaker(_text(row.speaker)) in keys
    ))


# --- people -------------------------------------------------------------------------------------


def people_f1(gold: Gold, actors: pd.DataFrame) -> F1:
    """Per article, predicted PERSON actors (canonical names) against the gold people.

    Notes: micro-averaged; names compared as speakers; a gold alias is a hit; authors are
    neither hit nor error; an optional person is never missed, and naming one is no error.
    """
    authors = {normalise_speaker(a) for a in gold.authors}
    persons = actors[actors["type"] == "person"]
    total = F1(0, 0, 0, 0)
    for article in gold.articles:
        names = {normalise_speaker(_text(n)) for n in persons.loc[persons["article_id"] == article.file, "actor"]}
        total += _article_people_f1(article, names - authors - {""}, authors)
    return total


def _article_people_f1(article: GoldArticle, predicted: set[str], authors: set[str]) -> F1:
    people = [p for p in article.people if normalise_speaker(p.name) not in authors]
    keys = [frozenset(normalise_speaker(n) for n in (p.name, *p.aliases)) for p in people]
    required = [k for p, k in zip(people, keys) if not p.optional]
    optional = frozenset().union(*(k for p, k in zip(people, keys) if p.optional))
    hits = sum(1 for name in predicted if any(name in k for k in required))
    neutral = sum(1 for name in predicted if name in optional and not any(name in k for k in required))
    found = sum(1 for k in required if k & predicted)
    return F1(hits, len(predicted) - neutral, found, len(required))


def must_not_merge_violations(pairs: Sequence[tuple[str, str]], actors: pd.DataFrame) -> Tally:
    """Pairs of different people that one predicted canonical actor (in any article) holds both of,
    among its canonical name and its |-joined aliases.

    Notes: names compared as speakers; each pair is reported once, with the first actor holding it.
    """
    holders = [(row.article_id, _text(row.actor), _actor_names(row.actor, row.aliases))
               for row in actors.itertuples(index=False)]
    found = []
    for a, b in pairs:
        key_a, key_b = normalise_speaker(a), normalise_speaker(b)
        holder = next(((art, actor) for art, actor, names in holders if key_a in names and key_b in names), None)
        if holder is not None:
            found.append(f"{a} + {b} (as '{holder[1]}' in {holder[0]})")
    return Tally(tuple(found))


def _actor_names(actor: object, aliases: object) -> frozenset[str]:
    names = [_text(actor) or "", *(_text(aliases) or "").split("|")]
    return frozenset(normalise_speaker(n) for n in names) - {""}


# --- dates --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArticleDates:
    """One article's gold dates and predicted (normalised text, value) pairs of kind 'date'."""

    gold: tuple[GoldDate, ...]
    predicted: tuple[tuple[str, str], ...]


def date_recall(articles: Iterable[ArticleDates]) -> Ratio:
    """Non-optional gold dates with a predicted date containing, or contained in, their text / them.

    Notes: micro-averaged; optional dates (captions, datelines) are never missed.
    """
    judged = [any(dates_match(normalise_text(d.text), text) for text, _ in a.predicted)
              for a in articles for d in a.gold if not d.optional]
    return Ratio(sum(judged), len(judged))


def date_value_accuracy(articles: Iterable[ArticleDates]) -> Ratio:
    """Non-optional gold dates with a matching prediction whose value is an acceptable value / them.

    Notes: micro-averaged; values compared as exact strings.
    """
    judged = [any(dates_match(normalise_text(d.text), text) and value in d.values for text, value in a.predicted)
              for a in articles for d in a.gold if not d.optional]
    return Ratio(sum(judged), len(judged))


def date_precision(articles: Iterable[ArticleDates]) -> Ratio:
    """Predicted dates matching some gold date (optional ones too) / predicted dates.

    Notes: micro-averaged; "matching" is the recall relation (either text contains the other), so
    a prediction that finds a gold date is never counted as an error.
    """
    hits = total = 0
    for article in articles:
        golds = [normalise_text(d.text) for d in article.gold]
        hits += sum(1 for text, _ in article.predicted if any(dates_match(g, text) for g in golds))
        total += len(article.predicted)
    return Ratio(hits, total)


def _article_dates(article: GoldArticle, dates: pd.DataFrame) -> ArticleDates:
    rows = dates[(dates["article_id"] == article.file) & (dates["kind"] == "date")]
    predicted = tuple((normalise_text(_text(t)), (_text(v) or "").strip()) for t, v in zip(rows["text"], rows["value"]))
    return ArticleDates(article.dates, predicted)


# --- helpers ------------------------------------------------------------------------------------


def _rows_of_gold(gold: Gold, frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """Only the rows of articles the gold annotates, with every declared column (missing ones
    empty, so a hand-made frame needs only the columns a test is about)."""
    frame = frame.reindex(columns=list(columns))
    return frame[frame["article_id"].isin({a.file for a in gold.articles})]


def _predicted_quotes(quotes: pd.DataFrame, file: str) -> list[PredictedQuote]:
    rows = quotes[quotes["article_id"] == file]
    return [PredictedQuote(normalise_text(_text(t)), _text(s)) for t, s in zip(rows["text"], rows["speaker"])]


def _text(value: object) -> str | None:
    """A DataFrame cell as text: NaN and None (missing values) become None."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return str(value)

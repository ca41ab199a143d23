"""Article -> ArticleAnalysis: one spaCy pass per article, then every extractor over its Doc.

In-process; `engine` spreads the same work over processes or a Dask cluster.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from .actors import extract_actors
from .counts import count_text
from .dates import extract_dates
from .layout import doc_text, forget_tokens, index_sentences, keep_text
from .markup import blank_markup, embedded_posts
from .parsing import (
    blank_nicknames, blank_stock_codes, blank_traps, parse_texts, plain_archive_marks, straight_apostrophes,
)
from .quotemarks import double_marks_for_single, find_quoted_spans
from .quotes import extract_quotes
from ..records import ActorMention, Article, ArticleAnalysis, DateMention, Quote

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def iter_analyses(
    articles: Iterable[Article], nlp: Language, *, batch_size: int = 16, n_process: int = 1
) -> Iterator[ArticleAnalysis]:
    """One analysis per article, in order, holding only the current batch of Docs."""
    pairs = parse_texts(_parse_texts(articles), nlp, batch_size=batch_size, n_process=n_process)
    for doc, (text, article) in pairs:
        keep_text(doc, text)
        yield analyze_doc(doc, article)


def _parse_texts(articles: Iterable[Article]) -> Iterator[tuple[str, tuple[str, Article]]]:
    """The text spaCy parses for each article, with the article and the text again (spaCy's `doc.text`
    is that text, and the extractors are given it rather than have spaCy join it from the tokens)."""
    for article in articles:
        # Tags left in the text (`<tweet id="…">`), runs that trap the tokenizer, stock codes and nicknames
        # inside names are blanked, not removed, and archive and single quotation marks and apostrophes made plain, so offsets hold.
        text = plain_archive_marks(blank_stock_codes(blank_traps(blank_markup(article.body))))
        text = straight_apostrophes(double_marks_for_single(blank_nicknames(text)))
        yield text, (text, article)


def analyze_doc(doc: Doc, article: Article) -> ArticleAnalysis:
    """All extractors over one Doc; offsets are moved from the body to the article file."""
    index_sentences(doc)
    spans = find_quoted_spans(doc_text(doc))  # the actors' nicknames and the quotes both need them
    actors = tuple(extract_actors(doc, author=article.author, spans=spans))
    posts = embedded_posts(article.body)
    quotes = tuple(extract_quotes(doc, actors=actors, author=article.author, posts=posts, spans=spans))
    dates = tuple(extract_dates(doc, published=article.published, anchor=article.published_source))
    counts = count_text(doc)
    forget_tokens(doc)
    strings: dict[str, str] = {}
    return ArticleAnalysis(
        article=article,
        counts=counts,
        quotes=tuple(_to_file(article, quotes, strings)),
        actors=tuple(_to_file(article, actors, strings)),
        dates=tuple(_to_file(article, dates, strings)),
    )


# Names and values repeat across an article's records (an actor's name in each of its mentions
# and as a quote's speaker). Each spaCy span gives a new string; making equal ones one object
# lets a worker pickle each once and the parent hold each once, a fifth of a corpus's records.
SHARED_FIELDS: dict[type, tuple[str, ...]] = {
    ActorMention: ("actor", "text"),
    Quote: ("speaker", "speaker_role", "cue"),
    DateMention: ("text", "value", "event"),
}


def _to_file(article: Article, records: Iterable[Quote | ActorMention | DateMention],
             strings: dict[str, str]) -> Iterator:
    """The records with offsets moved from the body to the file, and equal strings made one."""
    file_offset = article.file_offset
    for record in records:
        start = file_offset(record.start)
        end = file_offset(record.end - 1) + 1 if record.end > record.start else start
        shared = {name: strings.setdefault(value, value) for name in SHARED_FIELDS[type(record)]
                  if isinstance(value := getattr(record, name), str)}
        yield replace(record, start=start, end=end, **shared)

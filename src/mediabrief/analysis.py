"""Article -> ArticleAnalysis: one spaCy pass per article, then every extractor over its Doc."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .extract.actors import extract_actors
from .extract.counts import count_text
from .extract.dates import extract_dates
from .extract.quotes import extract_quotes
from .records import ActorMention, Article, ArticleAnalysis, DateMention, Quote

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ProgressCallback = Callable[[Article], None]


@dataclass(frozen=True, slots=True)
class AnalysisOptions:
    batch_size: int = 16
    n_process: int = 1


def analyze_articles(
    articles: Sequence[Article],
    nlp: Language,
    *,
    options: AnalysisOptions = AnalysisOptions(),
    on_done: ProgressCallback | None = None,
) -> list[ArticleAnalysis]:
    """Run the pipeline once over every body (streaming, `nlp.pipe`) and extract all records.

    In-process only; `engines` spreads the same work over processes or a Dask cluster.
    """
    results = []
    for analysis in iter_analyses(articles, nlp, batch_size=options.batch_size, n_process=options.n_process):
        results.append(analysis)
        if on_done is not None:
            on_done(analysis.article)
    return results


def iter_analyses(
    articles: Iterable[Article], nlp: Language, *, batch_size: int = 16, n_process: int = 1
) -> Iterator[ArticleAnalysis]:
    """One analysis per article, in order, holding only the current batch of Docs."""
    pairs = nlp.pipe(
        ((article.body, article) for article in articles),
        as_tuples=True,
        batch_size=batch_size,
        n_process=n_process,
    )
    for doc, article in pairs:
        yield analyze_doc(doc, article)


def analyze_doc(doc: Doc, article: Article) -> ArticleAnalysis:
    """All extractors over one Doc; offsets are moved from the body to the article file."""
    actors = tuple(extract_actors(doc, author=article.author))
    quotes = tuple(extract_quotes(doc, actors=actors, author=article.author))
    dates = tuple(extract_dates(doc, published=article.published, anchor=article.published_source))
    return ArticleAnalysis(
        article=article,
        counts=count_text(doc),
        quotes=tuple(_to_file(article, quotes)),
        actors=tuple(_to_file(article, actors)),
        dates=tuple(_to_file(article, dates)),
    )


def _to_file(article: Article, records: Iterable[Quote | ActorMention | DateMention]) -> Iterator:
    for record in records:
        start = article.file_offset(record.start)
        end = article.file_offset(record.end - 1) + 1 if record.end > record.start else start
        yield replace(record, start=start, end=end)

"""The textacy baseline: textacy's rule-based direct quotations, as quote rows the scorer can judge.

textacy is an optional extra ('baselines'), imported only when a baseline is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..errors import InputError
from ..ingest.corpus import load_corpus
from ..engine.nlp import load_pipeline
from ..records import Article
from ..settings import Settings
from ..tables.build import QUOTE_COLUMNS

if TYPE_CHECKING:
    from spacy.tokens import Doc

BASELINES = ("textacy",)
MISSING_TEXTACY = "the textacy baseline needs the 'baselines' extra: make eval installs it"


@dataclass(frozen=True, slots=True)
class BaselineRun:
    """A baseline's quote table, and the articles it could not process (file: reason)."""

    name: str
    quotes: pd.DataFrame
    articles: int
    failures: tuple[str, ...] = ()

    def note(self) -> str:
        return f"{self.name} failed on {len(self.failures)} of {self.articles} articles"


def run_baseline(name: str, articles: Path, *, settings: Settings, files: Collection[str]) -> BaselineRun:
    """Run the named baseline over the articles under `articles` whose file name is in `files`.

    Raises InputError for an unknown baseline or when its package is not installed.
    """
    direct_quotations = check_baseline(name)
    corpus = [a for a in load_corpus([articles]).articles if a.article_id in files]
    nlp = load_pipeline(settings.model)
    docs = nlp.pipe(((a.body, a) for a in corpus), as_tuples=True, batch_size=settings.batch_size)
    rows, failures = textacy_quote_rows(docs, direct_quotations)
    return BaselineRun(name, pd.DataFrame(rows, columns=list(QUOTE_COLUMNS)), len(corpus), tuple(failures))


def check_baseline(name: str) -> Callable[[Doc], Iterable[object]]:
    """The baseline's extraction function; InputError, before any long run, when it cannot be had."""
    if name not in BASELINES:
        raise InputError(f"unknown baseline '{name}'; known: {', '.join(BASELINES)}")
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as error:
        raise InputError(MISSING_TEXTACY) from error
    return direct_quotations


def textacy_quote_rows(
    docs: Iterable[tuple[Doc, Article]], direct_quotations: Callable[[Doc], Iterable[object]]
) -> tuple[list[dict[str, object]], list[str]]:
    """Quote rows for every (Doc, Article); an article textacy raises on is listed, not fatal.

    Notes: textacy.extract.triples.direct_quotations (rules after Krestel et al. 2008); it bails
    out with ValueError on an odd number of quotation marks, costing the whole article.
    """
    rows: list[dict[str, object]] = []
    failures: list[str] = []
    for doc, article in docs:
        try:
            triples = list(direct_quotations(doc))
        except ValueError as error:
            failures.append(f"{article.article_id}: {error}")
            continue
        rows += list(_rows(article, triples))
    return rows, failures


def _rows(article: Article, triples: Iterable[object]) -> Iterator[dict[str, object]]:
    for speaker, _cue, content in triples:  # DQTriple(speaker tokens, cue tokens, content span)
        start = article.file_offset(content.start_char)
        end = article.file_offset(content.end_char - 1) + 1 if content.end_char > content.start_char else start
        yield {
            "article_id": article.article_id,
            "outlet": article.outlet,
            # Speaker tokens may be a noun with its compounds and conjuncts; keep the article's spacing.
            "speaker": "".join(t.text_with_ws for t in sorted(speaker, key=lambda t: t.i)).strip() or None,
            "speaker_type": None,
            "speaker_role": None,
            "speaker_gender": None,
            "kind": "direct",
            "text": content.text,
            "start": start,
            "end": end,
        }

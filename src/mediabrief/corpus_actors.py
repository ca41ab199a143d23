"""Actors across the corpus: one canonical name per actor in every article (records only, no NLP)."""

from __future__ import annotations

from collections.abc import Sequence

from .records import ArticleAnalysis


def resolve_corpus_actors(analyses: Sequence[ArticleAnalysis]) -> list[ArticleAnalysis]:
    """Placeholder: returns the analyses unchanged until the corpus-level merge lands."""
    return list(analyses)

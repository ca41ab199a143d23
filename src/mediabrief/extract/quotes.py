"""Quotes (placeholder)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from ..records import ActorMention, Quote


def extract_quotes(doc: Doc, *, actors: Sequence[ActorMention], author: str | None) -> Iterator[Quote]:
    return iter(())

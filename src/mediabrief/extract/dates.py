"""Date expressions -> DateMention (placeholder until the dates extractor lands)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..records import Anchor, DateMention


def extract_dates(doc: Doc, *, published: str | None, anchor: Anchor) -> Iterator[DateMention]:
    return iter(())

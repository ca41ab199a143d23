"""Named entities -> ActorMention (placeholder)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..records import ActorMention


def extract_actors(doc: Doc, *, author: str | None) -> Iterator[ActorMention]:
    return iter(())

"""Where the small model's people are wrong, and the article itself says so.

Notes: `en_core_web_sm` labels `Chancellor Olaf Scholz` a body, `Vassily Nebenzia, Russia's ambassador`
a place, and reads `President Obama Speech` in a title-case caption as a full name. Each repair here
rests on what the sentence says of the name (a title before it, a person's role beside it), never on
a list of names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span

from .lexicon import Lexicon
from ..names import name_parts, person_key

if TYPE_CHECKING:
    from .actors import EntityCandidate  # which imports this module


def relabelled(entity: Span, lexicon: Lexicon) -> Span:
    """The entity, as a person where its title or its role says it is one."""
    return _titled_person(entity, lexicon) if entity.label_ == "ORG" else _person_by_role(entity, lexicon)


def _titled_person(entity: Span, lexicon: Lexicon) -> Span:
    """`Chancellor Olaf Scholz`, which the small model labels ORG: a person's title and then two or
    three capitalised names is a person."""
    words = list(entity)
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    if entity.label_ != "ORG" or not 2 <= len(words) <= 3 or before is None or before.lower_.rstrip(".") not in lexicon.titles:
        return entity
    if before.is_title and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in lexicon.titles for t in words):
        return Span(entity.doc, entity.start, entity.end, label="PERSON")
    return entity


def _person_by_role(entity: Span, lexicon: Lexicon) -> Span:
    """`Vassily Nebenzia, Russia's ambassador to the United Nations,` which the small model labels a
    place: a name in apposition with a person's role is a person."""
    root = entity.root
    if entity.label_ not in ("GPE", "LOC", "NORP") or not 2 <= len(entity) <= 3:
        return entity
    roles = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    if any(r.pos_ == "NOUN" and r.lemma_.lower() in lexicon.person_heads for r in roles):
        return Span(entity.doc, entity.start, entity.end, label="PERSON")
    return entity


def without_common_noun_tails(candidates: list[EntityCandidate], lower_words: frozenset[str]) -> list[EntityCandidate]:
    """`President Obama Speech at …` in a title-case caption: a two-word "name" seen once, whose second
    word the article also writes as an ordinary lower-case word and never as a name alone, while the
    first is a name the article uses alone, is that first name. Otherwise every bare `Obama` would
    take `Obama Speech` as the full name it stands for."""
    forms = Counter(person_key(c.name) for c in candidates if c.label == "PERSON")
    singles = {name_parts(c.name)[0] for c in candidates if len(name_parts(c.name)) == 1}
    kept = []
    for candidate in candidates:
        parts = name_parts(candidate.name)
        words = candidate.name.split()
        if (candidate.label == "PERSON" and len(parts) == 2 and len(words) == 2 and forms[person_key(candidate.name)] == 1
                and words[1].lower() in lower_words and parts[0] in singles and parts[1] not in singles):
            candidate = replace(candidate, name=words[0], text=words[0], end=candidate.start + len(words[0]))
        kept.append(candidate)
    return kept

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


NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "da", "di", "du", "dos", "bin", "al", "la", "le", "ter"})
POSTING_WORDS = frozenset({"to", "at", "in", "for"})


def relabelled(entity: Span, lexicon: Lexicon) -> Span:
    """The entity, as a person where its title or its role says it is one."""
    if entity.label_ == "PERSON":
        return _with_surname_after_particle(entity)
    if entity.label_ == "ORG":
        return _name_after_posting(entity, lexicon) or _titled_person(entity, lexicon)
    return _person_by_role(entity, lexicon)


def _with_surname_after_particle(entity: Span) -> Span:
    """`Ursula von der` and then `Leyen` as a place: a person's name does not end on `der`. And
    `Injecting Clinton’s marital troubles …`: a sentence's opening gerund is no first name."""
    doc = entity.doc
    first = entity[0]
    possessive = entity[-1].tag_ == "POS" or entity.end < len(doc) and doc[entity.end].tag_ == "POS"
    if len(entity) > 1 and first.is_sent_start and first.lower_.endswith("ing") and possessive:
        return Span(doc, entity.start + 1, entity.end, label="PERSON")
    if entity[-1].lower_ not in NAME_PARTICLES or entity.end >= len(doc) or not doc[entity.end].is_title:
        return entity
    return Span(doc, entity.start, entity.end + 1, label="PERSON")


def _name_after_posting(entity: Span, lexicon: Lexicon) -> Span | None:
    """`Israeli Ambassador to the US Gilad Erdan`, which the small model reads as one body `US Gilad
    Erdan`: after a posting's `to (the)`, a country or body's short name and then two or three
    capitalised names, the names are a person."""
    doc = entity.doc
    start = entity.start + 1 if entity[0].lower_ == "the" else entity.start
    before = [t for t in doc[max(0, start - 2) : start] if t.lower_ != "the"]
    if not before or before[-1].lower_ not in POSTING_WORDS or not 3 <= entity.end - start <= 4:
        return None
    first, rest = doc[start], doc[start + 1 : entity.end]
    if first.pos_ != "PROPN" or (first.lower_ not in lexicon.aliases and first.lower_ not in lexicon.countries):
        return None
    if all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in lexicon.titles for t in rest):
        return Span(doc, start + 1, entity.end, label="PERSON")
    return None


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

"""Where the small model's entity holds a person's name and more, or a place or body read as a person:
the cuts and relabellings that rest on the words around the name (a possessive, a posting's place, an
acronym, a rank after the name, a list of places, a clause's subject after a comma).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import Lexicon

ROLE_PHRASE_HOPS = 3  # from a name up through its body's phrase to the role's `for`


def subject_after_comma(entity: Span) -> Span:
    """`Speaking at a protest in Paphos, Economidou said`, read as one body: the clause's subject starts
    after the comma."""
    commas = [t.i for t in entity if t.text == ","]
    root = entity.root
    if not commas or root.dep_ not in ("nsubj", "nsubjpass") or root.i < commas[-1] or commas[-1] + 1 >= entity.end:
        return entity
    return Span(entity.doc, commas[-1] + 1, entity.end, label=entity.label_)


def listed_among_places(entity: Span) -> bool:
    """`Melville, Westdene, Parktown West and Emmarentia`: a one-word name in a list of places and
    bodies, with no person in it, is one more place."""
    root = entity.root
    listed = [t for t in root.conjuncts if t.i != root.i]
    return (len(entity) == 1 and len(listed) >= 2
            and all(t.pos_ == "PROPN" and t.ent_type_ in ("", "GPE", "LOC", "FAC", "ORG") for t in listed))


def ranked_person(entity: Span, lexicon: Lexicon) -> bool:
    """`Declan Furlong SC`, read as a body: names and then a rank or honour that only follows a person's name."""
    last = entity[-1]
    return (len(entity) >= 3 and last.is_upper and last.lower_ in lexicon.titles and last.lower_ not in lexicon.role_types
            and all(t.pos_ == "PROPN" and t.is_title for t in entity[:-1]))


def after_acronym(entity: Span, lexicon: Lexicon) -> Span:
    """`Managing Director of NEA Hitendra Dev Shakya`, read as one name from the acronym on: a body's
    acronym is no part of a person's name of two or more words after it."""
    first = entity[0]
    if (len(entity) < 3 or not first.is_upper or not first.is_alpha or len(first) < 2
            or first.lower_ in lexicon.titles or not all(t.is_title for t in entity[1:])):
        return entity
    return Span(entity.doc, entity.start + 1, entity.end, label="PERSON")


def possessive_mark(token: Token) -> bool:
    """`'s`, however the model tagged it (`JI’s`, read as part of a name)."""
    return token.tag_ == "POS" or token.lower_ in ("'s", "\u2019s")


def after_possessive(entity: Span) -> Span:
    """`UCDA’s Fred Ruzinda`, read as one name: the person is who comes after the possessive."""
    owned = [t.i for t in entity[:-1] if possessive_mark(t)]
    return Span(entity.doc, owned[-1] + 1, entity.end, label="PERSON") if owned else entity


def after_posting_place(entity: Span, lexicon: Lexicon) -> Span:
    """`Labour TD for Longford-Westmeath Willie Penrose`, read as one name from the constituency on: after
    a role's `for` or `to`, a place (a country, or a hyphenated constituency) then a name of two words."""
    doc = entity.doc
    if len(entity) < 3 or entity.start < 2 or doc[entity.start - 1].lower_ not in ("for", "to"):
        return entity
    if doc[entity.start - 2].lower_.rstrip(".") not in lexicon.title_words:
        return entity
    place = entity[:-2]
    hyphenated = len(place) > 1 and all(t.text == "-" or not t.whitespace_ or t.i == place.end - 1 for t in place)
    if hyphenated and any(t.text == "-" for t in place) or place.text.lower() in lexicon.countries:
        return Span(doc, entity.end - 2, entity.end, label="PERSON")
    return entity


def ends_a_role(entity: Span, lexicon: Lexicon) -> bool:
    """`engineer for the water development department Yianna Economidou`: the name that ends the phrase
    of a person's role after the body the role is of holds the role."""
    word = entity.root
    for _ in range(ROLE_PHRASE_HOPS):
        if word.dep_ == "prep" and word.head.pos_ == "NOUN" and word.head.lemma_.lower() in lexicon.person_nouns:
            return True
        if word.dep_ not in ("pobj", "appos", "compound", "prep") or word.head is word:
            return False
        word = word.head
    return False

"""Where the small model's entity holds a person's name and more, or a place or body read as a person:
the cuts and relabellings that rest on the words around the name (a possessive, a posting's place, an
acronym, a rank after the name, a role word before it, a list of places, `the town of`, `from`, a
clause's subject after a comma).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import Lexicon
from ..names import acronym_key

ROLE_PHRASE_HOPS = 3  # from a name up through its body's phrase to the role's `for`
MIN_MIXED_LIST = 4  # other names in a list of places that the model read partly as people
MIXED_LIST_SHARE = 4  # …of which people are at most one in this many


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
    if len(entity) > 2 or len(listed) < 2 or not all(t.pos_ == "PROPN" for t in listed):
        return False
    people = sum(t.ent_type_ == "PERSON" for t in listed)
    if people == 0:
        return len(entity) == 1 and all(t.ent_type_ in ("", "GPE", "LOC", "FAC", "ORG") for t in listed)
    # `Melville, Westdene, Parktown West, Emmarentia, Brixton`, where the model read one or two as people:
    # a long list, a place among it, and people a small part of it
    places = any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in listed)
    return places and len(listed) >= MIN_MIXED_LIST and people * MIXED_LIST_SHARE <= len(listed)


def named_as_a_place(entity: Span, lexicon: Lexicon) -> bool:
    """`the town of Bucha`, `the district of Kilifi`: the name of a place a place word introduces."""
    of = entity.root.head
    kind = of.head
    return (entity.root.dep_ == "pobj" and of.lower_ == "of" and kind.pos_ == "NOUN" and kind.i < of.i
            and kind.lemma_.lower() in lexicon.place_words)


def home_place(entity: Span, lexicon: Lexicon) -> bool:
    """`Inese from Braslava told …`, `a nurse from Limbazi`: one word after a person and `from` is where
    they come from."""
    root = entity.root
    source = root.head
    person = source.head
    return (len(entity) == 1 and root.dep_ == "pobj" and source.lower_ == "from" and person.i < source.i
            and (person.pos_ == "PROPN" and person.is_title or person.lemma_.lower() in lexicon.person_nouns))


def after_role_word(entity: Span, lexicon: Lexicon) -> bool:
    """A name read as a place right after a person's role word that modifies it: `mayor Dada Morero`."""
    if entity.start == 0 or entity[-1].lower_ in lexicon.place_words:
        return False
    role = entity.doc[entity.start - 1]
    return (role.pos_ in ("NOUN", "PROPN") and role.lemma_.lower() in lexicon.person_nouns
            and role.dep_ == "compound" and entity.start <= role.head.i < entity.end)


def ranked_person(entity: Span, lexicon: Lexicon) -> bool:
    """`Declan Furlong SC`, read as a body: names and then a rank or honour that only follows a person's name."""
    last = entity[-1]
    return (len(entity) >= 3 and last.is_upper and last.lower_ in lexicon.titles and last.lower_ not in lexicon.role_types
            and all(t.pos_ == "PROPN" and t.is_title for t in entity[:-1]))


def acronym_of_a_body(entity: Span, lexicon: Lexicon) -> bool:
    """`RTHK said`, labelled a person: one word in capitals is a body's acronym, unless it is a title or
    a transcript's speaker label (`PENCE: Well, …`)."""
    word = entity[0]
    label = entity.end < len(entity.doc) and entity.doc[entity.end].text == ":"
    return len(entity) == 1 and acronym_key(word.text) is not None and word.lower_ not in lexicon.titles and not label


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


def after_place_word(entity: Span, lexicon: Lexicon) -> Span:
    """`Member of Parliament for Princes Town Barry Padarath`, read as one name from the constituency on:
    a name of two or three words after a place's last word (`Town`, `District`) is the person."""
    place = next((t.i for t in reversed(entity[:-2]) if t.lower_ in lexicon.place_words and t.is_title), None)
    rest = entity.doc[place + 1 : entity.end] if place is not None else None
    if rest is None or place == entity.start or len(rest) > 3 or not all(t.is_title for t in rest):
        return entity
    return Span(entity.doc, rest.start, rest.end, label="PERSON")


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

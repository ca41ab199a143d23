"""A body's name the small model cut short: at a joining word (`The Border Service of` + `Ukraine`,
`Ministry of Foreign Affairs and` + `International Cooperation`), or before the rest of the
portfolio it lists (`Ministry of Fisheries` + `, Animal Husbandry and Dairying`); and the one an
acronym in brackets spells out (`the Kenya National Commission on Human Rights (KNCHR)`).

Notes: the name goes on only over capitalised words; a list goes on only after `<kind of body>
of`, and only over short items that are no body themselves, closed by `and`. `Britain, France and
the European Union said` and `the Ministry of Defence, Interior Ministry and Foreign Ministry` stay
apart.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .layout import doc_tokens
from .lexicon import Lexicon
from ..names import HYPHENED_JOINER, NAME_JOINERS, acronym_key, initials

JOINING_WORDS = frozenset({"of", "and", "for", "&"})
MAX_ITEM_WORDS = 3  # `Animal Husbandry`, `Public Distribution`
MAX_DEFINED_WORDS = 10  # `Armed Forces of the Democratic Republic of the Congo (FARDC)`
MIN_WORDED_ACRONYM, MAX_WORDED_ACRONYM = 3, 6  # `Prasa`, `Cogta`: not `Reuters` spelled out by chance


def joined_body(entity: Span, lexicon: Lexicon) -> Span:
    """The body `entity` names, to the end of the name the model cut."""
    doc, end = entity.doc, entity.end
    if (entity.label_ == "GPE" and entity[-1].lower_ == "and" and end < len(doc) and doc[end].ent_iob_ == "B"
            and doc[end].ent_type_ == "ORG"):
        # `the St. Kitts and` | `Nevis Ministry of Education`: a place cut at its `and`, then a body
        return Span(doc, entity.start, _name_end(doc, end), label="ORG")
    if entity.label_ != "ORG":
        return entity
    if entity[-1].lower_ in JOINING_WORDS and end < len(doc) and _capitalised(doc[end]):
        end = _name_end(doc, end)
    if _portfolio_body(doc[entity.start : end], lexicon):
        end = _listed_end(doc, end, lexicon)
    return entity if end == entity.end else Span(doc, entity.start, end, label="ORG")


def _capitalised(token: Token) -> bool:
    return token.pos_ in ("PROPN", "NOUN") and token.is_title  # `Public Distribution`, tagged a noun


def _name_end(doc: Doc, start: int) -> int:
    """The end of the entity, or else of the capitalised words, that starts at `start`."""
    end = start + 1
    while end < len(doc) and (doc[end].ent_iob_ == "I" and doc[start].ent_iob_ == "B" or
                              not doc[start].ent_type_ and _capitalised(doc[end])):
        end += 1
    return end


def _portfolio_body(words: Span, lexicon: Lexicon) -> bool:
    """`Ministry of Fisheries`: a kind of body and then `of` its portfolio."""
    return any(word.lower_ == "of" and word.i > words.start and lexicon.is_kind_of_body(word.nbor(-1).lower_)
               for word in words)


def _listed_end(doc: Doc, end: int, lexicon: Lexicon) -> int:
    """Past `, Animal Husbandry and Dairying`: items after commas, closed by `and` and a last item."""
    index = end
    while index < len(doc) and doc[index].text == ",":
        index = _item_end(doc, index + 1, lexicon)
        if index is None:
            return end
    if index == end or index >= len(doc) or doc[index].lower_ != "and":
        return end
    last = _item_end(doc, index + 1, lexicon)
    return last if last is not None else end


def _item_end(doc: Doc, start: int, lexicon: Lexicon) -> int | None:
    end = start
    while end < len(doc) and end - start < MAX_ITEM_WORDS and _capitalised(doc[end]):
        if lexicon.is_kind_of_body(doc[end].lower_):
            return None
        end += 1
    return end if end > start else None


def defined_bodies(doc: Doc) -> list[Span]:
    """`The UN High Commissioner for Refugees (UNHCR)`, `the Kenya National Commission on Human Rights
    (KNCHR)`, which the small model cuts into a body and loose words: the capitalised words an acronym
    in brackets (or in capitals between commas) spells out are one body's name."""
    bodies = []
    tokens = doc_tokens(doc)
    for opening in tokens[1:-3]:
        if opening.text not in ("(", ","):
            continue
        acronym, closing = tokens[opening.i + 1], tokens[opening.i + 2]
        # (`The Passenger Rail Agency of South Africa (Prasa)`: an acronym written as a word)
        worded = acronym.is_alpha and acronym.is_title and MIN_WORDED_ACRONYM <= len(acronym) <= MAX_WORDED_ACRONYM
        letters = acronym_key(acronym.text) or (acronym.text.upper() if worded and opening.text == "(" else None)
        # (`The National Agency for Food and Drug Administration and Control, NAFDAC, has …`: set off by commas)
        if closing.text != (")" if opening.text == "(" else ",") or letters is None:
            continue
        start = opening.i
        while start > 0 and opening.i - start < MAX_DEFINED_WORDS and _capitalised_or_joining(doc[start - 1]):
            start -= 1
            if doc[start].text[:1].isupper() and initials(doc[start:opening.i].text) == letters:
                bodies.append(Span(doc, start, opening.i, label="ORG"))
                break
    return bodies


def _capitalised_or_joining(token: Token) -> bool:
    capitalised = token.text[:1].isupper() and (token.is_alpha or acronym_key(token.text) is not None)
    return capitalised or token.lower_ in NAME_JOINERS or token.text in (".", "-") or _hyphened_joiner(token)


def _hyphened_joiner(token: Token) -> bool:
    """The `e` of `Tehreek-e-Insaf`: a short word in small letters between hyphens written without spaces."""
    doc, i = token.doc, token.i
    return 0 < i < len(doc) - 1 and HYPHENED_JOINER.fullmatch(doc[i - 1 : i + 2].text) is not None

"""People's names inside an entity the small model labelled a body: after a title (`Chancellor Olaf
Scholz`), a posting (`Ambassador to the US Gilad Erdan`), a portfolio (`Secretary of Communication Frantz
Exantus`), an inner title (`Chief General of Police Listyo Sigit Prabowo`) or a body's possessive
(`Al Jazeera's Alessandro Rampietti`). Each rests on the words around the name, never on a list of names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .dictionary import outside_dictionary
from .lexicon import Lexicon
from .name_evidence import capitalised_word, shown_as_person, words_of_people
from .person_cuts import NAME_PARTICLES, possessive_mark

POSTING_WORDS = frozenset({"to", "at", "in", "for"})
PORTFOLIO_LOOKBACK = 4  # `Minister of the` before a name the model cut from its title
PORTFOLIO_WORDS = 9  # `Disaster Management and`, `Transport, Highways, Ports, and`: back to its `of` or `for`
MIN_PERSON_WORDS = 2
MAX_PERSON_WORDS = 3
SHORT_GIVEN_NAMES = frozenset({"md", "mohd", "muhd"})  # Mohammad, as Bangladeshi and Malaysian names write it


def name_after_posting(entity: Span, lexicon: Lexicon) -> Span | None:
    """`Israeli Ambassador to the US Gilad Erdan`, which the small model reads as one body `US Gilad
    Erdan`: after a posting's `to (the)`, a country or body's short name and then two or three
    capitalised names, the names are a person."""
    doc = entity.doc
    start = entity.start + 1 if entity[0].lower_ == "the" else entity.start
    before = [t for t in doc[max(0, start - 2) : start] if t.lower_ != "the"]
    if not before or before[-1].lower_ not in POSTING_WORDS or not 3 <= entity.end - start <= 4:
        return None
    if before[-1].head.pos_ not in ("NOUN", "PROPN"):
        return None  # `according to the Kenya Red Cross`: a posting hangs on the role it is a posting of
    first, rest = doc[start], doc[start + 1 : entity.end]
    if first.pos_ != "PROPN" or (first.lower_ not in lexicon.aliases and first.lower_ not in lexicon.countries):
        return None
    if all_names(rest, lexicon) and not lexicon.is_any_body(rest[-1].lower_):  # `to the Cyprus News Agency`
        return Span(doc, start + 1, entity.end, label="PERSON")
    return None


def inside_a_portfolio(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Does a span at `start` follow a title and its `of (the)` (`Minister of the` | `Interior …`)?"""
    if start > 0 and (doc[start - 1].lower_ in ("and", "&") or doc[start - 1].is_title and not outside_dictionary(
            doc[start - 1]) and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i >= start):
        # `Minister for Disaster Management and` | `Relief Md …`, `Minister for Climate` | `Change Mushahidullah
        # Khan` (the word before parsed into the name's phrase): a portfolio of several words
        start = _portfolio_start(doc, start - 1, start - PORTFOLIO_WORDS)
    before = list(doc[max(0, start - PORTFOLIO_LOOKBACK) : start])
    if before and before[-1].lower_ == "the":
        before.pop()
    if len(before) < 2 or before[-1].lower_ not in ("of", "for"):
        return False
    title = before[-2]  # `Minister of`, written as a title: `official photos of Kim Yo-jong` is no portfolio
    return (title.is_title or title.is_upper) and (  # `CEO of`
        _title_word(title, lexicon) or title.lower_ in lexicon.person_heads)


def _portfolio_start(doc: Doc, index: int, earliest: int) -> int:
    """Where a portfolio that runs up to `index` begins, back to its `of` or `for` but not before `earliest`:
    its words are the dictionary's (`Governor of Nepal Rastra Bank` names a body, not a portfolio) and the
    `and` and commas that list them."""
    while index > max(earliest, 0) and doc[index - 1].lower_ not in ("of", "for") and (
            doc[index - 1].is_title and not outside_dictionary(doc[index - 1])
            or doc[index - 1].lower_ in ("and", "&", ",")):
        index -= 1
    return index


def _title_word(token: Token, lexicon: Lexicon) -> bool:
    return token.lower_.rstrip(".") in lexicon.titles or token.lower_ in lexicon.role_types


def name_after_portfolio(entity: Span, lexicon: Lexicon) -> Span | None:
    """`Secretary of Communication Frantz Exantus said`, read as a body `Communication Frantz Exantus`:
    after a title's `of`, the portfolio's word and then two capitalised names, the names are a person."""
    if not 3 <= len(entity) <= 4 or not inside_a_portfolio(entity.doc, entity.start, lexicon):
        return None
    names = entity[len(entity) - MIN_PERSON_WORDS :]
    while names.start > entity.start and all_names(entity.doc[names.start - 1 : names.end], lexicon) and not (
            entity.doc[names.start - 1].text.isupper()):
        names = entity.doc[names.start - 1 : names.end]  # `CEO of KWB Syed Salahuddin Ahmed`: all three names
    if all_names(names, lexicon) and shown_as_person(entity.doc, names.start, names.end, lexicon):
        return Span(entity.doc, names.start, names.end, label="PERSON")
    return None


def name_opened_after_portfolio(entity: Span, lexicon: Lexicon) -> Span | None:
    """`Minister of Ports, Shipping and Aviation Nimal Siripala de Silva`, read as a body `Siripala de
    Silva` with the given name left out: after a title's portfolio, a capitalised word in no dictionary
    opens the person's name."""
    doc, start = entity.doc, entity.start
    given = doc[start - 1] if start > 0 else None
    if given is None or given.ent_type_ or not given.is_title or given.pos_ != "PROPN" or not outside_dictionary(given):
        return None
    index = _portfolio_start(doc, start - 1, start - PORTFOLIO_WORDS - 1)
    if index == start - 1 or not inside_a_portfolio(doc, index, lexicon):
        return None
    return Span(doc, start - 1, entity.end, label="PERSON")


def name_after_inner_title(entity: Span, lexicon: Lexicon) -> Span | None:
    """`National Police Chief General of Police Listyo Sigit Prabowo`, read as one body: the two or
    three names after the last title or role inside it are a person. (`General Motors Corporation`
    opens on its title and ends on a kind of body.)"""
    last = max((t.i for t in entity if t.lower_ in lexicon.titles or t.lower_ in lexicon.role_types), default=None)
    # `Taoiseach Micheál Martin`, read as a body: a title opening it counts, a role word (`Chief`) does not
    opening_title = (last == entity.start and entity[0].is_title and entity[0].pos_ in ("PROPN", "NOUN")
                     and entity[0].lower_ in lexicon.titles)
    # (`Farmer Harilal Chaudhary`: a trade opening it, when a name no dictionary holds follows)
    trade = entity[0].is_title and entity[0].lower_ in lexicon.trade_nouns and any(
        outside_dictionary(t) for t in entity[1:])
    if last is None and trade:
        last = entity.start
    if last is None or last == entity.start and not (opening_title or trade):
        return None
    names = entity.doc[last + 1 : entity.end]
    if (MIN_PERSON_WORDS <= len(names) <= MAX_PERSON_WORDS and all_names(names, lexicon)
            and not any(lexicon.is_kind_of_body(t.lower_) for t in names)):
        return Span(entity.doc, names.start, names.end, label="PERSON")
    return None


def name_after_possessive(entity: Span, lexicon: Lexicon) -> Span | None:
    """`Al Jazeera's Alessandro Rampietti said`, which the small model reads as one body: the two or
    three capitalised names after a body's possessive are a person, where the sentence shows one."""
    mark = next((t for t in entity if possessive_mark(t)), None)
    if mark is None or not 2 <= entity.end - mark.i - 1 <= 3:
        return None
    names = entity.doc[mark.i + 1 : entity.end]
    # `Ghana's Information Ministry says`: a body's words make no person.
    common = any(t.lower_ in lexicon.description_heads or lexicon.is_body(t.lower_) or t.lower_ in lexicon.role_types
                 for t in names)
    if not common and all_names(names, lexicon) and shown_as_person(entity.doc, names.start, names.end, lexicon):
        return Span(entity.doc, names.start, names.end, label="PERSON")
    return None


def name_after_acronym(entity: Span, lexicon: Lexicon) -> Span | None:
    """`the leader of the UGTT Noureddine Taboubi`, which the small model reads as one body: two or three names
    after a body's acronym are a person, where the article names them as one elsewhere (`Mr. Taboubi`)."""
    words = entity[1:] if entity[0].lower_ == "the" else entity[:]
    acronym, names = words[0], words[1:]
    if (not acronym.is_upper or not acronym.is_alpha or len(acronym) < 2 or acronym.lower_ in lexicon.titles
            or not MIN_PERSON_WORDS <= len(names) <= MAX_PERSON_WORDS or not all_names(names, lexicon)
            or any(lexicon.is_kind_of_body(t.lower_) for t in names)):
        return None
    named = names[-1].text in words_of_people(entity.doc)
    return Span(entity.doc, names.start, names.end, label="PERSON") if named else None


def all_names(tokens, lexicon: Lexicon) -> bool:
    """Are these words all capitalised names, none of them a title? A particle may join them inside
    (`Avril de Torres`, `Ahmed bin Hamad`), never at either end."""
    words = list(tokens)
    return all(
        (t.pos_ == "PROPN" and capitalised_word(t) and t.lower_ not in lexicon.titles)
        or (words[0].i < t.i < words[-1].i and t.text in NAME_PARTICLES) for t in words)


def titled_person(entity: Span, lexicon: Lexicon) -> Span:
    """`Chancellor Olaf Scholz`, which the small model labels ORG: a person's title and then two or
    three capitalised names is a person."""
    words = list(entity)
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    if entity.label_ == "ORG" and _opens_on_a_title(entity, lexicon):
        return Span(entity.doc, entity.start, entity.end, label="PERSON")  # `Cllr Kelly denied`
    if entity.label_ != "ORG" or not 2 <= len(words) <= 3 or before is None:
        return entity
    if before.is_lower and entity.start >= 3 and entity.doc[entity.start - 2].text == "-":
        before = entity.doc[entity.start - 3]  # `President-elect Gustavo Petro`: the title the hyphen joins
    # `African Union chief mediator Olusegun Obasanjo`: a role noun written straight before the name.
    titled = before.lower_.rstrip(".") in lexicon.titles and before.is_title
    role = before.is_lower and before.pos_ in ("NOUN", "PROPN") and before.lower_ in lexicon.role_types
    # (`President Hotel Group`: a kind of body's word makes no person's name)
    if (titled or role) and all_names(words, lexicon) and not any(lexicon.is_kind_of_body(t.lower_) for t in words):
        return Span(entity.doc, entity.start, entity.end, label="PERSON")
    return entity


def _opens_on_a_title(entity: Span, lexicon: Lexicon) -> bool:
    """A title and then one or two names, one of them in no dictionary or a surname the article gives a
    person (`Cllr Kelly` after `Clifford Kelly`); `General Motors` is a body's name."""
    title, names = entity[0], entity[1:]
    if title.pos_ != "PROPN" or title.lower_.rstrip(".") not in lexicon.titles or not 1 <= len(names) <= 2:
        return False
    if not all_names(names, lexicon) or any(lexicon.is_kind_of_body(t.lower_) for t in names):
        return False
    surname = names[-1].lower_
    return any(outside_dictionary(t) for t in names) or any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == surname for e in entity.doc.ents)


def name_after_titled_portfolio(entity: Span, lexicon: Lexicon) -> Span | None:
    """`said the Minister of Health Nathir Obeidat Sunday`, read as one body: a title opening it, its
    `of` and the portfolio's words, then two or three capitalised names, one of them in no dictionary."""
    doc, index = entity.doc, entity.start + (entity[0].lower_ == "the")
    start = index
    while index < entity.end and doc[index].is_title and _title_word(doc[index], lexicon):
        index += 1
    if index == start and lexicon.is_kind_of_body(doc[index].lower_) and _of_a_role(doc, entity.start, lexicon):
        index += 1  # `Permanent Secretary (PS) of the Ministry of Communication and Aviation Moses Virivolomo`
    if index == start or index + 1 >= entity.end or doc[index].lower_ not in ("of", "for"):
        return None
    index += 1 + (doc[index + 1].lower_ == "the")
    portfolio = index
    while index < entity.end and (portfolio_word(doc, index, entity.end) or doc[index].lower_ in ("and", "&", ",") and (
            index > portfolio and index + 1 < entity.end and portfolio_word(doc, index + 1, entity.end))):
        index += 1  # (`of Energy, Water Resources and Irrigation`: a portfolio of several parts)
    names = doc[index : entity.end]
    if index == portfolio or not MIN_PERSON_WORDS <= len(names) <= MAX_PERSON_WORDS or not all_names(names, lexicon):
        return None
    return Span(doc, names.start, names.end, label="PERSON") if any(outside_dictionary(t) for t in names) else None


def _of_a_role(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Does `start` follow a title or role, an acronym in brackets maybe, and its `of (the)` or `at (the)`?"""
    before = [t for t in doc[max(0, start - PORTFOLIO_LOOKBACK - 3) : start] if t.lower_ != "the"]
    if len(before) < 2 or before[-1].lower_ not in ("of", "at"):  # (`Secretary at the Ministry of …`)
        return False
    index = len(before) - 2
    if before[index].text == ")":
        index = max((i for i in range(index) if before[i].text == "("), default=0) - 1
    role = before[index] if index >= 0 else None
    return role is not None and role.is_title and _title_word(role, lexicon)


def portfolio_word(doc: Doc, index: int, end: int) -> bool:
    """A capitalised word of the portfolio, while more than two of the name's words remain; a word no
    dictionary holds is the name's (`Livestock` | `Ashraf Ali Khan Khasru`)."""
    # (`Waker-Uz-Zaman`: a word a hyphen joins to the next is a name's)
    return (sum(1 for t in doc[index:end] if not _initial(t)) > 2 and doc[index].is_title
            and not outside_dictionary(doc[index]) and not _hyphened(doc, index))


def _hyphened(doc: Doc, index: int) -> bool:
    return not doc[index].whitespace_ and index + 1 < len(doc) and doc[index + 1].text == "-"


def _initial(token: Token) -> bool:
    """An initial, or a given name written short (`Md`, `Mohd`), which counts beside a name, not as one."""
    text = token.text.rstrip(".")
    return len(text) == 1 or text.lower() in SHORT_GIVEN_NAMES

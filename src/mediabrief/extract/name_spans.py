"""Which of an entity's words are its name: titles, `the`, possessives, a portfolio and a body's
kind come off (`Ecuadoran Minister of the Interior Patricio Carrillo` -> `Patricio Carrillo`, `the NGO
Sea Rescue` -> `Sea Rescue`, `TASS news agency` -> `TASS`), and a span that is only a description or
a title is none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .datelines import after_dateline
from .body_names import inside_a_portfolio, portfolio_word
from .name_evidence import COURTESY_TITLES
from .lexicon import Lexicon

BODY_TITLES = frozenset({"the"})
MIN_NAME_WORDS = 2  # what a title inside a person's entity must leave of the name
# Role words that are also family names (`Julie Bishop`, `Larry King`): a name may end on them.
SURNAME_ROLES = frozenset({"king", "judge", "justice", "general", "fellow", "chancellor", "mayor", "author", "chair",
                           "rep", "sen"})


def name_span(entity: Span, lexicon: Lexicon) -> Span | None:
    """Drop leading titles, `the` and trailing possessives from the entity's tokens."""
    start, end = after_dateline(entity).start, entity.end
    doc = entity.doc
    titles = titles_for(entity.label_, lexicon)
    # `’s Lai` from `Taiwan’s Lai`: the possessive ending belongs to the word before; `Earlier DawnNewsTV`
    while start < end - 1 and (doc[start].lower_.rstrip(".") in titles or doc[start].tag_ == "POS"
                               or doc[start].is_punct or doc[start].pos_ == "ADV"):
        start += 1
    if entity.label_ == "PERSON" and _only_titles(entity, titles):
        return None  # `Datuk Seri`, the model's cut of `Datuk Seri Anwar Ibrahim`
    if entity.label_ == "PERSON":
        start = _after_inner_title(doc, _after_portfolio(doc, start, end, lexicon), end, titles)
        start = _after_role_noun(doc, start, end, lexicon)
    # `the NGO said`: a description, which the resolver reads as one; `the NGO Mediterranea Saving Humans`:
    # what kind of body it is, before its name. A capitalised `the Court` may be the article's name for one.
    if entity.label_ == "ORG" and lexicon.is_kind_of_body(doc[start].lower_) and doc[start].text.isupper():
        if end - start == 1:
            return None
        start += 1
    if (entity.label_ == "ORG" and end - start == 1 and start > 0 and doc[start - 1].lower_ == "the"
            and doc[start].is_title and lexicon.is_kind_of_body(doc[start].lower_)):
        return None  # `According to the Association`: the house style's capital for a body named before
    while end > start and doc[end - 1].tag_ == "POS" or (end > start and doc[end - 1].is_punct):
        end -= 1
    while (entity.label_ == "ORG" and end - 1 > start and doc[end - 1].is_lower
           and _says_what_kind(doc[end - 1], lexicon)):
        end -= 1  # `TASS news agency`: the name is TASS; the words after it say what TASS is
    while (entity.label_ == "ORG" and end - 1 > start and doc[end - 1].is_lower
           and doc[end - 1].lemma_ in lexicon.document_nouns):
        end -= 1  # `an Office of the Prime Minister release said`: the release is the office's, not a body
    if all(t.is_lower and t.pos_ != "PROPN" for t in doc[start:end]):
        return None  # `the electoral council announced`: a description, which the resolver reads as one
    if (entity.label_ == "ORG" and end - start >= 2 and doc[end - 1].is_lower and lexicon.is_kind_of_body(doc[end - 1].lower_)
            and all(t.ent_type_ in ("GPE", "NORP") or t.lower_ in lexicon.demonyms or t.lower_ in lexicon.capitals
                    for t in doc[start : end - 1])):
        return None  # `the Seoul court said`: a place and a kind of body, which the resolver reads as a description
    if (entity.label_ == "ORG" and end - start >= 3 and doc[start].lower_ in lexicon.person_heads
            and doc[start + 1].lower_ == "of"):
        return None  # `the Director of Fisheries said`: a title, which the resolver reads as a description
    last = doc[end - 1].lower_ if end > start else ""
    if last in lexicon.role_types and last not in SURNAME_ROLES and (entity.label_ == "PERSON" or (
            last in lexicon.person_heads and not any(t.pos_ == "ADP" for t in doc[start:end]))):
        # `The US Commerce Secretary stressed`, `The National Police Chief said`: a title, which the resolver
        # reads as a description. (`the Office of the President` is a body.)
        return None
    return doc[start:end] if end > start else None


def _only_titles(entity: Span, titles: frozenset[str]) -> bool:
    """Two or more titles and no name; after `Mr.` a title word is a surname (`Mr. King`)."""
    words = [t.lower_.rstrip(".") for t in entity]
    if len(words) < 2:
        return False
    if " ".join(words) in titles:
        return True  # `Pro Tempore`, a title of two words
    return words[0] not in COURTESY_TITLES and all(w in titles for w in words)


def _after_inner_title(doc: Doc, start: int, end: int, titles: frozenset[str]) -> int:
    """`NDRRMC Spokesperson Mark Timbal`, `Energy CS Charles Keter`, labelled whole as a person: a body's
    acronym or a portfolio and a title (in capitals too) come off, down to the two or more capitalised
    names after the last title."""
    for index in range(end - MIN_NAME_WORDS - 1, start, -1):
        names = doc[index + 1 : end]
        title = doc[index].is_title or doc[index].is_upper  # `Energy CS Charles Keter`: a title in capitals
        if (doc[index].lower_.rstrip(".") in titles and title
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in titles for t in names)):
            return index + 1
    return start


def _after_portfolio(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """`Ecuadoran Minister of the Interior Patricio Carrillo`, `Secretary of State Antony J. Blinken`,
    labelled whole as a person: a title with `of` and its portfolio comes off, down to the name's own
    words (initials aside, two of them)."""
    first = start
    if inside_a_portfolio(doc, start, lexicon):
        # `Minister of the` and then `Interior Patricio Carrillo`: the entity opens on the portfolio's last word.
        while first < end and portfolio_word(doc, first, end):
            first += 1
        return first
    while first < end and (doc[first].lower_ in lexicon.demonyms or doc[first].lower_.rstrip(".") in lexicon.titles
                           or doc[first].lower_ in lexicon.role_types):
        first += 1
    if first == start and not (first > 0 and doc[first - 1].lower_.rstrip(".") in lexicon.titles):
        return start
    if first >= end or doc[first].lower_ != "of":
        return first if first > start and end - first >= 2 else start
    first += 1 + (first + 1 < end and doc[first + 1].lower_ == "the")
    while first < end and portfolio_word(doc, first, end):
        first += 1
    return first if end - first >= 1 else start


def _after_role_noun(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """`Broadcaster Enrico Woolford`, `Chief Whip Gail Teixeira`: a capitalised role or trade noun before a
    name of two words or more says what the person is; before one word it may be the name itself, so
    `Dean Smith` stays whole."""
    while (end - start > 2 and doc[start].is_title and doc[start].lower_ in lexicon.role_nouns
           and all(t.is_title or t.is_upper for t in doc[start + 1 : end] if t.is_alpha)):
        start += 1
    return start


def _says_what_kind(word: Token, lexicon: Lexicon) -> bool:
    return word.lower_ in lexicon.media_kinds or word.lower_ == "news"


def titles_for(label: str, lexicon: Lexicon) -> frozenset[str]:
    """A person's titles come off (`Justice Frank Nervo`); a body keeps its name (`Justice Department`)."""
    return lexicon.titles if label == "PERSON" else BODY_TITLES

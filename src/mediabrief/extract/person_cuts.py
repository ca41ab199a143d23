"""Where the small model's entity holds a person's name and more, or a place or body read as a person:
the cuts and relabellings that rest on the words around the name (a possessive, a posting's place, an
acronym, a rank after the name, a role word before it, a list of places, `the town of`, `from`, a
clause's subject after a comma).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .dictionary import outside_dictionary
from .layout import doc_tokens
from .lexicon import Lexicon
from .name_evidence import after_a_role, entity_end, entity_start, joining_hyphen, name_word, postnominal_letters
from ..names import acronym_key

ROLE_PHRASE_HOPS = 3  # from a name up through its body's phrase to the role's `for`
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "da", "di", "do", "du", "dos", "das", "bin", "al",
                            "la", "le", "ter", "wa", "ibn", "bint", "binti", "los", "las"})
MAX_PARTICLE_LETTERS = 3  # bin, ibn, ul, de, van, dos: a longer lower-case word in a name is no particle
MAX_GIVEN_WORDS = 2  # given names the model may leave off the front of a name
MIN_MIXED_LIST = 4  # other names in a list of places that the model read partly as people
MIXED_LIST_SHARE = 4  # …of which people are at most one in this many
MAX_SET_OFF_NAME = 4  # words of a name a comma sets off at a body's end
MAX_INITIALS = 3  # `AHM`, `AKM`: initials written in capitals before the name
MIN_NAME_AFTER_CUT = 2  # a given name and a surname stay when a word before them is cut
NAMING_MARKERS = frozenset({"the", "of", "in", "for"})  # before a body's or a place's word: `the Ministry of Housing`
MAX_PLACES_APART = 2


def subject_after_comma(entity: Span) -> Span:
    """`Speaking at a protest in Paphos, Economidou said`, read as one body: the clause's subject starts
    after the comma."""
    commas = [t.i for t in entity if t.text == ","]
    root = entity.root
    if not commas or root.dep_ not in ("nsubj", "nsubjpass") or root.i < commas[-1] or commas[-1] + 1 >= entity.end:
        return entity
    first = entity[1] if entity[0].lower_ == "the" and len(entity) > 2 else entity[0]
    if first.is_title and first.pos_ in ("PROPN", "NOUN") and entity.doc[first.i + 1].lower_ == "of":
        return entity  # `the Ministry of Energy, Water Resources and Irrigation …`: the comma lists a portfolio
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
    """`the town of Bucha`, `the district of Kilifi`: the name of a place a place word introduces;
    `the Trincomalee port`: the name of the place a place word after it is in."""
    of = entity.root.head
    kind = of.head
    if (entity.root.dep_ == "compound" and of.i == entity.end and of.pos_ == "NOUN" and of.is_lower
            and of.dep_ != "compound" and of.lemma_.lower() in lexicon.place_words):
        return True  # (`the Clinton town hall`: a place word inside a longer noun says nothing)
    return (entity.root.dep_ == "pobj" and of.lower_ == "of" and kind.pos_ == "NOUN" and kind.i < of.i
            and kind.lemma_.lower() in lexicon.place_words)


def placed_by_apposition(entity: Span, lexicon: Lexicon) -> bool:
    """`El-Fasher, the capital of North Darfur,`, `Kherson, a city in the south`: a name in apposition
    with a kind of place is a place."""
    root = entity.root
    kinds = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    # (`capital` is no place word: a body's name may end on it, `Blackstone Capital`)
    return any(k.pos_ == "NOUN" and (k.lemma_.lower() in lexicon.place_words or k.lemma_.lower() == "capital")
               and any(c.dep_ == "det" for c in k.children) for k in kinds)


def home_place(entity: Span, lexicon: Lexicon) -> bool:
    """`Inese from Braslava told …`, `a nurse from Limbazi`: one word after a person and `from` is where
    they come from."""
    root = entity.root
    source = root.head
    person = source.head
    return (len(entity) == 1 and root.dep_ == "pobj" and source.lower_ == "from" and person.i < source.i
            and (person.pos_ == "PROPN" and person.is_title or person.lemma_.lower() in lexicon.person_nouns))


def constituency(entity: Span, lexicon: Lexicon) -> bool:
    """`Member of Parliament (MP) for Ellembele`, `the TD for Kerry`: one word after a member's role and
    `for` is the seat they hold."""
    doc, start = entity.doc, entity.start
    if len(entity) != 1 or start < 2 or doc[start - 1].lower_ != "for":
        return False
    role = doc[start - 3] if doc[start - 2].text == ")" and start >= 3 else doc[start - 2]
    return role.lower_.rstrip(".") in lexicon.title_words or role.lemma_.lower() in lexicon.person_nouns


def after_role_word(entity: Span, lexicon: Lexicon) -> bool:
    """A name read as a place right after a person's role word that modifies it: `mayor Dada Morero`."""
    if entity.start == 0 or entity[-1].lower_ in lexicon.place_words:
        return False
    role = entity.doc[entity.start - 1]
    return (role.pos_ in ("NOUN", "PROPN") and role.lemma_.lower() in lexicon.person_nouns
            and role.dep_ == "compound" and entity.start <= role.head.i < entity.end)


def after_hyphenated_role(entity: Span, lexicon: Lexicon) -> bool:
    """`Attorney-at-law Lesley Cargill`, `Director-General Tedros`, read as a body or a place: a name right
    after a hyphenated role, one of whose parts is a person's role word."""
    if not 1 <= len(entity) <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in entity):
        return False
    doc, end = entity.doc, entity.start
    start = end
    while start >= 2 and joining_hyphen(doc[start - 2]):
        start -= 2
    if start == end or start == 0 or not doc[start - 1].is_alpha:
        return False
    parts = [t.lower_ for t in doc[start - 1 : end] if t.text != "-"]
    return any(p in lexicon.person_nouns or p in lexicon.role_types for p in parts)


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
    run = 0
    while run < len(entity) and _acronym_word(entity[run], lexicon):
        run += 1
    if run == 0 or len(entity) - run < 2 or not all(t.is_title for t in entity[run:]):
        return entity
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    # (`President YDA BBH Rana Muhammad Azeem`: two words in capitals are two bodies' acronyms, never initials)
    initials = run == 1 and len(entity[0]) <= MAX_INITIALS
    if initials and before is not None and before.is_title and before.lower_ in lexicon.titles:
        return entity  # `Finance Minister AHM Mustafa Kamal`: initials straight after a title are the name's
    return Span(entity.doc, entity.start + run, entity.end, label="PERSON")


def _acronym_word(word: Token, lexicon: Lexicon) -> bool:
    return word.is_upper and word.is_alpha and len(word) >= 2 and word.lower_ not in lexicon.titles


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
    if len(entity) < 3 or entity.start < 2 or doc[entity.start - 1].lower_ not in ("for", "to", "in"):
        return entity
    if doc[entity.start - 2].lower_.rstrip(".") not in lexicon.title_words:
        return entity
    if doc[entity.start - 1].lower_ == "in":
        # (`Deputy Director in Netrokona Mohammad Nuruzzaman`: an office is held in a place, never in a person)
        single = len(entity) == 3 and all(t.pos_ == "PROPN" and t.is_title for t in entity)
        return Span(doc, entity.end - 2, entity.end, label="PERSON") if single else entity
    place = entity[:-2]
    hyphenated = len(place) > 1 and all(t.text == "-" or not t.whitespace_ or t.i == place.end - 1 for t in place)
    if hyphenated and any(t.text == "-" for t in place) or place.text.lower() in lexicon.countries:
        return Span(doc, entity.end - 2, entity.end, label="PERSON")
    return entity


def name_set_off(entity: Span, lexicon: Lexicon) -> Span | None:
    """`The Secretary to the Government of the Federation, Boss Mustapha, had announced`, read as one
    body: the capitalised names a comma sets off at its end, after a person's role, hold the role."""
    comma = max((t.i for t in entity if t.text == ","), default=None)
    if comma is None and entity.start > 0 and entity.doc[entity.start - 1].text == ",":
        comma = entity.start - 1  # (`…, Mesake Waqa said`, the subject already cut off after the comma)
    names = entity.doc[comma + 1 : entity.end] if comma is not None else None
    if names is None or not 2 <= len(names) <= MAX_SET_OFF_NAME:
        return None
    if not all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in lexicon.titles for t in names):
        return None
    return Span(entity.doc, names.start, names.end, label="PERSON") if after_a_role(
        entity.doc, names.start, names.end, lexicon) else None


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


def without_lower_tail(entity: Span) -> Span:
    """`Marcos Jr earlier lamented`: a lower-case word closing a person's entity is no part of the name;
    a particle (`von der`) or a hyphened word's second half (`Sang-yoon`) is."""
    doc, end = entity.doc, entity.end
    if end - entity.start > 1 and doc[end - 1].tag_ == "PRP" and doc[end - 1].dep_ in ("nsubj", "nsubjpass"):
        end -= 1  # `a statement on X. He hailed`: the pronoun opening the next sentence, run into a name
    while end - entity.start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha and (
            doc[end - 1].lower_ not in NAME_PARTICLES and doc[end - 2].text != "-"):
        end -= 1
    return entity if end == entity.end else Span(doc, entity.start, end, label=entity.label_)


def without_postnominal(entity: Span, lexicon: Lexicon) -> Span:
    """`Surendrakumar IFS`, `Jane Roe SAN`: a service's or an honour's letters after a name are no part of it."""
    if len(entity) > 1 and postnominal_letters(entity[-1], lexicon) and entity[-2].is_title:
        return Span(entity.doc, entity.start, entity.end - 1, label=entity.label_)
    return entity


def without_lower_head(entity: Span) -> Span:
    """`veteran Mongolian maegashira Kyokutenho`, `agitated Councillor Mitsy Hudson-Hicks`: the words up to
    a lower-case one (a rank, an epithet) are no part of the name; a particle (`de Gaulle`, `Zia ul Haq`,
    `Ortega y Gasset`), always short, is."""
    doc = entity.doc
    lower = [t.i for t in entity[:-1] if t.is_lower and t.is_alpha and len(t) > MAX_PARTICLE_LETTERS
             and t.lower_ not in NAME_PARTICLES and (t.i == 0 or doc[t.i - 1].text != "-") and doc[t.i + 1].text != "-"]
    if not lower or not doc[lower[-1] + 1].is_title:
        return entity
    return Span(doc, lower[-1] + 1, entity.end, label=entity.label_)


def with_given_name(entity: Span, lexicon: Lexicon) -> Span:
    """`Police spokesman Sadiq Osman Ali`, labelled from `Osman`, `Datuk Seri Saifuddin Nasution
    Ismail`, from `Ismail`: capitalised words the model left out, between a role or title and the
    name, are the first of the name."""
    doc, start = entity.doc, entity.start
    while entity.start - start < MAX_GIVEN_WORDS and start >= 1 and (
            _left_out_name(doc[start - 1], lexicon) or _body_run_into(doc[start - 1], entity)):
        start -= 1
    if start == entity.start:
        return entity
    titled = _titled_given_names(doc, start, lexicon)
    if titled is not None:
        return Span(doc, titled, entity.end, label="PERSON")
    # (`Fisheries and Livestock Ashraf Ali Khan Khasru`, `Suresh Suras Shrestha said`: whatever comes
    # before, a word no dictionary holds is a name; the dictionary's words before it are not)
    first = next((i for i in range(start, entity.start) if outside_dictionary(doc[i])), None)
    if first is not None and _opens_a_name(doc[first]):
        return Span(doc, first, entity.end, label="PERSON")
    if start == 0:
        return entity
    role = doc[start - 1]
    # (`According to Alejandro Gomez Sanchez`: after a preposition that names a person next)
    if role.lower_ in ("to", "by", "with") and all(_only_a_given_name(t, entity, lexicon) for t in doc[start : entity.start]):
        return Span(doc, start, entity.end, label="PERSON")
    # (`Lt. Junior Grade Michael Encina`: two dictionary words after a title are the rest of a rank, not a name)
    ranked = entity.start - start > 1 and not any(outside_dictionary(t) for t in doc[start : entity.start])
    if role.pos_ in ("NOUN", "PROPN") and not ranked and (
            role.lower_ in lexicon.role_types or role.lower_.rstrip(".") in lexicon.titles):
        return Span(doc, start, entity.end, label="PERSON")
    # (`…, Ng Chee Meng,`, `syndicalists Josep Maria Álvarez`: set off by a comma or after a common noun,
    # a word the parse made part of the name that the article never writes but before that name)
    # (`Leader of opposition Business Phillip Paulwell`: after a common noun a dictionary's word is the role's)
    given = doc[start : entity.start]
    # (`(SSP) Sajid Amir Sadozai`: after the role's acronym in brackets; `quoting Ataur Rahman Mukul`: after a verb)
    set_off = role.text in (",", ")") or role.is_lower and role.pos_ in ("NOUN", "VERB") and all(
        outside_dictionary(t) for t in given)
    if set_off and all(_only_a_given_name(t, entity, lexicon) for t in given):
        return Span(doc, start, entity.end, label="PERSON")
    return entity


def _titled_given_names(doc: Doc, start: int, lexicon: Lexicon) -> int | None:
    """`Datuk Mohd` | `Khalil Kader` | `Mohd`: where the name opens when the model labelled its title and
    first given name apart from the rest (the given names after the title)."""
    if start < 2 or doc[start - 1].ent_type_ != "PERSON" or doc[start - 1].pos_ != "PROPN":
        return None
    first = entity_start(doc, start - 1)
    titles = 0
    while first + titles < start - 1 and doc[first + titles].lower_.rstrip(".") in lexicon.titles:
        titles += 1
    return first + titles if titles else None


def _opens_a_name(word: Token) -> bool:
    """A name opens a sentence or follows a role's or a portfolio's capitalised words; after `of`,
    `the` or a hyphen it is a body's or a place's (`chairman of Petrotrin Lindsay Gillette`,
    `a spokesperson for the Kissan Itehad Mian Omair`, `TD for Longford-Westmeath Willie Penrose`)."""
    if word.is_sent_start or word.i == 0:
        return True
    before = word.doc[word.i - 1]
    return before.is_alpha and not before.is_lower and bool(before.whitespace_)


def _only_a_given_name(word: Token, entity: Span, lexicon: Lexicon) -> bool:
    lemma = word.lemma_.lower()
    if (word.dep_ != "compound" or not entity.start <= word.head.i < entity.end or word.tag_ == "NNPS"
            or lemma in lexicon.title_words or lemma in lexicon.person_nouns or lemma in lexicon.kinship_words):
        return False
    following = word.doc[word.i + 1].text
    return all(t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == following for t in word.doc if t.text == word.text)


def _body_run_into(word: Token, entity: Span) -> bool:
    """`Minister of Agriculture Laaulialemalietoa Leauatea` | `Polataivao Fosi`: a body's entity the model ran
    from the portfolio into the given names ends on words no dictionary holds."""
    return (word.ent_type_ == "ORG" and word.pos_ == "PROPN" and word.is_title and outside_dictionary(word)
            and entity_end(word.doc, word.i) == entity.start)  # (not an acronym: `DPP Alexander Muteti`)


def _left_out_name(word: Token, lexicon: Lexicon) -> bool:
    # (`Josep`, read as a nationality that no country has)
    misread_group = word.ent_type_ == "NORP" and word.is_title and word.lower_ not in lexicon.demonyms
    return ((name_word(word, lexicon) or misread_group) and word.pos_ == "PROPN" and bool(word.whitespace_)
            and word.lower_ not in lexicon.description_heads and word.lower_ not in lexicon.division_words)


# Capitalised word -> the words written with it where it is no one's name -> where (two places at most: a word
# written a thousand times is looked at twice)
WordsApart = dict[str, dict[frozenset[str], tuple[int, ...]]]


def words_outside_people(doc: Doc) -> WordsApart:
    """Where the article uses a capitalised word as no one's name: in a body's or a place's name the model
    labelled (`the Sindh CM House`), or after `the`, `of`, `in`, `for` outside any name (`the Ministry of
    Housing`)."""
    apart: WordsApart = {}

    def note(token: Token, words: frozenset[str]) -> None:
        places = apart.setdefault(token.text, {}).setdefault(words, ())
        if len(places) < MAX_PLACES_APART:
            apart[token.text][words] = (*places, token.i)

    named = set()
    for span in doc.ents:
        named.update(range(span.start, span.end))
        # (a one-word body or place may be a bare name the model misread, `Bilawal said`: kept with no words,
        # as weaker evidence)
        if span.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP"):
            words = frozenset(t.text for t in span) if len(span) > 1 else frozenset()
            for token in span:
                if token.text[:1].isupper():
                    note(token, words)
    tokens = doc_tokens(doc)
    for token in tokens:
        if token.i not in named and token.i > 0 and token.text[:1].isupper() and (
                tokens[token.i - 1].lower_ in NAMING_MARKERS):
            note(token, frozenset({token.text, tokens[token.i + 1].text if token.i + 1 < len(tokens) else ""}))
    return apart


def after_word_used_apart(entity: Span, apart: WordsApart, lexicon: Lexicon) -> Span:
    """`Governor Sindh Muhammad Zubair`, `Director Housing Ronit Sen`, read as one name: after a title or a
    role's capitalised words, a first word the article also writes as part of no one's name elsewhere (`the
    Sindh CM House`, `the Ministry of Housing`), away from the rest of the name, is where or what the role is of;
    a one-word body or place is no such use, and what is left must hold a word no dictionary holds."""
    doc, start = entity.doc, entity.start
    # (`Governor of Tabas Ali-Akbar Rahimi`: after a capitalised role's `of`, a place the model names alone
    # elsewhere, `a train from Tabas`, is evidence enough)
    of_role = start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title and (
        doc[start - 2].lower_ in lexicon.title_words)
    if start == 0 or not (of_role or doc[start - 1].is_title or doc[start - 1].lower_.rstrip(".") in lexicon.titles):
        return entity
    # (what is left is a name: a word no dictionary holds, not `Freedom Fighters` of a body the model took for one)
    while (entity.end - start > MIN_NAME_AFTER_CUT
           and all(t.is_title or t.text == "-" for t in doc[start + 1 : entity.end])
           and any(outside_dictionary(t) for t in doc[start + 1 : entity.end])):
        rest = {t.text for t in doc[start + 1 : entity.end]}
        elsewhere = any((words or of_role) and not words & rest
                        and any(not entity.start - 1 <= i < entity.end for i in places)
                        for words, places in apart.get(doc[start].text, {}).items())
        if not elsewhere:
            break
        start += 1
    return entity if start == entity.start else Span(doc, start, entity.end, label=entity.label_)


def without_opening_adverb(entity: Span) -> Span:
    """`Earlier Booth, a taxi driver, insisted`: a sentence's opening word of time or order, capitalised only
    because it opens the sentence, is no part of the name after it."""
    first = entity[0]
    if (len(entity) < 2 or first.i != first.sent.start or first.tag_ not in ("RB", "RBR", "JJR")
            or outside_dictionary(first) or not entity[1].is_title):
        return entity
    return Span(entity.doc, entity.start + 1, entity.end, label=entity.label_)

"""Where the small model's people are wrong, and the article itself says so.

Notes: `en_core_web_sm` labels `Chancellor Olaf Scholz` a body, `Vassily Nebenzia, Russia's ambassador`
a place, and reads `President Obama Speech` in a title-case caption as a full name. Each repair here
rests on what the sentence says of the name (a title before it, a person's role beside it), never on
a list of names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from spacy.tokens import Doc, Span, Token

from .candidates import EntityCandidate
from .person_cuts import (
    NAME_PARTICLES, acronym_of_a_body, after_acronym, after_hyphenated_role, after_place_word, after_possessive,
    after_posting_place, after_role_word, constituency, ends_a_role, home_place, listed_among_places, name_set_off,
    placed_by_apposition, named_as_a_place, ranked_person, subject_after_comma, with_given_name, without_lower_head,
    without_lower_tail, without_opening_adverb, without_postnominal,
)
from .body_names import (
    MAX_PERSON_WORDS, MIN_PERSON_WORDS, name_after_acronym, name_after_inner_title, name_after_portfolio,
    name_after_possessive, name_after_posting, name_after_titled_portfolio, name_opened_after_portfolio, titled_person,
)
from .dictionary import outside_dictionary
from .lexicon import Lexicon
from .name_evidence import (
    after_a_role, after_a_title, capitalised_word, entity_end, entity_start, joined_end, set_off_role,
)
from .ranges import inside
from ..names import name_parts, person_key


HEADING_WORDS = 3  # words of four letters or more a title-case line has
MIN_BODY_WORDS = 3  # a person's name may end on a body's word (`Margaret Court`), a longer one hardly
INVERTED_CUES = frozenset({"said", "says", "added", "adds"})  # capitalised after a quotation, read as a name
MAX_SURNAME_WORDS = 2  # what the model may leave off the end of a name (`Chairperson Moussa` + `Faki Mahamat`)
MAX_PARTICLES = 2  # `de los`, `van der`: particles between a given name and the surname
MAX_LONG_NAME_WORDS = 5  # `Nur Hidayah Raihan Md Nasir`: a name after a role, most of its words no dictionary's
MIN_LISTED_NAME_WORDS = 2  # a body read as a list's item after a role is a person only with given name and surname


def relabelled(entity: Span, lexicon: Lexicon) -> Span:
    """The entity, as a person where its title or its role says it is one, and as a body where the
    article says it is one."""
    entity = subject_after_comma(entity)
    if entity.label_ == "PERSON":
        if _named_thing(entity, lexicon):
            return Span(entity.doc, entity.start, entity.end, label="EVENT")  # `cyclone Remal`, `Hurricane Ida`
        if _country_name(entity, lexicon):
            return Span(entity.doc, entity.start, entity.end, label="GPE")  # `Sri Lanka's bailout package`
        if acronym_of_a_body(entity, lexicon) or _a_name_after_the(entity, lexicon):
            return Span(entity.doc, entity.start, entity.end, label="ORG")  # `RTHK said`, `The Extinction Rebellion`
        if len(entity) > 1 and entity[-1].is_title and entity[-1].lower_ in lexicon.place_words:
            return Span(entity.doc, entity.start, entity.end, label="LOC")  # `Guddu Barrage`
        if _after_a_place_word(entity, lexicon):
            return Span(entity.doc, entity.start, entity.end, label="LOC")  # `Co. Kerry`, `County Kerry`
        if _after_a_named_role(entity, lexicon):
            return Span(entity.doc, entity.start, entity.end, label="LOC")  # `…, deputy commissioner, Noida Central,`
        if (len(entity) == 2 and entity[0].text in ("St", "St.", "Saint") or listed_among_places(entity)
                or named_as_a_place(entity, lexicon) or home_place(entity, lexicon) or placed_by_apposition(entity, lexicon)
                or constituency(entity, lexicon)):
            return Span(entity.doc, entity.start, entity.end, label="LOC")  # `St Mary`: a saint's name is a place's
        entity = without_opening_adverb(entity)
        entity = after_acronym(after_possessive(after_place_word(after_posting_place(entity, lexicon), lexicon)), lexicon)
        # (`PIAF Tahir` and then `Javed Malik`: an acronym comes off the name the mending made whole)
        return _body_by_kind(after_acronym(_mended_person(with_given_name(entity, lexicon), lexicon), lexicon), lexicon)
    if entity.start > 0 and entity.doc[entity.start - 1].lower_ == "surnamed":
        return Span(entity.doc, entity.start, entity.end, label="PERSON")  # `a student surnamed Chung`, read as a place
    given = _given_name_before_person(entity, lexicon)
    if given is not None:
        return given
    if entity.label_ == "ORG" and (placed_by_apposition(entity, lexicon) or named_as_a_place(entity, lexicon)):
        return Span(entity.doc, entity.start, entity.end, label="GPE")  # (`the city of El-Fasher`, read as a body)
    if entity.label_ == "ORG":
        named = _name_after_lower_kind(entity, lexicon)
        if named is not None:
            return named
        joined = _name_joined_before(entity)
        if joined is not None:
            return joined
        if ends_on_a_members_role(entity, lexicon):
            return Span(entity.doc, entity.start, entity.end - 1, label="ORG")  # `a Sinn Fein TD`: the party
        posted = after_posting_place(entity, lexicon)
        if posted is not entity or ranked_person(entity, lexicon) or after_hyphenated_role(entity, lexicon):
            return Span(entity.doc, posted.start, posted.end, label="PERSON")
        if _full_name_after_role(entity, lexicon) or _particle_name_with_role_set_off(entity, lexicon):
            return Span(entity.doc, entity.start, entity.end, label="PERSON")
        if entity.root.dep_ == "appos":
            # (`the Governor of the Central Bank of Malta Prof Edward Scicluna`: a title inside the body's name)
            return (name_set_off(entity, lexicon) or name_after_titled_portfolio(entity, lexicon)
                    or name_after_inner_title(entity, lexicon) or _name_closing_a_roles_body(entity, lexicon)
                    or _person_by_role(entity, lexicon))
        mended = (name_after_posting(entity, lexicon) or name_after_possessive(entity, lexicon)
                  or name_after_acronym(entity, lexicon)
                  or name_set_off(entity, lexicon) or name_after_portfolio(entity, lexicon)
                  or name_after_titled_portfolio(entity, lexicon) or name_opened_after_portfolio(entity, lexicon)
                  or name_after_inner_title(entity, lexicon)
                  or titled_person(entity, lexicon))
        # (`Managing Director of LAMATA, Abimbola Akinajo, said`: the name set off may be read as a list's item)
        listed = entity.root.dep_ == "conj" and len(entity) >= MIN_LISTED_NAME_WORDS
        return _person_by_role(entity, lexicon) if listed and mended is entity else mended
    if entity.label_ == "GPE":
        mended = _name_before_place(entity)
        if mended is not None and after_a_title(mended, lexicon):
            return Span(entity.doc, mended.start, mended.end, label="PERSON")  # `Health CS Mutahi Kagwe`
        mended = mended or _country_of_body(entity) or _person_by_role(entity, lexicon)
        # `the state-owned company Codelco`, read as a place: a name no country has, given a kind of body
        return mended if mended is not entity or _country_name(entity, lexicon) else _body_by_kind(entity, lexicon)
    if entity.label_ == "NORP":
        named = _name_read_as_a_people(entity, lexicon)
        if named is not None:
            return named
    return _person_by_role(entity, lexicon)


def _full_name_after_role(entity: Span, lexicon: Lexicon) -> bool:
    """`its communications manager Annabell Brasnell`, read as a body: two or three capitalised names, none
    a kind of body, after a person's role word in small letters that modifies them."""
    words = _name_words(entity)
    # (`senior federal counsel Nur Hidayah Raihan Md Nasir`: a longer name, most of its words no dictionary's)
    longer = len(words) <= MAX_LONG_NAME_WORDS and 2 * sum(outside_dictionary(t) for t in words) > len(words)
    return ((2 <= len(words) <= 3 or longer) and _all_capitalised_names(words)
            and entity.start > 0 and entity.doc[entity.start - 1].is_lower
            and not any(lexicon.is_kind_of_body(t.lower_) for t in words) and after_role_word(entity, lexicon))


def _name_words(entity: Span) -> list[Token]:
    return [t for t in entity if t.text != "-"]  # (`Anita Haynes-Alleyne`: a hyphened surname is one)


def _name_read_as_a_people(entity: Span, lexicon: Lexicon) -> Span | None:
    """`said Maldonado’s brother, Sergio Maldonado.`, with `Sergio` read as a people and the surname left
    unlabelled: a given name and the surname after it, set off after a person's role or kin, are a person."""
    doc = entity.doc
    if len(entity) != 1 or entity.end >= len(doc) or not entity[0].is_title:
        return None
    surname = doc[entity.end]
    if surname.ent_type_ or surname.pos_ != "PROPN" or not surname.is_title or surname.dep_ != "appos":
        return None
    role = surname.head.lemma_.lower()
    if role not in lexicon.person_nouns and role not in lexicon.kinship_words:
        return None
    return Span(doc, entity.start, entity.end + 1, label="PERSON")


def _particle_name_with_role_set_off(entity: Span, lexicon: Lexicon) -> bool:
    """`Rodrigo de la Peña, president of the Hotel Association …`, read as a body: a name joined by
    particles, with a person's role set off after it, is a person."""
    words = _name_words(entity)
    inner = [t for t in words[1:-1] if t.lower_ in NAME_PARTICLES]
    if not inner or len(words) > 4 or not _all_capitalised_names([t for t in words if t not in inner]):
        return False
    doc, end = entity.doc, entity.end
    role = doc[end + 1] if end + 1 < len(doc) and doc[end].text == "," else None
    return role is not None and role.is_lower and role.dep_ == "appos" and role.lemma_.lower() in lexicon.person_nouns


def _all_capitalised_names(words: list[Token]) -> bool:
    return all(t.pos_ == "PROPN" and t.is_title for t in words)


def _after_a_named_role(entity: Span, lexicon: Lexicon) -> bool:
    """`Harish Chander, deputy commissioner of police, Noida Central, said`: what is set off after a
    person's name and then their role is where they serve, not a second person."""
    root = entity.root
    name = root.head
    if root.dep_ != "appos" or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "") or name.i >= entity.start:
        return False
    return any(set_off_role(c, lexicon) and name.i < c.i < entity.start for c in name.children)


def _after_a_place_word(entity: Span, lexicon: Lexicon) -> bool:
    """`near Molls Gap, Co. Kerry on Friday`: one name after a kind of place in capitals (or its short form) is
    that place's name."""
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    return (len(entity) == 1 and before is not None and before.is_title
            and (before.lower_ == "co." or before.lower_ in lexicon.place_words))


def _a_name_after_the(entity: Span, lexicon: Lexicon) -> bool:
    """`The Extinction Rebellion later said`: a name written after `the`, no title between and heading its
    own phrase (not `the Obama administration`), is a body's; no one's name takes an article."""
    doc = entity.doc
    # (not `Minister of the Interior Rosa Quispe`, a portfolio run into the name)
    return (len(entity) > 1 and entity.start > 1 and doc[entity.start - 1].lower_ == "the"
            and doc[entity.start - 2].lower_ not in ("of", "for")
            and entity.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and entity.root.tag_ == "NNP"
            and not any(t.lower_.rstrip(".") in lexicon.title_words or t.is_punct for t in entity))


def _named_thing(entity: Span, lexicon: Lexicon) -> bool:
    first, before = entity[0], entity.doc[entity.start - 1] if entity.start > 0 else None
    return first.lower_ in lexicon.named_things or before is not None and before.lower_ in lexicon.named_things


def ends_on_a_members_role(entity: Span, lexicon: Lexicon) -> bool:
    """`Sinn Fein TD`, `Kremlin spokesman`: a body's name and then the role of one of its people, a
    description of that person; `Office of the President` is a body named after an office."""
    last = entity[-1]
    return (len(entity) > 1 and lexicon.role_types.get(last.lower_) == "official" and not lexicon.is_any_body(last.lower_)
            and entity[-2].pos_ == "PROPN" and not any(t.lower_ in ("of", "the", "for") for t in entity))


def _country_of_body(entity: Span) -> Span | None:
    """`The United States Anti-Doping Agency`, read as a country and then a body: a country written
    as part of a body's name (a compound of its head, straight before it) is in the name."""
    doc, end = entity.doc, entity.end
    if end >= len(doc) or doc[end].ent_type_ != "ORG" or doc[end].ent_iob_ != "B" or not entity[-1].whitespace_:
        return None
    body_end = entity_end(doc, end)
    if not any(t.dep_ == "compound" and end <= t.head.i < body_end for t in entity):
        return None
    return Span(doc, entity.start, body_end, label="ORG")


def _name_closing_a_roles_body(entity: Span, lexicon: Lexicon) -> Span | None:
    """`the head of the ministry's Supreme Council of Antiquities Mostafa Waziri`, read as one body in
    apposition to the role: the two or three names no dictionary holds that close it are the role's holder."""
    role = entity.root.head
    if role.pos_ not in ("NOUN", "PROPN") or role.lemma_.lower() not in lexicon.person_nouns:
        return None
    start = entity.end
    while start > entity.start and entity.doc[start - 1].is_title and outside_dictionary(entity.doc[start - 1]):
        start -= 1
    if entity.end - start < MIN_PERSON_WORDS:
        start = _end_of_a_country_after_of(entity, lexicon) or start
    body = entity.doc[entity.start : start]
    if not MIN_PERSON_WORDS <= entity.end - start <= MAX_PERSON_WORDS or len(body) < 2 or not body[-1].is_title:
        return None
    return Span(entity.doc, start, entity.end, label="PERSON")


def _end_of_a_country_after_of(entity: Span, lexicon: Lexicon) -> int | None:
    """`the Pharmacy Guild of Australia Helen O'Byrne`: a body's name ends on `of` and its country, so
    the capitalised words after the country are another name (its first one a dictionary word)."""
    doc = entity.doc
    for end in range(entity.end - MIN_PERSON_WORDS, entity.start + 1, -1):
        if not all(t.is_title for t in doc[end : entity.end]):
            return None
        for start in range(end - 1, max(entity.start, end - 3), -1):
            if doc[start - 1].lower_ == "of" and doc[start:end].text.lower() in lexicon.countries:
                return end
    return None


def _name_after_lower_kind(entity: Span, lexicon: Lexicon) -> Span | None:
    """`National statistics institute INDEC`, read as one body: the words up to a kind of body in small
    letters say what it is; the capitalised name after it is its name."""
    kinds = [k for k, t in enumerate(entity[:-1]) if t.is_lower and lexicon.is_kind_of_body(t.lower_)]
    if not kinds or entity[kinds[-1] + 1].lower_ in ("of", "for"):
        return None
    name = entity[kinds[-1] + 1 :]
    if not all(t.text[:1].isupper() for t in name):
        return None
    return Span(entity.doc, name.start, name.end, label="ORG")


def _name_joined_before(entity: Span) -> Span | None:
    """`The Trinidad and Tobago Police Service`, of which the model labels only `Tobago Police Service`: an
    unlabelled capitalised word and `and` before a body's name, the word hung on the name, open the name."""
    doc, start = entity.doc, entity.start
    if start < 2 or doc[start - 1].lower_ != "and":
        return None
    first = doc[start - 2]
    if first.ent_type_ or not first.is_title or first.pos_ != "PROPN" or not start <= first.head.i < entity.end:
        return None
    return Span(doc, start - 2, entity.end, label="ORG")


def _given_name_before_person(entity: Span, lexicon: Lexicon) -> Span | None:
    """`police spokesman Sadiq Aden Ali`, read as a place `Sadiq` and a person `Aden Ali`: one word
    that names no country, capital or known body, written straight before a person, is their given name."""
    doc, label = entity.doc, entity.label_
    if len(entity) == 3 and entity[0].lower_ == "the":
        entity = entity[1:]
    if len(entity) == 2 and (entity[0].is_upper and label == "ORG" or outside_dictionary(entity[1])
                             and not outside_dictionary(entity[0])):
        # `CEO of KWB Syed` + `Salahuddin Ahmed`: a body's acronym, then the given name; `Minister for
        # Telecommunication Shaza` + `Fatima Khawaja`: a portfolio's word, then a given name no dictionary holds
        entity = entity[1:]
    if len(entity) != 1 or entity.end >= len(doc) or not entity[0].is_title or not entity[0].whitespace_:
        return None
    if entity.start > 0 and doc[entity.start - 1].pos_ == "ADP":
        return None  # `In Kherson Vladimir Saldo said`: a place after a preposition is where
    following = doc[entity.end]
    word = entity[0].lower_
    if following.ent_type_ != "PERSON" or following.ent_iob_ != "B" or word in lexicon.nationalities \
            or word in lexicon.capitals or word in lexicon.aliases or word in lexicon.titles:
        return None
    return Span(doc, entity.start, entity_end(doc, entity.end), label="PERSON")


def _name_before_place(entity: Span) -> Span | None:
    """`RBC Ukraine`, `Air China`, `Team USA`, of which the small model labels only the place: a
    capitalised name word written straight before a place, in one noun phrase, makes a body's name."""
    doc = entity.doc
    before = doc[entity.start - 1] if entity.start > 0 else None
    if (before is None or before.ent_type_ or before.pos_ != "PROPN" or not (before.is_title or before.is_upper)
            or before.dep_ != "compound" or not entity.start <= before.head.i < entity.end or before.is_sent_start):
        return None
    return Span(doc, entity.start - 1, entity.end, label="ORG")


def _mended_person(entity: Span, lexicon: Lexicon) -> Span:
    """`Ursula von der` and then `Leyen` as a place: a person's name does not end on `der`, nor before
    the surname its first names are compounds of (`Maria Corina` | `Machado`). And
    `Injecting Clinton’s marital troubles …`: a sentence's opening gerund is no first name."""
    entity = without_lower_head(without_lower_tail(entity))
    cut = without_postnominal(entity, lexicon)
    # (`Kofi Mensah` and then `Esq`: letters after a name end it, however the parse hangs them on it)
    honoured, entity = cut is not entity, cut
    doc = entity.doc
    first = entity[0]
    possessive = entity[-1].tag_ == "POS" or entity.end < len(doc) and doc[entity.end].tag_ == "POS"
    if len(entity) > 1 and first.is_sent_start and first.lower_.endswith("ing") and possessive:
        return Span(doc, entity.start + 1, entity.end, label="PERSON")
    if len(entity) > 1 and first.lower_ in INVERTED_CUES and entity.start > 0 and doc[entity.start - 1].is_quote:
        return Span(doc, entity.start + 1, entity.end, label="PERSON")  # `…next week.” Said Wandayi.`
    # (`Jang Sang-` and then `yoon`: the model may end the entity on the hyphen itself)
    end = joined_end(doc, entity.end - 1 if len(entity) > 1 and entity[-1].text == "-" else entity.end, lower=True)
    if end > entity.end:
        return Span(doc, entity.start, end, label="PERSON")  # `Han Duck` + `-soo`: one given name
    if entity.end < len(doc) and doc[entity.end].lower_ in NAME_PARTICLES and doc[entity.end].ent_type_ == "PERSON":
        # `Prince Abdulaziz` + `bin Salman`: a name goes on past a particle
        return Span(doc, entity.start, entity_end(doc, entity.end), label="PERSON")
    if (entity.end + 1 < len(doc) and doc[entity.end].lower_ in NAME_PARTICLES and not doc[entity.end].ent_type_
            and doc[entity.end + 1].is_title and doc[entity.end + 1].pos_ == "PROPN"):
        # `Bingu` + `wa` + `Mutharika`, the surname read as a place
        return Span(doc, entity.start, entity_end(doc, entity.end + 1), label="PERSON")
    if entity[-1].lower_ in NAME_PARTICLES and len(entity) > 1:
        return _past_particles(entity)
    if honoured or entity.end >= len(doc) or not capitalised_word(doc[entity.end]):
        return entity
    # `Maria Corina` and then `Machado`, the head the first names are compounds of: one name; so are
    # `Chairperson Moussa` and then `Faki Mahamat`.
    head = entity[-1].head.i
    while head > entity.end - 1 and doc[head].dep_ == "compound" and doc[head].head.i == head + 1 \
            and doc[head].ent_iob_ == "B" and doc[head + 1].ent_type_ == "PERSON":
        head += 1  # (`Tuilaepa Lupesoliai` and then `Sailele Malielegaoi`, compounds each of the next: one name)
    rest = doc[entity.end : head + 1]
    # (`Bilawal Bhutto` and then `Zardari`, both labelled people, are one name too; `Garissa Township MP`
    # and then `Dekow Mohamed`, or `Pro Tempore` and then `Ralph Recto`, are a title and a name.)
    # (`Datuk Yong` and then `Lei Choo`: a title the name opens on is no part of the name.)
    titled = next((k for k, t in enumerate(entity) if t.lower_.rstrip(".") not in lexicon.title_words), len(entity))
    name = entity[titled:]
    person_after = (len(name) > 0 and (len(rest) == 1 or len(rest) + len(name) <= MAX_PERSON_WORDS + 1)
                    and not any(t.lower_.rstrip(".") in lexicon.title_words for t in name))
    # (`Luis Gerardo` and then `Moro Madrid`, the last read as the city: a place's name ends a surname
    # when a word no label claims comes before it in the same name)
    placed = any(not t.ent_type_ for t in rest)
    surname = (entity[-1].dep_ == "compound" and 1 <= len(rest) <= MAX_SURNAME_WORDS
               and all(t.pos_ == "PROPN" and t.is_title and (not t.ent_type_ or t.ent_type_ == "PERSON" and person_after
                                                             or t.ent_type_ == "GPE" and placed)
                       for t in rest))
    if not surname and _surname_after(doc, entity.end):
        return Span(doc, entity.start, entity.end + 1, label="PERSON")
    if surname:
        return Span(doc, entity.start, head + 1, label="PERSON")
    return entity


def _past_particles(entity: Span) -> Span:
    """`Johnny De` and then `los Reyes`: a name that ends on a particle goes on over the particles after it
    to the surname."""
    doc, end = entity.doc, entity.end
    while end < len(doc) and end - entity.end < MAX_PARTICLES and doc[end].lower_ in NAME_PARTICLES:
        end += 1
    if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        return Span(doc, entity.start, end + 1, label="PERSON")
    return entity


def _surname_after(doc: Doc, index: int) -> bool:
    """`Nazmul Hasan` and then `Papon`, unlabelled or labelled a body by itself, and parsed apart: one word
    no dictionary holds, straight after a person's name and before no other name word, is their surname."""
    word, after = doc[index], doc[index + 1] if index + 1 < len(doc) else None
    alone = word.ent_iob_ in ("B", "O") and (after is None or after.ent_iob_ != "I" and not after.is_title)
    before = doc[index - 1]  # (the model's own person: `Chief Executive Sale` is a run of capitals it left)
    return (alone and word.ent_type_ != "PERSON" and word.pos_ == "PROPN" and capitalised_word(word)
            and before.ent_type_ == "PERSON" and bool(before.whitespace_) and outside_dictionary(word))


def _country_name(entity: Span, lexicon: Lexicon) -> bool:
    words = [t.text for t in entity if t.tag_ != "POS" and t.lower_ != "the"]
    name = " ".join(words).lower()
    return name in lexicon.countries or name in lexicon.capitals  # (`Kyiv accepted the proposal`)


def _body_by_kind(entity: Span, lexicon: Lexicon) -> Span:
    """`Al-Shabab, an armed group linked to al-Qaeda,`, which the small model labels a person: a name in
    apposition with a kind of body (group, movement, party) is a body."""
    kinds = [c for c in entity.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if entity.root.dep_ == "appos" and entity.root.head.pos_ == "NOUN":
        kinds.append(entity.root.head)
    if len(entity) >= MIN_BODY_WORDS and entity[-1].is_title and lexicon.is_kind_of_body(entity[-1].lower_):
        return Span(entity.doc, entity.start, entity.end, label="ORG")  # `Seoul Western District Court`
    if ends_a_role(entity, lexicon):
        return entity
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    if (before is not None and before.is_lower and before.tag_ == "NN" and lexicon.is_kind_of_body(before.lower_)
            and before.dep_ in ("compound", "nmod") and not any(t.lower_.rstrip(".") in lexicon.titles for t in entity)):
        # (`the European People's party MEP Tomas Tobé` is a titled person)
        return Span(entity.doc, entity.start, entity.end, label="ORG")  # `Danish company Maersk stated`
    for kind in kinds:
        word = kind.lemma_.lower()
        body = lexicon.is_body(word) or lexicon.is_kind_of_body(word)
        # `Juan Miguel Gonzalez, his immediate family` lists who came, and says nothing of what he is.
        called = any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in kind.children)
        if body and called and word not in lexicon.person_nouns and kind.tag_ == "NN":
            return Span(entity.doc, entity.start, entity.end, label="ORG")
    return entity


def _person_by_role(entity: Span, lexicon: Lexicon) -> Span:
    """`Vassily Nebenzia, Russia's ambassador to the United Nations,` which the small model labels a
    place: a name in apposition with a person's role is a person."""
    root = entity.root
    words = _name_words(entity)
    names = entity[0].text != "-" and _all_capitalised_names(words)
    shortest = 1 if entity.label_ == "ORG" else 2
    if not shortest <= len(words) <= 3 or entity.label_ not in ("ORG", "GPE", "LOC", "NORP"):
        return entity
    listed = root.dep_ == "conj" or entity.text.lower() in lexicon.countries  # `the leaders of China, South Korea, …`
    # (`Director Army Public Relations`: a department after a role, every word the dictionary's, the last a plural)
    names = names and not (words[-1].tag_ == "NNPS" and not any(outside_dictionary(t) for t in words))
    if names and not listed and after_a_role(entity.doc, entity.start, entity.end, lexicon):
        # `The spokesperson of the Ministry of External Affairs, Randhir Jaiswal,`, `Special Adviser on Media
        # and Publicity, Ajuri Ngelale,`: a name set off after the whole phrase of a role
        return Span(entity.doc, entity.start, entity.end, label="PERSON")
    if names and not listed and entity.label_ != "ORG" and after_role_word(entity, lexicon):
        return Span(entity.doc, entity.start, entity.end, label="PERSON")  # `Johannesburg mayor Dada Morero`
    if entity.label_ == "ORG":
        if not names:
            return entity
        roles = [root.head]
    else:
        roles = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    if any(r.pos_ in ("NOUN", "PROPN") and r.lemma_.lower() in lexicon.person_nouns for r in roles):  # `INEC Chairman, …`
        return Span(entity.doc, entity.start, entity.end, label="PERSON")
    # (`Han Zhiqiang, ambassador extraordinary and plenipotentiary of …, paid`, the role misparsed: a subject's
    # name with a person's role word right after its comma)
    doc, end = entity.doc, entity.end
    set_off = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_lower and (
        doc[end + 1].lemma_.lower() in lexicon.person_nouns)
    if names and not listed and set_off and root.dep_ in ("nsubj", "nsubjpass") and entity.label_ != "ORG":
        return Span(doc, entity.start, end, label="PERSON")
    return entity


def heading_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges of lines in title case (`President Putin Arrives in North Korea for the
    First Time`), where every word is capitalised and capitals say nothing about names."""
    ranges = []
    for line in re.finditer(r"[^\n]+", text):
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line.group()) if len(w) > 3]
        if len(words) >= HEADING_WORDS and all(w[0].isupper() for w in words):
            ranges.append(line.span())
    return ranges


def without_common_noun_tails(candidates: list[EntityCandidate], lower_words: frozenset[str],
                              headings: Sequence[tuple[int, int]] = ()) -> list[EntityCandidate]:
    """`President Obama Speech at …` in a title-case caption: a two-word "name" seen once, whose second
    word the article also writes as an ordinary lower-case word (or which sits in a title-case line,
    `President Putin Arrives in …`) and never as a name alone, while the first is a name the article
    uses alone, is that first name. Otherwise every bare `Obama` would take `Obama Speech` as the full
    name it stands for."""
    forms = Counter(person_key(c.name) for c in candidates if c.label == "PERSON")
    singles = {name_parts(c.name)[0] for c in candidates if len(name_parts(c.name)) == 1}
    kept = []
    for candidate in candidates:
        parts = name_parts(candidate.name)
        words = candidate.name.split()
        if (candidate.label == "PERSON" and len(parts) == 2 and len(words) == 2 and forms[person_key(candidate.name)] == 1
                and (words[1].lower() in lower_words or inside(candidate.start, headings))
                and parts[0] in singles and parts[1] not in singles):
            candidate = replace(candidate, name=words[0], text=words[0], end=candidate.start + len(words[0]))
        kept.append(candidate)
    return kept

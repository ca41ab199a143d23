"""The name a subject phrase holds where the parse did not make it the subject.

Notes: the small model wrecks the parse around long titles, unlabelled names and participles:
`Israeli Ambassador to the US Gilad Erdan thanked` (the role as the subject), `Citing Kyiv's top
military officer, RBC Ukraine reported` (the officer as the subject), `TASS news agency reported` (the
agency as the subject). Each pass here reads the words beside the subject; `speakers.py` asks them
after the appositive pass and before describing the phrase.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .body_names import portfolio_word
from .dictionary import outside_dictionary
from .entity_labels import NAME_PARTICLES
from .name_evidence import (
    COURTESY_TITLES, after_an_article, entity_end, entity_start, joining_hyphen, postnominal_letters,
)
from .lexicon import Lexicon
from .roles import role_initials
from .speaker_book import SpeakerBook
from ..names import acronym_key, initials
from ..records import ActorType

MAX_TITLE_TOKENS = 10  # `President of the European Commission` before the name
MAX_CLOSING_NAME = 4  # words of a person's name closing a role's phrase
PLACE_PREPOSITIONS = frozenset({"of", "from", "in", "around", "near"})  # (not `officials at` a body)
MIN_NAME_AFTER_PORTFOLIO = 2  # names left after a portfolio's words that are a name though the dictionary holds one
PLACES = frozenset({"GPE", "LOC", "NORP", "FAC"})  # a name the model read as a body may still be a person's
CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z'\u2019-][A-Za-z]+)*")  # `Padarath`, `McElnay`, `O'Gorman`
UMBRELLA_KINDS = frozenset({"agency", "watchdog", "body", "arm", "organ", "unit", "wing", "office"})
STATE_WORDS = frozenset({"state", "state-run", "official", "government", "government-run"})


def cited_by(token: Token) -> Token | None:
    """`Citing Kyiv's top military officer, RBC Ukraine reported`, parsed with the officer as the subject:
    the one who cites is the name after the comma."""
    if token.doc[token.left_edge.i].lower_ not in ("citing", "quoting"):
        return None
    return next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def name_ending_title(token: Token, book: SpeakerBook, lexicon: Lexicon) -> Token | None:
    """`Israeli Ambassador to the US Gilad Erdan`, `President of the European Commission Ursula von der
    Leyen`, parsed with the role as the subject: a title running straight into a person's name is that
    person (`the wife of John Smith`, whose name follows `of`, is the wife)."""
    # (`Labour TD for …`: a role the model labelled a person is still a role)
    # (and `Tresmark’s Head of Strategy Komal Mansoor`, the body's possessive read into a person with the role)
    role_ending_entity = (token.ent_iob_ == "I" and token.lemma_.lower() in lexicon.person_nouns
                          and entity_end(token.doc, token.i) == token.i + 1)
    labelled = token.ent_type_ and token.lower_ not in lexicon.role_types and not role_ending_entity
    if labelled or token.pos_ not in ("NOUN", "PROPN"):
        return None
    last = token.doc[token.right_edge.i]
    if last.text == "," and last.i > token.i + 1:
        last = token.doc[last.i - 1]  # `the deputy head of the … Service, Aibek Mamyraliev, explained`
    mention = book.actor_at(last.idx, last.idx + len(last))
    if (mention is None or mention.type is not ActorType.PERSON) and token.right_edge.i + 1 < len(token.doc):
        last = token.doc[token.right_edge.i + 1]  # `Ambassador to Russia` | `Lee Do-hoon`, a name the parse left out
        mention = book.actor_at(last.idx, last.idx + len(last))
    if mention is None or mention.type is not ActorType.PERSON or mention.start <= token.idx:
        return None
    first = token.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if first is None or not 1 < first.start - token.i <= MAX_TITLE_TOKENS:
        return None
    between = token.doc[token.i + 1 : first.start]
    # `Minister of Agriculture, Irrigation and Water Development, Kondwani Nankhumwa`: a comma may set
    # the name off from the body the role is of (after a role word it names whom the role serves)
    set_off = len(between) > 1 and between[-1].text == "," and between[-2].lower_ not in lexicon.role_types
    before = between[-2] if set_off else between[-1]
    if before.text == ")" and "(" in [t.text for t in between[:-1]]:
        # `President of the Guyana Football Federation (GFF) Wayne Forde`: the body's acronym after its name
        before = between[max(t.i for t in between if t.text == "(") - between.start - 1]
    if before.pos_ == "NOUN" and lexicon.is_kind_of_body(before.lower_):
        # `engineer for the water development department Yianna Economidou`: the body the role is of, then the name.
        return last if all(t.pos_ in ("PROPN", "DET", "ADP", "NOUN") for t in between) else None
    # (`Both Mr. King and Mr. Schultz say`: a courtesy title before the name opens another person's; a rank
    # closing the role's phrase, `… Adjunct Senior Commissioner Mariyono`, is the named person's own)
    chained = (all(t.pos_ in ("PROPN", "DET", "ADP") or t.text in ("-", ",", "(", ")") or t.lower_ in ("and", "&")
                   for t in between)
               and before.lower_.rstrip(".") not in COURTESY_TITLES)
    # (a word of the same entity the model labelled a person is a portfolio the repairs cut off: `Relief` | `Md …`)
    cut = token.doc[first.start].ent_iob_ == "I"
    return last if chained and before.pos_ == "PROPN" and (before.ent_type_ != "PERSON" or cut) else None


def name_before_rank(token: Token, lexicon: Lexicon) -> Token | None:
    """`Carl Hanahoe SC for the prosecution asked`, parsed with the rank as the subject: the person
    named straight before a rank or honour written after a name (or letters the model took into the
    name: `Surendrakumar IFS, Principal Chief Conservator of Forests, said`)."""
    postnominal = postnominal_letters(token, lexicon) and token.ent_type_ == "PERSON" and token.ent_iob_ == "I"
    if not (token.is_upper and token.lower_ in lexicon.titles and not token.ent_type_ or postnominal):
        return None
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.ent_type_ != "PERSON" or before.head.i != token.i:
        return None
    # (`the Kumbungu MP`: a word between an article and a role says whose role it is, not who holds it)
    return None if after_an_article(token.doc, entity_start(token.doc, before.i)) else before


def name_before_kind(token: Token, lexicon: Lexicon) -> Token | None:
    """`TASS news agency reported`, `the Yonhap news agency said`: the medium's name written before
    what kind of medium it is."""
    if token.pos_ == "NOUN" and token.lower_ not in lexicon.media_kinds and lexicon.is_kind_of_body(token.lower_) \
            and token.lower_ not in UMBRELLA_KINDS:
        # (`The Indo Barometer survey institute stated`, `the Ofcom media regulator said`: a body's name, what it
        # works on, and its kind; but `the UN refugee agency` is a body of the UN's own)
        return next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                     and c.ent_type_ in ("ORG", "") and c.i < token.i - 1
                     and all(t.is_lower and t.pos_ == "NOUN" and t.lemma_.lower() not in lexicon.place_words
                             for t in token.doc[c.i + 1 : token.i])), None)  # (`the Lviv district court`: a place's)
    if token.pos_ != "NOUN" or token.lower_ not in lexicon.media_kinds:
        return None
    # `the UN refugee agency`, `the U.N. migration agency`: a body's own agency, not the body as a medium.
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in lexicon.media_words
           for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "NORP")), None)


MEMBER_NOUNS = frozenset({"members", "troops"})  # who speak as a body, not as its workers or its officials


def members_of_named_body(token: Token) -> Token | None:
    """`the JMC members said in a statement`, `Kenya Defence Forces troops in Somalia say`: the body speaks."""
    if token.lower_ not in MEMBER_NOUNS or token.pos_ != "NOUN":
        return None
    body = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"]
    return body[-1] if body and body[-1].i == token.i - 1 else None


PRESS_UNITS = frozenset({"office", "department", "desk", "unit", "wing", "team", "service"})
PRESS_WORDS = frozenset({"press", "media", "communications", "communication", "information"})


def body_behind_press_unit(token: Token, is_body) -> Token | None:
    """`the ministry’s press office reported`, `the army's media wing said`: the body whose press unit it is
    speaks (`is_body` tells a body's word)."""
    if token.lemma_.lower() not in PRESS_UNITS or not any(
            c.dep_ in ("compound", "amod") and c.lower_ in PRESS_WORDS for c in token.lefts):
        return None
    owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
    if owner is None or not (owner.ent_type_ == "ORG" or owner.pos_ == "NOUN" and is_body(owner.lemma_.lower())):
        return None
    return owner


def state_agency(token: Token, book: SpeakerBook) -> str | None:
    """`state media reported`, `North Korean state media said`: the one news medium the article names
    (KCNA, named before or after); with none, or several, the words stand."""
    if token.lower_ != "media" or not any(c.lower_ in STATE_WORDS for c in token.children):
        return None
    named = [actor for actor in book.media if ActorType.ORGANISATION in book.types.get(actor, ())]
    return named[0] if len(named) == 1 else None


def named_police(token: Token, book: SpeakerBook) -> str | None:
    """`Police said …` after `the Guyana Police Force (GPF) said …`: the one police body the article names;
    with none, or several, the word stands. A modifier of its own (`traffic police`, `Harare police`) says
    which police, and that may be another."""
    if token.lower_ != "police" or any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in token.children):
        return None
    named = {actor for actor, kinds in book.types.items()
             if ActorType.ORGANISATION in kinds and "police" in actor.lower().split() and actor.lower() != "police"}
    return next(iter(named)) if len(named) == 1 else None


def name_closing_role(subject: Token, lexicon: Lexicon) -> Span | None:
    """`Member of Parliament for Princes Town Barry Padarath`, `head of state's spokeswoman Madalina
    Dobrovolschi`, where the small model named no person: a subject's phrase (up to its first comma) that
    ends on two to four capitalised words, none of them a title, role, place or body word, ends on a
    person's name. A body's name (`… Action Group`) ends on a kind of body and is no name."""
    doc = subject.doc
    end = next((t.i for t in doc[subject.left_edge.i : subject.right_edge.i + 1] if t.text == ","), subject.right_edge.i + 1)
    words = list(doc[subject.left_edge.i : end])
    if len(words) > MAX_TITLE_TOKENS + MAX_CLOSING_NAME:
        return None
    start = len(words)
    while start > 0 and len(words) - start < MAX_CLOSING_NAME:
        if _name_word(words[start - 1], lexicon):
            start -= 1
        elif start > 1 and words[start - 1].lower_ in NAME_PARTICLES and _name_word(words[start - 2], lexicon):
            start -= 2  # `Mohammed bin Abdulrahman Al Thani`
        elif start > 1 and joining_hyphen(words[start - 1]) and _name_word(words[start - 2], lexicon):
            start -= 2  # `Mohammad-Reza Rezaei`, split at its hyphen
        else:
            break
    if start == 0:
        return None
    split = _after_portfolio_words(words, start)
    # (`spokesperson in the Western Cape Shivani Wahab`: where the place's dictionary words end, a name
    # no dictionary holds begins; `Director of Public Health Jane Roe`, all dictionary words, is unclear)
    if not _ends_a_role(words[start - 1], lexicon) and split == start:
        return None
    start = split
    run, role = words[start:], words[:start]
    named = sum(t.lower_ not in NAME_PARTICLES and not joining_hyphen(t) for t in run)
    if not 2 <= named <= MAX_CLOSING_NAME:
        return None
    if any(_a_place(t, run) for t in run) or not any(t.lemma_.lower() in lexicon.person_nouns for t in role):
        return None  # (`defence chiefs of South Korea and the United States`: a place the model named)
    if role[-1].lower_ in PLACE_PREPOSITIONS or role[-1].lower_ == "for":
        # (`Residents of Rose Hill said`, `Villagers from Yuen Long`: a name after `of` is where or whose;
        # `A spokeswoman for Hillary Clinton says`: after `for`, whom the role serves)
        return None
    return doc[run[0].i : run[-1].i + 1]


def _after_portfolio_words(words: list[Token], start: int) -> int:
    """`Department of Disaster Management` | `Mizanur Rahman`: the portfolio's dictionary words before a
    word no dictionary holds are the portfolio's. (A given name the dictionary holds, `Mohammed bin …`,
    stays, since no such word follows it.)"""
    doc, end, index = words[0].doc, words[-1].i + 1, start
    while index < len(words) and portfolio_word(doc, words[index].i, end):
        index += 1
    # (`Minister of National Security` | `Fitzgerald Hinds`: two names left after the portfolio's words are a name
    # even where the dictionary holds the first)
    # (and not `Homeland` | `Security Investigations`, a plural no name ends on)
    named = index < len(words) and words[index].is_title and (outside_dictionary(words[index]) or (
        len(words) - index >= MIN_NAME_AFTER_PORTFOLIO and all(w.tag_ == "NNP" for w in words[index:])))
    return index if named else start


def _a_place(word: Token, run: list[Token]) -> bool:
    """A word the model named as a place, unless it is a first name alone before a surname it left
    unlabelled (`lawyer Paris Loizou`)."""
    if word.ent_type_ not in PLACES:
        return False
    if entity_start(word.doc, word.i) < run[0].i:
        return False  # (`the Northern Cape Priyanka Govender`: a place's entity the model ran on into the name)
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    first_name = (word.ent_iob_ == "B" and after is not None and after in run and not after.ent_type_
                  and after.pos_ == "PROPN" and word.head.i == after.i)
    return not first_name


def _name_word(token: Token, lexicon: Lexicon) -> bool:
    lower = token.lower_.rstrip(".")
    return (token.pos_ == "PROPN" and CAPITALISED_WORD.fullmatch(token.text) is not None and lower not in lexicon.titles
            and lower not in lexicon.role_types and lower not in lexicon.place_words and not lexicon.is_any_body(lower)
            and lower not in lexicon.company_suffixes
            and lower not in lexicon.description_heads)


def _ends_a_role(token: Token, lexicon: Lexicon) -> bool:
    """A word a name may follow straight after a role: lower case, or a title, role, place or kind of body."""
    lower = token.lower_.rstrip(".")
    if token.dep_ == "cc" or token.pos_ == "DET":
        return False  # `the minister and Jane Roe`: two who speak together; `the` opens no person's name
    return (token.is_lower or lower in lexicon.titles or lower in lexicon.role_types or lower in lexicon.person_nouns
            or lower in lexicon.place_words or lexicon.is_kind_of_body(lower) or lower in lexicon.company_suffixes)


def name_opening_phrase(token: Token, book: SpeakerBook) -> Token | None:
    """`Ray Hunt of Frankies Wholesale said`, parsed with the workplace as the subject: a person's name
    that opens the subject's phrase, with `of` after it, is who speaks."""
    doc = token.doc
    first = doc[token.left_edge.i]
    mention = book.actor_at(first.idx, first.idx + len(first)) if first.i < token.i else None
    if mention is None or mention.type is not ActorType.PERSON:
        return None
    own = book.actor_at(token.idx, token.idx + len(token))
    if own is not None and own.type is ActorType.PERSON:
        return None  # (`Shahi Imam of Fatehpuri Masjid Mufti Mukarram Ahmed said`: the subject is a person's name)
    name = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if name is None or name.end >= token.i or doc[name.end].lower_ != "of":
        return None
    return doc[name.end - 1]


def acronym_named_before(token: Token, book: SpeakerBook) -> Token | None:
    """`According to the IFA there is …`, the acronym unlabelled, after `the Irish Farmers' Association`:
    a word in capitals that spells an earlier body's initials, is written as its mention, or was given
    in brackets after it (`the Nationalist Party (PN)`) is that body (found through the mention's own
    token, which the caller reads)."""
    letters = acronym_key(token.text) if not token.ent_type_ else None
    if letters is None:
        return None
    text, bracketed = book.text, f" ({token.text})"  # (the book keeps the text: `doc.text` is rebuilt per call)
    earlier = next((m for m in book.between(0, token.idx) if m.type is not ActorType.PERSON and (
        m.text == token.text or initials(m.actor) == letters or text.startswith(bracketed, m.end))), None)
    if earlier is None:
        return None
    span = token.doc.char_span(earlier.start, earlier.end, alignment_mode="expand")
    return span.root if span is not None else None


def holder_of_role_acronym(token: Token, book: SpeakerBook, lexicon: Lexicon) -> Token | None:
    """`The PS said`, after `the Permanent Secretary (PS) of the Ministry of Communication and Aviation Moses
    Virivolomo`: a word in capitals that an earlier sentence gave in brackets after a role, not a body, is the
    person that sentence names nearest the brackets."""
    if not token.is_upper or len(token.text) < 2 or not token.is_alpha:
        return None
    bracket = book.text.rfind(f"({token.text})", 0, token.idx)
    opened = token.doc.char_span(bracket, bracket + 1, alignment_mode="expand") if bracket >= 0 else None
    if opened is None:
        return _holder_by_initials(token, book, lexicon)
    sentence, role = opened.sent, _role_before_bracket(token.doc, opened.start)
    if role is None or role.lower_ not in lexicon.person_heads and role.lower_.rstrip(".") not in lexicon.titles:
        return None  # `the Nationalist Party (PN)`: a body's acronym, which `acronym_named_before` reads
    people = [m for m in book.between(sentence.start_char, sentence.end_char) if m.type is ActorType.PERSON]
    if not people:
        return None
    nearest = min(people, key=lambda m: min(abs(m.start - bracket), abs(m.end - bracket)))
    span = token.doc.char_span(nearest.start, nearest.end, alignment_mode="expand")
    return span.root if span is not None else None


def _role_before_bracket(doc: Doc, bracket: int) -> Token | None:
    """The word an acronym's role opens on: `Commissioner (RC)`, and `Director of Public Prosecution (DPP)`, the
    role's title before its `of` phrase."""
    if bracket == 0:
        return None
    start = bracket - 1
    while start > max(0, bracket - MAX_TITLE_TOKENS):
        before = doc[start - 1]
        joined = before.lower_ in ("of", "for") and start > 1 and doc[start - 2].is_title
        if not (before.is_title and before.lower_ not in ("the", "a", "an") or joined):
            break
        start -= 2 if joined else 1
    return doc[start]


def _holder_by_initials(token: Token, book: SpeakerBook, lexicon: Lexicon) -> Token | None:
    """`the RC acknowledged`, after `Regional Commissioner Thobias Andengenye`: the person nearest before
    whose title's capitalised words the letters spell."""
    doc, letters = token.doc, token.text
    for mention in reversed(book.between(0, token.idx)):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if mention.type is not ActorType.PERSON or span is None or span.start < len(letters):
            continue
        words = doc[span.start - len(letters) : span.start]
        title = words[-1].lower_ in lexicon.person_heads or words[-1].lower_ in lexicon.titles
        if title and all(w.is_title for w in words) and "".join(w.text[0] for w in words) == letters:
            return span.root
    # (`Chief Justice of Pakistan Justice Qazi Faez Isa` … `remarks CJP`: the initials of a role given earlier,
    # when the article names no body so)
    if book.types.get(letters, frozenset()) - {ActorType.PERSON}:
        return None
    wanted = letters.lower()
    for mention in reversed(book.between(0, token.idx)):
        if mention.type is not ActorType.PERSON or wanted not in book.words.get(mention.actor, frozenset()):
            continue  # (the book holds each person's role initials already: a set lookup before any work)
        role = book.roles.get(mention.actor) or ""
        # (and not `FBI Director Louis Freeh` … `the FBI said`: letters the role writes as a word are a body's)
        if wanted in role_initials(role) and wanted not in (word.strip("()").lower() for word in role.split()):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            return span.root if span is not None else None
    return None

"""The name a subject phrase holds in apposition: `The head of the FBI investigation in Dar es Salaam,
Kenneth Piernick, said`, `The Communist Party daily Granma said`, `The union representing doctors, the
Australian Salaried Medical Officers' Federation, said`.

Notes: a pass of the speaker sieve (`speakers.py`), before descriptions are resolved: a subject that
names its speaker needs no antecedent. Only the subject's own phrase is read, up to MAX_SUBJECT_TOKENS.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_subjects import CLOSING_MARKS
from .datelines import is_dateline, name_before_verb, subject_after_dateline
from .lexicon import Lexicon
from .body_names import inside_a_portfolio
from .name_evidence import after_a_role, entity_end, entity_start, set_off_role, small_word
from .set_off_names import named_before_who_clause

MIN_NAME_WORDS = 2  # a name that ends a role's phrase: given name and surname
EXAMPLE_WORDS = frozenset({"including", "like", "such", "among", "besides", "except", "excluding"})
MAX_SUBJECT_TOKENS = 60
LEADING_VERBS = frozenset({"lead", "head"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
NAMING_VERBS = frozenset({"call", "name", "dub", "know", "identify", "surname"})
RESIDENT_NOUNS = frozenset({"resident", "native", "inhabitant"})  # someone `of` a place lives there


def appositive_name(token: Token, lexicon: Lexicon) -> Token | None:
    """The name a subject phrase holds in apposition: `The head of the FBI investigation in Dar es Salaam,
    Kenneth Piernick, said`; `The Communist Party daily Granma said` (a body's name with no comma);
    `Its Brazil director, Carolina Pasquali,` (a person's role: the name the small
    model labelled a body is the person's)."""
    dateline = is_dateline(token)
    # (`Bagong Alyansang Makabayan (Bayan) Secretary General Renato Reyes Jr.`: a name with an acronym in
    # brackets after it is a body's, whatever the model labelled it)
    bracketed = any(c.dep_ == "appos" and c.i > 0 and token.doc[c.i - 1].text == "(" for c in token.rights)
    if token.ent_type_ == "PERSON" and token.lower_ not in lexicon.role_types and not dateline and not bracketed:
        # `Gregory Craig, attorney for Elian's father Juan Miguel Gonzalez,` is Craig; `SIPTU Organiser`,
        # labelled a person, is a role (`ALOR GAJAH, Nov 9 —`, labelled a person, is a dateline)
        return None
    if token.right_edge.i - token.left_edge.i > MAX_SUBJECT_TOKENS:
        return None  # a subject that long is a misparse, and reading it per quotation would not be linear
    called = _name_it_is_called(token) or _leader_of_unnamed(token)
    if called is not None:
        return called
    person_words = lexicon.person_nouns
    if token.lemma_.lower() in person_words and not dateline:
        quoted = _name_after_quotation_before_role(token)
        if quoted is not None:
            return quoted
    # (`Minister of Information and Communications Technologies, Mauricio Lizcano, said`, parsed with the
    # portfolio's last word as the subject and the role as its modifier)
    role_modified = any(t.dep_ == "nmod" and t.lemma_.lower() in person_words for t in token.lefts)
    if token.lemma_.lower() in person_words or dateline or role_modified:
        closing = _closing_name(token)
        if closing is not None and (_after_a_role_in_a_clause(closing, token, lexicon)
                                    or _a_real_place(closing, lexicon)):
            closing = None
        closing = (closing or _name_ending_role(token, lexicon) or _person_set_off_at_the_end(token)
                   or (name_before_verb(token) or subject_after_dateline(token) if dateline else None))
        if closing is not None:
            return closing
    body = _closing_body(token, lexicon) or _name_after_kind(token, lexicon)
    if body is not None:
        return body
    if _name_with_role(token, lexicon):
        return None  # `Harish Chander, deputy commissioner of police, Noida Central, said`: the role's place
    for inner in token.subtree:
        if inner.dep_ != "appos" or inner.i <= token.i and inner.head.i != token.i:
            continue
        if _among(inner, token):
            continue  # `Critics, including the Bavarian premier Markus Soeder,`: one of them, not their name
        if _after_a_role_in_a_clause(inner, token, lexicon):
            continue
        comma = inner.doc[inner.left_edge.i - 1].is_punct if inner.left_edge.i > 0 else False
        if inner.ent_type_ == "PERSON" and not small_word(inner) or (
                inner.ent_type_ == "ORG" and not comma and inner.head.i == token.i):
            return inner
        # `Pogba's agent, Rafaela Pimenta,`, read as a place; `Finance portfolio holder and group leader,
        # Councillor Aled Davies,`, read as a body and hung on the second role
        role = inner.head if inner.head.i == token.i or inner.head in token.conjuncts else None
        # (and `Her son, Obai, 10, said`: a child's name read as a place)
        if inner.ent_type_ in ("ORG", "GPE") and role is not None and (
                role.lemma_.lower() in person_words or role.lemma_.lower() in lexicon.kinship_words):
            return inner
        # (`according to the director of the Transit Police, Germán Marín`: a name set off at the very end of a
        # person's role, hung on the body the role is of, is the role's holder)
        # (and `the head of the health ministry in Damascus, Mohammed Samer Shahrour,`, the surname left out of
        # the person the model labelled)
        named = inner.ent_type_ in ("ORG", "PERSON") or any(t.ent_type_ == "PERSON" for t in inner.lefts)
        if (named and inner.right_edge.i == token.right_edge.i
                and token.lemma_.lower() in person_words and not small_word(inner)
                and after_a_role(inner.doc, inner.left_edge.i, inner.right_edge.i + 1, lexicon)):
            return inner
        # (`The United Nations Interim Force in Lebanon (UNIFIL) spokesperson, Kandice Ardiel, warned`, the
        # body parsed as the subject with the role and the name both its appositives: the role's holder)
        if inner.ent_type_ in ("ORG", "PERSON") and comma and _role_just_before(inner, token, person_words):
            return inner
    return None


def _name_with_role(subject: Token, lexicon: Lexicon) -> bool:
    """Is the subject a name (capitalised, whatever the model labelled it) that a role is set off after?"""
    return subject.pos_ == "PROPN" and subject.is_title and subject.ent_type_ in ("PERSON", "") and any(
        set_off_role(c, lexicon) for c in subject.children)


def _a_real_place(name: Token, lexicon: Lexicon) -> bool:
    """A name the model read as a place that is one the lexicon knows (a country or a capital)."""
    return name.ent_type_ == "GPE" and (name.lower_ in lexicon.countries or name.lower_ in lexicon.capitals)


def _closing_body(subject: Token, lexicon: Lexicon) -> Token | None:
    """`The union representing doctors, the Australian Salaried Medical Officers' Federation, said`, parsed
    with the name in apposition to the doctors: a body's name set off right before the verb of a subject
    that is a kind of body is that body's, when the kind fits it (`the union` a federation)."""
    head = subject.lemma_.lower()
    if not lexicon.is_kind_of_body(head):
        return None
    closing = _closing_name(subject)
    if closing is None or closing.ent_type_ != "ORG":
        return None
    fits = {head} | lexicon.description_heads[head].fits
    words = {t.lower_ for t in subject.doc[entity_start(subject.doc, closing.i) : closing.i + 1]}
    return closing if "any" in fits or fits & words else None


def _person_set_off_at_the_end(role: Token) -> Token | None:
    """`…,” said Bali’s Acting Governor, Sang Made Mahendra Jaya.`, parsed with `Made` as a verb: a person
    the model named whole, set off by a comma right after the role and closing the sentence (or its clause)."""
    doc = role.doc
    comma = role.right_edge.i + (doc[role.right_edge.i].text != ",")
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].ent_type_ != "PERSON":
        return None
    first = doc[comma + 1]
    end = entity_end(doc, first.i)
    if first.ent_iob_ != "B" or end > role.sent.end - 1:
        return None
    # (or set off again before where it was said: `…, Sang Made Mahendra Jaya, at the … building on Monday`)
    where = doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].pos_ == "ADP"
    return doc[end - 1] if doc[end].text in (".", "!", "?") or where else None


def _name_after_kind(subject: Token, lexicon: Lexicon) -> Token | None:
    """`Local rights group LICADHO described …`, parsed with the name as the verb's adverb: a name written
    straight after a subject that says what kind of body or person speaks, and running up to the verb."""
    doc, verb = subject.doc, subject.head
    kind = subject.lemma_.lower()
    if verb.i <= subject.i + 1 or not (lexicon.is_kind_of_body(kind) or kind in lexicon.person_nouns):
        return None
    first = doc[subject.i + 1]
    if first.ent_type_ not in ("ORG", "PERSON") or first.ent_iob_ != "B" or first.head.i == subject.i:
        return None
    last = entity_end(doc, first.i) - 1
    return doc[last] if last == _word_before_verb(subject) else None


def _name_it_is_called(subject: Token) -> Token | None:
    """`A group calling itself Journalists Against Corruption has urged …`, `a militia known as the
    Wagner Group said`, `a police officer identified as detective John Bamwenda`: the name the subject
    is given. (`A student surnamed Chung`: whatever the model took a surname for, it is a name.)"""
    # (`A merchant at Labone, who identified herself as Gladys,`: the parse may hang the clause on the place)
    placed = [c for p in subject.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
              for c in o.children if c.dep_ == "relcl"]
    for clause in (*subject.children, *placed):
        # (`A woman, who only identified herself as Wendy, said`: a relative clause naming oneself)
        itself = clause.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in clause.children)
        # (`Another, who gave his name as Yiu, said`)
        own_name = clause.dep_ == "relcl" and clause.lemma_.lower() == "give" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in clause.children)
        if own_name or (clause.dep_ == "acl" or itself) and clause.lemma_.lower() in NAMING_VERBS:
            if not own_name and any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in clause.children):
                continue  # `Angry residents called on Mayor John Doe to …`: an appeal, not a name
            surname = clause.lower_ == "surnamed"
            # (`a Mobile Money vendor known as Asabea`: a capitalised name after `as`, whatever the model labelled)
            named = [t for t in clause.subtree if t.i > clause.i and (
                t.ent_type_ in ("ORG", "PERSON", "NORP") or (surname or _named_as(t)) and t.pos_ == "PROPN"
                and t.is_title)]
            if named:
                return subject.doc[entity_end(subject.doc, named[0].i) - 1]
    return None


def _named_as(word: Token) -> bool:
    return word.dep_ == "pobj" and word.head.lower_ == "as"


def _name_after_quotation_before_role(role: Token) -> Token | None:
    """`"…," Akwasi Sarpong, spokesman for the sports ministry said`, parsed with the role as the subject:
    the name between the closing quotation mark and the comma that sets the role off."""
    doc = role.doc
    comma = role.left_edge.i - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    name = doc[comma - 1]
    first = entity_start(doc, name.i)
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or first < 1:
        return None
    return name if doc[first - 1].text in CLOSING_MARKS else None


def _leader_of_unnamed(subject: Token) -> Token | None:
    """`The prosecution, led by Chief Inspector Margaret Ofori Boadi, asked the court`: a team the text
    does not name speaks through the person it says leads it."""
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    for clause in (c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in LEADING_VERBS):
        agent = next((c for c in clause.children if c.dep_ == "agent"), None)
        leader = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if leader is not None and leader.ent_type_ == "PERSON":
            return leader
    return None


def _closing_name(subject: Token) -> Token | None:
    """`The spokesperson for the Houthis, Yahya Saree, stated`, where the parse hung the name inside the
    role's phrase; `Addis Ababa: The outgoing chairperson of the Commission, Moussa Faki, said`, where it
    read the dateline as the subject: a name set off by commas right before the subject's verb."""
    doc, verb = subject.doc, subject.head
    if verb.i <= subject.i + 3:
        return None
    comma = _word_before_verb(subject)  # `, Yahya Saree, had earlier said`
    last = doc[comma - 1]
    if last.text == ")" and last.i - 3 > subject.i:
        # (`…, Mauro Mendes (Union Brasil), declared`: the party or acronym after the name is an aside)
        opening = next((i for i in range(last.i - 1, subject.i, -1) if doc[i].text == "("), None)
        last = doc[opening - 1] if opening is not None and opening - 1 > subject.i else last
    # (`The leader of the Agrounia movement Michał Kołodziejczak, who was among the protesters, said`)
    named = named_before_who_clause(last) if doc[comma].text == "," else None
    if named is not None and named.i > subject.i and not _lives_in(named):
        return named
    # (`Another deportee from Pakistan, Gulzar, said`: a one-word name the model read as a place)
    placed = last.ent_type_ == "GPE" and last.ent_iob_ == "B" and last.pos_ == "PROPN"
    # (`Residents of Kalkacha village, Galole constituency,`: no name ends on a small word)
    if doc[comma].text != "," or last.ent_type_ not in ("PERSON", "ORG") and not placed or small_word(last):
        return None
    first = entity_start(doc, last.i)
    while first > subject.i + 2 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
        first -= 1  # `, Mr Johnson Asiedu` | `Nketiah,`: a name the model labelled in pieces
    return last if first > subject.i + 1 and doc[first - 1].text == "," else None


def _role_just_before(name: Token, subject: Token, person_words: frozenset[str]) -> bool:
    return any(c.dep_ == "appos" and c.lemma_.lower() in person_words and c.right_edge.i + 2 == name.left_edge.i
               for c in subject.children)


def _lives_in(word: Token) -> bool:
    """`a resident of Kayamla`: the name after a resident's `of` is a place, whatever the model labelled it."""
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_.lower() in RESIDENT_NOUNS


def _name_ending_role(subject: Token, lexicon: Lexicon) -> Token | None:
    """`President of the International Longshoremen's Association Harold Daggett told`: a name that
    ends the role's phrase right before its verb, after the body the role is of. (In `The lawyer for
    Paul Manafort said` the name is whom the role serves.)"""
    doc, verb = subject.doc, subject.head
    if verb.i <= subject.i or not any(c.dep_ == "prep" for c in subject.children):
        return None
    last = doc[_word_before_verb(subject)]
    if last.ent_type_ not in ("PERSON", "ORG") or last.pos_ != "PROPN":
        return None
    first = entity_start(doc, last.i)
    before = doc[first - 1]
    # (`Minister of Transport, Highways, Ports, and Civil Aviation Bimal Rathnayake had stated`, the portfolio's
    # last words read into the name: a portfolio before the name is as good as a body)
    body_before = (before.ent_type_ == "ORG" or lexicon.is_kind_of_body(before.lower_)
                   or inside_a_portfolio(doc, first, lexicon))
    if first <= subject.i + 2 or not body_before or last.i - first + 1 < MIN_NAME_WORDS:
        return None
    return last


def _word_before_verb(subject: Token) -> int:
    """The last word between the subject and its verb that is no adverb, auxiliary or particle."""
    doc, index = subject.doc, subject.head.i - 1
    while index > subject.i and doc[index].pos_ in ("ADV", "AUX", "PART"):
        index -= 1
    return index


def _after_a_role_in_a_clause(inner: Token, subject: Token, lexicon: Lexicon) -> bool:
    """`The minister, who was represented by the Permanent Secretary, Dr Jane Roe, admitted`: a name right
    after a relative clause of the subject that names a person's role is that role's holder, not the subject's."""
    return any(clause.dep_ == "relcl" and clause.right_edge.i < inner.left_edge.i
               and any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in lexicon.person_nouns for t in clause.subtree)
               for clause in subject.children)


def _among(inner: Token, subject: Token) -> bool:
    """Is `inner` named as an example or member of the subject (`including …`, `such as …`)?"""
    for ancestor in inner.ancestors:
        if ancestor.i == subject.i:
            return False
        if ancestor.lower_ in EXAMPLE_WORDS:
            return True
    return False

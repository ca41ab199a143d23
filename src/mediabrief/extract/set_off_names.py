"""A name the parse left apart from a subjectless speech verb, set off by commas or written straight
before it: `…, the leader of Hamas Ismail Haniyeh said`, `…, Reuven Azar, has said`, `…, Italy's coast
guard said yesterday`, a name and its `who` clause, its role or a participle's phrase before the verb.

Notes: readings of the words around the verb where the small model's parse is wrong in known ways;
`cues.find_cues` asks them after the parse's own subject (`cue_subjects.py`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .name_evidence import date_word, entity_start

MAX_ROLE_WORDS = 16  # a role set off between a name and its verb
MAX_TITLES_BEFORE = 2  # `Dr`, `Prof Dr`: titles the model may leave out of a name set off by commas


def name_just_before(verb: Token) -> Token | None:
    """`…, the leader of Hamas Ismail Haniyeh said the group would …`, parsed with no subject: the
    name written straight before a finite speech verb says it."""
    doc, index = verb.doc, verb.i
    if verb.tag_ == "VBN":  # `…, Reuven Azar, has said that …`: the finite word is the auxiliary
        index = next((a.i for a in verb.lefts if a.dep_ == "aux" and a.i == verb.i - 1), index)
    finite = index < verb.i or verb.tag_ in ("VBD", "VBZ", "VBP")
    if not finite or index == 0:
        return None
    before = doc[index - 1]
    if before.ent_type_ == "DATE" and index >= 3:
        # (`In the wake of the floods Chief Minister Pinarayi Vijayan on Monday said`: past the day it was said on)
        day = entity_start(doc, index - 1)
        if day >= 2 and doc[day - 1].lower_ == "on" and doc[day - 2].ent_type_ == "PERSON":
            before = doc[day - 2]
    if before.text == ")" and index >= 3 and doc[index - 3].text == "(":
        # `… the Trinidad and Tobago Registered Nurses Association (TTRNA) says it will …`: past the acronym
        body = doc[index - 4] if index >= 4 else before
        if body.ent_type_ == "ORG" and body.pos_ == "PROPN":
            return body
    if before.text == "," and index >= 2 and _set_off_name(doc[index - 2]):
        before = doc[index - 2]
    elif before.text == "," and _set_off_with_role(before.head, before):
        before = before.head
    elif before.text == "," and index >= 2:
        last = doc[index - 2]
        before = (named_before_who_clause(last) or _named_before_participle(last) or _named_before_role(last)
                  or _named_before_role_words(doc, index - 1) or before)
    # (`On 22 August Dissanayake told parliament`: a name the model left unlabelled, hung on the date)
    after_date = not before.ent_type_ and before.is_title and index >= 2 and date_word(doc[index - 2])
    if before.pos_ != "PROPN" or before.ent_type_ != "PERSON" and not after_date:
        return None
    while before.dep_ == "conj" and before.head.ent_type_ == "PERSON":
        before = before.head  # `Obama and Clinton call them`: the first of them, with the rest joined to it
    return before



def named_before_who_clause(last: Token) -> Token | None:
    """`Speaking to Tolo News, Jamaluddin, who has been deported from Pakistan, said`, parsed with the name
    in apposition to the news channel: a name whose `who` clause runs up to the comma before the verb."""
    clause = next((a for a in (last, *last.ancestors) if a.dep_ == "relcl"), None)
    if clause is None or clause.right_edge.i != last.i or not any(c.lower_ == "who" for c in clause.children):
        return None
    return clause.head if clause.head.ent_type_ == "PERSON" and clause.head.pos_ == "PROPN" else None



def _named_before_participle(last: Token) -> Token | None:
    """`…, additional solicitor-general Tushar Mehta, appearing for the Delhi police, told`, parsed with no
    subject: a name set off before a participle's phrase that runs up to the comma before the verb."""
    participle = next((a for a in (last, *last.ancestors) if a.tag_ == "VBG" and a.dep_ in ("advcl", "acl")), None)
    if participle is None or participle.right_edge.i != last.i:
        return None
    if participle.left_edge.i != participle.i:
        # (`Deputy Solicitor General Rajiv Goonatilleke appearing for the Attorney General, stated`: the name
        # read as the participle's own subject)
        subject = next((c for c in participle.lefts if c.dep_ == "nsubj" and c.i == participle.i - 1), None)
        return subject if subject is not None and subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN" else None
    name = last.doc[participle.i - 2] if participle.i >= 2 and last.doc[participle.i - 1].text == "," else None
    return name if name is not None and name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else None



def _named_before_role_words(doc: Doc, comma: int) -> Token | None:
    """`Speaking to Anadolu Agency, Adan Mohumed Farah, country adviser for the UK-based group Save the Children,
    said`, the role's own name misparsed so that no phrase of the parse runs up to the comma: the words between
    the two commas, opening in small letters and with no finite verb among them, are the role of the name
    before them."""
    opening = next((i for i in range(comma - 1, max(comma - MAX_ROLE_WORDS, 0), -1) if doc[i].text == ","), None)
    if opening is None or opening < 1 or opening + 1 >= comma or not doc[opening + 1].is_lower:
        return None
    role = doc[opening + 1 : comma]
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.is_quote for t in role):
        return None
    name = doc[opening - 1]
    return name if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else None


def _named_before_role(last: Token) -> Token | None:
    """`…, Justice Pratibha Rani, the presiding judge, asked the police`, parsed with the name in apposition
    to what came before: a name whose role, set off by commas, runs up to the comma before the verb."""
    role = next((a for a in (last, *last.ancestors) if a.dep_ == "appos" and a.pos_ == "NOUN"), None)
    if role is None or role.right_edge.i != last.i or role.left_edge.i < 1:
        return None
    name = role.head
    comma = last.doc[role.left_edge.i - 1]
    named = name.ent_type_ == "PERSON" and name.pos_ == "PROPN"
    return name if comma.text == "," and name.i == comma.i - 1 and named else None



def phrase_set_off_before(verb: Token) -> Token | None:
    """`… capsized off Libya, Italy's coast guard said yesterday`, parsed as a second verb of the clause
    before, with the speaker in apposition to its last noun: the phrase a comma sets off straight before
    a finite verb."""
    # (`…, the Irish Nurses and Midwives Organisation (INMO) has claimed`: the auxiliary is the finite word,
    # and an acronym in brackets may close the phrase)
    finite = next((a.i for a in verb.lefts if a.dep_ == "aux" and a.i == verb.i - 1), None) if verb.tag_ == "VBN" else (
        verb.i if verb.tag_ in ("VBD", "VBZ", "VBP") else None)
    if not finite:
        return None
    last = verb.doc[finite - 1]
    before = last.head if last.text == ")" else last
    start = before.left_edge.i
    if before.dep_ != "appos" or before.pos_ not in ("NOUN", "PROPN") or before.right_edge.i != last.i:
        return None
    return before if start > 0 and verb.doc[start - 1].text == "," else None



def _set_off_with_role(name: Token, comma: Token) -> bool:
    """`In a statement to Oman News Agency, Muhanna bin Moosa bin Baqer, Director General of Ports at …,
    said`, parsed as a list with the agency: a person's name whose phrase, its role after it, commas set off
    right before the verb."""
    doc = name.doc
    return (name.ent_type_ == "PERSON" and name.pos_ == "PROPN" and name.i < comma.i == name.right_edge.i
            and name.left_edge.i > 0 and doc[name.left_edge.i - 1].text == ",")



def _set_off_name(last: Token) -> bool:
    """Is `last` the end of a person's name that a comma opens (`Israeli Ambassador to India, Reuven Azar,`,
    `the Minister for Health, Dr Jane Ruth Aceng,`)?"""
    doc, name_start = last.doc, entity_start(last.doc, last.i)
    first = name_start
    while first > 1 and name_start - first < MAX_TITLES_BEFORE and doc[first - 1].is_title and (
            not doc[first - 1].ent_type_ and doc[first - 1].pos_ == "PROPN"):
        first -= 1  # a title the model left out of the name
    return last.ent_type_ == "PERSON" and first > 0 and doc[first - 1].text == ","


def person_closing_subject(token: Token, lexicon: Lexicon) -> Token | None:
    """`Malta Union of Midwives and Nurses president Paul Pace told …`, parsed with the union as the subject
    and the person inside its phrase: a person named after a role word, straight before the verb, speaks."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or token.ent_type_ == "PERSON" or verb.i <= token.i + 2:
        return None
    last = token.doc[verb.i - 1]
    if last.ent_type_ != "PERSON" or last.right_edge.i != verb.i - 1 or not token.left_edge.i < last.i:
        return None
    if not any(t.i == last.i for t in token.subtree):
        return None
    start = entity_start(token.doc, last.i)
    role = token.doc[start - 1] if start > token.left_edge.i else None
    if role is None or not role.is_lower or role.lemma_.lower() not in lexicon.person_nouns:
        return None
    return last

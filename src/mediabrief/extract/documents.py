"""Who wrote a document that speaks: `Juan Miguel Gonzalez wrote in a letter`, `a report released by
the agency`, and the same document named before (`according to the poll` after `A Bloomberg poll shows`).

Notes: read off the parse alone; `speakers._document_source` turns what these find into a speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .genders import PRONOUN_GENDER
from .ranges import inside

DOCUMENT_LOOKBACK_TOKENS = 150  # a few sentences: `the poll` further back may be another poll


def writer_of(document: Token) -> Token | None:
    """`Juan Miguel Gonzalez wrote in a letter …`, `the Kremlin issued a statement`, `a report released by
    the agency`: the subject (or `by` agent) of the verb whose object the document is, when it names someone."""
    by = next((c for c in document.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    named = _named(author)
    if named is not None:
        return named  # `A statement by the Palestinian Islamist group said`, `a statement from the ministry`
    released = next((c for c in document.children if c.dep_ == "acl"), None)  # `a letter signed by …`
    if released is not None and released.lemma_.lower() == "sign":
        issuer = _body_issuing_what_was_signed(document)
        if issuer is not None:
            return issuer
    writer = _named(_agent_of(released)) if released is not None else None
    if writer is not None or released is not None and document.dep_ not in ("pobj", "dobj", "nsubjpass"):
        return writer
    if document.dep_ == "pobj" and document.head.dep_ == "prep":
        verb = document.head.head
    elif document.dep_ in ("dobj", "nsubjpass"):
        verb = document.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.i == document.i:
        return None
    # The subject nearest the verb: a quotation before it can lend the verb a stray one (`[April 6,]`).
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not c.is_punct]
    subject = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else _agent_of(verb)
    return _named(subject) if subject is not None and subject.i != document.i else None


def _body_issuing_what_was_signed(document: Token) -> Token | None:
    """`In a statement signed by Acting Director-General Dr Jane Roe, the Service said …`: a body that speaks
    in a statement its officer signed issued it; the signature is the officer's."""
    if document.dep_ != "pobj" or document.head.dep_ != "prep":
        return None
    verb = document.head.head
    body = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > document.i), None)
    if body is None or body.ent_type_ == "PERSON" or body.pos_ not in ("NOUN", "PROPN"):
        return None
    return body


def _agent_of(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((t for t in agent.children if t.dep_ == "pobj"), None) if agent is not None else None


def _named(token: Token | None) -> Token | None:
    """The token, when it is a named person or body, or a pronoun that can stand for one."""
    if token is None:
        return None
    person = _person_beside(token) if token.ent_type_ != "PERSON" else None
    if person is not None:
        return person  # `by the Police Public Relations Officer, Nnamdi Omoni,`: the officer by name
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.lower_ in PRONOUN_GENDER:
        return token
    if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "pobj"):
        return token  # `the organisers issued a statement`, `the ministry`: whom the resolver reads as described
    # `the charity Aegean Watch said in a statement`: the name the subject holds in apposition, or its
    # role's phrase does (`a statement by Special Adviser on Media and Publicity, Ajuri Ngelale,`)
    return next((c for c in token.subtree if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG")), None)


def _person_beside(token: Token) -> Token | None:
    """A person named in apposition to the token, or set after it by a comma (which the parse may
    have taken for the verb's subject)."""
    person = next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    edge = token.right_edge
    after = edge.i if edge.text == "," else edge.i + 1  # the parse may hang the comma on the role
    doc = token.doc
    # After a role the model left unlabelled (`Special Adviser on Media and Publicity, Kunle Adebayo,`), any
    # name is the holder, however the model labelled it.
    labels = ("PERSON",) if token.ent_type_ else ("PERSON", "ORG", "GPE", "NORP")
    if person is None and after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].ent_type_ in labels:
        person = doc[after + 1]
    return person


def _refers_back(token: Token) -> bool:
    return any(c.lower_ in ("the", "this", "that") for c in token.children)


def earlier_document(token: Token, statements: frozenset[str] = frozenset(),
                     quoted: Sequence[tuple[int, int]] = ()) -> Token | None:
    """`according to the poll` after `A Bloomberg poll shows`: the same document, named before. Among
    `statements` (a body's own documents), any one is the same as another (`In a press release, the
    government said … The statement added`). One named inside a quotation is what it speaks of, not
    itself (`"… a statement made by Mr Nketiah …," the statement said`)."""
    if not _refers_back(token):
        return None
    start = max(0, token.i - DOCUMENT_LOOKBACK_TOKENS)
    lemma = token.lemma_
    kinds = statements if lemma.lower() in statements else frozenset({lemma.lower()})
    for earlier in reversed(token.doc[start : token.i]):
        if earlier.lemma_.lower() in kinds and earlier.pos_ == "NOUN" and not inside(earlier.idx, quoted):
            return earlier
    return None


def earlier_reporter(token: Token, speech_verbs: frozenset[str], media_kinds: frozenset[str]) -> Token | None:
    """`the report said` after `…, the official Korean Central News Agency reported Thursday` (or after
    `Rodong Sinmun said …`): the body named as the subject of the last report before it."""
    if not _refers_back(token):
        return None
    lemma = token.lemma_.lower()
    verbs = {lemma, lemma.removesuffix("ment")}  # statement -> state, announcement -> announce
    for earlier in reversed(token.doc[max(0, token.i - DOCUMENT_LOOKBACK_TOKENS) : token.i]):
        if earlier.pos_ != "VERB" or not (earlier.lemma_.lower() in verbs or earlier.lemma_.lower() in speech_verbs):
            continue
        subject = next((c for c in earlier.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ == "ORG":
            return subject
        name = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) if subject else None
        if name is not None and subject.lemma_.lower() in media_kinds:
            return name  # `The ruling party's newspaper, Rodong Sinmun, said`
        if earlier.lemma_.lower() in verbs:
            return None  # the same word's verb, with no body as its subject: someone else's report
    return None

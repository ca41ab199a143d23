"""The clause a date sits in: its governing verb, its tense, and a short phrase for the event.

Notes: read off spaCy's dependency parse (ClearNLP labels). The tense rules
follow HeidelTime's use of tense to resolve underspecified dates (Strötgen &
Gertz 2013), with a few news conventions spelled out where they are applied.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .anchoring import Tense

# The tense of these words' complement is the future whatever their own tense: 'planned to leave Thursday'.
INTENT_LEMMAS = frozenset(
    {"plan", "schedule", "expect", "intend", "hope", "want", "aim", "prepare", "due", "slate", "go"}
)
# Verbs of scheduling date the event they schedule, which lies ahead whatever their own tense.
SCHEDULE_LEMMAS = frozenset({"postpone", "delay", "reschedule", "adjourn", "defer", "schedule", "slate", "plan"})
# 'could' is left out: in news it is as often past ability ('could not be located Wednesday').
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "might", "may", "can", "should", "must"})
# Dependents that belong in a short event phrase; clauses, appositions and asides do not.
PHRASE_DEPS = frozenset(
    {"det", "compound", "amod", "poss", "nummod", "case", "cc", "conj", "flat", "quantmod", "neg", "prt", "nmod"}
)
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
OBJECT_DEPS = ("dobj", "attr", "oprd", "acomp", "dative")
EVENT_WORDS = 10


def governing_verb(span: Span) -> Token | None:
    """The verb whose clause the date sits in, climbing from the span's root through nouns."""
    token = span.root
    for _ in range(12):
        # A participle heading a prepositional phrase ('following her collapse') is no clause of its own.
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "prep" and not (span.start <= token.i < span.end):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def find_tense(span: Span) -> Tense:
    """Past, present, future or unknown for the date in `span`: cue words first, then the verb."""
    verb = governing_verb(span)
    if verb is None or _modifies_noun(span):
        return Tense.NONE
    # A participle after a noun: 'the injunction issued Thursday' is done, while 'the service
    # planned for Saturday' (or 'a summit set for April') takes the tense of the clause around it.
    while verb.dep_ == "acl" and verb.tag_ == "VBN":
        if verb.lemma_ not in SCHEDULE_LEMMAS | {"set"}:
            return Tense.PAST
        verb = governing_verb(span.doc[verb.head.i : verb.head.i + 1])
        if verb is None:
            return Tense.NONE
    before = span.doc[max(span.start - 3, 0) : span.start + 1].text.lower()
    if re.search(r"\bsince\b", before):
        return Tense.PAST  # 'since May' looks back whatever the verb
    if re.search(r"as (?:soon|early) as\b", before) or verb.lemma_ in SCHEDULE_LEMMAS:
        return Tense.FUTURE
    return verb_tense(verb)


def verb_tense(verb: Token) -> Tense:
    """The tense of a verb from its tag, its auxiliaries and the intent verbs it complements."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "ccomp") and chain[-1].tag_ == "VB" and len(chain) < 4:
        chain.append(chain[-1].head)
    for index, link in enumerate(chain):
        auxes = _auxiliaries(link)
        if any(aux.lower_ in FUTURE_AUX for aux in auxes) and not any(aux.lemma_ == "have" for aux in auxes):
            return Tense.FUTURE
        if index > 0 and link.lemma_ in INTENT_LEMMAS:
            return Tense.FUTURE
    auxes = _auxiliaries(verb)
    if verb.tag_ == "VBG" and any(aux.tag_ in ("VBZ", "VBP") and aux.lemma_ == "be" for aux in auxes):
        return Tense.FUTURE  # 'is meeting on Tuesday': the present progressive of news plans
    # Simple past, past perfect, past passive and present perfect narrate the past;
    # a bare participle ('a summit set for April') or a present passive does not.
    if verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxes):
        return Tense.PAST
    if verb.tag_ == "VBN" and any(aux.lemma_ == "have" for aux in auxes):
        return Tense.PAST
    if verb.tag_ in ("VBZ", "VBP") or any(aux.tag_ in ("VBZ", "VBP") for aux in auxes):
        return Tense.PRESENT
    return Tense.NONE


def describe_event(span: Span) -> str | None:
    """Subject + verb + object (or first prepositional phrase) of the governing clause, <= 10 words."""
    verb = governing_verb(span)
    if verb is None:
        return None
    subject = _first_child(verb, SUBJECT_DEPS, span)
    if subject is None and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        subject = _first_child(verb.head, SUBJECT_DEPS, span)  # 'Kim prepared to board his train'
    tokens: list[Token] = phrase_tokens(subject) if subject is not None else []
    tokens += [child for child in verb.children if child.dep_ in ("neg", "prt") or child.tag_ == "MD"] + [verb]
    tokens += _object_tokens(verb, span)
    # Keep to the date's own sentence (sentences never cross paragraphs; see nlp.py), and
    # read no `doc.text`, which spaCy rebuilds from every token on each access.
    sentence = span.sent
    first, last = sentence.start_char - 1, sentence.end_char
    chosen = {token.i: token for token in tokens if not _in_date(token, span) and first < token.idx < last}
    words = join_tokens(sorted(chosen.values(), key=lambda t: t.i)).split()
    return " ".join(words[:EVENT_WORDS]) or None


def _object_tokens(verb: Token, span: Span) -> list[Token]:
    """The verb's object, or failing one its first prepositional phrase that is not the date's."""
    complement = _first_child(verb, OBJECT_DEPS, span)
    if complement is not None:
        return phrase_tokens(complement)
    for child in verb.children:
        if child.dep_ == "prep" and not _overlaps(child, span):
            objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
            if objects:
                return [child] + phrase_tokens(objects[0])
    return []


def phrase_tokens(token: Token, limit: int = 6) -> list[Token]:
    """A short noun phrase: the word and its determiners, modifiers and conjuncts; no clauses."""
    tokens = [token]
    for child in token.children:
        if child.dep_ in PHRASE_DEPS:
            tokens += phrase_tokens(child, limit)
    if len(tokens) > limit:
        tokens = [token] + [child for child in token.children if child.dep_ in ("compound", "det", "poss", "flat")]
    return tokens


def join_tokens(tokens: list[Token]) -> str:
    """Tokens in text order, spaced as in the text where they are neighbours."""
    words = []
    for token, following in zip(tokens, [*tokens[1:], None]):
        adjacent = following is not None and following.i == token.i + 1
        words.append(token.text_with_ws if adjacent else token.text + " ")
    return re.sub(r"\s+", " ", "".join(words)).strip(" ,;:-")


def _modifies_noun(span: Span) -> bool:
    """'Wednesday's ruling', 'the Jan. 14 deadline': the clause's tense is not the date's."""
    return span.root.dep_ in ("poss", "compound", "nmod", "amod") and span.root.head.pos_ in ("NOUN", "PROPN")


def _auxiliaries(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in ("aux", "auxpass")]


def _first_child(token: Token, deps: tuple[str, ...], span: Span) -> Token | None:
    """The first such dependent that is not the date itself ('this week's summit' keeps 'summit')."""
    return next((c for c in token.children if c.dep_ in deps and not span.start <= c.i < span.end), None)


def _in_date(token: Token, span: Span) -> bool:
    """Part of the date, or the possessive 's hanging on it."""
    inside = span.start <= token.i < span.end
    return inside or (token.dep_ == "case" and span.start <= token.head.i < span.end)


def _overlaps(token: Token, span: Span) -> bool:
    subtree = list(token.subtree)
    return subtree[0].i < span.end and subtree[-1].i >= span.start

"""Datelines the parse takes for a sentence's subject (`CALGARY —`, `Addis Ababa:`, `NAIROBI, Kenya, Mar 8 -`),
and who the sentence is really about: the name before its verb, or the noun past its dash.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

DATELINE_TOKENS = 12  # `Granada (Spain), Oct. 6 (EFE).-`
DATELINE_MARKS = frozenset({":", "—", "–", "-", "--"})
DATELINE_ENDINGS = (".-", ")-")  # how the tokenizer may glue an agency's dash to it: `(EFE).-`


def is_dateline(token: Token) -> bool:
    """`Addis Ababa: …`, `Granada (Spain), Oct. 6 (EFE).- …`, `CALGARY — …`: a place opening the
    sentence and set off by a colon or a dash, which the parse may take for the subject."""
    # (a wire writes the city in capitals, which the model may take for a body: `KINGSTON, Jamaica —`)
    place = token.ent_type_ in ("GPE", "LOC") or token.is_upper and token.is_alpha and len(token) > 2
    # `NAIROBI, Kenya, Mar 8 -The …`: the date of a dateline, a few words in, which the parse took for the subject
    dated = token.ent_type_ == "DATE" and token.i - token.sent.start <= DATELINE_TOKENS // 2
    # (`PALMER’S CROSS, Clarendon —`: a place of words in capitals, a possessive among them)
    opening = all(t.is_upper or t.tag_ == "POS" for t in token.doc[token.sent.start : token.i])
    if not (place and (token.i - token.sent.start <= 1 or opening) or dated):
        return False
    doc = token.doc
    end = min(token.i + DATELINE_TOKENS, token.head.i, len(doc))
    # (`Mar 8 -The …`: a dash glued to the first word of the story)
    return any(t.text in DATELINE_MARKS or t.text.endswith(DATELINE_ENDINGS) or t.text[:1] in "-\u2013\u2014" and t.is_title
               for t in doc[token.i + 1 : end])


def subject_after_dateline(dateline: Token) -> Token | None:
    """`PALMER’S CROSS, Clarendon — Residents of … are frustrated`: the noun the parse hung on the
    dateline after its dash is the subject."""
    doc = dateline.doc
    dash = next((t.i for t in doc[dateline.i + 1 : dateline.head.i] if t.text in DATELINE_MARKS), None)
    if dash is None:
        return None
    return next((c for c in dateline.children if c.dep_ == "appos" and c.i > dash and c.pos_ == "NOUN"), None)


def name_before_verb(subject: Token) -> Token | None:
    """The person or body named right before the verb of a dateline the parse took for its subject
    (past the verb's auxiliaries and an acronym in brackets: `The Jamaica Public Service Company (JPS)
    has confirmed`)."""
    doc, verb = subject.doc, subject.head
    index = verb.i - 1
    while index > subject.i + 2 and (doc[index].pos_ in ("AUX", "ADV", "PART") or doc[index].text == ")"):
        index = doc[index].i - 1 if doc[index].text != ")" else _bracket_start(doc, index) - 1
    last = doc[index] if index > subject.i + 2 else None
    return last if last is not None and last.ent_type_ in ("PERSON", "ORG") else None


def _bracket_start(doc: Doc, close: int) -> int:
    """Where the bracket that closes at `close` opens (itself, when none opens within a few words)."""
    for index in range(close - 1, max(close - 6, 0), -1):
        if doc[index].text == "(":
            return index
    return close


def after_dateline(span: Span) -> Span:
    """`JOHANNESBURG - Competition Commission`, `HARARE - Hatcliffe residents`: a place in capitals opening
    the sentence and set off by a dash, which the model or the parse took into a name or a phrase."""
    doc = span.doc
    mark = next((t.i for t in span[:-1] if t.text in DATELINE_MARKS), None)
    if mark is None or mark == span.start or not (doc[span.start].is_sent_start or span.start == 0):
        return span
    if not doc[mark - 1].whitespace_ and doc[mark].text in ("-", "–") and doc[mark + 1].pos_ != "DET":
        return span  # `MDC-T officials`: a hyphen inside a name (`ISLAMABAD-The …` is a dateline's)
    if not all(t.is_upper and t.is_alpha or t.text == "," for t in doc[span.start : mark]):
        return span
    return doc[mark + 1 : span.end]

"""Datelines the parse takes for a sentence's subject (`CALGARY —`, `Addis Ababa:`, `NAIROBI, Kenya, Mar 8 -`),
and who the sentence is really about: the name before its verb, or the noun past its dash.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

DATELINE_TOKENS = 12  # `Granada (Spain), Oct. 6 (EFE).-`
DATELINE_MARKS = frozenset({":", "—", "–", "-", "--"})
DATELINE_ENDINGS = (".-", ")-")  # how the tokenizer may glue an agency's dash to it: `(EFE).-`
DATELINE_PLACE_WORDS = 6  # `Metro Manila, Kurdistan Region`: a city, a comma and a country or region


def is_dateline(token: Token) -> bool:
    """`Addis Ababa: …`, `Granada (Spain), Oct. 6 (EFE).- …`, `CALGARY — …`: a place opening the
    sentence and set off by a colon or a dash, which the parse may take for the subject."""
    if _in_placed_opening(token) or _lost_its_mark(token):
        return True
    # (a wire writes the city in capitals, which the model may take for a body: `KINGSTON, Jamaica —`)
    place = token.ent_type_ in ("GPE", "LOC") or token.is_upper and token.is_alpha and len(token) > 2
    # `NAIROBI, Kenya, Mar 8 -The …`: the date of a dateline, a few words in, which the parse took for the subject
    dated = token.ent_type_ == "DATE" and token.i - token.sent.start <= DATELINE_TOKENS // 2
    # (`PALMER’S CROSS, Clarendon —`: a place of words in capitals, a possessive among them)
    opening = (all(t.is_upper or t.tag_ == "POS" for t in token.doc[token.sent.start : token.i])
               or _dateline_words(token.doc[token.sent.start : token.i + 1]))  # `ERBIL, Kurdistan Region -`
    if not (place and (token.i - token.sent.start <= 1 or opening) or dated):
        return False
    doc = token.doc
    end = min(token.i + DATELINE_TOKENS, token.head.i, len(doc))
    # (`Mar 8 -The …`: a dash glued to the first word of the story)
    return any(t.text in DATELINE_MARKS or t.text.endswith(DATELINE_ENDINGS) or t.text[:1] in "-\u2013\u2014" and t.is_title
               for t in doc[token.i + 1 : end])


def _lost_its_mark(token: Token) -> bool:
    """`Panaji, July 5 Goa Chief Minister Pramod Sawant on Wednesday said`: a page that lost the dateline's
    colon, whatever the model labelled the place: one capitalised word opening the text, a comma, then a date."""
    doc, at = token.doc, token.i
    opening = at == 0 or doc[at - 1].is_space and "\n" in doc[at - 1].text
    return (opening and token.is_title and at + 2 < len(doc) and doc[at + 1].text == ","
            and doc[at + 2].ent_iob_ == "B" and doc[at + 2].ent_type_ == "DATE" and doc[at + 2].is_title)


def subject_after_dateline(dateline: Token) -> Token | None:
    """`PALMER’S CROSS, Clarendon — Residents of … are frustrated`: the noun the parse hung on the
    dateline after its dash is the subject."""
    doc = dateline.doc
    dash = next((t.i for t in doc[dateline.i + 1 : dateline.head.i] if t.text in DATELINE_MARKS), None)
    if dash is None:
        return None
    # (`SEOUL, April 30 (Korea Bizwire) — Ryu Young-sang, chief executive …, said`: a name too)
    return next((c for c in dateline.children if c.dep_ == "appos" and c.i > dash and (
        c.pos_ == "NOUN" or c.pos_ == "PROPN" and c.ent_type_ == "PERSON")), None)


def name_before_verb(subject: Token) -> Token | None:
    """The person or body named right before the verb of a dateline the parse took for its subject
    (past the verb's auxiliaries and an acronym in brackets: `The Jamaica Public Service Company (JPS)
    has confirmed`)."""
    doc, verb = subject.doc, subject.head
    index = verb.i - 1
    # (`CEBU, Philippines - Talisay City Mayor Johnny De los Reyes yesterday agreed`: and past a date)
    while index > subject.i + 2 and (doc[index].pos_ in ("AUX", "ADV", "PART") or doc[index].text == ")"
                                     or doc[index].ent_type_ == "DATE"):
        index = doc[index].i - 1 if doc[index].text != ")" else _bracket_start(doc, index) - 1
    last = doc[index] if index > subject.i + 2 else None
    # (a surname the model left out of the name, hung on the dateline as its appositive)
    hung = last is not None and last.dep_ == "appos" and last.head.i == subject.i and last.pos_ == "PROPN"
    return last if last is not None and (last.ent_type_ in ("PERSON", "ORG") or hung) else None


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
    # (`Santo Domingo.- Dominican exporters`: the agency's dash glued to the place; `iNews Times | Leading
    # figures`: a page's bar after the outlet's name)
    mark = next((t.i for t in span[:-1] if t.text in DATELINE_MARKS or t.text == "|"
                 or t.text.endswith(DATELINE_ENDINGS)), None)
    if mark is None or mark == span.start and doc[mark].text in DATELINE_MARKS:
        return span
    if not doc[mark - 1].whitespace_ and doc[mark].text in ("-", "–") and doc[mark + 1].pos_ != "DET":
        return span  # `MDC-T officials`: a hyphen inside a name (`ISLAMABAD-The …` is a dateline's)
    opening = doc[doc[span.start].sent.start : mark + (doc[mark].text not in DATELINE_MARKS)]
    if not (_dateline_words(opening) or _set_off_place(opening, doc[mark])):
        return span
    start = mark + 1 + (doc[mark + 1].lower_ == "the" and mark + 2 < span.end)  # (`ERBIL, Kurdistan Region - The …`)
    return doc[start : span.end]


def _set_off_place(opening: Span, mark: Token) -> bool:
    """`Islamabad - Over 40 families`, `Santo Domingo.- Dominican exporters`: a place's name or an outlet's
    of a word or two in capitals, opening the sentence and set off by a spaced dash, a bar or a glued one."""
    spaced = mark.text == "|" or mark.text.endswith(DATELINE_ENDINGS) or (
        mark.i > 0 and mark.doc[mark.i - 1].whitespace_ and mark.whitespace_)
    words = [t for t in opening if t.i != mark.i] + ([mark] if mark.text.endswith(DATELINE_ENDINGS) else [])
    return spaced and 0 < len(words) <= 2 and all(not t.is_lower and t.pos_ in ("PROPN", "NOUN", "NUM")
                                                  for t in words)


def _in_placed_opening(token: Token) -> bool:
    """`Metro Manila, Philippines – Bureau of Corrections …`: a word of a place and its country that open the
    sentence up to a dash or a colon, whatever the model labelled them."""
    doc, start = token.doc, token.sent.start
    mark = next((t.i for t in doc[start : start + DATELINE_PLACE_WORDS + 1] if t.text in DATELINE_MARKS), None)
    return (mark is not None and token.i < mark and doc[mark - 1].whitespace_
            and any(t.text == "," for t in doc[start:mark]) and _dateline_words(doc[start:mark]))


def _dateline_words(opening: Span) -> bool:
    """`JOHANNESBURG`, `MANILA, Philippines`, `Metro Manila, Philippines`: a place in capitals, or a
    place and its country or region after a comma, opening the sentence."""
    if len(opening) > DATELINE_PLACE_WORDS:
        return False
    if all(t.is_upper and t.is_alpha or t.text == "," for t in opening):
        return True
    return any(t.text == "," for t in opening[1:-1]) and all(
        t.text == "," or t.is_upper and t.is_alpha or t.pos_ == "PROPN" and t.is_title for t in opening)

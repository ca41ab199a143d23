"""What a speech cue says: its complement clause, or the sentence it closes or sets off.

Notes: in order of preference, the verb's complement clause (`said that …`), the sentence the
attribution closes (`…, a source said.`), or (in `object_reports.py`) the verb's object (`called for a
moratorium`); each trimmed of datelines, markers and punctuation.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .cue_subjects import RECIPIENT_VERBS, after_and_or_but, own_subject
from .name_evidence import entity_end, entity_start
from .layout import doc_text

CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
SETTING_PREPOSITIONS = frozenset({"in", "at", "during", "on", "via", "through"})
FRONTED_DEPS = frozenset({"prep", "advmod", "npadvmod", "advcl"})  # a phrase that may open what was said
REPORTING_MODALS = frozenset({"would", "will", "could", "can", "should", "must", "may", "might"})
BACKSHIFTED_AUX = frozenset({"was", "were", "had", "would", "could"})  # a report's shifted tense
# Prepositions that open a concession or a reason, which belong to the claim they come before.
CONCESSIONS = frozenset({"despite", "notwithstanding", "given", "unlike", "because", "barring", "unless", "without"})
# A wire dateline opening the body: a capitalised place, perhaps its country and agency, then a dash
# (`SEOUL, South Korea (AP) —`). Not ingest's publication-date line: this one stays in the text.
WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:, [A-Z][\w .]*)?(?: \([\w ]+\))? ?(?:—|–|--?) ?")
MAX_WIRE_DATELINE_CHARS = 60
LEADING_MARKERS = frozenset({"that", "whether", "if", ",", ":", "“", '"', "``", "—", "–"})
ADVERBIAL_MARKS = frozenset({"if", "when", "while", "because", "although", "though", "as", "since", "unless", "once"})
SET_OFF = frozenset({",", "—", "–", "”", '"', "’"})
CLOSING = frozenset({",", ".", "!", "?", ";", "”", '"'})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})  # (`urged the committee which is …`: a relative clause)
MAX_TRAILING_TOKENS = 8
MIN_CONTENT_TOKENS = 4
MAX_RECAPPED = 3  # sentences of the paragraph before that `This was revealed by …` may recap
DEMONSTRATIVES = frozenset({"this", "that"})
MIN_CLAUSE_TOKENS = 3  # `this was unacceptable`


def trimmed(doc: Doc, tokens: list[Token], minimum: int) -> Span | None:
    tokens = _without_dateline(tokens)
    # One complementiser goes: in `said that, if elected, he'd …` the `if` is the report's own.
    joined = False
    while tokens and (tokens[0].lower_ in LEADING_MARKERS or tokens[0].is_space or tokens[0].is_punct):
        if _demonstrative_subject(tokens):
            break  # (`Mr Hockey says that is unlikely`: the `that` is what the report is about)
        if tokens[0].is_alpha:
            if joined:
                break
            joined = True
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]  # (`… had been killed but added that …`: the `but` joins the next report)
    if len(tokens) < minimum:
        return None
    return doc[tokens[0].i : tokens[-1].i + 1]


def _demonstrative_subject(tokens: list[Token]) -> bool:
    """`that is unlikely`, `that would be wrong`: a `that` which is the subject of the `be` or modal after it
    (not `that had a truck been there`, `that any officers …`)."""
    first, after = tokens[0], tokens[1] if len(tokens) > 1 else None
    return (first.lower_ == "that" and first.dep_ == "nsubj" and after is not None and first.head.i == after.i
            and (after.lemma_ == "be" or after.tag_ == "MD"))


def _without_dateline(tokens: list[Token]) -> list[Token]:
    """`SEOUL, South Korea (AP) — North Korea fired …`: a report that opens the article starts after its dateline."""
    if not tokens or tokens[0].sent.start != tokens[0].i:
        return tokens
    first = tokens[0]
    text = doc_text(first.doc)  # not `doc.text`, which spaCy rebuilds from every token on each access
    dateline = WIRE_DATELINE.match(text, first.idx, min(len(text), first.idx + MAX_WIRE_DATELINE_CHARS))
    if dateline is None:
        return tokens
    return [t for t in tokens if t.idx >= dateline.end()]


def clause_content(verb: Token, speech_verbs: frozenset[str] = frozenset()) -> Span | None:
    """The complement clause of a speech verb, without its leading `that`, and without a later
    attribution the parse joined to it (`She said fathers would not be eligible, and when pressed,
    the mother of three replied, "…"`; `exiles say …, while the government maintains …`: another report)."""
    clause = _reported_clause(verb, speech_verbs)
    if clause is None:
        return _words_after_that(verb) or _main_clause_after(verb, speech_verbs)
    tokens = _with_subject_hung_on_the_verb(verb, clause, _with_joined_clause(verb, clause, speech_verbs))
    tokens = _with_backshifted_conjunct(verb, clause, tokens)
    tokens = _with_phrase_set_off_before(verb, _with_concession_before(verb, tokens))
    # `Cho said any cooperation … is a violation, according to the statement`: where it was read is not what he said.
    aside = [t for t in tokens if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"]
    if aside:
        skipped = {i for t in aside for i in range(t.left_edge.i, t.right_edge.i + 1)}
        tokens = [t for t in tokens if t.i not in skipped]
    reply = next((c for c in clause.rights if c.dep_ in ("conj", "advcl") and c.lemma_.lower() in speech_verbs
                  and _has_subject(c)), None)
    if reply is not None:
        start = min(t.i for t in reply.subtree)
        while start > clause.i + 1 and (verb.doc[start - 1].dep_ == "cc" or verb.doc[start - 1].is_punct):
            start -= 1
        tokens = [t for t in tokens if t.i < start]
    if tokens[-1].i == verb.i - 1:
        tokens = _without_speaker_phrase(tokens, verb)
    if tokens[-1].i < verb.i and (not _set_off(verb.doc, tokens[-1].i, verb.i) or tokens[0].lower_ in ADVERBIAL_MARKS):
        return None  # `If the diplomats were saved, they would have cautioned …` is a condition, not content
    # (`was asked whether …, to which he replied: "…"`: a quotation a colon opens is another's report)
    colon = next((t.i for t in tokens[:-1] if t.text == ":" and verb.doc[t.i + 1].is_quote), None)
    if colon is not None and colon > verb.i:
        tokens = [t for t in tokens if t.i < colon]
    # (`Tien said this was unacceptable`: a clause with its own subject is a report however short; not
    # `said before he died`)
    own = _has_subject(clause) and not any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children)
    return trimmed(verb.doc, tokens, MIN_CLAUSE_TOKENS if own else MIN_CONTENT_TOKENS)


def _with_concession_before(verb: Token, tokens: list[Token]) -> list[Token]:
    """`Mr Swan insists despite the problems affecting the economy there will still be a surplus`: a
    concession or reason the parse hung on the verb, right before the clause, is part of what was said."""
    doc, start = verb.doc, tokens[0].i
    phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in CONCESSIONS and c.i == verb.i + 1),
                  None)
    if phrase is None or phrase.right_edge.i + 1 != start:
        return tokens
    return list(doc[phrase.i : start]) + tokens


def _with_phrase_set_off_before(verb: Token, tokens: list[Token]) -> list[Token]:
    """`Tettey said out of the 623,000 projected, it has registered 522,025`, `Singh said instead of looking
    outside the country, principals should …`: a phrase the parse hung on the verb, set off by a comma right
    before the clause, opens what was said; not where, when or to whom it was said (`said on Tuesday, …`)."""
    doc = verb.doc
    comma = tokens[0].i if tokens[0].text == "," else tokens[0].i - 1
    if comma < verb.i + 2 or doc[comma].text != ",":
        return tokens
    phrases = [c for c in verb.children if verb.i < c.i < comma]
    covered = {t.i for c in phrases for t in c.subtree}
    # (`said earlier, …`, `said Tuesday, …`: an adverb alone says when it was said)
    if (not any(c.dep_ in ("prep", "advcl") for c in phrases) or any(i not in covered for i in range(verb.i + 1, comma))
            or any(c.dep_ not in FRONTED_DEPS or _said_where_or_when(c) for c in phrases)):
        return tokens
    return list(doc[verb.i + 1 : tokens[0].i]) + tokens


def _said_where_or_when(phrase: Token) -> bool:
    if phrase.dep_ == "prep":
        addressed = phrase.lower_ == "to" and any(c.dep_ == "pobj" for c in phrase.children)  # (not `up to`)
        return phrase.lower_ in SETTING_PREPOSITIONS or phrase.lower_ == "according" or addressed
    return phrase.ent_type_ in ("DATE", "TIME") and phrase.dep_ == "npadvmod"


def _reported_clause(verb: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The head of what the verb reports. `Addressing a briefing, where he refuted reports that he was about
    to give a statement, Mr. Kabuswe said it is too early …`: a clause after the verb, rather than one the
    parse hung before it that has no subject or is itself an attribution set off inside the sentence
    (`These emails, the representative added, suggest that …`); `the pollution had become so bad, Mr. Obama
    noted, that …` keeps its own."""
    clauses = [c for c in verb.children if c.dep_ in CONTENT_DEPS and not _joined_report(c, speech_verbs)]
    after = [c for c in clauses if c.i > verb.i and _has_subject(c)]
    if clauses and clauses[0].i < verb.i and after and (
            not _has_subject(clauses[0]) or clauses[0].lemma_.lower() in speech_verbs):
        clauses = after
    return clauses[0] if clauses else (_clause_after_setting(verb) or _clause_after_day(verb)
                                       or _unmarked_clause_after_phrase(verb))


def _joined_report(clause: Token, speech_verbs: frozenset[str]) -> bool:
    """`Glencore said in a statement that 19 people had been killed but added that …`, parsed with `added`
    as what was said: a speech verb straight after `and` or `but`, with no subject of its own, is a second
    report by the same speaker."""
    return clause.lemma_.lower() in speech_verbs and after_and_or_but(clause) and not _has_subject(clause)


def _with_joined_clause(verb: Token, clause: Token, speech_verbs: frozenset[str]) -> list[Token]:
    """`… has increased by 271 per cent, and the number of centres have increased …, he said`: two clauses
    the parse hung on the verb, joined by `and` on the same side of it, are both what was said."""
    last = max((c for c in verb.children if c.dep_ in CONTENT_DEPS and (c.i < verb.i) == (clause.i < verb.i)),
               key=lambda c: c.i, default=clause)
    joined = any(t.lower_ in ("and", "but") and t.head.i in (clause.i, last.i)
                 for t in verb.doc[clause.i : last.left_edge.i])
    # (`He said out of the LKR 720 million to be received …, LKR 420 million would be utilised …`: one
    # clause the parse split in two, the second straight after the first)
    adjacent = last.left_edge.i == clause.right_edge.i + 1 and clause.i > verb.i
    if last.i > clause.i and (joined or adjacent) and last.lemma_.lower() not in speech_verbs:
        return list(verb.doc[clause.left_edge.i : last.right_edge.i + 1])
    return list(clause.subtree)


def _with_backshifted_conjunct(verb: Token, clause: Token, tokens: list[Token]) -> list[Token]:
    """`Sam Sokong said he was disappointed at the decision and was preparing to file an appeal`, parsed with
    `was preparing` joined to `said`: a verb with no subject of its own, in the report's shifted tense,
    joined by `and` straight after the clause, goes on with what was said."""
    doc = verb.doc
    if clause.i < verb.i or tokens[-1].i + 2 >= len(doc) or doc[tokens[-1].i + 1].lower_ != "and":
        return tokens
    joined = doc[tokens[-1].i + 2]
    verb_after = next((c for c in verb.rights if c.dep_ == "conj" and c.left_edge.i == joined.i), None)
    if verb_after is None or _has_subject(verb_after) or joined.lower_ not in BACKSHIFTED_AUX:
        return tokens
    return tokens + list(doc[tokens[-1].i + 1 : verb_after.right_edge.i + 1])


def _with_subject_hung_on_the_verb(verb: Token, clause: Token, tokens: list[Token]) -> list[Token]:
    """`Schreiber said the fact that …, sends a clear message`, parsed with `the fact` as what he said and
    `sends` with no subject: the noun the parse gave the speech verb is the clause's subject."""
    if clause.i < verb.i:
        return tokens
    if _has_subject(clause):
        return _with_object_run_into_the_subject(verb, clause, tokens)
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return tokens  # (`told the AFP news agency that some 11 people could be missing`: whom it told)
    # (`D’Aguilar said LPIA under its current operating procedure can’t cope`: a name too, unless it is
    # whom the verb tells)
    named = verb.lemma_.lower() not in RECIPIENT_VERBS
    subject = next((c for c in verb.rights if c.dep_ == "dobj" and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and named)
                    and c.right_edge.i < clause.i), None)
    if subject is None or clause.pos_ not in ("VERB", "AUX") or clause.left_edge.i < subject.i:
        return tokens
    between = verb.doc[subject.right_edge.i + 1 : clause.left_edge.i]
    if any(c.dep_ == "expl" for c in clause.children) or any(t.is_quote for t in between):
        return tokens  # (`Tatar told a Turkish Cypriot newspaper: "There could …"`: who was told)
    return list(verb.doc[subject.left_edge.i : clause.right_edge.i + 1])


def _with_object_run_into_the_subject(verb: Token, clause: Token, tokens: list[Token]) -> list[Token]:
    """`Mr Seeto added the introduction of the brand new Airbus A330 was a significant development`, parsed
    with `the introduction of the brand` as what he added and `new Airbus A330` as the clause's subject: a
    common noun the verb took as its object, running straight into the clause, opens it."""
    if verb.lemma_.lower() in RECIPIENT_VERBS or any(c.dep_ == "mark" for c in clause.children):
        return tokens
    subject = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < clause.i), None)
    if subject is None or subject.right_edge.i + 1 != clause.left_edge.i or subject.left_edge.i != verb.i + 1:
        return tokens
    return list(verb.doc[subject.left_edge.i : clause.right_edge.i + 1])


def _has_subject(clause: Token) -> bool:
    """A verb with a subject of its own (`the chief scribe`, a noun the parse hung as a clause, is none)."""
    return clause.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def _without_speaker_phrase(tokens: list[Token], verb: Token) -> list[Token]:
    """`The suspect was arrested …, on the border with Cambodia, Thailand's prime minister Prayuth Chan-ocha
    said`, parsed with the speaker in apposition to the content's last noun: the phrase a comma sets off
    right before the verb is who spoke, not what was said."""
    phrase = next((t for t in tokens if t.dep_ == "appos" and t.right_edge.i == verb.i - 1
                   and t.left_edge.i > tokens[0].i + MIN_CONTENT_TOKENS
                   and verb.doc[t.left_edge.i - 1].text == ","), None)
    return [t for t in tokens if t.i < phrase.left_edge.i] if phrase is not None else tokens


def _words_after_that(verb: Token) -> Span | None:
    """`said that recent heavy rains, besides destroying crops, inflicted damages`, where the parse lost the
    clause (`that` a preposition, `rains` its object): a `that` right after the verb opens what was said,
    to the end of the sentence, when a verb follows it."""
    doc, end = verb.doc, verb.sent.end
    that = verb.i + 1 + (verb.i + 1 < end and doc[verb.i + 1].text == ",")  # `said, that now prices have …`
    if that + 1 >= end or doc[that].lower_ != "that" or doc[that].dep_ not in ("prep", "mark"):
        return None
    tokens = list(doc[that + 1 : end])
    return trimmed(doc, tokens, MIN_CONTENT_TOKENS) if any(t.pos_ in ("VERB", "AUX") for t in tokens) else None


def _main_clause_after(verb: Token, speech_verbs: frozenset[str]) -> Span | None:
    """`Dr Abdullahi Kauranmata said out of the 506 suspected cases, 11 were laboratory confirmed`, parsed with
    `said` as a clause hung on the one after it: the main clause after the verb, with its own subject,
    is what was said, with the phrase that opens it. (`Flores says so far, their group consists of …`, parsed
    with `says` as what the group's clause reports, too, unless that clause is itself an attribution.)"""
    clause = verb.head
    hung = verb.dep_ == "advcl" or verb.dep_ == "ccomp" and clause.lemma_.lower() not in speech_verbs
    if not hung or clause.i < verb.i or clause.dep_ != "ROOT" or not _has_subject(clause):
        return None
    if not _has_subject(verb):
        return None  # (`Acknowledging the situation, Faraya said, "…"`: a participle's clause is its own)
    if any(c.dep_ == "mark" for c in verb.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in clause.children):
        return None  # (`As he said on Monday, prices rose`, `Prices, he said in March, rose`)
    return trimmed(verb.doc, list(verb.doc[verb.i + 1 : clause.right_edge.i + 1]), MIN_CONTENT_TOKENS)


def _clause_after_day(verb: Token) -> Token | None:
    """`Ryu Young-sang … said Wednesday the company is preparing …`, parsed as a relative clause of the
    day: a clause with a subject of its own, straight after the day the verb was said on, is what was said."""
    day = next((c for c in verb.rights if c.dep_ == "npadvmod" and c.i == verb.i + 1 and c.ent_type_ == "DATE"), None)
    clause = next((c for c in day.rights if c.dep_ in ("acl", "relcl")), None) if day is not None else None
    if clause is None or clause.left_edge.i != day.i + 1 or not _has_subject(clause):
        return None
    return clause


def _unmarked_clause_after_phrase(verb: Token) -> Token | None:
    """`Tu'i'onetoa said after the election tomorrow King Tupou VI would appoint an interim Speaker`, parsed as
    an adverbial clause of the verb: one with its own subject, no word that opens it (`when`, `because`) and a
    modal, right after a phrase hung on the verb, is what was said."""
    phrase = next((c for c in verb.rights if c.dep_ == "prep" and c.i == verb.i + 1), None)
    clause = next((c for c in verb.rights if c.dep_ == "advcl"), None)
    if phrase is None or clause is None or clause.left_edge.i != phrase.right_edge.i + 1:
        return None
    children = list(clause.children)
    if any(c.dep_ == "mark" for c in children) or not _has_subject(clause):
        return None
    return clause if any(c.dep_ == "aux" and c.lower_ in REPORTING_MODALS for c in children) else None


def _clause_after_setting(verb: Token) -> Token | None:
    """`said at a news conference that Erdogan has been following …`, `insisted in a statement that a
    ceasefire would be signed`, `told a news briefing that …`, parsed as a clause of the conference,
    statement or briefing: a `that` clause with a subject of its own, right after where it was said,
    is what was said. A relative clause (`said at a conference that he organised`) leaves a gap for
    its `that` and is not."""
    places = [next((c for c in p.children if c.dep_ == "pobj"), None) for p in verb.rights
              if p.dep_ == "prep" and p.lower_ in SETTING_PREPOSITIONS]
    if verb.lemma_ in RECIPIENT_VERBS:  # `told a daily news briefing that …`
        told = [c for c in verb.rights if c.dep_ == "dobj"]
        # (`told the dozens of clerics who attended the meeting that they had chosen …`: after a phrase of those told)
        places += told + [t for c in told for t in c.subtree if t.i > c.i and t.pos_ in ("NOUN", "PROPN")]
    for place in places:
        clause = next((c for c in place.rights if c.dep_ in ("acl", "relcl")), None) if place is not None else None
        if clause is None or clause.left_edge.i != place.i + 1:
            continue
        first = clause.left_edge
        # (`said at a July 4 press briefing the country couldn't afford to …`: no `that`, the clause's own
        # subject opens it)
        that = first if first.lower_ == "that" else None
        if that is None and (first.tag_ in RELATIVE_TAGS or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == first.i for c in clause.children)):
            continue
        heads = [clause, *clause.conjuncts]
        children = [c for h in heads for c in h.children if that is None or c.i != that.i]
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
        # Nothing missing: a passive, an object of its own, or a modal's report (`would be signed`).
        complete = any(c.dep_ in ("nsubjpass", "dobj", "attr", "ccomp", "xcomp", "acomp") for c in children) or (
            that is not None and that.dep_ == "mark" and any(c.dep_ == "aux" and c.lower_ in REPORTING_MODALS
                                                             for c in children))
        # (`explained in televised statements that the importance of … coincides with …`: a `that` the parse
        # marks as a conjunction, before a subject of the clause's own, opens no relative clause)
        complete = complete or that is not None and that.dep_ == "mark" and any(
            c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == that.i + 1 for c in children)
        # `told the mining firms that Zambia was just coming from general elections`: those told are not
        # a thing said, so a `that` clause with its own subject after them is what they were told.
        recipient = (place.dep_ == "dobj" and place.tag_ in ("NNS", "NNPS")
                     and not any(c.dep_ == "dative" for c in verb.children))  # (`told reporters the stories that …`)
        if own_subject and (complete or recipient):
            return clause
    return None


def _set_off(doc: Doc, after: int, before: int) -> bool:
    """Content before its verb is set off by a comma, dash or closing quote (`…, analysts said`), which
    the parse may have hung on the content's own last word."""
    return any(t.text in SET_OFF for t in doc[after : before])


def closed_sentence(verb: Token, speaker: Token | None) -> Span | None:
    """`Clinton's van was to be escorted …, another source said.`: what precedes a set-off attribution."""
    # (`…, local media outlet, The Observer reported.`: the source's description and a clause of its name,
    # parsed as a relative clause of the description)
    described = (verb.dep_ == "relcl" and speaker is not None and speaker.head.i == verb.i and speaker.pos_ == "PROPN"
                 and verb.head.dep_ == "appos")
    # (`… reject a revised wage offer, union spokesperson Gwede Mantashe said on Saturday.`: the closing
    # attribution parsed as a relative clause of the last noun, though no relative word opens it)
    unrelated = (verb.dep_ == "relcl" and speaker is not None and speaker.head.i == verb.i
                 and not any(t.tag_ in RELATIVE_TAGS for t in verb.subtree))
    if speaker is None or verb.dep_ in ("acl", "amod", "relcl") and not (described or unrelated):
        return None
    doc = verb.doc
    # (`…, the Ministry of National Defense (MND) said`, the speaker read as `Defense`: the whole name it closes)
    named_from = entity_start(doc, speaker.i) if speaker.ent_iob_ == "I" else speaker.i
    chunk_start = min(speaker.left_edge.i, named_from, verb.i, verb.head.left_edge.i if described else verb.i)
    chunk_end = max(speaker.right_edge.i, verb.i)
    sentence = verb.sent
    # (`… will face charges, regional traffic police boss Zero Arome said.`: the parse may end the sentence
    # on the comma before the attribution; the sentence it closes is the one before)
    cut_at_comma = chunk_start == sentence.start > 0 and doc[chunk_start - 1].text == ","
    start = doc[chunk_start - 1].sent.start if cut_at_comma else sentence.start
    if chunk_start - start < MIN_CONTENT_TOKENS + 1 or doc[chunk_start - 1].text not in SET_OFF:
        return None
    # The attribution closes the clause: only a short adjunct (`on Friday`, `in a statement`) may follow.
    following = next((t for t in doc[chunk_end + 1 : sentence.end] if t.is_punct), None)
    trailing = (following.i if following is not None else sentence.end) - chunk_end - 1
    if trailing > MAX_TRAILING_TOKENS or (following is not None and following.text not in CLOSING):
        return None
    if any(c.dep_ in ("xcomp", "ccomp", "oprd") or (c.dep_ == "dobj" and verb.lemma_ not in RECIPIENT_VERBS)
           for c in verb.rights):
        return None
    goes_on = chunk_end + 1 < len(doc) and doc[chunk_end + 1].text == ","
    if not goes_on and _only_circumstance(verb, start, chunk_start - 1):
        return None
    return trimmed(doc, list(doc[start : chunk_start - 1]), MIN_CONTENT_TOKENS)


def _only_circumstance(verb: Token, start: int, end: int) -> bool:
    """`When the case resumed, Lusambo insisted with his plea.`: a clause opened by `when`, `if` or `as`,
    hung on the verb before its subject, says when or why it was said, not what (unless the sentence goes
    on after the attribution: `If this argument fails, Mr. Castañeda argues, there are other tools`)."""
    return any(c.dep_ == "advcl" and c.left_edge.i == start and c.right_edge.i >= end - 1
               and c.left_edge.lower_ in ADVERBIAL_MARKS for c in verb.lefts)


def aside_sentence(verb: Token, speaker: Token | None) -> Span | None:
    """`Climate change, Mr. Obama often says, is the greatest threat`: an attribution set off by commas
    inside the sentence it reports. The report is the whole sentence, as a span cannot leave out its middle."""
    if speaker is not None and (_inverted_aside(verb, speaker) or _aside_read_as_root(verb, speaker)):
        return trimmed(verb.doc, list(verb.sent), MIN_CONTENT_TOKENS)
    if speaker is None or verb.dep_ != "parataxis" or not verb.left_edge.i <= speaker.i <= verb.right_edge.i:
        return None
    doc, sentence = verb.doc, verb.sent
    first, last = verb.left_edge.i, verb.right_edge.i
    # The commas around the aside hang on its verb or on the clause around it, as the parse chose.
    first += doc[first].text == ","
    last -= doc[last].text == ","
    if first - 1 <= sentence.start or last + 1 >= sentence.end - 1:
        return None
    if doc[first - 1].text != "," or doc[last + 1].text != ",":
        return None
    if any(c.dep_ in ("xcomp", "ccomp", "oprd") or (c.dep_ == "dobj" and verb.lemma_ not in RECIPIENT_VERBS)
           for c in verb.children):
        return None
    if sentence.end - last - 2 < MIN_CONTENT_TOKENS - 1:
        return None
    return trimmed(doc, list(doc[sentence.start : sentence.end]), MIN_CONTENT_TOKENS)


def _aside_read_as_root(verb: Token, speaker: Token) -> bool:
    """`Harvesting for the first crop, he explained, usually commences in March`, parsed with the aside's verb
    as the root and the report torn into its parts: a subject and its verb (an adverb between them at most),
    set off by commas in the middle of the sentence, with no clause of their own."""
    doc, sentence = verb.doc, verb.sent
    start = speaker.left_edge.i
    between = doc[speaker.right_edge.i + 1 : verb.i]
    return (verb.dep_ == "ROOT" and speaker.i < verb.i and speaker.head.i == verb.i
            and all(t.dep_ == "advmod" for t in between) and start - 1 > sentence.start + MIN_CONTENT_TOKENS
            and doc[start - 1].text == "," and verb.i + 1 < sentence.end - MIN_CONTENT_TOKENS
            and doc[verb.i + 1].text == "," and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children))


def _inverted_aside(verb: Token, speaker: Token) -> bool:
    """`This means, said Piñol, that farmers earn more`, parsed with the aside's verb as the root: a
    verb and its subject after it, set off by commas in the middle of the sentence."""
    doc, sentence = verb.doc, verb.sent
    after = entity_end(doc, speaker.i)  # not the right edge: the parse may hang the report on the name
    return (verb.dep_ == "ROOT" and speaker.i == verb.i + 1 and verb.i - 1 > sentence.start
            and doc[verb.i - 1].text == "," and after < sentence.end - MIN_CONTENT_TOKENS and doc[after].text == ",")


def recapped_sentence(cue: Token, speech_verbs: frozenset[str] = frozenset()) -> Span | None:
    """`WORK on the airport is at its ten percent stage.` / `That's according to the Permanent Secretary …`,
    `This was disclosed by …`: a report whose subject is `this` or `that`, opening its sentence, reports the
    sentence before it."""
    clause = cue.head if cue.lower_ == "according" else cue
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not _recapping_object(cue, speech_verbs):
        if subject is None or subject.lower_ not in DEMONSTRATIVES or subject.i != cue.sent.start or cue.sent.start == 0:
            return None
        if cue.lower_ != "according" and not any(c.dep_ == "agent" for c in cue.children):
            return None  # (`That is what he said`: the demonstrative is the object's, not a recap)
    doc = cue.doc
    previous = doc[cue.sent.start - 1].sent
    start, sentences = previous.start, 1
    # (`The Department … has deported 46,898 …. This is an increase of 18% …` / `This was revealed by …`:
    # opening a paragraph, it recaps the paragraph before)
    while _opens_paragraph(doc, cue.sent.start) and not _opens_paragraph(doc, start) and sentences < MAX_RECAPPED:
        start, sentences = doc[start - 1].sent.start, sentences + 1
    return trimmed(doc, list(doc[start : previous.end]), MIN_CONTENT_TOKENS)


def _recapping_object(cue: Token, speech_verbs: frozenset[str]) -> bool:
    """`The police spokesperson, Maureen Chinaka, disclosed this in a statement`: `this` as the object recaps
    the sentence before, unless that sentence reports someone's words itself (`He said this to reporters`
    after a report) or `this` opens what follows (`asking yourself this: …`)."""
    if cue.lower_ == "according" or cue.sent.start == 0:
        return False
    doc = cue.doc
    recapping = any(c.dep_ == "dobj" and c.lower_ == "this" and c.pos_ == "PRON"
                    and not (c.i + 1 < len(doc) and doc[c.i + 1].text == ":") for c in cue.children)
    before = doc[cue.sent.start - 1].sent
    return recapping and not any(t.pos_ == "VERB" and t.lemma_.lower() in speech_verbs or t.is_quote for t in before)


def _opens_paragraph(doc: Doc, start: int) -> bool:
    before = doc[start - 1] if start > 0 else None
    return before is None or "\n" in before.whitespace_ or before.is_space and "\n" in before.text

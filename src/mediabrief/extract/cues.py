"""Finding speech cues in the parse: a reporting verb or `according to`, its speaker, its content.

Notes: content is, in order of preference, the verb's complement clause
(`said that …`), the sentence the attribution closes (`…, a source said.`), or
the verb's object (`called for a moratorium`, `criticized the law as …`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .entity_labels import entity_end
from .layout import doc_text
from .cue_subjects import (
    absolute_subject, inverted_subject, name_after_quotation, name_after_title, name_just_before,
    object_read_as_subject, own_subject, person_after_verb, quoted_as_saying, role_after_quotation,
    root_noun_subject, subject_of,
)
from .lexicon import Lexicon

CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
SETTING_PREPOSITIONS = frozenset({"in", "at", "during", "on", "via", "through"})
REPORTING_MODALS = frozenset({"would", "will", "could", "can", "should", "must", "may", "might"})
OBJECT_DEPS = frozenset({"dobj", "xcomp", "oprd", "attr"})
OBJECT_PREPOSITIONS = frozenset({"about", "of", "on", "for", "against", "to", "with", "as", "over"})
# `wrote on X`, `said on state television`: the channel a statement went out on, not what it said.
SAYING_VERBS = frozenset({"say", "state", "add", "write"})
CHANNELS = frozenset({"x", "twitter", "facebook", "telegram", "instagram", "tiktok", "weibo", "wechat", "youtube",
                      "linkedin", "threads", "bluesky", "television", "tv", "radio", "air"})
# A wire dateline opening the body: a capitalised place, perhaps its country and agency, then a dash
# (`SEOUL, South Korea (AP) —`). Not ingest's publication-date line: this one stays in the text.
WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:, [A-Z][\w .]*)?(?: \([\w ]+\))? ?(?:—|–|--?) ?")
MAX_WIRE_DATELINE_CHARS = 60
REFUSALS = frozenset({"decline", "refuse"})
MAX_SET_OFF_NAME = 5  # words of `Mr Zadock Tumuhimbise` set off after a role
RECIPIENT_VERBS = frozenset({"tell", "inform", "brief", "ask", "thank", "urge", "assure"})
LEADING_MARKERS = frozenset({"that", "whether", "if", ",", ":", "“", '"', "``", "—", "–"})
ADVERBIAL_MARKS = frozenset({"if", "when", "while", "because", "although", "though", "as", "since", "unless", "once"})
SET_OFF = frozenset({",", "—", "–", "”", '"', "’"})
CLOSING = frozenset({",", ".", "!", "?", ";", "”", '"'})
MAX_TRAILING_TOKENS = 8
MIN_CONTENT_TOKENS = 4
MIN_OBJECT_TOKENS = 3


@dataclass(frozen=True, slots=True)
class Cue:
    """A speech verb (or `according to`) with its speaker token and, if any, its content."""

    token: Token
    speaker: Token | None
    content: Span | None
    according: bool = False
    own_speaker: bool = True
    from_object: bool = False


@dataclass(frozen=True, slots=True)
class CueIndex:
    """The cues that name a speaker, found by token, sentence or offset: every quotation asks, and
    scanning all cues for each would cost quotations times cues."""

    speaking: list[Cue]  # in text order
    offsets: list[int]  # of their verbs
    by_token: dict[int, Cue]
    sentences: dict[int, tuple[int, int]]  # a sentence's start token -> its cues, as a range of `speaking`

    @classmethod
    def of(cls, cues: Sequence[Cue]) -> CueIndex:
        speaking = [cue for cue in cues if cue.speaker is not None]
        sentences: dict[int, tuple[int, int]] = {}
        for number, cue in enumerate(speaking):
            first, _ = sentences.setdefault(cue.token.sent.start, (number, number))
            sentences[cue.token.sent.start] = (first, number + 1)
        return cls(speaking, [cue.token.idx for cue in speaking], {cue.token.i: cue for cue in speaking}, sentences)

    def last_in_sentence(self, start: int) -> Cue | None:
        """The last cue of the sentence that starts at token `start`."""
        found = self.sentences.get(start)
        return self.speaking[found[1] - 1] if found else None

    def nearest_in_sentences(self, starts: Sequence[int], first: int, last: int) -> Cue | None:
        """The cue of the given sentences nearest to text[first:last + 1] (0 inside it), the earlier
        of two as near: a bisection in each sentence's cues, which are in text order."""
        best: tuple[int, int] | None = None
        for start in starts:
            low, high = self.sentences.get(start, (0, 0))
            index = bisect_left(self.offsets, first, low, high)
            if index < high and self.offsets[index] <= last:
                options = [(0, index)]
            else:
                options = [(first - self.offsets[index - 1], index - 1)] if index > low else []
                options += [(self.offsets[index] - last, index)] if index < high else []
            best = min([*options, *([best] if best else [])], default=None)
        return self.speaking[best[1]] if best else None

    def last_between(self, start: int, end: int) -> Cue | None:
        """The last cue whose verb is in text[start:end]."""
        index = bisect_left(self.offsets, end) - 1
        return self.speaking[index] if index >= 0 and self.offsets[index] >= start else None


def find_cues(doc: Doc, lexicon: Lexicon) -> list[Cue]:
    cues: list[Cue] = []
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma in lexicon.speech_verbs and (token.pos_ in ("VERB", "AUX") or _misread_verb(token)):
            own = own_subject(token) or root_noun_subject(token)
            if own is not None:
                own = object_read_as_subject(token, own, lexicon.speech_verbs) or own
            if own is None and token.tag_ == "VBN" and token.dep_ in ("advcl", "acl"):
                continue  # `Asked about Schumer's silence, she said …`: she was asked; the asking is not hers
            if own is not None and any(c.dep_ == "case" for c in own.children):
                continue  # `Putin's reported interest`: a possessive read as a subject is a misparse
            speaker = (inverted_subject(token) or own or role_after_quotation(token, lexicon.person_nouns)
                       or absolute_subject(token) or name_after_quotation(token)
                       or quoted_as_saying(token) or _earlier_speaker(token, cues) or subject_of(token)
                       or _document_saying(token, lexicon)
                       or name_just_before(token) or (name_just_before(token.head) if token.dep_ == "conj" else None))
            if speaker is not None:
                titles = lexicon.title_words
                speaker = name_after_title(speaker, titles) or person_after_verb(token, speaker, titles) or speaker
            content = (clause_content(token, lexicon.speech_verbs) or aside_sentence(token, speaker)
                       or closed_sentence(token, speaker))
            from_object = content is None
            if lemma not in lexicon.quotation_verbs and lemma not in lexicon.clause_verbs:
                content = content or object_content(token)
            cues.append(Cue(token, speaker, content, own_speaker=own is not None, from_object=from_object))
        elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            source = next((t for t in doc[token.i + 1].children if t.dep_ == "pobj"), None)
            if source is not None and not _speaks_itself(token, lexicon):
                holder = holder_set_off(source, lexicon)
                content = according_content(token, after=holder.i + 1 if holder is not None else None)
                cues.append(Cue(token, holder or source, content, according=True))
    return cues


def _document_saying(verb: Token, lexicon: Lexicon) -> Token | None:
    """`the organisers issued a statement saying that …`: the document the participle hangs on says it
    (the resolver gives it to whoever issued it)."""
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and head.lemma_.lower() in lexicon.document_nouns:
        return head
    return None


def unsaid(verb: Token) -> bool:
    """`It did not say what type of missile was fired`, `declined to say`: nothing was said."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSALS


def _misread_verb(token: Token) -> bool:
    """`Ivanov calls extending NATO … "a movement …"`: a main-clause `calls` the model tagged as a noun
    but gave a subject is the verb it reads as."""
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" and token.tag_ == "NNS" and any(
        c.dep_ == "nsubj" for c in token.children)


def _earlier_speaker(verb: Token, cues: list[Cue]) -> Token | None:
    """`As Kim told Putin, …, adding that …`: a subjectless participle continues the sentence's last speaker."""
    if verb.tag_ != "VBG" or own_subject(verb) is not None:
        return None
    # `cues` are in text order, all before the verb: the sentence's own are the last of them.
    start = verb.sent.start
    for cue in reversed(cues):
        if cue.token.i < start:
            return None
        if cue.speaker is not None and not cue.according:
            return cue.speaker
    return None


def _trimmed(doc: Doc, tokens: list[Token], minimum: int) -> Span | None:
    tokens = _without_dateline(tokens)
    # One complementiser goes: in `said that, if elected, he'd …` the `if` is the report's own.
    joined = False
    while tokens and (tokens[0].lower_ in LEADING_MARKERS or tokens[0].is_space or tokens[0].is_punct):
        if tokens[0].is_alpha:
            if joined:
                break
            joined = True
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < minimum:
        return None
    return doc[tokens[0].i : tokens[-1].i + 1]


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
    clause = next((c for c in verb.children if c.dep_ in CONTENT_DEPS), None) or _clause_after_setting(verb)
    if clause is None:
        return None
    tokens = list(clause.subtree)
    # `Cho said any cooperation … is a violation, according to the statement`: where it was read is not what he said.
    aside = [t for t in tokens if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"]
    if aside:
        skipped = {i for t in aside for i in range(t.left_edge.i, t.right_edge.i + 1)}
        tokens = [t for t in tokens if t.i not in skipped]
    reply = next((c for c in clause.rights if c.dep_ in ("conj", "advcl") and c.lemma_.lower() in speech_verbs
                  and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)
    if reply is not None:
        start = min(t.i for t in reply.subtree)
        while start > clause.i + 1 and (verb.doc[start - 1].dep_ == "cc" or verb.doc[start - 1].is_punct):
            start -= 1
        tokens = [t for t in tokens if t.i < start]
    if tokens[-1].i < verb.i and (not _set_off(verb.doc, tokens[-1].i, verb.i) or tokens[0].lower_ in ADVERBIAL_MARKS):
        return None  # `If the diplomats were saved, they would have cautioned …` is a condition, not content
    return _trimmed(verb.doc, tokens, MIN_CONTENT_TOKENS)


def _clause_after_setting(verb: Token) -> Token | None:
    """`said at a news conference that Erdogan has been following …`, `insisted in a statement that a
    ceasefire would be signed`, `told a news briefing that …`, parsed as a clause of the conference,
    statement or briefing: a `that` clause with a subject of its own, right after where it was said,
    is what was said. A relative clause (`said at a conference that he organised`) leaves a gap for
    its `that` and is not."""
    places = [next((c for c in p.children if c.dep_ == "pobj"), None) for p in verb.rights
              if p.dep_ == "prep" and p.lower_ in SETTING_PREPOSITIONS]
    if verb.lemma_ in RECIPIENT_VERBS:  # `told a daily news briefing that …`
        places += [c for c in verb.rights if c.dep_ == "dobj"]
    for place in places:
        clause = next((c for c in place.rights if c.dep_ in ("acl", "relcl")), None) if place is not None else None
        if clause is None or clause.left_edge.i != place.i + 1 or clause.left_edge.lower_ != "that":
            continue
        that = clause.left_edge
        heads = [clause, *clause.conjuncts]
        children = [c for h in heads for c in h.children if c.i != that.i]
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
        # Nothing missing: a passive, an object of its own, or a modal's report (`would be signed`).
        complete = any(c.dep_ in ("nsubjpass", "dobj", "attr", "ccomp", "xcomp", "acomp") for c in children) or (
            that.dep_ == "mark" and any(c.dep_ == "aux" and c.lower_ in REPORTING_MODALS for c in children))
        if own_subject and complete:
            return clause
    return None


def _set_off(doc: Doc, after: int, before: int) -> bool:
    """Content before its verb is set off by a comma, dash or closing quote (`…, analysts said`)."""
    return any(t.text in SET_OFF for t in doc[after + 1 : before])


def closed_sentence(verb: Token, speaker: Token | None) -> Span | None:
    """`Clinton's van was to be escorted …, another source said.`: what precedes a set-off attribution."""
    if speaker is None or verb.dep_ in ("acl", "amod", "relcl"):
        return None
    doc = verb.doc
    chunk_start = min(speaker.left_edge.i, verb.i)
    chunk_end = max(speaker.right_edge.i, verb.i)
    sentence = verb.sent
    if chunk_start - sentence.start < MIN_CONTENT_TOKENS + 1 or doc[chunk_start - 1].text not in SET_OFF:
        return None
    # The attribution closes the clause: only a short adjunct (`on Friday`, `in a statement`) may follow.
    following = next((t for t in doc[chunk_end + 1 : sentence.end] if t.is_punct), None)
    trailing = (following.i if following is not None else sentence.end) - chunk_end - 1
    if trailing > MAX_TRAILING_TOKENS or (following is not None and following.text not in CLOSING):
        return None
    if any(c.dep_ in ("xcomp", "ccomp", "oprd") or (c.dep_ == "dobj" and verb.lemma_ not in RECIPIENT_VERBS)
           for c in verb.rights):
        return None
    return _trimmed(doc, list(doc[sentence.start : chunk_start - 1]), MIN_CONTENT_TOKENS)


def aside_sentence(verb: Token, speaker: Token | None) -> Span | None:
    """`Climate change, Mr. Obama often says, is the greatest threat`: an attribution set off by commas
    inside the sentence it reports. The report is the whole sentence, as a span cannot leave out its middle."""
    if speaker is not None and _inverted_aside(verb, speaker):
        return _trimmed(verb.doc, list(verb.sent), MIN_CONTENT_TOKENS)
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
    return _trimmed(doc, list(doc[sentence.start : sentence.end]), MIN_CONTENT_TOKENS)


def _inverted_aside(verb: Token, speaker: Token) -> bool:
    """`This means, said Piñol, that farmers earn more`, parsed with the aside's verb as the root: a
    verb and its subject after it, set off by commas in the middle of the sentence."""
    doc, sentence = verb.doc, verb.sent
    after = entity_end(doc, speaker.i)  # not the right edge: the parse may hang the report on the name
    return (verb.dep_ == "ROOT" and speaker.i == verb.i + 1 and verb.i - 1 > sentence.start
            and doc[verb.i - 1].text == "," and after < sentence.end - MIN_CONTENT_TOKENS and doc[after].text == ",")


def object_content(verb: Token) -> Span | None:
    """`called for a moratorium`, `criticized the law as a "crazy system"`: the verb and its object.

    A participle that only elaborates another clause (`said Yoo, referring to …`) carries no content.
    """
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp"):
        return None
    parts = []
    for child in verb.rights:
        if child.dep_ in OBJECT_DEPS and not (child.dep_ == "dobj" and verb.lemma_ in RECIPIENT_VERBS):
            parts.append(child)
        elif (child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS and not _medium_or_time(child)
              and not _absolute(child)):
            parts.append(child)
    if not parts:
        return None
    end = max(p.right_edge.i for p in parts)
    if end - verb.i < MIN_OBJECT_TOKENS - 1:
        return None
    if (verb.lemma_.lower() in SAYING_VERBS and verb.tag_ in ("VBD", "VBZ", "VBP") and parts[0].dep_ == "dobj"
            and parts[0].left_edge.i == verb.i + 1):
        # `Hayashi said Russia's acquisition of … weapons and using them … is a violation`: what follows
        # `said` is a clause the parse broke, not a thing said; the report runs to the sentence's end.
        return _trimmed(verb.doc, list(verb.doc[verb.i + 1 : verb.sent.end]), MIN_OBJECT_TOKENS)
    return _trimmed(verb.doc, list(verb.doc[verb.i : end + 1]), MIN_OBJECT_TOKENS)


def _absolute(preposition: Token) -> bool:
    """`hailed the decision, with the Humane Society calling it …`: a clause with a speaker of its own.
    (`praised the ruling, with both stressing …` goes on with the same speakers.)"""
    return any(c.dep_ == "pcomp" and any(g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN") for g in c.children)
               for c in preposition.children)


def _medium_or_time(preposition: Token) -> bool:
    """`said on Telegram`, `said on Monday`: where or when something was said, not what."""
    if preposition.lower_ != "on":
        return False
    return any(t.dep_ == "pobj" and (t.ent_type_ in ("ORG", "DATE", "TIME", "GPE", "FAC", "PRODUCT", "WORK_OF_ART")
                                     or t.lower_ in CHANNELS) for t in preposition.children)


def _speaks_itself(according: Token, lexicon: Lexicon) -> bool:
    """`Cho said any cooperation … is a violation, according to the statement`: the statement passes on
    what Cho said, and Cho is the one a reader names; `according to` only tells where it was read."""
    main = _main_verb(according)
    if main.i == according.i or main.lemma_.lower() not in lexicon.speech_verbs:
        return False
    subject = own_subject(main)
    # `According to Blinken, "we now estimate …"`: a verb inside the quotation is Blinken's words.
    if subject is None or subject.lower_ in ("i", "we") or _within_quotation(main):
        return False
    quotes = any(t.is_quote for t in main.subtree if not according.left_edge.i <= t.i <= according.right_edge.i)
    return quotes or clause_content(main, lexicon.speech_verbs) is not None


def _within_quotation(token: Token) -> bool:
    before = doc_text(token.doc)[token.sent.start_char : token.idx]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _main_verb(token: Token) -> Token:
    while token.dep_ != "ROOT" and token.head is not token:
        token = token.head
    return token


def holder_set_off(role: Token, lexicon: Lexicon) -> Token | None:
    """`According to UNATU National Chairperson, Mr Zadock Tumuhimbise, the strike will …`: a name set off by
    commas right after the person's role, before a clause with its own subject, is the source. (In
    `according to police, John Doe, 35, was arrested` the name is what was reported.)"""
    doc, comma = role.doc, role.right_edge.i + 1
    if (role.lemma_.lower() not in lexicon.person_nouns or lexicon.is_any_body(role.lemma_.lower())
            or comma >= len(doc) or doc[comma].text != ","):
        return None
    end = comma + 1
    while end < len(doc) and end - comma <= MAX_SET_OFF_NAME and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    name = doc[end - 1]
    if not 2 <= end - comma - 1 <= MAX_SET_OFF_NAME or end >= len(doc) or doc[end].text != ",":
        return None
    # (the parse makes what it likes of the name; the clause after it must have a subject of its own)
    verb = _main_verb(role)
    return name if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > end for c in verb.children) else None


def according_content(according: Token, *, after: int | None = None) -> Span | None:
    """`X happened, according to Y`: the sentence's main clause, minus the phrase itself (and with `after`,
    minus everything before that token: the source's name set off after its role)."""
    head = _main_verb(according.head)
    sentence = according.sent
    # Only `according to Y` itself: where the parse made `According` the root, the report hangs on it.
    to = next((c for c in according.children if c.lower_ == "to"), None)
    skip = {according.i} | ({t.i for t in to.subtree} if to is not None else set())
    tokens = [t for t in head.subtree if t.i not in skip and sentence.start <= t.i < sentence.end
              and (after is None or t.i > after)]
    return _trimmed(according.doc, tokens, MIN_CONTENT_TOKENS)

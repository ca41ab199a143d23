"""Finding speech cues in the parse: a reporting verb or `according to`, its speaker, its content
(what it says is read by `contents.py`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .layout import doc_text, doc_tokens
from .contents import MIN_CONTENT_TOKENS, aside_sentence, clause_content, closed_sentence, recapped_sentence, trimmed
from .object_reports import directive_content, object_content
from .cue_subjects import (
    CLOSING_MARKS, absolute_subject, inverted_subject, name_after_quotation, name_after_title, object_read_as_subject,
    own_subject, person_after_verb, quoted_as_saying, role_after_quotation, root_noun_subject, subject_above_noun,
    subject_of,
)
from .person_cuts import NAME_PARTICLES
from .set_off_names import name_just_before, phrase_set_off_before
from .antecedents import can_speak
from .clauses import FUTURE_AUX
from .lexicon import Lexicon

REFUSALS = frozenset({"decline", "refuse"})
MAX_SET_OFF_NAME = 5  # words of `Mr Zadock Tumuhimbise` set off after a role


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

    def outermost(self, said: Cue | None, start: int) -> Cue | None:
        """`Ben Green says it's the rain that has led the MetService to describe the cyclone as …`: a report
        inside another's words (from text offset `start` on) is theirs to tell; the source is the one telling it."""
        outer = self.last_between(start, said.token.idx) if said is not None else None
        while outer is not None:
            # (a cue with nothing to report in between is stepped over: `said water tanks would continue … and appealed`)
            if outer.content is not None and outer.content.start <= said.token.i < outer.content.end:
                said = outer
            outer = self.last_between(start, outer.token.idx)
        return said


def find_cues(doc: Doc, lexicon: Lexicon) -> list[Cue]:
    cues: list[Cue] = []
    for token in doc_tokens(doc):
        lemma = token.lemma_.lower()
        if lemma in lexicon.speech_verbs and (token.pos_ in ("VERB", "AUX") or _misread_verb(token)):
            own = own_subject(token) or root_noun_subject(token) or _acronym_read_as_modal(token)
            if own is not None:
                own = object_read_as_subject(token, own, lexicon.speech_verbs) or own
                if _thing_read_as_subject(own, lexicon):
                    # `… went up to VND41,000, Tran Minh Hung, a local pig farmer, said`, parsed with a price as
                    # the subject: the name set off before the verb says it
                    own = name_just_before(token) or own
            said_by = _as_said_by(token)
            if said_by is not None:
                # `As said by the Governor Perry Warjiyo, BI was still …`: as `according to`, the clause beside it
                cues.append(Cue(token, said_by, _clause_beside(token), according=True))
                continue
            if own is None and token.tag_ == "VBN" and token.dep_ in ("advcl", "acl") and (
                    token.dep_ == "advcl" or name_after_quotation(token) is None):
                # `Asked about Schumer's silence, she said …`: she was asked; the asking is not hers (but
                # `"…," Suleiman Haroun, president of …, announced` is his, parsed as the name's participle)
                continue
            role = _role_read_as_possessor(own, lexicon) if own is not None else None
            if role is not None:
                own = role
            elif own is not None and any(c.dep_ == "case" for c in own.children):
                # (`Jeju Air's David Cha, who arrived …, told`: the name in apposition to the possessive speaks)
                own = next((c for c in own.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
                if own is None:
                    continue  # `Putin's reported interest`: a possessive read as a subject is a misparse
            # (`Bernama quoted him as saying`: who was quoted, not the agency the participle's subject is)
            speaker = (quoted_as_saying(token) or inverted_subject(token) or own
                       or role_after_quotation(token, lexicon.person_nouns)
                       or absolute_subject(token) or name_after_quotation(token) or _earlier_speaker(token, cues)
                       # (`…, the president of the association, Martin Balzan, told The Malta Independent`, parsed
                       # as a second verb of the clause before, whose subject is not the speaker)
                       or (name_just_before(token) or phrase_set_off_before(token) if token.dep_ == "conj" else None)
                       or subject_of(token)
                       or _document_saying(token, lexicon) or _said_over_a_thing(token, lexicon)
                       or name_just_before(token) or (name_just_before(token.head) if token.dep_ == "conj" else None)
                       or phrase_set_off_before(token))
            if speaker is not None:
                speaker = _name_before_gloss(speaker) or speaker
            if speaker is not None and _quoted_first_person(speaker, token):
                speaker = None  # `“… I am prepared,” adding, “…”`: the `I` is the quotation's own
            if speaker is not None:
                titles = lexicon.title_words
                speaker = name_after_title(speaker, titles) or person_after_verb(token, speaker, titles) or speaker
            content = (recapped_sentence(token, lexicon.speech_verbs) or clause_content(token, lexicon.speech_verbs)
                       or aside_sentence(token, speaker) or closed_sentence(token, speaker))
            from_object = content is None
            if lemma not in lexicon.quotation_verbs and lemma not in lexicon.clause_verbs and not _reports_a_figure(
                    token, lexicon):
                content = content or object_content(token)
            elif lemma in lexicon.directive_verbs:
                content = content or directive_content(token)
            cues.append(Cue(token, speaker, content, own_speaker=own is not None, from_object=from_object))
        elif lemma == "make" and token.pos_ in ("VERB", "AUX"):
            made_clear = _made_clear(token)
            if made_clear is not None:
                own = own_subject(token)
                speaker = own if own is not None else subject_of(token)
                cues.append(Cue(token, speaker, made_clear, own_speaker=own is not None))
        elif token.lower_ == "per" and (cited := _source_cited_by_per(token, lexicon)) is not None:
            cues.append(Cue(token, cited, _content_before_per(token), according=True))
        elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            source = next((t for t in doc[token.i + 1].children if t.dep_ == "pobj"), None)
            if source is not None and not _speaks_itself(token, lexicon):
                holder = holder_set_off(source, lexicon)
                closing = holder is not None and _closing_the_sentence(source)  # `X rose, according to …, Jane Roe,`
                content = recapped_sentence(token) or according_content(
                    token, after=holder.i + 1 if holder is not None and not closing else None, closing=closing)
                cues.append(Cue(token, holder or source, content, according=True))
    return cues


def _reports_a_figure(verb: Token, lexicon: Lexicon) -> bool:
    """`Access Bank reported a decline in profit`, `Toyota posted record sales`: a result given as a figure."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_.lower() in ("report", "post") else []
    changed = [o for c in objects for p in c.children if p.dep_ == "prep" and p.lower_ == "in"
               for o in p.children if o.dep_ == "pobj"]  # (`a decline in profit`)
    return any(word in lexicon.result_nouns for c in (*objects, *changed) for word in (c.lemma_.lower(), c.lower_))


def _made_clear(verb: Token) -> Span | None:
    """`The EC made it clear that there was no anomaly`: an idiom that reports the clause after `that`."""
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")),
                 None)
    if clear is None or not any(c.lower_ == "it" for c in (*verb.children, *clear.children)):
        return None
    clause = next((c for c in clear.rights if c.dep_ in ("advcl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    return trimmed(verb.doc, list(clause.subtree), MIN_CONTENT_TOKENS) if clause is not None else None


def _role_read_as_possessor(subject: Token, lexicon: Lexicon) -> Token | None:
    """`the Governor of Malta's Central Bank remarked`, parsed as the bank of `the Governor of Malta`: the
    possessive closes the role's `of` phrase, so the role speaks."""
    role = next((c for c in subject.children if c.dep_ == "poss" and c.lemma_.lower() in lexicon.person_nouns), None)
    # (`the Secretary of the Union's Petroleum Branch, Ananda Palitha, said`: the name set off speaks)
    if role is None or any(c.dep_ == "appos" for c in subject.children) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in role.children):
        return None
    of = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    mark = next((c for c in role.children if c.dep_ == "case"), None)
    return role if of is not None and mark is not None and mark.i > of.i else None


def _acronym_read_as_modal(verb: Token) -> Token | None:
    """`CAN said it made several efforts`: a body's acronym (the Christian Association of Nigeria) that the
    parse read as a modal verb before the verb."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.dep_ != "aux" or before.head.i != verb.i or verb.is_upper or not (
            before.is_upper and before.is_alpha and len(before) > 1):
        return None
    return before


def _name_before_gloss(subject: Token) -> Token | None:
    """`Liaw Yun-fan (廖運範) said`, parsed with the name in its own script as the subject: the name before it."""
    doc, i = subject.doc, subject.i
    if i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "(" or doc[i + 1].text != ")" or any(
            c.isascii() for c in subject.text):
        return None
    name = doc[i - 2]
    return name if name.ent_type_ == "PERSON" else None


def _quoted_first_person(subject: Token, verb: Token) -> bool:
    """Is the subject an `I` or `we` a closing quotation mark separates from the verb after it?"""
    return subject.lower_ in ("i", "we") and subject.i < verb.i and any(
        t.text in CLOSING_MARKS for t in subject.doc[subject.i + 1 : verb.i])


def _document_saying(verb: Token, lexicon: Lexicon) -> Token | None:
    """`the organisers issued a statement saying that …`: the document the participle hangs on says it
    (the resolver gives it to whoever issued it)."""
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and head.lemma_.lower() in lexicon.document_nouns:
        return head
    return None


def _thing_read_as_subject(subject: Token, lexicon: Lexicon) -> bool:
    return (subject.pos_ == "NOUN" and subject.tag_ == "NN" and not subject.ent_type_
            and not can_speak(subject.lemma_.lower(), lexicon))


def _said_over_a_thing(verb: Token, lexicon: Lexicon) -> Token | None:
    """`Nepal reacted sharply to the inauguration of the road claiming that …`: a participle the parse
    hung on a thing that cannot speak is said by the subject of the clause the thing is in."""
    head = verb.head
    # (`celebrated … with rallies calling for …`: what comes with the deed does its own calling)
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or head.pos_ != "NOUN" or head.ent_type_ or head.head.lower_ == "with":
        return None
    subject = None if can_speak(head.lemma_.lower(), lexicon) else subject_above_noun(verb)
    # (`In a demonstration demanding …, women marched`: a clause after the participle is not what it is in)
    return subject if subject is not None and subject.head.i < verb.i else None


def unsaid(verb: Token) -> bool:
    """`It did not say what type of missile was fired`, `declined to say`: nothing was said."""
    if any(c.dep_ == "neg" for c in verb.children) or _not_yet_made(verb):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSALS


def _not_yet_made(verb: Token) -> bool:
    """A report that has not been made: one the writer foresees or imagines (`Perhaps the moderators will ask
    …`, `Kim would certainly demand his men to …`), or one a condition or a question holds open (`unclear
    whether the judges could rule that …`, `if she says that …`)."""
    acronym = _acronym_read_as_modal(verb)  # (`CAN said`: no modal)
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and (acronym is None or c.i != acronym.i)}
    if modals & FUTURE_AUX:
        return True
    held_open = any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)
    # (`could` puts a report ahead only under `whether` or `if`: `she could not say` is past)
    return held_open and (verb.tag_ in ("VBZ", "VBP") or "could" in modals)


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
    # (`He urged the EC to act after it apologised …, saying …`: the verb the participle hangs on speaks,
    # not a report in the clause between)
    governing = next((c for c in reversed(cues) if c.token.i == verb.head.i and c.speaker is not None
                      and not c.according), None)
    if governing is not None and verb.dep_ == "advcl":
        return governing.speaker
    for cue in reversed(cues):
        if cue.token.i < start:
            return None
        if cue.speaker is not None and not cue.according:
            return cue.speaker
    return None


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
    comma += comma < len(doc) and doc[comma].text == ")"  # `… Congress (NTUC), Ng Chee Meng,`
    # (`the NDA registrar, Apollo Muhairwe, the work of … has ensured`: the parse may hang the name, and what
    # was said after it, on the role as appositions)
    appositive = next((c for c in role.rights if c.dep_ == "appos" and c.ent_type_), None)
    if appositive is not None and appositive.left_edge.i >= 2 and doc[appositive.left_edge.i - 1].text == ",":
        comma = appositive.left_edge.i - 1
    word = role.lemma_.lower()
    if (word not in lexicon.person_nouns and word not in lexicon.role_nouns or lexicon.is_any_body(word)
            or comma >= len(doc) or doc[comma].text != ","):
        return None
    end = comma + 1
    while end < len(doc) and end - comma <= MAX_SET_OFF_NAME and doc[end].pos_ == "PROPN" and (
            doc[end].text[:1].isupper() or doc[end].lower_ in NAME_PARTICLES and end > comma + 1):
        end += 1  # (`Antonio Pedro Figueira de Mello`: a particle inside the name)
    name = doc[end - 1]
    if not 2 <= end - comma - 1 <= MAX_SET_OFF_NAME or end >= len(doc) or doc[end].text != ",":
        return None
    # (the parse makes what it likes of the name; the clause after it must have a subject of its own, which
    # the parse may have hung on the name: `…, Josep Maria Sala, the 29-S will be …`, or come before it all
    # (`Job losses are rising, according to …, Ng Wei Ling, at a press conference`)
    verb = _main_verb(role)
    subject_after = any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > end for c in verb.children)  # (`there are`)
    new_subject = end + 1 < len(doc) and (doc[end + 1].pos_ == "DET" or doc[end + 1].tag_ == "PRP$")  # (`its members`)
    return name if subject_after or new_subject or _closing_the_sentence(role) else None


def _as_said_by(verb: Token) -> Token | None:
    """Who an `as said by` or `as stated by` clause names (`As said by the Governor Perry Warjiyo, …`)."""
    marked_as = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or not marked_as:
        return None
    doc, first, last = verb.doc, verb.left_edge.i, verb.right_edge.i
    # set off by a comma (`the suspension of the ban as announced by the minister was to …` is the ban's)
    if not (first > 0 and doc[first - 1].text == "," or "," in (doc[last].text, doc[min(last + 1, len(doc) - 1)].text)):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _clause_beside(verb: Token) -> Span | None:
    """The clause an `as said by` phrase hangs on, without the phrase."""
    sentence, skip = verb.sent, {t.i for t in verb.subtree}
    tokens = [t for t in verb.head.subtree if t.i not in skip and sentence.start <= t.i < sentence.end]
    return trimmed(verb.doc, tokens, MIN_CONTENT_TOKENS)


def _closing_the_sentence(role: Token) -> bool:
    """Does `according to` this role come after the clause it sources?"""
    return _main_verb(role).i < role.i


def _source_cited_by_per(per: Token, lexicon: Lexicon) -> Token | None:
    """`…, which is public, per AFP.`, `…, per the local newspaper Asahi Shimbun.`: `per` set off at the end of
    a clause cites a body, a person or a medium as `according to` does (not `$150 per pill`)."""
    doc = per.doc
    if per.dep_ != "prep" or per.i < 1 or doc[per.i - 1].text != ",":
        return None
    source = next((c for c in per.children if c.dep_ == "pobj"), None)
    if source is None or source.right_edge.i + 1 >= per.sent.end or doc[source.right_edge.i + 1].text not in ".!?;":
        return None
    named = source.ent_type_ in ("ORG", "PERSON") and source.pos_ == "PROPN"
    return source if named or source.lemma_.lower() in lexicon.media_words else None


def _content_before_per(per: Token) -> Span | None:
    """What the sentence says before its `per` phrase."""
    sentence = per.sent
    return trimmed(per.doc, [t for t in sentence if t.i < per.i - 1 and not t.is_space], MIN_CONTENT_TOKENS)


def according_content(according: Token, *, after: int | None = None, closing: bool = False) -> Span | None:
    """`X happened, according to Y`: the sentence's main clause, minus the phrase itself (and with `after`,
    minus everything before that token: the source's name set off after its role; with `closing`, only what
    comes before the phrase, whose name set off after the role the parse may have hung on the clause)."""
    head = _main_verb(according.head)
    sentence = according.sent
    # Only `according to Y` itself: where the parse made `According` the root, the report hangs on it.
    to = next((c for c in according.children if c.lower_ == "to"), None)
    skip = {according.i} | ({t.i for t in to.subtree} if to is not None else set())
    skip |= set(range(according.i, len(according.doc))) if closing else set()
    if after is not None:
        # (`According to the NDA registrar, Apollo Muhairwe, the work of … has ensured …`: the parse may hang the
        # clause's subject on the name, so all the sentence after the name is what was said)
        return trimmed(according.doc, [t for t in sentence if t.i > after and not t.is_space], MIN_CONTENT_TOKENS)
    tokens = [t for t in head.subtree if t.i not in skip and sentence.start <= t.i < sentence.end]
    return trimmed(according.doc, tokens, MIN_CONTENT_TOKENS)

"""Speakers of quotations that no speech verb introduces, where a reader still sees who speaks.

Notes: in order: a dash attribution follows it (`"…" — Commissioner Jane Roe`, the form of an
embedded post); the quotation continues the one just before; a colon introduces it (`From
the minister: "…"`, a transcript's `PENCE: …`); it opens a paragraph after one whose last words were somebody's (news
prose keeps a source across a paragraph break until it names another).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .antecedents import can_speak
from .layout import last_visible
from .lexicon import Lexicon
from .quotemarks import QuotedSpan
from .ranges import inside
from .salience import anyone_between
from .cues import CueIndex
from .cue_subjects import own_subject
from .speaker_book import Speaker, SpeakerBook, noun_phrase
from .described_speakers import described_speaker, speaker_for
from .speakers import resolve_speaker
from ..names import person_key
from ..records import ActorType, SpeakerType

DASH_ATTRIBUTION = re.compile(r"^[\s,.;]*[\u2014\u2013\u2015]|^[\s,.;]*--?\s")
MAX_DASH_GAP_CHARS = 4
# Two to four capitalised words and nothing else on the line: a signature.
SIGNATURE = re.compile(r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]*){1,3}")
MAX_DASH_NAME_CHARS = 40
MAX_CONTINUATION_WORDS = 2
SENTENCE_ENDS = ".!?\u2026\u201d\"'"
MAX_LABEL_WORDS = 3
MIN_TURN_WORDS = 4
# How far back the words that introduce a quotation with a colon may start: a clause, never a page.
MAX_INTRODUCTION_CHARS = 1000
# `PENCE: Well, …` opening a paragraph or a quotation: a speaker label in capitals, then a colon.
TURN = re.compile(r"[\"\u201c]?(?P<label>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2}):[ \t]+")
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")
SPEAKING_TYPES = frozenset({ActorType.PERSON, ActorType.ORGANISATION})


def uncued_speaker(
    doc: Doc, span: QuotedSpan, previous: tuple[QuotedSpan, Speaker | None] | None, cues: CueIndex,
    book: SpeakerBook, lexicon: Lexicon, *, author: str | None,
) -> Speaker | None:
    # A dash attribution is the quotation's own, even right after another one (a list of readers' posts).
    dashed = dash_attribution(span, book, lexicon)
    if dashed is not None:
        return dashed
    if previous is not None and previous[1] is not None and continues(book.text, previous[0], span):
        return previous[1]
    return (colon_introduction(doc, span, book, lexicon)
            or paragraph_continuation(doc, span, cues, book, lexicon, author=author)
            or sentence_continuation(doc, span, cues, book, lexicon, author=author))


def labelled_speaker(span: QuotedSpan, book: SpeakerBook, lexicon: Lexicon) -> Speaker | None:
    """`"PENCE: Well, …"`: a quotation that opens with a transcript's speaker label is theirs, whatever the cues say."""
    label = TURN.match(book.text, span.start)
    name = transcript_label(label.group("label"), book) if label is not None else None
    return speaker_for(name, ActorType.PERSON, book, lexicon) if name is not None else None


def transcript_turns(book: SpeakerBook) -> list[tuple[int, int, str]]:
    """Paragraphs of a transcript (`WALLACE: But, Governor, …`) as (start, end, speaker) of their words."""
    text, turns = book.text, []
    for paragraph in PARAGRAPH.finditer(text):
        label = TURN.match(text, paragraph.start())
        name = transcript_label(label.group("label"), book) if label is not None else None
        words = text[label.end() : paragraph.end()].strip() if label is not None else ""
        if name is not None and len(words.split()) >= MIN_TURN_WORDS:
            start = text.index(words, label.end())
            turns.append((start, start + len(words), name))
    return turns


def continues(text: str, earlier: QuotedSpan, later: QuotedSpan) -> bool:
    """A quotation that follows another with no narration between them, or opens the next paragraph."""
    gap = text[(earlier.close_mark or earlier.end) + 1 : later.open_mark]
    return gap.count("\n\n") <= 1 and len(gap.split()) <= MAX_CONTINUATION_WORDS


def dash_attribution(span: QuotedSpan, book: SpeakerBook, lexicon: Lexicon) -> Speaker | None:
    """`"…" — Commissioner Jane Roe`: the name right after a dash that follows the quotation."""
    if span.close_mark is None:
        return None
    after = book.text[span.close_mark + 1 : span.close_mark + 1 + MAX_DASH_GAP_CHARS + MAX_DASH_NAME_CHARS]
    dash = DASH_ATTRIBUTION.match(after)
    if dash is None:
        return None
    position = span.close_mark + 1 + dash.end()
    mention = next((m for m in book.between(position, position + MAX_DASH_NAME_CHARS) if m.type in SPEAKING_TYPES
                    and "\n" not in book.text[position : m.start]), None)
    if mention is not None:
        return speaker_for(mention.actor, mention.type, book, lexicon)
    # `"…" ― Jacklyn Ashley` closing its line: a name the model did not tag is still the signature.
    line = book.text[position : position + MAX_DASH_NAME_CHARS].split("\n", 1)[0]
    line = line.split(",", 1)[0].strip().rstrip(".")  # `― Marina Silva, environment minister`
    if SIGNATURE.fullmatch(line):
        return Speaker(line, SpeakerType.OTHER, is_person=True)
    return None


def colon_introduction(doc: Doc, span: QuotedSpan, book: SpeakerBook, lexicon: Lexicon) -> Speaker | None:
    """`From the minister: "…"`: the one actor (or the description) of the words before the colon."""
    text = book.text
    colon = last_visible(text, span.open_mark)
    if colon < 0 or text[colon] != ":":
        return None
    # From the last line break or full stop, looked for no further back than a clause runs.
    floor = max(0, colon - MAX_INTRODUCTION_CHARS)
    ends = (text.rfind("\n", floor, colon), text.rfind(". ", floor, colon))
    clause_start = max(ends) + 1 if max(ends) >= 0 else floor
    mentions = [m for m in book.between(clause_start, colon) if m.type in SPEAKING_TYPES and not inside(m.start, book.quoted)]
    words = doc.char_span(clause_start, colon, alignment_mode="contract")
    subjects = {t.i for t in words or () if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"}
    # `With Democrats worried about Clinton, President Obama is rolling out a message: "…"`: the subject.
    subject = next((m for m in mentions if _covers(doc, m, subjects)), None)
    actors = {(m.actor, m.type) for m in ([subject] if subject is not None else mentions)}
    if len(actors) == 1:
        actor, kind = next(iter(actors))
        return speaker_for(actor, kind, book, lexicon)
    if actors:
        return None
    label = transcript_label(book.text[clause_start:colon], book)
    if label is not None:
        return speaker_for(label, ActorType.PERSON, book, lexicon)
    if words is None:
        return None
    nouns = [t for t in words if t.pos_ == "NOUN"]
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return described_speaker(noun_phrase(nouns[-1]), book, lexicon) if nouns else None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return None
    # `From the foreign ministry in Seoul: "…"`: a bare noun phrase before the colon names the source.
    names = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    head = names[0]
    while head.head.i != head.i and head.head in words and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    # Only a head that can speak (`the minister`, `the agency`), never a heading (`Update:`).
    if not can_speak(head.lemma_.lower(), lexicon):
        return None
    return resolve_speaker(head, book, lexicon, author=None)


def transcript_label(label: str, book: SpeakerBook) -> str | None:
    """`PENCE: Well, look, …`: a transcript's speaker label, the surname of one person the article names."""
    words = label.strip(" \t\"'\u201c\u2018").split()
    if not 1 <= len(words) <= MAX_LABEL_WORDS or not all(w.isupper() for w in words):
        return None
    people = book.people_named(person_key(" ".join(words)))
    return next(iter(people)) if len(people) == 1 else None


def _covers(doc: Doc, mention, tokens: set[int]) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(t.i in tokens for t in span)


def paragraph_continuation(
    doc: Doc, span: QuotedSpan, cues: CueIndex, book: SpeakerBook, lexicon: Lexicon, *, author: str | None
) -> Speaker | None:
    """A quotation opening a paragraph, with no attribution, after a paragraph whose last source
    (a quotation's speaker, or a speech verb's subject: `X told reporters`) it continues; with no source
    there, the person its last sentence is about (`Prosecuting, Miss Jane Roe opposed the application.`)."""
    start = book.blank_lines.last_before(span.open_mark)
    if start < 0 or last_visible(book.text, span.open_mark, start) >= 0:
        return None
    previous_start = book.blank_lines.last_before(start) + 1
    found = _paragraph_source(doc, previous_start, start, cues, book, lexicon, author=author)
    if found is not None or previous_start <= 1 or not _bridge(doc, previous_start, start, cues, book, lexicon):
        return found
    # (`X said the outage was disastrous.` ¶ `The outage has also cut the water supply.` ¶ `"It's not only …"`:
    # a paragraph of one sentence that reports nothing and names nobody leaves the source before it speaking)
    earlier_start = book.blank_lines.last_before(previous_start - 1) + 1
    return _paragraph_source(doc, earlier_start, previous_start - 1, cues, book, lexicon, author=author)


def _bridge(doc: Doc, start: int, end: int, cues: CueIndex, book: SpeakerBook, lexicon: Lexicon) -> bool:
    words = doc.char_span(start, end, alignment_mode="contract")
    # (`The Prime Minister then stood up and lashed out.`: one described by a role acts, and speaks next)
    described = words is not None and any(t.dep_ == "nsubj" and t.lemma_.lower() in lexicon.role_types for t in words)
    return (words is not None and len(words) > 0 and words[0].sent.end >= words.end  # one sentence
            and cues.last_between(start, end) is None and not described
            and not any(m.type is ActorType.PERSON for m in book.between(start, end)))


def _paragraph_source(doc: Doc, previous_start: int, start: int, cues: CueIndex, book: SpeakerBook,
                      lexicon: Lexicon, *, author: str | None) -> Speaker | None:
    """The source a paragraph leaves speaking: its last quotation's speaker or speech verb's subject, or with
    neither the person its last sentence is about."""
    spoken = next(((at, name) for at, name in book.recently_spoken() if previous_start <= at < start), None)
    said = cues.last_between(previous_start, start)
    while said is not None and said.token.dep_ == "relcl" and said.speaker.lower_ in ("that", "which"):
        said = cues.last_between(previous_start, said.token.idx)  # `a petition that states the grounds` reports nothing
    said = cues.outermost(said, previous_start)
    answerer = _answerer(said.token) if said is not None else None
    if answerer is not None:
        return resolve_speaker(answerer, book, lexicon, author=author)
    if said is not None and (spoken is None or said.token.idx >= spoken[0]):
        speaker = resolve_speaker(said.speaker, book, lexicon, author=author)
        # `… ,” the Saudi diplomat said.` and then a paragraph of quotation: the one unnamed person goes on.
        # …and so does an unnamed body (`…, police said.` and then the statement's next paragraph)
        keeps_on = speaker is not None and (speaker.is_person or speaker.one_unnamed or _unnamed_body(speaker, lexicon))
        return speaker if keeps_on or _is_named(speaker, book) else None
    if spoken is None:
        return _person_acting_before(doc, previous_start, start, book, lexicon, author=author)
    named_as = book.types.get(spoken[1], frozenset())
    kind = next((t for t in (ActorType.PERSON, ActorType.ORGANISATION) if t in named_as), None)
    return speaker_for(spoken[1], kind, book, lexicon) if kind is not None else None


def sentence_continuation(doc: Doc, span: QuotedSpan, cues: CueIndex, book: SpeakerBook, lexicon: Lexicon, *,
                          author: str | None) -> Speaker | None:
    """`…, Johan Remkes said at a press conference. The informateurs are not excluding other parties. "But
    they have to give the signal themselves."`: a quoted sentence with no attribution, inside a paragraph,
    is the paragraph's last source's, when no other person is named after that source spoke."""
    start = book.blank_lines.last_before(span.open_mark) + 1
    before = book.text[start : span.open_mark].rstrip()
    words = book.text[span.start : span.end].rstrip()
    if not before or before[-1] not in SENTENCE_ENDS or not words or words[-1] not in SENTENCE_ENDS:
        return None
    said = cues.outermost(cues.last_between(start, span.open_mark), start)
    if said is None:
        # (`He has now overseen two general elections. "For those after me, …"`: with no report in the
        # paragraph, the person its last sentence is about)
        return _person_acting_before(doc, start, span.open_mark, book, lexicon, author=author)
    if said.speaker is None or said.according:
        return None
    speaker = resolve_speaker(said.speaker, book, lexicon, author=author)
    if speaker is None or not (speaker.is_person or _is_named(speaker, book)):
        return None
    return None if anyone_between(said.token.idx, span.open_mark, speaker.name, book) else speaker


def _person_acting_before(doc: Doc, start: int, end: int, book: SpeakerBook, lexicon: Lexicon, *,
                          author: str | None) -> Speaker | None:
    """The person named as the main subject of the last sentence in text[start:end], outside quotation marks,
    or taken up there as `he` or `she`."""
    words = doc.char_span(start, end, alignment_mode="contract")
    last = doc[words.end - 1].sent if words is not None and len(words) else None
    if last is None:
        return None
    subjects = [t for t in last.root.children if t.dep_ == "nsubj" and not inside(t.idx, book.quoted)]
    agent = next((c for c in last.root.children if c.dep_ == "agent"), None)
    if not subjects and agent is not None:  # `The proposal was seconded by Jane Roe.`: the one `by` names acts
        subjects = [t for t in agent.children if t.dep_ == "pobj" and not inside(t.idx, book.quoted)][:1]
    # (`His officials had talked to them, but he had not spoken to anyone.`: the clause joined on goes on; and
    # `They walked out while the chairman Sir Allan Kemakeza was still defending his stand.`: the one who stayed)
    subjects += [t for clause in last.root.children
                 if clause.dep_ in ("conj", "advcl") and clause.pos_ in ("VERB", "AUX")
                 for t in clause.children if t.dep_ == "nsubj" and not inside(t.idx, book.quoted)]
    # (`The Managing Director of the Ghana Airports Company, Yaw Kwakwa made the disclosure`: the role's name,
    # in apposition or parsed as a second subject)
    named = [n for subject in subjects for n in (subject, *(c for c in subject.children if c.dep_ == "appos"))]
    mention = next((m for m in (book.actor_at(t.idx, t.idx + len(t)) for t in named)
                    if m is not None and m.type is ActorType.PERSON), None)
    if mention is None:
        # (or one a role describes: `The Prime Minister then stood up and lashed out.`)
        referent = next((t for t in subjects if t.lower_ in ("he", "she") or t.lemma_.lower() in lexicon.role_types
                         and any(c.lower_ == "the" for c in t.children)), None)
        speaker = resolve_speaker(referent, book, lexicon, author=author) if referent is not None else None
        return speaker if speaker is not None and speaker.is_person else None
    return speaker_for(mention.actor, mention.type, book, lexicon)


def _answerer(verb: Token) -> Token | None:
    """`When asked by Reuters whether …, Zepeda summed up the mood.` and then the answer: the one asked."""
    passive = any(c.dep_ == "agent" for c in verb.children) or not any(c.dep_ == "nsubj" for c in verb.children)
    if verb.lemma_ != "ask" or verb.dep_ != "advcl" or not passive:
        return None
    return own_subject(verb.head)


def _unnamed_body(speaker: Speaker, lexicon: Lexicon) -> bool:
    words = (speaker.name or "").lower().split()
    return len(words) == 1 and lexicon.is_any_body(words[0])


def _is_named(speaker: Speaker | None, book: SpeakerBook) -> bool:
    return speaker is not None and speaker.name in book.types

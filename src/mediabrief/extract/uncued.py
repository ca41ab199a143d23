"""Speakers of quotations that no speech verb introduces, where a reader still sees who speaks.

Notes: in order: the quotation continues the one just before; a dash attribution follows it
(`"…" — Commissioner Jane Roe`, the form of an embedded post); a colon introduces it (`From
the minister: "…"`); it opens a paragraph after one whose last words were somebody's (news
prose keeps a source across a paragraph break until it names another).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from .lexicon import Lexicon
from .quotemarks import QuotedSpan
from .ranges import inside
from .cues import Cue
from .speakers import Speaker, SpeakerBook, described_speaker, noun_phrase, resolve_speaker, speaker_for
from ..records import ActorType

DASH_ATTRIBUTION = re.compile(r"^[\s,.;]*[\u2014\u2013]|^[\s,.;]*--?\s")
MAX_DASH_GAP_CHARS = 4
MAX_CONTINUATION_WORDS = 2
SPEAKING_TYPES = frozenset({ActorType.PERSON, ActorType.ORGANISATION})


def uncued_speaker(
    doc: Doc, span: QuotedSpan, previous: tuple[QuotedSpan, Speaker | None] | None, cues: Sequence[Cue],
    book: SpeakerBook, lexicon: Lexicon, *, author: str | None,
) -> Speaker | None:
    if previous is not None and previous[1] is not None and continues(book.text, previous[0], span):
        return previous[1]
    return (dash_attribution(span, book, lexicon) or colon_introduction(doc, span, book, lexicon)
            or paragraph_continuation(span, cues, book, lexicon, author=author))


def continues(text: str, earlier: QuotedSpan, later: QuotedSpan) -> bool:
    """A quotation that follows another with no narration between them, or opens the next paragraph."""
    gap = text[(earlier.close_mark or earlier.end) + 1 : later.open_mark]
    return gap.count("\n\n") <= 1 and len(gap.split()) <= MAX_CONTINUATION_WORDS


def dash_attribution(span: QuotedSpan, book: SpeakerBook, lexicon: Lexicon) -> Speaker | None:
    """`"…" — Commissioner Jane Roe`: the name right after a dash that follows the quotation."""
    if span.close_mark is None:
        return None
    after = book.text[span.close_mark + 1 : span.close_mark + 1 + MAX_DASH_GAP_CHARS + 40]
    dash = DASH_ATTRIBUTION.match(after)
    if dash is None:
        return None
    position = span.close_mark + 1 + dash.end()
    mention = next((m for m in book.mentions if position <= m.start <= position + 40 and m.type in SPEAKING_TYPES
                    and "\n" not in book.text[position : m.start]), None)
    return speaker_for(mention.actor, mention.type, book, lexicon) if mention is not None else None


def colon_introduction(doc: Doc, span: QuotedSpan, book: SpeakerBook, lexicon: Lexicon) -> Speaker | None:
    """`From the minister: "…"`: the one actor (or the description) of the words before the colon."""
    before = book.text[: span.open_mark].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    clause_start = max(before.rfind("\n", 0, colon), before.rfind(". ", 0, colon)) + 1
    actors = {(m.actor, m.type) for m in book.mentions if clause_start <= m.start < colon
              and m.type in SPEAKING_TYPES and not inside(m.start, book.quoted)}
    if len(actors) == 1:
        actor, kind = next(iter(actors))
        return speaker_for(actor, kind, book, lexicon)
    if actors:
        return None
    words = doc.char_span(clause_start, colon, alignment_mode="contract")
    nouns = [t for t in words or () if t.pos_ == "NOUN"]
    return described_speaker(noun_phrase(nouns[-1]), book, lexicon) if nouns else None


def paragraph_continuation(
    span: QuotedSpan, cues: Sequence[Cue], book: SpeakerBook, lexicon: Lexicon, *, author: str | None
) -> Speaker | None:
    """A quotation opening a paragraph, with no attribution, after a paragraph whose last source
    (a quotation's speaker, or a speech verb's subject: `X told reporters`) it continues."""
    text = book.text
    start = text.rfind("\n\n", 0, span.open_mark)
    if start < 0 or text[start : span.open_mark].strip():
        return None
    previous_start = text.rfind("\n\n", 0, start) + 1
    spoken = [(at, name) for at, name in book.spoken if previous_start <= at < start]
    said = [c for c in cues if previous_start <= c.token.idx < start and c.speaker is not None]
    if said and (not spoken or said[-1].token.idx > spoken[-1][0]):
        speaker = resolve_speaker(said[-1].speaker, book, lexicon, author=author)
        return speaker if speaker is not None and speaker.is_person or _is_named(speaker, book) else None
    if not spoken:
        return None
    kind = next((m.type for m in book.mentions if m.actor == spoken[-1][1] and m.type in SPEAKING_TYPES), None)
    return speaker_for(spoken[-1][1], kind, book, lexicon) if kind is not None else None


def _is_named(speaker: Speaker | None, book: SpeakerBook) -> bool:
    return speaker is not None and any(m.actor == speaker.name for m in book.mentions)

"""How prominent a person is at a point of the article: who a pronoun or a description of nobody
named nearby most likely stands for.

Notes: the last passes of the speaker sieve (`speakers.py`): the last compatible person who spoke
in this paragraph or the one before (or a few paragraphs back, when nobody else was named or spoke
since), else the most prominent compatible person of the nearest sentence that names one, its
subject before its other names (Hobbs; Lee et al. 2013).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from .genders import verb_of_subject
from .ranges import inside
from .speaker_book import SpeakerBook
from ..records import ActorMention, ActorType

# Three paragraphs of news hold far fewer sentences; the bound is for text without paragraph breaks,
# where the search would otherwise run back to the first sentence for every pronoun.
MAX_PROMINENT_SENTENCES = 40
UNCONTESTED_PARAGRAPHS = 4  # how far back a speaker nobody has displaced is still who `he` means


def last_speaker(position: int, book: SpeakerBook, compatible) -> str | None:
    """The last compatible person who spoke in this paragraph or the one before; or a few paragraphs
    back, when nobody else was named or spoke since (`… ,” he added.` / two paragraphs of figures /
    `He also said …`: the article is still about its one speaker)."""
    earlier = [(at, name) for at, name in book.recently_spoken() if at < position]
    for at, name in earlier:
        if book.blank_lines.count(at, position) <= 1 and compatible(name) and is_person(name, book):
            return name
    if not earlier:
        return None
    # the last person to speak at all (a body that spoke since, `AirAsia announced …`, is no `he`)
    at, name = next(((at, name) for at, name in earlier if is_person(name, book)), earlier[0])
    uncontested = (book.blank_lines.count(at, position) <= UNCONTESTED_PARAGRAPHS
                   and not anyone_between(at, position, name, book))
    return name if uncontested and compatible(name) and is_person(name, book) else None


def adjacent_speaker(position: int, book: SpeakerBook) -> str | None:
    """The person who spoke last, in this paragraph or the one before, with nobody else named since."""
    earlier = next(((at, name) for at, name in book.recently_spoken() if at < position), None)
    if earlier is None:
        return None
    at, name = earlier
    if book.blank_lines.count(at, position) > 1 or not is_person(name, book) or anyone_between(at, position, name, book):
        return None
    return name


def anyone_between(start: int, end: int, speaker: str, book: SpeakerBook) -> bool:
    """Is a person other than `speaker` named in text[start:end]?"""
    return any(m.type is ActorType.PERSON and m.actor != speaker for m in book.between(start, end))


def prominent_person(token: Token, book: SpeakerBook, compatible) -> str | None:
    """The most prominent compatible person of the nearest sentence that names one: a subject
    first, then the nearest in the pronoun's own sentence, the first in one before; within three
    paragraphs, and MAX_PROMINENT_SENTENCES where an article has no paragraph breaks. Sentences
    that name nobody are stepped over by bisection."""
    doc, sentences = token.doc, book.sentences
    own = number = sentences.number_at(token.idx)
    while number > own - MAX_PROMINENT_SENTENCES:
        sentence = sentences.span(doc, number)
        if number < own and book.blank_lines.count(sentence.start_char, token.idx) > 2:
            return None
        people = [m for m in book.between(sentence.start_char, sentence.end_char) if m.type is ActorType.PERSON
                  and m.end <= min(sentence.end_char, token.idx) and not inside(m.start, book.quoted)
                  and not _names_a_thing(doc, m)]
        ranked = sorted(people, key=lambda m: (not is_subject(doc, m), m.start if number < own else -m.start))
        found = next((m.actor for m in ranked if compatible(m.actor)), None)
        if found is not None:
            return found
        earlier = bisect_left(book.people_starts, sentence.start_char) - 1  # the last person named before
        if earlier < 0:
            return None
        number = sentences.number_at(book.people_starts[earlier])
    return None


def _names_a_thing(doc: Doc, mention: ActorMention) -> bool:
    """`inflow at Kotri barrage`, `being Divali day`: a one-word "person" the article never names in full,
    written as a modifier of a common noun, is a place or a thing the model misread, no antecedent."""
    if " " in mention.actor:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].dep_ in ("compound", "nmod") and span[0].head.pos_ == "NOUN"


def is_subject(doc: Doc, mention: ActorMention, *, main: bool = False) -> bool:
    """Is the mention a subject (with `main`, of the sentence's main clause, not a reported one)?"""
    return verb_of_subject(doc, mention, main=main) is not None


def is_person(name: str, book: SpeakerBook) -> bool:
    return ActorType.PERSON in book.types.get(name, ()) or name in book.unnamed_people

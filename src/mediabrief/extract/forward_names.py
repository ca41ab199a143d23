"""A description no earlier entity fits, resolved to someone the article names after it (`A New York
judge has rejected … Justice Frank Nervo`), and the signs that it names nobody (`who asked not to be
named`, `an official said` earlier).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .descriptions import (
    UNNAMED_HEADS, Candidate, Description, agrees, head_fits, head_fits_rule, head_rule, known_head, normal_words,
    official_or_unknown, resolve_description,
)
from .lexicon import Lexicon
from .ranges import inside
from ..records import ActorType, Gender

if TYPE_CHECKING:
    from .speaker_book import SpeakerBook

# A description is named after it in news style within its paragraph or the next (`A judge ruled … Justice Frank Nervo`).
FORWARD_SENTENCES = 2
UNNAMED_LOOKBACK_TOKENS = 600  # a few paragraphs: how far back an unnamed official may have spoken
MAX_FORWARD_TOKENS = 200  # two long sentences; a bound where the parse found no sentence ends
# `…are "truly awful", the Home Secretary has said.` and three paragraphs on `Home Secretary Yvette Cooper`:
# a lead's description whose every word the later name's title holds.
LEAD_SENTENCES = 6
MAX_LEAD_TOKENS = 400
REMARKS = frozenset({"remark", "comment", "statement"})  # what one makes by speaking


def named_after(description: Description, phrase: Span, candidates: Sequence[Candidate], book: SpeakerBook,
                lexicon: Lexicon) -> Candidate | None:
    """The person a description no earlier entity fits refers to, named after it, if the article names one."""
    if (any(head_fits(description, c, lexicon) for c in candidates if c.type is ActorType.PERSON)
            or said_before(phrase.root) or unnamed_by_request(phrase.root)):
        return None
    named_before = {c.actor for c in candidates}
    lead = phrase.root.sent.start == 0
    found = resolve_forward(description, candidates_after(phrase, book, named_before, lexicon.speech_verbs), lexicon)
    if found is None and lead:
        next_named = candidates_after(phrase, book, named_before, lexicon.speech_verbs, sentences=1)
        following = phrase.doc[phrase.root.sent.end].sent if phrase.root.sent.end < len(phrase.doc) else None
        found = resolve_lead(description, next_named, normal_words(following.text if following else "", lexicon),
                             lexicon)
    # (`…, the central bank governor said on Wednesday.` opening an article names him further on)
    if found is None and description.definite and (description.modifiers or lead):
        later = candidates_after(phrase, book, named_before, lexicon.speech_verbs, sentences=LEAD_SENTENCES,
                                 reach=MAX_LEAD_TOKENS)
        found = resolve_description(description, [c for c, _ in later], lexicon)
    words = description.modifiers | served_body(phrase.root, lexicon)
    if found is None and lead and words:
        found = only_holder(description, words, candidates_after(
            phrase, book, named_before, lexicon.speech_verbs, sentences=len(phrase.doc), reach=len(phrase.doc)), lexicon)
    return found


def served_body(head: Token, lexicon: Lexicon) -> frozenset[str]:
    """The name of the body a role is `for` or `of` (`a spokesperson for the Civil Defense`)."""
    named = [t.text for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
             for t in p.subtree if t.pos_ == "PROPN"]
    return normal_words(" ".join(named), lexicon)


def only_holder(description: Description, words: frozenset[str], later: Sequence[tuple[Candidate, bool]],
                lexicon: Lexicon) -> Candidate | None:
    """`…, a spokesperson for the Civil Defense said.` opening an article and, paragraphs on, `Civil Defense
    spokesperson Col. Flavio Godinho said`: the one person named anywhere after it whose role fits and
    whose words hold all the description's."""
    holders = [c for c, _ in later if head_fits(description, c, lexicon) and words <= c.words]
    return holders[0] if len(holders) == 1 else None


def resolve_forward(
    description: Description, later: Sequence[tuple[Candidate, bool]], lexicon: Lexicon
) -> Candidate | None:
    """A person description no earlier entity fits, named just after it (`A New York judge has rejected
    … Justice Frank Nervo`; `Connecticut's tax commissioner says … Kevin Sullivan says`): the first later
    person whose role fits the head, or who is brought in with no role as the subject of a speech verb;
    a nationality must agree.

    Notes: `later` holds the people first named in the next sentences, nearest first, each with
    whether that mention is the subject of a speech verb. Only a head the lexicon knows as a
    person's role is resolved forward: `the government` is not the next person named.
    """
    rule = head_rule(description.head, lexicon)
    known = known_head(description.head, lexicon)
    # `"I prepare to return," the official told reporters. … Grossi said`: a definite official, named next.
    named_next = description.head == "official" and description.definite
    if rule.kind != "person" or not known or description.head in UNNAMED_HEADS and not named_next:
        return None
    nationalities = [m for m in description.modifiers if m in lexicon.countries]
    for candidate, speaks in later:
        if not all(agrees(m, candidate, lexicon) for m in nationalities):
            continue
        if head_fits_rule(description.head, rule, candidate, lexicon):
            return candidate
        if speaks and candidate.words.isdisjoint(lexicon.role_types):
            return candidate
    return None


def resolve_lead(description: Description, later: Sequence[tuple[Candidate, bool]], next_words: frozenset[str],
                 lexicon: Lexicon) -> Candidate | None:
    """An article's first sentence quoting a person by role (`…, an official said.`, `according to the army
    spokesperson`) and the next sentence naming the one who speaks (`Regional Director Tomas Reyes said`),
    the order of the inverted pyramid: that person, whatever role the name comes with, though an official
    is never one whose roles are all of another kind.

    Notes: `later` holds the people first named in the next sentence, each with whether that mention is
    the subject of a speech verb there, and `next_words` that sentence's words: the description's other
    modifiers must be the person's or that sentence's (`the SPLA spokesperson` … `Brigadier General Lul
    Ruai said forces … fought with the SPLA`), or the next sentence is about someone else (`an INS
    spokeswoman said …. In Havana, Cuban President Fidel Castro said`)."""
    if head_rule(description.head, lexicon).kind != "person" or not known_head(description.head, lexicon) or (
            description.head in UNNAMED_HEADS and description.head != "official"):
        return None
    official = lexicon.role_types.get(description.head) == "official"
    nationalities = [m for m in description.modifiers if m in lexicon.countries]
    for candidate, speaks in later:
        if (speaks and all(agrees(m, candidate, lexicon) for m in nationalities)
                and description.modifiers - set(nationalities) <= candidate.words | next_words
                and (not official or official_or_unknown(candidate, lexicon))):
            return candidate
    return None


def candidates_after(
    phrase: Span, book: SpeakerBook, named_before: set[str], speech_verbs: frozenset[str], *,
    sentences: int = FORWARD_SENTENCES, reach: int = MAX_FORWARD_TOKENS,
) -> list[tuple[Candidate, bool]]:
    """People first named after `phrase`, to the end of the `sentences`-th sentence after its own,
    nearest first, each with whether it is named as the subject of a speech verb there."""
    doc, sentence = phrase.doc, phrase.root.sent
    end = sentence.end
    for _ in range(sentences):
        if end >= len(doc):
            break
        end = doc[end].sent.end
    last = doc[min(end, phrase.end + reach) - 1]
    stop = last.idx + len(last)
    found: dict[str, tuple[Candidate, bool]] = {}
    for mention in book.between(phrase.end_char, stop):
        if (mention.type is not ActorType.PERSON or mention.actor in named_before or mention.actor in found
                or inside(mention.start, book.quoted)):
            continue
        words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        root = words.root if words is not None else None
        # (`Lebanese broadcasters Al Jadeed and MTV said`: one of several who speak together is no one's name)
        speaks = (root is not None and root.dep_ == "nsubj" and _speaks(root.head, speech_verbs)
                  and not any(c.dep_ == "conj" for c in root.children))
        candidate = Candidate(mention.actor, mention.type, book.words.get(mention.actor, frozenset()), False,
                              book.genders.get(mention.actor, Gender.UNKNOWN))
        found[mention.actor] = (candidate, speaks)
    return list(found.values())


def _speaks(verb: Token, speech_verbs: frozenset[str]) -> bool:
    """`said`, or `made the remarks` (`The ministry's spokesman condemned … Esmaeil Baghaei made the remarks`)."""
    if verb.lemma_.lower() in speech_verbs:
        return True
    return verb.lemma_.lower() == "make" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in REMARKS for c in verb.children)


def bodies_named_next(phrase: Span, book: SpeakerBook) -> list[Candidate]:
    """Bodies named in the next FORWARD_SENTENCES (`Seoul's spy agency said … The National Intelligence
    Service (NIS) also said`), nearest first; the phrase's own sentence names what it speaks of."""
    number = book.sentences.number_at(phrase.start_char)
    last = min(number + FORWARD_SENTENCES, len(book.sentences.starts) - 1)
    if last == number:
        return []
    start = book.sentences.span(phrase.doc, number + 1).start_char
    end = book.sentences.span(phrase.doc, last).end_char
    return [Candidate(m.actor, m.type, book.words.get(m.actor, frozenset()), m.actor in book.media, Gender.UNKNOWN)
            for m in book.between(start, end)
            if m.type is ActorType.ORGANISATION and not inside(m.start, book.quoted)]


def unnamed_by_request(head: Token) -> bool:
    """`A Labour MP, who asked not to be named, said`: one the article keeps unnamed is no later name."""
    return any(t.lemma_.lower() == "anonymity" or t.lemma_.lower() in ("name", "identify") and t.tag_ == "VBN"
               and any(c.dep_ == "neg" for c in (*t.children, *t.head.children)) for t in head.subtree)


def said_before(head: Token) -> bool:
    """`A law enforcement official said …` earlier: a later `the official` is that one, not the next name."""
    doc = head.doc
    return head.lemma_.lower() in UNNAMED_HEADS and any(
        t.lemma_.lower() == head.lemma_.lower() for t in doc[max(0, head.i - UNNAMED_LOOKBACK_TOKENS) : head.i])

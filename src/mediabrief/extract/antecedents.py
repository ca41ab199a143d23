"""Speakers a plural or an unnamed description points back to: `the ministers` after three named
ministers, `the official` after `a senior U.S. official`.

Notes: two passes of the speaker sieve, after names and before singular descriptions:
- a plural person noun (`the ministers`, `both leaders`, `the two men`) stands for the nearest group
  of two or more people the article named together (`Geremek, Martonyi and Kavan`) in this sentence
  or the few before it; a number (`the two men`) must match the group's size;
- a definite description whose head names nobody in particular (`the official`, `the source`)
  is the indefinite one with the same head that brought that person in (`a senior U.S. official`),
  when the article named nobody with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..records import ActorMention, ActorType

GROUP_SENTENCES = 3  # how far back `the ministers` looks for the ministers it stands for
UNNAMED_SENTENCES = 4  # how far back `the official` looks for `a senior official`
PERSON_PLURALS = frozenset({"men", "women", "people", "leaders", "officials"})
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
MAX_LOOKBACK_TOKENS = 300  # a few long sentences; a bound where the parse found no sentence ends
MAX_LIST_GAP = 6  # `, Janos Martonyi of Hungary and`: the words between two names of one list
INDEFINITE = frozenset({"a", "an", "one", "another"})


def named_group(head: Token, between, person_heads: frozenset[str]) -> list[str] | None:
    """The people a plural person noun stands for, in the order the article named them; None if no group.

    `between(start, end)` gives the actor mentions starting in a character range, in text order.
    """
    if head.tag_ != "NNS" or not (head.lower_ in PERSON_PLURALS or head.lemma_.lower() in person_heads):
        return None
    words = [t.lower_ for t in head.lefts]
    wanted = next((NUMBERS[w] for w in words if w in NUMBERS), None)
    if wanted is None and not any(w in ("the", "these", "all") for w in words):
        return None  # `ministers said` with no determiner is ministers in general
    doc = head.doc
    first = head.sent
    for _ in range(GROUP_SENTENCES):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    floor = doc[max(first.start, head.i - MAX_LOOKBACK_TOKENS)].idx
    people = [m for m in between(floor, head.left_edge.idx) if m.type is ActorType.PERSON]
    for group in reversed(_conjoined(doc, people)):
        if len(group) >= 2 and (wanted is None or len(group) == wanted):
            return group
    return None


def _conjoined(doc, people: Sequence[ActorMention]) -> list[list[str]]:
    """Runs of people named together in one sentence (`Geremek of Poland, Martonyi of Hungary and
    Kavan`): between two of them only a comma or `and` and a few words, no verb."""
    groups: list[list[str]] = []
    last: Span | None = None
    for mention in people:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        gap = doc[last.end : span.start] if last is not None else None
        together = (gap is not None and last.sent.start == span.sent.start and len(gap) <= MAX_LIST_GAP
                    and any(t.lower_ in (",", "and") for t in gap) and not any(t.pos_ in ("VERB", "AUX") for t in gap))
        if together:
            if mention.actor not in groups[-1]:
                groups[-1].append(mention.actor)
        else:
            groups.append([mention.actor])
        last = span
    return groups


def earlier_unnamed(head: Token, mentions_at, unnamed_heads: frozenset[str]) -> Span | None:
    """`the official said` -> `a senior U.S. official` a few sentences before, the same unnamed person.

    `mentions_at(start, end)` gives the actor mention overlapping a character range, if any.
    """
    if head.lemma_.lower() not in unnamed_heads or head.tag_ != "NN":
        return None
    if not any(t.lower_ in ("the", "that", "this") and t.dep_ == "det" for t in head.lefts):
        return None
    doc = head.doc
    first = head.sent
    for _ in range(UNNAMED_SENTENCES):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    for token in reversed(doc[max(first.start, head.i - MAX_LOOKBACK_TOKENS) : head.left_edge.i]):
        if token.lemma_.lower() != head.lemma_.lower() or token.tag_ != "NN":
            continue
        earlier = doc[token.left_edge.i : token.i + 1]
        if not earlier or earlier[0].lower_ not in INDEFINITE:
            continue
        named = any(c.dep_ == "appos" for c in token.children) or token.dep_ == "appos"
        if named or _names_inside(earlier, mentions_at):
            return None
        return earlier[1:]
    return None


def _names_inside(phrase: Span, mentions_at) -> bool:
    """A person or body named within the phrase itself (`a Kremlin spokesman` is unnamed; `a spokesman,
    Dmitry Peskov` is not): only a PERSON counts as naming the speaker."""
    mention = mentions_at(phrase.start_char, phrase.end_char)
    return mention is not None and mention.type is ActorType.PERSON

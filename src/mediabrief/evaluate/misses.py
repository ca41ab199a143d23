"""Attribution misses grouped by how the text points at the speaker (name, description, pronoun …).

Notes: the resolved gold says, for each quote, how the article refers to its speaker where
the quote is attributed (`mention`). A loose gold (raw source spans) does not, so its kind is
read off the span itself: a pronoun, a common-noun description, or a name. The tally shows the
next person where attribution fails: a description kept as the speaker, a pronoun bound to the
wrong person, a quote left without a speaker.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .gold import GoldQuote

PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "i", "we", "you"})
KIND_ORDER = ("name", "description", "pronoun", "none", "group", "document", "anonymous", "unlabelled")
MAX_EXAMPLES = 3
EXAMPLE_WORDS = 8


@dataclass(frozen=True, slots=True)
class Outcome:
    """One scored, non-optional gold quote and what the tool made of it."""

    file: str
    quote: GoldQuote
    found: bool
    predicted: str | None  # the speaker of the best matching prediction
    right: bool


@dataclass(frozen=True, slots=True)
class KindTally:
    kind: str
    quotes: int
    right: int
    wrong: int  # found, given another speaker
    unattributed: int  # found, given no speaker
    missed: int  # not found at all
    examples: tuple[str, ...] = ()

    @property
    def accuracy(self) -> float:
        found = self.right + self.wrong + self.unattributed
        return self.right / found if found else 0.0


def mention_kind(quote: GoldQuote) -> str:
    """The gold's own label, else (for a loose raw span) pronoun, description or name."""
    if quote.mention:
        return quote.mention
    if not quote.speaker_loose or not quote.speaker:
        return "unlabelled"
    words = quote.speaker.split()
    if words[0].lower() in PRONOUNS and len(words) == 1:
        return "pronoun"
    return "name" if words[0][:1].isupper() and words[0].lower() not in ("the", "a", "an") else "description"


def tally_misses(outcomes: Iterable[Outcome]) -> tuple[KindTally, ...]:
    """One KindTally per mention kind present, in KIND_ORDER."""
    by_kind: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        by_kind.setdefault(mention_kind(outcome.quote), []).append(outcome)
    return tuple(_tally(kind, by_kind[kind]) for kind in KIND_ORDER if kind in by_kind)


def _tally(kind: str, outcomes: Sequence[Outcome]) -> KindTally:
    wrong = [o for o in outcomes if o.found and not o.right and o.predicted]
    unattributed = [o for o in outcomes if o.found and not o.right and not o.predicted]
    examples = tuple(_example(o) for o in (wrong + unattributed)[:MAX_EXAMPLES])
    return KindTally(
        kind=kind,
        quotes=len(outcomes),
        right=sum(1 for o in outcomes if o.right),
        wrong=len(wrong),
        unattributed=len(unattributed),
        missed=sum(1 for o in outcomes if not o.found),
        examples=examples,
    )


def _example(outcome: Outcome) -> str:
    words = outcome.quote.match.split()
    match = " ".join(words[:EXAMPLE_WORDS]) + (" …" if len(words) > EXAMPLE_WORDS else "")
    return f"{outcome.file}: \u201c{match}\u201d gold: {outcome.quote.speaker}; got: {outcome.predicted or '-'}"

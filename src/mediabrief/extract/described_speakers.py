"""A description resolved to the speaker it stands for (`the Russian leader said` after Vladimir Putin
was named), and the speaker an actor of the article makes.

Notes: a pass of the speaker sieve (`speakers.py`): the description's head and modifiers fit an earlier
entity (`descriptions.py`), else one named right after it (`forward_names.py`), else the person the
passage is about (`salience.py`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span

from .descriptions import (
    UNNAMED_HEADS, Candidate, Description, candidates_before, describe, head_fits, head_rule, may_be_prominent_person,
    official_or_unknown, resolve_description, same_description_before, tied_to_someone_else,
)
from .forward_names import bodies_named_next, named_after
from .genders import described_gender
from .lexicon import Lexicon
from .roles import person_type
from .salience import adjacent_speaker, prominent_person
from .speaker_book import Speaker, SpeakerBook, noun_phrase
from ..records import ActorType, Gender, SpeakerType

# `the government said` in an article that names Mexico this many times as often as any other country (and at
# least this often) is Mexico's
DOMINANT_COUNTRY = 2
# `Minister of Health`, `MINISTER for Trade and Industry`: the portfolio is capitalised words and their joiners
MINISTER_OF = re.compile(r"\b(?i:minister (?:of|for) (?:the )?)([A-Z][\w'’-]*(?: (?:and |of |& )?[A-Z][\w'’-]*)*)")


def described_speaker(phrase: Span, book: SpeakerBook, lexicon: Lexicon, *, chain: bool = True) -> Speaker | None:
    description = describe(phrase, lexicon) if len(phrase) else None
    if description is None:
        return None
    candidates = candidates_of(phrase.start_char, book)
    found = resolve_description(description, candidates, lexicon)
    if found is None:
        found = named_after(description, phrase, candidates, book, lexicon)
    if found is None and head_rule(description.head, lexicon).kind in ("organisation", "media"):
        found = _body_named_next(description, phrase, book, lexicon)
    if found is None:
        found = _the_one_tied_to_its_body(description, phrase, candidates, lexicon)
    if found is not None and tied_to_someone_else(phrase, description, found, book, lexicon):
        # (`His lawyer, however, insists …` / `"…," said Jeffrey Leving.`: the one named next, if anyone)
        found = named_after(description, phrase, [c for c in candidates if c.actor != found.actor], book, lexicon)
        if found is None or tied_to_someone_else(phrase, description, found, book, lexicon):
            return None
    if found is not None:
        if found.type is ActorType.PERSON:
            book.described_as(found.actor, phrase, lexicon)
        return speaker_for(found.actor, found.type, book, lexicon)
    # One step back only: a chain of `the official said` sentences must not cost each the whole chain.
    chained = chain and description.definite and description.head not in UNNAMED_HEADS
    earlier = same_description_before(phrase, description.head, book.quoted) if chained else None
    same = described_speaker(noun_phrase(earlier), book, lexicon, chain=False) if earlier is not None else None
    if same is not None and same.is_person:
        return same
    by_actor = {c.actor: c for c in candidates}

    # `Grossi said he planned … Later, the official told reporters`, with no unnamed official before:
    # the one who has just spoken, when nothing the article says of them forbids it. So for a person by
    # trade or a word no office is (`the senior cop told`, `said the Met boss`).
    by_trade = (lexicon.source_nouns.get(description.head) == "trade"
                and not any(c.dep_ == "poss" for c in phrase.root.children))  # `Pagliano's lawyer` is someone else
    spoken_of = description.definite and (description.head == "official" or by_trade)
    spoken = {name for _, name in book.recently_spoken()} if spoken_of else None

    served = _body_served(phrase, lexicon, by_name=by_trade)

    def fits(name: str) -> bool:
        if name not in by_actor or served and not served & by_actor[name].words:
            return False  # (`the spokesman of the provincial food department`: nobody the article tied to it)
        if spoken is not None:
            return name in spoken and (by_trade or official_or_unknown(by_actor[name], lexicon))
        return may_be_prominent_person(description, by_actor[name], lexicon)

    # `The woman's enthusiasm` is the woman the article has called `she`, before anyone of unknown sex.
    sex = described_gender(description.head, lexicon)
    name = (sex is not None and prominent_person(phrase.root, book, lambda n: fits(n) and book.genders.get(n) == sex)
            or prominent_person(phrase.root, book, fits))
    if name is None and _an_office_of_ones_own(description, lexicon):
        # `…,” she told reporters. / “…,” the MEP added.`: an office the article never gave its speaker, who
        # has just spoken with no one else named since, is one the reader is expected to know is theirs,
        # when what the description says of it is theirs too (not `Israel's military chief`).
        adjacent = adjacent_speaker(phrase.start_char, book)
        candidate = by_actor.get(adjacent) if adjacent is not None else None
        # (`the Southern Shores MP told`: a seat or a side nobody else in the article is tied to may be theirs)
        others = {w for c in candidates if c.actor != adjacent for w in c.words}
        untold = {m for m in description.modifiers - (candidate.words if candidate else frozenset())
                  if m in lexicon.nationalities or m in others}
        name = adjacent if (candidate is not None and official_or_unknown(candidate, lexicon) and not untold
                            and not (served and not served & candidate.words)) else None
    if name is None:
        return (_ministry_of_its_minister(description, book, lexicon)
                or _government_of_its_country(description, phrase, book, lexicon))
    return speaker_for(name, ActorType.PERSON, book, lexicon)


def _body_named_next(description: Description, phrase: Span, book: SpeakerBook, lexicon: Lexicon) -> Candidate | None:
    """`Seoul's spy agency said … The National Intelligence Service (NIS) also said`; and `A consumer watchdog on
    Friday said … The Consumer Council said`: a body named next whose kind fits and whose name holds what the
    description says it watches over."""
    # (`the state's leading medical association warns … the Australian Medical Association Queensland (AMAQ)
    # warned`: the field an adjective in small letters names)
    field = frozenset(t.lower_ for t in phrase if t.i < phrase.root.i and t.dep_ == "amod" and t.is_lower
                      and t.pos_ == "ADJ")
    if not description.modifiers and not description.portfolio and not field:
        return None
    later = bodies_named_next(phrase, book)
    found = resolve_description(description, later, lexicon) if description.modifiers else None
    return found or next((c for c in later if (description.portfolio and description.portfolio <= c.words
                                               or not description.portfolio and field & c.words)
                          and head_fits(description, c, lexicon)), None)


def _the_one_tied_to_its_body(description: Description, phrase: Span, candidates: Sequence[Candidate],
                              lexicon: Lexicon) -> Candidate | None:
    """`Sinn Féin's finance spokesperson Pearse Doherty … The Sinn Féin TD said`: a person's role with a body's
    name before it, which no introduced role fits, is the one person the article tied to that body (not the body
    itself, which the model may have labelled a person). `McKinnon's spokeswoman` is someone else."""
    body = description.modifiers
    role = description.head in lexicon.role_types and head_rule(description.head, lexicon).kind == "person"
    owned = any(c.dep_ == "poss" for c in phrase.root.children)
    if not description.definite or not body or body <= lexicon.nationalities or not role or owned:
        return None
    tied = {c.actor: c for c in candidates if c.type is ActorType.PERSON and body <= c.words
            and not c.words <= body | {description.head}}
    return next(iter(tied.values())) if len(tied) == 1 else None


def _ministry_of_its_minister(description: Description, book: SpeakerBook, lexicon: Lexicon) -> Speaker | None:
    """`MINISTER of Health Dr Christopher Tufton said … The ministry said …`: with no ministry named, the
    ministry is the one whose minister the article named, when it named one portfolio only."""
    if description.head != "ministry" or not description.definite:
        return None
    portfolios = set()
    for role in book.roles.values():
        found = MINISTER_OF.search(role)
        if found:
            words = found.group(1).split()
            while words and words[-1].lower().rstrip(".") in lexicon.titles:
                words.pop()
            portfolios.add(" ".join(words))
    portfolios.discard("")
    if len(portfolios) != 1:
        return None
    portfolio = portfolios.pop()
    if (description.modifiers | description.portfolio) - {w.lower() for w in portfolio.split()}:
        return None  # (`the finance ministry` after a Minister of Health is another ministry)
    return Speaker(f"Ministry of {portfolio}", SpeakerType.OFFICIAL, None, Gender.UNKNOWN, False)



def _government_of_its_country(description: Description, phrase: Span, book: SpeakerBook,
                               lexicon: Lexicon) -> Speaker | None:
    """`the government said`, where the article named no government: the government of the one country
    the article names far more often than any other."""
    root = phrase.root
    bare = description.definite and all(t.i == root.i or t.dep_ == "det" for t in root.subtree)
    if description.head != "government" or not bare:
        return None  # (`the U.S. government` names itself; `the provincial government` is no country's)
    counts = Counter(m.actor for m in book.mentions if m.type is ActorType.COUNTRY)
    (country, most), (_, next_most) = (counts.most_common(2) + [("", 0), ("", 0)])[:2]
    if most < DOMINANT_COUNTRY * max(next_most, 1):
        return None
    adjective = lexicon.country_adjectives.get(country)
    return Speaker(f"{adjective} government", SpeakerType.OFFICIAL) if adjective else None


def _body_served(phrase: Span, lexicon: Lexicon, *, by_name: bool = False) -> frozenset[str]:
    """The words of the body a person's role is of or for (`the spokesman of the provincial food department`),
    when a kind of body closes it; for a trade, a body named after `of`, `for` or `at` too (`the political
    editor of the Sunday Times`); else none."""
    prepositions = ("of", "for", "at") if by_name else ("of", "for")
    for preposition in (c for c in phrase.root.rights if c.dep_ == "prep" and c.lower_ in prepositions):
        body = next((t for t in preposition.children if t.dep_ == "pobj"), None)
        if body is None:
            continue
        if body.pos_ == "NOUN" and lexicon.is_kind_of_body(body.lemma_.lower()) or by_name and body.pos_ == "PROPN":
            return frozenset(t.lower_ for t in body.subtree if t.is_alpha and t.lower_ != "the")
    return frozenset()


def _an_office_of_ones_own(description: Description, lexicon: Lexicon) -> bool:
    """`the MEP`, `the agri chief`: a definite person's office, but no unique one (`the Prime Minister`)."""
    return (description.definite and head_rule(description.head, lexicon).kind == "person"
            and lexicon.role_types.get(description.head) == "official" and not description.modifiers & lexicon.rank_words)



def candidates_of(position: int, book: SpeakerBook) -> list:
    """The entities the article named before `position`, as description candidates."""
    return candidates_before(position, book.mentions, book.words, book.media, book.genders, book.quoted, book.starts)



def speaker_for(actor: str, kind: ActorType, book: SpeakerBook, lexicon: Lexicon) -> Speaker:
    if kind is ActorType.PERSON:
        role = book.roles.get(actor)
        return Speaker(actor, person_type(role, lexicon), role, book.genders.get(actor, Gender.UNKNOWN), True)
    if actor in book.media:
        return Speaker(actor, SpeakerType.MEDIA)
    if kind is ActorType.COUNTRY or actor.split()[-1].lower() in lexicon.government_words:
        return Speaker(actor, SpeakerType.OFFICIAL)
    return Speaker(actor, SpeakerType.INSTITUTION)

"""A description as a speaker (`the Russian leader said`) -> the entity the article introduced.

Notes: one pass of the speaker sieve (after exact names; Raghunathan et al. 2010, Lee et al.
2013). The description's head noun must fit the entity's role, title or kind
(resources/description_heads.csv) and its telling modifiers (nationality, party, organisation,
`former`) must agree with what the article says of the entity. The nearest fitting entity wins,
so a nearer candidate that also fits is never jumped over. An indefinite description (`a Kremlin
spokesman`) usually brings in somebody new, so it is taken for a known entity only when its head
and every modifier are that entity's own words.
"""

from __future__ import annotations


import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .entity_labels import ends_on_a_members_role
from .name_evidence import entity_end, entity_start
from .lexicon import HeadRule, Lexicon
from .ranges import inside
from ..names import name_parts
from ..records import ActorMention, ActorType, Gender

if TYPE_CHECKING:
    from .speaker_book import SpeakerBook  # which imports this module

DEFINITE = frozenset({"the", "this", "that"})
TELLING_ADJECTIVES = frozenset({"former", "retired", "deputy", "vice", "acting", "late", "prime"})
# Heads that name somebody the article does not identify (`an official said`), never a known entity.
UNNAMED_HEADS = frozenset({"official", "source", "aide", "person", "people", "analyst", "expert", "observer"})
# Heads that say a body trades in something (`the electricity company`), which the trade then names.
BUSINESS_HEADS = frozenset({"company", "firm", "corporation", "provider", "operator"})
# Kinds of body no business is (`the company said` after the General Workers' Union is not the union's)
NOT_A_BUSINESS = frozenset({
    "union", "party", "ministry", "department", "court", "council", "commission", "committee", "association",
    "federation", "movement", "government", "university", "police", "army", "parliament", "confederation",
})
COMPANY_HEADS = frozenset({"company", "firm", "corporation"})  # (a `provider` or `operator` may be a public body)
MIN_STEM = 6  # a head this long names a body whose name holds a longer word on it: regulator, regulatory
PROPER_ENTITY_TYPES = frozenset({"NORP", "GPE", "ORG", "LOC", "FAC"})
ROLE_MISLABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT"})  # labels the model gives a capitalised role
PLACE_TYPES = frozenset({ActorType.COUNTRY, ActorType.PLACE})
_WORD = re.compile(r"[\w.]+")
_HYPHENED = re.compile(r"\w+(?:-\w+)+")
MAX_LOOKBACK_MENTIONS = 500  # twice what the longest eval article names before any one point
SAME_DESCRIPTION_SENTENCES = 3  # how far back `the chancellor` looks for the same definite subject


@dataclass(frozen=True, slots=True)
class Description:
    head: str
    modifiers: frozenset[str]
    definite: bool
    position: int  # character offset of the description in the text
    portfolio: frozenset[str] = frozenset()  # common nouns before a person's role (`the finance minister`)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity named before the description: its latest mention there and what the article says of it."""

    actor: str
    type: ActorType
    words: frozenset[str]
    media: bool
    gender: Gender


def normal_word(word: str, lexicon: Lexicon) -> str:
    """`Russian` -> `russia`, `GOP` -> `republican`, `U.N.` -> `un`, `Russia's` -> `russia`."""
    lower = word.lower().removesuffix("'s").removesuffix("\u2019s")
    lower = lexicon.description_words.get(lower, lower).replace(".", "")
    country = lexicon.demonyms.get(lower) or lexicon.capitals.get(lower)
    alias = lexicon.aliases.get(lower)
    if alias is not None and alias[1] == "country":
        country = alias[0]
    return country.lower() if country else lower


def normal_words(text: str, lexicon: Lexicon) -> frozenset[str]:
    """The words, and each hyphened word whole too (`Secretary-General`: `secretary`, `general` and
    `secretary-general`, which `the NATO chief` fits while a cabinet secretary does not)."""
    return frozenset(normal_word(w, lexicon) for w in (*_WORD.findall(text), *_HYPHENED.findall(text)))


def describe(phrase: Span, lexicon: Lexicon) -> Description | None:
    """The head and telling modifiers of a common-noun phrase; None for a name, a pronoun or a plural."""
    head = phrase.root
    # `Senator from Texas says`: a capitalised role word is still a description, not a name; so is a
    # title (`The Taoiseach said`), and a title alone with no article (`Vice-Chancellor said`).
    titled = head.lower_ in lexicon.role_types or (head.lower_ in lexicon.titles and (head.is_title or head.is_upper))
    bare_title = titled and head.is_title and all(t.is_title or t.is_punct for t in phrase) and (
        phrase.start == 0 or phrase.doc[phrase.start - 1].lower_ not in DEFINITE)
    # `The Interior CS said`, `the Green Party TD said`: the article may come before the role's own modifiers.
    the_role = titled and (head.i > 0 and head.doc[head.i - 1].lower_ in DEFINITE or bare_title
                           or phrase.start > 0 and phrase.doc[phrase.start - 1].lower_ in DEFINITE
                           or phrase.start > 0 and phrase.doc[phrase.start - 1].lower_ in ("a", "an"))  # `a Labour MP said`
    # `a Sinn Fein TD said`, tagged as one body: one of its people, by role.
    member = titled and head.ent_type_ == "ORG" and entity_end(head.doc, head.i) == head.i + 1 and ends_on_a_members_role(
        head.doc[entity_start(head.doc, head.i) : head.i + 1], lexicon)
    capitalised_role = head.pos_ == "PROPN" and (head.lower_ in lexicon.description_heads or the_role or member)
    # `the electoral council announced`, tagged ORG by the small model, is still a description.
    # (and `the electoral commission`, all in small letters, though the parse took it for a proper noun)
    named = head.ent_type_ and not (head.is_lower and (head.pos_ == "NOUN" or all(t.is_lower for t in head.lefts)))
    # `the NGO said`, which the model tags as a body's name, is a kind of body.
    if lexicon.is_kind_of_body(head.lower_) and head.ent_iob_ == "B" and entity_end(head.doc, head.i) == head.i + 1:
        named, capitalised_role = False, True
    # `The National Police Chief said`, tagged ORG, is a title: the entity ends on the role; so is `the
    # Defense Counsel`, a person's role the lexicon knows, and `the Chief Whip`, tagged a work of art.
    if (capitalised_role and (titled or lexicon.is_person_head(head.lower_)) and head.ent_type_ in ROLE_MISLABELS
            and entity_end(head.doc, head.i) == head.i + 1):
        named = False
    # (`the Minister of Information and Communications Technologies said`, tagged ORG: the office and its portfolio)
    if (titled and head.ent_type_ in ROLE_MISLABELS and head.i + 1 < len(head.doc)
            and head.doc[head.i + 1].lower_ in ("of", "for") and entity_start(head.doc, head.i) >= head.i - 1):
        named = False
    if (head.pos_ != "NOUN" and not capitalised_role) or head.tag_ in ("NNS", "NNPS") or named:
        return None
    before = [t for t in phrase if t.i < head.i]
    first = phrase.doc[phrase.start - 1] if phrase.start > 0 else None
    determiners = [t.lower_ for t in before[:1]] + ([first.lower_] if first is not None else [])
    definite = (bare_title or any(d in DEFINITE for d in determiners) or any(t.dep_ == "poss" for t in head.children)
                or any(t.tag_ == "POS" for t in before))  # `Armenia’s premier`, however the parse hung it
    # `Elian's father`: the possessor is the relative, not a word of the father's own.
    kin = head.lemma_.lower() in lexicon.kinship_words
    modifiers = frozenset(normal_word(t.text, lexicon) for t in before
                          if _telling(t) and not (kin and t.ent_type_ == "PERSON" or kin and t.dep_ == "poss"))
    lemma = head.lower_ if capitalised_role else head.lemma_.lower() or head.lower_
    portfolio = frozenset(t.lower_ for t in before if t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower)
    return Description(lemma, modifiers, definite, phrase.start_char, portfolio)


def _telling(token: Token) -> bool:
    if token.lower_ in TELLING_ADJECTIVES:
        return True
    if token.is_punct or token.pos_ in ("DET", "PART", "NUM"):
        return False
    return token.pos_ == "PROPN" or token.ent_type_ in PROPER_ENTITY_TYPES


def resolve_description(description: Description, candidates: Sequence[Candidate], lexicon: Lexicon) -> Candidate | None:
    """The nearest candidate (candidates come nearest first) that the description fits."""
    rule = head_rule(description.head, lexicon)
    if not description.definite and (description.head in UNNAMED_HEADS or not description.modifiers):
        return None
    if rule.kind == "anyone":
        return None  # `the businessman` names no role: left to the prominence pass
    fitting = [candidate for candidate in candidates if _fits(description, rule, candidate, lexicon)]
    if rule.kind == "person":
        # `the minister said` after `Union Minister … Vaishnaw` and, nearer, `Prime Minister Narendra Modi`:
        # a rank the description does not name makes another office, the last to fit.
        fitting = [c for c in fitting if not (c.words & lexicon.rank_words) - description.modifiers] or fitting
        # The sieve's stricter pass first: `the Ukrainian foreign minister` is the one the article called
        # a Ukrainian minister, before a nearer secretary-general of no nationality.
        if description.modifiers:
            fitting = [c for c in fitting if description.modifiers | {description.head} <= c.words] or fitting
        # `noted the finance minister` after `Finance Minister K N Balagopal` and, nearer, `union minister V
        # Muraleedharan`: the one whose portfolio the description names, where one does.
        if description.portfolio:
            fitting = [c for c in fitting if description.portfolio <= c.words] or fitting
    if rule.kind == "organisation":
        # `Al-Shabab, an armed group linked to al-Qaeda, … The group said`: the body the article called
        # a group is the group, though any nearer body would also fit `the group`.
        # A bare `Bank` (`Bank executives aren't.`) is the model's misreading, not a body called a bank.
        called_so = [candidate for candidate in fitting
                     if _called(description.head, candidate.words) and candidate.actor.lower() != description.head]
        fitting = called_so or fitting
        if description.head in BUSINESS_HEADS and description.portfolio and not called_so:
            # `the electricity company said`, where the article named no company: what it supplies or does
            # must be in a body's words, or the company is one the article never named (not the nearer UN).
            fitting = [candidate for candidate in fitting if description.portfolio & candidate.words]
    if rule.kind == "media" and "any" in rule.fits:
        # `a statement from the agency said` after the Environmental Protection Agency and, nearer, a mining
        # company: a body whose name or kind says agency before one that only may be (any body may)
        kinds = rule.fits - {"any"}
        called_so = [candidate for candidate in fitting if (description.head in candidate.words or candidate.words & kinds)
                     and candidate.actor.lower() != description.head]
        fitting = called_so or fitting
    return fitting[0] if fitting else None


def _called(head: str, words: frozenset[str]) -> bool:
    """Does a body's name say what the head says (`the regulator` of a Water Services Regulatory Board)?"""
    return head in words or len(head) >= MIN_STEM and any(word.startswith(head) for word in words)


def known_head(head: str, lexicon: Lexicon) -> bool:
    """A head the lexicon knows as a person's role, kind or family place, which a later name may hold."""
    return head in lexicon.description_heads or head in lexicon.role_types or head in lexicon.kinship_words


def head_fits(description: Description, candidate: Candidate, lexicon: Lexicon) -> bool:
    """Does the description's head fit the entity's role, title or kind (whatever its modifiers say)?"""
    return head_fits_rule(description.head, head_rule(description.head, lexicon), candidate, lexicon)


def head_rule(head: str, lexicon: Lexicon) -> HeadRule:
    # `the Sudanese army said` after `Sudan's army chief Abdul Fattah Al Burhan`: a body is not its chief.
    default = HeadRule("organisation", frozenset()) if lexicon.is_body(head) else HeadRule("person", frozenset())
    return lexicon.description_heads.get(head, default)


def may_be_prominent_person(description: Description, candidate: Candidate, lexicon: Lexicon) -> bool:
    """The last pass, for a definite person description no introduced role fits (`the GOP nominee`
    where the article never called Trump one): a person the article gave no other role."""
    rule = head_rule(description.head, lexicon)
    if not description.definite or candidate.type is not ActorType.PERSON:
        return False
    if description.head in UNNAMED_HEADS:
        return False
    if rule.kind == "anyone":
        return head_fits_rule(description.head, rule, candidate, lexicon)
    if rule.kind != "person" or description.head not in lexicon.role_types:
        return False
    return candidate.words.isdisjoint(lexicon.role_types)


def official_or_unknown(candidate: Candidate, lexicon: Lexicon) -> bool:
    """A person whose roles make them an official, or who has no role the article gave."""
    types = {lexicon.role_types[word] for word in candidate.words if word in lexicon.role_types}
    return candidate.type is ActorType.PERSON and (not types or "official" in types)


def _fits(description: Description, rule: HeadRule, candidate: Candidate, lexicon: Lexicon) -> bool:
    if not head_fits_rule(description.head, rule, candidate, lexicon):
        return False
    if rule.kind == "anyone":
        return True
    if not description.definite:
        return description.head in candidate.words and description.modifiers <= candidate.words
    return all(agrees(m, candidate, lexicon) for m in description.modifiers)


def head_fits_rule(head: str, rule: HeadRule, candidate: Candidate, lexicon: Lexicon) -> bool:
    if rule.kind == "person":
        return candidate.type is ActorType.PERSON and bool(({head} | rule.fits) & candidate.words)
    if rule.kind == "anyone":
        wanted = {"male": Gender.MALE, "female": Gender.FEMALE}.get(rule.gender)
        return candidate.type is ActorType.PERSON and (wanted is None or candidate.gender in (wanted, Gender.UNKNOWN))
    if rule.kind == "media":
        if candidate.type is ActorType.PERSON:
            return False
        if ({head} | rule.fits) & candidate.words:
            return True  # `RT, the television network,` is one whatever type the model gave RT
        if candidate.type is not ActorType.ORGANISATION:
            return False
        if "any" in rule.fits and not candidate.media:
            return True  # `the agency` after the Congressional Budget Office
        # `the network` is not The New York Times: a medium of another known kind does not fit.
        return candidate.media and (not rule.fits or not (candidate.words & lexicon.media_kinds))
    if rule.kind == "organisation":
        if candidate.type is not ActorType.ORGANISATION:
            # (`Air Vanuatu …. The airline said`, the name labelled a person: a name that says what kind it is;
            # not a person's role words, `union leader Jane Roe`)
            named_so = ({head} | rule.fits) & set(candidate.actor.lower().split())
            return candidate.type is ActorType.PERSON and bool(named_so)
        if ({head} | rule.fits) & candidate.words:
            return True
        return "any" in rule.fits and not candidate.media and not (
            head in COMPANY_HEADS and candidate.words & NOT_A_BUSINESS)
    return rule.kind == "place" and candidate.type in PLACE_TYPES


def agrees(modifier: str, candidate: Candidate, lexicon: Lexicon) -> bool:
    """A modifier the entity's words hold agrees; a nationality it lacks agrees unless it has another."""
    if modifier in candidate.words or modifier in lexicon.level_words:
        return True
    alias = lexicon.aliases.get(modifier)
    if alias is not None and set(alias[0].lower().split()) <= candidate.words:
        return True  # `the U.N. envoy` for `ambassador to the United Nations`
    if modifier in lexicon.countries:
        return not (candidate.words & lexicon.countries)
    return False


def candidates_before(
    position: int,
    mentions: Sequence[ActorMention],
    words: dict[str, frozenset[str]],
    media: set[str],
    genders: dict[str, Gender],
    quoted: Sequence[tuple[int, int]],
    starts: Sequence[int] | None = None,
) -> list[Candidate]:
    """Entities named before `position`, outside quotation marks, nearest first, each once.

    `mentions` are in text order, `starts` their offsets. Only the MAX_LOOKBACK_MENTIONS before
    `position` are read: more than a long article holds, and a bound, so every description in
    an article of any length costs the same.
    """
    starts = [m.start for m in mentions] if starts is None else starts
    end = bisect_left(starts, position)  # a mention from `position` on ends after it
    seen: set[str] = set()
    found = []
    window = mentions[max(0, end - MAX_LOOKBACK_MENTIONS) : end]
    # (`the state-owned company Codelco` … `Codelco produces …`, read as a place: a body named as often as a
    # place is one)
    named_bodies = Counter(m.actor for m in window if m.type is ActorType.ORGANISATION)
    votes = Counter(named_bodies)
    votes.subtract(m.actor for m in window if m.type is ActorType.PLACE)
    bodies = {actor for actor, vote in votes.items() if vote >= 0}  # (only a body's mention adds a vote)
    for mention in sorted(window, key=lambda m: -m.start):
        if mention.end > position or mention.actor in seen or inside(mention.start, quoted):
            continue
        seen.add(mention.actor)
        kind = ActorType.ORGANISATION if mention.type is ActorType.PLACE and mention.actor in bodies else mention.type
        # (`Eskom`, read as a person here and as a body elsewhere: one word, and no one's gender, is a body's name)
        if (kind is ActorType.PERSON and named_bodies[mention.actor] and " " not in mention.actor
                and genders.get(mention.actor, Gender.UNKNOWN) is Gender.UNKNOWN):
            kind = ActorType.ORGANISATION
        found.append(Candidate(mention.actor, kind, words.get(mention.actor, frozenset()),
                               mention.actor in media, genders.get(mention.actor, Gender.UNKNOWN)))
    return found


def same_description_before(phrase: Span, head: str, quoted: Sequence[tuple[int, int]]) -> Token | None:
    """`The Chancellor sacked Christian Lindner. … the chancellor accused his finance minister`: a
    definite subject with the same head in the sentences just before is the same one, whoever it
    acted on."""
    doc = phrase.doc
    sentence = phrase.root.sent
    for _ in range(SAME_DESCRIPTION_SENTENCES):
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    for token in reversed(doc[sentence.start : phrase.start]):
        if (token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN") and not token.ent_type_
                and token.lemma_.lower() == head and not inside(token.idx, quoted)
                and any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in token.children)):
            return token
    return None


def tied_to_someone_else(phrase: Span, description: Description, found: Candidate, book: SpeakerBook,
                         lexicon: Lexicon) -> bool:
    """`…, the panel held Pagliano in contempt. His lawyer said`: one known by a tie to whom the pronoun
    stands for, the person last named, is not someone the article tied to another person (`Clinton's lawyer
    Cheryl Mills`); `Sarkozy's lawyer Jacqueline Laffont` is Sarkozy's, and one tied to no one may be."""
    owned = lexicon.source_nouns.get(description.head) == "relation" and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in phrase.root.children)
    if not owned:
        return False
    before = [m for m in book.between(0, phrase.start_char) if m.type is ActorType.PERSON and m.actor != found.actor]
    ties = {name_parts(m.actor)[-1].lower() for m in before} & found.words  # whose lawyer the article says they are
    return bool(ties) and name_parts(before[-1].actor)[-1].lower() not in ties

"""What an article says about its people, gathered once per Doc: roles, genders, descriptions.

Notes: each person's role is read by `roles.py`; an organisation's description
from its appositive (`RT, the Kremlin-funded television network,`); gender only from what the
article says (Mr/Ms/Mrs, and its pronouns: `genders.py`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .descriptions import normal_words
from .genders import learn_genders, mention_gender
from .layout import BlankLines, Sentences, doc_text
from .lexicon import Lexicon
from .name_evidence import postnominal_letters
from .ranges import inside
from .roles import DETERMINERS, PAST_WORDS, role_initials, role_of
from ..names import end_parts, person_key
from ..records import ActorMention, ActorType, Gender, SpeakerType

NAMING_WORDS = frozenset({"called", "named", "itself", "themselves", "dubbed"})
NAMING_LOOKBACK = 5  # `a group calling itself`, `an armed group known as`
MAX_NAME_CHARS = 200  # no mention is longer: how far back one may start and still overlap
# How many of the latest attributions a pronoun or a bare name looks back over: more than any two
# paragraphs hold, and a bound, so the 10,000th quotation of an article costs what the first does.
MAX_SPOKEN_LOOKBACK = 200
COUNTING_DEPS = ("quantmod", "nummod", "predet")


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    type: SpeakerType
    role: str | None = None
    gender: Gender = Gender.UNKNOWN
    is_person: bool = False
    one_unnamed: bool = False  # one person the article never names (`an official`): a later `he` may be them


@dataclass(slots=True)
class SpeakerBook:
    """What the article says about its people, gathered once per Doc and consulted per quote."""

    mentions: Sequence[ActorMention]
    text: str = ""
    roles: dict[str, str] = field(default_factory=dict)
    genders: dict[str, Gender] = field(default_factory=dict)
    spoken: list[tuple[int, str]] = field(default_factory=list)
    quoted: Sequence[tuple[int, int]] = ()
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    media: set[str] = field(default_factory=set)

    starts: list[int] = field(default_factory=list)  # of `mentions`, which are in text order
    types: dict[str, frozenset[ActorType]] = field(default_factory=dict)  # actor -> the types it is named as
    blank_lines: BlankLines = field(default_factory=lambda: BlankLines.of(""))  # of `text`
    label_people: dict[str, frozenset[str]] | None = None  # made by `people_named` when first asked
    sentences: Sentences = field(default_factory=lambda: Sentences([], []))
    people_starts: list[int] = field(default_factory=list)  # of the PERSON mentions outside quotation marks
    unnamed_people: dict[str, Speaker] = field(default_factory=dict)  # the unnamed single people who spoke

    def heard(self, at: int, speaker: Speaker) -> None:
        """Note who spoke at offset `at`, for the pronouns and continuations after it."""
        self.spoken.append((at, speaker.name))
        if speaker.one_unnamed:
            self.unnamed_people.setdefault(speaker.name, speaker)

    def described_as(self, actor: str, phrase: Span, lexicon: Lexicon) -> None:
        """A description resolved to `actor` (`the head of the World Trade Organization` -> Okonjo-Iweala)
        is what the article says of them, for later descriptions (`the WTO chief`): its words, and the
        words of the bodies it names (their acronyms)."""
        found = set(normal_words(phrase.text, lexicon))
        for mention in self.between(phrase.start_char, phrase.end_char):
            if mention.type is not ActorType.PERSON:
                found |= self.words.get(mention.actor, frozenset())
        self.words[actor] = self.words.get(actor, frozenset()) | found

    def actor_at(self, start: int, end: int) -> ActorMention | None:
        """The first mention overlapping text[start:end]."""
        first = bisect_left(self.starts, start - MAX_NAME_CHARS)
        return next((m for m in self.mentions[first : bisect_left(self.starts, end)] if start < m.end), None)

    def between(self, start: int, end: int) -> Sequence[ActorMention]:
        """The mentions that start in text[start:end], in text order: a binary search, not a scan."""
        return self.mentions[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def recently_spoken(self) -> Iterator[tuple[int, str]]:
        """`spoken`, the latest first, as far back as MAX_SPOKEN_LOOKBACK attributions."""
        return reversed(self.spoken[-MAX_SPOKEN_LOOKBACK:])

    def add_person(self, name: str) -> None:
        """A person the article names only in a role's phrase (`Member of Parliament for … Barry
        Padarath`), so that a later `he said` or bare surname may be them."""
        self.types[name] = self.types.get(name, frozenset()) | {ActorType.PERSON}
        self.label_people = None  # `people_named` reads `types` again

    def people_named(self, key: str) -> frozenset[str]:
        """The people whose person key is `key` or starts or ends with it (`PENCE` -> Mike Pence)."""
        if self.label_people is None:
            found: dict[str, set[str]] = {}
            for actor, named_as in self.types.items():
                if ActorType.PERSON in named_as:
                    for part in {person_key(actor), *end_parts(actor)}:
                        found.setdefault(part, set()).add(actor)
            self.label_people = {part: frozenset(actors) for part, actors in found.items()}
        return self.label_people.get(key, frozenset())


def build_speaker_book(
    doc: Doc, mentions: Sequence[ActorMention], lexicon: Lexicon, quoted: Sequence[tuple[int, int]] = ()
) -> SpeakerBook:
    """Roles, genders and the words each entity is described by; `quoted` are the quotations' character ranges."""
    mentions = sorted(mentions, key=lambda m: m.start)
    text = doc_text(doc)
    book = SpeakerBook(mentions=mentions, text=text, quoted=quoted, starts=[m.start for m in mentions],
                       blank_lines=BlankLines.of(text), sentences=Sentences.of(doc),
                       people_starts=[m.start for m in mentions
                                      if m.type is ActorType.PERSON and not inside(m.start, quoted)])
    words: dict[str, set[str]] = {}
    for mention in mentions:
        own = words.setdefault(mention.actor, set())
        own |= normal_words(f"{mention.actor} {mention.text}", lexicon)
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        if inside(mention.start, quoted):
            described = None  # `"I think … if Donald Trump is elected"`: what a speaker says of a person is no role
        elif mention.type is ActorType.PERSON:
            described = role_of(span, lexicon)
        else:
            described = organisation_description(span)
        if described:
            own |= normal_words(described, lexicon)
        if mention.type is not ActorType.PERSON:
            continue
        own |= normal_words(_role_joined_before(span, lexicon), lexicon)
        own |= role_initials(described or "")
        if span.end < len(doc) and postnominal_letters(doc[span.end], lexicon):
            own.add(doc[span.end].lower_.replace(".", ""))  # `Nigel Godsmark QC` … `the QC said`
        if described and _better_role(described, book.roles.get(mention.actor), lexicon):
            book.roles[mention.actor] = described
        stated = mention_gender(span, lexicon, described)
        if stated is not None:
            book.genders.setdefault(mention.actor, stated)
    book.words = {actor: frozenset(found) for actor, found in words.items()}
    types: dict[str, set[ActorType]] = {}
    for mention in mentions:
        types.setdefault(mention.actor, set()).add(mention.type)
    book.types = {actor: frozenset(found) for actor, found in types.items()}
    book.media = {actor for actor, found in words.items() if found & lexicon.media_words}
    for actor, gender in learn_genders(doc, mentions, quoted).items():
        book.genders.setdefault(actor, gender)
    return book


def _role_joined_before(name: Span, lexicon: Lexicon) -> str:
    """`Maybank group president and CEO Abdul Farid Alias`, parsed as the president and the CEO named: the
    role joined to the name's own by `and` is the person's too (`the Maybank CEO added`)."""
    root = name.root
    role = root.head
    if root.dep_ != "conj" or role.i >= name.start or role.ent_type_ or role.lemma_.lower() not in lexicon.role_nouns:
        return ""
    return name.doc[role.left_edge.i : role.i + 1].text


def organisation_description(name: Span) -> str | None:
    """`RT, the Kremlin-financed television network,`, `the Interfax news agency`: what an appositive,
    or the noun the name stands before, says an organisation is."""
    root = name.root
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return " ".join(t.text for t in child.subtree)
    called = _called_so(name)
    if called is not None:
        return called
    before = name.doc[name.start - 1] if name.start > 0 else None
    if before is not None and before.is_lower and before.pos_ == "NOUN" and before.head.i == root.i:
        return before.text  # `Danish company Maersk`, `the charity Aegean Watch`: the kind written before it
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        return " ".join(t.text for t in root.head.subtree if not (root.left_edge.i <= t.i <= root.right_edge.i))
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.ent_type_ == "ORG" and root.head.dep_ != "appos":
        # `the Interfax news agency`: the noun the name is written before says what it is.
        return " ".join(t.text for t in root.doc[root.i + 1 : root.head.i + 1])
    return None


def _called_so(name: Span) -> str | None:
    """`A group calling itself Journalists Against LGBTQ+ Ghana`, `an alliance called Tierra Viva`: the
    kind of body the name is given to."""
    doc = name.doc
    if name.start < 2 or doc[name.start - 1].lower_ not in NAMING_WORDS:
        return None
    before = doc[max(0, name.start - NAMING_LOOKBACK) : name.start - 1]
    kind = next((t for t in reversed(before) if t.pos_ == "NOUN"), None)
    return kind.text if kind is not None else None


def _better_role(new: str, old: str | None, lexicon: Lexicon) -> bool:
    """The first role that has a role word wins, except that a present role outranks a past one
    (`Democratic presidential nominee` after `former secretary of State`); a bare description only
    fills a gap."""
    def telling(role: str) -> bool:
        return any(w in lexicon.role_types for w in re.findall(r"[a-z]+", role.lower()))

    def past(role: str) -> bool:
        return bool(PAST_WORDS & set(re.findall(r"[a-z]+", role.lower())))

    return old is None or (telling(new) and (not telling(old) or past(old) and not past(new)))


def noun_phrase(token: Token) -> Span:
    """The subject's phrase without relative clauses or appositives: `Some South Korean news outlets`."""
    doc = token.doc
    # `nearly eight of 10 voters` is `voters`: counts and shares are not part of who spoke.
    # (`particularly the Greens`: an adverb before the phrase says how it was picked, not who it is)
    left = min([token.i] + [t.left_edge.i for t in token.lefts
                            if t.dep_ not in ("punct", "cc", *COUNTING_DEPS) and not _picking_adverb(t)])
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ == "of"):
            right = max(right, child.right_edge.i)
        elif child.dep_ == "prep" and child.is_title and token.is_title and child.i == token.i + 1:
            right = max(right, child.right_edge.i)  # `Reporters Without Borders`: a capital preposition is a name's
    span = doc[left : right + 1]
    while len(span) > 1 and span[0].lower_ in DETERMINERS:
        span = span[1:]
    return span


def _picking_adverb(token: Token) -> bool:
    """`particularly the Greens`, `mostly the unions` (not `Later reports`, which are the reports' own)."""
    return token.pos_ == "ADV" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "DET"



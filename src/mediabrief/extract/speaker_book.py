"""What an article says about its people, gathered once per Doc: roles, genders, descriptions.

Notes: roles come from appositives (`Seong Ok Yoo, a former … official,`), from the words
before a name (`White House spokesman John Kirby`) and from a head noun with the name in
apposition (`Russia's ambassador to the US, Anatoly Antonov`); an organisation's description
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
from .body_spans import JOINING_WORDS  # the joining words of a title are a body's name's too
from .entity_labels import entity_start
from .lexicon import Lexicon
from .ranges import inside
from ..names import end_parts, person_key
from ..records import ActorMention, ActorType, Gender, SpeakerType
from ..resources import title_abbreviations

DETERMINERS = frozenset({
    "the", "a", "an", "some", "many", "several", "other", "most", "few", "these", "those", "all", "both",
})
MAX_ROLE_WORDS = 18
MAX_TITLE_RUN = 8  # `Chief of Army Staff`, `State Minister for Disaster Management and Relief`
MAX_INITIALS = 4  # `the IGP`, `the DCEO`: no acronym of a role is longer
DATELINE_WORDS = 6  # `NEW DELHI, India -`: how far into a role a dateline before its dash may run
NAMING_WORDS = frozenset({"called", "named", "itself", "themselves", "dubbed"})
NAMING_LOOKBACK = 5  # `a group calling itself`, `an armed group known as`
MAX_ROLE_BEFORE = 10  # `The outgoing Minister of Power and Steel,` before a name
PAST_WORDS = frozenset({"former", "retired", "ex"})
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
        own |= role_initials(described or "")
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


def role_initials(role: str) -> set[str]:
    """`ICT Cabinet Secretary` -> {`ic`, `cs`, `ics`}: what `the CS` may stand for. The initials of every
    run of two to four capitalised words (hyphenated parts apart, `of` passed over: `Inspector
    General of Police` is `the IGP`)."""
    words = [w for w in re.split(r"[\s\-\u2013]+", role) if w and w != "of"]
    found: set[str] = set()
    run: list[str] = []
    for word in [*words, ""]:
        if word[:1].isupper():
            run.append(word[0].lower())
            continue
        for start in range(len(run)):
            for end in range(start + 2, min(len(run), start + MAX_INITIALS) + 1):
                found.add("".join(run[start:end]))
        run = []
    return found


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


def role_of(name: Span, lexicon: Lexicon) -> str | None:
    """The role a sentence gives the person named by `name`, if any."""
    root = name.root
    for child in root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON" and _reads_as_role(child, lexicon):
            return _clean_role(child.subtree)
    held = _role_in_relative_clause(root, lexicon)
    if held is not None:
        return _clean_role(held.subtree)
    head = _appositive_host(root, lexicon)
    if head is not None:
        tokens = [t for t in head.subtree if not (root.left_edge.i <= t.i <= root.right_edge.i)]
        return _clean_role(tokens)
    before = [t for t in root.lefts if t.i < name.start and t.dep_ in ("compound", "amod", "nmod", "poss")]
    words = [t for b in before for t in b.subtree if t.i < name.start]
    run = _title_run(name, lexicon)
    if any(_role_word(t.lower_.rstrip("."), lexicon) and t.pos_ != "VERB" for t in words):
        # `National Police Chief General of Police Budi Santoso`, parsed with only `Police` on the name
        return _clean_role(run if len(run) > len(words) else words)
    run = run or _role_set_off_before(name, lexicon)
    if run:
        return _clean_role(run)
    title = name.doc[name.start - 1] if name.start > 0 else None
    # `they think Gonzalez is`: a verb before a name is no title.
    if title is not None and title.lower_.rstrip(".") in lexicon.role_types and title.pos_ in ("NOUN", "PROPN"):
        return title.text
    return None


def _role_in_relative_clause(root: Token, lexicon: Lexicon) -> Token | None:
    """`Mr Kampyongo, who is also Minister of Home Affairs, said`: the role a `who is` clause gives."""
    for clause in (c for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"):
        if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            role = next((c for c in clause.children if c.dep_ == "attr"), None)
            if role is not None and role.ent_type_ != "PERSON" and _reads_as_role(role, lexicon):
                return role
    return None


def _role_set_off_before(name: Span, lexicon: Lexicon) -> list[Token]:
    """`Minister of Power, Adebayo Adelabu, has revealed`: a role opening the sentence, set off by a
    comma straight before the name."""
    doc, sentence = name.doc, name.sent
    opening = name.start - sentence.start
    if opening < 2 or opening > MAX_ROLE_BEFORE or doc[name.start - 1].text != ",":
        return []
    words = [t for t in doc[sentence.start : name.start - 1] if not t.is_space]
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words):
        return []
    return words if any(_role_word(t.lower_.rstrip("."), lexicon) for t in words) else []


def _title_run(name: Span, lexicon: Lexicon) -> list[Token]:
    """`Chief of Army Staff Waker-Uz-Zaman`, parsed as the chief `of` a staff that holds the name: the
    capitalised words written straight before a name, when they hold a role word, are its title; so is
    a role in lower case among them (`Civil Defense spokesperson Col. Flavio Godinho`)."""
    doc, start = name.doc, name.start
    # (`… Disaster Management and Relief Md Mohibur Rahman`: the model ran the person's entity back over the title)
    cut_from = entity_start(doc, start) if doc[start].ent_iob_ == "I" and doc[start].ent_type_ == "PERSON" else start

    def titled(word: Token) -> bool:
        return (word.is_title and word.pos_ in ("PROPN", "NOUN") and (word.ent_type_ != "PERSON" or word.i >= cut_from)
                or word.is_lower and word.pos_ == "NOUN" and word.lower_ in lexicon.role_types)

    while start > 0 and name.start - start < MAX_TITLE_RUN and (
            titled(doc[start - 1]) or doc[start - 1].lower_ in JOINING_WORDS and start > 1 and doc[start - 2].is_title):
        start -= 1
    run = list(doc[start : name.start])
    return run if any(t.lower_ in lexicon.role_types for t in run) and run[0].lower_ not in JOINING_WORDS else []


def _appositive_host(root: Token, lexicon: Lexicon) -> Token | None:
    """The noun a name stands in apposition to: `the head of …, Kenneth Piernick`, and `An attorney for
    Pagliano, Mark MacDougall`, where the parse hung the name on the nearer name but a second name
    beside a name is the role's holder, not the same person again."""
    if root.dep_ != "appos":
        return None
    host = root.head
    if host.pos_ == "NOUN" or host.pos_ == "PROPN" and _role_word(host.lower_, lexicon):  # `the Director of Fisheries, …`
        return host
    holder = host.head.head if host.dep_ == "pobj" and host.head.dep_ == "prep" else None
    if host.ent_type_ == "PERSON" and holder is not None and holder.pos_ == "NOUN" and _role_word(holder.lower_, lexicon):
        return holder
    return None


def _reads_as_role(appositive: Token, lexicon: Lexicon) -> bool:
    """`a professor at …`, `principal fellow at …`: an indefinite noun phrase or one with a role word."""
    words = [t.lower_.rstrip(".") for t in appositive.subtree]
    return words[:1] in (["a"], ["an"]) or any(_role_word(w, lexicon) for w in words)


def _role_word(word: str, lexicon: Lexicon) -> bool:
    """An office or trade (`spokesman`, `counsel`, `actress`), or a place in a family (`the boy's father`)."""
    return (word in lexicon.role_types or word in lexicon.kinship_words or lexicon.is_person_head(word)
            or lexicon.source_nouns.get(word) == "trade")


def _clean_role(tokens: object) -> str | None:
    words = _after_dateline([t for t in tokens if not t.is_space])
    while words and (words[0].is_punct or words[0].lower_ in DETERMINERS):  # `both President`
        words = words[1:]
    # (`Republican vice-presidential nominee Gov.` | `Mike Pence`: after a role in lower case, the name's own
    # title is no part of the role; `Former Pennsylvania Gov.` is the role)
    while words and (words[-1].is_punct or len(words) > 1 and words[-1].text in title_abbreviations()
                     and _common_noun_before(words)):
        words = words[:-1]
    if not words:
        return None
    text = words[0].doc[words[0].i : words[-1].i + 1].text
    parts = text.split()
    return " ".join(parts[:MAX_ROLE_WORDS]) + ("…" if len(parts) > MAX_ROLE_WORDS else "")


def _common_noun_before(words: list[Token]) -> bool:
    """Does the word before the last stand alone in lower case (`nominee`), not end a hyphenated word
    (`Party-list` | `Rep.`, where the title is the role's own)?"""
    before = words[-2]
    return before.is_lower and not (len(words) > 2 and words[-3].text == "-" and not words[-3].whitespace_)


def _after_dateline(words: list[Token]) -> list[Token]:
    """`KYIV - South African President` is the role without the dateline in capitals before its dash."""
    for index, word in enumerate(words[:DATELINE_WORDS]):
        # (a dash set off by a space: `Vice-President` is one word to a reader, three tokens to spaCy)
        if word.text in ("-", "--", "\u2013", "\u2014") and index > 0 and words[index - 1].whitespace_:
            placed = all(w.is_upper or w.is_punct or w.ent_type_ in ("GPE", "LOC") for w in words[:index])
            return words[index + 1 :] if placed else words
    return words


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
    span = doc[left : right + 1]
    while len(span) > 1 and span[0].lower_ in DETERMINERS:
        span = span[1:]
    return span


def _picking_adverb(token: Token) -> bool:
    """`particularly the Greens`, `mostly the unions` (not `Later reports`, which are the reports' own)."""
    return token.pos_ == "ADV" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "DET"


def person_type(role: str | None, lexicon: Lexicon | None) -> SpeakerType:
    """Expert or official from the role's words; `former` officials who now comment count as experts."""
    if not role or lexicon is None:
        return SpeakerType.OTHER
    words = re.findall(r"[a-z]+", role.lower())
    types = [lexicon.role_types[w] for w in words if w in lexicon.role_types]
    if not types:
        return SpeakerType.OTHER
    hard_expert = any(lexicon.role_types.get(w) == "expert" and w not in PAST_WORDS for w in words)
    if hard_expert or PAST_WORDS & set(words):
        return SpeakerType.EXPERT
    return SpeakerType.OFFICIAL


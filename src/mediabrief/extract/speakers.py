"""Who a speaker is: the canonical name behind a subject token, its role, type and gender.

Notes: roles come from appositives (`Seong Ok Yoo, a former … official,`), from
the words before a name (`White House spokesman John Kirby`) and from a head noun
with the name in apposition (`Russia's ambassador to the US, Anatoly Antonov`);
gender only from what the article says (Mr/Ms/Mrs, he/she referring to the speaker).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon
from ..names import end_parts, name_parts, person_key
from ..records import ActorMention, ActorType, Gender, SpeakerType

PRONOUN_GENDER = {"he": Gender.MALE, "him": Gender.MALE, "she": Gender.FEMALE, "her": Gender.FEMALE}
TITLE_GENDER = {"mr": Gender.MALE, "mrs": Gender.FEMALE, "ms": Gender.FEMALE, "miss": Gender.FEMALE}
ANONYMOUS_HEADS = frozenset({
    "analyst", "expert", "observer", "other", "source", "critic", "people", "person", "some", "many",
    "diplomat", "insider", "commentator", "resident", "witness", "activist", "supporter", "voter", "one",
})
DOCUMENT_NOUNS = frozenset({
    "statement", "release", "report", "readout", "communique", "announcement", "transcript", "website",
    "account", "footage", "broadcast", "letter", "memo", "post", "tweet",
})
DETERMINERS = frozenset({"the", "a", "an", "some", "many", "several", "other", "most", "few", "these", "those"})
MAX_ROLE_WORDS = 18


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    type: SpeakerType
    role: str | None = None
    gender: Gender = Gender.UNKNOWN
    is_person: bool = False


@dataclass(slots=True)
class SpeakerBook:
    """What the article says about its people, gathered once per Doc and consulted per quote."""

    mentions: Sequence[ActorMention]
    text: str = ""
    roles: dict[str, str] = field(default_factory=dict)
    genders: dict[str, Gender] = field(default_factory=dict)
    spoken: list[tuple[int, str]] = field(default_factory=list)

    def actor_at(self, start: int, end: int) -> ActorMention | None:
        for mention in self.mentions:
            if mention.start < end and start < mention.end:
                return mention
        return None


def build_speaker_book(doc: Doc, mentions: Sequence[ActorMention], lexicon: Lexicon) -> SpeakerBook:
    book = SpeakerBook(mentions=mentions, text=doc.text)
    for mention in mentions:
        if mention.type is not ActorType.PERSON:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        role = role_of(span, lexicon)
        if role and _better_role(role, book.roles.get(mention.actor), lexicon):
            book.roles[mention.actor] = role
        title = doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
        if title in TITLE_GENDER:
            book.genders.setdefault(mention.actor, TITLE_GENDER[title])
    return book


def _better_role(new: str, old: str | None, lexicon: Lexicon) -> bool:
    """The first role that has a role word wins; a bare description only fills a gap."""
    def telling(role: str) -> bool:
        return any(w in lexicon.role_types for w in re.findall(r"[a-z]+", role.lower()))

    return old is None or (telling(new) and not telling(old))


def role_of(name: Span, lexicon: Lexicon) -> str | None:
    """The role a sentence gives the person named by `name`, if any."""
    root = name.root
    for child in root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON" and _reads_as_role(child, lexicon):
            return _clean_role(child.subtree)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        head = root.head
        tokens = [t for t in head.subtree if not (root.left_edge.i <= t.i <= root.right_edge.i)]
        return _clean_role(tokens)
    before = [t for t in root.lefts if t.i < name.start and t.dep_ in ("compound", "amod", "nmod", "poss")]
    words = [t for b in before for t in b.subtree if t.i < name.start]
    if any(t.lower_.rstrip(".") in lexicon.role_types for t in words):
        return _clean_role(words)
    title = name.doc[name.start - 1] if name.start > 0 else None
    if title is not None and title.lower_.rstrip(".") in lexicon.role_types:
        return title.text
    return None


def _reads_as_role(appositive: Token, lexicon: Lexicon) -> bool:
    """`a professor at …`, `principal fellow at …`: an indefinite noun phrase or one with a role word."""
    words = [t.lower_.rstrip(".") for t in appositive.subtree]
    return words[:1] in (["a"], ["an"]) or any(w in lexicon.role_types for w in words)


def _clean_role(tokens: object) -> str | None:
    words = [t for t in tokens if not t.is_space]
    while words and (words[0].is_punct or words[0].lower_ in ("a", "an", "the")):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    if not words:
        return None
    text = words[0].doc[words[0].i : words[-1].i + 1].text
    parts = text.split()
    return " ".join(parts[:MAX_ROLE_WORDS]) + ("…" if len(parts) > MAX_ROLE_WORDS else "")


def noun_phrase(token: Token) -> Span:
    """The subject's phrase without relative clauses or appositives: `Some South Korean news outlets`."""
    doc = token.doc
    left = min([token.i] + [t.left_edge.i for t in token.lefts if t.dep_ not in ("punct", "cc")])
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ == "of"):
            right = max(right, child.right_edge.i)
    span = doc[left : right + 1]
    while len(span) > 1 and span[0].lower_ in DETERMINERS:
        span = span[1:]
    return span


def resolve_speaker(token: Token, book: SpeakerBook, lexicon: Lexicon, *, author: str | None) -> Speaker | None:
    """The speaker a subject token stands for; None when it is the author or cannot be a source."""
    lower = token.lower_
    if token.dep_ == "expl":
        return None
    if token.pos_ == "PRON":
        if lower in PRONOUN_GENDER:
            return _pronoun_speaker(token, book, PRONOUN_GENDER[lower], lexicon)
        return None
    document_source = _document_source(token)
    if document_source is not None:
        token = document_source
    appos_person = next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if appos_person is not None:
        token = appos_person
    phrase = noun_phrase(token)
    mention = book.actor_at(token.idx, token.idx + len(token))
    if mention is not None:
        speaker = _named_speaker(mention, token, book, lexicon)
    else:
        speaker = _unnamed_speaker(phrase, lexicon)
    if speaker and author and person_key(speaker.name or "") == person_key(author):
        return None
    return speaker


def _document_source(token: Token) -> Token | None:
    """`the Kremlin's press statement said`: the statement speaks for its owner."""
    if token.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.ent_type_), None)
    return owner


def _pronoun_speaker(token: Token, book: SpeakerBook, gender: Gender, lexicon: Lexicon) -> Speaker | None:
    """he/she -> the last speaker of a compatible gender in this or the previous paragraph,
    else the last person of a compatible gender named within two paragraphs.

    Notes: news prose keeps a pronoun subject of `said` on the current source; gender is
    known only from the article itself (titles, earlier pronouns), so an unknown one is compatible.
    """
    position = token.idx
    text = book.text

    def compatible(name: str) -> bool:
        return book.genders.get(name, gender) == gender

    speakers = [name for at, name in book.spoken if at < position and text.count("\n\n", at, position) <= 1]
    people = [
        m.actor for m in book.mentions
        if m.type is ActorType.PERSON and m.end <= position and text.count("\n\n", m.start, position) <= 2
    ]
    names = [n for n in speakers if compatible(n) and _is_person(n, book)] or [n for n in people if compatible(n)]
    if not names:
        return None
    name = names[-1]
    book.genders.setdefault(name, gender)
    return Speaker(name, person_type(book.roles.get(name), lexicon), book.roles.get(name), gender, True)


def _is_person(name: str, book: SpeakerBook) -> bool:
    return any(m.actor == name and m.type is ActorType.PERSON for m in book.mentions)


def _named_speaker(mention: ActorMention, token: Token, book: SpeakerBook, lexicon: Lexicon) -> Speaker:
    if mention.type is ActorType.PERSON:
        name = _recent_namesake(mention, token, book) or mention.actor
        role = book.roles.get(name)
        return Speaker(name, person_type(role, lexicon), role, book.genders.get(name, Gender.UNKNOWN), True)
    words = set(re.findall(r"[a-z]+", mention.actor.lower()))
    if words & lexicon.media_words:
        return Speaker(mention.actor, SpeakerType.MEDIA)
    return Speaker(mention.actor, SpeakerType.INSTITUTION)


def _recent_namesake(mention: ActorMention, token: Token, book: SpeakerBook) -> str | None:
    """`according to Kim` after Intae Kim spoke is Intae Kim: a bare name prefers a recent speaker."""
    if len(name_parts(mention.text)) != 1:
        return None
    part = name_parts(mention.text)[0]
    text = book.text
    for at, name in reversed(book.spoken):
        if at < token.idx and text.count("\n\n", at, token.idx) <= 1 and part in end_parts(name):
            return name
    return None


def _unnamed_speaker(phrase: Span, lexicon: Lexicon) -> Speaker | None:
    words = [t.lower_ for t in phrase]
    if not words or phrase.root.pos_ not in ("NOUN", "PROPN"):
        return None
    name = phrase.text
    if set(words) & lexicon.media_words:
        return Speaker(name, SpeakerType.MEDIA)
    if phrase.root.lemma_.lower() in ANONYMOUS_HEADS:
        return Speaker(name, SpeakerType.ANONYMOUS)
    types = [lexicon.role_types[w] for w in words if w in lexicon.role_types]
    if types:
        return Speaker(name, SpeakerType(types[-1]))
    return Speaker(name, SpeakerType.OTHER)


def person_type(role: str | None, lexicon: Lexicon | None) -> SpeakerType:
    """Expert or official from the role's words; `former` officials who now comment count as experts."""
    if not role or lexicon is None:
        return SpeakerType.OTHER
    words = re.findall(r"[a-z]+", role.lower())
    types = [lexicon.role_types[w] for w in words if w in lexicon.role_types]
    if not types:
        return SpeakerType.OTHER
    hard_expert = any(lexicon.role_types.get(w) == "expert" and w not in ("former", "retired") for w in words)
    if hard_expert or ("former" in words or "retired" in words):
        return SpeakerType.EXPERT
    return SpeakerType.OFFICIAL


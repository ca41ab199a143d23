"""The pronoun pass of the speaker sieve: `he` or `she` bound by agreement and prominence.

Notes: the nearest sentences first, and in each its subjects before other mentions (Hobbs; Lee et
al. 2013); a pronoun continues the same pronoun a sentence back. A described subject (`the
president`) is resolved by the description pass, which the sieve passes in as `describe`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .genders import PRONOUN_GENDER, is_main_clause
from .lexicon import Lexicon
from .ranges import inside, overlapping
from .name_evidence import name_shaped
from .salience import anyone_between, is_person, is_subject, last_speaker, prominent_person
from .roles import person_type
from .speaker_book import Speaker, SpeakerBook, noun_phrase
from ..names import acronym_key
from ..records import ActorType, Gender

MAX_PRONOUN_CHAIN = 3
CHAIN_SENTENCES = 3  # how far back `she` looks for the `she` it continues, over sentences about no one
CHAIN_PARAGRAPH_BREAKS = 2  # …within the paragraph before and one about no one between (`Shops closed early.`)

Describe = Callable[[Span, SpeakerBook, Lexicon], "Speaker | None"]


def pronoun_speaker(token: Token, book: SpeakerBook, gender: Gender, lexicon: Lexicon, describe: Describe,
                    depth: int = 0) -> Speaker | None:
    """he/she -> a compatible person who is the main-clause subject of this or the previous sentence,
    else the same pronoun's referent a sentence back, else a subject of a reported clause, else the
    last compatible speaker in this or the previous paragraph, else the most prominent compatible
    person of the nearest sentence that names one.

    Notes: `Scott bristles at the suggestion. "…," he said` is Scott's even when another spoke
    just before. The sentences before are searched nearest first, and in each its subjects before
    other mentions (Hobbs; Lee et al. 2013), over at most two paragraphs. Names inside quotation
    marks are never antecedents, and a person named in the pronoun's own quotation is its speaker
    only when nobody else fits: the speaker is not who they talk about. Gender is known only from
    the article itself (titles, role words, its pronouns), so an unknown one is compatible.
    """
    talked_about = _named_in_its_quotation(token, book)
    clause_subject = _subject_of_its_clause(token, book)
    name = _antecedent(token, book, gender, lexicon, describe, depth, talked_about | clause_subject)
    if name is None and talked_about:
        # `"If Kahungu is blocking, …," she asked`: one who answers for themself by name, when nobody else fits.
        name = _antecedent(token, book, gender, lexicon, describe, depth, clause_subject)
    if name is None:
        return None
    book.genders.setdefault(name, gender)
    if name in book.unnamed_people:
        return book.unnamed_people[name]  # `The official said …. He added …`
    return Speaker(name, person_type(book.roles.get(name), lexicon), book.roles.get(name), gender, True)


def _antecedent(token: Token, book: SpeakerBook, gender: Gender, lexicon: Lexicon, describe: Describe, depth: int,
                talked_about: frozenset[str]) -> str | None:
    def compatible(name: str) -> bool:
        return book.genders.get(name, gender) == gender and name not in talked_about

    def chained() -> str | None:
        name = _chained_pronoun(token, book, gender, lexicon, describe, depth)
        return name if name not in talked_about else None

    return (_named_after_in_main_clause(token, book, compatible) or _subject_of_opening_clause(token, book, compatible)
            or _recent_subject(token, book, lexicon, describe, compatible, main=True)
            or _source_just_before(token, book, compatible) or _misread_person_just_before(token, book, lexicon)
            or chained()
            or _recent_subject(token, book, lexicon, describe, compatible, main=False)
            or last_speaker(token.idx, book, compatible) or prominent_person(token, book, compatible))


def _named_after_in_main_clause(token: Token, book: SpeakerBook, compatible) -> str | None:
    """`Previously an opponent of what he decried as …, President Jane Roe now believes …`: a pronoun in a
    phrase that opens the sentence, before its main clause's named subject, looks ahead to that name."""
    sentence = token.sent
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ != "PERSON" or subject.i < token.i or not _inside_a_phrase(token):
        return None
    opening = next((c for c in root.children
                    if c.i < subject.i and c.dep_ in ("advcl", "prep") and c.is_ancestor(token)), None)
    if opening is None or inside(token.idx, book.quoted) or any(
            m.type is ActorType.PERSON for m in book.between(sentence.start_char, token.idx)):
        return None
    mention = book.actor_at(subject.idx, subject.idx + len(subject))
    named = mention is not None and mention.type is ActorType.PERSON and compatible(mention.actor)
    return mention.actor if named else None


def _subject_of_opening_clause(token: Token, book: SpeakerBook, compatible) -> str | None:
    """`As Ramaphosa surveyed the damage, he assured flood victims that …`: the subject of the main clause,
    a pronoun, is the one a clause opening the sentence names as its own subject (Hobbs: left, nearest)."""
    if token.dep_ != "nsubj" or token.head.dep_ != "ROOT":
        return None
    opening = [c for c in token.head.children if c.dep_ == "advcl" and c.i < token.i
               and any(m.dep_ == "mark" for m in c.children)]
    subjects = [s for c in opening for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.ent_type_ == "PERSON"]
    mentions = [book.actor_at(s.idx, s.idx + len(s)) for s in subjects]
    people = {m.actor for m in mentions if m is not None and m.type is ActorType.PERSON and compatible(m.actor)}
    return people.pop() if len(people) == 1 else None


def _inside_a_phrase(pronoun: Token) -> bool:
    """`of what he decried`, `the man she replaced`: a pronoun whose clause is part of a noun's phrase, not
    a clause of its own (`He added a note of caution, should Clinton attempt …`, parsed upside down)."""
    return pronoun.head.dep_ in ("pcomp", "relcl", "acl")


def _subject_of_its_clause(token: Token, book: SpeakerBook) -> frozenset[str]:
    """`Bernama quoted him as saying`: an object pronoun is never its own verb's subject (that would be
    `himself`)."""
    if token.dep_ not in ("dobj", "dative"):
        return frozenset()
    subjects = (c for c in token.head.children if c.dep_ == "nsubj")
    return frozenset(m.actor for m in (book.actor_at(c.idx, c.idx + len(c)) for c in subjects) if m is not None)


def _named_in_its_quotation(token: Token, book: SpeakerBook) -> frozenset[str]:
    """The people named inside the quotations of the pronoun's sentence: `"… Hale had plenty of them
    …," he said` is not Hale's, since a speaker talks of others by name, of themself as `I`."""
    sentence = token.sent
    return frozenset(m.actor for start, end in overlapping(sentence.start_char, sentence.end_char, book.quoted)
                     for m in book.between(start, end) if m.type is ActorType.PERSON)


def _recent_subject(token: Token, book: SpeakerBook, lexicon: Lexicon, describe: Describe, compatible, *,
                    main: bool) -> str | None:
    """A compatible person who is a subject (outside quotation marks; with `main`, of a main
    clause) of the sentence before the pronoun, or of the pronoun's own sentence before it, within
    the paragraph or the one before."""
    doc, sentence = token.doc, token.sent
    first = sentence.start
    while first > 0 and inside(doc[first].idx, book.quoted) and inside(doc[first - 1].idx, book.quoted):
        first = doc[first - 1].sent.start  # `"The Socialists are … anything. This is …," he told`: one quotation
    previous = doc[first - 1].sent if first > 0 else None
    start = previous.start_char if previous is not None else sentence.start_char
    if book.blank_lines.count(start, token.idx) > 1:
        start = sentence.start_char
    people = [m for m in book.between(start, token.idx) if m.type is ActorType.PERSON and m.end <= token.idx
              and not inside(m.start, book.quoted) and is_subject(doc, m, main=main)]
    if main and previous is not None and _led_by_same_pronoun(previous, token, book):
        # `He added a note of caution, should Clinton attempt …. "…," he said`: the sentence before is
        # about `he`, so the chain of that pronoun decides, not a name in its subordinate clause.
        people = [m for m in people if m.start >= sentence.start_char]
    found = next((m.actor for m in sorted(people, key=lambda m: -m.start) if compatible(m.actor)), None)
    if found is not None or not main:
        return found
    return _described_subject(doc.char_span(start, token.idx, alignment_mode="contract"), book, lexicon, describe,
                             compatible)


def _source_just_before(token: Token, book: SpeakerBook, compatible) -> str | None:
    """`Meanwhile, according to the spokesman of the provincial food department the scrutiny … was under way.
    He said …`: the person an `according to` of the sentence before names, in the pronoun's paragraph or the
    one before (a subject that spoke is `_recent_subject`'s)."""
    sentence, text = token.sent, book.text
    previous = token.doc[sentence.start - 1].sent if sentence.start > 0 else None
    # (news paragraphs run a sentence or two: `According to Mr. Williams, … ¶ The delay, he said, was …`)
    if previous is None or book.blank_lines.count(previous.start_char, token.idx) > 1:
        return None
    return next((name for at, name in book.recently_spoken() if previous.start_char <= at < sentence.start_char
                 and text[at : at + len("according")].lower() == "according"
                 and compatible(name) and is_person(name, book)), None)


def _misread_person_just_before(token: Token, book: SpeakerBook, lexicon: Lexicon) -> str | None:
    """`…, Efren Ritual, a rescue official, said. "…," he told AFP`: a name of two or three words that the
    model took for a body or a people (`Durian trader Tie Kian Chow`), which spoke in the sentence just
    before `he` or `she`, in its paragraph or the one before, with nobody named since, is a person's."""
    sentence = token.sent
    if sentence.start == 0 or token.lower_ not in PRONOUN_GENDER:
        return None
    previous = token.doc[sentence.start - 1].sent
    if book.blank_lines.count(previous.start_char, token.idx) > 1:
        return None
    at, name = next(((at, name) for at, name in book.recently_spoken() if at < token.idx), (None, None))
    if at is None or not previous.start_char <= at < sentence.start_char or is_person(name, book):
        return None
    words = name.split()
    misread = (len(words) >= 2 and name_shaped(name, lexicon) and not any(acronym_key(w) for w in words)
               and book.types.get(name, frozenset()) <= {ActorType.ORGANISATION, ActorType.GROUP}
               and name.lower() not in lexicon.nationalities)
    return name if misread and not anyone_between(at, token.idx, name, book) else None


def _led_by_same_pronoun(sentence: Span, pronoun: Token, book: SpeakerBook) -> bool:
    """Is the first subject of `sentence` (its main clause's, unless the parse hung the clause on a later
    one) a pronoun of `pronoun`'s gender, outside quotation marks?"""
    subject = next((t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and not inside(t.idx, book.quoted)), None)
    if subject is None or subject.lower_ not in PRONOUN_GENDER:
        return False
    # (`Previously an opponent of what he decried as …, President Jane Roe now believes …`: a phrase before the
    # main clause, whose subject is a name, is about that name)
    named = [c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON"]
    if named and named[0].i > subject.i and _inside_a_phrase(subject):
        return False
    return PRONOUN_GENDER[subject.lower_] == PRONOUN_GENDER.get(pronoun.lower_)


def _chained_pronoun(token: Token, book: SpeakerBook, gender: Gender, lexicon: Lexicon, describe: Describe,
                     depth: int) -> str | None:
    """`In Honolulu, he told leaders … . Crops are withering, he noted.`: the same pronoun as the
    subject of the sentence before stands for the same person (followed a few sentences back)."""
    if depth >= MAX_PRONOUN_CHAIN or token.sent.start == 0:
        return None
    previous = token.doc[token.sent.start - 1].sent
    for _ in range(CHAIN_SENTENCES):
        breaks = book.blank_lines.count(previous.start_char, token.idx)
        # (over a paragraph where another spoke, `he` is theirs to take: `According to Gomez, … He added`)
        if breaks > CHAIN_PARAGRAPH_BREAKS or breaks > 1 and any(
                previous.end_char <= at < token.idx for at, _ in book.recently_spoken()):
            return None
        subjects = [t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and not inside(t.idx, book.quoted)]
        same = [t for t in subjects if PRONOUN_GENDER.get(t.lower_) is gender]
        if same:
            speaker = pronoun_speaker(same[-1], book, gender, lexicon, describe, depth + 1)
            return speaker.name if speaker is not None else None
        # `In the book, she defends …. Critics argued …. Soeder's party said …. She also writes …`:
        # sentences whose subjects are no person are stepped over.
        if previous.start == 0 or any(t.ent_type_ == "PERSON" or t.lower_ in PRONOUN_GENDER for t in subjects):
            return None
        previous = token.doc[previous.start - 1].sent
    return None


def _described_subject(window: Span | None, book: SpeakerBook, lexicon: Lexicon, describe: Describe,
                       compatible) -> str | None:
    """`The president's Pacific roots came into play. … he noted`: a subject described, not named."""
    if window is None:
        return None
    # (`The detained driver had, through his lawyer, …, dragged …`: the parse may hang it on the auxiliary)
    # (`Speaking at Kizingitini, the President had ordered`: a title the model tagged a proper noun but no name)
    subjects = [t for t in window if t.dep_ in ("nsubj", "nsubjpass")
                and (t.pos_ == "NOUN" or t.pos_ == "PROPN" and not t.ent_type_ and _definite(t))
                and is_main_clause(t.head.head if t.head.dep_ == "aux" else t.head)]
    for subject in reversed(subjects):
        for noun in (*[c for c in subject.children if c.dep_ == "poss" and c.pos_ == "NOUN"], subject):
            if inside(noun.idx, book.quoted):
                continue
            speaker = describe(noun_phrase(noun), book, lexicon)
            if speaker is not None and speaker.is_person and compatible(speaker.name):
                return speaker.name
    return None


def _definite(title: Token) -> bool:
    """`the President`, not `Chairperson … Brainax Kaisi`: a title read as a proper noun describes only
    after `the`."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in title.children) and not any(
        c.ent_type_ == "PERSON" for c in title.subtree)

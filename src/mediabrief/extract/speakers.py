"""Who a speaker is: the entity behind a cue's subject token, resolved by a sieve of passes.

Notes: most precise pass first (Raghunathan et al. 2010; Lee et al. 2013): a name, a
document's owner (`documents.py`), a description that fits an introduced entity
(`described_speakers.py`), a group or earlier mention a plural or bare noun stands for
(`antecedents.py`), a pronoun by agreement and prominence (Hobbs; `pronouns.py`), else the
phrase itself as an unnamed source (`unnamed.py`). What the article says about its people
(roles, genders, descriptions) is gathered once in `speaker_book.py`.
"""

from __future__ import annotations

import re

from functools import lru_cache

from spacy.tokens import Token

from .antecedents import (
    body_subject_before, earlier_fuller, earlier_unnamed, named_group, plural_form, plural_subject_before,
)
from .appositives import appositive_name
from .descriptions import UNNAMED_HEADS
from .cue_subjects import name_among_conjuncts
from .datelines import is_dateline
from .documents import earlier_document, earlier_reporter, writer_of
from .phrase_names import (
    acronym_named_before, body_behind_press_unit, cited_by, holder_of_role_acronym, members_of_named_body,
    name_before_kind, name_before_rank, name_closing_role, name_ending_title, name_opening_phrase, named_police,
    state_agency,
)
from .genders import PRONOUN_GENDER
from .lexicon import Lexicon
from .name_evidence import date_word, entity_start, joining_hyphen
from .pronouns import pronoun_speaker
from .set_off_names import person_closing_subject
from .roles import person_type
from .described_speakers import candidates_of, described_speaker, speaker_for
from .speaker_book import Speaker, SpeakerBook, noun_phrase
from .unnamed import (
    SHARE_WORDS, POSSESSIVE_PRONOUNS, earlier_share, one_of_them, share_of, unnamed_speaker, with_place,
)
from ..names import acronym_key, clean_name, end_parts, joined_names, name_parts, person_key
from ..records import ActorMention, ActorType, Gender, SpeakerType

# `an IMF spokesperson said … the IMF spokesperson told Reuters`: the same unnamed one, when nobody was named so.
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# Entities that own no document: `a June survey`, `a 2023 report`.
COUNTED_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})

RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
HANDLE = re.compile(r"@\w{2,30}")


def resolve_speaker(token: Token, book: SpeakerBook, lexicon: Lexicon, *, author: str | None) -> Speaker | None:
    """The speaker a subject token stands for; None when it is the author or cannot be a source.

    Notes: a sieve, most precise pass first: a name; a document's owner; a description that fits
    an entity the article introduced; a pronoun bound by agreement and salience; else the phrase.
    Names joined by `and` speak together (`Larry King and Ed Schultz said`).
    """
    if token.dep_ == "expl" or _nobody(token):
        return None
    later = [c for c in token.conjuncts if c.i > token.i] if not is_dateline(token) else []  # `MORANT BAY, St Thomas —`
    # `The Director General of Industrial Relations and Social Security for Workers, …`: a conjunct inside a
    # name that opened before it (the model's one name across the `and`) is that name's, and says nothing.
    later = [c for c in later if not c.ent_type_ or entity_start(c.doc, c.i) >= c.left_edge.i]
    later = [c for c in later if _coordinated(token, c)]
    loose = name_among_conjuncts(token, later, lexicon)
    if loose is not None:
        # `Acting minister for climate change Kate Lundy told`, parsed as two conjuncts with nothing between
        # to join them: the role and its holder's name.
        token, later = loose, []
    speaker = _one_speaker(token, book, lexicon)
    partners = [_partner(c, book, lexicon) for c in later]
    people = [p for p in partners if p is not None and p.is_person]
    if speaker is not None and (speaker.type is SpeakerType.MEDIA or speaker.name in book.media) and len(people) == 1 \
            and len(partners) == 1:
        speaker, partners = people[0], []  # (`In an interview with Radio Belgrano, Juan Pablo Piccardo, …, said`)
    if speaker is not None and partners and all(partners):
        names = list(dict.fromkeys([speaker.name, *(p.name for p in partners)]))
        if len(names) > 1:
            # `Tanzanian police and FBI`: bodies and unnamed sources speak together too, as written.
            speaker = Speaker(joined_names(names), speaker.type)
    if speaker and author and person_key(speaker.name or "") == person_key(author):
        return None
    return speaker


def _holder_of_role(noun: Token) -> Token | None:
    """`Yadira Cortés, a member of the Women's Roundtable Network, who told Efe`: a `who` clause hung on the body
    of a role set off after a person's name is that person's."""
    if noun.ent_type_ == "PERSON" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    role = noun.head.head
    person = role.head
    return person if role.dep_ == "appos" and person.ent_type_ == "PERSON" and person.pos_ == "PROPN" else None


def _hyphened_name(token: Token, book: SpeakerBook) -> str | None:
    """`Tsoi-a-Fatt said`, which the parse split at its hyphens and the model left unnamed: the person whose
    name ends on the whole hyphened word, where the article named one."""
    doc, end = token.doc, token.i
    while end + 2 < len(doc) and joining_hyphen(doc[end + 1]):
        end += 2
    if end == token.i or not token.is_title or (token.i > 0 and doc[token.i - 1].text == "-"):
        return None
    known = book.people_named(person_key(doc[token.i : end + 1].text))
    return next(iter(known)) if len(known) == 1 else None


def _they_before(token: Token, book: SpeakerBook, lexicon: Lexicon) -> Token | None:
    """Whom `they` takes up: a `they` that spoke just before goes on, back to whoever a speech verb had
    speak as `they`; where that chain meets no one, the nearest plural subject that is no pronoun."""
    earlier = plural_subject_before(token, book.quoted, lexicon)
    chained = earlier
    while chained is not None and chained.lower_ == "they":
        chained = plural_subject_before(chained, book.quoted, lexicon, speaking_only=True)
    if earlier is not None and chained is None:
        return plural_subject_before(token, book.quoted, lexicon, chain=False)
    return chained


def _topic_before(pronoun: Token, book: SpeakerBook) -> ActorMention | None:
    """`As for Karuhanga, he said …`: the person the sentence opens on as its topic is the pronoun's."""
    doc, start = pronoun.doc, pronoun.sent.start
    if (pronoun.i - start < 4 or doc[start].lower_ != "as" or doc[start + 1].lower_ != "for"
            or doc[pronoun.i - 1].text != ","):
        return None
    mention = book.actor_at(doc[start + 2].idx, doc[pronoun.i - 2].idx + len(doc[pronoun.i - 2]))
    return mention if mention is not None and mention.type is ActorType.PERSON else None


def _nobody(token: Token) -> bool:
    """`No one has said …`, `Nobody claimed …`: a denial of a source is no source."""
    return token.lower_ in ("nobody", "none") or any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in token.children)


def _partner(token: Token, book: SpeakerBook, lexicon: Lexicon) -> Speaker | None:
    """Who a later conjunct of the subject is. `Hillary Clinton and current Democratic presidential
    nominee`, `China, Pyongyang's only ally and its economic lifeline,`: a singular common noun is the
    first again, in apposition the parse read as a list, unless it names a body of people (`police`).
    A group that belongs to the first keeps its possessive (`Donald Trump and his aides`)."""
    if token.tag_ == "NN" and not token.ent_type_ and not lexicon.is_body(token.lemma_.lower()):
        return None
    if token.pos_ == "PROPN" and not token.ent_type_ and book.actor_at(token.idx, token.idx + len(token)) is None:
        return None  # `Investment, Trade, and Industry Minister …`: a portfolio's words the parse read as a list
    speaker = _one_speaker(token, book, lexicon)
    phrase = noun_phrase(token)
    if speaker is not None and len(phrase) > 1 and phrase[0].lower_ in POSSESSIVE_PRONOUNS and not token.ent_type_:
        return Speaker(with_place(phrase, lexicon).text, speaker.type)
    return speaker


def _coordinated(first: Token, conjunct: Token) -> bool:
    """Is an `and`, `or` or a comma of the list itself (on `first` or a conjunct) before `conjunct`?
    `President of the Trinidad and Tobago National Nurses Association (TTNNA), Idi Stuart, says`, where the
    parse hung the body on the role as a conjunct, has its only `and` inside the body's name."""
    chain = [first, *(c for c in first.conjuncts if c.i < conjunct.i)]
    return any(child.dep_ in ("cc", "punct") and first.i < child.i < conjunct.i and child.text != "("
               for link in chain for child in link.children)


def _one_speaker(token: Token, book: SpeakerBook, lexicon: Lexicon) -> Speaker | None:
    lower = token.lower_
    if lower in RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and token.head.head.i != token.head.i:
        # `the Chicago Police Department, which reported …`: the relative clause's noun speaks (and `members …,
        # including Golden Gates MP Shane Gibson who suggested`: the name the parse passed over for the group).
        before = token.doc[token.i - 1] if token.i > 0 else token
        if before.text == "," and token.i > 1 and token.doc[token.i - 2].ent_type_ == "PERSON":
            # `stakeholders, including the … Chief Executive Peter Thompson, who argued`
            before = token.doc[token.i - 2]
        named = lower == "who" and before.pos_ == "PROPN" and token.head.head.i < before.i
        holder = _holder_of_role(token.head.head) if lower == "who" else None
        return _one_speaker(holder or (before if named else token.head.head), book, lexicon)
    # `D’Ath said`, tagged a pronoun: a name the article gives is no pronoun.
    if token.pos_ == "PRON" and book.actor_at(token.idx, token.idx + len(token)) is None:
        topic = _topic_before(token, book)
        if topic is not None and lower in PRONOUN_GENDER:
            return _named_speaker(topic, token, book, lexicon)
        if lower in PRONOUN_GENDER:
            return pronoun_speaker(token, book, PRONOUN_GENDER[lower], lexicon, described_speaker)
        if lower == "they":
            earlier = _they_before(token, book, lexicon)
            if earlier is None or _one_person(earlier, book):
                return None
            return resolve_speaker(earlier, book, lexicon, author=None)
        if lower == "it":
            earlier = body_subject_before(token, book.quoted, lexicon)
            return resolve_speaker(earlier, book, lexicon, author=None) if earlier is not None else None
        return None
    one = token if token.lower_ == "one" else None
    token = share_of(token)
    if token.lower_ in SHARE_WORDS:
        token = earlier_share(token) or token  # `52 percent of voters agreed, while 73 percent said …`
    document = _document_source(token, book, lexicon)
    if isinstance(document, Speaker):
        return document
    token = document or token
    named = (cited_by(token) or appositive_name(token, lexicon) or name_ending_title(token, book, lexicon)
             or person_closing_subject(token, lexicon)
             or name_opening_phrase(token, book) or acronym_named_before(token, book)
             or holder_of_role_acronym(token, book, lexicon)
             or name_before_kind(token, lexicon) or name_before_rank(token, lexicon) or members_of_named_body(token)
             or body_behind_press_unit(token, lexicon.is_any_body)
             or _unlabelled_appositive(token, book, lexicon))
    if named is not None:
        token = named
    mention = book.actor_at(token.idx, token.idx + len(token))
    if mention is not None:
        return _named_speaker(mention, token, book, lexicon)
    if HANDLE.fullmatch(token.text):
        return Speaker(token.text, SpeakerType.OTHER)  # `@unathi_m said:`: a social account speaks by its handle
    joined = _hyphened_name(token, book)
    if joined is not None:
        return speaker_for(joined, ActorType.PERSON, book, lexicon)
    # `On 22 August Dissanayake told`, hung on the date; `Supt. Morris added`, a title before the surname
    dated = all(date_word(c) or c.lower_.rstrip(".") in lexicon.titles for c in token.lefts)
    if token.pos_ in ("PROPN", "NOUN", "ADJ") and token.is_title and dated and all(
            c.dep_ == "prep" for c in token.rights):
        # `Padarath said`, untagged, after `Member of Parliament for Princes Town Barry Padarath` spoke (or
        # `Lopez at a briefing at the palace said`, tagged an adjective, the place of saying parsed as his)
        known = book.people_named(person_key(token.text))
        if len(known) == 1:
            return speaker_for(next(iter(known)), ActorType.PERSON, book, lexicon)
    # (`Chairperson on Parliamentary Committee on Education Brainax Kaisi said`: a name closing the subject's own
    # role, though the model named no one, before any guess at whom a bare office is)
    closing = name_closing_role(token, lexicon)
    if closing is not None:
        role, name = token.doc[token.left_edge.i : closing.start], clean_name(closing.text, lexicon.titles)
        book.add_person(name)
        book.described_as(name, role, lexicon)  # (`Attorney at law Angela Mitchell-Gittens` … `the attorney`)
        gender = book.genders.get(name, Gender.UNKNOWN)
        return Speaker(name, person_type(role.text, lexicon), role.text, gender, is_person=True)
    group = named_group(token, book.between, lexicon.person_heads)
    if group is not None:
        return Speaker(joined_names(group), SpeakerType.OTHER, is_person=True)
    # (`A resident, who did not wish to be identified, claims …. The resident claims …`: the same one)
    unnamed = earlier_unnamed(token, book.actor_at, _unnamed_or_trade(lexicon.trade_nouns))
    if unnamed is not None:
        return unnamed_speaker(unnamed, lexicon)
    phrase = noun_phrase(token)
    described = described_speaker(phrase, book, lexicon)
    if described is not None:
        return described
    unnamed = earlier_unnamed(token, book.actor_at, SPOKESPEOPLE)
    if unnamed is not None:
        return unnamed_speaker(unnamed, lexicon)
    fuller = earlier_fuller(token, book.quoted, kind_of_body=lexicon.is_kind_of_body(token.lemma_.lower()))
    if fuller is not None:
        phrase = noun_phrase(fuller)
        named = _named_at(fuller, book, lexicon)
        if named is not None:
            return named
    agency = state_agency(token, book)
    if agency is not None:
        return Speaker(agency, SpeakerType.MEDIA)
    force = named_police(token, book)
    if force is not None:
        return Speaker(force, SpeakerType.OFFICIAL)
    return one_of_them(one, token, unnamed_speaker(phrase, lexicon))


def _unlabelled_appositive(role: Token, book: SpeakerBook, lexicon: Lexicon) -> Token | None:
    """`the Deputy General Secretary of the party, Mr Koku Anyidoho, urged`: a name in apposition to a
    person's role, which the small model left unlabelled but the article's words show is a person's."""
    if role.lemma_.lower() not in lexicon.person_nouns:
        return None
    for name in (c for c in role.children if c.dep_ == "appos" and c.pos_ == "PROPN" and not c.ent_type_):
        mention = book.actor_at(name.idx, name.idx + len(name))
        if mention is not None and mention.type is ActorType.PERSON:
            return name
    return None


def _issued_in(statement: Token) -> Token | None:
    """`the EC in a statement issued Monday described …`, `the ministry said in a statement`: who spoke in it."""
    prep = statement.head
    if statement.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    host = prep.head
    if host.pos_ in ("NOUN", "PROPN") and host.dep_ in ("nsubj", "nsubjpass"):
        return host
    return next((c for c in host.children if c.dep_ == "nsubj"), None) if host.pos_ == "VERB" else None


def _one_person(token: Token, book: SpeakerBook) -> bool:
    """`Trump refuses … they would reveal`, where the model took Trump for a body: one person is no `they`."""
    mention = book.actor_at(token.idx, token.idx + len(token))
    return not plural_form(token) and mention is not None and mention.type is ActorType.PERSON


def document_owner(document: Token, book: SpeakerBook, lexicon: Lexicon) -> Speaker | None:
    """Who a document speaks for, when the article says whose it is; None when it does not."""
    owner = _document_source(document, book, lexicon)
    if owner is None or isinstance(owner, Speaker):
        return owner
    return _one_speaker(owner, book, lexicon)


@lru_cache(maxsize=4)  # one lexicon: the union is made once, not at every speaker
def _unnamed_or_trade(trade_nouns: frozenset[str]) -> frozenset[str]:
    return UNNAMED_HEADS | trade_nouns


def _document_source(token: Token, book: SpeakerBook, lexicon: Lexicon) -> Token | Speaker | None:
    """`the Kremlin's press statement said`, `a Bloomberg poll found`, `a report by Politico`, `her submission said`,
    `a speech Mrs. Clinton delivered`, `the ruling said` (a court named before): the owner speaks."""
    # (`data` has the lemma `datum`, which no one writes)
    owners = lexicon.document_nouns.get(token.lemma_.lower(), lexicon.document_nouns.get(token.lower_))
    if owners is None:
        return None
    # `the Thai army statement`: the army's, not a nationality's
    body_word = any(c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and lexicon.is_any_body(c.lemma_.lower())
                    for c in token.children)
    issued = token.lemma_.lower() in lexicon.statement_nouns or token.lemma_.lower() == "report"
    for child in token.children:
        if (child.dep_ in ("poss", "compound", "nmod") and child.ent_type_ and child.ent_type_ not in COUNTED_TYPES
                and not (body_word and child.ent_type_ == "NORP")):
            return child  # `a Bloomberg poll`, but not `a June survey`
        if issued and child.dep_ in ("compound", "amod") and child.pos_ == "PROPN" and acronym_key(child.text):
            return child  # `the GMOA statement`, a body's acronym the model left unlabelled (not `a BNP figure`)
        # `a ministry statement`, `the party's platform`
        body = _named_body(child, book, lexicon) if child.dep_ in ("compound", "nmod", "poss") else None
        if body is not None:
            return body
        if child.dep_ == "poss" and child.pos_ == "NOUN" and lexicon.is_any_body(child.lemma_.lower()):
            return child  # `the Kyiv district court's website`, a body the article does not name otherwise
        if (child.dep_ == "compound" and child.pos_ == "NOUN" and token.lemma_.lower() in lexicon.statement_nouns
                and lexicon.is_any_body(child.lemma_.lower()) and child.lower_ not in lexicon.media_words):
            return child  # `a presidency press release`: the body that issued it (not the press)
        if child.dep_ == "poss" and child.lower_ in PRONOUN_GENDER:
            return pronoun_speaker(child, book, PRONOUN_GENDER[child.lower_], lexicon, described_speaker)
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):  # `statistics from the Ministry of Health`
            author = _author_in(child)
            if author is not None:
                return author
        if child.dep_ == "relcl":
            subject = next((t for t in child.children if t.dep_ == "nsubj" and t.ent_type_ == "PERSON"), None)
            if subject is not None:
                return subject
    writer = writer_of(token)
    if writer is not None:
        return _one_speaker(writer, book, lexicon) if writer.pos_ == "PRON" else writer
    issuer = _issued_in(token) if issued else None
    if issuer is not None:
        return issuer
    earlier = earlier_document(token, lexicon.statement_nouns, book.quoted)
    if earlier is not None:
        return _document_source(earlier, book, lexicon)
    reporter = earlier_reporter(token, lexicon.speech_verbs, lexicon.media_kinds)
    if reporter is not None:
        return reporter
    if owners:
        candidates = candidates_of(token.idx, book)
        owner = next((c for c in candidates if c.type is ActorType.ORGANISATION and owners & c.words), None)
        if owner is not None:
            return speaker_for(owner.actor, owner.type, book, lexicon)
    return None


def _author_in(preposition: Token) -> Token | None:
    """The named body or person a document is by or from: `a report by the WHO`, and one step further,
    `an analysis of deforestation data from the World Resources Institute`."""
    for pobj in (t for t in preposition.children if t.dep_ == "pobj"):
        if pobj.ent_type_ and pobj.ent_type_ not in COUNTED_TYPES:
            return pobj
        for inner in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
            found = next((t for t in inner.children if t.dep_ == "pobj" and t.ent_type_ in ("ORG", "PERSON")), None)
            if found is not None:
                return found
    return None


def _named_body(word: Token, book: SpeakerBook, lexicon: Lexicon) -> Speaker | None:
    """`a ministry statement`, `a government communique`: the body named before (`North Korea's Foreign
    Ministry`) speaks; with none named (`press reports`) the document stands as written."""
    if not lexicon.is_any_body(word.lemma_.lower()):
        return None
    described = described_speaker(noun_phrase(word), book, lexicon)
    if described is not None:
        return described
    fuller = earlier_fuller(word, book.quoted, kind_of_body=lexicon.is_kind_of_body(word.lemma_.lower()))
    if fuller is None:
        return None
    # `the Russian defence ministry said …. A ministry statement said`: the body as it was first written,
    # when the model named no entity there
    return _named_at(fuller, book, lexicon) or _one_speaker(fuller, book, lexicon)


def _named_at(token: Token, book: SpeakerBook, lexicon: Lexicon) -> Speaker | None:
    """The speaker an actor the article names at this token is, if it names one there."""
    mention = book.actor_at(token.idx, token.idx + len(token))
    return _named_speaker(mention, token, book, lexicon) if mention is not None else None


def _named_speaker(mention: ActorMention, token: Token, book: SpeakerBook, lexicon: Lexicon) -> Speaker:
    if token.ent_type_ == "NORP" and token.tag_ in ("NNPS", "NNS"):
        # `Cuban Americans said`, `Democrats argued`: the people speak, as written, not their country or party.
        return Speaker(noun_phrase(token).text, SpeakerType.OTHER)
    if mention.type is ActorType.PERSON:
        return speaker_for(_recent_namesake(mention, token, book) or mention.actor, ActorType.PERSON, book, lexicon)
    short_name = mention.actor.lower() == token.lower_ or mention.text.islower()
    if short_name and lexicon.is_kind_of_body(token.lower_):
        # `The Commission says`, after the European Commission: the article's short name for a body it named
        # (and `according to the electoral commission`, which the model named in small letters)
        described = described_speaker(noun_phrase(token), book, lexicon)
        return described or speaker_for(mention.actor, mention.type, book, lexicon)
    return speaker_for(mention.actor, mention.type, book, lexicon)


def _recent_namesake(mention: ActorMention, token: Token, book: SpeakerBook) -> str | None:
    """`according to Kim` after Intae Kim spoke is Intae Kim: a bare name prefers a recent speaker."""
    if len(name_parts(mention.text)) != 1:
        return None
    part = name_parts(mention.text)[0]
    for at, name in book.recently_spoken():
        # A group that spoke together (`A and B`) is not one of its members.
        if (at < token.idx and book.blank_lines.count(at, token.idx) <= 1 and " and " not in name
                and part in end_parts(name)):
            return name
    return None

"""Named entities -> actors: one canonical name per person, body and country within an article.

Finding (`find_entity_mentions`) is split from deciding (`resolve_mentions`):
the first cleans spaCy's entities, the second merges variants and pins bare
names to one person in context.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .candidates import EntityCandidate
from .body_spans import defined_bodies
from .person_cuts import after_word_used_apart, words_outside_people
from .entity_labels import NAME_PARTICLES, heading_ranges, relabelled, without_common_noun_tails
from .name_evidence import (
    ARTICLES, COURTESY_TITLES, MISREAD_PERSON_LABELS, after_a_title, after_an_article, age_follows, name_shaped,
    unlabelled_names, who_follows,
)
from .namesakes import (
    bare_name_candidates, called_by_first_name, full_mentions, full_name_ending_on, full_names, overshadowed_names,
    people_by_part, pick_referent, stated_sexes,
)
from .name_spans import name_span, titles_for
from .body_spans import joined_body
from .national_bodies import national_names, possessor_country
from .genders import mention_gender
from .datelines import is_dateline
from .dictionary import outside_dictionary
from .layout import doc_text, doc_tokens
from .lexicon import Lexicon, load_lexicon
from .quotemarks import QuotedSpan, find_quoted_spans
from .ranges import inside, merged
from ..names import acronym_key, clean_name, initials, name_key, name_parts, person_key
from ..records import ActorMention, ActorType, Gender

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
NAMES_MISREAD_AS_WORKS = frozenset({"WORK_OF_ART", "PRODUCT"})  # labels the small model gives a rare name
CREDIT_TOKENS = 4  # `(AP: `, `(Photo: Reuters/`: how far back a credit's opening looks
INNER_APOSTROPHE = re.compile(r"[^\W\d_][’'][^\W\d_]")
LABEL_TYPES = {
    "PERSON": ActorType.PERSON,
    "ORG": ActorType.ORGANISATION,
    "GPE": ActorType.PLACE,
    "LOC": ActorType.PLACE,
    "FAC": ActorType.PLACE,
    "NORP": ActorType.GROUP,
}


def extract_actors(
    doc: Doc, *, author: str | None, lexicon: Lexicon | None = None, spans: Sequence[QuotedSpan] | None = None,
) -> Iterator[ActorMention]:
    """`spans` are the article's quotations (`find_quoted_spans` of its text), when the caller has them."""
    lexicon = lexicon or load_lexicon()
    candidates = list(find_entity_mentions(doc, author=author, lexicon=lexicon, spans=spans))
    candidates = without_common_noun_tails(candidates, frozenset(t.lower_ for t in doc_tokens(doc) if t.is_lower),
                                           heading_ranges(doc_text(doc)))
    mentions = list(national_names(zip(resolve_mentions(candidates, lexicon=lexicon), (c.country for c in candidates)),
                                   lexicon))
    yield from sorted(mentions + missed_surnames(doc, mentions), key=lambda m: m.start)


def missed_surnames(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """`Hale made it clear …` where the small model tagged no entity: the bare surname of the one
    person the article names in full with it is a mention of that person."""
    people: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}  # `Dzulkefly told reporters`: a subject may go by the first name
    for mention in mentions:
        parts = name_parts(mention.actor)
        if mention.type is ActorType.PERSON and len(parts) >= 2:
            people.setdefault(parts[-1], set()).add(mention.actor)
            given.setdefault(parts[0], set()).add(mention.actor)
    covered = merged((m.start, m.end) for m in mentions)
    found = _missed_particle_surnames(doc, mentions, covered)
    tokens = doc_tokens(doc)
    for token in tokens:
        # A label outside ENTITY_LABELS is the small model's misreading (`Florida International's
        # Fernandez` as a PRODUCT), no reason to skip the surname.
        if not _name_like(token) or token.ent_type_ in ENTITY_LABELS or inside(token.idx, covered):
            continue
        neighbours = [tokens[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(tokens)]
        # `Ms Bishop told reporters`: a courtesy title before a surname is no part of a longer name.
        if any(n.pos_ == "PROPN" and n.is_title and n.lower_.rstrip(".") not in COURTESY_TITLES for n in neighbours):
            continue  # part of a longer name the model missed
        key = person_key(token.text)
        actors = people.get(key) or (given.get(key, set()) if token.dep_ in ("nsubj", "nsubjpass") else set())
        if len(actors) == 1:
            found.append(ActorMention(next(iter(actors)), ActorType.PERSON, token.text, token.idx, token.idx + len(token)))
    return found


def _name_like(token: Token) -> bool:
    """A capitalised proper noun, or a capitalised word with an apostrophe between letters (`D’ath`,
    `O’Neill`), which the tagger may read as a pronoun and `is_title` rejects; the tokenizer splits
    contractions off, so none is one word."""
    if token.pos_ in ("PROPN", "ADV") and token.is_title:
        return True  # (`Rambally, who served …`: a surname in -ly the tagger reads as an adverb)
    if token.dep_ in ("nsubj", "nsubjpass") and token.is_title and token.is_alpha:
        return True  # (`Streeting condemned the strike`: a subject in -ing the tagger reads as a verb)
    return token.text[:1].isupper() and INNER_APOSTROPHE.search(token.text) is not None


def _missed_particle_surnames(doc: Doc, mentions: list[ActorMention], covered) -> list[ActorMention]:
    """`Le Pen has been given …`, which the model tagged nothing: a surname opening on a particle
    is the one person the article names in full with it."""
    people = {person_key(m.actor): m.actor for m in mentions
              if m.type is ActorType.PERSON and len(name_parts(m.actor)) >= 3}
    found = []
    tokens = doc_tokens(doc)
    for token in tokens[:-1]:
        if token.lower_ not in NAME_PARTICLES or not token.is_title:
            continue
        surname = tokens[token.i + 1]
        if (not surname.is_title or surname.pos_ != "PROPN"
                or surname.ent_type_ in ENTITY_LABELS or inside(token.idx, covered)):
            continue
        full = full_name_ending_on(person_key(f"{token.text} {surname.text}"), people)
        if full is not None:
            found.append(ActorMention(people[full], ActorType.PERSON, f"{token.text} {surname.text}", token.idx,
                                      surname.idx + len(surname)))
    return found


def paragraph_starts(text: str) -> list[int]:
    """Offsets where the body's blank-line separated paragraphs start (ingest joins them with one blank line)."""
    return [0] + [match.end() for match in re.finditer(r"\n\n", text)]


def paragraph_at(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def find_entity_mentions(
    doc: Doc, *, author: str | None, lexicon: Lexicon, spans: Sequence[QuotedSpan] | None = None,
) -> Iterator[EntityCandidate]:
    author_key = person_key(author) if author else None
    text = doc_text(doc)
    starts = paragraph_starts(text)
    spans = find_quoted_spans(text) if spans is None else spans
    quoted = merged((q.open_mark, (q.close_mark or q.end) + 1) for q in spans)
    # A body an acronym in brackets spells out wins over the model's cuts of it.
    # …unless the model read the whole of it as a body or a place already (`The British Medical Association
    # (BMA)`); a title of a work is its misreading (`The Great Barrier Reef Marine Park Authority (GBRMPA)`).
    defined = [body for body in defined_bodies(doc) if not any(
        span.start <= body.start and body.end <= span.end and span.label_ in ENTITY_LABELS - {"PERSON"}
        for span in doc.ents)]
    spans = [span for span in doc.ents if not any(span.start < body.end and body.start < span.end for body in defined)]
    entities = sorted([*spans, *unlabelled_speakers(doc, lexicon), *unlabelled_names(doc, lexicon), *defined],
                      key=lambda span: span.start)
    covered = 0  # the end of the last entity a repair lengthened (`Ursula von der` + `Leyen`)
    found: list[EntityCandidate] = []
    bodies = {body.text for body in defined}  # names the model took for people that the article calls a body
    places: set[str] = set()  # and one-word names it took for people that the article calls a place (`Co. Kerry`)
    shown_people: set[str] = set()  # names written after a person's title (`Governor Kamau`) or before `, who`
    apart = words_outside_people(doc)
    for entity in entities:
        if (entity.label_ not in ENTITY_LABELS or _is_modifier_group(entity) or _only_a_title(entity, lexicon)
                or _modifies_a_role(entity, lexicon) or _where_before_a_title(entity, lexicon)
                or _only_a_role(entity, lexicon)
                or entity.start < covered
                or _in_credit(entity) or _dated_person(entity)):
            continue
        label = entity.label_
        if label == "PERSON" and entity.text.isupper() and is_dateline(entity[-1]):
            entity = Span(doc, entity.start, entity.end, label="GPE")  # `ALOR GAJAH, Nov 9 —`: where, not who
        entity = relabelled(joined_body(entity, lexicon), lexicon)
        if entity.label_ == "ORG" and _a_role_of(entity, lexicon):
            continue
        if entity.label_ == "PERSON":
            entity = after_word_used_apart(entity, apart, lexicon)
        if label == "PERSON" and entity.label_ == "ORG":
            bodies.add(entity.text)
        if label == "PERSON" and entity.label_ == "LOC" and len(entity) == 1:
            places.add(entity.text)
        covered = max(covered, entity.end)
        span = name_span(entity, lexicon) if entity.label_ in ENTITY_LABELS else None  # (`cyclone Remal`: no actor)
        if span is None:
            continue
        if entity.label_ == "ORG" and span.start > 0 and lexicon.is_kind_of_body(doc[span.start - 1].lower_):
            bodies.add(span.text)  # `the NGO Mediterranea Saving Humans`
        name = clean_name(span.text, titles_for(entity.label_, lexicon))
        if not any(ch.isalpha() for ch in name) or (author_key and person_key(name) == author_key):
            continue
        if entity.label_ == "PERSON" and not any(t.text[:1].isupper() for t in span):
            continue  # `old generation companies (gencos)`: no one's name is written all in small letters
        if (entity.label_ == "PERSON" and after_a_title(span, lexicon) or who_follows(span, entity.label_, lexicon)
                or age_follows(span, entity.label_, lexicon)):
            shown_people.add(name)
        found.append(EntityCandidate(
            name=name,
            label=entity.label_,
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            token=span.start,
            paragraph=paragraph_at(starts, span.start_char),
            is_subject=span.root.dep_ in ("nsubj", "nsubjpass", "agent"),
            quoted=inside(span.start_char, quoted),
            sex=(mention_gender(span, lexicon) if entity.label_ == "PERSON" else None) or Gender.UNKNOWN,
            country=possessor_country(span, lexicon) if entity.label_ == "ORG" else None,
        ))
    # `Al-Shabab, an armed group linked to al-Qaeda,` once makes every `Al-Shabab` of the article a body.
    # …and `Governor Kamau` once makes a `Kamau` the model took for a body the governor; `Paeniu, who is …`
    # makes `Seve Paeniu` a person.
    found = _without_a_word_before_the_name(_joined_neighbours(found, text), doc)
    for candidate in found:
        if candidate.label == "PERSON" and candidate.text in bodies:
            yield replace(candidate, label="ORG")
        elif candidate.label == "PERSON" and candidate.text in places:
            yield replace(candidate, label="LOC")
        elif candidate.label in MISREAD_PERSON_LABELS and candidate.text not in bodies and (
                candidate.name in shown_people
                or candidate.name.split()[-1] in shown_people and name_shaped(candidate.name, lexicon)):
            # (a body's name keeps its titles; `the Honourable Olivia Grange`, read as one, comes out without)
            yield replace(candidate, label="PERSON", name=clean_name(candidate.name, lexicon.titles))
        else:
            yield candidate


def _joined_neighbours(found: list[EntityCandidate], text: str) -> list[EntityCandidate]:
    """`chairman Mohd Fared Mohd Khalid`, where the model named only the first `Mohd` and the rest was found
    as a speaker it missed: two people's names with only a space between are one name."""
    joined: list[EntityCandidate] = []
    for candidate in found:
        last = joined[-1] if joined else None
        if (last is not None and last.label == candidate.label == "PERSON" and candidate.start == last.end + 1
                and text[last.end] == " " and len(last.name.split()) == 1):
            joined[-1] = replace(last, name=f"{last.name} {candidate.name}", text=f"{last.text} {candidate.text}",
                                 end=candidate.end, is_subject=candidate.is_subject,
                                 sex=last.sex if candidate.sex is Gender.UNKNOWN else candidate.sex)
            continue
        joined.append(candidate)
    return joined


def _without_a_word_before_the_name(found: list[EntityCandidate], doc: Doc) -> list[EntityCandidate]:
    """`former Miss Universe Alicia Machado`, read as `Universe Alicia Machado`, where the article names
    Alicia Machado elsewhere: a dictionary word run onto a name the article writes without it is no part of
    the name, nor anyone's alone (`the former Miss Universe`)."""
    names = {c.name for c in found if c.label == "PERSON"}
    kept, cut_words = [], set()
    for candidate in found:
        first, _, rest = candidate.name.partition(" ")
        if (candidate.label == "PERSON" and len(rest.split()) >= 2 and rest in names
                and doc[candidate.token].text == first and not outside_dictionary(doc[candidate.token])):
            cut = len(candidate.text) - len(candidate.text.partition(" ")[2])
            candidate = replace(candidate, name=rest, text=candidate.text[cut:], start=candidate.start + cut,
                                token=candidate.token + 1)
            cut_words.add(first)
        kept.append(candidate)
    return [c for c in kept if not (c.label == "PERSON" and c.name in cut_words)]


def unlabelled_speakers(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """Proper names the NER missed that speak or carry a role: `Cha Du Hyeogn, principal fellow …, said`.

    Notes: a chain of two to four capitalised PROPN tokens outside any entity, whose
    head is a speech verb or which has an appositive, is taken as a PERSON.
    """
    spans = []
    for token in doc_tokens(doc):
        # (`One of the victims, Sakhile Mtambo (24) said`, labelled a work of art: a name set off after the
        # subject of a speech verb is the speaker's)
        label = token.ent_type_ if token.ent_type_ in NAMES_MISREAD_AS_WORKS else ""
        set_off = (token.dep_ == "appos" and token.head.dep_ == "nsubj"
                   and token.head.head.lemma_.lower() in lexicon.speech_verbs)
        if token.ent_type_ != label or token.pos_ != "PROPN" or (
                token.dep_ not in ("nsubj", "nsubjpass", "pobj") and not set_off):
            continue
        if token.lower_ in lexicon.description_heads or token.lower_ in lexicon.person_nouns:
            continue  # `The GHS Boss noted`: a role in capitals, which the resolver reads as a description
        if token.dep_ == "pobj" and token.head.head.lower_ in lexicon.role_types:
            continue  # `State Minister for Disaster Preparedness, …, Lillian Aber`: the minister's portfolio
        # (`Mohd Nazri Mes Kam`: a compound of a compound is the name's too; of a title, the title's: `State Minister`)
        # (`Winston “Tot” Gamble complained`: a nickname in quotation marks, which the parse hangs as modifiers)
        nicknamed = any(t.is_quote for t in doc[token.left_edge.i : token.i])
        chain = [t for t in token.subtree if t.i < token.i and t.pos_ == "PROPN"
                 and (t.dep_ == "compound" or nicknamed and t.dep_ == "nmod")
                 and t.ent_type_ == label and (t.head.i == token.i or t.head.lower_.rstrip(".") not in lexicon.titles
                                          and t.head.lower_ not in lexicon.role_types)]
        start = min([t.i for t in chain] + [token.i])
        if token.i - start >= 2 and doc[start].lower_ in lexicon.person_nouns:
            start += 1  # `Resident Sirinthip Wanpayan, 50, said`: who she is, capitalised, and then her name
        # (`The NGO Alarm Phone said`: what kind of body it is, and then the body's name)
        kind = token.i - start >= 2 and lexicon.is_kind_of_body(doc[start].lower_)
        start += kind
        tokens = doc[start : token.i + 1]
        words = [t for t in tokens if not (nicknamed and t.is_quote)]
        marks = len(tokens) - len(words)  # a nickname's come in pairs: not `Taty” Almeida` of a labelled name
        if not (2 <= len(words) <= 4) or not all(t.text[:1].isupper() for t in words) or marks % 2:
            continue
        speaks = token.head.lemma_.lower() in lexicon.speech_verbs or set_off
        has_role = any(child.dep_ == "appos" for child in token.children)
        if speaks or has_role:
            spans.append(Span(doc, start, token.i + 1, label="ORG" if kind else "PERSON"))
    return spans


def _in_credit(entity: Span) -> bool:
    """`(AP: Korean Central News Agency/Korea News Service)`: a picture's credit names no actor of the story."""
    doc = entity.doc
    before = doc[max(0, entity.start - CREDIT_TOKENS) : entity.start]
    if len(before) > 1 and before[-1].text == ":" and any(t.text == "(" for t in before):
        return True
    return bool(before) and before[-1].text == "(" and entity.end < len(doc) and doc[entity.end].text == ":"


def _dated_person(entity: Span) -> bool:
    """`NAIROBI, Kenya, Mar 8 -The …`, whose date the small model labels a person: no name holds a figure."""
    return entity.label_ == "PERSON" and any(t.text[:1].isdigit() for t in entity)


def _is_modifier_group(entity: Span) -> bool:
    """`North Korean leader`: an adjectival NORP is a description, not an actor (but `Sergio`, a given name
    read as a people, compounds a surname)."""
    modifier = entity.root.dep_ in ("amod", "compound", "nmod") and entity.root.tag_ != "NNPS"
    return entity.label_ == "NORP" and modifier and entity.root.head.pos_ != "PROPN"


def _modifies_a_role(entity: Span, lexicon: Lexicon) -> bool:
    """`According to the Kumbungu MP`, whose constituency the small model labels a person: one word
    between an article and the role it qualifies names whose role it is, not a person."""
    doc = entity.doc
    if entity.label_ != "PERSON" or len(entity) != 1 or entity.start == 0 or entity.end >= len(doc):
        return False
    role = doc[entity.end]
    return after_an_article(doc, entity.start) and entity.root.head.i == role.i and role.lower_ in lexicon.role_types


def _where_before_a_title(entity: Span, lexicon: Lexicon) -> bool:
    """`Charlotte Mayor Jennifer Roberts said`, with `Charlotte Mayor` or `Charlotte` read as a person: the
    words before the title say where the person after it holds office; they name no one."""
    doc = entity.doc
    title = entity.end - 1 if len(entity) > 1 and _is_title(entity[-1], lexicon) else entity.end
    if entity.label_ != "PERSON" or title + 1 >= len(doc) or not _is_title(doc[title], lexicon):
        return False
    name = doc[title + 1]
    return name.pos_ == "PROPN" and name.is_title and entity.root.head.i >= entity.end


def _is_title(token: Token, lexicon: Lexicon) -> bool:
    return token.is_title and token.lower_.rstrip(".") in lexicon.titles


def _only_a_title(entity: Span, lexicon: Lexicon) -> bool:
    """`The Taoiseach said`, `Vice-Chancellor said`, read as a body: a title alone is a description of
    whoever holds it, not a name."""
    words = [t.lower_.rstrip(".") for t in entity if not t.is_punct and t.lower_ != "the"]
    return entity.label_ != "PERSON" and bool(words) and all(w in lexicon.titles for w in words)


def _a_role_of(entity: Span, lexicon: Lexicon) -> bool:
    """`the Minister of Information and Communications Technologies said`, read as a body and holding no one's
    name: an office and what it is of describe whoever holds it."""
    words = [t for t in entity if t.lower_ != "the"]
    return (len(words) > 2 and words[1].lower_ in ("of", "for") and words[0].tag_ == "NNP"
            and words[0].lower_ in lexicon.role_types and not lexicon.is_any_body(words[0].lower_))


def _only_a_role(entity: Span, lexicon: Lexicon) -> bool:
    """`According to the Defense Counsel`, `Defense Counsel, Devine Dotse, refuted`, read as a person or
    a body: a role's words after an article, or before the name of the one who holds it, describe that
    person."""
    doc = entity.doc
    last = entity[-1].lower_
    # (`The Foreign Ministry`, whose word is also an official's role, is a body)
    person_word = (last in lexicon.role_types or lexicon.is_person_head(last)) and not lexicon.is_any_body(last)
    if entity.label_ not in ("PERSON", "ORG") or not person_word:
        return False
    article = entity[0].lower_ in ARTICLES or after_an_article(doc, entity.start)
    holder = entity.end + 1 < len(doc) and doc[entity.end].text == "," and doc[entity.end + 1].ent_type_ == "PERSON"
    return article or holder


def resolve_mentions(candidates: list[EntityCandidate], *, lexicon: Lexicon) -> Iterator[ActorMention]:
    """Give every candidate its canonical actor name within the article.

    Notes: people by name keys (case, hyphens and middle initials ignored); a bare
    first or last name goes to the one full name in the article that ends or starts
    with it, or among several to the one named most (a reader's default referent);
    organisations and countries by the alias, demonym and acronym lists.
    """
    people = full_names(candidates)
    introductions = full_mentions(candidates, people)
    by_part = people_by_part(people)
    by_first_name = called_by_first_name(candidates, people)
    sexes = stated_sexes(candidates, people)
    overshadowed = overshadowed_names(candidates, sexes, by_part)
    org_names = {initials(c.name): c.name for c in candidates if c.label == "ORG" and len(c.name.split()) > 1}
    known_countries = set(lexicon.demonyms.values()) | set(lexicon.capitals.values())
    claimed: dict[tuple[str, Gender], str] = {}
    for candidate in candidates:
        candidate = _titled_namesake(candidate, people, by_part, lexicon) or candidate
        if candidate.label == "PERSON" or _names_a_person(candidate, people, by_part):
            yield _person_mention(candidate, people, introductions, by_part, by_first_name, sexes, overshadowed,
                                  claimed)
        else:
            yield _group_mention(candidate, lexicon, org_names, known_countries)


def _titled_namesake(candidate: EntityCandidate, people: dict[str, str], by_part: dict[str, list[str]],
                     lexicon: Lexicon) -> EntityCandidate | None:
    """`PM Abiy called on …`, which the small model labels a body, `EC Alamgir said` (an office's
    initials), and `in Papua New Guinea Peters said`, read as one name: a person's title, initials in
    capitals, or a country, and then the name of a person the article names in full is that person."""
    words = candidate.name.split()
    if candidate.label == "PERSON" or len(words) < 2 or words[0].lower() == "the":
        return None
    if words[0].lower().rstrip(".") in lexicon.titles or len(words) == 2 and acronym_key(words[0]) is not None:
        name = " ".join(words[1:])
    else:
        place = next((k for k in range(len(words) - 1, 0, -1) if " ".join(words[:k]).lower() in lexicon.countries), None)
        if place is None:
            return None
        name = " ".join(words[place:])
    if person_key(name) in people or bare_name_candidates(name, people, by_part):
        return replace(candidate, name=name, label="PERSON")
    return None


def _names_a_person(candidate: EntityCandidate, people: dict[str, str], by_part: dict[str, list[str]]) -> bool:
    """The small model sometimes labels `Trump` or `Kim Jong Un` ORG or GPE, `said Ramokgopa` LOC; a
    known person's name wins."""
    if candidate.label not in ("ORG", "GPE", "NORP", "LOC", "FAC") or acronym_key(candidate.name):
        return False
    key = person_key(candidate.name)
    return (key in people or bool(bare_name_candidates(candidate.name, people, by_part))
            or full_name_ending_on(key, people, hyphenated=_hyphenated(candidate.name)) is not None)


def _person_mention(
    candidate: EntityCandidate, people: dict[str, str], places: dict[str, list[tuple[int, int]]],
    by_part: dict[str, list[str]] | None = None, by_first_name: frozenset[str] = frozenset(),
    sexes: dict[str, Gender] | None = None, overshadowed: frozenset[str] = frozenset(),
    claimed: dict[tuple[str, Gender], str] | None = None,
) -> ActorMention:
    key = person_key(candidate.name)
    key = full_name_ending_on(key, people, hyphenated=_hyphenated(candidate.name)) or key
    if key in people:
        return _mention(candidate, people[key], ActorType.PERSON)
    options = bare_name_candidates(candidate.name, people, by_part)
    if candidate.sex is not Gender.UNKNOWN and sexes:
        # `Mr. Obama` is not `the first lady, Michelle Obama`, the one Obama named in full.
        options = [k for k in options if sexes.get(k, candidate.sex) == candidate.sex]
    elif candidate.sex is Gender.UNKNOWN:
        options = [k for k in options if k not in overshadowed]
    if not options:
        resolved = len(name_parts(candidate.name)) >= 2
        return _mention(candidate, candidate.name, ActorType.PERSON, resolved=resolved)
    part = name_parts(candidate.name)[0]
    told_apart = [key for key in options if key in by_first_name and name_parts(key)[0] != part]
    if told_apart and len(told_apart) < len(options):
        options = [key for key in options if key not in told_apart]
    if claimed is not None and candidate.sex is not Gender.UNKNOWN:
        # `Mrs Stewart` and later `Mr Stewart`, namesakes no full mention gave a sex: the other one
        other = next((g for g in (Gender.MALE, Gender.FEMALE) if g is not candidate.sex), None)
        taken = claimed.get((part, other)) if other is not None else None
        options = [key for key in options if key != taken] or options
        # (and `Mrs Stewart` again is the same one, unless another is named in full in this paragraph)
        same = claimed.get((part, candidate.sex))
        if same in options and not any(p[0] == candidate.paragraph and p[1] < candidate.token
                                       for key in options if key != same for p in places[key]):
            options = [same]
    best = pick_referent(options, places, candidate.paragraph, candidate.token)
    if claimed is not None and candidate.sex is not Gender.UNKNOWN:
        claimed.setdefault((part, candidate.sex), best)
    return _mention(candidate, people[best], ActorType.PERSON)


def _hyphenated(name: str) -> bool:
    """One word joined by a hyphen (`Morgan-Simpson`), which the name key splits in two."""
    return "-" in name and " " not in name


def _group_mention(candidate: EntityCandidate, lexicon: Lexicon, org_names: dict[str, str],
                   known_countries: set[str]) -> ActorMention:
    name = candidate.name
    lowered = name.lower()
    alias = lexicon.aliases.get(lowered) or lexicon.aliases.get(name_key(name).replace(" ", "") if acronym_key(name) else "")
    if alias:
        canonical, kind = alias
        return _mention(candidate, canonical, ActorType(kind))
    if candidate.label == "NORP" and lowered in lexicon.demonyms:
        return _mention(candidate, lexicon.demonyms[lowered], ActorType.COUNTRY)
    if (acronym := acronym_key(name)) and acronym in org_names:
        return _mention(candidate, org_names[acronym], ActorType.ORGANISATION)
    if candidate.label == "GPE" and candidate.is_subject and lowered in lexicon.capitals:
        # `Washington suspects Pyongyang…`: a capital that acts is its government.
        return _mention(candidate, lexicon.capitals[lowered], ActorType.COUNTRY)
    if candidate.label == "GPE" and name in known_countries:
        return _mention(candidate, name, ActorType.COUNTRY)
    return _mention(candidate, name, LABEL_TYPES[candidate.label])


def _mention(candidate: EntityCandidate, actor: str, kind: ActorType, *, resolved: bool = True) -> ActorMention:
    return ActorMention(actor, kind, candidate.text, candidate.start, candidate.end, resolved)


"""What the article says of its people's gender: its own pronouns, and a mention's title and role words.

Notes: `Ham made it clear he had misgivings`, `Melanie thought it outrageous. She wasn't …`:
when the one person a sentence names is the subject of a verb and `he` or `she` is the subject
of that verb's reported or coordinated clause, or leads the next sentence's main clause, the
pronoun is that person (a possessive or an adverbial clause is weaker: `Warren told Stumpf, after
he admitted`). The votes of all such sentences decide, and a person with votes both ways stays
unknown. A mention itself states a gender by a courtesy title (`Mr. Obama`) or a gendered role
word beside it (`the first lady, Michelle Obama`; `mention_gender`). Nothing is guessed from
first names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon
from .ranges import inside, merged, overlaps
from ..records import ActorMention, ActorType, Gender

PRONOUN_GENDER = {
    "he": Gender.MALE, "him": Gender.MALE, "his": Gender.MALE, "himself": Gender.MALE,
    "she": Gender.FEMALE, "her": Gender.FEMALE, "hers": Gender.FEMALE, "herself": Gender.FEMALE,
}
SUBJECT_PRONOUNS = {"he": Gender.MALE, "she": Gender.FEMALE}  # the forms that vote
TITLE_GENDER = {"mr": Gender.MALE, "mrs": Gender.FEMALE, "ms": Gender.FEMALE, "miss": Gender.FEMALE}
SUBJECT = frozenset({"nsubj", "nsubjpass"})


def learn_genders(doc: Doc, mentions: Sequence[ActorMention], quoted: Sequence[tuple[int, int]]) -> dict[str, Gender]:
    people = sorted((m for m in mentions if m.type is ActorType.PERSON and not inside(m.start, quoted)),
                    key=lambda m: m.start)
    votes: dict[str, Counter] = {}
    index = 0
    subject_before: str | None = None  # the one person the previous sentence named, as its subject
    ents = list(doc.ents)
    ent_starts = [ent.start for ent in ents]
    for sentence in doc.sents:
        opening = _opening_pronoun(sentence, quoted)
        if subject_before is not None and opening is not None:
            votes.setdefault(subject_before, Counter())[opening] += 1
        subject_before = None
        named = []
        while index < len(people) and people[index].start < sentence.end_char:
            if people[index].start >= sentence.start_char:
                named.append(people[index])
            index += 1
        if len({m.actor for m in named}) != 1:
            continue
        covered = merged((m.start, m.end) for m in named)
        if any(e.label_ == "PERSON" and not overlaps(e.start_char, e.end_char, covered)
               for e in _ents_within(sentence, ents, ent_starts)):
            continue  # a person the sentence names besides
        # Only the main clause's subject: in `She says Trump represents …`, Trump is not who `she` follows.
        verb = verb_of_subject(doc, named[0], main=True)
        if verb is None:
            continue
        # `Smith answered her. She said …`: a pronoun of that gender already in the sentence is somebody else.
        # (A possessive is most often the subject's own: `Merkel published her memoirs`.)
        said = {PRONOUN_GENDER[t.lower_] for t in sentence
                if t.lower_ in PRONOUN_GENDER and t.dep_ != "poss" and not inside(t.idx, quoted)}
        subject_before = named[0].actor if not said else None

        for token in sentence:
            lower = token.lower_
            if lower in SUBJECT_PRONOUNS and token.dep_ in SUBJECT and not inside(token.idx, quoted) \
                    and _reported_by(token.head, verb):
                votes.setdefault(named[0].actor, Counter())[SUBJECT_PRONOUNS[lower]] += 1
    return {actor: count.most_common(1)[0][0] for actor, count in votes.items() if len(count) == 1}


def _ents_within(sentence: Span, ents: Sequence[Span], starts: Sequence[int]) -> list[Span]:
    """`sentence.ents` by bisection: spaCy's looks at every entity of the Doc for each sentence."""
    found = []
    index = bisect_left(starts, sentence.start)
    while index < len(ents) and ents[index].end <= sentence.end:
        found.append(ents[index])
        index += 1
    return found


def _opening_pronoun(sentence, quoted: Sequence[tuple[int, int]]) -> Gender | None:
    """`She wasn't a person with homicidal ideation.`, `In the book, she defends …`: the gender of a
    pronoun that opens a sentence as its subject, or is its main clause's subject."""
    first = next((t for t in sentence if not t.is_punct and not t.is_space), None)
    if first is None:
        return None
    if first.dep_ not in SUBJECT or first.lower_ not in SUBJECT_PRONOUNS:
        first = next((t for t in sentence.root.children if t.dep_ in SUBJECT), None)
    if first is None or inside(first.idx, quoted):
        return None
    return SUBJECT_PRONOUNS.get(first.lower_)


def verb_of_subject(doc: Doc, mention: ActorMention, *, main: bool = False) -> Token | None:
    """The verb a mention is the subject of (with `main`, only a main clause's verb), else None."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    # Up through the rest of a name and an apposition; not from a name that only modifies a noun
    # (`Rendell, a Clinton surrogate, said`: Clinton is no subject).
    while root.head.i != root.i and (root.dep_ == "appos" or (
            root.dep_ in ("compound", "flat") and root.head.pos_ == "PROPN")):
        root = root.head
    root = _one_the_name_is_given_to(root)
    # (`Next to Forbes was a woman …`: after an inverted `be`, what it introduces is its subject)
    inverted = root.dep_ == "attr" and not any(c.dep_ in SUBJECT or c.dep_ == "expl" for c in root.head.children)
    return root.head if (root.dep_ in SUBJECT or inverted) and (not main or is_main_clause(root.head)) else None


def _one_the_name_is_given_to(name: Token) -> Token:
    """`a woman who only gave her name as Kayla`: a name a relative clause gives stands where the one it
    names does."""
    clause = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "as" else None
    if clause is None or clause.dep_ != "relcl" or clause.lemma_.lower() not in ("give", "identify"):
        return name
    given = any(c.dep_ == "dobj" and (c.lemma_.lower() == "name" or c.lower_ in ("herself", "himself"))
                for c in clause.children)
    return clause.head if given else name


def is_main_clause(verb: Token) -> bool:
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _unmarked_adverbial(clause: Token) -> bool:
    """`made it clear he had doubts` parses `had` as an adverbial clause; `after he admitted` is a real one."""
    return clause.dep_ == "advcl" and not any(c.dep_ == "mark" for c in clause.children)


def _reported_by(clause: Token, verb: Token) -> bool:
    """Is `clause` the verb's reported (ccomp) or coordinated clause, directly or through more of them?"""
    while clause.i != verb.i and clause.head.i != clause.i and (
            clause.dep_ in ("ccomp", "conj", "xcomp", "acomp", "oprd") or _unmarked_adverbial(clause)):
        clause = clause.head
    return clause.i == verb.i


def mention_gender(name: Span, lexicon: Lexicon, role: str | None = None) -> Gender | None:
    """`Mr. Obama`, `the first lady, Michelle Obama`, `Rep. Jane Roe, a congresswoman`: the gender a
    person's mention states by the courtesy title before it, or by its role and the gendered words in
    place beside it; None when it states none (first names are never read)."""
    title = name.doc[name.start - 1].lower_.rstrip(".") if name.start > 0 else ""
    if title in TITLE_GENDER:
        return TITLE_GENDER[title]
    return described_gender(" ".join([role or "", *_words_around(name)]), lexicon)


def described_gender(description: str, lexicon: Lexicon) -> Gender | None:
    """`9/11 widow Terry Strada`, `the woman`: a gender the words state, if one."""
    said = {lexicon.gendered_words[w] for w in re.findall(r"[a-z]+", description.lower()) if w in lexicon.gendered_words}
    return (Gender.FEMALE if said == {"female"} else Gender.MALE) if len(said) == 1 else None


def _words_around(name: Span) -> list[str]:
    """The words that describe a name in place: its modifiers (`9/11 widow`), its appositive, and the
    noun it stands in apposition to (`the first lady, Michelle Obama`)."""
    root = name.root
    words = [t.text for child in root.lefts if child.i < name.start and child.dep_ in ("compound", "amod", "nmod")
             for t in child.subtree if t.i < name.start]
    words += [t.text for child in root.children if child.dep_ == "appos" for t in child.subtree]
    if root.dep_ == "appos":
        words.append(root.head.text)
    return words

"""What a subject points back to when it is no name: `the ministers` after three named ministers,
`the official` after `a senior U.S. official`, `they` after `the relatives`, and the name a long
subject holds in apposition (`appositives.py`).

Notes: passes of the speaker sieve (`speakers.py`), after names and before singular descriptions:
- a plural person noun (`the ministers`, `both leaders`, `the two men`) stands for the nearest group
  of two or more people the article named together (`Geremek, Martonyi and Kavan`) in this sentence
  or the few before it; a number (`the two men`) must match the group's size;
- a definite description whose head names nobody in particular (`the official`, `the source`)
  is the indefinite one with the same head that brought that person in (`a senior U.S. official`),
  when the article named nobody with it;
- `they` is the nearest plural subject before it that can speak (people or bodies, never things,
  never a hypothetical `If the diplomats were saved, they would have …`), or an organisation, which
  news English often takes up in the plural.
Each looks back a few sentences and never more than MAX_LOOKBACK_TOKENS, so its cost per quotation
is bounded.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from .datelines import is_dateline
from .lexicon import Lexicon
from .ranges import inside
from ..records import ActorMention, ActorType

GROUP_SENTENCES = 3  # how far back `the ministers` looks for the ministers it stands for
UNNAMED_SENTENCES = 4  # how far back `the official` looks for `a senior official`
PERSON_PLURALS = frozenset({"men", "women", "people", "leaders", "officials"})
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
MAX_LOOKBACK_TOKENS = 300  # a few long sentences; a bound where the parse found no sentence ends
MAX_LIST_GAP = 6  # `, Janos Martonyi of Hungary and`: the words between two names of one list
# Heads that name nobody in particular (`analysts said`, `a source`).
ANONYMOUS_HEADS = frozenset({
    "analyst", "expert", "observer", "other", "source", "critic", "people", "person", "some", "many",
    "diplomat", "insider", "commentator", "resident", "witness", "activist", "supporter", "voter", "one",
})
NOBODY_IN_PARTICULAR = frozenset({"official", "authority", "aide", "adviser", "advisor", "member", "lawmaker"})
# `Critics, including the premier Markus Soeder,`: a name under these is one of them, not their name.
FAMILY = frozenset({"relative", "family"})  # with the kinship words: `the relatives … They said`
COLLECTIVE_BODIES = frozenset({"police"})  # a body the tagger reads as a plural (`the police … It said`)
CONDITIONALS = frozenset({"if", "unless"})
INDEFINITE = frozenset({"a", "an", "one", "another"})
OTHER_ONE = frozenset({"another", "other"})
# How far back a bare `police` looks for the `Charlotte-Mecklenburg police` it stands for: further back, in
# a live blog of many stories, `the campaign` is another candidate's.
FULLER_SENTENCES = 6
WHOSE_PREPOSITIONS = frozenset({"for", "of", "to", "on", "in", "from", "at", "with"})
MIN_ACRONYM = 3  # `US` and `UK` are countries, which news English rarely takes up with `they`
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "prep"})
GENERIC_ADJECTIVES = frozenset({"new", "same", "other", "local", "whole", "former", "current", "main", "relevant"})


def named_group(head: Token, between, person_heads: frozenset[str]) -> list[str] | None:
    """The people a plural person noun stands for, in the order the article named them; None if no group.

    `between(start, end)` gives the actor mentions starting in a character range, in text order.
    """
    if head.tag_ != "NNS" or not (head.lower_ in PERSON_PLURALS or head.lemma_.lower() in person_heads):
        return None
    words = [t.lower_ for t in head.lefts]
    wanted = next((NUMBERS[w] for w in words if w in NUMBERS), None)
    if wanted is None and not any(w in ("the", "these", "all") for w in words):
        return None  # `ministers said` with no determiner is ministers in general
    doc = head.doc
    floor = doc[_window_start(head, GROUP_SENTENCES)].idx
    people = [m for m in between(floor, head.left_edge.idx) if m.type is ActorType.PERSON]
    for group in reversed(_conjoined(doc, people)):
        if len(group) >= 2 and (wanted is None or len(group) == wanted):
            return group
    if wanted == 2:
        # `Lula hosted Macron …. The two leaders announced …`: the last two people named, whatever joined them.
        last_two = list(dict.fromkeys(m.actor for m in reversed(people)))[:2]
        if len(last_two) == 2:
            return last_two[::-1]
    return None


def _window_start(head: Token, sentences: int) -> int:
    """The first token of the `sentences` sentences before `head`'s own, no more than MAX_LOOKBACK_TOKENS back."""
    doc, first = head.doc, head.sent
    for _ in range(sentences):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    return max(first.start, head.i - MAX_LOOKBACK_TOKENS)


def _conjoined(doc, people: Sequence[ActorMention]) -> list[list[str]]:
    """Runs of people named together in one sentence (`Geremek of Poland, Martonyi of Hungary and
    Kavan`): between two of them only a comma or `and` and a few words, no verb."""
    groups: list[list[str]] = []
    last: Span | None = None
    for mention in people:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        gap = doc[last.end : span.start] if last is not None else None
        together = (gap is not None and last.sent.start == span.sent.start and len(gap) <= MAX_LIST_GAP
                    and any(t.lower_ in (",", "and") for t in gap) and not any(t.pos_ in ("VERB", "AUX") for t in gap))
        if together:
            if mention.actor not in groups[-1]:
                groups[-1].append(mention.actor)
        else:
            groups.append([mention.actor])
        last = span
    return groups


def earlier_unnamed(head: Token, mentions_at, unnamed_heads: frozenset[str]) -> Span | None:
    """`the official said` -> `a senior U.S. official` a few sentences before, the same unnamed person.

    `mentions_at(start, end)` gives the actor mention overlapping a character range, if any.
    """
    if head.lemma_.lower() not in unnamed_heads or head.tag_ not in ("NN", "NNS"):
        return None
    if not any(t.lower_ in ("the", "that", "this", "these", "those") and t.dep_ == "det" for t in head.lefts):
        return None
    doc = head.doc
    if head.tag_ == "NNS":
        return None if any(_says_which(t) for t in head.lefts) else _earlier_plural(head)
    index, start = head.left_edge.i - 1, _window_start(head, UNNAMED_SENTENCES)
    while index >= start:
        token, index = doc[index], index - 1
        if token.lemma_.lower() != head.lemma_.lower() or token.tag_ != "NN":
            continue
        earlier = doc[token.left_edge.i : token.i + 1]
        if not earlier or earlier[0].lower_ not in INDEFINITE:
            # (`the official added`, then `the official said`, back to `a Bangladeshi official said`: each
            # mention of the one source carries the window on from it, never past the bound every lookup has)
            start = max(min(start, _window_start(token, UNNAMED_SENTENCES)), head.i - MAX_LOOKBACK_TOKENS)
            continue
        named = any(c.dep_ == "appos" for c in token.children) or token.dep_ == "appos"
        if named or _names_inside(earlier, mentions_at):
            return None
        return earlier[1:]
    return None


def _earlier_plural(head: Token) -> Span | None:
    """`security sources told The New Arab …. The suspect was armed, the sources said`: the same sources, with
    the words that said which (a bare plural before, with a modifier of its own)."""
    doc = head.doc
    for token in reversed(doc[_window_start(head, UNNAMED_SENTENCES) : head.left_edge.i]):
        if token.lower_ != head.lower_ or token.tag_ != "NNS":
            continue
        lefts = list(token.lefts)
        if any(t.dep_ == "det" for t in lefts) or not any(_says_which(t) for t in lefts):
            return None
        return doc[token.left_edge.i : token.i + 1]
    return None


def _says_which(modifier: Token) -> bool:
    """`security` in `security sources`, `informed`, `affected`, `Iraqi`: not `many`, `other` or `fellow`."""
    return (modifier.dep_ == "compound" and modifier.pos_ in ("NOUN", "PROPN")
            or modifier.dep_ == "amod" and (modifier.tag_ == "VBN" or modifier.ent_type_ == "NORP"))


def earlier_fuller(head: Token, quoted: Sequence[tuple[int, int]], *, kind_of_body: bool = False) -> Token | None:
    """`police said` -> the `Charlotte-Mecklenburg police` the article brought them in by; `the campaign`
    -> the `Trump campaign`; `attorneys` -> `attorneys for the family`: a bare common noun is the nearest
    earlier one with the same head and number that said whose or where it is, outside quotations. For
    a kind of body, a portfolio says which one too (`the ministry` -> `the education ministry`)."""
    common = head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.is_lower  # `the foreign ministry` misread as a name
    if not common or any(c.dep_ == "conj" or c.dep_ in MODIFIER_DEPS and _says_whose(c) for c in head.children):
        return None
    if head.lemma_.lower() in ANONYMOUS_HEADS or head.lemma_.lower() in NOBODY_IN_PARTICULAR:
        return None  # `officials said` is any officials: readers keep the words at the cue
    if any(c.dep_ == "det" and c.lower_ in OTHER_ONE for c in head.children):
        return None  # `Another woman said`: not the woman before
    lemma, doc = head.lemma_.lower(), head.doc
    # `the foreign ministry` after `South Korea's foreign ministry`: the earlier one has its words too
    words = {c.lower_ for c in head.children if c.dep_ in MODIFIER_DEPS}
    for earlier in reversed(doc[_window_start(head, FULLER_SENTENCES) : head.left_edge.i]):
        same = earlier.lower_ == head.lower_ or (earlier.tag_ == head.tag_ and earlier.lemma_.lower() == lemma)
        if not same or inside(earlier.idx, quoted) or not words <= {c.lower_ for c in earlier.children}:
            continue
        if any(_says_whose(child) or kind_of_body and _says_which_body(child) for child in earlier.children):
            return earlier
    return None


def _says_which_body(modifier: Token) -> bool:
    """`health` in `the health ministry`, `interior` in `the interior ministry`: a portfolio, not `the new`."""
    return (modifier.dep_ == "compound" and modifier.pos_ == "NOUN"
            or modifier.dep_ == "amod" and modifier.pos_ == "ADJ" and modifier.lower_ not in GENERIC_ADJECTIVES)


def _says_whose(modifier: Token) -> bool:
    """`Charlotte-Mecklenburg`, `Trump`, `Cuban`, `for the family`: a name or a phrase with a noun, not `local`."""
    if modifier.dep_ == "prep":
        return modifier.lower_ in WHOSE_PREPOSITIONS and any(g.pos_ in ("NOUN", "PROPN") for g in modifier.children)
    return modifier.dep_ in ("compound", "amod", "nmod", "poss") and (
        modifier.pos_ == "PROPN" or modifier.ent_type_ in ("NORP", "ORG", "GPE", "PERSON"))


def _names_inside(phrase: Span, mentions_at) -> bool:
    """A person or body named within the phrase itself (`a Kremlin spokesman` is unnamed; `a spokesman,
    Dmitry Peskov` is not): only a PERSON counts as naming the speaker."""
    mention = mentions_at(phrase.start_char, phrase.end_char)
    return mention is not None and mention.type is ActorType.PERSON


def plural_subject_before(token: Token, quoted: Sequence[tuple[int, int]], lexicon: Lexicon, *,
                          speaking_only: bool = False, chain: bool = True) -> Token | None:
    """`they said` -> the nearest plural subject before it that can speak, in its sentence or the one
    before (`Elected officials warned … and they said`; `the relatives … They said`; `Corker and Graham`),
    outside the quotations' character ranges `quoted`; with `speaking_only`, one a speech verb has speak; with
    `chain`, an earlier `they` a speech verb has speak too."""
    for earlier in _subjects_before(token, quoted):
        plural = plural_form(earlier)
        # `If the diplomats were saved, they would have cautioned …` reports nothing anybody said.
        hypothetical = earlier.left_edge.sent[0].lower_ in CONDITIONALS or any(
            c.dep_ == "mark" and c.lower_ in CONDITIONALS for c in earlier.head.children)
        # (`Councils have warned …, with two authorities preparing to …`: an aside's subject is not the sentence's)
        absolute = earlier.left_edge.i > 0 and earlier.doc[earlier.left_edge.i - 1].lower_ == "with"
        # (`Wholesalers say … This, they claim, …`: whoever a speech verb has speak can be `they`)
        speaking = earlier.dep_ == "nsubj" and earlier.head.lemma_.lower() in lexicon.speech_verbs
        if chain and earlier.lower_ == "they" and speaking and not hypothetical:
            return earlier  # `…, they said. Seven passengers were hurt, they said`: the same `they` goes on
        if earlier.pos_ not in ("NOUN", "PROPN") or hypothetical or absolute or _reported(earlier, lexicon) or (
                speaking_only and not speaking):
            continue
        if plural and (_may_speak(earlier, lexicon) or earlier.tag_ == "NNP" or speaking) or _many_in_one(
                earlier, lexicon):
            return earlier
    return None


def _reported(subject: Token, lexicon: Lexicon) -> bool:
    """`Police said 11 people were killed … They also reported`: the people are what was said, not who
    said it."""
    clause = subject.head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lexicon.speech_verbs


def plural_form(token: Token) -> bool:
    """`officials`, `Corker and Graham`, or a name the model tagged singular in a plural form (`the Houthis`)."""
    if token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children):
        return True
    return token.tag_ == "NNP" and token.lower_.endswith("s") and any(c.lower_ == "the" for c in token.lefts)


def _many_in_one(token: Token, lexicon: Lexicon) -> bool:
    """A singular subject news English often takes up with `they`: an organisation (`WADA reviewed the
    decision. … They concluded`; `ECOWAS`, unlabelled) or a body of people (`The group said …`)."""
    word = token.lemma_.lower()
    if token.ent_type_ == "ORG" or lexicon.is_body(word) or lexicon.is_kind_of_body(word):
        return True
    # `ECOWAS`, where the model saw no entity
    return token.tag_ == "NNP" and not token.ent_type_ and token.text.isupper() and len(token.text) >= MIN_ACRONYM


SUBORDINATE_CLAUSES = frozenset({"advcl", "relcl", "acl", "pcomp"})


def body_subject_before(token: Token, quoted: Sequence[tuple[int, int]], lexicon: Lexicon) -> Token | None:
    """`it said` -> the nearest singular subject before it, in its sentence or the one before, that is a
    body, a medium or a document (`The city sent a letter. It says the campaign violated …`), never a
    person and never a thing that cannot speak."""
    subjects = list(_subjects_before(token, quoted))
    for earlier in subjects:
        if _subordinate_after_main(earlier, token):
            continue  # `ETYK announced a strike, after management reneged on a deal, it said`: the main clause's
        if _it_that_spoke(earlier, token, lexicon):
            return earlier  # `"…," it added. It also noted that …`: the one that spoke goes on speaking
        if _speaking_body(earlier, lexicon):
            if earlier.sent.start == token.sent.start:
                return earlier
            # (`In its statement, CPIB also said Singapore has a zero-tolerance approach. "…," it said`: the
            # body that spoke in that sentence goes on speaking, not a body in what it said)
            main = [_body_after_dateline(s) for s in subjects
                    if s.sent.start == earlier.sent.start and s.dep_ == "nsubj" and s.head.dep_ == "ROOT"]
            main = [s for s in main if s is not None and _speaking_body(s, lexicon) and not is_dateline(s)]
            spoke = next((s for s in main if s.head.lemma_.lower() in lexicon.speech_verbs), None)
            # (`The State Bank raised its rate, as Pakistan is desperate for a deal. "…," it said`: the main
            # clause's body, not one in a clause hung on it)
            aside = earlier.head.dep_ in ("advcl", "relcl", "acl") and main
            return spoke or (main[0] if aside else earlier)
        if earlier.sent.start == token.sent.start and _singular_thing(earlier):
            if _in_what_it_reports(earlier, token, lexicon):
                continue  # (`The pay increase is expected to …, it added`: a thing in the report is not who added it)
            return None  # `The unemployment rate is a term with a definition: It refers to …`: it is the rate
    return None


def _in_what_it_reports(subject: Token, it: Token, lexicon: Lexicon) -> bool:
    """Is `subject` inside what the verb `it` is the subject of reports, set off before `it` by a comma?"""
    verb = it.head
    if it.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon.speech_verbs or subject.i > verb.i:
        return False
    return it.i > 0 and it.doc[it.i - 1].text == ","  # (`…, it added`: the report comes before, set off)


def _body_after_dateline(subject: Token) -> Token | None:
    """`KARACHI – The State Bank of Pakistan (SBP) on Thursday increased …`, parsed with the dateline as the
    subject and the body as its apposition: the body is the subject."""
    if not is_dateline(subject):
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "ORG"), None)


def _it_that_spoke(subject: Token, token: Token, lexicon: Lexicon) -> bool:
    """An `it` in the sentence before that a speech verb has as its subject."""
    return (subject.lower_ == "it" and subject.head.lemma_.lower() in lexicon.speech_verbs
            and subject.sent.start != token.sent.start)


def _speaking_body(subject: Token, lexicon: Lexicon) -> bool:
    """A singular subject that is a body, a medium or a document, never a person."""
    if not _singular_thing(subject):
        return False
    acronym = subject.pos_ == "PROPN" and subject.is_upper and len(subject) > 1  # (`union ETYK`, unlabelled)
    # (`The NGO Alarm Phone said`, unlabelled: a name that its kind of body comes before)
    kind = subject.pos_ == "PROPN" and any(c.dep_ == "compound" and _is_body(c.lower_, lexicon) for c in subject.lefts)
    return subject.ent_type_ in ("ORG", "GPE", "NORP") or acronym or kind or _is_body(subject.lemma_.lower(), lexicon)


def _singular_thing(subject: Token) -> bool:
    # (`the police said …. It said`: a body the tagger reads as plural, a noun with no other form)
    one = subject.tag_ not in ("NNS", "NNPS") or subject.lower_ in COLLECTIVE_BODIES
    return one and subject.ent_type_ != "PERSON" and subject.pos_ in ("NOUN", "PROPN")


def _subordinate_after_main(subject: Token, token: Token) -> bool:
    """A subject of a clause set under another, after that clause's own subject in the sentence of `token`.
    (`Although the IMF did not single out …, it referenced`: a clause before the main one is no aside.)"""
    clause = subject.head
    if clause.dep_ not in SUBORDINATE_CLAUSES or subject.sent.start != token.sent.start or clause.is_ancestor(token):
        return False  # (`after the Coalition elected to oppose legislation it said was …`: it is in that clause)
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ not in SUBORDINATE_CLAUSES
               for t in token.doc[token.sent.start : subject.i])


def _subjects_before(token: Token, quoted: Sequence[tuple[int, int]]) -> Iterator[Token]:
    """The subjects before `token` in its sentence and the one before, nearest first, outside the
    quotations' character ranges `quoted`; never more than MAX_LOOKBACK_TOKENS back. Sentences of a
    quotation the token's sentence continues count as its own."""
    doc = token.doc
    first = token.sent.start
    while first > 0 and inside(doc[first].idx, quoted):
        first = doc[first - 1].sent.start  # a sentence that opens inside a quotation is the quotation's
    previous = first - 1
    while previous > 0 and (doc[previous].is_space or doc[previous].is_quote):
        previous -= 1  # blank lines, or a closing quotation mark, the parse made a sentence of their own
    start = doc[previous].sent.start if first > 0 else first
    for earlier in reversed(doc[max(start, token.i - MAX_LOOKBACK_TOKENS) : token.i]):
        if earlier.dep_ in ("nsubj", "nsubjpass") and not inside(earlier.idx, quoted):
            yield earlier


def _is_body(word: str, lexicon: Lexicon) -> bool:
    rule = lexicon.description_heads.get(word)
    return (word in lexicon.document_nouns or word in lexicon.media_words or lexicon.is_body(word)
            or (rule is not None and rule.kind in ("media", "organisation", "place")))


def _may_speak(token: Token, lexicon: Lexicon) -> bool:
    """People or bodies (`officials`, `the relatives`, `Democrats`, `Corker and Graham`), not `tax returns`."""
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or any(c.dep_ == "conj" and c.ent_type_ for c in token.children):
        return True
    return can_speak(token.lemma_.lower(), lexicon) or can_speak(token.lower_, lexicon)


def can_speak(word: str, lexicon: Lexicon) -> bool:
    """Can a noun with this head say something: a role, a kind of body or medium, a family member, an
    unnamed source, a document, a body, relation or trade of resources/source_nouns.csv (`minister`, `agency`,
    `father`, `analysts`, `statement`, `jury`, `friend`)? `Update` cannot."""
    return (word in lexicon.role_types or word in lexicon.description_heads or word in lexicon.media_words
            or word in lexicon.kinship_words or word in lexicon.document_nouns or word in ANONYMOUS_HEADS
            or word in FAMILY or word in lexicon.source_nouns)

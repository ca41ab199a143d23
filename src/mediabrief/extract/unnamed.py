"""A source the article never names, as its own words give it: `lawyers for the family`, `a Kremlin
spokesman`, `The Cape Argus newspaper`; and what is nobody's voice (`the phrase suggests`).

Notes: the last pass of the speaker sieve (`speakers.py`), for a subject no name, description,
group or earlier mention resolved. Whether a singular common noun can speak comes from the lexicon
(roles, description heads, media, kinship, documents, resources/source_nouns.csv) and agent endings.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .antecedents import ANONYMOUS_HEADS, can_speak
from .datelines import after_dateline
from .dictionary import outside_dictionary
from .national_bodies import national_name
from .descriptions import UNNAMED_HEADS
from .lexicon import Lexicon
from .speaker_book import Speaker
from ..records import SpeakerType

# A quantity of people standing alone as the subject: an unnamed group, as the article counts it.
QUANTIFIED_SOURCES = frozenset({"many", "some", "others", "several", "most", "few"})
MARKUP_CHARACTERS = frozenset('<>="')  # a tag's residue, or a quoted title (`his "Keepin' It Real" program`)
PLACE_PREPOSITIONS = frozenset({"for", "in", "from", "at", "with"})
MAX_UNNAMED_TOKENS = 12
CLAUSE_OPENERS = frozenset({"who", "whose", "which", "where"})  # a clause set off by a comma after a source
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")  # `creator`, `economist`, `historian`, `resident`
BODY_VOICES = frozenset({"leadership", "management"})  # `the leadership of` a body is the body speaking
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# `the country's state media`: a possessive that points back, not whose the source is.
GENERIC_OWNERS = frozenset({"country", "nation", "island", "kingdom", "republic"})
SHARE_WORDS = frozenset({"percent", "%", "majority", "minority", "most", "half", "third", "quarter", "share", "number",
                         "part", "parts",  # (`parts of the GES press release said`: the release)
                         # `80 per cent of`, `three-fifths of`
                         "cent", "thirds", "quarters", "fifth", "fifths", "proportion", "percentage"})


def unnamed_speaker(phrase: Span, lexicon: Lexicon) -> Speaker | None:
    words = [t.lower_ for t in phrase]
    if len(phrase) == 1 and words[0] in QUANTIFIED_SOURCES and phrase.root.dep_ == "nsubj":
        return Speaker(words[0], SpeakerType.ANONYMOUS)  # `Many say they have not eaten in 24 hours.`
    if (not any(t.is_alpha for t in phrase) or phrase.root.pos_ not in ("NOUN", "PROPN")
            or MARKUP_CHARACTERS & set(phrase.text)):
        return None  # `tweet id="7956…` is a tag left in the text, not a source
    while len(phrase) > 1 and (phrase[-1].is_punct or phrase[-1].is_space):
        phrase = phrase[:-1]
    phrase = after_dateline(phrase)
    closing = next((t.i for t in phrase if t.text == ")"), None)
    if phrase[0].text == "(" and closing is not None and closing + 1 < phrase.end:
        phrase = phrase.doc[closing + 1 : phrase.end]  # `(UPDATED) HEALTH officials said`: the page's tag
    # `his aides said`: the aides. Whose they are is left to the reader: binding the pronoun in a
    # subject's own phrase went wrong as often as right on the development sets.
    while len(phrase) > 1 and phrase[0].lower_ in POSSESSIVE_PRONOUNS:
        phrase = phrase[1:]
    if len(phrase) > 2 and phrase[0].lower_ in GENERIC_OWNERS and phrase[1].dep_ == "case":
        phrase = phrase[2:]
    if not _may_be_a_source(phrase.root, words, lexicon):
        return None
    phrase = _without_open_aside(with_place(_before_relative_clause(phrase), lexicon))
    while len(phrase) > 1 and phrase[-1].text in (",", ";", ":"):
        phrase = phrase[:-1]  # `a woman from Ondjondjo village, who narrated …`
    named = _unlabelled_name_after_kind(phrase, lexicon)
    if named is not None:
        return named
    name = national_name(phrase, lexicon) or phrase.text
    title = _title_of_medium(phrase.root, lexicon)
    if title is not None:
        return Speaker(title, SpeakerType.MEDIA)
    if set(words) & lexicon.media_words:
        return Speaker(name, SpeakerType.MEDIA)
    lemma = phrase.root.lemma_.lower()
    one = phrase.root.tag_ == "NN" and (lemma in ANONYMOUS_HEADS or lemma in UNNAMED_HEADS or lemma in lexicon.role_types
                                        or lemma in lexicon.person_nouns or lemma in lexicon.gendered_words)
    if lemma in ANONYMOUS_HEADS:
        return Speaker(name, SpeakerType.ANONYMOUS, one_unnamed=one)
    types = [lexicon.role_types[w] for w in words if w in lexicon.role_types]
    if types:
        return Speaker(name, SpeakerType(types[-1]), one_unnamed=one)
    return Speaker(name, SpeakerType.OTHER, one_unnamed=one)


def _unlabelled_name_after_kind(phrase: Span, lexicon: Lexicon) -> Speaker | None:
    """`Local rights group CCHR described …`, `National grid operator Transpower warned …`, the name
    labelled nothing: a lower-case noun saying what speaks, and then a name that heads the phrase, in
    capitals or in no dictionary, is that name; the noun before it says only what kind it is. (A name the
    model labelled, parsed apart from its kind, is `appositives._name_after_kind`'s.)"""
    root, doc = phrase.root, phrase.doc
    start = root.i
    while start > phrase.start and _name_compound(doc[start - 1]):
        start -= 1
    kind = doc[start - 1] if start > phrase.start else None
    names = doc[start : root.i + 1]
    acronym = root.is_upper and len(root) > 1
    if (kind is None or root.pos_ != "PROPN" or not root.is_alpha or not kind.is_lower
            or kind.pos_ != "NOUN" and not lexicon.is_kind_of_body(kind.lower_)  # (`firm`, tagged an adjective)
            # (`consultant firm EcoGo`: a name may run capitals into it)
            or not (acronym or root.text[:1].isupper() and any(outside_dictionary(t) for t in names))):
        return None
    lemma = kind.lemma_.lower()
    if lexicon.is_kind_of_body(lemma):
        return Speaker(names.text, SpeakerType.INSTITUTION)
    return Speaker(names.text, SpeakerType(lexicon.role_types.get(lemma, "other"))) if not acronym else None


def _name_compound(token: Token) -> bool:
    return token.dep_ == "compound" and token.pos_ == "PROPN" and token.is_title


def with_place(phrase: Span, lexicon: Lexicon) -> Span:
    """`lawyers for the family`, `Cuban exiles in Miami`, `reports in Kenya`: an unnamed source keeps
    the words that say whose or where it is (not what it said it in: `the hospital in a communiqué`)."""
    root, end = phrase.root, phrase.end
    for child in root.rights:
        if (child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS and child.i == end
                and not _said_in(child, lexicon)):
            # (up to a comma: `a source at the … Battalion of the Nigerian Army, Gusau,` sets off the town and
            # `a resident at Lendore Village, which borders Enterprise,` says where that is)
            end = next((t.i for t in phrase.doc[child.i : child.right_edge.i] if t.text == "," and (
                phrase.doc[t.i + 1].dep_ == "appos" or phrase.doc[t.i + 1].lower_ in CLAUSE_OPENERS)),
                child.right_edge.i + 1)
    if end - phrase.start > MAX_UNNAMED_TOKENS:
        return phrase
    return phrase.doc[phrase.start : end]


def _before_relative_clause(phrase: Span) -> Span:
    """`A resident of Kayamla, who sought anonymity …,`: the clause set off after the source says what it
    did, not who it is, wherever the parse hung it."""
    doc = phrase.doc
    cut = next((t.i for t in phrase[1:-1] if t.text == "," and doc[t.i + 1].lower_ in CLAUSE_OPENERS), None)
    return phrase if cut is None else doc[phrase.start : cut]


def _said_in(preposition: Token, lexicon: Lexicon) -> bool:
    """`in a communiqué`: the document something was said in, not where the source is."""
    nouns = (t.lemma_.lower() for t in preposition.children if t.dep_ == "pobj")
    return any(n in lexicon.document_nouns or n in lexicon.statement_nouns for n in nouns)


def _without_open_aside(phrase: Span) -> Span:
    """`… Administration (NATA) in North Korea`, cut by the parse inside the brackets: up to the aside."""
    opened = [t.i for t in phrase if t.text == "("]
    if opened and opened[-1] > phrase.start and not any(t.text == ")" for t in phrase.doc[opened[-1] : phrase.end]):
        return phrase.doc[phrase.start : opened[-1]]
    return phrase


def _may_be_a_source(head: Token, words: list[str], lexicon: Lexicon) -> bool:
    """`the question is`, `a body mass index showed`, `the phrase suggests`: a single thing is nobody's
    voice. A singular common noun speaks when it is a person, a body, a medium or a document the
    lexicon knows; plurals (`taxpayers`, `advocates`) are people more often than not."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return True
    lemma = head.lemma_.lower()
    # `a chorus of prominent Republicans`, `a group of doctors`: whoever the phrase is made of speaks.
    of_people = any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.tag_ in ("NNS", "NNPS") or g.ent_type_ for g in c.children) for c in head.children)
    return (of_people or can_speak(lemma, lexicon) or lemma in lexicon.gendered_words
            or lemma.endswith(AGENT_ENDINGS) or any(w in lexicon.role_types or w in lexicon.media_words for w in words))


def _title_of_medium(head: Token, lexicon: Lexicon) -> str | None:
    """`The Cape Argus newspaper reported`: the title a medium's noun carries before it, which the
    small model often leaves untagged. Only media: `the Trump campaign` is not Trump."""
    if head.lemma_.lower() not in lexicon.media_words:
        return None
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is None or before.dep_ != "compound" or before.head.i != head.i:
        return None
    title = head.doc[before.left_edge.i : head.i]
    if not all(t.pos_ == "PROPN" and t.ent_type_ != "PERSON" for t in title):
        return None
    return title.text


def share_of(token: Token) -> Token:
    """`Only 52 percent of registered voters said` -> `voters`; `The leadership of the National Association of
    Nigerian Nurses and Midwives denied` -> the association, which speaks through it."""
    if not (token.lower_ in SHARE_WORDS or token.pos_ == "NUM" or token.lower_ in BODY_VOICES):
        return token
    named = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if token.lower_ == "one" and named is not None:
        return named  # `One of the witnesses, Rafik Seidu, said`: the one, by name
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None else token


def one_of_them(one: Token | None, whole: Token, group: Speaker | None) -> Speaker | None:
    """`One of the residents also alleged …`: one unnamed person of a group the article never names is
    that one, not the group (a reader tells `residents said` from `one of the residents said`)."""
    if one is None or whole.i == one.i or group is None or group.type is SpeakerType.MEDIA or not group.name:
        return group
    article = "the " if any(c.dep_ == "det" and c.lower_ == "the" for c in whole.children) else ""
    return replace(group, name=f"one of {article}{group.name}")


def earlier_share(token: Token) -> Token | None:
    """The group of the last share named with one (`… of registered voters`) in this or the previous sentence."""
    doc = token.doc
    start = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
    for earlier in reversed(doc[start : token.i]):
        whole = share_of(earlier) if earlier.lower_ in SHARE_WORDS else earlier
        if whole.i != earlier.i:
            return whole
    return None

"""What the words around a run of capitalised words say of it: that it is a person (a role set off
after it, a speech verb, a courtesy title, a `he` that takes it up), and the names of people the small
model left unlabelled, read off the words rather than the parse.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .date_words import MONTH, WEEKDAY
from .layout import doc_tokens
from .lexicon import Lexicon

# Only ever before a person: courtesy titles, and the abbreviated ones of clergy, legislators and governors.
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "rev", "fr", "sen", "rep", "gov", "hon", "cllr"})
NOT_NAME_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM"})
# No label, or one no person's name can be read as an actor from (`Yianna Economidou said`, tagged a product).
MISREAD_LABELS = frozenset({"", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
MAX_AGE = 115
WHERE_PREPOSITIONS = frozenset({"in", "near", "around", "across", "throughout"})
MISREAD_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})  # what the small model calls a person's name
ARTICLES = frozenset({"the", "a", "an"})
APOSTROPHES = re.compile("['\u2019\u02bb]")
CLAN_PREFIXED = re.compile("(Mc|Mac)[A-Z][a-z]+")  # `McEvoy`, `MacArthur`: capitalised, though not `str.istitle`
CALENDAR_WORD = re.compile(rf"(?:{MONTH}|{WEEKDAY})\.?", re.IGNORECASE)
DATE_MODIFIERS = frozenset({"late", "early", "mid"})
DATE_OPENERS = DATE_MODIFIERS | {"in", "on", "since", "until", "by", "last", "next", "this", "of"}
PEOPLE_WORDS_KEY = "mediabrief.people_words"
MAX_ROLE_HOPS = 6  # from the last word of `the spokesperson of the Ministry of External Affairs` up to its head


def entity_end(doc: Doc, index: int) -> int:
    """Where the entity the token at `index` belongs to ends (the index after its last token)."""
    end = index + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def entity_start(doc: Doc, index: int) -> int:
    """Where the entity the token at `index` belongs to starts."""
    while index > 0 and doc[index].ent_iob_ == "I":
        index -= 1
    return index


def words_of_people(doc: Doc) -> frozenset[str]:
    """The words of every name the model labelled a person, gathered once per Doc (kept in its `user_data`)."""
    words = doc.user_data.get(PEOPLE_WORDS_KEY)
    if words is None:
        words = doc.user_data[PEOPLE_WORDS_KEY] = frozenset(t.text for t in doc if t.ent_type_ == "PERSON")
    return words


def joining_hyphen(token: Token) -> bool:
    """A hyphen with no space on either side, which joins the words around it into one (`Ali-Akbar`)."""
    return token.text == "-" and token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_


def joined_end(doc: Doc, end: int, *, lower: bool = False) -> int:
    """Past a hyphen joined on both sides to a word, the end of the name goes on (`Duck-soo`). With
    `lower`, only to a lower-case word: `Clinton-Gore` joins two names."""
    while (end + 1 < len(doc) and joining_hyphen(doc[end]) and doc[end + 1].is_alpha
           and not (lower and not doc[end + 1].is_lower)):
        end += 2
    return end


def unlabelled_names(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """Names the small model left unlabelled or cut apart that the sentence shows are people:
    `Anatolii Barhylevych, the chief of the General Staff, was quoted`, `Ambassador to Russia Lee
    Do-hoon voiced alarm`, `… said Chandler Van Voorhis`. Read off the words, not the parse, which
    such names wreck: two or three capitalised words outside any entity (a hyphenated given name
    counts as one; a name of three hyphenated parts after a title is enough alone), with a person's
    role after a comma, a speech verb after, or a posting before."""
    names = []
    index = 0
    tokens = doc_tokens(doc)
    while index < len(tokens):
        if not capitalised_word(tokens[index]):
            index += 1  # (no run of names opens on it, nor a month)
            continue
        if _dated_month(tokens[index]):
            index += 1  # `In late September Tatar told …`: the month is the date's, not a first name
            continue
        end, words = _name_run(doc, index, lexicon)
        # `Chief of Army Staff Waker-Uz-Zaman asked`: one name of three joined parts, after a title.
        joined = words == 1 and end - index >= 5 and index > 0 and doc[index - 1].lower_ in lexicon.titles
        if (2 <= words <= 3 or joined) and shown_as_person(doc, index, end, lexicon):
            names.append(Span(doc, index, end, label="PERSON"))
        index = max(end, index + 1)
    return names


def _name_run(doc: Doc, start: int, lexicon: Lexicon) -> tuple[int, int]:
    """Where a run of capitalised words from `start` ends, and how many name words it holds."""
    end, words = start, 0
    while end < len(doc) and name_word(doc[end], lexicon):
        end, words = end + 1, words + 1
        end = joined_end(doc, end)  # `Do-hoon`, `Tae-yul`: one given name
        if doc[end - 1].whitespace_ == "" and end < len(doc) and not doc[end].is_punct:
            break
    return end, words


def name_word(token: Token, lexicon: Lexicon) -> bool:
    misread = token.ent_type_ in MISREAD_LABELS or misread_date(token)
    return (capitalised_word(token) and misread and token.pos_ not in NOT_NAME_POS
            and token.lower_ not in lexicon.titles and token.lower_ not in lexicon.role_types
            and token.lower_.rstrip(".") not in lexicon.company_suffixes
            and not lexicon.is_kind_of_body(token.lower_))  # (`the Democratic Front Andrija Mandić`)


def capitalised_word(token: Token) -> bool:
    """A capitalised word of letters, an apostrophe inside it or before it allowed (`Li’o`, `Va'ai`,
    `O'Brien`, `'Aisake`), which spaCy's own tests count as no word or as not capitalised."""
    if token.is_alpha:
        return token.is_title or CLAN_PREFIXED.fullmatch(token.text) is not None
    letters = APOSTROPHES.sub("", token.text)
    return (letters != token.text and letters.isalpha() and len(letters) > 1 and letters[0].isupper()
            and not letters.isupper())


def postnominal_letters(token: Token, lexicon: Lexicon) -> bool:
    """Three or four capitals written after a name, a service's or an honour's (`Surendrakumar IFS`,
    `SAN`), or known letters in any style (`Esq.`, `S.C.`); two unknown capitals may be the initials
    some write after a given name (`Poornima BR`)."""
    if token.is_upper and token.is_alpha and 3 <= len(token) <= 4:
        return True
    return not token.is_lower and token.lower_ in lexicon.postnominals


def date_word(token: Token) -> bool:
    """A word of a date: labelled one, or a month's or weekday's name or what places it (`In late
    September`, unlabelled)."""
    return token.ent_type_ == "DATE" or CALENDAR_WORD.fullmatch(token.text) is not None or token.lower_ in DATE_MODIFIERS


def _dated_month(token: Token) -> bool:
    """A month or weekday after a word that opens a date (`in late September`, `since Monday`)."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return before in DATE_OPENERS and CALENDAR_WORD.fullmatch(token.text) is not None


def misread_date(token: Token) -> bool:
    """`Governor Erginus Endjala says`, whose name the small model labels a date: a capitalised proper
    noun of a date or time entity that is no month, weekday or figure."""
    if token.ent_type_ not in ("DATE", "TIME") or token.pos_ != "PROPN" or not token.is_title:
        return False
    return CALENDAR_WORD.fullmatch(token.text) is None


def shown_as_person(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].ent_type_ == "PERSON":
        return False  # `Ray Hunt of Frankies Wholesale said`: where the person named first works
    after = doc[end : end + 4]
    if len(after) >= 2 and after[0].text == "," and any(
            t.pos_ == "NOUN" and (t.lower_ in lexicon.role_types or t.lower_ in lexicon.person_heads) for t in after[1:]):
        return True  # `Anatolii Barhylevych, the chief of …`
    verb = next((t for t in after if not _before_the_verb(t)), None)  # `… had initially said`, `… on Tuesday said`
    if verb is not None and verb.lemma_.lower() in lexicon.speech_verbs or len(after) > 1 and (
            after[0].lower_ == "was" and after[1].lower_ == "quoted"):
        return True
    if after_a_role(doc, start, end, lexicon) or _taken_up_as_he_or_she(doc, start, end):
        return True
    if start > 0 and doc[start - 1].lower_.rstrip(".") in COURTESY_TITLES:
        return True  # `NARD president, Dr. Emeka Orji, told`
    if start > 0 and doc[start - 1].lower_ in lexicon.role_types and doc[start - 1].lower_ in lexicon.person_nouns:
        return True  # `outgoing Chaguanas West MP Dinesh Rambally`, a surname the tagger took for an adverb
    before = doc[max(0, start - 4) : start]
    return (len(before) >= 3 and before[-1].ent_type_ == "GPE" and any(t.lower_ == "to" for t in before[:-1])
            and any(t.lower_ in lexicon.role_types for t in before))  # `Ambassador to Russia Lee Do-hoon`


def _before_the_verb(token: Token) -> bool:
    doc = token.doc
    dated = token.pos_ == "ADP" and token.i + 1 < len(doc) and date_word(doc[token.i + 1])
    return token.pos_ in ("AUX", "ADV", "PART") or dated or date_word(token)


def _taken_up_as_he_or_she(doc: Doc, start: int, end: int) -> bool:
    """`Esmaeil Baghaei made the remarks two days after … / He said there was no goodwill`: the
    subject of a sentence the next one takes up as `he` or `she` is a person."""
    if doc[end - 1].dep_ != "nsubj" or doc[start].sent.start != start:
        return False
    sentence_end = doc[start].sent.end
    following = next((t for t in doc[sentence_end : sentence_end + 3] if not t.is_space), None)
    return following is not None and following.lower_ in ("he", "she") and following.dep_ == "nsubj"


def after_a_role(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """`The spokesperson of the Ministry of External Affairs, Randhir Jaiswal, said`: a name set off
    by commas right after a phrase headed by a person's role (or ending the sentence: `… with the Principal
    Consultant of Optimal Management, Jone Vodo.`, or before its verb: `Assistant Commissioner of Crime, Mesake
    Waqa said`)."""
    if start < 2 or end >= len(doc) or doc[start - 1].text != "," or (
            doc[end].text not in (",", ".", ";") and doc[end].pos_ not in ("VERB", "AUX")):
        return False
    head = doc[start - 2]
    for _ in range(MAX_ROLE_HOPS):
        # `Sindh Information Minister, Sharjeel Inam Memon, said`: a capitalised role is tagged a proper noun
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in lexicon.person_nouns:
            return True
        if head.head is head or head.pos_ in ("VERB", "AUX") or head.i >= start:
            return False
        head = head.head
    return False


def small_word(word: Token) -> bool:
    """`constituency`, which ends no name, whatever the model labelled it (`Lim Soo-suk` ends on `suk`
    after its hyphen)."""
    return word.is_lower and not (word.i > 0 and word.doc[word.i - 1].text == "-")


def set_off_role(word: Token, lexicon: Lexicon) -> bool:
    """`, deputy commissioner of police,`: a person's role set off by a comma as a name's appositive."""
    doc = word.doc
    return (word.dep_ == "appos" and word.pos_ == "NOUN" and word.lemma_.lower() in lexicon.person_nouns
            and word.left_edge.i > 0 and doc[word.left_edge.i - 1].text == ",")


def who_follows(span: Span, label: str, lexicon: Lexicon) -> bool:
    """`said Paeniu, who is also the Pacific climate champion`, which the small model labels a body: a
    name of a person's shape that `who` takes up is a person's; not where someone is (`Tim Hess, a
    developer in Virginia, who introduced …`: the `who` is the developer)."""
    doc = span.doc
    where = span.root.dep_ == "pobj" and span.root.head.lower_ in WHERE_PREPOSITIONS
    return (label in MISREAD_PERSON_LABELS and span.end + 1 < len(doc) and doc[span.end].text == ","
            and doc[span.end + 1].lower_ == "who" and name_shaped(span.text, lexicon) and not where)


def age_follows(span: Span, label: str, lexicon: Lexicon) -> bool:
    """`after Keith Lamont Scott, 43, was killed`, which the small model labels a body: a name of a person's
    shape set off before an age is a person's."""
    doc, end = span.doc, span.end
    if label not in MISREAD_PERSON_LABELS or end + 2 >= len(doc) or doc[end].text != ",":
        return False
    age = doc[end + 1]
    return (age.is_digit and 0 < int(age.text) <= MAX_AGE and doc[end + 2].text in (",", ")")
            and len(span.text.split()) >= 2 and name_shaped(span.text, lexicon))


def name_shaped(name: str, lexicon: Lexicon) -> bool:
    """One to three capitalised words, none of them a body's, a country's or a place's word."""
    words = name.split()
    return 1 <= len(words) <= 3 and all(
        w[:1].isupper() and w.replace("-", "").isalpha() and not lexicon.is_any_body(w.lower())
        and w.lower() not in lexicon.countries and w.lower() not in lexicon.place_words for w in words)


def after_an_article(doc: Doc, start: int) -> bool:
    """Is the word before `start` an article (`the Kumbungu MP`: what follows it is a description)?"""
    return start > 0 and doc[start - 1].lower_ in ARTICLES


def after_a_title(span: Span, lexicon: Lexicon) -> bool:
    """`Governor Kamau`, whether or not the model's entity holds the title."""
    first = span[0].lower_.rstrip(".")
    return first in lexicon.titles or span.start > 0 and span.doc[span.start - 1].lower_.rstrip(".") in lexicon.titles

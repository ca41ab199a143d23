"""The role an article gives a person (`White House spokesman John Kirby`, `Seong Ok Yoo, a former …
official,`), read off the words around the name, and the kind of source that role makes them.

Notes: from an appositive, a `who is` clause, the noun a name stands in apposition to, the title
written before a name, or a role set off by a comma at the sentence's start.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .body_spans import JOINING_WORDS  # the joining words of a title are a body's name's too
from .name_evidence import entity_start
from .lexicon import Lexicon
from ..records import SpeakerType
from ..resources import title_abbreviations

DETERMINERS = frozenset({
    "the", "a", "an", "some", "many", "several", "other", "most", "few", "these", "those", "all", "both",
})
POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
# (`Her Majesty's Chief Inspector`, `His Excellency`: a possessive that is part of an honorific stays)
HONORIFICS = frozenset({"majesty", "majesty's", "excellency", "highness", "holiness", "honour", "honor", "grace"})
MAX_ROLE_WORDS = 18
MAX_TITLE_RUN = 8  # `Chief of Army Staff`, `State Minister for Disaster Management and Relief`
MAX_INITIALS = 4  # `the IGP`, `the DCEO`: no acronym of a role is longer
DATELINE_WORDS = 6  # `NEW DELHI, India -`: how far into a role a dateline before its dash may run
MAX_ROLE_BEFORE = 10  # `The outgoing Minister of Power and Steel,` before a name
PAST_WORDS = frozenset({"former", "retired", "ex"})


def role_initials(role: str) -> set[str]:
    """`ICT Cabinet Secretary` -> {`ic`, `cs`, `ics`}: what `the CS` may stand for. The initials of every
    run of two to four capitalised words (hyphenated parts apart, `of` passed over: `Inspector
    General of Police` is `the IGP`)."""
    words = [w for w in re.split(r"[\s\-\u2013]+", role) if w]
    found: set[str] = set()
    run: list[str] = []  # initials, with "" for an `of` inside the run
    for word in [*words, ""]:
        if word[:1].isupper() or word == "of" and run:
            run.append(word[0].lower() if word != "of" else "")
            continue
        found |= _runs_of_initials(run)
        run = []
    return found


def _runs_of_initials(run: list[str]) -> set[str]:
    """Every stretch of two to four words of `run` that opens and closes on a capitalised word, its `of`
    passed over and (`Bank of Korea Governor` is also `the BOK governor`) spelled."""
    found = set()
    for start in range(len(run)):
        for end in range(start + 1, len(run)):
            stretch = run[start : end + 1]
            if not stretch[0] or not stretch[-1] or not 2 <= sum(1 for i in stretch if i) <= MAX_INITIALS:
                continue
            found.add("".join(stretch))
            found.add("".join(i or "o" for i in stretch))
    return found



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
    opening = _attribution_start(name) or sentence.start
    if name.start - opening < 2 or name.start - opening > MAX_ROLE_BEFORE or doc[name.start - 1].text != ",":
        return []
    words = [t for t in doc[opening : name.start - 1] if not t.is_space]
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words):
        return []
    return words if any(_role_word(t.lower_.rstrip("."), lexicon) for t in words) else []



def _attribution_start(name: Span) -> int | None:
    """`"…," KZN Cogta MEC, Sipho Hlomuka said`: where the attribution after a quotation opens, when the
    comma and closing mark of the quotation stand a few words before the name."""
    doc = name.doc
    for i in range(name.start - 2, max(name.sent.start, name.start - MAX_ROLE_BEFORE) - 1, -1):
        if doc[i].is_quote and i > 0 and doc[i - 1].text == ",":
            return i + 1
        if doc[i].is_punct:
            return None
    return None


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
    # (`the Director of Fisheries, …`: a role in capitals)
    if host.pos_ == "NOUN" or host.pos_ == "PROPN" and _role_word(host.lower_, lexicon):
        return host
    # `between President Muhammadu Buhari and British Prime Minister, Theresa May,`: the name hung on the
    # first name, whose conjunct is the role set off right before it
    joined = next((c for c in host.children if c.dep_ == "conj" and c.i == root.left_edge.i - 2
                   and root.doc[c.i + 1].text == "," and _role_word(c.lower_, lexicon)), None)
    if host.ent_type_ == "PERSON" and joined is not None:
        return joined
    holder = host.head.head if host.dep_ == "pobj" and host.head.dep_ == "prep" else None
    if (host.ent_type_ == "PERSON" and holder is not None and holder.pos_ == "NOUN"
            and _role_word(holder.lower_, lexicon)):
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
    # (`both President`; `his Democratic opponent`, a role told from someone the table does not show)
    while words and (words[0].is_punct or words[0].lower_ in DETERMINERS
                     or words[0].lower_ in POSSESSIVES and not (len(words) > 1 and words[1].lower_ in HONORIFICS)):
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

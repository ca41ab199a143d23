"""What a dated sentence says happened: the event a date dates, read from the words around it.

The noun a date modifies, else the verb of its clause, through the event lexicon of
`resources/event_words.csv` (`event_words`): inflections and synonyms (`met`, `meeting`, `summit`)
are one event, and a reporting verb dates a statement, not an event. Plain text rules over the
article text and the extractor's event phrase; `disagreements` compares what they read.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from ..resources import calendar_words, read_resource
from .terms import stop_words

# A date with one of these words and no digit is counted from the day it was written or spoken.
DEICTIC_WORDS = frozenset([*calendar_words().weekdays, *"today tonight yesterday tomorrow week weekend ago".split()])
WORD = re.compile(r"[A-Za-z0-9][\w'\u2019-]*")
# Before these a word heads a noun phrase ('the attacks', 'Trump's visit'), it is no clause's verb.
NOUN_CUES = frozenset("a an the his her its their our your my this that these those".split())
# A past participle nobody reads as a verb of its own.
NOT_VERBS = frozenset("indeed hundred sacred naked wicked kindred during including according morning evening nothing "
                      "something anything everything spring string ceiling building funding spending housing".split())
# Events after these words only time the dated one: 'two days after their summit'.
REFERENCE_WORDS = frozenset("after before since until following ahead prior".split())
# 'the first summit in more than four years', 'the first since 2019' count a gap, not occurrences.
GAP_WORDS = frozenset("since years decades months weeks generation history ever".split())
LOCATIVE = re.compile(r"\b(?:in|at|near|from|to|into|across|inside|outside|throughout|around|toward)\s+(?:the\s+)?$",
                      re.I)
Token = tuple[str, int]  # a word and where it starts


@dataclass(frozen=True, slots=True)
class EventWords:
    """The event lexicon: the event of each word form, the verb forms among them, the light verbs
    that leave the naming to a noun (`held`, `took`), reporting verbs (a statement, not the event),
    and the markers that single out one occurrence among several (`further`, `repeat`, `before`,
    `after`, `ordinal N`)."""

    events: dict[str, str]
    verbs: frozenset[str]
    light: frozenset[str]
    speech: frozenset[str]
    markers: dict[str, str]
    once: frozenset[str]  # events that befall their subject once (a killing)


@cache
def event_words() -> EventWords:
    """`resources/event_words.csv` (verbs are expanded to their regular forms) and the reporting verbs."""
    events: dict[str, str] = {}
    verbs: set[str] = set()
    light: set[str] = set()
    speech = {f for line in read_resource("speech_verbs.txt").splitlines()
              if line.strip() and not line.startswith("#") for f in _inflections(line.strip())}
    markers: dict[str, str] = {}
    once: set[str] = set()
    lines = [line for line in read_resource("event_words.csv").splitlines() if not line.startswith("#")]
    for row in csv.DictReader(lines):
        verb_forms = {f for lemma in row["verbs"].split("|") if lemma for f in _inflections(lemma)}
        nouns = {f for noun in row["nouns"].split("|") if noun for f in (noun, noun + "s", noun + "es")}
        if row["kind"] in ("event", "once"):
            once |= {row["key"]} if row["kind"] == "once" else set()
            events.update({f: row["key"] for f in verb_forms | nouns if f not in events})
            verbs |= verb_forms - nouns
        elif row["kind"] == "light":
            light |= verb_forms
        elif row["kind"] == "verb":
            verbs |= verb_forms
        elif row["kind"] == "speech":
            speech |= verb_forms
        else:
            kind = f"ordinal {row['key']}" if row["kind"] == "ordinal" else row["kind"]
            markers.update({w: kind for w in row["nouns"].split("|")})
    return EventWords(events, frozenset(verbs), frozenset(light - events.keys()),
                      frozenset(speech - events.keys() - light), markers, frozenset(once))


def _inflections(word: str) -> set[str]:
    """A verb's regular forms, generously (`ban`: bans, banned, banning): a form no one writes matches nothing."""
    stem = word[:-1] if word.endswith("e") and not word.endswith("ee") else word
    forms = {word, word + "s", word + "es", word + "d", stem + "ed", stem + "ing"}
    if re.search(r"[^aeiou]y$", word):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith("ie"):
        forms.add(word[:-2] + "ying")
    if re.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", word):
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return [(m.group(), m.start()) for m in WORD.finditer(text, start, len(text) if end is None else end)]


def read_event(text: str, row: object, event: str | None, owned: tuple[int, int], sentence: tuple[int, int],
                mentions: list[tuple[int, int, str]]) -> tuple:
    """What the date dates (the fields of `DateContext` after `actors`).

    The noun a date modifies (`Monday's debate`, `the Oct. 23 slaying`) is the event; else the verb of
    the event phrase the extractor found (subject + verb + object), with any event noun in its subject
    (`the attacks killed`); a reporting verb dates a statement and names no event. A light verb
    (`held`) or none leaves it to the event nouns of the phrase, and a phrase with nothing else in it
    (`it was`) to the event word of the date's part of the sentence nearest the date. A date that
    bounds a stretch (`since 1993`, `by Jan. 14`) dates no event but the noun it modifies.
    """
    lexicon = event_words()
    clause = _tokens(text, owned[0], row.start) + _tokens(text, row.end, owned[1])
    named, subject = _dated_noun(text, row, sentence, lexicon), []
    # 'since 1993', 'by Jan. 14': the bound of a stretch or a deadline dates no event of the clause.
    bound = re.search(r"\b(?:since|until|till|through|by|before|after)\s+(?:the\s+)?$", text[sentence[0]:row.start],
                      re.I)
    if not named and not bound:
        phrase = _tokens(event) if event else clause
        kind, index = _predicate(phrase, lexicon)
        subject = phrase[:index] if index is not None else []
        if kind in ("event", "verb"):
            named = [phrase[index][0], *(w for w, _ in subject if w.lower() in lexicon.events)]
        elif kind != "speech":
            named = [phrase[i][0] for i in _event_nouns(phrase, lexicon)]
            rest = [w for w, _ in phrase if w.islower() and _content(w) and w not in lexicon.light
                    and w not in lexicon.events]
            if not named and not rest:
                near = sorted(_event_nouns(clause, lexicon), key=lambda i: abs(clause[i][1] - row.start))
                named = [clause[i][0] for i in near[:1]]
    keys = {lexicon.events.get(w.lower(), "~" + w.lower()) for w in named}
    words = _tokens(text, sentence[0], row.start) + _tokens(text, row.end, sentence[1])
    markers = _markers(words, {w.lower() for w in named}, sentence[0], lexicon)
    subject_text = " " + " ".join(w for w, _ in subject) + " "
    subjects = {w.lower() for w, _ in subject if w[:1].isupper() and _content(w) and w.lower() not in _titles()}
    subjects |= {key for start, end, key in mentions if subject
                 and " " + " ".join(w for w, _ in _tokens(text, start, end)) + " " in subject_text}
    deictic = not re.search(r"\d", row.text) and bool(set(row.text.lower().replace("'s", "").split()) & DEICTIC_WORDS)
    weekday = deictic and bool(set(row.text.lower().replace("'s", "").split()) & set(calendar_words().weekdays))
    return (frozenset(keys), tuple(dict.fromkeys(named)), markers, frozenset(subjects),
            deictic and _in_quotation(text, row.start), weekday)


@cache
def _titles() -> frozenset[str]:
    """Titles say what someone is, not who: `President` names no one in particular."""
    return frozenset(line.strip() for line in read_resource("titles.txt").splitlines() if not line.startswith("#"))


def _content(word: str) -> bool:
    return len(word) > 2 and word.lower() not in stop_words()


def _event_nouns(tokens: list[Token], lexicon: EventWords) -> list[int]:
    """Where the tokens name an event, except events the sentence only times by (`after their summit`)."""
    return [i for i, (word, _) in enumerate(tokens) if word.lower() in lexicon.events
            and not REFERENCE_WORDS & {w.lower() for w, _ in tokens[max(0, i - 4):i]}]


def _dated_noun(text: str, row: object, sentence: tuple[int, int], lexicon: EventWords) -> list[str]:
    """The event noun a date modifies: `Monday's debate`, `the Aug. 7 bombings`, `Monday night's first debate`."""
    after = text[row.end:sentence[1]]
    possessive = re.match(r"['\u2019]s\b", after)
    if not possessive and not re.search(r"\b(?:the|a|an)\s+$", text[sentence[0]:row.start], re.I):
        return []
    after = re.split(r"[,;:!?()\"\u201c\u201d]", after[2:] if possessive else after)[0]
    for word, _ in _tokens(after)[:4]:
        if word.lower() in lexicon.events:
            return [word]
    return []


def _predicate(phrase: list[Token], lexicon: EventWords) -> tuple[str | None, int | None]:
    """The kind (`event`, `verb`, `speech`, `light`) and place of the phrase's verb: its first word that
    reads as a verb, not heading a noun phrase; an unknown `-ed`/`-ing` word is a verb of its own."""
    for i, (word, _) in enumerate(phrase):
        low = word.lower()
        before = phrase[i - 1][0].lower() if i else ""
        if before in NOUN_CUES or before.endswith(("'s", "\u2019s")) or before[:1].isdigit():
            continue  # 'the attacks', 'two bomb explosions': a noun, not the verb
        if low in lexicon.speech:
            return "speech", i
        if low in lexicon.light:
            return "light", i
        if low in lexicon.verbs:
            return ("event" if low in lexicon.events else "verb"), i
        if word.islower() and len(low) >= 5 and low.endswith(("ed", "ing")) and low not in NOT_VERBS:
            return "verb", i
    return None, None


def _markers(words: list[Token], named: set[str], sentence_start: int, lexicon: EventWords) -> frozenset[str]:
    """How the sentence singles the occurrence out, read next to the words naming the event: `another
    summit`, `met again`, `the second debate`, `the next debate` (not `the first ... in four years`)."""
    found = set()
    for i, (word, _) in enumerate(words):
        if word.lower() not in named:
            continue
        following = [w.lower() for w, _ in words[i + 1:i + 6]]
        for marker, start in words[max(0, i - 3):i] + words[i + 1:i + 4]:
            kind = lexicon.markers.get(marker.lower())
            if kind is None or not (marker.islower() or start == sentence_start):
                continue  # 'New York' is a name, not a new occurrence
            if kind == "ordinal 1" and GAP_WORDS & set(following):
                continue
            if kind == "repeat" or start < words[i][1]:
                found.add("further" if kind == "repeat" else kind)
    return frozenset(found)


def _in_quotation(text: str, start: int) -> bool:
    """Whether `start` lies inside a quotation of its paragraph (curly, straight or ``TeX'' marks)."""
    inside = False
    for mark in re.findall(r"``|''|[\"\u201c\u201d]", text[text.rfind("\n", 0, start) + 1:start]):
        inside = {"``": True, "\u201c": True, "\u201d": False}.get(mark, not inside)
    return inside

"""Quotations and reported speech -> Quote records with speaker, role, type and gender.

Finding is split from deciding: `find_cues` lists speech verbs and `according to`
phrases in the parse, `find_quoted_spans` pairs quotation marks in the text; then
each quotation is given the cue that introduces it (or the previous quotation's
speaker when it continues one), and each cue with a complement clause outside
quotation marks becomes an indirect quote.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from .lexicon import Lexicon, load_lexicon
from ..names import person_key
from ..records import ActorMention, ActorType, Gender, Quote, QuoteKind, SpeakerType
from .cues import Cue, CueIndex, find_cues, unsaid
from .layout import doc_text
from .quotemarks import QUOTATION_MARKS, QuotedSpan, find_quoted_spans
from .markup import Post
from .ranges import inside, merged, overlaps
from .pairing import cue_for, name_beside, noun_beside, stands_alone
from .uncued import continues, labelled_speaker, transcript_turns, uncued_speaker
from .speaker_book import Speaker, SpeakerBook, build_speaker_book, noun_phrase
from .described_speakers import speaker_for
from .speakers import RELATIVE_PRONOUNS, document_owner, resolve_speaker

# `calls X "a movement in the wrong direction"`: the quoted words, not the object, are the report.
NAMING_VERBS = frozenset({"call", "describe", "dub", "label", "brand", "term"})
RELAYING_VERBS = frozenset({"report", "quote"})  # `…, Anadolu reported`: passing on, not saying
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
STAGE_DIRECTION = re.compile(r"[(\[][^()\[\]]*[)\]][.,]?")
MIN_FRAGMENT_WORDS = 4
MAX_OPEN_PARAGRAPHS = 8  # paragraphs of one quotation left open before the one that closes it
MAX_NICKNAME_WORDS = 2
NAME_CHARS = 40  # enough of the text either side of a nickname to hold a name
NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w.’'-]+ $")
NAME_AFTER = re.compile(r" [A-Z][\w’'-]+\b")
MIN_REPORTED_WORDS = 4  # a report's own words before a quoted sentence that makes one quote with it
CLOSING_PUNCTUATION = frozenset(".,;:!?\u201d\u2019\"'")
CLAUSE_EDGE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "punct", "cc", "mark", "advcl", "prep", "npadvmod"})


def extract_quotes(
    doc: Doc, *, actors: Sequence[ActorMention], author: str | None, lexicon: Lexicon | None = None,
    posts: Sequence[Post] = (), spans: Sequence[QuotedSpan] | None = None,
) -> Iterator[Quote]:
    """`doc` is the parse of the text with its tags blanked (`markup.blank_markup`); `posts` are the
    embedded posts read from the text before that; `spans` its quotations, when the caller has them."""
    lexicon = lexicon or load_lexicon()
    text = doc_text(doc)
    spans = list(find_quoted_spans(text) if spans is None else spans)
    cues = find_cues(doc, lexicon)
    quoted = merged([*((s.open_mark, (s.close_mark or s.end) + 1) for s in spans), *((p.start, p.end) for p in posts)])
    book = build_speaker_book(doc, actors, lexicon, quoted)
    quotes = list(decide_quotes(doc, spans, cues, book, lexicon, author=author))
    covered = merged((q.start, q.end) for q in quotes)
    quotes += [_post_quote(post, text) for post in posts if not inside(post.start, covered)]
    covered = merged((q.start, q.end) for q in quotes)
    quotes += [_turn_quote(turn, book, lexicon) for turn in transcript_turns(book)
               if not overlaps(turn[0], turn[1], covered)]
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        # What the article says of a speaker's gender anywhere holds for all their quotes.
        known = book.genders.get(quote.speaker or "")
        yield replace(quote, speaker_gender=known) if known and quote.speaker_gender is Gender.UNKNOWN else quote


def _post_quote(post: Post, text: str) -> Quote:
    """An embedded post is its author's direct quote."""
    return _quote(QuoteKind.DIRECT, text[post.start : post.end], post.start, Speaker(post.author, SpeakerType.OTHER), cue="post")


def _turn_quote(turn: tuple[int, int, str], book: SpeakerBook, lexicon: Lexicon) -> Quote:
    """A transcript's turn is its speaker's direct quote."""
    start, end, name = turn
    return _quote(QuoteKind.DIRECT, book.text[start:end], start, speaker_for(name, ActorType.PERSON, book, lexicon),
                  cue="transcript")


def decide_quotes(
    doc: Doc,
    spans: list[QuotedSpan],
    cues: list[Cue],
    book: SpeakerBook,
    lexicon: Lexicon,
    *,
    author: str | None,
) -> Iterator[Quote]:
    """Walk the article in order so that each speaker is known before the pronouns that follow it.

    Notes: what a quotation asks of the cues and of the other quotations (its carrier, its cue, the
    quotations inside a report) is looked up by bisection and dictionaries, never by a scan of all
    of them, so an article of 10,000 quotations costs 10,000 times one.
    """
    outside = [c for c in cues if not inside(c.token.idx, book.quoted)]
    carriers = [c for c in outside if c.content is not None and c.speaker is not None]
    index = CueIndex.of(outside)
    carried = _carriers_holding(spans, carriers)
    quoted_spans = QuotedSpans.of(spans)
    events: list[tuple[int, int, object]] = [(s.open_mark, 0, s) for s in spans]
    events += [(c.content.start_char if c.content else c.token.idx, 1, c) for c in carriers]
    previous: tuple[QuotedSpan, Speaker | None] | None = None
    emitted: set[tuple[int, int]] = set()
    reported = (0, 0, 0)  # the last indirect report's characters, and where its verb is
    cue_at = {c.token.i: c for c in carriers}
    ordered = sorted(spans, key=lambda s: s.open_mark)
    following = {s.open_mark: later for s, later in zip(ordered, ordered[1:])}
    for _, _, item in sorted(events, key=lambda e: (e[0], e[1])):
        if isinstance(item, QuotedSpan):
            quote, speaker = _quotation(doc, item, index, carried.get(item.open_mark), previous, book, lexicon,
                                        author=author, following=following)
            # (`… said his outfit had “taken note of …` left open: the paragraphs after go on with it)
            if quote is not None and (quote.kind is QuoteKind.DIRECT or item.close_mark is None):
                previous = (item, speaker)
        elif reported[0] <= item.token.idx < reported[1] and reported[2] < item.token.idx:
            # `Zelensky said Kyiv had asked for batteries`: the asking is part of his report. (In
            # `Mohammadi said …, IRNA reported` the report's own verb comes last, and both stand.)
            quote = None
        elif _relays_a_report(item, cue_at):
            quote = None  # the inner report, whose content starts later, stands for itself
        else:
            quote = _indirect(item, quoted_spans, book, lexicon, author=author)
            if quote is not None:
                reported = (quote.start, quote.end, item.token.idx)
        if quote is not None and (quote.start, quote.end) not in emitted:
            emitted.add((quote.start, quote.end))
            yield quote


def _quotation(
    doc: Doc,
    span: QuotedSpan,
    cues: CueIndex,
    carrier: Cue | None,
    previous: tuple[QuotedSpan, Speaker | None] | None,
    book: SpeakerBook,
    lexicon: Lexicon,
    *,
    author: str | None,
    following: dict[int, QuotedSpan] | None = None,
) -> tuple[Quote | None, Speaker | None]:
    full = book.text
    text = full[span.start : span.end].strip()
    if STAGE_DIRECTION.fullmatch(text):
        return None, None  # `"(CROSSTALK.)`: a transcript's note, not anyone's words
    if carrier is None and _nickname(full, span, text):
        return None, None  # `Winston “Tot” Gamble complained`: a name's own part, not anyone's words
    start = full.index(text, span.start)
    kind = QuoteKind.DIRECT if stands_alone(full, span) else QuoteKind.PARTIAL
    if carrier is not None and _said_inside(carrier, span, cues, lexicon):
        carrier = None
    if carrier is not None and (kind is QuoteKind.PARTIAL or _reported_before(carrier, span, full)):
        # A quoted fragment inside reported speech, or a quoted sentence that ends a report (`She added
        # that most of the vote seems anti-Trump, which is a problem because, "In the end, …"`): the
        # report is the quote, marks and all.
        speaker = _speaker(carrier, book, lexicon, author=author)
        if speaker is _NOT_A_SOURCE:
            return None, None
        start = carrier.content.start_char
        end = max(carrier.content.end_char, span.close_mark + 1 if span.close_mark else span.end)
        return _quote(QuoteKind.PARTIAL, full[start:end], start, speaker, cue=carrier.token.text), speaker
    labelled = labelled_speaker(span, book, lexicon)
    cue = cue_for(doc, span, cues, kind, book) if labelled is None else None
    speaker = labelled
    if cue is not None and cue.speaker is not None:
        speaker = _speaker(cue, book, lexicon, author=author)
        if speaker is _NOT_A_SOURCE:
            return None, None
        if _goes_on_past_its_it(speaker, cue, previous, span, full):
            speaker = uncued_speaker(doc, span, previous, cues, book, lexicon, author=author)
    elif kind is QuoteKind.DIRECT and labelled is None:
        closing = _closing_paragraph(span, following or {}, full)
        cue = cue_for(doc, closing, cues, kind, book) if closing is not None else None
        if cue is not None and cue.speaker is not None:
            speaker = _speaker(cue, book, lexicon, author=author)
            if speaker is _NOT_A_SOURCE:
                return None, None
        if cue is None or cue.speaker is None or _goes_on_past_its_it(speaker, cue, previous, span, full):
            speaker = uncued_speaker(doc, span, previous, cues, book, lexicon, author=author)
    if kind is QuoteKind.PARTIAL and len(text.split()) < MIN_FRAGMENT_WORDS:
        clause = _clause_of(doc, span, full)
        if clause is not None:
            # `Trump admires Putin as a "strong leader"`: two quoted words say little without their clause.
            start, end, subject = clause
            text = full[start:end]
            if speaker is None and subject is not None:
                speaker = _named_subject(subject, book, lexicon, author=author)
    if speaker is not None and speaker.name:
        book.heard(span.start, speaker)
    return _quote(kind, text, start, speaker, cue=cue.token.text if cue else None), speaker


def _unnamed(speaker: Speaker | None) -> bool:
    return speaker is None or not speaker.name


def _goes_on_past_its_it(speaker: Speaker | None, cue: Cue, previous: tuple[QuotedSpan, Speaker | None] | None,
                         span: QuotedSpan, text: str) -> bool:
    """`… said his outfit had “taken note of … ¶ “We strongly wish … ¶ “We wish …,” it added`: a quotation
    the paragraph before left open, with a named speaker, goes on where its own `it` finds nobody. (Only
    `it`, a statement's voice: a `she` inside a quoted passage is someone the passage names.)"""
    its_it = cue.speaker is not None and cue.speaker.lower_ == "it"
    return (_unnamed(speaker) and its_it and previous is not None and not _unnamed(previous[1])
            and previous[0].close_mark is None and continues(text, previous[0], span))


def _closing_paragraph(span: QuotedSpan, following: dict[int, QuotedSpan], text: str) -> QuotedSpan | None:
    """`"At least four people were brought dead … ¶ "We have complete evidence …," Dr Jane Roe told The News.`:
    a paragraph of quotation left open goes on in the next, which opens with a mark again, as far as the
    paragraph that closes it, whose attribution is the whole quotation's."""
    for _ in range(MAX_OPEN_PARAGRAPHS):
        later = following.get(span.open_mark)
        if span.close_mark is not None or later is None or not continues(text, span, later):
            break
        span = later
    return span if span.close_mark is not None else None


def _nickname(full: str, span: QuotedSpan, text: str) -> bool:
    """A quoted word or two in capitals between a given name and a surname on the same line."""
    if span.close_mark is None or not 0 < len(text.split()) <= MAX_NICKNAME_WORDS or not text.istitle():
        return False
    after = span.close_mark + 1
    before, after = full[max(0, span.open_mark - NAME_CHARS) : span.open_mark], full[after : after + NAME_CHARS]
    return NAME_BEFORE.search(before) is not None and NAME_AFTER.match(after) is not None


def _said_inside(carrier: Cue, span: QuotedSpan, cues: CueIndex, lexicon: Lexicon) -> bool:
    """`Jorge Gaviño said the line "was born with endemic problems", BBC News has reported`: a report
    whose verb comes last relays the speaker its content names before the quotation."""
    if carrier.token.idx < span.open_mark or carrier.token.lemma_.lower() != "report":
        return False  # `The TPLF has agreed to an "orderly … disarmament," he said` is all his
    inner = cues.last_between(carrier.content.start_char, span.open_mark)
    # A person or a name relays; `The data indicates …, the paper reported` is the paper's.
    return inner is not None and inner.speaker is not None and (
        inner.speaker.pos_ == "PROPN" or inner.speaker.lemma_.lower() in lexicon.person_nouns)


def _reported_before(carrier: Cue, span: QuotedSpan, text: str) -> bool:
    """The report says something in its own words before the quotation opens, and quotes nothing else
    before it (a run of `Smith wrote: "…"` with no full stops is many quotations, not one report)."""
    before = text[carrier.content.start_char : span.open_mark]  # `text` is `doc.text`, built once
    return len(before.split()) >= MIN_REPORTED_WORDS and not QUOTATION_MARKS & set(before)


def _clause_of(doc: Doc, span: QuotedSpan, text: str) -> tuple[int, int, Token | None] | None:
    """The clause that holds a quoted fragment (its nearest verb's words in the sentence), and its subject;
    `text` is `doc.text`."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or span.close_mark is None:
        return None
    verb = next((t for t in [words.root, *words.root.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    sentence = verb.sent
    # The clause from the verb's first modifier after its subject: the subject is the speaker, not the words.
    lefts = [c.left_edge.i for c in verb.lefts if c.dep_ not in CLAUSE_EDGE_DEPS]
    first = max(min([verb.i, *lefts]), sentence.start)
    last = min(verb.right_edge.i, sentence.end - 1)
    while last > first and doc[last].is_punct and doc[last].idx > span.close_mark:
        last -= 1
    start = min(doc[first].idx, span.open_mark)
    end = max(doc[last].idx + len(doc[last]), span.close_mark + 1)
    while end < len(text) and text[end] in CLOSING_PUNCTUATION:
        end += 1  # every fragment of one clause gives the same quote, closing marks and all
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return start, end, subject


def _named_subject(subject: Token, book: SpeakerBook, lexicon: Lexicon, *, author: str | None) -> Speaker | None:
    """The clause's subject as the fragment's speaker, when it is a person or organisation the article names."""
    speaker = resolve_speaker(subject, book, lexicon, author=author)
    if speaker is None or speaker.name not in book.types:
        return None
    return speaker


_NOT_A_SOURCE = Speaker(None, SpeakerType.OTHER)


def _speaker(cue: Cue, book: SpeakerBook, lexicon: Lexicon, *, author: str | None) -> Speaker | None:
    """The cue's speaker; `_NOT_A_SOURCE` for the author or a first person, None when unknown."""
    if cue.speaker is None:
        return None
    token = cue.speaker
    if inside(token.idx, book.quoted) and not inside(cue.token.idx, book.quoted):
        # `"… the brightest members of Congress," Rep. Cummings said`: a misparse took a quoted word.
        token = noun_beside(cue, book) or name_beside(cue, book)
        if token is None:
            return None
    if token.pos_ == "PRON" and token.lower_ in FIRST_PERSON:
        return _NOT_A_SOURCE
    speaker = _read_from(cue.token, book, lexicon) or resolve_speaker(token, book, lexicon, author=author)
    if speaker is None and author and person_key(noun_phrase(token).text) in _author_keys(author):
        return _NOT_A_SOURCE
    if speaker is not None and speaker.name:
        book.heard(cue.token.idx, speaker)
    return speaker


def _read_from(verb: Token, book: SpeakerBook, lexicon: Lexicon) -> Speaker | None:
    """`Castro read from a letter signed by Gonzalez`: words read or quoted from a document are its
    writer's, when the document says who that is."""
    source = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    document = next((t for t in source.children if t.dep_ == "pobj"), None) if source is not None else None
    if document is None or document.lemma_.lower() not in lexicon.document_nouns:
        return None
    return document_owner(document, book, lexicon)


def _author_keys(author: str) -> set[str]:
    parts = person_key(author).split()
    return {person_key(author), *parts}


def _unknown_third_person(cue: Cue) -> bool:
    """`They said …`, `It says …`: a source the article has not named, not narration."""
    token = cue.speaker
    # An object (`cautioned Kim not to …`) is weaker evidence of speech than a clause: it needs a named speaker.
    return cue.own_speaker and not cue.from_object and token.pos_ == "PRON" and token.lower_ in ("he", "she", "they", "it") and token.dep_ != "expl"


def _carriers_holding(spans: Sequence[QuotedSpan], carriers: Sequence[Cue]) -> dict[int, Cue]:
    """Opening mark -> the outermost reported-speech content that holds it, for every quotation inside one.

    `KCNA said Putin and Kim vowed to strengthen "…"`: the words are KCNA's report.
    Notes: one sweep in text order; the contents open so far wait in a heap, longest first
    (then the earliest verb), and each leaves it once the sweep has passed its end.
    """
    contents = sorted(carriers, key=lambda c: c.content.start_char)
    waiting: list[tuple[int, int, int, Cue]] = []
    found: dict[int, Cue] = {}
    next_content = 0
    for mark in sorted(s.open_mark for s in spans):
        while next_content < len(contents) and contents[next_content].content.start_char <= mark:
            cue = contents[next_content]
            heapq.heappush(waiting, (-len(cue.content), cue.token.i, next_content, cue))
            next_content += 1
        while waiting and waiting[0][3].content.end_char <= mark:
            heapq.heappop(waiting)
        if waiting:
            found[mark] = _inner_report(waiting[0][3], waiting, mark)
    return found


def _relays_a_report(cue: Cue, cue_at: dict[int, Cue]) -> bool:
    """`The Post Courier reports that the Chamber president, Michael Mayberry, says …`: a report passed on
    whose content is someone's own report is theirs (`Zelensky said Kyiv had asked for …` stays his)."""
    verb, root = cue.token, cue.content.root
    if verb.lemma_.lower() not in RELAYING_VERBS or verb.idx > cue.content.start_char:
        return False
    inner = cue_at.get(root.i)
    # (`had reported that the minister had asked the FA to retain …`: asking someone to do a thing is no
    # report of one's own words, so the outlet's report stands)
    return (inner is not None and inner is not cue and inner.own_speaker and inner.speaker is not None
            and inner.speaker.i < root.i and inner.content is not None
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i >= inner.content.start
                    for c in inner.content.root.children))


def _inner_report(outer: Cue, waiting: list[tuple[int, int, int, Cue]], mark: int) -> Cue:
    """`Kandice Ardiel warned that the situation is "extremely sensitive", Anadolu reported`: an attribution
    closing a sentence that is itself someone's report relays that report; the quotation is the inner
    speaker's. (`KCNA said Putin and Kim vowed "…"`, the outer verb first, stays KCNA's; so does `Police
    intelligence suggests they were "…," Inspector Satheeh told the press`, which he says, not relays.)"""
    if outer.token.idx < outer.content.end_char or outer.token.lemma_.lower() not in RELAYING_VERBS:
        return outer
    inner = [cue for _, _, _, cue in waiting
             if cue is not outer and cue.own_speaker and cue.content.start_char <= mark < cue.content.end_char
             and outer.content.start_char <= cue.token.idx < outer.content.end_char]
    return max(inner, key=lambda cue: len(cue.content)) if inner else outer


@dataclass(frozen=True, slots=True)
class QuotedSpans:
    """The quotations' starts and ranges, for asking whether a report's content holds or meets one."""

    starts: list[int]
    ranges: list[tuple[int, int]]

    @classmethod
    def of(cls, spans: Sequence[QuotedSpan]) -> QuotedSpans:
        return cls(sorted(s.start for s in spans), merged((s.start, s.end) for s in spans))

    def first_in(self, start: int, end: int) -> int | None:
        """The start of the first quotation that starts in text[start:end]."""
        first = bisect_left(self.starts, start)
        return self.starts[first] if first < len(self.starts) and self.starts[first] < end else None

    def meet(self, start: int, end: int) -> bool:
        """Does a quotation start in text[start:end], or hold `start`?"""
        first = bisect_left(self.starts, start)
        return (first < len(self.starts) and self.starts[first] < end) or inside(start, self.ranges)


def _indirect(cue: Cue, spans: QuotedSpans, book: SpeakerBook, lexicon: Lexicon, *, author: str | None) -> Quote | None:
    """Reported speech with no quotation marks in it; content holding a quotation is left to `_quotation`."""
    content = cue.content
    if spans.meet(content.start_char, content.end_char) or unsaid(cue.token):
        return None
    if cue.from_object and _names_with_a_quotation(cue, spans):
        return None  # `calls extending NATO … "a movement in the wrong direction"`: the quotation is the report
    if cue.speaker is not None and cue.speaker.lower_ in RELATIVE_PRONOUNS and cue.from_object:
        return None  # `aides who voiced concerns for the nation` is background; `…, who said the goal was …` reports
    speaker = _speaker(cue, book, lexicon, author=author)
    if speaker is _NOT_A_SOURCE or (speaker is None and not _unknown_third_person(cue)):
        return None
    return _quote(QuoteKind.INDIRECT, content.text, content.start_char, speaker, cue=cue.token.text)


def _names_with_a_quotation(cue: Cue, spans: QuotedSpans) -> bool:
    """`Ivanov calls extending NATO … "a movement in the wrong direction"`: a naming verb whose own
    clause (no other verb between) holds a quotation after its object."""
    verb = cue.token
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    start = spans.first_in(cue.content.end_char, verb.sent.end_char)
    if start is None:
        return False
    words = verb.doc.char_span(start, min(start + 1, verb.sent.end_char), alignment_mode="expand")
    if words is None:
        return False
    for ancestor in words.root.ancestors:
        if ancestor.i == verb.i:
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def _quote(kind: QuoteKind, text: str, start: int, speaker: Speaker | None, *, cue: str | None = None) -> Quote:
    if speaker is None:
        return Quote(kind, text, start, start + len(text), None, SpeakerType.OTHER, cue=cue)
    return Quote(
        kind=kind,
        text=text,
        start=start,
        end=start + len(text),
        speaker=speaker.name,
        speaker_type=speaker.type,
        speaker_role=speaker.role,
        speaker_gender=speaker.gender,
        cue=cue,
    )

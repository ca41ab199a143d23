"""Quotations and reported speech -> Quote records with speaker, role, type and gender.

Finding is split from deciding: `find_cues` lists speech verbs and `according to`
phrases in the parse, `find_quoted_spans` pairs quotation marks in the text; then
each quotation is given the cue that introduces it (or the previous quotation's
speaker when it continues one), and each cue with a complement clause outside
quotation marks becomes an indirect quote.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon, load_lexicon
from ..records import ActorMention, Quote, QuoteKind, SpeakerType
from .quotemarks import QuotedSpan, find_quoted_spans
from .speakers import Speaker, SpeakerBook, build_speaker_book, resolve_speaker

CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
LEADING_MARKERS = frozenset({"that", "whether", "if", ",", ":", "“", '"', "—", "–"})
MIN_INDIRECT_TOKENS = 4
DIRECT_OPENERS = ".!?:,;—–-"


@dataclass(frozen=True, slots=True)
class Cue:
    """A speech verb (or `according to`) with its speaker token and, if any, its content clause."""

    token: Token
    speaker: Token | None
    content: Span | None
    according: bool = False


def extract_quotes(
    doc: Doc, *, actors: Sequence[ActorMention], author: str | None, lexicon: Lexicon | None = None
) -> Iterator[Quote]:
    lexicon = lexicon or load_lexicon()
    spans = find_quoted_spans(doc.text)
    cues = find_cues(doc, lexicon)
    book = build_speaker_book(doc, actors, lexicon)
    quotes = list(decide_quotes(doc, spans, cues, book, lexicon, author=author))
    yield from sorted(quotes, key=lambda q: (q.start, q.end))


def find_cues(doc: Doc, lexicon: Lexicon) -> list[Cue]:
    cues: list[Cue] = []
    for token in doc:
        if token.lemma_.lower() in lexicon.speech_verbs and token.pos_ in ("VERB", "AUX"):
            speaker = own_subject(token) or _earlier_speaker(token, cues) or subject_of(token)
            cues.append(Cue(token, speaker, content_of(token)))
        elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            source = next((t for t in doc[token.i + 1].children if t.dep_ == "pobj"), None)
            if source is not None:
                cues.append(Cue(token, source, according_content(token), according=True))
    return cues


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject, or for a passive the `by` agent."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            return next((t for t in child.children if t.dep_ == "pobj"), None)
    return None


def _earlier_speaker(verb: Token, cues: list[Cue]) -> Token | None:
    """`As Kim told Putin, …, adding that …`: a subjectless participle continues the sentence's last speaker."""
    if verb.tag_ != "VBG" or own_subject(verb) is not None:
        return None
    earlier = [c for c in cues if c.token.sent.start == verb.sent.start and c.speaker is not None and not c.according]
    return earlier[-1].speaker if earlier else None


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; for a passive, the `by` agent; for a bare participle, its head's subject."""
    subject = own_subject(verb)
    if subject is not None:
        return subject
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return None


def content_of(verb: Token) -> Span | None:
    """The complement clause of a speech verb, without its leading `that`."""
    clause = next((c for c in verb.children if c.dep_ in CONTENT_DEPS), None)
    if clause is None:
        return None
    tokens = [t for t in clause.subtree]
    while tokens and (tokens[0].lower_ in LEADING_MARKERS or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < MIN_INDIRECT_TOKENS or not _attached(tokens, verb):
        return None
    return verb.doc[tokens[0].i : tokens[-1].i + 1]


def _attached(tokens: list[Token], verb: Token) -> bool:
    """Content before its verb is set off by a comma, dash or closing quote (`…, analysts said`)."""
    if tokens[-1].i > verb.i:
        return True
    between = verb.doc[tokens[-1].i + 1 : verb.i]
    return any(t.text in (",", "—", "–", "”", '"', "’") for t in between)


def according_content(according: Token) -> Span | None:
    """`X happened, according to Y`: the clause `according to` hangs from, minus the phrase itself."""
    head = according.head
    while head.dep_ != "ROOT" and head.head is not head:
        head = head.head
    sentence = according.sent
    skip = range(according.left_edge.i, according.right_edge.i + 1)
    tokens = [t for t in head.subtree if t.i not in skip and sentence.start <= t.i < sentence.end]
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < MIN_INDIRECT_TOKENS:
        return None
    return according.doc[tokens[0].i : tokens[-1].i + 1]


def decide_quotes(
    doc: Doc,
    spans: list[QuotedSpan],
    cues: list[Cue],
    book: SpeakerBook,
    lexicon: Lexicon,
    *,
    author: str | None,
) -> Iterator[Quote]:
    quoted_chars = [(s.open_mark, (s.close_mark or s.end) + 1) for s in spans]
    outside = [c for c in cues if not _inside(c.token.idx, quoted_chars)]
    events: list[tuple[int, str, object]] = [(s.start, "span", s) for s in spans]
    events += [(c.token.idx, "cue", c) for c in outside if c.content is not None]
    previous: tuple[QuotedSpan, Speaker | None] | None = None
    for _, kind, item in sorted(events, key=lambda e: (e[0], e[1])):
        if kind == "span":
            quote, speaker = _quotation(doc, item, outside, previous, book, lexicon, author=author)
            if quote is not None:
                previous = (item, speaker) if quote.kind is QuoteKind.DIRECT else previous
                yield quote
        else:
            quote = _indirect(item, quoted_chars, book, lexicon, author=author)
            if quote is not None:
                yield quote


def _inside(position: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in ranges)


def _quotation(
    doc: Doc,
    span: QuotedSpan,
    cues: list[Cue],
    previous: tuple[QuotedSpan, Speaker | None] | None,
    book: SpeakerBook,
    lexicon: Lexicon,
    *,
    author: str | None,
) -> tuple[Quote | None, Speaker | None]:
    text = doc.text[span.start : span.end].strip()
    start = doc.text.index(text, span.start)
    kind = QuoteKind.DIRECT if _stands_alone(doc.text, span) else QuoteKind.PARTIAL
    cue = _cue_for(doc, span, cues, kind)
    speaker = None
    if cue is not None and cue.speaker is not None:
        speaker = resolve_speaker(cue.speaker, book, lexicon, author=author)
        if speaker is None and _is_author_or_first_person(cue.speaker):
            return None, None
    elif kind is QuoteKind.DIRECT and previous is not None and _continues(doc.text, previous[0], span):
        speaker = previous[1]
    if speaker is not None and speaker.name:
        book.spoken.append((span.start, speaker.name))
    return _quote(kind, text, start, speaker), speaker


def _is_author_or_first_person(token: Token) -> bool:
    return token.lower_ in ("i", "we") or token.ent_type_ == "PERSON"


def _stands_alone(text: str, span: QuotedSpan) -> bool:
    """A direct quotation opens its sentence (or follows `said:` / `said,`), and says a sentence."""
    before = text[: span.open_mark].rstrip()
    opener_ok = not before or before[-1] in DIRECT_OPENERS or before.endswith("\n")
    words = text[span.start : span.end].split()
    first = words[0].lstrip("‘'([") if words else ""
    sentence_like = len(words) >= 4 and (first[:1].isupper() or first[:1].isdigit() or before.endswith(","))
    return opener_ok and sentence_like


def _cue_for(doc: Doc, span: QuotedSpan, cues: list[Cue], kind: QuoteKind) -> Cue | None:
    """The cue that introduces a quotation: in its sentence first, else in the sentence just before."""
    first = doc.char_span(span.start, span.end, alignment_mode="expand")
    if first is None:
        return None
    sentences = {first[0].sent.start, first[-1].sent.start}
    if kind is QuoteKind.PARTIAL:
        governing = _governing_cue(first, cues)
        if governing is not None:
            return governing
    same = [c for c in cues if c.token.sent.start in sentences and c.speaker is not None]
    if same:
        return min(same, key=lambda c: _distance(c.token.idx, span))
    if kind is QuoteKind.DIRECT and first[0].sent.start > 0:
        before = doc[first[0].sent.start - 1].sent
        paragraph_break = "\n\n" in doc.text[before.start_char : span.open_mark]
        near = [c for c in cues if before.start <= c.token.i < before.end and c.speaker is not None]
        if near and not paragraph_break:
            return near[-1]
    return None


def _governing_cue(words: Span, cues: list[Cue]) -> Cue | None:
    """For a quoted fragment, the outermost speech verb above it: `KCNA said they vowed "…"` is KCNA's."""
    by_token = {c.token.i: c for c in cues if c.speaker is not None}
    found = None
    for ancestor in words.root.ancestors:
        if ancestor.i in by_token:
            found = by_token[ancestor.i]
    return found


def _distance(position: int, span: QuotedSpan) -> int:
    end = span.close_mark or span.end
    return 0 if span.open_mark <= position <= end else min(abs(position - span.open_mark), abs(position - end))


def _continues(text: str, earlier: QuotedSpan, later: QuotedSpan) -> bool:
    """A quotation that follows another with only narration-free text between them, or opens the next paragraph."""
    gap = text[(earlier.close_mark or earlier.end) + 1 : later.open_mark]
    return gap.count("\n\n") <= 1 and len(gap.split()) <= 2


def _indirect(cue: Cue, quoted: list[tuple[int, int]], book: SpeakerBook, lexicon: Lexicon, *, author: str | None) -> Quote | None:
    content = cue.content
    if content is None or cue.speaker is None:
        return None
    inside = sum(1 for t in content if _inside(t.idx, quoted))
    if inside > len(content) / 2:
        return None
    speaker = resolve_speaker(cue.speaker, book, lexicon, author=author)
    if speaker is None:
        return None
    if speaker.name:
        book.spoken.append((cue.token.idx, speaker.name))
    return _quote(QuoteKind.INDIRECT, content.text, content.start_char, speaker, cue=cue.token.text)


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

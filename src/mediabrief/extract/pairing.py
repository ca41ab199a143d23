"""Which cue a quotation takes, and which words before its verb name the speaker.

Notes: deciding, over what `cues.py` and `quotemarks.py` found: a direct quotation (one that opens
its sentence or paragraph and says a sentence) takes the cue in its own sentence, the cue just after
its closing mark, or the one closing the sentence before; a quoted fragment takes the outermost
speech verb above it. Every lookup is a bisection in the cue index, never a scan.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .cues import Cue, CueIndex
from .layout import doc_text, last_visible
from .quotemarks import QuotedSpan
from .ranges import inside
from .speaker_book import SpeakerBook
from ..records import QuoteKind

DIRECT_OPENERS = ".!?:,;—–-"
CLOSING_MARKS = frozenset("\u201d\"'\u2019")
SENTENCE_ENDS = frozenset(".!?,")
MAX_NAME_GAP_CHARS = 40
ABSOLUTE_DEPS = frozenset({"advcl", "pcomp"})  # a participle that stands apart from the clause above
MAX_BESIDE_TOKENS = 30  # `"…," Obama's former campaign strategist said`: a subject phrase, not a page


def stands_alone(text: str, span: QuotedSpan) -> bool:
    """A direct quotation opens its sentence (or follows `said:` / `said,`), and says a sentence."""
    last = last_visible(text, span.open_mark)
    before = text[last] if last >= 0 else ""
    # A paragraph that opens with the mark, or a quotation after one that closed a sentence
    # (`…."` then `"Next," he said`), stands alone whatever the previous paragraph ended with.
    line_start = "\n" in text[last + 1 : span.open_mark]
    mark_start = last - 1 if text.startswith("''", last - 1) else last  # `''` closes in archive text
    after_closed = before in CLOSING_MARKS and mark_start > 0 and text[mark_start - 1] in SENTENCE_ENDS
    opener_ok = not before or before in DIRECT_OPENERS or line_start or after_closed
    words = text[span.start : span.end].split()
    first = words[0].lstrip("‘'([") if words else ""
    # `"…what is going on is confidential," the minister said`: an excerpt that opens on an ellipsis
    elided = first.startswith(("\u2026", "..."))
    sentence_like = len(words) >= 4 and (first[:1].isupper() or first[:1].isdigit() or before == "," or elided)
    # `"He really should."` after a quotation or opening a paragraph, `"These are theatrics," she said`
    # opening a sentence: a short sentence of its own.
    whole_sentence = (line_start or after_closed or before in ".!?") and first[:1].isupper() and words[-1][-1:] in ".!?,"
    return opener_ok and (sentence_like or whole_sentence)


def cue_for(doc: Doc, span: QuotedSpan, cues: CueIndex, kind: QuoteKind, book: SpeakerBook) -> Cue | None:
    """The cue that introduces a quotation: in its sentence first, else in the sentence just before."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return None
    first, last = words[0].sent.start, words[-1].sent.start
    if kind is QuoteKind.PARTIAL:
        governing = _governing_cue(words, cues)
        if governing is not None:
            return governing
    nearest = cues.nearest_in_sentences((first, last) if last != first else (first,), span.open_mark,
                                        span.close_mark or span.end)
    if nearest is not None:
        return nearest
    after = _cue_right_after(doc, span, cues) if kind is QuoteKind.DIRECT else None
    if after is not None:
        return after
    if kind is QuoteKind.DIRECT and first > 0:
        before = doc[first - 1].sent
        # `He said:` closing one paragraph introduces the quotation that makes the next.
        colon = last_visible(book.text, span.open_mark, before.start_char)
        paragraph_break = (book.blank_lines.count(before.start_char, span.open_mark) > 0
                           and not (colon >= 0 and book.text[colon] == ":"))
        # (`He denies it is an "impossible budget" as described by the opposition.`: the denial goes on)
        near = cues.outermost(cues.last_in_sentence(before.start), before.start_char)
        if near is None and before.start > 0 and not any(t.pos_ in ("VERB", "AUX") for t in before):
            # `…," said FAA (Federal Aviation Administration)` | `Administrator Mike Whitaker.`: the parse
            # cut the cue's sentence in two, and the verbless piece before the quotation is its tail.
            near = cues.last_in_sentence(doc[before.start - 1].sent.start)
        if near is not None and not paragraph_break:
            return near
    return None


def _cue_right_after(doc: Doc, span: QuotedSpan, cues: CueIndex) -> Cue | None:
    """`"What right does that man have?" Gonzalez said`: the parse ended the sentence at the question
    mark, so the cue just after the closing mark is in the next one."""
    if span.close_mark is None:
        return None
    after = doc.char_span(span.close_mark, min(len(doc_text(doc)), span.close_mark + MAX_NAME_GAP_CHARS),
                          alignment_mode="expand")
    following = next((t for t in after if t.idx > span.close_mark and not t.is_space), None) if after is not None else None
    if following is None:
        return None
    sentence = following.sent  # the window may run on into the next paragraph: its first word's sentence
    cue = cues.nearest_in_sentences((sentence.start,), span.close_mark, span.close_mark)
    if cue is None or not 0 <= cue.token.idx - span.close_mark <= MAX_NAME_GAP_CHARS:
        return None
    if "\n" in doc_text(doc)[span.close_mark : cue.token.idx]:
        return None  # a quotation that closes its paragraph: the next paragraph's verb is another's
    return cue


def _governing_cue(words: Span, cues: CueIndex) -> Cue | None:
    """For a quoted fragment, the outermost speech verb above it: `KCNA said they vowed "…"` is KCNA's."""
    by_token = cues.by_token
    found = None
    for ancestor in words.root.ancestors:
        if ancestor.i in by_token:
            found = by_token[ancestor.i]
            if found.own_speaker and ancestor.dep_ in ABSOLUTE_DEPS and found.speaker.pos_ in ("PROPN", "NOUN"):
                break  # `groups hailed it, with the Humane Society calling it "…"`: a speaker of its own
    return found


def noun_beside(cue: Cue, book: SpeakerBook) -> Token | None:
    """`"…," Obama's former strategist said` / `"…," said Mr. Lee`: the first noun between the quotation
    and the verb (else right after the verb) is its subject, whatever the parse made of the quoted words."""
    doc, verb = cue.token.doc, cue.token
    before = []
    for token in reversed(doc[max(verb.sent.start, verb.i - MAX_BESIDE_TOKENS) : verb.i]):
        if inside(token.idx, book.quoted):
            break
        before.append(token)
    after = doc[verb.i + 1 : verb.i + 2] if verb.i + 1 < verb.sent.end else []
    for near in [*reversed(before), *after]:
        if near.pos_ in ("VERB", "AUX", "ADP", "SCONJ"):
            break  # `"…," and, when questioned after the debate, asserting`: no subject stands here
        if near.pos_ in ("NOUN", "PROPN") and near.ent_type_ not in ("DATE", "TIME"):
            root = near
            while root.dep_ in ("compound", "poss") and root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN"):
                root = root.head
            return root
    return None


def name_beside(cue: Cue, book: SpeakerBook):
    """The named actor nearest the speech verb in its sentence, outside quotation marks."""
    sentence, at = cue.token.sent, cue.token.idx
    window = book.between(max(sentence.start_char, at - MAX_NAME_GAP_CHARS), min(sentence.end_char, at + MAX_NAME_GAP_CHARS + 1))
    near = [m for m in window if not inside(m.start, book.quoted)]
    if not near:
        return None
    mention = min(near, key=lambda m: abs(m.start - cue.token.idx))
    return cue.token.doc.char_span(mention.start, mention.end, alignment_mode="expand").root

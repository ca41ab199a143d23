"""Where an article's sentences and blank lines lie, the last visible character before an offset,
and the Doc's text.

Notes: the speaker rules ask, for each quote, pronoun and cue, which sentence a token is in, how
many paragraph breaks lie between two offsets and where the last one before an offset is. spaCy's
`Token.sent`, `str.count` and `str.rfind` answer by scanning the distance, which summed over an
article's quotes is the square of its length. The sentence starts and the runs of newlines are
found once; each question is then a bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NEWLINES = re.compile(r"\n{2,}")
FIRST_LOOK = 64


@dataclass(frozen=True, slots=True)
class BlankLines:
    """The runs of two or more newlines in a text, for `str.count("\\n\\n", …)` and `str.rfind("\\n\\n", …)`."""

    starts: list[int]
    ends: list[int]
    pairs: list[int]  # pairs[k]: the "\n\n" in the runs before run k, as `str.count` counts them

    @classmethod
    def of(cls, text: str) -> BlankLines:
        runs = [match.span() for match in NEWLINES.finditer(text)] if "\n\n" in text else []
        pairs = [0, *accumulate((end - start) // 2 for start, end in runs)]
        return cls([start for start, _ in runs], [end for _, end in runs], pairs)

    def count(self, start: int, end: int) -> int:
        """`text.count("\\n\\n", start, end)` for 0 <= start."""
        first = bisect_right(self.ends, start)  # runs ending at or before `start` hold none
        last = bisect_left(self.starts, end)  # nor do runs from `end` on
        if first >= last:
            return 0
        total = self.pairs[last] - self.pairs[first]
        for k in {first, last - 1}:  # the runs at either edge count only their part inside
            inside = max(0, min(self.ends[k], end) - max(self.starts[k], start))
            total += inside // 2 - (self.ends[k] - self.starts[k]) // 2
        return total

    def last_before(self, end: int) -> int:
        """`text.rfind("\\n\\n", 0, end)`: the last break's offset, -1 if none."""
        k = bisect_right(self.starts, end - 2) - 1
        return min(self.ends[k], end) - 2 if k >= 0 else -1


def last_visible(text: str, end: int, start: int = 0) -> int:
    """The offset of the last non-space character of text[start:end], -1 if none.

    `len(text[:end].rstrip()) - 1` without copying the text before: only the white space looked at.
    """
    width = FIRST_LOOK
    while True:
        low = max(start, end - width)
        kept = len(text[low:end].rstrip())
        if kept:
            return low + kept - 1
        if low == start:
            return -1
        width *= 2


TEXT_KEY = "mediabrief.text"
TOKENS_KEY = "mediabrief.tokens"


def doc_tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens, made once per Doc (kept in its `user_data` until `forget_tokens`): spaCy makes a
    new Token object at each index and each step of a walk over a Doc, and the extractors walk every
    word of an article a dozen times."""
    tokens = doc.user_data.get(TOKENS_KEY)
    if tokens is None:
        tokens = doc.user_data[TOKENS_KEY] = list(doc)
    return tokens


def forget_tokens(doc: Doc) -> None:
    """Drop `doc_tokens`' list, whose tokens refer back to the Doc: a cycle only the garbage collector would free."""
    doc.user_data.pop(TOKENS_KEY, None)


def keep_text(doc: Doc, text: str) -> None:
    """Give `doc_text` the text `doc` was parsed from (which spaCy's tokenizer keeps character for character)."""
    doc.user_data[TEXT_KEY] = text


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc (kept in its `user_data`): spaCy joins every token's text
    again on each access, and each extractor needs the text."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


@dataclass(frozen=True, slots=True)
class Sentences:
    """A Doc's sentences by number: the first token of each, and its offset."""

    starts: list[int]
    chars: list[int]

    @classmethod
    def of(cls, doc: Doc) -> Sentences:
        starts = np.flatnonzero(doc.to_array("SENT_START") == 1)
        if len(doc) and (not len(starts) or starts[0] != 0):
            starts = np.concatenate([[0], starts])  # spaCy's walk stops at the first token, a start or not
        return cls(starts.tolist(), doc.to_array("IDX")[starts].tolist() if len(doc) else [])

    def number_at(self, offset: int) -> int:
        """The sentence whose first token starts at or before `offset`."""
        return bisect_right(self.chars, offset) - 1

    def span(self, doc: Doc, number: int) -> Span:
        return doc[self.starts[number] : self.starts[number + 1] if number + 1 < len(self.starts) else len(doc)]


def index_sentences(doc: Doc) -> Sentences:
    """Make `Token.sent` and `Span.sent` of `doc` a bisection over its sentence starts (spaCy's
    user hooks; the same sentences, as spaCy's walk from the token to either end finds them)."""
    sentences = Sentences.of(doc)
    doc.user_token_hooks["sent"] = partial(_token_sentence, sentences)
    doc.user_span_hooks["sent"] = partial(_span_sentence, sentences)
    return sentences


def _token_sentence(sentences: Sentences, token: Token) -> Span:
    return sentences.span(token.doc, bisect_right(sentences.starts, token.i) - 1)


def _span_sentence(sentences: Sentences, span: Span) -> Span:
    return sentences.span(span.doc, bisect_right(sentences.starts, span.start) - 1)

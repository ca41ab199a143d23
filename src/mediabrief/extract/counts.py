"""Size of the body: words, sentences, paragraphs."""

from __future__ import annotations

from spacy.tokens import Doc

from .layout import doc_text, doc_tokens
from ..records import TextCounts


def count_text(doc: Doc) -> TextCounts:
    """Words are tokens that are neither punctuation nor white space.

    Notes: paragraphs are the body's blank-line separated blocks, as ingest joined them.
    """
    words = sum(1 for token in doc_tokens(doc) if not (token.is_punct or token.is_space))
    sentences = sum(1 for sent in doc.sents if any(not t.is_space for t in sent))
    paragraphs = sum(1 for block in doc_text(doc).split("\n\n") if block.strip())
    return TextCounts(words=words, sentences=sentences, paragraphs=paragraphs)

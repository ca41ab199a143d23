"""The text spaCy parses, and how: tokenizer traps blanked, long texts parsed in pieces.

Notes: spaCy's tokenizer strips a word's prefixes and suffixes one at a time and searches the
rest of the word again after each, so a word of N quotation marks, brackets, symbols or `'s`
costs N² (8,000 marks: five seconds; 40,000: minutes); its URL pattern backtracks over every
colon of a word (`a:a:a:…`). Such runs are never prose. Like markup (`markup.blank_markup`)
they are blanked, same length so offsets hold; text without them goes in byte for byte.
A text longer than PIECE_CHARS is parsed in pieces cut at paragraph breaks and joined into one
Doc whose text is the text (`Doc.from_docs`): the pipeline's activations for one 5 MB Doc take
gigabytes, for a piece they take what the piece takes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# 64 or more characters the tokenizer would strip one by one: punctuation, symbols, emoji, `_`,
# and the affixes with letters (`'s`, `US$`). Normal text has runs of a few (`."”)`); a run of 63
# costs about 0.3 ms to tokenize, so the cost per character stays bounded. The lookbehinds let a
# match start only where a run starts: tried from inside every run, the search would read each
# run once per character of it.
AFFIX_RUN = re.compile(r"(?<![^\w\s])(?<!_)(?<!['\u2019][sS])(?:['\u2019][sS]|(?:US|[AC])\$|[^\w\s]|_){64,}")
# A word with 17 or more colons: the URL pattern's `\S+(?::\S*)?@` tries every colon against the
# rest of the word. An IPv6 address has 7, a clock time 2.
COLON_WORD = re.compile(r"(?<!\S)[^\s:]*(?::[^\s:]*){17,}")
PIECE_CHARS = 100_000
NAME_APOSTROPHE = re.compile(r"(?<=\b[A-Z])\u2019(?=[A-Z])")  # O’Gorman, D’Souza
STOCK_CODE = re.compile(r"(?<=\s)\(?(?P<code>[A-Z0-9][A-Za-z0-9]{1,6}\.[A-Z]{1,3})\)?(?=[\s,;:)]|\.(?:\s|$)|$)")


NICKNAME_MARKS = ("\u201c", "\u2018", '"')
NICKNAME_IN_NAME = re.compile(
    r"(?P<given>\b[A-Z][\w.'-]{1,20} )(?P<nickname>[\u201c\u2018\"][A-Z][\w'-]{1,15}[\u201d\u2019\"])(?= [A-Z][\w.'-])")


def blank_traps(text: str) -> str:
    """`text` with every run the tokenizer is quadratic in replaced by as many spaces."""
    for trap in (AFFIX_RUN, COLON_WORD):
        if trap.search(text) is not None:
            text = trap.sub(lambda match: " " * len(match.group()), text)
    return text


def blank_stock_codes(text: str) -> str:
    """`Shell RDSa.L announced`, `Tesla (TSLA.O) said`: a wire's stock code after a company's name,
    which the tokenizer cuts into a stray `L` the parse takes for the subject, becomes spaces."""
    if "." not in text:
        return text
    return STOCK_CODE.sub(lambda match: " " * len(match.group()) if _is_stock_code(match) else match.group(), text)


def _is_stock_code(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - 40) : match.start()].split()
    code = match.group("code").split(".")[0]
    return bool(before) and before[-1][:1].isupper() and sum(ch.isupper() or ch.isdigit() for ch in code) >= 2


def blank_nicknames(text: str) -> str:
    """`Nakool “Fyah” Manohar`, `Gualberto ‘Wally’ Nuñez`: a nickname in quotation marks between a given name
    and a surname, which the small model cannot read a name across, becomes spaces (a nickname is no part
    of the name, `names.clean_name`; same length, so offsets hold)."""
    if not any(mark in text for mark in NICKNAME_MARKS):
        return text
    return NICKNAME_IN_NAME.sub(lambda match: match.group("given") + " " * len(match.group("nickname")), text)


def plain_archive_marks(text: str) -> str:
    """Newswire archives open a quotation with two backticks; spaCy reads ``` `` ``` as two stray
    symbols and misparses the sentence around them (`calls` as a noun), so the pair becomes a space
    and `“` (same length, offsets hold)."""
    return text.replace("``", " \u201c") if "``" in text else text


def straight_apostrophes(text: str) -> str:
    """`O’Gorman`, `D’Souza`: the apostrophe after a name's first letter made straight, as the small model's
    training text writes it; with the curly one it reads `Minister for Equality Roderic O’Gorman` as no
    person at all. Only there: made straight in `don’t` and `Monday’s` too, it moves the parse of
    sentences that were read right. Same length, so offsets hold."""
    return NAME_APOSTROPHE.sub("'", text) if "\u2019" in text else text


def piece_bounds(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """Consecutive (start, end) pieces of at most `size` characters that together are `text`.

    Each piece ends after a paragraph break in its second half, else a line break, else a space;
    a text without any is cut at `size`.
    """
    bounds = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        floor = start + size // 2
        cut = -1
        for separator in ("\n\n", "\n", " "):
            found = text.rfind(separator, floor, limit)
            if found >= 0:
                cut = found + len(separator)
                break
        cut = cut if cut > start else limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def parse_long(text: str, nlp: Language, *, size: int = PIECE_CHARS) -> Doc:
    """One Doc for `text`, parsed a piece at a time: `doc.text == text`, offsets as in one parse.

    Notes: a sentence never crosses a paragraph break (`engine/nlp.py`), so cutting there loses
    nothing but a few tokens of context at each cut. The pieces' tensors are dropped as they come:
    no extractor reads them, and kept they would double the memory.
    """
    from spacy.tokens import Doc

    docs = []
    for doc in nlp.pipe((text[start:end] for start, end in piece_bounds(text, size)), batch_size=1):
        doc.tensor = doc.tensor[:0].copy()  # a copy: a view would keep the whole array
        docs.append(doc)
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=("tensor", "user_data"))


def parse_texts(
    pairs: Iterable[tuple[str, object]], nlp: Language, *, batch_size: int, n_process: int, size: int = PIECE_CHARS
) -> Iterator[tuple[Doc, object]]:
    """(Doc, context) for each (text, context), in order: a text longer than `size` on its own in
    pieces, each run of shorter ones through one `nlp.pipe`, as they come."""
    for long, run in groupby(pairs, key=lambda pair: len(pair[0]) > size):
        if long:
            yield from ((parse_long(text, nlp, size=size), context) for text, context in run)
        else:
            yield from nlp.pipe(run, as_tuples=True, batch_size=batch_size, n_process=n_process)

"""Pair quotation marks in plain text: straight and curly, per paragraph, forgiving of strays.

Pure text, no NLP, so that one stray mark costs one quote, never the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
QUOTATION_MARKS = frozenset(OPENING + CLOSING + STRAIGHT)
DOUBLED_APOSTROPHE = "''"
DOUBLED_BACKTICK = "``"  # LaTeX and newswire archives open a quotation with two backticks
OPENS_AFTER = " \t\n([{—–-/"
OPENS_AFTER_IF_WORD_FOLLOWS = ":;,"
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SENTENCE_BOUNDARY = re.compile(r"[.!?\u2026]\s+(?=[A-Z])")
MIN_LEFT_OPEN_WORDS = 5  # a quotation left open runs to its paragraph's end only as a sentence or more
# Every mark, left to right: a doubled apostrophe is one mark, and its second apostrophe no other.
MARKS = re.compile("|".join([re.escape(DOUBLED_APOSTROPHE), re.escape(DOUBLED_BACKTICK),
                             f"[{re.escape(OPENING + CLOSING + STRAIGHT)}]"]))


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """The words between a pair of marks: `start`/`end` exclude the marks themselves."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def mark_roles(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Each double quotation mark in text[start:end] as `open` or `close`.

    Notes: a straight mark opens after white space, an opening bracket or dash, or
    at the paragraph start, and closes otherwise (the convention every style guide
    shares); `said,"We` opens too. A curly closing mark standing before a word at a
    paragraph's start is a typo for an opening one.
    """
    roles = []
    for mark in MARKS.finditer(text, start, end):
        index, ch = mark.start(), mark.group()
        before = text[index - 1] if index > start else " "
        after = text[mark.end()] if mark.end() < end else " "
        if ch == DOUBLED_BACKTICK:
            roles.append((index, "open"))
        elif ch == DOUBLED_APOSTROPHE:
            # Some archives write a double quotation mark as two apostrophes: ''like this''.
            opens = before in OPENS_AFTER or (before in OPENS_AFTER_IF_WORD_FOLLOWS and after.isalnum())
            roles.append((index, "open" if opens else "close"))
        elif ch in OPENING:
            # `… advance in the agenda“, added Maldorra`: glued to a word and followed by punctuation or a
            # space, the mark closes, whichever way the outlet typed it
            typo = (before.isalnum() or before in CLOSES_A_SENTENCE) and (after.isspace() or after in ",.;:!?")
            roles.append((index, "close" if typo else "open"))
        elif ch in CLOSING:
            typo = before in OPENS_AFTER and after.isalnum() and index == start
            roles.append((index, "open" if typo else "close"))
        elif ch == STRAIGHT:
            opens = before in OPENS_AFTER or (before in OPENS_AFTER_IF_WORD_FOLLOWS and after.isalnum())
            roles.append((index, "open" if opens else "close"))
    return roles


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quotation in `text`, in order.

    An opening mark left open at the end of a paragraph runs to the paragraph's end
    when the next paragraph opens with a mark (the multi-paragraph convention);
    otherwise it is a stray and is dropped.
    """
    blocks = paragraphs(text)
    spans: list[QuotedSpan] = []
    carried = False
    for number, (start, end) in enumerate(blocks):
        roles = mark_roles(text, start, end)
        if carried:  # the rest of a quotation the paragraph before left open, up to its closing mark
            spans.append(QuotedSpan(start, roles[0][0], start, roles[0][0]))
            roles = roles[1:]
        found, open_at = _pair(text, roles, by_family=True)
        never_closes = open_at is not None and _family(text[open_at : open_at + 2]) == "curly" and any(
            i > open_at and _family(text[i : i + 2]) == "straight" for i, _ in roles)
        if never_closes or any(_mixed_across_lines(text, span, roles) for span in found):
            # `“These conditions are central," Erdogan said. "The UN …"`: the styles mixed by a typo,
            # not a quotation inside a quotation, since the first one never closes in its own style,
            # or closes only lines later, past a straight mark that closed it.
            found, open_at = _pair(text, roles, by_family=False)
        spans += found
        carried = open_at is not None and _next_paragraph_closes_first(text, blocks, number, open_at)
        if open_at is not None and (carried or _next_paragraph_opens_with_mark(text, blocks, number)
                                    or _left_open_as_sentences(text, open_at, end)):
            spans.append(QuotedSpan(open_at + _width(text, open_at), end, open_at, None))
    return [span for span in spans if text[span.start : span.end].strip()]


def _mixed_across_lines(text: str, span: QuotedSpan, roles: list[tuple[int, str]]) -> bool:
    """A curly quotation that runs over a line break with a straight closing mark inside: `“… peace,"
    the prime minister said.` and, on the next line, `"Our commitment …,” said …`."""
    if span.close_mark is None or "\n" not in text[span.open_mark : span.close_mark]:
        return False
    return any(span.open_mark < i < span.close_mark and role == "close" and _family(text[i : i + 2]) == "straight"
               for i, role in roles)


def _pair(text: str, roles: list[tuple[int, str]], *, by_family: bool) -> tuple[list[QuotedSpan], int | None]:
    """The paragraph's quotations, and the mark left open at its end, if any."""
    spans = []
    open_at: int | None = None
    for index, role in roles:
        if by_family and open_at is not None and _family(text[index : index + 2]) != _family(text[open_at : open_at + 2]):
            continue  # a quotation inside a quotation, in the other style of marks
        if role == "open":
            if open_at is not None and _run_on_paragraph(text, open_at, index):
                start = open_at + _width(text, open_at)
                spans.append(QuotedSpan(start, _first_sentence_end(text, start, index), open_at, None))
            open_at = index
        elif open_at is not None:
            spans.append(QuotedSpan(open_at + _width(text, open_at), index, open_at, index))
            open_at = None
    return spans, open_at


def _run_on_paragraph(text: str, open_at: int, index: int) -> bool:
    """`“Last Saturday, we made history. “As your Prime Minister, I was deeply disappointed.`: paragraphs of
    one quotation, each opening with a curly mark and only the last closing, that the page ran into one
    line. A curly mark opening a sentence while another is open, whose words end a sentence, ends it."""
    curly = text[open_at] in OPENING and text[index] in OPENING
    before = text[open_at + 1 : index].rstrip()
    marks = QUOTATION_MARKS & set(before)  # (a mark of the other style between closed the first: no run-on)
    return curly and not marks and before[-1:] in ".!?\u2026" and len(before.split()) >= MIN_LEFT_OPEN_WORDS


def _first_sentence_end(text: str, start: int, index: int) -> int:
    """Where the quotation left open ends: at its first sentence, since what follows up to the next mark
    may as well be the outlet's own words (`“… going to be extreme. Prime Minister Mitchell said …. “We`)."""
    boundary = SENTENCE_BOUNDARY.search(text, start, index)
    return boundary.start() + 1 if boundary is not None else len(text[:index].rstrip())


def _width(text: str, index: int) -> int:
    return 2 if text.startswith((DOUBLED_APOSTROPHE, DOUBLED_BACKTICK), index) else 1


def _family(mark: str) -> str:
    """`"` opens and closes; `“` pairs with `”`; archive marks (``` `` ``` and `''`, the former made `“`
    before the parse) pair with both curly ones. `mark` is the character at the mark and the next."""
    if mark.startswith((DOUBLED_APOSTROPHE, DOUBLED_BACKTICK)) or mark[:1] in OPENING or mark[:1] in CLOSING:
        return "curly"
    return "straight"


def _next_paragraph_closes_first(text: str, blocks: list[tuple[int, int]], number: int, open_at: int) -> bool:
    """`“I wish the people the very best.` and then `As to my future, I will not serve,” he said.`: a
    quotation left open runs on into the next paragraph when that one's first mark closes it, in
    the same style, though the outlet dropped the mark that should open the paragraph."""
    if number + 1 >= len(blocks) or _next_paragraph_opens_with_mark(text, blocks, number):
        return False
    roles = mark_roles(text, *blocks[number + 1])
    return bool(roles) and roles[0][1] == "close" and _family(text[roles[0][0] : roles[0][0] + 2]) == _family(
        text[open_at : open_at + 2])


def _left_open_as_sentences(text: str, open_at: int, end: int) -> bool:
    """`… Carreon welcomed the criticism. “We agree with colleagues who describe this as a huge attack.`, the
    closing mark left out (or the text cut off there): a mark opening a sentence whose words run to the
    paragraph's end, ending one, is a quotation to that end; a stray mark inside a sentence is not."""
    before = text[:open_at].rstrip(" \t")
    opens_sentence = not before or before[-1] in ".!?:\n" or before.endswith(("\u201d", '."'))
    words = text[open_at + 1 : end].split()
    return opens_sentence and len(words) >= MIN_LEFT_OPEN_WORDS and text[:end].rstrip()[-1:] in ".!?\u2026"


def _next_paragraph_opens_with_mark(text: str, blocks: list[tuple[int, int]], number: int) -> bool:
    if number + 1 >= len(blocks):
        return False
    following = text[blocks[number + 1][0] : blocks[number + 1][1]].lstrip()
    return bool(following) and (following[0] in OPENING or following[0] == STRAIGHT
                                or following.startswith((DOUBLED_APOSTROPHE, DOUBLED_BACKTICK)))


SINGLE_OPENING = "\u2018"
SINGLE_CLOSING = "\u2019"
SINGLE_STRAIGHT = "'"
DOUBLED_SINGLE_OPENING = SINGLE_OPENING * 2
DOUBLED_SINGLE_CLOSING = SINGLE_CLOSING * 2
CLOSES_A_SENTENCE = ".,!?…"
STANDS_AFTER_A_CLOSE = ",.;:!?)]—–"


def double_marks_for_single(text: str) -> str:
    """`text` with the single quotation marks that open and close quotations written as double ones,
    same length so offsets hold; apostrophes stay.

    Notes: some British, Irish, Dutch and Australian outlets quote in single marks (`‘I am satisfied,’
    said …`), and some print a double mark as two single ones (`‘‘extremely seriously’’`). Single
    marks are read as quotation marks only in a text with no double mark at all, since elsewhere they
    quote inside a quotation, and a closing one is also the apostrophe (`don’t`, `farmers’ union`).
    """
    if DOUBLED_SINGLE_OPENING in text or DOUBLED_SINGLE_CLOSING in text:
        text = text.replace(DOUBLED_SINGLE_OPENING, " \u201c").replace(DOUBLED_SINGLE_CLOSING, "\u201d ")
    if MARKS.search(text) is not None:
        return text
    family = (SINGLE_OPENING, SINGLE_CLOSING) if SINGLE_OPENING in text else (SINGLE_STRAIGHT, SINGLE_STRAIGHT)
    if family[0] not in text:
        return text
    chars = list(text)
    for start, end in paragraphs(text):
        for open_at, close_at in _single_pairs(text, start, end, *family):
            chars[open_at] = "\u201c"
            if close_at is not None:
                chars[close_at] = "\u201d"
    return "".join(chars)


def _single_pairs(text: str, start: int, end: int, opening: str, closing: str) -> list[tuple[int, int | None]]:
    """Each opening single mark of the paragraph and its closing one: the first that ends a sentence
    or stands before punctuation, else the first that does not look like a plural's apostrophe
    (`‘turn the page’ on …`, not `analysts’ call`). An opening mark with no close is kept only when
    the quotation runs on into the next paragraph, which opens with a mark."""
    openers = [i for i in range(start, end) if text[i] == opening and _opens(text, i, start)]
    pairs: list[tuple[int, int | None]] = []
    for number, open_at in enumerate(openers):
        limit = openers[number + 1] if number + 1 < len(openers) else end
        closers = [i for i in range(open_at + 1, limit) if text[i] == closing and _may_close(text, i, end)]
        strong = [i for i in closers if _surely_closes(text, i, end)]
        loose = [i for i in closers if not _plural_apostrophe(text, i)]
        close_at = (strong or loose or closers or [None])[0]
        if close_at is not None or (number + 1 == len(openers) and text[end:].lstrip()[:1] == opening):
            pairs.append((open_at, close_at))
    return pairs


def _opens(text: str, index: int, start: int) -> bool:
    before = text[index - 1] if index > start else " "
    after = text[index + 1 : index + 2]
    return (before in OPENS_AFTER or before in OPENS_AFTER_IF_WORD_FOLLOWS) and (after.isalnum() or after in ".…")


def _may_close(text: str, index: int, end: int) -> bool:
    after = text[index + 1] if index + 1 < end else " "
    return not text[index - 1].isspace() and not after.isalnum()


def _surely_closes(text: str, index: int, end: int) -> bool:
    after = text[index + 1] if index + 1 < end else ""
    return text[index - 1] in CLOSES_A_SENTENCE or after == "" or after in STANDS_AFTER_A_CLOSE


def _plural_apostrophe(text: str, index: int) -> bool:
    following = text[index + 1 : index + 3]
    return text[index - 1] in "sS" and following[:1] == " " and following[1:].islower()

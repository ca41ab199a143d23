"""Date expressions in an article body -> DateMention, with TIMEX3 values and the event they date.

Finding is split from deciding: `find_date_spans` gathers candidates (spaCy's
DATE and TIME entities, plus token patterns for what the small NER misses or
cuts short: `this week's`, bare weekdays, `today`, holidays, `15 Sep 2023`);
`decide_span` splits ranges (`between 1994 and 1997`, `April 24 and 25`), reads
the tense of the clause (`clauses.find_tense`) and lets `timex.normalise` say
what each piece is worth. A candidate nothing can read (`the Kim dynasty`,
`aged 12 or 13`) is dropped; durations and clock times are kept with kind
"duration" / "time", off the timeline and out of scoring.

Values and anchors:
- relative and partial expressions are resolved against `published`: a weekday
  is the nearest such day on or before it (after it in the future tense), a
  yearless month the last one (the next one in the future or present tense);
- when `published` is coarser than the expression, the value is `published`
  itself (`this week` or `Wednesday` in an article dated `2023-09` -> `2023-09`,
  the value the seeds gold accepts); with no `published` at all the unknown
  fields stay X (`XXXX-WXX-3` for Wednesday, `XXXX-09-23`, `XXXX-XX`);
- `anchor` is the given anchor when the value used `published`, Anchor.NONE
  for absolute dates and for relative ones nothing anchored;
- a date naming a year outside the news record (`safety.YEAR_MIN`..`YEAR_MAX`:
  `31 December 9999`, `January 1, 0001`, `the 17th century`) is dropped, and so
  is one that anchoring carries out of it: the timeline, the disagreements and
  the charts do calendar arithmetic on every value, and a value they cannot
  place is worse than none (a kept one with an X value would be counted as a
  date the article left undated, which it did not). A published date outside
  the window anchors nothing (`anchoring.Reference.parse`).

Notes: candidates from spaCy NER (OntoNotes DATE/TIME) and the spaCy Matcher;
values by HeidelTime-style rules (Strötgen & Gertz 2013) in `timex.py`, with
dateparser for the explicit calendar core. Range splitting, tense and the
event phrase (subject + verb + object of the governing verb, `clauses.py`) are
written by hand: no maintained library does them over a spaCy parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import numpy as np
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..records import Anchor, DateMention
from ..resources import calendar_words
from .anchoring import Reference, in_window, load_holidays
from .clauses import describe_event, find_tense
from .date_words import NUMERIC_DATE
from .layout import doc_text
from .timex import Timex, normalise

CANDIDATE_LABELS = frozenset({"DATE", "TIME"})
WEEKDAY_WORDS = list(calendar_words().weekdays)
# A bare "Mar" is more often Mar-a-Lago than March; with its full stop it is the month.
MONTH_WORDS = [
    *calendar_words().months,
    *(form for forms in calendar_words().month_abbreviations for short in forms
      for form in (short, short + ".") if form != "mar"),
]
SHIFT_WORDS = ["this", "last", "next", "past", "coming", "previous"]
# The required words of `date_matcher`'s patterns besides digits, and the longest pattern in tokens.
ANCHOR_WORDS = [*WEEKDAY_WORDS, *MONTH_WORDS, "today", "tonight", "yesterday", "tomorrow", "week", "weekend",
                "month", "year", "day", "morning"]
ANCHOR = re.compile(r"\d|(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(ANCHOR_WORDS, key=len, reverse=True))
                    + r")(?!\w)", re.IGNORECASE)
PATTERN_REACH = 6
RANGE_WORDS = frozenset({"and", "to", "through", "thru", "until", "till", "-", "\u2013", "\u2014", "or", "&"})
# Words NER sometimes takes into a DATE that are no part of the expression ('on Monday', 'between 1994').
LEADING_WORDS = frozenset(
    {"the", ",", "and", "on", "in", "at", "by", "from", "since", "until", "till", "between", "during", "after",
     "before", "around", "through", "of", "for", "to", "over"}
)
TRAILING_WORDS = frozenset({"'s", "\u2019s", "'", "and", "or", "of"})
# No date expression runs longer (the eval sets' longest is 7 tokens). Reading a candidate costs its
# length squared (`decide_span` tries its parts), so a longer DATE entity is no candidate (the token
# patterns still find the dates in it) and a chain of touching dates (`Monday Tuesday …`) is cut
# into candidates this long.
MAX_DATE_TOKENS = 16


def extract_dates(doc: Doc, *, published: str | None, anchor: Anchor) -> Iterator[DateMention]:
    """Every date, duration and time expression in `doc`, in text order; offsets into `doc.text`."""
    reference = Reference.parse(published)
    previous: str | None = None  # the last resolved date, for 'that day' and 'the next morning'
    for span in find_date_spans(doc):
        for piece, timex in decide_span(span, reference, previous):
            piece = trim_span(piece)
            if timex.kind == "date" and not in_window(timex.value):
                continue
            if timex.kind == "date" and re.match(r"\d{4}", timex.value):
                previous = timex.value
            yield DateMention(
                text=piece.text,
                start=piece.start_char,
                end=piece.end_char,
                value=timex.value,
                anchor=anchor if timex.anchored else Anchor.NONE,
                kind=timex.kind,
                event=describe_event(piece) if timex.kind == "date" else None,
            )


def find_date_spans(doc: Doc) -> list[Span]:
    """NER DATE/TIME entities and pattern matches, overlapping ones merged, in text order."""
    spans = [ent for ent in doc.ents if ent.label_ in CANDIDATE_LABELS and len(ent) <= MAX_DATE_TOKENS]
    matcher = date_matcher(doc.vocab)
    for start, end in pattern_windows(doc):
        spans += matcher(doc[start:end], as_spans=True)
    spans += holiday_spans(doc)
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        # Overlapping or touching: NER cuts 'Tuesday morning' into a DATE and a TIME.
        joins = merged and (span.start < merged[-1].end or _touching(merged[-1], span))
        if joins and max(merged[-1].end, span.end) - merged[-1].start <= MAX_DATE_TOKENS:
            merged[-1] = doc[merged[-1].start : max(merged[-1].end, span.end)]
        elif not joins:
            merged.append(span)
        elif span.end > merged[-1].end:
            merged.append(doc[merged[-1].end : span.end])  # a chain too long for one expression
    return merged


def pattern_windows(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges around every word a date pattern needs, merged; the patterns match nowhere else.

    Every pattern of `date_matcher` has a required token that is a digit-bearing token or one of
    the ANCHOR_WORDS, and is at most PATTERN_REACH tokens long, so it matches in a window of that
    reach around such a token exactly as it matches in the whole Doc. Running spaCy's Matcher over
    a few windows instead of every token is most of what dating an article costs otherwise.
    """
    hits = [match.start() for match in ANCHOR.finditer(doc_text(doc))]
    if not hits:
        return []
    starts = doc.to_array("IDX")
    tokens = np.searchsorted(starts, np.asarray(hits, dtype=starts.dtype), side="right") - 1
    windows: list[tuple[int, int]] = []
    for token in np.unique(tokens).tolist():
        start, end = max(token - PATTERN_REACH, 0), min(token + PATTERN_REACH + 1, len(doc))
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


@lru_cache(maxsize=4)
def date_matcher(vocab: Vocab) -> Matcher:
    """Token patterns for date expressions spaCy's small NER misses or cuts short.

    Each pattern needs a token that `pattern_windows` looks for: keep ANCHOR_WORDS and
    PATTERN_REACH in step with them.
    """
    shift = {"LOWER": {"IN": SHIFT_WORDS}}
    weekday = {"LOWER": {"IN": WEEKDAY_WORDS}, "IS_TITLE": True}
    month = {"LOWER": {"IN": MONTH_WORDS}, "IS_TITLE": True}
    day = {"SHAPE": {"IN": ["d", "dd"]}}
    ordinal_day = {"LOWER": {"REGEX": r"^\d{1,2}(?:st|nd|rd|th)?$"}}
    year = {"SHAPE": "dddd"}
    optional = {"OP": "?"}
    edge = {"LOWER": {"IN": ["last", "next", "early", "late", "mid"]}}
    that_day = [
        {"LOWER": {"IN": ["earlier", "later"]}, **optional}, {"LOWER": "that"}, {"LOWER": {"IN": ["day", "year"]}},
    ]
    next_day = [{"LOWER": "the"}, {"LOWER": {"IN": ["next", "following"]}}, {"LOWER": {"IN": ["day", "morning"]}}]
    patterns = {
        "WEEKDAY": [[{**shift, **optional}, weekday]],
        "DEICTIC": [[{"LOWER": {"IN": ["today", "tonight", "yesterday", "tomorrow"]}}]],
        "UNIT": [
            [shift, {"LOWER": {"IN": ["week", "weekend", "month", "year"]}}],
            [{"LOWER": "the"}, {"LOWER": "weekend"}],
        ],
        "MONTH_DAY": [[{**shift, **optional}, month, day, {"ORTH": ",", **optional}, {**year, **optional}]],
        "DAY_MONTH": [[ordinal_day, {"LOWER": "of", **optional}, month, {**year, **optional}]],
        "MONTH_YEAR": [[month, year]],
        "NUMERIC": [
            [{"TEXT": {"REGEX": r"^\d{1,2}/\d{1,2}/(?:\d\d)?\d\d$"}}],
            [year, {"ORTH": "-"}, {"SHAPE": "dd"}, {"ORTH": "-"}, {"SHAPE": "dd"}],
        ],
        "SHIFT_MONTH": [[edge, {"ORTH": "-", **optional}, month]],
        "PREFIXED_YEAR": [[{"LOWER": {"REGEX": r"^(?:pre|post|mid)-(?:1[89]|20)\d\d$"}}]],
        "WEEK_OF": [[{"LOWER": "week"}, {"LOWER": "of"}, month, day]],
        "THAT_DAY": [that_day],
        "NEXT_DAY": [next_day],
    }
    matcher = Matcher(vocab)
    for name, rules in patterns.items():
        matcher.add(name, rules)
    return matcher


def _touching(left: Span, right: Span) -> bool:
    return right.start == left.end and right.start_char == left.end_char + 1


def holiday_spans(doc: Doc) -> list[Span]:
    """Holidays from resources/holidays.csv, capitalised as names are ('Thanksgiving Day').

    A holiday name followed by another capitalised word names something else ('Easter Island').
    """
    text = doc_text(doc)
    spans = []
    for match in holiday_pattern().finditer(text):
        words = re.sub(r"^(?:last|next|this) ", "", match.group(0), flags=re.IGNORECASE)
        following = text[match.end() : match.end() + 2]
        span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
        if span is not None and words[:1].isupper() and not (following[:1] == " " and following[1:].isupper()):
            spans.append(span)
    return spans


@lru_cache(maxsize=1)
def holiday_pattern() -> re.Pattern[str]:
    names = sorted(load_holidays(), key=len, reverse=True)
    return re.compile(r"\b(?:(?:last|next|this) )?(?:" + "|".join(re.escape(name) for name in names) + r")(?: week)?\b",
                      flags=re.IGNORECASE)


def decide_span(span: Span, reference: Reference, previous: str | None) -> list[tuple[Span, Timex]]:
    """A candidate -> its date pieces with values; [] when it is no date expression at all."""
    if len(span) > MAX_DATE_TOKENS:
        return []
    pieces = split_range(span, reference, previous)
    if pieces:
        return pieces
    tense = find_tense(span)
    timex = normalise(span.text, reference, tense, previous)
    if timex is not None:
        return [(span, timex)]
    # The NER span may carry words that are no part of the date ('the day Friday', 'April month'):
    # the longest part of it that is a date stands for it.
    for length in range(len(span) - 1, 0, -1):
        for start in range(span.start, span.end - length + 1):
            part = span.doc[start : start + length]
            timex = normalise(part.text, reference, tense, previous)
            if timex is not None and timex.kind == "date":
                return [(part, timex)]
    return []


def split_range(span: Span, reference: Reference, previous: str | None) -> list[tuple[Span, Timex]]:
    """'between 1994 and 1997', '1991-97', 'April 24 and 25' -> one piece per date; [] if not a range."""
    cuts = [token.i for token in span if token.lower_ in RANGE_WORDS]
    if not cuts or NUMERIC_DATE.fullmatch(re.sub(r"\s", "", span.text)):
        return []  # '2001-09-11' is one date, not a range
    bounds = [span.start, *cuts, span.end]
    parts = [span.doc[a + (a in cuts) : b] for a, b in zip(bounds, bounds[1:])]
    parts = [part for part in parts if len(part) and part.text.lower() not in ("between", "from")]
    if len(parts) < 2:
        return []
    tense = find_tense(span)
    pieces: list[tuple[Span, Timex]] = []
    for index, part in enumerate(parts):
        text = part.text
        years = [found.group(0) for p in parts[index + 1 :] if (found := re.search(r"\b\d{4}\b", p.text))]
        if years and not re.search(r"\d{4}", text) and re.search(r"[a-z]{3}", text, re.IGNORECASE):
            text = f"{text} {years[0]}"  # 'June and July 2018': June takes July's year
        timex = normalise(text, reference, tense, previous)
        if timex is None and pieces:
            timex = inherit(pieces[-1][1], part.text)
        if timex is None or timex.kind != "date":
            return []
        pieces.append((part, timex))
    return pieces


def inherit(left: Timex, text: str) -> Timex | None:
    """The second half of a range that leans on the first: 'April 24 and 25', '1991-97'."""
    text = text.strip()
    if re.fullmatch(r"\d{1,2}", text) and re.fullmatch(r"[\dX]{4}-\d\d-\d\d", left.value) and 1 <= int(text) <= 31:
        return Timex(f"{left.value[:8]}{int(text):02d}", anchored=left.anchored)
    if re.fullmatch(r"\d\d", text) and re.fullmatch(r"\d{4}", left.value):
        return Timex(left.value[:2] + text)
    return None


def trim_span(span: Span) -> Span:
    """No leading article or preposition, no trailing possessive, comma or conjunction in the reported text."""
    start, end = span.start, span.end
    doc = span.doc
    while end - start > 1 and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in TRAILING_WORDS):
        end -= 1
    while end - start > 1 and (doc[start].is_space or doc[start].lower_ in LEADING_WORDS):
        start += 1
    return span.doc[start:end]

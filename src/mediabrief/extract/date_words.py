"""The words of date expressions: patterns for months, weekdays, units and counts, and `clean`.

Kept apart from the rules in `timex.py` so each stays readable; plain data and
pure functions only.
"""

from __future__ import annotations

import re
import unicodedata

from ..resources import calendar_words

MONTH = calendar_words().month_pattern(capture=True)
WEEKDAY = calendar_words().weekday_pattern()
UNIT = r"(second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centurie)s?"
SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()
TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS = {word: value for value, word in enumerate(SMALL_NUMBERS)} | TENS
NUMBER_WORD = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
COUNT = rf"(\d+|a|an|a couple of|{NUMBER_WORD}(?:-{NUMBER_WORD})?)"
APPROX = r"(?:(?:almost|nearly|about|around|roughly|some|just|more than|less than|over|under|at least|only) )?"
SHIFT = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}
PLACEHOLDER = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
    "decade": "XXX",
}
DURATION_CODE = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W", "weekend": "WE",
    "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE",
}
# Words that frame an expression without changing its value (TIMEX3 keeps them in `mod`).
FRAME = re.compile(
    r"^(?:(?:the )?(?:very )?(?:early|late|mid|end of|beginning of|start of|middle of|first half of|second half of)"
    r"(?: of)?[ -]|(?:the )?(?:earlier|later) (?=\w)"
    r"|(?:on|in|at|since|until|till|by|from|between|during|around|about|before|after|as (?:early|soon|late) as) "
    r"|pre-|post-|the )+"
)
DAYPART = r"(?:morning|afternoon|evening|night|overnight|noon|midnight|dawn|dusk|daybreak)"
CLOCK = re.compile(
    r"(?:\bat )?(?:\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)|\b\d{1,2}:\d{2}\b|^(?:noon|midnight)$)"
)
# All-number dates: ISO, and day/month/year in the orders dateparser settles ('9/11', '31.12.2020').
NUMERIC_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}[.-]\d{1,2}[.-]\d{2,4}")
DURATION_WORDS = (
    r"(?:for|the|a|an|of|and|or|so|plus|more|than|less|nearly|almost|about|around|roughly|over|under|at|least|just"
    r"|only|some|several|few|many|recent|past|last|next|coming|this|every|each|all|final|closing|first|single|whole"
    rf"|entire|full|half|another|additional|extra|consecutive|straight|long|short|couple|hundred|dozen|\d+|\d+-plus"
    rf"|{NUMBER_WORD})"
)
# A duration is counting words and units only, perhaps placed ('years earlier', 'two days after').
DURATION = re.compile(
    rf"(?:{DURATION_WORDS}[ -])*(?:{COUNT}[ -])?{UNIT}(?:(?: and| or)(?: a)? (?:half|{UNIT}))?"
    rf"(?: (?:ago|earlier|later|before|after|or so|long|old))?"
)
AGE = re.compile(r"\d+[- ](?:year|month|week|day)s?[- ]olds?\b|\bold\b")
PART_OF_WHOLE = re.compile(
    r"^(?:the )?(?:end|beginning|start|middle|rest|remainder|turn) of (?:the|this) (week|month|year|century)$"
)


def clean(text: str) -> str:
    """Lower case, straight quotes, no possessive, no framing words ('late', 'the', 'earlier')."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = re.sub(r"\s+", " ", text).strip(" ,.;:!?\"()[]")
    text = re.sub(r"'s?$", "", text).strip()
    # 'the end of the year' is this year's end; TIMEX3 keeps the value and notes the part in `mod`.
    text = PART_OF_WHOLE.sub(r"this \1", text)
    text = re.sub(rf"^(?:earlier|later) (?={WEEKDAY}$)", "this ", text)
    text = FRAME.sub("", text).strip()
    # A part of the day next to a day ('Thursday morning', 'the early hours of Friday') keeps the day's value.
    if re.search(rf"\b{WEEKDAY}|\b(?:today|tonight|yesterday|tomorrow)\b|\b{MONTH} \d", text):
        text = re.sub(rf"(?:the )?(?:(?:early|late|small|wee) )?hours of |(?:early |late )?\b{DAYPART}\b", "", text)
        text = CLOCK.sub("", text)  # '10 a.m. Tuesday' is dated by its day
        text = FRAME.sub("", re.sub(r"\s+", " ", text).strip(" ,"))
    return text


def count_of(word: str) -> int | None:
    """'18' -> 18, 'four' -> 4, 'twenty-one' -> 21, 'a' -> 1; None for 'several'."""
    word = word.strip()
    if word.isdigit():
        return int(word)
    if word in ("a", "an"):
        return 1
    if word == "a couple of":
        return 2
    parts = word.split("-")
    if all(part in NUMBER_WORDS for part in parts):
        return sum(NUMBER_WORDS[part] for part in parts)
    return None

"""Text normalisation and the match rules of the gold/1 scoring (tests/data/EVAL-README.md).

Every comparison between a prediction and the gold goes through these few pure
functions, so the tool and a baseline are always judged by the same rules.
"""

from __future__ import annotations

import re
import unicodedata

from ..extract.lexicon import load_lexicon

# Curly and typographic quotes and dashes, as straight ASCII: articles and gold mix both.
_TRANSLATION = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})
_WHITESPACE = re.compile(r"\s+")
# Outer quotes, punctuation and symbols: everything at either end that is not a letter or digit.
_OUTER = re.compile(r"^[\W_]+|[\W_]+$")
TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "president", "the"})
_LEADING_TITLE = re.compile(r"^(?:" + "|".join(sorted(TITLES)) + r")\.?\s+(?=\S)")
_JOINING_AND = re.compile(r"\band\b")
_COUNTRY_POSSESSIVE = re.compile(r"^(?:the\s+)?(.+?)['\u2019]s\s+(.+)$", re.IGNORECASE)
LEADING_FUNCTION_WORDS = frozenset({"that", "to", "whether", "if", "how", "why"})
_WORD = re.compile(r"\w+(?:['-]\w+)*")
# Capitalised words that are not proper names: sentence-initial pronouns and determiners,
# and titles, which two different people share ("President Obama", "President Trump").
_NOT_NAMES = TITLES | frozenset({
    "a", "an", "he", "she", "they", "it", "i", "we", "you", "his", "her", "their", "its", "our", "my",
    "who", "which", "this", "that", "these", "those", "some", "several", "many", "one", "another",
    "others", "both", "former", "sen", "rep", "gov", "senator",
})
MIN_WORDS_INSIDE_MATCH = 3
MIN_WORDS_FOR_OVERLAP = 4
OVERLAP_SHARE = 0.8


def normalise_text(text: str | None) -> str:
    """NFKC, curly quotes and dashes made straight, white space collapsed, case folded,
    outer quotes and punctuation stripped; None becomes ''.

    Notes: the normalisation of tests/data/EVAL-README.md, used for quotes, dates and names.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATION)
    return _OUTER.sub("", _WHITESPACE.sub(" ", text).casefold())


def normalise_speaker(name: str | None) -> str:
    """A name as speakers are compared: normalised text, one leading title dropped, then only
    letters and digits kept ('Mr. Kim Jong-un' -> 'kimjongun').

    Notes: titles are Mr, Mrs, Ms, Dr, Prof, President and 'the', with or without a full stop.
    """
    # (a group written `A, B and C` or `A and B and C` is one group: the joining `and` says nothing)
    text = _JOINING_AND.sub(" ", _untitled(name))
    return "".join(ch for ch in text if ch.isalnum())


def normalise_speaker_words(name: str | None) -> list[str]:
    """The words of a name as `normalise_speaker` compares them ('Mr. Barack Obama' -> ['barack', 'obama'])."""
    words = ("".join(ch for ch in word if ch.isalnum()) for word in _untitled(name).split())
    return [word for word in words if word]


def _untitled(name: str | None) -> str:
    return _LEADING_TITLE.sub("", normalise_text(name), count=1)


def national_form(name: str | None) -> str | None:
    """`India's Ministry of Commerce` -> `Indian Ministry of Commerce`: a body named by its country's
    possessive is the one the country's adjective names, the lexicon's, which the tool writes for every
    outlet alike."""
    match = _COUNTRY_POSSESSIVE.match(name or "")
    adjective = load_lexicon().country_adjectives.get(match.group(1)) if match else None
    return f"{adjective} {match.group(2)}" if adjective else None


def text_words(text: str) -> list[str]:
    """The words of an already normalised text (hyphenated words and contractions stay whole)."""
    return _WORD.findall(text)


def drop_leading_function_word(match: str) -> str:
    """'that the deal failed' -> 'the deal failed'; other texts are returned unchanged."""
    head, _, rest = match.partition(" ")
    return rest if head in LEADING_FUNCTION_WORDS and rest else match


def quote_matches(match: str, predicted: str) -> bool:
    """Does a predicted quote text match a gold `match`? Both must already be normalised.

    Notes: the gold match (or it without a leading that/to/whether/if/how/why) inside the
    prediction; or a prediction of 3+ words inside the match; or, for a match of 4+ words,
    at least 80 % of its words among the prediction's words. "Inside" is a plain substring
    test: some converted PolNeAR matches end mid-word ("after the debat").
    """
    if not match or not predicted:
        return False
    if match in predicted or drop_leading_function_word(match) in predicted:
        return True
    if len(text_words(predicted)) >= MIN_WORDS_INSIDE_MATCH and predicted in match:
        return True
    match_words = text_words(match)
    if len(match_words) < MIN_WORDS_FOR_OVERLAP:
        return False
    predicted_words = set(text_words(predicted))
    shared = sum(1 for word in match_words if word in predicted_words)
    return shared >= OVERLAP_SHARE * len(match_words)


def name_words(speaker: str | None) -> frozenset[str]:
    """The proper-name words of a loose gold speaker ('longtime Democratic pollster Pat Caddell'
    -> {'democratic', 'pat', 'caddell'}); empty for 'he', 'the source', 'The campaign'.

    Notes: a word counts when it is capitalised in the gold, two or more letters long, and not
    a pronoun, determiner or title; a possessive 's is dropped ("Clinton's" -> 'clinton').
    """
    if not speaker:
        return frozenset()
    text = unicodedata.normalize("NFKC", speaker).translate(_TRANSLATION)
    found = set()
    for word in re.findall(r"[^\W\d_]+(?:'s)?", text):
        word = word.removesuffix("'s")
        folded = word.casefold()
        if word[:1].isupper() and len(word) >= 2 and folded not in _NOT_NAMES:
            found.add(folded)
    return frozenset(found)


def speaker_words(speaker: str | None) -> frozenset[str]:
    """All words of a predicted speaker, case folded, for comparison with `name_words`."""
    text = normalise_text(speaker)
    return frozenset(word.removesuffix("'s") for word in re.findall(r"[^\W\d_]+(?:'s)?", text))


def dates_match(gold_text: str, predicted_text: str) -> bool:
    """A predicted date expression matches a gold one when either contains the other (normalised).

    Notes: plain substring containment, as for quotes.
    """
    return bool(gold_text and predicted_text) and (gold_text in predicted_text or predicted_text in gold_text)

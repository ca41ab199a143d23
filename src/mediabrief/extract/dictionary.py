"""Whether a word is in the English dictionary that the pipeline's lemmatizer carries (WordNet's
lemmas). A capitalised word outside it is a name (`Ashraf`, `Suresh`); one inside it may be a
name or not (`Mark`, `Livestock`), so only its absence is evidence.
"""

from __future__ import annotations

from spacy.tokens import Token

DICTIONARY_TABLE = "mediabrief_dictionary_words"
DICTIONARY_KEY = "words"  # the table's one entry: the lower-case words and forms, as the keys of a dict


def outside_dictionary(token: Token) -> bool:
    """True only when the pipeline carries the dictionary and neither the word nor its lemma is in it."""
    lookups = token.vocab.lookups
    if not lookups.has_table(DICTIONARY_TABLE):
        return False  # a pipeline without a lemmatizer's word lists shows no word to be a name
    words = lookups.get_table(DICTIONARY_TABLE)[DICTIONARY_KEY]
    return not any(form in words for form in _forms(token))


def _forms(token: Token) -> tuple[str, ...]:
    """The word, its lemma and, since a proper noun keeps its plural as its lemma (`Human Rights`,
    `Inspector of Mines`), the singular a plural ending gives."""
    word = token.lower_
    forms = [word, token.lemma_.lower()]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)

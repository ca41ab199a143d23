"""The lemmatizer's word lists, kept on the vocab at load, as the extractors read them."""

from mediabrief.extract.dictionary import outside_dictionary


def test_only_words_no_dictionary_holds_are_outside_it(nlp):
    doc = nlp("Minister for Fisheries and Livestock Ashraf Khasru spoke on Human Rights.")
    outside = {t.text for t in doc if t.is_alpha and outside_dictionary(t)}
    assert {"Ashraf", "Khasru"} <= outside
    assert not outside & {"Minister", "Fisheries", "Livestock", "Human", "Rights"}  # `Rights`: a plural the lemma keeps


def test_the_pipeline_with_its_dictionary_can_still_be_written_out(nlp):
    assert nlp.vocab.to_bytes()


def test_without_a_dictionary_no_word_is_shown_to_be_a_name():
    import spacy

    doc = spacy.blank("en")("Ashraf Khasru said")
    assert not any(outside_dictionary(t) for t in doc)

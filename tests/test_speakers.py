"""Speaker resolution: the sieve's rules as tables over plain records, and whole passages through
the real pipeline (examples invented; the patterns are the misses of issue 16)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from mediabrief.extract.actors import extract_actors
from mediabrief.extract.appositives import appositive_name
from mediabrief.extract.cue_subjects import inverted_subject, own_subject, root_noun_subject
from mediabrief.extract.descriptions import Candidate, Description, candidates_before, describe, resolve_description
from mediabrief.extract.genders import learn_genders
from mediabrief.extract.lexicon import load_lexicon
from mediabrief.extract.roles import role_initials
from mediabrief.extract.markup import blank_markup, embedded_posts
from mediabrief.extract.quotes import extract_quotes
from mediabrief.extract.set_off_names import name_just_before, phrase_set_off_before
from mediabrief.records import ActorMention, ActorType, Gender

LEXICON = load_lexicon()
PERSON, ORG = ActorType.PERSON, ActorType.ORGANISATION


def candidate(actor: str, words: str, kind: ActorType = PERSON, *, media: bool = False,
              gender: Gender = Gender.UNKNOWN) -> Candidate:
    return Candidate(actor, kind, frozenset(words.split()), media, gender)


PUTIN = candidate("Vladimir Putin", "vladimir putin russia president")
ZELENSKY = candidate("Volodymyr Zelensky", "volodymyr zelensky ukraine president")
PESKOV = candidate("Dmitry Peskov", "dmitry peskov kremlin spokesman")
NEBENZIA = candidate("Vassily Nebenzia", "vassily nebenzia russia ambassador to the un")
TIMES = candidate("The New York Times", "the new york times", ORG, media=True)
RT = candidate("RT", "rt the kremlin-funded television network", ORG, media=True)
INTERFAX = candidate("Interfax", "interfax", ORG, media=True)
WELLS = candidate("Wells Fargo", "wells fargo", ORG)
SMITH = candidate("John Smith", "john smith senator")
JONES = candidate("Mary Jones", "mary jones senator")


@pytest.mark.parametrize(
    ("description", "candidates", "expected"),
    [
        # head noun fits a role: leader ~ president; the nationality agrees
        (Description("leader", frozenset({"russia"}), True, 0), [PUTIN], "Vladimir Putin"),
        # a nearer president of another country does not fit `the Russian leader`
        (Description("leader", frozenset({"russia"}), True, 0), [ZELENSKY, PUTIN], "Vladimir Putin"),
        # …but with no nationality said, the nearer one is never jumped over
        (Description("leader", frozenset(), True, 0), [ZELENSKY, PUTIN], "Volodymyr Zelensky"),
        (Description("senator", frozenset(), True, 0), [JONES, SMITH], "Mary Jones"),
        # an indefinite description names a known entity only with its own head and modifiers
        (Description("spokesman", frozenset({"kremlin"}), False, 0), [PESKOV], "Dmitry Peskov"),
        (Description("spokesman", frozenset({"pentagon"}), False, 0), [PESKOV], None),
        (Description("official", frozenset({"kremlin"}), False, 0), [PESKOV], None),
        # envoy ~ ambassador, and the organisation modifier agrees
        (Description("envoy", frozenset({"un"}), True, 0), [PESKOV, NEBENZIA], "Vassily Nebenzia"),
        # media: a newspaper is not a network; a medium of unknown kind fits any media head
        (Description("network", frozenset(), True, 0), [TIMES, RT], "RT"),
        (Description("newspaper", frozenset(), True, 0), [RT, TIMES], "The New York Times"),
        (Description("agency", frozenset({"russia"}), True, 0), [TIMES, INTERFAX], "Interfax"),
        (Description("outlet", frozenset(), True, 0), [WELLS, INTERFAX], "Interfax"),
        # generic organisation heads take the nearest organisation that is not a news medium
        (Description("bank", frozenset(), True, 0), [TIMES, WELLS], "Wells Fargo"),
        # a head that fits nobody resolves to nobody
        (Description("professor", frozenset(), True, 0), [PUTIN, PESKOV], None),
    ],
)
def test_description_resolves_to_the_nearest_entity_it_fits(description, candidates, expected):
    found = resolve_description(description, candidates, LEXICON)
    assert (found.actor if found else None) == expected


def test_describe_reads_head_modifiers_and_definiteness_from_a_hand_built_parse(nlp):
    doc = Doc(nlp.vocab, words=["the", "Russian", "leader", "said"], pos=["DET", "ADJ", "NOUN", "VERB"],
              tags=["DT", "JJ", "NN", "VBD"], heads=[2, 2, 3, 3], deps=["det", "amod", "nsubj", "ROOT"],
              ents=["O", "B-NORP", "O", "O"])
    assert describe(doc[0:3], LEXICON) == Description("leader", frozenset({"russia"}), True, 0)
    plural = Doc(nlp.vocab, words=["the", "officials", "said"], pos=["DET", "NOUN", "VERB"],
                 tags=["DT", "NNS", "VBD"], heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"])
    assert describe(plural[0:2], LEXICON) is None


@pytest.mark.parametrize(
    ("words", "heads", "deps", "ents", "subject"),
    [
        # `The spokesperson for the Zapatistas, Ixchel Tunkul, stated …`, the name parsed into the role's phrase
        (["The", "spokesperson", "for", "the", "Zapatistas", ",", "Ixchel", "Tunkul", ",", "stated"],
         [1, 9, 1, 4, 7, 4, 7, 2, 1, 9], ["det", "nsubj", "prep", "det", "nmod", "punct", "compound", "pobj", "punct",
                                          "ROOT"], ["O", "O", "O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O"], 1),
        # `Bamako: The outgoing chairperson of the bloc, Abena Osei, said …`, the dateline parsed as the subject
        # and the name labelled a body
        (["Bamako", ":", "The", "outgoing", "chairperson", "of", "the", "bloc", ",", "Abena", "Osei", ",", "said"],
         [12, 0, 4, 4, 0, 4, 7, 5, 0, 10, 0, 0, 12],
         ["nsubj", "punct", "det", "amod", "appos", "prep", "det", "pobj", "punct", "compound", "appos", "punct", "ROOT"],
         ["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O"], 0),
        # `Moreau's agent, Leticia Parreira, said …`, the name labelled a place
        (["Moreau", "'s", "agent", ",", "Leticia", "Parreira", ",", "said"], [2, 0, 7, 2, 5, 2, 2, 7],
         ["poss", "case", "nsubj", "punct", "compound", "appos", "punct", "ROOT"],
         ["B-PERSON", "O", "O", "O", "B-GPE", "I-GPE", "O", "O"], 2),
        # `The union representing pilots, the Airline Pilots Federation, said …`, the name hung on the pilots
        (["The", "union", "representing", "pilots", ",", "the", "Airline", "Pilots", "Federation", ",", "said"],
         [1, 10, 1, 2, 3, 8, 8, 8, 3, 10, 10],
         ["det", "nsubj", "acl", "dobj", "punct", "det", "compound", "compound", "appos", "punct", "ROOT"],
         ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"], 1),
    ],
)
def test_a_name_set_off_right_before_the_verb_is_the_subjects_name(nlp, words, heads, deps, ents, subject):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents, lemmas=[w.lower() for w in words])
    name = appositive_name(doc[subject], LEXICON)
    assert name is not None and name.i == len(words) - 3


def test_a_name_between_a_quotation_and_a_role_read_as_the_subject_speaks(nlp):
    # `"It is wrong," Kwabena Osei, spokesman for the ministry said`, parsed with the role as the subject
    words = ["\"", "It", "is", "wrong", ",", "\"", "Kwabena", "Osei", ",", "spokesman", "for", "the", "ministry", "said"]
    heads = [13, 2, 13, 2, 2, 2, 7, 2, 7, 13, 9, 12, 10, 13]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "compound", "attr", "punct", "nsubj", "prep", "det",
            "pobj", "ROOT"]
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 6
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "VERB"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents, pos=pos, lemmas=[w.lower() for w in words])
    name = appositive_name(doc[9], LEXICON)
    assert name is not None and name.text == "Osei"


def test_a_name_after_a_subjects_kind_speaks_though_parsed_as_the_verbs_adverb(nlp):
    # `Local rights group ADHOC described the trial …`, parsed with ADHOC as an adverb of `described`
    words = ["Local", "rights", "group", "ADHOC", "described", "the", "trial"]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 4, 4, 4, 6, 4],
              deps=["amod", "compound", "nsubj", "advmod", "ROOT", "det", "dobj"],
              pos=["ADJ", "NOUN", "NOUN", "PROPN", "VERB", "DET", "NOUN"], lemmas=[w.lower() for w in words],
              ents=["O", "O", "O", "B-ORG", "O", "O", "O"])
    name = appositive_name(doc[2], LEXICON)
    assert name is not None and name.text == "ADHOC"


def test_a_body_set_off_before_a_subjectless_perfect_speaks(nlp):
    # `It was the worst in Ireland, the Nurses Organisation (INMO) has claimed.`, the body hung on Ireland
    words = ["It", "was", "the", "worst", "in", "Ireland", ",", "the", "Nurses", "Organisation", "(", "INMO", ")", "has",
             "claimed", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 14, 3, 1, 3, 4, 5, 9, 9, 5, 9, 9, 9, 14, 14, 14],
              deps=["nsubj", "ccomp", "det", "attr", "prep", "pobj", "punct", "det", "compound", "appos", "punct", "appos",
                    "punct", "aux", "ROOT", "punct"],
              pos=["PRON", "AUX", "DET", "ADJ", "ADP", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT",
                   "AUX", "VERB", "PUNCT"],
              tags=["PRP", "VBD", "DT", "JJS", "IN", "NNP", ",", "DT", "NNP", "NNP", "-LRB-", "NNP", "-RRB-", "VBZ", "VBN", "."])
    speaker = phrase_set_off_before(doc[14])
    assert speaker is not None and speaker.text == "Organisation"


def test_a_name_and_its_who_clause_set_off_before_a_subjectless_verb_speak(nlp):
    # `Speaking to Tolo News, Jamal, who was deported, said`, the name hung on the news channel
    words = ["Speaking", "to", "Tolo", "News", ",", "Jamal", ",", "who", "was", "deported", ",", "said"]
    doc = Doc(nlp.vocab, words=words, heads=[11, 0, 3, 1, 3, 3, 5, 9, 9, 5, 11, 11],
              deps=["advcl", "prep", "compound", "pobj", "punct", "appos", "punct", "nsubjpass", "auxpass", "relcl",
                    "punct", "ROOT"],
              pos=["VERB", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PRON", "AUX", "VERB", "PUNCT", "VERB"],
              tags=["VBG", "IN", "NNP", "NNP", ",", "NNP", ",", "WP", "VBD", "VBN", ",", "VBD"],
              ents=["O", "O", "B-ORG", "I-ORG", "O", "B-PERSON", "O", "O", "O", "O", "O", "O"])
    speaker = name_just_before(doc[11])
    assert speaker is not None and speaker.text == "Jamal"


def test_a_name_after_an_inverted_verb_speaks_though_parsed_as_a_participles_subject(nlp):
    # `"I did not expect it," said Han speaking to reporters.`, parsed with Han as the subject of `speaking`
    words = ["\u201c", "I", "won", ",", "\u201d", "said", "Han", "speaking", "to", "reporters", "."]
    doc = Doc(nlp.vocab, words=words, heads=[5, 2, 5, 5, 5, 5, 7, 5, 7, 8, 5],
              deps=["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "nsubj", "ccomp", "prep", "pobj", "punct"],
              tags=["``", "PRP", "VBD", ",", "''", "VBD", "NNP", "VBG", "IN", "NNS", "."],
              ents=["O", "O", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O"])
    speaker = inverted_subject(doc[5])
    assert speaker is not None and speaker.text == "Han"


@pytest.mark.parametrize(
    ("words", "heads", "deps", "ents", "expected"),
    [
        # `President of the Dockworkers Association Harold Dempsey told …`: the name after the body the role is of
        (["President", "of", "the", "Dockworkers", "Association", "Harold", "Dempsey", "told"],
         [7, 0, 4, 4, 6, 6, 1, 7], ["nsubj", "prep", "det", "compound", "compound", "compound", "pobj", "ROOT"],
         ["O", "O", "B-ORG", "I-ORG", "I-ORG", "B-PERSON", "I-PERSON", "O"], 6),
        # `The lawyer for Paul Manafort said …`: the name is whom the role serves
        (["The", "lawyer", "for", "Paul", "Manafort", "said"], [1, 5, 1, 4, 2, 5],
         ["det", "nsubj", "prep", "compound", "pobj", "ROOT"], ["O", "O", "O", "B-PERSON", "I-PERSON", "O"], None),
    ],
)
def test_a_name_ending_a_roles_phrase_after_its_body_is_the_subjects_name(nlp, words, heads, deps, ents, expected):
    pos = ["PROPN" if w[:1].isupper() and w != "The" else "ADP" if d == "prep" else "X" for w, d in zip(words, deps)]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents, lemmas=[w.lower() for w in words])
    name = appositive_name(doc[deps.index("nsubj")], LEXICON)
    assert (name.i if name is not None else None) == expected


def test_a_name_the_tagger_reads_as_a_pronoun_still_speaks(nlp):
    doc = nlp("The health minister, Maeve O\u2019Rourke, released the figures on Monday.\n\n"
              "O\u2019rourke said demand had doubled over the winter.")
    name = next(t for t in doc if t.text == "O\u2019rourke")
    name.pos_ = "PRON"  # as the small model tags `D’ath said`
    actors = list(extract_actors(doc, author=None))
    quotes = [(q.text, q.speaker) for q in extract_quotes(doc, actors=actors, author=None)]
    assert quotes == [("demand had doubled over the winter", "Maeve O'Rourke")]


def test_the_name_ending_a_roles_phrase_after_the_body_it_serves_speaks(nlp):
    doc = nlp("Citing the drought, senior executive engineer for the water development department Irini Kyprianou "
              "said measures had to be taken.")
    body, name = doc.char_span(54, 82), doc.char_span(83, 98)
    assert (body.text, name.text) == ("water development department", "Irini Kyprianou")
    doc.ents = [Span(doc, body.start, body.end, label="ORG"), Span(doc, name.start, name.end, label="PRODUCT")]
    actors = list(extract_actors(doc, author=None))
    quotes = [(q.text, q.speaker) for q in extract_quotes(doc, actors=actors, author=None)]
    assert quotes == [("measures had to be taken", "Irini Kyprianou")]


def test_a_role_and_its_holder_parsed_as_conjuncts_with_nothing_joining_them_are_one_speaker(nlp):
    # `Acting minister for climate change Jane Holt told the chamber the plan was dead.`
    words = ["Acting", "minister", "for", "climate", "change", "Jane", "Holt", "told", "the", "chamber", "the", "plan",
             "was", "dead", "."]
    heads = [1, 7, 1, 4, 2, 6, 1, 7, 9, 7, 11, 12, 7, 12, 7]
    deps = ["compound", "nsubj", "prep", "compound", "pobj", "compound", "conj", "ROOT", "det", "dobj", "det", "nsubj",
            "ccomp", "acomp", "punct"]
    pos = ["NOUN", "NOUN", "ADP", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "DET", "NOUN", "AUX", "ADJ",
           "PUNCT"]
    ents = ["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 8
    lemmas = [{"told": "tell", "was": "be"}.get(w, w.lower()) for w in words]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents, lemmas=lemmas)
    actors = list(extract_actors(doc, author=None))
    assert [(q.text, q.speaker) for q in extract_quotes(doc, actors=actors, author=None)] == [("the plan was dead", "Jane Holt")]


def test_a_name_the_model_labels_a_date_still_speaks(nlp):
    text = "In Kunene region, Governor Tuhafeni Hangula says close to 150,000 residents depend on government food aid."
    doc = nlp(text)
    start = text.index("Tuhafeni")
    name = doc.char_span(start, start + len("Tuhafeni Hangula"))
    doc.ents = [Span(doc, name.start, name.end, label="DATE")]  # as the small model reads some names
    actors = list(extract_actors(doc, author=None))
    quotes = [(q.text, q.speaker) for q in extract_quotes(doc, actors=actors, author=None)]
    assert quotes == [("close to 150,000 residents depend on government food aid", "Tuhafeni Hangula")]


def test_a_role_straight_after_a_verb_that_follows_a_quotation_speaks(nlp):
    from mediabrief.extract.cue_subjects import role_after_quotation

    # `"Eleven officers fired," added the police chief.`, parsed with the chief as the verb's object
    words = ['"', "Eleven", "officers", "fired", ",", '"', "added", "the", "police", "chief", "."]
    heads = [6, 2, 3, 6, 6, 6, 6, 9, 9, 6, 6]
    deps = ["punct", "nummod", "nsubj", "ccomp", "punct", "punct", "ROOT", "det", "compound", "dobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=[w.lower() for w in words])
    assert role_after_quotation(doc[6], LEXICON.person_nouns) == doc[9]
    plain = Doc(nlp.vocab, words=["They", "added", "the", "police", "chief", "."], heads=[1, 1, 4, 4, 1, 1],
                deps=["nsubj", "ROOT", "det", "compound", "dobj", "punct"], lemmas=["they", "add", "the", "police", "chief", "."])
    assert role_after_quotation(plain[1], LEXICON.person_nouns) is None


def test_a_title_the_model_took_for_a_body_is_the_person_who_holds_it(nlp):
    doc = nlp("This was explained by the National Police Chief General of Police Budi Santoso Wibowo yesterday.\n\n"
              "The National Police Chief said that eleven officers had fired tear gas into the stands.")
    doc.ents = [Span(doc, 4, 14, label="ORG"), Span(doc, 17, 21, label="ORG")]  # as the small model labels them
    actors = list(extract_actors(doc, author=None))
    assert [q.speaker for q in extract_quotes(doc, actors=actors, author=None, posts=())] == ["Budi Santoso Wibowo"]


def test_a_participle_read_with_the_object_as_its_subject_is_the_main_subjects(nlp):
    from mediabrief.extract.cue_subjects import object_read_as_subject

    # `He thanked and commended the rescue team stating, "…"`, parsed as the team stating
    words = ["He", "thanked", "and", "commended", "the", "rescue", "team", "stating", ",", "\""]
    heads = [1, 1, 1, 1, 6, 6, 7, 3, 7, 7]
    deps = ["nsubj", "ROOT", "cc", "conj", "det", "compound", "nsubj", "ccomp", "punct", "punct"]
    tags = ["PRP", "VBD", "CC", "VBD", "DT", "NN", "NN", "VBG", ",", "``"]
    pos = ["PRON", "VERB", "CCONJ", "VERB", "DET", "NOUN", "NOUN", "VERB", "PUNCT", "PUNCT"]
    lemmas = ["he", "thank", "and", "commend", "the", "rescue", "team", "state", ",", "\""]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert object_read_as_subject(doc[7], doc[6], LEXICON.speech_verbs) == doc[0]
    # `The minister reported the team stating …`: a report's participle is the reported one's
    lemmas[3] = "report"
    reported = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert object_read_as_subject(reported[7], reported[6], LEXICON.speech_verbs) is None


def test_a_company_the_model_took_for_a_person_is_the_company_and_then_it(nlp):
    doc = nlp("In a press release, Danish company Nordlys stated that its ships would sail around Africa.\n\n"
              "Nordlys halted all voyages after an attack by the Houthi rebels.\n\n"
              "The company stated on Friday, \"The situation remains very fragile and the risks are high.\"\n\n"
              "It added, \"Therefore, we have decided to divert all our ships around the Cape.\"")
    doc.ents = [Span(doc, 7, 8, label="PERSON"), Span(doc, 18, 19, label="PERSON"), Span(doc, 27, 28, label="ORG")]
    actors = list(extract_actors(doc, author=None))
    speakers = {q.text[:20]: q.speaker for q in extract_quotes(doc, actors=actors, author=None, posts=())}
    assert speakers == {"its ships would sail": "Nordlys", "The situation remain": "Nordlys",
                        "Therefore, we have d": "Nordlys"}


def test_it_after_a_thing_in_its_own_sentence_is_that_thing(nlp):
    text = ("FactWatch claimed the senator exaggerated the figure and concluded his comments were false.\n\n"
            "The unemployment rate is a widely used term with a specific definition: It refers to the share of "
            "jobless people in the workforce who are actively seeking employment.")
    assert not any(speaker == "FactWatch" and "share of jobless" in quote for quote, speaker in speakers(nlp, text).items())


def test_the_ngo_is_the_body_the_article_called_an_ngo(nlp):
    doc = nlp("The crew of the Aurora, run by the NGO Sea Lifeline Rescue, landed 40 people in Malta.\n\n"
              "\"The rescue took six hours,\" the NGO said in a statement.")
    doc.ents = [Span(doc, 9, 13, label="ORG"), Span(doc, 30, 31, label="ORG")]  # as the small model labels them
    actors = list(extract_actors(doc, author=None))
    assert {m.actor for m in actors} == {"Sea Lifeline Rescue"}
    assert [q.speaker for q in extract_quotes(doc, actors=actors, author=None, posts=())] == ["Sea Lifeline Rescue"]


def speakers(nlp, text: str) -> dict[str, str | None]:
    """As `analyze_doc` does it: tags blanked before the parse, posts read from the text with them."""
    doc = nlp(blank_markup(text))
    actors = list(extract_actors(doc, author=None))
    return {q.text: q.speaker for q in extract_quotes(doc, actors=actors, author=None, posts=embedded_posts(text))}


def speaker_of(nlp, text: str, piece: str) -> str | None:
    found = {quote: speaker for quote, speaker in speakers(nlp, text).items() if piece in quote}
    assert found, f"no quote holds {piece!r}: {speakers(nlp, text)}"
    return next(iter(found.values()))


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        pytest.param(
            "Russian President Vladimir Putin met the visiting delegation in Moscow on Tuesday.\n\n"
            "“We are pleased with the outcome of the talks,” the Russian leader said.",
            "pleased", "Vladimir Putin", id="description-leader"),
        pytest.param(
            "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday about the summit.\n\n"
            "A Kremlin spokesman said later that the talks had gone well for both sides.",
            "talks had gone well", "Dmitry Peskov", id="indefinite-description-with-its-own-words"),
        pytest.param(
            "RT, the Kremlin-funded television network, hired the host in 2014. The New York Times reported "
            "the hiring at the time. The network said it would send her to Crimea for a better understanding.",
            "send her to Crimea", "RT", id="network-is-not-the-newspaper"),
        pytest.param(
            "Analyst Maria Lopez has followed President Carlos Ruiz for years.\n\n"
            "“Ruiz is a survivor of every crisis so far,” Lopez said. “He has really engineered a process "
            "that keeps him in office.”",
            "engineered a process", "Maria Lopez", id="pronoun-inside-the-quotation-is-not-the-speaker"),
        pytest.param(
            "Retired general Norman Hale spoke on a radio show this week.\n\n"
            "In an interview with the host, Rusty Hume, Hale made it clear he had doubts about President "
            "Barack Obama.\n\n“It was demoralizing to work in those years,” he told the host.",
            "demoralizing", "Norman Hale", id="pronoun-takes-the-subject-not-the-last-name"),
        pytest.param(
            "Congressman Chuck Smith met Terry Strada, a 9/11 widow, on Monday. She said the bill was fair "
            "to the families.",
            "fair to the families", "Terry Strada", id="a-role-word-says-the-gender"),
        pytest.param(
            "Barack Obama spoke about climate change at length.\n\n"
            "“My science adviser, John Holdren, shows me charts that are terrifying,” he said.",
            "terrifying", "Barack Obama", id="a-name-inside-a-quotation-is-no-antecedent"),
        pytest.param(
            "Hillary Clinton talked about criminal justice reform. Donald Trump responded by pointing to "
            "Chicago.\n\nHe said:\n\n“We have a situation where our inner cities are suffering badly.”",
            "inner cities", "Donald Trump", id="colon-introduces-the-next-paragraph"),
        pytest.param(
            "Foreign Ministry spokesperson Guo Jiakun spoke at a briefing on Monday.\n\n"
            "“Our position on the relations between third countries is clear,” the diplomat said.",
            "third countries", "Guo Jiakun", id="a-ministry-spokesperson-is-the-diplomat"),
        pytest.param(
            "Grossi said he planned to meet representatives of Rosatom during the visit.\n\n"
            "Later, the official told reporters that he was planning to visit Moscow.",
            "visit Moscow", "Grossi", id="the-official-who-has-just-spoken"),
        pytest.param(
            "A law enforcement official said the tests were preliminary. Dr. Barnett Slepian was shot in 1998.\n\n"
            "The hair was found near his home.\n\nThe tests are still under way.\n\nThe laboratory is in Virginia.\n\n"
            "The official said the hair was in a cap that authorities found.",
            "hair was in a cap", "official", id="the-official-who-never-spoke-by-name-stays-unnamed"),
        pytest.param(
            "Taiwan’s Lai thanked voters on Saturday. William Lai Ching-te won 40 percent of the vote.\n\n"
            "“We will stand on the side of democracy,” Lai said.",
            "side of democracy", "William Lai Ching-te", id="a-family-name-before-a-hyphenated-given-name"),
        pytest.param(
            "TASS news agency reported that Kim visited an aviation plant in Komsomolsk-on-Amur.",
            "aviation plant", "TASS", id="a-medium-named-before-what-kind-it-is"),
        pytest.param(
            "South Korea’s Foreign Ministry summoned the envoy. In a separate statement, the Russian Foreign Ministry "
            "said the talks were useful.\n\nThe Foreign Ministry also said the envoy would return to Moscow.",
            "return to Moscow", "Russian Foreign Ministry", id="the-last-countrys-ministry-named"),
        pytest.param(
            "“We are gravely concerned,” South Korea's Foreign Ministry said in a statement.",
            "gravely concerned", "South Korean Foreign Ministry", id="a-ministry-takes-its-countrys-name"),
        pytest.param(
            "South Korea’s foreign ministry said it summoned Russia’s envoy in protest of a treaty.\n\n"
            "Kim Hong-kyun addressed Seoul’s position on the treaty, the foreign ministry said.",
            "addressed Seoul", "South Korean foreign ministry", id="a-lower-case-ministry-too"),
        pytest.param(
            "Kim Jong Un met Vladimir Putin on Wednesday, the official Korean Central News Agency (KCNA) reported "
            "Thursday.\n\nKim met his Russian counterpart at the Vostochny spaceport, the report said.",
            "Vostochny spaceport", "Korean Central News Agency", id="the-report-of-the-one-who-just-reported"),
        pytest.param(
            "Kim and Putin exchanged presents, Korean Central News Agency (KCNA) reported on Thursday.\n\n"
            "\"Comrade Putin handed over a present. Comrade Kim Jong Un thanked him and handed over his gift,\" it said.",
            "handed over his gift", "Korean Central News Agency", id="it-after-a-quotation-of-two-sentences"),
        pytest.param(
            "North Korea test-fired a new missile, its state media reported Friday.\n\n"
            "The Korean Central News Agency said Kim Jong Un observed the launch.",
            "test-fired a new missile", "Korean Central News Agency", id="state-media-is-the-one-medium-named"),
        pytest.param(
            "The ruling party's newspaper, Rodong Sinmun, said Kim ordered the launch.\n\n"
            "According to the report, the missile reached a peak altitude of 7,687 kilometers.",
            "peak altitude", "Rodong Sinmun", id="the-report-of-the-medium-that-just-spoke"),
        pytest.param(
            "The Korean Central News Agency said the launch was a success.\n\n"
            "Kim watched the launch. (AP: Korea News Service/Korean Central News Agency)\n\n"
            "The news agency said the missile flew 1,001 kilometres.",
            "flew 1,001", "Korean Central News Agency", id="a-picture-credit-names-no-actor"),
        pytest.param(
            "“I prepare to return to Zaporozhye within ten days,” the official told reporters on Monday.\n\n"
            "Grossi said he planned to meet representatives of Rosatom.",
            "return to Zaporozhye", "Grossi", id="the-official-named-next"),
        pytest.param(
            "Last week, Seoul's spy agency said North Korean troops had been assigned to airborne units.\n\n"
            "The National Intelligence Service (NIS) also said the troops may have entered combat.",
            "assigned to airborne", "National Intelligence Service", id="a-body-named-just-after-its-description"),
        pytest.param(
            "South Korean Ambassador to Russia Lee Do-hoon voiced alarm over military cooperation during his "
            "meeting, the Foreign Ministry in Seoul said Thursday.",
            "military cooperation", "South Korean Foreign Ministry", id="a-ministry-in-a-capital"),
        pytest.param(
            "South Korean Ambassador to Russia Lee Do-hoon voiced alarm over military cooperation during his meeting.",
            "military cooperation", "Lee Do-hoon", id="a-name-the-model-missed-after-a-posting"),
        pytest.param(
            "Citing Kyiv's top military officer, RBC Ukraine on Sunday reported that more than 11,000 soldiers "
            "are stationed in the Kursk region.", "11,000 soldiers", "RBC Ukraine", id="the-one-who-cites"),
        pytest.param(
            "\"These are mostly general military units. They have the appropriate documents,\" Anatolii Barhylevych, "
            "the chief of the General Staff of the Armed Forces of Ukraine, was quoted as saying.",
            "general military units", "Anatolii Barhylevych", id="quoted-as-saying-after-a-long-appositive"),
        pytest.param(
            "Steven Goldstein ran the campaign. Eliot Spitzer ran for office.\n\n"
            "Goldstein, who said it was \"thoroughly possible\" that the issue would surface in Spitzer's advertisements, "
            "defended the ads by noting that the attorney general has direct impact on the issue.",
            "direct impact", "Steven Goldstein", id="no-name-across-another-clause"),
        pytest.param(
            "Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of preparing an offensive.\n\n"
            "“This is a direct action testifying the ethnic cleansing,” Armenia’s premier said.",
            "ethnic cleansing", "Nikol Pashinyan", id="a-countrys-premier"),
        pytest.param(
            "Armenian Prime Minister Nikol Pashinyan spoke on Monday.\n\n"
            "“No major progress is achieved so far,” the Saudi diplomat said.",
            "major progress", "Saudi diplomat", id="another-countrys-diplomat-is-nobody-named"),
        pytest.param(
            "The talks in Jeddah continued on Monday.\n\n“No major progress is achieved so far,” the Saudi diplomat "
            "said on Monday.\n\n“A permanent ceasefire isn’t on the table. Every side believes it can win.”",
            "permanent ceasefire", "Saudi diplomat", id="the-one-unnamed-source-goes-on-in-the-next-paragraph"),
        pytest.param(
            "A Bloomberg poll shows a shift among wealthy voters this month.\n\n"
            "Clinton leads Trump by four points among them, according to the poll.",
            "four points", "Bloomberg", id="the-document-speaks-for-its-owner"),
        pytest.param(
            "A new report by Politico says party insiders are trying to mobilize younger voters.",
            "insiders", "Politico", id="a-report-by-its-author"),
        pytest.param(
            "Larry King and Ed Schultz said the network has never told them what to say on the air.",
            "never told them", "Larry King and Ed Schultz", id="named-group"),
        pytest.param(
            "Rahim Khan, Abdul Mannan Khan, Zareef Khan and Bahawal Khan, some of the parents who refused the drops, "
            "say the vaccine made their children sick.",
            "made their children sick", "Rahim Khan, Abdul Mannan Khan, Zareef Khan and Bahawal Khan",
            id="a-named-group-listed-as-written"),
        pytest.param(
            "Only 52 percent of registered voters said the senator is in good enough health to serve.",
            "good enough health", "registered voters", id="a-share-speaks-for-its-group"),
        pytest.param(
            "Only 52 percent of registered voters agreed that the senator is healthy, while 73 percent "
            "said the same of the governor.",
            "the same of the governor", "registered voters", id="a-bare-share-is-the-group-named-before"),
        pytest.param(
            "Politifact turned to the Chicago Police Department, which reported “2,521 shooting incidents” "
            "in the city between January and September.",
            "2,521", "Chicago Police Department", id="a-relative-pronoun-is-its-noun"),
        pytest.param(
            "Nearly eight of 10 voters say they plan to watch the whole debate on Monday night.",
            "plan to watch", "voters", id="a-count-is-not-part-of-the-group"),
        pytest.param(
            "Senator Jane Roe told reporters at the rally on Monday that the budget was fair.\n\n"
            "“We will not cut a single school from this budget, whatever the governor says.”",
            "single school", "Jane Roe", id="a-quotation-paragraph-continues-the-last-source"),
        pytest.param(
            "The commission published its rules on Friday. “Nobody will be exempt from these rules at all.” "
            "— Commissioner Maria Stein",
            "exempt", "Maria Stein", id="dash-attribution"),
        pytest.param(
            "From Foreign Minister Yoko Kamikawa: “We will respond to every provocation with resolve.”",
            "provocation", "Yoko Kamikawa", id="colon-introduction"),
        pytest.param(
            '<tweet pic="pic.twitter.com/" author="carlquintanilla" tweet_id="778257943577919488">The blue '
            "arrow is Warren and the line is the stock price.</tweet>.",
            "blue arrow", "carlquintanilla", id="an-embedded-post-is-its-author-s"),
        pytest.param(
            "Mike Pence spoke to Chris Wallace on Sunday.\n\n"
            "WALLACE: But, Governor, I have got to ask you about the debate tomorrow night.\n\n"
            "PENCE: Well, look, the debate will be about jobs and about the economy.",
            "about jobs", "Mike Pence", id="a-transcript-turn"),
        pytest.param(
            "“The president’s reasons do not hold,” said the widow Terry Strada.\n\n"
            "She continued, “For us, all we are asking for is a day in a courtroom.”",
            "day in a courtroom", "Terry Strada", id="continued-introduces-a-quotation"),
        pytest.param(
            "Another critic, Laurence Tribe, likened the new rules to “burning the Constitution” on Friday.",
            "burning the Constitution", "Laurence Tribe", id="a-quotation-verb-attributes-its-quoted-phrase"),
        pytest.param(
            "Lazaro Gonzalez spoke on Tuesday. ``I won't cooperate in anything,'' Gonzalez told a television station.\n\n"
            "``The boy lives in my house, and they'll have to go find him there.''",
            "boy lives in my house", "Lazaro Gonzalez", id="archive-quotation-marks-continue-across-a-paragraph"),
        pytest.param(
            "Leaders met on Monday. She said: “The talks went well.”\n\n"
            "“We will meet again,” the Russian diplomat Anna Orlova said. “It is agreed.”",
            "It is agreed", "Anna Orlova", id="a-short-sentence-after-a-quotation-continues-it"),
        pytest.param(
            "David Axelrod called on Howard Dean to apologize.\n\n"
            "“My reaction, that was outrageous,” Obama's former campaign strategist said in an interview with CNN’s Wolf Blitzer.",
            "outrageous", "David Axelrod", id="subject-parsed-inside-the-quotation-is-the-noun-before-the-verb"),
        pytest.param(
            "Readers wrote in.\n“He does not answer to anyone.” ― Pamela Padilla\n“I am so ashamed today.” ― Jacklyn Ashley\n",
            "ashamed", "Jacklyn Ashley", id="a-signature-after-a-dash-is-the-speaker-even-untagged"),
        pytest.param(
            "Officials met in Seoul on Monday.\n\nFrom the foreign ministry in Seoul: “We are watching closely.”",
            "watching closely", "foreign ministry in Seoul", id="a-bare-noun-phrase-before-a-colon-is-the-source"),
        pytest.param(
            "Officials met on Monday.\n\nUpdate: “Nothing has changed since the morning.”",
            "Nothing has changed", None, id="a-heading-before-a-colon-is-no-source"),
        pytest.param(
            "The foreign ministers Bronislaw Geremek of Poland, Janos Martonyi of Hungary and Jan Kavan of the "
            "Czech Republic signed the documents.\n\nIn speeches, the ministers said their countries felt secure.",
            "felt secure", "Bronislaw Geremek, Janos Martonyi and Jan Kavan", id="a-plural-noun-is-the-people-named-together"),
        pytest.param(
            "Kremlin spokesman Dmitry Peskov said no deals would be signed.\n\n"
            "A senior U.S. official warned against any arms deal. “No nation should help,” the official said.",
            "No nation", "senior U.S. official", id="the-unnamed-official-is-the-one-brought-in-before"),
        pytest.param(
            "The Miami relatives met reporters outside the house. They said they would hand the boy over.",
            "hand the boy", "Miami relatives", id="they-is-the-plural-subject-before-it"),
        pytest.param(
            "Bob Corker and Lindsey Graham met on Monday. They said the bill should be changed.",
            "should be changed", "Bob Corker and Lindsey Graham", id="they-is-two-named-subjects"),
        pytest.param(
            "Parents can help.\n\nTHE BORROWING Back when he wrote his book, Mr. McKinley said that he considered "
            "debt a last resort.",
            "last resort", "McKinley", id="a-heading-run-into-the-sentence-is-not-the-subject"),
        pytest.param(
            "The Justice Department said it was reviewing the second letter from the father.",
            "reviewing the second letter", "Justice Department", id="a-body-keeps-a-word-that-is-a-person-title"),
        pytest.param(
            "The head of the FBI investigation in Dar es Salaam, Kenneth Piernick, said the bureau has questioned "
            "more than 100 people there.", "questioned more than", "Kenneth Piernick", id="the-name-in-apposition-to-a-long-subject"),
        pytest.param(
            "The Communist Party daily Granma said the boy had become a symbol of the crimes of imperialism.",
            "symbol of the crimes", "Granma", id="a-body-named-in-apposition-without-a-comma"),
        pytest.param(
            "Russian Foreign Minister Igor Ivanov met reporters in Moscow.\n\n"
            "\u201cAll European states must cooperate in creating a joint security system,'' he was quoted as saying.",
            "joint security system", "Igor Ivanov", id="quoted-as-saying-is-the-quoted-person"),
        pytest.param(
            "Russian Foreign Minister Igor Ivanov calls extending NATO membership into Eastern Europe "
            "\u201ca movement in the wrong direction.''", "wrong direction", "Igor Ivanov", id="a-misread-calls-is-still-the-verb"),
        pytest.param(
            "Elian's father was angry about the subpoena.\n\n``What right does that man have?'' Juan Miguel Gonzalez "
            "said during a news conference in his hometown.", "What right", "Juan Miguel Gonzalez",
            id="a-question-closes-the-sentence-before-its-cue"),
        pytest.param(
            "The judges denied a request to name him instead of great-uncle Lazaro Gonzalez as the boy's representative.\n\n"
            "Elian's great-uncle vowed to continue the battle, and said the relatives might sue for visitation.",
            "might sue", "Lazaro Gonzalez", id="a-kinship-description-is-the-relative-named-so"),
        pytest.param(
            "Juan Miguel Gonzalez wrote in a letter published on Wednesday that he wants diplomats to meet his son. "
            "The letter said the boy was suffering.", "boy was suffering", "Juan Miguel Gonzalez",
            id="a-document-is-its-writer-s-named-before"),
        pytest.param(
            "A report released by the Tax Policy Center on Friday said the plan would cost one trillion dollars.",
            "would cost", "Tax Policy Center", id="a-document-released-by-a-body-is-the-body-s"),
        pytest.param(
            "Don Fowler said he expects Clinton to recover.\n\n“It’s something you would be a fool not to prepare "
            "for,” he said in an interview on Monday. He added a note of caution, should Clinton attempt an "
            "expeditious return to the campaign trail.\n\n“She better get well before she gets back out there,” he said.",
            "better get well", "Don Fowler", id="he-after-a-sentence-led-by-he-follows-that-he"),
        pytest.param(
            "Former Pennsylvania Gov. Ed Rendell agreed that the rules should be modernized.\n\n"
            "Rendell, a Clinton surrogate, said he had battled pneumonia. He added that Clinton is likely to put "
            "to rest any concerns about her health.", "put to rest", "Ed Rendell",
            id="a-name-that-only-modifies-a-noun-is-no-subject"),
        pytest.param(
            "“It was a clean win for the city,” the mayor said after Mayor Bill Hart had cut the ribbon.",
            "clean win", "Bill Hart", id="a-description-named-just-after-it-is-that-person"),
        pytest.param(
            "“It was a clean win for the city,” the mayor said before Governor Ann Lee cut the ribbon.",
            "clean win", "mayor", id="a-later-person-of-another-role-is-not-the-description"),
        pytest.param(
            "A New York judge has rejected a request, saying the courts have no business deciding it.\n\n"
            "The newspaper filed a motion. Manhattan Supreme Court Justice Frank Nervo rejected that argument.",
            "no business", "Frank Nervo", id="an-indefinite-description-named-two-sentences-on"),
        pytest.param(
            "Connecticut's tax commissioner says an internal review found no leak.\n\n"
            "Kevin Sullivan says he instructed staff to check.",
            "internal review", "Kevin Sullivan", id="a-description-then-a-name-with-no-role-as-the-next-speaker"),
        pytest.param(
            "But an INS spokeswoman said the agency would revoke his permission.\n\n"
            "In Havana, Cuban President Fidel Castro said the boy's father, Juan Miguel Gonzalez, would travel.",
            "revoke his permission", "INS spokeswoman", id="later-people-of-other-roles-or-not-speaking-are-not-the-description"),
        pytest.param(
            "A spokesman for Governor Reed, Paul Hanley, said the plan was ready.\n\n"
            "Reed's spokesman said later that the governor would sign the bill on Friday.",
            "sign the bill", "Paul Hanley", id="a-role-held-for-a-named-person-in-apposition"),
        pytest.param(
            "Anna Weller's father said in a letter on Monday that he wants to see his daughter.\n\n"
            "\u201cWe are worried about her health,\u201d Tomas Weller wrote in the letter.",
            "see his daughter", "Tomas Weller", id="a-relative-named-after-the-description-who-writes"),
        pytest.param(
            "Local police and the coast guard searched the bay overnight.\n\n"
            "The coast guard and local police said the boat had sunk near the pier.",
            "boat had sunk", "coast guard and local police", id="bodies-and-unnamed-sources-speak-together"),
        pytest.param(
            "Senator Ann Cole and her aides said little about how she is preparing for the vote.",
            "preparing for the vote", "Ann Cole and her aides", id="a-group-of-the-first-keeps-its-possessive"),
        pytest.param(
            "Former governor Ann Cole and current party nominee said the rules were unfair to voters.",
            "rules were unfair", "Ann Cole", id="a-singular-description-is-no-second-speaker"),
        pytest.param(
            "Norland tested a missile on Sunday. Vestia, Norland's only ally and its economic lifeline, said "
            "it was resolutely opposed to the test.",
            "resolutely opposed", "Vestia", id="an-appositive-read-as-a-list-is-no-second-speaker"),
        pytest.param(
            "Officers of the Lakeside police department arrived at noon. The Lakeside police closed the road.\n\n"
            "Police said the driver had fled on foot before they arrived.",
            "driver had fled", "Lakeside police", id="a-bare-body-is-the-fuller-one-named-before"),
        pytest.param(
            "Federal officials met in the capital on Monday. The meeting lasted an hour.\n\n"
            "Officials said the talks would resume next week.",
            "talks would resume", "Officials", id="officials-stay-as-the-cue-words"),
        pytest.param(
            "The advertisement, said Kelli Conlin, the director of the state chapter, is intended to spotlight "
            "the senator's vote.", "spotlight", "Kelli Conlin", id="a-name-set-off-after-the-verb-speaks"),
        pytest.param(
            "Seong Ok Yoo, a former intelligence official, said Kim is trying to use the summit as a tool.",
            "use the summit", "Seong Ok Yoo", id="a-name-going-on-into-the-report-is-its-subject"),
        pytest.param(
            "Gregory Craig, attorney for the boy's father Juan Miguel Gonzalez, announced in Washington that the "
            "father would travel on Thursday.", "father would travel", "Gregory Craig",
            id="a-named-subject-is-not-the-name-inside-its-appositive"),
        pytest.param(
            "Over and over, Cuban Americans said that outsiders simply could not understand the case.",
            "outsiders simply", "Cuban Americans", id="a-people-speaks-not-its-country"),
        pytest.param(
            "The alliance will admit three countries, an official from the organization said on Wednesday.\n\n"
            "The official said that the accession was planned for early March. He added that a ceremony would "
            "still be held in April.", "ceremony would", "official from the organization",
            id="he-after-an-unnamed-official-who-spoke"),
        pytest.param(
            "The Cape Argus newspaper in Cape Town reported that a search has been launched for accomplices.",
            "search has been launched", "Cape Argus", id="a-medium-named-by-its-title-before-its-noun"),
        pytest.param(
            "The Tax Policy Center released its analysis of the plan on Monday. It said that the plan would cut "
            "federal revenue by $6 trillion over a decade.", "cut federal revenue", "Tax Policy Center",
            id="it-is-the-body-that-was-the-subject-before"),
        pytest.param(
            "Mary Lowe bought the paper in 1990. It reported on Monday that the mill would close in the spring.",
            "mill would close", None, id="it-is-never-the-person-before"),
        pytest.param(
            "President Raul Ortega spoke at the rally on Sunday night.\n\n"
            "\u201cI am willing to leave tomorrow, absolutely alone,\u201d Ortega read from a letter signed by "
            "Juan Miguel Gonzalez.", "willing to leave", "Juan Miguel Gonzalez",
            id="words-read-from-a-signed-letter-are-the-writers"),
        pytest.param(
            "Greenpeace said in a statement that the plan lacks binding targets. Its Brazil director, Carolina "
            "Pasquali, told Reuters that promises had been broken before.", "promises had been broken",
            "Carolina Pasquali", id="a-persons-role-holds-the-name-the-model-called-a-body"),
        pytest.param(
            "Chancellor Olaf Scholz hosted President Emmanuel Macron in Berlin on Tuesday.\n\n"
            "The two leaders announced that a billion-euro plan would protect the forest.", "billion-euro plan",
            "Olaf Scholz and Emmanuel Macron", id="the-two-leaders-are-the-last-two-named"),
        pytest.param(
            "The plan was welcomed in the capital.\n\n\"It is a good start\" - Marina Silva, environment minister.",
            "good start", "Marina Silva", id="a-dash-signature-followed-by-a-role"),
        pytest.param(
            "Former President Donald Trump attacked the indictment late on Tuesday.\n\n"
            "\"This is the greatest witch hunt of all time!\" Trump wrote on Truth Social.\n\n"
            "His lawyer, Todd Blanche, said in a statement that the charges were baseless.",
            "witch hunt", "Donald Trump", id="the-cue-after-an-exclamation-when-a-paragraph-follows"),
        pytest.param(
            "Critics, including the Bavarian premier Markus Soeder, have long argued that the move divided the "
            "country.", "move divided", "Critics", id="a-member-named-with-including-is-not-the-group"),
        pytest.param(
            "Angela Merkel, the former German chancellor, published her memoirs on Tuesday.\n\n"
            "In the book, she defends her decision to open the borders. Critics, including the Bavarian premier "
            "Markus Soeder, have long argued that the move divided the country. Soeder's party said on Tuesday it "
            "had nothing to add.\n\n"
            "\u201cI never had any illusions about him,\u201d she told the weekly Die Zeit in an interview.",
            "illusions", "Angela Merkel", id="she-continues-the-she-before-sentences-about-no-one"),
        pytest.param(
            "Renat Karchaa, an adviser to the head of Rosenergoatom, told the Interfax news agency that drones had "
            "attacked the plant. The Russian company said the reactors were in cold shutdown.", "cold shutdown",
            "Rosenergoatom", id="a-name-before-a-news-agency-noun-is-a-medium-not-the-company"),
        pytest.param(
            "Mark Zandi, chief economist at Moody's Analytics, said the Fed risked waiting too long. \"The economy "
            "is slowing,\" he said. \"They need to move.\"\n\nThe White House declined to comment on the decision.",
            "need to move", "Mark Zandi", id="a-quotation-closing-its-paragraph-is-not-the-next-paragraphs"),
        pytest.param(
            "Vassily Nebenzia, Russia's ambassador to the United Nations, defended the meeting. The country's U.N. "
            "envoy said Moscow would not be isolated.", "not be isolated", "Vassily Nebenzia",
            id="the-un-envoy-is-the-ambassador-to-the-united-nations"),
        pytest.param(
            "Mary Lowe watched the debate at home on Monday. She cheered at every jab.\n\n"
            "Her neighbour Chris Dale dropped by at nine.\n\n"
            "The woman's enthusiasm was plain. \"Here he comes,\" she said, clapping.", "Here he comes",
            "Mary Lowe", id="the-woman-is-the-one-the-article-called-she-before-anyone-of-unknown-sex"),
        pytest.param(
            "The North Atlantic Treaty Organization met in Madrid in July.\n\n"
            "At the summit, the alliance announced that it would accept three new members.", "three new members",
            "North Atlantic Treaty Organization", id="the-alliance-is-the-treaty-organization"),
        pytest.param(
            "\u201cThe border stays shut until the talks end,\u201d said Ghana's President and AU Chairman Kwame "
            "Mensah at the summit, where President Ali Touré was also present.", "border stays shut",
            "Kwame Mensah", id="a-run-of-titles-ends-on-the-name-that-speaks"),
        pytest.param(
            "Party spokesman Imran Qadir said the rally would go ahead.\n\n"
            "Party leader and former finance minister Tariq Baig took to X and warned that the arrests would "
            "deepen the crisis.", "deepen the crisis", "Tariq Baig",
            id="a-title-run-subject-of-a-coordinated-verb-is-the-name-not-the-last-speaker"),
        pytest.param(
            "\u201cAirlines must fix this now,\u201d said CAA (Civil Aviation Authority) Director Nora Pike. "
            "\u201cWe will check every plane.\u201d", "check every plane", "Nora Pike",
            id="a-body-in-brackets-before-a-title-does-not-speak-for-the-named-official"),
        pytest.param(
            "Chile's army chief Pablo Soto and the navy commander met in Santiago on Monday.\n\n"
            "The Chilean army has said it will keep troops in the north.", "keep troops", "Chilean army",
            id="an-army-is-a-body-not-its-chief"),
        pytest.param(
            "Peru's National Jury of Elections (JNE) declared the result on Monday. Lima Mayor Rosa Vidal "
            "was re-elected with 48 percent of the votes, the electoral jury announced.", "re-elected",
            "National Jury of Elections", id="a-lower-case-body-the-model-tags-is-still-a-description"),
        pytest.param(
            "The head of the International Maritime Organization on Friday said shipping needed a carbon price.\n\n"
            "Arsenio Dominguez told reporters in London that talks would resume in April.\n\n"
            "Negotiators have tried for a decade to agree on a levy on fuel.\n\n"
            "The share of emissions from ships has risen from 2% in 2010 to 3% in 2023, according to the UN "
            "Environment Programme.\n\n"
            "The IMO chief said the deal could be done this year.", "done this year", "Arsenio Dominguez",
            id="what-a-resolved-description-says-of-a-person-resolves-the-next"),
        pytest.param("Chilean President Ana Rojas called her predecessor Pablo Vera a \"faithful copy\" of Javier "
                     "Mendez and said there was no chance Vera would return to office.", "no chance Vera", "Ana Rojas",
                     id="a-name-after-a-scare-quote-does-not-take-a-coordinated-verb"),
        pytest.param(
            "Austria's coalition has collapsed after Karl Huber fired his interior minister on Monday evening.\n\n"
            "The Chancellor sacked Eva Brandt after days of crisis talks.\n\n"
            "In a statement to the press, the chancellor accused his interior minister of \u201cbreaking his "
            "trust\u201d and putting the \u201csurvival of her party\u201d first.", "breaking his", "Karl Huber",
            id="the-same-description-as-an-earlier-subject-is-the-same-one-not-whom-it-acted-on"),
        pytest.param(
            "The spokesperson of the Indian Ministry of External Affairs, Randhir Jaiswal, last week blamed the "
            "neighbours for the attack.", "blamed the neighbours", "Randhir Jaiswal",
            id="a-name-set-off-after-a-role-phrase-is-that-person"),
        pytest.param(
            "The United States Anti-Doping Agency then contacted the federation and alleged that positive tests "
            "had been hidden.", "tests had been hidden", "United States Anti-Doping Agency",
            id="a-country-written-in-a-bodys-name-is-part-of-it"),
        pytest.param(
            "Heatwaves caused 143 deaths between March and June, according to statistics from the Kenyan "
            "Ministry of Health.", "143 deaths", "Kenyan Ministry of Health", id="statistics-from-a-body-are-its"),
        pytest.param(
            "A Catholic cleric in Bukavu, Mbaya Tshibola Nzeza, said several families had fled across the lake "
            "overnight.", "fled across the lake", "Mbaya Tshibola Nzeza", id="a-name-set-off-after-a-person-by-trade"),
        pytest.param(
            "Ines Varga reported for the agency.\n\nThe US Energy Secretary Dana Holt visited the plant. "
            "The US Energy Secretary stressed that the export rules still work.", "export rules",
            "Dana Holt", id="a-title-the-model-tagged-as-a-person-is-a-description"),
        pytest.param(
            "When asked by Reuters whether the deal had been watered down, Chile's chief negotiator Ana Ruiz "
            "summed up the mood in the hall.\n\n\u201cProbably. You take what you can get.\u201d",
            "take what you can get", "Ana Ruiz", id="the-answer-after-asked-by-is-the-one-asked"),
        pytest.param(
            "The World Rowing Federation said it was told in March of the regional body's decision.\n\n"
            "The World Rowing Federation then reviewed the decision and consulted experts.\n\n"
            "They concluded that the crews bore \u201cno fault\u201d for the result.", "no fault",
            "World Rowing Federation", id="they-may-take-up-an-organisation"),
        pytest.param(
            "Addressing the coup, SADEC reiterated its \u201czero tolerance\u201d for military rule.\n"
            "They insisted that Mr. Banda remains the elected president.", "remains the elected", "SADEC",
            id="they-may-take-up-an-acronym-the-model-did-not-label"),
        pytest.param(
            "Al-Mourabitoun, an armed group linked to al-Qaeda that is fighting the government, claimed the attack."
            "\n\nThe group said they killed four soldiers at the checkpoint.", "four soldiers", "Al-Mourabitoun",
            id="the-group-is-the-body-the-article-called-a-group"),
        pytest.param(
            "The UN High Commissioner for Refugees (UNHCR) said it did not know where the boat was.",
            "where the boat was", "UN High Commissioner for Refugees", id="a-body-an-acronym-in-brackets-spells-out"),
        pytest.param(
            "The United Nations said the talks would resume.\n\nThe United Nations refugee agency has called for "
            "the rescue of the passengers.", "rescue of the passengers", "United Nations refugee agency",
            id="a-bodys-own-agency-is-not-the-body"),
        pytest.param(
            "The Zambia Labour Federation (ZLF) has declared a strike from Monday. It follows President Kaluba "
            "Mwansa\u2019s speech in which he declared that \u201cthe subsidy is gone\u201d.", "the subsidy is gone",
            "Kaluba Mwansa", id="a-body-an-acronym-spells-out-is-no-he"),
        pytest.param(
            "The Chilean Foreign Ministry spokesman has condemned the ruling of the tribunal as a \"stain\" on "
            "its judges.\n\nAnselmo Quiroga Tapia made the remarks two days after the tribunal ruled against the "
            "port project.\n\nHe said there was no goodwill behind the ruling, which merely delays the project.",
            "no goodwill", "Anselmo Quiroga Tapia", id="a-name-the-next-sentence-calls-he-is-a-person"),
        pytest.param(
            "The Chilean Foreign Ministry spokesman has condemned the ruling of the tribunal as a \"stain\" on "
            "its judges.\n\nAnselmo Quiroga Tapia made the remarks two days after the tribunal ruled against the "
            "port project.\n\nHe said there was no goodwill behind the ruling.", "tribunal as a",
            "Anselmo Quiroga Tapia", id="who-made-the-remarks-is-named-next"),
        pytest.param(
            "In her first speech, ECOWAS Commission Chairperson Abena Osei Mensah insisted that the region had "
            "always opposed a military solution.", "always opposed", "Abena Osei Mensah",
            id="a-name-goes-on-to-the-surname-its-words-are-compounds-of"),
        pytest.param(
            "\"The rescue began at dawn on Sunday [May 4,] in international waters,\" the charity Aegean Watch said "
            "in a statement.\n\n\"We asked for help and nobody came,\" the statement continued.", "nobody came",
            "Aegean Watch", id="the-statement-is-of-the-subject-nearest-its-verb"),
        pytest.param(
            "\u201cThe arrests are unlawful,\u201d said Vice Chairperson Amara Wekesa, adding, \u201cWe call for "
            "the release of those detained.\u201d", "release of those", "Amara Wekesa",
            id="a-title-the-model-took-into-the-name-leads-to-it"),
        pytest.param(
            "Police said 14 people were killed and 30 officers injured in the clashes. They also reported 300 "
            "arrests.", "300 arrests", "Police", id="they-is-who-said-it-not-whom-it-was-said-of"),
        pytest.param(
            "Talk hosts Ray King and Ed Moss joined the network last year.\n\nBoth Mr. King and Mr. Moss say the "
            "network's management has never told them what to say.", "never told them", "Ray King and Ed Moss",
            id="a-name-that-is-also-a-title-ends-the-name"),
        pytest.param(
            "Granada (Spain), Oct. 6 (EFE).- Acting Spanish Prime Minister Pedro Serrano referred Friday to amnesty "
            "as \u201ca way to try to overcome the judicial consequences of the situation\u201d.", "way to try",
            "Pedro Serrano", id="a-dateline-set-off-by-a-dash-is-no-subject"),
        pytest.param(
            "The statement was welcomed by the chairperson of the debt committee, Fr Joseph Banda.\n\n"
            "Fr Banda said the deal brings hope that the restructuring will end soon.", "brings hope",
            "Joseph Banda", id="fr-is-a-title"),
        pytest.param(
            "The Progress Party held its congress in Bergen on Sunday.\n\nThe party's manifesto calls for \u201can "
            "end to coal by 2030\u201d and a tax on flights.", "end to coal", "Progress Party",
            id="a-document-of-a-described-body-is-the-bodys"),
        pytest.param(
            "Prime minister Jonas Berg and the finance minister spoke at noon.\n\nThe PM said the scheme had been "
            "a \u201cgross betrayal and human tragedy\u201d.", "gross betrayal", "Jonas Berg", id="the-pm-is-the-prime-minister"),
        pytest.param(
            "COLOMBO, Feb 10 (Reuters) - Sri Lanka's bailout package can be presented to the fund's board for "
            "approval soon, an IMF spokesperson said on Friday.\n\nThe island of 22 million people has been battling "
            "its worst economic turmoil since 1948.\n\n\"We welcome the recent statement by the Paris Club to provide "
            "assurances to Sri Lanka,\" the IMF spokesperson told Reuters in a statement.", "We welcome",
            "IMF spokesperson", id="the-spokesperson-is-the-unnamed-one-before-not-a-country"),
        pytest.param(
            "Aram Petrosyan met reporters in Vienna after the talks.\n\n\"We reached a deal on the cuts,\" he said."
            "\n\n\"The market will be balanced soon,\" he added.\n\nThe cuts would be 10 million barrels a day in May."
            "\n\nThey would fall to 8 million barrels a day until January.\n\nHe also said that Iran and Libya were "
            "still exempted from the cuts.", "still exempted", "Aram Petrosyan",
            id="he-is-the-last-speaker-nobody-has-displaced"),
        pytest.param(
            "In response, Luis Ortega recalled the ambassador and demanded a \"public apology\" from the president."
            "\n\nMarco Villa not only refused to apologise but made further dismissive statements. \"The Socialists "
            "are capable of anything. This is diplomatic nonsense,\" he told a newspaper on Tuesday.",
            "diplomatic nonsense", "Marco Villa", id="he-looks-back-past-the-quotation-his-sentence-continues"),
        pytest.param(
            "Minister of Power, Bayo Adesanmi, has revealed that a fire caused the nationwide blackout.\n\n"
            "The Punch reports that there was widespread blackout across the country following the total collapse "
            "of the grid early Thursday morning.\n\nIt was gathered that the grid collapsed totally around 12:40 "
            "a.m., leading to the massive loss of supply to power distributors nationwide.\n\nBut giving details of "
            "what led to the development in a Facebook post on Thursday, the minister explained that a fire outbreak "
            "at the Jebba line caused the blackout.", "fire outbreak at the Jebba", "Bayo Adesanmi",
            id="a-role-set-off-before-a-name-is-its-role"),
        pytest.param(
            "Piet Vermaak, the chief executive of the energy group Solvera, said the field was very large.\n\n"
            "Speaking to investors in New York, the Solvera CEO added that the results came from a single well.",
            "single well", "Piet Vermaak", id="the-ceo-is-the-chief-executive"),
        pytest.param(
            "A group calling itself Teachers Against Censorship has urged the minister to withdraw the bill.\n\n"
            "\"We hope the minister will act promptly,\" the group added.", "act promptly", "Teachers Against Censorship",
            id="a-group-calling-itself-a-name-is-that-body"),
        pytest.param(
            "A group calling itself Teachers Against Censorship has urged the minister to withdraw the bill.",
            "withdraw the bill", "Teachers Against Censorship", id="the-name-a-subject-is-given-speaks"),
        pytest.param(
            "The drownings of three fishermen off the coast are \u201ca national tragedy\u201d, the Fisheries Secretary "
            "has said.\n\nTheir boat capsized near the harbour mouth at dawn on Friday.\n\nThe coastguard rescued "
            "eleven others from the water.\n\nSeven of them were taken to hospital in the town.\n\n"
            "Fisheries Secretary Maura Quinlan said on the radio that an inquiry would begin on Monday.",
            "national tragedy", "Maura Quinlan", id="a-leads-description-named-paragraphs-later"),
        pytest.param(
            "The European Commission proposed raising the visa fee to 90 euros on Friday.\n\n"
            "The Commission says that even with the increase, the fees are still relatively low.",
            "relatively low", "European Commission", id="the-articles-short-name-for-a-body-it-named"),
        pytest.param(
            "Nimbus Airways cancelled all its flights on Thursday.\n\n"
            "The carrier said that its scheduled flights until May 9 had been cancelled.",
            "scheduled flights", "Nimbus Airways", id="the-carrier-is-the-airline"),
        pytest.param(
            "The Sahel militant group Ansar Dine met the mediators in Niamey.\n\n"
            "A statement by the Sahel militant group on Thursday said a delegation would travel to Algiers soon.",
            "delegation would travel", "Ansar Dine", id="a-statement-by-a-described-body"),
        pytest.param(
            "A statement by Special Adviser on Media and Publicity, Bayo Adeyemi, said President Okon directed the "
            "immediate lifting of the sanctions.", "directed the immediate lifting", "Bayo Adeyemi",
            id="a-statement-by-a-role-named-after-its-phrase"),
        pytest.param(
            "The Royal Thai Army said in a statement that the clash happened near the border.\n\n"
            "Thai soldiers fired back, according to the Thai army statement.", "soldiers fired back", "Royal Thai Army",
            id="a-bodys-statement-not-a-nationalitys"),
        pytest.param(
            "In a press release, the Sudanese government said the minister would lead the delegation.\n\n"
            "The statement emphasized the government's commitment to peace.", "commitment to peace", "Sudanese government",
            id="the-statement-is-the-press-release-named-before"),
        pytest.param(
            "A statement issued in Port Harcourt by the Police Public Relations Officer, Chidi Okafor said the command "
            "swung into action.\n\nThe statement said the commissioner appealed to residents to remain calm.",
            "appealed to residents", "Chidi Okafor", id="a-statement-by-an-officer-named-after-a-comma"),
        pytest.param("Declan Furlong SC for the defence asked why the text was sent.", "why the text was sent",
                     "Declan Furlong", id="a-name-before-a-rank-parsed-as-the-subject"),
        pytest.param(
            "The Lviv district court's website identified the soldier and said he was accused of violating the laws of war.",
            "accused of violating", "Lviv district court", id="a-bodys-website-speaks-for-the-body"),
        pytest.param("Labour TD for Carlow-Kilkenny Aidan Moran described it as the \"perfect storm\".", "perfect storm",
                     "Aidan Moran", id="a-members-title-and-a-hyphenated-constituency-before-the-name"),
        pytest.param(
            "KINGSTON, Jamaica \u2014 The Jamaica Public Service Company (JPS) has confirmed that some of its customers are "
            "now without electricity.", "without electricity", "Jamaica Public Service Company",
            id="a-dateline-in-capitals-is-no-subject"),
        pytest.param(
            "Prosecuting, Miss Ruth Mapfumo opposed the application and sought a further postponement.\n\n"
            "\"Your Worship, there were outstanding witness statements, which needed to be recorded.\"",
            "outstanding witness", "Ruth Mapfumo", id="a-paragraph-of-quotation-after-one-about-a-person-acting"),
        pytest.param(
            "\"It is a very terrible experience,\" one local nurse told the broadcaster.\n\n"
            "\"Some of them only have the clothes that they wear. We have only the things that we collected that night.\"",
            "clothes that they wear", "local nurse", id="an-unnamed-person-by-trade-goes-on-speaking"),
        pytest.param(
            "The education ministry has set up coordination centres to monitor the situation in several provinces.\n\n"
            "Schools can close if the dust levels are found to be unsafe, according to the ministry.", "dust levels",
            "education ministry", id="the-ministry-is-the-one-its-portfolio-named-before"),
        pytest.param(
            "Speaking at the committee meeting, the Director of Fisheries, Owen Hartley, reported much improved catch "
            "levels.\n\nThe loligo catch was the third highest recorded. He also reported that conditions were back to "
            "normal.\n\nThe Committee was told that the catch price had fallen.\n\nThe Director of Fisheries indicated "
            "that the total catch to date was 35,000 tonnes.", "total catch to date", "Owen Hartley",
            id="a-capitalised-role-in-apposition-is-the-persons-role"),
        pytest.param(
            "Traffic chief Owen Brooks said his team will be visible on the major roads this season.\n\n"
            "\"Bikers, we are making special plans to deal with them,\" the senior cop told reporters.", "special plans",
            "Owen Brooks", id="a-person-by-trade-is-the-one-who-has-just-spoken"),
        pytest.param(
            "Dr Kofi Mensah, Director-General of the GHS, said the outbreak was contained.\n\n"
            "The GHS Boss noted that Ghana was facing three public health emergencies.", "three public health",
            "Kofi Mensah", id="a-boss-in-capitals-is-a-description"),
        pytest.param(
            "\u201cSome of these motorcycles are extremely fast,\u201d said superintendent in charge of the St Andrew "
            "police, Yvonne Morgan-Smith.", "extremely fast", "Yvonne Morgan-Smith",
            id="a-role-and-its-holder-both-parsed-as-subjects"),
        pytest.param(
            "NAIROBI, Kenya, Mar 8 -The Kenya Meteorological Services has warned that the expected long rains will be "
            "inadequate.", "long rains", "Kenya Meteorological Services", id="a-datelines-date-is-no-subject"),
        pytest.param(
            "Mayor Jane Dube visited the reservoir on Wednesday. Key areas include Melville, Westdene, Parktown West and "
            "Emmarentia.\n\n\u201cResidents should not water gardens during the day,\u201d she said.", "water gardens",
            "Jane Dube", id="a-name-in-a-list-of-places-is-a-place"),
        pytest.param(
            "MORANT BAY, St Thomas \u2014 Residents of the Leith Hall housing scheme here are frustrated about water supply "
            "that, they say, has been affecting their hygiene.", "affecting their hygiene",
            "Residents of the Leith Hall housing scheme here", id="the-subject-after-a-datelines-dash"),
        pytest.param("This means, said Maglaya, that rice growers are earning more this season.", "earning more", "Maglaya",
                     id="an-aside-the-parse-made-the-root"),
        pytest.param(
            "State Minister for Water Resources and Irrigation Md Abdul Karim today said over two lakh people were moved "
            "to shelters.", "two lakh people", "Md Abdul Karim", id="a-name-after-a-portfolio-of-several-parts"),
        pytest.param(
            "Also speaking, the Minister of Labour, Dr Chinedu Okafor, said government was mindful of the sacrifices of "
            "retirees.\n\nThe minister, who was represented by the Permanent Secretary of the Ministry, Dr Bala Musa "
            "Garba, admitted that the adjustment of pensions has been overdue since 2019.", "overdue since 2019",
            "Chinedu Okafor", id="a-name-after-a-relative-clause-ending-on-a-role-is-that-roles"),
        pytest.param(
            "Foreign Minister Julie Judge decried the act.\n\n\u201cTheir response is hard to assess,\u201d Ms Judge told "
            "reporters in Perth.\n\n\u201cWe have seen this pattern of behaviour before.\u201d", "seen this pattern",
            "Julie Judge", id="a-courtesy-title-before-a-surname-is-no-part-of-a-longer-name"),
        pytest.param(
            "\u201cYou have stepped up on short notice,\u201d Brig. Gen. Tom Ortwin, the commander of the brigade, told "
            "the soldiers.", "stepped up", "Tom Ortwin", id="an-abbreviated-title-ends-no-sentence"),
        pytest.param(
            "Amid the escalation between the two countries, Israeli Ambassador to Chile, Dan Mizrahi, has said that his "
            "country is in constant contact with the ministry.", "constant contact", "Dan Mizrahi",
            id="a-name-set-off-before-an-auxiliary-and-its-verb"),
        pytest.param(
            "Taoiseach Mark Doyle spoke in Cork on Friday.\n\nThe Taoiseach said that a ban on flights was very "
            "likely.", "very likely", "Mark Doyle", id="a-title-used-as-a-description"),
        pytest.param(
            "Students gheraoed Vice-Chancellor Ravi Menon yesterday.\n\nAccording to reports, Vice-Chancellor said that "
            "he was saddened by the students' behaviour.", "saddened", "Ravi Menon", id="a-bare-title-is-its-holder"),
        pytest.param(
            "ICT Cabinet Secretary Peter Otieno has admitted that the services were hit by hackers.\n\nThe CS said no "
            "data was lost during the attack.", "no data was lost", "Peter Otieno", id="a-roles-initials"),
        pytest.param(
            "Fire Service Director-General Amina Yusuf visited the site with residents.\n\nThe DG said the fire had "
            "been put out by midnight.", "put out by midnight", "Amina Yusuf", id="a-hyphenated-roles-initials"),
        pytest.param(
            "Finance portfolio holder and Labour group leader, Councillor Gwen Price, who represents Tywyn, said: "
            "\u201cI am confident that members will support a rise.\u201d", "support a rise", "Gwen Price",
            id="roles-and-then-their-holder-parsed-as-conjuncts"),
        pytest.param(
            "The motion was seconded by Ruth Kerr.\n\n\u201cWe all have constituents who are waiting in pain and it is "
            "not acceptable.\u201d", "waiting in pain", "Ruth Kerr", id="a-paragraph-after-a-passives-agent"),
        pytest.param(
            "Stolen items were found inside the houses, police said.\n\n\u201cOne of the suspects was identified by "
            "witnesses, which paved the way for the arrests.\u201d", "identified by witnesses", "police",
            id="an-unnamed-body-goes-on-across-a-paragraph"),
        pytest.param(
            "The missile posed no threat to the country, the Russian defence ministry said.\n\nIts radar tracked the "
            "missile for 23 minutes, a ministry statement said.", "tracked the missile", "Russian defence ministry",
            id="a-ministry-statement-is-the-ministry-first-written-without-a-name"),
        pytest.param("Doctors will walk out on Monday, an RTHK report said.", "walk out", "RTHK",
                     id="a-documents-acronym-the-model-left-unlabelled-is-its-owner"),
        pytest.param("Another senior BNP figure, Rahim Uddin, described the result as a \u201cbetrayal of the nation.\u201d",
                     "betrayal of the nation", "Rahim Uddin", id="a-partys-figure-is-a-person-not-its-document"),
        pytest.param(
            "Ghana's inflation rate will fall when the harvest comes in, the central bank governor said on Monday.\n\n"
            "Prices of some foodstuffs rose sharply last month. Heavy rains have washed away roads.\n\n\u201cWe expect "
            "it to come down,\u201d Governor Kwame Mensah told a news conference.", "harvest comes in", "Kwame Mensah",
            id="a-role-opening-the-article-is-named-further-on"),
        pytest.param("According to the union's national chairperson, Mr Joseph Okello, the strike will go on next week.",
                     "strike will go on", "Joseph Okello", id="according-to-a-role-and-then-its-holder-set-off"),
        pytest.param("According to police, John Doe, 35, was arrested on Monday.", "was arrested", "police",
                     id="according-to-police-the-name-is-what-was-reported"),
        pytest.param("According to the lawyer, John Smith, who was arrested on Monday, has been released.",
                     "has been released", "lawyer", id="according-to-a-role-the-name-is-the-clauses-subject"),
        pytest.param(
            "Council Speaker Ruth Wanjiku said members had not filed any motion.\n\nAccording to Wanjiku, she can only "
            "act if a member brings a petition to her office that states the grounds.\n\n\u201cAn impeachment is not "
            "about a mob but about grounds. Any member can draft a motion.\u201d", "Any member can draft", "Ruth Wanjiku",
            id="a-relative-clauses-verb-is-no-source-to-continue"),
        pytest.param(
            "Johannesburg mayor Dada Morero delivered a warning on Wednesday.\n\nKey areas include Melville, "
            "Westdene, Parktown West, Emmarentia, Brixton, Vrededorp, Mayfair and Parkview.\n\n\u201cResidents should "
            "not be watering their gardens during the day,\u201d he said.", "watering their gardens", "Dada Morero",
            id="a-name-read-as-a-place-after-a-role-word"),
        pytest.param(
            "The leaders first visited the town of Bucha near Kyiv.\n\nTheir spokesman told journalists that the "
            "president went down to a shelter.", "went down to a shelter", "spokesman",
            id="the-town-of-a-name-is-a-place"),
        pytest.param(
            "According to Senior Superintendent of Police Dan Bahadur Karki, chief of the district police range, the "
            "suspect was arrested on Sunday.", "suspect was arrested", "Dan Bahadur Karki",
            id="a-name-the-model-missed-closing-a-roles-phrase"),
        pytest.param(
            "The head of state's spokeswoman Madalina Dobrovolschi announced that the president agrees to the new "
            "cabinet.", "agrees to the new cabinet", "Madalina Dobrovolschi", id="a-name-closing-a-possessed-role"),
        pytest.param(
            "Member of Parliament for Princes Town Barry Padarath is calling on the minister to intervene in the water "
            "crisis.", "intervene in the water crisis", "Barry Padarath", id="a-name-after-a-constituencys-place-word"),
        pytest.param(
            "Member of Parliament for Princes Town Barry Padarath is calling on the minister to intervene in the water "
            "crisis.\n\nThousands of homes have been without water since Friday.\n\n\"Many citizens were unprepared "
            "for what is happening today,\" he said.", "unprepared", "Barry Padarath",
            id="a-name-read-off-a-roles-phrase-is-a-person-a-pronoun-may-take-up"),
        pytest.param(
            "The defence chiefs of South Korea and the United States said they speak with one voice.", "one voice",
            "defence chiefs of South Korea and the United States", id="a-place-closing-a-roles-phrase-is-no-name"),
        pytest.param(
            "Refusing to prejudge the border situation, Ravi Shankar said the talks were going on.\n\n\"\u2026what is "
            "going on is something confidential between us and them.\" the minister asserted at the forum.",
            "confidential between us", "Ravi Shankar", id="a-quotation-opening-on-an-ellipsis-stands-alone"),
        pytest.param(
            "Senator Tom Hale will visit the state next week.\n\nWhile Hale had many artists writing songs about "
            "him, that has not been happening for Jane Roe, which is something that concerns Peter Mbeki, president "
            "of the Black Caucus.\n\n\u201cNo one is writing songs for Jane. Hale had plenty of them. Jane has "
            "nobody like that,\u201d he said.", "nobody like that", "Peter Mbeki",
            id="a-person-the-quotation-names-is-not-its-pronouns-speaker"),
        pytest.param(
            "Councillor Jane Roe denied blocking the housing plan on Tuesday.\n\nMayor Peter Smith said Roe was "
            "holding up the vote. He has asked the council to meet.\n\n\u201cIf Roe is blocking, what about all "
            "the other councillors?\u201d she asked.", "other councillors", "Jane Roe",
            id="one-who-answers-for-themself-by-name-when-nobody-else-fits"),
        pytest.param(
            "The state may open its new networks by August, Union Minister of Communications Asha Verma has said."
            "\n\nVerma was addressing a gathering at the congress, where Prime Minister Rohan Mehta launched the "
            "service on Monday.\n\nThe minister said the service would reach 200 cities in six months.",
            "200 cities", "Asha Verma", id="the-minister-is-not-the-nearer-prime-minister"),
        pytest.param(
            "The Bureau of Coastal Waters has begun its annual closed fishing season to protect sardine stocks, an "
            "official said.\n\nRegional Director Tomas Reyes said the season covers three bays and will last three "
            "months.", "closed fishing season", "Tomas Reyes", id="a-leads-official-is-the-one-the-next-sentence-names"),
        pytest.param(
            "Reports of gunfire west of the capital on Thursday night were the result of clashes with a rebel group, "
            "according to the army spokesperson.\n\nBrigadier General Peter Okello said rebel forces fought with the "
            "army near the river.", "Reports of gunfire", "Peter Okello",
            id="a-leads-spokesperson-is-the-one-the-next-sentence-names-whatever-his-rank"),
        pytest.param(
            "The floods cut off three villages overnight, an official said on Friday.\n\nEconomist Mary Oduya said "
            "the damage to farms would cost millions.", "three villages", "official",
            id="a-leads-official-is-no-expert-named-next"),
        pytest.param(
            "The minister survived the vote on Tuesday.\n\nThis morning, a Sinn Fein TD said it will be impossible "
            "for the party to back the budget.\n\nSinn Fein TD Jane Roe told the broadcaster the party is still open "
            "to talks.", "back the budget", "Jane Roe", id="a-party-member-by-role-the-model-read-as-the-party"),
        pytest.param(
            "The minister survived the vote on Tuesday.\n\nThis morning, a Labour MP said it will be impossible for "
            "the party to back the budget.\n\nLabour MP Jane Roe told the BBC the party is still open to talks.",
            "back the budget", "Jane Roe", id="an-indefinite-capitalised-role-named-next"),
        pytest.param(
            "The minister survived the vote on Tuesday.\n\nA Labour MP, who asked not to be named, said it will be "
            "impossible for the party to back the budget.\n\nLabour MP Jane Roe told the BBC the party is still open "
            "to talks.", "back the budget", "Labour MP", id="one-kept-unnamed-on-request-is-no-later-name"),
        pytest.param(
            "Social Democrat leader Jane Roe said she was pleased with the majority.\n\n\u201cThe agreement was found "
            "after long talks,\u201d she told reporters.\n\n\u201cThese three parties have the trust of the "
            "people,\u201d the MEP added.", "trust of the people", "Jane Roe",
            id="an-office-never-given-to-the-one-who-just-spoke-is-theirs"),
        pytest.param(
            "Social Democrat leader Jane Roe said she was pleased with the majority.\n\n\u201cThe agreement was found "
            "after long talks,\u201d she told reporters. Analyst Peter Smith was not convinced.\n\n\u201cThese three "
            "parties have the trust of the people,\u201d the MEP added.", "trust of the people", "MEP",
            id="an-office-never-given-after-someone-else-is-named-stays-as-written"),
        pytest.param(
            "Australian Foreign Minister Jane Roe said the strike on the convoy was wrong.\n\n\u201cIt was a grave "
            "mistake,\u201d she told reporters.\n\n\u201cThe strike was the result of a misidentification,\u201d "
            "Israel\u2019s military chief said.", "misidentification", "Israel\u2019s military chief",
            id="an-office-of-another-country-is-not-the-one-who-just-spoke"),
        pytest.param(
            "Union leader Jane Roe said the strike would go on.\n\n\u201cWe will not go back,\u201d she told "
            "reporters.\n\n\u201cBe patient,\u201d the Prime Minister said.", "Be patient", "Prime Minister",
            id="a-unique-office-is-not-the-one-who-just-spoke"),
        pytest.param(
            "Responding to the claims, the ministry said in a statement on Monday that the report was false.\n\n"
            "\u201cThe attention of the ministry has been drawn to a statement made by Mr John Doe on the radio. We "
            "reject it entirely,\u201d the statement said.", "reject it entirely", "ministry",
            id="the-statement-is-the-one-issued-not-the-one-it-quotes"),
        pytest.param(
            "Civil Defence controller Ben Green says it is the mix of rain and wind that has led the MetService to "
            "describe the cyclone as a very high risk.\n\n\u201cRiver levels are being watched closely in our "
            "district.\n\n\u201cWe are advising those in at-risk areas to have a plan to leave before dark.\u201d",
            "River levels", "Ben Green", id="a-report-inside-anothers-words-leaves-the-paragraph-theirs"),
        pytest.param(
            "The talks will \u201cfocus\u201d on the two left-wing parties, Johan Remkes said at a press conference. "
            "The mediators are not excluding other parties. \u201cBut they have to give the signal themselves.\u201d",
            "give the signal", "Johan Remkes", id="a-quoted-sentence-goes-on-from-the-paragraphs-source"),
        pytest.param(
            "The talks will \u201cfocus\u201d on the two left-wing parties, Johan Remkes said at a press conference. "
            "Party leader Anna Berg is not convinced. \u201cBut they have to give the signal themselves.\u201d",
            "give the signal", None, id="a-quoted-sentence-after-another-person-is-named-stays-unattributed"),
        pytest.param(
            "Election Commissioner Md Alamgir has said the opposition is avoiding the polls.\n\nAbout the upcoming "
            "elections in five city corporations, EC Alamgir said the candidates will not be allowed to run campaigns "
            "once the symbols are decided.", "run campaigns", "Md Alamgir", id="an-offices-initials-before-a-surname"),
        pytest.param(
            "The army spokesperson Maj Peter Okello says the suspects were found with explosives.\n\nMaj Okello said "
            "the men had been followed for weeks.", "followed", "Peter Okello", id="a-military-rank-without-its-stop"),
        pytest.param(
            "Two suspects have been shot dead, police spokesperson Brig Thabo Mokoena confirmed.\n\nMokoena said two "
            "firearms were recovered from the suspects.", "firearms", "Thabo Mokoena", id="a-police-rank-before-a-name"),
        pytest.param(
            "The suspect has admitted to being at the scene, deputy police chief Somchai Wongsawat said on Wednesday."
            "\n\nPol Gen Somchai said the man had confessed during questioning.", "confessed", "Somchai Wongsawat",
            id="a-thai-police-rank-of-two-words"),
        pytest.param(
            "The project engineer, Eng Justus Okumu, said the road would open in May.", "road would open",
            "Justus Okumu", id="an-engineers-title"),
        pytest.param(
            "Trade Minister Tengku Zafrul Aziz said that exports would rise this year.", "exports",
            "Tengku Zafrul Aziz", id="a-royal-honorific-malaysian-news-keeps-in-the-name"),
        pytest.param(
            "The number of deaths from the collapsed dam rose to 58, a spokesperson for the Civil Defense said.\n\n"
            "Rescuers worked through the night.\n\nThe company has apologised.\n\nAt least 300 people are still "
            "missing, Civil Defense spokesperson Col. Rafael Monteiro said.\n\nMonteiro said the search would go on.",
            "deaths", "Rafael Monteiro", id="a-leads-role-for-a-body-named-paragraphs-on"),
        pytest.param(
            "Defense Counsel, Kwame Mensah, told the court that his client was a chief.\n\nAccording to the Defense "
            "Counsel there was no way a chief would have no fixed abode.", "no fixed abode", "Kwame Mensah",
            id="a-role-in-capitals-is-the-one-who-held-it"),
        pytest.param(
            "Job losses are rising, according to the Secretary General of the Workers Congress (WC), Ng Wei Ling, at a "
            "press conference.", "Job losses", "Ng Wei Ling", id="a-surname-the-model-left-off-a-name-set-off"),
        pytest.param(
            "The general strike will be a success according to union leaders.\n\nAccording to the leader of UGT in "
            "Catalonia, Josep Maria Sala, the 29-S will be “a magnificent day” that will show how workers are "
            "“convinced” about the “need to stop all of these measures”.\n\nBoth Sala and the leader of CCOO, Joan "
            "Carles Puig, avoided predictions.", "magnificent", "Josep Maria Sala",
            id="according-to-a-role-and-the-name-set-off-after-it"),
        pytest.param(
            "In a statement this evening, SIPTU Organiser, Declan Hogan, said: “The closure of this plant is a massive "
            "blow to the workers.”", "massive blow", "Declan Hogan", id="a-role-the-model-labelled-a-person"),
        pytest.param(
            "Foreign Minister Olena Kovalenko met NATO Secretary-General Jens Larsen in Brussels.\n\nKyiv accepted the "
            "proposal without conditions, she noted.\n\nThe NATO chief said, “We have to make sure that any deal is "
            "lasting.”", "lasting", "Jens Larsen", id="the-chief-of-an-alliance-is-its-secretary-general"),
        pytest.param(
            "“We came to talk about peace,” the Ukrainian foreign minister Olena Kovalenko said at a news conference "
            "with NATO Secretary-General Jens Larsen.\n\nThe NATO chief said the alliance would help.\n\nThe "
            "Ukrainian foreign minister said there is a real war going on in Europe.", "real war", "Olena Kovalenko",
            id="the-one-the-article-gave-every-word-of-the-description-first"),
        pytest.param(
            "Actress Rumana Akter has been subjected to a money theft scam.\n\nThe actress said that a bunch of "
            "scammers tricked her into giving them a code.", "scammers", "Rumana Akter", id="a-trade-written-as-a-title"),
        pytest.param(
            "Member of Parliament for Princes Town Ravi Ramdial is calling on the minister to intervene.\n\nRamdial "
            "said many parts of the south are without water today.", "without water", "Ravi Ramdial",
            id="the-surname-alone-of-one-who-has-spoken"),
        pytest.param(
            "The massacre occurred on Saturday near the town. The attackers struck at around 10 a.m., targeting both "
            "soldiers and civilians.\n\nAn Al Qaeda affiliate, Jama’a Nusrat ul-Islam wa al-Muslimin (JNIM), claimed "
            "responsibility for the attack, stating that they targeted soldiers and militia members.",
            "targeted soldiers", "JNIM", id="a-word-of-a-name-the-parse-listed-is-no-second-speaker"),
        pytest.param(
            "Clinton's lawyer Cheryl Mills was granted immunity.\n\nOn Thursday, the panel held Bryan Pagliano in "
            "contempt of Congress. His lawyer said he would not answer questions.", "answer questions", "lawyer",
            id="his-lawyer-is-not-anothers-lawyer"),
        pytest.param(
            "Former President Nicolas Sarkozy will appeal his conviction for corruption, his lawyer said.\n\n"
            "Sarkozy's lawyer Jacqueline Laffont called the verdict severe.", "appeal his conviction",
            "Jacqueline Laffont", id="his-lawyer-named-after-as-his"),
        pytest.param(
            "Interior Cabinet Secretary Jane Roe visited the county on Monday.\n\nThe Interior CS said a section of "
            "the raiders had taken over the classrooms.", "taken over the classrooms", "Jane Roe",
            id="the-article-before-a-roles-own-modifiers"),
        pytest.param(
            "House Speaker John Doe opened the sitting on Monday.\n\nThe members argued for an hour, but Speaker "
            "expressed regret to the people on behalf of all the members.", "expressed regret", "John Doe",
            id="a-speaker-of-the-house-is-a-role"),
        pytest.param(
            "John Doe has revealed that the former president will name his running mate soon.\n\nAccording to the "
            "Kumbungu MP, both the candidate and the party are ready to disclose the name.", "ready to disclose",
            "John Doe", id="a-place-before-a-role-names-whose-role"),
        pytest.param(
            "Vice President John Doe spoke on Thursday.\n\nThe VP said the deal was good for the country.",
            "deal was good", "John Doe", id="vp-is-a-vice-president"),
        pytest.param(
            "Chief Government Spokesperson Jane Roe said the vote would be fair.\n\nMs Roe, who is also Minister of Home "
            "Affairs, said the register was ready.\n\nOpposition leader John Doe disagreed with the plan.\n\nThe "
            "Minister said the process has been conducted in an exceptionally transparent manner.", "transparent manner",
            "Jane Roe", id="a-role-given-in-a-who-is-clause"),
        pytest.param(
            "Kerala Police Chief Jane Roe said on Wednesday that the man had been held in Ratnagiri.\n\nShe said John Doe "
            "was apprehended by the special squad.\n\n\u201cThe suspect has been taken into custody,\u201d the State "
            "Police Chief said.", "taken into custody", "Jane Roe", id="a-level-of-government-agrees-with-any-entity"),
        pytest.param(
            "Councils have warned that the number of asylum seekers being housed in hotels is piling pressure on services, "
            "with two authorities preparing to take the companies to court.\n\nThey have taken aim at the Home Office, and "
            "accused it of not giving enough advance warning for asylum seekers to be housed.", "advance warning",
            "Councils", id="they-is-not-the-subject-of-an-aside-with-clause"),
        pytest.param(
            "AirAsia chief executive officer Jane Roe said demand would be dictated by how countries reopen their borders."
            "\n\n\u201cWe must look at demand, and when there is demand we will pursue it,\u201d she said at a press "
            "conference.\n\nWith borders being reopened, AirAsia announced that it will fly again to Chennai with 71 weekly "
            "flights expected by year-end.\n\n\u201cWith the reopening of borders, we would like to take this opportunity "
            "to welcome back tourists,\u201d she said.", "welcome back tourists", "Jane Roe",
            id="she-is-the-last-person-to-speak-not-a-body-that-spoke-since"),
        pytest.param(
            "The council condemned the incident, Maritime Council spokesperson Alexander Lopez said on Monday.\n\nLopez at a "
            "briefing at the presidential palace said the ships had been harassed for weeks.", "had been harassed",
            "Alexander Lopez", id="a-surname-with-where-it-was-said-parsed-as-its-own"),
        pytest.param(
            "Bank employees\u2019 union ETYK announced a 48-hour strike at the Cooperative Central Bank starting Thursday, "
            "escalating measures after management reneged on a tentative agreement, it said in a statement.",
            "48-hour strike", "ETYK", id="it-is-the-main-clauses-subject-not-a-subordinate-ones"),
        pytest.param(
            "Liberal backbencher Jane Roe crossed the floor to vote with Labor, after the Coalition elected to oppose "
            "legislation it said was \"unnecessary\".", "unnecessary", "Coalition",
            id="it-inside-the-subordinate-clause-is-that-clauses-subject"),
        pytest.param(
            "Kyiv is ready to bring back all prisoners, Ombudsman Dmytro Lubinets said on Tuesday. The ombudsman said the "
            "exchanges had stalled.", "exchanges had stalled", "Dmytro Lubinets", id="ombudsman-is-a-role"),
        pytest.param(
            "Jane Roe of Frankies Wholesale said that while any increase in the minimum wage would cost the company, it "
            "would not affect prices.", "minimum wage would cost", "Jane Roe",
            id="a-name-opening-the-subjects-phrase-before-of-speaks"),
        pytest.param(
            "\u201cThe camps are full,\u201d Director of Department of Disaster Relief Mizanur Hossain told BSS.",
            "camps are full", "Mizanur Hossain", id="a-portfolios-dictionary-words-before-a-name-no-dictionary-holds"),
        pytest.param(
            "\u201cDoha is working on it,\u201d Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani told reporters.",
            "working on it", "Mohammed bin Abdulrahman Al Thani", id="a-given-name-the-dictionary-holds-stays-the-names"),
        pytest.param(
            "Speaking to reporters, Rajakumar IFS, Principal Chief Conservator of Forests, said that the claims were "
            "false.", "claims were false", "Rajakumar", id="a-services-letters-the-parse-made-the-subject"),
        pytest.param("HARARE - Hatcliffe residents said the water shortages had caused the outbreak.", "water shortages",
                     "Hatcliffe residents", id="a-dateline-is-no-part-of-an-unnamed-sources-words"),
        pytest.param(
            "According to the Minister of Agriculture, Irrigation and Water Development, Grace Chiumia, in addition, "
            "government has also directed that if the maize is being delivered to depots the price will be K200 per "
            "kilogram.", "maize is being delivered", "Grace Chiumia", id="a-name-a-comma-sets-off-from-the-portfolio"),
        pytest.param(
            "The Secretary to the Government of the Federation, Garba Lawal, had, on June 29 during a briefing of the "
            "Presidential Task Force, announced the reopening of schools for final year students.",
            "reopening of schools", "Garba Lawal", id="a-name-set-off-at-the-end-of-a-body-the-model-read"),
        pytest.param(
            "ISLAMABAD-The vice chancellors committee on Tuesday urged the federal government to release "
            "supplementary grants.", "supplementary grants", "vice chancellors committee",
            id="a-dateline-glued-to-the-first-word-by-a-hyphen"),
        pytest.param(
            "Sagamihara/Tokyo, Dec. 6 (Jiji Press)--Kenji Tsuda, chief of the Hayabusa2 project, expressed his "
            "pleasure on Sunday.\n\n\u201cI look forward to opening the capsule,\u201d Tsuda said.",
            "opening the capsule", "Kenji Tsuda", id="an-agencys-dash-glued-to-its-bracket-and-the-name"),
        pytest.param(
            "Narcotics Criminal Investigation Department (NCID) director Datuk Seri Mohd Shuhaily Mohd Zain said the "
            "suspects were arrested in three raids around Ipoh and Taiping on March 2.", "three raids",
            "Mohd Shuhaily Mohd Zain", id="titles-the-model-labelled-a-person-by-themselves"),
        pytest.param(
            "Police spokesperson Assistant Commissioner Charity Charamba confirmed the arrests.\n\nAss Comm Charamba "
            "said the two suspects led detectives to a shopping centre where the others were found.",
            "two suspects led", "Charity Charamba", id="an-abbreviated-police-rank"),
        pytest.param(
            "The coronavirus crisis affected the psychological and social aspects of people\u2019s lives, and must be "
            "dealt with in a correct way based on scientific information, said the Minister of Health Firas Obeidat "
            "Sunday.", "psychological and social", "Firas Obeidat", id="a-portfolio-and-name-read-as-a-body-then-a-day"),
        pytest.param(
            "\u201cWe are drafting the motion, which will be ready by Tuesday next week.\u201d Said Odhiambo. "
            "\u201cThis House cannot be run in this manner,\u201d Odhiambo added.", "drafting the motion", "Odhiambo",
            id="a-capitalised-said-after-a-quotation-is-no-given-name"),
        pytest.param(
            "Vice-Chancellor Sunil Dissanayake spoke first.\n\nOn 22 August Dissanayake told parliament that all "
            "possible action would be taken to reopen universities soon.", "all possible action", "Sunil Dissanayake",
            id="an-unlabelled-surname-the-parse-hung-on-a-date"),
        pytest.param(
            "The gunman was caught in Tak province, which is west of Bangkok on the border with Myanmar, Thailand's "
            "prime minister Prayuth Chan-ocha said.", "gunman was caught", "Prayuth Chan-ocha",
            id="a-speaker-read-in-apposition-to-the-contents-last-noun"),
        pytest.param(
            "Estonian Prime Minister Kristen Michal (Reform) said, that now electricity and gas prices have stabilized, "
            "she expects energy companies to start bringing prices down as quickly as they were previously going up.",
            "bringing prices down", "Kristen Michal", id="said-comma-that"),
        pytest.param(
            "Officials met in Muscat. In a statement to Oman News Agency, Khalid bin Saif bin Nasser, Director General "
            "of Ports at the Ministry of Transport, Communications and Information Technology, said that Omani ports "
            "play a crucial role in facilitating trade.", "crucial role", "Khalid bin Saif bin Nasser",
            id="a-name-and-its-role-set-off-after-an-opening-phrase"),
        pytest.param(
            "The Irish Cattle Breeders Association (ICBA) held its meeting. According to the ICBA there is a "
            "difference of up to \u20ac200/tonne in some feeds between Republic and North.", "difference of up to",
            "Irish Cattle Breeders Association", id="an-unlabelled-acronym-an-earlier-name-gave-in-brackets"),
        pytest.param(
            "The Irish Farmers Association met on Monday. According to the IFA there is a difference of up to "
            "\u20ac200/tonne in some products.", "difference of up to", "Irish Farmers Association",
            id="an-unlabelled-acronym-spelling-an-earlier-bodys-initials"),
        pytest.param(
            "Flooding and landslides caused by monsoon rains in Sri Lanka have killed at least seven people, the "
            "country's National Emergency Operations Centre (NEOC) has said.", "Flooding and landslides",
            "National Emergency Operations Centre", id="a-body-set-off-after-the-counted-dead"),
        pytest.param(
            "Bobi Wine was arrested while addressing a mini rally in Luuka district of eastern Uganda, local media "
            "outlet, the Daily Monitor reported.", "arrested while addressing", "Daily Monitor",
            id="a-source-described-then-named-read-as-a-relative-clause"),
        pytest.param(
            "Deputies complained that hospitals turned away patients with insurance cards. Nguyen Thi Lan said this "
            "was unacceptable.", "this was unacceptable", "Nguyen Thi Lan", id="a-short-clause-with-its-own-subject"),
        pytest.param(
            "The number of towns where the tests are held has risen by 120 per cent to 440 from 200 towns, and the "
            "number of test centres have increased by 60 per cent to 3,100 centres from 1,940 in 2019, Meena Kumari "
            "said.", "the number of test centres", "Meena Kumari", id="two-clauses-joined-before-the-verb-both-said"),
        pytest.param(
            "Ersin Tatar leads the island's north.\n\nIn late September Tatar told a local newspaper that there could "
            "be a new envoy.", "new envoy", "Ersin Tatar", id="a-month-before-an-unlabelled-surname-is-the-dates"),
        pytest.param(
            "Kirkuk gets 216,000 litres a day, according to an Iraqi Ministry of Electricity document published by the "
            "governor on Twitter.", "216,000 litres", "Iraqi Ministry of Electricity",
            id="an-article-the-model-took-into-a-bodys-name"),
        pytest.param(
            "Speaking to the press after the meeting, the new deputy Majority Leader, Kwame Asante Boateng, Member of "
            "Parliament (MP) for Asokwa, said that they had been advised by the Speaker.", "advised by the Speaker",
            "Kwame Asante Boateng", id="a-role-in-capitals-and-its-holder-read-as-a-list"),
        pytest.param(
            "Interior Minister Somchai Wongsawat spoke on Tuesday.\n\nMr Somchai, who also heads the police, was asked "
            "by reporters whether the man detained was thought to be the one who set the fire at the market, to which "
            "he replied: \"We are questioning him. He is the main suspect.\"", "He is the main suspect",
            "Somchai Wongsawat", id="a-report-ends-where-a-colon-opens-anothers-quotation"),
        pytest.param(
            "Sassa spokesperson in the Northern Cape Priyanka Govender said the grants would be paid on Monday.",
            "grants would be paid", "Priyanka Govender", id="a-place-the-model-ran-on-into-the-name-after-a-role"),
        pytest.param("\u201cIt is unacceptable to have pupils sleep there,\u201d parts of the GES press release said.",
                     "pupils sleep there", "GES", id="parts-of-a-document-are-its-owners"),
        pytest.param("A Zambia Electoral Commission (ZEC) calendar of events indicates that campaigns open this Saturday.",
                     "campaigns open", "Zambia Electoral Commission", id="a-calendar-is-a-document"),
        pytest.param("Preliminary data from the Barbados Tourism Authority indicate that the island welcomed 600,000 "
                     "visitors.", "island welcomed", "Barbados Tourism Authority", id="data-whose-lemma-is-datum"),
        pytest.param("The union representing pilots, the Airline Pilots' Federation of Zambia, said the strike would "
                     "begin on Monday.", "strike would begin", "Airline Pilots' Federation of Zambia",
                     id="a-body-set-off-after-a-phrase-of-its-kind"),
        pytest.param("More than 12,000 patients went without a bed this year, the Irish Nurses and Midwives Organisation "
                     "(INMO) has claimed.\n\nWaiting times grew in every region, the union said in a statement.",
                     "Waiting times grew", "Irish Nurses and Midwives Organisation", id="a-union-named-an-organisation"),
        pytest.param("DODOMA, Tanzania - The Dodoma health directorate on Friday warned of a rise in cholera cases, adding "
                     "that 12 cases had been confirmed.", "12 cases had been confirmed", "Dodoma health directorate",
                     id="a-dateline-with-its-country-before-a-dash"),
        pytest.param("Metro Manila, Philippines \u2013 Bureau of Corrections (BuCor) Director General Ramon Villanueva said "
                     "he has been reaching out to provincial governors for possible lands.", "reaching out",
                     "Ramon Villanueva", id="a-dateline-of-title-case-words-read-as-a-list-with-the-subject"),
        pytest.param("MANILA, Philippines - Malaca\u00f1ang justified yesterday the P20 increase in the minimum wage rate for "
                     "workers in Metro Manila, saying all factors were considered before a decision was made.",
                     "all factors were", "Malaca\u00f1ang", id="a-dateline-run-into-the-subjects-phrase"),
        pytest.param("The Permanent Secretary (PS) of the Ministry of Water, Joseph Mwangi, spoke on Monday.\n\nOther "
                     "panellists included Jane Otieno, Permanent Secretary, Ministry of Trade.\n\nThe PS said the dam "
                     "would be finished in May.", "dam would be finished", "Joseph Mwangi",
                     id="a-roles-acronym-given-in-brackets-is-its-holder"),
        pytest.param("That is according to the Permanent Secretary (PS) of the Ministry of Works and Transport Kilifi "
                     "Tavake during a radio show on Sunday.\n\nMr Tavake said the road would be finished in May.",
                     "road would be finished", "Kilifi Tavake", id="a-name-after-a-ministry-of-two-parts"),
        pytest.param("Two rifles were found in the car, said Gauteng police spokesperson Captain Lerato Maluleke.",
                     "Two rifles", "Lerato Maluleke", id="captain-is-a-title"),
        pytest.param("Floods have killed 40 people.\n\nOn his part, Water CS Alice Wahome said a majority of dams have "
                     "reached full capacity.", "majority of dams", "Alice Wahome", id="a-title-in-capitals-inside-a-name"),
        pytest.param("The Ministry of Labour recorded that 12,000 workers had been laid off. The Director General of "
                     "Industrial Relations and Social Security for Workers, Siti Rahmawati Lubis, said the textile sector "
                     "contributed the largest number.", "textile sector", "Siti Rahmawati Lubis",
                     id="a-conjunct-inside-a-portfolios-name-is-no-second-speaker"),
        pytest.param("FINANCE, Economic Development and Investments Promotion minister Tinashe Moyo has cold-shouldered "
                     "critics of his 2025 national budget saying targeted revenue would assist ordinary Zimbabweans.",
                     "targeted revenue", "Tinashe Moyo", id="a-portfolios-parts-and-its-holder-read-as-a-list"),
        pytest.param("The Trinidad and Tobago Fire Service has confirmed that it has opened an inquiry.", "opened an inquiry",
                     "Trinidad and Tobago Fire Service", id="a-word-and-and-before-a-bodys-name-open-it"),
        pytest.param("Kenya's telecoms watchdog said Friday it will fine the country's largest operator over a data leak.",
                     "fine the country's largest", "Kenya's telecoms watchdog", id="a-watchdog-is-a-body"),
        pytest.param("Finance Minister Ama Owusu accused the government of cutting funds.\n\nShe was responding to the "
                     "allegations made by trade minister Kofi Mensah.\n\n\u201cThe arrears have not been paid,\u201d noted "
                     "the finance minister.", "arrears have not been paid", "Ama Owusu",
                     id="the-one-whose-portfolio-the-description-names"),
        pytest.param("Mayor Jane Roe is discussing with police the setting up of a special unit.\n\nShe was visiting the "
                     "market after the looting of shops on Tuesday.\n\nShops closed early on Tuesday afternoon.\n\n\u201cI "
                     "will not allow such nonsense to happen again,\u201d she said.", "will not allow", "Jane Roe",
                     id="a-pronoun-continues-one-over-a-paragraph-about-no-one"),
        pytest.param("Over 8 lakh people have so far been evacuated to shelters as the cyclone nears the coast, said State "
                     "Minister for Disaster Management and Relief Md Enamur Rahman.\n\nThe coastal districts under threat "
                     "are Khulna, Satkhira, Bagerhat and Barguna.\n\n\"We have already prepared 8,000 shelters,\" said the "
                     "state minister.", "prepared 8,000 shelters", "Md Enamur Rahman",
                     id="a-title-the-model-ran-into-the-persons-entity-is-still-the-role"),
        pytest.param("Senate Majority Leader Juan Reyes has called on the department to build more classrooms.\n\nSchools "
                     "continue to operate on triple shifts.\n\nThe senator explained that multiple class shifts mean less "
                     "learning time.", "multiple class shifts", "Juan Reyes", id="a-senate-leader-is-a-senator"),
        pytest.param("Another deportee from Pakistan, Gulzar, said: \"We were expelled. That country was foreign.\"",
                     "We were expelled", "Gulzar", id="a-one-word-name-set-off-after-a-person-read-as-a-place"),
        pytest.param("Security Secretary Ana Ruiz said the convoy was patrolling the area.\n\n\"We will respond with the full "
                     "force of the law,\" she said.\n\nAccording to Maria Lopez, the state prosecutor, the institutions "
                     "condemned the crime.\n\nShe also added that the families would have the support of the state.",
                     "families would have", "Maria Lopez", id="a-pronoun-continues-no-one-over-a-paragraph-where-another-spoke"),
        pytest.param("Nairobi Water struggles to restore supply to several estates.\n\nAreas affected include Kileleshwa and "
                     "Lavington.\n\nThe water utility said water bowsers would continue to serve all listed estates and "
                     "appealed for patience.\n\n\u201cIt must be done. Please keep using water sparingly.\u201d",
                     "Please keep using water", "Nairobi Water", id="a-utility-and-its-next-paragraph-of-quotation"),
        pytest.param("On his part, Interior CS Fred Okeng\u2019o said those who defied the directive are being relocated by "
                     "force.", "relocated by force", "Fred Okeng'o", id="a-title-before-a-name-with-an-apostrophe"),
        pytest.param("The Kenya Meteorological Department has forecast heavy rain in the west.\n\n\u201cFloods are likely "
                     "in low-lying areas,\u201d the Met department said.", "Floods are likely",
                     "Kenya Meteorological Department", id="the-met-is-the-meteorological"),
        pytest.param("This includes a woman from Ondjondjo village, who narrated that she received a call from the hostel "
                     "matron.\n\nThe woman said she waited five hours in the queue.", "waited five hours",
                     "woman from Ondjondjo village", id="an-unnamed-sources-words-end-before-the-comma"),
        pytest.param("This includes a woman from Ondjondjo village, who narrated that she received a call from the hostel "
                     "matron.\n\nAnother woman said she waited five hours in the queue.", "waited five hours",
                     "Another woman", id="another-one-is-not-the-one-before"),
        pytest.param("\"We are ordering the police to track down those behind these crimes,\" said President William Ruto's "
                     "spokesman, Hussein Mohamed.", "track down those", "Hussein Mohamed",
                     id="a-possessive-after-an-inverted-verb-names-whose-the-speaker-is"),
        pytest.param("Last year, Opposition Leader Sarah Flood criticised the speaking order.\n\nOutside of Parliament last "
                     "year, Flood said: \u201cNot because I am not ready. I am ready,\u201d adding, \u201cBut the fact is we "
                     "normally sit down and agree on a schedule.\u201d", "we normally sit down", "Sarah Flood",
                     id="an-i-inside-the-quotation-is-not-the-participles-subject"),
        pytest.param("\"This is a temporary law that would even restrict the right to strike,\" Jaana Koskinen, the "
                     "ministry's Permanent Secretary, told Yle.", "temporary law", "Jaana Koskinen",
                     id="the-name-after-told-is-who-was-told"),
        pytest.param("A Federal High Court in Abuja has imposed a fine of N5 million on the DSS over the unlawful arrest and "
                     "detention of an Abuja-based commercial driver, Musa Bello.\n\nThe detained driver had, through his "
                     "lawyer, Bala Dakum, dragged the DSS before the court to challenge his detention without trial since "
                     "his arrest on March 16 last year.\n\nHe claimed that the DSS, upon arrest, accused him of being in "
                     "possession of firearms.", "accused him of being", "Musa Bello",
                     id="a-described-subject-the-parse-hung-on-the-auxiliary"),
        pytest.param("In Negeri Sembilan, state APM director Lt Col (PA) Mohd Hafiz Mat Dom said that with the opening of "
                     "six relief centres, evacuees were safe.", "evacuees were safe", "Mohd Hafiz Mat Dom",
                     id="an-unlabelled-name-of-four-words-hung-as-compounds-of-compounds"),
        pytest.param("A lawyer told local media that 17 protesters were also arrested during the clashes.\n\nSecurity forces "
                     "injured a video journalist. Local broadcasters Al Manar and LBCI said security forces injured a "
                     "cameraman.", "17 protesters were also arrested", "lawyer",
                     id="one-of-several-named-next-is-not-an-unnamed-sources-name"),
        pytest.param("\u201cThe dams are full,\u201d a spokesman for the Kenya Meteorological Department (KMD) told reporters.",
                     "dams are full", "spokesman for the Kenya Meteorological Department (KMD)",
                     id="an-unnamed-sources-words-keep-a-closing-bracket"),
        pytest.param("Output fell at the mine operated by the state-owned company Zamcopper, the unions said.\n\nZamcopper "
                     "produces a tenth of the world's cobalt.\n\nThe company had said its offer took into account the "
                     "reality of the sector.", "its offer took into account", "Zamcopper",
                     id="a-body-named-once-is-one-though-next-read-as-a-place"),
        pytest.param("Local rights group CCHR described the proceedings as a \"show trial\" -- adding that the sentencing "
                     "was carried out without the lawyers.", "sentencing was carried", "CCHR",
                     id="an-unlabelled-acronym-after-a-kind-of-body"),
        pytest.param("National grid operator Transpower warned that supply could fall short on Monday morning because of "
                     "low wind generation.", "supply could fall short", "Transpower",
                     id="an-unlabelled-name-after-a-kind-of-source-is-the-source"),
        pytest.param("While displaying the seized goods, the Area Comptroller in the zone, Musa Garbadu, said the smugglers "
                     "had refused to stop. Comptroller Musa said the service was better equipped than ever.",
                     "better equipped", "Musa Garbadu", id="a-comptrollers-title-before-a-given-name"),
        pytest.param("China’s Ambassador to Fiji Xiao Lintao defended the security pact with Honiara, saying it was about "
                     "policing as the island nation had no army.", "about policing", "Xiao Lintao",
                     id="a-with-on-a-noun-says-whose-the-thing-is-not-who-speaks"),
        pytest.param("The move has been criticised by opposition parties, particularly the Greens who have said it will "
                     "pour more fuel on the climate crisis.", "pour more fuel", "Greens",
                     id="an-adverb-picking-the-speaker-out-is-not-their-name"),
        pytest.param("Federal Minister for Energy Khalid Mastgir on Tuesday said that the cabinet has approved the new power "
                     "tariff for the summer.", "approved the new power tariff", "Khalid Mastgir",
                     id="a-name-after-a-portfolio-and-before-a-date-and-the-verb"),
        pytest.param("The department deported 46,898 undocumented immigrants in the past financial year. This is an "
                     "increase of 18% on the year before.\n\nThis was revealed by Home Affairs Minister Leon Schreuder "
                     "this week.", "deported 46,898", "Leon Schreuder",
                     id="a-recap-opening-a-paragraph-reports-the-paragraph-before"),
        pytest.param("Nepal protested against the opening of the link road claiming that it ran through Nepalese land.",
                     "ran through Nepalese", "Nepal", id="a-participle-hung-on-a-thing-is-the-clauses-subjects"),
        pytest.param("Sudi Mwakibasi briefed Regional Commissioner Thobias Andengeye at the Nyarugusu camp on Friday. On his "
                     "part, the RC acknowledged that Tanzania had its ups and downs with the Burundian government.",
                     "ups and downs", "Thobias Andengeye", id="a-roles-initials-are-its-holder"),
        pytest.param("After the meeting, the leader of the opposition Democratic Front Andrija Mandovic told the broadcaster "
                     "that EU ambassadors have no understanding of the opposition boycott.", "no understanding",
                     "Andrija Mandovic", id="a-bodys-kind-is-no-word-of-a-name-after-it"),
        pytest.param("Veteran councillor Paddy Brackley objected to the remark. Cllr Paschal McEvoy (FF) said he was tired "
                     "of listening to the rhetoric. Cllr McEvoy said: “It can’t be one rule for Laois and another for "
                     "elsewhere.”", "one rule for Laois", "Paschal McEvoy", id="a-mc-surname-is-a-capitalised-name"),
        pytest.param("Schreuder said the fact that Home Affairs now performs more than double the number of deportations "
                     "conducted in a country like France, which has the highest rate of deportations in the European "
                     "Union, sends a clear message to offenders that the days of impunity are over.",
                     "the fact that Home Affairs", "Schreuder", id="the-subject-of-what-was-said-parsed-as-the-verbs-object"),
        pytest.param("The Member of Parliament for Gagaemauga No. 2, Faasootauloa Pati Taulapapa denied claims made by the "
                     "opposition during a roadshow in his constituency.", "denied claims", "Faasootauloa Pati Taulapapa",
                     id="an-unlabelled-name-in-apposition-to-a-role"),
        pytest.param("The survey drew 900 replies. Another 80 per cent of the respondents said they felt overworked and "
                     "underpaid.", "overworked", "respondents", id="a-share-written-per-cent-of-a-group"),
        pytest.param("Citizens again queued in front of the courts. A student surnamed Chung, 13, said he had shown up on "
                     "all three days.", "shown up", "Chung", id="a-person-given-by-surname"),
        pytest.param("Tension was high. However, as the magistrate was still interviewing the sureties, a police officer "
                     "identified as detective John Bamwenda attached at Kiwoko police station rose from the audience and "
                     "asked the court not to grant the suspects bail.", "grant the suspects", "John Bamwenda",
                     id="a-person-identified-as-a-name"),
        pytest.param("\u201cThe defendant used the flags and placed them at his house,\u201d the charge sheet said.",
                     "placed them", "charge sheet", id="a-charge-sheet-is-a-document"),
        pytest.param("The sitting resumed. Standing on a Point of Order, Leader of Government in Parliament and Agriculture "
                     "Minister Inia Seruiratu said the Order of Business was clearly specified in the Standing Orders and "
                     "it was the prerogative of Government to decide what to bring when Parliament sat from Mondays to "
                     "Thursdays.", "clearly specified", "Inia Seruiratu", id="a-participles-phrase-ending-on-the-name"),
        pytest.param("When the matter came up for hearing as directed by the Supreme Court last week, additional "
                     "solicitor-general Tushar Mehta, appearing for the Delhi police, told Justice Rani that they were "
                     "opposed to the bail plea of Mr Kumar.", "opposed to the bail", "Tushar Mehta",
                     id="a-name-set-off-before-a-participles-phrase"),
        pytest.param("As soon as the hearing commenced at 10.30 am, Justice Pratibha Rani, the presiding judge, asked the "
                     "police, \u201cAre you filing a status report? If you were aware, you should have done it.\u201d",
                     "status report", "Pratibha Rani", id="a-name-and-its-role-set-off-before-the-verb"),
        pytest.param("Police took custody of the suspects. Johor police chief Datuk Mohd Khalil Kader Mohd said the "
                     "suspects were arrested in Singapore with the assistance of its police on Wednesday.",
                     "arrested in Singapore", "Mohd Khalil Kader Mohd", id="given-names-labelled-with-the-title"),
        pytest.param("Attorney-at-law Lesley Cargill said it was not in dispute that Dallaway, her client, has previous "
                     "convictions for drugs.\n\nThe lawyer further submitted that bail does \u201cnot concern itself with "
                     "guilt or innocence but whether the accused will attend court.\u201d", "guilt or innocence",
                     "Lesley Cargill", id="a-name-after-a-hyphenated-role-read-as-a-body"),
        pytest.param("Lebanon has been grappling with fuel shortages. \"Half of the hospitals in Lebanon risk shutting down "
                     "by Tuesday, given that they can not secure diesel to keep operating generators,\" Suleiman Haroun, "
                     "president of Syndicate of Private Hospitals, announced on Saturday.", "Half of the hospitals",
                     "Suleiman Haroun", id="a-speech-verb-parsed-as-the-names-participle-after-a-quotation"),
        pytest.param("CEBU, Philippines - Talisay City Mayor Johnny De los Reyes yesterday agreed that the majority rules "
                     "in a democratic country, but he insisted that the slashing of the budget was \"unreasonable.\"",
                     "unreasonable", "Johnny De los Reyes", id="a-dateline-subject-and-a-name-with-particles"),
        pytest.param("The absentee members came under heavy criticism by several government members of Parliament, "
                     "including Golden Gates MP Shane Gibson who suggested that the absent MPs should have their salaries "
                     "cut.", "salaries cut", "Shane Gibson", id="who-right-after-a-name-the-parse-passed-over"),
        pytest.param("Although Health Minister Terrence Deyalsingh has promised to pay nurses their outstanding increments, "
                     "the Trinidad and Tobago Registered Nurses Association (TTRNA) says it will go ahead with Wednesday\u2019s "
                     "mass protest.", "go ahead", "Trinidad and Tobago Registered Nurses Association",
                     id="a-body-and-its-acronym-before-a-subjectless-verb"),
        pytest.param("The court did not take their pleas. The prosecution, led by Chief Inspector Margaret Ofori Boadi, "
                     "asked the court to put them in lawful custody because they could interfere with police "
                     "investigations.", "lawful custody", "Margaret Ofori Boadi", id="a-team-speaks-through-its-leader"),
        pytest.param("The court did not take their pleas. The prosecution told the court that investigations were ongoing.",
                     "investigations were ongoing", "prosecution", id="the-prosecution-speaks"),
        pytest.param("Citizens queued in front of the courts. Another citizen said that he had been attending court since "
                     "Monday.", "attending court", "Another citizen", id="a-citizen-speaks"),
        pytest.param("The leader of the Agrounia movement Micha\u0142 Ko\u0142odziejczak, who was among the protesters, said "
                     "that the policy had failed.", "policy had failed", "Micha\u0142 Ko\u0142odziejczak",
                     id="a-name-and-its-who-clause-closing-the-subject"),
        pytest.param("Complaints by local fishermen required the immediate attention of various authorities, said Jepak "
                     "Assemblyman Datuk Talib Zulpilip.", "immediate attention", "Talib Zulpilip",
                     id="an-assemblyman-is-a-role"),
        pytest.param("However, several farmers defied the notices and joined the protest. Harish Chander, deputy "
                     "commissioner of police, Noida Central, said that farmers protested until the night.\n\n\u201cPolicemen "
                     "have been deployed in the area to ensure law and order,\u201d he said.", "Policemen have been deployed",
                     "Harish Chander", id="the-place-set-off-after-a-named-role-is-no-person"),
        pytest.param("P Jesuraja, president, Ramanathapuram District All Mechanised Boats Fishermen Association, said it is "
                     "the first arrest this season. He said that the government should instruct its navy not to arrest "
                     "the fishermen.", "instruct its navy", "P Jesuraja", id="the-body-set-off-after-a-named-role"),
        pytest.param("Angry residents called on Mayor John Doe to repair the road before the rains.", "repair the road",
                     "Angry residents", id="a-noun-read-as-the-root-before-its-verb-and-called-on-is-no-naming"),
        pytest.param("The Minister of Culture, the Honourable Olivia Grange, and the Minister of Tourism, the Honourable "
                     "Edmund Bartlett, have launched Reggae Month.\n\n\u201cWe deliberately decided to launch before "
                     "Christmas,\u201d said Minister Grange.", "launch before Christmas", "Olivia Grange",
                     id="a-name-read-as-a-body-loses-its-title"),
        pytest.param("Patriarch Porfirije emphasized that by placing Serbian sacred sites under its protection, UNESCO has "
                     "recognized their significance.", "sacred sites", "Porfirije", id="a-patriarch-is-a-title"),
        pytest.param("The biggest mineworkers\u2019 strike in 16 years in the gold industry could go ahead as planned on "
                     "Sunday night if National Union of Mineworkers (NUM) members reject a revised wage offer, union "
                     "spokesperson Gwede Mantashe said on Saturday.", "could go ahead", "Gwede Mantashe",
                     id="a-closing-attribution-parsed-as-a-relative-clause"),
        pytest.param("The leadership of the National Association of Nigerian Nurses and Midwives (NANNM), Federal Health "
                     "Institutions sector, on Friday denied calling off the action.", "calling off",
                     "National Association of Nigerian Nurses and Midwives", id="a-bodys-leadership-speaks-for-it"),
        pytest.param("Wholesalers say many farmers slowed their release to the market. This, they claim, pushed prices up "
                     "in recent weeks.", "pushed prices", "Wholesalers", id="whoever-a-speech-verb-has-speak-can-be-they"),
        pytest.param("Tourism Minister Dionisio D\u2019Aguilar spoke on Monday.\n\nD\u2019Aguilar said LPIA under its current "
                     "operating procedure can\u2019t cope on exceptionally busy days with this amount of traffic, \u201cso we "
                     "need to step back and see what we can do.\u201d", "LPIA under its current", "Dionisio D'Aguilar",
                     id="a-name-parsed-as-the-speech-verbs-object-is-what-was-said"),
        pytest.param("Munyagwa remarked: \u201cI think the Speaker is mistaken.\u201d As for Gerald Karuhanga, he said Kadaga had "
                     "abused the rules.", "abused the rules", "Gerald Karuhanga", id="the-person-a-sentence-opens-on-as-for"),
        pytest.param("Minister of National Security Fitzgerald Hinds said, \u201cThe Government\u2019s policy is quite clear.\u201d",
                     "policy is quite clear", "Fitzgerald Hinds", id="two-names-after-a-portfolios-words"),
        pytest.param("SEOUL, April 30 (Korea Bizwire) \u2014 Ryu Young-sang, chief executive officer (CEO) of SK Telecom Co., "
                     "said Wednesday the company is preparing for the worst-case scenario that a recent cyberattack may "
                     "have leaked the data of all 25 million subscribers.", "preparing for the worst-case",
                     "Ryu Young-sang", id="a-clause-hung-on-the-day-and-a-name-after-the-datelines-dash"),
        pytest.param("Director general Man Bahadur Khadka spoke. The task might take around three months, DG Khadka said.",
                     "three months", "Man Bahadur Khadka", id="dg-is-a-title"),
        pytest.param("Superintendent John Morris spoke on Monday. \u201cWe believe that three of the men are major players in "
                     "the scam,\u201d Supt. Morris added.", "major players", "John Morris",
                     id="a-titled-surname-the-model-labelled-a-work"),
        pytest.param("Resident Sirinthip Wanpayan, 50, said she was so stressed-out about the situation that she could "
                     "barely sleep.", "stressed-out", "Sirinthip Wanpayan", id="who-she-is-capitalised-before-her-name"),
        pytest.param("More than 30 intakes have been disconnected along two rivers. According to the KFS acting commandant, "
                     "Wilson Leboo, there are more than 600 abstraction intakes on rivers originating in the two forests.",
                     "600 abstraction intakes", "Wilson Leboo", id="a-commandant-set-off-before-there-are"),
        pytest.param("The National Water Commission (NWC) has said that efforts are being made to correct disruptions. The "
                     "water provider said the problem was due to an electrical issue at their facility.", "electrical issue",
                     "National Water Commission", id="a-provider-is-the-body-named-before"),
        pytest.param("One of the witnesses, Rafik Seidu, said that the demolishing exercise left hundreds of people "
                     "stranded.", "left hundreds", "Rafik Seidu", id="one-of-them-by-name"),
        pytest.param("Town Clerk Royston King said the council would remove the structures this week.", "remove the structures",
                     "Royston King", id="a-clerk-is-a-title"),
        pytest.param("However, Tresmark\u2019s Head of Strategy Komal Mansoor commented today, \u201cThere is fresh "
                     "speculation that Saudi Arabia may not commit any aid.\u201d", "fresh speculation", "Komal Mansoor",
                     id="a-bodys-possessive-read-into-the-role-before-the-name"),
        pytest.param("The Federation of Egyptian Chambers of Commerce asked its members to stop buying currencies. The body "
                     "also called for a reduction in imports.", "reduction in imports",
                     "Federation of Egyptian Chambers of Commerce", id="the-body-is-the-body-named-before"),
        pytest.param("Members of the Royal Barbados Police Force said the permit was revoked. The Force also said that only ten "
                     "persons would be allowed to take part.", "only ten persons", "Royal Barbados Police Force",
                     id="the-force-is-the-force-named-before"),
        pytest.param("Muhyiddin Yassin spoke to reporters. \"The Education Ministry must take urgent action because incidents "
                     "like this will raise questions,\" Bernama quoted him as saying at a press conference.", "urgent action",
                     "Muhyiddin Yassin", id="an-object-pronoun-is-not-its-verbs-subject"),
        pytest.param("As said by the Governor Perry Warjiyo, BI was still maintaining a strict monetary policy stance.",
                     "strict monetary", "Perry Warjiyo", id="as-said-by-is-according-to"),
        pytest.param("The suspension of the ban as announced by the sector minister was to allow fishers to prepare. Prices "
                     "will rise sharply next year, as stated by the finance minister John Doe.", "rise sharply", "John Doe",
                     id="as-stated-by-set-off-by-a-comma"),
        pytest.param("As reported by the Samoa Observer, the 'issue was discussed at the fourth Pacific Climate Change "
                     "Roundtable (PCCR) Conference' this week.", "issue was discussed", "Samoa Observer",
                     id="as-reported-by-with-the-comma-in-the-phrase"),
        pytest.param("A source at the 223 Light Tank Battalion of the Nigerian Army, Gusau, told the News Agency of Nigeria "
                     "that one soldier was wounded.", "one soldier", "source at the 223 Light Tank Battalion of the Nigerian Army",
                     id="an-unnamed-source-keeps-where-it-is-up-to-the-town-set-off"),
        pytest.param("Korea Railroad Corp. (KORAIL) and firefighters said the derailment occurred at 12:58 p.m. One "
                     "passenger car went off the tracks, they said. Seven passengers suffered minor injuries from shards "
                     "of glass, they said.", "Seven passengers", "Korea Railroad Corp and firefighters",
                     id="they-goes-on-from-a-they-that-spoke"),
        pytest.param("Prominent lawyer Richard Naidu who says that he had some input in the draft Media Bill says all aspects "
                     "should be opened up.", "all aspects", "Richard Naidu",
                     id="a-who-clause-the-parse-ended-early-is-no-second-subject"),
        pytest.param("Residents of Kalkacha village, Galole constituency, noted that the intervention will save them from "
                     "starving.", "save them", "Residents of Kalkacha village",
                     id="a-place-set-off-after-the-subject-is-no-second-subject"),
        pytest.param("Men, women and children sit in clusters on the dusty ground. Many say they have not eaten in 24 hours.",
                     "not eaten", "many", id="many-say-is-an-unnamed-group"),
        pytest.param("The minister\u2019s position has received the backing of other stakeholders, including the Rural "
                     "Agricultural Development Authority (RADA) Chief Executive Officer Peter Thompson, who argued that "
                     "praedial larceny has been thriving for far too long.", "praedial larceny", "Peter Thompson",
                     id="who-after-a-name-and-its-comma-is-the-name"),
        pytest.param("The General Secretary of the National Democratic Congress (NDC), Mr Johnson Asiedu Nketiah, has called "
                     "on the media to focus on the processes leading to the elections.", "focus on the processes",
                     "Johnson Asiedu Nketiah", id="a-name-set-off-that-the-model-labelled-in-pieces"),
        pytest.param("Militant Bagong Alyansang Makabayan (Bayan) Secretary General Renato Reyes Jr. has said a transport "
                     "crisis has been affecting commuters.", "transport crisis", "Renato Reyes Jr",
                     id="a-name-with-an-acronym-in-brackets-is-a-bodys"),
        pytest.param("AMMAN \u2014 The Greater Amman Municipality (GAM) has completed four transit projects, according to a GAM "
                     "statement sent to The Jordan Times on Saturday.", "four transit", "Greater Amman Municipality",
                     id="a-statement-under-a-bodys-acronym-read-as-an-adjective"),
        pytest.param("(UPDATED) HEALTH officials said dengue fever is on the rise in eight regions.", "dengue fever",
                     "HEALTH officials", id="a-pages-tag-in-brackets-is-no-part-of-the-source"),
        pytest.param("\u201cResident doctors will be paid 1.3 million pesos starting from July 1,\u201d said the hospital in a "
                     "communiqu\u00e9 that criticised slackers.", "Resident doctors", "hospital",
                     id="what-a-source-said-it-in-is-no-place-of-the-source"),
        pytest.param("His promises to stick it to the rich notwithstanding, independent analyses agree the top 1 percent "
                     "would be the biggest beneficiaries of his plans.", "biggest beneficiaries", "independent analyses",
                     id="a-subject-after-a-phrase-set-off-only-before-it-speaks"),
    ],
)
def test_speaker_is_resolved_to_the_entity_the_article_introduced(nlp, text, piece, expected):
    assert speaker_of(nlp, text, piece) == expected


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        pytest.param(
            "While speaking to journalists after flagging off the immunisation equipment at Kololo airstrip, the "
            "Minister for Health, Dr Jane Ruth Akello, said the exercise would be conducted door-to-door countrywide.",
            "door-to-door", "Jane Ruth Akello", id="a-name-set-off-with-a-title-the-model-left-out"),
        pytest.param(
            "Makeshift wards should be a temporary solution to the space problems being encountered at Mater Dei "
            "Hospital, the president of the Medical Association of Malta, Martin Borg, told The Malta Independent on "
            "Sunday.", "temporary solution", "Martin Borg", id="a-name-set-off-before-a-verb-read-as-the-clauses"),
        pytest.param(
            "However, there is a risk that Russia could undermine the agreements, states Ukraine's Human Rights "
            "Ombudsman, Dmytro Koval, in a telethon interview.", "undermine", "Dmytro Koval",
            id="a-role-read-as-the-object-of-an-inverted-verb"),
        pytest.param(
            "Hundreds of migrants are feared to have drowned after their boat capsized off Libya, Italy's coast guard "
            "said yesterday.", "drowned", "coast guard", id="a-body-read-in-apposition-before-the-verb"),
        pytest.param(
            "Pork prices rose. In Dong Thap on Friday they went up by VND1,000 a kilogramme to VND41,000, Pham Quoc "
            "Bao, a local pig farmer, said.", "they went up", "Pham Quoc Bao",
            id="a-name-set-off-before-the-verb-when-the-parse-made-a-price-its-subject"),
        pytest.param(
            "Police spokesman Fred Okello briefed reporters on Monday. Interior Minister Jane Akello said the probe "
            "would continue. \u201cThe people we have are persons of interest and are not suspects of yet,\u201dOkello "
            "said.", "persons of interest", "Fred Okello",
            id="a-name-glued-to-the-closing-quotation-mark"),
        pytest.param(
            "Joseph Waqa from Nabouwalu Village in the district of Solevu, Bua said they had run out of clean water.",
            "run out of clean water", "Joseph Waqa", id="a-name-before-where-they-are-from-read-as-a-place-subject"),
    ],
)
def test_a_speaker_the_parse_left_without_the_verb_still_speaks(nlp, text, piece, expected):
    assert speaker_of(nlp, text, piece) == expected


def test_a_first_name_the_model_read_as_a_place_is_still_the_speakers(nlp):
    text = "The defence objected, with lawyer Sydney Kariuki arguing that the hearing should be held in open court."
    doc = nlp(text)
    doc.ents = [Span(doc, 6, 7, label="GPE")]  # `Sydney`, as the small model reads some first names
    actors = list(extract_actors(doc, author=None))
    assert [q.speaker for q in extract_quotes(doc, actors=actors, author=None)] == ["Sydney Kariuki"]


def test_a_one_word_person_modifying_a_thing_is_no_antecedent(nlp):
    # `Kotri barrage`, which the small model may label a person: a place or a thing, not who `he` is
    text = ("Sindh minister Ali Memon visited the camps on Monday.\n\nInflow at Kotri barrage was recorded at "
            "87,300 cusec on Tuesday.\n\nHe said that flood water from some areas has been drained out.")
    doc = nlp(text)
    kotri = next(t.i for t in doc if t.text == "Kotri")
    doc.ents = sorted([e for e in doc.ents if not e.start <= kotri < e.end] + [Span(doc, kotri, kotri + 1, label="PERSON")],
                      key=lambda e: e.start)
    actors = list(extract_actors(doc, author=None))
    quote = next(q for q in extract_quotes(doc, actors=actors, author=None) if "flood water" in q.text)
    assert quote.speaker == "Ali Memon"


def test_an_abbreviated_title_stays_with_the_name_it_comes_before(nlp):
    doc = nlp("Brig. Gen. Tom Ortwin and Lt. Col. Ann Bell spoke on Monday. Det. Insp. Joe Ray did not.")
    assert [sentence.text for sentence in doc.sents] == [
        "Brig. Gen. Tom Ortwin and Lt. Col. Ann Bell spoke on Monday.", "Det. Insp. Joe Ray did not."]


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        ("Melanie Austin watched the speech at home. She laughed at every joke.", "Melanie Austin", Gender.FEMALE),
        ("Norman Hale made it clear he had doubts about the plan.", "Norman Hale", Gender.MALE),
        # her own memoirs do not make her somebody else, and `In the book, she …` is led by `she`
        ("Anna Weber published her memoirs on Tuesday. In the book, she defends her decisions.", "Anna Weber",
         Gender.FEMALE),
        # an adverbial clause may be about somebody else: no vote
        ("Elizabeth Warren told the bank chief, after he admitted it, to resign.", "Elizabeth Warren", None),
        # `her` already stands for somebody else, so the next `She` says nothing of Smith
        ("Jane Roe spoke first. Chuck Smith answered her. She said the bill was fair.", "Chuck Smith", None),
    ],
)
def test_gender_comes_only_from_the_article_pronouns(nlp, text, actor, expected):
    doc = nlp(text)
    mentions = list(extract_actors(doc, author=None))
    assert learn_genders(doc, mentions, []).get(actor) == expected


def test_tags_left_in_the_text_are_never_quotations_or_speakers(nlp):
    text = ('<tweet tweet-id="783499116076687360"><tweet/>. The senator spoke later. '
            '<tweet id="7956012" data-x="a b c">\n“We are ready for the vote,” the senator said.')
    found = speakers(nlp, text)
    assert all("tweet" not in (speaker or "") and "=" not in quote for quote, speaker in found.items())
    assert any("ready for the vote" in quote for quote in found)


def test_a_quotation_verb_without_a_quotation_reports_nothing(nlp):
    assert speakers(nlp, "Oil prices continued to rise on Monday. Senator Jane Roe condemned the new tariffs.") == {}


def test_a_clause_after_the_verb_is_what_was_said_not_the_aside_before_it(nlp):
    quotes = speakers(nlp, "Addressing traders in Kabwe on Friday, where he rejected newspaper stories alleging that he "
                           "is about sell the state farms to investors , Chanda Mwale said the government has no such "
                           "plans.")
    assert quotes.get("the government has no such plans") == "Chanda Mwale"


def test_a_role_word_outlets_write_of_women_too_says_no_gender(nlp):
    text = "Captain Maria Santos, the army spokesman, said the rebels fled into the forest.\n\nShe said no soldiers were hurt."
    assert speaker_of(nlp, text, "no soldiers were hurt") == "Maria Santos"


def test_a_short_clause_opened_by_a_time_word_is_no_report(nlp):
    quotes = speakers(nlp, "Marches, she said, are acts of hope, like wearing a shirt with the words \"Let us vote,\" "
                           "as Jane Roe, lying on a road in Selma, said before she died.")
    assert not any(quote.startswith("before") for quote in quotes)


def test_a_short_quoted_fragment_is_quoted_with_its_clause_and_its_subject_speaks(nlp):
    found = speakers(nlp, "In recent weeks, Harry Reid has gone after Donald Trump as a “human leech” and a "
                          "“spoiled brat.” Markets were calm.")
    assert found == {"has gone after Donald Trump as a “human leech” and a “spoiled brat.”": "Harry Reid"}


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        pytest.param("If the regime's experienced diplomats were saved, they would have cautioned Kim not to fall "
                     "for this showcase.", "fall for this showcase", id="a-hypothetical-group-reports-nothing"),
        pytest.param("His income tax returns were released on Friday. They revealed that he had extensive business "
                     "interests in Russia.", "business interests", id="things-are-not-the-antecedent-of-they"),
    ],
)
def test_they_binds_only_to_people_who_spoke(nlp, text, piece):
    found = {quote: speaker for quote, speaker in speakers(nlp, text).items() if piece in quote}
    assert not any(found.values()), found


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        ("The phrase suggests that the mayor never meant to resign from the post.", "never meant to resign", None),
        ("No one has said that the ferry was overloaded when it left the harbour.", "ferry was overloaded", None),
        ("A body mass index of 29 showed that the senator is overweight for his height.", "overweight", None),
        ("A chorus of prominent Republicans said that the nominee should release his returns.",
         "release his returns", "chorus of prominent Republicans"),
        ("A friend of the family said that the boy had been happy in Miami all along.", "happy in Miami",
         "friend of the family"),
        ("The Cuban government said that the boy must be returned to his father at once.", "returned to his father",
         "Cuban government"),
    ],
)
def test_a_single_thing_is_nobodys_voice_but_people_and_bodies_are(nlp, text, piece, expected):
    found = {quote: speaker for quote, speaker in speakers(nlp, text).items() if piece in quote}
    if expected is None:
        assert not any(found.values()), found
    else:
        assert list(found.values()) == [expected]


def test_a_surname_the_model_labelled_a_product_is_still_the_person(nlp):
    text = ("Damien Fernandez, a political scientist at Florida International University, studies exiles.\n\n"
            "\u201cThe Miami families have become a lifeline,\u201d said Florida International's Fernandez.")
    assert speaker_of(nlp, text, "lifeline") == "Damien Fernandez"


def test_a_time_read_as_the_subject_gives_way_to_its_appositive(nlp):
    """`Early Monday, M23 rebels, who …, claimed`, parsed with the time as the subject (a hand-built parse)."""
    words = ["Early", "Monday", ",", "rebels", ",", "claimed", "they", "won"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 5, 1, 1, 3, 5, 7, 5],
              deps=["amod", "nsubj", "punct", "appos", "punct", "ROOT", "nsubj", "ccomp"],
              ents=["B-DATE", "I-DATE", "O", "O", "O", "O", "O", "O"])
    assert own_subject(doc[5]).text == "rebels"


def test_the_channel_a_statement_went_out_on_is_not_what_it_said(nlp):
    text = ("The bank's governor, Anna Berg, wrote on X, \u201cHistory made. We have delivered a framework.\u201d "
            "Her deputy said on television that the rate would hold.")
    quotes = speakers(nlp, text)
    assert not any(quote.startswith(("wrote on", "said on")) for quote in quotes), quotes
    assert speaker_of(nlp, text, "History made") == "Anna Berg"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Coverage of the summit underscored the lavish welcome the host prepared for his guest.",
                     id="an-object-after-a-clause-only-verb"),
        pytest.param("The minister spoke at a conference that he organised in Paris last spring.",
                     id="a-relative-clause-of-where-someone-spoke"),
        pytest.param("Perhaps the moderators will ask the candidates for more details.",
                     id="a-report-the-writer-foresees"),
        pytest.param("Back home, the general would certainly urge his engineers to build better satellite rockets.",
                     id="a-report-the-writer-imagines"),
    ],
)
def test_what_is_not_a_report(nlp, text):
    assert not speakers(nlp, text)


def test_a_verb_hung_on_a_root_name_is_that_names_report(nlp):
    """`Sinan Ogan, …, who received 5% of the votes, announced on Monday that …`, parsed with the name as
    the root and the verb as its modifier (a hand-built parse); a participle with no clause is no report."""
    words = ["Ogan", ",", "who", "won", ",", "announced", "that", "he", "quit"]
    doc = Doc(nlp.vocab, words=words, heads=[0, 0, 3, 0, 0, 0, 8, 8, 5],
              deps=["ROOT", "punct", "nsubj", "relcl", "punct", "acl", "mark", "nsubj", "ccomp"],
              pos=["PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "SCONJ", "PRON", "VERB"])
    assert root_noun_subject(doc[5]).text == "Ogan"
    recruited = Doc(nlp.vocab, words=["Ogan", ",", "recruited", "in", "2019"], heads=[0, 0, 0, 2, 3],
                    deps=["ROOT", "punct", "acl", "prep", "pobj"], pos=["PROPN", "PUNCT", "VERB", "ADP", "NUM"])
    assert root_noun_subject(recruited[2]) is None


def test_what_follows_said_is_the_report_when_the_parse_took_it_for_an_object(nlp):
    text = "Lindqvist said Moscow's purchase of the drones and using them against civilians is a clear violation."
    assert speaker_of(nlp, text, "purchase of the drones") is not None
    assert not any(quote.startswith("said") for quote in speakers(nlp, text))


def test_as_announced_by_inside_a_noun_phrase_reports_nothing(nlp):
    text = "The suspension of the ban as announced by the sector minister was to allow fishers to prepare."
    assert not any("suspension" in quote for quote in speakers(nlp, text))


def test_a_quotation_after_a_report_inside_another_goes_on_with_the_one_reporting(nlp):
    text = ("Prime Minister Sitiveni Rabuka said the budget was the best the country could afford.\n\n"
            "He denies it is an \u201cimpossible budget\u201d as described by the opposition. \u201cIt is possible. "
            "We\u2019ve worked through it.\u201d")
    assert speaker_of(nlp, text, "It is possible") == "Sitiveni Rabuka"


def test_they_goes_on_only_to_someone_a_speech_verb_had_speak(nlp):
    text = ("In rapid-fire Spanish, so fast that even people who learned the language can have trouble keeping up, they "
            "villify Janet Reno. And they question news that the boy's father is planning to come here.\n\n"
            "It is a Communist plot hatched by the hated dictator, Fidel Castro, they say.")
    assert speaker_of(nlp, text, "Communist plot") is None


def test_someone_elses_spokesman_named_by_according_to_goes_on_as_he(nlp):
    text = ("Addressing a press conference, KBP Chief Sardar Zafar Hussain Khan alleged that government agencies were "
            "delaying the procurement of grain. He demanded that the government should fix the support price.\n\n"
            "Meanwhile, according to the spokesman of the provincial food department the scrutiny process of "
            "applications was under way. He said this scrutiny was being carried out by the Punjab Land Record Authority.")
    assert speaker_of(nlp, text, "scrutiny process") == "spokesman of the provincial food department"
    assert speaker_of(nlp, text, "Land Record") == "spokesman of the provincial food department"


@pytest.mark.parametrize(("text", "piece", "expected"), [
    pytest.param("The shots were fired from a passing car, according to Father Ana Lucia Soto Lima, head of the "
                 "parish in Oaxaca. \u201cWe want justice for our brothers,\u201d Lima said in a separate "
                 "statement.",
                 "justice for our brothers", "Ana Lucia Soto Lima", id="a-surname-that-is-also-a-capital"),
    pytest.param("The synod was opened by the Bishop of Exeter, the Rt Revd Michael Hollins Carter. Speaking at "
                 "the close, the Rt Revd Michael Hollins Carter said: \u201cWe have listened to one "
                 "another.\u201d",
                 "listened to one another", "Michael Hollins Carter", id="a-clerical-title-is-no-part-of-the-name"),
    pytest.param("A resident of Ngaramtoni, who asked not to be named for fear of reprisals, said, \u201cThe "
                 "soldiers came at night and took our cattle.\u201d",
                 "took our cattle", "resident of Ngaramtoni", id="a-resident-of-a-place-the-model-took-for-a-person"),
    pytest.param("On Friday (12), the governor of Goias, Roberto Almeida (Podemos), declared: \u201cThe farm "
                 "will be cleared by the state police.\u201d",
                 "farm will be cleared", "Roberto Almeida", id="a-party-in-brackets-after-the-name-is-an-aside"),
    pytest.param("The NGO Sea Lantern said the boat had left the coast three days ago. It said that after a "
                 "distress call it had alerted the coastguards of two countries. The people on board were "
                 "rescued shortly afterwards, the NGO said.",
                 "left the coast", "Sea Lantern", id="the-ngo-name"),
    pytest.param("The NGO Sea Lantern said the boat had left the coast three days ago. It said that after a "
                 "distress call it had alerted the coastguards of two countries. The people on board were "
                 "rescued shortly afterwards, the NGO said.",
                 "alerted the coastguards", "Sea Lantern", id="the-ngo-it"),
    pytest.param("The NGO Sea Lantern said the boat had left the coast three days ago. It said that after a "
                 "distress call it had alerted the coastguards of two countries. The people on board were "
                 "rescued shortly afterwards, the NGO said.",
                 "rescued shortly afterwards", "Sea Lantern", id="the-ngo"),
    pytest.param("Residents met for a consultation with the Director and Principal Consultant of Bluewater "
                 "Estates, Tevita Vodo. Vodo told the residents they are on leased land. Meanwhile, the "
                 "Principal Consultant stated that the plan has 40 residential lots.",
                 "leased land", "Tevita Vodo", id="set-off-at-sentence-end"),
    pytest.param("Residents met for a consultation with the Director and Principal Consultant of Bluewater "
                 "Estates, Tevita Vodo. Vodo told the residents they are on leased land. Meanwhile, the "
                 "Principal Consultant stated that the plan has 40 residential lots.",
                 "residential lots", "Tevita Vodo", id="set-off-at-sentence-end-the-role"),
    pytest.param("The United Nations Interim Force in Lebanon (UNIFIL) spokesperson, Kandice Ardiel, yesterday "
                 "warned that the situation along the Blue Line is \u201cextremely sensitive\u201d.",
                 "Blue Line", "Kandice Ardiel", id="a-bodys-role-and-its-holder"),
    pytest.param("In a statement last month, Assistant Commissioner of Crime, Mesake Waqa said detectives had "
                 "taken over the case. \u201cThe evidence in question is not linked to the raids,\u201d he said.",
                 "taken over the case", "Mesake Waqa", id="set-off-before-the-verb"),
    pytest.param("In a statement last month, Assistant Commissioner of Crime, Mesake Waqa said detectives had "
                 "taken over the case. \u201cThe evidence in question is not linked to the raids,\u201d he said.",
                 "not linked to the raids", "Mesake Waqa", id="set-off-before-the-verb-then-he"),
    pytest.param("The Chinese government expects tourist arrivals to double in April, according to the Chinese "
                 "ambassador to Thailand. Han Zhiqiang, ambassador extraordinary and plenipotentiary of the "
                 "People's Republic of China to the Kingdom of Thailand, on Saturday paid a courtesy call to "
                 "Phuket governor Narong Woonciew at the Provincial Hall. The ambassador said the visit would "
                 "help the expo bid.",
                 "arrivals to double", "Han Zhiqiang", id="a-place-with-a-role-after-it-cataphoric"),
    pytest.param("The Chinese government expects tourist arrivals to double in April, according to the Chinese "
                 "ambassador to Thailand. Han Zhiqiang, ambassador extraordinary and plenipotentiary of the "
                 "People's Republic of China to the Kingdom of Thailand, on Saturday paid a courtesy call to "
                 "Phuket governor Narong Woonciew at the Provincial Hall. The ambassador said the visit would "
                 "help the expo bid.",
                 "help the expo bid", "Han Zhiqiang", id="a-place-with-a-role-after-it"),
    pytest.param("Commenting on the issue, where Minister of Transport, Highways, Ports, and Civil Aviation "
                 "Bimal Rathnayake had stated that up to 30 ships had decided to leave, Arfin spoke of the costs.",
                 "30 ships", "Bimal Rathnayake", id="after-a-list-of-portfolios"),
    pytest.param("Broadcaster Enrico Woolford has filed a lawsuit to quash the decision, arguing that it was "
                 "unconstitutional.", "it was unconstitutional", "Enrico Woolford", id="a-trade-before-two-names"),
    pytest.param("Hawker R. Janaki, 38, however, said cash incentives were helpful.", "cash incentives were helpful",
                 "R. Janaki", id="a-trade-opening-the-sentence"),
    pytest.param("The plan did not sit well with the opposition, and Chief Whip Gail Teixeira said that the sitting "
                 "belonged to private members.", "the sitting belonged to private members", "Gail Teixeira",
                 id="a-role-after-a-title"),
    pytest.param("Dean Smith said that the league would appeal.", "the league would appeal", "Dean Smith",
                 id="a-role-word-before-one-name-may-be-a-name"),
    pytest.param("But Leader of opposition Business Phillip Paulwell insisted that the sitting should have been the "
                 "last.", "the sitting should have been the last", "Phillip Paulwell",
                 id="a-dictionary-word-after-a-common-noun-is-the-roles"),
    pytest.param("The statement follows the St. Kitts and Nevis Ministry of Education\u2019s denouncement of claims. "
                 "The Ministry emphasized that the islands have maintained a sterling record.", "sterling record",
                 "St. Kitts and Nevis Ministry of Education", id="a-place-cut-at-its-and-before-a-body"),
    pytest.param("Interior cabinet secretary Fred Matiang'i made this announcement on Wednesday. \"As a result of what "
                 "happened yesterday, we have commenced investigations,\" he said.", "commenced investigations",
                 "Fred Matiang'i", id="a-surname-with-an-apostrophe"),
    pytest.param("Forty suspects are in custody, said Police Spokesman SP Nuwan Wickramasinghe during the daily update.",
                 "Forty suspects", "Nuwan Wickramasinghe", id="a-rank-in-capitals-before-the-name"),
    pytest.param("Observers will report to the government after the vote, the Supervisor of Elections Sione Tapueluelu "
                 "said. The report could include any irregularities, Tapueluelu said.", "any irregularities",
                 "Sione Tapueluelu", id="an-office-of-elections-before-the-name"),
    pytest.param("Shipping lawyer and Master Mariner Colin Heathcote said several berths were empty. Heathcote added "
                 "that the port was to blame.", "the port was to blame", "Colin Heathcote",
                 id="a-trade-word-before-the-name"),
    pytest.param("President of the Guyana Football Federation (GFF) Wayne Forde said he was elated at the approval given "
                 "by the CFU.", "elated at the approval", "Wayne Forde", id="a-role-of-a-body-and-its-acronym-before-the-name"),
    pytest.param("Chief of the Cirebon Police Resort Adjunct Senior Commissioner Sumarni noted that the bus driver might "
                 "have dozed off.", "dozed off", "Sumarni", id="a-role-of-a-body-ending-on-a-rank-before-the-name"),
    pytest.param("Larry King and Ed Schultz host shows on the channel. Both Mr. King and Mr. Schultz say the management "
                 "has never told them what to say.", "never told them", "Larry King and Ed Schultz",
                 id="a-courtesy-title-opens-another-persons-name"),
])
def test_names_the_model_cut_labelled_or_titled_are_the_speakers(nlp, text, piece, expected):
    """Names the small model cut, mislabelled or left with a title, a place or an aside beside them."""
    assert speaker_of(nlp, text, piece) == expected


@pytest.mark.parametrize(("text", "piece", "expected"), [
    pytest.param("Peter Mason told the families they had been warned three years ago. A resident, who did not "
                 "wish to be identified, claims that the notice was never served. The resident claims that "
                 "another notice came last Tuesday.",
                 "another notice came", "resident", id="the-resident-after-a-resident"),
    pytest.param("Earlier, the interior ministry said in a statement that it was looking into calls for a march. "
                 "The ministry also said that it will not allow such marches to take place.",
                 "not allow such marches", "interior ministry", id="a-portfolio-adjective"),
    pytest.param("Air Vanuatu grounded its only jet on Sunday. The airline said it has asked partner airlines "
                 "for help.",
                 "asked partner airlines", "Air Vanuatu", id="a-body-the-model-labelled-a-person"),
    pytest.param("Works Minister Dorian Pratt said the deadline gives ample time. Noting the conditions in the "
                 "settlements, Mr Pratt praised the work of the government. He said this was needed to end a "
                 "parallel society. \u201cI am pleased that the process is a collaborative one,\u201d the East "
                 "Bay MP told reporters.",
                 "collaborative one", "Dorian Pratt", id="an-office-with-a-seat"),
    pytest.param("Barbados Works Minister Dorian Pratt said the deadline gives ample time. He said this was "
                 "needed to end a parallel society. \u201cI am pleased that the process is a collaborative "
                 "one,\u201d the Jamaican MP told reporters.",
                 "collaborative one", "Jamaican MP", id="an-office-of-another-nationality"),
    pytest.param("A presidency press release said the president received the audit report on Monday. The "
                 "statement said its recommendations would be taken into account.",
                 "audit report", "presidency", id="a-presidency-press-release"),
    pytest.param("A presidency press release said the president received the audit report on Monday. The "
                 "statement said its recommendations would be taken into account.",
                 "taken into account", "presidency", id="the-statement-after-it"),
    pytest.param("Police arrested the man at a mosque, security sources told the agency. He was armed and "
                 "resisted arrest, the sources said.",
                 "resisted arrest", "security sources", id="the-sources-after-which"),
    pytest.param("Fellow activists chanted outside the ministry. The police kept them out, the activists said.",
                 "kept them out", "activists", id="fellow-says-not-which"),
    pytest.param("Power utility officials blamed the gas supply. Generation fell by half, said the grid "
                 "officials.",
                 "fell by half", "grid officials", id="a-plural-with-its-own-which"),
    pytest.param("The Archbishop of Westminster, Martin Hale, on Thursday called on churches to unite. The "
                 "Archbishop, who was addressing church leaders, stressed the need for schools to be safe.",
                 "schools to be safe", "Martin Hale", id="the-archbishop"),
    pytest.param("\u201cWe condemn this attack on worshippers,\u201d said Grand Sheikh Omar Faruk in a "
                 "statement. The religious leader, who is abroad, called for national unity.",
                 "national unity", "Omar Faruk", id="the-religious-leader"),
    pytest.param("The Kenya Association of Manufacturers (KAM) has warned of job losses. According to the "
                 "Association, factories have cut output by a third.", "factories have cut output",
                 "Kenya Association of Manufacturers", id="the-association-written-with-a-capital"),
    pytest.param("The Malta Chamber of Commerce warned against a crisis. On Tuesday the Chamber said it hoped the "
                 "meeting would lead to solutions.", "the meeting would lead to solutions", "Malta Chamber of Commerce",
                 id="the-chamber"),
    pytest.param("MINISTER of Health Dr Christopher Tufton said last night that his ministry has been assessing the "
                 "situation.\nThe ministry said that it has been putting measures in place to keep care going.",
                 "putting measures in place", "Ministry of Health", id="the-ministry-of-the-minister-named"),
    pytest.param("Minister of Health Jane Roe met the nurses.\nThe finance ministry said that no money was left.",
                 "no money was left", "finance ministry", id="another-ministry-than-the-minister-named"),
    pytest.param("In June, the Environmental Protection Agency (EPA) of Liberia announced that Bea Mountain Mining "
                 "Corporation, a Turkish-owned mining company, polluted water sources in Kinjor. \u201cThe analysis "
                 "showed a higher than permissible level of cyanide,\u201d a statement from the agency said.",
                 "higher than permissible level", "Environmental Protection Agency",
                 id="the-agency-named-so-before-a-nearer-body"),
    pytest.param("The Guyana Police Force (GPF) said in a statement that five people were detained. Police said that "
                 "they fired tear gas at protestors to clear the road.", "fired tear gas", "Guyana Police Force",
                 id="police-is-the-police-body-named"),
    pytest.param("The Guyana Police Force (GPF) said in a statement that five people were detained. Traffic police "
                 "said that the road was clear.", "the road was clear", "Traffic police",
                 id="police-with-a-modifier-of-its-own-stays"),
    pytest.param("Dhaka has proposed to import more cotton from the US, a Bangladeshi official said on Thursday. \"We will "
                 "buy more soybeans and aircraft,\" the official who took part in the talks told reporters. \"The US asked "
                 "us to invest there. It also called for steps to protect workers,\" the official said. \"We welcomed the "
                 "proposals. This will raise prices. A shirt will cost more,\" the official added.", "A shirt will cost",
                 "Bangladeshi official", id="the-official-back-through-each-mention-to-the-one-introduced"),
    pytest.param("Gaza received ten hours of power a day, according to the United Nations. Earlier on Saturday, the "
                 "electricity company said a shutdown would affect all public utilities.", "affect all public utilities",
                 "electricity company", id="a-company-by-its-trade-is-no-nearer-body-of-another-kind"),
    pytest.param("Kenya Power said the outage was caused by vandalism. Later the power company said that supply had "
                 "been restored in Nairobi.", "supply had been restored", "Kenya Power",
                 id="a-company-by-its-trade-is-the-body-whose-name-says-it"),
])
def test_descriptions_and_unnamed_sources_are_whom_the_article_introduced(nlp, text, piece, expected):
    """A description, a document or an unnamed source is the entity the article introduced, when its words fit
    (and not when they say another's nationality or whose)."""
    assert speaker_of(nlp, text, piece) == expected


@pytest.mark.parametrize(("text", "piece", "expected"), [
    pytest.param("In its statement, the Anti-Graft Bureau also said Singapore has a zero-tolerance approach to "
                 "corruption. \u201cWe investigate all cases without fear or favour,\u201d it said.",
                 "without fear or favour", "Anti-Graft Bureau", id="it-is-the-body-that-spoke"),
    pytest.param("\u201cThe government will be held responsible,\u201d the opposition said in a statement. It "
                 "said the people of the village have a right to be outraged.",
                 "right to be outraged", "opposition", id="it-for-the-opposition"),
    pytest.param("The Chief Executive of the Port Authority of Jamaica, Kevin Bryce made the announcement on "
                 "Radio One.\n\n\u201cIn total, we handled about 900 ships this year and the numbers keep "
                 "rising.\u201d",
                 "900 ships", "Kevin Bryce", id="unattributed-after-a-role-and-its-name"),
    pytest.param("\u201cI have a duty to serve this country,\u201d said Wafula Chebukati.\n\nThis will be his "
                 "last election as chair of the commission. He has now overseen two general elections. \u201cFor "
                 "those after me, we have prepared what the Constitution envisaged.\u201d",
                 "For those after me", "Wafula Chebukati", id="unattributed-after-a-sentence-about-him"),
    pytest.param("Party chairman Kofi Mensah accused the government of interference. He also urged the Electoral "
                 "Commission to do the right thing after it apologised for the late invitation, saying the "
                 "manner in which the commission sent its invitations seemed to be a deliberate ploy.",
                 "deliberate ploy", "Kofi Mensah", id="a-participle-hung-on-a-report"),
    pytest.param("Armand Balilo told Reuters that all the passengers are accounted for.\n\nRescuers are yet to "
                 "determine how many are still missing, Efren Ritual said. \u201cThe search will continue because "
                 "there are still people here,\u201d he told AFP by telephone.", "The search will continue",
                 "Efren Ritual", id="he-after-a-name-the-model-took-for-a-body"),
    pytest.param("They said the government should act.\n\nDurian trader Tie Kian Chow, 41, said that while cash "
                 "incentives for traders were welcome, the best way was to help people buy their products.\n\n"
                 "\u201cPeople-centric incentives are more effective,\u201d he said.", "People-centric",
                 "Tie Kian Chow", id="he-after-a-name-the-model-took-for-a-people"),
    pytest.param("The motion did not sit well with the opposition and Chief Whip Gail Teixeira did not hesitate to "
                 "object. \u201cThis motion looks innocuous,\u201d the Chief Whip said with passion.",
                 "motion looks innocuous", "Gail Teixeira", id="a-capitalised-role-the-model-took-for-a-work"),
    pytest.param("\u201cWe can\u2019t keep quiet anymore. Government policies are choking us,\u201d fumed KACITA "
                 "chairperson Isa Ssekito.", "keep quiet anymore", "Isa Ssekito", id="fumed"),
    pytest.param("The Post Courier reports that the Chamber president, Michael Mayberry, says the fall of the kina "
                 "was likely to trigger a sharp rise in the cost of food.", "sharp rise in the cost of food",
                 "Michael Mayberry", id="a-report-passed-on-is-its-speakers"),
    pytest.param("Some media outfits had reported that the minister had asked the football association to retain "
                 "the coach.", "retain the coach", "media outfits", id="asking-someone-is-no-report-passed-on"),
    pytest.param("Legislative Council (LegCo) President Andrew Leung issued a letter to all lawmakers on Wednesday "
                 "saying some had unnecessarily delayed meetings.", "unnecessarily delayed meetings", "Andrew Leung",
                 id="a-participle-of-a-body-and-a-person-parsed-as-subjects"),
    pytest.param("President of the Trinidad and Tobago National Nurses Association (TTNNA), Idi Stuart, says nurses "
                 "will still gather tomorrow at the complex.", "nurses will still gather", "Idi Stuart",
                 id="an-and-inside-a-bodys-name-joins-no-speakers"),
    pytest.param("The bus was not licensed to operate at night and its owners will face charges, regional traffic "
                 "police boss Zero Arome said. \u201cIt is very unfortunate what has happened,\u201d he said.",
                 "its owners will face charges", "Zero Arome", id="an-attribution-the-parse-cut-off-at-its-comma"),
    pytest.param("\u201cDetectives have detained a motor car and six suspects,\u201d the Guyana Police Force said. Later the "
                 "police said in a statement that roadblocks were up. It said the suspects were arrested in Sophia.",
                 "arrested in Sophia", "Guyana Police Force", id="it-after-the-police-a-body-tagged-plural"),
    pytest.param("The NDRRMC apologised on Monday. \u201cThe NDRRMC commits to continue further validation of all reports,"
                 "\u201d it added. It also noted that the lack of victims was good news.", "lack of victims", "NDRRMC",
                 id="it-after-it-that-spoke-goes-on"),
    pytest.param("Attorney Basil Williams represents the accused before Justice Roxanne George.\n\nAccording to Mr. "
                 "Williams, since Justice George made the Order for a speedy trial in May 2010, his client continued to "
                 "hear promises of an early trial.\n\nThe delay to his client receiving an early trial, he said, was a "
                 "flagrant breach of the Article.", "flagrant breach", "Basil Williams",
                 id="he-after-according-to-in-the-paragraph-before"),
])
def test_pronouns_participles_and_unattributed_quotations_go_on_with_who_spoke(nlp, text, piece, expected):
    """`it`, a participle and a quotation with no attribution go on with the one who spoke or the paragraph is about."""
    assert speaker_of(nlp, text, piece) == expected


def test_a_role_set_off_before_a_name_the_parse_hung_on_an_earlier_name_is_that_names(nlp):
    from mediabrief.extract.roles import role_of

    doc = nlp("The agreements followed a meeting between President Muhammadu Buhari and British Prime Minister, "
              "Theresa May, at the State House in Abuja.")
    may = next(e for e in doc.ents if e.text == "Theresa May")
    assert role_of(may, LEXICON) == "British Prime Minister"


@pytest.mark.parametrize(("text", "piece", "expected"), [
    pytest.param("Glencore said in a statement that 19 people had been killed but added that there were possible "
                 "unconfirmed fatalities.", "19 people had been killed", "Glencore",
                 id="a-report-after-where-it-was-said-before-a-second-report"),
    pytest.param("Glencore said in a statement that 19 people had been killed but added that there were possible "
                 "unconfirmed fatalities.", "possible unconfirmed fatalities", "Glencore",
                 id="the-second-report-joined-by-but"),
    pytest.param("Earlier in his presentation, the state epidemiologist, Dr Abdullahi Kauranmata, said out of the 506 "
                 "suspected cases, 11 were laboratory confirmed while 214 were clinically compatible cases.",
                 "11 were laboratory confirmed",
                 "Abdullahi Kauranmata", id="the-main-clause-after-a-verb-parsed-as-its-adverbial"),
    pytest.param('Acknowledging the difficult economic situation, Faraya said, "we hope to reduce prices next '
                 'month".', "we hope to reduce prices", "Faraya", id="a-participle-keeps-its-own-clause"),
    pytest.param("If this argument fails to persuade, Mr. Castañeda argues, there are other tools in the toolbox.",
                 "this argument fails to persuade", "Castañeda", id="a-condition-before-an-aside-is-what-was-said"),
    pytest.param("Residents blocked the road on Monday. One of the residents also alleged that they were intimidated "
                 "by officials.", "intimidated by officials", "one of the residents",
                 id="one-of-a-group-is-not-the-group"),
    pytest.param("One of the witnesses, Rafik Seidu, said the car was red.", "the car was red", "Rafik Seidu",
                 id="one-of-a-group-named-is-the-one-named"),
    pytest.param("The Sindh CM House said it was unaware of the ban. Yesterday, Governor Sindh Muhammad Zubair said he "
                 "regretted the ban on media coverage.", "regretted the ban", "Muhammad Zubair",
                 id="a-place-the-article-writes-apart-is-no-part-of-the-name"),
    pytest.param("The Ministry of Housing sent notices. Director Housing Ronit Sen says they had several meetings with "
                 "the residents.", "several meetings", "Ronit Sen", id="a-portfolio-before-the-name"),
    pytest.param("Malta Union of Midwives and Nurses president Paul Pace told Times of Malta at a media event that "
                 "patients at the emergency room are having to wait up to 10 hours.", "wait up to 10 hours",
                 "Paul Pace", id="a-person-after-a-role-closing-the-bodys-subject-phrase"),
    pytest.param("\u201cWe have just suspended the strike,\u201d union president Willie Malimba explained.\n\nIn his "
                 "remarks, Chairperson on Parliamentary Committee on Education Brainax Kaisi said they will be following "
                 "up on the issue.", "following up on the issue", "Brainax Kaisi",
                 id="a-name-closing-the-subjects-role-before-the-speaker-just-before"),
    pytest.param("Villagers from Yuen Long said the reservoir should be kept.", "reservoir should be kept",
                 "Villagers from Yuen Long", id="a-place-after-a-groups-from-is-where-they-are-from"),
    pytest.param("CEO Ronald Tsoi-a-Fatt has dismissed the claims. Tsoi-a-Fatt said there was nothing different "
                 "going on.", "nothing different", "Ronald Tsoi-a-Fatt", id="a-surname-the-parse-split-at-its-hyphens"),
    pytest.param("Grace was shown to the families. Minister Grace Naledi Pandor said the talks went well.",
                 "talks went well", "Grace Naledi Pandor", id="a-given-name-written-apart-is-still-the-name"),
    pytest.param("The ceremony was held at the Humayun Tomb vistas in Delhi on Friday. Addressing tourism officials, "
                 "he said that visitors tend to return on the same day.", "return on the same day", None,
                 id="a-tomb-is-no-one-to-speak"),
])
def test_reports_joined_split_or_set_off_and_the_one_who_made_them(nlp, text, piece, expected):
    """A report the parse joined to another, split at its verb or set off by a condition, and its speaker: one of a
    group, or a name with the place or portfolio of its role cut off."""
    assert speaker_of(nlp, text, piece) == expected


@pytest.mark.parametrize(("text", "piece", "expected"), [
    pytest.param("The Independent High Electoral Commission (IHEC) announced initial results on Sunday. The initial "
                 "voter turnout was 46% in Erbil and 44% in Kirkuk, according to the electoral commission.",
                 "46% in Erbil", "Independent High Electoral Commission",
                 id="a-body-described-in-small-letters-the-model-labelled"),
    pytest.param("Governor of Tabas Ali-Akbar Rahimi told IRNA on Wednesday that four cars of the train derailed. A "
                 "helicopter from Yazd and a train from Tabas have been sent.", "four cars of the train",
                 "Ali-Akbar Rahimi", id="the-place-a-role-is-of-named-alone-elsewhere"),
    pytest.param("Lt. Junior Grade Michael Encina, spokesperson of PCG-Central Visayas, said all the 53 passengers "
                 "were rescued.", "53 passengers", "Michael Encina", id="dictionary-words-after-a-title-are-its-rank"),
    pytest.param("Divisional Commissioner Eastern Luke Moroivalu said they were aware of the need on the island.",
                 "aware of the need", "Luke Moroivalu", id="a-division-by-its-direction-ends-the-role"),
    pytest.param("Several roadblocks were reported on Friday, according to the director of the Transit Police, "
                 "Germán Marín.", "Several roadblocks", "Germán Marín",
                 id="a-name-set-off-after-the-body-a-role-is-of"),
    pytest.param("Director of the South Khorasan Red Crescent Society Mohammad-Reza Rezaei said that the passenger "
                 "train derailed near Mazino Station.", "passenger train derailed", "Mohammad-Reza Rezaei",
                 id="a-hyphened-name-closing-a-role-of-a-society"),
    pytest.param("\u201cWe usually don\u2019t have water on mornings at all,\u201d Sharissa Scantlebury said.\n\n"
                 "Scantlebury said she collected buckets of water when it was available.\n\nWinston \u201cTot\u201d "
                 "Gamble complained his livestock had been suffering. He said they had to gather water from the hill.",
                 "gather water", "Winston Gamble", id="a-name-with-a-nickname-in-quotation-marks-is-an-antecedent"),
    pytest.param("Sinn F\u00e9in, Labour and the Social Democrats outlined the situation.\n\nSpeaking in the "
                 "D\u00e1il, Sinn F\u00e9in's finance spokesperson Pearse Doherty said ordinary people will feel left "
                 "behind.\n\nThe Sinn F\u00e9in TD said in his view this Budget \"abandons workers and families\".",
                 "abandons workers", "Pearse Doherty", id="a-members-role-after-a-bodys-name-is-the-one-tied-to-it"),
    pytest.param("Foreign Minister Don McKinnon of New Zealand met the president. McKinnon's spokeswoman said the "
                 "minister had good intelligence on the matter.", "good intelligence", "McKinnon's spokeswoman",
                 id="a-persons-spokeswoman-is-someone-else"),
    pytest.param("The Water Services Regulatory Board (Wasreb) broke its silence on the row. Its letter said water "
                 "infrastructure was under the Tana Water Service Board.\n\nThe regulator said the governor should "
                 "raise the matter with the ministry.", "governor should raise", "Water Services Regulatory Board",
                 id="the-regulator-is-the-body-whose-name-says-regulatory"),
    pytest.param("A woman, who only identified herself as Wendy, said while water was running yesterday, this was "
                 "rare.", "this was rare", "Wendy", id="a-relative-clause-naming-oneself"),
    pytest.param("\u201cWhere are we supposed to go?\u201d said a Mobile Money vendor known as Asabea.",
                 "supposed to go", "Asabea", id="a-name-after-known-as-the-model-left-unlabelled"),
    pytest.param("Panaji, July 5 Goa Chief Minister Pramod Sawant on Wednesday said that the government will not "
                 "tolerate opposition to the dams.", "will not tolerate", "Pramod Sawant",
                 id="a-dateline-that-lost-its-colon-is-not-the-speaker"),
    pytest.param("The Mayor alongside the MMC for Environment, Cllr Michael Sun expressed their concern. MMC Sun, "
                 "also took the opportunity to address theft, adding that lives are under threat.",
                 "lives are under threat", "Michael Sun",
                 id="a-regional-title-before-a-surname"),
    pytest.param("Katikkiro Charles Peter Mayiga said the kingdom would protect its tenants.", "protect its tenants",
                 "Charles Peter Mayiga", id="a-regional-title-before-a-full-name"),
    pytest.param("The strike was widely followed, said the leader of the UGTT Noureddine Taboubi during a speech. In "
                 "his speech, Mr. Taboubi blamed the government for the failure of talks.", "failure of talks",
                 "Noureddine Taboubi", id="a-name-after-a-bodys-acronym-read-as-one-body"),
    pytest.param("Eight people died in the crash on Monday, spokesman of state-owned toll operator PT Jasa Marga Tbk "
                 "Dwimawan Heru confirmed.", "Eight people died", "Dwimawan Heru",
                 id="a-companys-suffix-is-no-part-of-its-spokesmans-name"),
    pytest.param("Prime Minister Shahid Khaqan Abbasi on Wednesday blasted the bureau. Parliamentary Affairs Minister "
                 "Aftab said it was their mistake. The prime minister termed the latest action as pre-poll rigging.",
                 "pre-poll rigging", "Shahid Khaqan Abbasi", id="the-prime-minister-in-small-letters-keeps-its-rank"),
    pytest.param("Samoa\u2019s Minister of Agriculture Laaulialemalietoa Leauatea Polataivao Fosi has been writing to "
                 "the Director of Agriculture. Polataivao said the ban was unfair.", "ban was unfair",
                 "Laaulialemalietoa Leauatea Polataivao Fosi", id="given-names-a-bodys-entity-ran-into"),
    pytest.param("DPP Alexander Muteti said the accused would stay in custody.", "stay in custody", "Alexander Muteti",
                 id="an-acronym-before-a-name-is-no-given-name"),
])
def test_a_name_cut_from_its_role_and_a_body_described(nlp, text, piece, expected):
    """A person's name cut from the place, rank or body of their role, and a body the article describes."""
    assert speaker_of(nlp, text, piece) == expected


def test_a_nickname_in_quotation_marks_is_no_quotation(nlp):
    found = speakers(nlp, "Winston \u201cTot\u201d Gamble complained that his livestock had been suffering.")
    assert not any("Tot" in quote for quote in found), found
    # (a nickname inside a report leaves the report whole)
    found = speakers(nlp, 'Prosecutors said Hernandez took millions of dollars from Joaquin "El Chapo" Guzman.')
    assert any("took millions of dollars" in quote for quote in found), found


def test_a_clause_saying_when_it_was_said_is_not_what_was_said(nlp):
    found = speakers(nlp, "When the case resumed, Lusambo insisted with his adjournment plea.")
    assert not any("case resumed" in quote for quote in found), found


@pytest.mark.parametrize("text, piece, expected", [
    pytest.param("During proceedings, Joan Akorfa Osei Esq., counsel for the first 39 accused, argued that her "
                 "clients are presumed innocent.", "presumed innocent", "Joan Akorfa Osei",
                 id="an-honours-letters-after-a-name-come-off"),
    pytest.param("Lawyer Kofi Mensah Esq said the case was weak.", "case was weak", "Kofi Mensah",
                 id="letters-the-parse-made-the-subject-come-off"),
    pytest.param("Rajendra KC said the house would be obstructed.", "would be obstructed", "Rajendra KC",
                 id="a-surname-in-capitals-stays"),
    pytest.param("Talking to APP, President YDA BBH Rana Muhammad Azeem said that the violence was shameful.",
                 "violence was shameful", "Rana Muhammad Azeem", id="two-acronyms-before-a-name-come-off"),
    pytest.param("Chairman PIAF Tahir Javed Malik said that the PIAF has been calling for long time now to get the "
                 "NEPRA revamped.", "calling for long time", "Tahir Javed Malik",
                 id="an-acronym-comes-off-the-name-the-model-cut-short"),
    pytest.param("Finance Minister AHM Mustafa Kamal said the budget would hold.", "budget would hold",
                 "AHM Mustafa Kamal", id="initials-after-a-title-stay"),
    pytest.param("In his letter, Yassin espoused that a magistrate always has to bear in mind the constitutional "
                 "protection of the defendant.", "bear in mind", "Yassin", id="espoused-that-reports"),
    pytest.param("The incident happened, reports our correspondent quoting Ataur Rahman Mukul, a chairman candidate. "
                 "\"They snatched the mic,\" Mukul said.", "snatched the mic", "Ataur Rahman Mukul",
                 id="a-given-name-after-a-verb"),
    pytest.param("South Senior Superintendent of Police (SSP) Sajid Amir Sadozai told media that workers gathered at "
                 "the chowk.", "workers gathered", "Sajid Amir Sadozai",
                 id="a-given-name-after-a-roles-acronym-in-brackets"),
    pytest.param("The church was full, recalled Monsignor Vincent Blackett. \"We will pray,\" Blackett said.",
                 "We will pray", "Vincent Blackett", id="a-clergy-title-before-a-name"),
    pytest.param("A statement from its corporate communications manager Annabell Brasnell confirmed the assessment "
                 "was being done. While the east was the worst affected, Brasnell said the north coast also suffered "
                 "power cuts. Tobago was unaffected so far.\n\nAs the Met Office warns of continuing bad weather, "
                 "Brasnell warned the public they could be shocked. She said people in flooded areas should turn off "
                 "the electrical supply.", "turn off the electrical supply", "Annabell Brasnell",
                 id="a-full-name-after-a-role-in-small-letters-read-as-a-body"),
    pytest.param("Gauteng Health MEC Bandile Masuku visited the hospital on Monday. Masuku said that spaces would "
                 "be announced for patients who could not quarantine at home.", "spaces would be announced",
                 "Bandile Masuku", id="a-provincial-title-inside-a-body-read-whole"),
    pytest.param("Jagnarine Singh spoke to reporters. Harvesting for the first crop, he explained, usually commences "
                 "in March and peaks by the second week in April.", "peaks by the second week", "Jagnarine Singh",
                 id="an-aside-the-parse-made-the-root"),
    pytest.param("Farmer Harilal Chaudhary expressed concern, saying the main food crop is at risk.",
                 "main food crop", "Harilal Chaudhary", id="a-trade-opening-a-name-read-as-a-body"),
    pytest.param("President of the Manus Chamber of Commerce, Sebastian Sapau, said the impact of the outage is "
                 "disastrous.\n\nThe outage has also affected water supply as electricity is needed to power the "
                 "genset.\n\n\u201cIt\u2019s not only affected the business houses but also the general public.\u201d",
                 "not only affected the business houses", "Sebastian Sapau",
                 id="a-paragraph-that-names-nobody-leaves-the-source-before-it-speaking"),
    pytest.param("Sebastian Sapau said the impact of the outage is disastrous.\n\nThe outage has also affected "
                 "water supply, Mayor Jane Kuli told residents, and the clinic closed.\n\n\u201cIt\u2019s not only "
                 "affected the business houses but also the general public.\u201d",
                 "not only affected the business houses", "Jane Kuli",
                 id="a-paragraph-with-its-own-source-keeps-it"),
    pytest.param("According to the Executive Secretary of the association, Samson Awingobit, its members have no "
                 "choice but to pass on the high cost of importing goods to the consumer.", "pass on the high cost",
                 "Samson Awingobit", id="a-name-set-off-after-according-to-a-role-before-its-clause"),
])
def test_letters_acronyms_and_reports_around_a_name(nlp, text, piece, expected):
    """Letters and acronyms around a person's name, and reports with less common wording."""
    assert speaker_of(nlp, text, piece) == expected



@pytest.mark.parametrize(("text", "piece", "expected"), [
    pytest.param("Lawyer Avril de Santos of the Center for Energy, Ecology and Development warned that the "
                 "government\u2019s record has been spotty.", "record has been spotty", "Avril de Santos",
                 id="a-particle-inside-a-name-after-a-trade"),
    pytest.param("Asked whether funds to pay school bus drivers and cleaners will be released on time, Ramdial said "
                 "there would be quicker disbursement of funds under his watch.", "quicker disbursement", "Ramdial",
                 id="a-clause-opening-on-there-is-the-report"),
    pytest.param("New Trade Secretary Ramon Lopez said at a July 4 press briefing the country couldn't afford to delay "
                 "the tariff cuts.", "afford to delay", "Ramon Lopez",
                 id="a-clause-after-where-it-was-said-without-that"),
    pytest.param("Kingston Zoo General Curator Mark Dennis said the snake had been found.", "snake had been found",
                 "Mark Dennis", id="a-trade-before-a-name-is-no-given-name"),
    pytest.param("Retiree Ahmed Salim told the newspaper he had not been paid for months.", "not been paid",
                 "Ahmed Salim", id="a-circumstance-before-a-name"),
    pytest.param("The network\u2019s spokesman Apostle Reverend Michael Grant told reporters the group is made up of "
                 "several churches.", "several churches", "Michael Grant", id="two-clergy-titles-before-a-name"),
    pytest.param("\u201cThe elders should pay their taxes,\u201d Deacon Tavita said.", "pay their taxes", "Tavita",
                 id="a-deacon-is-a-title"),
    pytest.param("Adv Kamran Ali, who filed the petition, said the families had been harassed.", "been harassed",
                 "Kamran Ali", id="an-advocates-abbreviation-is-a-title"),
    pytest.param("Prime Ministers John Tau and Mark Reid toured the base. Mr Tau said the soldiers had done a "
                 "tremendous job.", "tremendous job", "John Tau", id="a-plural-title-before-the-names-it-lists"),
    pytest.param("Naib Imam of Fatehpuri Masjid Maulana Zahid Ali said the moon was sighted and Eid will be "
                 "celebrated on Monday.", "moon was sighted", "Zahid Ali",
                 id="a-named-subject-after-a-title-of-a-place"),
    pytest.param("Taiwan\u2019s annual military exercises would focus on homeland defense, force preservation and "
                 "civil-military coordination, the Ministry of National Defense (MND) said yesterday.",
                 "homeland defense", "Ministry of National Defense",
                 id="a-closing-body-the-parse-listed-with-the-report"),
    pytest.param("\u201cThe current situation does not help science become more international,\u201d Academia Sinica "
                 "academician Liaw Yun-fan (\u5ed6\u904b\u7bc4) said.", "help science", "Liaw Yun-fan",
                 id="a-name-in-its-own-script-after-the-name"),
    pytest.param("The Christian Association of Nigeria (CAN) met on Friday. CAN said it had tried to secure the "
                 "pastor's release but could not because it lacked the powers to do so.", "tried to secure",
                 "Christian Association of Nigeria", id="an-acronym-read-as-a-modal-verb"),
    pytest.param("The national AACZ national coordinator Emmanuel Chiweshe told the dozens of pastors who attended the "
                 "meeting that they had chosen a new patron.", "chosen a new patron", "Emmanuel Chiweshe",
                 id="a-report-after-a-phrase-of-those-told"),
    pytest.param("Speaking to Anadolu Agency, Hodan Ali Warsame, country director for the UK-based humanitarian group "
                 "Save the Children, said the situation was alarming as 2 million people are affected by the drought.",
                 "situation was alarming", "Hodan Ali Warsame", id="a-name-before-a-role-the-parse-tore-apart"),
    pytest.param("In the wake of the storm Chief Minister Mamata Banerjee on Tuesday said a relief committee will "
                 "decide on compensation.", "relief committee", "Mamata Banerjee",
                 id="a-name-before-the-day-it-was-said-on"),
    pytest.param("Flores says so far, their group consists of construction, restaurants, passenger and cargo transport "
                 "unions for a total of 25 organizations.", "group consists", "Flores",
                 id="a-report-the-parse-made-the-main-clause"),
    pytest.param("Jeju Air\u2019s David Cha, who arrived on Saipan through Asiana Airlines in the morning, told Saipan "
                 "Tribune yesterday afternoon they would continue normal operations.", "continue normal operations",
                 "David Cha", id="a-name-in-apposition-to-a-possessive-subject"),
    pytest.param("However, Senior State Counsel Nayomi Wickramasekera appearing for the Attorney General, stated that "
                 "there is no provision to challenge the regulations.", "no provision", "Nayomi Wickramasekera",
                 id="a-name-read-as-the-participles-subject"),
    pytest.param("Meanwhile, Minister of Finance Siaosi Sovaleni said the caretaker government would continue until a "
                 "new Prime Minister is elected. Sovaleni said after the election tomorrow King Tupou VI would appoint "
                 "an interim Speaker of Parliament.", "would appoint", "Siaosi Sovaleni",
                 id="a-report-after-a-phrase-read-as-an-adverbial-clause"),
    pytest.param("But Mr Turnbull says that is unlikely.", "that is unlikely", "Turnbull",
                 id="a-demonstrative-subject-opens-the-report"),
    pytest.param("Hugh Smith, who joined other residents, claimed that had a truck been on the island, the damage "
                 "would have been minimal.", "had a truck been", "Hugh Smith",
                 id="a-that-before-a-condition-is-no-subject"),
    pytest.param("Marine Le Pen said the vote had been rigged.", "been rigged", "Marine Le Pen",
                 id="a-given-name-that-is-no-trade-stays"),
    pytest.param("Bill Jones said the act will not go unanswered. The political editor of the Sunday Times said that a "
                 "meeting of the emergency committee was taking place.", "emergency committee",
                 "political editor of the Sunday Times", id="a-trade-of-a-named-body-is-not-the-last-speaker"),
])
def test_trades_titles_and_reports_the_parse_hid(nlp, text, piece, expected):
    """Trades and titles before a name, and reports whose clause or speaker the parse hid."""
    assert speaker_of(nlp, text, piece) == expected


def test_a_relative_clause_after_those_urged_is_no_report(nlp):
    text = "Alex Boateng has urged the committee which is responsible for setting the minimum wage to set a fair rate."
    assert not any("responsible for setting" in quote for quote in speakers(nlp, text))


@pytest.mark.parametrize("text, piece, expected", [
    pytest.param("JOLO CITY\u2014The military ignored threats by Abu Sayyaf to behead two foreign hostages if the "
                 "deadline is not met, saying operations to rescue the kidnapping victims are continuing.",
                 "operations to rescue", "military", id="a-dateline-beside-the-subject-is-no-speaker"),
    pytest.param("Sindh Chief Minister Murad Ali Shah also denounced the attack in a statement on X. He hailed Karim "
                 "for fulfilling his duties and setting an \u201cexample of bravery by sacrificing his life\u201d.",
                 "hailed Karim", "Murad Ali Shah", id="a-pronoun-run-into-a-name-comes-off-it"),
    pytest.param("President William Ruto issued a shoot-to-kill order on Monday.\n\nSpeaking on Monday at Kizingitini "
                 "in Lamu County, the President had ordered that the attackers be arrested. \u201cWe shall finish "
                 "them,\u201d he said.", "finish them", "William Ruto", id="the-title-as-the-subject-before-he"),
    pytest.param("Health Minister Anna Georgiou on Monday was reported by RIK to have expressed "
                 "\u201cdisappointment at the decision to strike\u201d stating that talks were underway.", "disappointment",
                 "Anna Georgiou",
                 id="reported-by-a-medium-to-have-said"),
    pytest.param("The fire was reported by police to have started in the kitchen.", "started in the kitchen",
                 "police", id="a-thing-reported-to-have-happened-is-the-reporters"),
    pytest.param("According to consultant firm LatiGo, the figure grew 1.2% month-on-month in real terms in December.",
                 "figure grew", "LatiGo", id="a-name-in-capitals-after-a-kind-of-body"),
    pytest.param("National statistics institute INE recently reported that the economy expanded 4.4% in 2025.",
                 "economy expanded", "INE", id="an-acronym-after-a-kind-of-body-in-small-letters"),
    pytest.param("Some 300 drivers stopped work this morning, according to the General Workers\u2019 Union.\n\nThe "
                 "company, however, said that all localities were serviced with some routes being combined.",
                 "localities were serviced", "company", id="the-company-is-no-union"),
    pytest.param("A fish trader at Makola, who identified herself as Akosua, said many people started withdrawing "
                 "their money before the levy.", "withdrawing their money", "Akosua",
                 id="a-clause-naming-oneself-hung-on-a-place"),
    pytest.param("Then came the pandemic. Health CS Mutahi Kagwe last year raised the red flag over a rise in mental "
                 "illness cases. According to the CS, many patients treated in hospitals suffered from depression.",
                 "suffered from depression", "Mutahi Kagwe", id="a-title-before-a-name-read-as-a-body"),
    pytest.param("Meanwhile, the Governor of the Central Bank of Malta Prof Edward Scicluna declared that tough "
                 "decisions may be needed.", "tough decisions", "Edward Scicluna",
                 id="a-title-inside-a-bodys-name-set-off"),
    pytest.param("Meanwhile, the Governor of the Central Bank of Malta Prof Edward Scicluna declared that tough "
                 "decisions may be needed. Banks were under pressure. However, the Governor of Malta\u2019s Central "
                 "Bank remarked that the Maltese banks have high liquidity.", "high liquidity", "Edward Scicluna",
                 id="the-role-whose-of-phrase-a-possessive-closes"),
    pytest.param("Meantime, the Secretary of National Employees Union\u2019s Petroleum Corporation Branch, Ananda "
                 "Perera, said the current shortage of fuel is a result of a reduction in distribution.",
                 "shortage of fuel", "Ananda Perera", id="a-name-set-off-after-the-possessed-body"),
    pytest.param("The tomb was found in Minya, Xinhua news agency quoted the head of the ministry's Supreme Council of "
                 "Antiquities Khaled Anany as saying in a statement on Saturday. He said that the 10-metre deep tomb "
                 "belongs to a man who served as supervisor of the royal treasury.", "deep tomb", "Khaled Anany",
                 id="a-name-closing-the-body-of-a-role"),
    pytest.param("With 27 people arrested, Commissioner of Police Rakesh Sharma said the accused had bought the data. "
                 "Another team targeted US nationals by posing as bank employees, the CP added.", "Another team",
                 "Rakesh Sharma", id="an-abbreviated-police-title"),
    pytest.param("The Election Commission, however, made it clear that there was no anomaly with the counting process.",
                 "no anomaly", "Election Commission", id="made-it-clear-reports-its-clause"),
    pytest.param("Lae Metropolitan Superintendant Joseph Tanda Jnr said the woman was injured.", "woman was injured",
                 "Joseph Tanda Jnr", id="a-title-as-it-is-often-misspelt"),
    pytest.param("Among the protesters was Rosa Elvira Cortés, a member of the Mothers\u2019 Search Network, who told "
                 "Efe that they \u201cdemand preventive actions and public policies.\u201d", "preventive actions",
                 "Rosa Elvira Cortés", id="who-after-the-body-of-a-role-set-off"),
    pytest.param("Deputy Governor, Dr Musa Bello, Economic Policy Directorate of the CBN, while speaking at the "
                 "Annual Retreat of the Fiscal Liquidity Assessment Committee (FLAC) in Abuja, said he worked hard to "
                 "put out a fire.", "worked hard", "Musa Bello", id="a-name-between-its-role-and-its-body"),
    pytest.param("Other clients expressed relief. @thandi_k said: \u201cTo think I almost opened an account with that "
                 "bank today.\u201d", "almost opened", "@thandi_k", id="a-social-handle-speaks"),
    pytest.param("A consumer watchdog on Friday said the shift of shoppers online fuelled a surge in disputes last "
                 "year. The Consumer Council said complaints rose by a third.", "surge in disputes",
                 "Consumer Council", id="a-body-described-then-named-next"),
    pytest.param("Santo Domingo.- Dominican exporters said the new rules would hurt them.", "rules would hurt",
                 "Dominican exporters", id="a-dateline-glued-to-its-dash"),
])
def test_datelines_possessors_and_kinds_of_body(nlp, text, piece, expected):
    """Datelines and pronouns the parse took into a speaker, roles a possessive or a body's name hid, and
    names after the kind of body they are."""
    assert speaker_of(nlp, text, piece) == expected


def test_a_one_word_name_read_as_a_person_and_a_body_is_a_body():
    """`Eskom`, labelled a body once and a person once, with no gender: `the power utility` fits it."""
    mentions = [ActorMention("Eskom", ActorType.ORGANISATION, "Eskom", 0, 5),
                ActorMention("Khulu Phasiwe", ActorType.PERSON, "Khulu Phasiwe", 40, 53),
                ActorMention("Eskom", ActorType.PERSON, "Eskom", 80, 85)]
    words = {"Eskom": frozenset({"eskom"}), "Khulu Phasiwe": frozenset({"khulu", "phasiwe", "spokesperson"})}
    found = candidates_before(100, mentions, words, set(), {}, [])
    assert [(c.actor, c.type) for c in found] == [
        ("Eskom", ActorType.ORGANISATION), ("Khulu Phasiwe", ActorType.PERSON)]
    named_once = candidates_before(100, mentions[1:], words, set(), {}, [])
    assert named_once[-1].type is ActorType.PERSON


@pytest.mark.parametrize(("text", "piece", "expected"), [
    pytest.param('The river burst its banks overnight, according to the Uganda Red Cross.',
                 'river burst', 'Uganda Red Cross', id='according-to-is-no-posting'),
    pytest.param('“The latest reports indicate that 120 people have died,” Gauteng Health MEC, Nomvula Dube said '
                 'on Monday.\n\nDube also said teams would visit the affected areas.\n\n“Residents are urged to be '
                 'patient as teams are stretched,” the MEC added.',
                 'Residents are urged', 'Nomvula Dube', id='an-acronym-title-as-a-description'),
    pytest.param('The Ghana Revenue Service has issued a public alert about fake tax notices.\n\nIn a statement, '
                 'the Service said it is monitoring developments closely.',
                 'monitoring developments', 'Ghana Revenue Service', id='a-service-is-a-kind-of-body'),
    pytest.param('The Minister of Trade Paul Hamlin has written to his counterparts in the United States '
                 'expressing concern at the "harm" the tariffs will do.\n\nHis officials had been talking to the '
                 "United States Trade Representative about the government's concerns but he had not spoken "
                 'directly to anyone in the Trump administration.\n\n"I have taken the opportunity to send a letter '
                 'to my counterpart... setting out our concerns around the tariffs.\n\n"I said that we have strong '
                 'reservations and think it\'s harmful to the trading relationship."',
                 'send a letter', 'Paul Hamlin', id='a-clause-joined-on-keeps-its-person'),
    pytest.param('Regime news agency SANA quoted the head of the health ministry in Damascus, Mohammed Samer '
                 'Shahrour, as saying that the ministry is coordinating with departments in all provinces to test '
                 'water.',
                 'coordinating with', 'Mohammed Samer Shahrour', id='a-surname-left-out-hung-on-a-place'),
    pytest.param('“We are going to award up to four blocks in the 3,500 band,” Minister of Information and '
                 'Communications Technologies, Mauricio Lizcano, said in an interview.',
                 'award up to four', 'Mauricio Lizcano', id='a-portfolios-last-word-parsed-as-the-subject'),
    pytest.param('BOGOTA (Reuters) – Colombia hopes to raise up to $499 million in an auction to award four '
                 'blocks on Dec. 20, the Minister of Information and Communications Technologies said on '
                 'Wednesday.\n\n“We are going to award up to four blocks,” Minister of Information and '
                 'Communications Technologies, Mauricio Lizcano, said in an interview.',
                 'hopes to raise', 'Mauricio Lizcano', id='a-portfolio-read-as-a-body-in-a-lead'),
    pytest.param('The State Bank of Pakistan on Thursday raised its key rate by 300 basis points, as Pakistan is '
                 'desperate to unlock a loan deal.\n\n“The committee decided to increase the policy rate to 20 '
                 'percent,” it said.',
                 'increase the policy rate', 'State Bank of Pakistan', id='it-after-a-clause-hung-on-the-main-one'),
    pytest.param("The government warned that SK Telecom will be punished for delaying its report.\n\nKorea's top "
                 'carrier said on April 22 that it first detected the attack in the evening on April 19.',
                 'first detected', 'SK Telecom', id='a-telecom-carrier'),
    pytest.param("Queensland's Health Minister has called for help, as the state's leading medical association "
                 'warns the public health system is at crisis point.\n\nThe Australian Medical Association '
                 'Queensland (AMAQ) said hospitals could not cope.',
                 'crisis point', 'Australian Medical Association Queensland', id='a-leads-body-named-by-its-field'),
    pytest.param('Another protester, who gave his name as Wong, said the substance was "much stronger than pepper '
                 'spray".',
                 'much stronger', 'Wong', id='a-name-given-as-ones-own'),
    pytest.param('“I am not going to move. I will let them arrest me,” 78-year-old Ng Pun-tuk, wearing a helmet, '
                 'told AFP earlier.',
                 'not going to move', 'Ng Pun-tuk', id='a-person-between-a-quotation-and-its-verb'),
    pytest.param('Amina Yusuf lost her home in the flood. Her son, Obai, 10, said he was praying for their '
                 'survival.',
                 'praying for', 'Obai', id='a-childs-name-read-as-a-place'),
    pytest.param('Meanwhile, the hospital has denied reports of any death due to the heat, saying the council had '
                 'brought four people dead.\n\nThey said all possible help was being given to patients.\n\n"At least '
                 'four people were brought dead at the hospital\'s emergency on Saturday.\n\n"We have complete '
                 'evidence that these people were not alive when they were brought in," Dr Kamran Haider, a '
                 'spokesman for the hospital, told The News.',
                 'brought dead at the', 'Kamran Haider', id='a-quotation-left-open-takes-the-closing-attribution'),
    pytest.param('Chorus spokesman Nathan Beaumont said the outage was caused by a fibre fault.\n\nA Spark '
                 'spokeswoman said the outage affected a small number of customers.\n\nThe network encouraged '
                 'people to have back-up plans.\n\n"We encourage business owners to have continuity plans," the '
                 'spokeswoman said.',
                 'continuity plans', 'Spark spokeswoman', id='a-spokeswoman-is-no-spokesman'),
    pytest.param('Health Minister Aaron Motsoaledi despatched 200 officials to hospitals.\n\n"Our other problem is '
                 'the north. I have made it known to the north that, no matter how tough it is, we cannot afford '
                 'not to fill vacant posts in health," he is quoted in the report as saying.',
                 'vacant posts', 'Aaron Motsoaledi', id='who-was-quoted-is-the-nearest-subject'),
    pytest.param('Evidence gathered by police had exploded their accounts, said prosecutor Nigel Godsmark '
                 'QC.\n\nThe QC said: "The defence is that robbery is make-believe, a fairy story."',
                 'make-believe', 'Nigel Godsmark', id='letters-after-a-name'),
    pytest.param('The Director of Public Prosecution (DPP) Mrs Yvonne Attakorah Obuobisah has asked the court to '
                 'give them time to prepare their first witness.\n\nIn court on Monday, the DPP told the court that '
                 'they pray for time to have conference with their first witness.',
                 'pray for time', 'Yvonne Attakorah Obuobisah', id='an-acronym-after-a-roles-of-phrase'),
    pytest.param('Earlier Booth, a taxi driver, insisted in evidence that police had offered him a deal.',
                 'offered him a deal', 'Booth', id='an-opening-word-of-time'),
    pytest.param('André Corrêa do Lago called on countries to reach a consensus for the common good.',
                 'reach a consensus', 'André Corrêa do Lago', id='a-portuguese-particle'),
    pytest.param('DAE Deputy Director in Netrokona Mohammad Nuruzzaman told The Financial Express about 61 per '
                 'cent of the total Boro harvest has been completed.',
                 '61 per cent', 'Mohammad Nuruzzaman', id='an-office-held-in-a-place'),
    pytest.param('The Indo Barometer survey institute earlier stated that the governor had not yet maximized his '
                 'efforts.',
                 'not yet maximized', 'Indo Barometer', id='a-bodys-name-before-its-field-and-kind'),
    pytest.param('Chief Justice of Pakistan Justice Qazi Faez Isa on Tuesday questioned how the Act could '
                 'diminish the powers of the court.\n\n“You can raise a finger on the Parliament but you are quiet '
                 'on the chief justice,” remarks CJP.',
                 'raise a finger', 'Qazi Faez Isa', id='an-offices-initials'),
    pytest.param('Environmental activists in Leeds vowed Tuesday to defy a ban on recurring "Extinction '
                 'Rebellion" climate change demonstrations, after hundreds of police officers raided their '
                 'camp.\n\nThe movement to draw attention to climate change began in Leeds months ago, and has '
                 'since grown in scale and spread to other nations. Renewed protests earlier this month led to '
                 'city leaders imposing a ban on events related to the Extinction Rebellion.\n\nMore than 1,400 '
                 'activists have been arrested in the last two weeks, and police said violators of the ban will '
                 'be arrested. Officers made dozens of arrests in Parliament Square Monday.\n\n"Police are clearing '
                 'peaceful protest in Parliament Square," the movement tweeted in response. "They are '
                 'back-tracking on promises made.\n\n"This is an emergency, and and outrage. The police must '
                 'respect the law. This is a democracy."\n\nThe Extinction Rebellion later said it would "let the '
                 'Parliament Square go," but pledged the rebellion would continue.',
                 'clearing peaceful', 'Extinction Rebellion', id='a-name-after-the-is-a-bodys'),
    pytest.param('Members of the opposition walked out during the committee stage.\n\nThey walked out of the '
                 'chamber while the chairman Sir Allan Kemp was still trying to rationalize his stand.\n\n“Before '
                 'whatever happens, the chair does not involve in a way to cover up these issues.\n\n“The chair '
                 'maintains his position for the proceeding to continue.”',
                 'cover up these issues', 'Allan Kemp', id='the-one-a-clause-hung-on-the-main-one-names-goes-on'),
    pytest.param('Chairman of the Telecommunication Authority, Major General (retd) Hafeez Rahman, has stated '
                 'that the authority will unblock the platform whenever the government directs.\n\nThe chairman '
                 'also addressed the current internet restrictions in Panjgur, Balochistan. "When I was asked '
                 'about the Panjgur shutdown, I said to consult the relevant corps commander."',
                 'Panjgur shutdown', 'Hafeez Rahman', id='one-a-role-describes-acts-and-speaks-next'),
    pytest.param("In an interview with Radio Belgrano, Juan Pablo Piccardo, the head of the City's transport "
                 "department, said that the City administration needs to increase prices to invest in infrastructure.",
                 "increase prices", "Juan Pablo Piccardo", id="a-medium-and-a-person-parsed-as-one-subject"),
])
def test_roles_bodies_and_names_around_a_quotation(nlp, text, piece, expected):
    """Acronym titles, portfolios read as bodies, names a misparse hung on a place or a quotation, and
    bodies a lead describes by their field or their trade."""
    assert speaker_of(nlp, text, piece) == expected


@pytest.mark.parametrize(("role", "initials"), [
    ("Bank of Korea Governor", "bok"), ("Inspector General of Police", "igp"), ("ICT Cabinet Secretary", "cs"),
])
def test_a_roles_initials_pass_over_or_spell_its_of(role, initials):
    assert initials in role_initials(role)


@pytest.mark.parametrize(("text", "piece", "expected"), [
    pytest.param('Health Secretary Wes Streeting hailed the figures as proof the service is «on the road to recovery».'
                 '\n\nStreeting condemned the upcoming strike by resident doctors as «reckless and irresponsible», '
                 'calling it «morally reprehensible».',
                 'reckless and irresponsible', 'Wes Streeting', id='a-surname-the-tagger-read-as-a-verb'),
    pytest.param('A worker at Wing Star, who only gave her name as Da for fear of losing her job, said that police '
                 'hauled away three would-be protesters, as other workers fled the scene.',
                 'hauled away', 'Da', id='a-name-given-for-fear-of-something'),
    pytest.param('“The taxi fares are too high; they are not charging the right fare,” insisted Joy Forbes.\n\nNext to '
                 'Forbes was a 21-year-old woman who only gave her name as Kayla. She said at least three buses had '
                 'passed as she was waiting for a bus to go to Portmore.',
                 'three buses had passed', 'Kayla', id='an-inverted-be-introduces-who-speaks-next'),
    pytest.param('Rodrigo de la Peña, president of the Hotel Association of Cancún, explained that the pace of '
                 'reservations is progressing more slowly than usual.\n\n"Some airline seats have been reduced, so we '
                 'need more tourists," he said.',
                 'airline seats', 'Rodrigo de la Peña', id='a-name-joined-by-particles-read-as-a-body'),
    pytest.param('Guide Abderrazzaq Ouled assured the group that their tour of the city can still go ahead.',
                 'tour of the city', 'Abderrazzaq Ouled', id='a-guide-by-trade'),
    pytest.param("Launceston-based President of the Pharmacy Guild of Australia Helen O'Byrne said there is an ongoing"
                 ' shortage of medicines nationwide.',
                 'ongoing shortage', "Helen O'Byrne", id='a-name-after-a-bodys-country'),
    pytest.param('The Ghana Armed Forces (GAF) has cautioned against calls for attacks on soldiers.\n\nBut in a press '
                 'statement issued Monday, June 10, 2024, the Director General in charge of Public Relations at the '
                 'Ghana Armed Forces, Brigadier General, E. Aggrey-Quashie said his outfit had “taken note of viral '
                 'videos calling for attacks on soldiers.\n\n“We strongly wish to caution the public against such '
                 'utterances.\n\n“We wish to assure all and sundry the forces will continue to perform their duties,” '
                 'it added.',
                 'caution the public', 'E. Aggrey-Quashie',
                 id='a-quotation-left-open-goes-on-where-it-finds-nobody'),
    pytest.param('The Army in a press statement signed by Brigadier General, Onyema Nwachukwu, Director Army Public '
                 'Relations urged Nigerians to show some restraint in posting such images.',
                 'show some restraint', 'Army', id='a-department-after-a-role-is-no-person'),
    pytest.param('“Sanctions will be introduced for foreign tourists who do not pay the levy,” said Bali’s Acting '
                 'Governor, Sang Made Mahendra Jaya, at the regional parliament building on Monday.',
                 'Sanctions will be', 'Sang Made Mahendra Jaya', id='a-name-set-off-after-a-role-the-parse-lost'),
    pytest.param('According to the municipal secretary of Tourism, Antonio Pedro Figueira de Mello, the greater '
                 'visibility of the city last year helped the sector.',
                 'greater visibility', 'Antonio Pedro Figueira de Mello',
                 id='a-particle-inside-a-name-set-off-after-according-to'),
    pytest.param("More than 100 unions are taking part, said Government Medical Officers' Association (GMOA) spokesman"
                 ' Dr. Chamil Wijesinghe, adding that his association will decide its own action at a meeting today.',
                 '100 unions', 'Chamil Wijesinghe', id='a-bodys-spokesman-after-the-verb'),
    pytest.param('Kenya Defence Forces troops in Somalia say they killed 21 militants in a clash in Dobley area.'
                 '\n\nThe Kenyan military says there is no set exit date for the operation.',
                 'no set exit date', 'Kenya Defence Forces', id='a-countrys-military-is-its-defence-forces'),
    pytest.param('Kenya Defence Forces troops in Somalia say they killed 21 militants in a clash in Dobley area.',
                 'killed 21 militants', 'Kenya Defence Forces', id='a-bodys-troops-speak-as-the-body'),
    pytest.param('“We live under threat,” said Miguel, a sailor.\n\nThe National Guard was established in 2019. '
                 'Previously a staunch opponent of what he decried as the militarization of his predecessors, '
                 'President Andrés Manuel López Obrador now believes more army involvement is what Mexico needs.'
                 '\n\n“I changed my mind, considering the problem I inherited,” he said in September.',
                 'I changed my mind', 'Andrés Manuel López Obrador',
                 id='a-pronoun-in-an-opening-phrase-looks-ahead-to-the-name'),
])
def test_names_the_parse_hid_and_bodies_that_speak_through_others(nlp, text, piece, expected):
    """Surnames the tagger read as verbs, names given or joined by particles, names closing a body's country,
    a body's troops or members, and a quotation left open that goes on where its own `it` finds nobody."""
    assert speaker_of(nlp, text, piece) == expected


@pytest.mark.parametrize(("text", "piece", "expected"), [
    pytest.param("Gion's private streets will be closed, but tourists will still be allowed to enter the main "
                 'Hanamikoji Street, which is public, per AFP.',
                 'main Hanamikoji Street', 'AFP', id='per-a-named-agency'),
    pytest.param('Ota, 61, is the leader of the council and a resident who owns a Chinese restaurant, per the local '
                 'newspaper Asahi Shimbun.',
                 'leader of the council', 'Asahi Shimbun', id='per-a-newspaper'),
    pytest.param('Mr Dixon Seeto spoke at the forum.\n\nMr Seeto added the introduction of the brand new Airbus '
                 'A330 was a significant development that should inspire growth across the industry.',
                 'introduction of the brand', 'Dixon Seeto', id='an-object-run-into-the-reported-clauses-subject'),
    pytest.param('According to the NDA registrar, Apollo Muhairwe, the work of the drug authority at border points has'
                 ' ensured that fewer counterfeit medicines make it into the country.',
                 'the work of the drug authority', 'Apollo Muhairwe', id='a-name-and-what-was-said-hung-on-the-role'),
    pytest.param('Judith Aberg, a spokesperson for the HIV Medicine Association, has calculated that even patients '
                 'with insurance could wind up paying $150 per pill out of pocket.',
                 'wind up paying', 'Judith Aberg', id='a-calculation-reported'),
])
def test_what_was_said_per_a_source_or_run_into_a_clause(nlp, text, piece, expected):
    """Sources cited with `per`, a calculation reported, and what was said where the parse hung it on the
    name or on the verb's object."""
    assert speaker_of(nlp, text, piece) == expected


@pytest.mark.parametrize(("text", "piece", "expected"), [
    pytest.param('“The prolonged geopolitical situation remains a key concern,” Maybank group president and CEO '
                 'Abdul Farid Alias said in a statement on Thursday.\n\n“We will remain agile to adjust to rapid '
                 'market changes,” the Maybank CEO added.',
                 'remain agile', 'Abdul Farid Alias', id='a-role-joined-to-the-names-own-by-and'),
    pytest.param('Caoilfhionn Gallagher KC, meanwhile, said despite the acquittal, the challenges that journalists'
                 ' face remain.\n\n“We will keep fighting the cyber libel appeal,” the lawyer said.',
                 'keep fighting', 'Caoilfhionn Gallagher', id='a-kc-is-a-lawyer'),
    pytest.param('“Right now, we can’t confirm if it’s Santiago’s body or not,” said Maldonado’s brother, Sergio '
                 'Maldonado.',
                 'confirm if', 'Sergio Maldonado', id='a-given-name-read-as-a-people'),
    pytest.param('Ghana Health Service has issued a public alert following a Marburg virus disease outbreak.\n\nIn a'
                 ' statement signed by Acting Director-General Dr Samuel Kaba Akoriyea, the Service said it is '
                 'monitoring developments.\n\nThe statement noted that the incubation period ranges from “two (2) to'
                 ' twenty-one (21) days”.',
                 'incubation period', 'Ghana Health Service', id='a-statement-a-body-issued-and-its-officer-signed'),
    pytest.param('KARACHI – The State Bank of Pakistan (SBP) on Thursday increased the benchmark interest rate by '
                 '300 basis points, taking it to 20% as Pakistan is desperate to unlock the IMF deal.\n\n“At its '
                 'meeting held on 2nd March 2023, the Monetary Policy Committee decided to increase the policy '
                 'rate by 300 basis points to 20 percent,” it said.',
                 'decided to increase', 'State Bank of Pakistan', id='it-is-the-body-after-a-dateline'),
    pytest.param('Earlier in the day, KZN premier Sihle Zikalala accompanied President Cyril Ramaphosa when he '
                 'visited flood-stricken parts of the province.\n\nAs Ramaphosa surveyed the damage and interacted '
                 'with locals, he assured flood victims that government would intervene to help families affected '
                 'by the floods.',
                 'government would intervene', 'Cyril Ramaphosa',
                 id='he-is-the-subject-of-the-clause-opening-his-sentence'),
    pytest.param('Former prime minister Datuk Seri Najib Razak is planning to call in the director as a defence '
                 'witness.\n\nHowever, senior federal counsel Nur Hidayah Raihan Md Nasir, from the Protection '
                 'Division, immediately made a verbal application to set aside the subpoena.\n\n“Here I believe the '
                 'application to set aside the subpoena is necessary,” she said.',
                 'Here I believe', 'Nur Hidayah Raihan Md Nasir', id='a-long-name-after-a-role-read-as-a-body'),
])
def test_roles_kin_issuers_and_subjects_that_name_a_speaker(nlp, text, piece, expected):
    """A role joined to a name's own by `and`, a KC as a lawyer, a given name read as a people after a
    person's kin, the body that issued a statement its officer signed, the body after a dateline, a long name
    after a role, and the subject of a clause opening the pronoun's sentence."""
    assert speaker_of(nlp, text, piece) == expected


@pytest.mark.parametrize(("text", "piece", "expected"), [
    pytest.param('Reporters Without Borders reacted to the news, calling it a welcome step towards justice that is'
                 ' vital for press freedom in Europe.',
                 'welcome step', 'Reporters Without Borders', id='a-capital-preposition-inside-a-name'),
    pytest.param('Officials from the Agriculture and Livestock Ministry (MAG) and the National Emergency '
                 'Commission (CNE) began distributing animal feed to farmers. A preliminary report is expected '
                 'later this week, the ministry’s press office reported.',
                 'preliminary report', 'Agriculture and Livestock Ministry',
                 id='a-bodys-press-office-speaks-for-the-body'),
    pytest.param('Saskatchewan is currently in a severe drought. “The Saskatoon area particularly we’re 125-150 mm'
                 ' below normal for the growing season since April 1st,” said agroclimate specialist Trevor '
                 'Hadwen.',
                 'below normal', 'Trevor Hadwen', id='a-name-after-role-words-read-as-a-verb'),
    pytest.param('The higher minimum wages in the capital region will take effect on July 16, the Labor department'
                 ' said. The pay increase is expected to benefit about 1.1 million workers in Metro Manila, it '
                 'added.',
                 'pay increase', 'Labor department', id='it-added-after-a-thing-it-reports'),
    pytest.param('"Absolutely hate this framing of the necessity of voting," Vann R. Newkirk II, a writer for The '
                 'Atlantic, said on Twitter.',
                 'Absolutely hate', 'Vann R. Newkirk II', id='where-it-was-said-is-not-who'),
])
def test_names_after_the_verb_and_bodies_behind_a_report(nlp, text, piece, expected):
    """A capital preposition inside a body's name, a body's press office, a name after role words the parse
    read as a verb, and an `it` that added what a thing in its report did (but where it was said is no one)."""
    assert speaker_of(nlp, text, piece) == expected


@pytest.mark.parametrize(("text", "piece", "expected"), [
    pytest.param('Sam Sokong, Sokhet’s defence lawyer, said he was disappointed at the decision and was preparing '
                 'to file an appeal at the Court of Appeals.',
                 'preparing to file an appeal', 'Sam Sokong', id='a-report-going-on-in-its-shifted-tense'),
    pytest.param('Environment Minister Yasmin Fouad spoke on Sunday.\n\nFouad explained in televised statements that'
                 ' the importance of holding COP27 summit in Egypt coincides with the recovery from the Corona '
                 'pandemic.',
                 'importance of holding', 'Yasmin Fouad', id='a-that-clause-after-where-it-was-said'),
])
def test_what_was_said_goes_on_or_follows_where_it_was_said(nlp, text, piece, expected):
    """A report that goes on, in its shifted tense, in a verb the parse joined to the speech verb, and a
    `that` clause after where it was said that the parse hung on the place."""
    assert speaker_of(nlp, text, piece) == expected


@pytest.mark.parametrize(("text", "piece", "principal"), [
    pytest.param('A spokesman for Paul Ryan says the speaker will not attend the dinner on Friday.',
                 'will not attend', 'Paul Ryan', id='a-spokesman-for-a-person'),
    pytest.param('A lawyer for Maria Lopez said the charges against her were false.',
                 'charges against her', 'Maria Lopez', id='a-lawyer-for-a-person'),
])
def test_the_one_a_role_serves_is_not_who_holds_it(nlp, text, piece, principal):
    """`A spokesman for Paul Ryan says`: the name after `for` is whom the spokesman serves; the quotation
    is the spokesman's, and the spokesman's role is never Ryan's."""
    doc = nlp(text)
    quotes = extract_quotes(doc, actors=tuple(extract_actors(doc, author=None)), author=None)
    quote = next(q for q in quotes if piece in q.text)
    assert quote.speaker != principal and not (quote.speaker_role or "").lower().startswith(("a spokes", "a lawyer"))


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Colombia's coffee exports fell in March. Colombia sells most of its crop abroad, and prices in "
                 "Colombia have risen.\n\nThe government said the fall was temporary.", "Colombian government",
                 id="the-one-country-the-article-is-about"),
    pytest.param("Prices rose in Peru and Chile last month.\n\nThe government said the fall was temporary.",
                 "government", id="two-countries-alike-leave-it-open"),
])
def test_the_government_no_name_gives_is_its_countrys(nlp, text, expected):
    assert speaker_of(nlp, text, "fall was temporary") == expected

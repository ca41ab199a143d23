"""Quote extraction on short texts through the real pipeline, and the pure pieces alone."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from mediabrief.extract.actors import extract_actors
from mediabrief.extract.analysis import iter_analyses
from mediabrief.extract.cues import find_cues
from mediabrief.extract.quotemarks import double_marks_for_single, find_quoted_spans
from mediabrief.extract.quotes import extract_quotes
from mediabrief.extract.lexicon import load_lexicon
from mediabrief.extract.parsing import blank_nicknames, blank_stock_codes
from mediabrief.records import Gender, QuoteKind, SpeakerType


def quotes_of(nlp, text: str, author: str | None = None):
    doc = nlp(text)
    actors = list(extract_actors(doc, author=author))
    return list(extract_quotes(doc, actors=actors, author=author))


def by_text(quotes, piece: str):
    found = [q for q in quotes if piece in q.text]
    assert found, f"no quote holds {piece!r}: {[q.text for q in quotes]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win" today.', ["we will win"]),
        ("She called it “a disaster” and left.", ["a disaster"]),
        ('“First part,” he said, “second part.”', ["First part,", "second part."]),
        ('A stray " mark here. Then "a real one" follows.', ["a real one"]),
        ("“Outer ‘inner’ words,” she said.", ["Outer ‘inner’ words,"]),
        ('"He told me \u201cno\u201d twice," she said.', ["He told me \u201cno\u201d twice,"]),
        ("Mr. Smith said, ''It is done.''", ["It is done."]),
        ("``I won't cooperate,'' Gonzalez said. ``The boy lives here.''", ["I won't cooperate,", "The boy lives here."]),
        ("“Unclosed at the end of a paragraph\n\nNext paragraph without marks.", []),
        ('“Help has come at last," the mayor said.\nMore crews are due.\n"We will stay,” the chief said.',
         ["Help has come at last,", "We will stay,"]),
        ('“She said \"no\" twice,” he said.', ['She said "no" twice,']),
        # a quotation run on into a paragraph that lost its opening mark, up to the mark that closes it
        ("“I wish the town well.\n\nAs for me, I will not stand again,” he said. “Thank you.”",
         ["I wish the town well.", "As for me, I will not stand again,", "Thank you."]),
        ("“Unclosed here.\n\nA new paragraph, then “its own quotation” in it.", ["its own quotation"]),
        # marks typed the wrong way round: a closing one opening the paragraph, an opening one glued to the end
        ("”We will move on together“, added the mayor.", ["We will move on together"]),
        ("Das Wort „Frieden“ fiel.", ["Frieden"]),
        # a sentence opened with a mark the outlet never closed (or the text was cut off there) runs to its end
        ("Carreon welcomed it. “We agree with colleagues who describe this as a huge attack.\n\nThe reporter goes on.",
         ["We agree with colleagues who describe this as a huge attack."]),
        ('The new centre is 5\'11" tall at the back and will stay open for the whole season.', []),
        # paragraphs of one quotation, each opened and only the last closed, run by the page into one line
        ("\u201cLast week we made history on that pitch. \u201cAs your captain, I was deeply let down.\u201d",
         ["Last week we made history on that pitch.", "As your captain, I was deeply let down."]),
        # and left open before the outlet's own words: up to its first sentence
        ("\u201cThe damage on the island is going to be extreme. The mayor said it was bleak. \u201cWe have no power.\u201d",
         ["The damage on the island is going to be extreme.", "We have no power."]),
        # closed in the other style: no run-on to the next opening mark
        ('The \u201chealth system has managed to contain the epidemic," said Abiad. \u201cMuch is still required.\u201d',
         ["Much is still required."]),
    ],
)
def test_quotation_marks_pair_per_paragraph_forgiving_strays(text, expected):
    assert [text[s.start : s.end] for s in find_quoted_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("‘We will rebuild,’ said Jane Roe. ‘It won’t take long.’", ["We will rebuild,", "It won’t take long."],
                     id="single-marks-apostrophe-inside"),
        pytest.param("He asked the bank to ‘turn the page’ on the affair, in an analysts’ call.", ["turn the page"],
                     id="close-before-a-word"),
        pytest.param("She said the ‘workers’ union must act now’, and left.", ["workers’ union must act now"],
                     id="plural-apostrophe-inside"),
        pytest.param("Jane Roe told MPs: ‘Our job is clear.’", ["Our job is clear."], id="after-a-colon"),
        pytest.param("‘First paragraph of it.\n\n‘Second paragraph,’ she said.", ["First paragraph of it.", "Second paragraph,"],
                     id="runs-on-to-the-next-paragraph"),
        pytest.param("The minister's office said 'the plan is dead,' and Jane's aide agreed.", ["the plan is dead,"],
                     id="straight-single-marks"),
        pytest.param("It was taken ‘‘extremely seriously’’, she said.", ["extremely seriously"], id="doubled-single-marks"),
        pytest.param("“We act,” she said of the ‘rescue’ plan.", ["We act,"], id="single-inside-a-double-text-stays"),
        pytest.param("The farmers’ union met in the ’90s and the members’ votes went by.", [], id="apostrophes-only"),
    ],
)
def test_single_quotation_marks_quote_where_no_double_mark_does(text, expected):
    plain = double_marks_for_single(text)
    assert len(plain) == len(text)
    assert [plain[s.start : s.end] for s in find_quoted_spans(plain)] == expected


def test_an_article_quoting_in_single_marks_has_its_quotes_and_speakers(nlp):
    from .test_linear import article

    text = ("Relatives spoke of relief at the ruling on Thursday.\n\n"
            "‘I am satisfied,’ said Hans Berg, whose daughter died in the crash. ‘My grief won’t go.’\n\n"
            "‘We know the truth now,’ he said.")
    quotes = next(iter_analyses([article(text)], nlp)).quotes
    assert {q.text: q.speaker for q in quotes} == {
        "I am satisfied,": "Hans Berg", "My grief won’t go.": "Hans Berg", "We know the truth now,": "Hans Berg"}


@pytest.mark.parametrize(("text", "speaker"), [
    ("The tents cannot become \u201cthe norm\u201d for housing asylum seekers, Minister for Equality Roderic "
     "O\u2019Dwyer has said.\n\n\u201cIt is not something I ever envisaged as Minister,\u201d Mr O\u2019Dwyer said.",
     "Roderic O'Dwyer"),
    ("Plans for the bridge are on hold, Minister for Transport Kieran O\u2019Sullivan has said.\n\n\u201cWe will "
     "not build it this year,\u201d Mr O\u2019Sullivan said.", "Kieran O'Sullivan"),
])
def test_a_curly_apostrophe_inside_a_name_leaves_it_a_name(nlp, text, speaker):
    from .test_linear import article

    analysis = next(iter_analyses([article(text)], nlp))
    assert [q.speaker for q in analysis.quotes] == [speaker, speaker]


def test_direct_quote_split_by_attribution_gives_two_rows_with_a_resolved_pronoun(nlp):
    text = (
        "Vladimir Putin did not rule out helping the regime. “That’s exactly why we came here,” he told "
        "reporters. “The leader of North Korea shows great interest in space.”"
    )
    quotes = quotes_of(nlp, text)
    first, second = by_text(quotes, "exactly why"), by_text(quotes, "great interest")
    assert first.kind is second.kind is QuoteKind.DIRECT
    assert first.speaker == second.speaker == "Vladimir Putin"
    assert first.speaker_gender is Gender.MALE


def test_surname_repeat_resolves_to_the_full_name_with_its_role(nlp):
    text = (
        "Seong Ok Yoo, a former South Korean intelligence official, said Kim is using the summit as a tool.\n\n"
        "“He wants to ensure the U.S. takes him seriously,” Yoo added."
    )
    quote = by_text(quotes_of(nlp, text), "wants to ensure")
    assert quote.speaker == "Seong Ok Yoo"
    assert quote.speaker_type is SpeakerType.EXPERT
    assert "intelligence official" in (quote.speaker_role or "")


def test_according_to_a_namesake_is_the_one_just_quoted_not_the_leader(nlp):
    text = (
        "North Korean leader Kim Jong Un met Putin on Wednesday at the cosmodrome.\n\n"
        "Intae Kim, a former defector who is now a research fellow at a think tank, said the economy "
        "has shrunk for years.\n\n"
        "While the leader advanced the nuclear program, his economic plan has failed, according to Kim."
    )
    quote = by_text(quotes_of(nlp, text), "economic plan has failed")
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.speaker == "Intae Kim"


def test_appositive_introduced_speaker_and_role_before_the_name(nlp):
    text = (
        "“No nation on the planet should be helping Mr. Putin,” White House National Security Council "
        "spokesman John Kirby told reporters on Wednesday."
    )
    quote = by_text(quotes_of(nlp, text), "No nation")
    assert quote.speaker == "John Kirby"
    assert quote.speaker_type is SpeakerType.OFFICIAL
    assert "spokesman" in (quote.speaker_role or "")


@pytest.mark.parametrize(
    ("text", "piece", "role"),
    [
        pytest.param("NAIROBI - Kenyan Health Minister Susan Nakhumicha on Monday urged parents to vaccinate their "
                     "children.", "vaccinate", "Kenyan Health Minister", id="a-datelines-place-is-no-part-of-the-role"),
        pytest.param("State Minister for Water and Sanitation Ali Karim said the pumps would be repaired.",
                     "pumps would be repaired", "State Minister for Water and Sanitation",
                     id="a-title-of-several-parts-joined-by-for-and-and"),
        pytest.param("Vice-President Anna Berg said the pumps would be repaired.", "pumps would be repaired",
                     "Vice-President", id="a-hyphenated-title-is-no-dateline"),
        pytest.param("Republican vice-presidential nominee Gov. Tom Hale said the debate had gone well.", "debate had gone",
                     "Republican vice-presidential nominee", id="the-names-own-title-is-no-part-of-the-role"),
        pytest.param("Former Pennsylvania Gov. Tom Hale said the debate had gone well.", "debate had gone",
                     "Former Pennsylvania Gov.", id="a-title-after-a-place-is-the-role"),
        pytest.param("The campaign will go on up to election day, with both President Barack Obama and his wife Michelle "
                     "expected to visit the state in the coming weeks.\n\nObama said the race was close.", "race was close",
                     "President", id="both-before-a-title-is-no-part-of-it"),
        pytest.param("Trump attacked his Democratic opponent, Hillary Clinton, on Friday. Clinton said the attack "
                     "showed how worried he was.", "attack showed", "Democratic opponent",
                     id="a-role-told-from-whose-it-is-without-the-whose"),
    ],
)
def test_the_role_written_before_a_name_is_the_speakers(nlp, text, piece, role):
    assert by_text(quotes_of(nlp, text), piece).speaker_role == role


def test_head_noun_with_the_name_in_apposition(nlp):
    text = "“The United States has no right to lecture us,” Russia’s ambassador to the US, Anatoly Antonov, said."
    quote = by_text(quotes_of(nlp, text), "no right")
    assert quote.speaker == "Anatoly Antonov"
    assert "ambassador" in (quote.speaker_role or "")


def test_partial_quote_inside_reported_speech_belongs_to_the_reporting_source(nlp):
    text = (
        "North Korea’s official Korean Central News Agency said Putin and Kim vowed to strengthen "
        "“strategic and tactical cooperation” without providing details."
    )
    quote = by_text(quotes_of(nlp, text), "strategic and tactical cooperation")
    assert quote.kind is QuoteKind.PARTIAL
    assert quote.speaker == "Korean Central News Agency"
    assert quote.speaker_type is SpeakerType.MEDIA


@pytest.mark.parametrize(
    ("text", "piece", "speaker"),
    [
        # `According to X` names where a report was read when someone in the sentence said it.
        pytest.param("Foreign Minister Cho Tae-yul met the envoy. Cho said any cooperation with Pyongyang is a clear "
                     "violation of UN resolutions, according to a statement by the ministry.", "clear violation", "Cho Tae-yul",
                     id="the-one-who-said-it-not-the-statement-passing-it-on"),
        pytest.param("First Vice Foreign Minister Kim Hong-kyun summoned the envoy. He also called on Russia to "
                     "\u201cact responsibly,\u201d according to the ministry.", "act responsibly", "Kim Hong-kyun",
                     id="a-quotation-the-speaker-gave"),
        pytest.param("Blinken spoke in Washington. According to Blinken, \u201cwe now estimate that there are around "
                     "10,000 troops in Russia.\u201d", "we now estimate", "Blinken", id="a-verb-inside-the-quotation-is-not-a-speaker"),
        pytest.param("Troops crossed the border on Monday, according to the Defence Ministry.", "Troops crossed the border",
                     "Defence Ministry", id="according-to-when-nobody-else-speaks"),
        # Reports the parse half missed.
        pytest.param("Erdogan had on Saturday said that Turkey was working toward extending a grain deal that has "
                     "allowed exports.", "extending a grain deal", "Erdogan", id="a-subject-hung-on-the-auxiliary"),
        pytest.param("On Wednesday, in a blow to the proposal touted by Biden, the leader of Hamas Ismail Haniyeh said the "
                     "group would demand a permanent end to the war.", "permanent end to the war", "Ismail Haniyeh",
                     id="a-name-straight-before-a-subjectless-verb"),
        pytest.param("\u201cThese conditions are central to maintaining grain sales,\" President Erdogan said. \"The UN has "
                     "initiated steps to address these conditions.\"", "The UN has initiated", "Erdogan",
                     id="quotation-marks-of-two-styles-mixed-by-a-typo"),
        # Verbs of official speech, and a `that` clause hung on where it was said.
        pytest.param("Central bank governor Mehmet Aydin projected that inflation would peak at 60 percent by "
                     "December.", "inflation would peak", "Mehmet Aydin", id="projected-that"),
        pytest.param("Commission President Luisa Ferreira reminded that growth had stalled in the first half.",
                     "growth had stalled", "Luisa Ferreira", id="reminded-that"),
        pytest.param("Foreign Minister Tomas Hald reaffirmed that the embassy would stay open.", "embassy would stay",
                     "Tomas Hald", id="reaffirmed-that"),
        pytest.param("Vice President Omar Celik said at a news conference that Erdogan has been following and "
                     "managing the rescue since the first hour.", "managing the rescue", "Omar Celik",
                     id="said-at-a-conference-that"),
        pytest.param("On Friday, peace commissioner Rafael Duarte insisted in a statement that a truce would be "
                     "signed with the rebels.", "truce would be signed", "Rafael Duarte", id="insisted-in-a-statement-that"),
        pytest.param("Asked about the patrols, spokesperson Lin Wei told a daily news briefing that Half Moon Reef is "
                     "part of China's islands.", "Half Moon Reef", "Lin Wei", id="told-a-briefing-that"),
        # An unnamed source keeps its own words and no more.
        pytest.param("The delegation was to return to Tehran for consultations, the country\u2019s state media reported.",
                     "return to Tehran", "state media", id="the-countrys-state-media-is-state-media"),
        pytest.param("The Deputy Director-General of the National Space Development Agency (NSDA) in Iran said that "
                     "the rocket carrying the probe exploded after launching.", "rocket carrying",
                     "Deputy Director-General of the National Space Development Agency",
                     id="an-unnamed-source-is-not-cut-inside-its-brackets"),
        pytest.param("'Perilous route'\n\nAccording to UNICEF, the boat set out from the coastal district of Kayes, "
                     "where about a million refugees live in dire conditions in camps.", "boat set out", "UNICEF",
                     id="according-to-read-as-the-root-of-its-sentence"),
        pytest.param("Zambia's President Hakainde Mweemba in his first comments on the bill's passage, Monday said he "
                     "has not yet received it and the country will not backslide on its record.", "not yet received",
                     "Hakainde Mweemba", id="a-day-read-as-a-second-subject"),
        pytest.param("Minister of Agriculture Rohan Wijeratne reasoned that the government imposed the ban because of "
                     "health concerns.", "imposed the ban", "Rohan Wijeratne", id="reasoned-that"),
        pytest.param("According to a June survey, a majority of Icelanders are now in favour of dropping the hunt.",
                     "majority of Icelanders", "June survey", id="a-month-is-no-documents-owner"),
        pytest.param("According to an analysis of deforestation data from the Forest Watch Institute, Borneo has seen a "
                     "27% increase in forest loss.", "27% increase", "Forest Watch Institute",
                     id="a-documents-author-one-step-further"),
        pytest.param("According to the Spanish coastguard, a patrol boat found the dinghy drifting off the coast.",
                     "dinghy drifting", "Spanish coastguard", id="according-to-the-coastguard"),
        pytest.param("Quito broke off relations on Saturday. However, Gustavo Petro fired back, calling Morales' arrest "
                     "an \"outrageous act\" and \"a flagrant violation of international law.\"", "flagrant violation",
                     "Gustavo Petro", id="a-possessive-name-after-calling-is-the-objects-owner"),
        pytest.param("Wildlife groups and conservationists hailed the ban, with the Born Free Foundation calling it "
                     "\"a historic day for the seals\".", "historic day", "Born Free Foundation",
                     id="with-a-named-body-calling-it"),
        pytest.param("\"I have decided to close the fishery for the season,\" Minister of Food, Agriculture and Fisheries "
                     "Johanna Bergsdottir, said in a statement on Tuesday.", "close the fishery", "Johanna Bergsdottir",
                     id="the-person-after-a-portfolio-of-names"),
        pytest.param("Back then, the director of the city's tram network, Ernesto Salvatierra, said the line \"was "
                     "built with flaws that would never be fixed\", El Universal has reported.", "built with flaws",
                     "Ernesto Salvatierra", id="a-report-whose-verb-comes-last-relays-its-speaker"),
        pytest.param("While the clashes went on, the student protest organisers issued a statement saying that any "
                     "further escalation would be the government's responsibility.", "further escalation",
                     "student protest organisers", id="issued-a-statement-saying"),
        pytest.param("Environment Minister Gopal Varma has advocated for strict enforcement of the emergency plan, "
                     "urging all departments to work together.", "strict enforcement", "Gopal Varma",
                     id="advocated-for"),
    ],
)
def test_who_said_it_where_according_to_or_the_parse_would_mislead(nlp, text, piece, speaker):
    assert by_text(quotes_of(nlp, text), piece).speaker == speaker


def test_a_transcripts_stage_direction_is_nobodys_quote(nlp):
    text = ("Partial transcript as follows:\n\n\"HOST: Let us start with the news of the day, Governor.\n\n"
            "\"(CROSSTALK.)\n\n\"GUEST: We will win this state, and we will win it well.\"")
    quotes = quotes_of(nlp, text)
    assert quotes and not any("CROSSTALK" in q.text for q in quotes)


def test_a_quotation_inside_a_quotation_in_the_other_style_stays_inside():
    from mediabrief.extract.quotemarks import find_quoted_spans

    text = "\u201cHe told me \"no\" twice,\u201d she said."
    spans = find_quoted_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["He told me \"no\" twice,"]


def test_a_quoted_sentence_ending_a_report_makes_one_quote_with_it(nlp):
    text = (
        "Maria Lopez, a teacher in Miami, spoke at the rally. She added that most voters seem more anti-Trump "
        "than pro-Clinton, which is a problem because, \u201cIn the end, we don\u2019t vote against somebody. "
        "We vote for somebody.\u201d"
    )
    quote = by_text(quotes_of(nlp, text), "most voters seem more anti-Trump")
    assert quote.kind is QuoteKind.PARTIAL and "We vote for somebody." in quote.text
    assert quote.speaker == "Maria Lopez"


@pytest.mark.parametrize(
    ("text", "piece", "speaker", "speaker_type"),
    [
        ("Analysts say Kim might be looking for more than technical help in his weapons programs.",
         "more than technical help", "Analysts", SpeakerType.ANONYMOUS),
        ("The Associated Press reported that Putin greeted Kim with a handshake of about 40 seconds.",
         "handshake of about 40 seconds", "Associated Press", SpeakerType.MEDIA),
        ("Clinton’s van was supposed to be escorted by an NYPD detail, another source said.",
         "van was supposed to be escorted", "another source", SpeakerType.ANONYMOUS),
        ("Jong Dae Shin, a professor at the University of North Korean Studies in Seoul, warned that "
         "the strategy has served the regime.", "strategy has served the regime", "Jong Dae Shin", SpeakerType.EXPERT),
        ("Climate change, Mayor Lena Ortiz often says, is the greatest threat facing the city.",
         "greatest threat facing", "Lena Ortiz", SpeakerType.OFFICIAL),
        ("The plan, critics say, is a disaster for the harbour and its workers.",
         "disaster for the harbour", "critics", SpeakerType.ANONYMOUS),
        ("North Korea's Foreign Ministry accused Seoul of provocations. A ministry statement said the drills "
         "were a rehearsal for invasion.", "rehearsal for invasion", "North Korean Foreign Ministry", SpeakerType.OFFICIAL),
        ("Press reports said the ingredients for the bombs had come from abroad.",
         "ingredients for the bombs", "Press reports", SpeakerType.MEDIA),
        ("Foreign Minister Anna Berg expressed hope that the talks would resume before the end of the year.",
         "talks would resume", "Anna Berg", SpeakerType.OFFICIAL),
        ("The ruling was met with outrage by Lena Ortiz, who said the boy would suffer under the regime.",
         "boy would suffer", "Lena Ortiz", SpeakerType.OTHER),
        ("Since the boy is so young, Commissioner Doris Meissner said, his father has the right to speak for him.",
         "Since the boy is so young, Commissioner", "Doris Meissner", SpeakerType.OFFICIAL),
        ("For now, the State Department says, embassy employees can offer only emergency consular service.",
         "can offer only emergency", "State Department", SpeakerType.OFFICIAL),
        ("The minister, in a statement issued here, said that recent heavy rains, besides destroying standing crops, "
         "inflicted damages to 3,000 acres of land.", "inflicted damages", "minister", SpeakerType.OFFICIAL),
        ("Jane Roe addressed MPs following the vote to say that in the next four years, parliament's efforts would "
         "be put in enabling the full oversight of the executive.", "full oversight", "Jane Roe", SpeakerType.OTHER),
        ("Jane Roe appealed to the students to ensure the protest was peaceful.", "ensure the protest was peaceful",
         "Jane Roe", SpeakerType.OTHER),
        ("Minister Anna Berg advised employers nationwide to be prepared to grant salary increases.",
         "prepared to grant salary increases", "Anna Berg", SpeakerType.OFFICIAL),
        ("Mr Doe told the mining firms that Zambia was just coming from general elections last month.",
         "coming from general elections", "Doe", SpeakerType.OTHER),
        ("Two journalists as well as a lawyer were detained over the weekend, reported Reuters.",
         "detained over the weekend", "Reuters", SpeakerType.MEDIA),
        ("The federation's president was removed from his post on Thursday by a court, said the State Court of Justice.",
         "removed from his post", "State Court of Justice", SpeakerType.OFFICIAL),
    ],
)
def test_indirect_speech_patterns(nlp, text, piece, speaker, speaker_type):
    quote = by_text(quotes_of(nlp, text), piece)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.speaker == speaker
    assert quote.speaker_type is speaker_type


def test_scare_quotes_without_a_speaker_are_kept_unattributed(nlp):
    quotes = quotes_of(nlp, "The two states also agreed on what the paper calls a “comprehensive partnership”.")
    assert all(q.speaker is None or q.kind is not QuoteKind.DIRECT for q in quotes)
    quotes = quotes_of(nlp, "The so-called “bromance” between the leaders continued into the night.")
    assert [(q.kind, q.speaker) for q in quotes] == [(QuoteKind.PARTIAL, None)]


def test_the_author_is_never_a_source(nlp):
    text = (
        "Kim met Putin in Vladivostok, and the talks lasted four hours.\n\n"
        "I said then that the summit would change little, and Max S. Kim wrote that it was a showcase."
    )
    quotes = quotes_of(nlp, text, author="Max S. Kim")
    assert all(q.speaker not in ("Max S. Kim",) for q in quotes)
    assert not [q for q in quotes if "summit would change little" in q.text]


def test_gender_only_from_what_the_article_says(nlp):
    text = "Ms. Salmon told the council that people are dying. “It is a crisis,” she said."
    quotes = quotes_of(nlp, text)
    assert {q.speaker_gender for q in quotes if q.speaker == "Salmon"} == {Gender.FEMALE}
    text = "Jordan Lee told the council that people are dying of hunger in the north."
    assert {q.speaker_gender for q in quotes_of(nlp, text)} == {Gender.UNKNOWN}


def test_offsets_slice_the_quote_text(nlp):
    text = "“Now we want to develop the relationship,” Kim said, adding that ties reached a “new level”."
    doc = nlp(text)
    for quote in extract_quotes(doc, actors=list(extract_actors(doc, author=None)), author=None):
        assert text[quote.start : quote.end] == quote.text


def test_a_run_of_stray_marks_costs_no_quote(nlp):
    """The tokenizer is quadratic in a run of marks; the parse reads it blanked, and the quotes around it stay."""
    from mediabrief.extract.parsing import blank_traps

    text = 'Kim said: "We will strengthen our ties with Russia." ' + '"' * 5000 + ' Putin said, "They are welcome here."'
    doc = nlp(blank_traps(text))
    quotes = extract_quotes(doc, actors=list(extract_actors(doc, author=None)), author=None)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will strengthen our ties with Russia.", "Kim"), ("They are welcome here.", "Putin")]
    assert all(text[q.start : q.end] == q.text for q in quotes)


def test_cue_finding_on_a_hand_built_parse():
    """The attribution logic alone, on a parse no model update can change."""
    from mediabrief.engine.nlp import load_pipeline

    vocab = load_pipeline().vocab
    words = ["Analysts", "said", "the", "talks", "failed", "badly", "."]
    doc = Doc(
        vocab, words=words, heads=[1, 1, 3, 4, 1, 4, 1],
        deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "advmod", "punct"],
        pos=["NOUN", "VERB", "DET", "NOUN", "VERB", "ADV", "PUNCT"],
        lemmas=["analyst", "say", "the", "talk", "fail", "badly", "."],
    )
    cues = find_cues(doc, load_lexicon())
    assert [(c.token.text, c.speaker.text, c.content.text) for c in cues] == [
        ("said", "Analysts", "the talks failed badly")
    ]


def test_a_naming_verb_reports_the_quotation_not_its_object(nlp):
    text = ("Russian Foreign Minister Igor Ivanov calls extending NATO membership into Eastern Europe "
            "``a movement in the wrong direction.''")
    quotes = quotes_of(nlp, text)
    assert quotes and all("wrong direction" in q.text for q in quotes), [q.text for q in quotes]
    assert {q.speaker for q in quotes} == {"Igor Ivanov"}


def test_a_relative_clause_with_an_object_is_background_not_a_report(nlp):
    text = ("Kim purged many patriotic aides who voiced concerns for the nation and its starving people.")
    assert not [q for q in quotes_of(nlp, text) if "concerns for the nation" in q.text]


@pytest.mark.parametrize(
    ("clause", "object_only"),
    [
        ("Mayor Lena Ortiz demanded that the boy be returned to his father at once.",
         "Mayor Lena Ortiz demanded a recount of the votes in the third district."),
        ("Counsel Lena Ortiz submitted that the boy should be returned to his father at once.",
         "Counsel Lena Ortiz will submit the document to the court on Friday."),
        ("Mayor Lena Ortiz clarified that the boy would be returned to his father at once.",
         "Mayor Lena Ortiz clarified the matter for the third district."),
    ],
)
def test_a_clause_verb_reports_a_clause_but_not_an_object(nlp, clause, object_only):
    reported = quotes_of(nlp, clause)
    assert [q.speaker for q in reported if "returned to his father" in q.text] == ["Lena Ortiz"]
    assert not quotes_of(nlp, object_only)


def test_a_report_inside_a_report_is_the_outer_speakers(nlp):
    reported = quotes_of(nlp, "President Anna Berg said the government had asked for at least four more air defence batteries.")
    assert [(q.speaker, q.kind) for q in reported] == [("Anna Berg", QuoteKind.INDIRECT)]


def test_a_report_named_last_keeps_the_person_it_quotes(nlp):
    text = ("Foreign Ministry spokesman Karim Hadi said that the country condemns any attack on civilians, "
            "the official news agency IRNA reported.")
    assert {q.speaker for q in quotes_of(nlp, text)} >= {"Karim Hadi"}


def test_a_short_quoted_sentence_before_its_attribution_is_direct_and_where_it_was_said_is_no_report(nlp):
    text = ("The ministry dismissed the meeting. \u201cThese are theatrics,\u201d spokeswoman Maria Lind said on "
            "Telegram. She accused the West of prolonging the war.")
    reported = quotes_of(nlp, text)
    assert [(q.text, q.kind) for q in reported if "theatrics" in q.text] == [("These are theatrics,", QuoteKind.DIRECT)]
    assert not [q for q in reported if "Telegram" in q.text]


def test_a_second_report_joined_by_while_is_its_own(nlp):
    text = ("Exiles in Miami say the boy's mother died to give him freedom, while the government in Havana "
            "maintains the boy is being kept from his father.")
    speakers = {q.speaker for q in quotes_of(nlp, text) if "kept from his father" in q.text}
    assert speakers == {"government in Havana"}


def test_being_asked_is_not_saying(nlp):
    reported = quotes_of(nlp, "Asked about the leader's silence, Senator Jane Roe said she hoped he would come around.")
    assert [q.text for q in reported] == ["she hoped he would come around"]


def test_the_person_an_agency_quoted_as_saying_speaks(nlp):
    text = ("The official news agency on Tuesday quoted Kim Yo Jong, the sister of the leader, as saying the North "
            "would take \u201coverwhelming\u201d action.")
    assert {q.speaker for q in quotes_of(nlp, text)} == {"Kim Yo Jong"}


@pytest.mark.parametrize("text", [
    "The Joint Chiefs of Staff did not say what type of missile had been fired on Wednesday.",
    "Senator Jane Roe declined to say whether the foundation had broken any laws last year.",
    "It was unclear whether the judges in the bankruptcy cases would rule that the mines posed the same threat.",
    "If the minister says that taxes will rise, the markets will fall.",
])
def test_what_was_not_said_is_no_report(nlp, text):
    assert quotes_of(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Senator Jane Roe appealed the ruling to the high court on Monday.",
    "The bank advised the government on the sale of its shares last year.",
])
def test_asking_with_nothing_asked_is_no_report(nlp, text):
    assert quotes_of(nlp, text) == []


def test_failing_to_respond_to_something_is_no_report(nlp):
    text = "The council failed to respond to the complaints, residents said."
    assert [(q.speaker, q.text) for q in quotes_of(nlp, text)] == [("residents", "The council failed to respond to the complaints")]


def test_what_one_responds_to_is_no_report(nlp):
    text = "Finance Minister Ama Owusu was responding to the allegations made by trade minister Kofi Mensah."
    assert quotes_of(nlp, text) == []


def test_this_or_that_opening_a_report_recaps_the_sentence_before(nlp):
    text = ("WORK on upgrading the Kigali airport is now at its ten percent implementation stage.\n\nThat is according to "
            "the Permanent Secretary of the Ministry of Infrastructure Jean Mugabo during a radio show on Sunday.\n\nFlood "
            "damage in the district is estimated at 3 million dollars. This was disclosed by Finance Minister Grace Banda on "
            "Monday.")
    assert [(q.speaker, q.text) for q in quotes_of(nlp, text)] == [
        ("Jean Mugabo", "WORK on upgrading the Kigali airport is now at its ten percent implementation stage"),
        ("Grace Banda", "Flood damage in the district is estimated at 3 million dollars")]


def test_a_report_opening_the_article_starts_after_its_dateline(nlp):
    text = ("SEOUL, South Korea (AP) \u2014 North Korea fired a ballistic missile into the sea on Wednesday, "
            "South Korea's military said.")
    assert [q.text for q in quotes_of(nlp, text)] == ["North Korea fired a ballistic missile into the sea on Wednesday"]


def test_a_present_role_outranks_a_past_one(nlp):
    text = ("Former Secretary of State Hillary Clinton spoke in Ohio on Monday. The Democratic presidential "
            "nominee Hillary Clinton said the plan would work.")
    [quote] = quotes_of(nlp, text)
    assert (quote.speaker_role, quote.speaker_type) == ("Democratic presidential nominee", SpeakerType.OFFICIAL)
    [expert] = quotes_of(nlp, "Jane Roe, a former Treasury official, said the plan would not work at all.")
    assert expert.speaker_type is SpeakerType.EXPERT


@pytest.mark.parametrize(
    ("written", "blanked"),
    [
        ("Shell RDSa.L announced a deal.", "Shell        announced a deal."),
        ("Tesla (TSLA.O) said on Monday.", "Tesla          said on Monday."),
        ("Toyota 7203.T shares fell.", "Toyota        shares fell."),
        # what is no stock code stays
        ("the U.S. said", "the U.S. said"), ("a Ph.D student", "a Ph.D student"), ("He met J.P. Morgan", "He met J.P. Morgan"),
    ],
)
def test_a_wires_stock_code_is_blanked_before_the_parse(written, blanked):
    assert blank_stock_codes(written) == blanked


@pytest.mark.parametrize(
    ("written", "blanked"),
    [
        ("Nakool \u2018Fyah\u2019 Manohar told reporters", "Nakool        Manohar told reporters"),
        ("Timothy \u201cTim\u201d Orbos said", "Timothy       Orbos said"),
        ("Juan Miguel \u201cMigz\u201d F. Zubiri told", "Juan Miguel        F. Zubiri told"),  # an initial after it
        # a title in quotation marks after a common noun, or a quotation opening a sentence, stays
        ("the novel \u201cBeloved\u201d Monday", "the novel \u201cBeloved\u201d Monday"),
        ("He said \u201cYes\u201d to it", "He said \u201cYes\u201d to it"),
    ],
)
def test_a_nickname_inside_a_name_is_blanked_before_the_parse(written, blanked):
    assert blank_nicknames(written) == blanked


def test_a_name_read_across_its_blanked_nickname_speaks(nlp):
    text = blank_nicknames("Nakool \u2018Fyah\u2019 Manohar, of Number 43 Village, told Stabroek News yesterday "
                           "that the six masked pirates were armed with two guns.")
    doc = nlp(text)
    actors = tuple(extract_actors(doc, author=None))
    assert [q.speaker for q in extract_quotes(doc, actors=actors, author=None, posts=())] == ["Nakool Manohar"]


def test_a_company_before_its_stock_code_is_the_speaker(nlp):
    doc = nlp(blank_stock_codes("Shell RDSa.L announced that it would purchase African solar provider Daystar Power "
                                "in a bid to expand its renewables portfolio."))
    actors = tuple(extract_actors(doc, author=None))
    assert [q.speaker for q in extract_quotes(doc, actors=actors, author=None, posts=())] == ["Shell"]


@pytest.mark.parametrize(("text", "tail"), [
    ("He said out of the LKR 720 million (USD 40 million) to be received under the interim claim, LKR 420 million "
     "(USD 21,12,231) would be utilised to compensate the fishermen.", "would be utilised to compensate the fishermen"),
])
def test_one_clause_the_parse_split_in_two_is_one_report(nlp, text, tail):
    assert [q.text.endswith(tail) for q in quotes_of(nlp, text)] == [True]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("A passenger, Ali Nuhu, called for a downward revision of fuel prices to relieve Ghanaians from the high cost "
         "of living.", "called for a downward revision of fuel prices to relieve Ghanaians from the high cost of living"),
        ("President Emmanuel Macron pledged \"unwavering support\" to Moldova in the face of the Russian threat.",
         "pledged \"unwavering support\" to Moldova in the face of the Russian threat"),
        ("Prime Minister Jane Roe announced the new fuel pump price at a news conference in Harare.",
         "announced the new fuel pump price"),
        ("Treasurer Wayne Swan insists despite the problems affecting the economy there will still be a surplus in two "
         "years.", "despite the problems affecting the economy there will still be a surplus in two years"),
        ("Regional civil defence director Jorge Diaz told the AFP news agency that some 11 people could be missing.",
         "some 11 people could be missing"),
    ],
)
def test_a_report_runs_on_over_what_it_is_for_or_despite_but_not_where_it_was_said(nlp, text, reported):
    assert [q.text for q in quotes_of(nlp, text)] == [reported]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("A senior officer at the Ministry of Agriculture, seeking anonymity, concurred that trading of fertilisers via "
         "illegal channels has gone up.", "trading of fertilisers via illegal channels has gone up"),
        ("Prime Minister John Key reconfirmed that there would be changes to Working For Families in the budget.",
         "there would be changes to Working For Families in the budget"),
        ("Police prosecutors objected to bail due to the seriousness of the offence.",
         "objected to bail due to the seriousness of the offence"),
        ("Justice Weldon Korir ruled that due to the urgency of the matter, the case will be heard during the "
         "recess.", "due to the urgency of the matter, the case will be heard during the recess"),
        ("On Tuesday, the Labour Party called for elections to be held again.",
         "called for elections to be held again"),
    ],
)
def test_verbs_of_agreeing_confirming_and_objecting_report_speech(nlp, text, reported):
    assert [q.text for q in quotes_of(nlp, text)] == [reported]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        pytest.param("Mr. Owusu said out of the 400,000 voters the commission projected, it has registered 350,210.",
                     "out of the 400,000 voters the commission projected, it has registered 350,210",
                     id="out-of-a-number"),
        pytest.param("The union's general secretary said instead of hiring abroad, principals should fill the posts "
                     "with local teachers.",
                     "instead of hiring abroad, principals should fill the posts with local teachers", id="instead-of"),
        pytest.param("Commissioner Rolle said up to a few months ago, police believed they had solved most robberies.",
                     "up to a few months ago, police believed they had solved most robberies", id="up-to"),
    ],
)
def test_a_phrase_set_off_right_after_the_verb_opens_what_was_said(nlp, text, reported):
    assert [q.text for q in quotes_of(nlp, text)] == [reported]


@pytest.mark.parametrize("text", [
    "The minister said on Tuesday, the bridge would reopen within a month.",
    "The minister said to reporters, the bridge would reopen within a month.",
    "The minister said earlier, the bridge would reopen within a month.",
])
def test_where_when_or_to_whom_it_was_said_does_not_open_what_was_said(nlp, text):
    assert [q.text for q in quotes_of(nlp, text)] == ["the bridge would reopen within a month"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Police in the eastern district have arrested four suspects over the killing of a trader.\n\n"
                 "The police spokesperson in the district, Grace Okafor, disclosed this in a statement on Friday.",
                 ("Grace Okafor", "Police in the eastern district have arrested four suspects over the killing of a trader"),
                 id="disclosed-this-recaps-the-sentence-before"),
    pytest.param("The mission's spokesperson, Maria Santos, yesterday warned that the situation along the border is "
                 "\u201cextremely tense\u201d, Anadolu reported. Two soldiers were hurt.",
                 ("Maria Santos", "the situation along the border is \u201cextremely tense\u201d"),
                 id="a-report-an-agency-relays-is-the-inner-speakers"),
])
def test_a_recapped_or_relayed_report_is_its_own_speakers(nlp, text, expected):
    assert [(q.speaker, q.text) for q in quotes_of(nlp, text)] == [expected]


def test_this_recaps_nothing_when_the_sentence_before_is_a_report_or_this_opens_a_question(nlp):
    text = ("The mayor said the market would close for a week. She said this to reporters on Monday.\n\n"
            "He suggested asking yourself this: would you rather save or spend?")
    reported = [q.text for q in quotes_of(nlp, text)]
    assert reported.count("the market would close for a week") == 1
    assert not any("mayor said" in piece or "rather save" in piece for piece in reported)


def test_a_report_a_speaker_closes_with_told_stays_the_speakers(nlp):
    text = ("Police intelligence suggests that the assaults were reprisals \u201ccaused by a dispute between two "
            "groups,\u201d Chief Inspector Ali Hassan told the press last week.")
    assert {q.speaker for q in quotes_of(nlp, text)} == {"Ali Hassan"}


def test_outlining_that_something_is_so_reports_it(nlp):
    text = ("Rev Ger Nash outlined that the population has \u201cbecome hugely skewed\u201d within the diocese.\n\n"
            "\u201cAt one time we had 58 parishes across the county,\u201d he outlined.")
    assert [(q.speaker, q.text) for q in quotes_of(nlp, text)] == [
        ("Ger Nash", "the population has \u201cbecome hugely skewed\u201d within the diocese"),
        ("Ger Nash", "At one time we had 58 parishes across the county,")]


@pytest.mark.parametrize(("text", "reported"), [
    pytest.param("The network condemned the shelling of the camp, calling it an escalation of the violence.",
                 "calling it an escalation of the violence", id="calling-it"),
    pytest.param("The union questioned the timing of the decision, describing it as premature.",
                 "describing it as premature", id="describing-it-as"),
])
def test_a_participle_that_says_what_something_is_called_reports_it(nlp, text, reported):
    assert reported in [q.text for q in quotes_of(nlp, text)]


def test_a_participle_that_only_elaborates_reports_nothing_of_its_own(nlp):
    text = "\u201cWe will not pay,\u201d said Roe, referring to the ransom the hackers demanded."
    assert not any(q.text.startswith("referring") for q in quotes_of(nlp, text))


@pytest.mark.parametrize(("text", "quoted"), [
    pytest.param("Access Bank reported a decline in profit for the half year to June.", False,
                 id="a-change-in-a-figure-reported"),
    pytest.param("Toyota posted record sales and net profit for the fiscal year.", False, id="a-figure-posted"),
    pytest.param("This week the Crop Estimates Committee reported a significant decrease in maize production.", True,
                 id="a-finding-reported"),
])
def test_a_figure_reported_or_posted_is_no_speech(nlp, text, quoted):
    """`report` and `post` with a company's results as their object give a figure, not anyone's words; a
    committee reporting what it found speaks."""
    assert bool(quotes_of(nlp, text)) is quoted

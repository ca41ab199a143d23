"""Ingest rules: title, genre suffix, byline, dateline, captions, bio and furniture are not body."""

from __future__ import annotations

import pytest

from mediabrief.ingest.layout import find_layout, split_genre
from mediabrief.records import BoilerplateKind

BODY = (
    "The two leaders met in the Russian Far East and talked for four hours about weapons, "
    "satellites and food, according to officials who briefed reporters afterwards."
)


@pytest.mark.parametrize(
    ("title", "expected_title", "genre"),
    [
        ("Putin's Showcase For Kim – OpEd", "Putin's Showcase For Kim", "opinion"),
        ("Looking Beyond Arms Deal – Analysis", "Looking Beyond Arms Deal", "analysis"),
        ("What To Make of the Meeting? | Opinion", "What To Make of the Meeting?", "opinion"),
        ("Summit: five things we learned", "Summit: five things we learned", None),
        ("Kim-Putin talks end", "Kim-Putin talks end", None),
    ],
)
def test_genre_suffix_is_split_from_the_title(title, expected_title, genre):
    assert split_genre(title) == (expected_title, genre)


def kinds_of(text: str, author: str | None = None) -> dict[str, BoilerplateKind]:
    return {b.text: b.kind for b in find_layout(text, author=author).boilerplate}


def test_title_is_first_line_after_leading_furniture():
    layout = find_layout(f"Share\n\nSummit ends | Opinion\n\n{BODY}\n")
    assert layout.title == "Summit ends"
    assert layout.genre == "opinion"
    assert layout.body == BODY


def test_byline_and_dateline_in_the_header_are_not_body():
    text = f"Summit ends\n\nBy Kim Hyungjin\n\n15 Sep 2023 15:26 PM\n\n{BODY}\n"
    layout = find_layout(text)
    assert layout.byline == "Kim Hyungjin"
    assert layout.dateline == "15 Sep 2023 15:26 PM"
    assert layout.body == BODY


def test_photo_caption_with_credit_is_set_aside_anywhere():
    caption = "Kim shakes hands with Putin at the cosmodrome. Photograph: KCNA via KNS/AFP/Getty Images"
    text = f"Summit ends\n\n{BODY}\n\n{caption}\n\n{BODY}\n"
    assert kinds_of(text)[caption] is BoilerplateKind.CAPTION


def test_standalone_credit_takes_the_caption_above_it():
    caption = "Putin and Kim toast during a reception in Pyongyang on June 19, 2024."
    credit = "VLADIMIR SMIRNOV/POOL/AFP via Getty Images"
    kinds = kinds_of(f"Summit ends\n\n{BODY}\n\n{caption}\n\n{credit}\n\n{BODY}\n")
    assert kinds[credit] is BoilerplateKind.CREDIT
    assert kinds[caption] is BoilerplateKind.CAPTION


def test_author_bio_signature_and_footer_at_the_end_are_set_aside():
    tail = (
        "Max S. Kim\n\nMax S. Kim received his PhD in cognitive science from Brandeis University.\n\n"
        "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n"
    )
    layout = find_layout(f"Summit ends\n\n{BODY}\n\n{tail}", author="Max S. Kim")
    assert layout.body == BODY
    kinds = {b.kind for b in layout.boilerplate}
    assert {BoilerplateKind.BIO, BoilerplateKind.BYLINE, BoilerplateKind.FURNITURE} <= kinds


def test_publisher_footer_lines_are_set_aside():
    tail = "Samakal English\n\nEditor : Alamgir Hossain\n\nAddress: 387 Tejgaon Industrial Area, Dhaka\n"
    layout = find_layout(f"Summit ends\n\n{BODY}\n\n{tail}")
    assert layout.body == BODY


def test_short_heading_inside_the_body_is_kept():
    text = f"Summit ends\n\n{BODY}\n\nConcern over arms deal\n\n{BODY}\n"
    assert "Concern over arms deal" in find_layout(text).body


def test_body_segments_map_back_to_file_offsets():
    text = f"Summit ends\n\nBy Jane Roe\n\n{BODY}\n\n  {BODY}\n"
    layout = find_layout(text)
    for segment in layout.segments:
        piece = layout.body[segment.body_start : segment.body_start + segment.length]
        assert text[segment.file_start : segment.file_start + segment.length] == piece


# ---- furniture found by its shape and place, not by a seed's wording ----------------------------------

@pytest.mark.parametrize("label", ["Online Desk", "World News", "POLITICS", "Asia Pacific Desk"])
def test_a_section_label_in_the_header_is_furniture(label):
    kinds = kinds_of(f"Leaders meet in the east\n\n{label}\n\n{BODY}\n")
    assert kinds[label] is BoilerplateKind.FURNITURE


@pytest.mark.parametrize("line", ["Talks resume in Geneva", "Seven key takeaways", "March 2024", "By Jane Roe"])
def test_a_header_line_that_is_not_a_label_is_not_furniture(line):
    assert kinds_of(f"Leaders meet in the east\n\n{line}\n\n{BODY}\n").get(line) is not BoilerplateKind.FURNITURE


@pytest.mark.parametrize("credit", ["JOHN DOE/POOL/EPA via Getty Images", "Jane Roe/REUTERS", "STR/AFP",
                                    "Handout via KCNA"])
def test_a_photographers_credit_is_found_by_its_shape(credit):
    kinds = kinds_of(f"Leaders meet\n\n{BODY}\n\nThe two leaders toast at a reception.\n\n{credit}\n\n{BODY}\n")
    assert kinds[credit] is BoilerplateKind.CREDIT
    assert kinds["The two leaders toast at a reception."] is BoilerplateKind.CAPTION


@pytest.mark.parametrize("line", ["Russia/Ukraine talks resume after a pause", "He said he would go via Paris.",
                                  "Putin/Kim: The New Axis"])
def test_a_body_line_with_a_slash_is_not_a_credit(line):
    assert kinds_of(f"Leaders meet\n\n{BODY}\n\n{line}\n\n{BODY}\n").get(line) is not BoilerplateKind.CREDIT


def test_a_closing_sentence_that_reads_like_a_tagline_stays_in_the_body():
    closing = "The answer is the same as before."
    layout = find_layout(f"Leaders meet\n\n{BODY}\n\n{closing}\n")
    assert layout.body.endswith(closing)


def test_a_publishers_tagline_at_the_end_is_footer_by_its_place():
    layout = find_layout(f"Leaders meet\n\n{BODY}\n\nThe Herald is the voice of the north\n")
    assert {b.text: b.kind for b in layout.boilerplate}["The Herald is the voice of the north"] is BoilerplateKind.FOOTER


def test_a_file_that_opens_with_its_lead_paragraph_keeps_it():
    lead = ("BEIJING, November 1. /TASS/. Russia and North Korea, as two sovereign countries, have the right to decide "
            "how to develop bilateral relations as they please, stated Foreign Ministry Spokesman Lin Jian at a briefing.")
    layout = find_layout(f"{lead}\n\n{BODY}\n", title="China says Russia and North Korea may develop ties")
    assert layout.body.startswith("BEIJING, November 1.") and layout.title == ""


def test_a_lead_that_shares_the_short_titles_words_is_still_the_lead():
    lead = ("Malawi Ministry of Health on Wednesday confirmed at least 215 laboratory-confirmed cholera cases has been "
            "recorded since the latest outbreak on Feb. 12.")
    layout = find_layout(f"{lead}\n\n{BODY}\n", title="Malawi confirms 215 cholera cases")
    assert layout.body.startswith("Malawi Ministry of Health") and layout.title == ""


def test_a_short_lead_under_another_title_is_kept():
    layout = find_layout(f"The battle against the growing mumps outbreak has gone national.\n\n{BODY}\n",
                         title="Mumps response moves to the capital")
    assert layout.body.startswith("The battle against") and layout.title == ""


def test_a_lead_that_restates_the_title_at_greater_length_is_kept():
    lead = "Saint Agnes hospital in Eastwood, Pretoria, has been closed for a week after a fire on Friday."
    layout = find_layout(f"{lead}\n\n{BODY}\n", title="Saint Agnes hospital closed for a week after fire")
    assert layout.body.startswith("Saint Agnes hospital in Eastwood") and layout.title == ""


def test_a_first_sentence_like_the_metadata_title_is_the_title():
    headline = "China says Russia and North Korea have the right to develop ties as they please."
    layout = find_layout(f"{headline}\n\n{BODY}\n", title="China says Russia and North Korea have right to develop ties")
    assert layout.title.startswith("China says") and not layout.body.startswith("China says")


def test_a_lead_like_the_metadata_title_that_says_much_more_is_the_lead():
    lead = "Energy Minister Kwame Boateng has said that Ghana\u2019s fuel subsidy will not return if the government fails to raise revenue."
    title = "Fuel subsidy will not return if the government fails to raise revenue, says energy minister"
    layout = find_layout(f"{lead}\n\n{BODY}\n", title=title)
    assert layout.body.startswith("Energy Minister Kwame Boateng") and layout.title == ""


def test_a_lead_sentence_longer_than_headlines_run_opens_the_body_of_a_file_without_metadata():
    lead = ("Metro rail, which already runs on the northern section, will reach the city centre in November, "
            "the transport minister said on Thursday.")
    layout = find_layout(f"{lead}\n\n{BODY}\n")
    assert layout.title == "" and layout.body.startswith("Metro rail, which already runs")


def test_a_sentence_that_opens_a_file_without_metadata_is_still_its_title():
    layout = find_layout(f"Kim and Putin meet at a spaceport in the Russian Far East for talks on arms.\n\n{BODY}\n")
    assert layout.title.startswith("Kim and Putin meet")


def test_a_short_lead_telling_of_the_past_is_no_title_without_metadata():
    lead = "Lagos State Police Command has advised protesters to carry out their demonstrations in a peaceful manner."
    layout = find_layout(f"{lead}\n\n{BODY}\n")
    assert layout.title == "" and layout.body.startswith("Lagos State Police Command has advised")


def test_a_byline_opening_a_file_without_its_headline_is_no_title():
    layout = find_layout(f"By Haika Kimaro\n\n{BODY}\n")
    assert layout.title == "" and layout.byline == "Haika Kimaro"


def test_a_headline_in_capitals_ending_on_a_full_stop_is_still_the_title():
    headline = "Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics."
    layout = find_layout(f"{headline}\n\n{BODY}\n")
    assert layout.title.startswith("Stealth Over Health")


def test_a_wrapped_line_of_prose_in_title_case_goes_on_into_the_next():
    wrapped = ("The federal government has given the regulator up to September 25 to block 2.2\n"
               "million improperly registered SIM cards from telecom networks in the\n"
               "country.\n"
               "However, on Monday, the Minister of Communications, Dr. Isa Ali\n"
               "Ibrahim Pantami, said about 6.775 million of the cards had been\n"
               "correctly registered.\n")
    layout = find_layout(f"Title\n\n{wrapped}")
    assert "Dr. Isa Ali Ibrahim Pantami, said" in layout.body


def test_a_paragraph_a_caption_ran_into_stays_in_the_body():
    paragraph = ("Residents of the town protest over water. Picture: Supplied Pretoria - Ward 61 councillor Farid Esau "
                 "believes the shortage of water for four days was the result of foul play. Although supply was restored "
                 "on Sunday evening, Esau said it was mind-boggling that the municipality had cut the supply by 80%.")
    layout = find_layout(f"Water cut\n\n{paragraph}\n\n{BODY}\n")
    assert "Esau said it was mind-boggling" in layout.body


def test_a_last_sentence_with_the_agencys_credit_after_it_stays_in_the_body():
    layout = find_layout(f"Summit ends\n\n{BODY}\n\nThe minister said the strike would begin with the night shift. \u2013 Sapa\n")
    assert "the strike would begin with the night shift" in layout.body


def test_a_wire_credit_line_is_set_aside_but_a_sentence_about_reporting_is_not():
    kinds = kinds_of(f"Summit ends\n\n{BODY}\n\n(Reporting by Nidal Almughrabi, writing by Jaidaa Taha; Editing by Ros Russell)\n\n"
                     f"Reporting by the agency showed a rise in cases.\n")
    assert kinds.get("(Reporting by Nidal Almughrabi, writing by Jaidaa Taha; Editing by Ros Russell)") is BoilerplateKind.CREDIT
    assert "Reporting by the agency showed a rise in cases." not in kinds

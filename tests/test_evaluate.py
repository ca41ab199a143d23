"""The scoring rules of tests/data/EVAL-README.md on small hand-made gold and prediction tables (no NLP)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from mediabrief.errors import InputError
from mediabrief.evaluate import EvaluationReport, GoldCounts, score_tables
from mediabrief.evaluate.baseline import MISSING_TEXTACY, check_baseline, textacy_quote_rows
from mediabrief.evaluate.figures import F1, Ratio, Scores
from mediabrief.evaluate.gold import Gold, GoldArticle, GoldDate, GoldPerson, GoldQuote, gold_set_name, load_gold
from mediabrief.evaluate.matching import normalise_speaker, normalise_text, quote_matches
from mediabrief.evaluate.scoring import annotated_metrics, score_quote_table, speaker_is_right, speaker_is_scored
from mediabrief.records import Anchor, Article

A, B = "a.txt", "b.txt"


def tables(quotes: list[dict] = (), actors: list[dict] = (), dates: list[dict] = ()) -> SimpleNamespace:
    """Prediction tables with only the columns a test is about (the scorer adds the others)."""
    return SimpleNamespace(quotes=pd.DataFrame(list(quotes)), actors=pd.DataFrame(list(actors)),
                           dates=pd.DataFrame(list(dates)))


def quote(article: str, text: str, speaker: str | None = None) -> dict:
    return {"article_id": article, "text": text, "speaker": speaker}


def person(article: str, actor: str, aliases: str = "", type_: str = "person") -> dict:
    return {"article_id": article, "actor": actor, "type": type_, "aliases": aliases}


def date(article: str, text: str, value: str, kind: str = "date") -> dict:
    return {"article_id": article, "text": text, "value": value, "kind": kind}


def gold(*articles: GoldArticle, pairs: tuple = (), authors: tuple = ()) -> Gold:
    return Gold(name="test", articles=articles, must_not_merge=pairs, authors=authors)


KIM = GoldQuote("Now we want to further develop the relationship", "Kim Jong Un", ("Kim Jong-un", "Kim"))


# --- normalisation and the match rule -----------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("\u201cThat\u2019s exactly why we came here,\u201d", "that's exactly why we came here"),
    ("  Several \n  spaces\there ", "several spaces here"),
    ("pre\u2014war \u2013 now", "pre-war - now"),
    ("\uff26\uff55\uff4c\uff4c width", "full width"),  # NFKC
    ("'sacred fight'.", "sacred fight"),
    (None, ""),
])
def test_normalise_text(raw: str | None, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(("match", "predicted", "expected"), [
    ("sacred fight", "Kim called it a sacred fight against the West", True),  # match inside prediction
    ("sacred fight", "a sacred war", False),
    ("\u201cThat\u2019s exactly why we came here\u201d", "That's exactly why we came here, he said", True),
    ("that Hillary Clinton's team avoided taking her", "Hillary Clinton's team avoided taking her to", True),
    ("to deal with it appropriately", "deal with it appropriately", True),
    ("whether the deal would hold", "the deal would hold", True),
    ("after the debat", "his mic the morning after the debate", True),  # PolNeAR cuts words: plain substring
    ("No nation on the planet should be helping", "no nation on", True),  # 3-word prediction inside match
    ("No nation on the planet should be helping", "no nation", False),  # 2 words are too few
    ("Kim seeks international recognition abroad", "Kim seeks recognition international today", True),  # 4/5
    ("Kim seeks international recognition abroad", "Kim seeks recognition", False),  # 3 of 5 words, not a run
    ("Kim seeks international recognition abroad", "Kim recognition and more", False),  # 2/5
    ("the cat sat", "cat sat the dog", False),  # 3-word match: no overlap rule
    ("sacred fight", "", False),
])
def test_quote_match_rule(match: str, predicted: str, expected: bool) -> None:
    assert quote_matches(normalise_text(match), normalise_text(predicted)) is expected


def test_eighty_percent_is_enough_and_below_is_not() -> None:
    match = normalise_text("one two three four five six seven eight nine ten")
    assert quote_matches(match, "ten nine eight seven six five four three zzz yyy")  # 8 of 10
    assert not quote_matches(match, "ten nine eight seven six five four zzz yyy xxx")  # 7 of 10


@pytest.mark.parametrize(("raw", "expected"), [
    ("Mr. Putin", "putin"),
    ("Mr Putin", "putin"),
    ("Mrs Clinton", "clinton"),
    ("Ms. Kamikawa", "kamikawa"),
    ("Dr. Cha", "cha"),
    ("Prof Shin", "shin"),
    ("President Vladimir Putin", "vladimirputin"),
    ("the US", "us"),
    ("U.S.", "us"),
    ("Kim Jong-un", "kimjongun"),
    ("KIM JONG UN", "kimjongun"),
    ("Kim Yo-Jong", "kimyojong"),
    ("Theresa May", "theresamay"),  # 'the' only as a whole word
    ("The", "the"),  # a title alone is kept
    ("Rahim Khan, Zareef Khan and Bahawal Khan", "rahimkhanzareefkhanbahawalkhan"),
    ("Rahim Khan and Zareef Khan and Bahawal Khan", "rahimkhanzareefkhanbahawalkhan"),  # one group, as written
])
def test_normalise_speaker(raw: str, expected: str) -> None:
    assert normalise_speaker(raw) == expected


@pytest.mark.parametrize(("predicted", "expected"), [
    ("Kim Jong Un", True), ("kim jong-un", True), ("Mr. Kim", True), ("Kim", True),
    ("Kim Yo-jong", False), ("Putin", False), (None, False), ("", False),
])
def test_strict_speaker(predicted: str | None, expected: bool) -> None:
    assert speaker_is_right(KIM, predicted) is expected


@pytest.mark.parametrize(("gold_speaker", "predicted", "expected"), [
    ("Obama", "Barack Obama", True),  # the article gave one name; the corpus gave the full one
    ("Mr. Obama", "Barack Obama", True),
    ("Obama", "Barack Obama and Hillary Clinton", False),
    ("Obama", "Michelle Obamas", False),
    ("lawyers", "Yesterday lawyers", False),  # a description's head is no name
    ("Opposition", "combined Opposition", False),
    ("Barack Obama", "Michelle Obama", False),
])
def test_a_bare_gold_name_is_met_by_its_full_form(gold_speaker: str, predicted: str, expected: bool) -> None:
    assert speaker_is_right(GoldQuote("we will win", gold_speaker), predicted) is expected


@pytest.mark.parametrize(("gold_speaker", "predicted", "scored", "right"), [
    ("longtime Democratic pollster Pat Caddell", "Caddell", True, True),
    ("Mr. Clarke", "David Clarke", True, True),
    ("Clinton\u2019s campaign", "Hillary Clinton", True, True),
    ("The New York Post", "New York Post", True, True),
    ("President Obama", "President Trump", True, False),  # titles are not names
    ("Caddell", "Pat Smith", True, False),
    ("he", "Donald Trump", False, False),
    ("She", "Hillary Clinton", False, False),  # capitalised pronoun is no name
    ("the source", "the source", False, False),
    (None, "anyone", False, False),
])
def test_loose_speaker(gold_speaker: str | None, predicted: str, scored: bool, right: bool) -> None:
    loose = GoldQuote("some words", gold_speaker, speaker_loose=True)
    assert speaker_is_scored(loose) is scored
    assert speaker_is_right(loose, predicted) is right


# --- quote metrics ------------------------------------------------------------------------------

OPTIONAL = GoldQuote("gratefully accepted", "Vladimir Putin", ("Putin",), optional=True)
KIRBY = GoldQuote("deal with it appropriately", "John Kirby", ("Kirby",))
QUOTES_GOLD = gold(GoldArticle(A, None, quotes=(KIM, OPTIONAL, KIRBY)))


def test_optional_quote_is_never_missed_but_counts_when_found() -> None:
    only_required = score_tables(QUOTES_GOLD, tables([quote(A, KIM.match, "Kim"), quote(A, KIRBY.match, "Kirby")]))
    assert only_required.quote_recall == Ratio(2, 2)
    found_optional = score_tables(QUOTES_GOLD, tables([quote(A, "it was gratefully accepted", "Putin")]))
    assert found_optional.quote_recall == Ratio(0, 2)
    assert found_optional.quote_precision == Ratio(1, 1)


def test_precision_attribution_and_attributed_recall() -> None:
    predicted = [
        quote(A, KIM.match, "Mr Kim"),  # matched, right speaker
        quote(A, KIRBY.match, "Antony Blinken"),  # matched, wrong speaker
        quote(A, "nothing the gold knows about", "Kim"),  # no match
    ]
    scores = score_tables(QUOTES_GOLD, tables(predicted))
    assert scores.quote_recall == Ratio(2, 2)
    assert scores.quote_precision == Ratio(2, 3)
    assert scores.attribution_accuracy == Ratio(1, 2)
    assert scores.attributed_quote_recall == Ratio(1, 2)


def test_a_gold_quote_matched_twice_is_right_if_either_speaker_is() -> None:
    predicted = [quote(A, KIRBY.match, "a spokesman"), quote(A, "he would deal with it appropriately", "Kirby")]
    assert score_tables(QUOTES_GOLD, tables(predicted)).attribution_accuracy == Ratio(1, 1)


def test_unscorable_speakers_are_left_out_of_attribution() -> None:
    pronoun = GoldQuote("the campaign decided to change course", "he", speaker_loose=True)
    nobody = GoldQuote("mutual military assistance", None)
    named = GoldQuote("the health issue overall is very much a", "Caddell", speaker_loose=True)
    g = gold(GoldArticle(A, None, quotes=(pronoun, nobody, named)))
    predicted = [quote(A, pronoun.match, "Trump"), quote(A, nobody.match, "Putin"), quote(A, named.match, "Pat Caddell")]
    scores = score_tables(g, tables(predicted))
    assert scores.quote_recall == Ratio(3, 3)
    assert scores.attribution_accuracy == Ratio(1, 1)
    assert scores.attributed_quote_recall == Ratio(1, 1)


def test_speaker_f1_counts_sets_per_article_and_ignores_optional_speakers() -> None:
    predicted = [
        quote(A, "x", "Kim"), quote(A, "y", "Kim Jong-un"),  # both hit the one gold speaker Kim Jong Un
        quote(A, "z", "Putin"),  # speaker of an optional quote only: neither hit nor error
        quote(A, "w", "Antony Blinken"),  # error
        quote(B, "v", "John Kirby"),  # right name, wrong article: error there
    ]
    g = gold(GoldArticle(A, None, quotes=(KIM, OPTIONAL, KIRBY)), GoldArticle(B, None, quotes=()))
    assert score_tables(g, tables(predicted)).speaker_f1 == F1(predicted_hits=2, predicted=4, gold_hits=1, gold=2)


def test_loose_speakers_sharing_a_name_are_one_speaker() -> None:
    loose = [GoldQuote(f"words number {i}", s, speaker_loose=True)
             for i, s in enumerate(["Trump", "Donald Trump", "Mr. Trump", "he", "Sanders"])]
    g = gold(GoldArticle(A, None, quotes=tuple(loose)))
    assert score_tables(g, tables([quote(A, "x", "Donald J. Trump")])).speaker_f1 == F1(1, 1, 1, 2)


def test_authors_quoted() -> None:
    g = gold(GoldArticle(A, None, quotes=(KIM,)), authors=("Max S. Kim",))
    predicted = [quote(A, "a", "Max S. Kim"), quote(A, "b", "max s kim"), quote(A, "c", "Kim")]
    assert score_tables(g, tables(predicted)).authors_quoted.value == 2


def test_predictions_for_articles_outside_the_gold_are_ignored() -> None:
    scores = score_tables(QUOTES_GOLD, tables([quote(A, KIM.match, "Kim"), quote("other.txt", "anything", "X")]))
    assert scores.quote_precision == Ratio(1, 1)


# --- people and merging -------------------------------------------------------------------------


def test_people_f1_excludes_authors_and_never_faults_optional_people() -> None:
    people = (GoldPerson("Vladimir Putin", ("Putin", "Mr Putin")), GoldPerson("Kim Jong Un", ("Kim",)),
              GoldPerson("Yoon Suk Yeol", ("Yoon",), optional=True))
    g = gold(GoldArticle(A, None, people=people), authors=("Max S. Kim",))
    predicted = [
        person(A, "Mr. Putin"),  # hit through an alias and the title rule
        person(A, "Max S. Kim"),  # the author: neither hit nor error
        person(A, "Yoon Suk Yeol"),  # optional: no error
        person(A, "Bob Smith"),  # error
        person(A, "Russia", type_="country"),  # not a person: not scored
    ]
    assert score_tables(g, tables(actors=predicted)).people_f1 == F1(1, 2, 1, 2)


@pytest.mark.parametrize(("actors", "violations"), [
    ([person(A, "Kim Jong Un", "Kim|Kim Jong Un|Kim Jong-Il")], 1),  # alias, hyphen and case ignored
    ([person(A, "Kim Jong-il", "Kim Jong Un|Kim Yo-jong")], 2),  # canonical name + aliases: two pairs
    ([person(A, "Kim Jong Un", "Kim"), person(A, "Kim Jong-il", "Kim")], 0),  # apart: fine
    ([person(A, "Kim Jong Un"), person(B, "Kim Jong-il")], 0),
])
def test_must_not_merge(actors: list[dict], violations: int) -> None:
    g = gold(GoldArticle(A, None), GoldArticle(B, None),
             pairs=(("Kim Jong-il", "Kim Jong Un"), ("Kim Yo-jong", "Kim Jong Un")))
    assert score_tables(g, tables(actors=actors)).must_not_merge_violations.value == violations


# --- dates --------------------------------------------------------------------------------------


def test_date_recall_value_accuracy_and_precision() -> None:
    dates = (GoldDate("last weekend", ("2023-W36-WE", "2023-09-09")), GoldDate("November last year", ("2022-11",)),
             GoldDate("late 2011", ("2011",)), GoldDate("15 Sep 2023", ("2023-09-15",), optional=True))
    g = gold(GoldArticle(A, None, dates=dates))
    predicted = [
        date(A, "last weekend", "2023-09-09"),  # found, right value
        date(A, "November", "2023-11"),  # inside the gold text: found, wrong value
        date(A, "15 Sep 2023", "2023-09-15"),  # optional: correct, never missed
        date(A, "Tuesday", "2023-09-12"),  # error
        date(A, "two weeks", "P2W", kind="duration"),  # not a date: not scored
    ]
    scores = score_tables(g, tables(dates=predicted))
    assert scores.date_recall == Ratio(2, 3)
    assert scores.date_value_accuracy == Ratio(1, 3)
    assert scores.date_precision == Ratio(3, 4)


# --- n/a, the report, the gold file -------------------------------------------------------------


def test_metrics_the_gold_does_not_annotate_are_none() -> None:
    scores = score_tables(QUOTES_GOLD, tables())
    assert scores.quote_recall == Ratio(0, 2)
    assert scores.people_f1 is None and scores.date_recall is None and scores.must_not_merge_violations is None
    assert annotated_metrics(gold(GoldArticle(A, None))) == frozenset()


def test_report_shows_na_and_not_attempted() -> None:
    g = gold(GoldArticle(A, None, quotes=(KIM,), dates=(GoldDate("2019", ("2019",)),)))
    tool = score_tables(g, tables([quote(A, KIM.match, "Kim")]))
    report = EvaluationReport(gold_set="test", gold_file="test.json", counts=GoldCounts.of(g),
                              annotated=annotated_metrics(g), tool=tool, articles_scored=1, baseline_name="textacy",
                              baseline=score_quote_table(g, pd.DataFrame()), notes=("textacy failed on 0 of 1 articles",))
    rows = {line.split("  ")[0]: line for line in report.to_text().splitlines()}
    assert rows["quote recall"].split()[2:] == ["1.000", "(1/1)", "0.000", "(0/1)"]
    assert rows["people F1"].split()[2:] == ["n/a", "n/a"]
    assert rows["date recall"].split()[2:] == ["0.000", "(0/1)", "-"]
    data = json.loads(json.dumps(report.to_dict()))
    assert data["systems"]["mediabrief"]["people_f1"] == {"value": None, "status": "not annotated"}
    assert data["systems"]["textacy"]["date_recall"] == {"value": None, "status": "not attempted"}
    assert data["systems"]["mediabrief"]["quote_recall"] == {"value": 1.0, "hits": 1, "total": 1}


def test_scores_figures_are_plain_numbers() -> None:
    assert Scores(quote_recall=Ratio(1, 4)).figures()["quote_recall"] == 0.25
    assert Scores().figures()["people_f1"] is None


@pytest.mark.parametrize(("content", "problem"), [
    ("{not json", "not JSON"),
    ('{"schema": "gold/2", "articles": []}', "'schema'"),
    ('{"schema": "gold/1"}', "articles is missing"),
    ('{"schema": "gold/1", "articles": [{"file": "a.txt", "quotes": [{"speaker": "X"}]}]}',
     "articles[0].quotes[0].match"),
    ('{"schema": "gold/1", "articles": [{"file": "a.txt", "dates": [{"text": "2019", "values": []}]}]}',
     "articles[0].dates[0].values"),
    ('{"schema": "gold/1", "articles": [], "must_not_merge": [["only one"]]}', "must_not_merge[0]"),
    ('{"schema": "gold/1", "articles": [{"file": "a.txt"}, {"file": "a.txt"}]}', "listed twice"),
])
def test_bad_gold_file_names_file_and_problem(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "broken-gold.json"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError) as error:
        load_gold(path)
    assert "broken-gold.json" in str(error.value) and problem in str(error.value)


def test_gold_is_loaded_into_records(tmp_path: Path) -> None:
    path = tmp_path / "mini-gold.json"
    path.write_text(json.dumps({"schema": "gold/1", "articles": [{"file": "a.txt", "published": "2023-09", "quotes": [
        {"match": "m", "speaker": None, "kind": "partial", "optional": True, "note": "extra keys are fine"}]}],
        "authors_are_not_quoted_sources": ["Max S. Kim"]}), "utf-8")
    loaded = load_gold(path)
    assert loaded.name == "mini"
    assert loaded.articles[0].quotes[0] == GoldQuote("m", None, kind="partial", optional=True)
    assert loaded.authors == ("Max S. Kim",)


@pytest.mark.parametrize(("path", "name"), [
    ("tests/data/seeds-gold.json", "seeds"), ("tests/data/polnear-dev/gold.json", "polnear-dev"),
])
def test_gold_set_name(path: str, name: str) -> None:
    assert gold_set_name(Path(path)) == name


# --- the textacy baseline, without textacy or spaCy ---------------------------------------------


def _article(name: str) -> Article:
    return Article(article_id=name, path=Path(name), text="", segments=(), title="", outlet="o",
                   author=None, published=None, published_source=Anchor.NONE, genre=None, url=None, encoding="utf-8")


def test_textacy_failures_are_counted_per_article() -> None:
    token = SimpleNamespace(i=0, text_with_ws="Kirby ")
    content = SimpleNamespace(text="\u201cNo nation should help,\u201d", start_char=10, end_char=35)

    def fake_direct_quotations(doc: str) -> list:
        if doc == "odd":
            raise ValueError("3 quotation marks found, indicating an unclosed quotation")
        return [([token], [], content)]

    rows, failures = textacy_quote_rows([("ok", _article(A)), ("odd", _article(B))], fake_direct_quotations)
    assert [(r["article_id"], r["speaker"], r["text"], r["start"], r["end"]) for r in rows] == [
        (A, "Kirby", content.text, 10, 35)]
    assert failures == [f"{B}: 3 quotation marks found, indicating an unclosed quotation"]


def test_missing_textacy_is_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "textacy.extract.triples", None)  # import now raises ImportError
    with pytest.raises(InputError, match="make eval installs it") as error:
        check_baseline("textacy")
    assert str(error.value) == MISSING_TEXTACY


def test_unknown_baseline_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown baseline"):
        check_baseline("stanza")


def test_misses_are_grouped_by_how_the_text_refers_to_the_speaker() -> None:
    named = GoldQuote("we will deal with it", "John Kirby", ("Kirby",), mention="name")
    described = GoldQuote("the talks went well", "Dmitry Peskov", mention="description")
    pronoun = GoldQuote("he will come back", "Dmitry Peskov", mention="pronoun")
    unfound = GoldQuote("nobody found this one", "John Kirby", mention="pronoun")
    article_gold = gold(GoldArticle(A, None, quotes=(named, described, pronoun, unfound)))
    predicted = [quote(A, named.match, "Kirby"), quote(A, described.match, "Kremlin spokesman"),
                 quote(A, pronoun.match, None)]
    misses = {t.kind: t for t in score_tables(article_gold, tables(predicted)).misses}
    assert [misses["name"].right, misses["name"].wrong] == [1, 0]
    assert misses["description"].wrong == 1 and "Kremlin spokesman" in misses["description"].examples[0]
    assert [misses["pronoun"].unattributed, misses["pronoun"].missed, misses["pronoun"].quotes] == [1, 1, 2]


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [("he", "pronoun"), ("the newspaper", "description"), ("Mr. Trump", "name"), ("sources", "description")],
)
def test_a_loose_gold_speaker_span_says_its_own_mention_kind(speaker: str, expected: str) -> None:
    from mediabrief.evaluate.misses import mention_kind

    assert mention_kind(GoldQuote("x", speaker, speaker_loose=True)) == expected


def test_an_unknown_mention_kind_is_a_schema_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"schema": "gold/1", "articles": [
        {"file": "a.txt", "quotes": [{"match": "x", "speaker": "Y", "mention": "telepathy"}]}]}), "utf-8")
    with pytest.raises(InputError, match="mention is 'telepathy'"):
        load_gold(path)


@pytest.mark.parametrize(("gold_speaker", "predicted", "right"), [
    ("India's Ministry of Commerce and Industry", "Indian Ministry of Commerce and Industry", True),
    ("Ghana\u2019s ministry of sports", "Ghanaian ministry of sports", True),
    ("India's Ministry of Commerce and Industry", "India's Ministry of Commerce and Industry", True),
    ("India's Ministry of Commerce and Industry", "Pakistani Ministry of Commerce and Industry", False),
    ("Chen Chu's campaign office", "Chen campaign office", False),  # a person's possessive is no country's
])
def test_a_body_named_by_its_countrys_possessive_is_the_one_its_adjective_names(gold_speaker: str, predicted: str,
                                                                                right: bool) -> None:
    assert speaker_is_right(GoldQuote("some words", gold_speaker), predicted) is right

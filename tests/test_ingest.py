"""Reading a folder: encodings, metadata.csv, and files that cannot be used."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediabrief.errors import InputError
from mediabrief.ingest.corpus import load_corpus
from mediabrief.records import Anchor

from .conftest import SEEDS

BODY = (
    "The two leaders met in the Russian Far East and talked for four hours about weapons, "
    "satellites and food, according to officials who briefed reporters afterwards.\n"
)


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_metadata_wins_over_the_text(tmp_path):
    write(tmp_path, "a.txt", f"Text title – Analysis\n\nBy Jane Roe\n\n{BODY}")
    write(tmp_path, "metadata.csv", "file,title,outlet,author,published,genre,url\n"
          "a.txt,CSV title,Outlet A,John Doe,2023-09,news,\n")
    article = load_corpus([tmp_path]).articles[0]
    assert (article.title, article.outlet, article.author, article.genre) == ("CSV title", "Outlet A", "John Doe", "news")
    assert article.published == "2023-09" and article.published_source is Anchor.PUBLISHED


def test_without_metadata_the_text_gives_title_genre_byline_and_dateline(tmp_path):
    write(tmp_path, "outlet_story.txt", f"Text title – Analysis\n\nBy Jane Roe\n\n15 Sep 2023 15:26 PM\n\n{BODY}")
    article = load_corpus([tmp_path]).articles[0]
    assert (article.title, article.genre, article.author) == ("Text title", "analysis", "Jane Roe")
    assert article.published == "2023-09-15" and article.published_source is Anchor.DATELINE
    assert article.outlet == "outlet"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n\t \n", "only white space"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, "binary file"),
        ("title-only.txt", b"Just a title\n", "no article body"),
        ("picture.png", b"\x89PNG\r\n\x1a\n", "not an article file"),
        ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" * 5, "a PDF file"),
        ("german.txt", ("Gipfel\n\n" + "Der Gipfel zwischen Putin und Kim fand am Mittwoch statt, sagten "
                        "die Analysten in Seoul, und Nordkorea könnte Waffen liefern. " * 4).encode(), "not English"),
        ("huge.txt", b"Title\n\n" + b"The envoy met the minister again. " * 600_000, "too large"),  # 20 MB
    ],
)
def test_unusable_files_are_skipped_with_a_reason_and_the_rest_goes_through(tmp_path, name, data, reason):
    write(tmp_path, "good.txt", f"Title\n\n{BODY}")
    write(tmp_path, name, data)
    corpus = load_corpus([tmp_path])
    assert [a.article_id for a in corpus.articles] == ["good.txt"]
    assert [s.path.name for s in corpus.skipped] == [name]
    assert reason in corpus.skipped[0].reason


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16"])
def test_other_encodings_are_decoded_and_named(tmp_path, encoding):
    text = f"Café société - Analysis\n\n{BODY}Señor Müller said the naïve façade had cracked.\n"
    write(tmp_path, "a.txt", text.encode(encoding))
    article = load_corpus([tmp_path]).articles[0]
    assert article.title == "Café société"
    assert "Señor Müller" in article.body
    assert encoding != "latin-1" or article.notes


def test_mojibake_is_repaired_and_said(tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[0]
    original = seed.read_text("utf-8")
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy code pages a careless export uses)

    garbled = original.encode("utf-8").decode("sloppy-windows-1252")
    assert "\u2019" in original and "\u00e2\u20ac\u2122" in garbled
    write(tmp_path, seed.name, garbled.encode("utf-8"))
    write(tmp_path, "clean.txt", f"Café société - Analysis\n\n{BODY}Señor Müller said “no”.\n".encode())
    articles = {a.article_id: a for a in load_corpus([tmp_path]).articles}
    repaired = articles[seed.name]
    assert repaired.body == load_corpus([seed]).articles[0].body
    assert any("repaired mojibake" in note and "windows-1252" in note for note in repaired.notes)
    assert not any("mojibake" in note for note in articles["clean.txt"].notes)


def test_metadata_problems_are_warnings_not_failures(tmp_path):
    write(tmp_path, "a.txt", f"Title\n\n{BODY}")
    write(tmp_path, "metadata.csv", "\ufefffile,outlet,published,extra\n"
          "a.txt,Outlet A,15/09/2023,x\na.txt,Outlet B,2023,y\nmissing.txt,Outlet C,2023,z\n")
    corpus = load_corpus([tmp_path])
    article = corpus.articles[0]
    assert article.outlet == "Outlet A" and article.published is None
    text = " ".join(corpus.warnings)
    assert "15/09/2023" in text and "second row for a.txt" in text and "missing.txt" in text


def test_a_folder_without_usable_articles_is_an_input_error(tmp_path):
    write(tmp_path, "empty.txt", b"")
    with pytest.raises(InputError, match="no usable article"):
        load_corpus([tmp_path])


def test_a_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        load_corpus([tmp_path / "nowhere"])


@pytest.mark.parametrize("name", ["with spaces.txt", "Ünïcödé café.txt", "-leading-dash.txt"])
def test_odd_file_names_are_read(tmp_path, name):
    write(tmp_path, name, f"Title\n\n{BODY}")
    assert [a.article_id for a in load_corpus([tmp_path]).articles] == [name]


def test_an_article_made_only_of_quotes_is_an_article(tmp_path):
    quoted = "“We will not sell weapons to anyone, and we will keep our promises to our allies,” he said. " * 3
    write(tmp_path, "quotes.txt", f"Title\n\n{quoted}\n")
    assert load_corpus([tmp_path]).articles[0].body.startswith("“We will not")


def test_five_thousand_one_line_files_are_each_skipped_and_the_good_one_kept(tmp_path):
    for number in range(5000):
        write(tmp_path, f"line{number:04d}.txt", f"Headline number {number}\n")
    write(tmp_path, "good.txt", f"Title\n\n{BODY}")
    corpus = load_corpus([tmp_path])
    assert [a.article_id for a in corpus.articles] == ["good.txt"]
    assert len(corpus.skipped) == 5000 and all("no article body" in s.reason for s in corpus.skipped)


def test_many_skipped_files_are_summarised_by_reason_in_the_briefing():
    import pandas as pd

    from mediabrief.briefing.structure import skipped_rows

    frame = pd.DataFrame({"file": [f"f{i}.txt" for i in range(300)] + ["x.pdf"],
                          "reason": ["no article body"] * 300 + ["a PDF file"]})
    rows = skipped_rows(frame)
    assert rows[0] == {"file": "300 files, e.g. f0.txt, f1.txt, f2.txt", "reason": "no article body"}
    assert rows[1]["reason"] == "a PDF file" and len(rows) == 2


def test_an_empty_or_binary_metadata_csv_is_a_warning(tmp_path):
    write(tmp_path, "a.txt", f"Title\n\n{BODY}")
    write(tmp_path, "metadata.csv", b"")
    corpus = load_corpus([tmp_path])
    assert len(corpus.articles) == 1 and "metadata.csv: cannot be used" in " ".join(corpus.warnings)


@pytest.mark.parametrize("folder", [SEEDS, Path(__file__).parent / "data" / "polnear-dev" / "articles",
                                    Path(__file__).parent / "data" / "timeml-dev" / "articles"])
def test_the_body_is_the_layouts_paragraphs_read_back_from_the_file_text(folder):
    from mediabrief.ingest.layout import find_layout

    for article in load_corpus([folder]).articles:
        layout = find_layout(article.text, author=article.author)
        assert article.body == layout.body, article.article_id
        assert all(article.body[s.body_start:s.body_start + s.length] == article.text[s.file_start:s.file_start + s.length]
                   for s in article.segments)


def test_hard_wrapped_lines_are_one_paragraph_and_headings_stay_apart(tmp_path):
    wrapped = (
        "UN to hear of arms embargo\n\n"
        "UNITED NATIONS (Reuters) - The United States will confront Russia at the\n"
        "Security Council on Friday over violating an arms embargo, and will push\n"
        "for China's view on growing ties between Moscow and Pyongyang, said a deputy\n"
        "ambassador.\n"
        "\"This should be of great concern to the entire global community,\" Wood\n"
        "told Reuters ahead of the meeting, accusing Russia of siding with a rogue\n"
        "state.\n\n"
        "Summit agenda\n"
        "The talks lasted five hours.\n"
    )
    (tmp_path / "a.txt").write_text(wrapped, encoding="utf-8")
    article = load_corpus([tmp_path]).articles[0]
    assert "at the Security Council on Friday" in article.body
    assert "community,\" Wood told Reuters" in article.body
    assert "Summit agenda\n\nThe talks" in article.body  # a short line without a full stop is a heading
    start = article.body.index("told Reuters")
    assert article.text[article.file_offset(start):].startswith("told Reuters")


def test_in_a_hard_wrapped_text_short_and_name_filled_lines_are_wrapped_too(tmp_path):
    wrapped = (
        "LIMA, Feb 10 (Reuters) - Peru's bailout package can be presented to\n"
        "the International Monetary Fund's board for approval as soon as the\n"
        "country obtains assurances and meets remaining\n"
        "requirements, a fund spokesperson said on Friday.\n"
        "On Wednesday, Peruvian President Ana Quispe Mamani, who took\n"
        "office in July after her predecessor was ousted in a popular\n"
        "uprising, told parliament that she could see a way out.\n"
    )
    (tmp_path / "a.txt").write_text(wrapped, encoding="utf-8")
    body = load_corpus([tmp_path]).articles[0].body
    assert "meets remaining requirements, a fund spokesperson" in body
    assert "Ana Quispe Mamani, who took office in July" in body


def test_one_unpunctuated_line_is_a_heading_not_a_wrapped_text(tmp_path):
    text = ("Talks end\n\nThe talks ended on Friday.\nA subheading of more than eight words with no full stop at all\n"
            "The body starts here and it ends.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert "\n\nThe body starts here" in load_corpus([tmp_path]).articles[0].body


def test_a_text_whose_every_line_has_a_blank_line_after_it_is_wrapped_by_those_lines(tmp_path):
    # A PDF's text often comes out so: one blank line is a wrap, two or more end the paragraph.
    lines = ["Debt talks end", "LUSAKA \u2013 Minister of Finance and National Planning",
             "Joseph Banda says creditors would have", "pounced on the country if Zambia failed to strike a deal to",
             "restructure the debt owed to governments abroad.", "", "",
             "Mr. Banda said reaching an agreement on debt", "restructuring with the country's official creditors was a",
             "significant milestone in the country's recovery.", "", "",
             "Results by sector", "", "",
             "The talks lasted five hours."]
    (tmp_path / "a.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    body = load_corpus([tmp_path]).articles[0].body
    assert "Joseph Banda says creditors would have pounced on the country" in body
    assert "Mr. Banda said reaching an agreement on debt restructuring with" in body
    assert "recovery.\n\nResults by sector\n\nThe talks" in body


def test_a_text_with_a_blank_line_after_each_paragraph_keeps_its_paragraphs(tmp_path):
    text = ("Talks end\n\nThe talks ended on Friday after a week in which the two sides met\n\n"
            "Minister Joseph Banda said the deal would hold and that the creditors agreed.\n\n"
            "The body ends here.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert "met\n\nMinister Joseph Banda" in load_corpus([tmp_path]).articles[0].body

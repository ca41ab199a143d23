"""One article's analysis costs what the article costs: each class of input an adversarial tester
blew up (minutes, gigabytes) is correct and grows about linearly with its size.

Scaling is checked by the time of an input 4 times larger, with a generous bound (a quadratic
cost gives 16 times, a linear one 4): absolute times depend on the machine, ratios barely.
Larger inputs are joined from one parse (`Doc.from_docs`) so only the extraction is timed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from spacy.tokens import Doc

from mediabrief.compare.timeline import value_interval
from mediabrief.engine.nlp import MAX_SENTENCE_TOKENS
from mediabrief.extract.analysis import analyze_doc, iter_analyses
from mediabrief.extract.dates import extract_dates
from mediabrief.extract.layout import BlankLines, last_visible
from mediabrief.extract.parsing import blank_traps, parse_long, parse_texts
from mediabrief.records import Anchor, Article, Segment
from mediabrief.safety import YEAR_MAX, YEAR_MIN

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT / "tests" / "data" / "polnear-dev" / "articles"
# A linear cost grows 4 times for 4 times the input, a quadratic one 16: the bound leaves room for a
# busy machine without letting a square through.
MAX_RATIO = 9.0


def article(text: str, published: str | None = "2016-10-01", segments: tuple[Segment, ...] = ()) -> Article:
    return Article("linear.txt", Path("linear.txt"), text, segments, "Linear", "outlet", None, published,
                   Anchor.PUBLISHED, None, None, "utf-8")


def analyse(nlp, text: str, published: str | None = "2016-10-01"):
    return next(iter_analyses([article(text, published)], nlp))


def seconds(run, repeats: int = 2) -> float:
    """The best of a few runs: the others measure the machine's other work."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def assert_linear(small: float, large: float, what: str) -> None:
    # 0.05 s of slack: below that a ratio measures the clock, not the code.
    assert large <= MAX_RATIO * small + 0.05, f"{what}: 4x the input took {large / max(small, 1e-9):.1f}x the time"


def repeated(nlp, text: str, times: int) -> Doc:
    """One parse of `text`, joined `times` times: a long article without parsing it again."""
    doc = nlp(text)
    return Doc.from_docs([doc] * times)


def extraction_seconds(doc: Doc) -> float:
    subject = article(doc.text)
    return seconds(lambda: analyze_doc(doc, subject))


def timed_analysis(doc: Doc):
    """The analysis of `doc` and the best time of two."""
    subject = article(doc.text)
    found = []
    took = seconds(lambda: found.append(analyze_doc(doc, subject)))
    return found[-1], took


def polnear_text(chars: int) -> str:
    parts, total = [], 0
    for path in sorted(POLNEAR.glob("*.txt")):
        parts.append(path.read_text("utf-8").strip())
        total += len(parts[-1]) + 2
        if total >= chars:
            break
    return "\n\n".join(parts)[:chars]


# 1. Runs the tokenizer strips one character at a time: quotation marks, symbols, `'s`, colons.

TRAPS = ['"', "\u201c\u201d", "'s", "US$", "_", "\U0001f600", "(", "a:"]
QUOTE = 'John Smith said: "We will win this fight, all of us."'
LATER = "Mary Jones said on Monday, \u201cThe end is near for the plan.\u201d"


@pytest.mark.parametrize("unit", TRAPS)
def test_tokenizer_traps_cost_linear_time_and_lose_no_quote(nlp, unit):
    def text(n: int) -> str:
        return f"{QUOTE} {unit * n}\n\n{LATER}"

    result = analyse(nlp, text(20_000))
    body = text(20_000)
    assert [(q.text, q.speaker) for q in result.quotes] == [
        ("We will win this fight, all of us.", "John Smith"), ("The end is near for the plan.", "Mary Jones")]
    assert all(body[q.start : q.end] == q.text for q in result.quotes)
    assert [d.text for d in result.dates] == ["Monday"]
    small = seconds(lambda: analyse(nlp, text(10_000)))
    assert_linear(small, seconds(lambda: analyse(nlp, text(40_000))), f"a run of {unit!r}")


@pytest.mark.parametrize("text", [
    "See https://example.com/a/very/long/path/" + "segment-" * 40 + "end?query=1&other=2#fragment for more.",
    "The so-called " + "-".join(["state"] * 60) + " approach failed.",
    "Its address is 2001:0db8:85a3:0000:0000:8a2e:0370:7334 and the time 12:30:45.",
    "He paused... then spoke \u2014 \u201cNo!\u201d \u2014 and left (quickly).\u201d'",
    "Scores: 3-1, 2:0; $5, US$7, C$3; it's Kim's, the Smiths'.",
])
def test_normal_text_goes_to_the_parser_unchanged(text):
    assert blank_traps(text) == text


def test_seed_articles_go_to_the_parser_unchanged():
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted(POLNEAR.glob("*.txt")):
        text = path.read_text("utf-8")
        assert blank_traps(text) == text, path.name


# 2. Long articles: parsed in pieces, extracted in time proportional to their length.

def test_a_long_text_parsed_in_pieces_is_the_text_with_its_offsets(nlp):
    text = polnear_text(30_000)
    whole = nlp(text)
    joined = parse_long(text, nlp, size=8_000)
    assert joined.text == text
    assert [t.idx for t in joined] == [t.idx for t in whole]
    assert joined.has_annotation("DEP") and joined.has_annotation("SENT_START")
    # The cuts fall at paragraph breaks, where a sentence ends anyway: the parse barely changes.
    same = sum(a.ent_type_ == b.ent_type_ and a.dep_ == b.dep_ for a, b in zip(whole, joined))
    assert same >= 0.97 * len(whole)


def test_long_and_short_texts_come_back_in_order(nlp):
    texts = ["Short one.", polnear_text(12_000), "Short two.", "Short three.", polnear_text(9_000)]
    docs = [doc for doc, _ in parse_texts(((t, i) for i, t in enumerate(texts)), nlp, batch_size=2, n_process=1,
                                         size=5_000)]
    assert [doc.text for doc in docs] == texts


def test_extraction_over_a_long_article_is_linear(nlp):
    text = polnear_text(6_000)
    small, large = repeated(nlp, text, 2), repeated(nlp, text, 8)
    analysis, took = timed_analysis(large)
    assert analysis.quotes and analysis.actors and analysis.dates
    for record in (*analysis.quotes, *analysis.actors, *analysis.dates):
        assert large.text[record.start : record.end] == record.text
    assert_linear(extraction_seconds(small), took, "a long article")


def test_records_move_to_file_offsets(nlp):
    body = "Kim Jong Un met Vladimir Putin on Wednesday.\n\nPutin said: \u201cWe will help them build it.\u201d"
    first, second = body.split("\n\n")
    text = f"Title\n\n{first}\n\n\n{second}\n"
    segments = (Segment(0, 7, len(first)), Segment(len(first) + 2, 7 + len(first) + 3, len(second)))
    subject = article(text, segments=segments)
    assert subject.body == body
    result = next(iter_analyses([subject], nlp))
    assert result.quotes and result.dates
    for record in (*result.quotes, *result.actors, *result.dates):
        assert text[record.start : record.end] == record.text



def test_an_analysed_doc_keeps_no_list_of_its_tokens(nlp):
    """The extractors share one list of the Doc's tokens; each token refers back to the Doc, so a list
    left in `user_data` would keep every Doc of a corpus alive until the garbage collector ran."""
    doc = nlp("Putin said: \u201cWe will help them build it.\u201d Mary Jones of Acme Corp (AC) arrived.")
    analysis = analyze_doc(doc, article(doc.text))
    assert analysis.quotes and analysis.actors
    assert not any(isinstance(value, list) for value in doc.user_data.values()), doc.user_data.keys()


# 3. Many short quotations: each costs the same, whatever the number of quotations and cues.

QUOTATIONS = {
    "cued": lambda i: f'"Quote number {i}," he said.',
    "uncued": lambda i: f'"Quote number {i} is here."',
    "paragraphs": lambda i: f'"Quote number {i} is here," said John Smith.\n\n',
    "partial": lambda i: f'John Smith said the plan was "number {i}" and more.',
    "described": lambda i: f'"Quote number {i} is here," the official said. Mary Jones of Acme Corp arrived.',
    "pronoun": lambda i: f'Ms. Mary Jones spoke. "Quote number {i} is here," he said.',
    "colon": lambda i: f'Smith wrote: "Quote number {i} is here"',
    "they": lambda i: f"Officials met on day {i}. They said plan {i} was fine.",
    "group": lambda i: f"Ann Lee and Bob Roe met on day {i}. The two leaders said plan {i} was fine.",
    "unnamed": lambda i: f"A senior official spoke on day {i}. The official said plan {i} was fine.",
}


@pytest.mark.parametrize("kind", QUOTATIONS)
def test_many_short_quotations_cost_linear_time(nlp, kind):
    text = " ".join(QUOTATIONS[kind](i) for i in range(60))
    small, large = repeated(nlp, text, 2), repeated(nlp, text, 8)
    analysis, took = timed_analysis(large)
    assert len(analysis.quotes) >= 8 * 60 * 0.9
    assert all(large.text[q.start : q.end] == q.text for q in analysis.quotes)
    if kind == "paragraphs":
        assert {q.speaker for q in analysis.quotes} == {"John Smith"}
    assert_linear(extraction_seconds(small), took, f"{kind} quotations")


def test_ten_thousand_quotations_keep_their_speakers(nlp):
    text = "\n\n".join(f'"Quote number {i} is here," said John Smith.' for i in range(200))
    doc = repeated(nlp, text + "\n\n", 50)
    started = time.perf_counter()
    analysis = analyze_doc(doc, article(doc.text))
    assert time.perf_counter() - started < 60  # it took past 200 s
    assert len(analysis.quotes) == 10_000
    assert {q.speaker for q in analysis.quotes} == {"John Smith"}


# 4. Dates: a year outside the window never becomes a value, and dating costs the expressions.

OUT_OF_WINDOW = [
    "The deadline is 31 December 9999 for the bonds.",
    "It began on January 1, 0001 in the story.",
    "In the year 9999 we will fly, and in summer of 9999 and Q3 9999 too.",
    "He came on Christmas 0000 and left on Christmas 9999.",
    "He said it on 31 December 9999. The next day he left, and that day too.",
    "It happened 3000000 days ago, or 99999999999 years ago.",
    "Buildings from the 1090s and the 17th century remain.",
    "He arrived tomorrow and left next year, last Monday and yesterday.",
]


@pytest.mark.parametrize("published", ["2016-10-01", "9999-12-31", "0001-01-01", "1800-01-01", "2200-12-31", None])
def test_no_date_value_outside_the_window(nlp, published):
    for text in OUT_OF_WINDOW:
        for mention in extract_dates(nlp(text), published=published, anchor=Anchor.PUBLISHED):
            if mention.kind != "date":
                continue
            interval = value_interval(mention.value)
            assert interval is None or YEAR_MIN <= interval.first.year <= interval.last.year <= YEAR_MAX, (text, mention)
            if published is None or not YEAR_MIN <= int(published[:4]) <= YEAR_MAX:
                assert mention.anchor is Anchor.NONE, (text, mention)  # nothing is anchored on such a date


def test_a_chain_of_touching_dates_costs_linear_time(nlp):
    week = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    small, large = repeated(nlp, week * 20, 1), repeated(nlp, week * 20, 4)
    mentions = list(extract_dates(large, published="2016-10-01", anchor=Anchor.PUBLISHED))
    assert mentions and all(large.text[m.start : m.end] == m.text for m in mentions)

    def dating(doc: Doc) -> float:
        return seconds(lambda: list(extract_dates(doc, published="2016-10-01", anchor=Anchor.PUBLISHED)))

    assert_linear(dating(small), dating(large), "a chain of weekdays")


# 5. Other spots: text without full stops, and the offset arithmetic the rules share.

def test_text_without_full_stops_has_bounded_sentences(nlp):
    doc = nlp(" ".join(f'Smith wrote: "Quote number {i} is here"' for i in range(300)))
    assert max(len(sentence) for sentence in doc.sents) <= MAX_SENTENCE_TOKENS


@pytest.mark.parametrize("text", ["", "a\n\nb", "\n\n\n\n\n", "a\n\n\nb\n\nc \n\n", "x" * 5 + "\n" * 7 + "y"])
def test_blank_lines_answer_as_str_count_and_rfind(text):
    lines = BlankLines.of(text)
    for start in range(len(text) + 2):
        for end in range(len(text) + 2):
            assert lines.count(start, end) == text.count("\n\n", start, end), (text, start, end)
        assert lines.last_before(start) == text.rfind("\n\n", 0, start), (text, start)
        kept = text[:start].rstrip()
        assert last_visible(text, min(start, len(text))) == (len(kept) - 1 if kept else -1)


# The stress runs: a real 4.9 MB article, in a fresh process so its peak memory is its own.

STRESS_SCRIPT = """
import json, resource, sys, time
from pathlib import Path
from mediabrief.engine.nlp import load_pipeline
from mediabrief.extract.analysis import iter_analyses
from mediabrief.records import Anchor, Article
text = Path(sys.argv[1]).read_text("utf-8")
nlp = load_pipeline()
subject = Article("big.txt", Path("big.txt"), text, (), "Big", "outlet", None, "2016-10-01", Anchor.PUBLISHED,
                  None, None, "utf-8")
started = time.perf_counter()
result = next(iter_analyses([subject], nlp))
print(json.dumps({"seconds": time.perf_counter() - started, "quotes": len(result.quotes),
                  "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def stress_run(tmp_path: Path, chars: int) -> dict:
    path = tmp_path / f"big-{chars}.txt"
    text = polnear_text(10**9)
    path.write_text(("\n\n".join([text] * (chars // len(text) + 1)))[:chars], "utf-8")
    done = subprocess.run([sys.executable, "-c", STRESS_SCRIPT, str(path)], capture_output=True, text=True,
                          check=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.stress
def test_a_5_mb_article_fits_in_bounded_memory_and_proportional_time(tmp_path):
    small = stress_run(tmp_path, 1_200_000)
    large = stress_run(tmp_path, 4_900_000)
    assert large["quotes"] > 3 * small["quotes"]
    assert large["peak_kb"] < 1_500_000, f"peak {large['peak_kb'] / 1e6:.2f} GB"
    assert large["seconds"] < 6 * small["seconds"], (small, large)

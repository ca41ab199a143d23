"""Find the parts of an article file: title, byline, dateline, captions, bio, furniture, body.

Pure text rules over lines, no NLP: a file is read as lines, each line is given a
kind, and the body is what is left. Every removed line is kept as `Boilerplate`
with its offsets so that the report can show what was set aside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from ..names import name_key
from ..records import Boilerplate, BoilerplateKind, Segment
from ..resources import calendar_words, read_resource

# `(?<!\s)`: a match starts at the first space of a run, never inside it, so a title with a long
# run of spaces is scanned once instead of once per space (quadratic).
GENRE_SUFFIX = re.compile(
    r"(?<!\s)\s*(?:[–—-]|\|)\s*(?P<genre>op-?ed|analysis|opinion|commentary|editorial|interview|"
    r"explainer|feature|review|column|news)\s*$",
    re.IGNORECASE,
)
BYLINE = re.compile(r"^(?:by|written by|words by)\s+(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})\s*$", re.IGNORECASE)
MONTH = calendar_words().month_pattern(capture=False)
DATELINE = re.compile(
    rf"^(?:(?:updated|published|posted)\s*:?\s*)?(?:\w+day,?\s+)?"
    rf"(?:\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:[\s,|@-]+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
CAPTION_CREDIT = re.compile(r"\b(?:photograph|photo|image|picture)\s*(?:credit)?\s*:\s*\S", re.IGNORECASE)
FULL_STOP = re.compile(r"(?<!\.)\.[\"'”’)\]]*\s*$")  # not an ellipsis
SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$|[\"”]\s*$")
INNER_SENTENCE_END = re.compile(r"\w[.!?][\"'”’)\]]*\s+\S")
WORD = re.compile(r"\w+(?:[’'-]\w+)*")
BIO_VERB = re.compile(
    r"^\s*(?:is|was|has|received|writes|teaches|covers|reports|serves|holds|worked|works|"
    r"joined|earned|taught|lives)\b",
    re.IGNORECASE,
)
LONG_LINE_WORDS = 15
MAX_TITLE_WORDS = 30  # no headline runs this long; a first line this long is the lead paragraph
LEAD_SENTENCE_WORDS = 20  # nor a headline written as a sentence, with its full stop, this long
# …and a shorter sentence is the lead when it reads as prose, not as a headline's present tense: it opens
# with `a` or tells of the past (`Lagos State Police Command has advised …`, `A HEATED debate broke out …`)
SHORT_LEAD_WORDS = 12
LEAD_WORDS = frozenset({"has", "have", "had", "said"})  # (a headline tells the past in the present: `X meets Y`)
LEAD_OPENERS = frozenset({"a", "an"})
TITLE_OVERLAP = 0.8  # a first sentence sharing less than this of the metadata's title is no title
TITLE_LENGTH_RATIO = 2  # nor is one over twice as long
SENTENCE_TITLE_RATIO = 1.5  # nor a line ending on a full stop half again as long
TITLE_EXTRA_WORDS = 5  # nor one ending on a full stop with many words the title lacks
WRAPPED_LINE_WORDS = 8  # a line this long without a full stop, the next line straight after, is wrapped
MIN_WRAPPED_LINES = 3  # a text is hard-wrapped when it has this many such lines; one or two are headings
PROSE_COMMA = re.compile(r", [a-z]")  # a heading's words are capitalised after its commas too
WRAPPED_TEXT_LINE_WORDS = 5  # in a text that is hard-wrapped, a line this long without a full stop is wrapped
TITLE_CASE_SHARE = 0.8
FRESH_LINE_MARKS = frozenset("\"\u201c\u2018\u00ab\u2015\u2014\u2013-*\u2022")
LABEL_WORDS = 3  # a section or desk label in the header: `Online Desk`, `World News`
CREDIT_WORDS = 10
MAX_CAPTION_WORDS = 40  # a caption with its credit is a sentence or two
# A photographer's or agency's credit: names joined by slashes or `via` (`JOHN DOE/POOL/AFP via Getty Images`).
CREDIT_JOIN = re.compile(r"\w/\w|\svia\s", re.IGNORECASE)
CREDIT_PART = re.compile(r"[^\s/]+")
SIGNATURE_MARKS = " \t.,;:!*_-\u2013\u2014"  # around a signed name: `— Jane Roe.`


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    start: int
    end: int

    @property
    def words(self) -> int:
        return len(WORD.findall(self.text))


@dataclass(frozen=True, slots=True)
class Layout:
    title: str
    genre: str | None
    byline: str | None
    dateline: str | None
    body: str
    segments: tuple[Segment, ...]
    boilerplate: tuple[Boilerplate, ...]


@lru_cache(maxsize=1)
def load_boilerplate_patterns() -> tuple[tuple[BoilerplateKind, re.Pattern[str]], ...]:
    text = read_resource("boilerplate.txt")
    patterns = []
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, pattern = raw.split("\t", 1)
        patterns.append((BoilerplateKind(kind), re.compile(pattern, re.IGNORECASE)))
    return tuple(patterns)


@lru_cache(maxsize=1)
def boilerplate_matcher() -> tuple[re.Pattern[str], dict[str, BoilerplateKind]]:
    """The patterns as one alternation, tried in file order: one regex call per line, not one per pattern.

    A full match of the alternation is the first pattern that matches the whole line, as in the file.
    """
    patterns = load_boilerplate_patterns()
    groups = {f"p{index}": kind for index, (kind, _) in enumerate(patterns)}
    joined = "|".join(f"(?P<p{index}>{pattern.pattern})" for index, (_, pattern) in enumerate(patterns))
    return re.compile(joined, re.IGNORECASE), groups


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their offsets, surrounding white space trimmed."""
    lines = []
    for match in re.finditer(r"[^\r\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        lines.append(Line(stripped, start, start + len(stripped)))
    return lines


def split_genre(title: str) -> tuple[str, str | None]:
    """`'X – OpEd'` -> `('X', 'opinion')`: the suffix names the genre and is not part of the title."""
    match = GENRE_SUFFIX.search(title)
    if not match or match.start() == 0:
        return title, None
    label = match.group("genre").lower().replace("-", "")
    genre = {"oped": "opinion", "column": "opinion", "commentary": "opinion"}.get(label, label)
    return title[: match.start()].rstrip(), genre


def classify_pattern(line: Line) -> BoilerplateKind | None:
    matcher, kinds = boilerplate_matcher()
    match = matcher.fullmatch(line.text)
    return kinds[match.lastgroup] if match else None


def is_signature(line: Line, author: str | None) -> bool:
    return bool(author) and name_key(line.text.strip(SIGNATURE_MARKS)) == name_key(author or "")


def is_bio(line: Line, author: str | None) -> bool:
    """An author bio opens with the author's name and a bio verb: `X is a fellow at ...`."""
    if not author or not line.text.lower().startswith(author.lower()):
        return False
    return bool(BIO_VERB.match(line.text[len(author):]))


def is_caption(line: Line) -> bool:
    # (a paragraph a page ran its photo's caption into, `… Picture: Supplied Pretoria - Ward 61 councillor …`,
    # is the story's)
    return ":" in line.text and bool(CAPTION_CREDIT.search(line.text)) and line.words <= MAX_CAPTION_WORDS


def is_section_label(line: Line) -> bool:
    """A header line of a few capitalised words, no digit and no sentence end: a section or desk label."""
    words = line.text.split()
    return (len(words) <= LABEL_WORDS and not SENTENCE_END.search(line.text) and not any(c.isdigit() for c in line.text)
            and all(word[:1].isupper() for word in words))


def is_photo_credit(line: Line) -> bool:
    """A short line of capitalised names joined by slashes or `via`, with one in capitals (an agency).

    Notes: the shape wire photos are credited in (`NAME/AGENCY`, `X via Getty Images`), so no list
    of agencies is needed; a sentence, or any lower-case word but `via`, is not a credit.
    """
    # The join first: it is rare, and every line of every article is asked.
    if not CREDIT_JOIN.search(line.text) or SENTENCE_END.search(line.text) or line.words > CREDIT_WORDS:
        return False
    parts = [part for part in CREDIT_PART.findall(line.text) if part.lower() != "via"]
    return (all(part[:1].isupper() for part in parts)
            and any(len(part) >= 2 and part.isupper() for part in parts))


def is_short_unpunctuated(line: Line) -> bool:
    # (`Mantashe said the strike would begin with the night shift. – Sapa`: a sentence, then the agency's credit)
    return line.words <= 12 and not SENTENCE_END.search(line.text) and not INNER_SENTENCE_END.search(line.text)


def find_layout(text: str, *, author: str | None = None, title: str | None = None) -> Layout:
    """Split a plain-text article into its title, furniture and body.

    Notes: line rules in three zones. The header (lines before the first long
    paragraph) may hold furniture, a byline and a dateline; anywhere, furniture
    and photo credits (and the caption a standalone credit closes) are set aside;
    the tail (a run of short, bio, footer or furniture lines at the end) is the
    author's bio and the publisher's footer.
    """
    lines = split_lines(text)
    kinds: dict[int, BoilerplateKind] = {}
    title_index = _find_title(lines, kinds, title)
    title, genre = split_genre(lines[title_index].text) if title_index is not None else ("", None)
    byline = _mark_header(lines, kinds, title_index)
    author = author or byline
    _mark_anywhere(lines, kinds)
    _mark_tail(lines, kinds, author)
    dateline = next((lines[i].text for i, k in kinds.items() if k is BoilerplateKind.DATELINE), None)
    boilerplate = tuple(
        Boilerplate(kinds[i], line.text, line.start, line.end) for i, line in enumerate(lines) if i in kinds
    )
    body, segments = _join_body([line for i, line in enumerate(lines) if i not in kinds], text)
    return Layout(title, genre, byline, dateline, body, segments, boilerplate)


def _find_title(lines: list[Line], kinds: dict[int, BoilerplateKind], known: str | None = None) -> int | None:
    """The first line that is not furniture, unless it reads as the story's first paragraph: a file
    pasted without its headline opens with the lead, the paragraph that matters most."""
    for index, line in enumerate(lines):
        if classify_pattern(line) is BoilerplateKind.FURNITURE:
            kinds[index] = BoilerplateKind.FURNITURE
            continue
        if BYLINE.match(line.text):
            return None  # (`By Haika Kimaro` opening a file pasted without its headline: the header's byline)
        if _is_lead(line, known):
            return None
        kinds[index] = BoilerplateKind.TITLE
        return index
    return None


def _is_lead(line: Line, known: str | None) -> bool:
    """A line too long for a headline, or a full sentence that is not the title the metadata gives."""
    if line.words >= MAX_TITLE_WORDS:
        return True
    if known is None:
        # (with no title to compare: a sentence ending on a full stop and longer than headlines run)
        if FULL_STOP.search(line.text) is None or line.words < SHORT_LEAD_WORDS:
            return False
        if line.words >= LEAD_SENTENCE_WORDS:
            return True
        if _title_cased(line.text):
            return False  # (`Stealth Over Health: Hillary Clinton Was Headed to ER …`: a headline's capitals)
        lowered = [w.lower() for w in WORD.findall(line.text)]
        return lowered[0] in LEAD_OPENERS or bool(LEAD_WORDS.intersection(lowered))
    if not SENTENCE_END.search(line.text):
        return False
    ours = {w.lower() for w in WORD.findall(line.text)}
    theirs = {w.lower() for w in WORD.findall(known)}
    unlike = len(ours & theirs) < len(theirs) * TITLE_OVERLAP
    if FULL_STOP.search(line.text):
        # A headline ends on no full stop: a line that does and says other or more than the title is
        # the lead (`The battle against the measles outbreak has gone national.`), however like the title
        # (`Finance Minister Muhammad Aurangzeb has said that …` under `… says finance minister`).
        more = len(ours - theirs) > TITLE_EXTRA_WORDS
        return unlike or more or line.words > SENTENCE_TITLE_RATIO * len(WORD.findall(known))
    if line.words < LONG_LINE_WORDS:
        return False
    # `Zimbabwe's health ministry said at least 215 cholera cases have been recorded since …` under the
    # title `Zimbabwe confirms 215 cholera cases`: a lead shares the headline's words and runs far longer.
    longer = line.words > TITLE_LENGTH_RATIO * len(WORD.findall(known))
    return longer or unlike


def _mark_header(lines: list[Line], kinds: dict[int, BoilerplateKind], title_index: int | None) -> str | None:
    byline = None
    start = 0 if title_index is None else title_index + 1
    for index in range(start, len(lines)):
        line = lines[index]
        if line.words >= LONG_LINE_WORDS:
            break
        if match := BYLINE.match(line.text):
            kinds[index] = BoilerplateKind.BYLINE
            byline = match.group("name").strip()
        elif DATELINE.match(line.text):
            kinds[index] = BoilerplateKind.DATELINE
        elif kind := classify_pattern(line):
            kinds[index] = kind
        elif is_section_label(line):
            kinds[index] = BoilerplateKind.FURNITURE
    return byline


def _mark_anywhere(lines: list[Line], kinds: dict[int, BoilerplateKind]) -> None:
    for index, line in enumerate(lines):
        if index in kinds:
            continue
        kind = classify_pattern(line) or (BoilerplateKind.CREDIT if is_photo_credit(line) else None)
        if kind in (BoilerplateKind.FURNITURE, BoilerplateKind.CREDIT):
            kinds[index] = kind
            if kind is BoilerplateKind.CREDIT and index > 0:
                _mark_caption_before(lines, kinds, index - 1)
        elif is_caption(line):
            kinds[index] = BoilerplateKind.CAPTION


def _mark_caption_before(lines: list[Line], kinds: dict[int, BoilerplateKind], index: int) -> None:
    """A standalone photo credit closes the caption just above it, when that is one short sentence."""
    line = lines[index]
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", line.text) if s]
    if index not in kinds and line.words <= 50 and len(sentences) == 1:
        kinds[index] = BoilerplateKind.CAPTION


def _mark_tail(lines: list[Line], kinds: dict[int, BoilerplateKind], author: str | None) -> None:
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if index in kinds:
            continue
        if is_bio(line, author):
            kinds[index] = BoilerplateKind.BIO
        elif is_signature(line, author):
            kinds[index] = BoilerplateKind.BYLINE
        elif kind := classify_pattern(line):
            kinds[index] = kind
        elif is_short_unpunctuated(line):
            kinds[index] = BoilerplateKind.FOOTER
        else:
            return


def _join_body(lines: list[Line], text: str) -> tuple[str, tuple[Segment, ...]]:
    """Paragraphs joined by blank lines, with the map back to file offsets; in a hard-wrapped text a
    wrapped line goes on with the next one after a space."""
    # In a text that is plainly wrapped (lines of WRAPPED_LINE_WORDS run on), a shorter line without a
    # full stop is wrapped too (`… and meets remaining` / `requirements, an IMF spokesperson said`).
    joins = _wrapped_lines(lines, text, 1)
    # A text converted from a PDF often spaces every line with a blank one, paragraphs with more.
    if not joins and all(_newlines(text, before, after) > 1 for before, after in zip(lines, lines[1:])):
        joins = _wrapped_lines(lines, text, 2)
    parts: list[str] = []
    segments: list[Segment] = []
    position = 0
    for index, line in enumerate(lines):
        if parts:
            parts.append(" " if index in joins else "\n\n")
            position += 1 if index in joins else 2
        segments.append(Segment(position, line.start, len(line.text)))
        parts.append(line.text)
        position += len(line.text)
    return "".join(parts), tuple(segments)


def _wrapped_lines(lines: list[Line], text: str, gap: int) -> set[int]:
    """Lines that go on from the one before, when the text is plainly wrapped with `gap` line breaks."""
    wrapped = [index for index in range(1, len(lines)) if _wraps_into(lines[index - 1], lines[index], text, gap)]
    plainly = sum(lines[index - 1].words >= WRAPPED_LINE_WORDS for index in wrapped) >= MIN_WRAPPED_LINES
    return set(wrapped) if plainly else set()


def _newlines(text: str, before: Line, after: Line) -> int:
    return text[before.end : after.start].replace("\r\n", "\n").replace("\r", "\n").count("\n")


def _wraps_into(line: Line, following: Line, text: str, gap: int = 1) -> bool:
    """`… "This should be of great concern to the entire global community," Wood` and then `told
    Reuters …` on the next line: text wrapped at a fixed width (e-mail, wire copy, PDF), one sentence
    over two lines. A line without a full stop that is short or in title case is a heading; a line
    opening with a quotation mark or a dash starts anew; more line breaks than the text wraps with
    (`gap`) are a paragraph break."""
    if line.words < WRAPPED_TEXT_LINE_WORDS or SENTENCE_END.search(line.text) or following.text[0] in FRESH_LINE_MARKS:
        return False
    # `On Wednesday, President Ranil Wickremesinghe, who took`: a heading has no comma before a lower-case end.
    # (nor a comma before a lower-case word: `However, on Monday, the Minister of Communications, Dr. Isa Ali`)
    sentence_tail = "," in line.text and (line.text.split()[-1][:1].islower() or PROSE_COMMA.search(line.text))
    if _title_cased(line.text) and not sentence_tail:
        return False
    return _newlines(text, line, following) == gap


def _title_cased(text: str) -> bool:
    """Nearly every word of four letters or more capitalised, as in a headline (`in`, `the`, `for` stay lower)."""
    words = [word for word in WORD.findall(text) if len(word) > 3]
    return sum(word[0].isupper() for word in words) > len(words) * TITLE_CASE_SHARE

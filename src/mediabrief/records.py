"""Every record that crosses a stage boundary.

Offsets are character offsets into the article file's decoded text, so a row of
any table can be traced back to the exact place in the file it came from.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class BoilerplateKind(str, Enum):
    TITLE = "title"
    BYLINE = "byline"
    DATELINE = "dateline"
    CAPTION = "caption"
    CREDIT = "credit"
    BIO = "bio"
    FURNITURE = "furniture"
    FOOTER = "footer"


class QuoteKind(str, Enum):
    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class SpeakerType(str, Enum):
    EXPERT = "expert"
    OFFICIAL = "official"
    MEDIA = "media"
    INSTITUTION = "institution"
    ANONYMOUS = "anonymous"
    OTHER = "other"


class Gender(str, Enum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


class ActorType(str, Enum):
    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"
    PLACE = "place"
    GROUP = "group"


class Anchor(str, Enum):
    PUBLISHED = "published"
    DATELINE = "dateline"
    INFERRED = "inferred"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A piece of the file that is not coverage: kept, labelled, so the report can show it."""

    kind: BoilerplateKind
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of body text: `length` characters at `body_start` in the body come from `file_start`."""

    body_start: int
    file_start: int
    length: int


@dataclass(frozen=True, slots=True)
class Article:
    """One article: its file's text, and where in it the body's paragraphs lie (`segments`)."""

    article_id: str
    path: Path
    text: str
    segments: tuple[Segment, ...]
    title: str
    outlet: str
    author: str | None
    published: str | None
    published_source: Anchor
    genre: str | None
    url: str | None
    encoding: str
    boilerplate: tuple[Boilerplate, ...] = ()
    notes: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()  # the user's own metadata columns (`country`, `leaning`)

    @property
    def body(self) -> str:
        """The paragraphs of the article, joined by blank lines: the text the analysis reads.

        Derived from `text` rather than stored: a second copy of every article's words is
        the largest thing a run over a big corpus would otherwise hold.
        """
        if not self.segments:
            return self.text
        text = self.text
        parts = []
        end = 0
        for segment in self.segments:
            if parts:  # a wrapped line goes on after one space; a paragraph after a blank line
                parts.append(" " if segment.body_start - end == 1 else "\n\n")
            parts.append(text[segment.file_start : segment.file_start + segment.length])
            end = segment.body_start + segment.length
        return "".join(parts)

    def file_offset(self, body_offset: int) -> int:
        """Map an offset in `body` to the same character's offset in the file text."""
        if not self.segments:
            return body_offset
        # By key, not a list of starts: an article of 5 MB has tens of thousands of segments and records.
        index = max(bisect.bisect_right(self.segments, body_offset, key=lambda s: s.body_start) - 1, 0)
        segment = self.segments[index]
        return segment.file_start + min(body_offset - segment.body_start, segment.length)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file the tool could not use, and why, in words a user can act on."""

    path: Path
    reason: str


@dataclass(frozen=True, slots=True)
class Quote:
    kind: QuoteKind
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_type: SpeakerType
    speaker_role: str | None = None
    speaker_gender: Gender = Gender.UNKNOWN
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A mention of an actor; `actor` is the canonical name, `text` the form in the article.

    `resolved` is False for a bare name (`Kim`) that nothing in the article pinned to one person.
    """

    actor: str
    type: ActorType
    text: str
    start: int
    end: int
    resolved: bool = True


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str
    anchor: Anchor
    kind: str = "date"
    event: str | None = None


@dataclass(frozen=True, slots=True)
class TextCounts:
    words: int
    sentences: int
    paragraphs: int


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    article: Article
    counts: TextCounts
    quotes: tuple[Quote, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    dates: tuple[DateMention, ...] = ()


@dataclass(frozen=True, slots=True)
class Corpus:
    """What ingest made of a folder: the usable articles, and every file it set aside."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[str, ...] = ()

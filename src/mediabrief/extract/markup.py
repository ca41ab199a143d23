"""Markup left in an article's text (`<tweet author="…">…</tweet>`): never prose, sometimes a post.

Notes: archives of news text keep embedded posts as tags. Their attribute values hold quotation
marks and their ids look like words, so quotation pairing reads the text with every tag blanked
out (same length, so offsets hold); a post whose tag names its author is that author's quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# An attribute value is one quoted run: no nested repetition, so matching stays linear.
TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w-]+\s*=\s*\"[^\"<>]*\")*\s*/?>")
POST = re.compile(r"<(?P<tag>tweet|post|blockquote)\b(?P<attributes>[^<>]*)>(?P<body>[^<]*)</(?P=tag)>", re.IGNORECASE)
AUTHOR = re.compile(r"\b(?:author|tweet-author|data-author|user|screen_name)\s*=\s*\"(?P<name>[^\"<>]{1,80})\"", re.IGNORECASE)
MIN_POST_WORDS = 4


@dataclass(frozen=True, slots=True)
class Post:
    """An embedded post's text (offsets of its body) and its author as the tag names them."""

    start: int
    end: int
    author: str


def blank_markup(text: str) -> str:
    """The text with every tag replaced by as many spaces."""
    if "<" not in text:
        return text
    return TAG.sub(lambda match: " " * len(match.group()), text)


def embedded_posts(text: str) -> list[Post]:
    if "<" not in text:
        return []
    posts = []
    for match in POST.finditer(text):
        author = AUTHOR.search(match.group("attributes"))
        body = match.group("body")
        if author is None or len(body.split()) < MIN_POST_WORDS or not author.group("name").strip().isprintable():
            continue
        start = match.start("body") + (len(body) - len(body.lstrip()))
        end = match.end("body") - (len(body) - len(body.rstrip()))
        posts.append(Post(start, end, author.group("name").strip().lstrip("@")))
    return posts

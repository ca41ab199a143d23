"""Markdown -> the plain text of a .txt article, and what its YAML-style front matter says.

Notes: a small rule set (headings, emphasis, links, images, lists, quotes, code) rather than
a Markdown renderer: news copy in Markdown uses little else. Every rule runs in time linear in
the text: no repeated part can match what follows it, so one pathological line (`*a *a *a ...`,
`[a[a[a...`) costs what any line of its length costs instead of minutes.
"""

from __future__ import annotations

import bisect
import re

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*\n", re.DOTALL)
FENCE_CLOSE = re.compile(r"```[ \t]*")


def _heading(match: re.Match[str]) -> str:
    """A heading on a line of its own, without its closing #s (stripped here, not by a lazy regex)."""
    return "\n" + match.group(1).rstrip(" \t#") + "\n"


# A link target: anything but parentheses and line breaks, or one nested pair (`wiki/Foo_(bar)`).
TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"
MARKDOWN_RULES = (
    (re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]*\S.*$", re.MULTILINE), ""),  # link reference definitions
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),  # horizontal rules
    (re.compile(r"!\[[^\[\]\n]*\]" + TARGET), ""),  # images
    (re.compile(r"\[([^\[\]\n]+)\]" + TARGET), r"\1"),  # inline links keep their text
    (re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]"), r"\1"),  # reference links keep their text
    (re.compile(r"<[^<>\n]+>"), ""),  # inline HTML tags
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*)$", re.MULTILINE), _heading),  # headings stand alone
    (re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE), "\n"),  # each list item is a paragraph
    # Emphasis runs to the next marker of its kind: no marker inside, so no attempt scans past it.
    (re.compile(r"\*\*(?=\S)((?:[^*\n]|\*(?!\*))+?)(?<=\S)\*\*"), r"\1"),  # strong with **
    (re.compile(r"__(?=\S)((?:[^_\n]|_(?!_))+?)(?<=\S)__"), r"\1"),  # strong with __
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis with *
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),  # emphasis with _
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The `key: value` lines of a front matter block (keys lower-cased), and the text after it."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    values: dict[str, str] = {}
    for line in match.group("body").splitlines():
        key, colon, value = line.partition(":")
        if colon and value.strip():
            values[key.strip().lower()] = value.strip().strip("\"'")
    return values, text[match.end():]


def markdown_plain_text(text: str) -> list[str]:
    """The paragraphs of a Markdown text (front matter already split off), markup removed."""
    text = _drop_code_blocks(text.replace("\r\n", "\n").replace("\r", "\n"))
    for pattern, replacement in MARKDOWN_RULES:
        text = pattern.sub(replacement, text)
    return _join_wrapped([line.strip() for line in text.splitlines()])


def _drop_code_blocks(text: str) -> str:
    """Fenced code blocks are not prose: from a line opening with ``` to the next line of only ```.

    Notes: line by line, with the closing lines found once; an unclosed fence stays as text.
    """
    lines = text.split("\n")
    closers = [index for index, line in enumerate(lines) if FENCE_CLOSE.fullmatch(line)]
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("```") and (after := bisect.bisect_right(closers, index)) < len(closers):
            kept.append("")
            index = closers[after] + 1
            continue
        kept.append(line)
        index += 1
    return "\n".join(kept)


def _join_wrapped(lines: list[str]) -> list[str]:
    """Markdown paragraphs may wrap over several lines; a blank line ends one."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs

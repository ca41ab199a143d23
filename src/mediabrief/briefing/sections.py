"""The briefing's sections, in order: one id and one heading each, for every output format."""

from __future__ import annotations

from enum import Enum


class Section(str, Enum):
    """A section of the briefing; the value is its anchor in the HTML (`#quoted`)."""

    FINDINGS = "findings"
    SOURCES = "sources"
    QUOTED = "quoted"
    ACTORS = "actors"
    TIMELINE = "timeline"
    DISAGREE = "disagree"
    SAME = "same"
    TERMS = "terms"
    METHODS = "methods"

    @property
    def heading(self) -> str:
        return HEADINGS[self]


HEADINGS = {
    Section.FINDINGS: "Key findings",
    Section.SOURCES: "Sources at a glance",
    Section.QUOTED: "Who was quoted",
    Section.ACTORS: "Actors",
    Section.TIMELINE: "Timeline",
    Section.DISAGREE: "Where the sources disagree",
    Section.SAME: "Same quote, different words",
    Section.TERMS: "What each source says that the others do not",
    Section.METHODS: "Methods and caveats",
}

"""The briefing's charts by kind: each kind's file name, title and source line, stated once.

Light on purpose (no pandas, no matplotlib): findings point at a chart by its kind, and the
briefing and the chart writers name its files, without importing what draws it.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

CHART_FORMATS = ("png", "svg")  # every chart is written as both, in this order


class ChartKind(str, Enum):
    """A chart of the briefing; the value is the stem of its files (`figures/timeline.png`)."""

    WORDS_PER_SOURCE = "words_per_source"
    COVERAGE = "coverage_over_time"
    SPEAKER_TYPES = "speaker_types"
    WOMEN_QUOTED = "women_quoted"
    ACTOR_HEATMAP = "actor_heatmap"
    TIMELINE = "timeline"
    DISTINCTIVE_TERMS = "distinctive_terms"

    @property
    def title(self) -> str:
        return CHART_TITLES[self]

    @property
    def source(self) -> str:
        return CHART_SOURCES[self]


CHART_TITLES = {
    ChartKind.WORDS_PER_SOURCE: "How much each source wrote",
    ChartKind.COVERAGE: "When each source wrote",
    ChartKind.SPEAKER_TYPES: "Who each source quoted, by kind of speaker",
    ChartKind.WOMEN_QUOTED: "Women among the named people quoted",
    ChartKind.ACTOR_HEATMAP: "How much room each source gives each actor",
    ChartKind.TIMELINE: "When things happened, as each source dates them",
    ChartKind.DISTINCTIVE_TERMS: "Words each source uses more than the others",
}
CHART_SOURCES = {
    ChartKind.WORDS_PER_SOURCE: "mediabrief, articles.csv (body words after boilerplate removal)",
    ChartKind.COVERAGE: "mediabrief, articles.csv (published); articles without a day or month are not shown",
    ChartKind.SPEAKER_TYPES: "mediabrief, quotes.csv (speaker_type; quotes with no speaker are 'unattributed')",
    ChartKind.WOMEN_QUOTED: "mediabrief, quotes.csv and actors.csv; gender only where the article states it",
    ChartKind.ACTOR_HEATMAP: "mediabrief, actors.csv (mentions, quoted); the 15 actors with most room on average",
    ChartKind.TIMELINE: "mediabrief, dates.csv (kind = date) and articles.csv (published)",
    ChartKind.DISTINCTIVE_TERMS: "mediabrief, article bodies; log-odds ratio with informative Dirichlet prior",
}


class ByKind:
    """A chart in any form (planned, drawn, placed in the briefing) is named, titled and sourced by its kind."""

    __slots__ = ()
    kind: ChartKind

    @property
    def name(self) -> str:
        return self.kind.value

    @property
    def title(self) -> str:
        return self.kind.title

    @property
    def source(self) -> str:
        return self.kind.source


def chart_path(kind: ChartKind, figures_dir: Path, extension: str) -> Path:
    return figures_dir / f"{kind.value}.{extension}"


def chart_paths(kinds: list[ChartKind], figures_dir: Path) -> list[Path]:
    """Every file of these charts, in order: NAME.png then NAME.svg."""
    return [chart_path(kind, figures_dir, extension) for kind in kinds for extension in CHART_FORMATS]

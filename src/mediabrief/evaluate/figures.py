"""The figures of an evaluation: rates, F1 counts and error tallies, and the Scores that hold them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import pandas as pd

if TYPE_CHECKING:
    from .misses import KindTally

# (key, label) in report order; the key is also the field of Scores and the key in floors.json.
METRICS: tuple[tuple[str, str], ...] = (
    ("quote_recall", "quote recall"),
    ("quote_precision", "quote precision"),
    ("attribution_accuracy", "attribution accuracy"),
    ("attributed_quote_recall", "attributed-quote recall"),
    ("speaker_f1", "speaker F1"),
    ("people_f1", "people F1"),
    ("must_not_merge_violations", "must_not_merge violations"),
    ("authors_quoted", "authors quoted"),
    ("date_recall", "date recall"),
    ("date_value_accuracy", "date value accuracy"),
    ("date_precision", "date precision"),
)
# Counts of errors: lower is better, and floors.json holds a ceiling for them.
COUNT_METRICS = frozenset({"must_not_merge_violations", "authors_quoted"})


class TableSet(Protocol):
    """What the scorer reads: mediabrief.tables.build.Tables, or any object with these frames."""

    quotes: pd.DataFrame
    actors: pd.DataFrame
    dates: pd.DataFrame


@dataclass(frozen=True, slots=True)
class Ratio:
    """hits / total; 0.0 when nothing was there to count (the counts show why)."""

    hits: int
    total: int

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class F1:
    """Precision (predictions that hit / predictions counted) and recall (gold hit / gold), summed."""

    predicted_hits: int
    predicted: int
    gold_hits: int
    gold: int

    @property
    def precision(self) -> float:
        return self.predicted_hits / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_hits / self.gold if self.gold else 0.0

    @property
    def value(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: F1) -> F1:
        return F1(self.predicted_hits + other.predicted_hits, self.predicted + other.predicted,
                  self.gold_hits + other.gold_hits, self.gold + other.gold)


@dataclass(frozen=True, slots=True)
class Tally:
    """A count of errors that must be 0, with a readable line for each."""

    items: tuple[str, ...] = ()

    @property
    def value(self) -> int:
        return len(self.items)


Metric = Ratio | F1 | Tally


@dataclass(frozen=True, slots=True)
class Scores:
    """Every figure for one system on one gold set; None where the metric was not scored."""

    quote_recall: Ratio | None = None
    quote_precision: Ratio | None = None
    attribution_accuracy: Ratio | None = None
    attributed_quote_recall: Ratio | None = None
    speaker_f1: F1 | None = None
    people_f1: F1 | None = None
    must_not_merge_violations: Tally | None = None
    authors_quoted: Tally | None = None
    date_recall: Ratio | None = None
    date_value_accuracy: Ratio | None = None
    date_precision: Ratio | None = None
    misses: tuple[KindTally, ...] = ()

    def metric(self, key: str) -> Metric | None:
        return getattr(self, key)

    def figures(self) -> dict[str, float | int | None]:
        """{metric key: value or None}, in report order."""
        return {key: (m.value if (m := self.metric(key)) is not None else None) for key, _ in METRICS}

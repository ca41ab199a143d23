"""EvaluationReport: the figures of one evaluation, as an aligned text table and as JSON-able data."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .figures import F1, METRICS, Metric, Ratio, Scores, Tally
from .gold import Gold
from .misses import KindTally
from .scoring import speaker_is_scored

TOOL = "mediabrief"
NOT_ANNOTATED = "n/a"  # the gold set does not annotate this: no figure can be given
NOT_ATTEMPTED = "-"  # the baseline does not try this task (textacy finds quotes only)
MAX_LISTED = 5


@dataclass(frozen=True, slots=True)
class GoldCounts:
    """What the gold set holds; 'optional' items are counted apart because they are never missed."""

    articles: int
    quotes: int
    optional_quotes: int
    attributable_quotes: int
    people: int
    dates: int
    optional_dates: int
    must_not_merge: int
    authors: int

    @classmethod
    def of(cls, gold: Gold) -> GoldCounts:
        quotes = [q for a in gold.articles for q in a.quotes]
        dates = [d for a in gold.articles for d in a.dates]
        return cls(
            articles=len(gold.articles),
            quotes=sum(1 for q in quotes if not q.optional),
            optional_quotes=sum(1 for q in quotes if q.optional),
            attributable_quotes=sum(1 for q in quotes if not q.optional and speaker_is_scored(q)),
            people=sum(1 for a in gold.articles for p in a.people if not p.optional),
            dates=sum(1 for d in dates if not d.optional),
            optional_dates=sum(1 for d in dates if d.optional),
            must_not_merge=len(gold.must_not_merge),
            authors=len(gold.authors),
        )

    def to_text(self) -> str:
        parts = [f"{self.quotes} quotes (+{self.optional_quotes} optional, {self.attributable_quotes} attributable)",
                 f"{self.people} people", f"{self.dates} dates (+{self.optional_dates} optional)",
                 f"{self.must_not_merge} must_not_merge pairs", f"{self.authors} authors"]
        return f"{self.articles} articles; " + ", ".join(parts)


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    """The tool's scores (and a baseline's) on one gold set.

    Notes: every figure is micro-averaged (counts summed over the gold articles), scored by the
    rules of tests/data/EVAL-README.md; metrics the gold does not annotate are n/a.
    """

    gold_set: str
    gold_file: str
    counts: GoldCounts
    annotated: frozenset[str]
    tool: Scores
    articles_scored: int
    baseline_name: str | None = None
    baseline: Scores | None = None
    notes: tuple[str, ...] = ()
    seconds: tuple[tuple[str, float], ...] = ()

    def systems(self) -> list[tuple[str, Scores]]:
        pairs = [(TOOL, self.tool)]
        if self.baseline is not None and self.baseline_name:
            pairs.append((self.baseline_name, self.baseline))
        return pairs

    def to_text(self) -> str:
        """An aligned table, one row per metric, one column per system; then counts and notes."""
        systems = self.systems()
        header = ["metric", *(name for name, _ in systems)]
        rows = [[label, *(self._cell(key, scores) for _, scores in systems)] for key, label in METRICS]
        lines = [f"Evaluation on {self.gold_set} ({self.gold_file}): {self.counts.to_text()}",
                 f"{self.articles_scored} of {self.counts.articles} gold articles analysed", ""]
        lines += aligned(header, rows)
        lines += ["", f"{NOT_ANNOTATED}: not annotated in this gold set"
                  + (f"; {NOT_ATTEMPTED}: not attempted by the baseline" if len(systems) > 1 else "")]
        lines += misses_lines(self.tool.misses)
        lines += [f"note: {note}" for note in self._all_notes()]
        if self.seconds:
            lines.append("time: " + ", ".join(f"{name} {value:.1f} s" for name, value in self.seconds))
        return "\n".join(lines)

    def to_dict(self) -> dict[str, object]:
        """JSON-able: report/evaluation.json and the methods section of the briefing read this."""
        return {
            "schema": "evaluation/1",
            "gold_set": self.gold_set,
            "gold_file": self.gold_file,
            "gold_counts": asdict(self.counts),
            "articles_scored": self.articles_scored,
            "averaging": "micro (counts summed over the gold articles)",
            "metrics": [{"key": key, "label": label, "annotated": key in self.annotated} for key, label in METRICS],
            "systems": {name: {key: self._entry(key, scores) for key, _ in METRICS} for name, scores in self.systems()},
            "misses_by_mention": [{**asdict(t), "examples": list(t.examples)} for t in self.tool.misses],
            "notes": list(self._all_notes()),
            "seconds": {name: round(value, 2) for name, value in self.seconds},
        }

    def _cell(self, key: str, scores: Scores) -> str:
        if key not in self.annotated:
            return NOT_ANNOTATED
        metric = scores.metric(key)
        return NOT_ATTEMPTED if metric is None else format_metric(metric)

    def _entry(self, key: str, scores: Scores) -> dict[str, object]:
        if key not in self.annotated:
            return {"value": None, "status": "not annotated"}
        metric = scores.metric(key)
        return {"value": None, "status": "not attempted"} if metric is None else metric_entry(metric)

    def _all_notes(self) -> list[str]:
        """The report's own notes, then the error tallies item by item (a few of each)."""
        notes = list(self.notes)
        for name, scores in self.systems():
            for key, label in METRICS:
                metric = scores.metric(key)
                if isinstance(metric, Tally) and metric.items and key in self.annotated:
                    shown = "; ".join(metric.items[:MAX_LISTED])
                    more = f" and {len(metric.items) - MAX_LISTED} more" if len(metric.items) > MAX_LISTED else ""
                    notes.append(f"{name} {label}: {shown}{more}")
        return notes


def aligned(header: list[str], rows: list[list[str]]) -> list[str]:
    """A plain-text table: the header, a rule, the rows, each column as wide as its widest cell."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
            for row in [header, ["-" * w for w in widths], *rows]]


def misses_lines(tallies: tuple[KindTally, ...]) -> list[str]:
    """The tool's attribution by how the text refers to the speaker, with a few wrong ones each."""
    if not tallies:
        return []
    header = ["speaker mention", "quotes", "right", "wrong", "no speaker", "not found", "accuracy"]
    rows = [[t.kind, str(t.quotes), str(t.right), str(t.wrong), str(t.unattributed), str(t.missed),
             f"{t.accuracy:.3f}"] for t in tallies]
    lines = ["", f"{TOOL} attribution by speaker mention (accuracy = right / found):", *aligned(header, rows)]
    lines += [f"  {t.kind}: {example}" for t in tallies for example in t.examples]
    return lines


def format_metric(metric: Metric) -> str:
    """'0.412 (7/17)', '0.500 (P 3/5, R 3/7)' or '2'."""
    if isinstance(metric, Ratio):
        return f"{metric.value:.3f} ({metric.hits}/{metric.total})"
    if isinstance(metric, F1):
        return (f"{metric.value:.3f} (P {metric.predicted_hits}/{metric.predicted}, "
                f"R {metric.gold_hits}/{metric.gold})")
    return str(metric.value)


def metric_entry(metric: Metric) -> dict[str, object]:
    if isinstance(metric, Ratio):
        return {"value": round(metric.value, 4), "hits": metric.hits, "total": metric.total}
    if isinstance(metric, F1):
        return {"value": round(metric.value, 4), "precision": round(metric.precision, 4),
                "recall": round(metric.recall, 4), "predicted_hits": metric.predicted_hits,
                "predicted": metric.predicted, "gold_hits": metric.gold_hits, "gold": metric.gold}
    return {"value": metric.value, "items": list(metric.items)}

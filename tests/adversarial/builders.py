"""Inputs for the kinds: plausible English articles, and the folder a case runs on.

Every hostile input sits next to copies of the four seed articles (and their metadata.csv),
so a run also shows whether the good articles survive the bad one.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SEED_IDS = tuple(sorted(p.name for p in SEEDS.glob("*.txt")))

PARAGRAPHS = (
    "Officials from {place} and its neighbours met on Tuesday to discuss a new grain agreement, and the "
    "talks ran late into the night at the foreign ministry, according to two people who were there.",
    "\u201cWe will keep talking until there is an agreement that feeds the region,\u201d said Maria Lopez, a "
    "spokeswoman for the ministry of agriculture in {place}.",
    "The minister, Daniel Okafor, told reporters last week that the harvest had been the worst in a decade "
    "and that prices in the markets of {place} had doubled since the spring.",
    "\u201cThe farmers cannot wait for another season,\u201d Okafor said. \u201cThey need seed and fuel now, "
    "and they need to know that the roads to the ports will stay open.\u201d",
    "Analysts at the Institute for Food Policy said the deal, if it is signed next month, would be the "
    "largest of its kind since 2019, when the two governments last agreed on shared storage.",
    "The talks are expected to resume on Friday in the capital, where the delegations will also visit "
    "a warehouse that was damaged by floods in March.",
)


def article(title: str, *, place: str = "Valdoria", extra: str = "", paragraphs: int = 6) -> str:
    """A short, plausible English news article: a title line, then paragraphs with quotes and dates."""
    body = [p.format(place=place) for p in PARAGRAPHS[:paragraphs]]
    if extra:
        body.insert(1, extra)
    return title + "\n\n" + "\n\n".join(body) + "\n"


def long_prose(target_chars: int, *, salt: str = "") -> str:
    """Article-like prose of about `target_chars` characters, with varied numbers so it is no duplicate."""
    parts: list[str] = []
    size = 0
    number = 0
    while size < target_chars:
        number += 1
        place = f"District {number}{salt}"
        paragraph = PARAGRAPHS[number % len(PARAGRAPHS)].format(place=place)
        parts.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(parts) + "\n"


@dataclass
class Case:
    """What one run is given: an input folder (seeds copied in), the arguments, and the output folders.

    Kinds build into a Case: they add files to `folder`, rows to `metadata_rows` or `alias_rows`,
    or change `inputs` / `args`. `write_side_files` then writes metadata.csv and aliases.csv.
    """

    root: Path
    canary: str = ""  # base URL of a local listener that records every request (nothing may be fetched)
    command: str = "report"
    inputs: list[str] = field(default_factory=list)
    args: list[str] = field(default_factory=list)
    metadata_rows: list[list[str]] = field(default_factory=list)
    alias_rows: list[list[str]] = field(default_factory=list)
    wrapper: list[str] = field(default_factory=list)  # a command the run is started under (e.g. setpriv)
    runs: int = 1  # how many times the same command runs (the last run is the one checked)
    cwd: Path | None = None  # where the command runs (default: the case's root)

    def __post_init__(self) -> None:
        self.folder = self.root / "articles"
        self.out = self.root / "out"
        self.figures = self.root / "figures"
        copy_seeds(self.folder)
        self.inputs = [str(self.folder)]

    def add(self, name: str | bytes, content: str | bytes, encoding: str = "utf-8") -> Path:
        """Write one file into the input folder (a bytes name for names that are not UTF-8)."""
        data = content.encode(encoding) if isinstance(content, str) else content
        if isinstance(name, bytes):
            with open(os.path.join(os.fsencode(self.folder), name), "wb") as stream:
                stream.write(data)
            return self.folder / os.fsdecode(name)
        path = self.folder / name
        path.write_bytes(data)
        return path

    def subfolder(self, name: str) -> Path:
        """A second input folder, with side files of its own (its metadata.csv does not touch the seeds')."""
        folder = self.root / f"side-{name}"
        folder.mkdir()
        self.inputs.append(str(folder))
        return folder

    def folders(self) -> list[Path]:
        return [Path(p) for p in self.inputs if p != "--" and Path(p).is_dir()]

    def write_side_files(self) -> None:
        if self.metadata_rows:
            with open(self.folder / "metadata.csv", "a", newline="", encoding="utf-8") as stream:
                csv.writer(stream, lineterminator="\n").writerows(self.metadata_rows)
        if self.alias_rows:
            path = self.folder / "aliases.csv"
            new = not path.exists()
            with open(path, "a", newline="", encoding="utf-8") as stream:
                writer = csv.writer(stream, lineterminator="\n")
                if new:
                    writer.writerow(["alias", "canonical"])
                writer.writerows(self.alias_rows)


def copy_seeds(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in SEEDS.iterdir():
        if path.is_file():
            shutil.copy(path, target / path.name)
    return target


def metadata_row(file: str, *, title: str = "", outlet: str = "", author: str = "", published: str = "",
                 genre: str = "", url: str = "") -> list[str]:
    """A metadata.csv row in the seeds' column order (file,title,outlet,author,published,genre,url)."""
    return [file, title, outlet, author, published, genre, url]


def jsonl(*records: dict | str) -> str:
    """A .jsonl corpus file: dicts become JSON lines, strings are written as they are."""
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def csv_text(rows: list[list[str]]) -> str:
    stream = io.StringIO()
    csv.writer(stream, lineterminator="\n").writerows(rows)
    return stream.getvalue()


def deep_json(depth: int) -> str:
    """A JSON line nested `depth` deep inside a record that also has a text."""
    return '{"text": "Nested.", "payload": ' + "[" * depth + "]" * depth + "}"


TINY_WORDS = {
    "noun": "council bridge river harbour school clinic market road budget mayor union court station farm".split(),
    "verb": "approved delayed opened closed funded rejected inspected repaired doubled halved".split(),
    "place": "Alder Birch Cedar Dale Elm Fern Glen Heath Ivy Juniper Kestrel Linden Moor Nettle Oak".split(),
    "day": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}


def tiny_articles(folder: Path, count: int, *, outlets: int = 20) -> None:
    """`count` short but usable articles (about 40 words) from `outlets` outlets, no two alike.

    Notes: words drawn at random per article, so no two share most of their word 5-grams (which
    would make them near-duplicates, set aside)."""
    import random

    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        pick = random.Random(number).choice
        sentences = [
            f"The {pick(TINY_WORDS['noun'])} of {pick(TINY_WORDS['place'])} {pick(TINY_WORDS['verb'])} the "
            f"{pick(TINY_WORDS['noun'])} on {pick(TINY_WORDS['day'])}, and {number % 97 + n} people were there."
            for n in range(3)]
        text = f"Report {number} from {pick(TINY_WORDS['place'])}\n\n" + " ".join(sentences) + "\n"
        # A letters-only prefix is read as the outlet (`outletcb_00042.txt` -> `outletcb`): `outlets` sources.
        outlet = "outlet" + "".join(chr(97 + int(digit)) for digit in f"{number % outlets:02d}")
        (folder / f"{outlet}_{number:05d}.txt").write_text(text, "utf-8")

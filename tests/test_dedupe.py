"""Duplicate articles: found, reported, and counted once where counting twice would mislead."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from mediabrief.cli import main
from mediabrief.ingest.dedupe import (
    DuplicateKind,
    _band_pairs,
    find_duplicates,
    least_jaccard,
    set_aside_duplicates,
)
from mediabrief.ingest.corpus import load_corpus
from mediabrief.settings import Thresholds

from .conftest import SEEDS

CONTAINMENT = Thresholds().duplicate_containment

WIRE = [
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome "
    "on Wednesday, in a summit that Western officials said could lead to a deal on weapons.",
    "Putin said Russia would help North Korea build satellites, according to state media, and Kim "
    "promised his full support for what he called Moscow's sacred fight.",
    "The two leaders toured the launch facilities before holding talks that lasted about four hours, "
    "officials from both countries said afterwards.",
    "Analysts in Seoul said the meeting showed how far the two isolated states had come since their "
    "first summit in Vladivostok in 2019, when talks produced few results.",
    "Washington has warned that any arms deal between the two would violate United Nations sanctions "
    "and said it would respond to any transfer of weapons.",
]
OTHER = (
    "Farmers in the south of the country said the rains came late this year, and the harvest of rice "
    "and beans would be smaller than last year's, raising prices in the markets of the capital before "
    "the holidays, when demand is highest. " * 3
)


def write(folder, name, title, paragraphs):
    (folder / name).write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8")


def wire_folder(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir(parents=True)
    write(folder, "a_story.txt", "Putin and Kim meet", WIRE)
    write(folder, "a_story_copy.txt", "Putin and Kim meet", WIRE)  # same text, same outlet, second name
    write(folder, "b_story.txt", "Kim visits Russia's spaceport", ["By the wire's correspondent in Moscow."] + WIRE[:4])
    write(folder, "c_farm.txt", "A late harvest", [OTHER, '"' + WIRE[1] + '"'])
    (folder / "metadata.csv").write_text(
        "file,outlet,published\na_story.txt,Outlet A,2023-09-13\na_story_copy.txt,Outlet A,2023-09-14\n"
        "b_story.txt,Outlet B,2023-09-13\nc_farm.txt,Outlet C,2023-09-13\n", "utf-8")
    return folder


def test_exact_and_near_duplicates_are_found_and_unrelated_articles_are_not(tmp_path):
    corpus = load_corpus([wire_folder(tmp_path)])
    found = {d.article_id: d for d in find_duplicates(corpus.articles)}
    assert set(found) == {"a_story_copy.txt", "b_story.txt"}
    copy, wire = found["a_story_copy.txt"], found["b_story.txt"]
    assert (copy.duplicate_of, copy.kind, copy.similarity, copy.set_aside) == (
        "a_story.txt", DuplicateKind.EXACT, 1.0, True)
    assert (wire.duplicate_of, wire.kind, wire.set_aside) == ("a_story.txt", DuplicateKind.NEAR, False)
    assert 0.8 <= wire.similarity <= 1.0


def test_same_outlet_copies_are_set_aside_and_other_outlets_kept(tmp_path):
    corpus, duplicates = set_aside_duplicates(load_corpus([wire_folder(tmp_path)]))
    ids = [a.article_id for a in corpus.articles]
    assert ids == ["a_story.txt", "b_story.txt", "c_farm.txt"]
    assert [s.path.name for s in corpus.skipped] == ["a_story_copy.txt"]
    assert "same text as a_story.txt" in corpus.skipped[0].reason
    assert {d.article_id for d in duplicates if not d.set_aside} == {"b_story.txt"}  # the other outlet's copy
    kept, all_found = set_aside_duplicates(load_corpus([wire_folder(tmp_path / "again")]), keep=True)
    assert len(kept.articles) == 4 and not any(d.set_aside for d in all_found)


def test_the_seeds_hold_no_duplicates():
    assert find_duplicates(load_corpus([SEEDS]).articles) == []


def test_analyze_writes_duplicates_csv_and_counts_a_copy_once(tmp_path):
    out = tmp_path / "out"
    code = main(["analyze", str(wire_folder(tmp_path)), "--out", str(out), "--quiet",
                 "--cache-dir", str(tmp_path / "cache")])
    assert code == 0
    duplicates = pd.read_csv(out / "duplicates.csv")
    assert list(duplicates["article_id"]) == ["a_story_copy.txt", "b_story.txt"]
    assert list(duplicates["set_aside"]) == [True, False]
    assert sorted(pd.read_csv(out / "articles.csv")["article_id"]) == ["a_story.txt", "b_story.txt", "c_farm.txt"]
    assert list(pd.read_csv(out / "skipped.csv")["file"]) == ["a_story_copy.txt"]


def test_band_pairs_are_every_pair_of_rows_with_equal_values():
    rng = np.random.default_rng(7)
    band = rng.integers(0, 4, size=(300, 2)).astype(np.uint64)  # 16 values: buckets of about 19 rows
    expected = {i * len(band) + j for i, j in itertools.combinations(range(len(band)), 2)
                if (band[i] == band[j]).all()}
    found = _band_pairs(band)
    assert len(found) == len(expected) and set(found.tolist()) == expected


def test_least_jaccard_is_what_containment_allows_for_the_two_sizes():
    small, large = 200, 1000
    common = CONTAINMENT * small
    assert least_jaccard(np.array([small]), np.array([large]), CONTAINMENT)[0] == pytest.approx(common / (small + large - common))
    assert least_jaccard(np.array([500]), np.array([500]), CONTAINMENT)[0] == pytest.approx(CONTAINMENT / (2 - CONTAINMENT))


def test_a_short_wire_story_inside_a_long_article_is_a_near_duplicate(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    filler = [f"{OTHER} Paragraph {n} of the long feature went on about the weather." for n in range(4)]
    write(folder, "long_feature.txt", "A long feature", filler + WIRE[:4])  # the wire is a fifth of it
    write(folder, "wire.txt", "The wire story", WIRE[:4])
    found = find_duplicates(load_corpus([folder]).articles)
    # Neither is dated, so the first by name is the original.
    assert [(d.article_id, d.duplicate_of, d.kind) for d in found] == [
        ("wire.txt", "long_feature.txt", DuplicateKind.NEAR)]
    assert found[0].similarity >= 0.95

"""The per-source speaker table and chart: one person keeps one gender and one kind in every source's."""

from __future__ import annotations

import pandas as pd

from mediabrief.compare.coverage import speaker_type_counts, speakers
from mediabrief.compare.groups import Grouping


def _quote(article_id: str, speaker: str, gender: str, start: int) -> dict:
    return {"article_id": article_id, "speaker": speaker, "kind": "direct", "speaker_type": "official",
            "speaker_role": "President", "speaker_gender": gender, "start": start}


def test_one_sources_misread_pronoun_does_not_change_a_persons_gender():
    quotes = pd.DataFrame([_quote("a1", "Obama", "female", 10), _quote("a1", "Obama", "female", 20)]
                          + [_quote("b1", "Obama", "male", 10 * n) for n in range(1, 6)])
    actors = pd.DataFrame({"article_id": ["a1", "b1"], "actor": ["Obama", "Obama"], "type": ["person", "person"]})
    grouping = Grouping(by="outlet", group_of={"a1": "a", "b1": "b"}, labels={"a": "breitbart", "b": "nyt"},
                        members={"a": ("a1",), "b": ("b1",)}, article_names={"a1": "one", "b1": "two"})
    table = speakers(quotes, actors, grouping)
    assert table.set_index("source")["gender"].to_dict() == {"breitbart": "male", "nyt": "male"}


def test_one_person_is_one_kind_of_speaker_in_every_table_and_chart():
    quotes = pd.DataFrame([_quote("a1", "Hillary Clinton", "female", n) for n in range(1, 4)]
                          + [_quote("b1", "Hillary Clinton", "female", 10)])
    quotes.loc[3, "speaker_type"] = "expert"  # the one outlet that called her `former secretary of State`
    actors = pd.DataFrame({"article_id": ["a1", "b1"], "actor": ["Hillary Clinton"] * 2, "type": ["person"] * 2})
    grouping = Grouping(by="outlet", group_of={"a1": "a", "b1": "b"}, labels={"a": "nyt", "b": "usa-today"},
                        members={"a": ("a1",), "b": ("b1",)}, article_names={"a1": "one", "b1": "two"})
    assert set(speakers(quotes, actors, grouping)["speaker_type"]) == {"official"}
    counts = speaker_type_counts(quotes, grouping)
    assert counts.loc["usa-today", "official"] == 1 and counts.loc["usa-today", "expert"] == 0

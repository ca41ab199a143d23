"""The per-source speaker table: one person keeps one gender in every source's table."""

from __future__ import annotations

import pandas as pd

from mediabrief.compare.coverage import speakers
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

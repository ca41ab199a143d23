"""The cleaned entity mention that actor resolution works on, shared by the modules that repair it."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Gender


@dataclass(frozen=True, slots=True)
class EntityCandidate:
    """A cleaned entity mention: titles, `the` and possessives off; offsets into `doc.text`."""

    name: str
    label: str
    text: str
    start: int
    end: int
    token: int
    paragraph: int
    is_subject: bool = False
    quoted: bool = False  # inside quotation marks: a nickname (`Robert C. "Bobby" Scott`), a chant
    sex: Gender = Gender.UNKNOWN  # where the mention's own title or role says it (`Mr.`, `the first lady`)
    country: str | None = None  # a body's country, where a possessive before it says (`South Korea's`)

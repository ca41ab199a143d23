"""Which full name a bare or particle name in an article stands for, as a reader would take it.

Notes: a surname or first name goes to the one full name in the article that starts or ends with it;
among namesakes, the one named nearby, else the one introduced lately, else the story's first; a
title's sex and a first name used alone tell namesakes apart.
"""

from __future__ import annotations

import bisect

from .candidates import EntityCandidate
from .entity_labels import NAME_PARTICLES
from ..names import end_parts, most_common_form, name_parts, person_key
from ..records import Gender

RECENT_PARAGRAPHS = 2  # a namesake brought in this recently is the one a bare name means


def stated_sexes(candidates: list[EntityCandidate], people: dict[str, str]) -> dict[str, Gender]:
    """Full-name key -> the one sex its full-name mentions state, where they state one."""
    stated: dict[str, set[Gender]] = {}
    for c in candidates:
        key = person_key(c.name)
        if c.sex is not Gender.UNKNOWN and key in people:
            stated.setdefault(key, set()).add(c.sex)
    return {key: next(iter(found)) for key, found in stated.items() if len(found) == 1}


def overshadowed_names(candidates: list[EntityCandidate], sexes: dict[str, Gender], by_part: dict[str, list[str]]) -> frozenset[str]:
    """Full names a bare name with no title does not stand for: those of one sex whose surname the
    article more often gives with the other sex's title (`the first lady, Michelle Obama` once, `Mr.
    Obama` twelve times: a bare `Obama` is Mr. Obama)."""
    votes: dict[str, int] = {}
    for c in candidates:
        parts = name_parts(c.name)
        if c.label != "PERSON" or len(parts) != 1 or c.sex is Gender.UNKNOWN:
            continue
        for key in by_part.get(parts[0], []):
            if key in sexes:
                votes[key] = votes.get(key, 0) + (1 if sexes[key] == c.sex else -1)
    return frozenset(key for key, vote in votes.items() if vote < 0)


def full_names(candidates: list[EntityCandidate]) -> dict[str, str]:
    """Person key -> the form of that full name written most often in the article."""
    forms: dict[str, list[str]] = {}
    for c in candidates:
        if c.label == "PERSON" and len(name_parts(c.name)) >= 2:
            forms.setdefault(person_key(c.name), []).append(c.name)
    return {key: most_common_form(names) for key, names in forms.items()}


def full_name_ending_on(key: str, people: dict[str, str], *, hyphenated: bool = False) -> str | None:
    """`Le Pen` after `Marine Le Pen`, `von der Leyen` after `Ursula von der Leyen`: a surname that
    opens on a particle, or one word joined by a hyphen (`Morgan-Simpson` after `Bobette
    Morgan-Simpson`), is the one full name in the article that ends on it."""
    if key.split()[0] not in NAME_PARTICLES and not hyphenated:
        return None
    longer = [other for other in people if other.endswith(" " + key)]
    return longer[0] if len(longer) == 1 else None


def bare_name_candidates(name: str, people: dict[str, str], by_part: dict[str, list[str]] | None = None) -> list[str]:
    """Full-name keys a one-word mention could stand for; `by_part` (`people_by_part`) saves a scan of `people`."""
    parts = name_parts(name)
    if len(parts) != 1:
        return []
    if by_part is not None:
        return by_part.get(parts[0], [])
    return [key for key in people if parts[0] in end_parts(people[key])]


def people_by_part(people: dict[str, str]) -> dict[str, list[str]]:
    """First or last name part -> the full-name keys that start or end with it, in `people`'s order."""
    index: dict[str, list[str]] = {}
    for key, form in people.items():
        for part in end_parts(form):  # the written form: `Ching-te` keeps the hyphen the key drops
            index.setdefault(part, []).append(key)
    # `Salahuddin added`, after `Syed Salahuddin Ahmed`: a middle name no one's first or last name is.
    middles: dict[str, list[str]] = {}
    for key, form in people.items():
        for part in name_parts(form)[1:-1]:
            if part not in index:
                middles.setdefault(part, []).append(key)
    return index | middles


def called_by_first_name(candidates: list[EntityCandidate], people: dict[str, str]) -> frozenset[str]:
    """Full-name keys of people the article also calls by the first name alone (`Elian`): news keeps
    the first name for the one namesake it must tell apart, so a bare surname means another."""
    singles = {name_parts(c.name)[0] for c in candidates if len(name_parts(c.name)) == 1 and not c.quoted}
    surnames = {name_parts(key)[-1] for key in people}
    return frozenset(key for key in people if name_parts(key)[0] in singles - surnames)


def full_mentions(candidates: list[EntityCandidate], people: dict[str, str]) -> dict[str, list[tuple[int, int]]]:
    """Person key -> (paragraph, token) of each full-name mention, in text order."""
    places: dict[str, list[tuple[int, int]]] = {}
    for c in candidates:
        key = person_key(c.name)
        if key in people:
            places.setdefault(key, []).append((c.paragraph, c.token))
    return places


def pick_referent(options: list[str], places: dict[str, list[tuple[int, int]]], paragraph: int, token: int) -> str:
    """Which of several namesakes a bare name means, as a reader would take it.

    Notes: one named in full earlier in the same paragraph wins (the most recent); else the one
    namesake brought in during the last two paragraphs (`Homeland Security Secretary Jeh Johnson`
    long after Gary Johnson); otherwise the namesake the article introduced first, the story's
    default. Each namesake's places are in text order, so its latest one before the mention is
    found by bisection.
    """
    local = []
    for key in options:
        index = bisect.bisect_left(places[key], (paragraph, token)) - 1
        if index >= 0 and places[key][index][0] == paragraph:
            local.append((places[key][index], key))
    if local:
        return max(local)[1]
    introduced = [key for key in options if 0 < paragraph - places[key][0][0] <= RECENT_PARAGRAPHS]
    if len(introduced) == 1:
        return introduced[0]
    return min(options, key=lambda k: (places[k][0], k))

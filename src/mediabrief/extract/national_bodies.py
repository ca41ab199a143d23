"""Whose ministry: `South Korea's Foreign Ministry` and `the Russian Foreign Ministry` are two bodies.

Notes: a government body's name seldom says whose it is (`Foreign Ministry`, `Ministry of Foreign
Affairs`, `Defence Department`); the country sits before it as a possessive. A corpus about two
countries' diplomacy would otherwise merge both foreign ministries into one speaker. The body is
named with its country's adjective (`South Korean Foreign Ministry`), and a later bare mention in the
same article (`the Foreign Ministry also said`) is the last such body named.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Span

from .name_evidence import entity_start
from .lexicon import Lexicon
from ..records import ActorMention, ActorType

NATIONAL_LABELS = frozenset({"GPE", "NORP"})


def possessor_country(entity: Span, lexicon: Lexicon) -> str | None:
    """The country a possessive before a name, or `in` a place after it, says the body is of:
    `South Korea's` / `Seoul's` Foreign Ministry, the Foreign Ministry in Seoul."""
    doc = entity.doc
    start = entity.start
    if entity.end + 1 < len(doc) and doc[entity.end].lower_ == "in" and doc[entity.end + 1].ent_type_ == "GPE":
        place = doc[entity.end + 1 : entity.end + 4]
        return country_of(" ".join(t.text for t in place if t.ent_type_ == "GPE" and t.ent_iob_ != "O"), lexicon)
    if start < 2 or doc[start - 1].tag_ != "POS" or doc[start - 2].ent_type_ not in NATIONAL_LABELS:
        return None
    first = entity_start(doc, start - 2)  # back to the place's first word: `South` of `South Korea's`
    return country_of(doc[first : start - 1].text, lexicon)


def country_of(place: str, lexicon: Lexicon) -> str | None:
    lower = place.lower().removeprefix("the ")
    if lower in lexicon.country_names:
        return lexicon.country_names[lower]
    alias = lexicon.aliases.get(lower)
    if alias is not None and alias[1] == "country":
        return alias[0]
    return lexicon.capitals.get(lower) or lexicon.demonyms.get(lower)


def national_names(mentions: Iterable[tuple[ActorMention, str | None]], lexicon: Lexicon) -> Iterator[ActorMention]:
    """Each mention, a government body's name given its country where the article says it."""
    last_named: dict[str, str] = {}
    for mention, country in mentions:
        if mention.type is not ActorType.ORGANISATION:
            yield mention
            continue
        own = _own_nationality(mention.actor, lexicon)
        if own is not None:
            last_named[own] = mention.actor  # `the Russian Foreign Ministry`, and later `the Foreign Ministry`
            yield mention
            continue
        if not is_national_body(mention.actor, lexicon):
            yield mention
            continue
        adjective = lexicon.country_adjectives.get(country) if country else None
        if adjective is not None:
            last_named[mention.actor] = f"{adjective} {mention.actor}"
        yield replace(mention, actor=last_named.get(mention.actor, mention.actor))


def _own_nationality(name: str, lexicon: Lexicon) -> str | None:
    """`Russian Foreign Ministry` -> `Foreign Ministry`, the body's name without the nationality it opens with."""
    words = name.split()
    for cut in (2, 1):
        if len(words) > cut and " ".join(words[:cut]).lower() in lexicon.demonyms:
            rest = " ".join(words[cut:])
            return rest if is_national_body(rest, lexicon) else None
    return None


def is_national_body(name: str, lexicon: Lexicon) -> bool:
    """`Foreign Ministry`, `Ministry of Foreign Affairs`: a government body whose name has no country."""
    words = name.lower().split()
    if not words or not (words[-1] in lexicon.government_words or words[0] in ("ministry", "department")):
        return False
    return not any(" ".join(words[i:j]) in lexicon.nationalities for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def national_name(phrase: Span, lexicon: Lexicon) -> str | None:
    """`South Korea's foreign ministry` -> `South Korean foreign ministry`, as the body would be named."""
    words = [t for t in phrase if t.lower_ != "the"]
    possessive = next((i for i, t in enumerate(words) if t.tag_ == "POS"), None)
    if possessive is None or possessive == 0 or not is_national_body(" ".join(t.text for t in words[possessive + 1 :]), lexicon):
        return None
    country = country_of(" ".join(t.text for t in words[:possessive]), lexicon)
    adjective = lexicon.country_adjectives.get(country) if country else None
    return f"{adjective} " + " ".join(t.text for t in words[possessive + 1 :]) if adjective else None

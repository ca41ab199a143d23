"""Actors across the corpus: one canonical name per actor in every article (records only, no NLP).

Notes: within an article the extractor has already merged variants; here the
same person written differently in two articles (`Kim Jong-un`, `Kim Jong Un`)
gets the form the corpus uses most, a bare surname nothing in its own article
explained goes to the one person in the corpus with that name (or to the one the
corpus names far more often than any other of that name, and of the same sex), a
name the corpus types one way far more often than another takes that type,
an acronym meets the organisation whose initials it is, and a user's
`aliases.csv` (alias,canonical) beside the articles has the last word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from ..ingest.corpus import read_aliases
from ..names import acronym_key, best_spelling, end_parts, initials, name_key, name_parts, person_key, renamed_members
from ..records import ActorMention, ActorType, ArticleAnalysis, Gender, SpeakerType

ALIAS_FILE = "aliases.csv"
# `Obama` where the corpus names Barack Obama in fifteen articles and Michelle Obama in one: a bare name
# left open in its own article is the one the corpus names in at least this many times as many articles
DOMINANT_SHARE = 3
MIN_DOMINANT_ARTICLES = 2
# `New York` read as a person in one article and as a place in eighteen: the type the corpus gives a
# name in at least this many times as many articles as another is the name's type everywhere
TYPE_MAJORITY = 3


def resolve_corpus_actors(
    analyses: Sequence[ArticleAnalysis], aliases: dict[str, str] | None = None
) -> list[ArticleAnalysis]:
    """Rename actors (and the quote speakers that name them) to one corpus-wide canonical form."""
    if aliases is None:
        aliases = load_aliases(sorted({a.article.path.parent for a in analyses}))
    analyses = _retyped(analyses, corpus_types(analyses))
    mentions = [m for a in analyses for m in a.actors]
    renames = canonical_names([a.actors for a in analyses], _speaker_sexes(analyses))
    renames.update(acronym_names(mentions, renames))
    for old, new in list(renames.items()):
        renames[old] = aliases.get(name_key(new), new)
    for mention in mentions:
        if name_key(mention.actor) in aliases:
            renames.setdefault(mention.actor, aliases[name_key(mention.actor)])
    renamed = [_renamed(analysis, renames) for analysis in analyses]
    # (a body the model read as `Trump` in `the Trump campaign` now bears the person's name, and yields to him)
    return share_roles(_retyped(renamed, corpus_types(renamed)))


def share_roles(analyses: Sequence[ArticleAnalysis]) -> list[ArticleAnalysis]:
    """A speaker one article introduces without a role takes the role another article gives them."""
    roles: dict[str, tuple[str, SpeakerType]] = {}
    for analysis in analyses:
        for quote in analysis.quotes:
            if quote.speaker and quote.speaker_role and quote.speaker_type is not SpeakerType.OTHER:
                roles.setdefault(quote.speaker, (quote.speaker_role, quote.speaker_type))
    result = []
    for analysis in analyses:
        quotes = tuple(
            replace(q, speaker_role=roles[q.speaker][0], speaker_type=roles[q.speaker][1])
            if q.speaker in roles and not q.speaker_role and q.speaker_type is SpeakerType.OTHER
            else q
            for q in analysis.quotes
        )
        result.append(replace(analysis, quotes=quotes))
    return result


def corpus_types(analyses: Sequence[ArticleAnalysis]) -> dict[str, ActorType]:
    """Actor name -> the type the corpus gives it in far more articles than the one it has elsewhere."""
    articles: dict[str, Counter] = {}
    for analysis in analyses:
        for name, kind in {(m.actor, m.type) for m in analysis.actors}:
            articles.setdefault(name, Counter())[kind] += 1
    types = {}
    for name, counts in articles.items():
        (top, most), *rest = sorted(counts.items(), key=lambda item: (-item[1], item[0].value))
        if rest and all(most >= TYPE_MAJORITY * count for _, count in rest):
            types[name] = top
    return types


def _retyped(analyses: Sequence[ArticleAnalysis], types: dict[str, ActorType]) -> list[ArticleAnalysis]:
    def retyped(mention: ActorMention) -> ActorMention:
        kind = types.get(mention.actor, mention.type)
        return mention if kind is mention.type else replace(mention, type=kind)
    return [replace(a, actors=tuple(retyped(m) for m in a.actors)) for a in analyses]


def _speaker_sexes(analyses: Sequence[ArticleAnalysis]) -> dict[str, Gender]:
    """Speaker -> the sex most of the corpus's quotations give them, where it gives one."""
    counts: dict[str, Counter] = {}
    for quote in (q for a in analyses for q in a.quotes):
        if quote.speaker and quote.speaker_gender is not Gender.UNKNOWN:
            counts.setdefault(quote.speaker, Counter())[quote.speaker_gender] += 1
    return {name: sorted(c.items(), key=lambda item: (-item[1], item[0].value))[0][0] for name, c in counts.items()}


def canonical_names(
    articles: Sequence[Sequence[ActorMention]], sexes: dict[str, Gender] | None = None
) -> dict[str, str]:
    """Old actor name -> corpus canonical name, for people; `articles` are each article's mentions,
    `sexes` as `_speaker_sexes`."""
    sexes = sexes or {}
    people = [m for mentions in articles for m in mentions if m.type is ActorType.PERSON]
    full = Counter(m.actor for m in people if m.resolved and len(name_parts(m.actor)) >= 2)
    by_key: dict[str, Counter] = {}
    for name, count in full.items():
        by_key.setdefault(person_key(name), Counter())[name] += count
    chosen = {key: best_spelling(forms) for key, forms in by_key.items()}
    renames = {name: chosen[person_key(name)] for name in full}
    by_part: dict[str, set[str]] = {}
    for key, name in chosen.items():
        for part in end_parts(name):
            by_part.setdefault(part, set()).add(name)
    spread = Counter(name for mentions in articles
                     for name in {renames[m.actor] for m in mentions if m.resolved and m.actor in renames})
    for mention in people:
        if mention.resolved or len(name_parts(mention.actor)) != 1:
            continue
        options = by_part.get(name_parts(mention.actor)[0], set())
        sex = sexes.get(mention.actor)
        options = {o for o in options if sex is None or sexes.get(o) in (None, sex)}
        chosen_name = options.pop() if len(options) == 1 else _dominant(options, spread)
        if chosen_name:
            renames[mention.actor] = chosen_name
    return renames


def _dominant(options: set[str], spread: Counter) -> str | None:
    ranked = sorted(options, key=lambda name: (-spread[name], name))
    if not ranked or spread[ranked[0]] < MIN_DOMINANT_ARTICLES:
        return None
    runner_up = spread[ranked[1]] if len(ranked) > 1 else 0
    return ranked[0] if spread[ranked[0]] >= DOMINANT_SHARE * runner_up else None


def acronym_names(mentions: Iterable[ActorMention], renames: dict[str, str]) -> dict[str, str]:
    """`KCNA` in one article and `Korean Central News Agency` in another are one organisation."""
    mentions = list(mentions)
    long_names = {
        initials(m.actor): m.actor for m in mentions
        if m.type is ActorType.ORGANISATION and len(m.actor.split()) > 1 and not acronym_key(m.actor)
    }
    found = {}
    for mention in mentions:
        key = acronym_key(mention.actor)
        if key and key in long_names and mention.actor not in renames:
            found[mention.actor] = long_names[key]
    return found


def load_aliases(folders: Iterable[Path]) -> dict[str, str]:
    """`alias,canonical` rows from `aliases.csv` in the article folders, keyed by the alias's name key."""
    table: dict[str, str] = {}
    for folder in folders:
        path = folder / ALIAS_FILE
        if path.is_file():
            pairs, _ = read_aliases(path)  # ingest has already warned about the rows it cannot use
            table.update((name_key(alias), canonical) for alias, canonical in pairs)
    return table


def _renamed(analysis: ArticleAnalysis, renames: dict[str, str]) -> ArticleAnalysis:
    if not renames:
        return analysis
    actors = tuple(
        replace(m, actor=renames[m.actor], resolved=True) if m.actor in renames else m for m in analysis.actors
    )
    quotes = tuple(
        replace(q, speaker=_renamed_speaker(q.speaker, renames)) if q.speaker else q for q in analysis.quotes
    )
    return replace(analysis, actors=actors, quotes=quotes)


def _renamed_speaker(speaker: str, renames: dict[str, str]) -> str:
    """A speaker, or each member of a group speaking together (`Larry King and Ed Schultz`)."""
    if speaker in renames:
        return renames[speaker]
    return renamed_members(speaker, renames)

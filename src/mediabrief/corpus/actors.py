"""Actors across the corpus: one canonical name per actor in every article (records only, no NLP).

Notes: within an article the extractor has already merged variants; here the
same person written differently in two articles (`Kim Jong-un`, `Kim Jong Un`)
gets the form the corpus uses most, a bare surname nothing in its own article
explained goes to the one person in the corpus with that name (if exactly one),
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
from ..records import ActorMention, ActorType, ArticleAnalysis, SpeakerType

ALIAS_FILE = "aliases.csv"


def resolve_corpus_actors(
    analyses: Sequence[ArticleAnalysis], aliases: dict[str, str] | None = None
) -> list[ArticleAnalysis]:
    """Rename actors (and the quote speakers that name them) to one corpus-wide canonical form."""
    if aliases is None:
        aliases = load_aliases(sorted({a.article.path.parent for a in analyses}))
    mentions = [m for a in analyses for m in a.actors]
    renames = canonical_names(mentions)
    renames.update(acronym_names(mentions, renames))
    for old, new in list(renames.items()):
        renames[old] = aliases.get(name_key(new), new)
    for mention in mentions:
        if name_key(mention.actor) in aliases:
            renames.setdefault(mention.actor, aliases[name_key(mention.actor)])
    renamed = [_renamed(analysis, renames) for analysis in analyses]
    return share_roles(renamed)


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


def canonical_names(mentions: Iterable[ActorMention]) -> dict[str, str]:
    """Old actor name -> corpus canonical name, for people."""
    people = [m for m in mentions if m.type is ActorType.PERSON]
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
    for mention in people:
        if mention.resolved or len(name_parts(mention.actor)) != 1:
            continue
        options = by_part.get(name_parts(mention.actor)[0], set())
        if len(options) == 1:
            renames[mention.actor] = next(iter(options))
    return renames


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

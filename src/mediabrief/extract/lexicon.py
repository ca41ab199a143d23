"""Word lists from `resources/`, loaded once and passed to the extractors as plain data."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import lru_cache

from ..resources import read_resource


@dataclass(frozen=True, slots=True)
class HeadRule:
    """What a description's head noun can stand for (resources/description_heads.csv)."""

    kind: str  # person, anyone, media, organisation, place
    fits: frozenset[str]
    gender: str = ""


@dataclass(frozen=True, slots=True)
class Lexicon:
    speech_verbs: frozenset[str]  # with the quotation and clause verbs
    quotation_verbs: frozenset[str]
    media_words: frozenset[str]
    role_types: dict[str, str]
    titles: frozenset[str]
    aliases: dict[str, tuple[str, str]]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    description_heads: dict[str, HeadRule]
    description_words: dict[str, str]
    document_nouns: dict[str, frozenset[str]]
    countries: frozenset[str]  # lower-case country names, for a description's nationality
    media_kinds: frozenset[str]  # words that say what kind of news medium one is (network, newspaper …)
    gendered_words: dict[str, str]  # role or kinship word -> male / female
    kinship_words: frozenset[str] = frozenset()  # father, great-uncle's `uncle`, widow …
    clause_verbs: frozenset[str] = frozenset()  # report only with a complement clause: demand, question
    result_nouns: frozenset[str] = frozenset()  # figures one reports or posts without saying anything: profit
    source_nouns: dict[str, str] = field(default_factory=dict)  # noun -> body / relation / trade: jury, friend
    person_heads: frozenset[str] = frozenset()  # description heads that stand for a person
    trade_nouns: frozenset[str] = frozenset()  # people by what they do or where they are (`resident`, `witness`)
    person_nouns: frozenset[str] = frozenset()  # person heads, and people by trade or tie (`cleric`, `friend`)
    title_words: frozenset[str] = frozenset()  # titles and role words, which a run of a person's titles is made of
    role_nouns: frozenset[str] = frozenset()  # a person's role or trade words, which may stand before their name
    government_words: frozenset[str] = frozenset()  # a body whose name ends so speaks as an official
    country_adjectives: dict[str, str] = field(default_factory=dict)  # South Korea -> South Korean
    country_names: dict[str, str] = field(default_factory=dict)  # south korea -> South Korea
    nationalities: frozenset[str] = frozenset()  # lower-case countries and demonyms, for a body's own nationality
    statement_nouns: frozenset[str] = frozenset()  # a body's own documents, one another's names: statement, release
    place_words: frozenset[str] = frozenset()  # what a place's name, never a person's, ends on: county, barrage
    rank_words: frozenset[str] = frozenset()  # what makes a role another office: prime (minister), vice (president)
    company_suffixes: frozenset[str] = frozenset()  # what ends a company's name, never a person's: Ltd, Tbk
    postnominals: frozenset[str] = frozenset()  # letters after a person's name, never part of it: Esq, SC, QC
    division_words: frozenset[str] = frozenset()  # a region by its direction, which a role may end on: eastern
    level_words: frozenset[str] = frozenset()  # a level of government (`state`, `federal`), which any entity agrees with
    named_things: frozenset[str] = frozenset()  # nouns a thing's given name follows: cyclone (Remal)
    directive_verbs: frozenset[str] = frozenset()  # report with an infinitive after whom they ask: appeal, advise

    def is_body(self, noun: str) -> bool:
        """A body of people by resources/source_nouns.csv: `the coast guard said`, `the jury found`."""
        return self.source_nouns.get(noun) == "body"

    def is_person_head(self, noun: str) -> bool:
        """A description head that stands for a person by role (`counsel`, `boss`), in description_heads.csv."""
        rule = self.description_heads.get(noun)
        return rule is not None and rule.kind == "person"

    def is_any_body(self, noun: str) -> bool:
        """A noun for an organisation, a news medium or a body of people (`ministry`, `agency`, `jury`)."""
        rule = self.description_heads.get(noun)
        return rule is not None and rule.kind in ("organisation", "media") or self.is_body(noun)

    def is_kind_of_body(self, noun: str) -> bool:
        """A description head that stands for an organisation (`group`, `ministry`, `ngo`)."""
        rule = self.description_heads.get(noun)
        return rule is not None and rule.kind == "organisation"


def _read(name: str) -> str:
    return read_resource(name)


def _words(name: str) -> frozenset[str]:
    return frozenset(
        line.strip().lower() for line in _read(name).splitlines() if line.strip() and not line.startswith("#")
    )


def _rows(name: str) -> list[dict[str, str]]:
    lines = [line for line in _read(name).splitlines() if not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    aliases = _alias_table(_rows("aliases.csv"))
    demonyms = {row["demonym"].lower(): row["country"] for row in _rows("demonyms.csv")}
    capitals = {row["capital"].lower(): row["country"] for row in _rows("capitals.csv")}
    countries = {c.lower() for c in (*demonyms.values(), *capitals.values())}
    countries |= {canonical.lower() for canonical, kind in aliases.values() if kind == "country"}
    heads = {row["head"]: _head_rule(row) for row in _rows("description_heads.csv")}
    media_kinds = {word for head, rule in heads.items() if rule.kind == "media" and rule.fits
                   for word in {head, *rule.fits}} - {"any"}
    return Lexicon(
        speech_verbs=(_words("speech_verbs.txt") | _words("quotation_verbs.txt") | _words("clause_verbs.txt")
                      | _words("directive_verbs.txt")),
        quotation_verbs=_words("quotation_verbs.txt"),
        clause_verbs=_words("clause_verbs.txt") | _words("directive_verbs.txt"),
        result_nouns=_words("result_nouns.txt"),
        directive_verbs=_words("directive_verbs.txt"),
        media_words=_words("media_words.txt"),
        role_types={row["word"]: row["speaker_type"] for row in _rows("role_words.csv")},
        titles=_words("titles.txt"),
        aliases=aliases,
        demonyms=demonyms,
        capitals=capitals,
        description_heads=heads,
        description_words={row["word"]: row["same_as"] for row in _rows("description_words.csv")},
        document_nouns={row["noun"]: _bar_set(row["owner"]) for row in _rows("document_nouns.csv")},
        countries=frozenset(countries),
        media_kinds=frozenset(media_kinds),
        gendered_words={row["word"]: row["gender"] for row in _rows("gendered_words.csv")},
        kinship_words=_words("kinship_words.txt"),
        source_nouns={row["noun"]: row["kind"] for row in _rows("source_nouns.csv")},
        person_heads=frozenset(head for head, rule in heads.items() if rule.kind in ("person", "anyone")),
        trade_nouns=frozenset(row["noun"] for row in _rows("source_nouns.csv") if row["kind"] == "trade"),
        person_nouns=frozenset(head for head, rule in heads.items() if rule.kind in ("person", "anyone"))
        | frozenset(row["noun"] for row in _rows("source_nouns.csv") if row["kind"] in ("trade", "relation")),
        title_words=_words("titles.txt") | frozenset(row["word"] for row in _rows("role_words.csv")),
        # (`man`, `woman` and kin say nothing of a role, and `Man Bahadur Khadka` opens on a given name)
        role_nouns=frozenset(row["word"] for row in _rows("role_words.csv"))
        | frozenset(head for head, rule in heads.items() if rule.kind == "person")
        | frozenset(row["noun"] for row in _rows("source_nouns.csv") if row["kind"] == "trade"),
        government_words=_words("government_words.txt"),
        place_words=_words("place_words.txt"),
        rank_words=_words("rank_words.txt"),
        level_words=_words("level_words.txt"),
        division_words=_words("division_words.txt"),
        company_suffixes=_words("company_suffixes.txt"),
        postnominals=_words("postnominals.txt"),
        named_things=_words("named_things.txt"),
        statement_nouns=_words("statement_nouns.txt"),
        country_adjectives=_first_demonyms(_rows("demonyms.csv")),
        country_names={country.lower(): country for country in demonyms.values()},
        nationalities=frozenset(countries) | frozenset(demonyms),
    )


def _first_demonyms(rows: list[dict[str, str]]) -> dict[str, str]:
    adjectives: dict[str, str] = {}
    for row in rows:
        adjectives.setdefault(row["country"], row["demonym"])
    return adjectives


def _bar_set(value: str | None) -> frozenset[str]:
    return frozenset(v.strip() for v in (value or "").split("|") if v.strip())


def _head_rule(row: dict[str, str]) -> HeadRule:
    return HeadRule(kind=row["kind"], fits=_bar_set(row["fits"]), gender=(row.get("gender") or "").strip())


def _alias_table(rows: list[dict[str, str]]) -> dict[str, tuple[str, str]]:
    """Alias (lower case; acronyms also without dots, `u.n.` -> `un`) -> (canonical, type)."""
    table = {}
    for row in rows:
        value = (row["canonical"], row["type"])
        table[row["alias"].lower()] = value
        table[row["alias"].lower().replace(".", "")] = value
    return table

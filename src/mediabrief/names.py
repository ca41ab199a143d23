"""Name strings: strip titles and possessives, compare variants, take initials. Pure string functions.

Shared by the extractors (within an article) and the corpus-level actor merge
(across articles), so that both agree on what "the same name" means.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

POSSESSIVE = re.compile(r"[’']s?$")
NAME_JOINERS = frozenset({"of", "the", "for", "and", "on", "in", "de", "da", "van", "von", "al", "&"})

HYPHENED_JOINER = re.compile(r"-[a-z]{1,2}-")
NICKNAME = re.compile(r"(?<=[\w.]) [\"\u201c'\u2018][A-Z][^\"\u201d'\u2019]{1,20}[\"\u201d'\u2019] (?=\w)")
OPEN_ASIDE = re.compile(r"\s*\([^)]*$")
GLUED_COURTESY = re.compile(r"^(?:Mr|Mrs|Ms|Dr)(?=[A-Z][a-z]{2})")
TICKER = re.compile(r"\s+\(?[A-Z0-9]{2,6}\.[A-Z]{1,3}\)?$")
GROUP_SEPARATOR = re.compile(r"(, | and )")


def clean_name(text: str, titles: frozenset[str]) -> str:
    """`Mr. Putin's` -> `Putin`; `the United Nations`, `an Iraqi Ministry of Oil` -> without the article;
    hyphens kept as written."""
    text = " ".join(unicodedata.normalize("NFKC", text).replace("’", "'").split())
    text = NICKNAME.sub(" ", text)  # `Jimmy "Barbeque" Cherizier`: the nickname is not the name
    text = OPEN_ASIDE.sub("", text)  # `Court of Arbitration for Sport (CAS`: an aside cut by the parse
    text = TICKER.sub("", text)  # `SQM SQMA.SN`: a wire's stock code is no part of the name
    # (`Julio César Arriola-,`: a dash opening or closing an aside, glued to the name)
    text = POSSESSIVE.sub("", text).strip(" ,.;:\"'()").strip("-\u2013\u2014 ")
    text = GLUED_COURTESY.sub("", text)  # `MrHaununu`: a page that lost the space after the courtesy title
    words = text.split(" ")
    while len(words) > 1:
        if words[0].lower().rstrip(".") in titles or words[0] in ("a", "an") and words[1][:1].isupper():
            words = words[1:]
        elif len(words) > 2 and words[0].lower().endswith("s") and words[0].lower()[:-1] in titles:
            words = words[1:]  # `Prime Ministers James Marape and …`: a title shared by the names it lists
        elif len(words) > 2 and f"{words[0]} {words[1]}".lower() in titles:
            words = words[2:]  # `Tan Sri`: a title of two words, neither of which is one alone
        else:
            break
    while len(words) > 2 and words[-1].isupper() and words[-1].lower().rstrip(".") in titles:
        words = words[:-1]  # `Carl Hanahoe SC`, `Jane Ross MP`: a rank or honour written after the name
    return " ".join(words)


def joined_names(names: Sequence[str]) -> str:
    """Names as a sentence lists them: `A`, `A and B`, `A, B and C` (people who speak together, a finding's
    sources); nothing for none."""
    names = list(names)
    return "".join(names) if len(names) <= 1 else ", ".join(names[:-1]) + " and " + names[-1]


def renamed_members(speaker: str, renames: Mapping[str, str]) -> str:
    """Each member of a group renamed, the separators kept as written (a body's own `and` or comma too)."""
    parts = GROUP_SEPARATOR.split(speaker)
    return "".join(renames.get(part, part) if i % 2 == 0 else part for i, part in enumerate(parts))


@lru_cache(maxsize=1 << 16)  # the same few names recur in every article of a corpus
def name_key(name: str) -> str:
    """A key under which spelling variants meet: `Kim Jong-un`, `Kim Jong Un`, `KIM JONG UN`, `José`
    and `Jose`; the one name key of every stage. Anything but a string (a missing cell) gives ``.

    Notes: accents, case, hyphens and dots are ignored; nothing else is merged (that is the actor
    resolver's job), so `Kim Yo-jong` and `Kim Jong Un` stay apart.
    """
    if not isinstance(name, str):
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[-‐‑–—_]", " ", text.replace("’", "'")).replace(".", "")
    return " ".join(text.casefold().split())


@lru_cache(maxsize=1 << 16)
def person_key(name: str) -> str:
    """Like `name_key`, without middle initials: `Donald J. Trump` meets `Donald Trump`."""
    parts = name_key(name).split()
    kept = [p for i, p in enumerate(parts) if len(p) > 1 or i in (0, len(parts) - 1)]
    return " ".join(kept)


def name_parts(name: str) -> list[str]:
    return person_key(name).split()


def end_parts(name: str) -> set[str]:
    """The parts a bare mention may use: first or last (Korean and Western orders alike); none of a
    group's (`Digicel and Flow`: a bare `Digicel` is the one company, not the two)."""
    parts = name_parts(name)
    if not parts or GROUP_SEPARATOR.search(name):
        return set()
    words = name.split()
    found = {parts[0], parts[-1]}
    if len(words) >= 2 and "-" in words[-1]:
        found.add(person_key(words[-1]))  # `Tsoi-a-Fatt` after `Ronald Tsoi-a-Fatt`: the hyphened word whole
    if len(words) >= 3 and "-" in words[-1]:
        # `William Lai Ching-te`: a family name before a hyphenated given name, after an English one
        found.update(name_parts(words[-2]))
    return found


def initials(name: str) -> str:
    """`Korean Central News Agency` -> `KCNA`; `United Nations` -> `UN` (joining words skipped); an
    acronym in the name counts whole (`UN High Commissioner for Refugees` -> `UNHCR`)."""
    # (`Pakistan Tehreek-e-Insaf` -> `PTI`: a short joining word between hyphens is no initial)
    name = HYPHENED_JOINER.sub("-", name)
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in NAME_JOINERS]
    return "".join(acronym_key(w) or w[0].upper() for w in words if w[0].isalpha())


def acronym_key(text: str) -> str | None:
    """`U.N.` -> `UN` when the text is an acronym (2 to 6 capitals, dots allowed), else None."""
    letters = text.replace(".", "").replace(" ", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return letters
    return None


def most_common_form(forms: Iterable[str]) -> str:
    """The form written most often; ties go to the longer, then the alphabetically first. Forms that
    differ only in accents count together, and the accented one is written (`Pedro Sánchez` though
    the article mostly types `Sanchez`)."""
    counts: dict[str, int] = {}
    for form in forms:
        counts[form] = counts.get(form, 0) + 1
    return best_spelling(counts, longer_first=True)


def best_spelling(counts: Mapping[str, int], *, longer_first: bool = False) -> str:
    """The form written most often, of forms with how often each is written; a tie goes to the
    alphabetically first (with `longer_first`, to the longer before that). Accents as in `most_common_form`."""
    plain: dict[str, int] = {}
    for form, count in counts.items():
        plain[_unaccented(form)] = plain.get(_unaccented(form), 0) + count
    winner = sorted(plain, key=lambda f: (-plain[f], -len(f) if longer_first else 0, f))[0]
    spellings = [form for form in counts if _unaccented(form) == winner]
    return sorted(spellings, key=lambda f: (-sum(not ch.isascii() for ch in f), -counts[f], f))[0]


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))

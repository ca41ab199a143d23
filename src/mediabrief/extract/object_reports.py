"""What a report of an object says (`called for a moratorium`, `criticized the law as …`) and whom a
directive asks to do what (`appealed to the students to ensure …`): the verb with its object, and with
what the object is for, but not where or when it was said.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .contents import trimmed
from .cue_subjects import RECIPIENT_VERBS

INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "ccomp", "acl", "relcl"})
OBJECT_DEPS = frozenset({"dobj", "xcomp", "oprd", "attr"})
OBJECT_PREPOSITIONS = frozenset({"about", "of", "on", "for", "against", "to", "with", "as", "over"})
REPLY_VERBS = frozenset({"respond", "reply", "react"})  # `responding to the allegations`: what was answered, not said
SAYING_VERBS = frozenset({"say", "state", "add", "write"})
# `wrote on X`, `said on state television`: the channel a statement went out on, not what it said.
CHANNELS = frozenset({"x", "twitter", "facebook", "telegram", "instagram", "tiktok", "weibo", "wechat", "youtube",
                      "linkedin", "threads", "bluesky", "television", "tv", "radio", "air"})
# Where something was said, which is no part of what was said (`announced this in a Facebook post`).
OCCASIONS = frozenset({"briefing", "conference", "interview", "statement", "post", "meeting", "address", "speech",
                       "session", "hearing", "event", "ceremony", "rally", "summit", "forum", "launch", "visit",
                       "programme", "program", "show", "broadcast", "tweet", "letter", "release"})
MIN_OBJECT_TOKENS = 3
# Speech verbs whose participle says what something is called (`calling it …`): unlike `dub` or `brand`, which
# report only the quoted words next to them (`quotes.NAMING_VERBS`), they report what follows.
CALLING_VERBS = frozenset({"call", "describe", "term"})


def directive_content(verb: Token) -> Span | None:
    """`appealed to the students to ensure the protest was peaceful`: whom the verb asks, and the
    infinitive of what they are asked to do, hung on the verb or on whom it asks."""
    asked = [verb, *(c for c in verb.rights if c.dep_ in ("dobj", "prep"))]
    asked += [g for c in asked[1:] if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    infinitive = next((c for a in asked for c in a.rights if c.pos_ in ("VERB", "AUX") and c.dep_ in INFINITIVE_DEPS
                       and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)), None)
    if infinitive is None:
        return None
    return trimmed(verb.doc, list(verb.doc[verb.i : infinitive.right_edge.i + 1]), MIN_OBJECT_TOKENS)


def object_content(verb: Token) -> Span | None:
    """`called for a moratorium`, `criticized the law as a "crazy system"`: the verb and its object.

    A participle that only elaborates another clause (`said Yoo, referring to …`) carries no content.
    """
    naming = _naming(verb)
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp") and not naming:
        return None
    parts = []
    for child in verb.rights:
        if child.dep_ in OBJECT_DEPS and not (child.dep_ == "dobj" and verb.lemma_ in RECIPIENT_VERBS):
            parts.append(child)
        elif (child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS and not _medium_or_time(child)
              and not _absolute(child) and not (child.lower_ == "to" and verb.lemma_ in REPLY_VERBS)):
            parts.append(child)
        elif child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in child.children):
            parts.append(child)  # `called for elections to be held again`, the `for` read as a clause's mark
        elif naming and _what_it_is_called(child):
            parts.append(child)  # `describing it as premature`, the `as` phrase parsed as a clause
    if not parts:
        return None
    end = _with_circumstances(verb, max(p.right_edge.i for p in parts))
    if end - verb.i < MIN_OBJECT_TOKENS - 1:
        return None
    if (verb.lemma_.lower() in SAYING_VERBS and verb.tag_ in ("VBD", "VBZ", "VBP") and parts[0].dep_ == "dobj"
            and parts[0].left_edge.i == verb.i + 1):
        # `Hayashi said Russia's acquisition of … weapons and using them … is a violation`: what follows
        # `said` is a clause the parse broke, not a thing said; the report runs to the sentence's end.
        return trimmed(verb.doc, list(verb.doc[verb.i + 1 : verb.sent.end]), MIN_OBJECT_TOKENS)
    return trimmed(verb.doc, list(verb.doc[verb.i : end + 1]), MIN_OBJECT_TOKENS)


def _naming(verb: Token) -> bool:
    """`…, calling it an escalation of RSF violence`, `describing it as premature`: a participle that says
    what something is called says something of its own."""
    called = any(c.dep_ == "dobj" for c in verb.children) and any(_what_it_is_called(c) for c in verb.rights)
    return verb.lemma_.lower() in CALLING_VERBS and called


def _what_it_is_called(child: Token) -> bool:
    return child.dep_ in ("oprd", "ccomp", "xcomp") or child.lower_ == "as" or child.dep_ == "advcl" and any(
        g.lower_ == "as" and g.i < child.i for g in child.children)


def _with_circumstances(verb: Token, end: int) -> int:
    """`called for a downward revision of fuel prices to relieve Ghanaians …`, `pledged "unwavering support"
    to Moldova in the face of the Russian threat`: what the object is for and in the face of is part of what
    was called for, up to a comma."""
    for child in verb.rights:
        if child.i <= end:
            continue
        purpose = child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.left_edge.i != end + 1 or not (child.dep_ == "prep" or purpose) or _absolute(child) or (
                child.dep_ == "prep" and (_medium_or_time(child) or _occasion(child))):
            break
        end = child.right_edge.i
    return end


def _occasion(preposition: Token) -> bool:
    """`during a press briefing`, `in a Facebook post`, `at a news conference`: where it was said."""
    return any(t.dep_ == "pobj" and (t.lemma_.lower() in OCCASIONS or t.lower_ in CHANNELS or t.ent_type_ in (
        "DATE", "TIME")) for t in preposition.children)


def _absolute(preposition: Token) -> bool:
    """`hailed the decision, with the Humane Society calling it …`: a clause with a speaker of its own.
    (`praised the ruling, with both stressing …` goes on with the same speakers.)"""
    return any(c.dep_ == "pcomp" and any(g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN") for g in c.children)
               for c in preposition.children)


def _medium_or_time(preposition: Token) -> bool:
    """`said on Telegram`, `said on Monday`: where or when something was said, not what."""
    if preposition.lower_ != "on":
        return False
    return any(t.dep_ == "pobj" and (t.ent_type_ in ("ORG", "DATE", "TIME", "GPE", "FAC", "PRODUCT", "WORK_OF_ART")
                                     or t.lower_ in CHANNELS) for t in preposition.children)

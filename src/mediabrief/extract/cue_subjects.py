"""Who speaks when the parse gives a speech verb no subject, or the wrong one.

Notes: `own_subject` is the parse's own answer; the rest read the words around the verb where
the small model's parse is wrong in known ways: a name set off after the verb (`…, said Kelli
Conlin, …`), a name after a closing quotation mark (`"…," Flynn, a top Trump surrogate, said`),
`quoted … as saying`; a name straight before a subjectless verb is read in `set_off_names.py`.
`cues.find_cues` asks them in order.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .datelines import is_dateline
from .lexicon import Lexicon
from .name_evidence import entity_end, misread_date, small_word
from .person_cuts import possessive_mark

MAX_ATTRIBUTION_TOKENS = 12
MAX_QUOTED_AS_TOKENS = 30
MAX_TITLE_RUN = 6
MAX_INVERTED_RUN = 12
RUN_JOINERS = frozenset({"(", ")", "'s", "\u2019s", "of", "the", "and", "-"})
CLOSING_MARKS = frozenset({"\u201d", '"', "\u2019", "''"})
RECIPIENT_VERBS = frozenset({"tell", "inform", "brief", "ask", "thank", "urge", "assure"})  # whose object is the one told
TELLING_VERBS = frozenset({"tell", "inform", "brief", "assure"})  # never inverted: the name after them is who was told
ORIGIN_PREPOSITIONS = frozenset({"from", "of", "in", "at"})  # where a person set off before a place is from


MAX_ROLE_WORDS = 4  # `said agroclimate specialist Trevor Hadwen`: the role's words before a name after the verb
FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "ADV"})


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject, or for a passive the `by` agent.

    Notes: of two subjects the parse gave one verb (a heading run into the sentence: `THE BORROWING
    Back when …, Mr. McKinley said`), the one nearest the verb.
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj" or c.dep_ == "csubj" and not _swallows_name(c, verb)]
    # `Erdogan had on Saturday said`: the parse hung the subject on the auxiliary.
    subjects += [c for aux in verb.lefts if aux.dep_ == "aux" for c in aux.children if c.dep_ == "nsubj"]
    if subjects:
        # `said superintendent in charge of the police, Jane Roe`: a role and then its holder, both read as subjects
        named = [c for c in subjects if c.ent_type_ == "PERSON" and not small_word(c)]
        if named and len(named) < len(subjects) and all(c.pos_ in ("NOUN", "PROPN") for c in subjects):
            subjects = named
        subject = _first_of_two_subjects(subjects) or min(subjects, key=lambda c: abs(verb.i - c.i))
        if subject.ent_type_ in ("DATE", "TIME") and not misread_date(subject):
            # `Early Monday, M23 rebels, who …, claimed`: the parse made the time the subject and the
            # speaker its appositive; `Akufo-Addo in his first comments …, Monday said`: another subject.
            others = [c for c in subjects if c.ent_type_ not in ("DATE", "TIME")]
            appositive = next((c for c in subject.children if c.dep_ == "appos"), None)
            # `…, said the Minister of Health Nathir Obeidat Sunday`: the name the parse hung on the day
            named = next((c for c in subject.lefts if c.i == subject.i - 1 and c.pos_ == "PROPN" and c.dep_ in (
                "compound", "nmod")), None) if subject.i > verb.i else None
            return appositive or (min(others, key=lambda c: abs(verb.i - c.i)) if others else named)
        return _counted_object_appositive(subject, verb) or _name_before_its_origin(subject, verb) or subject
    for child in verb.children:
        if child.dep_ == "agent":
            return next((t for t in child.children if t.dep_ == "pobj"), None)
    return None


def _first_of_two_subjects(subjects: list[Token]) -> Token | None:
    """`Prominent lawyer Richard Naidu who says that he had some input in the draft Media Bill says …`: the
    parse ended the `who` clause early and made its last words a second subject; the first one speaks. So
    does the first of `Residents of Kalkacha village, Galole constituency, noted`, where the second is set
    off after it and is no name."""
    if len(subjects) != 2:
        return None
    first, second = sorted(subjects, key=lambda c: c.i)
    clauses = [c for c in first.children if c.dep_ == "relcl" and c.i > first.i]
    if any(c.right_edge.i + 1 == second.left_edge.i for c in clauses):
        return first
    doc = first.doc
    set_off = (doc[first.right_edge.i + 1].text == "," and second.left_edge.i == first.right_edge.i + 2
               and "," in (doc[second.right_edge.i].text, doc[min(second.right_edge.i + 1, len(doc) - 1)].text))
    return first if set_off and small_word(second) else None


def _counted_object_appositive(subject: Token, verb: Token) -> Token | None:
    """`… have killed at least seven people, the country's Disaster Management Centre (DMC) has said`,
    parsed with the counted people as the subject: a body or person set off by a comma after them,
    running up to the verb, says it."""
    if subject.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in subject.children) or subject.i > verb.i:
        return None
    appositive = next((c for c in subject.rights if c.dep_ == "appos" and c.ent_type_ in ("ORG", "PERSON")), None)
    if appositive is None or subject.doc[appositive.left_edge.i - 1].text != ",":
        return None
    between = subject.doc[appositive.right_edge.i + 1 : verb.i]
    return appositive if all(t.pos_ in ("AUX", "ADV") for t in between) else None


def _name_before_its_origin(subject: Token, verb: Token) -> Token | None:
    """`Asaeli Sorovaki from Lawaki Village in the district of Nakasaleka, Kadavu said`, parsed with the last
    place as the subject: a person's name whose phrase of where they are from runs up to the comma before it."""
    doc, start = subject.doc, subject.left_edge.i
    if start < 2 or doc[start - 1].text != "," or subject.pos_ != "PROPN":
        return None
    for name in (c for c in verb.lefts if c.i < start and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"):
        origin = any(c.dep_ == "prep" and c.lower_ in ORIGIN_PREPOSITIONS for c in name.children)
        if origin and name.right_edge.i == start - 2:
            return name
    return None


def _swallows_name(clause: Token, verb: Token) -> bool:
    """`Standing on a Point of Order, … Agriculture Minister Inia Seruiratu said`, parsed as a clause
    subject: a participle's phrase running up to the verb, a person's name its last words, is no subject."""
    last = verb.doc[verb.i - 1]
    return (clause.tag_ == "VBG" and clause.right_edge.i == last.i and last.ent_type_ == "PERSON"
            and last.pos_ == "PROPN")


def object_read_as_subject(verb: Token, subject: Token, speech_verbs: frozenset[str]) -> Token | None:
    """`He commended the rescue team stating, "…"`, parsed as the team stating: a participle that
    complements a verb of another kind has that verb's subject, not its object."""
    head = verb.head
    if (verb.tag_ != "VBG" or subject.pos_ != "NOUN" or subject.i > verb.i or verb.dep_ not in ("ccomp", "xcomp")
            or head.lemma_.lower() in speech_verbs):
        return None
    return own_subject(head) or (own_subject(head.head) if head.dep_ == "conj" else None)


def inverted_subject(verb: Token) -> Token | None:
    """`The advertisement, said Kelli Conlin, the director of …, is intended to …`: a name set off right
    after a verb set off by a comma speaks, whatever subject the parse found before it."""
    doc = verb.doc
    # (`"…," said Park speaking to reporters`: after a quotation's closing mark too)
    set_off = verb.i > 0 and (doc[verb.i - 1].text == "," or doc[verb.i - 1].text in CLOSING_MARKS)
    if not set_off or verb.i + 1 >= len(doc):
        return None
    if verb.lemma_.lower() in TELLING_VERBS and own_subject(verb) is not None:
        return None  # `…," Kirsi Varhila, the ministry's Permanent Secretary, told Yle`: Yle was told
    name = doc[verb.i + 1]
    # `…, reported Reuters.`: a body named after a verb that reports to no one speaks too.
    body = name.ent_type_ == "ORG" and verb.lemma_.lower() not in RECIPIENT_VERBS
    if name.ent_type_ != "PERSON" and not body or name.ent_iob_ != "B":
        return _role_after_verb(verb) or _name_after_role_words(verb)
    last = doc[entity_end(doc, name.i) - 1]
    own = own_subject(verb) if body else None
    if own is not None and own.ent_type_ == "PERSON" and own.i > last.i:
        return None  # (`…, said Government Medical Officers' Association (GMOA) spokesman Dr. Jane Roe`: the holder)
    # `…, said Kim is trying to …`: a name that goes on into a clause is the report's subject;
    # `…, calling Glas' detention …`: a possessive name is the object's owner.
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is not None and (not following.is_punct and following.tag_ != "VBG" or following.tag_ == "POS"):
        return None  # (`said Park speaking to reporters`: a participle after the name is his)
    return doc[name.i : last.i + 1].root if body else last  # (`the State Court of Justice` is the court)


def _name_after_role_words(verb: Token) -> Token | None:
    """`"…," said agroclimate specialist Trevor Hadwen.`, parsed with `agroclimate` as a verb: a person named
    at the sentence's end, after a few words of their role in small letters straight after the verb."""
    doc, end = verb.doc, verb.sent.end
    first = next((t for t in doc[verb.i + 1 : min(end, verb.i + 1 + MAX_ROLE_WORDS + 1)] if t.ent_type_ == "PERSON"),
                 None)
    role = doc[verb.i + 1 : first.i] if first is not None else []
    if first is None or first.ent_iob_ != "B" or own_subject(verb) is not None or not all(
            t.is_lower and t.pos_ not in FUNCTION_POS for t in role):
        return None  # (`…, Jane Roe, a writer, said on Twitter`: where, not who)
    last = entity_end(doc, first.i)
    return doc[last - 1] if last < len(doc) and doc[last].text in (".", "!", "?") else None


def _role_after_verb(verb: Token) -> Token | None:
    """`…, states Ukraine's Human Rights Ombudsman, Dmytro Lubinets, in an interview`, parsed with the
    role as the verb's object: the name set off after the role, for a verb whose object is never the
    one told (`…, told Ukraine's ombudsman, Dmytro Lubinets,` is not his)."""
    if verb.lemma_.lower() in RECIPIENT_VERBS:
        return None
    role = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "PROPN"), None)
    name = next((c for c in role.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None) if role else None
    if name is None or role.left_edge.i != verb.i + 1 or not 0 < name.left_edge.i - role.i <= 2:
        return None
    return name


def role_after_quotation(verb: Token, person_words: frozenset[str]) -> Token | None:
    """`"…," added the National Police Chief.`, parsed with the role as the verb's object: a person's
    role straight after a verb that follows a quotation's close speaks."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in CLOSING_MARKS or not doc[verb.i - 2].is_punct:
        return None
    role = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if role is None or role.lemma_.lower() not in person_words or role.left_edge.i != verb.i + 1:
        return None
    return role


def absolute_subject(verb: Token) -> Token | None:
    """`…, with the foreign minister, Yoko Kamikawa, warning that …`: the name just before a participle."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.is_punct and verb.i > 1:
        before = verb.doc[verb.i - 2]
    # (`defended the pact with Honiara, saying …`: a `with` that hangs on a noun says whose the thing is)
    deed = any(a.lower_ == "with" and a.head.pos_ in ("VERB", "AUX") for a in before.ancestors)
    if before.ent_type_ == "PERSON" and deed:
        return before
    return None


def name_after_quotation(verb: Token) -> Token | None:
    """`"…," Flynn, a top Trump surrogate, said`, parsed with Flynn as an appositive inside the
    quotation: the first name between the closing quotation mark and the subjectless verb. After
    `was quoted as saying` the appositive may be long, and the parse's sentence may start after the
    closing mark (`"…," Anatolii Barhylevych, the chief of the General Staff of …, was quoted as saying`)."""
    doc = verb.doc
    if verb.dep_ in ("conj", "advcl") and own_subject(verb.head) is not None:
        # `Lula called Bolsonaro a "faithful copycat" of Donald Trump and said …`: Lula said it; so `"…,"
        # he told Reuters, saying …` is his.
        return None
    quoted_as = verb.lower_ == "saying" and verb.i >= 2 and doc[verb.i - 2].lower_ == "quoted"
    reach = MAX_QUOTED_AS_TOKENS if quoted_as else MAX_ATTRIBUTION_TOKENS
    stop = max(0 if quoted_as else verb.sent.start, verb.i - reach)
    names = []
    for i in range(verb.i - 1, stop - 1, -1):
        if doc[i].text in CLOSING_MARKS:
            # `"…," Minister of Food, Agriculture and Fisheries Svandis Svavarsdottir, said`: the body
            # is in her title.
            people = [n for n in names if n.ent_type_ == "PERSON"]
            return (people or names)[-1] if names else None
        if quoted_as and doc[i].text in (".", "!", "?"):
            return None
        if doc[i].ent_type_ in ("PERSON", "ORG") or (quoted_as and doc[i].pos_ == "PROPN" and doc[i].is_title):
            names.append(doc[i])  # an unlabelled `Anatolii Barhylevych` too: the actors' repairs name him
    return None


def after_and_or_but(verb: Token) -> bool:
    """`… had been killed but added that …`: a verb straight after `and` or `but`, which the parse may hang as
    the clause before it (a second report, with the first one's subject)."""
    return verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("and", "but")


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; for a coordinated or bare participle, its head's subject."""
    subject = own_subject(verb)
    head = verb
    for _ in range(3):
        joined = head.dep_ == "ccomp" and after_and_or_but(head)
        if subject is not None or head.dep_ not in ("conj", "xcomp", "advcl") and not joined or head.head is head:
            break
        head = head.head
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:  # `ZAMBOANGA CITY—The military ignored …, saying`: the dateline is no subject
            subjects = [c for c in subjects if not is_dateline(c)] or subjects
        # (a body and a person, both parsed as the head's subjects: `Legislative Council (LegCo) President
        # Andrew Leung issued a letter …, saying`; the person speaks)
        named = [c for c in subjects if c.ent_type_ == "PERSON"]
        subject = named[-1] if named and len(subjects) > 1 else next(iter(subjects), None)
    if subject is not None and subject.i < verb.i and verb.dep_ == "conj":
        subject = _person_after_quotation(subject, verb) or subject
    return subject or _purpose_subject(verb)


def _person_after_quotation(subject: Token, verb: Token) -> Token | None:
    """`"… arrest me," 78-year-old Ng Pun-tuk, wearing a helmet, told AFP`, parsed with `told` joined to
    the quotation's own verb: the one person named between the closing mark and the verb speaks."""
    doc = verb.doc
    marks = [t.i for t in doc[subject.i + 1 : verb.i] if t.is_quote]
    if not marks or doc[marks[-1] - 1].text not in (",", ".", "!", "?"):
        return None  # (a scare quote's mark, not the end of a quotation: `a "faithful copy" of Javier Mendez and said`)
    between = doc[marks[-1] + 1 : verb.i]
    people = {entity_end(doc, t.i) - 1 for t in between if t.ent_type_ == "PERSON"}
    return doc[people.pop()] if len(people) == 1 else None


def _purpose_subject(verb: Token) -> Token | None:
    """`Stefanovic addressed MPs following the vote to say that …`, where the parse hung `to say` on the
    vote: an infinitive of purpose is said by the subject of the verb its noun hangs on."""
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return subject_above_noun(verb)


def subject_above_noun(verb: Token) -> Token | None:
    """The subject of the clause whose object or prepositional phrase holds the noun `verb` hangs on."""
    head = verb.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "prep":  # (`following the vote`: a preposition)
            return next((c for c in head.children if c.dep_ == "nsubj"), None)
        if head.dep_ not in ("pobj", "dobj", "prep") or head.head is head:
            return None
        head = head.head
    return None


def quoted_as_saying(verb: Token) -> Token | None:
    """`he was quoted as saying`, `KCNA quoted Kim Yo Jong as saying`: who was quoted said it (and so when
    the quotation hangs on `quoted` itself: `"…," Bernama quoted him as saying`)."""
    as_saying = verb.lemma_ == "quote" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    quoted = next((t for t in (verb, verb.head, verb.head.head) if t.lemma_ == "quote" and (
        t.i != verb.i or as_saying)), None)
    if quoted is None:
        return _reported_to_have_said(verb)
    # (the nearest: `"… made it known … that, …," he is quoted … as saying` gave `quoted` a second subject)
    return next((c for c in reversed(list(quoted.lefts)) if c.dep_ == "nsubjpass"), None) or next(
        (c for c in quoted.children if c.dep_ in ("nsubjpass", "dobj")), None)


def _reported_to_have_said(verb: Token) -> Token | None:
    """`Minister Alexis Vafeades was reported by CyBC to have expressed …`: the person reported to have
    said it, not the medium that reported it (`The fire was reported by police to have started` is the police's)."""
    if verb.lemma_ not in ("report", "quote") or not any(c.dep_ == "xcomp" for c in verb.children):
        return None
    reported = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return reported if reported is not None and (
        reported.ent_type_ == "PERSON" or reported.lower_ in ("he", "she")) else None


def name_after_title(subject: Token, titles: frozenset[str]) -> Token | None:
    """`"…," said Nigeria's President and ECOWAS Chairman Bola Tinubu`, `PTI leader and former
    information minister Fawad Chaudhry took to X and warned`, parsed with the bare title as the
    subject: the name that the run of titles leads to speaks, not whoever else holds the title."""
    # A title the model took into the name (`Vice Chairperson Raymond Nyeris` as one person) leads to it
    # too; `Mr. King` ends his name.
    doc = subject.doc
    inside_a_name = subject.ent_type_ == "PERSON" and subject.i + 1 < len(doc) and doc[subject.i + 1].ent_iob_ == "I"
    if subject.ent_type_ and not inside_a_name or subject.lower_.rstrip(".") not in titles:
        return None

    def in_title(token: Token) -> bool:
        capitalised = token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "VERB")
        modifier = token.pos_ in ("ADJ", "NOUN") and token.dep_ in ("amod", "compound")  # `former information minister`
        return token.lower_ in ("and", "&") or capitalised or modifier

    name = _person_ending_run(subject.doc, subject.i + 1, MAX_TITLE_RUN, in_title, titles)
    if name is None or name.head is subject and name.dep_ == "conj":
        return None  # `the President and Mr. Smith said`: two speakers
    return name.doc[entity_end(name.doc, name.i) - 1]


def person_after_verb(verb: Token, subject: Token, titles: frozenset[str]) -> Token | None:
    """`"…," said FAA (Federal Aviation Administration) Administrator Mike Whitaker`: after an
    inverted speech verb, a run of names, brackets and titles that ends on a person is that person's
    title; the parse took a body in it for the subject."""
    if subject.i <= verb.i or subject.ent_type_ == "PERSON":
        return None
    name = _person_ending_run(verb.doc, verb.i + 1, MAX_INVERTED_RUN,
                              lambda t: t.text[:1].isupper() or t.text in RUN_JOINERS or t.lower_ in titles, titles)
    last = name.doc[entity_end(name.doc, name.i) - 1] if name is not None else None
    # (`said President Benigno Aquino's spokesman, …`: a possessive names whose the speaker is)
    return None if last is None or possessive_mark(last) else last


def _person_ending_run(doc: Doc, start: int, reach: int, in_run: Callable[[Token], bool],
                       titles: frozenset[str]) -> Token | None:
    """The first word of the person a run of words from `start` (each `in_run`) leads to within `reach`
    (past titles the model labelled a person by themselves: `director Datuk Seri | Mohd Kamarudin`)."""
    for token in doc[start : min(start + reach, len(doc))]:
        if token.ent_type_ == "PERSON" and token.lower_.rstrip(".") not in titles:
            return token
        if not in_run(token):
            return None
    return None


def root_noun_subject(verb: Token) -> Token | None:
    """`Sinan Ogan, the third-placed candidate …, who received 5% of the votes, announced on Monday
    that …`, parsed with the name as the sentence's root and the verb as its modifier: a verb
    set off by a comma after the root name, with a clause of its own, is the name's."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.i > verb.i:
        return None
    clause = any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    # (`The opposition MPs called on Speaker … Nabih Berri to hold …`: a sentence with no verb but this
    # one, straight after the noun it was read as modifying)
    if head.pos_ == "NOUN" and verb.i == head.i + 1 and clause:
        return head
    if head.pos_ != "PROPN" or verb.i == 0 or verb.doc[verb.i - 1].text != "," or not clause:
        return None
    return head


def name_among_conjuncts(token: Token, later: list[Token], lexicon: Lexicon) -> Token | None:
    """`Acting minister for climate change Kate Lundy told`, parsed as two conjuncts with nothing between
    to join them, or roles and then their holder's name set off by a comma: the person who speaks."""
    loose = next((c for c in later if c.ent_type_ == "PERSON" and not _coordinated(token, c)), None)
    return loose or _holder(token, later, lexicon)


def _holder(token: Token, later: list[Token], lexicon: Lexicon) -> Token | None:
    """The last conjunct, a person's name, when the ones before it are what that person holds: roles, and
    then the name set off by a comma (`Finance portfolio holder and group leader, Councillor Gwen Price,
    said`; a role written in capitals is still one: `the new deputy Minority Leader, Jane Roe, …`); or a
    portfolio's names, and the name after its role word (`FINANCE, Economic Development and Investments
    Promotion minister Mthuli Ncube has …`)."""
    # (`Deputy Governor, Dr Musa Bello, Economic Policy Directorate of the CBN,`: the body the person
    # works for may follow the name as a conjunct of its own)
    people = [k for k, c in enumerate(later) if c.ent_type_ == "PERSON"]
    if len(people) != 1 or people[0] < len(later) - 1 and later[people[0] + 1].pos_ != "PROPN":
        return None
    name, held = later[people[0]], [token, *later[: people[0]]]
    person_nouns = lexicon.person_nouns
    set_off = name.left_edge.i > 0 and token.doc[name.left_edge.i - 1].text == ","
    roles = set_off and any(r.lemma_.lower() in person_nouns for r in held) and all(
        r.pos_ == "NOUN" or r.pos_ == "PROPN" and not r.ent_type_ and r.lemma_.lower() in person_nouns for r in held)
    portfolios = any(t.lemma_.lower() in person_nouns for t in name.lefts) and all(
        p.pos_ == "PROPN" and p.ent_type_ != "PERSON" for p in held)
    return name if roles or portfolios else None


def _coordinated(first: Token, conjunct: Token) -> bool:
    """Is there a word that joins the two (`and`, `or`, a comma) between them?"""
    return any(t.dep_ == "cc" or t.text in (",", ";", "&") for t in first.doc[first.i + 1 : conjunct.i])

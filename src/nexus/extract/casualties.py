"""Casualty figures in a sentence: how many were killed, injured, missing, held.

A number is a casualty figure only when the dependency parse ties it to a
casualty cue: it is the object of "killing", the passive subject of "were
wounded", the subject of "died", described as "dead", the value a death toll
"rose to", or the people whose "lives" an attack "claimed".  Ages, dates,
crowd sizes and counts of attacks are skipped because no cue governs them, and
a short list of never-victim nouns (years, drones, attacks) guards the rest.
The cue lexicons live in ``ontology/casualties.yaml``.

``parse_number`` turns a numeral or number words, with an optional qualifier,
into ``(value, qualifier)``: "more than 20" is (21, "at_least"), "about 30" is
(30, "approx"), "dozens" is (24, "at_least") — a vague plural is read as its
floor of two (two dozen, two score = 40, two hundred, two thousand).

Victim groups listed side by side in one clause are summed, as the annotation
conventions ask: "84 soldiers and 47 fighters were killed" gives one mention
of 131, and one named or singular victim counts 1 ("killing a policeman and
two civilians" is 3), unless the list spells out a total already given ("ten
people, nine pilgrims and a jawan" is 10).  A range keeps its lower bound as
at_least ("30 to 35", "between 40 and 50"); "several hundred" is 300 at_least.
Figures inside "among them ..." are parts (``part``), never summed with the total.
A range may also be one token ("18-22"), and "the second of two gunmen" killed
counts the whole group.  The dead told among a wounding verb's victims ("stabbed
six people, killing two", "two of them fatally", "one of whom died") are taken
out of its injured figure.

Which figure ends up on an event is the caller's decision (tolls.py); each
mention says what it knows: ``earlier`` marks a figure the sentence itself
supersedes ("up from 20 dead"), ``aggregate`` a running or background total
("since 2015", "the toll from three days of strikes", "attacks killed 230 last
month", "since the campaign began"; not a happening ranked against a period, "killed 12 and was
the worst attack in the province this year"), ``claimed`` an armed group's own figure (its
mouthpiece's too: "the group's news agency said"), ``additive`` a victim "also" killed or "N more"
who died.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any, Literal, cast

from spacy.tokens import Doc, Span, Token

from nexus.extract.comparisons import ranked_by_a_clause
from nexus.extract.doctext import doc_text
from nexus.extract.tokens import like_nums, lowers, matching, sentence_bounds, tagged
from nexus.model import Count, Qualifier
from nexus.numerals import (
    _ARTICLES,
    _GLUED_RANGE,
    _LAST,
    _MULTIPLIERS,
    _NUMERAL,
    _ORDINALS,
    _SCALES,
    _UNITS,
    number_lexicon,
    parse_number,
)
from nexus.ontology import table

__all__ = ["CasualtyKind", "CasualtyMention", "find_casualties", "parse_number"]

CasualtyKind = Literal["killed", "injured", "missing", "attackers_killed", "hostages", "arrested"]


@dataclass(frozen=True)
class CasualtyMention:
    """One casualty figure of a sentence.

    ``start_char``/``end_char`` are offsets in the ``Doc`` text (like
    ``Span.start_char``) and cover ``count.text``: the qualifier and number
    ("more than 20"), or for a summed figure the listed groups.  ``kind``
    "arrested" is returned for completeness; it is not a casualty.
    """

    kind: CasualtyKind
    count: Count
    start_char: int
    end_char: int
    earlier: bool = False
    #: Token index of the word that makes it a casualty figure (the verb of
    #: "killing 26", the noun of "26 deaths"); -1 when unknown.
    cue: int = -1
    #: A running or background total over many incidents ("500 deaths since
    #: 2015", "the toll from three days of strikes"): no single event's figure.
    aggregate: bool = False
    #: The figure is a claimant's ("the group said it killed 90"), not a toll.
    claimed: bool = False
    #: The figure adds to one already given ("a soldier was also killed").
    additive: bool = False
    #: The figure is part of another of the sentence ("among them 74 at the
    #: port"): no total of its own, but the toll of a happening it places.
    part: bool = False
    #: How many of the dead counted were the attackers ("20 people, including the
    #: three attackers"): an attack's victims are the rest (a raid's toll keeps them).
    attackers_among: int = 0
    #: The one person dead was counted hurt in an earlier sentence ("A guard was shot ... He
    #: died in hospital"): counted once, as killed, so the earlier injured figure loses them.
    hurt_before: bool = False
    #: The figure is the ordinal of one more victim who died ("a fourth passenger died of his
    #: wounds"): the count of the dead so far, which a lower earlier figure gives way to.
    nth: bool = False


# --------------------------------------------------------------------------- numbers

#: (the number words and their parser live in nexus.numerals, read by the KB without the parser)


@dataclass(frozen=True)
class _Lexicon:
    transitive: dict[str, str]
    intransitive: dict[str, str]
    descriptors: dict[str, str]
    nouns: dict[str, str]
    verb_object: dict[tuple[str, str], str]
    verb_particle: dict[tuple[str, str], str]
    verb_prep: dict[tuple[str, str, str], tuple[str, str]]  # -> (kind, role of the verb's subject)
    life_nouns: frozenset[str]
    life_verbs: frozenset[str]
    toll_nouns: frozenset[str]
    toll_verbs: frozenset[str]
    toll_default_kind: str
    bare_toll_nouns: frozenset[str]
    attackers: frozenset[str]
    not_victims: frozenset[str]
    range_joiners: frozenset[str]
    fatal_modifiers: frozenset[str]
    fatal_objects: frozenset[str]
    fatal_only: dict[str, str]
    dying_by: frozenset[str]
    harm_degrees: frozenset[str]
    belief_verbs: frozenset[str]
    finding_verbs: frozenset[str]
    person_nouns: frozenset[str]
    plural_person_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    object_person_pronouns: frozenset[str]
    one_more: frozenset[str]
    group_pronouns: frozenset[str]
    aggregate: dict[str, frozenset[str]]
    claim_verbs: frozenset[str]
    say_verbs: frozenset[str]
    source_verbs: frozenset[str]
    early_adverbs: frozenset[str]
    claimant_nouns: frozenset[str]
    claimant_not: frozenset[str]
    mouthpiece_nouns: frozenset[str]
    own_loss_cues: frozenset[str]
    outsider_killers: frozenset[str]
    companion_preps: frozenset[str]
    companion_nouns: frozenset[str]
    condition_nouns: frozenset[str]
    condition_states: frozenset[str]
    self_killing: dict[str, str]
    reflexives: frozenset[str]
    survival_verbs: frozenset[str]
    sized_person_nouns: dict[str, int]
    kin_group_nouns: frozenset[str]
    ranked_person_nouns: frozenset[str]
    rank_adjectives: frozenset[str]


def _words(items: Any) -> frozenset[str]:
    return frozenset(str(w).lower() for w in items or ())


@cache
def _lexicon() -> _Lexicon:
    data = table("casualties.yaml")
    by_role: dict[str, dict[str, str]] = {
        "transitive_verbs": {}, "intransitive_verbs": {}, "descriptors": {}, "nouns": {},
    }  # fmt: skip
    for kind, entry in (data.get("kinds") or {}).items():
        for role, mapping in by_role.items():
            for word in entry.get(role) or ():
                mapping.setdefault(str(word).lower(), str(kind))
    return _Lexicon(
        transitive=by_role["transitive_verbs"],
        intransitive=by_role["intransitive_verbs"],
        descriptors=by_role["descriptors"],
        nouns=by_role["nouns"],
        verb_object={(c["verb"], c["object"]): c["kind"] for c in data.get("verb_object_cues") or ()},
        verb_particle={(c["verb"], c["particle"]): c["kind"] for c in data.get("verb_particle_cues") or ()},
        verb_prep={
            # an object with an 'of' noun ('in the line of duty') is keyed 'line of duty'
            (c["verb"], c["prep"], " of ".join(filter(None, (c["object"], c.get("of"))))): (
                c["kind"],
                c.get("role", "transitive"),
            )
            for c in data.get("verb_prep_cues") or ()
        },
        life_nouns=_words(data.get("life_nouns")),
        life_verbs=_words(data.get("life_verbs")),
        toll_nouns=_words(data.get("toll_nouns")),
        toll_verbs=_words(data.get("toll_verbs")),
        toll_default_kind=str(data.get("toll_default_kind", "killed")),
        bare_toll_nouns=_words(data.get("bare_toll_nouns")),
        attackers=_words(data.get("attacker_nouns")),
        not_victims=_words(data.get("not_victims")),
        range_joiners=_words(data.get("range_joiners")),
        fatal_modifiers=_words(data.get("fatal_modifiers")),
        fatal_objects=_words(data.get("fatal_objects")),
        fatal_only={w: "killed" for w in _words(data.get("fatal_only_verbs"))},
        dying_by=_words(data.get("dying_by_verbs")),
        harm_degrees=_words(data.get("harm_degrees")),
        belief_verbs=_words(data.get("belief_verbs")),
        finding_verbs=_words(data.get("finding_verbs")),
        person_nouns=_words(data.get("person_nouns")),
        plural_person_nouns=_words(data.get("plural_person_nouns")),
        person_pronouns=_words(data.get("person_pronouns")),
        object_person_pronouns=_words(data.get("object_person_pronouns")),
        one_more=_words(data.get("one_more")),
        group_pronouns=_words(data.get("group_pronouns")),
        aggregate={str(k): _words(v) for k, v in (data.get("aggregate") or {}).items()},
        claim_verbs=_words(data.get("claim_verbs")),
        say_verbs=_words(data.get("say_verbs")),
        source_verbs=_words(data.get("source_verbs")),
        early_adverbs=_words(data.get("early_say_adverbs")),
        claimant_nouns=_words(data.get("claimant_nouns")),
        claimant_not=_words(data.get("claimant_not")),
        mouthpiece_nouns=_words(data.get("mouthpiece_nouns")),
        own_loss_cues=_words(data.get("own_loss_cues")),
        outsider_killers=_words(data.get("outsider_killer_nouns")),
        companion_preps=_words(data.get("companion_preps")),
        companion_nouns=_words(data.get("companion_nouns")),
        condition_nouns=_words(data.get("condition_nouns")),
        condition_states=_words(data.get("condition_states")),
        self_killing={
            str(k).lower(): str(v or "").lower() for k, v in (data.get("self_killing_verbs") or {}).items()
        },
        reflexives=_words(data.get("reflexive_pronouns")),
        survival_verbs=_words(data.get("survival_verbs")),
        sized_person_nouns={
            str(k).lower(): int(v) for k, v in (data.get("sized_person_nouns") or {}).items()
        },
        kin_group_nouns=_words(data.get("kin_group_nouns")),
        ranked_person_nouns=_words((data.get("ranked_person_nouns") or {}).get("nouns")),
        rank_adjectives=_words((data.get("ranked_person_nouns") or {}).get("adjectives")),
    )


# --------------------------------------------------------------------------- number phrases

_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_MULTIPLIERS) | frozenset(_SCALES) | {"half"}
_VAGUE_ONLY = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "tens"})
_SKIP_ENTS = frozenset({"TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "PRON", "NUM"})
_SUBSET_PRONOUNS = frozenset({"them", "whom", "those", "these", "which"})
_AT_LEAST: Qualifier = "at_least"
_RANGE_WORDS = frozenset({"between", "and", "to", "or"})
_PART_PREPS = frozenset({"among", "including"})
#: Prepositions that give a toll its value: 'rose to 55', 'put the toll at 12', 'up from 20'.
_TOLL_PREPS = frozenset({"to", "at", "from"})
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "acl", "parataxis", "pcomp", "xcomp"})


def _is_number_token(tok: Token) -> bool:
    return _is_number_word(tok.lower_, tok.like_num)


@lru_cache(maxsize=1 << 16)
def _is_number_word(low: str, like_num: bool) -> bool:
    """:func:`_is_number_token` of a token's lower-case form and ``like_num`` (kept per word: the
    number scans ask it of every token of every sentence, several times over)."""
    if low in _NUMBER_WORDS or low in _VAGUE_ONLY:
        return low != "score"
    if low in _ORDINALS or low == "first":
        return False  # 'the second of two', not a count
    return bool(_NUMERAL.match(low) or _GLUED_RANGE.match(low)) or (like_num and low.isalpha())


def _continues_at(low: list[str], num: list[bool], j: int, end: int) -> bool:
    """Whether token ``j`` extends a number phrase ('twenty - six', 'a hundred and five'), from the
    Doc's lower-case forms ``low`` and ``like_num`` flags ``num``; the phrase stops before ``end``."""
    if _is_number_word(low[j], num[j]):
        return True
    if j + 1 >= end:
        return False
    if low[j] in _ARTICLES:
        return low[j + 1] in _MULTIPLIERS
    return low[j] in {"-", "\u2010", "\u2011", "and", "of"} and _is_number_word(low[j + 1], num[j + 1])


def _number_runs(sent: Span) -> list[tuple[int, int]]:
    """Token index ranges [start, end) of number phrases, without qualifiers."""
    low, num = lowers(sent.doc), like_nums(sent.doc)  # (the tests above, on the Doc's cached columns)
    runs: list[tuple[int, int]] = []
    i, end = sent.start, sent.end
    while i < end:
        article_start = low[i] in _ARTICLES and i + 1 < end
        if not (_is_number_word(low[i], num[i]) or (article_start and low[i + 1] in _MULTIPLIERS)):
            i += 1
            continue
        j = i + 2 if article_start and low[i + 1] in _MULTIPLIERS else i + 1  # 'a score of'
        while j < end and _continues_at(low, num, j, end) and not _breakdown_dash(sent.doc, i, j):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _breakdown_dash(doc: Doc, start: int, j: int) -> bool:
    """Whether token ``j`` is a dash set off by spaces that opens a breakdown of the number before
    it ('climbed to 14 - 11 militiamen and three civilians -'): the number after it is smaller, so
    the two are no range ('30 - 35') and no one number ('twenty-six', written without spaces)."""
    dash = doc[j]
    if dash.text not in {"-", "\u2013", "\u2014"} or j + 1 >= len(doc) or j <= start:
        return False
    if not (doc[j - 1].whitespace_ and dash.whitespace_):
        return False
    before, after = parse_number(doc[start:j].text), parse_number(doc[j + 1].text)
    if before is None or after is None or after[0] >= before[0]:
        return False
    return not (before[0] % 10 == 0 and after[0] < 10)  # ('twenty - six' spaced: one number)


def _with_qualifier(sent: Span, start: int) -> int:
    """Move ``start`` back over a qualifier phrase ('at least', 'more than')."""
    doc = sent.doc
    for size in (3, 2, 1):
        if start - size < sent.start:
            continue
        words = tuple(lowers(doc)[start - size : start])  # (the cached column)
        if words in number_lexicon().qualifiers and not _change_particle(doc[start - size]):
            return start - size
    return start


def _change_particle(up: Token) -> bool:
    """'revised the toll up to 19', 'the toll has gone up to 27': the 'up' of a toll's change,
    not the ceiling of 'killed up to 30 people'.  The 'up' hangs on a verb whose subject or
    object is a toll noun ('toll', 'number of dead')."""
    if up.lower_ != "up" or up.dep_ not in {"prt", "advmod", "prep"}:
        return False
    verb = up.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    toll_nouns = _lexicon().toll_nouns
    slots = {"nsubj", "nsubjpass", "dobj"}
    return any(
        c.dep_ in slots and (c.lemma_.lower() in toll_nouns or c.lower_ in toll_nouns) for c in verb.children
    )


def _entity_at(tok: Token) -> Span | None:
    """The named-entity span holding a token (walking its IOB tags, not every entity)."""
    if not tok.ent_type_:
        return None
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _skip_number(tokens: list[Token]) -> bool:
    """Dates, times, money, percentages and the 26 of '26-year-old' are not counts."""
    for tok in tokens:
        if _toll_before_a_time(tok):
            continue  # 'rose to five overnight' tagged as one time: the number is the toll's
        if tok.ent_type_ in _SKIP_ENTS and not (tok.ent_type_ == "QUANTITY" and _counts_people(tok)):
            return True
        if tok.ent_type_ == "DATE":
            # ('killing between 14 and 18 fighters' tagged as one date: its noun names people)
            ent = None if _counts_people(tok) else _entity_at(tok)
            if ent is not None:
                # 'on Friday to 55' tagged as one date: only the words after the 'to' are the number's
                cut = [t.i for t in ent if t.i < tok.i and t.lower_ in _TOLL_PREPS]
                ent = ent.doc[cut[-1] + 1 : ent.end] if cut else ent
            if ent is not None and any(
                t.is_alpha and not _is_number_token(t) and t.lower_ not in _number_words() for t in ent
            ):
                return True
            counted = tok.i + 1 < len(tok.doc) and tok.nbor(1).tag_ == "NNS"
            if re.fullmatch(r"1[89]\d\d|20\d\d", tok.text) and not counted:
                return True
    last = tokens[-1]
    doc = last.doc
    if (
        len(tokens) == 1
        and re.fullmatch(r"1[89]\d\d|20\d\d", last.text)
        and last.i + 1 < len(doc)
        and doc[last.i + 1].tag_ == "NNP"
    ):
        return True  # 'the 1998 Old Harbour bombing': a year read into a happening's name
    nxt = doc[last.i + 1 : last.i + 3]
    if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ in {"year", "month", "day", "week"}:
        return True
    first = tokens[0]
    return first.i > 0 and doc[first.i - 1].lower_ in {"no", "not", "$", "£", "€", "rs", "rs."}


def _toll_before_a_time(tok: Token) -> bool:
    """'rose to five overnight' tagged as one time: a number right after a toll verb's 'to'/'at'."""
    if tok.i == 0 or tok.ent_type_ not in {"TIME", "DATE"}:
        return False
    prep = tok.doc[tok.i - 1]
    return prep.lower_ in {"to", "at"} and prep.dep_ == "prep" and _toll_verb_above(prep) is not None


def _counts_people(tok: Token) -> bool:
    """A QUANTITY entity that counts persons, not units: the tagger reads 'between sixty and seventy
    shoppers' as a quantity, yet its noun names people (no unit such as 'km' or 'tonnes'); so are
    attackers ('neutralise forty assailants' tagged as a quantity)."""
    ent = _entity_at(tok)
    if ent is None:
        return False
    lex = _lexicon()
    words = [t for t in ent if not _is_number_token(t) and t.lower_ not in _RANGE_WORDS and t.lower_ != "and"]
    people = lex.person_nouns | lex.attackers
    return bool(words) and any(t.lemma_.lower() in people or t.lower_ in lex.attackers for t in words)


# --------------------------------------------------------------------------- cues


def _kind_of(tok: Token, mapping: dict[str, str]) -> str | None:
    return mapping.get(tok.lower_) or mapping.get(tok.lemma_.lower())


def _has_dobj(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} and not _acronym_as_aux(c) for c in verb.children)


def _shares_passive(conj: Token) -> bool:
    """'were ambushed and killed', 'were beaten and stabbed to death': a bare participle joined to a
    passive verb shares its auxiliary and subject, so it is passive too (not 'were ambushed and
    killed two', whose own object makes it active)."""
    return (
        conj.dep_ == "conj"
        and conj.tag_ == "VBN"
        and _is_passive(conj.head)
        and not _has_dobj(conj)
        and not any(c.dep_ in {"aux", "nsubj"} for c in conj.children)
    )


def _acronym_as_aux(aux: Token) -> bool:
    """'IS gunmen killed 11': a group's capitalised acronym the parser read as the verb 'is'."""
    return aux.dep_ == "auxpass" and aux.text.isupper() and len(aux.text) > 1 and aux.i + 1 < aux.head.i


def _verb_cue(verb: Token) -> tuple[str, str] | None:
    """(kind, how) for a verb that is a casualty cue; how says who the victim is."""
    lex = _lexicon()
    own = _kind_of(verb, lex.transitive) or _kind_of(verb, lex.intransitive)
    for child in verb.children:
        complement = child.dep_ in {"oprd", "acomp", "xcomp", "advcl", "attr", "advmod"} or (
            child.dep_ == "prep" and child.pos_ == "ADJ"  # "shot dead a trader", "dead" read as a preposition
        )
        if complement and not _has_subject(child):
            kind = _kind_of(child, lex.descriptors)  # not ', one of whom died': a clause of its own
            if (
                kind is not None
                and own is not None
                and kind != own
                and child.i > 0
                and _is_number_token(verb.doc[child.i - 1])
            ):
                continue  # 'were killed and one hundred and three injured': another figure's descriptor
            if kind is not None:
                return kind, "complement"
    for obj in verb.children if own is not None else ():
        if obj.dep_ != "dobj":
            continue
        for word in obj.children:
            # 'shot dead six of its passengers', 'shot a man dead': the parser hung the verb's
            # complement on its object (right after the verb, or after the object's noun)
            if word.dep_ == "amod" and (word.i == verb.i + 1 or word.i > obj.i):
                kind = _kind_of(word, lex.descriptors)
                if kind is not None:
                    return kind, "complement"
    if own is not None and verb.i + 1 < len(verb.doc):
        # 'shot dead two commanders', "dead" hung on the number or noun after it: the word
        # right after the verb is its complement, however the parse hangs it
        nxt = verb.doc[verb.i + 1]
        if (
            nxt.dep_ in {"amod", "acomp", "oprd", "advmod", "dep"}
            and nxt.head.i >= verb.i
            and not _has_subject(nxt)
        ):
            kind = _kind_of(nxt, lex.descriptors)
            if kind is not None and kind != own:
                return kind, "complement"
    kind = _kind_of(verb, lex.transitive)
    if kind is not None and _stranded_at(verb):
        return None  # 'two vans were shot at': fired on, nobody hit
    if kind is not None:
        return ("killed" if kind == "injured" and _fatal(verb) else kind), "transitive"
    if _kind_of(verb, lex.fatal_only) is not None and _fatal(verb):
        dies = {verb.lemma_.lower(), verb.lower_} & lex.dying_by
        if dies and not _has_dobj(verb) and not _is_passive(verb):
            return "killed", "intransitive"  # 'six travellers burned to death': the subject died
        return "killed", "transitive"  # 'hacked to death', 'beaten to death'; not 'hacked two websites'
    if _kind_of(verb, lex.fatal_only) is not None and _is_passive(verb) and _badly(verb):
        return "injured", "transitive"  # 'a clerk was badly burned', 'two were severely beaten'
    kind = _kind_of(verb, lex.intransitive)
    if kind is not None:
        return kind, "intransitive"
    kind = _kind_of(verb, lex.descriptors)  # 'are missing', headline '24 killed'
    if kind is not None:
        return kind, "complement"
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "prt" and (lemma, child.lower_) in lex.verb_particle:
            return lex.verb_particle[(lemma, child.lower_)], "transitive"
        if child.dep_ == "prep":
            for pobj in child.children:  # 'were sent to hell', 'fell in the line of duty'
                if pobj.dep_ != "pobj":
                    continue
                owned = [o.lower_ for of in pobj.children if of.lower_ == "of" for o in of.children]
                for noun in (pobj.lower_, *(f"{pobj.lower_} of {o}" for o in owned)):
                    idiom = (lemma, child.lower_, noun)
                    if idiom in lex.verb_prep:
                        return lex.verb_prep[idiom]
        if child.dep_ == "dobj":
            for key in ((lemma, child.lemma_.lower()), (lemma, child.lower_)):
                if key in lex.verb_object:
                    return lex.verb_object[key], "verb_object"
    if lemma in care_verbs() and _is_passive(verb) and any(c.lower_ == "still" for c in verb.children):
        return "injured", "transitive"  # 'three others were still being treated': those still in care
    if verb.i + 1 < len(verb.doc) and verb.pos_ == "VERB":
        # 'attained shahadat' with the rare noun parsed as another clause's subject
        nxt = verb.doc[verb.i + 1]
        if nxt.dep_ != "dobj" and (lemma, nxt.lower_) in lex.verb_object:
            return lex.verb_object[(lemma, nxt.lower_)], "verb_object"
    return None


def dying_verb(tok: Token) -> bool:
    """'died', 'succumbed': a verb of dying (``intransitive_verbs`` of ``killed`` in casualties.yaml)."""
    return _kind_of(tok, _lexicon().intransitive) == "killed"


@cache
def care_verbs() -> frozenset[str]:
    """``care_verbs`` of casualties.yaml: 'still being treated' tells people still hurt."""
    words = table("casualties.yaml").get("care_verbs") or []
    return frozenset(str(w).lower() for w in words)


def _badly(verb: Token) -> bool:
    """'was badly burned', 'were severely beaten': a degree of harm on the verb
    (``harm_degrees`` of ``casualties.yaml``)."""
    return any(c.dep_ == "advmod" and c.lower_ in _lexicon().harm_degrees for c in verb.children)


def _stranded_at(verb: Token) -> bool:
    """'were shot at': a preposition 'at' left without its object."""
    return any(
        c.dep_ in {"prep", "prt"} and c.lower_ == "at" and not any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


def _fatal(verb: Token) -> bool:
    """'fatally stabbed', 'stabbed to death': a wounding verb that killed."""
    lex = _lexicon()
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in lex.fatal_modifiers:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "to"
            and any(c.dep_ == "pobj" and c.lower_ in lex.fatal_objects for c in child.children)
        ):
            return True
        if _killing_them(child):
            return True  # 'shot a trader outside his shop, killing him': the shot died
    return False


_VICTIM_PRONOUNS = frozenset({"him", "her", "them"})


def _killing_them(child: Token) -> bool:
    """A trailing 'killing him', 'killing them both': a participle of a killing verb whose object
    is a pronoun standing for the victims of the verb it hangs on."""
    if child.dep_ not in {"advcl", "conj", "xcomp"} or child.tag_ != "VBG" or child.i < child.head.i:
        return False
    if _kind_of(child, _lexicon().transitive) != "killed":
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _VICTIM_PRONOUNS for c in child.children)


def _kind_as_subject(verb: Token) -> str | None:
    cue = _verb_cue(verb)
    if cue is None:
        return None
    kind, how = cue
    if _is_passive(verb):
        return kind if how != "verb_object" else None
    if how in {"intransitive", "verb_object"}:
        return kind
    if how == "complement":
        return None if _has_dobj(verb) else kind
    if _gapped_passive(verb):
        return kind  # 'were killed and 32 wounded in an assault by jihadists': the object is a misparse
    # Active subject of 'killed': the killer, unless a headline participle ('24 killed').
    return kind if verb.tag_ == "VBN" and not _has_dobj(verb) else None


def _gapped_passive(verb: Token) -> bool:
    """'17 were killed and 32 wounded': a participle sharing the passive auxiliary of the verb before
    (tagged a past tense only when it has no object: not 'two died and gunmen hurt three')."""
    return (
        verb.dep_ == "conj"
        and (verb.tag_ == "VBN" or (verb.tag_ in {"VBD", "VBP"} and not _has_dobj(verb)))
        and verb.head.i < verb.i
        and _is_passive(verb.head)
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def _kind_as_object(verb: Token) -> str | None:
    cue = _verb_cue(verb)
    if cue is None or _is_passive(verb):
        return None
    kind, how = cue
    return kind if how in {"transitive", "complement"} else None


def _toll_kind(noun: Token) -> str | None:
    """Kind of a toll phrase ('death toll', 'number of people killed'), or None."""
    lex = _lexicon()
    if noun.lemma_.lower() not in lex.toll_nouns and noun.lower_ not in lex.toll_nouns:
        return _descriptor_toll(noun)
    # (not a relative clause the parser hung on the toll: 'the toll had risen to 50, ..., who said
    # dozens more were wounded' is a toll of the dead)
    told = {t.i for c in noun.children if c.dep_ == "relcl" for t in c.subtree}
    for tok in noun.subtree:
        if tok is noun or tok.i in told:
            continue
        kind = _kind_of(tok, lex.nouns) or _kind_of(tok, lex.descriptors) or _kind_of(tok, lex.transitive)
        if kind is None and tok.lemma_.lower() in {"casualty", "death"}:
            kind = "killed"
        if kind is not None:
            return kind
    if noun.lemma_.lower() == "tally" and not _casualty_words_near(noun):
        return None  # "bringing its tally to 60" after "struck 21 more": a tally of targets struck
    if noun.lemma_.lower() in {"toll", "tally"}:
        return lex.toll_default_kind
    if noun.lemma_.lower() in lex.bare_toll_nouns and any(c.lower_ == "the" for c in noun.children):
        # '11 people had been killed ..., but later raised the figure to 16'; 'the number of
        # people killed when ...' with the participle hung elsewhere by the parser
        return _kind_near(noun) or _kind_just_after(noun) or _kind_told_before(noun)
    return None


def toll_kind(noun: Token) -> str | None:
    """Kind of the toll a noun names ('the death toll', 'the number of wounded'), or None."""
    return _toll_kind(noun)


def _descriptor_toll(noun: Token) -> str | None:
    """'a statement put the dead at 43 and the wounded at 88': 'the dead', 'the wounded' as the object of a
    verb of ``descriptor_toll_verbs`` (or a conjunct of that object) is a toll of its kind."""
    lex = _lexicon()
    kind = _kind_of(noun, lex.descriptors)
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _count_subject_verbs():
        # 'the dead numbered 12', 'fatalities totalled nine': the victims counted by their own verb
        plural = noun.tag_ in {"NNS", "NNPS"}
        told = kind if any(c.lower_ == "the" for c in noun.children) else None
        told = told or (_kind_of(noun, lex.nouns) if plural else None)
        if told in ("killed", "injured"):
            return told
    determined = any(c.lower_ == "the" or c.dep_ == "poss" for c in noun.children)
    if kind not in ("killed", "injured") or not determined:
        return None  # ('the dead', 'the army's dead', 'its wounded')
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if noun.dep_ == "conj" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.like_num:
        # ('put the dead at 31 and the wounded at 12' with the second object hung on the
        # first figure)
        head = head.head.head
        return kind if head.lemma_.lower() in _descriptor_toll_verbs() else None
    if head.dep_ == "conj" or head.dep_ != "dobj":
        # (the parser may hang the second object on the verb: 'put the dead at 43 and the wounded at 88')
        if not (noun.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}):
            return None
        verb = head
    else:
        verb = head.head
    if verb.lemma_.lower() in _toll_update_verbs() and _to_bare_number(verb):
        return kind  # 'which would take the army's dead to seven', 'bringing the wounded to 40'
    return kind if verb.lemma_.lower() in _descriptor_toll_verbs() else None


def _to_bare_number(verb: Token) -> bool:
    """Whether ``verb`` has a 'to N' whose object is a number standing alone ('to seven'), not a
    counted noun ('took the wounded to two hospitals')."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(c.dep_ == "pobj" and c.like_num and not list(c.children) for c in prep.children)
        for prep in verb.children
    )


@cache
def _toll_update_verbs() -> frozenset[str]:
    """Verbs of a toll's change ('take', 'bring', 'raise'; ``toll_update_verbs`` of casualties.yaml)."""
    return _words(table("casualties.yaml").get("toll_update_verbs"))


@cache
def _count_subject_verbs() -> frozenset[str]:
    return _words(table("casualties.yaml").get("count_subject_verbs"))


@cache
def _descriptor_toll_verbs() -> frozenset[str]:
    return _words(table("casualties.yaml").get("descriptor_toll_verbs"))


def _kind_told_before(noun: Token) -> str | None:
    """'Medics spoke of four dead at first. Later the figure rose to seven.': a bare 'the
    figure' or 'the number' (no 'of' phrase of its own) that a verb of change raises takes the
    kind of the figure the sentence before counted; None otherwise."""
    lex = _lexicon()
    if any(c.dep_ == "prep" for c in noun.children) or noun.dep_ not in {"nsubj", "dobj"}:
        return None
    if noun.head.lemma_.lower() not in lex.toll_verbs:
        return None
    start, _end = sentence_bounds(noun.doc, noun.i)
    if start == 0:
        return None
    before, _ = sentence_bounds(noun.doc, start - 1)
    for tok in noun.doc[before:start]:
        kind = _kind_of(tok, lex.nouns) or _kind_of(tok, lex.descriptors) or _kind_of(tok, lex.intransitive)
        if kind is None and tok.pos_ == "VERB":
            kind = _kind_of(tok, lex.transitive)
        if kind in ("killed", "injured"):
            return kind
    return None


def _kind_just_after(noun: Token) -> str | None:
    """The casualty kind of 'the number of <people> killed': a participle right after 'of <noun>'."""
    lex = _lexicon()
    doc = noun.doc
    if noun.i + 3 >= len(doc) or doc[noun.i + 1].lower_ != "of":
        return None
    for tok in doc[noun.i + 2 : min(noun.i + 5, len(doc))]:
        if tok.tag_ == "VBN" or tok.pos_ == "ADJ":
            return _kind_of(tok, lex.descriptors) or _kind_of(tok, lex.transitive)
        if tok.pos_ not in {"NOUN", "DET", "ADJ", "NUM"}:
            return None
    return None


def _kind_near(noun: Token) -> str | None:
    """The casualty kind of the word nearest before ``noun`` in its sentence, or None."""
    lex = _lexicon()
    start, _end = sentence_bounds(noun.doc, noun.i)
    for tok in reversed(noun.doc[start : noun.i]):
        kind = _kind_of(tok, lex.descriptors) or _kind_of(tok, lex.nouns) or _kind_of(tok, lex.intransitive)
        if kind is None and tok.pos_ == "VERB":
            kind = _kind_of(tok, lex.transitive)
        if kind in ("killed", "injured"):
            return kind
    return None


def _casualty_words_near(noun: Token) -> bool:
    """The sentence of a bare "tally" speaks of the dead or hurt (a word of a casualty kind)."""
    lex = _lexicon()
    start, end = sentence_bounds(noun.doc, noun.i)
    return any(
        tok.i != noun.i
        and (
            _kind_of(tok, lex.nouns)
            or _kind_of(tok, lex.descriptors)
            or _kind_of(tok, lex.intransitive)
            or (tok.pos_ == "VERB" and _kind_of(tok, lex.transitive))
            or tok.lemma_.lower() in {"casualty", "death", "dead", "victim", "body"}
        )
        for tok in noun.doc[start:end]
    )


def _kind_of_toll_verb(verb: Token) -> str | None:
    lex = _lexicon()
    counting = verb.pos_ == "VERB" and verb.lemma_.lower() in _count_subject_verbs()
    if verb.lemma_.lower() not in lex.toll_verbs and not counting:
        return None
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            kind = _toll_kind(child)
            if kind is not None:
                return kind
    if verb.dep_ == "conj" and not _has_subject(verb) and verb.head.i != verb.i:
        # 'the toll had stood at four but rose to five': the second verb shares the first's subject
        for child in verb.head.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i < verb.i:
                kind = _toll_kind(child)
                if kind is not None:
                    return kind
    if verb.dep_ == "ccomp" and not _has_subject(verb):
        # 'tells an agency the count of dead from the blast has gone up to 8': the parser made the
        # toll the object of the verb of saying, left without a subject of its own
        for child in verb.head.children:
            if child.dep_ == "dobj" and child.i < verb.i:
                kind = _toll_kind(child)
                if kind is not None:
                    return kind
    return None


def _descriptor_after(tok: Token, *, over_auxiliaries: bool = False) -> str | None:
    """'26 dead', '24 killed', 'left 20 injured': a descriptor right after the group."""
    doc = tok.doc
    i = tok.i + 1
    # Step over auxiliaries, so a misparsed '32 civilians were killed' still reads.
    while (
        over_auxiliaries
        and i < len(doc)
        and i - tok.i <= 3
        and doc[i].lemma_ in {"be", "have"}
        and doc[i].pos_ == "AUX"
    ):
        i += 1
    if i >= len(doc):
        return None
    nxt = doc[i]
    lex = _lexicon()
    kind = _kind_of(nxt, lex.descriptors)
    if kind is None and i > tok.i + 1 and nxt.tag_ == "VBN":
        kind = _kind_of(nxt, lex.transitive)
    # 'left four dead and seven hurt': a participle that is also its base form ('hurt') may be
    # tagged present tense (VBP); a descriptor word there still describes the group
    tense = {"VBZ", "VBG"} if nxt.lower_ in lex.descriptors else {"VBZ", "VBP", "VBG"}
    if kind is None or _has_dobj(nxt) or nxt.tag_ in tense or _or_coordinated(nxt):
        return None
    if _stranded_at(nxt):
        return None  # 'two patrols were shot at'
    return kind


def _or_coordinated(cue: Token) -> bool:
    """'killed or wounded hundreds' is a combined figure, neither killed nor wounded (not 'were
    injured or maimed': two words of one kind tell one figure)."""
    if any(c.dep_ == "cc" and c.lower_ == "or" for c in cue.children):
        return not _one_kind_or(cue, [c for c in cue.children if c.dep_ == "conj"])
    nxt = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    if nxt is not None and nxt.lower_ == "or":
        return not _one_kind_or(cue, [c for c in cue.children if c.dep_ == "conj"])
    if cue.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in cue.head.children):
        return not _one_kind_or(cue, [cue.head])
    return False


def _one_kind_or(cue: Token, others: list[Token]) -> bool:
    """The words joined to ``cue`` by 'or' are all casualty words of the cue's own kind."""
    if not others:
        return False
    kinds = {_or_kind(t) for t in [cue, *others]}
    return len(kinds) == 1 and None not in kinds


def _or_kind(tok: Token) -> str | None:
    lex = _lexicon()
    return _kind_of(tok, lex.transitive) or _kind_of(tok, lex.intransitive) or _kind_of(tok, lex.descriptors)


def _descriptor_child(noun: Token) -> str | None:
    """'26 people killed in ...' (acl), 'people who were killed' (relcl)."""
    lex = _lexicon()
    for child in noun.children:
        if child.dep_ in {"acl", "amod"} and not _has_dobj(child):
            kind = _kind_of(child, lex.descriptors)
            if kind is not None:
                return kind
        if child.dep_ == "relcl":
            kind = _kind_as_subject(child)
            if kind is not None:
                return kind
    return None


@dataclass
class _Figure:
    tokens: list[Token]
    value: int
    qualifier: Qualifier
    kind: str
    group: int
    noun: Token | None
    earlier: bool
    cue: Token
    part: bool = False
    hurt_before: bool = False
    nth: bool = False


def _counted_noun(run: list[Token], root: Token, sent: Span) -> tuple[Token, Token | None] | None:
    """(argument, noun): the token that fills the verb's slot and what is counted.

    Returns None for a subset ('two of them') that must not be counted again.
    """
    ids = {t.i for t in run}
    if any(_subset_pronoun(t) for t in run):
        return None  # 'three of them women': a part of a group already counted
    if root.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod", "advmod"} and root.head.i not in ids:
        head = root.head
        while (
            head.dep_ in {"amod", "compound"}
            and (head.pos_ in {"ADJ", "PROPN"} or (head.dep_ == "compound" and head.pos_ == "NOUN"))
            and head.head.i > head.i
            and head.head.pos_ in {"NOUN", "PROPN"}
        ):
            # 'Seventeen Chadian soldiers' with the number hung on the adjective, '12 cattle
            # herders' with it hung on the first noun of the compound
            head = head.head
        if head.pos_ in _NOMINAL and head.i > root.i:
            return head, head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.dep_ == "prep":
        group = root.head.head  # 'killed a family of six': the six are the family, the verb's object
        if group.i < root.i and group.lemma_.lower() in _lexicon().kin_group_nouns:
            if any(c.dep_ == "nummod" for c in group.children):
                return None  # 'two families of five': the size of each, not a figure of its own
            return group, group
    following = run[-1].nbor(1) if run[-1].i + 1 < len(run[-1].doc) else None
    if following is not None and following.pos_ == "NOUN" and following.head.i not in ids:
        return following, following  # the parser left the number off its noun
    if (
        following is not None
        and following.pos_ == "NOUN"
        and following.dep_ == "conj"
        and following.head.i in ids
    ):
        return following, following  # 'between 12 and 17 shoppers', the noun read as a third conjunct
    for tok in run:
        for child in tok.children:
            if child.i in ids:
                continue
            if child.dep_ == "pobj" and tok.dep_ == "prep" and child.pos_ in {"NOUN", "PROPN"}:
                return root, child
            if child.dep_ == "prep" and child.lower_ in {"of", "among"}:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.lower_ in _SUBSET_PRONOUNS:
                    return None
                if pobj is not None and child.lower_ == "of":
                    return root, pobj
    first = sent[0]
    if first.lower_ == "of":
        pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
        return root, pobj
    return root, None


_RANGE_OPENERS = frozenset({"between", "from"})


def _phrase_root(run: list[Token]) -> Token:
    ids = {t.i for t in run}
    tops = [t for t in run if t.head.i not in ids or t.head is t]
    if len(tops) > 1 and tops[0].dep_ == "det":
        # 'Some 30-odd villagers': the qualifier hung on the noun as its determiner
        return next((t for t in tops[1:] if _is_number_token(t)), tops[0])
    if len(tops) > 1 and tops[0].pos_ == "ADP" and tops[0].lower_ not in _RANGE_OPENERS:
        # 'in excess of 30 sustained injuries' with the qualifier's preposition read as a clause
        # of its own: the number, hung on its noun, roots the phrase
        counted = next((t for t in tops[1:] if t.dep_ == "nummod" and t.head.i > t.i), None)
        if counted is not None:
            return counted
    return tops[0] if tops else run[-1]


def _toll_verb_above(prep: Token) -> str | None:
    """Kind of the toll a 'to N' / 'at N' raises, even when the parser hangs it low."""
    second = [c for c in prep.head.children if c.dep_ == "conj" and c.i < prep.i and _descriptor_toll(c)]
    if second and prep.head.pos_ in {"VERB", "AUX"}:
        # 'put the dead at 31 and the wounded at 12' with both figures hung on the verb: the
        # object told just before the figure
        return _descriptor_toll(max(second, key=lambda c: c.i))
    if prep.head.dep_ == "conj":
        own = _toll_kind(prep.head)
        if own is not None and _kind_of_toll_verb(next(iter(_verbs_above(prep.head)), prep.head)) is not None:
            return own  # 'put the toll at 37 and the count of injured at 64': the second toll's own kind
    for node in [prep.head, *prep.head.ancestors]:
        if node.pos_ in {"VERB", "AUX"}:
            kind = _kind_of_toll_verb(node)
            if kind is None and node.dep_ in {"acl", "pobj"} and node.tag_ == "VBN":
                # 'raised the number of people killed in the bombing to 48', 'bringing the number
                # of injured to four': the parser hung the 'to' on the participle of the toll's own
                # noun phrase; the toll verb is above
                holder = next((a for a in node.ancestors if a.pos_ in {"VERB", "AUX"}), None)
                if holder is not None and _in_toll_object(node, holder):
                    return _kind_of_toll_verb(holder)
            if kind is None and node.dep_ in {"acl", "advcl"} and not _has_subject(node):
                # 'raised the death toll from the bombing at the bus stand to 19' with the noun
                # 'stand' read as a verb of its own: the figure is the toll verb's, told after its toll
                holder = next(iter(_verbs_above(node)), None)
                if holder is not None and any(
                    c.dep_ == "dobj" and c.i < node.i and _toll_kind(c) is not None for c in holder.children
                ):
                    return _kind_of_toll_verb(holder)
            return kind
    return None


def _verbs_above(tok: Token) -> list[Token]:
    """The verbs above ``tok`` in its parse, nearest first."""
    return [a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}]


def _in_toll_object(participle: Token, verb: Token) -> bool:
    """The ``participle`` stands in the subject or object phrase of ``verb`` ('the number of
    people killed'), a phrase of nouns and 'of' only between them."""
    node = participle.head
    while node.i != verb.i:
        if node.dep_ in {"nsubj", "nsubjpass", "dobj"} and node.head.i == verb.i:
            return True
        if node.pos_ not in {"NOUN", "PROPN", "PRON", "ADP"}:
            return False
        node = node.head
    return False


def _first_conjunct(arg: Token) -> Token:
    """The first of a list of groups: '84 soldiers and 47 fighters' -> soldiers."""
    first = arg
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() == "total":
        first = first.head.head  # 'a total of 26 people'
    while first.head.i != first.i and (first.head.pos_ in _NOMINAL or _rank_read_as_adjective(first.head)):
        if first.dep_ == "appos" and _measure_appos(first):
            first = first.head  # 'some 240 km away, a woman ... died': the parse hung her on the distance
        elif first.dep_ == "conj" and _victim_of_harm_noun(first.head, first) is not None:
            # 'the killing of a couple and their son' with the son hung on 'killing': the couple's list
            first = _victim_of_harm_noun(first.head, first) or first
        elif (
            first.dep_ == "conj"
            or _listed_appos(first)
            or (
                first.dep_ == "appos"
                and first.head.i < first.i
                and first.head.ent_type_ != "DATE"  # 'On June 12, 2023, 46 people ...' hung on the date
                and (first is not arg or any(c.dep_ == "nummod" for c in first.head.children))
            )
        ):  # '26 hostages — 18 soldiers, ...': the groups of a counted total
            first = first.head  # 'the leader X and scores of his fighters': the leader
        else:
            break
    if first.dep_ in {"nsubj", "nsubjpass"} and first.head.pos_ in {"VERB", "AUX"}:
        # 'Eight guards and their driver were killed' parsed as two subjects of one verb, the
        # 'and' hung on the first: one list of groups
        before = [c for c in first.head.children if c.dep_ == first.dep_ and c.i < first.i]
        if before and (any(c.dep_ == "cc" for c in before[-1].children) or _comma_between(before[-1], first)):
            # ('A colonel, two captains and five soldiers died': the comma of the list between them)
            return _first_conjunct(before[-1])
    if _second_object(first):
        # 'killing the mayor and at least three other people', the second object joined to
        # the verb by the parser: one list of victims, the first object's
        return _first_conjunct(next(c for c in first.head.children if c.dep_ == "dobj" and c.i < first.i))
    return first


def _victim_of_harm_noun(head: Token, conj: Token) -> Token | None:
    """The victim X of 'the killing of X' told just before 'and' ``conj``, when the parser hung the
    next of X's list (``conj``) on the casualty noun or on a noun above it ('a response to the
    killing of a couple and their son'); else None."""
    lex = _lexicon()
    edge = conj.left_edge.i
    if edge < 2 or conj.doc[edge - 1].lower_ not in {"and", ","}:
        return None
    victim = conj.doc[edge - 2]
    while victim.dep_ != "pobj" and victim.head.i != victim.i and victim.head.i < edge:
        victim = victim.head  # ('of the driver' ends on the driver; 'of a couple in ...' on the couple)
    prep = victim.head
    if victim.dep_ != "pobj" or prep.lower_ != "of" or victim.right_edge.i != edge - 2:
        return None
    noun = prep.head
    if _kind_of(noun, lex.nouns) is None or not any(t.i == noun.i for t in head.subtree):
        return None
    return victim


def _comma_between(earlier: Token, later: Token) -> bool:
    """Whether only a comma stands between the noun ``earlier`` and the phrase of ``later``."""
    gap = earlier.doc[earlier.i + 1 : later.left_edge.i]
    return len(gap) == 1 and gap[0].text == ","


def _one_person_noun(tok: Token) -> bool:
    """A singular person noun with an indefinite article: "a sergeant", "an officer"."""
    return (
        tok.tag_ == "NN"
        and tok.lemma_.lower() in _lexicon().person_nouns
        and any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in tok.children)
    )


def _listed_appos(tok: Token) -> bool:
    """'killing a lieutenant, a sergeant and six soldiers': the parser reads the second member of
    a list of ranks as an apposition of the first; with an article of its own and the list going
    on after it ("and ..."), it is one more victim, not a description of the first."""
    counted = (
        tok.tag_ == "NNS"
        and tok.lemma_.lower() in _lexicon().person_nouns
        and any(c.dep_ == "nummod" for c in tok.children)
    )  # 'a colonel, two captains and five soldiers'
    return (
        tok.dep_ == "appos"
        and tok.head.i < tok.i
        and (_one_person_noun(tok) or counted)
        and _one_person_noun(tok.head)
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children)
    )


def _rank_read_as_adjective(tok: Token) -> bool:
    """'A major and two policemen were killed', 'a general and three bodyguards died': a rank first
    in a list, tagged an adjective ("major", "general", "private"). It stands after an article and
    takes the list's "and" (or a comma); the parse hangs it on the counted noun after it or makes
    it the head."""
    doc = tok.doc
    listed = any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children)
    if not (
        tok.tag_ == "JJ"
        and tok.lower_ in _lexicon().person_nouns
        and tok.i > 0
        and doc[tok.i - 1].lower_ in _ARTICLES
    ):
        return False
    if tok.dep_ != "amod":
        return listed and any(c.dep_ == "conj" and c.tag_ in {"NN", "NNS"} for c in tok.children)
    if not listed and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","):
        return False  # ('a major, three sergeants and ...': the list's comma after the rank)
    head = tok.head
    return (
        head.i > tok.i
        and head.tag_ == "NNS"
        and head.lemma_.lower() in _lexicon().person_nouns
        and any(c.dep_ == "nummod" for c in head.children)
    )


#: The kinds a single named victim is counted in.
_ONE_VICTIM_KINDS = frozenset({"killed", "injured", "missing", "hostages"})


def _person_noun_read_as_adjective(tok: Token) -> Token | None:
    """'killed an operative', 'killed an operative fleeing on foot': a noun of ``person_nouns``
    that is an adjective too ("operative"), tagged one after its article yet standing in a noun's
    slot: the slot's own word (the noun, or the participle after it that the parse put in the
    slot with the noun as its modifier), or None."""
    if tok.tag_ != "JJ" or tok.lower_ not in _lexicon().person_nouns or tok.i == 0:
        return None
    if any(c.dep_ == "nummod" for c in tok.children):
        return None
    slots = {"dobj", "nsubj", "nsubjpass"}
    holder = tok
    if tok.dep_ == "amod" and tok.head.tag_ == "VBG" and tok.head.i == tok.i + 1:
        holder = tok.head  # ('an operative fleeing ...': "fleeing" read as the noun)
    if holder.dep_ not in slots:
        return None
    article = tok.doc[min(tok.left_edge.i, holder.left_edge.i)]
    return holder if article.lower_ in {"a", "an", "the"} else None


def _measure_appos(tok: Token) -> bool:
    """An apposition to a never-victim noun ('240 km') the parser took for its head: a misparse."""
    lex = _lexicon()
    head = tok.head
    return (
        tok.dep_ == "appos"
        and head.i < tok.i
        and (head.lemma_.lower() in lex.not_victims or head.lower_ in lex.not_victims)
        and head.ent_type_ == "QUANTITY"
    )


def _subject_read_as_conjunct(noun: Token) -> Token | None:
    """'Two guards embraced martyrdom and four others received wounds': the parser joins the
    counted noun to the object before it and leaves the verb right after it, a conjunct verb,
    without a subject; that verb (returned) is the noun's own.  None otherwise."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.head.i >= noun.i:
        return None
    after = noun.right_edge.i + 1
    if after >= len(noun.doc):
        return None
    verb = noun.doc[after]
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.i >= noun.i or _has_subject(verb):
        return None
    return verb


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _link_slot(first: Token) -> tuple[str, Token] | None:
    """(kind, cue) when the token ``first`` fills a casualty cue's victim slot."""
    lex = _lexicon()
    dep, head = first.dep_, first.head
    if dep == "prep" and (
        first.lower_ in _qualifier_words() or first.lower_ == "between" or _range_from(first)
    ):
        # 'killed over 20', 'killed between 25 and 30 villagers': the prep stands for the object
        dep = "dobj" if head.pos_ in {"VERB", "AUX"} else dep
    if dep == "nummod" and head.pos_ == "ADV" and head.dep_ == "pobj" and head.i == first.i + 1:
        dep, head = "pobj", head.head  # 'rose to five overnight': the number misparsed on the adverb
    if dep == "npadvmod" and first.i < head.i and _gapped_passive(head) and not _has_subject(head):
        dep = "nsubj"  # 'two were badly hurt and four slightly injured': the number misparsed
    if dep == "npadvmod" and _set_size(first) > 1:
        # 'killed a couple outside their home': the object misparsed as an adverbial (of the verb
        # or of the preposition after it)
        verb = head.head if head.dep_ == "prep" and head.i > first.i else head
        if verb.pos_ == "VERB" and verb.i < first.i:
            dep, head = "dobj", verb
    if _second_object(first):
        # 'killing the mayor and at least three other people': the parser joined the second
        # object to the verb; it is the verb's object all the same
        dep = "dobj"
    told_object = _object_read_as_speaker(first) or _object_read_as_next_subject(first)
    if told_object is not None:
        dep, head = "dobj", told_object  # 'killing at least 14 people, police and medics said'
    if dep not in {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}:
        told_subject = _subject_read_as_its_part(first)
        if told_subject is not None:
            dep, head = told_subject  # '148 people, most of them students, were killed'
    if dep in {"nsubj", "nsubjpass"} and not _or_coordinated(head):
        kind = _kind_as_subject(head)
        if kind in ("injured", "hostages"):
            fatal = _died_after(head) or reduced_relative_fate(head)
            if fatal is not None:
                # 'was shot and killed', 'were wounded and later died', 'were abducted and later found dead'
                return "killed", fatal
        if kind is not None:
            return kind, head
        for verb in head.children:  # 'was hit ... and succumbed in hospital'
            if verb.dep_ == "conj" and verb.pos_ == "VERB" and not _has_subject(verb):
                cue = _verb_cue(verb)
                if cue is not None and (cue[1] == "intransitive" or _is_passive(verb)):
                    return cue[0], verb
                removal = _shot_after_removal(head, passive=True)
                if cue is not None and _shares_passive(verb) and removal is None:
                    return cue[0], verb  # 'were ambushed and killed' (not 'taken off the bus and shot')
        fate = _fate_past_a_belief(head) or _found_harmed(head)
        if fate is not None:
            return fate
    if dep in {"nsubjpass", "dobj"}:
        shot = _shot_after_removal(head, passive=dep == "nsubjpass")
        if shot is not None:
            return "killed", shot  # 'were pulled off the bus and shot', 'dragged six men out and shot them'
    if dep in {"dobj", "attr"} and not _or_coordinated(head):
        kind = _kind_as_object(head) or _kind_of_toll_verb(head)
        if kind is not None:
            return kind, head
    if dep == "pobj" and head.lower_ in _PART_PREPS and head.head.pos_ == "VERB":
        kind = _kind_as_object(head.head)  # 'killed scores, among them 74 at the port'
        if kind is not None:
            return kind, head.head
    if dep in {"dep", "appos", "npadvmod"} and head.pos_ == "VERB" and _subset_of_them(first):
        kind = _kind_as_object(head)
        if kind is not None:
            return kind, head
    if dep == "pobj":
        prep, holder = head, head.head
        if prep.lower_ in {"to", "at", "from"}:
            kind = _toll_verb_above(prep)  # 'from' gives the earlier figure of 'rose from 24'
            if kind is not None:
                if _change_particle(holder):
                    holder = holder.head  # 'has gone up to 27': the toll's verb is the cue
                return kind, holder
        if prep.lower_ == "of":
            if holder.lower_ in lex.life_nouns and holder.head.lemma_.lower() in lex.life_verbs:
                return "killed", holder.head
            kind = _kind_of(holder, lex.nouns) or _toll_kind(holder)
            if kind is not None:
                return kind, holder
    swallowed = _verb_inside_its_clause(first)
    if swallowed is not None:  # 'four men who ... after the blast were shot dead'
        kind = _kind_as_subject(swallowed)
        if kind is not None:
            return kind, swallowed
    return None


@cache
def _removal_phrases() -> frozenset[tuple[str, str]]:
    rows = table("casualties.yaml").get("execution_removals") or ()
    return frozenset((str(r["verb"]).lower(), str(r.get("particle") or "").lower()) for r in rows)


def _shot_after_removal(verb: Token, *, passive: bool) -> Token | None:
    """The shooting verb of an execution: people taken from among others and then shot ('were
    taken off a coach and shot', 'dragged four men out of the car and shot them') are killed,
    not hurt.  ``verb`` is the removal ('pull' + 'off', 'single' + 'out', listed as
    ``execution_removals``); the shooting verb is its conjunct, with no subject of its own and,
    for an active removal, a pronoun object standing for the removed."""
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep", "advmod"}}
    lemma = verb.lemma_.lower()
    if not any(v == lemma and (not p or p in particles) for v, p in _removal_phrases()):
        return None
    data = table("casualties.yaml")
    shooting, wounds = _words(data.get("shooting_verbs")), _words(data.get("wound_sites"))
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or _has_subject(conj):
            continue
        if conj.lemma_.lower() not in shooting:
            continue
        if any(
            p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in wounds for o in p.children)
            for p in conj.children
        ):
            continue  # 'shot in the leg': a wound told, not an execution
        objects = [c for c in conj.children if c.dep_ == "dobj"]
        if passive and not objects:
            return conj
        if not passive and len(objects) == 1 and objects[0].tag_ == "PRP":
            return conj
    return None


_TIME_MARKS = frozenset({"after", "before", "when", "as", "once", "until"})


def _verb_inside_its_clause(noun: Token) -> Token | None:
    """The passive verb of a counted subject the parser hung inside the subject's own relative
    clause: in 'Three raiders who climbed the fence after the explosion were shot dead' the noun
    became the sentence's root and 'after the explosion were shot dead' a clause of 'climbed',
    with 'explosion' as its subject.  The verb is the noun's when that clause's subject is no
    person (a happening: 'the blast', 'the fire') and the verb comes after the relative clause's
    own verb (also when the noun was left as a loose dependent, or a second subject, of a
    'said' after it)."""
    lex = _lexicon()
    if noun.pos_ not in {"NOUN", "PROPN"} or not (
        noun.dep_ in {"ROOT", "dep"} or (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lex.say_verbs)
    ):
        return None
    for rel in noun.children:
        if rel.dep_ != "relcl" or rel.i < noun.i:
            continue
        for verb in rel.subtree:
            if verb.dep_ != "advcl" or verb.i <= rel.i or not _is_passive(verb):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if len(subjects) != 1:
                continue
            subject = subjects[0]
            marked = any(
                c.dep_ == "mark" and c.lower_ in _TIME_MARKS and c.i < subject.i for c in verb.children
            )
            people = lex.person_nouns | lex.attackers | lex.plural_person_nouns
            if (
                marked
                and subject.pos_ == "NOUN"
                and subject.lemma_.lower() not in people
                and subject.lower_ not in lex.attackers
                and not any(c.dep_ in {"nummod", "poss"} for c in subject.children)
            ):
                return verb
    return None


def _fate_past_a_belief(verb: Token) -> tuple[str, Token] | None:
    """'Three youths thought to be smugglers were shot dead': the parser makes 'thought' (a verb of
    ``belief_verbs`` in ``casualties.yaml``) the main verb with the counted noun its subject and
    the passive 'were shot dead', left without a subject of its own, its clausal complement; that
    passive is the figure's cue.  None otherwise."""
    if verb.lemma_.lower() not in _lexicon().belief_verbs or verb.tag_ != "VBD":
        return None
    if not any(c.dep_ == "xcomp" for c in verb.children):
        return None  # ('to be ...' after the verb is what marks the reduced relative)
    for clause in verb.children:
        if (
            clause.dep_ == "ccomp"
            and clause.pos_ == "VERB"
            and not _has_subject(clause)
            and _is_passive(clause)
        ):
            kind = _kind_as_subject(clause)
            if kind is not None:
                return kind, clause
    return None


def _found_harmed(verb: Token) -> tuple[str, Token] | None:
    """'Two herders were found shot dead', 'a shopkeeper was found stabbed to death': the
    passive of a verb of ``finding_verbs`` is the main verb and the participle of the harm
    its complement; that participle is the figure's cue.  None otherwise."""
    if verb.lemma_.lower() not in _lexicon().finding_verbs or not _is_passive(verb):
        return None
    for clause in verb.children:
        if clause.dep_ in {"xcomp", "oprd"} and clause.tag_ == "VBN" and not _has_subject(clause):
            kind = _kind_as_subject(clause)
            if kind in ("killed", "injured"):
                return kind, clause
    return None


def _second_object(noun: Token) -> bool:
    """'killing the mayor and at least three other people': a noun the parser joined as a
    conjunct to a verb that has an object before it, with no clause of its own starting at it."""
    partitive = noun.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    if noun.dep_ != "conj" or (noun.pos_ != "NOUN" and not partitive) or noun.head.pos_ != "VERB":
        return False  # (a counted part, 'and two of his guards', is a noun phrase too)
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in noun.children):
        return False
    return any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)


def _sources_after_comma(noun: Token) -> bool:
    """'killing at least 17 people, residents and a local group said': ``noun`` is one of the
    conjuncts after the comma, which are the report's sources (the subject of the say verb just
    after them), not more victims.  Sources: ``say_verbs`` and ``source_verbs`` of casualties.yaml."""
    if noun.dep_ != "conj" or noun.pos_ not in _NOMINAL:
        return False
    node = noun
    while not _after_comma(node):
        node = node.head
        if node.dep_ != "conj" or node.pos_ not in _NOMINAL:
            return False
    listed = node.head  # the figure's noun the parser joined them to
    end = node.right_edge.i
    doc = noun.doc
    if end + 1 >= len(doc) or end + 1 >= noun.sent.end:
        return False
    verb = doc[end + 1]
    lex = _lexicon()
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in lex.say_verbs | lex.source_verbs:
        return False
    # its subject is the list itself (or, as the parser often leaves it, none)
    return all(c.i == listed.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})


def _after_comma(tok: Token) -> bool:
    start = tok.left_edge.i
    return start > tok.sent.start and tok.doc[start - 1].lower_ == ","


def _subject_read_as_its_part(noun: Token) -> tuple[str, Token] | None:
    """'... in which 148 people, most of them students, were killed': the parser made the part
    ('most of them') the verb's subject and hung the counted noun just before it elsewhere.  The
    part's (dependency, verb): the counted noun's slot; else None."""
    doc, after = noun.doc, noun.i + 1
    if after + 1 >= noun.sent.end or doc[after].text != ",":
        return None
    part = doc[after + 1]
    if not _subset_pronoun(part):
        return None
    if (
        part.dep_ == "nsubj"
        and part.head.pos_ == "NOUN"
        and part.head.dep_ in {"nsubj", "nsubjpass"}
        and part.head.i > part.i
    ):
        part = part.head  # 'most of them women' read as a clause of its own: its noun is the subject
    if part.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if part.head.pos_ not in {"VERB", "AUX"} or part.head.i < part.i:
        return None
    return part.dep_, part.head


def _object_read_as_speaker(noun: Token) -> Token | None:
    """'killing at least 14 people, police and militia sources said': the parser made the victims
    (with the sources listed after them) the subject of 'said', leaving the killing verb just
    before them without an object.  That verb, whose object they are; else None."""
    speaker = _speaker_read_as_apposition(noun)
    if noun.dep_ != "nsubj" or not (
        speaker or any(_sources_after_comma(c) for c in noun.children if c.dep_ == "conj")
    ):
        return None
    start = noun.left_edge.i
    if start <= noun.sent.start:
        return None
    verb = noun.doc[start - 1]
    clauses = {"advcl", "conj", "xcomp", "ccomp"} if speaker else {"advcl", "conj", "xcomp"}
    if verb.pos_ != "VERB" or verb.dep_ not in clauses or _has_dobj(verb):
        return None
    if speaker and verb.head.i != noun.head.i:
        return None
    return verb if _kind_as_object(verb) is not None else None


def _speaker_read_as_apposition(noun: Token) -> bool:
    """'has so far killed 31 villagers, the district's medical officer said': the speaker after the
    comma read as an apposition of the victims, the say verb right after it."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in _lexicon().say_verbs:
        return False
    for appos in noun.children:
        if appos.dep_ == "appos" and _after_comma(appos) and appos.right_edge.i + 1 == noun.head.i:
            return True
    return False


def _object_read_as_next_subject(noun: Token) -> Token | None:
    """'shot dead the guard and a cook, a witness told reporters', 'beheaded nine loggers camped by
    the river': the parser made the victims the subject of the clause after them (hung on the
    killing verb), leaving the killing verb just before them without an object.  That verb, whose
    object they are; else None."""
    if noun.dep_ != "nsubj" or noun.head.i < noun.i:
        return None
    start = noun.left_edge.i
    if start <= noun.sent.start:
        return None
    verb = noun.doc[start - 1]
    if verb.dep_ in {"acomp", "oprd", "advmod"} and verb.head.i == verb.i - 1:
        verb = verb.head  # 'shot dead | the guard': the verb's complement stands between
    if verb.pos_ != "VERB" or noun.head.head.i != verb.i or _has_dobj(verb) or _is_passive(verb):
        return None
    return verb if _kind_as_object(verb) is not None else None


def _died_after(verb: Token) -> Token | None:
    """A killing or dying verb coordinated with a wounding one, sharing its subject."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ not in {"VERB", "AUX"} or _has_subject(conj):
            continue
        cue = _verb_cue(conj)
        if cue is not None and cue[0] == "killed" and (cue[1] == "intransitive" or not _has_dobj(conj)):
            return conj
    return None


def reduced_relative_fate(verb: Token) -> Token | None:
    """'said both men stabbed at the market had died': a bare past participle (no auxiliary, no
    object; tagged a past tense too, the forms being one) that the parser read as its noun's verb,
    and a dying verb after it with no subject of its own that tells what became of the noun: on
    the same head ('... stabbed', '... had died'), the participle's own head, or hung on the
    participle without a conjunction ('had died' read as its adverbial clause). The dying verb,
    or None; the participle's "subject" is then its patient."""
    if verb.tag_ not in {"VBN", "VBD"} or verb.head is verb or _has_dobj(verb):
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    fates = [c for c in verb.head.children if c.dep_ == "ccomp"]  # '... stabbed', '... had died'
    fates += [c for c in verb.children if c.dep_ in {"advcl", "ccomp"}]
    if verb.dep_ == "ccomp":
        fates.insert(0, verb.head)  # the participle hung on the dying verb as its complement
    for fate in fates:
        if fate.i <= verb.i or fate.pos_ not in {"VERB", "AUX"} or _has_subject(fate):
            continue
        if any(c.dep_ in {"mark", "cc"} for c in fate.children):
            continue  # 'shot at them before they died', 'fired and died': a clause of its own
        cue = _verb_cue(fate)
        if cue is not None and cue[0] == "killed" and cue[1] == "intransitive":
            return fate
    return None


def _link(run: list[Token], sent: Span) -> tuple[str, int, Token] | None:
    """(kind, group, cue) for a number phrase tied to a casualty cue.

    ``group`` keys summing (the first of listed groups); ``cue`` is the word
    that makes the number a casualty figure.
    """
    lex = _lexicon()
    ids = {t.i for t in run}
    root = _phrase_root(run)
    found = _counted_noun(run, root, sent)
    if found is None:
        return None
    arg, _noun = found
    if arg.i not in ids and (arg.lemma_.lower() in lex.not_victims or arg.lower_ in lex.not_victims):
        return None
    if (
        _noun is not None
        and _noun.i not in ids
        and _noun.dep_ == "pobj"
        and _noun.head.lower_ == "of"
        and (_noun.lemma_.lower() in lex.not_victims or _noun.lower_ in lex.not_victims)
    ):
        return None  # '..., one of the deadliest attacks in years': a count of happenings
    of_number = arg.dep_ == "pobj" and arg.head.lower_ == "of" and _is_number_token(arg.head.head)
    if arg.i not in ids and of_number:
        return None  # the 40 of '12 of the 40 passengers were wounded': the group, not the figure
    if any(c.lower_ == "no" and c.dep_ == "det" and not _no_fewer(c) for c in arg.children):
        return None  # "no passengers were hurt"; not "no fewer than nine persons"
    # The counted thing names the casualty: '26 deaths', '354 hostages', '24 dead'.
    if arg.i not in ids:
        kind = _kind_of(arg, lex.nouns)
        if kind == "hostages":
            slot = _link_slot(_first_conjunct(arg))
            if slot is not None and slot[0] == "killed":
                return "killed", _first_conjunct(arg).i, slot[1]  # 'had killed 26 hostages'
        if kind is not None:
            return kind, arg.i, arg
        misread = _verb_object_as_modifier(arg)
        if misread is not None:
            return misread
        if arg.lower_ in lex.life_nouns and arg.head.lemma_.lower() in lex.life_verbs:
            return "killed", arg.i, arg.head
        kind = _descriptor_child(arg)
        if kind == "injured" and _dies(arg):
            kind = None  # "three wounded soldiers later died": the wounded are now dead
        if kind is not None:
            return kind, arg.i, arg
        state = _condition(arg)
        if state is not None:
            return "injured", arg.i, state
    if root.dep_ == "nsubj" and root.head.dep_ == "amod" and root.head.head.i > root.head.i:
        misread = _verb_object_as_modifier(root.head.head)  # '11 suffered injuries', verb read as amod
        if misread is not None:
            return misread[0], _first_conjunct(arg).i, misread[2]
    holder = arg if arg.i not in ids else root
    hurt = _with_injuries(holder)
    if (
        hurt is None
        and holder.dep_ in {"nsubj", "nsubjpass"}
        and holder.head.pos_ == "VERB"
        and not _has_dobj(holder.head)
    ):
        hurt = _with_injuries(holder.head)  # 'three miners escaped with machete wounds'
    if hurt is not None:
        return "injured", arg.i, hurt  # 'left nine dead and 22 with injuries'
    stranded = _subject_read_as_conjunct(arg) if arg.dep_ == "conj" and arg.i not in ids else None
    kind = _kind_as_subject(stranded) if stranded is not None else None
    if stranded is not None and kind is not None:
        return kind, arg.i, stranded  # 'embraced martyrdom and four others received wounds'
    first = _first_conjunct(arg)
    ordinal = _last_of(first, run)
    if ordinal is not None:
        # 'neutralised the second of two terrorists', 'killed the last of the three gunmen': all N
        slot = _link_slot(ordinal)
        return (slot[0], first.i, slot[1]) if slot is not None else None
    last = max(arg.i, run[-1].i)
    if _noun is not None and _noun.i > last and _adjoins(run[-1], _noun):
        last = _noun.i  # 'between twenty and thirty people died' parsed under a 'between' prep
    kind = _descriptor_after(arg.doc[last])
    if kind == "injured" and _dies(arg):
        kind = None  # "two officers wounded in the ambush had died": the wounded are now dead
    if kind is not None:
        return kind, first.i, arg.doc[last + 1]
    slot = _link_slot(first)
    if slot is not None:
        return slot[0], first.i, slot[1]
    companions = _companions(first)
    if companions is not None:
        return companions
    kind = _descriptor_after(arg.doc[last], over_auxiliaries=True)
    return (kind, first.i, arg.doc[last]) if kind is not None else None


_HURT_NOUNS = frozenset({"injury", "wound", "burn"})


def _verb_object_as_modifier(noun: Token) -> tuple[str, int, Token] | None:
    """'more than 30 sustained wounds' parsed as one noun phrase (the number counting the
    wounds, the past-tense verb read as their modifier): the people who sustained them, with the
    kind of the verb-object cue ('sustain' + 'wound' is injured)."""
    lex = _lexicon()
    for child in noun.children:
        if child.dep_ == "amod" and child.i < noun.i and child.tag_ in {"VBD", "VBN"}:
            kind = lex.verb_object.get((child.lemma_.lower(), noun.lemma_.lower()))
            if kind is not None:
                return kind, noun.i, child
    return None


def _with_injuries(holder: Token) -> Token | None:
    """'22 with injuries', 'four people with gunshot wounds': the injury noun that makes them injured."""
    for prep in holder.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in _HURT_NOUNS:
                    return pobj
    return None


def _adjoins(number: Token, noun: Token) -> bool:
    """Whether only modifiers stand between the end of a number and its noun ('30 young people')."""
    between = number.doc[number.i + 1 : noun.i]
    return len(between) <= 3 and all(t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in between)


def _last_of(noun: Token, run: list[Token]) -> Token | None:
    """The ordinal of 'the second of two X' / 'the last of the three X' when it closes the group.

    Returns the ordinal token (it fills the verb's slot) when the group is
    complete with it, so the whole group counts; None otherwise.
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    ordinal = prep.head
    low = ordinal.lower_
    if low not in _ORDINALS and low not in _LAST:
        return None
    parsed = parse_number(" ".join(t.text for t in run))
    if parsed is None or (low in _ORDINALS and _ORDINALS[low] != parsed[0]):
        return None
    return ordinal


def _no_fewer(no: Token) -> bool:
    """ "No fewer than nine", "no less than 12": a floor, not a negation."""
    doc = no.doc
    return no.i + 1 < len(doc) and doc[no.i + 1].lower_ in ("fewer", "less")


def _dies(noun: Token) -> bool:
    """Whether the noun is the subject of a verb of dying ("two injured passengers died")."""
    slot = _link_slot(_first_conjunct(noun)) if noun.dep_ == "nsubj" else None
    return slot is not None and slot[0] == "killed"


def _condition(noun: Token) -> Token | None:
    """'eight survivors in critical condition': the condition noun that makes them injured."""
    lex = _lexicon()
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for pobj in prep.children:
            if (
                pobj.dep_ == "pobj"
                and pobj.lemma_.lower() in lex.condition_nouns
                and any(c.lower_ in lex.condition_states for c in pobj.children)
            ):
                return pobj
    return None


def _companions(arg: Token) -> tuple[str, int, Token] | None:
    """'X died with two others', 'killing X along with three other guards': more of the same victims.

    Returns (kind, group, cue) keyed to the victim the companions go with, so
    the two are summed.
    """
    lex = _lexicon()
    prep = arg.head
    if arg.dep_ != "pobj" or prep.lower_ not in lex.companion_preps:
        return None
    if (
        arg.lemma_.lower() not in lex.companion_nouns
        and arg.lower_ not in lex.companion_nouns
        and not any(c.dep_ == "amod" and c.lower_ in lex.companion_nouns for c in arg.children)
        and _counted_companions(arg) is None
    ):
        return None  # ('two others', or 'five other commanders': the word 'other' tells them)
    verb = prep.head
    if verb.lower_ in {"along", "together"} and verb.head.i != verb.i:
        verb = verb.head  # 'along with', 'together with'
    victims = [verb] if verb.pos_ in _NOMINAL else []  # 'a chief along with three others'
    victims += [c for dep in ("nsubjpass", "nsubj", "dobj") for c in verb.children if c.dep_ == dep]
    armed = _counted_companions(arg) in lex.attackers
    for victim in victims:
        first = _first_conjunct(victim)
        if armed and first.lemma_.lower() not in lex.attackers and first.lower_ not in lex.attackers:
            continue  # 'a soldier died with 20 militants': the other side's dead, not his companions
        slot = _link_slot(first)
        if slot is not None:
            return slot[0], first.i, slot[1]
    return None


def _counted_companions(arg: Token) -> str | None:
    """The person noun (lemma) of counted companions: 'with three aides', 'along with four of his
    bodyguards'; None when ``arg`` counts no persons ('with two rifles')."""
    lex = _lexicon()
    noun = arg
    if arg.pos_ == "NUM":
        parts = [p for c in arg.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        noun = next((p for p in parts if p.dep_ == "pobj"), arg)  # 'four of his bodyguards'
    elif not any(c.dep_ == "nummod" for c in arg.children):
        return None
    word = noun.lemma_.lower()
    if noun is arg and arg.pos_ == "NUM":
        return None
    return word if word in lex.person_nouns or word in lex.attackers else None


_CHANGE_WORDS = frozenset({"up", "down", "rise", "increase", "jump", "climb", "revise", "go"})


@cache
def _qualifier_words() -> frozenset[str]:
    return frozenset(w for phrase in number_lexicon().qualifiers for w in phrase)


def _is_earlier(tok: Token) -> bool:
    """A figure inside 'up from ...' / 'from ...' is one the sentence supersedes."""
    for node in tok.ancestors:
        if node.pos_ in {"VERB", "AUX"} and node.dep_ in {"conj", "relcl"} and _has_subject(node):
            return False  # 'had risen from 29 ..., and that 80 people were wounded': a clause of its own
        if node.dep_ != "prep":
            continue
        if node.lower_ == "to":
            return False  # 'rose from 60 to 115': 115 is the new figure
        if node.lower_ == "from" and (
            node.head.lemma_.lower() in _CHANGE_WORDS or node.nbor(-1).lower_ in {"up", "down"}
        ):
            return True
    return False


def _said_early(cue: Token) -> bool:
    """ "killed 9 people, officials initially said", "police first said 11 had died": a figure
    its source gave first, before a later count (``early_say_adverbs``)."""
    lex = _lexicon()
    verb = _clause_verb(cue)
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex.say_verbs:
        return False
    say = verb.head
    if not any(c.dep_ == "advmod" and c.lower_ in lex.early_adverbs for c in say.children):
        return False
    lo, hi = sorted((say.i, cue.i))
    return not any(t.text == ";" for t in cue.doc[lo:hi])


def _combine(qualifiers: list[Qualifier]) -> Qualifier:
    kinds = set(qualifiers) - {"exact"}
    if not kinds:
        return "exact"
    if len(kinds) == 1:
        return kinds.pop()
    return "approx"


# --------------------------------------------------------------------------- ranges, single victims


def _parse_range(tokens: list[Token]) -> tuple[int, int] | None:
    """(low, high) of '30 to 35', '30-35', 'two or three', '40 and 50' (after 'between')."""
    lex = _lexicon()
    glued = _GLUED_RANGE.match(tokens[-1].text) if tokens else None
    if glued is not None and all(t.lower_ == "between" for t in tokens[:-1]):
        low_end, high_end = int(glued.group(1)), int(glued.group(2))
        return (low_end, high_end) if low_end < high_end else None
    for k, tok in enumerate(tokens):
        if k == 0 or k == len(tokens) - 1:
            continue
        if tok.lower_ not in lex.range_joiners and tok.lower_ != "and":
            continue
        low = parse_number(" ".join(t.text for t in tokens[:k]))
        high = parse_number(" ".join(t.text for t in tokens[k + 1 :]))
        scale = {**_MULTIPLIERS, **_SCALES}.get(tokens[-1].lower_.rstrip("s"))
        if low is not None and high is not None and scale and k == 1 and low[0] * scale <= high[0]:
            low = (low[0] * scale, low[1])  # 'two to three dozen': the scale counts both bounds
        if low is not None and high is not None and low[0] < high[0]:
            return low[0], high[0]
    return None


def _phrase_start(sent: Span, start: int) -> int:
    """Move ``start`` back over 'between', 'several', 'a few' and a qualifier."""
    doc = sent.doc
    if start > sent.start and doc[start - 1].lower_ in number_lexicon().vague_multipliers:
        start -= 1
        if start > sent.start and doc[start - 1].lower_ == "a":
            start -= 1
    if start > sent.start and (doc[start - 1].lower_ == "between" or _range_from(doc[start - 1])):
        return start - 1
    return _with_qualifier(sent, start)


def _range_from(prep: Token) -> bool:
    """'killing from 30 to 35 people': a "from" opening a range under a verb of harm (not 'rose
    from 11 to 17', a toll's change)."""
    doc, lex = prep.doc, _lexicon()
    after = doc[prep.i + 1 : prep.i + 5]
    return (
        prep.lower_ == "from"
        and prep.head.pos_ == "VERB"
        and _kind_of(prep.head, lex.transitive) is not None
        and any(t.lower_ in lex.range_joiners for t in after)
    )


def _person_root(tok: Token) -> bool:
    """A token that names one person: 'a soldier', 'the gunman', 'Yusuf Barakat', 'he'."""
    lex = _lexicon()
    if tok.tag_ == "WP":  # 'commander X, who was killed by ...': the one person the clause describes
        antecedent = _relative_antecedent(tok)
        if antecedent is not None and antecedent.dep_ == "appos" and antecedent.head.tag_ == "NN":
            antecedent = antecedent.head  # 'its commander X, who ...': the rank names the person
        elif antecedent is not None and antecedent.dep_ == "appos" and antecedent.head.ent_type_ == "PERSON":
            antecedent = antecedent.head  # 'X, a senior cadre who ...': the named person
        return (
            antecedent is not None
            and antecedent.tag_ != "WP"
            # (not 'a constable who was shot in the chest died': the main verb tells his fate)
            and antecedent.dep_ not in ("nsubj", "nsubjpass")
            and _person_root(antecedent)
        )
    if tok.lower_ in lex.one_more and (
        tok.dep_ in {"dobj", "nsubjpass"}
        or (tok.dep_ == "nsubj" and (_gapped_passive(tok.head) or _dying_verb(tok.head)))
    ):
        # ('a fourth died in hospital': the one more who died, counted by his ordinal)
        return tok.lower_ == "another" or any(c.lower_ in _ARTICLES for c in tok.children)
    if tok.dep_ in {"compound", "appos", "poss"} and not _measure_appos(tok) and not _listed_appos(tok):
        return False
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if (
        head is not tok
        and head.dep_ == "appos"
        and not _measure_appos(head)
        and not _listed_appos(head)
        and not any(c.dep_ == "nummod" for c in head.children)
        and head.head.tag_ != "NN"
    ):
        # 'both attackers, a man and a woman, were killed': the pair again, not a third (but 'a
        # chief, the head of the village, and his driver': one named twice, then another)
        return False
    if tok.tag_ not in {"NN", "NNP", "PRP"}:
        return False
    if tok.tag_ == "PRP":
        if tok.dep_ == "dobj" and tok.tag_ == "PRP":
            return tok.lower_ in lex.object_person_pronouns  # 'a drone killed him'
        return tok.lower_ in lex.person_pronouns and tok.dep_ in {"nsubj", "nsubjpass"}
    if any(c.dep_ in {"nummod", "quantmod"} for c in tok.children):
        return False
    if tok.ent_type_ == "PERSON":
        ent = _entity_at(tok)
        return ent is not None and ent.root.i == tok.i
    if tok.tag_ == "NNP" and tok.ent_type_ in {"", "ORG"} and tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        # 'Constable Arvel Tomar was hit and succumbed': a name after a rank the parser left untagged;
        # 'Tarek Olu, a senior cadre of the group, fell victim to ...': a name its apposition calls a person
        return any(
            c.dep_ in {"compound", "appos"} and c.lemma_.lower() in lex.person_nouns for c in tok.children
        )
    if tok.tag_ == "NNP" and tok.ent_type_ in {"", "ORG"} and tok.dep_ == "conj" and _ranked_name_listed(tok):
        return True  # 'Corporal A and Private B of the 4th Brigade fell': a second name after its rank
    if _sources_after_comma(tok):
        return False  # 'killing nine passengers, residents and a health worker said': who told it
    word = tok.lemma_.lower()
    listed = tok.dep_ == "conj" and any(c.dep_ == "nummod" for c in _first_conjunct(tok).children)
    named = (
        word in lex.person_nouns or word in lex.attackers or tok.lower_ in lex.attackers or _set_size(tok) > 1
    ) or (  # 'a senior figure of the group': a person by the rank it is given
        word in lex.ranked_person_nouns
        and any(c.dep_ == "amod" and c.lower_ in lex.rank_adjectives for c in tok.children)
    )
    # '... left two dead and a porter injured' read as a second object with its own descriptor
    # (or as the subject of the descriptor, coordinated with the first figure's verb)
    described = (tok.dep_ == "conj" and tok.head.pos_ == "VERB" and _descriptor_child(tok) is not None) or (
        tok.dep_ == "nsubj" and tok.head.dep_ == "conj" and _descriptor_after(tok) is not None
    )
    if not listed and not named and not described:
        return False  # a noun listed with counted victims ('four policemen and a shepherd') is one
    dets = [c for c in tok.children if c.dep_ in {"det", "poss"}]
    for child in tok.children:
        if child.dep_ == "compound" and _NUMBERED_ORDINAL.match(child.lower_):
            dets += [c for c in child.children if c.dep_ == "det"]  # 'a 13th victim', the article on '13th'
    return bool(dets) and all(d.lower_ not in {"no", "every", "each", "any", "all"} for d in dets)


def _relative_antecedent(who: Token) -> Token | None:
    """The noun a 'who' of a passive relative clause stands for: 'X, who was killed' (X); also
    through a verb of belief the parse made the clause's head ('X, who the group said had been
    assassinated': 'who' the subject of the passive it says). None for any other 'who'."""
    if who.lower_ != "who":
        return None
    clause = who.head
    if who.dep_ == "nsubjpass" and clause.dep_ == "relcl":
        return clause.head
    said = clause.head
    if (
        who.dep_ in ("nsubj", "nsubjpass")
        and clause.dep_ == "ccomp"
        and _is_passive(clause)
        and said.dep_ == "relcl"
        and said.lemma_.lower() in _lexicon().belief_verbs
        and who.i < said.i
    ):
        return said.head
    return None


def _reported_relative_victim(tok: Token) -> tuple[str, Token] | None:
    """'X, a cadre it said had been assassinated': a person noun whose relative clause (its
    pronoun left out) is a verb of belief whose complement is a passive with no subject of its own;
    the noun is that passive's patient. (kind, cue), or None."""
    for said in tok.children:
        if said.dep_ != "relcl" or said.lemma_.lower() not in _lexicon().belief_verbs:
            continue
        if any(c.tag_ in ("WDT", "WP") for c in said.children):
            continue  # 'who said ...': the noun is the speaker
        for clause in said.children:
            if clause.dep_ == "ccomp" and _is_passive(clause) and not _has_subject(clause):
                kind = _kind_as_subject(clause)
                if kind is not None:
                    return kind, clause
    return None


def _appos_reported_victim(tok: Token) -> tuple[str, Token] | None:
    """'the death of X, a senior cadre it said had been assassinated': an apposition calling a
    person by a noun of ``person_nouns`` whose reported relative clause tells the person's fate
    (:func:`_reported_relative_victim`); None when the name it describes is counted itself."""
    lex = _lexicon()
    if tok.dep_ != "appos" or tok.tag_ != "NN" or tok.lemma_.lower() not in lex.person_nouns:
        return None
    if not any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in tok.children):
        return None
    if _person_root(tok.head) and _link_slot(_first_conjunct(tok.head)) is not None:
        return None  # ('killed X, a cadre it said ...': X is the victim counted)
    return _reported_relative_victim(tok)


def _some_of_the_hurt(noun: Token, phrase: list[Token]) -> bool:
    """'Three of the wounded ...': the figure counts some of the hurt, a whole the sentence does
    not give (the counted noun is 'the' hurt of an 'of' under the number)."""
    lex = _lexicon()
    return (
        (_kind_of(noun, lex.nouns) == "injured" or _kind_of(noun, lex.descriptors) == "injured")
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and any(noun.head.head.i == t.i for t in phrase)
        and any(c.dep_ == "det" and c.lower_ in {"the", "those"} for c in noun.children)
    )


def _ranked_name_listed(tok: Token) -> bool:
    """A name joined to a named person before it and led by a rank or a person noun, which the
    tagger left without a person tag ('Private B' in 'Corporal A and Private B of the 4th Brigade')."""
    lex = _lexicon()
    ranked = any(
        c.dep_ == "compound" and c.i < tok.i and c.lemma_.lower() in lex.person_nouns for c in tok.children
    )
    first = _first_conjunct(tok)
    return ranked and first.i != tok.i and first.tag_ == "NNP" and _person_root(first)


def _both(tok: Token) -> bool:
    """'both victims', 'both attackers', or 'both' alone as the subject ('both died in
    hospital', 'both were shot'): a pair of persons."""
    lex = _lexicon()
    if tok.lower_ == "both" and tok.tag_ == "DT":
        return tok.dep_ in {"nsubj", "nsubjpass"}
    if tok.tag_ != "NNS" or not any(c.lower_ == "both" for c in tok.children):
        return False
    word = tok.lemma_.lower()
    return (
        word in lex.person_nouns
        or word in lex.attackers
        or tok.lower_ in lex.attackers
        or tok.lower_ in lex.plural_person_nouns  # 'both people'
    )


#: The tags of the tokens that can name one victim (:func:`_person_root`) or a pair (:func:`_both`).
#: Dependencies of the words before a noun that belong to its name ('commander Ali Haidar').
_NAME_LEFTS = frozenset({"compound", "det", "amod", "poss", "nmod"})
_VICTIM_TAGS = frozenset({"NN", "NNP", "PRP", "NNS", "WP"})


def _single_victims(sent: Span, taken: set[int]) -> list[_Figure]:
    """One-person victims ('killing a policeman', 'X was martyred') as figures of 1 ('both' of 2)."""
    figures: list[_Figure] = []
    for tok in tagged(sent, _VICTIM_TAGS, _lexicon().one_more | {"both"}):  # _both/_person_root want no other
        pair = tok.i not in taken and _both(tok)
        reported = None if tok.i in taken or pair else _appos_reported_victim(tok)
        if tok.i in taken or not (pair or reported or _person_root(tok)):
            continue
        first = _first_conjunct(tok)
        slot = reported or _link_slot(first)
        described = next((c for c in tok.children if c.dep_ in {"acl", "amod"}), None)
        if tok.dep_ == "conj" and described is not None and _descriptor_child(tok) is not None:
            # '... two guards dead and a porter injured': the listed victim's own descriptor
            slot, first = (_descriptor_child(tok) or "", described), tok
        if slot is None and tok.dep_ == "dobj":
            kind = _descriptor_child(tok)  # 'shot dead Y. Singha'
            slot = None if kind is None else (kind, tok.head)
        if slot is None:
            continue
        kind, cue = slot
        if kind not in {"killed", "injured", "missing", "hostages"} or _is_part(first, cue):
            continue
        if kind in {"killed", "injured"} and _harmer_by_relative(tok):
            if kind == "injured":
                continue  # 'police wounded the man who had knifed two guards': he is the attacker
            kind = "attackers_killed"  # 'police shot dead a man who had stabbed two guards'
        if kind == "injured" and _told_dead_before(tok, sent):
            continue  # 'Gunmen killed a chief ... The chief was shot in his home': how he died
        hurt = kind == "killed" and _told_before(tok, sent, "injured")  # counted once, as killed
        if kind == "killed" and _explains_a_rise(cue, taken):
            continue  # 'the toll rose to five when a wounded officer died': the five counts him
        named = (
            (_relative_antecedent(tok) or tok) if tok.tag_ == "WP" else tok
        )  # 'X, who was killed': X's words
        start = named.left_edge.i if tok.tag_ != "PRP" else tok.i
        if named is not tok:
            start = min([named.i] + [c.left_edge.i for c in named.lefts if c.dep_ in _NAME_LEFTS])
        start = max(start, sent.start)
        words = list(sent.doc[start : named.i + 1])
        value = 2 if pair else max(1, _set_size(tok))  # ('a couple' is two)
        # 'a fourth suspect was killed' after three arrested counts suspects, not the dead: only a
        # victim who died of a harm told before ('a third ranger died of his wounds') is the nth dead
        nth = _nth_victim(tok) if kind == "killed" and not pair and _dying_verb(cue) else None
        if nth is not None:
            value = nth  # 'a third ranger died of his wounds': the dead now number three
        ordinal = nth is not None
        figures.append(
            _Figure(words, value, "exact", kind, first.i, tok, False, cue, hurt_before=hurt, nth=ordinal)
        )
    for tok in tagged(sent, {"JJ"}):
        if tok.i in taken:
            continue
        holder = _person_noun_read_as_adjective(tok)
        if holder is not None:
            # 'killed an al-Qaeda operative travelling by car': the noun tagged an adjective
            slot = _link_slot(holder)
            if slot is not None and slot[0] in _ONE_VICTIM_KINDS and not _is_part(holder, slot[1]):
                words = list(sent.doc[max(min(tok.left_edge.i, holder.left_edge.i), sent.start) : tok.i + 1])
                figures.append(_Figure(words, 1, "exact", slot[0], holder.i, tok, False, slot[1]))
            continue
        if not _rank_read_as_adjective(tok):
            continue
        first = _first_conjunct(tok.head if tok.dep_ == "amod" else tok)
        slot = _link_slot(first)
        if (
            slot is None
            or slot[0] not in {"killed", "injured", "missing", "hostages"}
            or _is_part(first, slot[1])
        ):
            continue
        words = [sent.doc[tok.i - 1], tok]  # 'a major'
        figures.append(_Figure(words, 1, "exact", slot[0], first.i, tok, False, slot[1]))
    return figures


def _harmer_by_relative(noun: Token) -> bool:
    """Whether a relative clause on the victim's noun makes them the one who harmed others: "a man
    who had stabbed three people", "the gunman who killed two guards" (a harming verb of
    ``casualties.yaml`` with the relative pronoun as its active subject and an object of its own)."""
    lex = _lexicon()
    for clause in noun.children:
        if clause.dep_ != "relcl" or _is_passive(clause) or not _has_dobj(clause):
            continue
        if not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in clause.children):
            continue
        if _kind_of(clause, lex.transitive) in {"killed", "injured"}:
            return True
    return False


def _set_size(tok: Token) -> int:
    """How many persons a singular noun of ``sized_person_nouns`` names ('a couple': 2); 0 for
    another word or one counting what follows ('a couple of guards')."""
    size = _lexicon().sized_person_nouns.get(tok.lower_, 0)
    if size and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return 0
    return size


def _explains_a_rise(cue: Token, taken: set[int]) -> bool:
    """The death ``cue`` is told as the cause of a toll's rise to a figure of the sentence."""
    if cue.dep_ != "advcl" or cue.head.lemma_.lower() not in _lexicon().toll_verbs:
        return False
    own = {t.i for t in cue.subtree}
    return any(t.i in taken and t.i not in own for t in cue.head.subtree)


def _nth_victim(tok: Token) -> int | None:
    """The ordinal of 'a third soldier', 'the fourth man', 'a 13th victim' or of 'a fourth' alone
    (not 'the second of two'): the count so far."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    if tok.lower_ in _ORDINALS and any(c.lower_ in _ARTICLES for c in tok.children):
        return _ORDINALS[tok.lower_]  # 'a fourth died in hospital'
    for child in tok.children:
        if child.dep_ in {"amod", "compound"} and child.i < tok.i:
            if child.lower_ in _ORDINALS:
                return _ORDINALS[child.lower_]
            digits = _NUMBERED_ORDINAL.match(child.lower_)
            if digits is not None:
                return int(digits.group(1))
    return None


#: An ordinal in digits: '13th', '21st', '2nd'.
_NUMBERED_ORDINAL = re.compile(r"^(\d{1,4})(?:st|nd|rd|th)$")


def _dying_verb(verb: Token) -> bool:
    """A verb of dying with no doer ('died', 'succumbed'): the victim is its subject."""
    return _kind_of(verb, _lexicon().intransitive) == "killed"


def _told_dead_before(tok: Token, sent: Span) -> bool:
    """The one victim ``tok`` names was told killed in an earlier sentence.

    'the chief' (a definite noun) or a person's name repeats a victim counted
    dead before it in the document; 'he'/'she' one counted dead in the sentence
    just before. A wounding verb on them ('was shot') tells how they died.
    """
    return _told_before(tok, sent, "killed")


def _told_before(tok: Token, sent: Span, kind: str) -> bool:
    """The one victim ``tok`` names was counted as ``kind`` in an earlier sentence: the same
    definite noun or name anywhere before, or 'he'/'she' after a victim of the sentence before."""
    doc = sent.doc
    if sent.start == 0:
        return False
    if tok.tag_ == "PRP":
        if tok.lower_ not in {"he", "she"}:
            return False
        earlier = [t for t in doc[sent.start - 1].sent if t.tag_ in {"NN", "NNP"}]
    else:
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if not definite and tok.ent_type_ != "PERSON":
            return False
        earlier = [t for t in doc[: sent.start] if t.tag_ == tok.tag_ and t.lower_ == tok.lower_]
    for prior in earlier:
        if not _person_root(prior) or _rank_in_list(prior) != _rank_in_list(tok):
            continue  # ('a third driver was hurt ... the second driver died': another driver)
        slot = _link_slot(_first_conjunct(prior))
        if slot is None and prior.dep_ == "dobj":
            told = _descriptor_child(prior)  # 'shot dead a chief'
            slot = None if told is None else (told, prior.head)
        if slot is not None and slot[0] == kind:
            return True
    return False


def _rank_in_list(tok: Token) -> str | None:
    """The ordinal a noun is given ('the second driver', 'another guard'), if any."""
    words = _lexicon().one_more | _ORDINALS.keys()
    return next((c.lower_ for c in tok.children if c.dep_ in {"amod", "det"} and c.lower_ in words), None)


def _self_killers(sent: Span, taken: set[int]) -> list[_Figure]:
    """ "Two suicide bombers blew themselves up", "the gunman then killed himself": attackers
    who die by their own act, as ``attackers_killed`` figures (the subject's number, else 1)."""
    lex = _lexicon()
    figures: list[_Figure] = []
    for verb in matching(sent, lex.self_killing):
        particle = lex.self_killing.get(verb.lemma_.lower())
        if particle is None or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in lex.reflexives for c in verb.children):
            continue
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i in taken:
            continue
        if not (subject.lemma_.lower() in lex.attackers or subject.lower_ in lex.attackers):
            continue
        number = next((c for c in subject.children if c.dep_ == "nummod"), None)
        parsed = parse_number(number.text) if number is not None else None
        if number is not None and parsed is None:
            continue
        value = parsed[0] if parsed is not None else (1 if subject.tag_ == "NN" else 0)
        if value <= 0:
            continue  # "bombers blew themselves up": how many is not said
        start = max(subject.left_edge.i, sent.start)
        words = list(sent.doc[start : subject.i + 1])
        figures.append(_Figure(words, value, "exact", "attackers_killed", subject.i, subject, False, verb))
    return figures


def _attackers_included(noun: Token) -> tuple[int, Token] | None:
    """ "20 people, including the three attackers", "15 dead, among them two bombers": how many of
    the counted dead were the attackers (their count and the attacker noun), else None."""
    lex = _lexicon()
    told = _attackers_of_them(noun)
    if told is not None:
        return told
    for appos in (c for c in noun.children if c.dep_ == "appos"):
        # 'Nine people, among them the three suicide bombers, were killed'
        if not (appos.lemma_.lower() in lex.attackers or appos.lower_ in lex.attackers):
            continue
        if not any(
            p.dep_ == "prep"
            and p.lower_ in ("including", "among")
            and any(o.lower_ == "them" for o in p.children)
            for p in appos.children
        ):
            continue
        number = next((c for c in appos.children if c.dep_ == "nummod"), None)
        parsed = parse_number(number.text) if number is not None else None
        if parsed is not None:
            return parsed[0], appos
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("including", "among"):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if not (obj.lemma_.lower() in lex.attackers or obj.lower_ in lex.attackers):
                continue
            number = next((c for c in obj.children if c.dep_ == "nummod"), None)
            if number is not None:
                parsed = parse_number(number.text)
                return (parsed[0], obj) if parsed is not None else None
            dets = {c.lower_ for c in obj.children if c.dep_ in ("det", "predet")}
            if "both" in dets:
                return 2, obj
            if obj.tag_ == "NN" and dets & {"the", "a", "an", "one"}:
                return 1, obj  # "including the gunman"
    return _attackers_listed_after(noun)


#: Words that open a list of the counted group's members: 'including', 'among them', 'among whom'.
_MEMBER_OPENERS = frozenset({"including", "among"})
#: Words that end the clause of a counted group: a figure after them is another clause's.
_CLAUSE_ENDS = frozenset({";", "while", "whereas", "but"})


def _attackers_listed_after(noun: Token) -> tuple[int, Token] | None:
    """'Eleven were killed, including three of the assailants', 'killed 12 people, among them the
    bomber', 'Nine died, three of them gunmen': the attackers among the counted group, read in word
    order after its noun when the parser hung the list elsewhere (on the verb, on a number)."""
    doc = noun.doc
    _start, end = sentence_bounds(doc, noun.i)
    k = noun.i + 1
    while k < end and doc[k].lower_ not in _CLAUSE_ENDS:
        word = doc[k].lower_
        j = k + 1
        if word == "among":
            if j >= end or doc[j].lower_ not in {"them", "whom"}:
                k += 1
                continue
            j += 1
        if word in _MEMBER_OPENERS:
            found = _attacker_count_at(doc, j, end)
            if found is not None:
                return found
        elif (
            word == ","
            and j < end
            and parse_number(doc[j].text) is not None
            and doc[j + 1 : j + 3].text.lower() in {"of them", "of whom"}
        ):
            # ', three of them gunmen', ', two of whom were attackers'
            found = _attacker_count_at(doc, j, end, listed=True)
            if found is not None:
                return found
        k += 1
    return None


def _attacker_count_at(doc: Doc, j: int, end: int, *, listed: bool = False) -> tuple[int, Token] | None:
    """(how many, attacker noun) for a member list starting at token ``j``: '[the|both] [N] [of the]
    [suicide] attackers', or with ``listed`` 'N of them [were] attackers'; None if no attacker."""
    lex = _lexicon()
    value: int | None = None
    if j < end and doc[j].lower_ in {"the", "both"}:
        value = 2 if doc[j].lower_ == "both" else None
        j += 1
    parsed = parse_number(doc[j].text) if j < end else None
    if parsed is not None:
        value = parsed[0]
        j += 1
    if j + 1 < end and doc[j].lower_ == "of" and doc[j + 1].lower_ in {"the", "them", "whom"}:
        j += 2
    elif listed:
        return None
    if listed and j < end and doc[j].lower_ in {"were", "was"}:
        j += 1
    for k in range(j, min(j + 3, end)):
        tok = doc[k]
        if tok.lemma_.lower() in lex.attackers or tok.lower_ in lex.attackers:
            if k + 1 < end and doc[k + 1].tag_ == "POS":
                return None  # 'including the gunman's brother': a victim, not the attacker
            if value is None and tok.tag_ == "NN":
                value = 1  # 'among them the bomber'
            return (value, tok) if value is not None else None
        if tok.pos_ not in {"ADJ", "NOUN", "PROPN"}:
            return None
    return None


def _attackers_of_them(noun: Token) -> tuple[int, Token] | None:
    """'eleven people, two of them attackers, died': read in word order, whatever the parse."""
    lex = _lexicon()
    doc = noun.doc
    j = noun.i + 1
    if j + 4 >= len(doc) or doc[j].text != "," or doc[j + 2].lower_ != "of":
        return None
    if doc[j + 3].lower_ not in {"them", "whom"}:
        return None
    k = j + 4
    if doc[k].lower_ in {"were", "being"} and k + 1 < len(doc):
        k += 1
    word = doc[k]
    parsed = parse_number(doc[j + 1].text)
    if parsed is None or not (word.lemma_.lower() in lex.attackers or word.lower_ in lex.attackers):
        return None
    return parsed[0], word


def self_inflicted(cue: Token) -> bool:
    """The figure's cue is an attacker's own death ("blew themselves up", "killed himself")."""
    lex = _lexicon()
    return cue.lemma_.lower() in lex.self_killing and any(
        c.dep_ == "dobj" and c.lower_ in lex.reflexives for c in cue.children
    )


def _subset_pronoun(tok: Token) -> bool:
    """'two of them', 'one of whom': a number that counts part of a group told before."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.lower_ in _SUBSET_PRONOUNS for g in c.children)
        for c in tok.children
    )


def _dead_of_them(sent: Span, taken: set[int]) -> list[_Figure]:
    """The dead among a group just counted: 'stabbed five people, two of them fatally',
    'shot eight, killing three of them', 'one of them later died'.  Killed figures
    whose cue says how they relate to the group (``_dead_among_hurt`` reads it)."""
    figures: list[_Figure] = []
    doc = sent.doc
    low, num = lowers(doc), like_nums(doc)
    for i in range(sent.start, sent.end):
        if i in taken or not _is_number_word(low[i], num[i]):  # (only numbers become Tokens)
            continue
        tok = doc[i]
        head = tok.head
        if tok.dep_ == "appos" and head.dep_ in {"dobj", "nsubjpass"}:
            head = head.head  # 'stabbed four people, one fatally': the victims' verb
        fatal = _fatal_number(tok)
        loose = tok.dep_ in {"npadvmod", "appos", "dep", "advmod"}
        hurt_by = _verb_cue(head)
        fatal_part = fatal and loose and hurt_by is not None and hurt_by[0] == "injured"
        if not (fatal_part or _subset_pronoun(tok)):
            continue
        phrase = [tok]
        if not fatal_part:
            # 'killing about 40 of them', 'at least 12 of them': the qualifier before the number
            phrase = list(doc[_with_qualifier(sent, i) : i + 1])
        parsed = parse_number(" ".join(t.text for t in phrase)) or parse_number(tok.text)
        if parsed is None:
            continue
        if _opens_a_range(tok, parsed[0]):
            parsed = (parsed[0], _AT_LEAST)  # 'between five and eight of them': the floor
        elif not fatal_part and (floor := _range_floor_before(tok, parsed[0])) is not None:
            # '18 to 22 of them died': the parser hung the floor on the ceiling, which holds 'of them'
            phrase = list(doc[floor[0].i : i + 1])
            parsed = (floor[1], _AT_LEAST)
        cue: Token | None = None
        if fatal_part:
            cue = head  # 'two of them fatally', 'three were stabbed, one fatally': made fatal for them
        else:
            slot = _link_slot(tok)
            if slot is not None and slot[0] == "killed":
                cue = slot[1]
        if cue is not None:
            figures.append(_Figure(phrase, parsed[0], parsed[1], "killed", tok.i, None, False, cue))
    return figures


def _range_floor_before(tok: Token, value: int) -> tuple[Token, int] | None:
    """The floor of a range whose ceiling is ``tok`` (worth ``value``), told just before it
    with one joiner and hung on it ('18 to 22 of them', 'six or seven of them'): the floor's
    token and value, or None."""
    lex = _lexicon()
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].lower_ not in lex.range_joiners:
        return None
    low = doc[tok.i - 2]
    # hung on the ceiling, or on its verb ('six or seven of them were killed': two subjects)
    if not low.like_num or low.head.i not in (tok.i, tok.head.i):
        return None
    floor = parse_number(low.text)
    if floor is None or floor[0] >= value:
        return None
    return low, floor[0]


def _opens_a_range(tok: Token, value: int) -> bool:
    """Whether the number ``tok`` (worth ``value``) is the floor of a range told with a higher
    number after it: 'between five and eight of them', 'two or three of them', '6 to 9 of them'."""
    lex = _lexicon()
    for conj in tok.children:
        if conj.dep_ != "conj" or not conj.like_num or conj.i <= tok.i:
            continue
        joiners = [t for t in tok.doc[tok.i + 1 : conj.i] if not t.is_space]
        if len(joiners) != 1 or (joiners[0].lower_ not in lex.range_joiners and joiners[0].lower_ != "and"):
            continue
        if joiners[0].lower_ == "and" and not (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "between"):
            continue  # 'five and eight' is a range only after 'between'
        high = parse_number(conj.text)
        if high is not None and high[0] > value:
            return True
    return False


def _hurt_of_them(sent: Span, taken: set[int], counted: list[_Figure]) -> list[_Figure]:
    """'fired on the guards, wounding two of them': the object of an active wounding verb
    counted among people named but not counted before it (no figure of the sentence stands
    before it, so 'them' cannot be a group already counted: not 'six were hurt, two of them
    badly').  Injured figures of the subset's number."""
    figures: list[_Figure] = []
    doc = sent.doc
    low, num = lowers(doc), like_nums(doc)
    for i in range(sent.start, sent.end):
        if i in taken or not _is_number_word(low[i], num[i]):
            continue
        tok = doc[i]
        if tok.dep_ != "dobj" or not _subset_pronoun(tok) or any(f.tokens[0].i < i for f in counted):
            continue
        verb = tok.head
        if _kind_as_object(verb) != "injured" or _fatal(verb):
            continue
        phrase = list(doc[_with_qualifier(sent, i) : i + 1])
        parsed = parse_number(" ".join(t.text for t in phrase)) or parse_number(tok.text)
        if parsed is not None:
            figures.append(_Figure(phrase, parsed[0], parsed[1], "injured", tok.i, None, False, verb))
    return figures


def _fatal_number(tok: Token) -> bool:
    """'one fatally', 'two of them mortally': a number told with a fatal adverb."""
    return any(c.dep_ == "advmod" and c.lower_ in _lexicon().fatal_modifiers for c in tok.children)


def _dead_among_hurt(doc: Doc, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """The hurt of a wounding verb less the dead told among them.

    'stabbed six people, killing two' and 'stabbed five, two of them fatally':
    the two died, so the wounding verb's figure keeps the other victims as injured.
    A killing told beside the wounding ('wounding 8 and killing 3') is no part of it.
    """
    out = list(mentions)
    for k, hurt in enumerate(out):
        if hurt.kind != "injured" or hurt.cue < 0:
            continue
        verb = doc[hurt.cue]
        dead = 0
        for m in out:
            if m.kind != "killed" or m.cue < 0 or m.start_char < hurt.end_char:
                continue
            cue = doc[m.cue]
            nested = cue.dep_ == "advcl" and cue.head.i == verb.i and cue.tag_ == "VBG"
            bare = (m.start_char, m.end_char) == _bare_number(doc, m)
            nearest = max(
                (x.end_char for x in out if x.kind == "injured" and x.end_char <= m.start_char), default=-1
            )
            of_them = nearest == hurt.end_char and _of_them(doc, m)
            if bare and (m.cue == hurt.cue or nested or of_them):
                dead += m.count.value
        if 0 < dead < hurt.count.value:
            count = Count(value=hurt.count.value - dead, qualifier=hurt.count.qualifier, text=hurt.count.text)
            out[k] = replace(hurt, count=count)
        elif dead == 0:
            split = _split_of_victims(doc, hurt, out)
            if split is not None:
                out[k] = replace(hurt, count=split)
    return out


def _split_of_victims(doc: Doc, hurt: CasualtyMention, mentions: list[CasualtyMention]) -> Count | None:
    """The injured of a wounding verb's victims split later into dead and hurt.

    'stabbed six people; one died of his wounds and five were injured': the six
    are all the victims, so when a later dead figure and a later hurt figure add
    up to them, the hurt are the later figure. Returns that count, or None.
    """
    if hurt.count.qualifier != "exact" or _verb_cue(doc[hurt.cue]) is None:
        return None
    later = [m for m in mentions if m.start_char > hurt.end_char and m.count.qualifier == "exact"]
    dead = [m for m in later if m.kind == "killed"]
    rest = [m for m in later if m.kind == "injured" and m.cue != hurt.cue]
    for d in dead:
        for r in rest:
            if d.count.value + r.count.value == hurt.count.value:
                return r.count
    return None


def _of_them(doc: Doc, mention: CasualtyMention) -> bool:
    """'one of them later died': the figure counts some of a group told before it."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span is not None and _subset_pronoun(span[-1])


def _bare_number(doc: Doc, mention: CasualtyMention) -> tuple[int, int] | None:
    """The mention's span when it is a number with no noun of its own ('killing three')."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None or not all(_is_number_token(t) or t.lower_ in _qualifier_words() for t in span):
        return None
    last = span[-1]
    if last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "NOUN" and doc[last.i + 1].head.i == last.i:
        return None
    own_noun = last.head.pos_ == "NOUN" and last.dep_ == "nummod"
    return None if own_noun else (mention.start_char, mention.end_char)


def _neither_survived(sent: Span, taken: set[int]) -> list[_Figure]:
    """'neither victim survived', 'neither of them survived', 'Neither man survived': a pair
    of persons who all died (``survival_verbs`` with "neither" for subject), a figure of 2 killed."""
    lex = _lexicon()
    figures: list[_Figure] = []
    for verb in matching(sent, lex.survival_verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.survival_verbs:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # 'neither victim did not survive' is no reading of a report
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if any(t.i in taken for t in subject.subtree):
                continue  # the pair is a figure already
            if subject.lower_ == "neither":
                pair = True  # 'neither survived', 'neither of the guards survived'
            else:
                word = subject.lemma_.lower()
                neither = any(
                    c.lower_ == "neither" and c.dep_ in ("det", "preconj") for c in subject.children
                )
                pair = neither and (word in lex.person_nouns or subject.lower_ in lex.plural_person_nouns)
            if pair:
                words = list(sent.doc[subject.left_edge.i : subject.i + 1])
                figures.append(_Figure(words, 2, "exact", "killed", subject.i, subject, False, verb))
    return figures


def _survivors_of_the_wounded(sent: Span, taken: set[int]) -> list[_Figure]:
    """'one of the four wounded guards died', 'two of the five injured pilgrims succumbed': the
    wounded are counted only inside the partitive, and those still alive (five less two) are
    the injured figure; the dying verb is its cue."""
    lex = _lexicon()
    figures: list[_Figure] = []
    for verb in matching(sent, lex.intransitive, lex.intransitive):
        if _kind_of(verb, lex.intransitive) != "killed" or verb.pos_ not in {"VERB", "AUX"}:
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            died = parse_number(subject.text) if subject.like_num or subject.pos_ == "NUM" else None
            if died is None or died[1] != "exact":
                continue
            for prep in subject.children:
                if prep.dep_ != "prep" or prep.lower_ != "of":
                    continue
                for noun in (n for n in prep.children if n.dep_ == "pobj"):
                    hurt = _hurt_word(noun) or any(c.dep_ == "amod" and _hurt_word(c) for c in noun.children)
                    told = [c for c in noun.children if c.dep_ == "nummod" and c.i not in taken]
                    if not hurt or len(told) != 1:
                        continue
                    wounded = parse_number(told[0].text)
                    if wounded is None or wounded[1] != "exact" or wounded[0] <= died[0]:
                        continue
                    left = wounded[0] - died[0]
                    figures.append(_Figure([told[0]], left, "exact", "injured", told[0].i, noun, False, verb))
    return figures


def _group_pronouns(sent: Span) -> list[_Figure]:
    """'tied up five men and killed them': the pronoun counts the group before it."""
    lex = _lexicon()
    figures: list[_Figure] = []
    for tok in matching(sent, (), lex.group_pronouns):
        if tok.lower_ not in lex.group_pronouns or tok.dep_ != "dobj":
            continue
        verb = tok.head
        kind = _kind_as_object(verb)
        if kind is None or verb.dep_ != "conj":
            continue
        if kind == "injured" and _shot_after_removal(verb.head, passive=False) == verb:
            kind = "killed"  # 'singled out four men and shot them': an execution
        for obj in verb.head.children:
            nums = [c for c in obj.children if c.dep_ == "nummod"] if obj.dep_ == "dobj" else []
            if not nums:
                continue
            words = list(sent.doc[nums[0].left_edge.i : nums[0].i + 1])
            parsed = parse_number(" ".join(w.text for w in words))
            if parsed is not None:
                figures.append(_Figure(words, parsed[0], parsed[1], kind, tok.i, obj, False, verb))
    return figures


# --------------------------------------------------------------------------- frames


def _clause_verb(tok: Token) -> Token:
    node = tok
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node


def _clause_tokens(verb: Token) -> list[Token]:
    """The verb's own clause: its subtree without embedded clauses."""
    out: list[Token] = []
    stack = [verb]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if c.dep_ not in _CLAUSE_DEPS)
    return out


def _superlative(tok: Token) -> bool:
    """'the bloodiest', 'the worst', 'the first' (a superlative the tagger may call a noun)."""
    return tok.tag_ == "JJS" or tok.lower_ in ("first", "worst") or tok.lower_.endswith("iest")


def _yardstick(since: Token) -> bool:
    """ "the bloodiest attack in the region since 2017": 'since' in a superlative's phrase."""
    node = since
    for _ in range(6):
        node = node.head
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            # hung on the verb: a superlative noun phrase just before it ("killed 11 in the
            # bloodiest attack in the region since 2017")
            words = since.doc[node.i + 1 : since.i]
            if ranked_by_a_clause(since):
                return True  # "the heaviest loss the valley has known since 1998" (comparisons.py)
            return any(_superlative(t) and t.head.pos_ == "NOUN" for t in words)  # ("bloodiest" as NN)
        if any(_superlative(c) for c in node.children):
            return True
    return False


def _yardstick_appos(appos: Token) -> bool:
    """'one of the deadliest attacks ...', 'the worst massacre ...': an apposition that ranks
    the happening with a superlative."""
    return any(_superlative(t) for t in appos.subtree)


def _ranks_the_happening(verb: Token) -> bool:
    """'(killed 12 and) remains the deadliest strike in the state this year': a copular verb
    whose attribute is ranked by a superlative."""
    if verb.lemma_.lower() not in _lexicon().aggregate.get("ranking_verbs", ()):
        return False
    return any(c.dep_ == "attr" and any(_superlative(t) for t in c.subtree) for c in verb.children)


def _counted_back_to(period: Token) -> bool:
    """ "ten years ago this week": the period noun after "ago" names this week's counterpart years
    back, one date, not a span up to now."""
    doc = period.doc
    before = [doc[i].lower_ for i in range(max(0, period.i - 3), period.i) if not doc[i].is_punct]
    return before[-2:] == ["ago", "this"]


def _is_aggregate(cue: Token) -> bool:
    """A running or background total: a span of time or several happenings in the clause."""
    agg = _lexicon().aggregate
    verb = _clause_verb(cue)
    words = _clause_tokens(verb)
    anchors = {verb.i, cue.i}
    as_toll = False  # the figure is "the number killed ..." that rose: a count kept over time
    for noun in verb.children:
        # 'raising to 41 the number of troops killed in the region since January': the toll's own words
        if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and noun.lemma_.lower() in _agg_toll_nouns():
            as_toll = True
            inside = [t for t in noun.subtree if t.i not in {w.i for w in words}]
            words = [*words, *inside]
            anchors |= {t.i for t in inside if t.pos_ == "VERB"}
    # 'killing 40 worshippers, one of the deadliest attacks in the country this year': the
    # superlative's apposition measures the attack against a period; it spans no tally
    yardsticks: set[int] = set()
    for appos in (w for w in words if w.dep_ == "appos" and _yardstick_appos(w)):
        yardsticks.update(t.i for t in appos.subtree)
        after = appos.right_edge.i + 1
        while after < len(appos.doc) and appos.doc[after].ent_type_ == "DATE":
            yardsticks.add(after)  # '... the worst massacres in the region this year' hung on the verb
            after += 1
    for ranked in (w for w in words if w.dep_ == "conj" and w.head.i == verb.i and _ranks_the_happening(w)):
        # 'killed 12 people and was the worst attack in the province this year': the conjoined
        # clause ranks the happening against a period, as the apposition above does
        yardsticks.update(t.i for t in ranked.subtree)
    words = [w for w in words if w.i not in yardsticks]
    lowered = " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))
    if any(f" {phrase} " in f" {lowered} " for phrase in agg.get("so_far", ())):
        return True
    if _many_happenings_before(verb) or _since_a_war_began(verb) or _repeated_happening(verb):
        return True
    if _is_perfect(verb) and _area_tally(verb, words):
        return True
    plural_events = any(t.lower_ in agg.get("event_nouns", ()) and t.tag_ == "NNS" for t in words)
    for tok in words:
        low = tok.lower_
        # ('since' may come parsed as a clause's mark with its day as object: "a tally of the raids
        # since Monday that climbed to 30 by Wednesday")
        since = None
        if tok.dep_ in {"prep", "mark"}:
            since = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if (
            low in agg.get("since", ())
            and since is not None
            and (tok.head.i in anchors or tok.head.head.i in anchors)
            and (
                since.lower_ not in agg.get("since_not", ())
                or (since.lower_ in agg.get("day_words", ()) and plural_events)
            )
            and not _yardstick(tok)
        ):
            # 'since 2015', 'since the war began', 'killed in strikes since Sunday'; not 'since
            # Friday' alone, nor 'since the attack', nor 'the worst bloodshed in the town since
            # 2021' (a yardstick, not a span)
            return True
        if low in agg.get("period_nouns", ()) or tok.lemma_.lower() in agg.get("period_nouns", ()):
            if tok.dep_ == "pobj" and _yardstick(tok.head):
                continue  # 'one of the bloodiest attacks in a decade': a yardstick, not a span
            mods = {c.lower_ for c in tok.children}
            under = tok.head.lower_ if tok.dep_ == "pobj" else ""
            dated = _names_a_day(tok) or _of_a_named_time(tok)  # 'in November last year': one date
            dated = dated or _counted_back_to(tok)  # 'ten years ago this week': one date
            if (
                mods & agg.get("span_modifiers", frozenset())
                and under in agg.get("span_preps", ())
                and not dated
            ):
                return True
            if (
                "this" in mods
                and tok.lemma_.lower() in agg.get("this_periods", ())
                and not mods & {"earlier", "later"}
                and not dated
            ):
                return True
            if mods & agg.get("span_modifiers", frozenset()) and _long_happening_subject(verb):
                return True  # 'gang violence killed 5,601 people last year'
            numbered = any(c.dep_ == "nummod" or c.lower_ in {"a", "an"} for c in tok.children)
            # 'the number killed in five days of shelling has risen to 27', not 'killed 60 soldiers
            # in two days of fighting' (one clash)
            counted = tok.dep_ in {"nsubj", "nsubjpass"} or under == "from" or (as_toll and _of_many(tok))
            if numbered and counted and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                return True  # 'the toll from three days of strikes', not 'killed 20 in three days'
            if _spans_days(tok):
                return True  # 'the toll from the ten-day operation', not 'the three-day siege'
        if (
            low == "between"
            and tok.dep_ == "prep"
            and any(
                c.dep_ == "pobj"
                and c.ent_type_ == "DATE"
                and not _bare_count(c)
                and any(g.dep_ == "conj" for g in c.children)
                for c in tok.children
            )
        ):
            return True  # 'between January 2023 and February 2024'; not 'between 27 and 31 shoppers'
        if low in agg.get("event_nouns", ()) and tok.tag_ == "NNS":
            numbered = any(c.dep_ == "nummod" for c in tok.children)
            from_toll = tok.dep_ == "pobj" and tok.head.lower_ == "from"
            if numbered and (tok.dep_ in {"nsubj", "nsubjpass"} or from_toll):
                return True  # 'the four attacks have killed', 'the toll from three strikes'
        if (
            low in agg.get("event_nouns", ())
            and tok.tag_ == "NNS"
            and not any(c.dep_ == "nummod" for c in tok.children)
            and (tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.lower_ in {"in", "during"}))
            and _long_period(words, perfect=_is_perfect(verb))
        ):
            return True  # 'attacks killed 230 people last month', 'killed in attacks in April'
        if low in agg.get("wars", ()) and (
            tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.lower_ in {"from", "in", "during"})
        ):
            return True
    return False


def _bare_count(tok: Token) -> bool:
    """A numeral that cannot be a year ('27', 'thirty'; not '2023'): the tagger's date is a count."""
    return tok.like_num and not (tok.text.isdigit() and len(tok.text) == 4)


def _repeated_happening(verb: Token) -> bool:
    """'struck the camp twice this week, killing 23', 'shelled the market three times': the toll of
    a clause whose happening is told as repeated is the total of several (``repeat_words``).  Not
    'shot him twice' nor 'stabbed three times': a harm verb's repeats are blows to its victims."""
    lex = _lexicon()
    heads = [verb]
    if verb.dep_ in {"advcl", "conj", "xcomp"} and verb.tag_ == "VBG" and verb.head.i < verb.i:
        heads.append(verb.head)  # the happening whose toll the trailing participle gives
    repeat = lex.aggregate.get("repeat_words", frozenset())
    for head in heads:
        if head.pos_ != "VERB" or _kind_of(head, lex.transitive) or _kind_of(head, lex.fatal_only):
            continue
        repeated = False
        near = [
            *head.children,
            *(g for c in head.children if c.dep_ in {"npadvmod", "prep"} for g in c.children),
        ]
        for child in near:  # ('twice this week' may come with 'twice' hung on the week)
            if child.dep_ == "advmod" and child.lower_ in repeat:
                repeated = True
            if child.lower_ == "times" and child.dep_ in {"npadvmod", "advmod", "dobj"}:
                # 'three times', 'several times' (not 'many times' of a yardstick)
                repeated = repeated or any(
                    c.dep_ in {"nummod", "amod"} and c.lower_ != "many" for c in child.children
                )
        if repeated and _over_days(head):
            return True
    return False


def _over_days(verb: Token) -> bool:
    """The clause of ``verb`` spans more than a day: 'this week', 'in three days', 'over a month'
    (not 'on Sunday': repeats within one day are one happening's)."""
    periods = _lexicon().aggregate.get("period_nouns", frozenset())
    return any(t.lower_ in periods and t.lower_ not in {"hour", "hours", "day"} for t in verb.subtree)


def _names_a_day(period: Token) -> bool:
    """'On January 16 this year', 'on Tuesday this week', 'in November last year': the period only
    completes the date of a day or of a named month (``day_words``, ``month_names``)."""
    ent = _entity_at(period) if period.ent_type_ == "DATE" else None
    if ent is None:
        return False
    agg = _lexicon().aggregate
    days = agg.get("day_words", ())
    months = agg.get("month_names", ())
    return any(
        (t.is_digit and len(t.text) <= 2) or t.lower_ in days or t.lower_ in months
        for t in ent
        if t.i != period.i
    )


def _of_a_named_time(period: Token) -> bool:
    """'the closing days of Lent', 'the first week of March 2019' is no span
    counted back from now: the period is part of a named time (its 'of' takes a proper noun
    or a date)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in {"DATE", "EVENT"}) for g in c.children
        )
        for c in period.children
    )


def _of_many(period: Token) -> bool:
    """ "five days of shelling", "a week of strikes": a period filled by repeated or drawn-out
    happenings (``event_nouns``, ``long_happenings``, or an "-ing" noun of doing: shelling,
    bombing), whatever preposition holds it."""
    agg = _lexicon().aggregate
    kinds = {*agg.get("event_nouns", ()), *agg.get("long_happenings", ())}
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj" and (g.lower_ in kinds or g.lemma_.lower() in kinds or g.lower_.endswith("ing"))
            for g in c.children
        )
        for c in period.children
    )


def _area_tally(verb: Token, words: list[Token]) -> bool:
    """'more than 3,000 civilians have been killed in the region': a perfect counted over a
    whole area (``area_nouns`` with only 'the'/'this'), with no incident, no day and no
    'when'/'after' clause in it, is a running total of many incidents."""
    agg = _lexicon().aggregate
    area = None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in agg.get("area_preps", ()):
            area = next((c for c in prep.children if c.dep_ == "pobj"), area)
    if area is None or area.lemma_.lower() not in agg.get("area_nouns", ()):
        return False
    if any(c.dep_ not in {"det", "cc", "conj", "punct"} for c in area.children):
        return False  # 'in the Lakki Marwat district', 'in the region of X': a named place
    if not all(c.lower_ in {"the", "this"} for c in area.children if c.dep_ == "det"):
        return False
    if any(c.dep_ == "advcl" for c in verb.children):
        return False  # 'have been killed in the region after gunmen attacked ...'
    incidents = agg.get("incident_nouns", frozenset())
    for tok in words:
        if tok.lemma_.lower() in incidents or tok.lower_ in agg.get("event_nouns", ()):
            return False  # 'killed in the region in an attack', 'in raids'
        if tok.ent_type_ == "DATE" and tok.lower_ in agg.get("day_words", ()):
            return False
    return True


def _spans_days(period: Token) -> bool:
    """'the toll from the ten-day operation', 'from the week-long offensive': a happening
    made of many (``long_happenings``), counted over its days."""
    agg = _lexicon().aggregate
    if period.dep_ not in {"compound", "npadvmod", "amod", "nmod"}:
        return False
    noun = period.head
    while noun.pos_ == "ADJ" and noun.head.i != noun.i:
        noun = noun.head  # 'week - long offensive'
    counted = any(c.dep_ == "nummod" for c in period.children) or noun is not period.head
    return (
        counted
        and noun.lemma_.lower() in agg.get("long_happenings", ())
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "from"
    )  # not 'killed 12 militants in a two-day operation': that operation's own toll


def _since_a_war_began(verb: Token) -> bool:
    """'... since the campaign began, killing hundreds': the toll of a war or campaign so far.

    A clause opened by 'since' whose subject is a long-running happening (``wars``)
    stands on the cue's verb or on a verb above it.
    """
    wars = _lexicon().aggregate.get("wars", frozenset())
    node = verb
    for _ in range(3):
        for clause in (node, *node.children):
            if not any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children):
                continue
            if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in wars for c in clause.children):
                return True
        if node.dep_ not in {"advcl", "conj", "ccomp", "xcomp"} or node.head.i == node.i:
            break
        node = node.head
    return False


def _long_happening_subject(verb: Token) -> bool:
    """The killer is a long-running happening ('violence', 'the war', 'fighting'), not one incident."""
    agg = _lexicon().aggregate
    words = agg.get("long_happenings", frozenset()) | agg.get("wars", frozenset())
    return any(c.dep_ in {"nsubj", "agent"} and c.lemma_.lower() in words for c in verb.children)


def _many_happenings_before(verb: Token) -> bool:
    """'has carried out dozens of attacks, killing hundreds': a participle telling the toll of
    several happenings its head verb counts."""
    agg = _lexicon().aggregate
    if verb.dep_ not in {"advcl", "conj"} or verb.tag_ != "VBG" or verb.head.i == verb.i:
        return False
    for obj in verb.head.children:
        if obj.dep_ != "dobj":
            continue
        nouns = [obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)]
        for noun in nouns:
            if noun.lower_ not in agg.get("event_nouns", ()) or noun.tag_ != "NNS":
                continue
            numbered = any(c.dep_ in {"nummod", "amod"} and c.like_num for c in noun.children)
            counted = noun is not obj or numbered
            if counted or any(c.lower_ in {"several", "many", "numerous"} for c in noun.children):
                return True
    return False


def _agg_toll_nouns() -> frozenset[str]:
    """Nouns that name a toll ('toll', 'number', 'figure'), whose phrase may say it is a total."""
    return _lexicon().toll_nouns


def _long_period(words: list[Token], *, perfect: bool = False) -> bool:
    """Whether the clause is dated by a period ('last month', 'this year'), not a day.

    With ``perfect`` ('have been killed in attacks ... in 2024') a year or a
    month's name is a period too: a perfect tells a tally, not one raid.
    """
    agg = _lexicon().aggregate
    for tok in words:
        if tok.ent_type_ != "DATE":
            continue
        ent = _entity_at(tok)
        lowered = [t.lower_ for t in ent or [tok]]
        if any(w in agg.get("day_words", ()) or (w.isdigit() and len(w) <= 2) for w in lowered):
            return False  # 'on Sunday', 'April 3'
        if any(w in agg.get("long_periods", ()) for w in lowered):
            return True
        if perfect and any(
            re.fullmatch(r"(?:19|20)\d\d", w) or w in agg.get("month_names", ()) for w in lowered
        ):
            return True
    return False


def _is_perfect(verb: Token) -> bool:
    """'have killed', 'has been killed': a verb in the perfect."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _armed_tokens(doc: Doc) -> frozenset[int]:
    """Token indices of armed-group mentions (from the entity stage, when it ran)."""
    key = "nexus_armed_tokens"
    if key not in doc.user_data:
        found: set[int] = set()
        clusters = doc._.nexus_entities if Doc.has_extension("nexus_entities") else None
        bare = _bare_group_nouns()
        for cluster in clusters or ():
            if getattr(cluster, "subtype", None) != "armed_group":
                continue
            if re.sub(r"^the\s+", "", str(getattr(cluster, "name", "")).lower()) in bare:
                continue  # "the Network said in a report": a common noun alone names no armed group
            for mention in cluster.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    found.update(t.i for t in span)
        doc.user_data[key] = frozenset(found)
    armed: frozenset[int] = doc.user_data[key]
    return armed


@cache
def _bare_group_nouns() -> frozenset[str]:
    """Common nouns the press writes after a group's name (entities.yaml ``written_group_nouns``:
    "network", "front", "movement"): alone they name no armed group whose word a toll could be."""
    words: list[str] = table("entities.yaml").get("written_group_nouns", [])
    return frozenset(w.lower() for w in words)


_OPENER_DEPS = frozenset({"prep", "npadvmod", "advmod", "advcl", "mark", "intj"})


def subject_before_an_apposition(verb: Token) -> list[Token]:
    """ "On Monday, the X Front (XF), the Y movement's branch in Z, claimed the raid", parsed
    with no subject (the name and its apposition hung on the commas): the noun phrase that opens
    the clause once its fronted time or place phrase is set aside, when an apposition set off by
    a comma or a bracket follows it up to the verb. Empty otherwise."""
    opener = {t.i for c in verb.children if c.dep_ in _OPENER_DEPS and c.i < verb.i for t in c.subtree}
    words = [
        t
        for t in verb.doc[verb.sent.start : verb.i]
        if t.i not in opener and not t.is_punct and t.pos_ != "DET"
    ]
    if not words or words[0].pos_ not in ("NOUN", "PROPN"):
        return []
    head = words[0]
    while (
        head.dep_ in ("compound", "nmod", "amod", "flat")
        and head.head.pos_ in ("NOUN", "PROPN")
        and head.i < head.head.i < verb.i
    ):
        head = head.head
    after = head.i + 1
    if after < verb.i and verb.doc[after].lower_ == ")":
        after += 1  # "the X Front (XF), ...": the name read as its short form's modifier
    if after >= verb.i or verb.doc[after].lower_ not in (",", "("):
        return []
    return [head]


def _speaker(verb: Token) -> Token | None:
    """The subject of a reporting verb, or of the verb it is coordinated with."""
    for node in (verb, verb.head):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is None and node.dep_ == "ROOT":
            # "On Monday, X (XY), the Z's wing, claimed the raid, saying ...": hung on the commas
            subject = next(iter(subject_before_an_apposition(node)), None)
        if subject is not None:
            return subject
        if verb.dep_ not in {"conj", "advcl"}:
            break
    return None


def _armed_speaker(verb: Token, *, pronouns: bool = False) -> bool:
    """Whether an armed group (or 'the group', 'militants') is the verb's speaker."""
    lex = _lexicon()
    speaker = _speaker(verb)
    if speaker is None:
        return False
    if pronouns and speaker.lower_ in {"it", "they"}:
        return True
    armed = _armed_tokens(verb.doc)
    if speaker.lower_ in {"it", "they"}:
        # 'The group ... has given other figures: it said it had executed 50': the sentence's group
        root = speaker.sent.root
        return any(c.dep_ == "nsubj" and c.i in armed for c in root.children)
    if speaker.i in armed or speaker.lower_ in lex.attackers:
        return True
    owned = any(c.dep_ == "poss" and c.i in armed for c in speaker.children)
    if owned and speaker.lower_ in lex.mouthpiece_nouns:
        return True  # "the group's news agency said", "<group>'s propaganda outlet asserted"
    # 'the group said', not 'a rights group said'
    return speaker.lower_ in lex.claimant_nouns and not any(
        c.dep_ in {"compound", "amod"} and c.lower_ in lex.claimant_not for c in speaker.children
    )


def _is_claimed(cue: Token) -> bool:
    """A figure in an armed group's own words: 'the group claimed 90 were killed'.

    A state's claim ('the army claimed to have killed 50 militants') is the
    toll of its operation, so the speaker must be an armed group.
    """
    lex = _lexicon()
    if cue.lemma_.lower() in lex.own_loss_cues or cue.lower_ in lex.own_loss_cues:
        return False  # 'saying he was martyred': the group's own dead, not its kills
    node = _clause_verb(cue)
    if _killer_is_another(node):
        return False  # 'the group says the raids killed 40': a victim's count, not a boast
    if _done_by_another(node):
        return False  # 'he fell victim to an assassination by Ruritania, the group said': its own dead
    for _ in range(4):
        if node.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} or node.head.i == node.i:
            return False
        told = node
        node = node.head
        if node.pos_ not in {"VERB", "AUX"} and node.dep_ in {"dobj", "pobj"}:
            node = _clause_verb(node)  # 'raided a post ..., killing four' hung on the post
        lemma = node.lemma_.lower()
        if (
            lemma in lex.claim_verbs
            and told.i < node.i
            and any(c.dep_ in ("dobj", "ccomp") and c.i > node.i for c in node.children)
        ):
            return False  # 'a bomb killed 14 worshippers; IS claimed that attack': the toll, then the claim
        if lemma in lex.claim_verbs and _armed_speaker(node, pronouns=True):
            return True
        if lemma in lex.say_verbs and _armed_speaker(node):
            return True
        if lemma in lex.say_verbs and _own_fighters(told):
            return True  # 'the front said its militants raided a post, killing four'
    return False


def _own_fighters(clause: Token) -> bool:
    """'its fighters ambushed', 'their militants stormed': the reported clause's subject is the
    speaking group's own men (a ``claimant_nouns`` word owned by 'its' or 'their'): an armed
    group's account, whoever the parser made the reporting verb's subject."""
    lex = _lexicon()
    return any(
        c.dep_ == "nsubj"
        and c.lower_ in lex.claimant_nouns
        and any(p.dep_ == "poss" and p.lower_ in {"its", "their"} for p in c.children)
        for c in clause.children
    )


def _done_by_another(verb: Token) -> bool:
    """Whether the clause names the doer with "by" and that doer is not the speaking group's side.

    'fell victim to an assassination by Ruritania', 'was killed in a strike by Ruritanian jets':
    the group tells what another did to it. 'killed by its fighters', 'by the group' or an armed
    group's name can be the speaker's own side, so they do not count.
    """
    lex = _lexicon()
    armed = _armed_tokens(verb.doc)
    own_side = lex.claimant_nouns | lex.attackers
    for by in (t for t in verb.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent")):
        for doer in (c for c in by.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")):
            if any(c.dep_ == "poss" and c.lower_ in {"its", "their", "our"} for c in doer.children):
                continue
            if doer.lower_ in own_side or doer.lemma_.lower() in own_side or doer.i in armed:
                continue
            return True
    return False


def _killer_is_another(verb: Token) -> bool:
    """Whether an active killing verb names a killer that is not the speaking group.

    'the raids killed', 'Israeli jets killed': the speaker reports what others
    did.  A pronoun, 'its fighters', an armed group or a claimant noun can be
    the speaker's own side, so they do not count as another.
    """
    lex = _lexicon()
    if _is_passive(verb) or not _has_dobj(verb):
        return False  # 'claims 90 killed': the victims, not a killer, head the verb
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ == "poss" and c.lower_ in {"its", "their", "our"} for c in subject.children):
        return False
    if subject.lower_ in lex.outsider_killers or subject.lemma_.lower() in lex.outsider_killers:
        return True  # 'assailants shot dead two of its men, the militia said': its own dead
    own_side = lex.claimant_nouns | lex.attackers
    if subject.lower_ in own_side or subject.lemma_.lower() in own_side:
        return False
    return subject.i not in _armed_tokens(verb.doc)


def _is_additive(cue: Token, counted: Token | None = None) -> bool:
    """'a soldier was also killed', 'two more victims died': the figure adds to one given before."""
    verb = _clause_verb(cue)
    if any(c.dep_ == "advmod" and c.lower_ == "also" for c in (*verb.children, *cue.children)):
        return True
    if counted is None:
        return False
    if _died_later(cue, counted) or _hurt_who_died(cue, counted):
        return True
    if _counted_more(counted) or (
        counted.dep_ == "pobj" and counted.head.lower_ == "of" and _counted_more(counted.head.head)
    ):
        return True  # 'three more of the wounded died': more dead than those told
    if (cue.lemma_.lower() == "body" or cue.lower_ == "remains") and (
        counted.lemma_.lower() == "other" or any(c.lower_ == "other" for c in counted.children)
    ):
        return True  # 'the bodies of four others were recovered': more dead than those told
    numbers = [c for c in counted.children if c.dep_ == "nummod"]
    if not numbers and _is_number_token(counted):
        numbers = [counted]  # 'two more died': the number stands alone for the group
    if not numbers:
        return False
    number = numbers[0]
    doc = counted.doc
    for word in (*counted.children, *number.children):
        after = word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "than"
        if (
            word.dep_ in {"amod", "advmod"}
            and word.lower_ in {"more", "further", "additional"}
            and word.i > number.i  # 'five more', never 'more than five'
            and not after
        ):
            return True
    return False


def _counted_more(word: Token) -> bool:
    """'three more', 'two further' standing for a group: a number hung on 'more'."""
    return word.lower_ in {"more", "further"} and any(
        c.dep_ == "nummod" and c.i < word.i for c in word.children
    )


def _died_later(cue: Token, counted: Token) -> bool:
    """'another passenger died in hospital', 'two others died of their wounds': more dead than told."""
    if _kind_of(cue, _lexicon().intransitive) != "killed":
        return False
    if counted.dep_ != "nsubj" or counted.head.i != cue.i:
        return False
    return counted.lower_ in {"another", "others"} or any(
        c.dep_ == "det" and c.lower_ == "another" for c in counted.children
    )


def _hurt_who_died(cue: Token, counted: Token) -> bool:
    """'Three of the wounded died in hospital': dead told apart from those first counted dead."""
    lex = _lexicon()
    if _kind_of(cue, lex.intransitive) != "killed":
        return False
    if counted.dep_ != "pobj" or counted.head.lower_ != "of":
        return False
    hurt = _kind_of(counted, lex.descriptors) or _kind_of(counted, lex.nouns)
    told = any(c.dep_ == "det" and c.lower_ in ("the", "those") for c in counted.children)
    return hurt == "injured" and told


def _is_part(arg: Token, cue: Token) -> bool:
    """A figure inside 'among them ...' or 'including ...' is part of another; so is a later
    conjunct of such a part ('19 defenders, among them 13 soldiers and six volunteers': the six)."""
    if _subset_of_them(arg):
        return True
    node = arg
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
        if _subset_of_them(node):
            return True
    for node in [arg, *arg.ancestors]:
        if node.i == cue.i:
            return False
        if node.lower_ in _PART_PREPS and node.dep_ == "prep":
            return not _fronted_group(node, arg)
        if node.dep_ == "relcl":
            return False  # 'including the assault in which 148 people were killed': a clause of its own
    return False


def _after_among_them(arg: Token) -> bool:
    """'the count reached six, among them a boy ..., and 20 people were hurt': the
    parser hung a bare 'them' on 'among' and made the group a subject of the next clause; the
    group right after 'among them' is still a part of the figure before."""
    doc, start = arg.doc, arg.left_edge.i
    if start < 2:
        return False
    prep, pronoun = doc[start - 2], doc[start - 1]
    return (
        prep.lower_ in _PART_PREPS
        and pronoun.lower_ in _SUBSET_PRONOUNS
        and pronoun.dep_ == "pobj"
        and pronoun.head.i == prep.i
    )


def _fronted_group(prep: Token, arg: Token) -> bool:
    """'Among the 25 wounded were six children': a fronted 'among the N' names the whole group."""
    return (
        prep.i == prep.sent.start
        and prep.lower_ == "among"
        and arg.head.i == prep.i
        and any(c.dep_ == "det" and c.lower_ == "the" for c in arg.children)
    )


def _subset_of_them(arg: Token) -> bool:
    """'among them 12 children' parsed with 'among them' under the children (not 'four rebels,
    among them a woman', where the 'among them' after the group tells its parts: the whole)."""
    return any(
        c.dep_ == "prep"
        and c.i < arg.i
        and c.lower_ in _PART_PREPS
        and any(g.dep_ == "pobj" and g.lower_ in _SUBSET_PRONOUNS for g in c.children)
        for c in arg.children
    )


# --------------------------------------------------------------------------- figures


def _number_figures(sent: Span) -> list[_Figure]:
    lex = _lexicon()
    doc = sent.doc
    figures: list[_Figure] = []
    runs = _number_runs(sent)
    k = 0
    changed_to = -1  # start of the new figure of 'from 19 to 27'
    while k < len(runs):
        start, end = runs[k]
        k += 1
        change = _from_to_change(sent, start, end, runs[k][0] if k < len(runs) else -1)
        if change:
            changed_to = runs[k][0]
        joined = (
            k < len(runs)
            and end < sent.end
            and doc[end].lower_ in lex.range_joiners
            and runs[k][0] == end + 1
            and not _breakdown_dash(doc, start, end)
            and not (
                start > sent.start
                and doc[start - 1].lower_ == "from"
                and not _from_to_range(sent, runs[k][1])
            )
        )
        bridged = (
            not joined
            and k < len(runs)
            and not (
                start > sent.start
                and doc[start - 1].lower_ == "from"
                and not _from_to_range(sent, runs[k][1])
            )
            and _range_bridge(doc[end : runs[k][0]])
        )
        if bridged:
            # 'at least 12 and possibly as many as 15', 'from 15 up to 20': a floor and a ceiling
            bridge_fig = _bridged_figure(sent, (start, end), runs[k])
            k += 1
            if bridge_fig is not None:
                figures.append(bridge_fig)
            continue
        if joined:
            end = runs[k][1]
            k += 1
        run = [t for t in doc[start:end] if t.lower_ not in _RANGE_WORDS]
        if _skip_number(run or list(doc[start:end])):
            continue
        if len(run) == 1 and run[0].dep_ == "appos" and _fatal_number(run[0]):
            continue  # 'four people, one fatally': the dead among them (_dead_of_them)
        if len(run) == 1 and run[0].dep_ == "appos" and _yardstick_appos(run[0]):
            continue  # 'killing 40 worshippers, one of the deadliest attacks': no victim counted
        q_start = _phrase_start(sent, start)
        phrase = list(doc[q_start:end])
        parsed = parse_number(doc[q_start:end].text)
        if parsed is None or joined:
            span = phrase[1:] if phrase[0].lower_ in ("between", "from") else phrase
            bounds = _parse_range([t for t in span if t.i >= start])
            if bounds is None:
                continue
            value, qualifier = bounds[0], _AT_LEAST
        else:
            value, qualifier = parsed
        if qualifier == "exact" and _vague_suffix(doc, end, sent.end):
            qualifier = _AT_LEAST  # '30-odd', '40-plus': at least that many
        link = _link(phrase, sent)
        if link is None:
            continue
        kind, group_key, cue = link
        if qualifier == "exact" and cue.lemma_.lower() in lex.condition_nouns:
            qualifier = _AT_LEAST  # those in critical condition are only some of the injured
        root = _phrase_root(phrase)
        found = _counted_noun(phrase, root, sent)
        noun = found[1] if found else None
        some = noun is not None and kind == "injured" and _some_of_the_hurt(noun, phrase)
        if qualifier == "exact" and some:
            qualifier = _AT_LEAST  # 'two of the injured were taken to hospital': some of them
        part = found is not None and (
            _is_part(found[0], cue) or _after_among_them(found[0]) or _is_part(_first_conjunct(found[0]), cue)
        )
        if part:
            group_key = root.i  # parts are told one by one ('74 at X and 68 at Y'), never summed
        if (
            kind == "killed"
            and noun is not None
            and (noun.lower_ in lex.attackers or noun.lemma_.lower() in lex.attackers)
        ):
            kind = "attackers_killed"
        earlier = _is_earlier(root)
        if change:
            earlier, group_key = True, root.i  # the figure superseded, told apart from the new one
        elif start == changed_to:
            earlier = False
        figures.append(_Figure(phrase, value, qualifier, kind, group_key, noun, earlier, cue, part))
    return figures


def _bridged_figure(sent: Span, low: tuple[int, int], high: tuple[int, int]) -> _Figure | None:
    """The figure of a floor and a ceiling told apart ('at least 12 and possibly as many as 15'):
    the floor, at_least, linked as the whole phrase is."""
    doc, lex = sent.doc, _lexicon()
    low_part, high_part = parse_number(doc[low[0] : low[1]].text), parse_number(doc[high[0] : high[1]].text)
    if (
        low_part is None
        or high_part is None
        or low_part[0] >= high_part[0]
        or _skip_number(list(doc[low[0] : low[1]]))
    ):
        return None
    q_start = _phrase_start(sent, low[0])
    phrase = list(doc[q_start : high[1]])
    floor = parse_number(doc[q_start : low[1]].text)
    link = _link(phrase, sent)
    if link is None:
        return None
    kind, group_key, cue = link
    root = _phrase_root(phrase)
    found = _counted_noun(phrase, root, sent)
    noun = found[1] if found else None
    if (
        kind == "killed"
        and noun is not None
        and (noun.lower_ in lex.attackers or noun.lemma_.lower() in lex.attackers)
    ):
        kind = "attackers_killed"
    value = floor[0] if floor is not None else low_part[0]
    return _Figure(phrase, value, _AT_LEAST, kind, group_key, noun, _is_earlier(root), cue, False)


def _range_bridge(gap: Span) -> bool:
    """'12 and possibly as many as 15', '15 up to 20', '12 or perhaps as many as 20': the words
    between a floor and a ceiling (``range_bridge`` of casualties.yaml): an optional joiner, optional
    hedging adverbs, then a ceiling qualifier ('up to', 'as many as')."""
    words = [t.lower_ for t in gap]
    bridge = table("casualties.yaml").get("range_bridge") or {}
    joiners = {str(w).lower() for w in bridge.get("joiners") or ()}
    hedges = {str(w).lower() for w in bridge.get("hedges") or ()}
    ceilings = [tuple(str(c).lower().split()) for c in bridge.get("ceilings") or ()]
    if len(words) < 2 or len(words) > 7:
        return False
    k = 0
    if words[k] in joiners:
        k += 1
    while k < len(words) and words[k] in hedges:
        k += 1
    rest = tuple(words[k:])
    return bool(rest) and rest in ceilings


def _from_to_change(sent: Span, start: int, end: int, next_start: int) -> bool:
    """'has climbed from 19 to 27': the number run ``start:end`` is the old figure of a change
    whose new one starts at ``next_start`` (the parser may hang both under 'from' as a range)."""
    doc = sent.doc
    return (
        start > sent.start
        and doc[start - 1].lower_ == "from"
        and end < sent.end
        and doc[end].lower_ == "to"
        and next_start == end + 1
        and start - 1 > sent.start
        and (
            doc[start - 2].lemma_.lower() in _CHANGE_WORDS
            or doc[start - 2].lemma_.lower() in _lexicon().toll_verbs
        )
    )


def _from_to_range(sent: Span, high_end: int) -> bool:
    """'left from nine to 12 guerrillas dead': a 'from X to Y' run whose upper figure ``...:high_end``
    counts the noun after it is a range, not a change ('rose from 19 to 27 on Monday', 'the toll
    went from 19 to 27 people'): the verb it hangs on neither changes a figure nor has a toll for subject."""
    doc, lex = sent.doc, _lexicon()
    opener = next((t for t in reversed(doc[sent.start : high_end]) if t.lower_ == "from"), None)
    bridge = table("casualties.yaml").get("range_bridge") or {}
    openers = {str(w).lower() for w in bridge.get("openers") or ()}
    if opener is not None and opener.i > sent.start and doc[opener.i - 1].lower_ in openers:
        return True  # 'at somewhere from 15 to 20', 'ranging from 12 to 18': a spread, not a change
    if high_end >= sent.end or doc[high_end].pos_ not in {"NOUN", "ADJ"}:
        return False
    verb = next((t for t in doc[high_end].ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return True
    if verb.lemma_.lower() in _CHANGE_WORDS or verb.lemma_.lower() in lex.toll_verbs:
        return False
    return not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in lex.toll_nouns for c in verb.children
    )


def _vague_suffix(doc: Doc, end: int, limit: int) -> bool:
    """Whether '-odd' or '-plus' follows the number that ends before token ``end``."""
    k = end + 1 if end < limit and doc[end].text in {"-", "\u2010", "\u2011"} else end
    return k < limit and doc[k].lower_ in _vague_suffixes()


@cache
def _number_words() -> frozenset[str]:
    """Words a figure's entity may hold besides its number: qualifiers, range words, vague suffixes."""
    return _qualifier_words() | _RANGE_WORDS | _vague_suffixes()


@cache
def _vague_suffixes() -> frozenset[str]:
    return frozenset(str(w).lower() for w in table("casualties.yaml").get("vague_suffixes") or ())


def _follows_earlier(prev: _Figure, fig: _Figure) -> bool:
    """'up from 20 dead and 52 wounded': the second figure is as old as the first."""
    gap = fig.tokens[0].i - prev.tokens[-1].i
    between = fig.tokens[0].doc[prev.tokens[-1].i + 1 : fig.tokens[0].i]
    return prev.earlier and 0 < gap <= 3 and any(t.lower_ == "and" for t in between)


#: Words between two new values of one toll verb: 'rose to 15 on Tuesday and to 18 on Wednesday'.
_CHAIN_LINKS = frozenset({"and", "then", ",", "before", "later"})
_CHAIN_TIMES = frozenset(
    {"on", "by", "in", "at", "overnight", "early", "late", "morning", "evening", "night"}
)


def _superseded_in_a_chain(prev: _Figure, fig: _Figure) -> bool:
    """'the toll rose to 15 on Tuesday and to 18 on Wednesday': of two new values chained
    after one toll verb, the first is a step the second has passed."""
    if prev.kind != fig.kind or _toll_target(prev) is None or _toll_target(fig) is None:
        return False
    doc = fig.tokens[0].doc
    between = doc[prev.tokens[-1].i + 1 : fig.tokens[0].i]
    words = [t.lower_ for t in between]
    if not words or words[-1] != "to" or not any(w in _CHAIN_LINKS for w in words[:-1]):
        return False
    return all(
        t.lower_ in _CHAIN_LINKS or t.lower_ in _CHAIN_TIMES or t.ent_type_ in {"DATE", "TIME"}
        for t in between[:-1]
    )


def _toll_target(fig: _Figure) -> Token | None:
    """The 'to' whose object is the figure ('rose to 15'), or None."""
    first = fig.tokens[0]
    to = first.doc[first.i - 1] if first.i > 0 else None
    return to if to is not None and to.lower_ == "to" else None


def _without_restatements(parts: list[_Figure]) -> list[_Figure]:
    """'wounding three (03) soldiers', 'twelve (12) were hurt': a number said again in brackets right
    after itself, the style of some official communiqués, is one count, not two groups to sum."""
    kept = parts[:1]
    for fig in parts[1:]:
        prev = kept[-1]
        first, last = fig.tokens[0], fig.tokens[-1]
        doc = first.doc
        bracketed = (
            first.i >= 2
            and doc[first.i - 1].text == "("
            and last.i + 1 < len(doc)
            and doc[last.i + 1].text == ")"
            and prev.tokens[-1].i == first.i - 2
        )
        if not (bracketed and fig.value == prev.value):
            kept.append(fig)
    return kept


def _apposition(parts: list[_Figure]) -> bool:
    """'ten people, nine pilgrims and a jawan': the first group is the total of the rest."""
    first = parts[0]
    anchor = first.noun if first.noun is not None and first.noun.i > first.tokens[-1].i else first.tokens[-1]
    doc = anchor.doc
    comma = anchor.i + 1 < len(doc) and doc[anchor.i + 1].text in {",", "\u2014", "\u2013", "-", "--", ":"}
    if comma and len(parts) > 2 and first.value == sum(f.value for f in parts[1:]):
        return True
    # 'Seven aid workers died in an ambush on Tuesday: four locals, two Kenyans and a Briton': a
    # list after a colon or dash (or set beside the noun) that adds up to the first figure breaks it down
    if len(parts) > 2 and first.value == sum(f.value for f in parts[1:]):
        # (the parser may hang both numbers on the list's first noun: "risen to eight -- seven
        # guards and a driver"; the mark then stands between the two numbers)
        between = doc[min(anchor.i, first.tokens[-1].i) + 1 : parts[1].tokens[0].i]
        beside = parts[1].noun is not None and first.noun is not None and parts[1].noun.head.i == first.noun.i
        if any(t.text in {":", "\u2014", "\u2013", "--"} for t in between) or (
            beside and parts[1].noun is not None and parts[1].noun.dep_ == "appos"
        ):
            return True
    # '20 people, 15 of them civilians' or '20 people, 15 civilians': a group set beside the
    # total names some of it, never more victims
    head = first.noun
    if head is not None and len(parts) > 2 and head.lemma_.lower() not in _TOTAL_NOUNS:
        return False  # 'nine soldiers, four drivers and a translator': a list of groups, summed
    if comma and head is not None and len(parts) > 2 and sum(f.value for f in parts[1:]) <= first.value:
        return True  # 'twenty people, twelve soldiers and five policemen': a whole, partly broken down
    if (
        head is not None
        and sum(f.value for f in parts[1:]) <= first.value
        and any(_listed_beside(f.noun, head) for f in parts[1:] if f.noun is not None)
    ):
        return True  # 'three Americans — a soldier and two contractors': the named ones broken down
    return head is not None and any(
        f.noun is not None and f.noun.dep_ == "appos" and f.noun.head.i == head.i for f in parts[1:]
    )


def _listed_beside(noun: Token, head: Token) -> bool:
    """Whether ``noun`` is a later conjunct of a list set in apposition to ``head`` after a dash
    or colon ('four guards — a sergeant and three watchmen'; a hyphen set between spaces is a
    dash typed plainly: 'four guards - a sergeant and three watchmen')."""
    node = noun
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    if node is noun or node.dep_ != "appos" or node.head.i != head.i:
        return False
    return any(_a_dash(t) for t in noun.doc[head.i + 1 : node.i])


def _a_dash(token: Token) -> bool:
    """Whether ``token`` is a colon or a dash, a hyphen set between spaces included."""
    if token.text in {":", "\u2014", "\u2013", "--"}:
        return True
    spaced = token.i > 0 and bool(token.doc[token.i - 1].whitespace_) and bool(token.whitespace_)
    return token.text == "-" and spaced


#: Nouns of a whole that a list set beside it breaks down ('20 people, 12 soldiers and ...').
_TOTAL_NOUNS = frozenset(
    {"people", "person", "persons", "individual", "victim", "casualty", "civilian", "dead"}
)


#: Where :func:`find_casualties` keeps a Doc's answers: ``{(start, end): mentions}``.
_FOUND = "nexus_casualty_mentions"


def find_casualties(sent: Span) -> list[CasualtyMention]:
    """:func:`sentence_casualties` of ``sent``, computed once per span of a Doc and kept with it
    (the toll stage, the tally check and each event's toll cues ask for the same sentences).

    The answer reads only the parse and the Doc's armed-group tokens, themselves read once
    (``_armed_tokens``); the mentions are frozen and each caller gets its own list.
    """
    found: dict[tuple[int, int], list[CasualtyMention]] = sent.doc.user_data.setdefault(_FOUND, {})
    key = (sent.start, sent.end)
    mentions = found.get(key)
    if mentions is None:
        mentions = found[key] = sentence_casualties(sent)
    return list(mentions)


def sentence_casualties(sent: Span) -> list[CasualtyMention]:
    """Casualty figures the sentence states, in text order.

    One mention per figure; groups listed together under one cue are summed
    ("three soldiers and two drivers" is 5), one named or singular victim
    counts 1, and a range keeps its lower bound as at_least.  Killed
    attackers (militants, gunmen, terrorists ...) are kind
    "attackers_killed". Arrest counts come back as kind "arrested".  Each
    mention says whether it is an aggregate total, a claimant's figure, an
    addition to an earlier figure, or an earlier count.
    """
    lex = _lexicon()
    doc = sent.doc
    figures = _number_figures(sent)
    taken = {t.i for f in figures for t in f.tokens} | {f.noun.i for f in figures if f.noun is not None}
    singles = [
        *_single_victims(sent, taken),
        *_group_pronouns(sent),
        *_self_killers(sent, taken),
        *_neither_survived(sent, taken),
        *_survivors_of_the_wounded(sent, taken),
    ]
    for single in [*singles, *_dead_of_them(sent, taken), *_hurt_of_them(sent, taken, figures)]:
        if single.kind in ("killed", "injured") and single.noun is not None:
            word = single.noun.lemma_.lower()
            if word in lex.attackers or single.noun.lower_ in lex.attackers:
                if single.kind == "injured":
                    continue  # 'police shot the gunman': a wounded attacker is no victim
                single.kind = "attackers_killed"
        figures.append(single)
    figures.sort(key=lambda f: f.tokens[0].i)
    for prev, fig in pairwise(figures):
        if not fig.earlier and _follows_earlier(prev, fig):
            fig.earlier = True
        if not prev.earlier and _superseded_in_a_chain(prev, fig):
            prev.earlier = True
    mentions: list[CasualtyMention] = []
    used: set[int] = set()
    for index, fig in enumerate(figures):
        if index in used:
            continue
        members = [
            (i, f)
            for i, f in enumerate(figures)
            if i not in used and f.kind == fig.kind and f.group == fig.group and f.part == fig.part
        ]
        used.update(i for i, _ in members)
        parts = _without_restatements([f for _, f in members])
        if _apposition(parts):
            parts = parts[:1]
        start_char = parts[0].tokens[0].idx
        last = parts[-1]
        end_tok = last.tokens[-1]
        if len(parts) > 1 and last.noun is not None and last.noun.i > end_tok.i:
            end_tok = last.noun
        end_char = end_tok.idx + len(end_tok.text)
        count = Count(
            value=sum(f.value for f in parts),
            qualifier=_combine([f.qualifier for f in parts]),
            text=doc_text(doc)[start_char:end_char],
        )
        cue = fig.cue
        own = (
            _attackers_included(parts[0].noun) if fig.kind == "killed" and parts[0].noun is not None else None
        )
        mentions.append(
            CasualtyMention(
                kind=cast(CasualtyKind, fig.kind),
                count=count,
                start_char=start_char,
                end_char=end_char,
                earlier=any(f.earlier for f in parts) or _said_early(cue),
                cue=cue.i,
                aggregate=_is_aggregate(cue),
                claimed=_is_claimed(cue),
                additive=_is_additive(cue, parts[0].noun or _phrase_root(parts[0].tokens)),
                part=fig.part,
                attackers_among=own[0] if own is not None and own[0] < count.value else 0,
                hurt_before=len(parts) == 1 and parts[0].hurt_before,
                nth=len(parts) == 1 and parts[0].nth,
            )
        )
    return _dead_among_hurt(doc, _share_qualifiers(doc, mentions))


def _gapped(first: Token, second: Token) -> bool:
    """'at least three were killed and 35 wounded': the second verb shares the first's auxiliary."""
    aux = {"aux", "auxpass"}
    return (
        second.dep_ == "conj"
        and second.head.i == first.i
        and second.tag_ == "VBN"
        and not any(c.dep_ in aux for c in second.children)
        and any(c.dep_ in aux for c in first.children)
    )


def _share_qualifiers(doc: Doc, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """A bare figure coordinated with a qualified one in a telegraphic toll takes its qualifier:
    'At least 10 killed, 25 injured', 'leaving at least seven dead and 15 wounded'.  In a full
    passive clause ('At least 17 people were killed and 23 wounded', the second verb gapped) the
    floor is the first figure's own: the wounded are counted as told, exact.  A figure with a noun
    of its own ('... and 15 others wounded') or a clause with its own verb and object ('and
    wounded 40') keeps its exact figure too."""
    out = list(mentions)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if prev.cue < 0 or cur.cue < 0 or cur.count.qualifier != "exact" or prev.count.qualifier == "exact":
            continue
        if prev.count.qualifier == "at_most" or _range_span(doc, prev):
            continue  # '15 to 20 were wounded and six killed': a range's floor is no 'at least'
        if _gapped(doc[prev.cue], doc[cur.cue]) or _own_auxiliary(doc[prev.cue]) or _copular(doc[prev.cue]):
            continue  # 'at least three were killed and 35 wounded': the floor is the dead's alone
        if (
            not coordinated_pair(doc, prev, cur)
            or _has_dobj(doc[cur.cue])
            or _own_noun(doc, cur)
            or _own_auxiliary(doc[cur.cue])
        ):
            continue
        count = Count(value=cur.count.value, qualifier=prev.count.qualifier, text=cur.count.text)
        out[k] = replace(cur, count=count)
    return out


def _range_span(doc: Doc, mention: CasualtyMention) -> bool:
    """The figure is a range ('15 to 20', 'between 8 and 10'), its qualifier its lower bound."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span is not None and _parse_range(list(span)) is not None


def _copular(cue: Token) -> bool:
    """'at least nine people were missing and 12 wounded': the first figure's cue is a copula
    with a subject and a complement (or the complement of one), a full clause whose floor is its
    own."""
    verb = cue.head if cue.dep_ in {"acomp", "attr"} else cue
    return (
        verb.lemma_ == "be"
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and any(c.dep_ in {"acomp", "attr"} for c in verb.children)
    )


def _own_auxiliary(cue: Token) -> bool:
    """'... and five were wounded': the second figure's verb is a clause of its own."""
    return cue.pos_ == "VERB" and any(c.dep_ in {"aux", "auxpass"} for c in cue.children)


def _own_noun(doc: Doc, mention: CasualtyMention) -> bool:
    """'... and 15 others wounded': the figure counts a group of its own, not a bare number."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt, lex = doc[span.end], _lexicon()
    if _kind_of(nxt, lex.descriptors) is not None or _kind_of(nxt, lex.nouns) is not None:
        return False  # '45 hurt' with 'hurt' tagged a noun: the descriptor, not a group
    return nxt.pos_ in {"NOUN", "PROPN", "PRON"}


#: At most this many words stand between two figures told as one toll ('... people were killed and').
_PAIR_GAP = 5
#: Words between two figures that tell them apart: another clause, source or contrast.
_PAIR_BREAKS = frozenset(
    {";", ":", "but", "while", "whereas", "as", "when", "after", "before", "said", "says"}
)


def coordinated_pair(doc: Doc, first: CasualtyMention, second: CasualtyMention) -> bool:
    """Whether two figures of different kinds are one toll told in one breath: 'six dead and
    11 hurt', 'killed five soldiers and injured eight others', 'At least 10 killed, 25 injured'.

    Between the first figure's end and the second's start there are at most a few words
    (the counted noun, an auxiliary, the first cue), joined by 'and' or a comma, and no
    name, number, clause break or source.
    """
    if first.kind == second.kind or first.end_char > second.start_char:
        return False
    between = doc.char_span(first.end_char, second.start_char, alignment_mode="expand")
    if between is None or not 0 < len(between) <= _PAIR_GAP:
        return False
    if not any(t.lower_ in {"and", ","} for t in between):
        return False
    return not any(
        t.lower_ in _PAIR_BREAKS or t.pos_ in {"PROPN", "NUM", "ADP", "SCONJ"} or t.like_num for t in between
    )


#: Prepositions by which a death is put down to wounds: 'died of his wounds', 'succumbed to injuries'.
_OF_WOUNDS = frozenset({"of", "from", "to"})


def wounded_who_died(sent: Span) -> int:
    """How many of the wounded told before the sentence says have since died; 0 when none.

    'Two of the wounded died overnight', 'one of the three injured passengers succumbed',
    'two wounded constables later died', 'a seventh guest died of his wounds': the dead of
    each such clause (a number, or one for a lone subject), summed over the sentence.  Those
    wounded are no longer among the injured the report counted before.
    """
    lex = _lexicon()
    total = 0
    for verb in matching(sent, lex.intransitive, lex.intransitive):  # (words of the list only)
        if _kind_of(verb, lex.intransitive) != "killed" or verb.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if _among_the_wounded(subject) or _wounded_group(subject) or _of_wounds(verb):
            total += _subject_number(subject)
    return total


def _hurt_word(tok: Token) -> bool:
    lex = _lexicon()
    return (_kind_of(tok, lex.descriptors) or _kind_of(tok, lex.nouns)) == "injured"


def _among_the_wounded(subject: Token) -> bool:
    """'two of the (five) wounded', 'one of the injured soldiers'."""
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            told = any(c.dep_ in {"det", "nummod"} for c in noun.children)
            hurt = _hurt_word(noun) or any(c.dep_ == "amod" and _hurt_word(c) for c in noun.children)
            if hurt and told:
                return True
    return False


def _wounded_group(subject: Token) -> bool:
    """'two wounded constables', 'a wounded officer' as the subject of the dying verb."""
    return any(c.dep_ == "amod" and _hurt_word(c) for c in subject.children)


def _of_wounds(verb: Token) -> bool:
    """'died of his wounds', 'succumbed to their injuries', 'died from wounds suffered in ...'."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OF_WOUNDS:
            continue
        if any(n.dep_ == "pobj" and n.lemma_.lower() in {"wound", "injury"} for n in prep.children):
            return True
    return False


def _subject_number(subject: Token) -> int:
    """The number of people a subject counts: 'two (of ...)', 'three wounded men'; one else."""
    if subject.like_num or subject.pos_ == "NUM":
        parsed = parse_number(subject.text)
        if parsed is not None:
            return parsed[0]
    for c in subject.children:
        if c.dep_ == "nummod":
            parsed = parse_number(c.text)
            if parsed is not None:
                return parsed[0]
    return 0 if subject.tag_ in {"NNS", "NNPS"} else 1  # 'the wounded soldiers died': how many untold

"""Where an event happened: the places of its sentence ranked for that role.

Each PLACE mention of the sentence gets a role from the parse:

* *locative*: the object of "in", "at", "near", "on" ..., including through a
  place noun ("the village of X", "X district", "Y's north"), the attacked
  site ("stormed the X Hotel") and "the Kunduz bombing";
* *other*: named for another role, so never the event's place: an origin or a
  source ("fired from X", "reached by phone from X", "a spokesman from X"), a
  destination ("a bus heading to X", "bound for X"), a border neighbour
  ("the border with X"), a motive ("in revenge for raids on X"), a victim's or
  speaker's home town ("Havildar A of X"), a descriptor ("the poor X state"),
  the dateline, "X-based", a state as the possessor of an actor ("X's army"),
  a state as the doer's ("a US drone strike", "US forces carried out a raid"), where
  casualties were taken or treated ("taken to a hospital in X", "airlifted to Y"), the
  speaker's state when the sentence recalls a happening told before ("X's army said the
  assault was repelled");
* *neutral*: anything else ("the X army said"), a fallback; so is the "from" phrase of an arrest
  or an abduction ("arrested two men from X village"), where the taking happened unless the
  clause names a place with "in" or "at".

A place with a "where" clause holding the trigger is locative whatever its role ("drove to
X, where they shot four"); the holder of a named part ("in X district of Y") ranks below it.

Locative places come first, then places attached to the trigger's clause,
then the most precise (site, town, division, country).
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from functools import cache

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.arguments import (
    ACTOR_NOUNS,
    PLACE_RANK,
    capital_meant,
    compared_within,
    home_of_a_person,
    place_rank,
    town_before_its_division,
    where_clause_scope,
    wide_site_words,
)
from nexus.extract.dateline import dateline_end
from nexus.extract.doctext import doc_text
from nexus.extract.entities import EntityCluster, assault_object, route_end
from nexus.extract.mention_roots import place_roots as _mention_roots
from nexus.extract.office_areas import last_for_offices
from nexus.extract.page import is_secondary
from nexus.extract.parse_index import parse_index, range_text, token_starts
from nexus.extract.source_towns import note_source_town, source_told_after
from nexus.extract.tokens import lower_flags, lowers, matching, sentence_starts, space_flags
from nexus.extract.triggers import event_ontology, harm_verbs, reporting_verbs, statement_cues, trigger_tables
from nexus.geo import DISTANCE_UNITS, haversine_km
from nexus.model import Place

LOCATIVE, NEUTRAL, OTHER = 2, 1, 0

#: Prepositions whose object is where something happened.
_LOCATIVE = frozenset(
    {
        "in",
        "at",
        "near",
        "on",
        "inside",
        "outside",
        "across",
        "around",
        "into",
        "onto",
        "within",
        "throughout",
        "along",
        "off",
        "over",
        "between",
        "nearby",
        "upon",
        "through",  # "the blast ripped through the X bazaar"
        "above",  # "a camp in the hills above X"
        "below",
    }
)

#: Prepositions whose object is somewhere else: origin, destination, route, company.
_ELSEWHERE = frozenset({"from", "to", "toward", "towards", "for", "via", "with", "unto"})

#: Prepositions that open another happening ("two years after the Kunduz bombing").
_OTHER_EVENT = frozenset({"after", "since", "before", "following", "like", "than", "during"})

#: Words that make "to X" a nearness, not a destination ("close to X", "next to X").
_NEARNESS = frozenset({"close", "next", "adjacent", "closer"})

#: Last words of a frontier's name: being close to it places nothing ("close to the X Border").
_BORDER_WORDS = frozenset({"border", "frontier", "boundary", "line"})

#: Participles after "X-" that make X an origin, a backer or a maker, not a location.
_WHOSE_PARTICIPLES = frozenset(
    {
        "based",
        "backed",
        "led",
        "sponsored",
        "linked",
        "made",
        "built",
        "supplied",
        "trained",
        "funded",
        "armed",
        "owned",
        "run",
        "allied",
        "aligned",
        "registered",
        "flagged",
        "bound",  # "a Lagos-bound bus": where it was going, not where it was
    }
)


@cache
def _words(key: str) -> frozenset[str]:
    words: list[str] = ontology.table("entities.yaml").get(key, [])
    return frozenset(w.lower() for w in words)


@cache
def _container_nouns() -> frozenset[str]:
    """Common nouns a place name can hang from and still locate the event."""
    nouns = _words("place_nouns") | _words("place_of_nouns") | _words("compass_words") | {"capital", "border"}
    local: list[str] = ontology.table("districts.yaml").get("local_settlement_nouns", [])
    nouns |= {w.lower() for w in local}  # "in the vereda X": where X is
    return nouns | _words("town_site_nouns")  # "the main hospital of X": where the hospital is


@cache
def _of_nouns() -> frozenset[str]:
    """Nouns whose "of" object is where they are: containers, compass points, vicinities, and
    the people living there ("residents of X")."""
    return _container_nouns() | _words("compass_words") | _words("vicinity_nouns") | _words("resident_nouns")


def _situates(noun: Token) -> bool:
    """Whether a noun only situates the place in its "of" phrase ("the outskirts of X")."""
    return noun.lower_ in _of_nouns() or noun.lemma_.lower() in _of_nouns()


@cache
def _motive_words() -> frozenset[str]:
    return _words("motive_words")


def place_candidates(
    sent: Span, trigger: Token, index: dict[int, EntityCluster], *, violent: bool = False
) -> list[EntityCluster]:
    """PLACE entities of the sentence that may locate the event at ``trigger``, best first.

    Places named for another role (see the module docstring) are left out;
    the list may be empty. ``violent``: the trigger tells an attack or an armed action, whose
    place is the one its clause names inside a framing phrase ("In X, ... in Y": Y); a
    sanction or a meeting takes the frame ("In X, the ministry imposed sanctions on men in Y").
    """
    dateline = dateline_end(sent.doc)
    clause = clause_head(trigger)
    scored: dict[int, tuple[int, int, int, EntityCluster]] = {}
    roots = _mention_roots(sent, index)  # (read once for the three passes below)
    for root in roots:
        if root.idx < dateline:
            continue  # "MOSCOW, March 25 (Outlet) -" says where the report was filed
        cluster = index[root.i]
        role = _role(root, trigger, index)
        if role == LOCATIVE:
            role = min(role, _role_of_the_place_described(root, roots, trigger, index))
        if role == OTHER:
            continue
        anchor = _anchor(root, index)
        attached = int(clause is not None and (anchor.i == clause.i or clause in anchor.ancestors))
        attached += int(anchor.i == trigger.i or trigger in anchor.ancestors)  # "a meeting in Nairobi"
        rank = place_rank(cluster)  # (a river or a forest ranks with the divisions)
        in_town = cluster.within is not None and cluster.within.subtype in ("city", "site")
        if cluster.subtype == "city" and not in_town and _named_as_division(root):
            rank = min(rank, PLACE_RANK["admin"])  # "In Kilifi county, ... at Mwamba": the town first
        if _container_after_a_town(root, index):
            rank = min(rank, PLACE_RANK["admin"] - 1)  # "in San Jose, Occidental Mindoro": the town first
        if _names_a_stretch(root):
            rank = min(rank, PLACE_RANK["admin"])  # "on the outskirts of Y, on X's Caspian coast": Y first
        if _holds_a_named_part(root, index):
            rank = min(rank, PLACE_RANK["admin"] - 1)  # "in Rueso district of Narathiwat": Rueso first
        score = (role, attached, rank, cluster)
        known = scored.get(id(cluster))
        if known is None or score[:3] > known[:3]:
            scored[id(cluster)] = score
    for noun in matching(sent, frozenset({"capital"})):
        capital = _capital_located(noun, trigger, index)
        if capital is not None:
            attached = int(clause is not None and (noun.i == clause.i or clause in noun.ancestors))
            attached += int(trigger in noun.ancestors)
            score = (LOCATIVE, attached, PLACE_RANK["city"], capital)
            known = scored.get(id(capital))
            if known is None or score[:3] > known[:3]:  # "In the capital, thousands rallied"
                scored[id(capital)] = score
    for root in roots:
        named = town_before_its_division(_mention_span(root, index), index)
        town = index[named.i] if named is not None else None
        if town is not None and id(index[root.i]) in scored and scored[id(index[root.i])][0] == LOCATIVE:
            role, attached, _, _ = scored[id(index[root.i])]
            known = scored.get(id(town))
            if known is None or known[0] < LOCATIVE:
                scored[id(town)] = (role, attached, PLACE_RANK.get(town.subtype or "city", 2), town)
    found = {id(s[3]) for s in scored.values()}

    def inner(cluster: EntityCluster) -> int:
        """1 when the text puts this place inside another candidate ("Mera in Augie")."""
        return int(cluster.within is not None and id(cluster.within) in found)

    ordered = sorted(scored.values(), key=lambda s: (-s[0], -s[1], -s[2], -inner(s[3])))
    named_at = frozenset(id(index[r.i]) for r in roots if _named_as_a_location(r, index))
    places = _without_lines(_inner_first([s[3] for s in ordered], scored, named_at), sent)
    places = _situated_first(places, roots, sent, index)
    finer = _finer_inside_first(places, scored, sent, index, trigger)
    if finer[:1] != places[:1]:
        sent.doc.user_data.setdefault(_FINER_KEY, {})[trigger.i] = finer[0]
    places = finer
    framed = _finer_than_the_frame(places, scored, sent, index, trigger) if violent else places
    if framed[:1] != places[:1]:
        sent.doc.user_data.setdefault(_FINER_KEY, {})[trigger.i] = framed[0]
    places = framed
    places = _without_route_ends(places, sent, index)
    places = _listed_in_order(places, sent, index, scored)
    places = last_for_offices(places, roots, index)  # "the Governor of X State visited Y": Y first
    there = _there_refers_to(sent, trigger, index)
    if there is not None:
        places = [there, *[p for p in places if p is not there]]
    frame = _frame_of_a_since_clause(sent, trigger, index, places)
    if frame is not None:
        places = [frame, *[p for p in places if p is not frame]]
        sent.doc.user_data.setdefault(_SINCE_KEY, {})[trigger.i] = frame
    nationwide = _nationwide_country(trigger, places, index)
    if nationwide is not None:
        sent.doc.user_data.setdefault(_SPREAD_KEY, set()).add(trigger.i)
        examples = _examples_of_a_spread(sent, index)  # "..., including in X": one place of many
        places = [nationwide, *[p for p in places if p is not nationwide and id(p) not in examples]]
    return places or _site_named_before(sent, index) or _scene_of_the_sentence_before(sent, trigger, index)


#: Doc.user_data key: trigger token index -> the town put before the division or country that holds it.
_FINER_KEY = "nexus_finer_inside"


def finer_inside(trigger: Token) -> EntityCluster | None:
    """The town or site :func:`place_candidates` put first for the trigger because it lies in the
    division or country the trigger's own phrase names ("an attack in X province ... at a camp in
    Y": Y), or None: that place goes before the trigger's own places too."""
    found: dict[int, EntityCluster] = trigger.doc.user_data.get(_FINER_KEY, {})
    return found.get(trigger.i)


def _finer_inside_first(
    places: list[EntityCluster],
    scored: dict[int, tuple[int, int, int, EntityCluster]],
    sent: Span,
    index: dict[int, EntityCluster],
    trigger: Token,
) -> list[EntityCluster]:
    """``places`` with the one town or site that lies in the first candidate, a division or a
    country, put first ("the deadliest attack in X province came when a bomber killed 16 at a
    camp in Y", "a strike in northern X killed a commander near the town of Y"): both locate the
    happening, and the town is the more precise, though the coarse one hangs nearer the trigger.
    Unchanged when two such towns are named (the division holds them all) or the town is only an
    example of a spread ("..., including 11 in Y")."""
    admin = PLACE_RANK["admin"]
    if not places or id(places[0]) not in scored:
        return places
    role, _, rank, coarse = scored[id(places[0])]
    if role != LOCATIVE or rank > admin:
        return places
    examples = _examples_of_a_spread(sent, index)
    recalled = {
        id(index[root.i]) for root in _mention_roots(sent, index) if told_since(root, trigger)
    }  # ("the deadliest in X since May, when a bomber killed 16 at a camp in Y": Y is May's)
    finer = [
        p
        for p in places[1:]
        if id(p) in scored
        and scored[id(p)][0] == LOCATIVE
        and scored[id(p)][2] > admin  # (its rank as the sentence names it: not "X province")
        and id(p) not in examples
        and id(p) not in recalled
        and said_within(p, coarse)
    ]
    if len(finer) != 1:
        return places
    return [finer[0], *[p for p in places if p is not finer[0]]]


def _fronted_frame(anchor: Token) -> Token | None:
    """The preposition of the phrase set before a clause's subject and closed by a comma that holds
    ``anchor`` ("In X, gunmen killed ...", "Over the border in X, ...", "In a raid on a market in X,
    gunmen shot ..."), or None. Such a phrase frames the clause: what the clause
    then names is told inside it."""
    prep: Token | None = None
    token = anchor
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            return None
        if token.dep_ == "prep" and head.pos_ in ("VERB", "AUX"):
            prep = token
            break
        token = head
    if prep is None or prep.i > prep.head.i:
        return None
    subjects = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or any(s.i < prep.i for s in subjects):
        return None
    after = prep.right_edge.i + 1
    if after >= len(prep.doc) or prep.doc[after].text != "," or after >= min(s.left_edge.i for s in subjects):
        return None
    return prep


def _finer_than_the_frame(
    places: list[EntityCluster],
    scored: dict[int, tuple[int, int, int, EntityCluster]],
    sent: Span,
    index: dict[int, EntityCluster],
    trigger: Token,
) -> list[EntityCluster]:
    """``places`` with the first place the clause itself names put before the place of a phrase
    that frames the clause ("In X, a trader was kidnapped by men in Y", "Over the border in X,
    nine died in an ambush at Y": Y). The frame sets the area; the place the clause names for
    the happening is told inside it, so the finer. Unchanged when the clause names only a country,
    a place the frame lies in, an example of a spread or a place of an older happening, or when
    the trigger stands outside the framed clause."""
    if not places or id(places[0]) not in scored or scored[id(places[0])][0] != LOCATIVE:
        return places
    frame_place = places[0]
    mentions = _mention_roots(sent, index)
    roots = {id(index[r.i]): r for r in mentions}
    root = roots.get(id(frame_place))
    if root is None:
        return places
    frame = _fronted_frame(_anchor(root, index))
    if frame is None:
        return places
    verb = frame.head
    if trigger in frame.subtree or not (trigger.i == verb.i or verb in trigger.ancestors):
        return places
    framed = {t.i for t in frame.subtree}
    if any(r.i not in framed for r in mentions if index[r.i] is frame_place):
        return places  # the frame's place named again in the clause
    examples = _examples_of_a_spread(sent, index)
    head = clause_head(trigger)
    clauses = {verb.i, trigger.i, head.i if head is not None else verb.i}  # ("In X, police said Y")
    for place in places[1:]:
        mention = roots.get(id(place))
        if mention is None or id(place) not in scored or scored[id(place)][0] != LOCATIVE:
            continue
        above = _first_verb_above(mention)
        if mention.i < frame.right_edge.i or above is None or above.i not in clauses:
            continue  # (a place of a clause below the trigger's: "on suspicion of selling arms in Y")
        if place.subtype == "country" or said_within(frame_place, place) or id(place) in examples:
            continue
        if place.country and frame_place.country and place.country != frame_place.country:
            continue  # a namesake abroad, no place inside the frame
        if told_since(mention, trigger):
            continue
        return [place, *[p for p in places if p is not place]]
    return places


def _first_verb_above(token: Token) -> Token | None:
    """The first verb among the token's heads, or None."""
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)


def told_since(token: Token, trigger: Token) -> bool:
    """Whether the token lies in a clause that tells an earlier happening the trigger's is measured
    against, a clause that does not hold the trigger: one on the date "since" counts from ("the
    worst in X since May 2022, when gunmen stormed a post in Y") or a "when" clause on a
    superlative ("the deadliest in X since 2019, when ..." as the parser may hang it)."""
    for clause in token.ancestors:
        if clause.i == trigger.i:
            return False
        if clause.dep_ not in ("relcl", "advcl"):
            continue
        if clause.left_edge.i <= trigger.i <= clause.right_edge.i:
            return False
        head = clause.head
        if head.ent_type_ in ("DATE", "TIME") and head.head.lower_ == "since":
            return True
        if head.tag_ == "JJS" and any(c.lower_ == "when" for c in clause.children):
            return True
    return False


#: Doc.user_data key: trigger token index -> the place the frame of its "since ..., when" clause names.
_SINCE_KEY = "nexus_since_frame"


def since_frame(trigger: Token) -> EntityCluster | None:
    """The place :func:`place_candidates` put first for a happening told in a "since ..., when ..."
    clause because the clause's frame names it ("X has been in turmoil since 2023, when ..."), or
    None: that place goes before the places of the trigger's own phrase too."""
    found: dict[int, EntityCluster] = trigger.doc.user_data.get(_SINCE_KEY, {})
    return found.get(trigger.i)


def _since_clause(trigger: Token) -> Token | None:
    """The head of the "when" clause that holds the trigger and hangs on the date "since" counts
    from ("X has been in turmoil since May 2023, when an offensive killed ..."), or None."""
    for clause in (trigger, *trigger.ancestors):
        if clause.dep_ not in ("relcl", "advcl"):
            continue
        head = clause.head
        if head.ent_type_ in ("DATE", "TIME") and head.head.lower_ == "since" and head.dep_ == "pobj":
            return clause
        if any(c.lower_ == "when" for c in clause.children):  # "a surge since 2024, when ...",
            dated = (p for p in head.children if p.dep_ == "prep" and p.lower_ == "since")  # as parsed
            date = next((c for p in dated for c in p.children if c.ent_type_ in ("DATE", "TIME")), None)
            if date is not None and date.i < clause.i:
                return clause
        return None  # (the first clause up decides)
    return None


def towns_told_since(trigger: Token, places: list[EntityCluster]) -> list[EntityCluster]:
    """The towns and sites among ``places`` (in their order) that the "when" clause holding the
    trigger names, for an earlier happening a "since ..., when ..." clause tells: "the deadliest in
    X district since May 2023, when a bomber struck a rally of the A-e-B (AB) in Y" (Y, even where
    a long name breaks the parse and hangs "in Y" outside the clause). The clause runs from "when"
    to the sentence's end; its frame ("in X" before "since") is never in it. Empty when the trigger
    is in no such clause or the clause names no town but as a road's end or in a road's name
    ("on the A-B road")."""
    clause = _since_clause(trigger)
    if clause is None:
        return []
    doc, sent = trigger.doc, trigger.sent
    low, high = doc[clause.left_edge.i].idx, sent.end_char

    def named_here(place: EntityCluster) -> bool:
        for m in place.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if low <= m.start < high else None
            if span is not None and not route_end(span):
                return True
        return False

    return [
        p for p in places if p.subtype in ("city", "site") and not _names_a_line(p, sent) and named_here(p)
    ]


def _frame_of_a_since_clause(
    sent: Span, trigger: Token, index: dict[int, EntityCluster], places: list[EntityCluster]
) -> EntityCluster | None:
    """The one place the frame of a "since ..., when ..." clause names, for a happening that
    clause tells but does not place by one name of its own: "X has been in turmoil since May
    2023, when an offensive killed 40 people" (X); "X has seen a wave of attacks since 2024,
    when gunmen struck posts in A and B" (X, the place that holds both). The frame's place is
    the subject of the verb "since" hangs on, or the object of its "in"/"at" ("the deadliest in
    X since ..."). None when the clause names one place of its own ("..., when a bomber struck
    a rally in Y": Y), or towns where the frame is a town too, or the frame names none, several
    or a country ("X has been on alert since ...")."""
    clause = _since_clause(trigger)
    if clause is None:
        return None
    date = clause.head if clause.head.dep_ == "pobj" else None
    verb = date.head.head if date is not None else clause.head  # "since" hangs on the frame's verb,
    # its adjective or its object
    holders = {verb.i}
    while verb.pos_ in ("NOUN", "ADJ") and verb.dep_ in ("dobj", "attr", "acomp") and verb.head.i != verb.i:
        verb = verb.head  # "X has known a wave of raids since ...": the subject of "known"
        holders.add(verb.i)
    holders.update(c.i for c in verb.children if c.dep_ in ("attr", "acomp"))
    # the clause runs to the sentence's end even where a long name breaks the parse and hangs its
    # last phrase elsewhere ("..., when a bomber struck a rally of the A-e-B (AB) in Y": Y)
    inside = range(clause.left_edge.i, max(clause.right_edge.i + 1, sent.end))
    framed: dict[int, EntityCluster] = {}
    own: dict[int, EntityCluster] = {}
    for root in _mention_roots(sent, index):
        cluster = index[root.i]
        if root.i in inside:
            if any(p is cluster for p in places) or cluster.subtype in ("city", "site"):
                own[id(cluster)] = cluster
            continue
        anchor = _anchor(root, index)
        subject = anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.i == verb.i
        preposition = anchor.head
        located = anchor.dep_ == "pobj" and preposition.lower_ in ("in", "at")
        located = located and preposition.head.i in holders
        if subject or located:
            framed[id(cluster)] = cluster
    if len(framed) != 1:
        return None
    frame = next(iter(framed.values()))
    if frame.subtype == "country":
        return None  # "X has been on alert since ...": a nation's mood, not where it happened
    if len(own) == 1 or (own and frame.subtype in ("city", "site")):
        return None  # the clause's own place; or towns no wider frame holds
    return frame


def _capital_located(noun: Token, trigger: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The capital a bare "in the capital" names as where the trigger's happening was (see
    :func:`~nexus.extract.arguments.capital_meant`), unless the phrase is there for another role
    (where a speaker sat, another clause's happening, where casualties were taken)."""
    if (
        noun.dep_ != "pobj"
        or noun.head.lower_ not in _LOCATIVE
        or noun.head.lower_ in ("off", "over", "between")
    ):
        return None
    if noun.idx < dateline_end(noun.doc):
        return None
    if (
        _in_speaker_phrase(noun, trigger)
        or _where_it_was_said(noun, trigger)
        or _in_other_clause(noun, trigger)
        or _in_offset_clause(noun, trigger)
        or _where_casualties_were_taken(noun, trigger)
        or _describes_a_participant(noun, trigger)
        or home_of_a_person(noun, trigger)
    ):
        return None
    return capital_meant(noun, index)


def _inner_first(
    places: list[EntityCluster],
    scored: dict[int, tuple[int, int, int, EntityCluster]],
    named_at: frozenset[int] = frozenset(),
) -> list[EntityCluster]:
    """``places`` with each locative town or site the text puts inside another locative candidate
    ("in the vereda X, in the rural area of Y", "X, a hamlet in Y's Z circle") moved just before
    that container, however the parse attached the two phrases: the inner place is the finer. A
    fallback (another clause's) moves too when it is named as a location (``named_at``: "strayed
    near the hamlet of X, in Y" with only Y read as where); never a wide stretch the parse set
    inside a town ("X village on Y Island")."""
    out = list(places)
    for place in places:
        outer = place.within
        if outer is None or outer is place or id(outer) not in scored:
            continue
        if place.subtype not in ("city", "site"):
            continue
        if scored[id(outer)][0] != LOCATIVE:
            continue
        if scored[id(place)][0] != LOCATIVE and not (
            scored[id(place)][0] == NEUTRAL
            and id(place) in named_at
            and not place.within_guessed
            and not place.within_near
        ):
            continue  # (a fallback the text sets in a scene: "strayed near the hamlet of X, in Y")
        if scored[id(place)][2] < PLACE_RANK["admin"]:
            continue  # set after a division as its holder ("in X district, Y"): Y is no inner place
        if scored[id(place)][2] < scored[id(outer)][2]:
            continue  # a stretch read as inside a town ("X village on Y Island"): the town is finer
        _move_before_containers(out, place, outer)
    return out


#: Prepositions whose phrase, hung on a place's noun, only says where that place lies ("the X
#: resort in Y", "a camp near Y", "the X post outside Y").
_SITUATING_PREPS = frozenset({"in", "near", "outside", "inside", "by"})


def _situated_by(place: Token, other: Token, index: dict[int, EntityCluster]) -> bool:
    """Whether the mention headed by ``other`` only says where the one headed by ``place`` lies:
    its phrase hangs on the noun of ``place``'s phrase ("the X resort in Y", "the X cultural
    centre in Y", "the X mountains north of Y"), so Y names no scene of its own, only X's
    surroundings."""
    near = _anchor(place, index)
    heads = {near.i}
    if near.dep_ in ("compound", "nmod", "amod") and near.head.pos_ == "NOUN":
        heads.add(near.head.i)  # "the X cultural centre in Y": the phrase hangs on the noun
    # "X, a hamlet near Y": the phrase hangs on the noun set beside the name
    heads.update(c.i for t in (place, near) for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN")
    anchor = _anchor(other, index)
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.lower_ in _SITUATING_PREPS:
        return anchor.head.head.i in heads
    if _inside_an_apposed_description(other, place, index):
        return True  # "X, a village on the plain below Y", "X, a hamlet 9 km north of Y"
    compass = anchor.i != other.i and anchor.lower_ in _words("compass_words")
    if compass and anchor.head.i in heads and anchor.head.pos_ == "NOUN":
        return True  # "the X hills north of Y"
    return any(_named_right_after(place.doc[head], other, index) for head in heads)


#: Dependency labels on the way from a situating name up to the noun set beside a place's name
#: ("X, a village [on the plain] below Y", "X, a hamlet [9 km] north of Y"): phrases and measures.
_DESCRIBING_DEPS = frozenset({"prep", "pobj", "advmod", "npadvmod", "compound", "amod", "nummod"})


def _inside_an_apposed_description(other: Token, place: Token, index: dict[int, EntityCluster]) -> bool:
    """Whether the mention headed by ``other`` lies in the description set beside the name headed
    by ``place``, a place noun in apposition ("X, a village on the plain below Y", "X, a hamlet
    9 km north of Y"): reached from that noun through prepositional phrases, bearings and measures
    only (no clause: "X, a village where gunmen met in Y" names Y as a scene of its own; no
    "to"/"from": "X, a town on the road to Y")."""
    nouns = {
        c.i
        for t in (place, _anchor(place, index))
        for c in t.children
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > place.i
    }
    if not nouns:
        return False
    token = other
    for _ in range(10):
        if token.head.i in nouns:
            return token.dep_ in _DESCRIBING_DEPS
        if token.dep_ not in _DESCRIBING_DEPS or token.head.i == token.i:
            return False
        if token.dep_ == "pobj" and token.head.lower_ in _ELSEWHERE - {"from"}:
            return False  # ("X, a town 20 km from Y" situates X all the same)
        token = token.head
    return False


def _role_of_the_place_described(
    root: Token, roots: list[Token], trigger: Token, index: dict[int, EntityCluster]
) -> int:
    """The role a place mention may take at most when it lies in the description set beside another
    place's name ("on the road from A to B, the crossing into Y", "fled to X, a town near Y"):
    that place's own role, at least NEUTRAL (a fallback), for Y only says where that place lies.
    LOCATIVE when the mention describes no other place."""
    for other in roots:
        if index[other.i] is not index[root.i] and _inside_an_apposed_description(root, other, index):
            return max(_role(other, trigger, index), NEUTRAL)
    return LOCATIVE


def _named_right_after(noun: Token, other: Token, index: dict[int, EntityCluster]) -> bool:
    """Whether the words right after ``noun`` are a situating preposition or a bearing and then the
    mention headed by ``other`` ("the X hills north of Y", "the X camp near the Y"), however the
    parse attached them."""
    doc, k = noun.doc, noun.i + 1
    if k < len(doc) and doc[k].lower_ in _words("compass_words") and noun.pos_ == "NOUN":
        k += 1
        if k < len(doc) and doc[k].lower_ == "of":
            k += 1
        else:
            return False
    elif k < len(doc) and doc[k].lower_ in _SITUATING_PREPS:
        k += 1
    else:
        return False
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    return _mention_span(other, index).start == k


def _situated_first(
    places: list[EntityCluster], roots: list[Token], sent: Span, index: dict[int, EntityCluster]
) -> list[EntityCluster]:
    """``places`` with each town or site moved before a place whose phrase only situates it
    ("tourists seized from the X resort in Y", "struck caves in the X hills north of Y": X before
    Y), when that place is no finer a kind (a village before its district, a site before its town,
    never a town before the hotel the sentence sets in it)."""
    if len(places) < 2:
        return places
    out = list(places)
    for root in roots:
        place = index[root.i]
        if place.subtype not in ("city", "site") or place not in out:
            continue
        if route_end(_mention_span(root, index)):
            continue  # "the A-B road in Y": the road lies in Y, its end A need not
        if told_rank(place, sent.doc) < PLACE_RANK["city"]:
            continue  # "the X hills west of Y": a wide stretch, the town told by it is the finer
        for other_root in roots:
            other = index[other_root.i]
            if other is place or other not in out:
                continue
            if _situating_rank(other_root, index) > place_rank(place):
                continue
            if not _situated_by(root, other_root, index):
                continue
            sent.doc.user_data.setdefault(_SITUATED_KEY, set()).add((id(place), id(other)))
            _put_before(out, place, other)
    return out


def _put_before(out: list[EntityCluster], place: EntityCluster, other: EntityCluster) -> None:
    """Move ``place`` in ``out`` just before ``other`` when ``other`` comes first (both are in it)."""
    if out.index(other) < out.index(place):
        out.remove(place)
        out.insert(out.index(other), place)


def _situating_rank(root: Token, index: dict[int, EntityCluster]) -> int:
    """:func:`place_rank` of a situating mention, a division's when the sentence writes it as a
    division or a wide area ("in the Y district", "in the Y area": coarser than a village in it,
    whatever kind the name alone gives it)."""
    rank = place_rank(index[root.i])
    span = _mention_span(root, index)
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    if after == "area" or _named_as_division(root):
        return min(rank, PLACE_RANK["admin"])
    return rank


#: Doc.user_data key: the ``(id(place), id(other))`` pairs :func:`_situated_first` put in order.
_SITUATED_KEY = "nexus_situated_by"


def situated_first(places: list[EntityCluster], doc: Doc) -> list[EntityCluster]:
    """``places`` (an event's, after its mentions joined) with each place put before the place its
    sentence only situated it by (:func:`_situated_first`), whatever the kinds' order put first."""
    pairs: set[tuple[int, int]] = doc.user_data.get(_SITUATED_KEY, set())
    if not pairs or len(places) < 2:
        return places
    out = list(places)
    for place in places:
        for other in places:
            if (id(place), id(other)) in pairs:
                _put_before(out, place, other)
    return out


def _move_before_containers(out: list[EntityCluster], place: EntityCluster, outer: EntityCluster) -> None:
    """Move ``place`` in ``out`` just before ``outer`` (which ``out`` holds) or before any place
    the text puts ``outer`` in, whichever comes first ("X, 15 km from Y in Z": X before Z as well
    as Y); containers only guessed from the report's main town are not followed."""
    there, seen = out.index(outer), {id(place)}
    walk: EntityCluster | None = outer
    while walk is not None and id(walk) not in seen and not walk.within_guessed:
        seen.add(id(walk))
        there = min(there, out.index(walk)) if walk in out else there
        walk = walk.within
    at = out.index(place)
    if at > there:
        out.pop(at)
        out.insert(there, place)


def told_rank(cluster: EntityCluster, doc: Doc) -> float:
    """:func:`~nexus.extract.arguments.place_rank` as the text of ``doc`` tells the place: a site it
    writes as a wide stretch ("the X forest", "on Y's Z coast": ``wide_site_words`` of
    coreference.yaml) ranks between the towns and the divisions (a village in the forest is finer,
    the district that holds it coarser); a town it writes as a division ("X district") ranks with
    the divisions. The order of an event's places when mentions join (``events.absorb``)."""
    rank = place_rank(cluster)
    if cluster.subtype not in ("site", "city") or rank <= PLACE_RANK["admin"]:
        return rank
    nouns = wide_site_words() if cluster.subtype == "site" else _division_nouns()
    written = [form.lower().split() for form in cluster.written.values()]
    after = [_word_after(doc, m.end) for m in cluster.mentions]
    if any(len(form) > 1 and form[-1] in nouns for form in written) or any(w in nouns for w in after):
        return PLACE_RANK["admin"] + (0.5 if cluster.subtype == "site" else 0.0)
    return rank


def _word_after(doc: Doc, end: int) -> str:
    """The lower-case word right after character ``end`` of ``doc`` ("" when none)."""
    starts = token_starts(doc)
    k = bisect_left(starts, end)
    blank = space_flags(doc)  # (the cached columns: no Token built, asked for every place mention)
    while k < len(doc) and blank[k]:
        k += 1
    return lowers(doc)[k] if k < len(doc) and lower_flags(doc)[k] else ""


def _listed_in_order(
    places: list[EntityCluster],
    sent: Span,
    index: dict[int, EntityCluster],
    scored: dict[int, tuple[int, int, int, EntityCluster]],
) -> list[EntityCluster]:
    """``places`` with a place listed after another in one phrase ("raided banks in X and Y",
    "in X, Y and Z") put after the first of the list when both have the same role: the text names
    the happening's places in order, and the first named is its place whatever their kinds."""
    out = list(places)
    for root in _mention_roots(sent, index):
        anchor = root
        while anchor.dep_ == "compound" and anchor.head.i != anchor.i:
            anchor = anchor.head  # "attacked X and Y town": the conjunct is "town"
        if anchor.dep_ != "conj":
            continue
        head = anchor.head
        later = index[root.i]
        first = index.get(head.i) or next((index[c.i] for c in head.children if c.i in index), None)
        if first is None or first is later or first.type != "PLACE" or first not in out or later not in out:
            continue
        if id(first) not in scored or id(later) not in scored or scored[id(first)][0] != scored[id(later)][0]:
            continue
        if "country" in (first.subtype, later.subtype):
            continue  # "in Iraq and Syria": states, left to their own order
        at, there = out.index(later), out.index(first)
        if at < there:
            out.pop(at)
            out.insert(there, later)
    return out


def located_here(sent: Span, trigger: Token, index: dict[int, EntityCluster]) -> set[int]:
    """The ids of the PLACE entities the sentence names, in one mention at least, as where the
    trigger's happening was (the LOCATIVE role), whatever the phrase ("near X", "attacked Y"), and
    of the places the text sets in one of those by their names."""
    roots = _mention_roots(sent, index)
    roles = [(index[root.i], _role(root, trigger, index)) for root in roots]
    found = {id(cluster) for cluster, role in roles if role == LOCATIVE}
    named_at = {id(index[root.i]) for root in roots if _named_as_a_location(root, index)}
    # a fallback the text sets in one of them, by its name ("strayed near the hamlet of X, in Y"
    # with only Y read as where): X is where, the finer
    return found | {
        id(cluster)
        for cluster, role in roles
        if role == NEUTRAL
        and id(cluster) in named_at  # (named as a location: "near X", not "X officers")
        and cluster.within is not None
        and id(cluster.within) in found
        and not cluster.within_guessed
        and not cluster.within_near
    }


def _named_as_a_location(root: Token, index: dict[int, EntityCluster]) -> bool:
    """Whether the place's phrase is the object of a place preposition ("near the village of X",
    "in X"), not a word on people or things ("X officers", "a unit of X commandos") nor an end
    of a road ("on the A-B road in Y": no place of its own)."""
    anchor = _anchor(root, index)
    if route_end(_mention_span(root, index)):
        return False
    return anchor.dep_ == "pobj" and anchor.head.lower_ in _LOCATIVE


def said_inside_first(places: list[EntityCluster], movable: set[int] | None = None) -> list[EntityCluster]:
    """``places`` (an event's places, best first) with each town or site the text itself puts
    inside another of them ("X, a hamlet inside the Y National Park"; ``within`` not guessed from
    the report's main town) moved just before that container: when a merge re-sorts an event's
    places by kind, a village no gazetteer knows still comes before the park or district that holds
    it. ``movable``: the ids of the places that may move (all when None; not a road's end the
    sentence names for another role). A new list; the order is otherwise kept."""
    out = list(places)
    for place in places:
        outer = place.within
        if outer is None or not _may_move_inside(place, out):
            continue
        if movable is not None and id(place) not in movable:
            continue
        _move_before_containers(out, place, outer)
    return out


def _may_move_inside(place: EntityCluster, places: list[EntityCluster]) -> bool:
    """Whether :func:`said_inside_first` may move ``place`` before its container among ``places``
    (whatever may move): a town or site the text puts inside another of them, not each inside the
    other. (Moves only reorder ``places``, so the answer holds through them.)"""
    outer = place.within
    if outer is None or outer is place or place.within_guessed or place.subtype not in ("city", "site"):
        return False
    return outer in places and not (outer.within is place and not outer.within_guessed)


def said_inside_first_here(
    places: list[EntityCluster], sent: Span, trigger: Token, index: dict[int, EntityCluster]
) -> list[EntityCluster]:
    """``said_inside_first(places, located_here(sent, trigger, index))``, the sentence's locative
    places read only when one of ``places`` could move at all (most events have none to move)."""
    if not any(_may_move_inside(place, places) for place in places):
        return list(places)
    return said_inside_first(places, located_here(sent, trigger, index))


def _scene_of_the_sentence_before(
    sent: Span, trigger: Token, index: dict[int, EntityCluster]
) -> list[EntityCluster]:
    """ "Clashes erupted near the X border crossing on Saturday. Three guards were killed, ...":
    a toll told in the passive ("were killed") in a sentence that names no place and no date of
    its own goes on telling the happening of the body sentence just before it, so it takes the
    town or site that sentence names as where it happened (never a place of the dateline, a
    headline or a caption, nor one where something was said). ``[]`` when there is none."""
    doc = sent.doc
    if sent.start == 0 or trigger.lemma_.lower() not in harm_verbs():
        return []
    if not any(c.dep_ == "auxpass" for c in trigger.children):
        return []
    if any(t.ent_type_ in ("DATE", "TIME") for t in sent):
        return []
    before = doc[sent.start - 1].sent
    if is_secondary(doc, before.start) or is_secondary(doc, sent.start):
        return []
    filed = dateline_end(doc)
    for root in _mention_roots(before, index):
        cluster = index[root.i]
        if root.idx < filed or cluster.subtype not in ("city", "site"):
            continue
        anchor = _anchor(root, index)
        if anchor.dep_ != "pobj" or _role(root, before.root, index) != LOCATIVE or _from_beyond(anchor):
            continue
        if route_end(_mention_span(root, index), joined=False) or _where_casualties_were_taken(anchor, None):
            continue
        verb = next((t for t in anchor.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lemma_.lower() in reporting_verbs() or _under_speech_event(anchor):
            continue  # "At a news conference in X, the spokesman said ...": where it was said
        return [cluster]
    return []


def _under_speech_event(anchor: Token) -> bool:
    """Whether the place hangs from a medium of speaking ("a news conference in X", "a briefing in
    X"; ``formal_media`` of events.yaml)."""
    media = statement_cues()["formal_media"]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in media for t in anchor.ancestors)


def _without_route_ends(
    places: list[EntityCluster], sent: Span, index: dict[int, EntityCluster]
) -> list[EntityCluster]:
    """``places`` less the ends of a road named by its ends ("a raid on the highway from A to
    B") when the sentence places the happening otherwise: in a place of its own, or "in the same
    district" as the one told before (the event stage resolves that). The ends are where the road
    leads; with nothing else named they are the best the sentence gives and stay."""
    if not places or next(matching(sent, _words("route_nouns")), None) is None:
        return places  # no road in the sentence (answered from its cached word sets)
    roots = _mention_roots(sent, index)
    ends = {id(index[r.i]) for r in roots if route_end(_mention_span(r, index), joined=False)}
    if not ends:
        return places
    rest = [p for p in places if id(p) not in ends]
    if rest or _same_place_words().search(sent.text):
        return rest
    return places


@cache
def _same_place_words() -> re.Pattern[str]:
    """The coreference lexicon's words for "where the happening told before was" ("the same region")."""
    words: list[str] = ontology.table("coreference.yaml")["same_place_expressions"]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)


def _without_lines(places: list[EntityCluster], sent: Span) -> list[EntityCluster]:
    """``places`` less the lines (a pipeline, a road, a frontier line: "the X pipeline", "the Line
    of Control") when the sentence also names a town for the event ("blew up a section of the X
    pipeline near Y", "fired across the Line of Control ... killed in Y"): a line runs through many
    places, the town says where on it."""
    lines = [p for p in places if p.subtype in ("site", "admin") and _names_a_line(p, sent)]
    if not lines or not any(p.subtype == "city" and p not in lines for p in places):
        return places
    return [p for p in places if p not in lines]


def _names_a_line(cluster: EntityCluster, sent: Span) -> bool:
    """Whether the place's name holds a route noun ("X Highway", "the Line of Control"), or the
    words right after its mention in the sentence do ("the X oil pipeline")."""
    routes = _words("route_nouns")
    if any(word.lower() in routes for word in cluster.name.split()):
        return True
    doc = sent.doc
    parse, starts = parse_index(doc), token_starts(doc)
    for m in cluster.mentions:
        if not sent.start_char <= m.start < sent.end_char:
            continue
        first = max(bisect_left(starts, m.end), sent.start)  # (its first token after the mention)
        after = range(first, min(first + 3, sent.end))
        if any(parse.lowers[i] in routes for i in after if parse.lower_cased[i]):
            return True
    return False


#: Doc.user_data key: token indices of triggers told as spread over a whole place.
_SPREAD_KEY = "nexus_spread_triggers"


def told_as_spread(trigger: Token) -> bool:
    """Whether the trigger's happening was told as spread over a whole region or country ("strikes
    killed 31 across the X Strip, including 11 in Y"): a later mention at one of its towns tells a
    part of it, and the whole stays its place."""
    spread: set[int] = trigger.doc.user_data.get(_SPREAD_KEY, set())
    return trigger.i in spread


#: Prepositions that spread a happening over the whole of a place ("across the country").
_SPREAD = frozenset({"across", "throughout", "all over", "around"})


#: Words that open examples of a spread happening ("..., including in X", "among them six in Y").
_EXAMPLE_WORDS = frozenset({"including", "notably", "especially", "particularly", "among"})


def _examples_of_a_spread(sent: Span, index: dict[int, EntityCluster]) -> set[int]:
    """ids of the places named after "including" or "notably" ("..., including in X and Y")."""
    out: set[int] = set()
    for token in sent:
        if token.lower_ in _EXAMPLE_WORDS and token.dep_ == "prep":
            out |= {id(index[t.i]) for t in token.subtree if t.i in index and index[t.i].type == "PLACE"}
    return out


def _nationwide_country(
    trigger: Token, places: list[EntityCluster], index: dict[int, EntityCluster]
) -> EntityCluster | None:
    """The country meant by "across the country" in the trigger's clause ("radios exploded across
    the country, including in X"), or the division or country named so ("across Y state"): the
    happening is the whole's, the towns named with it are examples. "The country" is the one
    holding those towns, else the last one named before."""
    heads = [trigger]
    verb = clause_head(trigger)
    if verb is not None and verb.i != trigger.i:
        heads.append(verb)
    if trigger.pos_ == "NOUN":  # "strikes killed 31 across X", read as a clause on the noun
        heads += [c for c in trigger.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    # "killed 24 people across X": the spread may hang on the victims
    heads += [o for h in list(heads) if h.pos_ == "VERB" for o in h.children if o.dep_ == "dobj"]
    objects = [
        o
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in _SPREAD
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    objects = [o for o in objects if o.lemma_.lower() not in _BORDER_WORDS | {"river", "sea", "lake"}]
    for obj in objects:  # "across Plateau state, including in A and B": the state (not "across the border")
        roots = [t for t in obj.subtree if t.i in index and index[t.i].type == "PLACE"]
        if not roots:
            continue
        first = index[roots[0].i]
        last = roots[0]
        while last.i + 1 < len(last.doc) and index.get(last.i + 1) is first:
            last = last.doc[last.i + 1]
        if first.subtype in ("admin", "country") or _named_as_division(last):
            return first  # "across Y province": the province, though a town has its name
    if not any(o.lemma_.lower() in ("country", "nation") for o in objects):
        return None
    countries = {id(c): c for c in index.values() if c.type == "PLACE" and c.subtype == "country"}
    held = {p.country for p in places if p.country}
    for cluster in countries.values():
        if cluster.country in held:
            return cluster
    before = [
        (max(m.start for m in c.mentions if m.start < trigger.idx), c)
        for c in countries.values()
        if any(m.start < trigger.idx for m in c.mentions)
    ]
    return max(before, key=lambda t: t[0])[1] if before else None


@cache
def _division_nouns() -> frozenset[str]:
    """Nouns that name a division after its name ("X district", "Y territory", "Z subdivision"):
    the admin nouns of entities.yaml's ``place_noun_kinds`` with districts.yaml's
    ``wide_divisions`` and ``division_nouns``."""
    kinds: dict[str, list[str]] = ontology.table("entities.yaml").get("place_noun_kinds", {})
    table = ontology.table("districts.yaml")
    words = [*kinds.get("admin", []), *table.get("wide_divisions", []), *table.get("division_nouns", [])]
    return frozenset(w.lower() for w in words)


def written_as_division(place: EntityCluster, sent: Span) -> bool:
    """Whether the sentence writes the place as a division by the noun after its name ("X
    township", "Y district", "the A, B and C provinces": :func:`_named_as_division`), whatever
    kind the gazetteer gives it."""
    doc = sent.doc
    for m in place.mentions:
        if sent.start_char <= m.start < sent.end_char:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and _named_as_division(span.root):
                return True
    return False


def _named_as_division(root: Token) -> bool:
    """Whether this mention names a division by the noun after it ("Kilifi county"), or by the
    plural noun after the list it is one of ("in the A, B and C provinces")."""
    doc = root.doc
    nxt = doc[root.i + 1] if root.i + 1 < len(doc) else None
    if nxt is not None and nxt.is_lower and nxt.lemma_.lower() in _division_nouns():
        return True
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    members, stack = [top], [top]
    while stack:  # the conjuncts of the list
        for child in stack.pop().children:
            if child.dep_ == "conj":
                members.append(child)
                stack.append(child)
    if len(members) < 2:
        return False
    last = max(members, key=lambda t: t.i)
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return after is not None and after.tag_ == "NNS" and after.lemma_.lower() in _division_nouns()


#: Words that join the names of a list ("A, B and C").
_LIST_JOINERS = frozenset({",", "and", "or", "&"})


def container_of_a_list(sent: Span, index: dict[int, EntityCluster]) -> dict[int, EntityCluster]:
    """The divisions or towns the sentence lists under one plural division noun, each mapped to the
    place the text puts them all in: its possessor ("in X's A and B districts") or its "of" or
    "in" phrase ("in the A and B provinces of X"). A happening told across the list happened in
    that container; no one of the listed places is where it was. Empty when there is none."""
    doc = sent.doc
    found: dict[int, EntityCluster] = {}
    for noun in matching(sent, _division_nouns()):  # (the division nouns only)
        if noun.tag_ != "NNS" or not noun.is_lower:
            continue
        listed: list[EntityCluster] = []
        at = noun.i - 1
        while at >= sent.start:
            word = doc[at]
            cluster = index.get(at)
            if word.tag_ == "POS":
                break  # "X's": the possessor of the list
            if cluster is not None and cluster.type == "PLACE":
                if not listed or listed[-1] is not cluster:
                    listed.append(cluster)
            elif word.text not in _LIST_JOINERS:
                break
            at -= 1
        if len({id(c) for c in listed}) < 2:
            continue
        container = None
        if at - 1 >= sent.start and doc[at].tag_ == "POS":
            container = index.get(at - 1)  # "X's A and B districts"
        elif noun.i + 2 < sent.end and doc[noun.i + 1].lower_ in ("of", "in"):
            container = index.get(noun.i + 2)  # "the A and B provinces of X"
        if container is None or container.type != "PLACE" or any(c is container for c in listed):
            continue
        for cluster in listed:
            found[id(cluster)] = container
    return found


def town_before_its_container(noun: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """ "the raid on Kelmora, in the Velm region, where gunmen killed ...": the town or site named
    right before the container phrase a clause of place hangs on (``noun``: the container's name,
    or the division noun after it), since the clause tells of the town, the most precise place
    the sentence gives; None when ``noun`` is no such container of a town named just before."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    own = index.get(noun.i)
    named = [index[c.i] for c in noun.children if c.dep_ == "compound" and c.i in index]
    if own is not None:
        if own.type != "PLACE" or own.subtype not in ("admin", "country"):
            return None
    elif not (noun.is_lower and noun.lemma_.lower() in _division_nouns() and named):
        return None
    prep = noun.head
    doc = noun.doc
    if prep.i < 2 or doc[prep.i - 1].text != ",":
        return None
    town = index.get(doc[prep.i - 2].i)
    if town is None or town.type != "PLACE" or town.subtype not in ("city", "site"):
        return None
    return town if town is not own and town not in named else None


def _names_a_stretch(root: Token) -> bool:
    """Whether the place name only qualifies a noun of a wide stretch ("the Caspian coast", "the
    Tigris valley": ``wide_site_words`` of coreference.yaml and ``stretch_nouns`` of districts.yaml):
    the stretch holds many towns, and a town named with it is finer."""
    head = root.head
    if root.dep_ not in ("compound", "amod") or head.i == root.i or not head.is_lower:
        return False
    water: list[str] = ontology.table("coreference.yaml").get("wide_site_words", [])
    more: list[str] = ontology.table("districts.yaml").get("stretch_nouns", [])
    return head.lemma_.lower() in {w.lower() for w in (*water, *more)}


def _container_after_a_town(root: Token, index: dict[int, EntityCluster]) -> bool:
    """Whether the mention is set after a town's name as its region ("in Kidal, Tessalit" is
    rare; "in San Jose, Occidental Mindoro" is the rule), or after a division named by its noun
    ("in X district, Y"): "Town, Region" names the town. An apposition, or a conjunct the parser
    made without "and"."""
    head = root.head
    listed = root.dep_ == "conj" and not any(c.dep_ == "cc" for c in head.children)  # (no "and": no list)
    if (root.dep_ != "appos" and not listed) or head.i >= root.i:
        return False
    if head.is_lower and head.lemma_.lower() in _division_nouns():
        # "in X district, Y": Y holds the district the noun names
        named = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod") and _is_place(c, index)]
        return any(index[c.i] is not index[root.i] for c in named)
    if not _is_place(head, index):
        return False
    town = index[head.i]
    return town is not index[root.i] and town.subtype == "city" and index[root.i].subtype != "city"


def _holds_a_named_part(root: Token, index: dict[int, EntityCluster]) -> bool:
    """Whether the mention is the "of"-object of a division or area noun that another place names
    ("in X district of Y", "the X area of Y province", "X sub-district of Y"), or of a forest's or
    hills' noun (``held_landform_nouns``: "the X forests of the Y area"): Y holds X, and X is
    the more precise place, whatever kinds the gazetteer gives them; also "in the X district of Y
    governorate", where Y names the division its own noun heads."""
    own = index[root.i]
    holders = _division_nouns() | _words("town_part_nouns")
    if root.dep_ == "compound" and root.head.is_lower and root.head.lemma_.lower() in holders:
        root = root.head  # "of Y governorate", "of the Y area": the noun is the "of"-object
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    noun = prep.head
    parts = _division_nouns() | _words("town_part_nouns") | {"subdistrict", "sub-district"}
    parts |= _words("held_landform_nouns")  # "the X forests of the Y area": the forest named is finer
    word = noun.lemma_.lower()
    if noun.pos_ not in ("NOUN", "PROPN") or (word not in parts and word.split("-")[-1] not in parts):
        return False
    names = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and _is_place(c, index)]
    doc = root.doc
    before = doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.text == "-" and noun.i > 1:
        before = doc[noun.i - 2]  # "X sub-district": the noun split at its hyphen
    if before is not None and _is_place(before, index):
        names.append(before)
    return any(index[n.i] is not own for n in names)


def _there_refers_to(sent: Span, trigger: Token, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The place "there" points back to when it locates the trigger's clause ("flew to the port and
    chaired a council there", "pursued them towards Y ... killed in a clash there"): the last place
    named before it in the sentence, as a destination or a location, not one in a clause
    describing someone."""
    verb = clause_head(trigger)
    heads = {trigger.i} | ({verb.i} if verb is not None else set())
    low = lowers(sent.doc)
    there = next(
        (c for h in heads for c in sent.doc[h].children if c.lower_ == "there" and c.dep_ == "advmod"), None
    ) or next(
        (
            t
            for t in (sent.doc[i] for i in range(sent.start, sent.end) if low[i] == "there")
            if _on_a_place_noun_of(t, heads)
        ),
        None,
    )
    if there is None:
        return None
    if not any(root.i < there.i for root in _mention_roots(sent, index)):
        return place_before_the_sentence(sent, index)  # "He told reporters there that ...": the last town
    found: list[EntityCluster] = []
    for root in _mention_roots(sent, index):
        if root.i >= there.i or root.idx < dateline_end(sent.doc):
            continue
        anchor = _anchor(root, index)
        located = anchor.dep_ == "pobj" and anchor.head.lower_ in _LOCATIVE | {"to", "towards", "toward"}
        if _in_speaker_phrase(anchor, trigger) or _where_it_was_said(anchor, trigger):
            continue  # "an officer in X said four were killed in a clash there": where the speaker sat
        if located and not _describes_a_participant(anchor, trigger):
            found.append(index[root.i])
    # the last town named, not a division or a place that only holds one named before ("flew to
    # X, in Y's Z province, and met the commanders there": X)
    last = [p for p in found if not any(q is not p and said_within(q, p) for q in found)]
    towns = [p for p in last if place_rank(p) > PLACE_RANK["admin"]]
    return (towns or last)[-1] if last else None


def place_before_the_sentence(sent: Span, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The town or site named last before ``sent`` in the report's body (not in the dateline, a
    headline or a caption): what "there" points back to in a sentence that names no place before
    it ("Troops entered X on Monday. The governor told reporters there that ..."). None when the
    body names none before the sentence."""
    doc = sent.doc
    filed = dateline_end(doc)
    for i in range(sent.start - 1, -1, -1):
        cluster = index.get(i)
        if cluster is None or cluster.type != "PLACE" or cluster.subtype not in ("city", "site"):
            continue
        if doc[i].idx < filed:
            return None
        if not is_secondary(doc, i) and not at_a_distance(_mention_span(doc[i], index)[0]):
            return cluster
    return None


def there_named_before(sent: Span, trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "The minister told reporters there that ...": ``[town]`` when "there" qualifies the
    trigger and the sentence names no place before it (the town of
    :func:`place_before_the_sentence`); ``[]`` else."""
    there = next((c for c in trigger.children if c.lower_ == "there" and c.dep_ == "advmod"), None)
    if there is None or any(root.i < there.i for root in _mention_roots(sent, index)):
        return []
    town = place_before_the_sentence(sent, index)
    return [town] if town is not None else []


def where_clause_place(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "travelled to X on Tuesday, where he condemned the attack": ``[X]`` when the trigger lies
    in a clause opened by "where" (a relative clause, or one the parser hung on the verb before
    it) and a place is named before "where" in the phrase the clause hangs on (the last one);
    ``[]`` else."""
    for token in (trigger, *trigger.ancestors):
        if token.dep_ not in ("relcl", "advcl"):
            if token.dep_ == "conj":
                continue  # ("where he condemned X and promised Y": the clause of both)
            return []
        where = next((c for c in token.children if c.lower_ == "where" and c.i < token.i), None)
        if where is None:
            return []
        clause = range(token.left_edge.i, token.right_edge.i + 1)
        held = [
            index[t.i]
            for t in token.head.subtree
            if t.i < where.i
            and t.i not in clause
            and t.i in index
            and index[t.i].type == "PLACE"
            and t.head.dep_ == "prep"  # (the object of "to", "in", "at": not a party named)
        ]
        return held[-1:]
    return []


def _on_a_place_noun_of(there: Token, heads: set[int]) -> bool:
    """Whether "there" qualifies a noun of a locative phrase of one of the ``heads`` ("met the
    commanders at the base there")."""
    noun = there.head
    if there.dep_ != "advmod" or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in _LOCATIVE and prep.head.i in heads


def locative_places(sent: Span, trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """PLACE entities the sentence names as a location ("in X", "at X", "X district"), in order.

    Not a place named as a subject or object ("Israel has denied a role"): a
    statement's scene is where it was made, never a party it names.
    """
    dateline = dateline_end(sent.doc)
    found: list[EntityCluster] = []
    for root in _mention_roots(sent, index):
        cluster = index[root.i]
        if root.idx < dateline or cluster in found:
            continue
        anchor = _anchor(root, index)
        if anchor.dep_ == "pobj" and _role(root, trigger, index) == LOCATIVE:
            found.append(cluster)
    return found


def _site_named_before(sent: Span, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "the hotel siege", "inside the mosque": a site the document named earlier by that noun.

    Only when the sentence names no place itself; the site must be the last
    one named earlier whose name ends in the noun ("the Medina Hotel").
    """
    sites: dict[str, list[tuple[int, EntityCluster]]] = {}
    for cluster in {id(c): c for c in index.values()}.values():
        if cluster.type == "PLACE" and cluster.subtype == "site" and cluster.mentions:
            last = cluster.name.split()[-1].lower()
            sites.setdefault(last, []).append((min(m.start for m in cluster.mentions), cluster))
    sites = {noun: named for noun, named in sites.items() if len(named) == 1}  # "the airport" of two
    if not sites:
        return []
    anaphors = _site_anaphors()
    for token in sent:
        if not token.is_lower:
            continue
        heads = [token.lemma_] if token.lemma_ in sites else []
        heads += [h for h in anaphors.get(token.lemma_.lower(), ()) if h in sites]  # "the campus"
        if not heads:
            continue
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in token.children)
        if not definite and token.dep_ != "compound":
            continue
        earlier = [(start, c) for head in heads for start, c in sites[head] if start < token.idx]
        if earlier:
            return [max(earlier, key=lambda t: t[0])[1]]
    return []


def town_named_before(
    sent: Span, index: dict[int, EntityCluster], trigger: Token | None = None
) -> list[EntityCluster]:
    """ "Residents marched through the town centre", "the governor visited the wounded at the
    town's hospital": a sentence that names no place for a rally, visit or meeting but refers to
    "the town" (``settlement_anaphor_nouns`` of entities.yaml, with "the", "this" or "that") means
    the last town named before the noun, in the sentence ("residents of X marched through the
    town") or the report's body. ``[]`` when the noun names a place of its own ("the town of X",
    "X town"), is what a distance is counted from, or no town was named before. A site or division
    the paragraph makes a clause's subject counts as a town (:func:`_topic_of_a_clause`); a town
    an earlier sentence names as where a speaker spoke ("told reporters in Y.") does not. With a
    ``trigger``, the noun must belong to the trigger's clause: the verb it hangs on is the
    trigger or holds it ("the city has not forgotten the night a gunman opened fire"), not a
    clause beside it ("X, who visited the village, said operations were stepped up")."""
    nouns = _words("settlement_anaphor_nouns")
    doc = sent.doc
    noun = next(
        (
            t
            for t in sent
            if t.is_lower
            and t.lower_ in nouns
            and _definite(t if t.dep_ != "compound" else t.head)  # ("the town centre")
            and not any(
                c.dep_ in ("appos", "prep") or (c.dep_ == "compound" and not _describing_word(c, index))
                for c in t.children
            )
            and not (t.i > 0 and doc[t.i - 1].i in index)
            and not at_a_distance(t)  # "ambushed 15 km short of the town": not in it
        ),
        None,
    )
    if noun is None or (trigger is not None and not _in_the_clause_of(noun, trigger)):
        return []
    filed = dateline_end(doc)
    elsewhere: set[int] = set()  # towns named before as a unit's base or where the hurt were taken
    for i in range(noun.i - 1, -1, -1):  # ("residents of X marched through the town": X)
        cluster = index.get(i)
        if cluster is None or cluster.type != "PLACE" or id(cluster) in elsewhere:
            continue
        if cluster.subtype != "city" and not (
            cluster.subtype in ("site", "admin") and _topic_of_a_clause(_mention_span(doc[i], index), noun)
        ):
            continue
        if doc[i].idx < filed or is_secondary(doc, i) or at_a_distance(_mention_span(doc[i], index)[0]):
            continue  # (not "30 km west of Y" in "entered X, a town 30 km west of Y")
        if _whose_force(doc[i]):
            continue  # (not "a spokesman for the forces in Y")
        if trigger is not None:
            anchor = _anchor(_mention_span(doc[i], index).root, index)
            spoke_before = i < sent.start and _where_it_was_said(anchor, trigger)
            if _told_for_another_role(anchor) or spoke_before:
                elsewhere.add(id(cluster))
                continue  # (not "a battalion based at Y", "Z told reporters in Y.", nor Y named so before)
        return [cluster]
    return []


def _topic_of_a_clause(mention: Span, noun: Token) -> bool:
    """Whether a place the gazetteer does not hold as a town is told as one by being what a
    clause of the noun's paragraph is about: the bare name as its subject ("X has been hit
    several times", "X, which borders the Y province, has seen ..."), so a later "the town"
    points back to it. Not a name written as a division ("X district has ..."), nor a name after
    "the" ("the X hills have ...": a stretch of land, no town)."""
    root = mention.root
    doc = mention.doc
    return (
        "\n" not in doc_text(doc)[mention.start_char : noun.idx]
        and root.dep_ in ("nsubj", "nsubjpass")
        and root.head.pos_ in ("VERB", "AUX")
        and not (mention.start > 0 and doc[mention.start - 1].lower_ == "the")
        and not _named_as_division(root)
    )


def _told_for_another_role(anchor: Token) -> bool:
    """Whether a town named before a deed's sentence was named there for a role that makes it no
    scene a later "the village" points back to: the base of a unit ("soldiers based at X"), where
    casualties were taken ("taken to the district hospital in X"). (Not a speaker's town: "doctors
    in X said 21 were killed in the attack on the town market" is X's market.)"""
    return (
        _unit_kept_at(anchor) is not None
        or _where_casualties_were_taken(anchor, None)
        or _spoken_from(anchor)
    )


#: Verbs whose "from" phrase is where a speaker was reached ("speaking by telephone from X",
#: "reached by phone from Y", "said by phone from Z"), with :data:`_SPEAKING`.
_REACHED = frozenset({"call", "phone", "telephone", "reach", "tell", "say"})


def _spoken_from(anchor: Token) -> bool:
    """Whether the place is where a speaker spoke from: the object of "from" on a verb of speaking
    or of being reached ("a councillor, speaking by telephone from X, said ..."): no scene a later
    "the village" points back to."""
    return (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ == "from"
        and anchor.head.head.lemma_.lower() in _SPEAKING | _REACHED
    )


def _describing_word(word: Token, index: dict[int, EntityCluster]) -> bool:
    """A lower-case common noun that only describes the town noun it modifies ("the port town",
    "the border town"), not a name ("X town")."""
    return word.is_lower and word.pos_ == "NOUN" and word.i not in index


def _in_the_clause_of(noun: Token, trigger: Token) -> bool:
    """Whether the verb the noun hangs on (its first verb above it) is the trigger or holds the
    trigger in its phrase; a noun the trigger's own phrase holds counts too."""
    if trigger in noun.ancestors or noun.i == trigger.i:
        return True
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and (verb.i == trigger.i or verb in trigger.ancestors)


def _whose_force(token: Token) -> bool:
    """ "the rebel forces in Y", "police in Y": a place in an "in" phrase on an actor noun tells
    whose force it is, not where something happened."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in ACTOR_NOUNS
    )


#: Division nouns too loose to point back to a division ("the state" is often the government).
_LOOSE_DIVISION_NOUNS = frozenset({"state", "division", "circle"})


def division_named_before(sent: Span, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """ "The region has been in crisis since January, when an offensive killed 80", "the deadliest
    in the province since August, when a bomb killed seven": a sentence that names no place for its
    happening but refers to "the region" or "the province" (a division noun of
    :func:`_division_nouns` with "the", "this" or "that", naming no place of its own) means the
    last division named before it in the report's body. ``[]`` when there is none."""
    nouns = _division_nouns() - _LOOSE_DIVISION_NOUNS
    doc = sent.doc
    noun = next(
        (
            t
            for t in sent
            if t.is_lower
            and t.lemma_.lower() in nouns
            and t.dep_ != "compound"
            and _definite(t)
            and not any(c.dep_ in ("compound", "appos", "prep", "amod") for c in t.children)
            and not (t.i > 0 and doc[t.i - 1].i in index)
        ),
        None,
    )
    if noun is None:
        return []
    filed = dateline_end(doc)
    for i in range(sent.start - 1, -1, -1):
        cluster = index.get(i)
        if cluster is None or cluster.type != "PLACE":
            continue
        if cluster.subtype != "admin" and not _named_as_division(doc[i]):
            continue  # ("in X region": a division, whatever town shares its name)
        if doc[i].idx < filed or is_secondary(doc, i):
            continue
        return [cluster]
    return []


def _definite(noun: Token) -> bool:
    """Whether the noun has "the", "this" or "that" as its determiner."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


@cache
def _site_anaphors() -> dict[str, frozenset[str]]:
    """``site_anaphors`` of entities.yaml: a noun ("campus") -> last words of the site names it
    may refer back to ("university", "college")."""
    table: dict[str, list[str]] = ontology.table("entities.yaml").get("site_anaphors", {})
    return {noun.lower(): frozenset(w.lower() for w in heads) for noun, heads in table.items()}


def _mention_span(root: Token, index: dict[int, EntityCluster]) -> Span:
    """The whole name of the place mention whose head is ``root`` (its tokens share a cluster)."""
    cluster = index[root.i]
    start, end = root.i, root.i + 1
    while start > 0 and index.get(start - 1) is cluster:
        start -= 1
    while index.get(end) is cluster:
        end += 1
    return Span(root.doc, start, end)  # (bounds inside the Doc: no slice to normalise)


def clause_head(trigger: Token) -> Token | None:
    """The verb whose clause holds the trigger (the trigger itself when it is a verb)."""
    token = trigger
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _is_place(token: Token, index: dict[int, EntityCluster]) -> bool:
    cluster = index.get(token.i)
    return cluster is not None and cluster.type == "PLACE"


def _anchor(root: Token, index: dict[int, EntityCluster]) -> Token:
    """Climb from a place name through the nouns that only situate it.

    "X district", "the village of X", "Y's north", "the capital X", "X, Z"
    (apposition to another place): the role of the phrase is the role of the
    place.
    """
    token = root
    for _ in range(5):
        head = token.head
        if head.i == token.i:
            break
        owner = token.dep_ == "compound" and token.i == root.i and index[root.i].subtype == "country"
        if owner and not _is_place(head, index):
            break  # "a US base", "the Iran consulate": the state owns it, the base is elsewhere
        common = head.pos_ == "NOUN" and head.lemma_.lower() not in ACTOR_NOUNS
        if (token.dep_ == "compound" or (token.dep_ == "amod" and token.pos_ == "PROPN")) and common:
            token = head  # "the Zhob garrison", "a Kathua police post": where the noun is
        elif (
            token.dep_ == "nsubj"
            and token.i == head.i - 1
            and head.is_lower
            and head.lemma_.lower() in _division_nouns()
            and token.i > 0
            and token.doc[token.i - 1].dep_ == "pobj"
            and index.get(token.i - 1) is index.get(token.i)
        ):
            # "a post in X Y woreda of Z" misparsed: "X" the object of "in", "Y" the subject of a
            # verb "woreda"; the name's phrase is the "in" phrase
            token = token.doc[token.i - 1]
        elif token.dep_ in ("compound", "amod", "nmod", "poss") and (
            head.lower_ in _container_nouns()
            or head.lemma_.lower() in _container_nouns()
            or _is_place(head, index)
        ):
            token = head
        elif token.dep_ == "pobj" and head.lower_ == "of" and _situates(head.head):
            token = head.head  # "the village of X", "the hinterlands of X town": where X is
        elif token.dep_ in ("appos", "conj") and (
            _is_place(head, index) or head.lemma_.lower() in _container_nouns()
        ):
            token = head
        else:
            break
    return token


def _role(root: Token, trigger: Token, index: dict[int, EntityCluster]) -> int:
    """LOCATIVE, NEUTRAL or OTHER for one place mention with respect to the event."""
    doc = root.doc
    nxt = doc[root.i + 1] if root.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.text in ("-", "–")
        and root.i + 2 < len(doc)
        and doc[root.i + 2].lower_ in _WHOSE_PARTICIPLES
    ):
        return OTHER  # "Pakistan-based", "a US-made drone", "Iran-trained militants"
    possessive = root.dep_ == "poss" or (nxt is not None and nxt.tag_ == "POS")
    if possessive and (_owns_an_actor(root.head) or _owns_a_group(root.head, index)):
        if index[root.i].subtype == "country" and _owner_of_the_speaker(root.head, trigger):
            if recalls_a_happening(root.sent, trigger):
                return OTHER  # "... said the assault had been repelled and 30 were killed": told before
            return NEUTRAL  # "Ruritania's army said ...", as "the Ruritania army said": a fallback
        return OTHER  # "Pakistan's Parliament", "Iran's caretaker Prime Minister X": an actor, not a location
    if possessive and root.head.dep_ in ("dobj", "pobj") and _holds_an_office(root.head):
        return OTHER  # "met X's military governor": whose office the partner holds, not where they met
    if _after_naming_cue(root):
        return OTHER  # "a militant known as Sebastian": a name, not a location
    if _describes(root, trigger):
        return OTHER  # "The landlocked desert nation has long fought ...": a description
    if _describes_a_named_town(root, index):
        return OTHER  # "the Pacific port of Tumaco": the town after "of" is the port, not the ocean
    anchor = _anchor(root, index)
    if _where_clause_holds(anchor, trigger):
        return LOCATIVE  # "moved on to X, where three herders were shot": X is where it happened
    if compared_within(anchor):
        return NEUTRAL  # "its deadliest attack in X came in May, when ... at a camp in Y": a fallback
    if _where_casualties_were_taken(anchor, trigger):
        return OTHER  # "wounded and rushed to the district hospital in X": where they were treated
    if _under_motive(anchor, trigger):
        return OTHER  # "in revenge for raids on Mombasa mosques"
    if _in_other_clause(anchor, trigger):
        return NEUTRAL  # "bandits shot at a lorry, and rebels shelled a post near X": the other clause's
    if _in_offset_clause(anchor, trigger):
        return OTHER  # "The assault came a day after rebels hit a patrol in X": the earlier one's place
    if home_of_a_person(anchor, trigger):
        return OTHER  # "a native of X in Y province": where a victim comes from
    if _base_of_the_doer(anchor, trigger) or _base_of_the_blamed(anchor, trigger):
        return OTHER  # "soldiers of a battalion based at X killed three": the doer's home, not the scene
    if index[root.i].subtype != "country" and _in_speaker_phrase(anchor, trigger):
        if index[root.i].subtype == "city" and _local_force_speaks(anchor):
            return NEUTRAL  # "police in Lyon said a knifeman ...": the town's own police, a fallback
        return OTHER  # "the Lamu County police commander said", "medics at X hospital said"
    if index[root.i].subtype != "country" and _where_it_was_said(anchor, trigger):
        return OTHER  # "..., the commander told reporters in the capital": where the speaker sat
    if index[root.i].subtype != "country" and _subject_of_another_clause(anchor, trigger):
        return OTHER  # "the capital had been on edge since Monday, when gunmen attacked ..."
    if index[root.i].subtype == "country" and _acts_around_a_happening(anchor, trigger):
        return OTHER  # "Ruritania imposed sanctions hours after gunmen struck a base": its own act
    if index[root.i].subtype == "country" and _subject_apart(anchor, trigger):
        return OTHER  # "condemned the attack and said Ruritania must explain its role": a party
    if index[root.i].subtype == "country" and _party_subject(anchor, trigger):
        return OTHER  # "said Ruritania had owned up to a part in the raid": a party to it
    if _evoked_by_a_nationality(root):
        return OTHER  # "the Ruritanian army condemned the attack": whose army, not where
    if _names_whose_members(root):
        return OTHER  # "arrested 11 suspected X members from a hamlet in Y": whose members, Y is where
    if (
        index[root.i].subtype == "country"
        and root.dep_ in ("compound", "amod")
        and root.head.lower_ in _BORDER_WORDS
    ):
        return OTHER  # "a post near the Ruritania border": the neighbour names the border, not the place
    if index[root.i].subtype == "country" and _state_of_the_doer(root, trigger):
        return OTHER  # "a Ruritania drone strike killed two near X": whose strike, X is where
    if index[root.i].subtype == "country" and _state_of_a_force(root):
        return OTHER  # "stormed an airfield used by Ruritania forces": whose forces, not where
    if route_end(_mention_span(root, index)):
        return NEUTRAL  # "near X village on the A-B road", "on the road linking A and B": its ends
    if index[root.i].subtype != "country" and source_told_after(anchor, trigger):
        note_source_town(doc, index[root.i])
        return NEUTRAL  # "..., wounding three, an official in X said": the speaker's town, a fallback
    if anchor.i == trigger.i:
        return LOCATIVE
    if anchor.dep_ == "compound" and anchor.head.i == trigger.i:
        return LOCATIVE  # "the Kunduz bombing"
    if anchor.dep_ in ("dobj", "nsubjpass") and anchor.head.i in (trigger.i, trigger.head.i):
        return LOCATIVE  # "stormed the Safari Hotel", "Baidoa was attacked", "seized X, killing"
    if _stormed_when_harmed(anchor, trigger):
        return LOCATIVE  # "23 were killed when bandits invaded X": the place stormed is where
    if _came_under(anchor, trigger):
        return LOCATIVE  # "the detachment of X came under attack": the attacked is where it was
    if _goal_of_a_march(anchor, trigger):
        return LOCATIVE  # "mourners marched to the X Mosque": where the rally went is where it was
    if anchor.dep_ == "pobj" and _raided_unit(anchor, trigger):
        return LOCATIVE  # "police dismantled a cell in X": the unit broken up was there
    if anchor.dep_ == "pobj":
        role = _prep_role(anchor, index)
        if role == LOCATIVE and _describes_a_participant(anchor, trigger):
            return NEUTRAL  # "banned it with groups pursuing aims in X": where the groups act
        return role
    return NEUTRAL


def _describes_a_named_town(root: Token, index: dict[int, EntityCluster]) -> bool:
    """Whether a place other than a town only describes a settlement noun whose "of" phrase names
    the town: "the Pacific port of X", "the Delta city of X", "the Sahel town of X" (nouns of
    ``entities.yaml`` ``described_town_nouns``). X is where; the describing place (an ocean, a
    region) is not."""
    if root.dep_ not in ("compound", "amod") or index[root.i].subtype == "city":
        return False
    head = root.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _words("described_town_nouns"):
        return False
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.i in index and index[pobj.i] is not index[root.i]:
                    return index[pobj.i].type == "PLACE" and index[pobj.i].subtype == "city"
    return False


def _raided_unit(anchor: Token, trigger: Token) -> bool:
    """Whether the place is where a group's unit the trigger acts on was ("busted a cell in X",
    "dismantled a network in X"): the object of the trigger, a noun of ``org_part_nouns``, with
    a locative "in"/"at"/"near" phrase (elsewhere "the group's cell in X" is where it operates);
    also the unit whose members the trigger acts on ("arrested five members of a cell in X")."""
    prep, unit = anchor.head, anchor.head.head
    held = unit  # the trigger's object: the unit, or the members it is "of"
    if unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.lower_ in _words("member_nouns"):
        held = unit.head.head
    return (
        prep.lower_ in ("in", "at", "near")
        and held.dep_ in ("dobj", "nsubjpass")
        and held.head.i == trigger.i
        and unit.pos_ == "NOUN"
        and unit.lower_ in _words("org_part_nouns")
    )


def _stormed_when_harmed(anchor: Token, trigger: Token) -> bool:
    """Whether the place is the object of an attack verb in a clause of the harm trigger ("were
    killed when gunmen invaded X", "killed six, then raided X")."""
    verb = anchor.head
    return (
        anchor.dep_ in ("dobj", "nsubjpass")
        and verb.dep_ in ("advcl", "conj")
        and verb.head.i == trigger.i
        and trigger.lemma_.lower() in harm_verbs()
        and (verb.lemma_.lower() in _scene_verbs() or bool(trigger_tables()[0].get(verb.lemma_.lower())))
    )


@cache
def _scene_verbs() -> frozenset[str]:
    """``scene_verbs`` of districts.yaml ("invade", "overrun", "storm")."""
    words: list[str] = ontology.table("districts.yaml").get("scene_verbs", [])
    return frozenset(w.lower() for w in words)


def _came_under(anchor: Token, trigger: Token) -> bool:
    """Whether the place is the subject of "came under <trigger>" ("the X post came under fire")."""
    under = trigger.head
    return (
        anchor.dep_ == "nsubj"
        and trigger.dep_ == "pobj"
        and under.lower_ == "under"
        and under.head.i == anchor.head.i
    )


#: Prepositions of a march's goal ("marched to X", "marched on the town hall").
_GOAL_PREPS = frozenset({"to", "toward", "towards", "on", "upon", "into"})


@cache
def _march_verbs() -> frozenset[str]:
    """``march_verbs`` of districts.yaml ("march", "parade")."""
    words: list[str] = ontology.table("districts.yaml").get("march_verbs", [])
    return frozenset(w.lower() for w in words)


def _goal_of_a_march(anchor: Token, trigger: Token) -> bool:
    """Whether the place is the goal of the trigger when it is a verb of marching ("marched to X",
    "marched behind the coffins towards Y"): a march ends at the site it is held for."""
    prep = anchor.head
    return (
        anchor.dep_ == "pobj"
        and prep.lower_ in _GOAL_PREPS
        and prep.head.i == trigger.i
        and trigger.pos_ == "VERB"
        and trigger.lemma_.lower() in _march_verbs()
    )


#: Units of time that make "a day after ..." an offset between two happenings.
_TIME_UNITS = frozenset({"hour", "day", "week", "month", "year", "night", "morning", "evening"})


def _in_other_clause(anchor: Token, trigger: Token) -> bool:
    """Whether the place lies in a coordinated clause with a subject of its own, below the
    trigger's clause: that clause tells its own happening."""
    for token in anchor.ancestors:
        if token.i == trigger.i:
            return False
        if token.dep_ == "conj" and token.pos_ == "VERB" and trigger in token.ancestors:
            return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    return False


def _in_offset_clause(anchor: Token, trigger: Token | None) -> bool:
    """Whether the place lies in a clause set off by a span of time ("a day after X happened in
    Y", "two weeks before ...") that does not hold the trigger (any such clause when ``trigger``
    is None): that clause tells another happening, at another time and place."""
    parse = parse_index(anchor.doc)  # (the ancestors walked on its columns: no Token built)
    heads, dep = parse.heads, parse.deps
    at = anchor.i
    while heads[at] != at:
        at = heads[at]
        if trigger is not None and at == trigger.i:
            return False
        if dep[at] != "advcl":
            continue
        marks = [c for c in parse.children(at) if dep[c] == "mark" and parse.lowers[c] in _OTHER_EVENT]
        if not marks:
            continue
        spans = [c for t in (at, *marks) for c in parse.children(t) if dep[c] == "npadvmod"]
        timed = any(parse.lemmas[c] in _TIME_UNITS for c in spans)
        return timed and (trigger is None or not parse.left_edge(at) <= trigger.i <= parse.right_edge(at))
    return False


def _where_casualties_were_taken(anchor: Token, trigger: Token | None) -> bool:
    """Whether the place lies in a destination phrase ("to", "towards") that a verb of carrying
    the hurt governs ("taken to a hospital in X", "airlifted to a clinic in Y") or whose object is a
    place of care ("rushed to the district hospital in Z"), below the trigger (anywhere when
    ``trigger`` is None): where casualties were treated, not where they were hurt."""
    child = anchor
    for token in anchor.ancestors:
        if trigger is not None and token.i == trigger.i:
            return False
        if token.dep_ == "prep" and token.lower_ in ("at", "in") and _cared_for_at(token, child):
            return True  # "were being treated at a clinic in X", "died in hospital in Y"
        if token.dep_ == "prep" and token.lower_ in ("to", "toward", "towards"):
            if token.head.lower_ in _NEARNESS:
                return False
            word = token.head.lemma_.lower()
            care = child.lemma_.lower() in _words("care_nouns") or any(
                t.lemma_.lower() in _words("care_nouns") for t in child.subtree if t.i < anchor.i
            )  # not "set fire to a clinic in X": the clinic is the target
            return word in _words("casualty_transfer_verbs") or (care and word in _words("movement_verbs"))
        child = token
    return False


def _cared_for_at(prep: Token, child: Token) -> bool:
    """Whether an "at"/"in" phrase tells where casualties were cared for: governed by a verb of
    care ("treated at", "admitted in", "receiving treatment at"), or by a verb of dying with a
    place of care as its object ("died at a hospital in X")."""
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.head.dep_ == "prep" and verb.head.lower_ in ("of", "to", "from"):
        dying = verb.head.head  # "died of his wounds in X hospital", "succumbed to injuries at Y"
        if dying.lemma_.lower() in ("die", "succumb"):
            verb = dying
    word = verb.lemma_.lower()  # "treated at X", "treatment at X"
    if word in _words("care_verbs"):
        return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _words("care_verbs") for c in verb.children):
        return True  # "receiving treatment at X"

    def care_phrase(preps: tuple[str, ...]) -> bool:
        """Whether the verb has a phrase ("to hospital", "in a clinic") whose object is a place of care."""
        return any(
            c.dep_ == "prep"
            and c.lower_ in preps
            and any(o.lemma_.lower() in _words("care_nouns") for o in c.children if o.dep_ == "pobj")
            for c in verb.children
        )

    if word in ("die", "succumb", "recover", "recuperate"):
        # "died at a hospital in X", "recovering in hospital in Y"
        return child.lemma_.lower() in _words("care_nouns") or care_phrase(("in", "at"))
    # "the bodies were taken to the morgue in X": where the morgue is
    return word in _words("casualty_transfer_verbs") and care_phrase(("to", "toward", "towards"))


def _describes_a_participant(anchor: Token, trigger: Token) -> bool:
    """Whether the place lies in a participle or relative clause on an object of the event's
    phrase ("proscribed it, with groups pursuing aims in X", "a van taking worshippers from Y"), or
    in a participle on a noun of another phrase of the sentence ("..., in an attack blamed on
    militants hiding in Y"): it tells about that participant, and a place the event's own phrase
    names comes first. (The
    subject's circumstance, "the minister, speaking in X, said", is the event's.)"""
    for token in anchor.ancestors:
        if token.i == trigger.i:
            return False
        if token.head.i == trigger.i or token.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if token.dep_ == "relcl":  # "The minister, who heard of it at a rally in X, flew to Y"
            return trigger in token.head.ancestors
        if token.dep_ == "acl" and token.head.dep_ not in ("nsubj", "nsubjpass"):
            if token.lemma_.lower() in _words("movement_verbs"):
                return False  # "fired on a bus travelling to X at Y": where the bus was hit
            if _victims_at_work(token, trigger):
                return False  # "killed six herders grazing cattle outside X": where they were hit
            # not "the minister, speaking in X, said"; nor the noun of another phrase ("struck a
            # mine near X, in an attack blamed on militants hiding in Y"): Y tells about them
            return trigger in token.head.ancestors or token.head not in trigger.ancestors
    return False


#: Prepositions of the phrase a base participle names its place with ("based at X").
_BASE_PREPS = frozenset({"in", "at"})

#: Links by which a verb tells the deed of the subject of the verb it hangs on ("reached the
#: village and chased the raiders, killing three": one doer for the three verbs).
_SAME_DOER_LINKS = frozenset({"conj", "advcl", "xcomp"})


#: Prepositions by which a deed noun tells how the verb it hangs on was done ("killed three in an
#: exchange of fire"); not "under" ("came under attack": the subject suffered it).
_DEED_PHRASE_PREPS = frozenset({"in", "of"})


def _unit_kept_at(anchor: Token) -> Token | None:
    """The noun a place is the base of: the noun a participle of ``base_participles``
    (entities.yaml) describes when the place is the object of its "in" or "at" ("a battalion based at
    X": battalion); None for any other place."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _BASE_PREPS:
        return None
    participle = prep.head
    if participle.dep_ not in ("acl", "relcl") or participle.lower_ not in _words("base_participles"):
        return None
    return participle.head


def _base_of_the_doer(anchor: Token, trigger: Token) -> bool:
    """Whether the place is only where the doer of the deed is kept: the object of "in" or "at" on a
    participle of ``base_participles`` (entities.yaml) that describes the subject of the trigger
    verb, or of a verb the trigger verb is joined to ("soldiers of a battalion based at X reached
    the village and killed three", "the division, which is headquartered in Y, shelled ...").

    A unit so described that suffered the deed ("gunmen attacked a company based in X", "troops
    stationed in Y were ambushed") was attacked where it is kept, so its place stays the scene; so
    does a deed told by a noun ("police stationed in Y repelled an attack on their post")."""
    unit = _unit_kept_at(anchor)
    if unit is None:
        return False
    while unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.pos_ in ("NOUN", "PROPN"):
        unit = unit.head.head  # "soldiers of the battalion based at X": the soldiers
    if unit.dep_ != "nsubj":
        return False
    verb = trigger
    while verb.dep_ == "pobj" and verb.head.lower_ in _DEED_PHRASE_PREPS:
        verb = verb.head.head  # "killed three in an exchange of fire", "in an air strike": the verb's deed
    if verb.pos_ != "VERB":
        return False
    while verb.i != unit.head.i:
        if verb.dep_ not in _SAME_DOER_LINKS or verb.head.pos_ != "VERB" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return True


def _base_of_the_blamed(anchor: Token, trigger: Token) -> bool:
    """Whether the place is only where those a happening is laid at the door of are kept: the base
    (``base_participles``) of the object of "to"/"on" of a verb of ``blaming_verbs`` (entities.yaml)
    whose object, or passive subject, is the trigger ("linked the massacre to handlers based in X",
    "the bombing was blamed on a cell based in Y"): their home, not the scene."""
    unit = _unit_kept_at(anchor)
    if unit is None:
        return False
    while unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.pos_ in ("NOUN", "PROPN"):
        unit = unit.head.head  # "to members of a cell based in X": the members
    if unit.dep_ != "pobj" or unit.head.lower_ not in ("to", "on"):
        return False
    holder = unit.head.head  # the parser hangs "to"/"on" on the verb or on its object
    verb = holder.head if holder.i == trigger.i else holder
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _words("blaming_verbs")
        and trigger.head.i == verb.i
        and trigger.dep_ in ("dobj", "nsubjpass")
    )


def _victims_at_work(participle: Token, trigger: Token) -> bool:
    """Whether a present participle tells what the people a harm verb harmed were doing ("killed
    six herders grazing cattle outside X", "shot two loggers felling trees near Y"): the
    object of the harm verb itself, so the place of their doing is where they were harmed."""
    return (
        participle.tag_ == "VBG"
        and participle.head.dep_ in ("dobj", "nsubjpass")
        and participle.head.head.i == trigger.i
        and trigger.lemma_.lower() in harm_verbs()
    )


def _owns_an_actor(head: Token) -> bool:
    """Whether the noun a place possesses is, or modifies, an actor noun: "X's army", "X's
    caretaker Prime Minister Y" (the title's words are compounds of the name they lead to)."""
    token = head
    for _ in range(6):
        if token.pos_ == "NOUN" and token.lemma_.lower() in ACTOR_NOUNS:
            return True
        if token.pos_ == "PROPN" and token.lower_ in ACTOR_NOUNS:
            return True  # "Prime Minister", "President" written as a title
        if token.dep_ != "compound" or token.head.i == token.i:
            return False
        token = token.head
    return False


@cache
def _role_nouns() -> frozenset[str]:
    """``role_nouns_before_names`` of titles.yaml ("governor", "commander", "mayor")."""
    words: list[str] = ontology.table("titles.yaml").get("role_nouns_before_names", [])
    return frozenset(w.lower() for w in words)


def _holds_an_office(noun: Token) -> bool:
    """Whether the noun is a person's office ("governor", "police chief": ``role_nouns_before_names``
    of titles.yaml): a place possessing it names the office's seat. (Only as an object is that
    seat not the event's place: "X's mayor banned ..." holds in X.)"""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _role_nouns()


def office_seat(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The place whose office the subject of the trigger's clause holds ("the X district
    commissioner banned ...", "X's mayor ordered ...", "the prefect of X closed ...", "the
    Divisional Officer for X banned ..."): a measure its sentence places nowhere else holds in
    that jurisdiction. ``[]`` when the subject holds no office of a place."""
    verb = clause_head(trigger)
    if verb is None:
        return []
    heads = _role_nouns() | _words("office_seat_heads")
    found: list[EntityCluster] = []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lower_ not in heads and subject.lemma_.lower() not in heads:
            continue
        words = [c for c in subject.children if c.dep_ in ("compound", "poss", "nmod", "amod")]
        words += [
            g
            for c in subject.children
            if c.dep_ == "prep" and c.lower_ in ("of", "for")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for word in words:
            for token in word.subtree:
                cluster = index.get(token.i)
                if cluster is not None and cluster.type == "PLACE" and cluster not in found:
                    found.append(cluster)
    return found


def _owns_a_group(head: Token, index: dict[int, EntityCluster]) -> bool:
    """Whether the noun a place possesses is the name of a group or force ("X's paramilitary
    Rapid Support Forces", "X's Revolutionary Guards"): whose force, not where."""
    cluster = index.get(head.i)
    return cluster is not None and cluster.type == "ORG" and head.pos_ == "PROPN"


def recalls_a_happening(sent: Span, trigger: Token) -> bool:
    """Whether the sentence points back with a definite noun ("the attack", "this assault") to a
    happening told before, other than at the trigger: what the speaker adds about it took place
    where that happening did, not in the speaker's country."""
    nouns = _words("recalled_event_nouns")
    for token in matching(sent, nouns):  # (the nouns' lemmas only: the other words are never built)
        if token.i == trigger.i or token.pos_ != "NOUN" or token.lemma_.lower() not in nouns:
            continue
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            return True
        before = list(sent.doc[max(token.i - 3, sent.start) : token.i])
        joined = len(before) == 3 and before[2].text in ("-", "–")
        if joined and before[0].lower_ in ("the", "this", "that"):
            return True  # "the counter - attack", split at its hyphen
    return False


def returned_from(trigger: Token) -> bool:
    """Whether the trigger names a happening someone was coming back from ("the patrol was
    returning from an operation", "on their way back from a raid", "heading home from an
    offensive", "returning to base after a sweep"): the object of "from" or "after" hung on a
    word of a way back (``return_words``) or on a verb that such a word modifies. That happening
    took place before and elsewhere: the places of the report's scene are not its place."""
    word = trigger
    for _ in range(3):  # "a joint search operation": up the compounds to the noun's head
        if word.dep_ != "compound" or word.head.i == word.i:
            break
        word = word.head
    if word.dep_ != "pobj" or word.head.lower_ not in ("from", "after"):
        return False  # ("returning to base after an operation": done before the way back)
    hinge = word.head.head
    back = _words("return_words")
    return hinge.lemma_.lower() in back or any(
        c.dep_ in ("advmod", "prt") and c.lower_ in back for c in hinge.children
    )


def _owner_of_the_speaker(owned: Token, trigger: Token) -> bool:
    """Whether the noun a country possesses ("Ruritania's army", "Ruritania's armed forces") heads the
    subject of a reporting verb whose report holds the trigger: the state's own forces tell of
    what happened in their country, as "the Mali army said" does; so does the source of an
    "according to" phrase ("according to Ruritania's army")."""
    token = owned
    for _ in range(4):
        if token.dep_ != "compound" or token.head.i == token.i:
            break
        token = token.head
    if token.is_lower and _source_told_by(token):
        return (
            True  # "..., according to (a statement from) Ruritania's defence ministry": the report's source
        )
    verb = token.head
    telling = reporting_verbs() | statement_cues()["report_day_verbs"]  # ("the army reported")
    if not token.is_lower or token.dep_ != "nsubj" or verb.lemma_.lower() not in telling:
        return False  # not "Ruritania's Interior Minister X said": a person speaks for the state
    if verb.i == trigger.i or any(a.i == verb.i for a in trigger.ancestors):
        return True
    # "Eleven soldiers were killed ..., Ruritania's army said": the telling the parser hung after
    # the told clause (a conjunct) with no content of its own still tells it
    told = verb.head
    return (
        verb.dep_ in ("conj", "parataxis")
        and verb.i > trigger.i
        and not any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
        and (told.i == trigger.i or any(a.i == told.i for a in trigger.ancestors))
    )


def _local_force_speaks(anchor: Token) -> bool:
    """Whether the place names the town of a local force that speaks: "police in X", "X police",
    "the police chief in X" (the speaker is the force's noun, ``local_force_nouns``, or its head,
    ``local_force_heads``; not "a police spokesman", nor "police in nearby X")."""
    forces = _words("local_force_nouns")
    speaker = anchor.head if anchor.dep_ in ("compound", "amod") else anchor
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "in":
        if any(c.lower_ in _words("distance_adverbs") for c in anchor.children):
            return False  # "police in nearby X said": the force of another town than the scene
        speaker = anchor.head.head
    if speaker.dep_ != "nsubj":
        return False
    if speaker.lower_ in forces:
        return True
    # "the district police chief in X said": the head of the town's force speaks for it (not
    # "a police spokesman", who may speak from anywhere)
    return speaker.lemma_.lower() in _words("local_force_heads") and any(
        c.dep_ == "compound" and c.lower_ in forces for c in speaker.children
    )


def _in_speaker_phrase(anchor: Token, trigger: Token) -> bool:
    """Whether the place stands in the subject of a reporting verb the event is not part of.

    "Khyber Pakhtunkhwa police chief X said the attackers ...", "medics at the
    Al-Amal hospital said ...": the place tells who speaks, not where anything
    happened. Residents and villagers are left aside ("residents of X said"):
    their home is often the scene; so is a country ("the Chad army said").
    """
    for token in (anchor, *anchor.ancestors):
        if token.i == trigger.i:
            return False
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in reporting_verbs():
            if token.head.i == trigger.i and not _reports_content(trigger):
                return False  # "a court in X added 48 names to the list": the doer of the act, not a speaker
            inside = token.left_edge.i <= trigger.i <= token.right_edge.i
            return not inside and token.lemma_.lower() not in _words("home_nouns")
        if _according_to(token):  # "according to a security source in X, ...": who speaks
            inside = token.left_edge.i <= trigger.i <= token.right_edge.i
            return not inside and token.lemma_.lower() not in _words("home_nouns")
    return False


def _in_the_teller_or_the_told(root: Token) -> bool:
    """Whether a place stands in the subject of a verb of reporting, active or passive ("officials in
    X said ...", "journalists in X who reached a survivor were told ..."): where the news was told
    or heard, not where the happening was. Not people of the place ("residents of X said":
    ``home_nouns``), who are often at the scene."""
    for token in (root, *root.ancestors):
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in reporting_verbs():
            return token.i != root.i and token.lemma_.lower() not in _words("home_nouns")
    return False


#: Dependents of a reporting verb that hold what was reported ("said that ...", "added: ...").
_CONTENT_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})


def _reports_content(verb: Token) -> bool:
    """Whether a reporting verb reports something ("X said gunmen ...", "added that ..."), rather
    than naming an act of its own ("a court added 48 people to the list")."""
    return any(c.dep_ in _CONTENT_DEPS for c in verb.children) or any(
        t.is_quote for t in verb.doc[verb.sent.start : verb.sent.end]
    )


def _according_to(token: Token) -> bool:
    """Whether the token is the object of "according to" (the source a report is told by)."""
    to = token.head
    return token.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


def _source_told_by(token: Token) -> bool:
    """Whether the token is the object of "according to", or whose statement or spokesman that
    object is ("according to a statement from X's army", "according to a spokesman for Y's
    police")."""
    to = token.head
    if token.dep_ == "pobj" and to.lower_ in ("from", "for", "by") and to.head.pos_ == "NOUN":
        return _according_to(to.head)  # (one step: the statement or the spokesman)
    return _according_to(token)


#: Verbs of a speaker's act whose place is where the speaker was ("speaking in X, said").
_SPEAKING = frozenset({"speak", "talk", "address", "write", "brief", "appear"})


def _where_it_was_said(anchor: Token, trigger: Token) -> bool:
    """A place in a phrase of a reporting verb that is not the event's own trigger: the
    speaker's whereabouts ("told reporters in X", "said at a news conference in Y"). Never the
    event's own noun ("after the X bombing, police said ...": X names where the bombing was)."""
    if anchor.dep_ != "pobj" or anchor.i == trigger.i:
        return False
    verb = anchor.head.head
    spoke = False  # through a participle or clause of speaking on the speaker
    for _ in range(4):  # "at a news conference in Y", "told reporters in Y": up to the verb
        if verb.dep_ == "pobj":
            verb = verb.head.head
        elif verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
            verb = verb.head
        elif verb.dep_ in ("advcl", "acl", "relcl") and verb.lemma_.lower() in _SPEAKING:
            participle, verb = verb, verb.head  # "X, speaking in Y, said ...": where the speaker spoke
            if verb.dep_ in ("nsubj", "nsubjpass"):
                spoke = True  # "X, speaking to reporters in Y, condemned the killings in Z": not Z's
                verb = verb.head
            elif verb.pos_ in ("VERB", "AUX") and participle.i < verb.i and trigger.pos_ == "NOUN":
                spoke = True  # "Speaking to reporters in Y, X blamed a group for the bombing"
        else:
            break
    return (
        verb.i != trigger.i
        and verb.pos_ in ("VERB", "AUX")
        and not _same_speech_act(trigger, verb)
        and (spoke or (verb.lemma_.lower() in reporting_verbs() and _reports_speech(verb)))
    )


def _same_speech_act(trigger: Token, verb: Token) -> bool:
    """Whether a statement trigger is part of the speaking act of a reporting verb: a participle
    or a coordinated verb of the same speaker ("told reporters in X, vowing that ...", "said in
    X and warned that ..."). The statement was made where that speaker spoke. A clause opened by
    a subordinator ("told reporters in X after gunmen killed ...") is another happening."""
    if trigger.head.i != verb.i or trigger.dep_ not in ("advcl", "conj") or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in trigger.children):
        return False  # "... said in X, when gunmen stormed ...", "said in X and rebels warned ..."
    return trigger.lemma_.lower() in _statement_verbs()


@cache
def _statement_verbs() -> frozenset[str]:
    """Verbs that make a statement event (``types.statement.verbs`` of ``events.yaml``)."""
    spec = event_ontology()["types"]["statement"]
    return frozenset(w.lower() for w in spec.get("verbs", []))


def _reports_speech(verb: Token) -> bool:
    """Whether a reporting verb reports what was said: "told reporters", "said in X that ...",
    not "added the network to the sanctions list" (a thing as object and nothing reported)."""
    if verb.lemma_.lower() == "tell" or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return True
    return not any(c.dep_ == "dobj" for c in verb.children)


def _subject_of_another_clause(anchor: Token, trigger: Token) -> bool:
    """A town that is the subject of another verb than the event's, while the event has a
    subject of its own: the town acts or is described there (a capital for its government),
    it does not locate the event ("Kabul said gunmen stormed a checkpoint")."""
    if anchor.dep_ != "nsubj" or anchor.head.i == trigger.i:
        return False
    verb = clause_head(trigger)
    if verb is None or verb.i == anchor.head.i:
        return False
    return any(c.dep_ == "nsubj" and c.i != anchor.i for c in verb.children)


def _acts_around_a_happening(anchor: Token, trigger: Token) -> bool:
    """A country that is the subject of an act of its own (not a telling) whose adverbial clause or
    phrase holds the trigger, the trigger's clause having its own subject ("Ruritania imposed
    sanctions on Monday, hours after gunmen struck a base", "Ruritania closed its border because
    rebels had shelled a post"): the state acts on the happening, it does not locate it."""
    verb = anchor.head
    if anchor.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i == trigger.i:
        return False
    if verb.lemma_.lower() in reporting_verbs():
        return False  # "Ruritania said gunmen struck a base": a fallback, as before
    clause = clause_head(trigger)
    if clause is None or clause.i == verb.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    token = clause
    for _ in range(6):
        if token.dep_ in ("ccomp", "xcomp", "parataxis", "conj", "relcl", "acl"):
            return False  # what it said, wanted or also did; a clause on one of its nouns
        token = token.head
        if token.i == verb.i:
            return True
        if token.head.i == token.i:
            return False
    return False


def _subject_apart(anchor: Token, trigger: Token) -> bool:
    """A country that is the subject of a verb whose clause does not hold the trigger
    ("... and said Ruritania must explain its role", "saying Ruritania had admitted a role"): a
    party named for what it did or must do, not where the trigger's happening was."""
    if anchor.dep_ not in ("nsubj", "nsubjpass") or anchor.head.i == trigger.i:
        return False
    verb = anchor.head
    return verb.pos_ in ("VERB", "AUX") and not verb.left_edge.i <= trigger.i <= verb.right_edge.i


def _party_subject(anchor: Token, trigger: Token) -> bool:
    """A subject of a verb that makes it a party (``party_verbs``: admitted, denied, backed ...)
    other than the event's own trigger."""
    verb = anchor.head
    return (
        anchor.dep_ == "nsubj"
        and verb.i != trigger.i
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in _words("party_verbs")
    )


def _evoked_by_a_nationality(root: Token) -> bool:
    """A state mentioned only by a nationality adjective on a noun that is no place ("the Colombian
    army", "Turkish drones"): it says whose the noun is."""
    if root.lower_ not in ontology.demonyms() or root.dep_ not in ("amod", "compound"):
        return False
    noun = root.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in _container_nouns() | _words("place_nouns")


@cache
def _member_nouns() -> frozenset[str]:
    """``member_nouns`` and ``group_member_nouns`` of entities.yaml ("members", "fighters", "cadres")."""
    return _words("member_nouns") | _words("group_member_nouns")


def _names_whose_members(root: Token) -> bool:
    """Whether a place name only modifies a noun of a group's people ("X members", "X fighters", "X
    cadres"): it says whose or where from they are, not where anything happened. (Residents and
    villagers are not members: "X residents" often live at the scene.)"""
    noun = root.head
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and noun.i != root.i
        and noun.pos_ == "NOUN"
        and noun.lower_ in _member_nouns()
    )


def _state_of_the_doer(root: Token, trigger: Token) -> bool:
    """Whether a country name only modifies the doer of the event or its weapon ("US drones
    struck ...", "the Ruritania-led forces attacked ...") or a strike-like trigger through another
    noun or directly ("a US drone strike", "a US raid"): it says whose the act was, not where."""
    if root.dep_ not in ("compound", "amod", "nmod"):
        return False
    token, nouns = root, 0
    for _ in range(4):
        if token.dep_ not in ("compound", "amod", "nmod") or token.head.i == token.i:
            break
        token = token.head
        if token.i == trigger.i:
            break
        if token.lemma_.lower() in _container_nouns() or token.lemma_.lower() in _words("place_nouns"):
            return False  # "a US base", "the Ruritania border": a place the state owns
        nouns += 1
    if token.i == trigger.i:
        return nouns > 0 or trigger.lemma_.lower() in _words("actor_owned_triggers")
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ("nsubj", "nsubjpass", "pobj"):
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ == "by" and token.head.head.i == trigger.i  # "a strike by US jets"
    if token.dep_ != "nsubj":
        return False
    verb = clause_head(trigger)
    if token.head.i == trigger.i or (verb is not None and token.head.i == verb.i):
        return True
    # "US forces carried out a raid, killing seven": the subject the trigger's clause shares
    own_subject = verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return not own_subject and any(a.i == token.head.i for a in trigger.ancestors)


#: Nouns of a state's armed or police forces ("US forces", "Ruritania troops").
_FORCE_NOUNS = frozenset(
    {"force", "troop", "army", "military", "navy", "police", "soldier", "marine", "personnel"}
)


def _state_of_a_force(root: Token) -> bool:
    """Whether a country name only modifies an actor noun ("US forces", "the Ruritania army")
    that is not the speaker of a report: it says whose the force is, as "American forces" does.
    ("the Ruritania army said ..." stays a fallback: a state's army tells of its own ground.)"""
    noun = root.head
    if root.dep_ not in ("compound", "amod", "nmod") or noun.i == root.i or noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() not in _FORCE_NOUNS:
        return False
    return not (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in reporting_verbs())


def _after_naming_cue(root: Token) -> bool:
    doc = root.doc
    start = root.left_edge.i
    before = range_text(doc, max(start - 3, 0), start).lower()
    return any(before.endswith(cue) for cue in _words("naming_cues"))


def _describes(root: Token, trigger: Token) -> bool:
    """ "the landlocked Sahel country" as a subject or object: a description of another place."""
    head = root.head
    if root.dep_ != "compound" or head.i == trigger.i or head.lower_ not in _words("descriptor_nouns"):
        return False
    described = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
    return described and head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "appos")


def _conveyance_before(out: Token) -> bool:
    """Whether the "out" of "out of X" follows a conveyance ("the 6.15 train out of X", "a cargo
    flight out of Y"; ``conveyance_nouns``), whatever the parser hung it on: a journey's origin,
    unlike "drove the rebels out of X", where X is the place acted on."""
    before = out.doc[out.i - 1] if out.i > 0 else None
    return before is not None and before.lower_ in _words("conveyance_nouns")


def _prep_role(pobj: Token, index: dict[int, EntityCluster]) -> int:
    prep = pobj.head
    word = prep.lower_
    governor = prep.head
    if word == "of" and governor.lower_ == "out" and _conveyance_before(governor):
        return OTHER  # "a train out of X", "the night flight out of Y": an origin, like "from X"
    if word == "from":
        near_unit = governor.lower_ in DISTANCE_UNITS or any(t.lower_ in DISTANCE_UNITS for t in prep.lefts)
        if near_unit or _taken_from(governor):
            return NEUTRAL  # "5 km from X"; "arrested two men from X village": where they were taken
        return OTHER  # an origin, a source, a speaker's city
    if governor.lower_ == "from" and governor.dep_ in ("prep", "pcomp") and word in _LOCATIVE:
        return OTHER  # "fired from across the border", "launched from inside X": an origin
    if word == "to" and governor.lemma_.lower() in _words("access_nouns"):
        return LOCATIVE  # "at the entrance to X", "at the gates to Y": at X, not bound for it
    if word == "to" and _acted_on(governor):
        return LOCATIVE  # "laid siege to X", "set fire to Y": the place acted on
    if word == "to" and governor.lower_ in _NEARNESS:
        named = index.get(pobj.i)
        border = named is not None and named.name.split()[-1].lower() in _BORDER_WORDS
        return OTHER if border else LOCATIVE  # "in a forest close to X": near X, not "close to the border"
    if word == "to" and _route_leading(governor):
        return NEUTRAL  # "abducted on the track leading to X": on X's way, the nearest name, a fallback
    if word in _ELSEWHERE:
        return OTHER  # a destination, a route, "the border with X"
    if word == "by" and (prep.dep_ == "agent" or governor.tag_ == "VBN"):
        return OTHER  # "factions backed by X", "a raid carried out by X": a doer, not a location
    if governor.lower_ in _words("org_part_nouns") and governor.pos_ == "NOUN":
        return OTHER  # "the Islamic State's branch in Yemen": where the group operates
    if word == "of":
        owner = index.get(governor.i)
        if (owner is not None and owner.type == "PERSON") or governor.lemma_.lower() in ACTOR_NOUNS:
            return OTHER  # "Havildar A of Nawabshah", "the governor of X"
    if word in _OTHER_EVENT:
        # "the deadliest since the 2014 Dorvale massacre": the place of the happening compared with
        return NEUTRAL if word == "during" else OTHER
    if word in _LOCATIVE:
        return LOCATIVE
    return NEUTRAL


def _route_leading(governor: Token) -> bool:
    """Whether a "to" phrase hangs on a participle of ``route_leading_verbs`` (entities.yaml) that
    describes a road noun (``route_nouns``): "the track leading to X", "the road going to Y"."""
    return (
        governor.dep_ == "acl"
        and governor.lemma_.lower() in _words("route_leading_verbs")
        and governor.head.lemma_.lower() in _words("route_nouns")
    )


def _taken_from(governor: Token) -> bool:
    """Whether a "from" phrase on ``governor`` names where people or things were taken: the
    governor is a verb or noun of ``taken_from_words`` (entities.yaml), or the object of such a
    verb ("detained four suspects from X", "abducted pupils from the Y school", "the kidnapping of
    tourists from a Z resort"). Such a place is a fallback (NEUTRAL), never above a place the
    clause names with "in" or "at": the parser hangs "from" on the verb also when it only tells
    where the persons come from ("held two brothers from X in a raid in Y")."""
    words = _words("taken_from_words")
    if governor.lemma_.lower() in words or governor.lower_ in words:
        return True
    return governor.dep_ in ("dobj", "pobj") and (
        governor.head.lemma_.lower() in words or governor.head.head.lemma_.lower() in words
    )


def _acted_on(governor: Token) -> bool:
    """Whether a "to" phrase on ``governor`` names the place an act is done to: the governor is a
    noun of ``acted_on_nouns`` (entities.yaml) as an object ("laid siege to X"), or a verb with
    such an object ("set fire to Y", where the parser hangs "to" on "set")."""
    nouns = _words("acted_on_nouns")
    if governor.dep_ == "dobj" and governor.lemma_.lower() in nouns:
        return True
    return governor.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in governor.children
    )


def _where_clause_holds(anchor: Token, trigger: Token) -> bool:
    """Whether the trigger lies in a relative clause opened by "where" on the place's phrase ("to
    X, where gunmen shot four traders", "the village of Y, where ..."): the clause tells what
    happened at that place, whatever role the place has in the sentence around it."""
    return anchor.i in where_clause_scope(trigger)


def _under_motive(anchor: Token, trigger: Token) -> bool:
    """Whether a motive word ("revenge", "retaliation") lies between the place and the event."""
    for token in anchor.ancestors:
        if token.i == trigger.i:
            return False
        if token.lemma_.lower() in _motive_words():
            return True
    return False


#: Distance under which a scene counts as the filing city itself (km).
_FILING_RADIUS_KM = 40.0


def filed_elsewhere(filed: EntityCluster, scenes: list[EntityCluster], geo: dict[int, Place]) -> bool:
    """Whether a report filed from the city ``filed`` (its dateline) tells its happenings
    elsewhere: one of ``scenes`` (the places of its current events) is a town or site neither
    inside that city nor within :data:`_FILING_RADIUS_KM` of it. Then the dateline is only where
    the report was written and never the place of an event the text does not place."""
    home = geo.get(id(filed))
    for scene in scenes:
        if scene is filed or scene.subtype not in ("city", "site") or said_within(scene, filed):
            continue
        here = geo.get(id(scene))
        if here is not None and here.lat is not None and here.lon is not None:
            if home is None or home.lat is None or home.lon is None:
                continue
            if haversine_km(here.lat, here.lon, home.lat, home.lon) <= _FILING_RADIUS_KM:
                continue
        return True
    return False


def acts_from_abroad(filed: EntityCluster, actors: list[EntityCluster], geo: dict[int, Place]) -> bool:
    """Whether every doer of an event with a known country belongs to another country than the
    city the report was filed from ("YAOUNDE - ... rebels of <a group from a neighbouring country>
    said they had killed nine police officers"): the happening is told from abroad, and the
    dateline is no place for it."""
    home = geo.get(id(filed))
    country = home.country if home is not None and home.country else filed.country
    if not country:
        return False
    theirs = {a.country for a in actors if a.type == "ORG" and a.country}
    return bool(theirs) and country not in theirs


#: How many sentences after a nameless place a later name for it may come.
_REFERENT_WINDOW = 2


def generic_place_referents(doc: Doc, index: dict[int, EntityCluster]) -> dict[int, EntityCluster]:
    """Nameless places ("attacked a hamlet in northern Mali") and the name a later sentence gives them.

    Returns token index of the common noun ("village") -> the PLACE entity a
    following sentence (at most two on) locates something at with a
    preposition ("the toll in Gajiram, Borno state"): a town or site, in
    the region said with the noun when one is ("in northern Mali": a town
    in Mali). Nouns already naming a place ("the village of X", "X village")
    get nothing. A coreference hook: the event at the noun takes that place.
    """
    nouns = _words("nameless_place_nouns")
    starts: list[int] = list(sentence_starts(doc))
    out: dict[int, EntityCluster] = {}
    named: dict[str, EntityCluster] = {}  # noun -> the place last named with it ("Saida Sukhal village")
    for token in matching(doc[:], nouns):
        if not token.is_lower or token.lemma_.lower() not in nouns or token.i in index:
            continue
        if token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN":
            continue  # "the district town of Mueda": a modifier of the noun that names the place
        if is_secondary(doc, token.i):
            continue  # "<Town> church attack" in a headline names no church of the body
        noun = token.lemma_.lower()
        before = index.get(token.i - 1) if token.i > 0 else None
        if before is None:  # "the Nuseirat refugee camp": the name is in the noun's phrase
            named_in = (index[c.i] for c in token.lefts if c.dep_ == "compound" and _is_place(c, index))
            before = next(named_in, None)
        if before is not None:
            if before.type == "PLACE" and before.subtype in ("city", "site"):
                named[noun] = before
            continue  # "Garki village"
        if token.dep_ == "appos" and _is_place(token.head, index):
            head_place = index[token.head.i]
            if head_place.subtype in ("city", "site"):
                named[noun] = head_place
            continue  # "in X, a hamlet 20 km from Y": the noun describes X
        if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of" and token.i + 2 in index:
            after = index[token.i + 2]
            if after.type == "PLACE" and after.subtype in ("city", "site"):
                named[noun] = after
            continue  # "the village of Gamboru"
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in token.children)
        if at_a_distance(token):
            continue  # "ambushed 20 km short of the town": not in the town
        if definite and _topic_told_in_paragraph(token, named.get(noun), index):
            continue  # "X has been hit several times. ... north of the town": X's (town_named_before)
        if definite and noun in named and _other_scene_just_before(doc, token, index, named[noun]):
            continue  # "X town ... Y fell in 2020. Troops retook the port town in 2021": Y's (recency)
        if noun in named and definite:
            out[token.i] = named[noun]  # "fired on houses in the village": the village named before
            continue
        if definite and _town_told_just_before(doc, token, index):
            continue  # "X remembers. A convoy was ambushed on the track east of the town ...": X's
        region = [
            index[t.i]
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE
            for t in prep.subtree
            if t.i in index and index[t.i].type == "PLACE"
        ]
        region = region or _region_of_the_verb(token, index)  # "stormed a village in northern Mali"
        region = region or _region_of_the_purpose(token, index)  # "a camp for the displaced in X"
        # "a village in X township": X, a town to the gazetteer, is the division the village lies in
        sent = token.sent
        towns = [c for c in region if c.subtype in ("city", "site") and not written_as_division(c, sent)]
        if towns:
            named[noun] = towns[0]  # "a church in Kufana village": "the church" is later Kufana's
            continue
        position = next((k for k, s in enumerate(starts) if s > token.i), len(starts))
        first = starts[position] if position < len(starts) else len(doc)
        last = starts[position + _REFERENT_WINDOW] if position + _REFERENT_WINDOW < len(starts) else len(doc)
        last = next((s for s in starts[position:] if first <= s < last and opens_apart(doc, s)), last)
        found = _later_named_place(doc, first, last, region, index, noun, assaults=not definite)
        if found is not None:
            out[token.i] = found
    return out


def _topic_told_in_paragraph(
    noun: Token, named: EntityCluster | None, index: dict[int, EntityCluster]
) -> bool:
    """Whether the noun's paragraph, before it, makes another place than ``named`` what a clause
    is about (:func:`_topic_of_a_clause`: "X has been hit several times. ... north of the
    town"): "the town" points back to that place, not to the one last named with the noun."""
    doc = noun.doc
    start = doc_text(doc).rfind("\n", 0, noun.idx) + 1
    for i in range(noun.i - 1, -1, -1):
        if doc[i].idx < start:
            return False
        cluster = index.get(i)
        if (
            cluster is not None
            and cluster is not named
            and cluster.type == "PLACE"
            and cluster.subtype in ("site", "admin")
            and _topic_of_a_clause(_mention_span(doc[i], index), noun)
        ):
            return True
    return False


def _town_told_just_before(doc: Doc, noun: Token, index: dict[int, EntityCluster]) -> bool:
    """Whether a town is named in the body between the start of the sentence before ``noun``'s and
    ``noun``: a definite "the town" there points back to it, not to a town named later."""
    sent_start = noun.sent.start
    start = doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
    filed = dateline_end(doc)
    for i in range(start, noun.i):
        cluster = index.get(i)
        if cluster is None or cluster.type != "PLACE" or cluster.subtype != "city":
            continue
        if doc[i].idx >= filed and not is_secondary(doc, i):
            return True
    return False


def _other_scene_just_before(
    doc: Doc, noun: Token, index: dict[int, EntityCluster], named: EntityCluster
) -> bool:
    """Whether the sentence before ``noun``'s (or its own, before it), in its paragraph, names
    another town than ``named`` (the town named earlier with the noun, "X town") as a scene: what
    a verb acts on or tells of ("went on to occupy Y", "Y fell"), or where something is ("in Y",
    "at Y"); not a
    town named for an office or a people ("the prefect of Y"), nor one of a sentence that names
    ``named`` too ("X village in the Y sector"). A definite "the town" then points back to that
    town, the last one told, rather than to ``named``."""
    sent_start = noun.sent.start
    start = doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
    filed = dateline_end(doc)
    for i in range(start, noun.i):
        cluster = index.get(i)
        if cluster is None or cluster is named or cluster.type != "PLACE" or cluster.subtype != "city":
            continue
        if doc[i].idx < filed or is_secondary(doc, i) or "\n" in doc_text(doc)[doc[i].idx : noun.idx]:
            continue  # (another paragraph's: a quotation or another item before it)
        root = _mention_span(doc[i], index).root
        sent = root.sent
        if any(sent.start_char <= m.start < sent.end_char for m in named.mentions):
            continue  # "holed up in X village in Y's Z sector": Z holds X, it is no other scene
        anchor = _anchor(root, index)
        if anchor.dep_ in ("dobj", "nsubj", "nsubjpass"):
            return True
        if anchor.dep_ == "pobj" and anchor.head.lower_ in _LOCATIVE and not _told_for_another_role(anchor):
            return True
    return False


@cache
def _apart_openers() -> tuple[str, ...]:
    return tuple(ontology.table("backrefs.yaml").get("apart_openers", []))


def opens_apart(doc: Doc, start: int) -> bool:
    """Whether the sentence at token ``start`` opens as another happening ("In a separate incident,
    ...", "On the same night, ...": ``apart_openers`` of backrefs.yaml): no later name for a nameless
    place is looked for there."""
    opening = " ".join(t.lower_ for t in doc[start : start + 6])
    return opening.startswith(_apart_openers())


def _region_of_the_verb(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The countries and divisions a locative phrase of the noun's verb names ("stormed a
    village in northern Mali": Mali), when the noun is the verb's object."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    return [
        index[t.i]
        for prep in noun.head.children
        if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE
        for t in prep.subtree
        if t.i in index and index[t.i].type == "PLACE" and index[t.i].subtype not in ("city", "site")
    ]


def _region_of_the_purpose(noun: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The countries and divisions a locative phrase names inside the noun's "for" phrase, which
    the parse hangs there ("a camp for displaced families in eastern Chad": Chad)."""
    return [
        index[t.i]
        for purpose in noun.children
        if purpose.dep_ == "prep" and purpose.lower_ == "for"
        for who in purpose.children
        if who.dep_ == "pobj"
        for prep in who.children
        if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE
        for t in prep.subtree
        if t.i in index and index[t.i].type == "PLACE" and index[t.i].subtype not in ("city", "site")
    ]


def at_a_distance(noun: Token) -> bool:
    """Whether the noun is what a distance is counted from ("20 km short of the town",
    "30 miles from the village")."""
    doc = noun.doc
    before = [t.lower_ for t in doc[max(noun.i - 5, 0) : noun.i]]
    return any(unit in before for unit in DISTANCE_UNITS) and any(
        w in before for w in ("from", "of", "outside")
    )


def _later_named_place(
    doc: Doc,
    start: int,
    end: int,
    region: list[EntityCluster],
    index: dict[int, EntityCluster],
    noun: str = "",
    *,
    assaults: bool = False,
) -> EntityCluster | None:
    """The first town or site between token ``start`` and ``end`` that is the object of a
    locative preposition (or, with ``assaults``, of a verb retelling the assault: "the attackers
    encircled Y") and lies in ``region`` (any of them) when a region is given, or is
    named with the same ``noun`` again ("a market in the X zone ... the market at Y": Y,
    though no gazetteer puts Y in the zone)."""
    for i in range(start, end):
        cluster = index.get(i)
        if cluster is None or cluster.type != "PLACE" or cluster.subtype not in ("city", "site"):
            continue
        if i > 0 and index.get(i - 1) is cluster:
            continue
        last = i
        while last + 1 < len(doc) and index.get(last + 1) is cluster:
            last += 1
        root = doc[i : last + 1].root  # "Dogon Kawo": the name's head word
        if not (root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE) and doc[i - 1].lower_ not in _LOCATIVE:
            if not (
                _residents_of(root)
                or (region and _reports_from(root))
                or (noun and _named_as(root, noun))
                or (assaults and _assaulted(root))
            ):
                continue  # news from a town places the nameless village only inside the region said
        elif home_of_a_person(root, doc[start]):
            continue  # "a native of X in Y province": where a victim comes from
        elif (
            root.dep_ == "pobj"
            and root.head.head.lower_ == "from"
            and root.head.head.dep_ in ("prep", "pcomp")
        ):
            continue  # "fired from across the border": where the fire came from
        if route_end(doc[i : last + 1], joined=False):
            continue  # "an ambush on the road between X and Y": where the road leads
        if _in_offset_clause(root, None):
            continue  # "The raid came two days after rebels shot six guards in X": another happening's
        if told_since(root, doc[start]) or any(
            c.dep_ == "mark" and c.lower_ in _OTHER_EVENT for a in root.ancestors for c in a.children
        ):
            continue  # "since 2024, when gunmen stormed a church in X", "a day after rebels raided X"
        if _where_casualties_were_taken(root, None):
            continue  # "the wounded were taken to a hospital in X": where they were treated
        if _in_the_teller_or_the_told(root):
            continue  # "journalists in X who reached a survivor were told ...": where the news was heard
        if not region or any(said_within(cluster, outer) for outer in region):
            return cluster
        if _placed_nowhere(cluster):
            return cluster  # "a village in northern X ... the toll in Y, Z district": Y unknown anywhere
        if noun and (_named_with(root, noun) or _named_as(root, noun)):
            return cluster  # "the market at Y": the noun said again, with its name
    return None


def _placed_nowhere(cluster: EntityCluster) -> bool:
    """Whether neither the gazetteer nor the text gives the town ``cluster`` a country, itself or
    through the places the text puts it in ("Y, Z district" with Z unknown too): nothing says it
    lies outside a region named before, so a village unknown to the gazetteer may be named there."""
    seen: set[int] = set()
    current: EntityCluster | None = cluster
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current.country or current.key or current.near_countries - {None}:
            return False
        current = current.within
    return True


def _named_with(root: Token, noun: str) -> bool:
    """Whether the place name ``root`` hangs from ``noun`` said right before its preposition
    ("the market at Y", "the village of Y"), in lower case."""
    if root.dep_ != "pobj" or root.head.i == 0:
        return False
    said = root.doc[root.head.i - 1]
    return said.is_lower and said.lemma_.lower() == noun


def _named_as(root: Token, noun: str) -> bool:
    """Whether a later sentence gives the nameless ``noun`` its name: "identified the village as
    Y" (the name hangs from "as" on a verb whose object is the noun). Not "Y, a farming village"
    alone: "survivors reached Y, a village near the border" is a refuge, not the village raided."""
    if root.dep_ != "pobj" or root.head.lower_ != "as":
        return False
    verb = root.head.head
    return any(c.dep_ == "dobj" and c.is_lower and c.lemma_.lower() == noun for c in verb.children)


def _from_beyond(root: Token) -> bool:
    """ "fired from across the X", "launched from inside Y": the place is an origin."""
    prep = root.head
    return root.dep_ == "pobj" and prep.head.lower_ == "from" and prep.head.dep_ in ("prep", "pcomp")


def _assaulted(root: Token) -> bool:
    """Whether the place name ``root`` is the object of a verb that retells an assault on it ("The
    attackers encircled X", "the gunmen stormed Y": ``retold_assault_verbs`` of entities.yaml), the
    later sentence's name for the nameless place an attack was told on."""
    return assault_object(root) and not _dated_apart(root.sent)


_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTH_WORDS = frozenset(name.lower() for name in calendar.month_name if name)


def _dated_apart(sent: Span) -> bool:
    """Whether the sentence dates what it tells by a year or a bare month ("In March last year",
    "in 2023", "two years ago"): a happening of another time, not a retelling of the lead's, which
    is told by its day or hour ("on Sunday", "after dusk")."""
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        words = [t.lower_ for t in ent]
        if any(_YEAR.match(w) for w in words) or {"year", "years", "ago"} & set(words):
            return True
        if any(w in _MONTH_WORDS for w in words) and not any(t.like_num for t in ent):
            return True
    return False


def _residents_of(root: Token) -> bool:
    """ "Residents of X said ...", "villagers of X": the people of the place, speaking of what
    befell it (the later sentence's name for a village raided before)."""
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in _words("home_nouns")
        and prep.head.lower_ not in ("native", "natives", "son", "daughter", "citizen", "citizens")
    )


def _reports_from(root: Token) -> bool:
    """ "Reports from X conflicted", "footage from X showed", "figures for X varied": news told
    from or for the place, which is where the happening reported was. So are "figures from the
    village of X" (through a settlement noun of ``apposed_settlement_nouns``) and "reports of the
    toll from X" (through the "of" phrase of the report noun)."""
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in _settlement_nouns()
    ):
        root = root.head.head  # "figures from the village of X": the village's phrase
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("from", "for"):
        return False
    holder = prep.head
    if holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.lower_ not in _report_nouns():
        holder = holder.head.head  # "reports of the toll from X": the reports
    return holder.lower_ in _report_nouns()


@cache
def _settlement_nouns() -> frozenset[str]:
    """``apposed_settlement_nouns`` of entities.yaml ("village", "hamlet", "town")."""
    return _words("apposed_settlement_nouns")


@cache
def _report_nouns() -> frozenset[str]:
    """``report_nouns`` of districts.yaml ("reports", "accounts", "footage")."""
    words: list[str] = ontology.table("districts.yaml").get("report_nouns", [])
    return frozenset(w.lower() for w in words)


def said_within(cluster: EntityCluster, outer: EntityCluster) -> bool:
    """Whether the text or the gazetteer puts ``cluster`` inside ``outer`` (same country at least)."""
    seen: set[int] = set()
    current: EntityCluster | None = cluster
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current is outer:
            return True
        if outer.subtype == "country" and current.country and current.country == outer.country:
            return True
        current = current.within
    return False


def marchers_home(trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """Where the people who rallied live, when the subject names it ("residents of X marched",
    "X residents formed a human chain", "hundreds of residents of X"): a rally the sentence places
    nowhere else was held in the marchers' own town. PLACE entities of the subject of the trigger's
    clause, most precise first; ``[]`` when it names none."""
    verb = clause_head(trigger)
    if verb is None:
        return []
    found: list[EntityCluster] = []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for token in subject.subtree:
            cluster = index.get(token.i)
            if cluster is not None and cluster.type == "PLACE" and cluster not in found:
                found.append(cluster)
    return sorted(found, key=lambda c: -place_rank(c))


def without_grievances(
    places: list[EntityCluster], sent: Span, trigger: Token, index: dict[int, EntityCluster]
) -> list[EntityCluster]:
    """A rally's ``places`` less those the sentence names only inside what the crowd protested
    against or demanded ("demonstrated in X to protest against the killings at Y", "rallied,
    demanding the release of men held in Z": Y and Z are the grievance's places, X the rally's;
    ``grievance_words`` of entities.yaml between the place and the trigger)."""
    if not places:
        return places
    words = _words("grievance_words")
    aside: set[int] = set()
    kept: set[int] = set()
    for root in _mention_roots(sent, index):
        cluster = index[root.i]
        under = False
        for token in _anchor(root, index).ancestors:
            if token.i == trigger.i:
                break
            if token.lemma_.lower() in words or token.lower_ in words:
                under = True
                break
        (aside if under else kept).add(id(cluster))
    return [p for p in places if id(p) not in aside or id(p) in kept]


def away_from_towns(triggers: list[Token]) -> bool:
    """Whether a trigger's own clause sets its happening at an unnamed stretch away from any town:
    "killed five smugglers in a gunfight near the crossing point", "were ambushed on the highway"
    (``away_scene_nouns`` as the object of ``away_prepositions`` in ``coreference.yaml``, outside
    any named entity, the preposition in the trigger's clause: not "before fleeing towards the
    forest"). Such a happening is not in the report's dateline city, nor in a town another
    sentence names."""
    nouns, preps = _away_words()
    for trigger in triggers:
        clause = _clause_verb(trigger).i
        for token in matching(trigger.sent, (), nouns):  # (the scene nouns only)
            if (
                not token.ent_type_
                and token.dep_ == "pobj"
                and token.head.lower_ in preps
                and _clause_verb(token.head).i == clause
            ):
                return True
    return False


def _clause_verb(token: Token) -> Token:
    """The verb whose clause holds ``token`` (itself when a verb; the sentence root at the top)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


@cache
def _away_words() -> tuple[frozenset[str], frozenset[str]]:
    """``away_scene_nouns`` and ``away_prepositions`` of ``coreference.yaml`` (read once)."""
    table = ontology.table("coreference.yaml")
    return frozenset(table["away_scene_nouns"]), frozenset(table["away_prepositions"])


def retold_towns(sent: Span, index: dict[int, EntityCluster], anchors: list[Token]) -> list[EntityCluster]:
    """The towns and sites a sentence names as where something lies or happened, each once, in
    reading order, inside the phrase of one of the ``anchors`` (a retelling's noun or verb): the
    object of a locative preposition, itself or through the noun it names ("near the hamlet of
    X", "on X village", "the assault on the X base"). Not a place named for
    another role: a destination or an origin ("fled to X", "fired from X"), where casualties were
    taken ("rushed to a hospital in X"), a route's end ("the road between X and Y"), a clause of
    another happening ("since rebels stormed X", "two days after ... in X"), a speaker's whereabouts
    ("told reporters in X")."""
    found: list[EntityCluster] = []
    doc = sent.doc
    for i in range(sent.start, sent.end):
        cluster = index.get(i)
        if cluster is None or cluster.type != "PLACE" or cluster.subtype not in ("city", "site"):
            continue
        if i > sent.start and index.get(i - 1) is cluster:
            continue
        last = i
        while last + 1 < sent.end and index.get(last + 1) is cluster:
            last += 1
        name = doc[i : last + 1]
        root = _held_by_a_place_noun(name.root)
        if not (root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE):
            continue
        if not any(a.left_edge.i <= root.i <= a.right_edge.i for a in anchors):
            continue  # "The governor spoke about the camp at a meeting in X": not the camp's X
        if route_end(name, joined=False) or _from_beyond(root) or _where_casualties_were_taken(root, None):
            continue
        if _in_offset_clause(root, None) or any(
            _opens_another(a, c) for a in root.ancestors for c in a.children
        ):
            continue  # "since rebels stormed X", "a day after gunmen raided Y", "before slipping into Z"
        if root.head.lower_ in ("into", "onto") and root.head.head.lemma_.lower() in _words("movement_verbs"):
            continue  # "fled into X": where they went
        if _of_another_happening(root, anchors):
            continue  # "the same night as an attack on a base in X", "a larger assault on the town of Y"
        if written_as_division(cluster, sent) or cluster.name.split()[-1].lower() in wide_site_words():
            continue  # "in Raman and Bacho districts", "islands on Lake X": not a town
        verb = root.head.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in reporting_verbs():
            continue  # "told reporters in X": where it was said
        if cluster not in found:
            found.append(cluster)
    return found


def _of_another_happening(root: Token, anchors: list[Token]) -> bool:
    """Whether, between a place and the retelling phrase it sits in, a noun of a happening that is
    not the retelling holds the place: "The raid came the same night as an attack on a base in X",
    "The attack came hours before a larger assault on the nearby town of Y": X and Y are where
    another happening was, not where the one retold was."""
    held = {a.i for a in anchors}
    for ancestor in root.ancestors:
        if ancestor.i in held:
            return False
        if ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in _happening_nouns():
            return True
    return False


@cache
def _happening_nouns() -> frozenset[str]:
    """The last words of the nouns of every event type of ``events.yaml`` ("attack", "assault")."""
    types = event_ontology()["types"]
    return frozenset(str(n).split()[-1].lower() for spec in types.values() for n in spec.get("nouns") or [])


def _opens_another(ancestor: Token, child: Token) -> bool:
    """Whether a clause above a place opens another happening: its mark ("since", "after") or the
    preposition it hangs from ("before slipping into X")."""
    if child.dep_ == "mark" and child.lower_ in _OTHER_EVENT:
        return True
    return ancestor.dep_ == "pcomp" and ancestor.head.lower_ in _OTHER_EVENT


def _held_by_a_place_noun(root: Token) -> Token:
    """The noun a place name names, when it names one: "X village", "the X base" (a compound or a
    modifier), "X's market" (a possessor), "the village of X" (the object of "of"); else the name
    itself."""
    if (
        root.dep_ in ("compound", "nmod", "amod", "poss")
        and root.head.pos_ == "NOUN"
        and root.head.i > root.i
    ):
        return root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        return root.head.head
    return root

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
  the dateline, "X-based", a state as the possessor of an actor ("X's army");
* *neutral*: anything else ("the X army said"), a fallback.

Locative places come first, then places attached to the trigger's clause,
then the most precise (site, town, division, country).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.arguments import ACTOR_NOUNS, PLACE_RANK, home_of_a_person
from nexus.extract.dateline import dateline_end
from nexus.extract.entities import EntityCluster
from nexus.extract.page import is_secondary
from nexus.extract.tokens import matching
from nexus.extract.triggers import reporting_verbs

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
    }
)

#: Prepositions whose object is somewhere else: origin, destination, route, company.
_ELSEWHERE = frozenset({"from", "to", "toward", "towards", "for", "via", "with", "unto"})

#: Prepositions that open another happening ("two years after the Kunduz bombing").
_OTHER_EVENT = frozenset({"after", "since", "before", "following", "like", "than", "during"})

#: Units that make "from X" a distance, not an origin ("30 km from Kabul").
_DISTANCE = frozenset({"km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "kms"})


@cache
def _words(key: str) -> frozenset[str]:
    words: list[str] = ontology.table("entities.yaml").get(key, [])
    return frozenset(w.lower() for w in words)


@cache
def _container_nouns() -> frozenset[str]:
    """Common nouns a place name can hang from and still locate the event."""
    return _words("place_nouns") | _words("place_of_nouns") | _words("compass_words") | {"capital", "border"}


@cache
def _motive_words() -> frozenset[str]:
    return _words("motive_words")


def place_candidates(sent: Span, trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """PLACE entities of the sentence that may locate the event at ``trigger``, best first.

    Places named for another role (see the module docstring) are left out;
    the list may be empty.
    """
    dateline = dateline_end(sent.doc)
    clause = _clause_head(trigger)
    scored: dict[int, tuple[int, int, int, EntityCluster]] = {}
    for root in _mention_roots(sent, index):
        if root.idx < dateline:
            continue  # "MOSCOW, March 25 (Outlet) -" says where the report was filed
        cluster = index[root.i]
        role = _role(root, trigger, index)
        if role == OTHER:
            continue
        anchor = _anchor(root, index)
        attached = int(clause is not None and (anchor.i == clause.i or clause in anchor.ancestors))
        attached += int(anchor.i == trigger.i or trigger in anchor.ancestors)  # "a meeting in Nairobi"
        rank = PLACE_RANK.get(cluster.subtype or "city", 2)
        score = (role, attached, rank, cluster)
        known = scored.get(id(cluster))
        if known is None or score[:3] > known[:3]:
            scored[id(cluster)] = score
    found = {id(s[3]) for s in scored.values()}

    def inner(cluster: EntityCluster) -> int:
        """1 when the text puts this place inside another candidate ("Mera in Augie")."""
        return int(cluster.within is not None and id(cluster.within) in found)

    ordered = sorted(scored.values(), key=lambda s: (-s[0], -s[1], -s[2], -inner(s[3])))
    places = [s[3] for s in ordered]
    return places or _site_named_before(sent, index)


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


@cache
def _site_anaphors() -> dict[str, frozenset[str]]:
    """``site_anaphors`` of entities.yaml: a noun ("campus") -> last words of the site names it
    may refer back to ("university", "college")."""
    table: dict[str, list[str]] = ontology.table("entities.yaml").get("site_anaphors", {})
    return {noun.lower(): frozenset(w.lower() for w in heads) for noun, heads in table.items()}


def _mention_roots(sent: Span, index: dict[int, EntityCluster]) -> list[Token]:
    """The syntactic head token of each PLACE mention in the sentence."""
    roots: list[Token] = []
    i = sent.start
    while i < sent.end:
        cluster = index.get(i)
        if cluster is None or cluster.type != "PLACE":
            i += 1
            continue
        j = i
        while j + 1 < sent.end and index.get(j + 1) is cluster:
            j += 1
        roots.append(sent.doc[i : j + 1].root)
        i = j + 1
    return roots


def _clause_head(trigger: Token) -> Token | None:
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
        elif token.dep_ in ("compound", "amod", "nmod", "poss") and (
            head.lower_ in _container_nouns()
            or head.lemma_.lower() in _container_nouns()
            or _is_place(head, index)
        ):
            token = head
        elif (
            token.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lemma_.lower() in _container_nouns() | _words("compass_words")
        ):
            token = head.head
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
        and doc[root.i + 2].lower_ in ("based", "backed", "led", "sponsored", "linked")
    ):
        return OTHER  # "Pakistan-based"
    possessive = root.dep_ == "poss" or (nxt is not None and nxt.tag_ == "POS")
    if possessive and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in ACTOR_NOUNS:
        return OTHER  # "Pakistan's Parliament", "Iran's mission": an actor, not a location
    if _after_naming_cue(root):
        return OTHER  # "a militant known as Sebastian": a name, not a location
    if _describes(root, trigger):
        return OTHER  # "The landlocked desert nation has long fought ...": a description
    anchor = _anchor(root, index)
    if _under_motive(anchor, trigger):
        return OTHER  # "in revenge for raids on Mombasa mosques"
    if home_of_a_person(anchor, trigger):
        return OTHER  # "a native of Rewapur in Madhya Pradesh": where a victim comes from
    if index[root.i].subtype != "country" and _in_speaker_phrase(anchor, trigger):
        return OTHER  # "the Lamu County police commander said", "medics at X hospital said"
    if index[root.i].subtype != "country" and _where_it_was_said(anchor, trigger):
        return OTHER  # "..., the commander told reporters in the capital": where the speaker sat
    if index[root.i].subtype != "country" and _subject_of_another_clause(anchor, trigger):
        return OTHER  # "Islamabad had been under pressure since Saturday, when militants attacked ..."
    if anchor.i == trigger.i:
        return LOCATIVE
    if anchor.dep_ == "compound" and anchor.head.i == trigger.i:
        return LOCATIVE  # "the Kunduz bombing"
    if anchor.dep_ in ("dobj", "nsubjpass") and anchor.head.i in (trigger.i, trigger.head.i):
        return LOCATIVE  # "stormed the Safari Hotel", "Baidoa was attacked", "seized X, killing"
    if anchor.dep_ == "pobj":
        return _prep_role(anchor, index)
    return NEUTRAL


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
            inside = token.left_edge.i <= trigger.i <= token.right_edge.i
            return not inside and token.lemma_.lower() not in _words("home_nouns")
    return False


def _where_it_was_said(anchor: Token, trigger: Token) -> bool:
    """A place in a phrase of a reporting verb that is not the event's own trigger: the
    speaker's whereabouts ("told reporters in X", "said at a news conference in Y")."""
    if anchor.dep_ != "pobj":
        return False
    verb = anchor.head.head
    for _ in range(4):  # "at a news conference in Y", "told reporters in Y": up to the verb
        if verb.dep_ == "pobj":
            verb = verb.head.head
        elif verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
            verb = verb.head
        else:
            break
    return verb.i != trigger.i and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in reporting_verbs()


def _subject_of_another_clause(anchor: Token, trigger: Token) -> bool:
    """A town that is the subject of another verb than the event's, while the event has a
    subject of its own: the town acts or is described there (a capital for its government),
    it does not locate the event ("Kabul said gunmen stormed a checkpoint")."""
    if anchor.dep_ != "nsubj" or anchor.head.i == trigger.i:
        return False
    verb = _clause_head(trigger)
    if verb is None or verb.i == anchor.head.i:
        return False
    return any(c.dep_ == "nsubj" and c.i != anchor.i for c in verb.children)


def _after_naming_cue(root: Token) -> bool:
    doc = root.doc
    start = root.left_edge.i
    before = doc[max(start - 3, 0) : start].text.lower()
    return any(before.endswith(cue) for cue in _words("naming_cues"))


def _describes(root: Token, trigger: Token) -> bool:
    """ "the landlocked Sahel country" as a subject or object: a description of another place."""
    head = root.head
    if root.dep_ != "compound" or head.i == trigger.i or head.lower_ not in _words("descriptor_nouns"):
        return False
    described = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
    return described and head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "appos")


def _prep_role(pobj: Token, index: dict[int, EntityCluster]) -> int:
    prep = pobj.head
    word = prep.lower_
    governor = prep.head
    if word == "from":
        near_unit = governor.lower_ in _DISTANCE or any(t.lower_ in _DISTANCE for t in prep.lefts)
        return NEUTRAL if near_unit else OTHER  # an origin, a source, a speaker's city
    if word in _ELSEWHERE:
        return OTHER  # a destination, a route, "the border with X"
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


def _under_motive(anchor: Token, trigger: Token) -> bool:
    """Whether a motive word ("revenge", "retaliation") lies between the place and the event."""
    for token in anchor.ancestors:
        if token.i == trigger.i:
            return False
        if token.lemma_.lower() in _motive_words():
            return True
    return False


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
    starts: list[int] = [s.start for s in doc.sents]
    out: dict[int, EntityCluster] = {}
    named: dict[str, EntityCluster] = {}  # noun -> the place last named with it ("Saida Sukhal village")
    for token in matching(doc[:], nouns):
        if not token.is_lower or token.lemma_.lower() not in nouns or token.i in index:
            continue
        if is_secondary(doc, token.i):
            continue  # "Kaduna church attack" in a headline names no church of the body
        noun = token.lemma_.lower()
        before = index.get(token.i - 1) if token.i > 0 else None
        if before is not None:
            if before.type == "PLACE" and before.subtype in ("city", "site"):
                named[noun] = before
            continue  # "Garki village"
        if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of" and token.i + 2 in index:
            after = index[token.i + 2]
            if after.type == "PLACE" and after.subtype in ("city", "site"):
                named[noun] = after
            continue  # "the village of Gamboru"
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in token.children)
        if noun in named and definite:
            out[token.i] = named[noun]  # "fired on houses in the village": the village named before
            continue
        region = [
            index[t.i]
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE
            for t in prep.subtree
            if t.i in index and index[t.i].type == "PLACE"
        ]
        towns = [c for c in region if c.subtype in ("city", "site")]
        if towns:
            named[noun] = towns[0]  # "a church in Kufana village": "the church" is later Kufana's
            continue
        position = next((k for k, s in enumerate(starts) if s > token.i), len(starts))
        first = starts[position] if position < len(starts) else len(doc)
        last = starts[position + _REFERENT_WINDOW] if position + _REFERENT_WINDOW < len(starts) else len(doc)
        found = _later_named_place(doc, first, last, region, index)
        if found is not None:
            out[token.i] = found
    return out


def _later_named_place(
    doc: Doc, start: int, end: int, region: list[EntityCluster], index: dict[int, EntityCluster]
) -> EntityCluster | None:
    """The first town or site between token ``start`` and ``end`` that is the object of a
    locative preposition and lies in ``region`` (any of them) when a region is given."""
    for i in range(start, end):
        cluster = index.get(i)
        if cluster is None or cluster.type != "PLACE" or cluster.subtype not in ("city", "site"):
            continue
        if i > 0 and index.get(i - 1) is cluster:
            continue
        root = doc[i]
        if not (root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE) and doc[i - 1].lower_ not in _LOCATIVE:
            continue
        if home_of_a_person(root, doc[start]):
            continue  # "a native of Rewapur in Madhya Pradesh": where a victim comes from
        if not region or any(_inside(cluster, outer) for outer in region):
            return cluster
    return None


def _inside(cluster: EntityCluster, outer: EntityCluster) -> bool:
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

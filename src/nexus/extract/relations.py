"""Relations between actors: affiliation, cooperation, hostility, based_in.

Every relation is read off the dependency parse of one sentence, with cue
words from ``ontology/relations.yaml``:

* affiliation: a role noun in a person's noun phrase ("Hamas spokesperson
  Yusuf Haddad", "Norland's envoy to Vesta, Ilan Mor"), an apposition
  ("X, the leader of Y", "JNIM, al Qaeda's affiliate in the Sahel"), a list
  under a noun an organisation or a demonym modifies ("Indian officials,
  including Defence Minister A B"), "X-linked Y", "X, who heads Y",
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

from collections.abc import Iterator
from functools import cache

from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.dateline import dateline_end, dateline_start
from nexus.extract.entities import EntityCluster
from nexus.extract.parse_index import parse_index
from nexus.extract.place_anaphors import owned_by_place_noun, place_anaphor
from nexus.extract.relation_against import raised_against
from nexus.extract.relation_bases import conjoined_grounds, holder_of_men, named_grounds
from nexus.extract.relation_closeness import closeness, side_by_side
from nexus.extract.relation_command import units_under
from nexus.extract.relation_context import (
    OWNED_PART,
    PRONOUNS,
    RelationContext,
    RelationDraft,
    is_actor,
    is_country,
    is_polity,
    is_word,
    lemma_of,
    mark_titled_places,
    mark_unmarked_names,
    naming_phrases,
    places_in,
    pobjs,
    relation_lexicon,
    said_relative,
    subjects_of,
    verb_objects,
)
from nexus.extract.relation_control import held_by_forces, in_hands, under_control
from nexus.extract.relation_coordinated import coordinated_before
from nexus.extract.relation_counterparts import counterparts
from nexus.extract.relation_fields import record_fields
from nexus.extract.relation_held_ground import extra_operate_preps, held_terrain, men_owner, named_ground
from nexus.extract.relation_loyal_men import loyal_to
from nexus.extract.relation_members import (
    coalition_members,
    drawn_from_groups,
    is_coalition,
    listed,
    membership_nouns,
    nearest_coalition,
)
from nexus.extract.relation_requests import at_request
from nexus.extract.relation_seats import local_seats
from nexus.extract.relation_serving import serving_in_bodies
from nexus.extract.relation_signatures import signature_lines
from nexus.extract.relation_support import support_phrases
from nexus.extract.relation_titles import PLACED_FORCE_ROLE, placed_force_title, portfolio_owner
from nexus.extract.titled_names import title_word
from nexus.extract.tokens import matching, sentence_bounds, sentence_start, sentences
from nexus.extract.triggers import reporting_verbs

__all__ = ["RelationDraft", "extract_relations"]


# ---------------------------------------------------------------------- affiliation


#: Where :func:`_person_mentions` keeps a document's person mentions: ``(context, index size,
#: [(cluster, mention start, its span)])``.
_PERSONS = "nexus_relation_person_mentions"


def _person_mentions(ctx: RelationContext, sent: Span) -> Iterator[tuple[EntityCluster, Span]]:
    """``(person, span)`` of every mention of a person entity in ``sent``, each person's in turn.

    The persons' mentions and their spans are read once per context (not once per sentence:
    that was quadratic in the document's length); a changed index size reads them afresh."""
    kept = ctx.doc.user_data.get(_PERSONS)
    if kept is None or kept[0] is not ctx or kept[1] != len(ctx.index):
        found = []
        for cluster in {id(c): c for c in ctx.index.values()}.values():
            if cluster.type != "PERSON":
                continue
            for mention in cluster.mentions:
                span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    found.append((cluster, mention.start, span))
        kept = ctx.doc.user_data[_PERSONS] = (ctx, len(ctx.index), found)
    for cluster, start, span in kept[2]:
        if sent.start_char <= start < sent.end_char:
            yield cluster, span


def _title_window(ctx: RelationContext, span: Span) -> list[Token]:
    """The words before a person's name in its noun phrase ("Israeli military spokesman")."""
    doc, i = ctx.doc, span.start - 1
    out: list[Token] = []
    first = sentence_start(doc, span.start)
    while i >= first:
        tok = doc[i]
        opening = _bracket_qualifier(doc, i, first)
        if opening is not None:  # "Defence Minister Colonel (retd) A B": the qualifier is no title word
            i = opening - 1
            continue
        possessor = tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS" and ctx.entity(tok) is not None
        if not (
            tok.tag_ == "POS"
            or tok.text in ("-", "’s", "'s")
            # "Minister of Y", "State Minister for Internal Affairs A B": an office's own phrase
            or (tok.lower_ in ("of", "for") and doc[i + 1].is_title)
            or (tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.dep_ not in ("pobj", "dobj", "nsubj"))
            or (tok.is_title and tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and tok.head.i < i)
            or (title_word(tok) and tok.dep_ in ("nsubj", "dobj", "pobj"))  # "Minister" read as a subject
            or (tok.dep_ == "poss" and tok.lower_ in PRONOUNS)
            or possessor
            or (tok.is_lower and is_word(tok, relation_lexicon().roles))  # "head" of "head constable"
            or (tok.is_title and is_word(tok, relation_lexicon().roles) and doc[i + 1].lower_ == "of")
            # ("X Inspector General of Police A B", the title's head taken for the subject)
        ):
            break
        out.append(tok)
        i -= 1
    return out


def _bracket_qualifier(doc: Doc, close: int, first: int) -> int | None:
    """Where a bracketed qualifier of a title that ends at ``close`` opens ("(retd)", "(rtd.)",
    "(Operations)": one or two words), or None when ``close`` is no closing bracket of one."""
    if doc[close].text != ")":
        return None
    for opening in range(close - 1, max(first, close - 4) - 1, -1):
        if doc[opening].text == "(":
            inside = doc[opening + 1 : close]
            short = 1 <= len(inside) <= 2 and all(t.is_alpha or t.text == "." for t in inside)
            return opening if short else None
    return None


def _role_nouns(ctx: RelationContext, sent: Span) -> None:
    lex = relation_lexicon()
    titled: dict[int, tuple[EntityCluster | None, Token]] = {}  # name root -> (whom, role)
    bare: list[tuple[EntityCluster, Span]] = []
    for person, span in _person_mentions(ctx, sent):
        window = _title_window(ctx, span)
        roles = [n for n, t in enumerate(window) if is_word(t, lex.roles)]
        role = window[roles[0]] if roles else None
        if role is None and not window and span.root.dep_ == "conj":
            bare.append((person, span))
        if role is not None:
            org = None
            office_word = role
            for tok in window[roles[0] + 1 :]:  # the role's modifiers, nearest first
                c = ctx.entity(tok) or ctx.demonym(tok)
                if c is None and tok.dep_ == "poss" and tok.lower_ in PRONOUNS:
                    c = next(iter(ctx.pronoun(tok)), None)
                if c is None and tok.is_lower and tok.pos_ == "NOUN":  # "the group's", "brigade spokesperson"
                    c = next(
                        iter(ctx.definite_group(tok) if tok.dep_ == "poss" else ctx.name_head(tok)), None
                    )
                if (
                    c is None and tok.dep_ == "poss" and tok.lower_ == "country"
                ):  # "the country's interior minister"
                    c = ctx.country_anaphor(tok)
                if c is None:  # "the state's governor", "the city's mayor"
                    c = place_anaphor(tok, ctx.index)
                if c is not None and c is not person and _can_hold(c, role) and is_actor(c):
                    org = c
                    break
                if c is not None and c is not person and is_polity(c):
                    # "X Inspector General of Police Y", "X police spokesman Y": the office is
                    # another word of the title, or the title is of the place's own police
                    office = _local_office(window[: window.index(tok)])
                    if office is not None:
                        org, office_word = c, office
                        break
            if org is None:  # "army spokesman X": the state's army the document names
                forces = (ctx.national_force(t, officer=True) for t in window[roles[0] + 1 :])
                org = next((c for c in forces if c is not None), None)
            if org is not None:  # (a bare rank, "Superintendent A B", names no body of its own)
                ctx.titled.add((id(person), sent.start))
            ctx.add(person, "affiliation", org, lemma_of(office_word), sent, office_word)
            titled[span.root.i] = (org, role)
        before = ctx.doc[span.start - 1] if span.start > sent.start else None
        if before is not None and is_word(before, lex.partners):  # "Putin's close ally Ramzan Kadyrov"
            for child in before.children:
                patron = ctx.entity(child) if child.dep_ == "poss" else None
                if patron is not None and patron.type == "PERSON":
                    ctx.add(patron, "cooperation", person, lemma_of(before), sent, before)
        root = span.root
        # "the group's X" (a possessive before a member's name)
        for child in root.children:
            if child.dep_ == "poss":
                c = ctx.entity(child)
                if c is not None and c.type == "ORG":
                    ctx.add(person, "affiliation", c, None, sent, child)
        # "Bishop Paul Y of the Coptic Church", "Prime Minister X of Somalia"
        for prep, pobj in pobjs(root, ("of",)):
            c = ctx.entity(pobj)
            if c is None or c.name[:1].isdigit():  # "of the X Force's 121 Battalion": the force's
                owners = [ctx.entity(o) for o in pobj.children if o.dep_ == "poss"]
                owner = next((o for o in owners if o is not None and o.type == "ORG"), None)
                c = owner or c
            held = role is not None and c is not None and c.type == "PLACE" and _can_hold(c, role)
            if c is not None and (c.type == "ORG" or held):
                ctx.add(person, "affiliation", c, lemma_of(role) if role is not None else None, sent, prep)
            if c is not None and c.type == "ORG":  # "Sepoy A and Naik B of the Levies": A too
                for other in coordinated_before(ctx, root, person):
                    ctx.add(other, "affiliation", c, None, sent, prep)
    for person, span in bare:  # "PKK members A and B", "the group's commanders X and Y": B shares A's title
        org, role = titled.get(span.root.head.i, (None, None))
        if org is not None and role is not None and role.tag_ in ("NNS", "NNPS"):
            ctx.add(person, "affiliation", org, lemma_of(role), sent, role)


def _office_clauses(ctx: RelationContext, sent: Span) -> None:
    """ "A B, a lawmaker who represents X in the Yan parliament", "Minister A B, who holds the security
    brief in Z": a relative clause on a person (or on the role noun apposed to them) whose
    verb of holding an office (``relations.yaml`` ``office_clause_verbs``) places the office in a
    body, state or province by its "in"/"on" phrase."""
    lex = relation_lexicon()
    verbs = _words("office_clause_verbs")
    for person, span in _person_mentions(ctx, sent):
        root = span.root
        window = _title_window(ctx, span)
        role = next((t for t in window if is_word(t, lex.roles)), None)
        holders = [root]
        for a in root.children:
            if a.dep_ == "appos" and a.pos_ == "NOUN" and is_word(a, lex.roles):
                holders.append(a)  # "A B, a lawmaker who ..."
        for holder in holders:
            for verb in holder.children:
                if verb.dep_ != "relcl" or lemma_of(verb) not in verbs:
                    continue
                if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
                    continue
                heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
                for prep, p in (pair for h in heads for pair in pobjs(h, ("in", "on"))):
                    c = ctx.entity(p)
                    owners = [c] if c is not None and is_polity(c) else ctx.actors(p, conj=False)
                    word = holder if holder is not root else role
                    for owner in owners:
                        if owner.type != "PERSON":
                            ctx.add(
                                person, "affiliation", owner, lemma_of(word) if word else None, sent, prep
                            )


def _state_word(tok: Token) -> bool:
    """ "the army", "the military's": a bare word for a state's own force or government
    (``relations.yaml`` ``state_own_words``)."""
    return tok.is_lower and lemma_of(tok) in _words("state_own_words")


def _state_owned(noun: Token, owner: EntityCluster) -> bool:
    """ "the military's media wing", "the army's special unit", read as the state's: a part whose
    owner is a state's force or government named by a bare word; its tie to that state is a state
    body's to its own state, which is not annotated (to the army named, it is)."""
    return is_country(owner) and any(c.dep_ == "poss" and _state_word(c) for c in noun.children)


def _local_office(title: list[Token]) -> Token | None:
    """The word of a title that makes it an office of a province or city: an office of government
    ("Inspector General": inspector) or the place's own body ("police spokesman": police), from
    ``relations.yaml`` ``place_offices`` and ``local_body_words``."""
    lex = relation_lexicon()
    for tok in reversed(title):  # from the word next to the place towards the name
        if is_word(tok, lex.place_offices) or tok.lower_ in _words("local_body_words"):
            return tok
        if is_word(tok, lex.roles) or (tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in ("of", "the")):
            return None  # "X police chief Inspector General A": an office of the police, not of X
    return None


@cache
def _words(key: str) -> frozenset[str]:
    """A word list of ``relations.yaml``, lower case."""
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get(key) or ())


@cache
def _aiding_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get("aiding_verbs", []))


def accused_of_aiding(verb: Token) -> bool:
    """Whether a blaming verb charges its object with help, not with the deed: "accused X of
    sheltering the militants", "blamed X for arming them" (``relations.yaml`` ``aiding_verbs``)."""
    aiding = _aiding_verbs()
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in ("of", "for"):
            continue
        for g in p.children:
            if g.dep_ != "pcomp":
                continue
            if g.lemma_.lower() in aiding:
                return True
            if g.lemma_.lower() == "use" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _ground_lent() for c in g.children
            ):
                return True  # "accused X of using its soil against us": ground lent, not the deed
            if any(  # "accused X of using its soil to sponsor terrorism": the purpose is help
                c.dep_ in ("xcomp", "advcl")
                and c.lemma_.lower() in aiding
                and any(a.dep_ == "aux" for a in c.children)
                for c in g.children
            ):
                return True
    return False


@cache
def _ground_lent() -> frozenset[str]:
    """Objects of "use" that make an accusation one of help (``relations.yaml`` ``lent_ground``)."""
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get("lent_ground", []))


@cache
def _scan_words() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per sentence scan, ``(lemmas, words)``: the tokens it can act on have their lower-cased
    lemma in the first set or their lower-case form in the second (see ``tokens.matching``)."""
    lex = relation_lexicon()
    nouns = lex.roles | lex.people | lex.links
    return {
        "appositions": (nouns | {head for head, _ in lex.link_phrases}, nouns),
        "cooperation": (
            lex.coop_nouns | lex.host_between | lex.coop_verbs | lex.visit,
            lex.joint | lex.host_between | {"alongside", "together"},
        ),
        "hostility": (lex.host_verbs | lex.host_nouns, frozenset()),
        "based_in": (
            lex.based_verbs
            | lex.operate_verbs
            | lex.based_nouns
            | lex.control_verbs
            | _words("deploy_verbs")
            | _words("movement_verbs"),
            lex.based_nouns,
        ),
    }


def _can_hold(c: EntityCluster, role: Token) -> bool:
    """Whether an entity can be what a person's role is held in: an organisation or a state,
    or a province or city for an office of government ("Borno's governor", "the mayor")."""
    if c.type == "PERSON":
        return False
    if is_actor(c):
        return True
    return is_polity(c) and is_word(role, relation_lexicon().place_offices)


def _noun_owner(ctx: RelationContext, noun: Token, exclude: EntityCluster | None) -> EntityCluster | None:
    """Whose a role/link noun is: its modifiers, else its of/for phrase; for an office of
    government also a province or city ("Borno's governor", "chief minister of Sindh")."""
    mod = ctx.modifier_entity(noun)
    if mod is not None and _kind_of_office(ctx, noun, mod):
        # "the military governor of X", "X's military administrator": "military" says what kind
        # of governor, not whose; an office of government names its own province or city
        seat = _office_place(ctx, noun, exclude)
        if seat is not None:
            return seat
    named = any(ctx.entity(c) or ctx.demonym(c) for c in noun.children if c.i < noun.i)
    if mod is not None and not named and mod is not exclude:
        # "a military spokesman for the X": the force only a bare "military" stands for gives way
        # to the body the phrase names
        phrase = [c for _, p in pobjs(noun, ("for", "of")) for c in ctx.actors(p) if c.type == "ORG"]
        mod = phrase[0] if phrase and phrase[0] is not exclude else mod
    if mod is not None and mod is not exclude and _nationality_only(ctx, noun, mod):
        # "X, the Ruritanian branch of Y": the adjective says where the branch is, Y whose it is
        parents = [c for _, p in pobjs(noun, ("of",)) for c in ctx.actors(p) if c.type == "ORG"]
        mod = next((c for c in parents if c is not exclude), mod)
    if mod is not None and mod is not exclude:
        return mod
    for _, pobj in pobjs(noun, ("of", "for", "at", "within", "with")):  # "a researcher with X"
        # ("a faction of the X dissident group known as Y": Y, the name the group is given)
        given = [c for c in _named_as(ctx, pobj) if c.type != "PERSON"]  # (a person named is its holder)
        got = [c for c in given or ctx.actors(pobj) if c is not exclude]
        if got and not (got[0].type == "PERSON" and is_word(noun, relation_lexicon().roles)):
            return got[0]  # (a role's owner is a body or a state: "prefect of X, A B" is no A B's)
    if is_word(noun, relation_lexicon().roles):
        for _, pobj in pobjs(noun, ("in",)):  # "a commander in the X army" (a body, no place)
            bodies = [c for c in ctx.actors(pobj) if c is not exclude and c.type == "ORG"]
            if bodies:
                return bodies[0]
    return _office_place(ctx, noun, exclude) or _whose_of_which(ctx, noun, exclude)


def _nationality_only(ctx: RelationContext, noun: Token, owner: EntityCluster) -> bool:
    """Whether a group-link noun's owner ("branch", "wing": ``group_link_nouns``) was read only
    off a nationality adjective before it ("the Ruritanian branch"), the state's name written
    nowhere in the noun's own words: the adjective places the part, it does not own it."""
    if not is_word(noun, relation_lexicon().links) or not is_country(owner):
        return False
    before = [t for c in noun.children if c.i < noun.i for t in c.subtree]
    if any(ctx.entity(t) is owner for t in before):
        return False  # "Ruritania's branch", "the Ruritania branch": named
    return any(t.dep_ == "amod" and ctx.demonym(t) is owner for t in before)


def _kind_of_office(ctx: RelationContext, noun: Token, owner: EntityCluster) -> bool:
    """Whether a title's owner was read only off an adjective for a state's force ("military
    governor"), which names the kind of office and no owner: ``owner`` is not written in the
    title's words, and a bare state word modifies the title as an adjective."""
    before = [c for c in noun.children if c.i < noun.i]
    if any(ctx.entity(t) is owner for c in before for t in c.subtree):
        return False
    return any(c.dep_ == "amod" and _state_word(c) for c in before)


def _office_place(ctx: RelationContext, noun: Token, exclude: EntityCluster | None) -> EntityCluster | None:
    """The province, city or state an office of government (or any title of a place's own
    government: "X's government secretary") is held in, as its possessor, modifier or "of" phrase
    names it ("Borno's governor", "chief minister of Sindh", "head of the X district")."""
    if not (
        is_word(noun, relation_lexicon().place_offices)
        or _office_word(noun) in _words("place_government_words")
    ):
        return None
    heads = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < noun.i]
    for prep, p in pobjs(noun, ("of", "for")):  # "head of the X district": X names the place
        if prep.lower_ == "for" and lemma_of(p) not in _words("place_government_words"):
            continue  # ("spokesman for the X Military Council": a body's, not the place's)
        heads += [p, *(c for c in p.children if c.dep_ in ("compound", "nmod", "amod") and p.is_lower)]
        after = prep.i + 1 + (prep.nbor().lower_ == "the")  # "prefect of X, A B": X, not A B
        if after < p.i:
            heads.append(noun.doc[after])
    for head in heads:
        c = ctx.entity(head)
        if c is not None and is_polity(c) and c is not exclude:
            return c
    return None


def _whose_of_which(ctx: RelationContext, noun: Token, exclude: EntityCluster | None) -> EntityCluster | None:
    """The owner of a role noun that a relative clause opened by "of which" predicates ("the bloc
    of which X is a member", "a network of which Y was the leader"): the clause's antecedent."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.dep_ != "relcl":
        return None
    antecedent = verb.head
    relatives = [p for h in (antecedent, verb) for _, p in pobjs(h, ("of",))]  # (parsed on either)
    opened = any(p.i < verb.i and p.lower_ in ("which", "whom") for p in relatives)
    if not opened:
        return None
    owners = [c for c in _described(ctx, antecedent) or ctx.actors(antecedent) if c is not exclude]
    return owners[0] if owners and owners[0].type == "ORG" else None


def _described(ctx: RelationContext, noun: Token) -> list[EntityCluster]:
    """The entities a descriptive noun is said of: apposition, predicate, "regard as"."""
    head = noun.head
    lex = relation_lexicon()
    # (an apposed role noun describes its own holder: "X, a W unit that Y's governor, Z, tied ...")
    apposed = [
        a for a in noun.children if a.dep_ == "appos" and not (a.pos_ == "NOUN" and is_word(a, lex.roles))
    ]
    people = [c for a in apposed for c in ctx.actors(a) if c.type == "PERSON"]
    # "Norland's envoy to Vesta, Ilan Mor", "the governor of Zan, Colonel A B" (the name misattached
    # to the phrase's place or body)
    for _, pobj in pobjs(noun, ("to", "of", "for")):
        people += [c for a in pobj.children if a.dep_ == "appos" for c in ctx.actors(a) if c.type == "PERSON"]
        # "a spokesman for the X police in Y, Inspector A B" (the name hung on the body's place)
        placed = [q for _, q in pobjs(pobj, ("in",)) if _names_a_place(ctx, q)]
        apposed_there = [a for q in placed for a in q.children if a.dep_ == "appos"]
        people += [c for a in apposed_there for c in ctx.actors(a) if c.type == "PERSON"]
        if is_word(noun, lex.roles):  # "the head of a Y cell known as A B": a unit is no person, A B heads it
            people += [c for c in _named_as(ctx, pobj) if c.type == "PERSON" and c not in people]
    if people:
        return people
    if noun.dep_ == "pobj":  # "a faction of the X dissident group known as Y": the group is Y
        named_as = _named_as(ctx, noun)
        if named_as:
            return named_as
    if noun.dep_ == "appos":
        named = ctx.named_before(noun) if ctx.entity(head) is None else None
        return [named] if named is not None else ctx.actors(head)  # hung on a far word
    if noun.dep_ == "conj" and head.dep_ == "appos":
        return ctx.actors(head.head)
    gives_name = any(a.dep_ == "acl" and lemma_of(a) in _NAMING for a in noun.children)
    if noun.dep_ in ("attr", "acomp") and not gives_name:  # (else "was an X commander known as A": A, below)
        return [c for s in subjects_of(head) for c in ctx.actors(s)]
    if noun.dep_ == "oprd":
        objs = verb_objects(head)
        return [c for o in objs for c in ctx.actors(o)]
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        objs = verb_objects(verb)
        said_of = [c for o in objs for c in ctx.actors(o)]
        top = verb
        while top.dep_ == "xcomp" and top.head.pos_ in ("VERB", "AUX"):  # "known to operate as"
            top = top.head
        if not objs and top.dep_ in ("acl", "relcl"):
            said_of = ctx.actors(top.head) or (_described(ctx, top.head) if top is not verb else [])
        if said_of:
            return said_of
        # "a suspect, whom X identified as a Y member known as Z": the name the noun itself gives
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        return ctx.actors(head.head) or _described(ctx, head.head)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "one":
        return _described(ctx, head.head)  # "X is one of the members of Y": what "one" is said of
    appos = [c for c in noun.children if c.dep_ == "appos"]
    found = [c for a in appos for c in ctx.actors(a)]
    misread = noun.dep_ == "conj" and not any(c.dep_ == "cc" for c in noun.head.children)
    if not found and (misread or noun.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "npadvmod", "dep")):
        left = _comma_apposed(ctx, noun)  # "fighters of X (XX), Y's affiliate in Z, attacked"
        found = [left] if left is not None else []
    if not found:  # "its spokesman, who gave his name as X"
        found = _self_named(ctx, noun)
    if not found:  # "Islamic State's Sahel branch, known as ISSP"
        found = _named_as(ctx, noun)
    if not found and noun.dep_ == "nsubjpass" and lemma_of(head) in ("know", "call", "dub", "name"):
        # "Its armed wing is known as X", "the group's leader is called Y"
        found += [c for _, p in pobjs(head, ("as",)) for c in ctx.actors(p)]
        found += [c for o in head.children if o.dep_ == "oprd" for c in ctx.actors(o)]
    return found


def _named_as(ctx: RelationContext, noun: Token) -> list[EntityCluster]:
    """The actors a participle of naming gives a noun as its name ("a branch known as X", "a
    group called Y", "its chief, known by the alias Z")."""
    found: list[EntityCluster] = []
    for acl in noun.children:
        if acl.dep_ == "acl" and lemma_of(acl) in _NAMING:
            found += [c for t in naming_phrases(acl) for c in ctx.actors(t)]
            found += [c for o in acl.children if o.dep_ == "oprd" for c in ctx.actors(o)]
    return found


def _self_named(ctx: RelationContext, noun: Token) -> list[EntityCluster]:
    """The persons a noun's relative clause says go by a name of their own choosing: "a spokesman
    who calls himself X", "its spokesman, who gave his name as Y", "who signed himself Z"
    (``relations.yaml`` ``self_naming_verbs``, ``name_giving_verbs``, ``name_nouns``)."""
    found: list[EntityCluster] = []
    for verb in noun.children:
        if verb.dep_ != "relcl":
            continue
        lemma = lemma_of(verb)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr", "ccomp", "npadvmod")]
        names: list[Token] = []
        if lemma in _words("self_naming_verbs") and any(o.lower_ in _REFLEXIVES for o in objects):
            names = [o for o in objects if o.lower_ not in _REFLEXIVES] + [p for _, p in pobjs(verb, ("as",))]
        elif lemma in _words("name_giving_verbs"):
            named = [o for o in objects if lemma_of(o) in _words("name_nouns")]
            named += [p for _, p in pobjs(verb, ("by",)) if lemma_of(p) in _words("name_nouns")]
            if named:  # "gave his name as X", "goes by the name of X"
                names = [p for _, p in pobjs(verb, ("as",))]
                names += [p for n in named for _, p in pobjs(n, ("of",))]
                names += [a for n in named for a in n.children if a.dep_ == "appos"]
        found += [c for t in names for c in ctx.actors(t) if c.type == "PERSON" and c not in found]
    return found


#: Reflexive objects of a verb of naming oneself.
_REFLEXIVES = frozenset({"himself", "herself", "themselves"})

#: Participles that give a noun its name ("a commander known as X", "a branch called Y").
_NAMING = frozenset({"know", "call", "dub", "name", "identify"})


def _comma_apposed(ctx: RelationContext, noun: Token) -> EntityCluster | None:
    """The group a noun phrase set off by commas follows, when the parser took the phrase for
    a subject or object of its own ("fighters of X (XX), Y's affiliate in Z, attacked ...")."""
    doc, end = ctx.doc, noun.right_edge.i
    closing = [doc[end]] + ([doc[end + 1]] if end + 1 < len(doc) else [])
    if not any(t.text in (",", ".", ";") for t in closing):
        return None  # the phrase closes with a comma or ends the sentence
    return ctx.named_before(noun)


def _title_head(ctx: RelationContext, role: Token) -> Token | None:
    """The last word of a title a role word opens ("Chief of Defence Staff", "Chief of the
    General Staff"), when the parser hung the role on it as a modifier."""
    head = role.head
    if role.dep_ not in ("nmod", "compound") or head.i < role.i or ctx.entity(head) is not None:
        return None
    return head if head.pos_ in ("NOUN", "PROPN") and head.i - role.i <= 4 else None


def _person_after_comma(ctx: RelationContext, role: Token) -> list[EntityCluster]:
    """ "by Norland's foreign minister, A B, who ...", parsed with the name hung elsewhere: the person
    named right after the comma that closes a role's phrase."""
    doc = ctx.doc
    if any(a.dep_ == "acl" and lemma_of(a) in _NAMING for a in role.children):
        return []  # "an X commander known as A, B said": A is the one named, not the speaker B
    after = role.i + 1
    # "envoy to Vesta, A B", "the prefect of Y, A B" (the name hung on the place)
    if after < len(doc) and doc[after].lower_ in ("to", "for", "in", "of"):
        after += 1
        while after < len(doc) and after - role.i < 6 and (doc[after].is_title or doc[after].lower_ == "the"):
            after += 1
    for comma in {role.i + 1, role.right_edge.i + 1, after}:
        if comma + 1 < len(doc) and doc[comma].text == ",":
            first = _after_ranks(ctx, comma + 1)  # ", Superintendent A B", ", Lt. Col. A B"
            person = ctx.entity(doc[first])
            starts = person is not None and (ctx.entity(doc[comma - 1]) is not person)
            if person is not None and person.type == "PERSON" and starts:
                return [person]
    return []


def _after_ranks(ctx: RelationContext, start: int) -> int:
    """The first token from ``start`` after at most four rank or title words ("Superintendent",
    "Brig. Gen.": ``title_word``, with an abbreviation's full stop) that no entity holds."""
    doc, i = ctx.doc, start
    while i + 1 < len(doc) and i - start < 4 and ctx.entity(doc[i]) is None:
        if title_word(doc[i]) or (doc[i].text == "." and i > start and title_word(doc[i - 1])):
            i += 1
        else:
            break
    return i


def _appositions(ctx: RelationContext, sent: Span) -> None:
    lex = relation_lexicon()
    found: list[tuple[Token, bool, bool, list[EntityCluster], EntityCluster | None, set[int]]] = []
    lemmas, words = _scan_words()["appositions"]
    for tok in matching(sent, lemmas, words):
        if tok.pos_ not in ("NOUN", "PROPN") or ctx.entity(tok) is not None:
            continue
        is_role = is_word(tok, lex.roles) or is_word(tok, lex.people)
        mods = {lemma_of(c) for c in tok.children if c.dep_ in ("compound", "amod")}
        is_link = is_word(tok, lex.links) or any((lemma_of(tok), m) in lex.link_phrases for m in mods)
        if not (is_role or is_link):
            continue
        if is_link and _verb_by_place(ctx, sent, tok) is not None:
            continue  # "X arms several militias, among them A": a verb misread, not "X's arm"
        members = _described(ctx, tok)
        chained = _chained_apposition(ctx, tok) if is_link and not is_role else None
        if chained is not None:  # "A, a unit of B, the largest faction of C": B is C's faction
            members = [chained]
        if not members and is_role:
            members = _person_after_comma(ctx, tok)
        title = _title_head(ctx, tok) if not members and is_role else None
        if title is not None:  # "X's Chief of Defence Staff, General Y": the name hangs on "Staff"
            named = [c for a in title.children if a.dep_ == "appos" for c in ctx.actors(a)]
            members = [c for c in named if c.type == "PERSON"]
        if not members:
            continue
        placed = placed_force_title(ctx, title if title is not None else tok) if is_role else None
        if placed is not None:  # "X's Director General of Police, A B": X's office, not a force's
            for member in members:
                if member.type == "PERSON":
                    ctx.add(member, "affiliation", placed, PLACED_FORCE_ROLE, sent, tok)
            continue
        owner = _noun_owner(ctx, tok, None) or (_noun_owner(ctx, title, None) if title is not None else None)
        if is_role:  # "Director of Public Relations of the X": X, not the field cut out as a body
            owner = portfolio_owner(ctx, title if title is not None else tok, owner)
        if owner is None and is_role:  # "in Y on Tuesday, the regional governor, A B, ..."
            owner = _regional_seat(ctx, sent, tok)
        direct = {id(c) for a in tok.children if a.dep_ == "appos" for c in ctx.actors(a, conj=False)}
        if tok.dep_ == "appos":
            direct |= {id(c) for c in ctx.actors(tok.head, conj=False)}
        if title is not None:
            direct |= {id(c) for c in members}
        if is_role:
            ctx.titled |= {(d, sent.start) for d in direct}
        found.append((tok, is_role, is_link, members, owner, direct))
    for tok, is_role, is_link, members, owner, direct in found:
        for member in members:
            if not is_role and member.type == "PERSON":
                if owner is not None and owner.type == "PERSON" and is_word(tok, lex.partners):
                    ctx.add(owner, "cooperation", member, lemma_of(tok), sent, tok)  # "X's ally Y"
                continue  # a person holds a role; a group is a front, a wing, a unit
            # a group too can be a member of a body ("X, a member of the Y alliance")
            body_member = lemma_of(tok) == "member" and (member.type == "ORG" or is_country(member))
            if is_role and member.type != "PERSON" and not (body_member and owner and owner.type == "ORG"):
                continue
            if id(member) not in direct and (id(member), sent.start) in ctx.titled:
                continue  # "X chief A and Y commander B": B's own title names Y
            if lemma_of(tok) == "part" and (owner is None or owner.type != "ORG"):
                continue  # "part of Y" ties a group to a body, not to a country or a region
            if owner is not None and owner is not member and not (is_link and _state_owned(tok, owner)):
                # "X, an ally of Y", "its allies A and B": partners, not parts
                rtype = "cooperation" if is_word(tok, lex.partners) else "affiliation"
                # (a title of a place's own government is that place's office: "X's government
                # secretary"; any other owner keeps the title itself, which a spokesman's charge reads)
                role = _office_word(tok) if owner.type == "PLACE" else lemma_of(tok)
                ctx.add(member, rtype, owner, role, sent, tok)
            # "al Qaeda's affiliate in the Sahel", "al Qaeda's Sahel branch" (not the owner itself,
            # read for an apposed name the tagger missed)
            if is_link and member is not owner:
                named_in = [c for _, pobj in pobjs(tok, ("in",)) for c in places_in(ctx, pobj)]
                for place in named_in + _naming_places(ctx, tok):
                    ctx.add(member, "based_in", place, None, sent, tok)


def _chained_apposition(ctx: RelationContext, noun: Token) -> EntityCluster | None:
    """The group a second link-noun apposition describes when the first ends on a group's name:
    "A, a unit of B, the largest faction of C" (both parsed as apposed to A) makes B, not A, the
    faction of C. Only a comma (and B's bracketed acronym) may stand between the two."""
    lex = relation_lexicon()
    if noun.dep_ != "appos" or not any(pobjs(noun, ("of",))):
        return None
    before = [a for a in noun.head.children if a.dep_ == "appos" and a.i < noun.i]
    if not before or not is_word(before[-1], lex.links):
        return None
    first = before[-1]
    inner = [
        c for _, p in pobjs(first, ("of",)) for c in [ctx.entity(p)] if c is not None and c.type == "ORG"
    ]
    if len(inner) != 1:
        return None
    between = noun.doc[first.right_edge.i + 1 : noun.left_edge.i]
    if any(not t.is_punct for t in between):
        return None
    return inner[0]


def _naming_places(ctx: RelationContext, noun: Token) -> list[EntityCluster]:
    """The places written before a link noun as its modifier ("the Sahel branch of X", "X's North
    Caucasus province"): where the branch a noun names stands."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i]
    found = [ctx.entity(t) for m in mods for t in m.subtree if t.dep_ in ("compound", "nmod")]
    return list(dict.fromkeys(c for c in found if c is not None and c.type == "PLACE"))


def _office_word(role: Token) -> str:
    """The word that makes an apposed title an office of a place's own government: the title's
    word for that government ("X's government secretary", "spokesperson of the X government":
    ``relations.yaml`` ``place_government_words``), else the title's own lemma."""
    bodies = _words("place_government_words")
    heads = [c for c in role.children if c.dep_ == "compound" and c.i < role.i]
    # (and the phrase's last word: "spokesperson of the X Region in Y government", the parse
    # hanging "government" on the place's name)
    heads += [t for _, p in pobjs(role, ("of", "for")) for t in (p, p.right_edge)]
    found = next((lemma_of(h) for h in heads if lemma_of(h) in bodies), None)
    if found is None and owned_by_place_noun(role):  # "the state's security spokesman, A B"
        found = next(iter(sorted(bodies)), None)
    return found or lemma_of(role)


def _regional_seat(ctx: RelationContext, sent: Span, role: Token) -> EntityCluster | None:
    """The province or city a regional office with no place of its own stands for ("the regional
    governor", "the region's governor": ``relations.yaml`` ``regional_office``): the one province
    or city (no country) the sentence names before the title, or, after "the region's", the one
    it names as a region ("in the X region's Y division"); None when that is not one place."""
    if lemma_of(role) not in _words_of("regional_office", "titles"):
        return None
    adjectives = _words_of("regional_office", "adjectives")
    nouns = _words_of("regional_office", "nouns")
    mods = [c for c in role.children if c.i < role.i and ctx.entity(c) is None]
    regional = any(c.dep_ == "amod" and c.lower_ in adjectives for c in mods)
    owned = [c for c in mods if c.dep_ == "poss" and lemma_of(c) in nouns]
    if not (regional or owned):
        return None
    named = [
        (t, c)
        for t in sent
        if t.i < role.i
        for c in [ctx.entity(t)]
        if c is not None and is_polity(c) and not is_country(c)
    ]
    if owned:  # "the X region's Y division, the region's governor": the place a region noun carries
        kind = lemma_of(owned[0])
        named = [(t, c) for t, c in named if lemma_of(t.head) == kind and t.head.i > t.i] or named
    found = list(dict.fromkeys(c for _, c in named))
    return found[0] if len(found) == 1 else None


def _including(ctx: RelationContext, sent: Span) -> None:
    """ "Ruritanian officials, including Defence Minister A B and ...": members of a group."""
    lex = relation_lexicon()
    for tok in matching(sent, (), ("including", "among")):
        if tok.lower_ == "among" and tok.i + 1 < sent.end and ctx.doc[tok.i + 1].lower_ == "them":
            _among_them(ctx, sent, tok)
        if tok.lower_ not in ("including", "among") or tok.dep_ != "prep":
            continue
        group = tok.head
        if not (is_word(group, lex.people) or is_word(group, lex.roles)):
            continue
        owner = ctx.modifier_entity(group) or _noun_owner(ctx, group, None)
        if owner is None:
            continue
        for pobj in tok.children:
            if pobj.dep_ != "pobj":
                continue
            for member in ctx.actors(pobj):
                if member.type == "PERSON":
                    ctx.add(member, "affiliation", owner, lemma_of(group), sent, tok)


def _among_them(ctx: RelationContext, sent: Span, among: Token) -> None:
    """ "killed seven members of X, among them General A B": read on the words (the parser hangs
    the name anywhere): the person named after "among them" is one of the members just before."""
    lex = relation_lexicon()
    doc = ctx.doc
    person = next(
        (c for t in doc[among.i + 2 : min(among.i + 7, sent.end)] for c in [ctx.entity(t)] if c is not None),
        None,
    )
    if person is None or person.type != "PERSON":
        return
    for i in range(among.i - 1, max(sent.start, among.i - 12) - 1, -1):
        noun = doc[i]
        if noun.dep_ == "pobj" and noun.head.lower_ == "by":
            continue  # "hostages held by X fighters, among them A": the captors are not "them"
        if noun.tag_ == "NNS" and (is_word(noun, lex.people) or is_word(noun, lex.roles)):
            ctx.add(person, "affiliation", _noun_owner(ctx, noun, None), lemma_of(noun), sent, among)
            return


def _link_verbs(ctx: RelationContext, sent: Span) -> None:
    """ "Al-Shabaab, which is linked to al Qaeda", "X, known to be affiliated with Y", "a group
    loyal to Y", "has pledged allegiance to Y": a group tied to another (or to its leader)."""
    lex = relation_lexicon()
    for verb in matching(sent, lex.link_verbs):
        if verb.pos_ not in ("VERB", "ADJ") or lemma_of(verb) not in lex.link_verbs:
            continue
        if verb.tag_ == "VBG" and lemma_of(verb) in _words("owning_link_verbs"):
            continue  # "arrested on suspicion of belonging to Y", "sites belonging to Y": no member named
        heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]  # "pledged allegiance to"
        partners = [c for h in heads for _, p in pobjs(h, ("to", "with")) for c in ctx.actors(p)]
        if not partners:
            continue
        top = verb
        while top.dep_ == "xcomp" and top.head.pos_ in ("VERB", "AUX"):  # "known to be affiliated"
            top = top.head
        owners: list[EntityCluster] = []
        if top.dep_ in ("acl", "amod"):
            owners = ctx.actors(top.head) or _described(ctx, top.head)
        # (a reflexive object is no deed: "has allied itself with Y")
        pledges = ("allegiance", "loyalty", "fealty", "itself", "themselves")
        deed = [
            o
            for o in verb.children
            if o.dep_ == "dobj" and lemma_of(o) not in pledges and o.lower_ not in pledges
        ]
        withs = {id(c) for h in heads for _, p in pobjs(h, ("with",)) for c in ctx.actors(p)}
        reflexive = any(o.dep_ == "dobj" and o.lower_ == "itself" for o in verb.children)
        if not owners and deed and top.dep_ not in ("acl", "amod"):
            continue  # "the president linked the attack to X": the speaker ties a deed, not himself, to X
        if not owners:
            subjects = subjects_of(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
            if not subjects and verb.dep_ == "acomp":  # "X is loyal to Y": the copula's subject
                subjects = subjects_of(verb.head)
            if top is not verb:  # "X is known to be aligned with Y": the subject of "known"
                subjects += [c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")]
            owners = [c for s in subjects for c in ctx.actors(s)]
            if not owners and len(deed) < len([o for o in verb.children if o.dep_ == "dobj"]):
                owners = _pledger(ctx, verb, subjects)  # "a video in which he pledged allegiance to Y"
        if not owners or all(o.type == "PLACE" for o in owners):
            left = ctx.named_before(top)  # "the Front of the EMC, loyal to Y," (misattached)
            owners = [left] if left is not None else owners
        for owner in owners:
            for partner in partners:
                if owner.type == "PLACE" or owner is partner or (owner.type == "PERSON" and reflexive):
                    continue  # ("has aligned itself with Y" is said of a body, not of a person)
                if (
                    _state_side(partner)
                    and owner.type == "ORG"
                    and lemma_of(verb) in _words("state_partner_link_verbs")
                ):
                    # "militias allied with the army", "aligned with Iran": a partner, not a part
                    ctx.add(owner, "cooperation", partner, lemma_of(verb), sent, verb)
                elif id(partner) in withs and lemma_of(verb) in _words("partner_with_link_verbs"):
                    # "X, allied with Y", "X has allied itself with Y": partners ("allied to Y" stays a tie)
                    ctx.add(owner, "cooperation", partner, lemma_of(verb), sent, verb)
                elif partner.type == "ORG":
                    ctx.add(owner, "affiliation", partner, lemma_of(verb), sent, verb)
                elif partner.type == "PERSON" and owner.type == "ORG":  # a faction loyal to its chief
                    ctx.add(partner, "affiliation", owner, lemma_of(verb), sent, verb)


def _pledger(ctx: RelationContext, verb: Token, subjects: list[Token]) -> list[EntityCluster]:
    """Who pledged allegiance, when the sentence names him only as "he" or "the suspect"
    (``relations.yaml`` ``suspect_nouns``, singular and definite), or only as the maker of the
    video or message the pledge is in ("recorded a video pledging allegiance to Y"): of the
    persons the report named before the sentence who hold no office, do not sign the page and are
    not named as the teller of a statement (a suspect, not the prosecutor who tells of him), the
    one it tells of most often, then the last named."""
    words = _words("suspect_nouns")
    if not subjects and verb.dep_ == "acl":  # "(he) recorded a video pledging allegiance to Y"
        maker = verb.head.head
        subjects = subjects_of(maker) if maker.pos_ in ("VERB", "AUX") else []
    person = False
    for s in subjects:
        if s.lower_ in ("he", "she"):
            person = True
        elif s.tag_ == "NN" and lemma_of(s) in words and any(c.lower_ == "the" for c in s.children):
            person = not any(c.dep_ in ("appos", "compound", "poss", "amod") for c in s.children)
    if not person:
        return []
    start = sentence_start(ctx.doc, verb.i)
    named: dict[int, tuple[int, int, EntityCluster]] = {}  # id -> (mentions, last position, person)
    tellers: set[int] = set()
    for i in range(len(ctx.doc)):
        c = ctx.index.get(i)
        if c is None or c.type != "PERSON" or c.roles or c.signed:
            continue  # (a writer or photographer the page's byline or credits sign is no suspect)
        if _speaks(ctx.doc[i]):
            tellers.add(id(c))
        elif i < start:
            named[id(c)] = (len(c.mentions), i, c)
    named = {k: v for k, v in named.items() if k not in tellers}
    if not named:
        return []
    return [max(named.values(), key=lambda t: (t[0], t[1]))[2]]  # the one most told of, then the last


def _speaks(tok: Token) -> bool:
    """Whether a name is the subject of a verb of saying ("..., Vautrin said"): a source."""
    head = tok
    while head.dep_ in ("compound", "flat", "appos") and head.head is not head:
        head = head.head
    return head.dep_ == "nsubj" and lemma_of(head.head) in reporting_verbs()


def _state_side(c: EntityCluster) -> bool:
    """A state, or its army, government or intelligence service."""
    return is_country(c) or (c.type == "ORG" and c.subtype in ("military", "government", "intelligence"))


@cache
def _secession_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(verbs, particles, verbs that need a particle, founding verbs) of ``relations.yaml``
    ``secession``."""
    table = ontology.table("relations.yaml").get("secession") or {}
    return tuple(  # type: ignore[return-value]
        frozenset(str(w).lower() for w in table.get(key) or ())
        for key in ("verbs", "particles", "needs_particle", "founding_verbs")
    )


def _parent_after_from(ctx: RelationContext, sent: Span, start: int) -> tuple[Token, EntityCluster] | None:
    """The "from" that follows a secession verb (a particle or two between) and the group named
    in its phrase; a relative "from which" gives the antecedent's own group ("the X faction from
    which Y broke away" -> X)."""
    doc = ctx.doc
    i = start
    _, particles, _, _ = _secession_words()
    while i < sent.end and i - start < 3 and doc[i].lower_ in particles:
        i += 1
    if i >= sent.end or doc[i].lower_ != "from":
        return None
    j = i + 1
    while (
        j < sent.end and j - i < 4 and ctx.entity(doc[j]) is None and doc[j].lower_ not in ("which", "whom")
    ):
        if doc[j].pos_ not in ("DET", "ADJ", "ADV") and not doc[j].is_lower:
            break
        j += 1
    if j >= sent.end:
        return None
    parent = ctx.entity(doc[j])
    if parent is None and doc[j].lower_ in ("which", "whom"):
        relcl = next((h for h in doc[j].ancestors if h.dep_ == "relcl"), None)
        head = relcl.head if relcl is not None else (doc[i - 1] if i - 1 > sent.start else None)
        if head is not None:
            parent = ctx.modifier_entity(head) or next(iter(ctx.actors(head, conj=False)), None)
    if parent is None or parent.type != "ORG":
        return None
    return doc[i], parent


def _relative_parent(ctx: RelationContext, verb: Token) -> EntityCluster | None:
    """ "the X faction from which Y broke away": the group of the antecedent of a fronted "from
    which" that hangs on a secession verb."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt"))]
    for _, pobj in pobjs_of(heads, "from"):
        if pobj.lower_ in ("which", "whom") and verb.dep_ == "relcl":
            return ctx.modifier_entity(verb.head) or next(iter(ctx.actors(verb.head, conj=False)), None)
    return None


def pobjs_of(heads: list[Token], prep: str) -> Iterator[tuple[Token, Token]]:
    """The (preposition, object) pairs of one preposition under any of several words."""
    for head in heads:
        yield from pobjs(head, (prep,))


def _breakaway_of(ctx: RelationContext, verb: Token) -> list[EntityCluster]:
    """The group a secession verb is said of: its subject; a name compounded on a verb the
    parser took for a noun ("The X split from Y"); the group a relative clause describes; and a
    group formed by the people the verb is said of ("formed by cadres who broke away from Y")."""
    _, _, _, founding = _secession_words()
    lex = relation_lexicon()
    subjects = [s for s in subjects_of(verb) if s.dep_ != "nsubjpass" or verb.tag_ == "VBN"]
    found = [c for s in subjects for c in ctx.actors(s)]
    named = (ctx.entity(c) for c in verb.children if c.dep_ == "compound")
    found += [c for c in named if c is not None]
    if not found and verb.dep_ in ("relcl", "acl"):
        found = ctx.actors(verb.head, conj=False) or _described(ctx, verb.head)
    people = [
        s for s in subjects if ctx.entity(s) is None and (is_word(s, lex.people) or is_word(s, lex.roles))
    ]
    if verb.dep_ == "relcl" and is_word(verb.head, lex.people | lex.roles):
        people.append(verb.head)
    for person in people:  # "formed by (a commander / former members) who broke away from Y"
        by = person.head
        if person.dep_ == "pobj" and by.lower_ == "by" and lemma_of(by.head) in founding:
            found += [c for o in verb_objects(by.head) for c in ctx.actors(o)]
            if by.head.dep_ in ("relcl", "acl"):
                found += ctx.actors(by.head.head, conj=False)
    return [c for c in found if c.type == "ORG"]


def _succession(ctx: RelationContext, sent: Span) -> None:
    """ "X, which replaced Y", "X took over from Y", "X took over Y's network": a force that
    succeeded another is tied to it (affiliation; ``relations.yaml`` ``succession``)."""
    table = ontology.table("relations.yaml").get("succession", {})
    verbs = frozenset(table.get("verbs", []))
    taking = frozenset(table.get("taking_verbs", []))
    kinds = frozenset(table.get("kinds", []))
    for tok in matching(sent, verbs | taking):
        lemma = lemma_of(tok)
        if tok.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in tok.children):
            continue
        if lemma in taking:  # "took over from Y", "took over Y's network"
            if not any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
                continue
            olds = [p for _, p in pobjs(tok, ("from",))]
            olds += [c for o in tok.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "poss"]
        elif lemma in verbs:
            olds = [o for o in tok.children if o.dep_ == "dobj"]
        else:
            continue
        predecessors = [c for o in olds for c in [ctx.entity(o)] if c is not None]
        successors = [c for s in subjects_of(tok) for c in ctx.actors(s)]
        if tok.dep_ == "relcl" and not successors:
            successors = ctx.actors(tok.head, conj=False) or _described(ctx, tok.head)
        for new in successors:
            for old in predecessors:
                if new is not old and new.type == old.type == "ORG" and {new.subtype, old.subtype} <= kinds:
                    ctx.add(new, "affiliation", old, "succeed", sent, tok)


def _secession(ctx: RelationContext, sent: Span) -> None:
    """ "X split from Y", "X, which broke away from Y", "the Y faction from which X broke away",
    "X was formed by former members of Y": a breakaway group is affiliated to its parent
    (``relations.yaml`` ``secession``)."""
    verbs, particles, needs_particle, founding = _secession_words()
    lex = relation_lexicon()
    for tok in matching(sent, founding | verbs, verbs):  # (no other token is acted on)
        lemma = lemma_of(tok)
        if lemma in founding and tok.pos_ == "VERB":  # "formed in 2012 by former members of Y"
            for _, agent in pobjs(tok, ("by",)):
                if not (is_word(agent, lex.people) or is_word(agent, lex.roles)) or ctx.entity(agent):
                    continue
                parents = [c for _, p in pobjs(agent, ("of",)) for c in ctx.actors(p) if c.type == "ORG"]
                formed = [c for o in verb_objects(tok) for c in ctx.actors(o)]
                if tok.dep_ in ("relcl", "acl"):
                    formed += ctx.actors(tok.head, conj=False)
                for group in (c for c in formed if c.type == "ORG"):
                    for parent in parents:
                        if group is not parent:
                            ctx.add(group, "affiliation", parent, lemma, sent, tok)
            continue
        if lemma not in verbs and tok.lower_ not in verbs:
            continue
        nxt = tok.i + 1
        if lemma in needs_particle and not (nxt < sent.end and ctx.doc[nxt].lower_ in particles):
            continue
        got = _parent_after_from(ctx, sent, nxt)
        parent_group = got[1] if got is not None else _relative_parent(ctx, tok)
        if parent_group is None:
            continue
        for group in _breakaway_of(ctx, tok):
            if group is not parent_group:
                ctx.add(group, "affiliation", parent_group, "split", sent, tok)


def _co_members(ctx: RelationContext, sent: Span) -> None:
    """ "X is part of the Y alliance together with A and B", "X is a member of Y with A": the
    groups or states named with a member belong to the same body (affiliation) and act with the
    member (cooperation). Words: ``relations.yaml`` ``co_member_nouns``."""
    for tok in matching(sent, _words("co_member_nouns")):
        if tok.pos_ != "NOUN" or lemma_of(tok) not in _words("co_member_nouns"):
            continue
        of_phrases = [p for _, p in pobjs(tok, ("of",))]
        bodies = [c for p in of_phrases for c in ctx.actors(p, conj=False) if c.type == "ORG"]
        if not bodies:
            continue
        heads = [tok, tok.head] if tok.dep_ in ("attr", "appos") else [tok]
        heads += of_phrases  # "a member of Y with A and B", "with" hung on Y
        heads += [
            a for h in heads for a in h.children if a.dep_ == "prep" and a.lower_ == "along"
        ]  # "along with"
        partners = [
            c
            for h in heads
            for _, p in pobjs(h, ("with",))
            for c in ctx.actors(p)
            if c.type != "PERSON" and c not in bodies
        ]
        if not partners:
            continue
        members = [c for c in _described(ctx, tok) if c.type != "PERSON" and c not in bodies]
        if not members:
            continue
        for n, partner in enumerate(partners):
            ctx.add(partner, "affiliation", bodies[0], lemma_of(tok), sent, tok)
            for member in [*members, *partners[:n]]:  # the partners named together too
                if member is not partner:
                    ctx.add(member, "cooperation", partner, "with", sent, tok)


def _umbrella(ctx: RelationContext, sent: Span) -> None:
    """ "X, an umbrella of factions that includes Y": a group that takes in another."""
    lex = relation_lexicon()
    for verb in matching(sent, lex.include_verbs):
        if verb.pos_ != "VERB" or lemma_of(verb) not in lex.include_verbs or verb.dep_ != "relcl":
            continue
        head = verb.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and is_word(head.head.head, lex.links):
            head = head.head.head  # "a coalition of militias that includes Y"
        if ctx.entity(head) is None and not is_word(head, lex.links):
            continue
        owners = [c for c in (ctx.actors(head, conj=False) or _described(ctx, head)) if c.type == "ORG"]
        members = [c for o in verb_objects(verb) for c in ctx.actors(o) if c.type == "ORG"]
        for owner in owners:
            for member in members:
                ctx.add(member, "affiliation", owner, lemma_of(verb), sent, verb)


def _membership(ctx: RelationContext, sent: Span) -> None:
    """ "Kenya, which contributes to the AU mission", "Sweden joined NATO": a state or group
    that is a member of an international body or coalition."""
    lex = relation_lexicon()
    for verb in matching(sent, lex.member_verbs):
        if verb.pos_ != "VERB" or lemma_of(verb) not in lex.member_verbs:
            continue
        bodies = [c for o in verb_objects(verb) for c in ctx.actors(o)]
        bodies += [c for _, p in pobjs(verb, ("to",)) for c in ctx.actors(p)]
        datives = [d for d in verb.children if d.dep_ == "dative" and d.lower_ == "to"]  # "sent troops to X"
        bodies += [c for d in datives for p in d.children if p.dep_ == "pobj" for c in ctx.actors(p)]
        bodies = [b for b in bodies if is_coalition(b)]
        if not bodies and verb.dep_ == "relcl":  # "the X, the pact their governments formed"
            described = ctx.actors(verb.head, conj=False) or _described(ctx, verb.head)
            bodies = [b for b in described if is_coalition(b)]
        sent_troops = any(lemma_of(o) in ("troop", "soldier", "contingent") for o in verb_objects(verb))
        if not bodies and sent_troops and lemma_of(verb) == "contribute":  # "which also contribute troops"
            bodies = [b for b in [nearest_coalition(ctx, verb.i)] if b is not None]
        if not bodies:
            continue
        members = [c for s in subjects_of(verb) for c in _members_of(ctx, s)]
        for member in members:
            if member.type == "PERSON":
                continue
            for body in bodies:
                ctx.add(member, "affiliation", body, lemma_of(verb), sent, verb)


@cache
def _alliance_words(key: str) -> frozenset[str]:
    table = ontology.table("relations.yaml").get("alliance_founding") or {}
    return frozenset(str(w).lower() for w in table.get(key) or ())


def _groups(clusters: list[EntityCluster]) -> list[EntityCluster]:
    """The non-state organisations of ``clusters``, in order, once each."""
    return list(dict.fromkeys(c for c in clusters if c.type == "ORG" and not _state_side(c)))


def _under_a_banner(ctx: RelationContext, sent: Span) -> None:
    """ "X operates under the umbrella of Y", "X, a unit that fights under the Y banner": a group
    acting under another group's umbrella, banner or command (``relations.yaml`` ``banner_nouns``)
    is affiliated with it."""
    nouns = _words("banner_nouns")
    for noun in matching(sent, nouns):
        if noun.dep_ != "pobj" or noun.head.lower_ != "under" or lemma_of(noun) not in nouns:
            continue
        verb = noun.head.head
        if verb.pos_ != "VERB" or _negated_or_past(verb):
            continue
        owners = [c for _, p in pobjs(noun, ("of",)) for c in ctx.actors(p, conj=False)]
        owners += [
            c
            for m in noun.children
            if m.dep_ in ("compound", "nmod", "poss") and m.i < noun.i
            for c in [ctx.entity(m)]
            if c is not None
        ]
        members = [c for s in subjects_of(verb) for c in ctx.actors(s)]
        if not members and verb.dep_ == "relcl":  # "X, a unit that operates under ...": X
            members = ctx.actors(verb.head) or _described(ctx, verb.head)
        for member in members:
            for owner in owners:
                if member is not owner and member.type == "ORG" and owner.type == "ORG":
                    ctx.add(member, "affiliation", owner, "under", sent, noun)


def _negated_or_past(verb: Token) -> bool:
    """ "does not operate", "no longer fights": a verb told as not (or no more) so."""
    for c in verb.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
    return False


def _alliance_founders(ctx: RelationContext, sent: Span) -> None:
    """ "X was formed in 2017 by A, B and C", "A, B and C merged to form X", "A joined B and C in
    an alliance named X": each founding group is a part of X (affiliation), and a group that joins
    others in an alliance is their partner (cooperation) (``relations.yaml`` ``alliance_founding``)."""
    founding, joining = _alliance_words("verbs"), _alliance_words("joining_verbs")
    for verb in matching(sent, founding | joining):
        lemma = lemma_of(verb)
        if verb.pos_ != "VERB" or lemma not in founding | joining:
            continue
        founders: list[EntityCluster] = []
        made: list[EntityCluster] = []
        partners: list[EntityCluster] = []
        if lemma in founding and any(c.dep_ == "nsubjpass" for c in verb.children):
            made = [c for s in verb.children if s.dep_ == "nsubjpass" for c in ctx.actors(s)]
            founders = [c for _, p in pobjs(verb, ("by",)) for c in ctx.actors(p)]
        elif lemma in founding and verb.dep_ == "acl" and verb.tag_ == "VBN" and any(pobjs(verb, ("by",))):
            # "X, a coalition formed years ago by A and B": the participle on the alliance's noun
            head = verb.head
            if ctx.entity(head) is not None:
                made = ctx.actors(head, conj=False)
            elif is_word(head, _alliance_words("alliance_nouns")):
                made = _described(ctx, head)
            founders = [c for _, p in pobjs(verb, ("by",)) for c in ctx.actors(p)]
            founders = founders if len(_groups(founders)) > 1 else []
        elif lemma in founding and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB":
            # "A, B and C merged to form X": the subjects of the verb the infinitive completes
            made = [c for o in verb_objects(verb) for c in ctx.actors(o)]
            founders = [c for s in subjects_of(verb.head) for c in ctx.actors(s)]
            founders = founders if len(_groups(founders)) > 1 else []
        elif lemma in joining:
            # ("joined A and B in an alliance": the "in" phrase may hang on the last object)
            objects = [t for o in verb_objects(verb) for t in (o, *o.conjuncts)]
            alliances = [
                p
                for h in (verb, *objects)
                for _, p in pobjs(h, ("in",))
                if is_word(p, _alliance_words("alliance_nouns"))
            ]
            made = [
                c
                for a in alliances
                for n in a.children
                if n.dep_ in ("acl", "appos")
                and (n.dep_ == "appos" or lemma_of(n) in _alliance_words("naming_participles"))
                for t in n.subtree
                for c in [ctx.entity(t)]
                if c is not None
            ]
            made += [c for a in alliances for c in [_named_after_comma(ctx, a)] if c is not None]
            founders = [c for s in subjects_of(verb) for c in ctx.actors(s)]
            partners = [c for o in verb_objects(verb) for c in ctx.actors(o)]
        made = _groups(made)
        if len(made) != 1:
            continue
        body = made[0]
        founders, partners = _groups(founders), _groups(partners)
        for member in founders + partners:
            if member is not body:
                ctx.add(member, "affiliation", body, lemma, sent, verb)
        for a in founders:
            for b in partners:
                if a is not b and b is not body:
                    ctx.add(a, "cooperation", b, lemma, sent, verb)


def _named_after_comma(ctx: RelationContext, noun: Token) -> EntityCluster | None:
    """The organisation named right after the comma that closes a noun's phrase ("as partners in a
    coalition, the X."), when the parser did not hang the name on the noun as its apposition."""
    doc, comma = ctx.doc, noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    first = comma + 1 + (doc[comma + 1].lower_ == "the")
    c = ctx.entity(doc[first]) if first < len(doc) else None
    return c if c is not None and c.type == "ORG" else None


def _members_of(ctx: RelationContext, subject: Token) -> list[EntityCluster]:
    """The states or groups a member's subject names: "their governments" stands for every
    state "their" refers to, not the first one only."""
    owners = [c for p in subject.children if p.dep_ == "poss" and p.lower_ == "their" for c in ctx.pronoun(p)]
    return owners or listed(ctx, subject)


def _affiliation_verbs(ctx: RelationContext, sent: Span) -> None:
    """ "X, founded by A B", "X, who heads Y", "the junta, led by Colonel Z"."""
    lex = relation_lexicon()
    for verb in matching(sent, lex.affil_verbs):
        if verb.pos_ != "VERB" or lemma_of(verb) not in lex.affil_verbs:
            continue
        agents = [p for _, p in pobjs(verb, ("by",))]
        if agents and verb.dep_ in ("acl", "relcl", "conj"):
            head = verb.head if verb.dep_ != "conj" else verb.head.head
            # ("X, an offshoot of Y led by Z": Z leads X; "X, the dissident bloc led by Z": the
            # apposed noun is X)
            # (an apposition the parser may also read as an adverbial noun or a loose dependent)
            apposed = (
                head.dep_ in ("appos", "npadvmod", "dep") and head.pos_ == "NOUN" and ctx.entity(head) is None
            )
            left = ctx.named_before(head) if apposed else None  # (the name before the comma)
            described = (
                [left]
                if left is not None
                else _described(ctx, head)
                if ctx.entity(head) is None and is_word(head, lex.links)
                else []
            )
            orgs = described or ctx.actors(head, conj=False)
            people = [c for a in agents for c in ctx.actors(a) if c.type == "PERSON"]
        else:
            people = [c for s in subjects_of(verb) for c in ctx.actors(s) if c.type == "PERSON"]
            gatherings = _words("gathering_nouns")  # "chaired a meeting of X": not X's
            orgs = [c for o in verb_objects(verb) if lemma_of(o) not in gatherings for c in ctx.actors(o)]
        if agents and not orgs:  # "..., and Y, co-founded by Z, both have ...": the name before the comma
            start = verb.i
            while start > sent.start and ctx.doc[start - 1].lower_ in ("co", "-", "co-"):
                start -= 1
            comma = start - 1
            after_comma = comma > sent.start and ctx.doc[comma].text == ","
            named = ctx.entity(ctx.doc[comma - 1]) if after_comma else None
            if named is None and after_comma and _state_word(ctx.doc[comma - 1]):
                named = ctx.national_force(ctx.doc[comma - 1])  # "the military, headed by General Z"
            if named is not None and named.type == "ORG":
                orgs = [named]
                people = [c for a in agents for c in ctx.actors(a) if c.type == "PERSON"]
        for person in people:
            for org in orgs:
                if org.type != "PERSON":
                    ctx.add(person, "affiliation", org, lemma_of(verb), sent, verb)


# ---------------------------------------------------------------------- hyphen cues


def _hyphen_cues(ctx: RelationContext, sent: Span) -> None:
    """ "al Qaeda-linked group", "Pakistan-based Lashkar-e-Taiba", "Iran-backed militias"."""
    lex = relation_lexicon()
    doc = ctx.doc
    for tok in matching(sent, (), lex.hyphen):
        kind = lex.hyphen.get(tok.lower_)
        if kind is None or tok.i < sent.start + 2 or doc[tok.i - 1].text not in ("-", "–"):
            continue
        left = ctx.entity(doc[tok.i - 2])
        if left is None and kind == "cooperation":
            left = ctx.demonym(doc[tok.i - 2])  # "the Ruritanian-backed X": a country the text names
        if left is None:
            continue
        noun = tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
        if noun is None:
            continue
        if kind == "led":  # "Hamas-led massacre in Israel"
            if is_word(noun, lex.host_nouns) or lemma_of(noun) in ("massacre", "assault", "invasion"):
                for _, pobj in pobjs(noun, ("in", "on", "against")):
                    for target in ctx.actors(pobj):
                        ctx.add(left, "hostility", target, "led", sent, tok)
            continue
        own = ctx.entity(noun)
        described = [own] if own is not None else []
        named = ctx.entity(doc[noun.i + 1]) if noun.i + 1 < sent.end else None
        if not described and named is not None and named.type == "ORG":
            described = [named]  # "the Iran-backed faction X": the name that follows
        if not described:  # "the group's Somalia-based offshoot, Islamic State Somalia"
            described = [c for a in noun.children if a.dep_ == "appos" for c in ctx.actors(a, conj=False)]
        if not described and lemma_of(noun) in lex.links:
            # "X, the Norland-based branch of Y": X, not the Y of the noun's own phrase
            before = ctx.named_before(noun)
            described = [before] if before is not None else []
        if not described:
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


def _link_noun_names(ctx: RelationContext, sent: Span) -> None:
    """ "the al Qaeda affiliate JNIM", "the X offshoot Y": a group named before a link noun that
    modifies (or is in apposition with) another group's name; the second is tied to the first."""
    lex = relation_lexicon()
    for noun in matching(sent, lex.links):
        if noun.pos_ != "NOUN" or lemma_of(noun) not in lex.links:
            continue
        parents = [
            c
            for m in noun.children
            if m.i < noun.i and m.dep_ in ("compound", "nmod", "poss")
            for c in [ctx.entity(m)]
            if c is not None and c.type == "ORG"
        ]
        owners = [c for _, p in pobjs(noun, ("of",)) for c in ctx.actors(p, conj=False) if c.type == "ORG"]
        for name in (
            c
            for m in noun.children
            if m.i < noun.i and m.dep_ in ("compound", "nmod")
            for c in [ctx.entity(m)]
        ):
            # "the X unit of the Y police", "a Z battalion of the W": the named part of the owner
            if name is not None and name.type == "ORG" and owners and owners[0] is not name:
                ctx.add(name, "affiliation", owners[0], lemma_of(noun), sent, noun)
        if noun.dep_ in ("compound", "nmod") and noun.head.i > noun.i:
            named = ctx.entity(noun.head)
        else:
            named = next((ctx.entity(a) for a in noun.children if a.dep_ == "appos" and a.i > noun.i), None)
        if named is None or named.type != "ORG":
            continue
        for parent in parents:
            if parent is not named:
                ctx.add(named, "affiliation", parent, lemma_of(noun), sent, noun)


def _owned_bodies(ctx: RelationContext, sent: Span) -> None:
    """ "X's radio station Y", "X's Y forces", "X's police forces, called Y": a body
    a group (or a province or region, not a state: a state body's tie to its own state is not
    annotated) owns, named by a noun of a force, outlet or service (``relations.yaml``
    ``owned_body_nouns``) and given its name in the phrase, is part of its owner."""
    words = _words("owned_body_nouns")
    for noun in matching(sent, words):
        if noun.pos_ != "NOUN" or lemma_of(noun) not in words:
            continue
        owners = [
            c
            for m in noun.children
            if m.dep_ == "poss" and m.lower_ not in PRONOUNS
            for c in [ctx.entity(m)]
            if c is not None and (c.type == "ORG" or (is_polity(c) and not is_country(c)))
        ]
        if len(owners) != 1:
            continue
        owner = owners[0]
        names = [ctx.entity(m) for m in noun.children if m.dep_ in ("compound", "nmod") and m.i < noun.i]
        names.append(ctx.entity(noun))  # ("X's Y forces" with the noun read into Y's name)
        after = noun.i + 1
        if after < sent.end and ctx.entity(noun.doc[after]) is not None and noun.doc[after].is_title:
            names.append(ctx.entity(noun.doc[after]))  # "X's radio station Y"
        names += [c for a in noun.children if a.dep_ == "appos" for c in ctx.actors(a, conj=False)]
        names += [
            c
            for acl in noun.children
            if acl.dep_ == "acl" and lemma_of(acl) in _NAMING
            for _, p in pobjs(acl, ("as",))
            for c in ctx.actors(p, conj=False)
        ]  # "X's security forces, known as Y"
        for name in dict.fromkeys(c for c in names if c is not None):
            if name.type == "ORG" and name is not owner:
                ctx.add(name, "affiliation", owner, OWNED_PART, sent, noun)


# ---------------------------------------------------------------------- cooperation


def _war_with(ctx: RelationContext, sent: Span, noun: Token) -> None:
    """ "X and Y are locked in a war with Z", "X has waged a feud with Z": a noun of hostility
    (``relations.yaml`` ``hostility_between``) whose "with" phrase names the foe of the subject of
    the verb it hangs on; not a verb of ending one ("talks to end the war with Z",
    ``relations.yaml`` ``ending_verbs``)."""
    foes = [c for _, p in pobjs(noun, ("with",)) for c in ctx.actors(p)]
    if not foes and noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "at":
        _at_war(ctx, sent, noun)  # "X and Y have been at war since 2019"
        return
    if not foes or noun.pos_ != "NOUN":
        return
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "attr"):
        return
    if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) in _words("ending_verbs"):
        return
    owners = ctx.modifier_entity(noun)
    subjects = [c for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") for c in ctx.actors(t)]
    if not subjects and verb.dep_ == "conj":  # "X is fighting Y and is locked in a rivalry with Z"
        subjects = [c for t in subjects_of(verb) for c in ctx.actors(t)]
    for owner in [owners] if owners is not None else subjects:
        for foe in foes:
            ctx.add(owner, "hostility", foe, lemma_of(noun), sent, noun)


def _at_war(ctx: RelationContext, sent: Span, noun: Token) -> None:
    """ "X and Y, the two factions of Z, have been at war since September": the conjoined
    subjects of the verb an "at war" phrase hangs on are each other's foes, and foes of whom the
    verb's own "with" phrase names ("X has been at war since 2022 with Y")."""
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) in _words("ending_verbs"):
        return
    sides = [c for t in verb.children if t.dep_ == "nsubj" for c in ctx.actors(t)]
    for i, a in enumerate(sides):
        for b in sides[i + 1 :]:
            ctx.add(a, "hostility", b, lemma_of(noun), sent, noun)
    # "X has been at war since 2022 with Y": the "with" phrase the parse hangs on the verb
    for foe in [c for _, p in pobjs(verb, ("with",)) for c in ctx.actors(p)]:
        for a in sides:
            if a is not foe:
                ctx.add(a, "hostility", foe, lemma_of(noun), sent, noun)


def _rivalry_verbs(ctx: RelationContext, sent: Span) -> None:
    """ "X competes with Y for territory", "X clashed with Y": a verb of rivalry (``relations.yaml``
    ``rivalry_verbs``) sets its subject against its "with" phrase."""
    for verb in matching(sent, _words("rivalry_verbs")):
        if verb.pos_ != "VERB" or lemma_of(verb) not in _words("rivalry_verbs"):
            continue
        foes = [c for _, p in pobjs(verb, ("with",)) for c in ctx.actors(p)]
        if not foes:
            continue
        for owner in (c for s in subjects_of(verb) for c in ctx.actors(s) or loyal_to(ctx, s)):
            for foe in foes:
                ctx.add(owner, "hostility", foe, lemma_of(verb), sent, verb)


#: Verbs whose subject charges or describes others with what their clause says (besides the
#: reporting verbs, read with them).
_CHARGING = frozenset({"accuse", "allege", "describe", "blame", "suspect", "charge", "claim"})


def _money_moved(ctx: RelationContext, sent: Span) -> None:
    """ "two men it accused of moving money to X fighters", "firms that channelled funds for Y":
    whoever moves money to or for an organisation works with it (cooperation; ``relations.yaml``
    ``money_moving``: the verbs, and the nouns of money their object must be)."""
    verbs, nouns = _words_of("money_moving", "verbs"), _words_of("money_moving", "nouns")
    for verb in matching(sent, verbs):
        if verb.pos_ != "VERB" or lemma_of(verb) not in verbs:
            continue
        money = [o for o in verb.children if o.dep_ == "dobj" and lemma_of(o) in nouns]
        if not money:
            continue
        partners = [
            c
            for h in (verb, *money)
            for _, p in pobjs(h, ("to", "for"))
            for c in ctx.actors(p)
            if c.type == "ORG"
        ]
        # not the one who says or charges it: "firms it accused of moving money for X" are the
        # movers, and "it", the subject of the charge, is not; "designated three men, saying they
        # had moved money to X": "they" is not the designator
        chargers = {
            id(c)
            for up in verb.ancestors
            if lemma_of(up) in _CHARGING or lemma_of(up) in reporting_verbs()
            for sub in subjects_of(up)
            for c in ctx.actors(sub)
        }
        for mover in (c for s in subjects_of(verb) for c in ctx.actors(s) if id(c) not in chargers):
            for partner in partners:
                ctx.add(mover, "cooperation", partner, lemma_of(verb), sent, verb)


def _turned_on(ctx: RelationContext, sent: Span) -> None:
    """ "X has turned its guns on Y", "a sheikh who turned on Y": a verb of turning (``relations.yaml``
    ``turning_on`` ``verbs``) with an "on"/"against" phrase, bare or with a weapon noun as object
    (``weapons``), sets its subject against the phrase's actors."""
    verbs, weapons = _words_of("turning_on", "verbs"), _words_of("turning_on", "weapons")
    for verb in matching(sent, verbs):
        if verb.pos_ != "VERB" or lemma_of(verb) not in verbs:
            continue
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        if any(lemma_of(o) not in weapons for o in objects):
            continue  # "turned the tide on X", "turned the city over to Y"
        foes = [c for _, p in pobjs(verb, ("on", "against")) for c in ctx.actors(p)]
        for owner in (c for s in subjects_of(verb) for c in ctx.actors(s)):
            for foe in foes:
                ctx.add(owner, "hostility", foe, lemma_of(verb), sent, verb)


@cache
def _mediation_words() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of hosting or mediating, nouns of talks) from ``relations.yaml`` ``mediation``."""
    table = ontology.table("relations.yaml").get("mediation") or {}
    return (
        frozenset(str(w).lower() for w in table.get("verbs") or ()),
        frozenset(str(w).lower() for w in table.get("talk_nouns") or ()),
    )


def _mediation(ctx: RelationContext, sent: Span) -> None:
    """ "X has hosted the peace dialogue between Y and Z", "X mediated talks between Y and Z": the
    host or mediator of talks between parties works with each of them (cooperation;
    ``relations.yaml`` ``mediation``)."""
    verbs, talks = _mediation_words()
    for verb in matching(sent, verbs):
        if verb.pos_ != "VERB" or lemma_of(verb) not in verbs:
            continue
        parties = [
            c
            for o in verb.children
            if o.dep_ == "dobj" and lemma_of(o) in talks
            for t in _between(o)
            for c in ctx.actors(t)
        ]
        if len(parties) < 2:
            continue
        for host in (c for s in subjects_of(verb) for c in ctx.actors(s)):
            for party in parties:
                if party is not host:
                    ctx.add(host, "cooperation", party, lemma_of(verb), sent, verb)
    _talks_facilitated(ctx, sent)


def _facilitators(ctx: RelationContext, sent: Span) -> list[tuple[Token, list[EntityCluster]]]:
    """Who a sentence says helps talks along, with the word that says so: the agent of a
    mediation verb's participle ("talks facilitated by X", "mediated by X and Y") and the one
    "acting as" a facilitator noun ("with X acting as facilitator"); ``relations.yaml``
    ``mediation`` ``verbs`` and ``facilitator_nouns``."""
    verbs, _ = _mediation_words()
    nouns = _words_of("mediation", "facilitator_nouns")
    out: list[tuple[Token, list[EntityCluster]]] = []
    for tok in matching(sent, verbs | {"act"}):
        if tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") and lemma_of(tok) in verbs:
            out.append((tok, [c for _, p in pobjs(tok, ("by",)) for c in ctx.actors(p)]))
        elif lemma_of(tok) == "act" and any(lemma_of(p) in nouns for _, p in pobjs(tok, ("as",))):
            subject = [c for s in tok.children if s.dep_ == "nsubj" for c in ctx.actors(s)]
            before = ctx.entity(tok.doc[tok.i - 1]) if tok.i > sent.start else None
            # "with X acting as facilitator", parsed with X as the object of "with"
            out.append((tok, subject or ([before] if before is not None and is_actor(before) else [])))
    return [(tok, found) for tok, found in out if found]


def _talks_facilitated(ctx: RelationContext, sent: Span) -> None:
    """ "talks between Y and Z, facilitated by X", "Y and Z negotiators met in W, with X acting as
    facilitator": the facilitator of talks works with each party (cooperation), and joint
    mediators with each other ("mediated by X and Y"). The parties are the "between" phrases of a
    talk noun (``relations.yaml`` ``mediation`` ``talk_nouns``) or the subjects of a meeting verb
    (``meeting_verbs``), their nationality adjectives included ("Thai and Z negotiators")."""
    found = _facilitators(ctx, sent)
    if not found:
        return
    _, talks = _mediation_words()
    meeting = _words_of("mediation", "meeting_verbs")
    sides: list[Token] = []
    for tok in sent:
        if tok.pos_ == "NOUN" and lemma_of(tok) in talks:
            sides += [t for inner in tok.subtree for t in _between(inner)]
        elif tok.pos_ == "VERB" and lemma_of(tok) in meeting:
            sides += [t for s in tok.children if s.dep_ == "nsubj" for t in (s, *s.conjuncts)]
    parties: list[EntityCluster] = []
    for side in sides:
        named = ctx.actors(side, conj=False)
        if not named and side.pos_ == "PROPN":  # "Thai and Z negotiators met": the adjective's state
            state = ctx.demonym(side)
            named = [state] if state is not None else []
        parties += [c for c in named if c not in parties]
    for word, helpers in found:
        for helper in helpers:
            for other in parties + helpers:
                if other is not helper:
                    ctx.add(helper, "cooperation", other, lemma_of(word), sent, word)


def _between(tok: Token) -> list[Token]:
    out: list[Token] = []
    for _, pobj in pobjs(tok, ("between",)):
        sides = [pobj, *pobj.conjuncts]
        if len(sides) == 1:
            other = _second_side(pobj)
            sides += [other] if other is not None else []
        out.extend(t for t in sides if not _is_possessor(t))
    return out


def _second_side(first: Token) -> Token | None:
    """ "between the army, led by A, and the RSF", parsed with the second side cut off as a
    clause of its own: the noun after the ", and" that closes the first side's set-off phrase
    (within a few words of it and in its sentence), or None."""
    doc = first.doc
    if first.i + 1 >= len(doc) or doc[first.i + 1].text != ",":
        return None
    end = min(len(doc), first.i + 14, first.sent.end)
    for i in range(first.i + 2, end - 1):
        if doc[i].lower_ == "and" and doc[i - 1].text == ",":
            j = i + 1 + (doc[i + 1].lower_ == "the")
            return doc[j] if j < end and doc[j].pos_ in ("NOUN", "PROPN") else None
    return None


def _is_possessor(tok: Token) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "POS"


def _cooperation(ctx: RelationContext, sent: Span) -> None:
    lex = relation_lexicon()
    lemmas, words = _scan_words()["cooperation"]
    for tok in matching(sent, lemmas, words):
        lemma = tok.lower_ if tok.lower_ in lex.host_between else lemma_of(tok)  # ("fighting", not "fight")
        gerund = tok.tag_ == "VBG" and lemma in lex.host_between  # "Fighting between X and Y killed ..."
        misparsed = tok.pos_ != "VERB" or tok.dep_ == "amod"  # ("X has long sheltered factions")
        if misparsed and lemma in lex.coop_verbs and _backing_on_words(ctx, sent, tok, lemma):
            continue
        if (tok.pos_ == "NOUN" or gerund) and (lemma in lex.coop_nouns or lemma in lex.host_between):
            hostile = lemma in lex.host_between or (
                tok.dep_ in ("dobj", "nsubjpass") and lemma_of(tok.head) in lex.severing
            )
            rtype = "hostility" if hostile else "cooperation"
            if lemma in lex.host_between and not _between(tok):
                _war_with(ctx, sent, tok)
                continue
            parties = [c for t in _between(tok) for c in ctx.actors(t)]
            for i, a in enumerate(parties):
                for b in parties[i + 1 :]:
                    ctx.add(a, rtype, b, lemma, sent, tok)
            if parties or lemma in lex.host_between:
                continue
            partners = [c for _, p in pobjs(tok, ("with", "for", "to", "from")) for c in ctx.actors(p)]
            if not partners and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
                verb = tok.head.head  # "acting in solidarity with Mali" ("with" hangs on the verb)
                partners = [c for _, p in pobjs(verb, ("with",)) for c in ctx.actors(p)]
            if not partners:
                continue
            mod = ctx.modifier_entity(tok)
            owners = [mod] if mod is not None else [c for s in subjects_of(tok) for c in ctx.actors(s)]
            if not owners and not hostile:
                owners = _reporter_of_operation(ctx, tok)
            for owner in owners:
                for partner in partners:
                    ctx.add(owner, rtype, partner, lemma, sent, tok)
        elif tok.pos_ == "VERB" and lemma in lex.coop_verbs:
            subj = [c for s in subjects_of(tok) for c in ctx.actors(s)]
            objs = [c for o in verb_objects(tok) for c in ctx.actors(o)]
            if objs and _group_joined_to_place(ctx, tok):
                # "backs the Houthis in Yemen and Hamas in Gaza", "Hamas" parsed as a second place:
                # the list read in word order gives each group and its own place
                objs += [g for g in _list_read_on_words(ctx, sent, tok) if g not in objs]
            elif objs:  # "backs Hezbollah in Lebanon and the X militia in Iraq"
                _objects_placed(ctx, sent, tok)
            # "backs several groups, including the Houthis in Yemen and ...", the last member
            # perhaps hung on the plural object by the parse
            objs = [*objs, *(g for g in _listed_members(ctx, sent, tok) if g not in objs)]
            objs = [*objs, *(g for g in _among_the_backed(ctx, sent, tok) if g not in objs)]
            # "X, which experts say is backed by Y" (the pronoun often parsed as an active subject)
            said = [a for c in tok.children for a in [said_relative(c)] if a is not None]
            passive_said = bool(said) and any(c.dep_ == "auxpass" for c in tok.children)
            if tok.tag_ == "VBN" and (passive_said or any(c.dep_ == "nsubjpass" for c in tok.children)):
                subj = [c for _, p in pobjs(tok, ("by", "at")) for c in ctx.actors(p)]
                if not subj:  # "X, which is armed and funded by Y": the agent of the last verb
                    later = [c for c in tok.conjuncts if c.i > tok.i and c.tag_ == "VBN"]
                    subj = [c for v in later for _, p in pobjs(v, ("by",)) for c in ctx.actors(p)]
                relative = any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in tok.children)
                if relative and tok.dep_ == "relcl" and not objs:  # "X, which is backed by Y"
                    objs = ctx.actors(tok.head) or _described(ctx, tok.head)
                if said and not objs:
                    objs = ctx.actors(said[0]) or _described(ctx, said[0])
            elif tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.dep_ == "relcl" and not objs:
                # "X, which is armed and funded by Y": the passive subject is the first verb's
                passive = [c for c in tok.head.children if c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP")]
                subj = [c for _, p in pobjs(tok, ("by",)) for c in ctx.actors(p)] if passive else []
                objs = ctx.actors(tok.head.head) if subj else []
            elif tok.dep_ in ("acl",) and tok.tag_ == "VBN":  # "factions backed by Iran"
                # ("X, trained and equipped by Y": the agent of the last participle)
                agents = [tok, *(c for c in tok.conjuncts if c.i > tok.i and c.tag_ == "VBN")]
                subj = [c for v in agents for _, p in pobjs(v, ("by",)) for c in ctx.actors(p)]
                objs = ctx.actors(tok.head) or _described(ctx, tok.head)
            for a in subj:
                for b in objs:
                    ctx.add(a, "cooperation", b, lemma, sent, tok)
                # "backs government troops against the militants": hostile to whom the help is against
                for b in [c for _, p in pobjs(tok, ("against",)) for c in ctx.actors(p)]:
                    if b not in objs:
                        ctx.add(a, "hostility", b, "against", sent, tok)
        elif lemma in lex.visit:
            _visit(ctx, sent, tok)
        elif tok.lower_ == "alongside":
            partners = [c for p in tok.children if p.dep_ == "pobj" for c in ctx.actors(p)]
            subj = [c for s in subjects_of(tok.head) for c in ctx.actors(s)]
            if not subj and tok.head.dep_ == "relcl" and _standing(tok.head):
                # "X, the auxiliaries who fight alongside the army" (the apposition parsed apart):
                # the one the relative clause's noun is said of; a standing tie only ("that fought
                # alongside Y in 2020-22" tells of a former one)
                subj = _described(ctx, tok.head.head)
            for a in subj:
                for b in partners:
                    ctx.add(a, "cooperation", b, "alongside", sent, tok)
            if lemma_of(tok.head) in _words("fighting_presence_verbs"):
                # "X have fought Y alongside Z": Z fights Y too
                fought = [c for o in verb_objects(tok.head) for c in ctx.actors(o)]
                # "X has fought alongside Z against Y": whom the fight is against
                against = [c for _, p in pobjs(tok.head, ("against",)) for c in ctx.actors(p)]
                fought += [c for c in against if c not in fought]
                for b in partners:
                    for enemy in fought:
                        if enemy not in subj:
                            ctx.add(b, "hostility", enemy, "alongside", sent, tok)
        elif tok.lower_ == "together" and tok.head.lower_ == "with" and tok.head.dep_ == "prep":
            _together_with(ctx, sent, tok.head)
        elif tok.dep_ in ("advmod", "amod") and tok.lower_ in lex.joint:
            # "X and Y jointly ...", "X and Y launched joint operations"
            subj = [c for s in subjects_of(tok.head) for c in ctx.actors(s)]
            if tok.dep_ == "amod":  # "a joint team of X and Y", "joint operations by X and Y"
                members = [c for _, p in pobjs(tok.head, ("of", "by")) for c in ctx.actors(p)]
                if len(members) < 2:  # "a joint team of X (XX) and the Y's Z": the parse lost Z
                    members = [c for prep, _ in pobjs(tok.head, ("of", "by")) for c in _named_list(ctx, prep)]
                if len(members) >= 2:  # (not "the joint force of the X alliance": one body)
                    subj = members
            elif len(subj) < 2:  # "was carried out jointly by X, Y and Z"
                agents = [c for c in tok.head.children if c.dep_ == "agent"]
                listed = [c for a in agents for c in _named_list(ctx, a)]
                subj = listed if len(listed) >= 2 else subj
            # "Uganda's army has hunted them in a joint offensive with X"
            subj += [c for _, p in pobjs(tok.head, ("with",)) for c in ctx.actors(p) if c not in subj]
            for i, a in enumerate(subj):
                for b in subj[i + 1 :]:
                    ctx.add(a, "cooperation", b, "joint", sent, tok)
    _joint_action(ctx, sent)
    _mediation(ctx, sent)
    _permitting(ctx, sent)
    _received_help(ctx, sent)
    _given_help(ctx, sent)


def _together_with(ctx: RelationContext, sent: Span, with_: Token) -> None:
    """ "Soldiers of X, together with Y, killed ...", "X, together with Y, launched ...": the
    organisations on either side of "together with" act together (cooperation). A passive deed
    ("X, together with Y, was designated") is done to them, not by them, and people named so are
    often victims or suspects: neither is read."""
    side = with_.head
    verb = side if side.pos_ in ("VERB", "AUX") else side.head if side.dep_ in ("nsubj",) else None
    if verb is None or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return
    if side is verb and any(c.dep_ == "dobj" and ctx.actors(c) for c in verb.children):
        return  # "brings X together with Y": the object and Y are put together, not the doer
    if side.pos_ in ("NOUN", "PROPN"):
        doers = ctx.actors(side)
    else:
        doers = [c for s in subjects_of(side) for c in ctx.actors(s)]
    partners = [c for p in with_.children if p.dep_ == "pobj" for c in ctx.actors(p)]
    for a in doers:
        for b in partners:
            if a.type != "PERSON" and b.type != "PERSON":
                ctx.add(a, "cooperation", b, "together", sent, with_)


def _partnering(ctx: RelationContext, sent: Span) -> None:
    """ "X works with Y", "X has coordinated with Y", "accused X of coordinating with Y", "X and
    Y quietly coordinated attacks": a verb of acting together (``relations.yaml``
    ``partnering_verbs``) ties its subject to the actors of its "with" phrase, or, with none,
    its coordinated subjects to one another (cooperation)."""
    verbs = _words("partnering_verbs")
    for verb in matching(sent, verbs):
        if verb.pos_ != "VERB" or lemma_of(verb) not in verbs:
            continue
        subjects = subjects_of(verb)
        doers = [c for s in subjects for c in ctx.actors(s)]
        partners = [c for _, p in pobjs(verb, ("with",)) for c in ctx.actors(p)]
        if partners:
            pairs = [(a, b) for a in doers for b in partners]
        elif any(s.conjuncts for s in subjects) and lemma_of(verb) in _words("reciprocal_partnering_verbs"):
            pairs = [(a, b) for i, a in enumerate(doers) for b in doers[i + 1 :]]
        else:
            continue
        for a, b in pairs:
            # (a part already tied to its parent is no partner of it: "accused X of working with
            # the EMC, the FARC dissident group", the apposition parsed as a second object)
            if a is not b and not ctx.has(a, "affiliation", b):
                ctx.add(a, "cooperation", b, lemma_of(verb), sent, verb)


def _reporter_of_operation(ctx: RelationContext, tok: Token) -> list[EntityCluster]:
    """ "X said the strike was carried out in coordination with Y": the teller of an operation
    told in the passive, with no doer named, is the one that carried it out (operation nouns:
    ``relations.yaml`` ``reported_operation_nouns``)."""
    verb = tok
    for _ in range(4):  # up to the passive verb the phrase hangs on
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    done = [
        c
        for c in verb.children
        if c.dep_ == "nsubjpass" and lemma_of(c) in _words("reported_operation_nouns")
    ]
    if not done or any(p.lower_ == "by" for p in verb.children) or verb.dep_ != "ccomp":
        return []
    teller = verb.head
    if lemma_of(teller) not in _speech_words()[0]:
        return []
    return [c for s in teller.children if s.dep_ == "nsubj" for c in ctx.actors(s) if c.type != "PERSON"]


def _received_help(ctx: RelationContext, sent: Span) -> None:
    """ "X receives training and funding from Y", "X has turned to Y for weapons": a group or state
    that gets help (``relations.yaml`` ``help_nouns``) from another cooperates with it (verbs:
    ``receiving_verbs`` with "from", ``turning_verbs`` with "to" ... "for")."""
    helps = _words("help_nouns")
    for verb in matching(sent, _words("receiving_verbs") | _words("turning_verbs")):
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        lemma = lemma_of(verb)
        if lemma in _words("receiving_verbs"):
            got = [o for o in verb.children if o.dep_ == "dobj"]
            got += [c for o in got for c in o.conjuncts]
            if not any(lemma_of(o) in helps for o in got):
                continue
            givers = [c for _, p in pobjs(verb, ("from",)) for c in ctx.actors(p)]
            givers += [c for o in got for _, p in pobjs(o, ("from",)) for c in ctx.actors(p)]
        elif lemma in _words("turning_verbs"):
            if not any(lemma_of(p) in helps for _, p in pobjs(verb, ("for",))):
                continue
            givers = [c for _, p in pobjs(verb, ("to",)) for c in ctx.actors(p)]
        else:
            continue
        takers = [c for s in subjects_of(verb) for c in ctx.actors(s)]
        for taker in takers:
            for giver in givers:
                if giver is not taker and giver.type != "PERSON" and taker.type != "PERSON":
                    ctx.add(taker, "cooperation", giver, lemma, sent, verb)


def _given_help(ctx: RelationContext, sent: Span) -> None:
    """ "X supplies weapons to Y", "X provides Y with funding": a party that gives help
    (``relations.yaml`` ``help_nouns``; verbs: ``giving_verbs``) cooperates with whom it gives it
    to; a plural recipient's listed members ("to several militias, among them A in P and B in
    Q") are the recipients, each "A in P" saying where A is based."""
    helps = _words("help_nouns")
    for verb in matching(sent, _words("giving_verbs")):
        if verb.pos_ != "VERB" or lemma_of(verb) not in _words("giving_verbs"):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "refused to supply", "does not send arms to Y"
        objs = [o for o in verb.children if o.dep_ == "dobj"]
        objs += [c for o in objs for c in o.conjuncts]
        given = [o for o in objs if lemma_of(o) in helps]
        if given:  # "supplies weapons to Y" ("to" on the verb or on the help)
            recipients = [
                p
                for holder in (verb, *given)
                for prep in holder.children
                if prep.dep_ in ("prep", "dative") and prep.lower_ == "to"
                for p in prep.children
                if p.dep_ == "pobj"
            ]
        elif any(lemma_of(p) in helps for _, p in pobjs(verb, ("with",))):
            recipients = objs  # "provides Y with weapons"
        else:
            continue
        takers = [c for t in recipients for c in ctx.actors(t)]
        counted = [p for r in recipients for _, p in pobjs(r, ("of",))]  # "to a number of militias"
        for plural in (t for t in (*recipients, *counted) if t.tag_ in ("NNS", "NNPS")):
            for opener in sent:
                if opener.i > plural.i and _opens_member_list(opener):
                    start = opener.nbor(1) if opener.lower_ == "such" else opener
                    takers += [g for g in _list_read_on_words(ctx, sent, start) if g not in takers]
        givers = [c for s in subjects_of(verb) for c in ctx.actors(s)]
        for giver in givers:
            for taker in takers:
                if giver is not taker and giver.type != "PERSON" and taker.type != "PERSON":
                    ctx.add(giver, "cooperation", taker, lemma_of(verb), sent, verb)


def _permitting(ctx: RelationContext, sent: Span) -> None:
    """ "accused X of allowing Y to operate from its soil", "X lets Y use its territory": whoever
    lets a group act from its ground cooperates with it (``relations.yaml`` ``permitting_verbs``
    and ``permitted_acts``: the verb Y is let do)."""
    acts = _words("permitted_acts") | relation_lexicon().operate_verbs | relation_lexicon().based_verbs
    for tok in matching(sent, _words("permitting_verbs")):
        if tok.pos_ != "VERB" or lemma_of(tok) not in _words("permitting_verbs"):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "will not allow X to operate"
        done = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and lemma_of(c) in acts]
        groups = [c for v in done for s in v.children if s.dep_ == "nsubj" for c in ctx.actors(s)]
        if done:  # "allowing the TTP to operate": the group is the object of "allow"
            groups += [c for o in tok.children if o.dep_ == "dobj" for c in ctx.actors(o)]
        hosts = [c for s in subjects_of(tok) for c in ctx.actors(s)]
        for host in hosts:
            for group in groups:
                if group is not host and group.type == "ORG":
                    ctx.add(host, "cooperation", group, lemma_of(tok), sent, tok)


@cache
def _joint_words() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of an operation that coordinated forces carry out together, verbs of relying on a
    partner) from ``relations.yaml`` ``joint_action``."""
    table = ontology.table("relations.yaml").get("joint_action") or {}
    return (
        frozenset(str(w).lower() for w in table.get("operation_verbs") or ()),
        frozenset(str(w).lower() for w in table.get("reliance_verbs") or ()),
    )


def _joint_action(ctx: RelationContext, sent: Span) -> None:
    """ "X and Y arrested three men", "officers of X and Y surrounded the house": forces named
    together as the doers of one operation act together (cooperation); "X has relied on Y":
    cooperation of X with the one it relies on."""
    operations, reliance = _joint_words()
    for tok in matching(sent, operations | reliance):  # (no other token is acted on)
        lemma = lemma_of(tok)
        if tok.pos_ != "VERB":
            continue
        if lemma in reliance:
            subj = [c for s in subjects_of(tok) for c in ctx.actors(s)]
            partners = [c for _, p in pobjs(tok, ("on", "upon")) for c in ctx.actors(p)]
            # "has relied on troops from X": the state the contingent comes from
            partners += [
                c
                for _, p in pobjs(tok, ("on", "upon"))
                if lemma_of(p) in _words("contingent_nouns")
                for _, q in pobjs(p, ("from",))
                for c in ctx.actors(q)
                if c not in partners
            ]
            for a in subj:
                for b in partners:
                    if a is not b:
                        ctx.add(a, "cooperation", b, lemma, sent, tok)
            continue
        if lemma not in operations:
            continue
        if any(o.lower_ in ("other", "another") for o in tok.children):
            continue  # "X and Y attacked each other"
        parties: list[EntityCluster] = []
        for subject in (c for c in tok.children if c.dep_ == "nsubj"):
            if len(subject.conjuncts) == 0 and not any(p.conjuncts for _, p in pobjs(subject, ("of",))):
                continue
            got = ctx.actors(subject)
            if len(got) < 2:  # "officers of X and Y surrounded the house"
                got = [c for _, p in pobjs(subject, ("of",)) for c in ctx.actors(p)]
            parties += [c for c in got if c not in parties and c.type == "ORG"]
        for i, a in enumerate(parties):
            for b in parties[i + 1 :]:
                ctx.add(a, "cooperation", b, "joint", sent, tok)


#: Word forms a helping verb takes right after its subject ("X arms", "X has long sheltered").
_FINITE_FORMS = frozenset({"NNS", "NN", "VBZ", "VBD", "VBN", "VBP", "JJ"})


def _subject_before(ctx: RelationContext, sent: Span, tok: Token) -> EntityCluster | None:
    """The actor a sentence opens with when ``tok`` follows it as its verb, read in word order:
    "X arms ...", "The X has long sheltered ..." (auxiliaries and adverbs between). None when
    anything else stands before the word."""
    doc = ctx.doc
    i = tok.i - 1
    while i >= sent.start and (doc[i].tag_ in ("RB", "MD") or doc[i].lemma_.lower() in ("have", "be")):
        i -= 1
    if i < sent.start:
        return None
    subj = ctx.entity(doc[i])
    if subj is None or not is_actor(subj) or subj.type == "PERSON":
        return None
    j = i
    while j > sent.start and ctx.entity(doc[j - 1]) is subj:
        j -= 1
    opens = j == sent.start or (j == sent.start + 1 and doc[sent.start].lower_ == "the")
    return subj if opens else None


def _verb_by_place(ctx: RelationContext, sent: Span, tok: Token) -> EntityCluster | None:
    """The subject of a helping verb (``relations.yaml`` ``cooperation_verbs``) that the parser
    read as a noun or modifier ("X arms and funds militias": "arms" a plural noun), told by its
    place right after the actor the sentence opens with; None when it is not read so."""
    if tok.tag_ not in _FINITE_FORMS or tok.dep_ == "compound":
        return None
    if lemma_of(tok) not in relation_lexicon().coop_verbs:
        return None
    return _subject_before(ctx, sent, tok)


def _backing_on_words(ctx: RelationContext, sent: Span, tok: Token, lemma: str) -> bool:
    """ "X arms and funds several militias, among them A in Y and B in Z", "X has long sheltered
    factions, notably A": a helping verb the parser read as a noun or modifier ("arms", "funds",
    "sheltered" tagged as plural nouns or adjectives), told by its place right after the actor
    the sentence opens with. The actor works with each member of the list that follows, or with
    the group named right after the verb; each "A in Y" says where A is based. Whether it read
    the sentence so."""
    subj = _verb_by_place(ctx, sent, tok)
    if subj is None:
        return False
    doc = ctx.doc
    members: list[EntityCluster] = []
    nxt = tok.i + 1
    helping = relation_lexicon().coop_verbs
    while nxt < sent.end and (doc[nxt].lower_ in ("the", "and") or lemma_of(doc[nxt]) in helping):
        nxt += 1  # "arms and funds the X"
    first = ctx.entity(doc[nxt]) if nxt < sent.end else None
    if first is not None and first.type == "ORG":
        members += _list_read_on_words(ctx, sent, doc[nxt - 1])
    for opener in doc[tok.i + 1 : sent.end]:
        if _opens_member_list(opener):
            start = opener.nbor(1) if opener.lower_ == "such" else opener
            members += [g for g in _list_read_on_words(ctx, sent, start) if g not in members]
    for member in members:
        if member is not subj:
            ctx.add(subj, "cooperation", member, lemma, sent, tok)
    return bool(members)


def _opens_member_list(tok: Token) -> bool:
    """Whether a word opens a list of members (``relations.yaml`` ``member_list_openers``):
    "including", "notably", "among them", "such as"."""
    if tok.lower_ not in _words("member_list_openers"):
        return False
    if tok.lower_ == "among":
        return _of_them(tok)
    if tok.lower_ == "such":
        return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "as"
    return True


def _objects_placed(ctx: RelationContext, sent: Span, verb: Token) -> None:
    """ "Iran backs Hezbollah in Lebanon and the X militia in Iraq": each armed group an object
    names is based in the place its own "in" phrase gives."""
    for obj in [o for head in verb_objects(verb) for o in (head, *head.conjuncts)]:
        group = ctx.entity(obj)
        if group is None and obj.lemma_.lower() in relation_lexicon().nonstate | {"movement", "faction"}:
            group = ctx.modifier_entity(obj)  # "the X militia in Iraq"
        if group is None or group.type != "ORG" or group.subtype in ("media", "government", "international"):
            continue
        for place in _own_in_places(ctx, obj, group):
            ctx.add(group, "based_in", place, "in", sent, obj)


def _group_joined_to_place(ctx: RelationContext, verb: Token) -> bool:
    """An object's "in" place has an organisation as its conjunct ("the Houthis in Yemen and
    Hamas in Gaza" parsed as "in [Yemen and Hamas]"): a second object hung on the place."""
    for obj in verb_objects(verb):
        for _, where in pobjs(obj, ("in",)):
            place = ctx.entity(where)
            if place is None or place.type != "PLACE":
                continue
            if any((c := ctx.entity(conj)) is not None and c.type == "ORG" for conj in where.conjuncts):
                return True
    return False


def _listed_members(ctx: RelationContext, sent: Span, verb: Token) -> list[EntityCluster]:
    """The groups an including-list names under a verb's plural object ("backs several armed
    groups, including A in Yemen and B in Iraq"); "A in Yemen" also says where A is based. The
    list may hang on the noun of a phrase after the object ("backs armed movements across the
    region, including A in X")."""
    out: list[EntityCluster] = []
    for obj in verb_objects(verb):
        counted = [p for _, p in pobjs(obj, ("of",)) if p.tag_ in ("NNS", "NNPS")]
        if obj.tag_ not in ("NNS", "NNPS") and not counted:  # "a number of militias, including"
            continue
        heads = [obj, verb]
        heads += [
            g
            for h in (obj, verb)
            for p in h.children
            if p.dep_ == "prep" and p.i > obj.i and p.lower_ not in ("including", "like")
            for g in p.children
            if g.dep_ == "pobj" and (g.pos_ == "NOUN" or _names_a_place(ctx, g))
        ]  # ("across the region, including", "across the X Basin, including": a named region too)
        preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
        # ", among them A in X and B in Y": the parser hangs "among them" on the first member
        preps += [t for t in sent if t.lower_ == "among" and t.i > obj.i and _of_them(t) and t not in preps]
        for prep in preps:
            if prep.lower_ not in ("including", "like", "among") or prep.i < obj.i:
                continue
            if any(c.dep_ == "pobj" for c in prep.children):
                out += [g for g in _list_read_on_words(ctx, sent, prep) if g not in out]
        # ", notably A in X", ", such as A in X": openers the parse hangs as adverbs
        for opener in sent:
            if opener.i <= obj.i or opener.lower_ in ("including", "like", "among"):
                continue
            if _opens_member_list(opener):
                start = opener.nbor(1) if opener.lower_ == "such" else opener
                out += [g for g in _list_read_on_words(ctx, sent, start) if g not in out]
    return out


def _among_the_backed(ctx: RelationContext, sent: Span, verb: Token) -> list[EntityCluster]:
    """The groups of "A in P and B in Q are among the militias that X backs": the verb's clause
    on a plural noun after "among" under a copula; the groups are the copula's subject side, read
    in word order from the sentence's start (each "A in P" saying where A is based)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.tag_ not in ("NNS", "NNPS"):
        return []
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "among" or lemma_of(prep.head) != "be":
        return []
    copula = prep.head
    if not any(c.dep_ in ("nsubj", "expl") and c.i < copula.i for c in copula.children):
        return []
    out: list[EntityCluster] = []
    current: EntityCluster | None = None
    after_in = False
    for tok in ctx.doc[sent.start : copula.i]:
        c = ctx.entity(tok)
        if c is not None and c.type == "ORG" and c is not current:
            current, after_in = c, False
            out += [c] if c not in out else []
        elif tok.lower_ == "in" and current is not None:
            after_in = True
        elif c is not None and c.type == "PLACE" and after_in and current is not None:
            ctx.add(current, "based_in", c, "in", sent, tok)
            current, after_in = None, False
    return out


def _names_a_place(ctx: RelationContext, token: Token) -> bool:
    """Whether the token belongs to a PLACE entity's name (a named region: "the X Basin")."""
    cluster = ctx.entity(token)
    return cluster is not None and cluster.type == "PLACE"


def _of_them(prep: Token) -> bool:
    """ "among them", "among those": a preposition whose object points back at a plural."""
    return any(c.dep_ == "pobj" and c.lower_ in ("them", "those") for c in prep.children)


def _list_read_on_words(ctx: RelationContext, sent: Span, prep: Token) -> list[EntityCluster]:
    """The groups of "including A in X and B in Y", read in word order (the parser hangs "B" and
    "in Y" anywhere): each group, and the place of the "in" right after it."""
    out: list[EntityCluster] = []
    current: EntityCluster | None = None
    after_in = False
    # read on to the end of the list, not of the parse's phrase ("including A in X and B in Y"
    # with "B" hung on the object and "in Y" on the verb): up to the next verb or clause break
    end = max(prep.right_edge.i + 1, _list_end(ctx.doc, prep.i, sent.end))
    for tok in ctx.doc[prep.i + 1 : end]:
        c = ctx.entity(tok)
        if c is not None and c.type == "ORG" and c is not current:
            current, after_in = c, False
            if c not in out:
                out.append(c)
        elif tok.lower_ == "in" and current is not None:
            after_in = True
        elif c is not None and c.type == "PLACE" and after_in and current is not None:
            ctx.add(current, "based_in", c, "in", sent, tok)
            current, after_in = None, False
        elif tok.lower_ in (",", "and", "as", "well") or tok.text == ";":
            after_in = False
    return out


def _named_list(ctx: RelationContext, prep: Token) -> list[EntityCluster]:
    """The organisations listed right after a preposition, read in word order ("of X (XX) and the
    Y's Z", "by X, Y and Z", however the parse hung them): names, their bracketed acronyms,
    commas, "and" and determiners; a name before "'s" is an owner, not a member. Stops at any
    other word."""
    out: list[EntityCluster] = []
    doc, end = ctx.doc, sentence_bounds(ctx.doc, prep.i)[1]
    i = prep.i + 1
    while i < end:
        tok = doc[i]
        c = ctx.entity(tok)
        if c is not None:
            j = i
            while j + 1 < end and ctx.entity(doc[j + 1]) is c:
                j += 1
            owner = j + 1 < end and doc[j + 1].tag_ == "POS"
            if c.type == "ORG" and not owner and c not in out:
                out.append(c)
            i = j + 1
            continue
        if tok.tag_ != "POS" and tok.lower_ not in (",", "and", "the", "(", ")", "as", "well"):
            break
        i += 1
    return out


def _list_end(doc: Doc, start: int, end: int) -> int:
    """Where a list opened at ``start`` ends: before the first verb, semicolon or clause-joining
    word after it, else at ``end``; a verb's subject set off by a comma ends it too ("..., UN
    experts say": "UN" names the source, no member)."""
    for tok in doc[start + 1 : end]:
        if tok.pos_ in ("VERB", "AUX") or tok.text == ";" or tok.lower_ in ("but", "while", "which", "who"):
            subjects = [
                c.left_edge.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
            ]
            if subjects and start < min(subjects) and doc[min(subjects) - 1].text == ",":
                return min(subjects)
            return tok.i
    return end


def _own_in_places(ctx: RelationContext, head: Token, group: EntityCluster) -> list[EntityCluster]:
    """Places of the "in" phrases hung on any word of a name ("Harakat-ul-X in Y", where the
    parser hangs "in X" on the name's last piece)."""
    words = [t for t in head.subtree if t.i == head.i or ctx.entity(t) is group]
    return [place for t in words for _, where in pobjs(t, ("in",)) for place in places_in(ctx, where)]


def _visit(ctx: RelationContext, sent: Span, tok: Token) -> None:
    """ "a Taliban delegation visited a LeT camp", "a visit to the JeM headquarters" by Hamas."""
    if tok.pos_ == "VERB":
        visitors = [c for s in subjects_of(tok) for c in ctx.actors(s)]
        hosts = [c for o in verb_objects(tok) for c in ctx.actors(o)]
    else:
        mod = ctx.modifier_entity(tok)
        visitors = [mod] if mod is not None else [c for s in subjects_of(tok) for c in ctx.actors(s)]
        hosts = [c for _, p in pobjs(tok, ("to",)) for c in ctx.actors(p)]
    for a in visitors:
        for b in hosts:
            if b.type == "ORG":
                ctx.add(a, "cooperation", b, "visit", sent, tok)


# ---------------------------------------------------------------------- hostility


def _hostility(ctx: RelationContext, sent: Span) -> None:
    lex = relation_lexicon()
    lemmas, words = _scan_words()["hostility"]
    for tok in matching(sent, lemmas, words):
        lemma = lemma_of(tok)
        if tok.pos_ == "VERB" and lemma in lex.host_verbs:
            if tok.dep_ == "amod":
                continue
            subj = [c for s in subjects_of(tok) for c in ctx.actors(s) or loyal_to(ctx, s)]
            if lemma in _words("charging_verbs"):
                # "Army blames X", "the army said, blaming X": the charge of an unnamed force is no
                # dyad of the state its common noun was read as (a named force's charge stays)
                forces = _words("apposed_force_nouns")
                subj = [
                    c
                    for s in subjects_of(tok)
                    for c in ctx.actors(s)
                    if not (is_country(c) and ctx.entity(s) is None and lemma_of(s) in forces)
                ]
            passive = tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in tok.children)
            if passive or (tok.tag_ == "VBN" and tok.dep_ == "acl"):  # "attacks blamed on X": no subject
                subj = [c for _, p in pobjs(tok, ("by",)) for c in ctx.actors(p)]
                if passive and not subj:  # "X demanded that Y be banned": X's hostility to Y
                    subj = [c for s in _demanders(tok) for c in ctx.actors(s)]
            targets: list[EntityCluster] = []
            # "bombed suspected X camps" (the parser makes "suspected" a verb that takes the object)
            misread = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and lemma_of(c) in _HEDGED]
            objects = verb_objects(tok) or [o for m in misread for o in verb_objects(m)]
            for obj in objects:
                got = ctx.actors(obj)
                for _, member in pobjs(obj, ("including",)):  # "hundreds, including Wagner mercenaries"
                    got = got + ctx.actors(member)
                if not got and lemma in lex.strike_words:
                    got = [c for _, p in pobjs(obj, ("in",)) for c in ctx.actors(p) if is_country(c)]
                if not got:  # "struck camps run by X", "attacks the capital", "stormed an army post near Y"
                    got = _held_by(ctx, obj) or _carried(ctx, obj) or _state_hit(ctx, sent, tok, obj, subj)
                targets.extend(got)
            for _, pobj in pobjs(tok, ("against", "on", "at")):
                targets.extend(ctx.actors(pobj) or _carried(ctx, pobj))
            if passive:  # "Y was accused by X": the passive subject is the one accused
                targets.extend(c for s in tok.children if s.dep_ == "nsubjpass" for c in ctx.actors(s))
            if not objects and not targets and lemma in lex.strike_words and not passive:
                # "X has repeatedly struck inside Y": an armed group striking in a country, no object
                armed = all(a.type == "ORG" and a.subtype == "armed_group" for a in subj)
                inside = [c for _, p in pobjs(tok, ("in", "inside")) for c in ctx.actors(p) if is_country(c)]
                targets = inside if armed else []
            for a in subj:
                for b in targets:
                    if a is not b:
                        ctx.add(a, "hostility", b, lemma, sent, tok)
        elif tok.pos_ == "NOUN" and lemma in lex.host_nouns:
            targets = [
                c
                for _, p in pobjs(tok, ("against", "on"))
                for c in ctx.actors(p) or _held_by(ctx, p) or _carried(ctx, p)
            ]
            if lemma in lex.host_measures or lemma in ("sanction",):  # "sanctions on two Xian businessmen"
                private = [
                    p
                    for _, p in pobjs(tok, ("on", "against"))
                    if lemma_of(p) in _words("private_party_nouns")
                ]
                states = {
                    id(c) for p in private for c in ctx.actors(p) if is_country(c) and ctx.entity(p) is None
                }
                targets = [c for c in targets if id(c) not in states]
            if not targets and tok.dep_ == "dobj":  # "launched operations against X" ("against" on the verb)
                targets = [
                    c
                    for _, p in pobjs(tok.head, ("against", "on"))
                    for c in ctx.actors(p) or _held_by(ctx, p) or _carried(ctx, p)
                ]
            for acl in tok.children:  # "a strike aimed at X hideouts", "an operation targeting X"
                if acl.dep_ == "acl" and lemma_of(acl) in ("aim", "direct", "target"):
                    targets += [c for _, p in pobjs(acl, ("at", "against")) for c in ctx.actors(p)]
                    targets += [c for o in verb_objects(acl) if o.dep_ == "dobj" for c in ctx.actors(o)]
            if lemma in lex.host_measures and not targets:  # "the designation of X", "its ban of X"
                targets = [c for _, p in pobjs(tok, ("of",)) for c in ctx.actors(p) if c.type == "ORG"]
            if lemma in lex.host_relational:
                rivals: list[Token] = []
                targets += [c for _, p in pobjs(tok, ("of",)) for c in ctx.actors(p)]
                mod = ctx.modifier_entity(tok)
                if mod is not None:
                    targets.append(mod)
                owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
                if tok.dep_ == "conj" and owned:
                    # "X and its rival, Y", "X rather than its rival, Y": the rival of the name the
                    # noun is joined to (and the parser may hang the apposed rival on that name)
                    owner = ctx.entity(tok.head)
                    targets += [owner] if mod is None and owner is not None else []
                    if not any(a.dep_ == "appos" for a in tok.children):
                        rivals = [a for a in tok.head.children if a.dep_ == "appos" and a.i > tok.i]
                agents = [c for s in subjects_of(tok) for c in ctx.actors(s)]
                # "X, long a rival of Y", "its rival, the Y": the apposed name is the rival
                if tok.dep_ == "appos":
                    agents += ctx.actors(tok.head, conj=False)
                elif tok.dep_ == "conj" and tok.head.dep_ == "appos" and not agents:
                    # "X, an A affiliate and a rival of Y": the second apposed noun is X's too
                    agents += ctx.actors(tok.head.head, conj=False)
                rivals += [a for a in tok.children if a.dep_ == "appos"]
                agents += [c for a in rivals for c in ctx.actors(a, conj=False)]
            else:
                mod = ctx.modifier_entity(tok)
                agents = [mod] if mod is not None else [c for s in subjects_of(tok) for c in ctx.actors(s)]
                agents += [c for _, p in pobjs(tok, ("by",)) for c in ctx.actors(p)]
                if not targets and lemma in lex.strike_words:  # a group's "attacks in India"
                    agents = [a for a in agents if a.type == "ORG" and a.subtype == "armed_group"]
                    targets = [c for _, p in pobjs(tok, ("in",)) for c in ctx.actors(p) if is_country(c)]
            for a in agents:
                for b in targets:
                    if a is not b:
                        ctx.add(a, "hostility", b, lemma, sent, tok)
    _encounters(ctx, sent)
    _reciprocal_hostility(ctx, sent)
    _measures_on_helpers(ctx, sent)
    _listed_as(ctx, sent)
    _custody(ctx, sent)


def _encounters(ctx: RelationContext, sent: Span) -> None:
    """ "Soldiers of X ran into a band of Y rebels", "troops of X caught up with a column of Y
    fighters": a state side that comes upon a group's men in the field (``relations.yaml``
    ``encounter_verbs``: the verb and the preposition that names whom it meets) is hostile to the
    group. The meeting side must be a state side and the group a non-state organisation, so that
    "the envoy ran into the rebel leader" or two groups "catching up with" one another are not read."""
    table = ontology.table("relations.yaml").get("encounter_verbs") or {}
    preps = {str(k).lower(): str(v).lower() for k, v in table.items()}
    for verb in matching(sent, frozenset(preps)):
        if verb.pos_ != "VERB" or lemma_of(verb) not in preps:
            continue
        met = [c for _, p in pobjs(verb, (preps[lemma_of(verb)],)) for c in ctx.actors(p)]
        for a in (c for s in subjects_of(verb) for c in ctx.actors(s)):
            if not _state_side(a):
                continue
            for b in met:
                if b is not a and b.type == "ORG" and not _state_side(b):
                    ctx.add(a, "hostility", b, lemma_of(verb), sent, verb)


def _custody(ctx: RelationContext, sent: Span) -> None:
    """ "Police arrested two X cadres", "troops of Y captured three members of X", "five X fighters
    were detained by Y": a state side (``_state_side``) that takes a group's people into custody
    is hostile to the group (``relations.yaml`` ``custody_verbs``). The taker must be a state side
    and the taken a non-state organisation named in the phrase of those taken: a group that seizes
    people abducts them, and "picked up a pair of traders accused of ties to X" names no member of X
    as taken."""
    verbs = _words("custody_verbs")
    for verb in matching(sent, verbs):
        if verb.pos_ != "VERB" or lemma_of(verb) not in verbs or verb.dep_ == "amod":
            continue
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        if passive:
            takers = [c for _, p in pobjs(verb, ("by",)) for c in ctx.actors(p)]
            phrases = [s for s in verb.children if s.dep_ == "nsubjpass"]
        else:
            takers = [c for s in subjects_of(verb) for c in ctx.actors(s)]
            phrases = verb_objects(verb)
        # the group must be named in the phrase of those taken ("two X cadres", "members of X"):
        # "a financier of the group", "four suspected members" leave whose men they are to a guess
        named = {id(c) for p in phrases for t in p.subtree for c in [ctx.entity(t)] if c is not None}
        taken = [c for p in phrases for c in ctx.actors(p) if id(c) in named]
        for a in takers:
            if not _state_side(a):
                continue
            for b in taken:
                if b is not a and b.type == "ORG" and not _state_side(b):
                    ctx.add(a, "hostility", b, lemma_of(verb), sent, verb)


@cache
def _listing_as() -> tuple[frozenset[str], frozenset[str]]:
    table = ontology.table("relations.yaml").get("listing_as") or {}
    return (
        frozenset(str(w).lower() for w in table.get("verbs") or ()),
        frozenset(str(w).lower() for w in table.get("words") or ()),
    )


def _label_complement(ctx: RelationContext, verb: Token) -> bool:
    """Whether a listing verb takes its label as a bare complement ("declared X and Y terrorist
    organisations", "remains designated a terrorist organisation by Z"): a noun of
    ``listing_as`` ``nouns`` that names no entity, hung on the verb or joined to its object,
    with a ``listing_as`` word before it."""
    _, words = _listing_as()
    nouns = _words_of("listing_as", "nouns")
    heads = [verb, *(o for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))]
    found = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr")]
    found += [c for h in heads[1:] for c in h.subtree if c.dep_ in ("conj", "appos", "oprd")]
    for noun in found:
        if lemma_of(noun) not in nouns or ctx.entity(noun) is not None:
            continue
        if any(c.i < noun.i and (c.lower_ in words or lemma_of(c) in words) for c in noun.children):
            return True
    return False


@cache
def _words_of(table: str, key: str) -> frozenset[str]:
    """A word list nested in a table of ``relations.yaml``, lower case."""
    found = (ontology.table("relations.yaml").get(table) or {}).get(key) or ()
    return frozenset(str(w).lower() for w in found)


def _capital_state(ctx: RelationContext, tok: Token) -> list[EntityCluster]:
    """The state a capital named as a doer stands for ("which Ankara lists as ...")."""
    place = ctx.entity(tok)
    state = ctx.capital_state(place) if place is not None else None
    return [state] if state is not None else []


def _listed_as(ctx: RelationContext, sent: Span) -> None:
    """ "X, which Y lists as a terrorist organisation", "X remains designated as a terrorist
    group by Y and by Z": whoever lists a group as a terrorist one is hostile to it
    (``relations.yaml`` ``listing_as``)."""
    verbs, words = _listing_as()
    for tok in matching(sent, verbs):
        if tok.pos_ != "VERB" or lemma_of(tok) not in verbs:
            continue
        labels = [p for _, p in pobjs(tok, ("as",))]
        complement = not any(w.lower_ in words or lemma_of(w) in words for p in labels for w in p.subtree)
        if complement and not _label_complement(ctx, tok):
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        passive = passive or (complement and tok.tag_ == "VBN" and tok.dep_ in ("xcomp", "acomp"))
        if passive:
            listers = [
                c
                for t in tok.subtree
                if t.lower_ == "by" and t.pos_ == "ADP"
                for p in t.children
                if p.dep_ == "pobj"
                for c in ctx.actors(p)
            ]
            heads = [tok, *(c for c in tok.children if c.dep_ == "auxpass")]  # "X remains designated"
            listed = [
                c
                for h in heads
                for s in h.children
                if s.dep_ in ("nsubjpass", "nsubj")
                for c in ctx.actors(s)
            ]
            if not listed and tok.dep_ in ("xcomp", "acomp"):  # "X remains designated a terrorist group"
                listed = [c for s in subjects_of(tok) for c in ctx.actors(s)]
        else:
            listers = [c for s in subjects_of(tok) for c in ctx.actors(s) or _capital_state(ctx, s)]
            listed = [c for o in verb_objects(tok) for c in ctx.actors(o)]
            if complement:  # "declared X, Y and 20 other gangs terrorist organisations": each one named
                named = (ctx.entity(t) for o in verb_objects(tok) for t in o.subtree)
                listed += [c for c in named if c is not None and c.type == "ORG" and c not in listed]
        for a in listers:
            for b in listed:
                if a is not b and b.type == "ORG":
                    ctx.add(a, "hostility", b, lemma_of(tok), sent, tok)


@cache
def _measure_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(verbs of a measure on those served, verbs imposing a measure, measure nouns) from
    ``relations.yaml`` ``measures_on_helpers``."""
    table = ontology.table("relations.yaml").get("measures_on_helpers") or {}
    return (
        frozenset(str(w).lower() for w in table.get("verbs") or ()),
        frozenset(str(w).lower() for w in table.get("imposing_verbs") or ()),
        frozenset(str(w).lower() for w in table.get("measure_nouns") or ()),
    )


def _measures_on_helpers(ctx: RelationContext, sent: Span) -> None:
    """ "Washington sanctioned two men it said moved money for X", "imposed sanctions on firms
    that supplied the X": a measure taken against those who serve a group is taken against the
    group (``relations.yaml`` ``measures_on_helpers``)."""
    verbs, imposing, measures = _measure_words()
    for tok in matching(sent, verbs | imposing):  # (no other token is acted on)
        lemma = lemma_of(tok)
        if tok.pos_ != "VERB" or (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod")):
            continue
        if lemma in verbs:
            served = [o for o in tok.children if o.dep_ == "dobj"]
        elif lemma in imposing and any(lemma_of(o) in measures for o in tok.children if o.dep_ == "dobj"):
            served = [p for _, p in pobjs(tok, ("on", "against"))]
            served += [p for o in tok.children if o.dep_ == "dobj" for _, p in pobjs(o, ("on", "against"))]
        else:
            continue
        takers = [c for sub in subjects_of(tok) for c in ctx.actors(sub)]
        for head in served:
            if ctx.entity(head) is not None:
                continue  # the measure names the group itself (read by _hostility)
            helped: list[EntityCluster] = []
            for t in head.subtree:
                c = ctx.entity(t)
                if c is None or c.type != "ORG" or c.subtype == "media" or t.i <= head.i:
                    continue
                chain = [t, *(x for x in t.ancestors if x.i > head.i)]
                if any(x.dep_ == "appos" for x in chain):
                    continue  # "money for X, a faction of Y": the measure is against X
                if c not in helped and c not in takers:
                    helped.append(c)
            for a in takers:
                for b in helped:
                    ctx.add(a, "hostility", b, lemma, sent, tok)


@cache
def _reciprocal_words() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs that need "each other", verbs that are mutual by themselves) from
    ``relations.yaml`` ``reciprocal_hostility``."""
    table = ontology.table("relations.yaml").get("reciprocal_hostility") or {}
    return (
        frozenset(str(w).lower() for w in table.get("with_each_other") or ()),
        frozenset(str(w).lower() for w in table.get("mutual") or ()),
    )


def _reciprocal_hostility(ctx: RelationContext, sent: Span) -> None:
    """ "X and Y have fought each other", "X and Y clashed near Z", "fighters of X and Y
    fought for two days": a verb of fighting whose coordinated subjects act on one another (not
    with a "with", "against" or "alongside" party of their own, nor "together")."""
    needs_other, mutual = _reciprocal_words()
    breakaway = _words_of("reciprocal_hostility", "breakaway_nouns")
    for tok in matching(sent, needs_other | mutual):  # (no other token is acted on)
        lemma = lemma_of(tok)
        if tok.pos_ != "VERB" or lemma not in needs_other | mutual:
            continue
        objects = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod", "advmod")]
        each_other = any(o.lower_ in ("other", "another") for o in objects)
        if not each_other and (lemma not in mutual or any(o.dep_ == "dobj" for o in objects)):
            continue
        if any(p.lower_ in ("against", "alongside") for p in tok.children if p.dep_ == "prep"):
            continue
        if not each_other and any(
            (c.dep_ == "prep" and c.lower_ in ("with", "beside")) or c.lower_ in ("together", "jointly")
            for c in tok.children
        ):
            continue  # "X and Y clashed with the army", "X and Y fought together": one side
        if side_by_side(tok):  # "X and Y fought side by side" (relation_closeness)
            continue
        parties: list[EntityCluster] = []
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if any(lemma_of(w) in breakaway for subject in subjects for w in (subject, *subject.conjuncts)):
            continue  # "X and Y dissidents fight": the dissidents are not Y
        for subject in subjects:
            got = ctx.actors(subject)
            if not got:  # "fighters of X and Y clashed"
                got = [c for _, p in pobjs(subject, ("of",)) for c in ctx.actors(p)]
            parties += [c for c in got if c not in parties]
        for i, a in enumerate(parties):
            for b in parties[i + 1 :]:
                ctx.add(a, "hostility", b, lemma, sent, tok)
    _enemies_of_each_other(ctx, sent)


def _enemies_of_each_other(ctx: RelationContext, sent: Span) -> None:
    """ "X and Y remain bitter enemies of each other", "..., although they are rivals of one
    another": a relational noun of hostility (``relations.yaml`` ``hostility_relational_nouns``)
    said of its coordinated subjects ("they" read as the subjects of the clause it qualifies)."""
    doc = sent.doc
    parse = parse_index(doc)
    host = relation_lexicon().host_relational
    for i in range(sent.start, sent.end):
        if parse.pos[i] != NOUN or parse.lemmas[i] not in host:
            continue
        noun = doc[i]
        reciprocal = any(t.lower_ in ("other", "another") for _, p in pobjs(noun, ("of",)) for t in p.subtree)
        verb = noun.head
        if not reciprocal or noun.dep_ not in ("attr", "oprd") or verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(s.lower_ == "they" for s in subjects) and verb.dep_ in ("advcl", "conj"):
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "..., although they are"
        parties = list(dict.fromkeys(c for s in subjects for c in ctx.actors(s)))
        for i, a in enumerate(parties):
            for b in parties[i + 1 :]:
                ctx.add(a, "hostility", b, lemma_of(noun), sent, noun)


@cache
def _speech_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(speaking verbs, verbs of fighting a group a speaker vows, nouns of authorship) from
    ``relations.yaml`` ``spoken_hostility``."""
    table = ontology.table("relations.yaml").get("spoken_hostility") or {}
    return (
        frozenset(str(w).lower() for w in table.get("speaking_verbs", [])),
        frozenset(str(w).lower() for w in table.get("vowed_verbs", [])),
        frozenset(str(w).lower() for w in table.get("authorship_nouns", [])),
    )


def _spoken_hostility(ctx: RelationContext, sent: Span) -> None:
    """Hostility a speaker states in words: a person or state who says an armed group did
    violence ("the governor said the bombing was the work of X", "said X had carried out the
    raid", "said the evidence pointed to X", "linked the ambush to X") or vows to fight it
    ("vowed to crush X", "would hunt down X fighters"). Only armed groups are targets: the
    speaker's words name an enemy."""
    speaking, vowed, authorship = _speech_words()
    pointing = _words_of("spoken_hostility", "pointing_verbs")
    suspecting = _words_of("spoken_hostility", "suspecting_verbs")
    bodies = _words_of("spoken_hostility", "body_speakers")
    for verb in matching(sent, speaking):
        if verb.pos_ != "VERB" or lemma_of(verb) not in speaking:
            continue
        speakers = [
            c
            for s in subjects_of(verb)
            for c in ctx.actors(s)
            if c.type == "PERSON" or is_country(c) or (c.type == "ORG" and c.subtype in bodies)
        ]
        if not speakers:
            continue
        # (a fronted quotation the parser leaves unattached counts: '"... point to X," she said')
        clauses = [
            c for c in verb.children if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dep" and c.i < verb.i)
        ]
        groups: list[EntityCluster] = []
        for tok in (t for c in clauses for t in c.subtree):
            if tok.pos_ not in ("PROPN", "NOUN"):
                continue  # (only a name or a noun standing for one can be the group)
            head = tok.head
            # "said X carried out the raid", "said X was behind the attack"
            doer = tok.dep_ == "nsubj" and (
                (lemma_of(head) == "carry" and any(c.lower_ == "out" for c in head.children))
                or any(c.dep_ == "prep" and c.lower_ == "behind" for c in head.children)
                or any(c.dep_ == "acomp" and c.lower_ == "responsible" for c in head.children)
            )
            # "said the shooting was carried out by (a cell of) X", "said members of X were
            # suspected of planting the bomb", "said it suspected X"
            doer = doer or (
                tok.dep_ == "pobj"
                and head.dep_ == "agent"
                and lemma_of(head.head) == "carry"
                and any(c.lower_ == "out" for c in head.head.children)
            )
            doer = doer or (
                tok.dep_ == "nsubjpass"
                and lemma_of(head) in suspecting
                and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in head.children)
            )
            doer = doer or (tok.dep_ == "dobj" and lemma_of(head) in suspecting)
            work = tok.dep_ == "pobj" and head.lower_ == "of" and lemma_of(head.head) in authorship
            # "said the evidence pointed to X", "'the remains point to X,' he said"
            work = work or (tok.dep_ == "pobj" and head.lower_ == "to" and lemma_of(head.head) in pointing)
            fought = (
                tok.dep_ in ("dobj", "pobj")
                and lemma_of(tok.head if tok.dep_ == "dobj" else head.head) in vowed
                # (not the sides of a fight told: "warned that fighting between X and Y ...")
                and (tok.head if tok.dep_ == "dobj" else head.head).pos_ == "VERB"
                and not (tok.dep_ == "pobj" and head.lower_ == "between")
            )
            fought = fought or (
                tok.dep_ == "compound" and head.dep_ == "dobj" and lemma_of(head.head) in vowed
            )  # "hunt down X fighters"
            fighting = tok.head if tok.dep_ == "dobj" else head.head
            if fought and fighting.dep_ in ("relcl", "acl"):
                # "said the findings pointed to X, which has waged war on Y", "the work of an X
                # cell fighting Y": X's enemy, not the speaker's
                fought = False
            if doer or work or fought:
                named = ctx.actors(tok, conj=fought)  # "vowed to crush X, Y and Z": each of them
                groups += [
                    g for g in named if g.type == "ORG" and g.subtype == "armed_group" and g not in groups
                ]
        if lemma_of(verb) in ("link", "tie"):  # "linked the ambush to X"
            groups += [
                g
                for h in (verb, *(o for o in verb.children if o.dep_ == "dobj"))  # "to" on the object
                for _, p in pobjs(h, ("to",))
                for g in ctx.actors(p)
                if g.type == "ORG" and g.subtype == "armed_group" and g not in groups
            ]
        for speaker in speakers:
            for group in groups:
                ctx.add(speaker, "hostility", group, lemma_of(verb), sent, verb)


def _held_by(ctx: RelationContext, noun: Token) -> list[EntityCluster]:
    """Whose camps, offices or hideouts a struck noun names: "camps run by X", "offices used by
    X and Y" (a based noun with a participle whose agent is a group)."""
    lex = relation_lexicon()
    if not is_word(noun, lex.based_nouns):
        return []
    out: list[EntityCluster] = []
    for head in [noun, *noun.conjuncts]:
        for acl in head.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN":
                agents = [c for _, p in pobjs(acl, ("by",)) for c in ctx.actors(p)]
                out += [c for c in agents if c.type == "ORG" and c not in out]
    return out


def _carried(ctx: RelationContext, noun: Token) -> list[EntityCluster]:
    """Whom a struck vehicle carries: "a ferry carrying officers of X", "a bus transporting Y
    soldiers" (a noun with a participle of ``relations.yaml`` ``carrying_verbs`` whose object
    names an actor); none for a vehicle named without one."""
    out: list[EntityCluster] = []
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBG" and lemma_of(acl) in _words("carrying_verbs"):
            out += [c for o in verb_objects(acl) for c in ctx.actors(o) if c not in out]
    return out


def _state_hit(
    ctx: RelationContext, sent: Span, verb: Token, obj: Token, agents: list[EntityCluster]
) -> list[EntityCluster]:
    """The state an armed group hits when it attacks that state's forces or capital without
    naming the state: "attacks the capital" (the one country of the sentence, else the report's
    own), "stormed an army post near Y" (the country of Y, when the report names it)."""
    if not agents or not all(a.type == "ORG" and a.subtype == "armed_group" for a in agents):
        return []
    lex = relation_lexicon()
    if obj.lower_ == "capital" and ctx.entity(obj) is None and any(c.lower_ == "the" for c in obj.children):
        named = list(dict.fromkeys(c for i in range(sent.start, sent.end) for c in [ctx.index.get(i)] if c))
        named = [c for c in named if is_country(c)]
        home = named if len(named) == 1 else [c for c in [_dateline_country(ctx)] if c is not None]
        return home
    forces = [obj]
    if is_word(obj, lex.state_carriers):  # "an army convoy", "a military helicopter"
        forces = [m for m in obj.children if m.dep_ in ("compound", "amod")]
    if not any(is_word(t, lex.state_forces) for t in forces) or ctx.modifier_entity(obj) is not None:
        return []
    preps = ("in", "near", "at", "outside")
    places = [c for h in (obj, verb) for _, p in pobjs(h, preps) for c in places_in(ctx, p)]
    states = [ctx.countries.get(p.country) for p in places if p.country]
    return list(dict.fromkeys(s for s in states if s is not None))


#: Participles a parser may take for the verb of a hostility verb's object ("bombed suspected X camps").
_HEDGED = frozenset({"suspect", "allege"})

#: Verbs whose subject asks for what their clause says ("demanded that X be banned").
_DEMAND_VERBS = frozenset({"demand", "urge", "call", "ask", "want", "seek", "propose", "press"})


def _demanders(verb: Token) -> list[Token]:
    """The subject of a demand a passive clause hangs from ("X demanded that Y be designated and
    banned"): whoever asks for the measure."""
    current = verb
    for _ in range(3):
        if current.dep_ not in ("ccomp", "xcomp", "conj") or current.head is current:
            return []
        current = current.head
        if lemma_of(current) in _DEMAND_VERBS:
            return [c for c in current.children if c.dep_ == "nsubj"]
    return []


# ---------------------------------------------------------------------- based_in


def _based_in(ctx: RelationContext, sent: Span) -> None:
    lex = relation_lexicon()
    lemmas, words = _scan_words()["based_in"]
    moving = _words("movement_verbs")
    # every other token goes to _org_places, which reads only those that name an entity
    for tok in matching(sent, lemmas, words, also=ctx.index):
        lemma = lemma_of(tok)
        if tok.pos_ == "VERB" and lemma in _words("deploy_verbs") and lemma not in lex.based_verbs:
            _deployed(ctx, sent, tok)
        elif tok.pos_ in ("VERB", "ADJ") and lemma in lex.based_verbs | lex.operate_verbs | moving:
            preps = ("in", "at") if lemma in lex.based_verbs else (*lex.operate_preps, *extra_operate_preps())
            if lemma in moving:  # "cells move between X and Y": ground an armed group's men cross
                preps = tuple(_words("movement_preps"))
            grounds = [p for _, p in pobjs(tok, preps)] + (_out_of(tok) if "out" in preps else [])
            # ("shelter across the border in X": the place the border phrase names)
            grounds += [
                q for p in grounds if lemma_of(p) in _words("border_nouns") for _, q in pobjs(p, ("in",))
            ]
            # ("in X, Y and parts of Z", "in X and the forests of Y": ground listed beside a place)
            grounds += [
                q for p in grounds for q in p.conjuncts if q.is_lower and is_word(q, lex.terrain_nouns)
            ]
            # ("from the hills of X and neighbouring Y": the place hung on the ground, relation_bases)
            grounds += [q for p in grounds for q in conjoined_grounds(ctx, p) if q not in grounds]
            places = [c for p in grounds for c in places_in(ctx, p) + _bases_in(ctx, p)]
            if not places:  # "based in the coastal city of X" (relation_bases)
                places = [c for p in grounds for c in named_grounds(ctx, p)]
            if not places:  # "active in the south of the province": the province named last
                places = [c for p in grounds for c in _anaphoric_ground(ctx, p)]
            if not places and tok.dep_ == "acomp":  # "is active in X", "in X" hung on the copula
                places = [c for _, p in pobjs(tok.head, preps) for c in places_in(ctx, p) + _bases_in(ctx, p)]
            if not places:  # "operates from Ruritanian soil": the country its adjective names
                places = [c for _, p in pobjs(tok, preps) for c in _country_ground(ctx, p)]
            if not places and lemma in _words("roam_verbs"):  # "whose cells roam the X desert"
                places = [c for o in verb_objects(tok) for c in places_in(ctx, o) + _bases_in(ctx, o)]
            if not places:
                continue
            # (a participle with a relative pronoun of its own, "the branch of Y that has operated
            # from Z", is read through that pronoun: the phrase the clause hangs on, not Y)
            reduced = tok.dep_ == "relcl" and tok.tag_ == "VBN" and not subjects_of(tok)
            if tok.dep_ in ("acl", "amod") or reduced:
                owners = ctx.actors(tok.head) or _described(ctx, tok.head)
                if ctx.entity(tok.head) is None and is_word(tok.head, lex.links):
                    # "A, the X unit active in Y", "B, X's branch operating in Z": the group the
                    # link noun describes (A, B) is the one active there, not its owner X
                    owners = [c for c in _described(ctx, tok.head) if c.type == "ORG"] or owners
                owners = owners or _unowned_men(ctx, tok.head)  # "cells operating from X"
                if not owners:  # "the Committee (CEMOC), a regional body headquartered in X"
                    left = ctx.named_before(tok.head)
                    owners = [left] if left is not None else []
            else:
                passive = [s for s in tok.children if s.dep_ == "nsubjpass"]
                # "fighters are based in X" (never the subject of a verb it hangs from)
                owners = [c for s in passive for c in ctx.actors(s)]
                if not passive:
                    owners = [c for s in subjects_of(tok) for c in ctx.actors(s)]
                    owners = owners or [c for s in subjects_of(tok) for c in _unowned_men(ctx, s)]
                    # "X has fighters who operate from Y" (relation_bases)
                    owners = owners or holder_of_men(ctx, tok, _words("presence_nouns"))
                if not owners and tok.dep_ == "acomp":  # "X is active in Y": the copula's subject
                    owners = [c for s in subjects_of(tok.head) for c in ctx.actors(s)]
                if not owners and tok.dep_ == "acomp" and tok.head.dep_ == "relcl":
                    # "the X group, which is active in Y": the noun the relative clause hangs on
                    owners = ctx.actors(tok.head.head)
                if not owners and tok.dep_ == "xcomp" and lemma_of(tok.head) in _words("raising_verbs"):
                    # "X cells are believed to operate from Y": the subject of the passive verb
                    owners = [c for s in tok.head.children if s.dep_ == "nsubjpass" for c in ctx.actors(s)]
            if lemma in moving:  # (troops moving through a district are not based there)
                owners = [o for o in owners if o.subtype == "armed_group"]
            for owner in owners:
                for place in places:
                    ctx.add(owner, "based_in", place, lemma, sent, tok)
        elif tok.pos_ in ("NOUN", "PROPN") and (lemma in lex.based_nouns or tok.lower_ in lex.based_nouns):
            described = tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ == "as")
            if described:  # "Y is described as the group's safest haven in Z": Y, never the wider Z
                _place_described(ctx, sent, tok)
                continue
            # ("its strongholds in the hills of Y": the place of the ground's own "of" phrase)
            places = [c for _, p in pobjs(tok, ("in", "at")) for c in _ground_places(ctx, p)]
            if places:  # "bases in X and the nearby Y reserve" (relation_bases)
                more = [c for q in conjoined_grounds(ctx, tok) for c in places_in(ctx, q)]
                places += [c for c in more if c not in places]
            places = places or [c for _, side in pobjs(tok, ("on",)) for c in _border_sides(ctx, side)]
            if not places and _place_on_the_verb(tok):
                # "whose headquarters is in X", "keeps its headquarters in X", "keeps bases in the
                # hills of X" (the ground's own "of" phrase, as for a place phrase on the noun)
                places = [c for _, p in pobjs(tok.head, ("in", "at")) for c in _ground_places(ctx, p)]
            if not places:  # "X's stronghold of Y", "whose stronghold is Y": the place the noun names
                places = _named_stronghold(ctx, tok)
            if not places:  # "keeps its camps across the border in X": the place the border phrase names
                heads = [tok, tok.head] if _place_on_the_verb(tok) else [tok]
                places = [
                    c
                    for h in heads
                    for _, b in pobjs(h, ("across", "over", "beyond"))
                    if lemma_of(b) in _words("border_nouns")
                    for _, q in pobjs(b, ("in",))
                    for c in places_in(ctx, q)
                ]
            if not places and tok.dep_ == "dobj" and lemma_of(tok.head) in _fighting_verbs():
                # "destroyed an X camp in Y", "in Y" hung on the verb: where the struck camp lies
                places = [c for _, p in pobjs(tok.head, ("in",)) if p.i > tok.i for c in places_in(ctx, p)]
            if not places and tok.dep_ == "dobj" and lemma_of(tok.head) in lex.host_verbs | lex.strike_words:
                # "struck caves used by X in Y": the place phrase the parser hangs on the participle
                # or on its agent
                used = [a for a in tok.children if a.dep_ == "acl" and a.tag_ == "VBN"]
                named = [o for a in used for _, o in pobjs(a, ("by",))]
                places = [c for h in named + used for _, p in pobjs(h, ("in",)) for c in places_in(ctx, p)]
            if not places:
                _place_described(ctx, sent, tok)
                continue
            holder = ctx.modifier_entity(tok)
            owners = [holder] if holder is not None and holder.type != "PLACE" else []
            for child in tok.children:  # "both have their headquarters in X": every one of them
                if child.dep_ == "poss" and child.lower_ in ("their", "its"):
                    owners += [c for c in ctx.pronoun(child) if c.type != "PLACE" and c not in owners]
            verb = lemma_of(tok.head)
            hostile = verb in lex.host_verbs | lex.strike_words  # "attacked a base in X": not theirs
            struck = hostile or (  # "an assault on an X base at Y"
                tok.dep_ == "pobj" and lemma_of(tok.head.head) in lex.host_nouns | lex.strike_words
            )
            # a state's or a mission's base is where it stands, not where it is based; a struck
            # base says where a group is based only when it is an armed group's
            state = ("military", "government", "intelligence")
            owners = [o for o in owners if o.subtype == "armed_group" or not (struck or o.subtype in state)]
            if not owners and struck:
                # "jets struck caves used by X in Y", "raided camps run by X near Z": a struck base
                # names the armed group it shelters by its participle's agent ("a camp of X near Y"
                # is not read: on the annotated pages it placed more groups wrong than right)
                owners = [c for c in _held_by(ctx, tok) if c.subtype == "armed_group"]
            if not owners and tok.dep_ in ("dobj", "attr") and not hostile:
                owners = [c for s in subjects_of(tok.head) for c in ctx.actors(s)]
            if (
                not owners
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "with"
                and tok.head.head.pos_ == "NOUN"
            ):
                # "X, a group with camps on both sides of the border with Y": the group the noun is
                owners = ctx.actors(tok.head.head) or _described(ctx, tok.head.head)
            actor_verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "from" else None
            if actor_verb is not None and actor_verb.pos_ == "NOUN" and actor_verb.dep_ == "dobj":
                actor_verb = actor_verb.head  # "run the cocaine trade from camps in X": "from" on the object
            if not owners and actor_verb is not None and actor_verb.pos_ == "VERB":
                # "has fought the army from bases in X": an armed group acting from its own bases
                acts = subjects_of(actor_verb)
                owners = [c for s in acts for c in ctx.actors(s) if c.subtype == "armed_group"]
            for o in owners:
                for place in places:
                    ctx.add(o, "based_in", place, lemma, sent, tok)
        elif tok.pos_ == "VERB" and lemma in lex.control_verbs:
            _controls(ctx, sent, tok)
        else:
            _org_places(ctx, sent, tok)


def _named_stronghold(ctx: RelationContext, noun: Token) -> list[EntityCluster]:
    """The place a base noun names itself: its "of" phrase for a stronghold noun ("X's stronghold
    of Y", ``relations.yaml`` ``stronghold_nouns``), or the named place a base noun is said to be
    ("whose stronghold is Y", "its headquarters is Z"); never a common noun's place ("the
    stronghold of the hills")."""
    found: list[Token] = []
    if lemma_of(noun) in _words("stronghold_nouns"):
        found += [p for _, p in pobjs(noun, ("of",))]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "be":
        found += [a for a in noun.head.children if a.dep_ == "attr"]
    named = (ctx.entity(t) for t in found)
    return [c for c in named if c is not None and c.type == "PLACE"]


def _out_of(verb: Token) -> list[Token]:
    """The objects of a verb's "out of" ("operating out of X"), parsed as "out" with an "of"
    phrase of its own."""
    outs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "out"]
    return [p for o in outs for _, p in pobjs(o, ("of",))]


def _country_ground(ctx: RelationContext, ground: Token) -> list[EntityCluster]:
    """The country a ground noun (``lent_ground``: "soil", "territory") is said of by its
    nationality adjective ("Ruritanian soil"), when the document names that country."""
    if lemma_of(ground) not in _ground_lent():
        return []
    found = (ctx.demonym(c) for c in ground.children if c.dep_ in ("amod", "compound") and c.i < ground.i)
    return [c for c in found if c is not None]


def _used_as_base(ctx: RelationContext, sent: Span) -> None:
    """ "X has used the mountains of Y as a base", "Z, which X uses as its main hub", "the forest,
    which the militants have used as a hideout": a group that uses ground as a base is based
    there (``relations.yaml`` ``base_using_verbs``, the "as" noun a ``based_nouns`` word or one of
    ``base_use_nouns``)."""
    lex = relation_lexicon()
    bases = lex.based_nouns | _words("base_use_nouns")
    for verb in matching(sent, _words("base_using_verbs")):
        if verb.pos_ != "VERB" or lemma_of(verb) not in _words("base_using_verbs"):
            continue
        heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
        if not any(is_word(p, bases) for h in heads for _, p in pobjs(h, ("as",))):
            continue
        if verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "nsubjpass" for c in verb.children)):
            _used_as_base_passive(ctx, sent, verb)
            continue
        grounds = [o for o in verb.children if o.dep_ == "dobj" and o.lower_ not in ("which", "that")]
        if not grounds:  # "Y, which X uses as its base" (Y, not "the capital of Z" it is set beside)
            grounds = _antecedent_places(verb) if verb.dep_ == "relcl" else []
            named = [c for g in grounds for c in [ctx.entity(g)] if c is not None and c.type == "PLACE"]
            places = list(dict.fromkeys(named)) or [c for g in grounds for c in _ground_places(ctx, g)]
        else:
            places = [c for g in grounds for c in _ground_places(ctx, g)]
            if not places and all(g.is_lower for g in grounds):
                # "uses islands in X as bases": the ground's place phrase hung on the verb
                places = [c for _, p in pobjs(verb, ("in",)) if p.i > grounds[0].i for c in places_in(ctx, p)]
        owners = [c for s in subjects_of(verb) for c in ctx.actors(s) if c.type == "ORG"]
        owners = owners or [c for s in subjects_of(verb) for c in _unowned_men(ctx, s)]
        for owner in owners:
            for place in places:
                ctx.add(owner, "based_in", place, "use", sent, verb)


def _used_as_base_passive(ctx: RelationContext, sent: Span, verb: Token) -> None:
    """ "Y, a ridge used for years by X gunmen as a hideout", "the forest has been used by X as a base":
    the ground is the noun the participle qualifies (and the name that noun is set beside) or the
    passive subject; the user is the "by" agent."""
    if verb.dep_ == "acl":
        grounds = [verb.head] + ([verb.head.head] if verb.head.dep_ == "appos" else [])
        edge = verb.head.left_edge.i
        if verb.head.dep_ in ("appos", "npadvmod") and edge > 1 and ctx.doc[edge - 1].text == ",":
            grounds.append(ctx.doc[edge - 2])  # "near the Y forest, a forest used by X as ..."
    else:
        grounds = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in ("which", "that")]
        if not grounds and verb.dep_ == "relcl":  # "Y, which has been used by X as a base"
            grounds = _antecedent_places(verb)
    places = list(dict.fromkeys(c for g in grounds for c in _ground_places(ctx, g)))
    agents = [p for _, p in pobjs(verb, ("by",))]
    owners = [c for p in agents for c in ctx.actors(p) if c.type == "ORG"]
    owners = owners or [c for p in agents for c in _unowned_men(ctx, p)]
    for owner in owners:
        for place in places:
            ctx.add(owner, "based_in", place, "use", sent, verb)


def _unowned_men(ctx: RelationContext, noun: Token) -> list[EntityCluster]:
    """ "small cells still operate in X", "the militants have used Y as a hideout": a group's men
    or cells (``relations.yaml`` ``presence_nouns``, plural, no owner of their own) as the subject
    of a verb of being based stand for the one armed group named in their sentence or the two
    before; none when two are named there."""
    if lemma_of(noun) not in _words("presence_nouns") or noun.tag_ != "NNS" or ctx.entity(noun) is not None:
        return []
    if any(c.dep_ in ("poss", "compound", "nmod") for c in noun.children if c.i < noun.i):
        return []  # "its cells", "IS cells": owned, read by ctx.actors
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    first = sentence_start(ctx.doc, noun.i)
    for _ in range(2):
        if first > 0:
            first = sentence_start(ctx.doc, first - 1)
    groups = {
        id(c): c
        for i in range(first, noun.i)
        for c in [ctx.entity(ctx.doc[i])]
        if c is not None and c.type == "ORG" and c.subtype == "armed_group"
    }
    return list(groups.values()) if len(groups) == 1 else []


def _anaphoric_ground(ctx: RelationContext, ground: Token) -> list[EntityCluster]:
    """The place a definite description of a province stands for, said as the ground itself, its
    possessor or (for a part of it) its "of" phrase: "across the province", "the region's
    hills", "in the south of the province" (``relations.yaml`` ``place_anaphors``): the admin
    place the report named last before it; a bare ground noun standing for a named one ("the
    lake" after "Lake X": :func:`~nexus.extract.relation_held_ground.named_ground`) first."""
    words = _words("place_anaphors")
    heads = [ground, *(c for c in ground.children if c.dep_ == "poss")]
    listed: list[Token] = []
    if is_word(ground, relation_lexicon().terrain_nouns):
        heads += [p for _, p in pobjs(ground, ("of",))]
        # "in the swamps and creeks of the lake": the lake the report named before (relation_held_ground)
        listed = [p for q in ground.conjuncts if q.i > ground.i for _, p in pobjs(q, ("of",))]
    for head in heads + listed:
        lake = named_ground(ctx, head)
        if lake:
            return lake
    for head in heads:
        if head.pos_ != "NOUN" or lemma_of(head) not in words or ctx.entity(head) is not None:
            continue
        if not any(c.lower_ == "the" for c in head.children):
            continue
        if any(c.dep_ in ("compound", "nmod", "poss") for c in head.children) or any(pobjs(head, ("of",))):
            continue  # "the Y province", "the province of Y": named, not an anaphor
        for i in range(head.i - 1, -1, -1):
            named = ctx.index.get(i)
            if named is not None and named.type == "PLACE" and named.subtype == "admin":
                return [named]
    return []


def _ground_places(ctx: RelationContext, ground: Token) -> list[EntityCluster]:
    """The places a phrase for ground names: its own ("Y and Z"), and for a common noun those of
    its "of" phrase, two deep, and of its possessor ("the mountains and valleys of Y", "the
    forests of the Y and Z parks", "hundreds of islands of Y")."""
    out = list(places_in(ctx, ground))
    for tok in [ground, *ground.conjuncts]:
        if not tok.is_lower:
            continue
        for _, p in pobjs(tok, ("of",)):
            out += [c for c in places_in(ctx, p) + _ground_places(ctx, p) if c not in out]
    return [c for c in out if c.type == "PLACE"]


def _regional_commands(ctx: RelationContext, sent: Span) -> None:
    """ "The group's commander for Y", "its emir in Z": an armed group that keeps a commander for a
    place is based there (``relations.yaml`` ``regional_command_nouns``); a state force's
    commander in a province says only where it stands, and a command for a front
    (``battle_front_nouns``) names a battle, not a base."""
    nouns = _words("regional_command_nouns")
    for tok in matching(sent, nouns):
        if tok.pos_ != "NOUN" or lemma_of(tok) not in nouns:
            continue
        if not any(c.dep_ == "poss" for c in tok.children):  # "X's commander", "its emir"
            continue  # (not "an X field commander in Y", killed or seen there)
        holder = ctx.modifier_entity(tok)
        if holder is None or holder.type != "ORG" or holder.subtype != "armed_group":
            continue
        for _, where in pobjs(tok, ("for", "in")):
            if lemma_of(where) in _words("battle_front_nouns"):  # "its commander for the Y front"
                continue
            for place in places_in(ctx, where):
                if place.type == "PLACE":
                    ctx.add(holder, "based_in", place, lemma_of(tok), sent, tok)


def _place_on_the_verb(noun: Token) -> bool:
    """A base noun whose place phrase hangs on its verb: the subject of "be" ("whose headquarters
    is in X") or the object of a verb of having one (``relations.yaml`` ``base_keeping_verbs``)."""
    if noun.dep_ == "nsubj":
        return noun.head.lemma_.lower() == "be"
    return noun.dep_ == "dobj" and lemma_of(noun.head) in _words("base_keeping_verbs")


def _deployed(ctx: RelationContext, sent: Span, verb: Token) -> None:
    """ "X, which has deployed troops in Y since 2021": an organisation keeping its own forces in a
    place is based there (``relations.yaml`` ``deploy_verbs`` with a ``contingent_nouns`` object)."""
    troops = [o for o in verb.children if o.dep_ == "dobj" and lemma_of(o) in _words("contingent_nouns")]
    if not troops:
        return
    heads = [verb, *troops]
    places = [c for h in heads for _, p in pobjs(h, ("in", "across", "inside")) for c in places_in(ctx, p)]
    owners = [c for s in subjects_of(verb) for c in ctx.actors(s) if c.type == "ORG"]
    for owner in owners:
        for place in places:
            ctx.add(owner, "based_in", place, lemma_of(verb), sent, verb)


@cache
def _fighting_verbs() -> frozenset[str]:
    """Verbs of striking or destroying what a group holds: hostility verbs, strike words and the
    verbs of fighting a group a speaker vows (``relations.yaml``)."""
    lex = relation_lexicon()
    return lex.host_verbs | lex.strike_words | _speech_words()[1]


def _as_verb(as_word: Token) -> Token | None:
    """The verb an "as" phrase hangs from ("regarded as"), also when the parser hung it on the
    agent of that passive verb ("described by police as")."""
    head = as_word.head
    if head.pos_ == "VERB":
        return head
    if head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.pos_ == "VERB":
        return head.head.head
    return None


def _refuge_holder(ctx: RelationContext, noun: Token) -> EntityCluster | None:
    """Whose base a described place is when no modifier says so: the armed group of the base
    noun's "for" phrase ("a refuge for X fighters") or the one a serving verb serves ("Y has
    served X as a hideout"; ``relations.yaml`` ``refuges`` ``serving_verbs``)."""
    found = [c for _, p in pobjs(noun, ("for",)) for c in ctx.actors(p)]
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        verb = _as_verb(noun.head)
        if verb is not None and lemma_of(verb) in _words_of("refuges", "serving_verbs"):
            found += [c for o in verb.children if o.dep_ in ("dobj", "dative") for c in ctx.actors(o)]
    return next((c for c in found if c.type == "ORG" and c.subtype == "armed_group"), None)


def _refuges(ctx: RelationContext, sent: Span) -> None:
    """ "Y has long served as a refuge for X fighters", "Y is regarded as a haven for X cells": a
    place described as a refuge noun (``relations.yaml`` ``base_use_nouns``, the based nouns read
    by ``_based_in``) is where the group is based."""
    lex = relation_lexicon()
    for noun in matching(sent, _words("base_use_nouns")):
        if noun.pos_ != "NOUN" or lemma_of(noun) in lex.based_nouns:
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ == "as":
            verb = _as_verb(noun.head)
            if verb is not None and lemma_of(verb) in _words("base_using_verbs"):
                continue  # "the town that X uses as its hub": read by _used_as_base
        if noun.dep_ == "attr" or (noun.dep_ == "pobj" and noun.head.lower_ == "as"):
            _place_described(ctx, sent, noun)


def _place_described(ctx: RelationContext, sent: Span, noun: Token) -> None:
    """ "Y, a Boko Haram stronghold", "Y, long regarded as an ISWAP bastion", "Y is a JNIM
    stronghold": a place described as an armed group's base noun is where the group is based; a
    place that is any force's stronghold (``relations.yaml`` ``stronghold_nouns``: "the army's
    last major stronghold") is where that force holds out."""
    holder = ctx.modifier_entity(noun) or _refuge_holder(ctx, noun)
    if holder is None or holder.type != "ORG":
        return
    if holder.subtype != "armed_group" and not (
        holder.subtype == "military" and is_word(noun, _words("stronghold_nouns"))
    ):
        return
    heads: list[Token] = []
    if noun.dep_ == "appos":
        heads.append(noun.head)
    elif noun.dep_ == "attr":
        heads += subjects_of(noun.head)
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and (regard := _as_verb(noun.head)) is not None:
        # "regarded as", "known as", "seen as"; "Y has served X as a hideout": Y, not X
        if lemma_of(regard) in _words_of("refuges", "serving_verbs"):
            heads += subjects_of(regard)
        else:
            heads += [regard.head] if regard.dep_ in ("acl", "relcl") else verb_objects(regard)
        if regard.dep_ == "relcl" and regard.head.dep_ == "appos":
            heads.append(regard.head.head)  # "Y, the town that the group uses as its base"
        if not heads:  # "Y is described by police as the group's haven": the passive subject
            heads += [c for c in regard.children if c.dep_ == "nsubjpass"]
        if not heads:  # "Y ... serves as the group's headquarters"
            heads += subjects_of(regard)
    # the place itself, or the one a noun names ("the town of X serves as the group's base")
    places = [c for h in heads for t in [h, *(p for _, p in pobjs(h, ("of",)))] for c in places_in(ctx, t)]
    if not places:  # parsed elsewhere: the place just before the comma that opens the phrase
        as_verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None
        i = min(noun.left_edge.i, as_verb.i if as_verb is not None else noun.i) - 1
        while as_verb is not None and i > sent.start and ctx.doc[i].pos_ == "ADV":  # "long regarded as"
            i -= 1
        if i > sent.start and ctx.doc[i].text == ",":
            j = i - 1
            while j > i - 3 and j > sent.start and ctx.doc[j].is_lower and ctx.doc[j].pos_ == "NOUN":
                j -= 1  # "the Sambisa forest, a ... stronghold"
            place = ctx.entity(ctx.doc[j])
            places = [place] if place is not None and place.type == "PLACE" else []
    for place in places:
        ctx.add(holder, "based_in", place, lemma_of(noun), sent, noun)


def _members_placed(ctx: RelationContext, sent: Span) -> None:
    """ "Fano militiamen in Amhara", "its cells in northern Syria", "JAD cells in Java": an armed
    group's fighters or cells said to be in a place (``relations.yaml`` ``presence_nouns``, with an
    "in"/"across" phrase of the noun itself) show where the group is based."""
    words, fought = _words("presence_nouns"), _words("fighting_presence_verbs")
    objects = {c.i: c for v in matching(sent, fought) for c in v.children if c.dep_ == "dobj"}
    nouns = {t.i: t for t in matching(sent, words)}
    for tok in (t for _, t in sorted({**nouns, **objects}.items())):
        group = ctx.entity(tok)
        named = group is not None and tok.dep_ == "dobj" and lemma_of(tok.head) in fought  # "fought X in Y"
        if not named and (tok.pos_ != "NOUN" or lemma_of(tok) not in words or group is not None):
            continue
        if not named and tok.tag_ != "NNS" and lemma_of(tok) != "cell":
            continue  # "a fighter in X" tells of one man, not of the group
        if not named:
            group = ctx.modifier_entity(tok)
        kept = tok.dep_ == "dobj" and lemma_of(tok.head) in _kept_men_verbs()
        if group is None and kept:
            # "X has gunmen on either side of the frontier with Y", "X keeps fighters in Z": the
            # group that has them
            group = next((c for s in subjects_of(tok.head) for c in ctx.actors(s, conj=False)), None)
        if group is None:  # "remnants of the group in X"
            group = next((c for _, p in pobjs(tok, ("of",)) for c in ctx.actors(p, conj=False)), None)
        if group is None or group.type != "ORG" or group.subtype != "armed_group":
            continue
        preps = list(pobjs(tok, ("in", "across", "throughout")))
        for prep, side in pobjs(tok, ("on",)):  # "has gunmen on either side of the frontier with X"
            for place in _border_sides(ctx, side):
                if place is not group:
                    ctx.add(group, "based_in", place, lemma_of(tok), sent, prep)
        if not preps and kept and not named:  # "keeps fighters in Y", "in Y" hung on the verb
            preps = [(p, o) for p, o in pobjs(tok.head, ("in", "across", "throughout")) if p.i > tok.i]
        if not preps and tok.dep_ == "dobj" and lemma_of(tok.head) in fought:
            # "fighting X militiamen in Y", "in Y" hung on the verb: where the fought group is
            preps = [(p, o) for p, o in pobjs(tok.head, ("in", "across")) if p.i > tok.i]
        for prep, pobj in preps:
            for place in places_in(ctx, pobj):
                if place is not group:
                    ctx.add(group, "based_in", place, lemma_of(tok), sent, prep)


@cache
def _kept_men_verbs() -> frozenset[str]:
    """Verbs of keeping men somewhere (``relations.yaml`` ``kept_men``: "X keeps fighters in Y")."""
    table = ontology.table("relations.yaml").get("kept_men") or {}
    return frozenset(str(w).lower() for w in table.get("verbs") or ())


def _fighting_ground(ctx: RelationContext, sent: Span) -> None:
    """ "X has fought the army in Y since 2022", "X, which has been fighting Z for control of the
    smuggling routes in Y", "X and Z have been at war in Y": an armed group that keeps fighting
    in a place (``relations.yaml`` ``fighting_presence_verbs``, or ``at_war_nouns`` after "at")
    is based there. Only a standing fight is read: a perfect ("has fought"), a progressive ("has
    been fighting") or a present ("fights") verb, or a fight "for control of" ground; a past
    verb ("fought troops in Y on Monday") tells of one clash, not of where the group is."""
    fought = _words("fighting_presence_verbs")
    wars = _words("at_war_nouns")
    for tok in matching(sent, fought | wars):  # (only a fighting verb or a war noun goes on)
        lemma = lemma_of(tok)
        if tok.pos_ == "VERB" and lemma in fought:
            verb, heads = tok, [tok]
        elif tok.pos_ == "NOUN" and lemma in wars and tok.dep_ == "pobj" and tok.head.lower_ == "at":
            verb, heads = tok.head.head, [tok, tok.head.head]  # "have been at war in Y"
        else:
            continue
        control = [p for h in heads for _, p in pobjs(h, ("for",)) if lemma_of(p) == "control"]
        if not (control or (_standing(verb) and (verb is not tok or _fights_the_state(ctx, verb)))):
            continue
        if next(pobjs(verb, ("from",)), None) is not None:
            continue  # "has fought the army across Y from bases in Z": its bases say where (_based_in)
        objects = [o for o in verb.children if o.dep_ == "dobj"]  # "fought forces in Y" (hung on them)
        grounds = [p for h in heads + objects for _, p in pobjs(h, ("in", "across", "throughout"))]
        for c in control:  # "for control of the islands of Y", "for control of routes in Y"
            for _, owned in pobjs(c, ("of",)):
                grounds += [owned, *(p for _, p in pobjs(owned, ("in", "across", "around")))]
                grounds += [o for o in owned.children if o.dep_ == "poss"]  # "of Y's corridors"
        places = list(dict.fromkeys(c for g in grounds for c in _ground_places(ctx, g) + places_in(ctx, g)))
        if not places:
            continue
        groups = [c for s in subjects_of(verb) for c in ctx.actors(s)]
        if not groups and verb.dep_ in ("acl", "relcl"):  # "a X cell fighting Z for control of Y"
            groups = ctx.actors(verb.head) or [c for c in [ctx.modifier_entity(verb.head)] if c is not None]
        for group in groups:
            if group.type != "ORG" or group.subtype != "armed_group":
                continue
            for place in places:
                ctx.add(group, "based_in", place, lemma, sent, tok)


def _fights_the_state(ctx: RelationContext, verb: Token) -> bool:
    """Whether a fighting verb's object is a state's side: a state's force or government, named
    ("the army", "federal forces": ``state_own_words``, ``contingent_nouns``) or an entity that
    is no armed group. A fight of two groups ("fought each other in Y", "is fighting its rival
    in Y") is often told where neither is based."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    for obj in objects:
        found = ctx.actors(obj)
        if found and all(c.subtype != "armed_group" for c in found):
            return True
        if not found and lemma_of(obj) in _words("state_own_words") | _words("contingent_nouns"):
            return True
    return False


def _standing(verb: Token) -> bool:
    """Whether a verb tells of a standing state: a perfect ("has fought"), a progressive ("is
    fighting", "has been fighting") or a present ("fights")."""
    aux = {lemma_of(a) for a in verb.children if a.dep_ in ("aux", "auxpass")}
    return "have" in aux or verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and "be" in aux)


def _state_body_of(body: EntityCluster, owner: EntityCluster) -> bool:
    """ "the junta's Ministry of Defence", "the army's press wing": a body of a government,
    whose tie to those who run it is not annotated (as a state body's to its state is not). An
    armed group's own council, committee or command ("the X rebels' Supreme Council",
    ``part_name_heads``) is the group's part; its ministries are a government's bodies."""
    if body.subtype in ("government", "intelligence"):
        part = body.name.split()[-1].lower() in _words("part_name_heads")
        return not (part and owner.subtype == "armed_group")
    # (a unit of an army is the army's: "the army's 6th Division", "the SNA's Danab brigade")
    return body.subtype == "military" and owner.subtype in ("government", "intelligence")


def _bases_in(ctx: RelationContext, noun: Token, depth: int = 0) -> list[EntityCluster]:
    """Where bases a group operates from lie: "from bases across the border in X and Y", "out of
    camps in X" (a based noun, then its own place phrases, two deep); where the ground a group
    operates from lies: "from islands on X", "in the hills of Y", "on the islands and marshes of
    Z" (``relations.yaml`` ``terrain_nouns``), through ground named by ground ("in the higher
    reaches of X", "along the edge of the Y swamp", up to three deep)."""
    lex = relation_lexicon()
    grounds = [noun]
    if is_word(noun, lex.based_nouns):
        preps: tuple[str, ...] = ("in", "across", "inside", "along")
    elif is_word(noun, lex.terrain_nouns) and noun.is_lower:
        # "the islands and marshes of X": the ground's own phrases and those of its conjuncts ("the
        # hills between X and Y" is not read: on the annotated pages it placed more wrong than right)
        preps = ("in", "across", "inside", "along", "on", "of", "around")
        grounds += [c for c in noun.conjuncts if c.is_lower and is_word(c, lex.terrain_nouns)]
    else:
        return []
    out: list[EntityCluster] = []
    for _, where in (pair for g in grounds for pair in pobjs(g, preps)):
        found = places_in(ctx, where) + [c for _, p in pobjs(where, ("in",)) for c in places_in(ctx, p)]
        if (
            not found
            and depth < 2
            and where.is_lower
            and is_word(where, lex.terrain_nouns)
            and not _frontier(where)
        ):
            found = _bases_in(ctx, where, depth + 1)  # "the edge of the X marsh": ground within ground
        for place in found:
            if place not in out:
                out.append(place)
    # "the tri-border area with X and Y": ground that spans the frontier lies in X and Y too ("forests
    # along the border with Z" lie on this side of it, not in Z)
    frontiers = [g for g in grounds if _frontier(g)]
    out += [c for f in frontiers for _, p in pobjs(f, ("with",)) for c in places_in(ctx, p) if c not in out]
    if is_word(noun, lex.based_nouns):  # "camps on both sides of the border with X"
        out += [c for _, side in pobjs(noun, ("on",)) for c in _border_sides(ctx, side) if c not in out]
    return out


def _frontier(ground: Token) -> bool:
    """Ground named for a border (``relations.yaml`` ``border_nouns``: "the border area", "the
    tri-border region"), whose "with" phrase names the countries it spans."""
    words = _words("border_nouns")
    modifiers = (c for c in ground.children if c.i < ground.i and c.dep_ in ("amod", "compound"))
    return any(lemma_of(c) in words for c in modifiers)


def _border_sides(ctx: RelationContext, side: Token) -> list[EntityCluster]:
    """The country a phrase for both sides of a border names ("both sides of the border with X",
    ``relations.yaml`` ``border_nouns``): where a group with men or camps there is based (the
    other side, the report's own country, is left to the text)."""
    if lemma_of(side) != "side":
        return []
    borders = [b for _, b in pobjs(side, ("of",)) if lemma_of(b) in _words("border_nouns")]
    return [c for b in borders for _, p in pobjs(b, ("with",)) for c in places_in(ctx, p)]


def _antecedent_places(verb: Token) -> list[Token]:
    """The noun a relative or participle clause is said of, when that clause's object is the
    relative word or its passive subject the noun itself ("Y, which X controls", "the town that
    X uses as its base", "a city held by X"), with the name it is apposed to ("Y, the town
    that ...")."""
    objects = verb_objects(verb)
    relative = verb.dep_ == "relcl" and all(o.lower_ in ("which", "that") for o in objects)
    passive = verb.dep_ == "acl" and verb.tag_ == "VBN" and not objects
    if not (relative or passive):
        return []
    noun = verb.head
    heads = [noun, noun.head] if noun.dep_ == "appos" else [noun]
    before = noun.left_edge.i - 1  # "Y, the last city held by X" (the name before the comma)
    if noun.dep_ == "appos" and before > 0 and noun.doc[before].text == ",":
        heads.append(noun.doc[before - 1])
    return heads


def _controls(ctx: RelationContext, sent: Span, verb: Token) -> None:
    """ "al-Shabaab still controls parts of southern Somalia": an armed group holding ground."""
    owners = [c for s in subjects_of(verb) for c in ctx.actors(s) if c.subtype == "armed_group"]
    # "X, whose cells hold marshes in Y": the group whose men the subject names (relation_held_ground)
    owners = owners or [c for s in subjects_of(verb) for c in men_owner(ctx, s, _words("presence_nouns"))]
    held = [] if owners else held_by_forces(ctx, verb)  # "a city still held by the army" (relation_control)
    if not owners and not held:
        return
    places: list[EntityCluster] = []
    if held:
        owners = held
        places = [c for t in _antecedent_places(verb) for c in places_in(ctx, t) if c.type == "PLACE"]
    for obj in verb_objects(verb) if not held else []:
        # ("much of the rural area around X": the ground's own place phrase, as for a base)
        for head in [obj, *(p for _, p in pobjs(obj, ("of",)))]:
            places += [c for c in places_in(ctx, head) + _bases_in(ctx, head) if c not in places]
            places += [c for c in _spanned_places(ctx, head) if c not in places]
    if not places and not held:  # "holds islands in Y": the phrase hung on the verb (relation_held_ground)
        grounds = held_terrain(verb, relation_lexicon().terrain_nouns)
        places = [c for p in grounds for c in _ground_places(ctx, p)]
        if not places:  # "hold marshes along the eastern shore of the lake"
            sides = [q for p in grounds for q in (p, *(o for _, o in pobjs(p, ("of",))))]
            places = [c for q in sides for c in named_ground(ctx, q)]
    if not places:  # "Y, which the group controls", "the town that X holds", "Y, held by X"
        places = [c for t in _antecedent_places(verb) for c in places_in(ctx, t) if c.type == "PLACE"]
    for owner in owners:
        for place in places:
            ctx.add(owner, "based_in", place, lemma_of(verb), sent, verb)


def _spanned_places(ctx: RelationContext, ground: Token) -> list[EntityCluster]:
    """The named places a stretch of held ground spans ("much of the farmland between X and the
    coast", "the countryside between Y and the Z border"): the "between" phrase of a terrain noun,
    each member that is a place by its own name (not "the Z border", a frontier only named by Z)."""
    if not ground.is_lower or not is_word(ground, relation_lexicon().terrain_nouns):
        return []
    members = [t for _, b in pobjs(ground, ("between",)) for t in (b, *b.conjuncts)]
    named = (ctx.entity(t) for t in members)
    return [c for c in named if c is not None and c.type == "PLACE"]


def _possessive_nmod(tok: Token) -> bool:
    """ "the X’s Y news agency" parsed with X as a modifier that carries the possessive ending
    ("nmod" with a "’s" case child) rather than as a possessor."""
    return tok.dep_ == "nmod" and any(c.tag_ == "POS" for c in tok.children)


def _org_places(ctx: RelationContext, sent: Span, tok: Token) -> None:
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
    possessors = list(head.children)
    if head.dep_ == "conj" and ctx.entity(head.head) is not None:
        possessors += [c for c in head.head.children if c.dep_ == "poss"]  # "its X Brigade and Y Squad"
    name = org.name.lower().split()
    parts = relation_lexicon().links | _words("part_name_heads")
    part = name[-1] if name[-1] in parts else None
    if part is None and len(name) > 1 and name[-1].isdigit() and name[0] in parts:
        part = name[0]  # "Battalion No. 3 of the Y": a numbered part
    if part is not None:
        # "the X Front of the Y", "the Z Committee of the Y": a part named by a link noun or a body word
        for _, pobj in pobjs(tok, ("of",)):
            parent = ctx.entity(pobj)
            if parent is not None and parent.type == "ORG" and parent is not org:
                ctx.add(org, "affiliation", parent, part, sent, pobj)
    lex = relation_lexicon()
    relational = lex.host_relational | lex.partners
    if lemma_of(head.head) in ("name", "alias", "moniker", "title", "label") and head.dep_ == "appos":
        return  # "known by its former name, X": X is the group itself, named again
    if head.dep_ == "appos" and ctx.entity(head.head) is None and not is_word(head.head, relational):
        possessors += [c for c in head.head.children if c.dep_ == "poss"]  # "the president's ruling party"
    for child in possessors:
        if child.dep_ != "poss" and not _possessive_nmod(child):
            continue
        owner = ctx.entity(child)
        if owner is None and child.pos_ == "NOUN" and child.lower_ not in ("country", "state"):
            owner = next(iter(ctx.actors(child, conj=False)), None)  # "the X group's news agency"
        if owner is not None and _state_word(child) and is_country(owner):
            continue  # ("the army's media wing, X": a state's own body, not annotated)
        if owner is not None and is_country(owner) and org.subtype == "armed_group":
            ctx.add(org, "based_in", owner, "poss", sent, child)
        elif owner is not None and is_country(owner) and org.subtype in (None, "other"):
            ctx.add(org, "affiliation", owner, "poss", sent, child)  # "Norland's X Security Group"
        elif owner is not None and owner.type == "PERSON" and org.subtype != "media":
            ctx.add(owner, "affiliation", org, "poss", sent, child)  # "Okafor's party, the PDP"
        elif owner is not None and owner.type == "ORG" and not _state_body_of(org, owner):
            ctx.add(org, "affiliation", owner, "poss", sent, child)  # "Hezbollah's Radwan Force"
        elif owner is None and child.lower_ in ("its", "their"):
            # "Islamic State ... through its Amaq news agency"
            for parent in ctx.pronoun(child):
                if parent.type == "ORG" and org.name.casefold() not in relation_lexicon().platforms:
                    ctx.add(org, "affiliation", parent, "outlet", sent, child)  # not "its Signal channel"
                elif is_country(parent) and org.subtype == "international":
                    # "A, B and C ... through their joint league": member states of their body
                    ctx.add(parent, "affiliation", org, "member", sent, child)
    if head is not tok and lemma_of(head) in _words("seat_nouns") and not _struck_phrase(head):
        # "the X authorities in Y", "the X administration in Y": where the group governs from
        seats = list(pobjs(head, ("in",)))
        after = ctx.doc[head.i + 1] if head.i + 1 < sent.end else None
        if not seats and after is not None and after.lower_ == "in" and after.dep_ == "prep":
            seats = [(after, p) for p in after.children if p.dep_ == "pobj"]  # hung on the verb
        for prep, pobj in seats:
            place = ctx.entity(pobj)
            if place is not None and place.type == "PLACE":
                ctx.add(org, "based_in", place, lemma_of(head), sent, prep)
    words = {w.lower() for w in org.name.split()}
    if org.subtype != "media" and not words & relation_lexicon().based_org_words:
        return
    if org.subtype == "media" and tok.i > sent.start:  # "the <town> daily <Title>"
        prev = ctx.doc[tok.i - 1]
        # (not a byline's "Maroua | The Echo": a word, not a bar the tagger read as a noun)
        if ctx.entity(prev) is None and prev.pos_ == "NOUN" and prev.is_alpha and prev.i > sent.start:
            place = ctx.entity(ctx.doc[prev.i - 1])
            if place is not None and place.type == "PLACE" and ctx.entity(tok) is org:
                ctx.add(org, "based_in", place, prev.lower_, sent, prev)
    if _struck_phrase(head):
        return  # "gunmen stormed the studios of X in Y": where it was hit, not where it is based
    for prep, pobj in pobjs(tok, ("in",)):
        place = ctx.entity(pobj)
        if place is not None and place.type == "PLACE" and place is not org:
            ctx.add(org, "based_in", place, "in", sent, prep)


def _struck_phrase(head: Token) -> bool:
    """Whether a name is (the "of" phrase of) the object of a verb of attack or fighting
    (``relations.yaml`` hostility verbs and strike words): "stormed the offices of X", "attacked X"."""
    lex = relation_lexicon()
    noun = head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # "the studios of X"
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return lemma_of(noun.head) in lex.host_verbs | lex.strike_words


# ---------------------------------------------------------------------- API


def extract_relations(doc: Doc, clusters: list[EntityCluster]) -> list[RelationDraft]:
    """Relations between the entities of a document, one per unordered pair and type."""
    ctx = RelationContext(doc, clusters)
    mark_unmarked_names(doc, clusters, ctx.index)
    mark_titled_places(doc, clusters, ctx.index)
    ctx.home_state = _dateline_country(ctx) or _main_country(ctx, clusters)
    for sent in sentences(doc):
        _role_nouns(ctx, sent)
        _office_clauses(ctx, sent)
        _including(ctx, sent)
        _appositions(ctx, sent)
        _affiliation_verbs(ctx, sent)
        _link_verbs(ctx, sent)
        _membership(ctx, sent)
        serving_in_bodies(ctx, sent)  # "Xian soldiers serve in the Y mission" (relation_serving)
        _alliance_founders(ctx, sent)
        coalition_members(ctx, sent)
        drawn_from_groups(ctx, sent)
        membership_nouns(ctx, sent)
        _umbrella(ctx, sent)
        _under_a_banner(ctx, sent)
        _secession(ctx, sent)
        _succession(ctx, sent)
        _co_members(ctx, sent)
        _hyphen_cues(ctx, sent)
        _link_noun_names(ctx, sent)
        _owned_bodies(ctx, sent)
        _based_in(ctx, sent)
        under_control(ctx, sent)
        in_hands(ctx, sent)  # "Y has been in the hands of X" (relation_control)
        units_under(ctx, sent)  # "the X Battalion, under the Y Brigade" (relation_command)
        _refuges(ctx, sent)
        _regional_commands(ctx, sent)
        _used_as_base(ctx, sent)
        _members_placed(ctx, sent)
        _fighting_ground(ctx, sent)
        _cooperation(ctx, sent)
        _partnering(ctx, sent)
        support_phrases(ctx, sent)
        closeness(ctx, sent)
        at_request(ctx, sent)
        _hostility(ctx, sent)
        _spoken_hostility(ctx, sent)
        _rivalry_verbs(ctx, sent)
        raised_against(ctx, sent)
        _turned_on(ctx, sent)
        _money_moved(ctx, sent)
        _claimed_through(ctx, sent)
    record_fields(ctx)  # "Role: Commander of the X" under a person's record heading (relation_fields)
    signature_lines(ctx)  # "Captain A B, Public Affairs Officer, X Brigade" (relation_signatures)
    local_seats(ctx, clusters, _unplaced_titles(ctx, clusters))
    _office_holders(ctx, clusters)
    counterparts(ctx, list(sentences(doc)))
    _ministers_of_ministries(ctx, clusters)
    gazetteer_ties(ctx, clusters)
    _former_comrades(ctx)
    _spokesmen_speak_for_their_body(ctx)
    return [
        d
        for d in ctx.out
        if not (d.type == "hostility" and speaks_for_a_force(d.source))
        and not _rival_split(ctx, d)
        and not _measure_on_a_person(d)
    ]


@cache
def _parents() -> dict[str, str]:
    """Gazetteer key of an actor -> key of the actor it is a part of (``actors.yaml`` ``part_of``)."""
    return {f"actor:{a.id}": f"actor:{a.part_of}" for a in ontology.actors() if a.part_of}


def gazetteer_ties(ctx: RelationContext, clusters: list[EntityCluster]) -> None:
    """A branch, province, armed wing or sworn affiliate and the actor it is part of (``actors.yaml``
    ``part_of``), both named in a report, are affiliated: reports name the two together because
    of that tie, often saying it only by the name ("Islamic State X Province") or in a sentence
    the rules cannot read. Only when one sentence names both within ``relations.yaml``
    ``gazetteer_tie_window`` words (named apart, a report may tell of the two as strangers or
    rivals), and not when a rule found the two at odds or already tied; the evidence is the
    first such sentence."""
    by_key = {c.key: c for c in clusters if c.key and c.type == "ORG"}
    window = int(ontology.table("relations.yaml").get("gazetteer_tie_window") or 0)
    tied = {frozenset((id(d.source), id(d.target))) for d in ctx.out}
    for key, parent_key in _parents().items():
        part, parent = by_key.get(key), by_key.get(parent_key)
        if part is None or parent is None or part is parent or frozenset((id(part), id(parent))) in tied:
            continue
        spans = [ctx.doc.char_span(m.start, m.end, alignment_mode="expand") for m in part.mentions]
        tokens = [span.root for span in spans if span is not None]
        if not tokens:
            continue
        both = [t for t in tokens if _named_near(parent, t, window)]
        if both:  # (named apart, the two may be told of as rivals or strangers)
            ctx.add(part, "affiliation", parent, "part of", both[0].sent, both[0])


def _named_near(cluster: EntityCluster, tok: Token, window: int) -> bool:
    """Whether a mention of ``cluster`` lies in ``tok``'s sentence, at most ``window`` words away."""
    sent, doc = tok.sent, tok.doc
    for m in cluster.mentions:
        if sent.start_char <= m.start < sent.end_char:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and min(abs(span.start - tok.i), abs(span.end - 1 - tok.i)) <= window:
                return True
    return False


def _claimed_through(ctx: RelationContext, sent: Span) -> None:
    """ "X claimed the attack through the Y group's Amaq news agency": a group that speaks through
    another group's own outlet (a media organisation the other possesses) is affiliated to it."""
    for prep in matching(sent, (), ("through", "via")):
        if prep.dep_ != "prep":
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            outlets = [ctx.entity(t) for t in (noun, *(c for c in noun.children if c.dep_ == "compound"))]
            if not any(o is not None and o.subtype == "media" for o in outlets):
                continue
            owners = [
                c
                for p in noun.children
                if (p.dep_ == "poss" or _possessive_nmod(p)) and p.lower_ not in PRONOUNS
                for c in ctx.actors(p, conj=False)
                if c.type == "ORG" and c.subtype != "media"
            ]
            verb = prep.head
            speakers = [c for s in subjects_of(verb) for c in ctx.actors(s) if c.type == "ORG"]
            for speaker in speakers:
                for owner in owners:
                    if speaker is not owner:
                        ctx.add(speaker, "affiliation", owner, "outlet", sent, prep)


def _former_comrades(ctx: RelationContext) -> None:
    """ "X broke away from Y in 2016 and has since fought its former comrades": a breakaway
    (an affiliation with role "split") that in the same sentence fights its "former" partners
    (a hostility verb whose object carries "former") is hostile to the group it left;
    ``_rival_split`` then drops the split tie."""
    verbs = relation_lexicon().host_verbs
    for d in list(ctx.out):
        if d.type != "affiliation" or d.role != "split":
            continue
        for tok in d.sent:
            if tok.pos_ != "VERB" or lemma_of(tok) not in verbs:
                continue
            objs = [o for o in tok.children if o.dep_ == "dobj"]
            if any(c.lower_ == "former" for o in objs for c in o.children):
                ctx.add(d.source, "hostility", d.target, lemma_of(tok), d.sent, tok)


def _spokesmen_speak_for_their_body(ctx: RelationContext) -> None:
    """ "SDF spokesman X accused Ankara of ...": what a spokesperson charges is the charge of the
    body they speak for. A hostility between a spokesperson (an affiliation found with a
    ``relations.yaml`` ``spokes_words`` role) and another actor becomes one between that body and
    the actor; the person's own is dropped."""
    spokes = _words("spokes_words")
    speaks_for: dict[int, EntityCluster] = {}
    for d in ctx.out:
        if d.type == "affiliation" and d.source.type == "PERSON" and (d.role or "").lower() in spokes:
            speaks_for.setdefault(id(d.source), d.target)
    moved: list[RelationDraft] = []
    for d in ctx.out:
        if d.type != "hostility" or d.source.type != "PERSON" or id(d.source) not in speaks_for:
            continue
        moved.append(d)
        ctx.add(speaks_for[id(d.source)], "hostility", d.target, d.role, d.sent, d.anchor)
    ctx.out = [d for d in ctx.out if not any(d is m for m in moved)]


def _measure_on_a_person(draft: RelationDraft) -> bool:
    """A sanction or designation of a person ("the Treasury sanctioned two commanders, A and B"):
    a measure, not a hostile dyad between actors (``relations.yaml`` ``person_measure_words``;
    measured on the annotated pages, such pairs are not annotated)."""
    if draft.type != "hostility" or "PERSON" not in (draft.source.type, draft.target.type):
        return False
    return (draft.role or "").lower() in _words("person_measure_words")


def _rival_split(ctx: RelationContext, draft: RelationDraft) -> bool:
    """A breakaway group's tie to its parent (``_secession``) when the same sentence has the two
    fight each other ("X split from Y, and the two have since fought each other"): rivals, not
    affiliates."""
    if draft.type != "affiliation" or draft.role != "split":
        return False
    pair = {id(draft.source), id(draft.target)}
    return any(
        d.type == "hostility" and {id(d.source), id(d.target)} == pair and d.sent.start == draft.sent.start
        for d in ctx.out
    )


def speaks_for_a_force(person: EntityCluster) -> bool:
    """A person titled as a commander of a force in the field (``relations.yaml``
    ``force_speaker_titles``): whom they blame or fight is their force's foe, not theirs."""
    if person.type != "PERSON":
        return False
    titles = _words("force_speaker_titles")
    return any(w in titles for role in person.roles for w in role.lower().split())


@cache
def _national_offices() -> tuple[str, ...]:
    """Offices that, written without a country ("Prime Minister X", "Foreign Secretary Y"), belong
    in wire copy to the government of the country the report is filed from (``relations.yaml``
    ``national_offices``, in the order they are tried)."""
    return tuple(str(w).lower() for w in ontology.table("relations.yaml").get("national_offices") or ())


def _unplaced_titles(ctx: RelationContext, clusters: list[EntityCluster]) -> dict[int, str]:
    """The titles of the persons no pattern has linked yet whose titles name no place and no
    nationality, as one lower-case phrase per person id (for ``relation_seats.local_seats``)."""
    linked = {id(r.source) for r in ctx.out if r.type == "affiliation"}
    linked |= {id(r.target) for r in ctx.out if r.type == "affiliation"}
    out: dict[int, str] = {}
    for c in clusters:
        if c.type != "PERSON" or id(c) in linked:
            continue
        roles = " ".join([*c.roles, *_titles_written(ctx, c)]).lower()
        if not roles.strip() or any(ctx.demonym_word(w) for w in roles.split()) or _titled_elsewhere(ctx, c):
            continue
        out[id(c)] = roles
    return out


def _office_holders(ctx: RelationContext, clusters: list[EntityCluster]) -> None:
    """ "CITY - ... President X": an unqualified national office is the
    dateline country's. Only persons no other pattern has linked, and only with a dateline."""
    linked = {id(r.source) for r in ctx.out if r.type == "affiliation"}
    linked |= {id(r.target) for r in ctx.out if r.type == "affiliation"}
    titles = {
        id(c): " ".join([*c.roles, *_titles_written(ctx, c)]).lower()
        for c in clusters
        if c.type == "PERSON" and id(c) not in linked
    }
    home = (_dateline_country(ctx) or _main_country(ctx, clusters)) if any(titles.values()) else None
    if home is None:
        return
    for person in clusters:
        roles = titles.get(id(person), "")
        if not roles.strip():
            continue
        if "prime minister" in roles:
            continue  # a head of government's own state is not read off the dateline
        office = next((o for o in (*_national_offices(), *_local_offices()) if o in roles), None)
        if office is None or any(ctx.demonym_word(w) for w in roles.split()):
            continue  # "U.S. President", "Israeli military spokesman": other patterns decide
        if _titled_elsewhere(ctx, person):
            continue  # "Canadian Prime Minister X" though Canada is not named: not the home state
        mention = person.mentions[0]
        span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            ctx.add(person, "affiliation", home, office, span.sent, span.root)


def _ministers_of_ministries(ctx: RelationContext, clusters: list[EntityCluster]) -> None:
    """ "Interior Minister A B", "Xian Finance Minister C D": a minister whose title names the
    ministry's field serves the ministry the report names ("the Interior Ministry", "Ministry of
    Finance"), when it names one such ministry, rather than the state (the ministry's own tie to
    its state is not annotated). The minister's tie to the state is moved to the ministry."""
    ministries = [c for c in clusters if c.type == "ORG" and "ministry" in c.name.lower().split()]
    if not ministries:
        return
    skip = _words("minister_title_words")
    moved: list[RelationDraft] = []
    for d in ctx.out:
        if d.type != "affiliation" or d.source.type != "PERSON" or not is_country(d.target):
            continue
        titles = [*d.source.roles, *_titles_written(ctx, d.source)]
        fields = {
            words[i - 1]
            for t in titles
            for words in [t.lower().split()]
            for i in range(1, len(words))
            if words[i] == "minister" and words[i - 1] not in skip
        }
        found = [
            m
            for m in ministries
            if fields & set(m.name.lower().split()) and (not m.country or m.country == d.target.country)
        ]
        if len(found) == 1:
            moved.append(d)
            ctx.add(d.source, "affiliation", found[0], "minister", d.sent, d.anchor)
    ctx.out = [d for d in ctx.out if not any(d is m for m in moved)]


@cache
def _local_offices() -> tuple[str, ...]:
    """Offices of a province, district or police force that, written without naming the place
    or a nationality ("Provincial governor X", "the district administrator, Y"), are the
    report's own state's (``relations.yaml`` ``state_local_offices``)."""
    return tuple(str(w).lower() for w in ontology.table("relations.yaml").get("state_local_offices") or ())


@cache
def _demonym_words() -> frozenset[str]:
    return frozenset(ontology.demonyms())


def _main_country(ctx: RelationContext, clusters: list[EntityCluster]) -> EntityCluster | None:
    """The country a report without a dateline is about: the one named (or meant by its capital,
    by a nationality word or by a town or province in it) clearly more often than any other, at
    least three times."""
    counts: dict[int, int] = {}
    states = {id(c): c for c in ctx.countries.values()}
    for c in clusters:  # mentions of a country, or of a place in it
        state = c if is_country(c) else ctx.capital_state(c)
        if state is None and c.type == "PLACE" and c.country:
            state = ctx.countries.get(c.country)
        if state is not None:
            counts[id(state)] = counts.get(id(state), 0) + len(c.mentions)
    for tok in matching(ctx.doc[:], (), _demonym_words()):  # "Ghanaian troops"
        state = ctx.demonym(tok)
        if state is not None:
            counts[id(state)] = counts.get(id(state), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return states.get(ranked[0][0])


def _titles_written(ctx: RelationContext, person: EntityCluster) -> list[str]:
    """The words written before a person's mentions ("government spokesman"), as phrases, and
    the role phrase a mention is set in apposition to ("the district administrator, A B")."""
    out: list[str] = []
    for mention in person.mentions:
        span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            out.append(" ".join(t.lower_ for t in reversed(_title_window(ctx, span))))
            head = span.root.head
            apposed = (
                span.root.dep_ == "appos" and head.i < span.start and is_word(head, relation_lexicon().roles)
            )
            if apposed and all(ctx.entity(t) is None for t in head.subtree if t.i < span.start):
                out.append(" ".join(t.lower_ for t in ctx.doc[head.left_edge.i : head.i + 1]))
    return out


def _titled_elsewhere(ctx: RelationContext, person: EntityCluster) -> bool:
    """Whether a title before one of a person's mentions names a nationality or a place."""
    for mention in person.mentions:
        span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in _title_window(ctx, span):
            c = ctx.entity(tok)
            if ctx.demonym_word(tok.text) or (c is not None and c.type in ("PLACE", "ORG")):
                return True
    return False


def _dateline_country(ctx: RelationContext) -> EntityCluster | None:
    """The country of the place a report is filed from, when the document names that country."""
    end = dateline_end(ctx.doc)
    if not end:
        return None
    for token in ctx.doc:
        if token.idx >= end:
            break
        cluster = ctx.entity(token) if token.idx >= dateline_start(ctx.doc) else None  # not the headline's
        if cluster is not None and cluster.type == "PLACE" and cluster.country:
            return ctx.countries.get(cluster.country)
    return None

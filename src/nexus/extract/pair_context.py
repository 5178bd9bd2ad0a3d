"""What the learned relation stage reads about a candidate pair beyond the words around it.

:func:`nexus.extract.relation_model.pair_features` gives the words between and around two
mentions and the dependency path joining them. This module adds what the rules and the
annotators read off the sentence's structure and setting, as feature tokens:

* **roles** (:func:`mention_role`): what each mention is to the word that governs it (subject,
  passive subject, object, the object of "by" in a passive, the object of a preposition named by
  the preposition, an apposition, a modifier, a possessor), read through coordination ("A and B
  attacked": B is a subject too), with the event types and the relation cue lists of that
  governing word ("SUBJ of an attack verb", "OBJ of a cooperation verb"), and the pair of roles
  when one word governs both ("the subject and the object of one attack": hostility);
* **coordination**: the two mentions are conjuncts of one list (co-members rather than linked):
  one is a conjunct and nothing but other entities, conjunctions and punctuation stands between
  them, or the second is a conjunct of the first;
* **cue words beside the pair**: the relation cue lists of the words just before the first and
  just after the second mention (a title before a person, "-based" after a place);
* **setting**: a mention inside a quotation, a hedge cue in the sentence, the sentence's place in
  the report (the headline and the lead against the background), how many entities it names and
  how long it is;
* **the rules' reading** (:class:`RuleLinks`): the types the rules link this pair by in this
  sentence, or elsewhere in the report, and the types by which they link one end of the pair to a
  third entity in this sentence; the model learns where the rules are right, so a rule relation it
  scores very low can be dropped.

Names are never features here either.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span

from nexus.extract.attribution import hedge_words
from nexus.extract.entities import EntityCluster
from nexus.extract.geocode import fold
from nexus.extract.parse_index import parse_index
from nexus.extract.tokens import lemmas, lowers, quoted_flags, sentence_bounds

#: Dependency labels by the role they give a mention (anything else keeps its own label).
ROLE_OF_DEP: dict[str, str] = {
    "nsubj": "SUBJ",
    "csubj": "SUBJ",
    "nsubjpass": "PSUBJ",
    "dobj": "OBJ",
    "attr": "OBJ",
    "oprd": "OBJ",
    "dative": "OBJ",
    "appos": "APPOS",
    "compound": "MOD",
    "amod": "MOD",
    "nmod": "MOD",
    "npadvmod": "MOD",
    "poss": "POSS",
    "ROOT": "ROOT",
}
#: Dependency labels of a coordination (the path of two conjuncts of one list holds only these).
COORDINATION = frozenset({"conj", "cc", "punct", "appos"})


def _bucket(n: int, bounds: tuple[int, ...]) -> str:
    """``n`` as the first bound it does not exceed (``"6+"`` past the last)."""
    for bound in bounds:
        if n <= bound:
            return str(bound)
    return f"{bounds[-1] + 1}+"


@lru_cache(maxsize=1)
def event_classes() -> dict[str, tuple[str, ...]]:
    """Lemma -> the event types whose trigger verbs or nouns list it (``events.yaml``)."""
    from nexus.extract.triggers import trigger_tables

    verbs, nouns = trigger_tables()
    out: dict[str, set[str]] = {}
    for table in (verbs, nouns):
        for lemma, types in table.items():
            out.setdefault(lemma.lower(), set()).update(types)
    return {lemma: tuple(sorted(types)) for lemma, types in out.items()}


def mention_role(i: int, heads: list[int], deps: list[str], lem: list[str]) -> tuple[str, int]:
    """The role of the mention whose root is token ``i`` and the index of the word it is the role of.

    A conjunct takes the role of the first conjunct of its list; the object of a preposition is
    ``AGENT`` under the "by" of a passive, else ``PREP:<preposition>`` (its governor the word the
    preposition hangs on); a nominal subject is ``SUBJ``, a direct object ``OBJ`` and so on
    (:data:`ROLE_OF_DEP`)."""
    steps = 0
    while deps[i] == "conj" and heads[i] != i and steps < len(heads):
        i = heads[i]
        steps += 1
    dep, head = deps[i], heads[i]
    if dep == "pobj" and head != i:
        if deps[head] == "agent":
            return "AGENT", heads[head]
        return f"PREP:{lem[head]}", heads[head]
    return ROLE_OF_DEP.get(dep, dep), head


@dataclass(frozen=True)
class RuleLinks:
    """What the rules linked in one report, to be read per candidate pair.

    ``in_sentence``: (sentence text, folded pair) -> types; ``in_report``: folded pair -> types;
    ``ends``: (sentence text, type, folded name) of every rule relation's two ends."""

    in_sentence: dict[tuple[str, frozenset[str]], set[str]] = field(default_factory=dict)
    in_report: dict[frozenset[str], set[str]] = field(default_factory=dict)
    ends: set[tuple[str, str, str]] = field(default_factory=set)

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str, str, str]]) -> RuleLinks:
        """From ``(sentence, type, source name, target name)`` rows of the rules' relations."""
        links = cls()
        for sentence, rtype, source, target in rows:
            pair = frozenset((fold(source), fold(target)))
            links.in_sentence.setdefault((sentence, pair), set()).add(rtype)
            links.in_report.setdefault(pair, set()).add(rtype)
            links.ends.update({(sentence, rtype, fold(source)), (sentence, rtype, fold(target))})
        return links

    def features(self, sentence: str, first: EntityCluster, second: EntityCluster, kinds: str) -> list[str]:
        """``RS=type`` (linked so in this sentence), ``RD=type`` (in the report only) and
        ``RO=type`` (one end linked so to a third entity in this sentence), the first two also
        joined with the pair's kinds."""
        pair = frozenset((fold(first.name), fold(second.name)))
        here = self.in_sentence.get((sentence, pair), set())
        feats = []
        for rtype in sorted(here):
            feats += [f"RS={rtype}", f"KRS={kinds}|{rtype}"]
        for rtype in sorted(self.in_report.get(pair, set()) - here):
            feats += [f"RD={rtype}", f"KRD={kinds}|{rtype}"]
        for rtype in sorted({t for s, t, name in self.ends if s == sentence and name in pair} - here):
            feats.append(f"RO={rtype}")
        return feats


def context_features(
    a: Span,
    b: Span,
    kinds: str,
    index: dict[int, EntityCluster],
    lexicon: dict[str, tuple[str, ...]],
) -> list[str]:
    """The role, coordination, cue-word and quotation features of the pair with mentions ``a`` and
    ``b`` (``a`` first, one sentence; ``kinds`` as ``"ORG_PER"``; ``lexicon``: lemma -> relation cue
    lists, :func:`nexus.extract.relation_model.lexicon_classes`)."""
    doc = a.doc
    parse = parse_index(doc)
    heads, deps, lem = parse.heads, parse.deps, lemmas(doc)
    events = event_classes()
    feats: list[str] = []
    role_a, gov_a = mention_role(a.root.i, heads, deps, lem)
    role_b, gov_b = mention_role(b.root.i, heads, deps, lem)
    feats += [f"O1={role_a}", f"O2={role_b}", f"OO={role_a}_{role_b}", f"KOO={kinds}|{role_a}_{role_b}"]
    for n, role, gov in ((1, role_a, gov_a), (2, role_b, gov_b)):
        if gov in index:
            feats.append(f"G{n}=<ent>|{role}")
            continue
        feats.append(f"GW{n}={role}|{lem[gov]}")
        feats += [f"GE{n}={role}|{t}" for t in events.get(lem[gov], ())]
        feats += [f"GX{n}={role}|{c}" for c in lexicon.get(lem[gov], ())]
    if gov_a == gov_b and gov_a not in index:
        shared = f"{role_a}_{role_b}"
        feats.append(f"SG={shared}")
        feats += [f"SGE={shared}|{t}" for t in events.get(lem[gov_a], ())]
        feats += [f"SGX={shared}|{c}" for c in lexicon.get(lem[gov_a], ())]
    # coordination: the two are conjuncts of one list ("A, B and C")
    if deps[a.root.i] == "conj" or deps[b.root.i] == "conj":
        steps = {deps[i] for i in range(a.end, b.start) if i not in index and deps[i] not in ("cc", "punct")}
        if (heads[b.root.i] == a.root.i and deps[b.root.i] == "conj") or not steps - COORDINATION:
            feats.append("COORD")
    sent_start, sent_end = sentence_bounds(doc, a.start)
    for i in range(max(sent_start, a.start - 3), a.start):
        feats += [f"XL={c}" for c in lexicon.get(lem[i], ())]
    for i in range(b.end, min(sent_end, b.end + 3)):
        feats += [f"XR={c}" for c in lexicon.get(lem[i], ())]
    quoted = quoted_flags(doc)
    if quoted[a.start] or quoted[b.start]:
        feats.append("Q")
    return feats


def sentence_features(sent: Span, index: dict[int, EntityCluster]) -> list[str]:
    """The setting of every pair of ``sent``: a hedge cue in it (``HG``), its place in the report
    (``SI``: the headline is 0), how many entities it names (``NE``) and how long it is (``SL``)."""
    doc = sent.doc
    lem, low = lemmas(doc), lowers(doc)
    hedges = hedge_words()
    feats = []
    if any(lem[i] in hedges or low[i] in hedges for i in range(sent.start, sent.end)):
        feats.append("HG")
    feats.append(f"SI={_bucket(parse_index(doc).sent_ids[sent.start], (0, 1, 2, 4, 8))}")
    entities = {id(index[i]) for i in range(sent.start, sent.end) if i in index}
    feats.append(f"NE={_bucket(len(entities), (2, 3, 5))}")
    feats.append(f"SL={_bucket(sent.end - sent.start, (15, 30, 50))}")
    return feats

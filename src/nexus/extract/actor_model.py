"""Learned actor ranker: a trained classifier that may give an event an actor the argument rules did not.

The argument rules of :mod:`nexus.extract.arguments` (``actor_entities`` and the assembly's
fixes in :mod:`nexus.extract.assemble`) read an event's actors off per-construction patterns;
patterns tuned on some reports carry imperfectly to others. This stage scores the entities an
event's actor could be with a model trained on the annotated pages (``training/pages/``, by
``make train-actor-ranker``):

* **candidates** (:func:`candidates`): the rules' own actors, then every organisation, person or
  state named in the trigger's sentence, in the :data:`BEFORE` sentences before it, in the one
  after it (where a blame or a claim often follows the happening), in the sentences of the
  report's claims and in the headline or dateline, and the armed group the report names most;
  each entity once;
* **features** (:func:`candidate_features`): how the text relates the entity to the trigger, never
  its name: where it was found, its type and its subtype in the ontology (armed group, state
  force, government, country ...), whether the ontology knows it, whether the rules picked it, the
  dependency labels from its mention to the trigger, the word its mention hangs on and the
  preposition between (agent of a passive "by", "blamed on", "claimed by", "linked to"), whether
  it is possessor or modifier ("X's fighters", "X militants"), the object or a target of the
  event, whether it stands in a speaker phrase ("X said"), whether the sentence recalls an older
  happening, its distance and side, how often and how early the report names it; a few conjoined
  with the event type, and set against the rules' pick;
* **model** (``actor_model/``): a spaCy ``textcat_multilabel`` whose bag-of-words linear model
  (``TextCatBOW``, unigrams over the feature tokens) gives one probability, ``right``: the entity
  is an actor of the event in the gold (its name resolves to a gold actor as the scorer resolves).

The extraction hook is :func:`ranked_actors` (called in ``assemble.to_extraction`` on the events
the verifier kept, after the place ranker): an event the rules gave no actor gets its best scored
candidate when that scores at least :data:`FILL_AT`; an event with actors gets its best scored
candidate instead of them when that scores at least :data:`MARGIN` more than the best of the rules'
(never at the shipped margin of 1.0). ``NEXUS_ACTOR_RANKER=off`` turns it off;
``NEXUS_ACTOR_RANKER_MARGIN`` and ``NEXUS_ACTOR_RANKER_FILL`` override the margin and the
threshold (measuring); ``record`` keeps the rules' actors and leaves every event's candidates and
features under ``doc.user_data[RECORDED]`` (training).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from nexus.extract.actor_carry import named_branches, told_by
from nexus.extract.entities import EntityCluster
from nexus.extract.events import EventDraft
from nexus.extract.place_model import (
    dependency_path,
    head_spans,
    hinge_position,
    mention_zone,
    report_sentences,
)
from nexus.extract.places import clause_head, recalls_a_happening
from nexus.extract.shipped import (
    altered_files,
    env_mode,
    env_threshold,
    group_scores,
    label_probabilities,
    load_textcat,
    size_bucket,
)
from nexus.extract.shipped import feature_doc as shipped_feature_doc
from nexus.extract.triggers import reporting_verbs
from nexus.model import Event

MODEL_DIR = Path(__file__).resolve().parent / "actor_model"
LABEL = "right"
ENV_MODE = "NEXUS_ACTOR_RANKER"
ENV_MARGIN = "NEXUS_ACTOR_RANKER_MARGIN"
ENV_FILL = "NEXUS_ACTOR_RANKER_FILL"
#: Where the ``record`` mode leaves the candidates of a report's events (in order).
RECORDED = "nexus_actor_candidates"
#: How much more than the best of the rules' actors a candidate must score to replace them; 1.0:
#: never. In the pages' cross-validation (227 pages, ``training/actor_ranker/README.md``) overriding
#: at the best margin, 0.1, added two matched actors to filling alone (1,167 against 1,165 of 1,377).
MARGIN = 1.0
#: The score the best candidate needs to give an actor to an event the rules gave none. In the
#: pages' cross-validation filling at 0.5 raised actor accuracy from .8315 to .8460 (gain interval
#: [+.0087, +.0212]); the lowest threshold that gave no actor to an event whose gold names none.
#: Retrained on 251 pages in session 21: .8372 to .8523 at 0.5 ([+.0094, +.0217]), two events whose
#: gold names no actor given one (none from 0.7 on, [+.0074, +.0185]), so by the same rule 0.7.
#: Retrained on 287 pages in session 24: .8677 to .8784 at 0.7 with one such event; none from 0.8
#: on (.8756, [+.0039, +.0127]), so by the same rule 0.8. Retrained on 335 pages in session 28:
#: rules .8765, 0.8 .8798 ([+.0010, +.0058]); 0.5 to 0.7 give two such events an actor, so 0.8.
#: Retrained on the 359 study pages in session 35 (check and fresh splits unread): rules .8789,
#: 0.8 .8820 ([+.0009, +.0056]); 0.5 to 0.7 give one such event an actor, so 0.8.
FILL_AT = 0.8
DEFAULT_MODE = "on"
#: Sentences before the trigger's whose entities are candidates.
BEFORE = 1
#: The one token of a candidate with no features.
EMPTY = "T=none"
#: Entity subtypes of a PLACE that can act (a state).
ACTING_PLACES = frozenset({"country"})


@dataclass
class Candidate:
    """One entity an event's actor could be: the entity, the mention of it nearest the trigger in
    the span it was found in (None for an entity only the rules or the report's count give), its
    rank among the rules' actors (None when not one) and where it was found."""

    cluster: EntityCluster
    mention: Token | None
    rules_rank: int | None
    source: str  # "rules", "sent", "before1", "after1", "claim", "head" or "doc"


def can_be_actor(cluster: EntityCluster) -> bool:
    """Whether an entity may be a candidate actor: an organisation, a person or a state."""
    return cluster.type in ("ORG", "PERSON") or (cluster.type == "PLACE" and cluster.subtype in ACTING_PLACES)


def _mention_roots(span: Span, index: dict[int, EntityCluster]) -> list[Token]:
    """The syntactic head token of each mention of a possible actor in ``span``."""
    roots: list[Token] = []
    i = span.start
    while i < span.end:
        cluster = index.get(i)
        if cluster is None or not can_be_actor(cluster):
            i += 1
            continue
        j = i
        while j + 1 < span.end and index.get(j + 1) is cluster:
            j += 1
        roots.append(Span(span.doc, i, j + 1).root)  # (inside the span: no slice to normalise)
        i = j + 1
    return roots


def candidates(
    draft: EventDraft,
    rules: Sequence[EntityCluster],
    index: dict[int, EntityCluster],
    sents: Sequence[Span],
    sent_no: int,
    claim_sents: Sequence[int],
    top_group: EntityCluster | None,
) -> list[Candidate]:
    """The candidate actors of one event (see the module docstring), the rules' actors first in
    their order. ``rules``: the rules' actor entities; ``index``: token index -> entity; ``sents``:
    the report's sentences, ``sent_no`` the index of the trigger's, ``claim_sents`` the indices of
    the sentences that tell claims; ``top_group``: the armed group the report names most (or None)."""
    doc = draft.sent.doc
    out: dict[int, Candidate] = {}
    for rank, cluster in enumerate(rules):
        if id(cluster) not in out:
            out[id(cluster)] = Candidate(cluster, None, rank, "rules")
    spans: list[tuple[str, Span]] = [("sent", draft.sent)]
    spans += [(f"before{k}", sents[sent_no - k]) for k in range(1, BEFORE + 1) if sent_no - k >= 0]
    spans += [("after1", sents[sent_no + 1])] if sent_no + 1 < len(sents) else []
    spans += [("claim", sents[n]) for n in claim_sents if not -1 <= sent_no - n <= BEFORE]
    spans += head_spans(doc, sents, max(0, sent_no - BEFORE))
    for source, span in spans:
        for root in _mention_roots(span, index):
            cluster = index[root.i]
            known = out.get(id(cluster))
            if known is None:
                out[id(cluster)] = Candidate(cluster, root, None, source)
            elif known.mention is None:
                known.mention = root
                if known.source != "rules":
                    known.source = source
            elif source == "sent" and abs(root.i - draft.trigger.i) < abs(known.mention.i - draft.trigger.i):
                known.mention = root
    if top_group is not None and id(top_group) not in out:
        out[id(top_group)] = Candidate(top_group, None, None, "doc")
    return list(out.values())


def _speaker(anchor: Token, trigger: Token) -> bool:
    """Whether the mention stands in the subject of a reporting verb other than the trigger ("X
    said", "a spokesman for X told ...")."""
    for token in (anchor, *anchor.ancestors):
        if token.i == trigger.i:
            return False
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in reporting_verbs():
            return token.head.i != trigger.i
    return False


def _kind(cluster: EntityCluster) -> str:
    return f"{cluster.type}|{cluster.subtype or 'none'}"


def candidate_features(
    draft: EventDraft,
    cand: Candidate,
    others: Sequence[Candidate],
    first_sent: dict[int, int],
    sent_no: int,
    top_group: EntityCluster | None,
) -> tuple[str, ...]:
    """The feature tokens of one candidate actor ``cand`` of the event ``draft`` (``others``: all its
    candidates; ``first_sent``: entity id -> index of the sentence that first names it; ``sent_no``:
    the trigger's sentence index; ``top_group``: the armed group the report names most). Strings
    such as ``"K=ORG|armed_group"``, ``"PREP=by"``, ``"RULES=0"``; some conjoined with the type."""
    cluster, trigger = cand.cluster, draft.trigger
    feats = [f"T={draft.type}", f"SRC={cand.source}"]
    feats.append(f"RULES={'none' if cand.rules_rank is None else size_bucket(cand.rules_rank, (0, 1))}")
    feats.append(f"K={_kind(cluster)}")
    feats.append(f"ONT={int(cluster.key is not None)}")
    feats.append(f"NC={size_bucket(len(others), (1, 2, 3, 5, 8))}")
    feats.append(f"NM={size_bucket(len(cluster.mentions), (1, 2, 4, 8))}")
    first = first_sent.get(id(cluster), sent_no)
    feats.append(f"FS={size_bucket(first, (0, 1, 3, 7))}")
    feats.append(f"FD={size_bucket(sent_no - first, (-1, 0, 1, 3))}")
    if cluster is top_group:
        feats.append("TOP=group")
    if any(t is cluster for t in draft.target_entities):
        feats.append("TGT=1")
    if draft.background:
        feats.append("F=background")
    if not any(o.rules_rank is not None for o in others):
        feats.append("R=none")
    root = cand.mention
    feats += mention_zone(root)
    if root is not None and cand.source in ("sent", "rules") and draft.sent.start <= root.i < draft.sent.end:
        feats.append(f"AD={root.dep_}")
        feats.append(f"HD={root.head.lemma_.lower()}")
        if root.dep_ == "pobj":
            prep = root.head
            feats.append(f"PREP={prep.lower_}")
            hinge = prep.head
            feats.append(f"PHL={prep.lower_}|{hinge.lemma_.lower()}")
            where = hinge_position(hinge, trigger)
            feats.append(f"PH={where}")
            feats.append(f"PP={prep.lower_}|{where}")  # "by" on the trigger, or on another word
        if root.dep_ in ("poss", "compound", "amod", "nmod"):
            feats.append(f"MOD={root.dep_}|{'trigger' if root.head.i == trigger.i else root.head.pos_}")
        if root.head.i == trigger.i:
            feats.append(f"TD={root.dep_}")
        feats.append(f"PATH={dependency_path(root, trigger)}")
        gap = root.i - trigger.i
        feats.append(f"DIR={'after' if gap > 0 else 'before'}")
        feats.append(f"DIST={size_bucket(abs(gap), (1, 3, 6, 10, 20))}")
        clause, own = clause_head(trigger), clause_head(root)
        feats.append(f"CL={int(clause is not None and own is not None and own.i == clause.i)}")
        if _speaker(root, trigger):
            feats.append("SP=speaker")
        if recalls_a_happening(draft.sent, trigger):
            feats.append("RC=recall")
        verb = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.i != trigger.i:
            feats.append(f"VB={verb.lemma_.lower()}")
    conj = [
        f"TX={draft.type}|{f}"
        for f in feats
        if f.split("=")[0] in ("SRC", "RULES", "K", "AD", "PREP", "PATH", "TD", "MOD", "SP", "TOP", "TGT")
    ]
    conj += [f"RK={feats[2]}|{f}" for f in feats if f.split("=")[0] in ("K", "SRC", "AD")]
    if "R=none" in feats:  # whether to give an actor to an event the rules gave none depends on its type
        conj += [f"RNX={draft.type}|{f}" for f in feats if f.split("=")[0] in FILL_CONJ]
    return tuple(feats + conj)


#: The kinds of feature conjoined with the event type for an event the rules gave no actor.
FILL_CONJ = ("SRC", "K", "AD", "PP", "TD", "MOD", "SP", "TOP", "TGT", "PATH", "CL")


#: The kinds of feature of the rules' pick a candidate's features are conjoined with.
PAIRED = ("SRC", "K", "AD", "PREP", "SP")


def against_rules(
    own: tuple[str, ...], rules_feats: tuple[str, ...] | None, is_rules: bool
) -> tuple[str, ...]:
    """Features of a candidate set against the rules' first actor (with its features ``rules_feats``;
    None when the rules gave none): ``SELF=rules`` for one of the rules' actors, else the candidate's
    features conjoined with the pick's (``"CR=K=ORG|armed_group|K=PLACE|country"``)."""
    if rules_feats is None:
        return ()
    if is_rules:
        return ("SELF=rules",)
    mine = [f for f in own if "|" not in f.split("=")[0] and f.split("=")[0] in PAIRED]
    theirs = [f for f in rules_feats if f.split("=")[0] in PAIRED and not f.startswith(("TX=", "RK="))]
    out = [f"RP:{f}" for f in theirs]
    out += [f"CR={a}|{b}" for a in mine for b in theirs if a.split("=")[0] == b.split("=")[0]]
    return tuple(out)


def _top_group(clusters: Sequence[EntityCluster]) -> EntityCluster | None:
    groups = [c for c in clusters if c.type == "ORG" and c.subtype == "armed_group" and c.mentions]
    return max(groups, key=lambda c: (len(c.mentions), -c.mentions[0].start), default=None)


def rules_clusters(event: Event, clusters: Sequence[EntityCluster], draft: EventDraft) -> list[EntityCluster]:
    """The entities the rules' actor names of ``event`` stand for, in their order (the draft's own
    first when two share a name)."""
    by_name: dict[str, EntityCluster] = {}
    for cluster in [*draft.actors, *clusters]:
        by_name.setdefault(cluster.name, cluster)
    return [by_name[name] for name in event.actors if name in by_name]


def event_candidates(
    doc: Doc,
    clusters: Sequence[EntityCluster],
    drafts: Sequence[EventDraft],
    events: Sequence[Event],
    wanted: Sequence[bool] | None = None,
) -> list[tuple[list[Candidate], list[tuple[str, ...]]]]:
    """For each event (``events[i]`` built from ``drafts[i]``): its candidates and their feature
    tokens; none for an event whose ``wanted`` flag is False (all are wanted when None)."""
    index, sents, where, first_sent = report_sentences(doc, clusters, _mention_roots)
    claim_sents = sorted({where.get(d.sent.start, 0) for d in drafts if d.type == "claim"})
    top = _top_group(clusters)
    out: list[tuple[list[Candidate], list[tuple[str, ...]]]] = []
    for n, (draft, event) in enumerate(zip(drafts, events, strict=True)):
        if wanted is not None and not wanted[n]:
            out.append(([], []))
            continue
        sent_no = where.get(draft.sent.start, 0)
        rules = rules_clusters(event, clusters, draft)
        cands = candidates(draft, rules, index, sents, sent_no, claim_sents, top)
        own = [candidate_features(draft, c, cands, first_sent, sent_no, top) for c in cands]
        pick = next((k for k, c in enumerate(cands) if c.rules_rank == 0), None)
        feats = [
            f + against_rules(f, None if pick is None else own[pick], c.rules_rank is not None)
            for c, f in zip(cands, own, strict=True)
        ]
        out.append((cands, feats))
    return out


def mode() -> str:
    """``on``, ``off`` or ``record`` (``NEXUS_ACTOR_RANKER``; default :data:`DEFAULT_MODE`)."""
    return env_mode(ENV_MODE, DEFAULT_MODE)


def margin() -> float:
    """The hook's margin: ``NEXUS_ACTOR_RANKER_MARGIN`` or :data:`MARGIN`."""
    return env_threshold(ENV_MARGIN, MARGIN)


def fill_at() -> float:
    """The hook's fill threshold: ``NEXUS_ACTOR_RANKER_FILL`` or :data:`FILL_AT`."""
    return env_threshold(ENV_FILL, FILL_AT)


def verify_model() -> list[str]:
    """Files of the shipped model whose sha256 differs from ``SHA256SUMS`` (empty when intact)."""
    return altered_files(MODEL_DIR)


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The trained ranker, loaded once from the package (no network, no tokenizer).

    Raises RuntimeError naming the altered files when the weights differ from ``SHA256SUMS``."""
    return load_textcat(MODEL_DIR, "textcat_multilabel", "actor ranker")


def feature_doc(vocab: Vocab, features: Sequence[str]) -> Doc:
    """The Doc the classifier reads: one token per feature."""
    return shipped_feature_doc(vocab, features, EMPTY)


def predict(nlp: Language, features: Sequence[Sequence[str]]) -> list[float]:
    """The probability that each candidate is an actor of its event, by the classifier ``nlp``."""
    return label_probabilities(nlp, features, EMPTY, LABEL)


def choose(scores: Sequence[float], rules: Sequence[int], at: float, fill: float = FILL_AT) -> int | None:
    """The index of the candidate that replaces or fills an event's actors, None to keep the rules'.
    ``scores``: the candidates' scores; ``rules``: the indices of the rules' actors among them.
    With no rules' actor: the best scored when it scores at least ``fill``. Otherwise: the best
    scored when it is not one of the rules' and scores at least ``at`` more than their best."""
    if not scores:
        return None
    best = max(range(len(scores)), key=lambda i: scores[i])
    if not rules:
        return best if scores[best] >= fill else None
    if best in rules:
        return None
    return best if scores[best] - max(scores[i] for i in rules) >= at else None


def ranked_actors(
    doc: Doc,
    clusters: Sequence[EntityCluster],
    drafts: Sequence[EventDraft],
    events: Sequence[Event],
) -> list[Event]:
    """The events (``events[i]`` built from ``drafts[i]``), each with the actors the ranker chooses
    (see the module docstring); unchanged when the mode is ``off``. The mode ``record`` (training,
    ``nexus.training.actor_corpus``) changes nothing and leaves under ``doc.user_data[RECORDED]``
    one list per event of its candidates as ``{"name", "rules": bool, "features": [...]}``."""
    how = mode()
    if how == "off" or not drafts:
        return list(events)
    at, fill = margin(), fill_at()
    # a margin of 1 or more never replaces the rules' actors, so only events without one need candidates
    wanted = None if how == "record" or at < 1.0 else [not event.actors for event in events]
    found = event_candidates(doc, clusters, drafts, events, wanted)
    if how == "record":
        doc.user_data[RECORDED] = [
            [
                {"name": c.cluster.name, "rules": c.rules_rank is not None, "features": list(f)}
                for c, f in zip(cands, feats, strict=True)
            ]
            for cands, feats in found
        ]
        return list(events)
    scores = group_scores([feats for _, feats in found], lambda rows: predict(load_model(), rows))
    if scores is None:
        return list(events)
    out: list[Event] = []
    for event, draft, (cands, _), own in zip(events, drafts, found, scores, strict=True):
        rules = [i for i, c in enumerate(cands) if c.rules_rank is not None]
        pick = choose(own, rules, at, fill)
        if pick is not None and (rules or not event.actors):  # (actors no entity stands for: kept)
            chosen = cands[pick].cluster
            # a branch of the chosen group named in the event's sentence acts for it (actor_carry)
            branches = [b.name for b in named_branches(chosen, told_by(draft))] if not rules else []
            event = event.model_copy(update={"actors": [*branches, chosen.name]})
        out.append(event)
    return out

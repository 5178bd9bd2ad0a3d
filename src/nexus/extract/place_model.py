"""Learned place ranker: a trained classifier that may move an event to another of its candidate places.

The place rules of :mod:`nexus.extract.places` (``place_candidates`` and the fallbacks of
:mod:`nexus.extract.events`) put an event's places in order, and the first one the gazetteer
places becomes the event's place. Rules tuned on some reports carry imperfectly to others; this
stage scores the places an event could have with a model trained on the annotated pages
(``training/pages/``, by ``make train-place-ranker``) and moves the event to the best scored one
when it beats the rules' own pick by a margin:

* **candidates** (:func:`candidates`): the places the rules listed for the event, then every place
  named in the trigger's sentence, in the :data:`BEFORE` sentences before it and in the headline
  or dateline; each place once, and only places the gazetteer located (an event's place must be);
* **features** (:func:`candidate_features`): how the text relates the place to the trigger, never
  its name: where it was found (the rules' list and its rank there, the same sentence, a sentence
  before, the headline or dateline), its kind (a town, a village the gazetteer does not know, a
  division, a country, a site), the role the rules give its mention (where, a fallback, another
  role), its preposition and what that hangs on, the dependency labels from it to the trigger,
  its distance and side, whether it stands in the trigger's clause, in a speaker or attribution
  phrase, in a recalled happening, in a quotation, whether another candidate lies in it or it in
  another (the text's "X, in Y" chain or the gazetteer's; told apart when the other is named in
  the trigger's own sentence, :func:`structure_features`), the parser's entity label of its
  mention, how often, how early and how recently before the trigger the report names it, whether
  it is the place of the event told before; with the event type, conjunctions of the type, and
  each set against the rules' own pick (:func:`against_rules`);
* **model** (``place_model/``): a spaCy ``textcat_multilabel`` whose bag-of-words linear model
  (``TextCatBOW``, unigrams over the feature tokens) gives one probability, ``right``: the
  place is the event's place in the gold (the same name or close enough for the scorer).

The extraction hook is :func:`ranked_places` (called in ``assemble.to_extraction`` on the events
the verifier kept): an event moves to its best scored candidate when that scores at least
:data:`MARGIN` more than the rules' pick; an event the rules located nowhere gets its best scored
candidate that the rules did not read as naming another role in its sentence (:func:`fillable`)
when that scores at least :data:`FILL_AT`, and an older happening the report recalls when that
scores at least :data:`RECALLED_FILL_AT` (:func:`fillable_recalled`). ``NEXUS_PLACE_RANKER=off``
turns it off; ``NEXUS_PLACE_RANKER_MARGIN`` overrides the margin and
``NEXUS_PLACE_RANKER_RECALLED_AT`` the recalled threshold (for measuring); ``record`` keeps the rules'
places and leaves every event's candidates and features under ``doc.user_data[RECORDED]``
(training).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from nexus.extract.dateline import dateline_end
from nexus.extract.entities import EntityCluster, token_entity_index
from nexus.extract.events import VIOLENT_TYPES, EventDraft
from nexus.extract.mention_roots import place_roots as _mention_roots
from nexus.extract.page import zone_at
from nexus.extract.places import (
    LOCATIVE,
    NEUTRAL,
    _anchor,
    _in_speaker_phrase,
    _role,
    _where_it_was_said,
    away_from_towns,
    clause_head,
    recalls_a_happening,
    returned_from,
)
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
from nexus.extract.tokens import sentences
from nexus.model import Event, Place

MODEL_DIR = Path(__file__).resolve().parent / "place_model"
LABEL = "right"
ENV_MODE = "NEXUS_PLACE_RANKER"
ENV_MARGIN = "NEXUS_PLACE_RANKER_MARGIN"
ENV_RECALLED = "NEXUS_PLACE_RANKER_RECALLED_AT"
#: Where the ``record`` mode leaves the candidates of a report's events (in order).
RECORDED = "nexus_place_candidates"
#: How much more than the rules' pick the best candidate must score to replace it. 1.0: never (a
#: difference of probabilities stays below it), so only events the rules located nowhere are
#: located. In the pages' cross-validation (215 pages, ``training/place_ranker/README.md``)
#: overriding at the best margin, 0.4, added two matched events to locating alone (events F1
#: .8089 against .8078), while on the development reports it cost two (.868 against .874, before
#: session 18's merges); in session 24's (287 pages) no margin beat locating alone (.8154 at
#: best against .8182). ``NEXUS_PLACE_RANKER_MARGIN`` sets another.
MARGIN = 1.0
#: The score the best candidate needs to locate an event the rules located nowhere (the labels
#: count "no place" as every candidate wrong). Chosen by the pages' cross-validation alone (323
#: pages, session 27, ``training/place_ranker/README.md``): 0.3 matched the most events (events
#: F1 .8269 against the rules' .8215, gain [+.0028, +.0082]; 0.4 .8258, 0.8 .8237). It was 0.4
#: from session 24 (287 pages: 0.3 and 0.4 tied at .8182, 0.4 moving fewer events). Kept in
#: session 28 (335 pages: 0.3 .8284 against the rules' .8236, 0.4 .8281, 0.5 .8267).
FILL_AT = 0.3
#: The score the best candidate needs to locate an older happening the report recalls in passing
#: (``F=background``) that the rules left unlocated. Until session 29 such events were never
#: located here, but the annotations give a recalled happening its own place when the text names
#: one ("peaked in 2021, when fighters overran the port of X"), and the model, trained on these
#: events with the rest, tells the place named with it from the report's scene. Chosen by the
#: pages' cross-validation (347 pages, session 29, ``training/place_ranker/README.md``): 0.3
#: matched the most events (events F1 .8264 against .8244 leaving them unlocated; 0.4 .8257, 0.5
#: .8250, 0.6 and above .8244), with no more places given where the gold names none.
RECALLED_FILL_AT = 0.3
DEFAULT_MODE = "on"
#: Sentences before the trigger's whose places are candidates.
BEFORE = 2
#: The one token of a candidate with no features.
EMPTY = "T=none"


@dataclass
class Candidate:
    """One place an event could have: its entity, where the gazetteer puts it, the mention of it
    nearest the trigger (None for a place only the rules' list holds) and its rank in the rules'
    list of located places (None when not there)."""

    cluster: EntityCluster
    place: Place
    mention: Token | None
    rules_rank: int | None
    source: str  # "sent", "before1", "before2", "head" or "rules"
    features: tuple[str, ...] = ()  # its own features (:func:`candidate_features` and :func:`_context`)


def head_spans(doc: Doc, sents: Sequence[Span], upto: int) -> list[tuple[str, Span]]:
    """``("head", sentence)`` for each of the first ``upto`` sentences of ``doc`` that starts in its
    headline or dateline (before :func:`~nexus.extract.dateline.dateline_end`, or in a page zone of
    either): the spans a ranker draws candidates from besides the trigger's neighbourhood."""
    head_end = dateline_end(doc)
    return [
        ("head", s)
        for s in sents[:upto]
        if s.start_char < head_end or zone_at(doc, s.start_char) in ("headline", "dateline")
    ]


def mention_zone(root: Token | None) -> list[str]:
    """Where a candidate's mention ``root`` stands: ``Z=<page zone>`` and ``DL=1`` when it is in the
    dateline; ``M=none`` for a candidate with no mention."""
    if root is None:
        return ["M=none"]
    zone = [f"Z={zone_at(root.doc, root.idx)}"]
    if root.idx < dateline_end(root.doc):
        zone.append("DL=1")
    return zone


def candidates(
    draft: EventDraft,
    index: dict[int, EntityCluster],
    geo: dict[int, Place],
    sents: Sequence[Span],
    sent_no: int,
) -> list[Candidate]:
    """The candidate places of one event (see the module docstring), the rules' located places
    first in their order. ``index`` maps token index -> entity, ``geo`` entity id -> Place,
    ``sents`` are the report's sentences and ``sent_no`` the index of the trigger's."""
    doc = draft.sent.doc
    out: dict[int, Candidate] = {}
    rank = 0
    for cluster in draft.places:
        place = geo.get(id(cluster))
        if place is not None and id(cluster) not in out:
            out[id(cluster)] = Candidate(cluster, place, None, rank, "rules")
            rank += 1
    spans: list[tuple[str, Span]] = [("sent", draft.sent)]
    spans += [(f"before{k}", sents[sent_no - k]) for k in range(1, BEFORE + 1) if sent_no - k >= 0]
    spans += head_spans(doc, sents, max(0, sent_no - BEFORE))
    for source, span in spans:
        for root in _mention_roots(span, index):
            cluster = index[root.i]
            place = geo.get(id(cluster))
            if place is None:
                continue
            known = out.get(id(cluster))
            if known is None:
                out[id(cluster)] = Candidate(cluster, place, root, None, source)
            elif known.mention is None:
                known.mention, known.source = root, source
            elif source == "sent" and abs(root.i - draft.trigger.i) < abs(known.mention.i - draft.trigger.i):
                known.mention = root
    return list(out.values())


def hinge_position(hinge: Token, trigger: Token) -> str:
    """Where the word a candidate's preposition hangs on stands to the trigger: ``"trigger"`` (the
    trigger itself: "attacked ... in X"), ``"head"`` (the trigger's head), ``"under"`` (a word
    the trigger depends on, further up) or ``"other"``."""
    if hinge.i == trigger.i:
        return "trigger"
    if hinge.i == trigger.head.i:
        return "head"
    return "under" if trigger in hinge.ancestors else "other"


def dependency_path(anchor: Token, trigger: Token) -> str:
    """The dependency labels from ``anchor`` up to the lowest head it shares with ``trigger``, then
    down to the trigger (``"pobj>prep>^"`` for "attacked ... in X"), at most four each way."""
    ups = [anchor, *anchor.ancestors]
    downs = [trigger, *trigger.ancestors]
    down_ids = {t.i: n for n, t in enumerate(downs)}
    for n, tok in enumerate(ups):
        if tok.i in down_ids:
            m = down_ids[tok.i]
            up = ">".join(t.dep_ for t in ups[: min(n, 4)])
            down = "<".join(t.dep_ for t in downs[: min(m, 4)])
            return f"{up}^{down}"
    return "none"


def candidate_features(
    draft: EventDraft,
    cand: Candidate,
    others: Sequence[Candidate],
    index: dict[int, EntityCluster],
    first_sent: dict[int, int],
    sent_no: int,
) -> tuple[str, ...]:
    """The feature tokens of one candidate place ``cand`` of the event ``draft`` (``others``: all
    its candidates, ``first_sent``: entity id -> index of the sentence that first names it,
    ``sent_no``: the trigger's sentence index). Strings such as ``"K=city"``, ``"PREP=in"``,
    ``"ROLE=loc"``; a few also conjoined with the type (``"TX=attack|ROLE=loc"``)."""
    cluster, trigger = cand.cluster, draft.trigger
    feats = [f"T={draft.type}", f"SRC={cand.source}"]
    feats.append(f"RR={'none' if cand.rules_rank is None else size_bucket(cand.rules_rank, (0, 1, 2))}")
    feats.append(f"K={cluster.subtype or 'none'}")
    feats.append(f"PK={cand.place.kind}")
    feats.append(f"GZ={int(cluster.key is not None)}")
    feats.append(f"GS={cand.place.source or 'none'}")
    feats.append(f"NC={size_bucket(len(others), (1, 2, 3, 5))}")
    feats.append(f"NM={size_bucket(len(cluster.mentions), (1, 2, 4))}")
    first = first_sent.get(id(cluster), sent_no)
    feats.append(f"FS={size_bucket(first, (0, 1, 3, 7))}")
    feats.append(f"FD={size_bucket(sent_no - first, (-1, 0, 1, 3))}")
    if draft.background:
        feats.append("F=background")
    if returned_from(trigger):
        feats.append("F=origin")
    # the gazetteer's and the text's hierarchy among the candidates
    ids = {id(o.cluster) for o in others}
    if cluster.within is not None and id(cluster.within) in ids:
        feats.append("IN=cand")
    if any(o.cluster.within is cluster for o in others):
        feats.append("HOLDS=cand")
    place = cand.place
    if place.kind == "country" and any(
        o.place.country == place.country and o.place.kind != "country" for o in others if o is not cand
    ):
        feats.append("HOLDS=gaz")
    if place.kind != "country" and any(
        o.place.kind == "country" and o.place.country == place.country for o in others if o is not cand
    ):
        feats.append("IN=gaz")
    if place.kind == "admin" and any(
        o.place.admin1 and o.place.admin1 == place.admin1 and o.place.kind in ("city", "site") for o in others
    ):
        feats.append("HOLDS=gazadmin")
    if place.kind in ("city", "site") and any(
        o.place.kind == "admin" and o.place.admin1 and o.place.admin1 == place.admin1 for o in others
    ):
        feats.append("IN=gazadmin")
    root = cand.mention
    feats += mention_zone(root)
    if root is not None and cand.source == "sent":
        role = _role(root, trigger, index)
        feats.append(f"ROLE={'loc' if role == LOCATIVE else 'neutral' if role == NEUTRAL else 'other'}")
        anchor = _anchor(root, index)
        feats.append(f"AD={anchor.dep_}")
        if anchor.dep_ == "pobj":
            prep = anchor.head
            feats.append(f"PREP={prep.lower_}")
            hinge = prep.head
            feats.append(f"PH={hinge_position(hinge, trigger)}")
            feats.append(f"PHP={hinge.pos_}")
        feats.append(f"PATH={dependency_path(anchor, trigger)}")
        gap = root.i - trigger.i
        feats.append(f"DIR={'after' if gap > 0 else 'before'}")
        feats.append(f"DIST={size_bucket(abs(gap), (1, 3, 6, 10, 20))}")
        clause = clause_head(trigger)
        feats.append(f"CL={int(clause is not None and clause_head(anchor) is clause)}")
        if _in_speaker_phrase(anchor, trigger):
            feats.append("SP=speaker")
        if _where_it_was_said(anchor, trigger):
            feats.append("SP=said")
        if recalls_a_happening(draft.sent, trigger):
            feats.append("RC=recall")
        doc = root.doc
        nxt = doc[root.i + 1] if root.i + 1 < len(doc) else None
        if nxt is not None and nxt.text in ("-", "–"):
            feats.append("HY=1")
        if root.dep_ == "poss" or (nxt is not None and nxt.tag_ == "POS"):
            feats.append("POSS=1")
    feats += structure_features(cand, others, draft.sent)
    conj = [
        f"TX={draft.type}|{f}" for f in feats if f.split("=")[0] in ("SRC", "RR", "K", "ROLE", "PREP", "PATH")
    ]
    conj += [f"RK={feats[2]}|{f}" for f in feats if f.split("=")[0] in ("K", "SRC", "ROLE")]
    return tuple(feats + conj)


#: Double quotation marks that open or close a quotation (the straight ones either; single
#: quotation marks are left out, the closing one being the apostrophe).
OPENING_QUOTES = frozenset({"\u201c", "\u00ab"})
CLOSING_QUOTES = frozenset({"\u201d", "\u00bb"})
STRAIGHT_QUOTES = frozenset({'"', "''", "``"})


def in_quotation(root: Token) -> bool:
    """Whether ``root`` stands inside a quotation of its sentence (more opening than closing
    quotation marks before it, or an odd number of straight ones): a place a speaker names, not
    necessarily the scene the report tells."""
    sent = root.sent
    opened = closed = straight = 0
    for tok in sent.doc[sent.start : root.i]:
        if tok.text in OPENING_QUOTES:
            opened += 1
        elif tok.text in CLOSING_QUOTES:
            closed += 1
        elif tok.text in STRAIGHT_QUOTES:
            straight += 1
    return opened > closed or straight % 2 == 1


def _inside(inner: Candidate, outer: Candidate) -> bool:
    """Whether the text (the ``within`` chain "X, in Y", "X district of Y", "a village in Y") or
    the gazetteer (same country, same first-level division) puts ``inner`` inside ``outer``."""
    if inner is outer or inner.cluster is outer.cluster:
        return False
    if any(node is outer.cluster for node in inner.cluster.enclosing()[1:]):
        return True
    return _contains(outer, inner)


def structure_features(cand: Candidate, others: Sequence[Candidate], sent: Span) -> list[str]:
    """Features of a candidate from the text's and the gazetteer's structure, never its name:

    * ``NER=`` the entity label the parser gave its mention (a militia or a firm the gazetteer
      matched may carry ``ORG``, a person ``PERSON``), ``WF=1`` when the text also writes it as
      part of a longer name ("the X mountains", "X camp", "Barangay X");
    * ``WN=`` how the text put it in another place (``near``: "X near Y", ``division``: "the X
      district of Y", ``guessed``: the report's town, ``km``: "30 km north of Y");
    * ``INS=``/``HOLDS_S=`` whether it lies inside / holds another candidate named in the trigger's
      sentence (``INS=sent``: the more precise of two places the sentence names, "a village in
      Y"), with ``DEPTH=`` how many places the text puts it in;
    * ``QT=1`` its mention stands in a quotation; ``OPREP=`` the preposition that governs its
      mention when that stands in another sentence than the trigger's."""
    feats: list[str] = []
    cluster, root = cand.cluster, cand.mention
    if root is not None:
        feats.append(f"NER={root.ent_type_ or 'none'}")
        if in_quotation(root):
            feats.append("QT=1")
        if cand.source != "sent" and root.dep_ in ("pobj", "compound", "appos"):
            anchor = root
            while anchor.dep_ in ("compound", "appos") and anchor.head.i != anchor.i:
                anchor = anchor.head
            if anchor.dep_ == "pobj":
                feats.append(f"OPREP={anchor.head.lower_}")
    if cluster.written_forms:
        feats.append("WF=1")
    if cluster.within is not None:
        how = (
            "near"
            if cluster.within_near
            else "division"
            if cluster.within_division
            else "guessed"
            if cluster.within_guessed
            else "km"
            if cluster.within_km is not None
            else "in"
        )
        feats.append(f"WN={how}")
    feats.append(f"DEPTH={size_bucket(len(cluster.enclosing()) - 1, (0, 1, 2))}")
    in_sent = [
        o for o in others if o is not cand and o.mention is not None and sent.start <= o.mention.i < sent.end
    ]
    if any(_inside(cand, o) for o in in_sent):
        feats.append(f"INS={'sent' if cand.source == 'sent' else 'away'}")
    if any(_inside(o, cand) for o in in_sent):
        feats.append(f"HOLDS_S={'sent' if cand.source == 'sent' else 'away'}")
    return feats


#: The kinds of feature of the rules' pick a candidate's features are conjoined with.
PAIRED = ("SRC", "K", "ROLE", "PREP", "Z", "AD", "REC", "PE", "NER", "WF", "INS", "HOLDS_S", "QT")


def _contains(outer: Candidate, inner: Candidate) -> bool:
    """Whether the text or the gazetteer puts ``inner`` inside ``outer``."""
    if inner.cluster.within is outer.cluster:
        return True
    a, b = outer.place, inner.place
    if a.kind == "country":
        return b.kind != "country" and b.country is not None and b.country == a.country
    return a.kind == "admin" and b.kind in ("city", "site") and a.admin1 is not None and a.admin1 == b.admin1


def against_rules(
    cand: Candidate, rules: Candidate | None, rules_feats: tuple[str, ...] | None
) -> tuple[str, ...]:
    """Features of a candidate set against the rules' pick (``rules``, with its features
    ``rules_feats``; None when the rules located no place): ``SELF=rules`` for the pick itself, else
    whether one holds the other and the candidate's features conjoined with the pick's
    (``"CR=K=city|K=admin"``), so the model learns when a place of one kind beats a pick of another."""
    if rules is None:  # whether to locate an event the rules left unlocated depends on its type
        kind = next((f[2:] for f in cand.features if f.startswith("T=")), "none")
        own = [f for f in cand.features if f.split("=")[0] in PAIRED]
        return ("R=none", f"RN={kind}", *(f"RNX={kind}|{f}" for f in own))
    if cand is rules:
        return ("SELF=rules",)
    assert rules_feats is not None
    out = ["R=other"]
    src = next((f for f in cand.features if f.startswith("SRC=")), "SRC=none")
    if _inside(cand, rules) or _contains(rules, cand):
        out += ["PR=inside_pick", f"PRS=inside_pick|{src}"]
    if _inside(rules, cand) or _contains(cand, rules):
        out += ["PR=holds_pick", f"PRS=holds_pick|{src}"]
    mine = [f for f in cand.features if f.split("=")[0] in PAIRED]
    theirs = [f for f in rules_feats if "|" not in f and f.split("=")[0] in PAIRED]
    out += [f"RP:{f}" for f in theirs]
    out += [f"CR={a}|{b}" for a in mine for b in theirs if a.split("=")[0] == b.split("=")[0]]
    return tuple(out)


def _last_before(cluster: EntityCluster, char: int) -> int:
    """The start of the cluster's last mention before character ``char`` (-1: none)."""
    return max((m.start for m in cluster.mentions if m.start < char), default=-1)


def _draft_context(
    draft: EventDraft, cands: Sequence[Candidate], before: Sequence[tuple[EventDraft, EntityCluster | None]]
) -> tuple[dict[int, int], list[tuple[EventDraft, EntityCluster | None]]]:
    """What :func:`_context` reads of a draft, the same for each of its candidates: ``(the start of
    each candidate's last mention before the trigger, by id of its cluster (-1: none), the
    (event, rules' place) pairs of ``before`` whose trigger comes earlier)``."""
    char = draft.trigger.idx
    last = {id(c.cluster): _last_before(c.cluster, char) for c in cands}
    return last, [(d, p) for d, p in before if d.trigger.i < draft.trigger.i]


def _context(
    draft: EventDraft,
    cand: Candidate,
    last: dict[int, int],
    earlier: Sequence[tuple[EventDraft, EntityCluster | None]],
) -> tuple[str, ...]:
    """Features of a candidate among the report's other events and mentions (``last`` and
    ``earlier`` from :func:`_draft_context`): its rank by how recently it was named before the
    trigger (``REC=0``: the last place named), and whether it is the rules' place of the event told
    just before (``PE=prev``) or of an earlier event of the same type (``PE=type``)."""
    mine = last[id(cand.cluster)]
    out = []
    if mine < 0:
        out.append("REC=none")
    else:
        out.append(f"REC={size_bucket(sum(v > mine for v in last.values()), (0, 1, 2))}")
    if earlier and earlier[-1][1] is cand.cluster:
        out.append("PE=prev")
        out.append(f"PET={draft.type}|{earlier[-1][0].type == draft.type}")
    if any(p is cand.cluster and d.type == draft.type for d, p in earlier):
        out.append("PE=type")
    if not earlier:
        out.append("PE=first")
    return tuple(out)


class ReportSentences(NamedTuple):
    """What the candidates of a report's events are drawn from: ``entities`` (token index -> entity),
    ``sents`` (the report's sentences), ``where`` (a sentence's first token index -> its index) and
    ``first_sent`` (entity id -> the index of the sentence that first names it)."""

    entities: dict[int, EntityCluster]
    sents: tuple[Span, ...]
    where: dict[int, int]
    first_sent: dict[int, int]


def report_sentences(
    doc: Doc,
    clusters: Sequence[EntityCluster],
    mention_roots: Callable[[Span, dict[int, EntityCluster]], list[Token]],
) -> ReportSentences:
    """The sentences of ``doc`` and where its entities ``clusters`` stand in them, the mentions a
    ranker counts being those ``mention_roots(span, index)`` finds (see :class:`ReportSentences`)."""
    index = token_entity_index(doc, list(clusters))
    sents = sentences(doc)
    where = {s.start: n for n, s in enumerate(sents)}
    first_sent: dict[int, int] = {}
    for n, sent in enumerate(sents):
        for root in mention_roots(sent, index):
            first_sent.setdefault(id(index[root.i]), n)
    return ReportSentences(index, sents, where, first_sent)


def event_candidates(
    doc: Doc,
    clusters: Sequence[EntityCluster],
    drafts: Sequence[EventDraft],
    geo: dict[int, Place],
    wanted: Sequence[bool] | None = None,
) -> list[tuple[list[Candidate], list[tuple[str, ...]]]]:
    """For each event draft of a report: its candidates and their feature tokens; none for a draft
    whose ``wanted`` flag is False (all are wanted when ``wanted`` is None)."""
    index, sents, where, first_sent = report_sentences(doc, clusters, _mention_roots)
    out: list[tuple[list[Candidate], list[tuple[str, ...]]]] = []
    before: list[tuple[EventDraft, EntityCluster | None]] = []  # earlier events and the rules' pick of each
    for draft in sorted(drafts, key=lambda d: d.trigger.i):
        pick = next((c for c in draft.places if id(c) in geo), None)
        before.append((draft, pick))
    for n, draft in enumerate(drafts):
        if wanted is not None and not wanted[n]:
            out.append(([], []))
            continue
        sent_no = where.get(draft.sent.start, 0)
        cands = candidates(draft, index, geo, sents, sent_no)
        last, earlier = _draft_context(draft, cands, before)
        feats = [
            candidate_features(draft, c, cands, index, first_sent, sent_no)
            + _context(draft, c, last, earlier)
            for c in cands
        ]
        for c, f in zip(cands, feats, strict=True):
            c.features = f
        rules = next((n for n, c in enumerate(cands) if c.rules_rank == 0), None)
        feats = [
            f
            + against_rules(
                c, None if rules is None else cands[rules], None if rules is None else feats[rules]
            )
            for c, f in zip(cands, feats, strict=True)
        ]
        out.append((cands, feats))
    return out


def mode() -> str:
    """``on``, ``off`` or ``record`` (``NEXUS_PLACE_RANKER``; default :data:`DEFAULT_MODE`)."""
    return env_mode(ENV_MODE, DEFAULT_MODE)


def margin() -> float:
    """The hook's margin: ``NEXUS_PLACE_RANKER_MARGIN`` or :data:`MARGIN`."""
    return env_threshold(ENV_MARGIN, MARGIN)


def recalled_at() -> float:
    """The score locating a recalled happening needs: ``NEXUS_PLACE_RANKER_RECALLED_AT`` or
    :data:`RECALLED_FILL_AT` (1: in effect never)."""
    return env_threshold(ENV_RECALLED, RECALLED_FILL_AT)


def verify_model() -> list[str]:
    """Files of the shipped model whose sha256 differs from ``SHA256SUMS`` (empty when intact)."""
    return altered_files(MODEL_DIR)


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The trained ranker, loaded once from the package (no network, no tokenizer).

    Raises RuntimeError naming the altered files when the weights differ from ``SHA256SUMS``."""
    return load_textcat(MODEL_DIR, "textcat_multilabel", "place ranker")


def feature_doc(vocab: Vocab, features: Sequence[str]) -> Doc:
    """The Doc the classifier reads: one token per feature."""
    return shipped_feature_doc(vocab, features, EMPTY)


def predict(nlp: Language, features: Sequence[Sequence[str]]) -> list[float]:
    """The probability that each candidate is the event's place, by the classifier ``nlp``."""
    return label_probabilities(nlp, features, EMPTY, LABEL)


def fillable(features: Sequence[str]) -> bool:
    """Whether a candidate may locate an event the rules located nowhere: not when the rules read
    its mention in the trigger's own sentence as naming another role (``ROLE=other``: where the
    convoy came from, where the speaker sat), nor when the assembly marked the event as an older
    happening recalled in passing (``F=background``: the report's scene is not its place); the
    rules left such events unlocated on purpose. Nor a town the gazetteer does not know whose
    point is borrowed from the town the text puts it in (``GS=nexus-within``: "near X in the Y
    desert" placed at Y): a town of its own lies away from that point, and an event the rules
    left unlocated would be placed there on the model's word alone (a site, a camp or a market,
    stands in the town; in the pages' cross-validation leaving such towns out matched as many
    events). Nor any candidate of an event someone was coming back from (``F=origin``: "the
    patrol was returning from an operation" when a bomb hit it): that happening was elsewhere and
    before, and the report's scene is where the patrol was hit."""
    borrowed = "GS=nexus-within" in features and "PK=city" in features
    away = "F=background" in features or "F=origin" in features
    return "ROLE=other" not in features and not away and not borrowed


def fillable_recalled(features: Sequence[str], score: float, at: float) -> bool:
    """Whether a candidate of an older happening the report recalls (``F=background``), which
    :func:`fillable` leaves out, may still locate it: when nothing else keeps it out and it scores
    at least ``at`` (:func:`recalled_at`). A recalled happening is one of its own, placed where
    the text says it was ("the camp was overrun in 2021 at X" names X); the model, trained on such
    events with the rest, tells the place named with it from the report's scene."""
    if "F=background" not in features or score < at:
        return False
    return fillable([f for f in features if f != "F=background"])


def fill_eligible(
    features: Sequence[Sequence[str]],
    scores: Sequence[float],
    at: float,
    other_day: Sequence[bool] | None = None,
) -> list[bool]:
    """Per candidate (``features[i]`` scored ``scores[i]``), whether it may locate an event the
    rules located nowhere: :func:`fillable` or :func:`fillable_recalled` at ``at``, and not when
    ``other_day[i]`` (the place of another event of its kind told on another day,
    :func:`another_days_place`). Letting a recalled happening take such a place matched 5 events
    more in the pages' cross-validation (F1 .8280 against .8264) but put older happenings at
    today's town ("In January, soldiers killed nine fighters" after today's attack at X), so the
    guard holds for them too."""
    days = [False] * len(features) if other_day is None else other_day
    return [
        (fillable(f) or fillable_recalled(f, s, at)) and not day
        for f, s, day in zip(features, scores, days, strict=True)
    ]


def another_days_place(
    kind: str, day: str | None, place: str, others: Sequence[tuple[str, str | None, str | None]]
) -> bool:
    """Whether ``place`` is the place of another event of the same kind told on another day
    (``others``: each other event of the report as ``(type, date iso, place name)``): two attacks
    of different days are two happenings, and the place of one says nothing of where the other,
    left unlocated by the rules, took place ("a day earlier, a watchman was stabbed outside a
    settlement" after a shooting at X). In the pages' cross-validation leaving such places out of
    the locating matched as many events."""
    return day is not None and any(
        _one_kind(t, kind) and d is not None and d != day and p == place for t, d, p in others
    )


# The violent types are one kind here: a raid and a clash told on other days are two happenings,
# whichever side the type says acted ("rebels clashed near X on Sunday ... five gunmen died on
# Wednesday": Wednesday's toll is not at X on the model's word).
def _one_kind(first: str, second: str) -> bool:
    """Whether two event types tell the same kind of happening for :func:`another_days_place`."""
    return first == second or (first in VIOLENT_TYPES and second in VIOLENT_TYPES)


def choose(
    scores: Sequence[float],
    rules: int | None,
    at: float,
    fill_at: float = FILL_AT,
    eligible: Sequence[bool] | None = None,
) -> int | None:
    """The index of the candidate an event gets, from its candidates' ``scores``: when the rules
    picked one (index ``rules``), the best scored if it scores at least ``at`` more, else the rules'
    pick; when they located none (``rules`` None), the best scored of the ``eligible`` ones (all
    when None; see :func:`fillable`) if it scores at least ``fill_at``, else None."""
    if not scores:
        return rules
    if rules is None:
        allowed = [i for i in range(len(scores)) if eligible is None or eligible[i]]
        best_fill = max(allowed, key=lambda i: scores[i], default=None)
        return best_fill if best_fill is not None and scores[best_fill] >= fill_at else None
    best = max(range(len(scores)), key=lambda i: scores[i])
    return best if best != rules and scores[best] - scores[rules] >= at else rules


def ranked_places(
    doc: Doc,
    clusters: Sequence[EntityCluster],
    drafts: Sequence[EventDraft],
    events: Sequence[Event],
    geo: dict[int, Place],
) -> list[Event]:
    """The events (``events[i]`` built from ``drafts[i]``; ``geo``: entity id -> Place), each with
    the place the ranker chooses (see the module docstring); unchanged when the mode is ``off``.
    The mode ``record`` (training, ``nexus.training.place_corpus``) changes nothing and leaves
    under ``doc.user_data[RECORDED]`` one list per event of its candidates as
    ``{"place", "lat", "lon", "rules": bool, "features": [...]}``."""
    how = mode()
    if how == "off" or not drafts:
        return list(events)
    at = margin()
    # a margin of 1 or more never overrides the rules' place (no probability beats another by more
    # than 1), so only the events the rules left unlocated need candidates
    wanted = None if how == "record" or at < 1.0 else [event.place is None for event in events]
    found = event_candidates(doc, clusters, drafts, geo, wanted)
    if how == "record":
        doc.user_data[RECORDED] = [
            [
                {
                    "place": c.place.name,
                    "lat": c.place.lat,
                    "lon": c.place.lon,
                    "rules": c.rules_rank == 0,
                    "features": list(f),
                }
                for c, f in zip(cands, feats, strict=True)
            ]
            for cands, feats in found
        ]
        return list(events)
    scores = group_scores([feats for _, feats in found], lambda rows: predict(load_model(), rows))
    if scores is None:
        return list(events)
    told = [(e.type, e.date.iso if e.date else None, e.place.name if e.place else None) for e in events]
    recalled = recalled_at()
    out: list[Event] = []
    for n, (event, (cands, feats), own) in enumerate(zip(events, found, scores, strict=True)):
        rules = next((i for i, c in enumerate(cands) if c.rules_rank == 0), None)
        others = told[:n] + told[n + 1 :]
        day = event.date.iso if event.date else None
        other_day = [another_days_place(event.type, day, c.place.name, others) for c in cands]
        allowed = fill_eligible(feats, own, recalled, other_day)
        if event.type in VIOLENT_TYPES and away_from_towns(drafts[n].mentions):  # "a clash near the border"
            allowed = [
                ok and c.place.kind not in ("city", "site") for ok, c in zip(allowed, cands, strict=True)
            ]
        pick = choose(own, rules, at, eligible=allowed)
        if pick is not None and pick != rules:
            event = event.model_copy(update={"place": cands[pick].place})
        out.append(event)
    return out

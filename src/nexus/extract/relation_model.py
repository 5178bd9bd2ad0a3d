"""Learned relations: a trained classifier over entity pairs, beside the relation rules.

The rules of :mod:`nexus.extract.relations` read a relation off one construction of
the parse each ("X, a faction of Y", "X-based Y"). Real pages word the same links in
many more ways, so this stage scores every pair of entities named in one sentence
with a model trained on the annotated pages (``training/pages/``, by
``make train-relations``):

* **candidates**: two different entities with mentions in the same sentence, at least
  one an organisation or person (or both countries, which act as states); a person
  and a place, or an organisation and a place, can be affiliated or based there;
* **features** (:func:`pair_features`): the entity kinds, the words between the two
  mentions (each, the first, the last, and the whole stretch when short), two words
  either side, the dependency path between the mentions' heads (its relations, its
  words and the word where the two branches meet), the distance, and whether other
  entities stand between; and (:mod:`nexus.extract.pair_context`) each mention's role
  and the event types and cue lists of the word it is the role of, coordination, cue
  words beside the pair, quotation, hedging and the sentence's place in the report, and
  the rules' own reading of the pair. Names themselves are never features, so the model
  learns the wording of links, not who is linked to whom;
* **model** (``relation_model/``): a spaCy ``textcat_multilabel`` whose bag-of-words
  linear model (``TextCatBOW``, unigrams over the feature tokens) gives each of the
  four relation types an independent probability; or several, one per training seed in
  ``seed0/``, ``seed1/`` ... (the same corpus and config, as ``make train-relations``
  builds them), the hook reading the mean of their probabilities.

The extraction hook is :func:`revised_relations` (called in ``assemble.to_extraction``):
it adds a relation of a type where the model scores it at or above that type's
:data:`ADD_AT` and the rules found no relation of that type for the pair, and drops a
rules' relation of a type the model scores below that type's :data:`DROP_BELOW` in every
sentence naming the pair. ``NEXUS_RELATION_MODEL=off`` turns it off;
``NEXUS_RELATION_MODEL_AT`` and ``NEXUS_RELATION_MODEL_DROP_AT`` override the thresholds
of every type (for measuring).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import get_args

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from nexus import ontology
from nexus.extract.entities import EntityCluster, token_entity_index
from nexus.extract.geocode import fold
from nexus.extract.pair_context import RuleLinks, context_features, sentence_features
from nexus.extract.parse_index import parse_index, range_text
from nexus.extract.relation_context import RelationDraft, is_country
from nexus.extract.shipped import (
    altered_files,
    env_mode,
    env_threshold,
    feature_scores,
    load_textcats,
)
from nexus.extract.shipped import feature_doc as shipped_feature_doc
from nexus.extract.tokens import lemmas, like_nums, sentence_bounds, sentences, space_flags, texts
from nexus.model import RelationType

MODEL_DIR = Path(__file__).resolve().parent / "relation_model"
RELATION_TYPES: tuple[str, ...] = get_args(RelationType)
ENV_MODE = "NEXUS_RELATION_MODEL"
ENV_ADD_AT = "NEXUS_RELATION_MODEL_AT"
ENV_DROP_AT = "NEXUS_RELATION_MODEL_DROP_AT"
#: Probability at or above which the hook adds a relation of a type the rules did not find, per
#: type: chosen on the page-grouped cross-validation of the annotated pages for the pooled relations
#: F1, by :func:`nexus.training.relation_train.choose_thresholds`; these are the shipped session-28
#: model's (``training/relations/README.md``; the three-seed models ``make train-relations`` builds
#: choose cooperation 0.7 in ``results_cv.json``).
ADD_AT: dict[str, float] = {"affiliation": 0.5, "cooperation": 0.5, "hostility": 0.7, "based_in": 0.5}
#: Probability below which the hook drops a rule's relation of a type (0: never), per type, chosen
#: with :data:`ADD_AT`.
DROP_BELOW: dict[str, float] = {"affiliation": 0.0, "cooperation": 0.0, "hostility": 0.0, "based_in": 0.0}
#: Candidate pairs whose mentions lie further apart than this (tokens) are not scored.
MAX_GAP = 40
#: Words either side of the pair that become features.
WINDOW = 2
#: A stretch between the mentions at most this long is also one feature as a whole.
SHORT_GAP = 4


@dataclass(frozen=True)
class PairCandidate:
    """Two entities named in one sentence: ``first`` is the one whose mention comes first."""

    sent: Span
    first: EntityCluster
    second: EntityCluster
    features: tuple[str, ...]


def kind_of(cluster: EntityCluster) -> str:
    """The coarse kind a feature names: ``PER``, ``ORG``, ``CTRY`` or ``PLACE``."""
    if cluster.type == "PERSON":
        return "PER"
    if cluster.type == "ORG":
        return "ORG"
    return "CTRY" if is_country(cluster) else "PLACE"


def may_relate(a: EntityCluster, b: EntityCluster) -> bool:
    """Whether a relation of some type can hold between ``a`` and ``b`` (by their kinds)."""
    kinds = {kind_of(a), kind_of(b)}
    if kinds <= {"PLACE", "CTRY"}:
        return kinds == {"CTRY"}
    return True


def sort_of(cluster: EntityCluster) -> str:
    """The kind with its subtype (``ORG:armed_group``, ``PLACE:city``), for the finer kind feature."""
    return f"{kind_of(cluster)}:{cluster.subtype or '-'}"


@lru_cache(maxsize=1)
def lexicon_classes() -> dict[str, tuple[str, ...]]:
    """Lemma -> the word lists of ``ontology/relations.yaml`` that hold it
    (``{"faction": ("group_link_nouns",)}``): the rules' cue words become features, so a cue
    the training pages never used still counts."""
    classes: dict[str, list[str]] = {}
    for key, value in ontology.table("relations.yaml").items():
        if isinstance(value, list):
            for word in value:
                if isinstance(word, str) and " " not in word:
                    classes.setdefault(word.lower(), []).append(key)
    return {w: tuple(keys) for w, keys in classes.items()}


def _path(a: Token, b: Token) -> tuple[list[Token], Token, list[Token]] | None:
    """The dependency path from ``a`` up to the lowest common ancestor and down to ``b``:
    ``(tokens above a, the meeting token, tokens above b)``, or None when they share no root."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    seen = {t.i: n for n, t in enumerate(up_a)}
    for n, tok in enumerate(up_b):
        if tok.i in seen:
            return up_a[: seen[tok.i]], tok, up_b[:n]
    return None


def _index_path(heads: list[int], a: int, b: int) -> tuple[list[int], int, list[int]] | None:
    """:func:`_path` on token indices, read from the Doc's head column
    (:attr:`~nexus.extract.parse_index.ParseIndex.heads`, a root its own head), no Token built:
    ``(indices above a, the meeting index, indices above b)``, or None when they share no root."""

    def up(i: int) -> list[int]:  # i and its ancestors (``Token.ancestors``: at most len(heads) steps)
        chain = [i]
        while heads[i] != i and len(chain) <= len(heads):
            i = heads[i]
            chain.append(i)
        return chain

    up_a, up_b = up(a), up(b)
    seen = {t: n for n, t in enumerate(up_a)}
    for n, tok in enumerate(up_b):
        if tok in seen:
            return up_a[: seen[tok]], tok, up_b[:n]
    return None


def _gap_bucket(gap: int) -> str:
    for bound, name in ((0, "0"), (1, "1"), (2, "2"), (5, "3-5"), (10, "6-10"), (20, "11-20")):
        if gap <= bound:
            return name
    return "21+"


def pair_features(
    first: EntityCluster, second: EntityCluster, a: Span, b: Span, index: dict[int, EntityCluster]
) -> tuple[str, ...]:
    """The feature tokens of one candidate pair (``a`` and ``b``: their mentions, ``a`` first, in one
    sentence).

    Returns strings such as ``"K=ORG_PER"``, ``"B=faction"``, ``"P=appos^prep"``. Every
    word feature is also given conjoined with the pair's kinds (``"KB=ORG_PER|faction"``).
    The words are read from the Doc's cached columns (:mod:`nexus.extract.tokens`), by index.
    """
    doc = a.doc
    lem, text, num, blank = lemmas(doc), texts(doc), like_nums(doc), space_flags(doc)

    def word(i: int) -> str:  # token i as a feature word: an entity's kind, a number as #, else its lemma
        other = index.get(i)
        if other is not None:
            return f"<{kind_of(other)}>"
        if num[i]:
            return "#"
        return lem[i] or text[i].lower()

    kinds = f"{kind_of(first)}_{kind_of(second)}"
    feats = [f"K={kinds}", f"KS={sort_of(first)}_{sort_of(second)}"]
    between = [i for i in range(a.end, b.start) if not blank[i]]
    words = [word(i) for i in between]
    feats.append(f"D={_gap_bucket(len(between))}")
    feats += [f"B={w}" for w in words]
    if words:
        feats += [f"BF={words[0]}", f"BL={words[-1]}"]
    if len(words) <= SHORT_GAP:
        feats.append("BS=" + "_".join(words))
    others = sum(1 for i in between if i in index and i - 1 not in index)
    feats.append(f"BE={min(others, 3)}")
    sent_start, sent_end = sentence_bounds(doc, a.start)  # (``a.sent``)
    left = [i for i in range(max(sent_start, a.start - WINDOW), a.start) if not blank[i]]
    right = [i for i in range(b.end, min(sent_end, b.end + WINDOW)) if not blank[i]]
    feats += [f"L{len(left) - n}={word(i)}" for n, i in enumerate(left)]
    feats += [f"R{n + 1}={word(i)}" for n, i in enumerate(right)]
    parse = parse_index(doc)
    path = _index_path(parse.heads, a.root.i, b.root.i)
    if path is not None:
        up, top, down = path
        dep = parse.deps
        deps = [dep[t] for t in up] + ["^"] + [dep[t] for t in reversed(down)]
        feats.append("P=" + "_".join(deps))
        inner = [t for t in (*up[1:], *down[1:]) if t not in index]
        feats += [f"PW={word(i)}" for i in inner]
        meet = "self" if top in index else word(top)
        feats.append(f"PT={meet}")
        feats.append(f"PL={min(len(up) + len(down), 6)}")
    classes = lexicon_classes()
    cues = {
        f"X={key}"
        for i in (*between, *(path[0] if path else ()), *(path[2] if path else ()))
        for key in classes.get(lem[i], ())
    }
    feats += sorted(cues)
    conj = [
        f"K{f[0]}={kinds}|{f.split('=', 1)[1]}" for f in feats if f[0] in "BPX" and not f.startswith("BE")
    ]
    return tuple(feats + conj)


def pair_candidates(
    doc: Doc, clusters: Sequence[EntityCluster], rules: RuleLinks | None = None
) -> Iterator[PairCandidate]:
    """Every candidate pair of every sentence, once per pair of entities and sentence (the pair's
    closest mentions in that sentence). Its features are :func:`pair_features`, the roles and
    setting of :func:`~nexus.extract.pair_context.context_features` and, given ``rules``, the
    rules' reading of the pair (:meth:`~nexus.extract.pair_context.RuleLinks.features`)."""
    index = token_entity_index(doc, list(clusters))
    classes = lexicon_classes()
    links = rules if rules is not None else RuleLinks()
    for sent in sentences(doc):
        spans: list[tuple[Span, EntityCluster]] = []
        tok = sent.start
        while tok < sent.end:
            cluster = index.get(tok)
            if cluster is None:
                tok += 1
                continue
            end = tok + 1
            while end < sent.end and index.get(end) is cluster:
                end += 1
            spans.append((Span(doc, tok, end), cluster))  # (inside the sentence: no slice to normalise)
            tok = end
        best: dict[tuple[int, int], tuple[int, Span, Span]] = {}
        for i, (a, ca) in enumerate(spans):
            for b, cb in spans[i + 1 :]:
                if ca is cb or not may_relate(ca, cb):
                    continue
                gap = b.start - a.end
                if gap > MAX_GAP:
                    continue
                key = (id(ca), id(cb)) if id(ca) < id(cb) else (id(cb), id(ca))
                if key not in best or gap < best[key][0]:
                    best[key] = (gap, a, b)
        if not best:
            continue
        sentence = _text(sent).strip()
        setting = sentence_features(sent, index)
        for _, a, b in best.values():
            first, second = index[a.start], index[b.start]
            kinds = f"{kind_of(first)}_{kind_of(second)}"
            features = (
                *pair_features(first, second, a, b, index),
                *context_features(a, b, kinds, index, classes),
                *setting,
                *links.features(sentence, first, second, kinds),
            )
            yield PairCandidate(sent, first, second, features)


#: The one token of a pair with no features.
EMPTY = "K=none"


def mode() -> str:
    """``add`` (default) or ``off`` (``NEXUS_RELATION_MODEL``)."""
    return env_mode(ENV_MODE, "add", ("add", "off"))


def add_at(rtype: str | None = None) -> float:
    """The hook's threshold for adding a relation of ``rtype``: ``NEXUS_RELATION_MODEL_AT`` (every
    type) or :data:`ADD_AT` (the lowest of its thresholds when ``rtype`` is None)."""
    default = ADD_AT[rtype] if rtype is not None else min(ADD_AT.values())
    return env_threshold(ENV_ADD_AT, default)


def drop_below(rtype: str | None = None) -> float:
    """The probability below which the hook drops a rule's relation of ``rtype``:
    ``NEXUS_RELATION_MODEL_DROP_AT`` (every type; 0 keeps every rule relation) or
    :data:`DROP_BELOW` (the highest of its thresholds when ``rtype`` is None)."""
    default = DROP_BELOW[rtype] if rtype is not None else max(DROP_BELOW.values())
    return env_threshold(ENV_DROP_AT, default)


def verify_model() -> list[str]:
    """Files of the shipped model whose sha256 differs from ``SHA256SUMS`` (empty when intact)."""
    return altered_files(MODEL_DIR)


@lru_cache(maxsize=1)
def load_model() -> tuple[Language, ...]:
    """The trained pair classifiers (one, or one per training seed), loaded once from the package
    (no network, no tokenizer).

    Raises RuntimeError naming the altered files when the weights differ from ``SHA256SUMS``."""
    return load_textcats(MODEL_DIR, "textcat_multilabel", "learned relation model")


def feature_doc(vocab: Vocab, features: Sequence[str]) -> Doc:
    """The Doc the classifier reads: one token per feature."""
    return shipped_feature_doc(vocab, features, EMPTY)


def predict(nlp: Language, features: Sequence[Sequence[str]]) -> list[dict[str, float]]:
    """``{relation type: probability}`` of the pair classifier ``nlp`` for each feature list, in
    one forward pass of its model (no Doc annotation)."""
    labels, rows = feature_scores(nlp, features, EMPTY)
    return [dict(zip(labels, row, strict=True)) for row in rows]


def predict_mean(models: Sequence[Language], features: Sequence[Sequence[str]]) -> list[dict[str, float]]:
    """The mean over ``models`` (pair classifiers of one label set) of :func:`predict`: per feature
    list ``{relation type: mean probability}``. Raises ValueError when ``models`` is empty."""
    if not models:
        raise ValueError("no model to average")
    runs = [predict(nlp, features) for nlp in models]
    return [mean_probabilities(rows) for rows in zip(*runs, strict=True)]


def mean_probabilities(rows: Sequence[dict[str, float]]) -> dict[str, float]:
    """``{relation type: mean probability}`` of several models' scores of one pair (each row
    ``{relation type: probability}`` over the same types). Raises IndexError when ``rows`` is empty."""
    return {label: sum(row[label] for row in rows) / len(rows) for label in rows[0]}


def score_pairs(candidates: Sequence[PairCandidate]) -> list[dict[str, float]]:
    """``{relation type: probability}`` per candidate, in order (the shipped model's, the mean of
    several)."""
    if not candidates:
        return []
    return predict_mean(load_model(), [c.features for c in candidates])


def direct(candidate: PairCandidate, rtype: str) -> tuple[EntityCluster, EntityCluster]:
    """``(source, target)`` of a relation between the pair: a person, or an organisation before
    a place, is the source of an affiliation or a base; otherwise the first named."""
    a, b = candidate.first, candidate.second
    rank = {"PER": 0, "ORG": 1, "CTRY": 2, "PLACE": 3}
    if rtype in ("affiliation", "based_in") and rank[kind_of(b)] < rank[kind_of(a)]:
        return b, a
    return a, b


def _names(first: EntityCluster, second: EntityCluster) -> frozenset[str]:
    """A pair of entities by their folded names (a relation's id is its type and these)."""
    return frozenset((fold(first.name), fold(second.name)))


def rule_ends(rows: Iterable[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    """``{(sentence, type, folded name)}`` of the rules' relations, from ``(sentence, type, source
    name, target name)`` rows: which entity each sentence links, by which type, in the rules' reading."""
    return {(sent, rtype, fold(name)) for sent, rtype, *names in rows for name in names}


def reads_other_link(
    ends: set[tuple[str, str, str]], sentence: str, rtype: str, pair: frozenset[str]
) -> bool:
    """Whether the rules already read, in ``sentence``, a ``rtype`` link at one end of ``pair`` (folded
    names) to another entity: the model adds links where the rules are silent, not a competing
    reading of the one they made ("B was accused by A of sheltering C": the rules link B and C, so the
    model does not also link A and C)."""
    return any((sentence, rtype, name) in ends for name in pair)


def _text(span: Span) -> str:
    """``span.text`` sliced from the Doc's cached text (:func:`range_text`), no Token built."""
    return range_text(span.doc, span.start, span.end)


def first_drafts(found: Sequence[RelationDraft]) -> list[RelationDraft]:
    """The first draft of each relation (type and folded names of its ends), as the extraction keeps
    them (``assemble._first_of_each``): the rules' reading the model was trained beside."""
    seen: set[tuple[frozenset[str], str]] = set()
    out = []
    for draft in found:
        key = (_names(draft.source, draft.target), draft.type)
        if key not in seen:
            seen.add(key)
            out.append(draft)
    return out


def revision(
    doc: Doc, clusters: Sequence[EntityCluster], found: Sequence[RelationDraft]
) -> tuple[list[RelationDraft], set[tuple[frozenset[str], str]]]:
    """What the model changes in ``found`` (the rules' relations): ``(added, dropped)``.

    ``added``: one relation per pair and type it scores at or above :func:`add_at` where ``found``
    has none, each with the sentence that scored highest. ``dropped``: the ``(folded pair, type)``
    of the rules' relations it scores below :func:`drop_below` in every sentence naming the pair
    (a relation whose pair it never scored is kept). Both empty when the mode is ``off``."""
    if mode() == "off":
        return [], set()
    # a pair by its folded names, as a relation's id knows it: two entities of one name (a place
    # and a person the tagger took it for) are one end, so a rule's relation is not added again
    have = {(_names(r.source, r.target), r.type) for r in found}
    read = rule_ends((_text(r.sent).strip(), r.type, r.source.name, r.target.name) for r in found)
    links = RuleLinks.of(
        (_text(r.sent).strip(), r.type, r.source.name, r.target.name) for r in first_drafts(found)
    )
    candidates = list(pair_candidates(doc, clusters, links))
    add = {rtype: add_at(rtype) for rtype in RELATION_TYPES}  # read once, not per pair and type
    best: dict[tuple[frozenset[str], str], tuple[float, PairCandidate]] = {}
    top: dict[tuple[frozenset[str], str], float] = {}
    for candidate, scores in zip(candidates, score_pairs(candidates), strict=True):
        pair = _names(candidate.first, candidate.second)
        if len(pair) < 2:
            continue  # two entities of one name: no relation of a thing with itself
        for rtype in RELATION_TYPES:
            p = scores.get(rtype, 0.0)
            key = (pair, rtype)
            top[key] = max(p, top.get(key, 0.0))
            if (
                p < add[rtype]
                or key in have
                or reads_other_link(read, _text(candidate.sent).strip(), rtype, pair)
            ):
                continue
            if key not in best or p > best[key][0]:
                best[key] = (p, candidate)
    added = []
    for (_, rtype), (p, candidate) in best.items():
        source, target = direct(candidate, rtype)
        added.append(RelationDraft(source, rtype, target, None, candidate.sent, None, score=round(p, 3)))
    drop = {rtype: drop_below(rtype) for rtype in RELATION_TYPES}
    dropped = {key for key in have if key in top and top[key] < drop[key[1]]}
    return added, dropped


def learned_relations(
    doc: Doc, clusters: Sequence[EntityCluster], found: Sequence[RelationDraft]
) -> list[RelationDraft]:
    """The relations the model adds to ``found`` (those of the rules; see :func:`revision`)."""
    return revision(doc, clusters, found)[0]


def revised_relations(
    doc: Doc, clusters: Sequence[EntityCluster], found: Sequence[RelationDraft]
) -> list[RelationDraft]:
    """``found`` without the rules' relations the model drops, then the relations it adds
    (:func:`revision`)."""
    added, dropped = revision(doc, clusters, found)
    kept = [r for r in found if (_names(r.source, r.target), r.type) not in dropped]
    return kept + added

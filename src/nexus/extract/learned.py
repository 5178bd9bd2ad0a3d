"""Learned event detection: a small trained sentence classifier beside the trigger rules.

The model (``learned_model/``, trained by ``make train`` from ``training/``) is a
spaCy ``textcat_multilabel`` with its own bag-of-words features; it reads a
sentence and scores each of the eight event types for "this sentence states
that such a happening took place" (planned, negated, conditional and generic
mentions score low). It never touches the base model's components.

The extraction hook is :func:`apply` (called in ``coreference.extract_events``). Its
mode (``NEXUS_LEARNED``, default ``add``): ``add`` builds an event the rules missed where the model is
confident (:func:`add_drafts`), ``veto`` drops rule mentions the model scores low, ``both``
does both, ``off`` neither. With ``NEXUS_LEARNED=veto`` the rule-found event mentions
of a sentence are dropped when the model scores their type (attack and military_action count together,
since the rules decide between them by who acted) below
``NEXUS_LEARNED_THRESHOLD`` (default :data:`VETO_BELOW`). ``NEXUS_LEARNED=eventless``
drops a sentence's mentions only when every type scores below the threshold.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol, TypeVar

import spacy
from spacy.language import Language
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token
from spacy.util import registry
from spacy.vocab import Vocab

from nexus.extract.page import is_secondary
from nexus.extract.reporting_text import tells_no_happening
from nexus.extract.shipped import altered_files
from nexus.extract.tokens import deps, lemmas, lowers, pos_ids, sentences, spaces, span_words, texts
from nexus.extract.triggers import (
    after_no_claim,
    classify_triggers,
    modality,
    recounted_quote,
    reporting_verbs,
    ruled_out,
    statement_cues,
    trigger_tables,
)

MODEL_DIR = Path(__file__).resolve().parent / "learned_model"
CHECKSUMS = MODEL_DIR / "SHA256SUMS"
ENV_MODE = "NEXUS_LEARNED"
ENV_THRESHOLD = "NEXUS_LEARNED_THRESHOLD"
ENV_TYPES = "NEXUS_LEARNED_TYPES"
ENV_ADD = "NEXUS_LEARNED_ADD"
ENV_ADD_TYPES = "NEXUS_LEARNED_ADD_TYPES"
ENV_NOVEL = "NEXUS_LEARNED_NOVEL"
ENV_WHERE = "NEXUS_LEARNED_WHERE"
#: The trigger lexicon beside the weights: ``{type: {word: count}}`` from the training corpus's triggers.
TRIGGER_WORDS = "trigger_words.json"
#: Default mode of the extraction hook (``NEXUS_LEARNED`` overrides).
DEFAULT_MODE = "add"
#: Score at or above which the hook builds an event of a type the rules did not find in a sentence.
ADD_AT = 0.9
#: Types the hook may add (``NEXUS_LEARNED_ADD_TYPES``, comma-separated, overrides).
ADD_TYPES: frozenset[str] = frozenset(
    {"attack", "claim", "rally", "visit", "meeting", "sanction", "military_action", "statement"}
)
#: Types whose added event must have found an actor (a speaker, claimant, visitor or host):
#: without one the model's "said ..." or "arrived ..." is usually a fact told, not a happening.
AGENT_TYPES: frozenset[str] = frozenset({"claim", "statement", "visit", "meeting"})
_MODES = ("off", "veto", "eventless", "add", "both", "model")
#: Default veto threshold (chosen on the training corpus's dev split, see training/README.md).
VETO_BELOW = 0.2
#: Types whose rule mentions the veto may drop (``NEXUS_LEARNED_TYPES``, comma-separated, overrides);
#: chosen on the training corpus's dev split (see training/README.md).
VETO_TYPES: frozenset[str] = frozenset({"attack", "military_action"})
#: Score above which the sentence-level combination (:func:`combine`) adds a type the rules missed;
#: chosen on the training corpus's dev split (see training/README.md).
ADD_ABOVE = 0.8
#: Light verbs: in the corpus they carry a trigger only with their complement ("came under fire",
#: "took 40 pupils hostage", "made an arrest"), which the rules read; alone they tell no happening.
LIGHT_VERBS: frozenset[str] = frozenset(
    {"be", "come", "do", "get", "give", "go", "have", "make", "put", "take"}
)
#: The parts of speech an added event may sit on (``spacy.symbols`` ids, as :func:`tokens.pos_ids` gives).
_CARRIER_POS = frozenset({VERB, NOUN, PROPN})
#: Types the rules tell apart by the actor, so the model's score is pooled over them.
_POOLED = {"attack": ("attack", "military_action"), "military_action": ("attack", "military_action")}


class _Mention(Protocol):
    type: str
    sent: Span


M = TypeVar("M", bound=_Mention)


def verify_model() -> list[str]:
    """Files of the shipped model whose sha256 differs from ``SHA256SUMS`` (empty when intact)."""
    return altered_files(MODEL_DIR)


@lru_cache(maxsize=1)
def _checked_dir() -> Path:
    """:data:`MODEL_DIR` once its files match ``SHA256SUMS`` (hashed once per process).

    Raises RuntimeError naming the altered files."""
    bad = verify_model()
    if bad:
        raise RuntimeError(f"learned event model differs from its SHA256SUMS: {', '.join(bad)}")
    return MODEL_DIR


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The trained classifier, loaded once from the package (no network); raises if altered."""
    return spacy.load(_checked_dir())


class _GivenWords:
    """A stand-in tokenizer for :func:`_span_classifier`: its Docs are built from tokens already made."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return Doc(self.vocab, words=text.split())


def _given_words() -> Callable[[Language], _GivenWords]:
    def create(nlp: Language) -> _GivenWords:
        return _GivenWords(nlp.vocab)

    return create


registry.tokenizers.register("nexus.given_words.v1", func=_given_words)


@lru_cache(maxsize=1)
def _span_classifier() -> Language:
    """The trained classifier without its tokenizer, for sentences the base model has tokenized.

    Building and reading the English tokenizer's ~2,700 special cases is most of what
    :func:`load_model` costs (~1 s of CPU against ~0.05 s without it); the extraction hook
    scores sentences of a parsed Doc, whose tokens come from the same English rules.
    """
    config = {"nlp": {"tokenizer": {"@tokenizers": "nexus.given_words.v1"}}}
    return spacy.load(_checked_dir(), config=config, exclude=["tokenizer"])


#: Where :func:`span_event_types` keeps the scores of a Doc's spans: ``{(start, end): scores}``.
_SPAN_SCORES = "nexus_span_type_scores"


def span_event_types(sents: Sequence[Span]) -> list[dict[str, float]]:
    """:func:`sentence_event_types` for sentences of a parsed Doc, read with the Doc's own tokens.

    Returns one dict per span, ``{"attack": 0.93, ...}`` over the eight event types (a fresh
    dict each). A span is scored once per Doc: its scores are kept with the Doc
    (``doc.user_data``), and the spans not yet scored are scored in one call of the model (a
    span's scores depend on its tokens only, not on the others in the call).
    """
    if not sents:
        return []
    keys = [(s.start, s.end) for s in sents]
    caches = [s.doc.user_data.setdefault(_SPAN_SCORES, {}) for s in sents]
    todo: dict[tuple[int, tuple[int, int]], Span] = {}
    for s, key, cache in zip(sents, keys, caches, strict=True):
        if key not in cache:
            todo.setdefault((id(cache), key), s)
    if todo:
        spans = list(todo.values())
        for s, scores in zip(spans, _model_scores(spans), strict=True):
            s.doc.user_data[_SPAN_SCORES][(s.start, s.end)] = scores
    return [dict(cache[key]) for key, cache in zip(keys, caches, strict=True)]


def _model_scores(sents: Sequence[Span]) -> list[dict[str, float]]:
    """The model's scores of each span, in one forward pass (no pipe batching, no Doc annotation)."""
    nlp = _span_classifier()
    textcat = nlp.get_pipe("textcat_multilabel")
    labels = list(textcat.labels)  # type: ignore[attr-defined]
    docs = []
    for s in sents:
        text, space = texts(s.doc), spaces(s.doc)
        docs.append(Doc(nlp.vocab, words=text[s.start : s.end], spaces=space[s.start : s.end]))
    scores = textcat.model.predict(docs)  # type: ignore[attr-defined]
    return [{label: float(v) for label, v in zip(labels, row, strict=True)} for row in scores.tolist()]


def sentence_event_types(texts: Iterable[str]) -> list[dict[str, float]]:
    """For each sentence, the probability of each event type having happened in it.

    Returns one dict per input text, ``{"attack": 0.93, "claim": 0.02, ...}``
    over the eight Nexus event types.
    """
    nlp = load_model()
    return [dict(doc.cats) for doc in nlp.pipe(list(texts), batch_size=256)]


def mode() -> str:
    """The switch from the environment: ``off``, ``veto``, ``eventless``, ``add``, ``both`` or ``model``
    (:data:`DEFAULT_MODE` when unset or unknown)."""
    value = os.environ.get(ENV_MODE, DEFAULT_MODE).strip().lower()
    return value if value in _MODES else DEFAULT_MODE


#: Key of the per-type add thresholds in the model's ``meta.json`` (written by ``make train-pages``).
ADD_AT_KEY = "add_at"


@lru_cache(maxsize=1)
def add_table() -> dict[str, float]:
    """The shipped model's own add thresholds, ``{type: score}`` (``meta.json``'s ``add_at``, chosen
    on held-back annotated pages by :mod:`nexus.training.page_sentences`); empty when it has none."""
    path = MODEL_DIR / "meta.json"
    if not path.is_file():
        return {}
    table = json.loads(path.read_text(encoding="utf-8")).get(ADD_AT_KEY) or {}
    return {str(t): float(v) for t, v in table.items()}


def add_at(etype: str | None = None) -> float:
    """The score at which a model-found ``etype`` is added: ``NEXUS_LEARNED_ADD`` for every type when
    set, else the model's table (:func:`add_table`), else :data:`ADD_AT`."""
    raw = os.environ.get(ENV_ADD)
    if raw is not None:
        try:
            return float(raw)
        except ValueError:
            pass
    return add_table().get(etype, ADD_AT) if etype is not None else ADD_AT


def where() -> str:
    """Which sentences the model may add events to (``NEXUS_LEARNED_WHERE``).

    ``empty`` (default): only sentences where the rules found no event at all (and only those
    are scored in ``add`` mode, which keeps the cost down); ``uncovered``: also sentences with
    rule events, for the types none of them covers.
    """
    value = os.environ.get(ENV_WHERE, "empty").strip().lower()
    return "uncovered" if value == "uncovered" else "empty"


def add_types() -> frozenset[str]:
    """The types the hook may add (``NEXUS_LEARNED_ADD_TYPES`` or :data:`ADD_TYPES`)."""
    raw = os.environ.get(ENV_ADD_TYPES, "").strip()
    return frozenset(t.strip() for t in raw.split(",") if t.strip()) if raw else ADD_TYPES


@lru_cache(maxsize=1)
def trigger_lexicon() -> dict[str, dict[str, int]]:
    """``{type: {word: count}}``: how often each word marked a trigger of the type in training."""
    path = MODEL_DIR / TRIGGER_WORDS
    if not path.is_file():
        return {}
    data: dict[str, dict[str, int]] = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def rule_words() -> frozenset[str]:
    """Lemmas the trigger rules already judge (``events.yaml`` verbs, nouns and reporting verbs).

    Where the rules found no event on such a word they had a reason (a reported fact after
    "said", a comparison class, a planned visit), so the model adds no event on it.
    """
    verbs, nouns = trigger_tables()
    return frozenset(verbs) | frozenset(nouns) | reporting_verbs()


def gate() -> str:
    """Which words an added event may not sit on (``NEXUS_LEARNED_NOVEL``).

    ``judged`` (default): the words the rules weighed in that sentence (their candidates of
    any modality: "postponed his visit" stays unvisited) and, for statements and claims,
    reporting verbs ("said" before a fact told is no statement); ``lexicon``: any word of the
    rules' lexicon (:func:`rule_words`); ``none``: no restriction.
    """
    value = os.environ.get(ENV_NOVEL, "judged").strip().lower()
    if value in ("0", "none", "off", "no", "false"):
        return "none"
    return "lexicon" if value in ("1", "lexicon") else "judged"


def avoided(sent: Span, etype: str, how: str) -> set[int]:
    """Indices of the tokens of ``sent`` an added ``etype`` event may not sit on under gate ``how``."""
    if how == "none":
        return set()
    if how == "lexicon":
        words = rule_words()
        return {t.i for t in sent if t.lemma_.lower() in words or t.lower_ in words}
    out = {c.token.i for c in classify_triggers(sent)}
    # words the rules rule out by their modifiers or subject: "a boiler explosion killed three"
    out |= {t.i for t in sent if ruled_out(t, etype)}
    if etype in ("statement", "claim"):
        verbs = reporting_verbs()
        out |= {t.i for t in sent if t.lemma_.lower() in verbs}
    if etype == "statement":
        # a characterising verb ("described the attacker as a soldier") glosses, and a statement
        # verb the rules read as the doers' quoted words, a standing charge or the attribution of
        # an unclaimed attack is no statement: the model adds none there
        glossing = statement_cues()["characterising_verbs"]
        own = statement_verb_words()
        out |= {
            t.i
            for t in sent
            if t.pos_ == "VERB"
            and (
                t.lemma_.lower() in glossing
                or (
                    t.lemma_.lower() in own
                    and (recounted_quote(t) or after_no_claim(t) or modality(t, "statement") == "generic")
                )
            )
        }
    return out


@lru_cache(maxsize=1)
def statement_verb_words() -> frozenset[str]:
    """The statement verbs of ``events.yaml`` (``types.statement.verbs``), lower-case lemmas."""
    verbs = trigger_tables()[0]
    return frozenset(lemma for lemma, kinds in verbs.items() if "statement" in kinds)


#: ``(trigger_lexicon(), its words)``, the last lexicon :func:`_lexicon_words` read (one slot).
_WORDS_OF: list[tuple[dict[str, dict[str, int]], frozenset[str]]] = []


def _lexicon_words() -> frozenset[str]:
    """Every word of :func:`trigger_lexicon`, whatever its type (built once per lexicon object)."""
    lexicon = trigger_lexicon()
    if _WORDS_OF and _WORDS_OF[0][0] is lexicon:
        return _WORDS_OF[0][1]
    words = frozenset(w for table in lexicon.values() for w in table)
    _WORDS_OF[:] = [(lexicon, words)]
    return words


def _may_sit_on(tok: Token, words: frozenset[str]) -> bool:
    """Whether :func:`place_trigger` could choose ``tok`` for some type (before modality and gate)."""
    if tok.pos_ not in ("VERB", "NOUN", "PROPN") or tok.dep_ in ("amod", "compound"):
        return False
    lemma = tok.lemma_.lower()
    return lemma not in LIGHT_VERBS and (lemma in words or tok.lower_ in words)


def may_carry(sent: Span, words: frozenset[str] | None = None) -> bool:
    """Whether an added event could sit anywhere in ``sent``: a verb or noun of the model's lexicon.

    :func:`place_trigger` (and so :func:`add_drafts`) finds no trigger in any other sentence,
    so the hook does not score it; e.g. "The lake is shallow." gives False, "Gunmen
    ambushed the convoy." True. Cheap: token attributes and one set lookup per token.
    ``words`` is :func:`trigger_lexicon`'s words (read from it when not given).
    """
    words = _lexicon_words() if words is None else words
    # (``_may_sit_on`` of each token, read from the Doc's cached columns)
    lem_set, low_set = span_words(sent)
    if words.isdisjoint(lem_set) and words.isdisjoint(low_set):
        return False
    doc = sent.doc
    lem, low, pos, dep = lemmas(doc), lowers(doc), pos_ids(doc), deps(doc)
    for i in range(sent.start, sent.end):
        if (
            (lem[i] in words or low[i] in words)
            and pos[i] in _CARRIER_POS
            and dep[i] != "amod"
            and dep[i] != "compound"
            and lem[i] not in LIGHT_VERBS
        ):
            return True
    return False


def place_trigger(
    sent: Span, etype: str, skip: frozenset[str] = frozenset(), avoid: set[int] | None = None
) -> Token | None:
    """The token of ``sent`` that best carries a model-found event of ``etype``, or None.

    The verb or noun whose lemma (or word) marked triggers of ``etype`` most often in the
    training corpus (verbs before nouns, nearer the root on ties), leaving out lemmas in
    ``skip`` and token indices in ``avoid``; None when the sentence has no such word.
    E.g. ``attack`` in "Eight guards died when gunmen ambushed their convoy." gives "ambushed".
    """
    words = trigger_lexicon().get(etype, {})
    best: tuple[int, int, int] | None = None
    found: Token | None = None
    for tok in sent:
        if tok.pos_ not in ("VERB", "NOUN", "PROPN") or tok.dep_ in ("amod", "compound"):
            continue  # "the banned group", "a ban order": a word that describes tells no happening
        if tok.lemma_.lower() in LIGHT_VERBS:
            continue  # "a patrol came across gunmen": a light verb alone is no trigger
        count = max(words.get(tok.lemma_.lower(), 0), words.get(tok.lower_, 0))
        if not count or tok.lemma_.lower() in skip or tok.lower_ in skip or (avoid and tok.i in avoid):
            continue
        if modality(tok, etype) != "actual":
            continue  # the rules' modality: "proposed the ban", "will visit", "no claim" tell no happening
        key = (count, int(tok.pos_ == "VERB"), -len(list(tok.ancestors)))
        if best is None or key > best:
            best, found = key, tok
    return found


def threshold() -> float:
    """The veto threshold (``NEXUS_LEARNED_THRESHOLD`` or :data:`VETO_BELOW`)."""
    try:
        return float(os.environ.get(ENV_THRESHOLD, VETO_BELOW))
    except ValueError:
        return VETO_BELOW


def veto_types() -> frozenset[str]:
    """The types the veto applies to (``NEXUS_LEARNED_TYPES`` or :data:`VETO_TYPES`)."""
    raw = os.environ.get(ENV_TYPES, "").strip()
    return frozenset(t.strip() for t in raw.split(",") if t.strip()) if raw else VETO_TYPES


def type_score(scores: dict[str, float], etype: str) -> float:
    """The model's score for a rule-found type (attack/military_action pooled)."""
    return max(scores.get(t, 0.0) for t in _POOLED.get(etype, (etype,)))


def keep(
    scores: dict[str, float], etype: str, how: str, below: float, types: frozenset[str] | None = None
) -> bool:
    """Whether a mention of ``etype`` survives in a sentence scored ``scores`` under mode ``how``.

    Mentions of a type outside ``types`` (default :func:`veto_types`) always survive.
    """
    if how == "off" or etype not in (veto_types() if types is None else types):
        return True
    if how == "veto":
        return type_score(scores, etype) >= below
    if how == "eventless":
        return max(scores.values(), default=0.0) >= below
    return True


def combine(
    rule_types: set[str],
    scores: dict[str, float],
    below: float = VETO_BELOW,
    above: float = ADD_ABOVE,
    types: frozenset[str] = VETO_TYPES,
) -> set[str]:
    """The event types of one sentence by rules and model together ("rules+model").

    The rules' types survive the veto (:func:`keep`, mode ``veto``, for ``types``),
    then every type the model scores at least ``above`` is added unless a kept
    rule type already covers it (attack and military_action cover each other).
    E.g. rules ``{"statement"}`` with scores ``{"statement": 0.6, "claim": 0.93, ...}``
    give ``{"statement", "claim"}``. Sentence level only: the extractor cannot yet
    build an event from a model-added type (its arguments come from the rules).
    """
    kept = {t for t in rule_types if keep(scores, t, "veto", below, types)}
    covered = {p for t in kept for p in _POOLED.get(t, (t,))}
    return kept | {t for t, v in scores.items() if v >= above and t not in covered}


def filter_mentions(mentions: Sequence[M], how: str | None = None, below: float | None = None) -> list[M]:
    """Rule-found event mentions the model does not veto (all of them when the switch is off).

    ``mentions`` are objects with ``type`` and ``sent`` (events.EventDraft);
    each distinct sentence is scored once, in one batch.
    """
    how = mode() if how is None else how
    if how == "off" or not mentions:
        return list(mentions)
    below = threshold() if below is None else below
    sents: dict[tuple[int, int], Span] = {}
    for m in mentions:
        sents.setdefault((m.sent.start, m.sent.end), m.sent)
    keys = list(sents)
    scores = dict(zip(keys, span_event_types([sents[k] for k in keys]), strict=True))
    return [m for m in mentions if keep(scores[(m.sent.start, m.sent.end)], m.type, how, below)]


def add_drafts(
    doc: Doc,
    mentions: Sequence[M],
    scores: dict[tuple[int, int], dict[str, float]],
    build: Callable[[Span, list[tuple[Token, str]]], list[M]],
    at: float | None = None,
    types: frozenset[str] | None = None,
    how: str | None = None,
) -> list[M]:
    """Drafts for what the model finds and the rules missed, built by ``build`` as rule mentions are.

    For each sentence of ``doc`` (``scores`` keyed by the sentence's token (start, end)), every
    type in ``types`` that the model scores at least ``at`` (default: the type's :func:`add_at`)
    and that no rule mention of the sentence covers (attack and military_action cover each other)
    gets a trigger (:func:`place_trigger`, not on a word the rules judge, see :func:`gate`, or
    ``how`` when given; no trigger, no event);
    ``build(sent, [(trigger, type), ...])`` fills its arguments, date, place and figures; a built
    draft of a type in :data:`AGENT_TYPES` without actors is dropped.
    """
    types = add_types() if types is None else types
    bar = {t: add_at(t) if at is None else at for t in types}
    how = gate() if how is None else how
    covered: dict[tuple[int, int], set[str]] = {}
    for m in mentions:
        key = (m.sent.start, m.sent.end)
        covered.setdefault(key, set()).update(_POOLED.get(m.type, (m.type,)))
    added: list[M] = []
    for sent in doc.sents:
        key = (sent.start, sent.end)
        if tells_no_happening(sent):
            continue  # a gloss of terms, a verdict on conduct (reporting_text.py)
        found = scores.get(key, {})
        wanted = [t for t, v in sorted(found.items(), key=lambda kv: -kv[1]) if t in types and v >= bar[t]]
        pairs: list[tuple[Token, str]] = []
        seen = set(covered.get(key, set()))
        for etype in wanted:
            if etype in seen:
                continue
            avoid = avoided(sent, etype, how)
            trigger = place_trigger(sent, etype, avoid=avoid)
            if trigger is None:
                continue
            seen.update(_POOLED.get(etype, (etype,)))
            pairs.append((trigger, etype))
        if pairs:
            added.extend(
                d for d in build(sent, pairs) if d.type not in AGENT_TYPES or getattr(d, "actors", None)
            )
    return added


#: Where :func:`prescore` keeps a Doc's sentence scores: ``{(start, end): scores}``.
_SCORES = "nexus_learned_scores"


def _scored_keys(
    doc: Doc, sents: Sequence[Span], with_rules: set[tuple[int, int]], how: str
) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the sentences :func:`apply` scores under mode ``how`` (not ``off``),
    in document order, given the bounds of the sentences holding rule mentions."""
    if how == "add" and where() == "empty":
        # only these can gain an event, so only these are scored: body sentences without rule events
        # that hold a word of the model's lexicon (a headline or caption alone creates no event)
        words = _lexicon_words()
        return [
            (s.start, s.end)
            for s in sents
            if (s.start, s.end) not in with_rules and not is_secondary(doc, s.root.i) and may_carry(s, words)
        ]
    keys = [(s.start, s.end) for s in sents]
    if how in ("veto", "eventless"):
        return [k for k in keys if k in with_rules]
    return keys


def prescore(batch: Sequence[tuple[Doc, Sequence[_Mention]]], mentioned: bool = False) -> None:
    """Score, in one call of the model, the sentences :func:`apply` will score in each Doc of
    ``batch`` (pairs of a Doc and its rule mentions, as ``apply`` will be given them), and keep
    each Doc's scores with it for ``apply``; with ``mentioned``, also the sentences holding the
    rule mentions (the event verifier's features read their scores, ``event_model.doc_features``),
    kept by :func:`span_event_types`.

    The model's fixed cost per call (~1 ms, against ~0.4 ms per sentence) is then paid once per
    batch instead of once per Doc; a sentence's scores do not depend on the others in the call.
    """
    how = mode()
    if how == "off" and not mentioned:
        return
    spans: list[Span] = []
    owners: list[tuple[Doc, tuple[int, int]]] = []
    extra: list[Span] = []
    for doc, mentions in batch:
        sents = sentences(doc)
        by_key = {(s.start, s.end): s for s in sents}
        with_rules = {(m.sent.start, m.sent.end) for m in mentions}
        keys = _scored_keys(doc, sents, with_rules, how) if how != "off" else []
        for key in keys:
            spans.append(by_key[key])
            owners.append((doc, key))
        if mentioned:
            extra += list({(m.sent.start, m.sent.end): m.sent for m in mentions}.values())
    scored = span_event_types(spans + extra)
    for (doc, key), scores in zip(owners, scored[: len(owners)], strict=True):
        doc.user_data.setdefault(_SCORES, {})[key] = scores


def apply(
    doc: Doc,
    mentions: Sequence[M],
    build: Callable[[Span, list[tuple[Token, str]]], list[M]],
    how: str | None = None,
) -> list[M]:
    """The extraction hook: rule mentions of ``doc`` after the model's veto, plus the drafts it adds.

    ``how`` (default :func:`mode`): ``off`` returns ``mentions`` unchanged; ``veto``/``eventless``
    drop vetoed mentions (:func:`keep`); ``add`` adds :func:`add_drafts` (in the sentences
    :func:`where` allows); ``both`` does both.
    ``model`` (for measuring "model only") drops every rule mention and builds one event per type
    the model scores >= 0.5 in a sentence, on its best lexicon word, whatever the rules know.
    Each sentence is scored once; the result keeps the document order of the sentences.
    """
    how = mode() if how is None else how
    if how == "off":
        return list(mentions)
    sents = sentences(doc)
    with_rules = {(m.sent.start, m.sent.end) for m in mentions}
    keys = _scored_keys(doc, sents, with_rules, how)
    known: dict[tuple[int, int], dict[str, float]] = doc.user_data.pop(_SCORES, {})
    by_key = {(s.start, s.end): s for s in sents}
    missing = [k for k in keys if k not in known]
    fresh = dict(zip(missing, span_event_types([by_key[k] for k in missing]), strict=True)) if missing else {}
    scores = {k: known[k] if k in known else fresh[k] for k in keys}
    if how == "model":
        return add_drafts(doc, [], scores, build, at=0.5, how="none")
    kept: list[M] = list(mentions)
    if how in ("veto", "eventless", "both"):
        below, veto_how = threshold(), "eventless" if how == "eventless" else "veto"
        kept = [m for m in kept if keep(scores[(m.sent.start, m.sent.end)], m.type, veto_how, below)]
    if how in ("add", "both"):
        # added where the rules (before the veto) found nothing (of the type)
        empty = {k: v for k, v in scores.items() if k not in with_rules}
        kept += add_drafts(doc, mentions, empty if where() == "empty" else scores, build)
        kept.sort(key=lambda m: m.sent.start)
    return kept

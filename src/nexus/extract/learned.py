"""Learned event detection: a small trained sentence classifier beside the trigger rules.

The model (``learned_model/``, trained by ``make train`` from ``training/``) is a
spaCy ``textcat_multilabel`` with its own bag-of-words features; it reads a
sentence and scores each of the eight event types for "this sentence states
that such a happening took place" (planned, negated, conditional and generic
mentions score low). It never touches the base model's components.

Use in the extraction is optional and off by default: with
``NEXUS_LEARNED=veto`` the rule-found event mentions of a sentence are dropped
when the model scores their type (attack and military_action count together,
since the rules decide between them by who acted) below
``NEXUS_LEARNED_THRESHOLD`` (default :data:`VETO_BELOW`). ``NEXUS_LEARNED=eventless``
drops a sentence's mentions only when every type scores below the threshold.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Span

from nexus.extract.shipped import altered_files

MODEL_DIR = Path(__file__).resolve().parent / "learned_model"
CHECKSUMS = MODEL_DIR / "SHA256SUMS"
ENV_MODE = "NEXUS_LEARNED"
ENV_THRESHOLD = "NEXUS_LEARNED_THRESHOLD"
ENV_TYPES = "NEXUS_LEARNED_TYPES"
#: Default veto threshold (chosen on the training corpus's dev split, see training/README.md).
VETO_BELOW = 0.2
#: Types whose rule mentions the veto may drop (``NEXUS_LEARNED_TYPES``, comma-separated, overrides);
#: chosen on the training corpus's dev split (see training/README.md).
VETO_TYPES: frozenset[str] = frozenset({"attack", "military_action"})
#: Score above which the sentence-level combination (:func:`combine`) adds a type the rules missed;
#: chosen on the training corpus's dev split (see training/README.md).
ADD_ABOVE = 0.8
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
def load_model() -> Language:
    """The trained classifier, loaded once from the package (no network); raises if altered."""
    bad = verify_model()
    if bad:
        raise RuntimeError(f"learned event model differs from its SHA256SUMS: {', '.join(bad)}")
    return spacy.load(MODEL_DIR)


def sentence_event_types(texts: Iterable[str]) -> list[dict[str, float]]:
    """For each sentence, the probability of each event type having happened in it.

    Returns one dict per input text, ``{"attack": 0.93, "claim": 0.02, ...}``
    over the eight Nexus event types.
    """
    nlp = load_model()
    return [dict(doc.cats) for doc in nlp.pipe(list(texts), batch_size=256)]


def mode() -> str:
    """The switch from the environment: ``off`` (default), ``veto`` or ``eventless``."""
    value = os.environ.get(ENV_MODE, "off").strip().lower()
    return value if value in ("veto", "eventless") else "off"


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
    scores = dict(zip(keys, sentence_event_types(sents[k].text for k in keys), strict=True))
    return [m for m in mentions if keep(scores[(m.sent.start, m.sent.end)], m.type, how, below)]

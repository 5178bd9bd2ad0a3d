"""The rule-found event mentions of a Doc, computed ahead of the rest of the event stage.

``coreference.extract_events`` starts with the trigger rules' mentions of every
sentence (:func:`rule_mentions`), then asks the learned model
(``learned.apply``) to score the sentences those mentions leave empty. Scoring
costs the model ~1 ms a call whatever the number of sentences, plus ~0.4 ms a
sentence; a short report has one or two sentences to score. So when the pipeline
has a batch of parsed Docs in hand (``assemble.prepare_batch``) it computes each
Doc's rule mentions first (:func:`keep_rule_mentions`, which keeps them with the
Doc), scores the sentences of the whole batch in one call (``learned.prescore``),
and only then assembles each Doc: ``extract_events`` takes the kept mentions
instead of computing them again, and ``learned.apply`` the kept scores.

Nothing changes in what is found: the mentions are those the stage would compute
at that point (same entity index, same dates, same calls in the same order), and
the model scores a sentence the same alone or in a batch.
"""

from __future__ import annotations

from spacy.tokens import Doc

from nexus.extract.entities import EntityCluster, token_entity_index
from nexus.extract.events import EventDraft, events_in_sentence
from nexus.extract.tokens import sentences
from nexus.model import DateMention

_KEPT = "nexus_rule_mentions"

#: What :func:`keep_rule_mentions` keeps with a Doc: the clusters and dates it was computed
#: from, the entity index the mentions were read with (the stage reads on with the same one),
#: and the mentions.
_Kept = tuple[list[EntityCluster], list[DateMention], dict[int, EntityCluster], list[EventDraft]]


def _compute(
    doc: Doc, clusters: list[EntityCluster], dates: list[DateMention]
) -> tuple[dict[int, EntityCluster], list[EventDraft]]:
    index = token_entity_index(doc, clusters)
    mentions: list[EventDraft] = []
    for sent in sentences(doc):
        mentions.extend(events_in_sentence(sent, index, dates))
    return index, mentions


def keep_rule_mentions(doc: Doc, clusters: list[EntityCluster], dates: list[DateMention]) -> list[EventDraft]:
    """The trigger rules' event mentions of every sentence of ``doc`` (document order), kept with
    the Doc for the :func:`rule_mentions` call of its event stage; ``clusters`` and ``dates`` must
    be the very lists that stage will be given."""
    index, mentions = _compute(doc, clusters, dates)
    doc.user_data[_KEPT] = (clusters, dates, index, mentions)
    return mentions


def rule_mentions(
    doc: Doc, clusters: list[EntityCluster], dates: list[DateMention]
) -> tuple[dict[int, EntityCluster], list[EventDraft]]:
    """``(token -> entity index, rule mentions)`` of ``doc``: the ones :func:`keep_rule_mentions`
    kept for these ``clusters`` and ``dates`` (taken, so once only), else computed now."""
    kept: _Kept | None = doc.user_data.pop(_KEPT, None)
    if kept is not None and kept[0] is clusters and kept[1] is dates:
        return kept[2], kept[3]
    return _compute(doc, clusters, dates)

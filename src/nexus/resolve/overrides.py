"""Manual merges and splits, re-applied in order on top of automatic resolution.

Automatic resolution is deterministic, so the ids it gives are stable across
re-ingests; an override names those ids. Applying the list in order to a
mention's automatic id gives its final canonical id, which is why overrides
survive a rebuild: the statements keep their automatic id and the overrides
are replayed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from nexus.model import stable_id


@dataclass(frozen=True)
class Override:
    """``merge``: ``other_id`` becomes ``entity_id``. ``split``: mentions of
    ``entity_id`` whose name key is in ``forms`` move to ``other_id``."""

    kind: str
    entity_id: str
    other_id: str
    forms: frozenset[str] = frozenset()


def split_entity_id(entity_id: str, forms: Iterable[str]) -> str:
    """The id of the entity a split creates: stable for the same entity and forms."""
    return stable_id("entity", "split", entity_id, sorted(set(forms)))


def apply_overrides(auto_id: str, name_keys: Collection[str], overrides: Iterable[Override]) -> str:
    """The canonical id of a mention after replaying ``overrides`` in order.

    ``name_keys`` are the name keys of the mention's surface forms; a split
    moves the mention when any of them is among the split's forms.
    """
    current = auto_id
    for override in overrides:
        if override.kind == "merge" and current == override.other_id:
            current = override.entity_id
        elif (
            override.kind == "split"
            and current == override.entity_id
            and not override.forms.isdisjoint(name_keys)
        ):
            current = override.other_id
    return current


@dataclass(frozen=True)
class ReportRef:
    """The identity of one event report that stays across re-ingests.

    ``local`` is the extractor's mention id (document, type, sentence offset,
    trigger token: the same text gives the same id); ``trigger`` and
    ``sentence`` (``sentence_key`` of the evidence sentence) find the report
    again in a new version of the document whose offsets moved.
    """

    doc: str
    local: str
    trigger: str | None = None
    sentence: str | None = None

    def matches(self, other: ReportRef) -> bool:
        """Whether ``other`` is this report (same document; same mention, or same trigger and sentence)."""
        if self.doc != other.doc:
            return False
        if self.local == other.local:
            return True
        return self.sentence is not None and (self.trigger, self.sentence) == (other.trigger, other.sentence)

    def as_json(self) -> dict[str, str | None]:
        """The reference as stored in ``event_overrides.reports``."""
        return {"doc": self.doc, "local": self.local, "trigger": self.trigger, "sentence": self.sentence}

    @classmethod
    def from_json(cls, value: dict[str, str | None]) -> ReportRef:
        """The reference ``as_json`` stored."""
        return cls(str(value["doc"]), str(value["local"]), value.get("trigger"), value.get("sentence"))


def sentence_key(sentence: str | None) -> str | None:
    """A short, case- and spacing-blind fingerprint of an evidence sentence (None for none)."""
    if not sentence:
        return None
    return stable_id("sentence", " ".join(sentence.lower().split()))


@dataclass(frozen=True)
class EventOverride:
    """``merge``: reports landing in ``other_id``, or named by ``reports`` (those
    ``other_id`` had), go to ``event_id``. ``split``: reports of ``event_id``
    named by ``reports`` go to ``other_id``.

    Reports, not documents, name what moves: a document that tells two events
    of one type moves only the report the analyst moved, and a re-ingest (or a
    new version whose report has the same trigger and sentence) finds it again
    by its ``ReportRef``. Overrides recorded before reports were kept
    (``reports`` empty) fall back on ``docs`` (and ``type`` for a merge):
    every report of those documents moves.
    """

    kind: str
    event_id: str
    other_id: str
    docs: frozenset[str] = frozenset()
    type: str | None = None
    reports: tuple[ReportRef, ...] = ()

    def names(self, report: ReportRef | None, doc_id: str, event_type: str) -> bool:
        """Whether this override names the report (``report``, else only its document is known)."""
        if self.reports:
            return report is not None and any(ref.matches(report) for ref in self.reports)
        if doc_id not in self.docs:
            return False
        return self.kind != "merge" or event_type == self.type


def split_event_id(event_id: str, docs: Iterable[str]) -> str:
    """The id of the event a split creates: stable for the same event and documents."""
    return stable_id("event", "split", event_id, sorted(set(docs)))


def apply_event_overrides(
    auto_id: str,
    doc_id: str,
    event_type: str,
    overrides: Iterable[EventOverride],
    report: ReportRef | None = None,
) -> str:
    """The event id of a report (of ``event_type``, from ``doc_id``) after replaying ``overrides``.

    ``report`` identifies the report itself; overrides that name reports
    move only the reports they name (``EventOverride.names``).
    """
    current = auto_id
    for override in overrides:
        named = override.names(report, doc_id, event_type)
        if override.kind == "merge" and (current == override.other_id or named):
            current = override.event_id
        elif override.kind == "split" and current == override.event_id and named:
            current = override.other_id
    return current

"""Claims of a happening a document only recalls: "a mine tore through a lorry on Saturday ... the
blast was separate from Thursday's attack on the base, which the group claimed". The claim is of
Thursday's attack, told in its own sentence, never of the document's news (Saturday's blast):

* :func:`claimed_of_its_sentence`: the happening a claim report claims is the one its own sentence
  tells on the claim's day, recalled or not, before the document's news;
* :func:`claimed_once_told`: a claim linked before that happening (its sentence names the claim
  first) claims it once it is linked;
* :func:`news_after_claim`: a report its sentence's claim dates cannot join its document's news of a
  later day, since a claim never precedes what it claims.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, update

from nexus import ontology
from nexus.resolve.events import kindred_types
from nexus.store.schema import event_reports


def _told_day(report: Any) -> str | None:
    """The ISO date a sibling report was extracted with: the resolution's ``reported_date`` when a
    recall re-dated it, else its ``date_iso``."""
    resolution = report.resolution if isinstance(report.resolution, dict) else {}
    told = resolution.get("reported_date")
    if isinstance(told, dict) and told.get("iso"):
        return str(told["iso"])
    return str(report.date_iso) if report.date_iso else None


def claimed_of_its_sentence(row: dict[str, Any], siblings: Sequence[Any]) -> str | None:
    """For a claim report, the event of the one claimable happening its own sentence tells on the
    claim's day (recollections, ``mention`` reports, included), else None.

    ``row``: the claim's report row (``type``, ``evidence_id``, ``date_iso``); ``siblings``: the
    document's reports linked so far (``type``, ``evidence_id``, ``event_id``, ``date_iso``,
    ``resolution``). None for a report of another type, an undated claim, or a sentence telling no
    such happening or two of them."""
    if row.get("type") != "claim" or not row.get("evidence_id") or not row.get("date_iso"):
        return None
    claimable = frozenset(ontology.table("identity.yaml").get("claimable_types") or ())
    found = {
        str(s.event_id)
        for s in siblings
        if s.type in claimable
        and s.event_id
        and s.evidence_id == row["evidence_id"]
        and _told_day(s) == row["date_iso"]
    }
    return found.pop() if len(found) == 1 else None


def news_after_claim(row: dict[str, Any], siblings: Sequence[Any]) -> set[str]:
    """The events of its document's news (reports of its type or a kindred one linked before it,
    no ``mention``, dated by their own words rather than by a claim or a publication day) dated,
    to the day, after ``row``: a report its own sentence's claim dates
    (``linker.claim_of_sentence``) is of a happening on that day or before, never of those.

    ``row``: the report's row (``type``, ``date_day`` a ``date``, ``date_precision``); empty when it
    is not dated to the day."""
    day = row.get("date_day")
    if not isinstance(day, date) or row.get("date_precision") != "day":
        return set()
    kindred = kindred_types().get(str(row.get("type")), frozenset())
    out = set()
    for sibling in siblings:
        resolution = sibling.resolution if isinstance(sibling.resolution, dict) else {}
        if resolution.get("kind") == "mention" or not sibling.event_id:
            continue
        if resolution.get("claimed_by") or resolution.get("dated_by"):
            continue  # dated by a claim or by its publication: a day said, not the day it happened
        if sibling.type != row.get("type") and sibling.type not in kindred:
            continue
        later = sibling.date_day if sibling.date_precision == "day" else None
        if isinstance(later, date) and later > day:
            out.add(str(sibling.event_id))
    return out


def claimed_once_told(
    connection: Connection, row: dict[str, Any], event_id: str, siblings: Sequence[Any]
) -> None:
    """Once the claimable happening a claim's own sentence tells on the claim's day is linked (to
    ``event_id``, as news or as a recollection), each claim report of that sentence dated alike that
    named another event, or none (``linker.claimed_in_document`` read the document before the
    happening was linked: "X claimed Thursday's raid on the base, ..." in a report of Saturday's
    blast) claims ``event_id`` instead, when the event it named is its document's news of a later
    day than the claim (:func:`news_after_claim`): in the pending row dict, and in the table when
    written.

    ``row``: the happening's report row as linked (``type``, ``evidence_id``, ``date_iso``,
    ``resolution``); ``siblings``: the document's reports linked before it."""
    claimable = frozenset(ontology.table("identity.yaml").get("claimable_types") or ())
    if row.get("type") not in claimable or not row.get("evidence_id"):
        return
    resolution = row.get("resolution")
    told = resolution.get("reported_date") if isinstance(resolution, dict) else None
    day = told.get("iso") if isinstance(told, dict) and told.get("iso") else row.get("date_iso")
    if not day:
        return
    for sibling in siblings:
        if sibling.type != "claim" or sibling.evidence_id != row["evidence_id"] or _told_day(sibling) != day:
            continue
        note = sibling.resolution if isinstance(sibling.resolution, dict) else {}
        if note.get("kind") == "mention" or note.get("claims") == event_id:
            continue
        named = note.get("claims")
        claim_row = {
            "type": row.get("type"),
            "date_day": sibling.date_day,
            "date_precision": sibling.date_precision,
        }
        if named and named not in news_after_claim(claim_row, siblings):
            continue  # a happening of its day or before it named stays ("claimed Tuesday's bombing")
        write_resolution(connection, sibling, dict(note, claims=event_id))


def write_resolution(connection: Connection, report: Any, note: dict[str, Any]) -> None:
    """Store ``note`` as the resolution of the event report ``report`` (a linked report row: its
    ``id``, and ``pending``, the dict its writer has yet to insert, when it is not written yet)."""
    pending = getattr(report, "pending", None)
    if pending is not None:  # linked but perhaps not yet written: the writer inserts this dict
        pending.update(resolution=note)
    connection.execute(update(event_reports).where(event_reports.c.id == report.id).values(resolution=note))

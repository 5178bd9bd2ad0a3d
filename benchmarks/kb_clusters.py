"""Cross-document event identity on multi-outlet reports: one incident, one KB event.

    PYTHONPATH=src .venv/bin/python benchmarks/kb_clusters.py [-v] [--fixture PATH]

Reads ``tests/resolve/clusters/reports.json`` (invented reports of invented
incidents, each told by several outlets, plus near misses), extracts and
ingests them into a fresh SQLite store as ``nexus ingest`` does, and
measures, for each incident's key event type:

* events per incident: how many KB events hold the incident's reports (1 is right);
* wrong merges: KB events holding reports of two incidents (0 is right);
* toll: the killed figure the KB gives (its ``latest`` and ``most_corroborated``)
  against the latest count the fixture expects;
* claims: whether each claim gives a ``claim`` event of its own (never merged into the attack).

Each extracted event report counts for the incident it tells (``told_incident``): a report's
event dated to the day (or within a day) of another incident of the set and placed at that
incident's town (the town its id names, as ``nga-town-2026-01-20``), or placed nowhere on the very
day of the one such incident, counts for that incident, as an article telling "in a separate
attack the same day ..." links rightly to the other incident; every other event report counts
for its report's label. The figures counted by label alone, as before session 43,
are printed beside the honest ones (``kb_events_by_label``, ``split_by_label``,
``merged_events_by_label``).

Prints one line per incident with ``-v``, then the totals. With ``--why``, each incident told
as more than one KB event, or sharing one with another incident, is followed by its reports of
the key type: the KB event each is in, its date and place, and why linking put it there (the
``resolution`` kind, score and reasons: the best candidate a new event's report scored against,
or the gate none passed), and for each other KB event of the incident the gate that refused it
(``events.pair_decision``: type, told apart, speakers, date, place unknown, place (countries,
distance, containment), actors), or that it was no candidate then.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "resolve" / "clusters" / "reports.json"


def ingest(fixture: dict[str, Any], db: Path) -> None:
    """Extract the fixture's reports and store them (the library path of ``nexus ingest``)."""
    from nexus.extract.pipeline import Extractor
    from nexus.ingest.readers import document_from_record
    from nexus.store import open_store

    pipeline = Extractor()
    docs = [
        document_from_record({k: r[k] for k in ("id", "text", "outlet", "published")}, "fixture")
        for r in fixture["reports"]
    ]
    store = open_store(f"sqlite:///{db}")
    try:
        store.ingest([pipeline.extract(doc) for doc in docs])
    finally:
        store.close()


def measure(fixture: dict[str, Any], db: Path, verbose: bool = False, why: bool = False) -> dict[str, Any]:
    """The identity figures of a store holding the fixture's reports (see the module doc)."""
    import nexus
    from nexus.store.schema import event_reports

    incident_of = {r["id"]: r["incident"] for r in fixture["reports"]}
    expect: dict[str, dict[str, Any]] = fixture["expect"]
    with nexus.open(f"sqlite:///{db}") as kb:
        with kb.store.connect() as connection:
            rows = connection.execute(
                select(
                    event_reports.c.doc_id,
                    event_reports.c.event_id,
                    event_reports.c.type,
                    event_reports.c.resolution,
                    event_reports.c.date_iso,
                    event_reports.c.place_name,
                    event_reports.c.trigger,
                ).where(event_reports.c.superseded.is_(False))
            ).all()
        records = {e.id: e for e in kb.events()}
    # KB events holding each incident's key type; incidents each event holds.
    events_of: dict[str, Counter[str]] = defaultdict(Counter)
    incidents_in: dict[str, set[str]] = defaultdict(set)
    claims: dict[str, set[str]] = defaultdict(set)
    linked: dict[str, set[str]] = defaultdict(set)  # claim event -> events whose reports it claims
    for doc_id, event_id, kind, resolution, *_ in rows:
        if isinstance(resolution, dict) and resolution.get("claimed_by"):
            linked[resolution["claimed_by"]].add(event_id)
        if isinstance(resolution, dict) and resolution.get("claims"):
            linked[event_id].add(resolution["claims"])
        incident = incident_of.get(doc_id)
        if incident is None or (isinstance(resolution, dict) and resolution.get("kind") == "mention"):
            continue  # a report recalling another incident in passing joins that one as background
        if kind == "claim":
            claims[incident].add(event_id)
    for incident, held in key_events(rows, incident_of, expect).items():
        events_of[incident] = held
        for event_id in held:
            incidents_in[event_id].add(incident)
    out: dict[str, Any] = {
        "incidents": len(expect),
        "kb_events": 0,
        "split": 0,
        "missing": 0,
        "merged_events": 0,
        "tolls": 0,
        "tolls_right": 0,
        "corroborated_right": 0,
        "dates_right": 0,
        "claims": 0,
        "claims_found": 0,
        "claims_linked": 0,
    }
    wrong = {e for e, held in incidents_in.items() if len(held) > 1}
    out["merged_events"] = len(wrong)
    out.update(label_counts(key_events(rows, incident_of, expect, honest=False), expect))
    for incident, want in expect.items():
        found = events_of.get(incident, Counter())
        out["kb_events"] += len(found)
        line = f"{incident:22} events={len(found)}"
        if not found:
            out["missing"] += 1
        elif len(found) > 1:
            out["split"] += 1
        if want.get("killed") is not None:
            out["tolls"] += 1
            main = found.most_common(1)[0][0] if found else None
            summary = records[main].figures.get("killed") if main in records else None
            latest = summary.latest.value if summary else None
            corroborated = summary.most_corroborated.value if summary else None
            out["tolls_right"] += latest == want["killed"]
            out["corroborated_right"] += corroborated == want["killed"]
            line += f" killed latest={latest} corroborated={corroborated} want={want['killed']}"
        if found:
            main = found.most_common(1)[0][0]
            day = records[main].date if main in records else None
            out["dates_right"] += day == want["date"]
            line += f" date={day} want={want['date']}"
        line += " MERGED" if set(found) & wrong else ""
        if verbose or why:
            print(line)
        if why and (len(found) > 1 or set(found) & wrong):
            for reason in _why(want["type"], set(found), incident_of, expect, rows):
                print("    " + reason)
    for incident in fixture.get("claims", {}):
        out["claims"] += 1
        out["claims_found"] += bool(claims.get(incident))
        main = events_of[incident].most_common(1)[0][0] if events_of.get(incident) else None
        out["claims_linked"] += any(main in linked.get(c, set()) for c in claims.get(incident, ()))
    if verbose:
        for event_id in sorted(wrong):
            print("merged:", event_id, sorted(incidents_in[event_id]))
    return out


def label_counts(events_of: dict[str, Counter[str]], expect: dict[str, Any]) -> dict[str, int]:
    """KB events, split incidents and KB events holding two incidents of ``events_of``
    (incident -> KB event -> event reports), under the ``_by_label`` keys."""
    holders: dict[str, set[str]] = defaultdict(set)
    for incident, held in events_of.items():
        for event_id in held:
            holders[event_id].add(incident)
    return {
        "kb_events_by_label": sum(len(events_of.get(i, ())) for i in expect),
        "split_by_label": sum(len(events_of.get(i, ())) > 1 for i in expect),
        "merged_events_by_label": sum(len(h) > 1 for h in holders.values()),
    }


def key_events(
    rows: list[Any], incident_of: dict[str, str], expect: dict[str, Any], honest: bool = True
) -> dict[str, Counter[str]]:
    """Incident -> KB event -> how many event reports of the incident's key type it holds.

    ``rows``: ``(doc_id, event_id, type, resolution, date_iso, place_name, ...)``; each event
    report counts for the incident it tells (``told_incident``) when ``honest``, else for its
    report's label (``incident_of``); recollections (resolution kind ``mention``) are left out."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for doc_id, event_id, kind, resolution, date_iso, place, *_ in rows:
        label = incident_of.get(doc_id)
        if label is None or (isinstance(resolution, dict) and resolution.get("kind") == "mention"):
            continue
        incident = told_incident(label, kind, date_iso, place, expect) if honest else label
        if kind == expect[incident]["type"]:
            out[incident][event_id] += 1
    return out


def told_incident(
    label: str, kind: str, date_iso: str | None, place: str | None, expect: dict[str, Any]
) -> str:
    """The incident of ``expect`` that an event report of type ``kind``, day ``date_iso``
    (``YYYY-MM-DD``) and place ``place``, from a report labelled ``label``, tells.

    Another incident of that type counts when the report names its town (``names_town``), is
    dated to its day or the next or last, and fits it better than the label's own incident (a
    town named weighs 2, the same day 2, a day apart 1), and no third incident fits as well; or,
    for a report placed nowhere, when it is the one incident of that type on the report's very
    day and the label's own incident is two days off or more. Else ``label``."""

    def fit(incident: str) -> tuple[bool, int]:
        named = names_town(incident, place)
        return named, 2 * named + day_fit(date_iso, expect[incident]["date"])

    own = fit(label)[1]
    others = [other for other in expect if other != label and expect[other]["type"] == kind]
    if not place:
        that_day = [other for other in others if date_iso == expect[other]["date"]]
        if own == 0 and len(that_day) == 1 and date_iso != expect[label]["date"]:
            return that_day[0]
        return label
    best = sorted(
        (
            (score, other)
            for other in others
            for named, score in [fit(other)]
            if named and score > max(own, 2)
        ),
        reverse=True,
    )
    if len(best) == 1 or (len(best) > 1 and best[0][0] > best[1][0]):
        return best[0][1]
    return label


def day_fit(date_iso: str | None, want: str) -> int:
    """2 for the same day as ``want``, 1 for a day apart, else 0 (0 for a date not to the day)."""
    try:
        gap = abs((date.fromisoformat(date_iso or "") - date.fromisoformat(want)).days)
    except ValueError:
        return 0
    return 2 if gap == 0 else 1 if gap == 1 else 0


def _letters(text: str) -> str:
    """``text`` lower-cased, accents and every character but letters dropped."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if c.isalpha())


def names_town(incident: str, place: str | None) -> bool:
    """Whether ``place`` names the town of an incident id ``[near-]cc-town[-words][-date]``: a word
    of four letters or more of the town within the place's letters, or the town's letters whole."""
    words = incident.split("-")
    words = [w for w in (words[2:] if words[0] == "near" else words[1:]) if not w.isdigit()]
    name = _letters(place or "")
    if not name or not words:
        return False
    whole = "".join(_letters(w) for w in words)
    return whole in name or any(len(w) >= 4 and _letters(w) in name for w in words)


def _why(
    kind: str, found: set[str], incident_of: dict[str, str], expect: dict[str, Any], rows: list[Any]
) -> list[str]:
    """Lines telling, for each report of the key type ``kind`` in one of an incident's KB events
    (``found``: its own reports and any of another incident there), where linking put it and why;
    a report's label is followed by ``> incident`` when the report tells another incident."""
    out = []
    order = {doc_id: i for i, doc_id in enumerate(incident_of)}  # the order the reports were stored
    founded: dict[str, int] = {}  # KB event -> the first report that founded it
    for doc_id, event_id, _, resolution, *_ in rows:
        if (
            isinstance(resolution, dict)
            and resolution.get("kind") == "new"
            and resolution.get("matched") is None
        ):
            founded[event_id] = min(founded.get(event_id, len(order)), order.get(doc_id, len(order)))
    for doc_id, event_id, report_kind, resolution, date_iso, place, trigger in sorted(rows, key=str):
        if report_kind != kind or event_id not in found:
            continue
        held = resolution if isinstance(resolution, dict) else {}
        label = incident_of.get(doc_id)
        other = told_incident(label, report_kind, date_iso, place, expect) if label else label
        label = f"{label} > {other}" if other != label else label
        told = f"{doc_id} [{label}] {trigger!r} {date_iso} {place!r} -> {event_id}"
        reasons = "; ".join(str(r) for r in held.get("why") or ())
        out.append(f"{told} {held.get('kind')} {held.get('score')}: {reasons}")
        refused = held.get("refused") or {}
        for other in sorted(found - {event_id}):
            if other in refused:
                out.append(f"        refused {other}: {refused[other]}")
            elif founded.get(other, -1) > order.get(doc_id, len(order)):
                out.append(f"        {other}: founded by a later report")
            elif founded.get(other, -1) == order.get(doc_id, len(order)):
                out.append(f"        {other}: founded by a report of the same document")
            elif held.get("kind") == "new":
                out.append(f"        {other}: no candidate (out of the date window or the place block)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixture", type=Path, default=FIXTURE)
    parser.add_argument("--db", type=Path, help="keep the store here (default: a temporary file)")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--why", action="store_true", help="why the reports of a split or merge are where")
    parser.add_argument("--measure-only", action="store_true", help="measure the store --db holds, as it is")
    args = parser.parse_args(argv)
    fixture = json.loads(args.fixture.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "kb.db"
        if not (args.measure_only and db.exists()):
            if db.exists():
                db.unlink()
            ingest(fixture, db)
        result = measure(fixture, db, args.verbose, args.why)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

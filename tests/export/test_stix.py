"""STIX 2.1: valid bundles, deterministic ids, the mapping of groups, events and links."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import stix2
from stix2validator import validate_string

import nexus
from nexus.export import ExportScope, confidence, export_stix
from nexus.export.stix import CASUALTY_EXTENSION_ID, OPENCTI_EXTENSION_ID
from nexus.kb import KnowledgeBase
from nexus.model import Extraction
from nexus.store.samples import ExtractionBuilder, place


def bundle_text(kb: KnowledgeBase, scope: ExportScope | None = None) -> str:
    buffer = io.StringIO()
    with kb.store.connect() as connection:
        export_stix(connection, buffer, scope)
    return buffer.getvalue()


def objects(kb: KnowledgeBase, scope: ExportScope | None = None) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(bundle_text(kb, scope))["objects"]
    return found


def named(items: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(o for o in items if o.get("name") == name)


def test_bundle_passes_the_stix_validator(kb: KnowledgeBase) -> None:
    result = validate_string(bundle_text(kb))
    assert result.is_valid, [str(e) for e in result.errors]
    assert not result.errors


#: The only validator warnings left, each deliberate (see the module docstring of nexus.export.stix):
#: 202 for incident -> attributed-to / targets / located-at and OpenCTI event -> located-at (the links
#: OpenCTI and the OASIS incident extension define; STIX suggests none for a stub incident);
#: 302 for a report URL without a hash of the page (Nexus never fetches it).
DELIBERATE_202 = (
    "'incident' is permitted, but not a suggested relationship source object for the 'attributed-to'",
    "'incident' is permitted, but not a suggested relationship source object for the 'targets'",
    "'incident' is permitted, but not a suggested relationship source object for the 'located-at'",
    "'event' is permitted, but not a suggested relationship source object for the 'located-at'",
)


def check_warnings(text: str) -> None:
    result = validate_string(text)
    assert result.is_valid, [str(e) for e in result.errors]
    for warning in result.warnings:
        code = str(warning).split("}")[0].split("{")[-1]
        assert code in {"202", "302"}, str(warning)
        if code == "202":
            assert any(d in str(warning) for d in DELIBERATE_202), str(warning)


def test_validator_warnings_are_only_the_deliberate_ones(kb: KnowledgeBase) -> None:
    check_warnings(bundle_text(kb))


def test_export_twice_gives_identical_bundles(kb: KnowledgeBase) -> None:
    assert bundle_text(kb) == bundle_text(kb)


def test_bundle_parses_with_stix2(kb: KnowledgeBase) -> None:
    bundle = stix2.parse(bundle_text(kb), allow_custom=True)
    expected = {"threat-actor", "identity", "location", "incident", "relationship"}
    assert {o.type for o in bundle.objects} >= expected


def test_ids_are_deterministic_uuid4_of_the_nexus_id(kb: KnowledgeBase) -> None:
    from nexus.export import stix_id

    group = named(objects(kb), "Red Hand Brigade")
    assert group["id"] == stix_id("threat-actor", nexus_id=group["x_nexus_entity_id"])
    assert uuid.UUID(group["id"].split("--")[1]).version == 4
    assert stix_id("identity", nexus_id="x") != stix_id("location", nexus_id="x")


def test_armed_group_is_a_terrorist_threat_actor(kb: KnowledgeBase) -> None:
    group = named(objects(kb), "Red Hand Brigade")
    assert group["type"] == "threat-actor"
    assert group["threat_actor_types"] == ["terrorist"]
    assert group["first_seen"].startswith("2021-05-03")


def test_person_is_an_individual_identity(kb: KnowledgeBase) -> None:
    person = named(objects(kb), "Tariq Vale")
    assert (person["type"], person["identity_class"]) == ("identity", "individual")


def test_ministry_is_a_government_organisation(kb: KnowledgeBase) -> None:
    ministry = named(objects(kb), "Interior Ministry")
    assert ministry["identity_class"] == "organization"
    assert ministry["sectors"] == ["government-national"]


def test_place_is_a_location_with_coordinates(kb: KnowledgeBase) -> None:
    kalam = named(objects(kb), "Kalam")
    assert kalam["type"] == "location"
    assert (kalam["latitude"], kalam["longitude"], kalam["country"]) == (35.49, 72.58, "PK")
    assert kalam["administrative_area"] == "Khyber Pakhtunkhwa"


def test_event_place_and_place_entity_share_one_location(kb: KnowledgeBase) -> None:
    assert [o["name"] for o in objects(kb) if o["type"] == "location"].count("Kalam") == 1


def test_incident_keeps_each_reports_figure_and_qualifier(kb: KnowledgeBase) -> None:
    incident = next(o for o in objects(kb) if o.get("x_nexus_event_type") == "attack")
    killed = incident["extensions"][CASUALTY_EXTENSION_ID]["killed"]
    assert (killed["min"], killed["max"]) == (12, 15)
    given = sorted((r["value"], r["qualifier"]) for r in killed["reports"])
    assert given == [(12, "at_least"), (15, "exact")]
    assert incident["x_nexus_independent_sources"] == 2


def test_incident_references_its_reports(kb: KnowledgeBase) -> None:
    incident = next(o for o in objects(kb) if o.get("x_nexus_event_type") == "attack")
    refs = {r["external_id"]: r for r in incident["external_references"]}
    assert set(refs) == {"d1", "d2"}
    assert refs["d1"]["source_name"] == "Valley Times"
    assert refs["d1"]["url"] == "https://valley.example/kalam-attack"


def test_incident_created_is_the_first_report_date_not_now(kb: KnowledgeBase) -> None:
    incident = next(o for o in objects(kb) if o.get("x_nexus_event_type") == "attack")
    assert incident["created"].startswith("2021-05-03")
    assert incident["modified"].startswith("2021-05-04")


def test_attack_is_attributed_to_the_group(kb: KnowledgeBase) -> None:
    items = objects(kb)
    incident = next(o for o in items if o.get("x_nexus_event_type") == "attack")
    group = named(items, "Red Hand Brigade")
    from_incident = [o for o in items if o.get("source_ref") == incident["id"]]
    links = {(o["relationship_type"], o["target_ref"]) for o in from_incident}
    assert ("attributed-to", group["id"]) in links
    assert ("located-at", named(items, "Kalam")["id"]) in links


def test_sanction_targets_the_banned_group(kb: KnowledgeBase) -> None:
    items = objects(kb)
    sanction = next(o for o in items if o.get("x_nexus_event_type") == "sanction")
    assert sanction["type"] == "event" and sanction["event_types"] == ["sanction"]
    front = named(items, "Northern Front")
    links = {
        (o["relationship_type"], o["target_ref"], o.get("x_nexus_role"))
        for o in items
        if o.get("source_ref") == sanction["id"]
    }
    assert ("related-to", front["id"], "target") in links


def test_cooperation_is_related_to_with_confidence_and_times(kb: KnowledgeBase) -> None:
    link = next(o for o in objects(kb) if o.get("x_nexus_relation_type") == "cooperation")
    assert link["relationship_type"] == "related-to"
    assert link["confidence"] == confidence(2, 0.5)
    assert link["start_time"].startswith("2021-05-03")
    assert link["stop_time"].startswith("2021-05-05")  # the day after it was last seen
    assert {e["doc_id"] for e in link["x_nexus_evidence"]} == {"d1", "d2"}


def test_based_in_is_located_at(kb: KnowledgeBase) -> None:
    items = objects(kb)
    link = next(o for o in items if o.get("x_nexus_relation_type") == "based_in")
    assert link["relationship_type"] == "located-at"
    assert link["target_ref"] == named(items, "Sarak")["id"]


def test_min_sources_keeps_only_corroborated_links(kb: KnowledgeBase) -> None:
    links = [o for o in objects(kb, ExportScope(min_sources=2)) if o.get("x_nexus_relation_type")]
    assert sorted(o["x_nexus_relation_type"] for o in links) == ["attacked", "cooperation"]


def test_time_window_drops_earlier_events(kb: KnowledgeBase) -> None:
    items = objects(kb, ExportScope(since=date(2021, 6, 1)))
    assert [o["x_nexus_event_type"] for o in items if o.get("x_nexus_event_id")] == ["sanction"]


def test_entity_scope_keeps_its_neighbourhood(kb: KnowledgeBase) -> None:
    items = objects(kb, ExportScope(entity="Tariq Vale", depth=1))
    names = {o.get("name") for o in items if o["type"] in ("identity", "threat-actor", "location")}
    assert names == {"Nexus", "Tariq Vale", "Red Hand Brigade", "Kalam"}  # Kalam: where the group attacked
    assert "Northern Front" not in names


@pytest.mark.parametrize(
    ("n_sources", "hedged_share", "expected"),
    [(1, 0.0, 50), (2, 0.0, 75), (3, 0.0, 88), (1, 1.0, 25), (2, 0.5, 56)],
)
def test_confidence_grows_with_sources_and_falls_with_hedging(
    n_sources: int, hedged_share: float, expected: int
) -> None:
    assert confidence(n_sources, hedged_share) == expected


# -- what is and is not an incident ------------------------------------------------------------


def happenings() -> list[Extraction]:
    """One report of each kind of happening, about made-up parties in a made-up town."""
    text = (
        "Soldiers raided a hideout near Dunmore on 2 March 2022. "
        "The governor met the Dunmore elders on 3 March 2022. "
        "The envoy visited Dunmore on 4 March 2022. "
        "The governor said the raid was lawful."
    )
    builder = ExtractionBuilder("h1", text, outlet="Plains Courier", published=date(2022, 3, 5))
    army = builder.entity("Plains Army", subtype="military", country="PK")
    governor = builder.entity("Governor Ana Reyes", "PERSON", country="PK")
    elders = builder.entity("Dunmore elders", country="PK")
    envoy = builder.entity("Envoy Pell", "PERSON", country="PK")
    sentences = text.split(". ")
    builder.event("military_action", sentences[0] + ".", date="2022-03-02", at=DUNMORE, actors=[army])
    builder.event(
        "meeting", sentences[1] + ".", date="2022-03-03", at=DUNMORE, actors=[governor], targets=[elders]
    )
    builder.event("visit", sentences[2] + ".", date="2022-03-04", at=DUNMORE, actors=[envoy])
    builder.event("statement", sentences[3], date="2022-03-04", actors=[governor])
    return [builder.build()]


DUNMORE = place("Dunmore", country="PK", admin1="Punjab", lat=31.0, lon=73.0)


@pytest.fixture
def happened(tmp_path: Path) -> Iterator[KnowledgeBase]:
    with nexus.open(f"sqlite:///{tmp_path / 'h.db'}") as base:
        base.ingest(happenings())
        yield base


def test_meetings_visits_and_statements_are_not_incidents(happened: KnowledgeBase) -> None:
    items = objects(happened)
    by_type = {o["x_nexus_event_type"]: o for o in items if o.get("x_nexus_event_id")}
    assert by_type["military_action"]["type"] == "incident"
    assert by_type["military_action"]["incident_type"] == "military-action"
    for kind in ("meeting", "visit"):
        assert by_type[kind]["type"] == "event"
        assert by_type[kind]["event_types"] == [kind]
        assert by_type[kind]["extensions"][OPENCTI_EXTENSION_ID] == {"extension_type": "new-sdo"}
        assert by_type[kind]["start_time"].startswith("2022-03-0")
    note = by_type["statement"]
    assert note["type"] == "note" and note["authors"] == ["Governor Ana Reyes"]
    assert note["content"] == "The governor said the raid was lawful."
    assert [o["type"] for o in items].count("incident") == 1


def test_a_meeting_links_its_parties_by_role(happened: KnowledgeBase) -> None:
    items = objects(happened)
    meeting = next(o for o in items if o.get("x_nexus_event_type") == "meeting")
    links = {
        (o["relationship_type"], o.get("x_nexus_role")) for o in items if o.get("source_ref") == meeting["id"]
    }
    assert links == {("related-to", "actor"), ("related-to", "target"), ("located-at", None)}


def test_every_kind_of_happening_validates_with_only_deliberate_warnings(happened: KnowledgeBase) -> None:
    check_warnings(bundle_text(happened))

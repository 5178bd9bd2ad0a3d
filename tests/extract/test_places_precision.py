"""The event's place is the most precise one the text names for it, never one named for another
role: the town inside a division or country, a town on a river or a lake before the water, the
marchers' own town."""

from __future__ import annotations

from typing import Any


def places_of(extraction: Any, kind: str) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == kind]


def test_residents_of_a_town_march_in_that_town(extract: Any) -> None:
    text = (
        "Gunmen killed five farmers near Tambuwal on Monday. Angry residents of Tambuwal marched "
        "along the main road on Tuesday, asking the state for more police."
    )
    places = places_of(extract(text, published="2024-06-05"), "rally")
    assert places == ["Tambuwal"]


def test_a_march_placed_in_its_sentence_keeps_that_place(extract: Any) -> None:
    text = (
        "Gunmen killed five farmers near Tambuwal on Monday. Residents of Tambuwal marched in "
        "Kontagora on Tuesday, asking the state for more police."
    )
    places = places_of(extract(text, published="2024-06-05"), "rally")
    assert places == ["Kontagora"]


def _place(name: str, subtype: str) -> Any:
    from nexus.extract.entities import EntityCluster, Mention

    cluster = EntityCluster(type="PLACE", subtype=subtype)
    cluster.add(Mention(start=0, end=len(name), text=name, sent_start=0))
    return cluster


def test_a_river_a_lake_or_a_forest_ranks_with_the_divisions() -> None:
    from nexus.extract.arguments import PLACE_RANK, place_rank

    admin = PLACE_RANK["admin"]
    assert place_rank(_place("Hadejia River", "site")) == admin
    assert place_rank(_place("Lake Tana", "site")) == admin
    assert place_rank(_place("Sambisa Forest", "site")) == admin
    assert place_rank(_place("Lake View Hotel", "site")) == PLACE_RANK["site"]
    assert place_rank(_place("Katagum", "city")) == PLACE_RANK["city"]


def test_joined_mentions_put_the_town_before_the_river(nlp: Any) -> None:
    from nexus.extract.events import EventDraft, absorb

    doc = nlp("Raiders crossed the river and attacked the village.")
    crossed, attacked = doc[1], doc[5]
    river, village = _place("Hadejia River", "site"), _place("Dadin Kowa", "city")
    into = EventDraft(type="attack", trigger=attacked, sent=attacked.sent, mentions=[attacked])
    into.places = [village]
    other = EventDraft(type="attack", trigger=crossed, sent=crossed.sent, mentions=[crossed])
    other.places = other.own_places = [river]
    absorb(into, other)
    assert into.places[0] is village


def test_the_town_inside_the_country_of_the_strike_is_its_place(extract: Any) -> None:
    text = (
        "An army statement said a drone strike in western Syria on Monday killed a senior "
        "commander close to the town of Kinsabba in Lattakia province."
    )
    places = places_of(extract(text, published="2024-06-05"), "military_action")
    assert places and places[0] == "Kinsabba"


def test_two_towns_in_the_division_leave_the_division(extract: Any) -> None:
    text = (
        "Air strikes in Hadramawt province killed two commanders on Monday, one in Mukalla and one in Tarim."
    )
    places = places_of(extract(text, published="2024-06-05"), "military_action")
    assert places and places[0] == "Hadramawt"


def test_a_town_of_an_earlier_happening_does_not_replace_the_division(extract: Any) -> None:
    text = (
        "A roadside bomb in Hadramawt province killed four soldiers on Monday, a day after gunmen "
        "raided a checkpoint in Mukalla."
    )
    events = [e for e in extract(text, published="2024-06-05").events if e.type == "attack"]
    bomb = [e for e in events if e.date is not None and e.date.iso == "2024-06-03"]
    assert bomb and bomb[0].place is not None and bomb[0].place.name == "Hadramawt"


def test_a_march_through_the_town_centre_is_in_the_town_told_before(extract: Any) -> None:
    text = (
        "A bomb killed four traders at a market in Bauchi on Monday. The next day, shopkeepers "
        "marched through the town with banners calling for calm."
    )
    places = places_of(extract(text, published="2024-06-05"), "rally")
    assert places == ["Bauchi"]


def test_the_town_of_the_marchers_sentence_comes_before_an_earlier_one(extract: Any) -> None:
    text = (
        "A bomb killed four traders at a market in Bauchi on Monday. The next day, shopkeepers "
        "from Gombe marched through the town with banners calling for calm."
    )
    places = places_of(extract(text, published="2024-06-05"), "rally")
    assert places == ["Gombe"]


def test_a_list_of_provinces_is_placed_at_the_first_listed(extract: Any) -> None:
    text = (
        "Citing attacks on markets, the regional administrator on Friday banned cattle fairs in "
        "the Sanmatenga, Bam and Namentenga provinces until further notice."
    )
    places = places_of(extract(text, published="2024-06-05"), "sanction")
    assert places == ["Sanmatenga"]


def test_the_seat_of_the_official_met_is_not_where_the_meeting_was(extract: Any) -> None:
    text = (
        "The UN envoy visited Herat on Wednesday and met Nimroz's military governor to discuss aid convoys."
    )
    places = places_of(extract(text, published="2024-06-05"), "meeting")
    assert places == ["Herat"]


def test_a_ban_by_a_town_mayor_holds_in_that_town(extract: Any) -> None:
    text = (
        "Argungu's mayor on Thursday banned night-time motorcycle traffic in the town centre for two weeks."
    )
    places = places_of(extract(text, published="2024-06-05"), "sanction")
    assert places == ["Argungu"]


def test_a_town_named_with_its_division_noun_comes_before_the_holder_set_after_it(extract: Any) -> None:
    text = "Gunmen shot dead a village headman in Swat district, Malakand, on Thursday."
    assert places_of(extract(text, published="2024-06-07"), "attack") == ["Swat"]


def test_a_village_named_inside_a_territory_is_the_place_of_the_fighting(extract: Any) -> None:
    text = (
        "Further east, in Rutshuru territory, clashes between rebels and militias killed seven "
        "people around Kiwanja on Tuesday."
    )
    assert places_of(extract(text, published="2024-06-07"), "attack") == ["Kiwanja"]


def test_the_range_a_superlative_compares_within_gives_way_to_the_scene(extract: Any) -> None:
    text = (
        "Its deadliest attack inside Ruritania in years came in June 2023, when its fighters killed 42 "
        "people at a school in Bwera."
    )
    assert places_of(extract(text, published="2024-05-16"), "attack") == ["Bwera"]


def test_a_superlative_s_range_stays_the_place_when_nothing_finer_is_named(extract: Any) -> None:
    text = "The bombing on Friday was the deadliest attack in Ghazni this year, officials said."
    assert places_of(extract(text, published="2024-05-16"), "attack") == ["Ghazni"]


def test_a_town_comes_before_the_coast_it_lies_on(extract: Any) -> None:
    text = (
        "Gunmen opened fire on a police post on the outskirts of Ras Tanura, on Saudi Arabia's Gulf "
        "coast, late on Monday, killing one officer."
    )
    assert places_of(extract(text, published="2024-05-16"), "attack") == ["Ras Tanura"]

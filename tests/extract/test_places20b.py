"""A happening whose sentence names its place only by a noun ("the town", "the city") or by
"there" is where the report last named such a place, not a town a distance was counted from,
and not nowhere."""

from __future__ import annotations

from typing import Any


def places_of(extraction: Any, kinds: tuple[str, ...]) -> list[tuple[str, str | None]]:
    return [
        (e.evidence.sentence, e.place.name if e.place is not None else None)
        for e in extraction.events
        if e.type in kinds
    ]


def place_told_by(extraction: Any, kinds: tuple[str, ...], words: str) -> str | None:
    found = [place for evidence, place in places_of(extraction, kinds) if words in evidence]
    assert found, f"no event told by {words!r}"
    return found[0]


def test_a_past_attack_in_the_city_is_in_the_town_named_before(extract: Any) -> None:
    text = (
        "Police arrested two men in Ravensholm on Monday over a plot to bomb the central station, "
        "prosecutors said.\n"
        "The city has not forgotten March 2017, when a gunman opened fire on shoppers in the "
        "main square, killing six people."
    )
    extraction = extract(text, published="2026-05-06")
    assert place_told_by(extraction, ("attack",), "opened fire on shoppers") == "Ravensholm"


def test_the_town_is_not_the_one_a_distance_was_counted_from(extract: Any) -> None:
    text = (
        "Rebels stormed Kessanta, a market town about 40 km north of Olbrino, late on Saturday and "
        "freed prisoners from its jail, two residents said.\n"
        "Army units re-entered the town on Sunday morning and carried out house-to-house searches, "
        "detaining dozens of young men, residents said."
    )
    extraction = extract(text, published="2026-05-05")
    assert place_told_by(extraction, ("attack", "military_action"), "re-entered") == "Kessanta"


def test_there_in_a_sentence_naming_no_place_points_to_the_last_town(extract: Any) -> None:
    text = (
        "Gunmen killed five traders at a cattle market in Dombara on Friday, local officials said.\n"
        "The regional governor visited the market on Saturday.\n"
        "He told reporters there that more troops would be sent to the district."
    )
    extraction = extract(text, published="2026-05-10")
    assert place_told_by(extraction, ("statement",), "told reporters there") == "Dombara"


def test_a_town_noun_with_no_town_named_before_places_nothing(extract: Any) -> None:
    text = (
        "Fighting broke out in Lower Harvell province on Tuesday, officials said.\n"
        "The town has not forgotten the winter of 2015, when gunmen opened fire on worshippers, "
        "killing eleven people."
    )
    extraction = extract(text, published="2026-05-06")
    assert place_told_by(extraction, ("attack",), "opened fire") != "Lower Harvell"


def test_a_statement_in_a_where_clause_is_made_at_the_place_before_it(extract: Any) -> None:
    text = (
        "Gunmen shot dead four farmers near Lake Tirrin on Sunday, officials said.\n"
        "Interior Minister Amara Velde travelled to Eldoret on Tuesday afternoon, where she "
        "condemned the attack and promised more patrols."
    )
    extraction = extract(text, published="2026-05-14")
    assert place_told_by(extraction, ("statement",), "where she") == "Eldoret"


def test_a_town_noun_in_a_clause_beside_the_happening_lends_it_no_town(extract: Any) -> None:
    text = (
        "Armed men killed three herders at Mbelani village late on Friday, police said.\n"
        "Two others were wounded and flown to Tamale for treatment.\n"
        "The governor, who toured the village on Saturday, said security operations had been "
        "stepped up."
    )
    extraction = extract(text, published="2026-05-10")
    assert all(place != "Tamale" for _, place in places_of(extraction, ("attack", "military_action")))


def test_a_town_noun_with_a_describing_word_points_back_too(extract: Any) -> None:
    text = (
        "Rebels attacked three police posts in Sannotte in 2017, killing two policemen, and went on "
        "to hold the town from 2020.\n"
        "Government troops retook the port town in August 2021."
    )
    extraction = extract(text, published="2026-03-05")
    assert place_told_by(extraction, ("attack", "military_action"), "retook") == "Sannotte"

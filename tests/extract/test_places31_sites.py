"""Where a happening was, when the text names it precisely (session 31): a post or an academy named
before a compound of a modifier and a site noun ("the X police check post", "the Y military
academy"), a camp of a gang its owner's name does not place, a forest named in an area, and a
town's countryside.

Each text is invented; each test asserts what the extractor makes of it.
"""

from __future__ import annotations

from typing import Any


def entity(extraction: Any, name: str) -> Any:
    return next((e for e in extraction.entities if e.name == name), None)


def places(extraction: Any, kind: str) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == kind]


def test_a_name_before_a_police_check_post_is_a_place(extract: Any) -> None:
    found = extract(
        "Late on Monday militants overran the Gul Bano police check post in the Domel area, and "
        "four constables died, officials said."
    )
    post = entity(found, "Gul Bano")
    assert post is not None and post.type == "PLACE"


def test_an_attack_at_a_military_academy_is_placed_at_the_academy(extract: Any) -> None:
    found = extract(
        "The assault was the deadliest since last month, when a bomber killed 13 recruits outside "
        "the Daahir Cilmi military academy in Baidoa."
    )
    assert places(found, "attack") == ["Daahir Cilmi"]


def test_the_owner_of_a_gang_whose_camps_were_raided_is_no_place(extract: Any) -> None:
    found = extract(
        "Army units backed by jets hit two camps of Isa Gora's gang in the Sorro forest on Thursday, "
        "killing nine bandits and freeing six captives."
    )
    assert places(found, "military_action") == ["Sorro"]


def test_a_forest_of_an_area_is_finer_than_the_area(extract: Any) -> None:
    found = extract(
        "Troops killed 19 rebels in the Temba forests of the Orcha area on Friday, the police said."
    )
    assert places(found, "military_action") == ["Temba"]


def test_a_strike_in_a_towns_countryside_is_placed_at_the_town(extract: Any) -> None:
    found = extract(
        "US forces said they had killed a senior militant in a strike in the Hasakah countryside on Saturday."
    )
    assert places(found, "military_action") == ["Hasakah"]

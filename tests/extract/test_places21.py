"""One happening told in several sentences gets one place: the finest any of its mentions names
as its own; a claim of it is placed there; an attack told as another one keeps its own place.

Invented reports: the villages and posts are made up, the towns and provinces real.
"""

from __future__ import annotations

from typing import Any


def _of(extraction: Any, kind: str) -> list[Any]:
    return [e for e in extraction.events if e.type == kind]


RESTATED_TOLL = (
    "MOSUL, Iraq — Islamic State militants ambushed an army patrol on Saturday night near the village "
    "of Tell Hamdiyat, about 30 km west of Mosul in Nineveh province, killing three soldiers, "
    "security officials said.\n"
    "Officials had first said two soldiers were killed; a third died of his wounds in Mosul "
    "General Hospital early on Sunday.\n"
    "The Islamic State group claimed the ambush in a statement on Sunday, saying its fighters had "
    "destroyed an army vehicle."
)


def test_a_restated_toll_dated_a_day_later_is_the_ambush_told_again(extract: Any) -> None:
    out = extract(RESTATED_TOLL, published="2025-11-03")
    attacks = [e for e in _of(out, "attack") if e.date is not None and e.date.iso.startswith("2025-11")]
    assert len(attacks) == 1
    assert attacks[0].place is not None and attacks[0].place.name == "Tell Hamdiyat"


def test_the_claim_of_the_ambush_is_placed_at_its_village(extract: Any) -> None:
    claims = _of(extract(RESTATED_TOLL, published="2025-11-03"), "claim")
    assert claims and claims[0].place is not None and claims[0].place.name == "Tell Hamdiyat"


SECOND_WAVE = (
    "BATKHELA, Pakistan — Militants attacked a police post in Garhi Sher village of Malakand district "
    "on Monday night, killing three policemen, officials said.\n"
    "A second wave followed on Tuesday, when a bomb hidden in a cart killed two shopkeepers at the "
    "main market, police said."
)


def test_a_second_wave_a_day_later_stays_its_own_attack(extract: Any) -> None:
    attacks = _of(extract(SECOND_WAVE, published="2025-06-18"), "attack")
    assert len(attacks) == 2


ANOTHER_TOWN = (
    "KANO, Nigeria — Gunmen attacked the village of Ungwan Kundar in Kankara local government "
    "area of Katsina State late on Sunday, killing seven farmers, police said.\n"
    "Gunmen also shot dead two traders in Funtua on Sunday, residents said."
)


def test_an_attack_told_as_a_further_one_keeps_its_own_town(extract: Any) -> None:
    places = sorted(
        e.place.name for e in _of(extract(ANOTHER_TOWN, published="2025-02-11"), "attack") if e.place
    )
    assert "Funtua" in places and "Ungwan Kundar" in places


VILLAGES_NAMED_LATER = (
    "Otukpo: At least 15 people were killed when gunmen stormed two villages in the Mbayion district "
    "of Gboko Local Government Area of Benue State late on Friday, community leaders said, as "
    "mourners gathered for a burial in Gboko town.\n"
    "The attackers arrived on motorcycles at about 11pm and opened fire on homes in Ikyoawen and "
    "Tse-Agbaka, two farming settlements, residents said."
)


def test_the_village_the_attackers_entered_beats_the_town_of_the_mourners(extract: Any) -> None:
    attacks = _of(extract(VILLAGES_NAMED_LATER, published="2025-08-18"), "attack")
    assert attacks and attacks[0].place is not None and attacks[0].place.name == "Ikyoawen"


VILLAGE_IDENTIFIED = (
    "Gao, March 4 — Gunmen raided a farming village in eastern Mali overnight, killing nine "
    "herders, local officials said on Tuesday.\n"
    "Residents identified the village as Kaigourou, in Ansongo circle, about 30 km east of the "
    "Niger river, and said the attackers came on motorcycles."
)


def test_a_village_identified_by_name_in_the_next_sentence_places_the_raid(extract: Any) -> None:
    attacks = _of(extract(VILLAGE_IDENTIFIED, published="2025-03-04"), "attack")
    assert attacks and attacks[0].place is not None and attacks[0].place.name == "Kaigourou"


VILLAGE_IN_APPOSITION = (
    "Maradi, May 12 — Armed men attacked a village in western Niger on Sunday night, killing "
    "six civilians, a local official said.\n"
    "Survivors reached Tondikiwindi, a farming village near the border with Burkina Faso, "
    "on foot after the gunmen left."
)


def test_a_village_the_survivors_reached_is_not_the_village_raided(extract: Any) -> None:
    attacks = _of(extract(VILLAGE_IN_APPOSITION, published="2025-05-12"), "attack")
    assert attacks and all(e.place is None or e.place.name != "Tondikiwindi" for e in attacks)

"""Who did it when the doer is told outside the happening's own clause: the unit that reports
what its unnamed troops did, the body that names its own officers, and a blame told several
sentences after the attack."""

from __future__ import annotations

from typing import Any


def _actors(extraction: Any, etype: str) -> list[list[str]]:
    return [sorted(e.actors) for e in extraction.events if e.type == etype]


def test_reporting_unit_is_the_doer_of_its_unnamed_troops(extract: Any) -> None:
    text = (
        "PUERTO ASÍS, Colombia — Army troops killed three rebels in a clash near Puerto Asís on "
        "Tuesday, the Seventh Division said in a statement."
    )
    found = _actors(extract(text, published="2025-03-06"), "military_action")
    assert found, "the clash should be a military action"
    assert any({"Colombia", "Seventh Division"} <= set(actors) for actors in found)


def test_bare_unit_noun_stands_for_the_unit_named_before(extract: Any) -> None:
    text = (
        "TUMACO, Colombia — Troops of the 21st Brigade clashed with a column of suspected rebels near "
        "Tumaco on Monday night, killing two of them, the brigade said. The 21st Brigade has been "
        "deployed on the coast since 2023."
    )
    found = _actors(extract(text, published="2025-03-06"), "military_action")
    assert any("21st Brigade" in actors for actors in found)


def test_officers_of_a_named_service_are_its_own_not_the_speakers(extract: Any) -> None:
    text = (
        "Officers of the State Security Service detained two men suspected of financing the cell "
        "in Kumanovo on Friday, the Interior Ministry said."
    )
    found = _actors(extract(text, published="2025-05-10"), "military_action")
    assert found, "the detention should be a military action"
    assert any("State Security Service" in actors for actors in found)
    assert not any(actors == ["Interior Ministry"] for actors in found)


def test_unnamed_officers_still_take_the_reporting_body(extract: Any) -> None:
    text = "Police officers arrested two men in Kumanovo on Friday, the Interior Ministry said."
    found = _actors(extract(text, published="2025-05-10"), "military_action")
    assert found
    assert all("State Security Service" not in actors for actors in found)
    assert any(actors for actors in found), "the reporting ministry should stand for the unnamed officers"


def test_blame_told_several_sentences_after_the_attack(extract: Any) -> None:
    text = (
        "Gunmen on motorcycles stormed the village of Nangurukuru, near Kilwa, late on Friday, "
        "killing nine farmers, local officials said on Monday.\n"
        "The first count, given by a village elder, was five dead.\n"
        "By Sunday the district council had raised the figure to nine.\n"
        "Two herders were still missing.\n"
        "Photo: Burnt huts in Nangurukuru on Saturday.\n"
        "No group has claimed the killings.\n"
        "Residents blamed fighters of the Mtama Liberation Front, an armed group active along the coast."
    )
    found = _actors(extract(text, published="2025-06-09"), "attack")
    assert found, "the raid should be an attack"
    assert any("Mtama Liberation Front" in actors for actors in found)


def test_blame_after_another_happening_stays_with_it(extract: Any) -> None:
    text = (
        "Gunmen stormed the village of Nangurukuru, near Kilwa, late on Friday, killing nine "
        "farmers, officials said.\n"
        "On Saturday, soldiers killed four suspected militants in a raid near Lindi, the army said.\n"
        "Residents in Lindi blamed fighters of the Mtama Liberation Front for a bombing there last year."
    )
    extraction = extract(text, published="2025-06-09")
    raids = [e for e in extraction.events if e.type == "attack" and e.date and e.date.iso == "2025-06-06"]
    assert raids, "the village raid should be an attack"
    assert all("Mtama Liberation Front" not in e.actors for e in raids)


def test_attackers_tied_to_a_faction_of_a_group_as_a_speaker_says(extract: Any) -> None:
    text = (
        "At least nine people were killed when gunmen opened fire on a bus near Kilwa on Monday, "
        "police said.\n"
        "The bus had left Lindi that morning, days after the road reopened following a closure of "
        "two weeks.\n"
        "District commander Hamisi Mrisho said on Tuesday that the attackers were suspected members "
        "of a local faction of the Mtama Liberation Front."
    )
    found = _actors(extract(text, published="2025-06-11"), "attack")
    assert found, "the shooting should be an attack"
    assert any("Mtama Liberation Front" in actors for actors in found)


def test_tie_after_another_violent_happening_is_not_carried(extract: Any) -> None:
    text = (
        "Gunmen opened fire on a bus near Kilwa on Monday, killing nine passengers, police said.\n"
        "On Tuesday, soldiers raided a camp near Lindi and killed four militants, the army said.\n"
        "The attackers were members of the Mtama Liberation Front, a commander said."
    )
    extraction = extract(text, published="2025-06-11")
    bus = [e for e in extraction.events if e.type == "attack" and e.date and e.date.iso == "2025-06-09"]
    assert bus, "the bus shooting should be an attack"
    assert all("Mtama Liberation Front" not in e.actors for e in bus)


def test_fighters_of_the_group_are_the_group_named_before(extract: Any) -> None:
    text = (
        "The Mtama Liberation Front has fought the government in the coastal districts since 2017.\n"
        "In March 2021, fighters of the group overran a police post at Kiranjeranje, killing 11 "
        "officers."
    )
    found = _actors(extract(text, published="2025-06-11"), "attack")
    assert found, "the overrun post should be an attack"
    assert any("Mtama Liberation Front" in actors for actors in found)


def test_its_fighters_are_not_the_army_that_reports_after_them(extract: Any) -> None:
    text = (
        "KILWA, Tanzania — Fighters of the Mtama Liberation Front stormed a base of the Tanzania "
        "People's Defence Force near Kilwa on Monday, killing four soldiers, officials said.\n"
        "In May, its fighters overran a base in Nangurukuru, killing at least five soldiers, the army "
        "said at the time."
    )
    extraction = extract(text, published="2025-06-11")
    may = [e for e in extraction.events if e.type == "attack" and e.date and e.date.iso.startswith("2025-05")]
    assert may, "the May raid should be an attack"
    assert all("Tanzania People's Defence Force" not in e.actors for e in may)
    assert any("Mtama Liberation Front" in e.actors for e in may)


def test_members_of_a_group_were_behind_the_blasts(extract: Any) -> None:
    text = (
        "Two people were killed when a grenade exploded outside a market in Kilwa on Sunday night, "
        "police said.\n"
        "A second grenade went off near a police post in Lindi hours later.\n"
        "The regional police commander said on Monday that suspected members of the Mtama Liberation "
        "Front were behind both blasts."
    )
    found = _actors(extract(text, published="2025-06-09"), "attack")
    assert found, "the grenade blasts should be attacks"
    assert any("Mtama Liberation Front" in actors for actors in found)


def test_a_group_not_behind_the_blast_is_no_doer(extract: Any) -> None:
    text = (
        "Two people were killed when a grenade exploded outside a market in Kilwa on Sunday night, "
        "police said.\n"
        "The regional police commander said the Mtama Liberation Front was not behind the blast."
    )
    found = _actors(extract(text, published="2025-06-09"), "attack")
    assert found
    assert all("Mtama Liberation Front" not in actors for actors in found)


def test_attack_blamed_on_the_same_group_in_its_own_clause(extract: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("NEXUS_ACTOR_RANKER", "off")  # the rules alone (the learned ranker may guess it)
    text = (
        "The Rufiji Liberation Army and the Mtama Liberation Front have fought over the coast "
        "road since 2022.\n"
        "No group has claimed the killings, but police blamed the Mtama Liberation Front, which "
        "has raided farming villages near the coast for two years.\n"
        "In March 2024, gunmen killed 12 traders at a market in Kiranjeranje, an attack the "
        "authorities also attributed to the group."
    )
    extraction = extract(text, published="2025-06-09")
    market = [
        e for e in extraction.events if e.type == "attack" and e.date and e.date.iso.startswith("2024-03")
    ]
    assert market, "the market killing should be an attack of its own"
    assert all("Mtama Liberation Front" in e.actors for e in market)


def test_leaflets_left_in_the_name_of_a_group_make_it_the_claimant(extract: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("NEXUS_ACTOR_RANKER", "off")  # the rules alone
    text = (
        "A night watchman was killed when a bomb went off at a quarry office in Kilwa on Monday "
        "evening, police said.\n"
        "Leaflets left at the scene in the name of the Mtama Liberation Front claimed the blast, "
        "accusing the quarry's owners of stealing the land."
    )
    extraction = extract(text, published="2025-06-11")
    claims = [e for e in extraction.events if e.type == "claim"]
    attacks = [e for e in extraction.events if e.type == "attack"]
    assert claims and attacks
    assert any("Mtama Liberation Front" in e.actors for e in claims)
    assert any("Mtama Liberation Front" in e.actors for e in attacks)

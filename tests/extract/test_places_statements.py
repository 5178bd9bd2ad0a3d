"""Where a statement or a measure was made: the place of its own reporting phrase ("In X, the
spokesman said ...", "speaking to reporters in X", "said in X that ..."), never the scene of the
happening it is about."""

from __future__ import annotations

from typing import Any

LEAD = "Bandits shot dead six herders outside Dutsin-Ma on Sunday night. "


def places_of(extraction: Any, kind: str) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == kind]


def test_a_condemnation_relayed_by_a_spokesman_takes_the_spokesman_s_city(extract: Any) -> None:
    text = LEAD + "In Zaria, an aide said on Monday that the emir had firmly condemned the killings."
    places = places_of(extract(text, published="2024-06-04"), "statement")
    assert places and places[0] == "Zaria"


def test_an_accusation_hung_on_the_reported_clause_takes_the_reporting_city(extract: Any) -> None:
    text = LEAD + (
        "In Bauchi, a police spokesman told journalists on Monday that patrols were tracking the "
        "bandits and accused local herders of sheltering them."
    )
    places = places_of(extract(text, published="2024-06-04"), "statement")
    assert "Bauchi" in places
    assert "Dutsin-Ma" not in places


def test_a_participle_of_speaking_places_the_statement_not_the_scene(extract: Any) -> None:
    text = LEAD + (
        "The senator condemned the slaughter in Dutsin-Ma and pledged new army posts, "
        "speaking to journalists in Minna on Monday."
    )
    places = places_of(extract(text, published="2024-06-04"), "statement")
    assert places == ["Minna"]


def test_said_in_a_city_after_a_condemnation_places_it_there(extract: Any) -> None:
    text = LEAD + "The minister denounced the raid as barbaric and said in Lagos that troops would be sent."
    places = places_of(extract(text, published="2024-06-04"), "statement")
    assert places == ["Lagos"]


def test_adding_a_firm_to_a_list_reports_no_speech_so_its_city_places_the_measure(extract: Any) -> None:
    text = (
        "In Rome, finance ministers on Friday added a shipping firm and its owner to the national "
        "sanctions list, freezing the firm's accounts."
    )
    places = places_of(extract(text, published="2024-06-08"), "sanction")
    assert places and places[0] == "Rome"


KOUTIALA = "NOUAKCHOTT, June 7 - Gunmen killed 12 people in Koutiala on Sunday. "


def test_an_attribution_after_a_comma_places_the_statement_where_it_was_relayed(extract: Any) -> None:
    text = KOUTIALA + (
        'The UN rights office called on Friday for "a prompt investigation" into the killings, its '
        "spokeswoman, Ana Ruiz, told reporters in Bobo-Dioulasso."
    )
    assert places_of(extract(text, published="2024-06-07"), "statement") == ["Bobo-Dioulasso"]


def test_a_communique_issued_in_a_city_places_the_condemnation_there(extract: Any) -> None:
    text = (
        KOUTIALA
        + 'In a communiqué issued on Wednesday in Sikasso, the alliance "firmly condemned" the killings.'
    )
    assert places_of(extract(text, published="2024-06-07"), "statement") == ["Sikasso"]


def test_a_statement_from_a_city_places_the_condemnation_there(extract: Any) -> None:
    text = KOUTIALA + (
        "The security minister condemned the attack in a statement from Conakry and promised to send "
        "more troops to Koutiala."
    )
    places = places_of(extract(text, published="2024-06-07"), "statement")
    assert places and places[0] == "Conakry"


def test_a_measure_placed_nowhere_else_was_announced_where_it_was_said(extract: Any) -> None:
    text = (
        "Soldiers killed five rebels near Zamboanga on Saturday. On Monday, the Anti-Terrorism Council "
        "designated three alleged leaders of the faction as terrorists, allowing authorities to freeze "
        "their assets, council spokesperson Ana Cruz said in Quezon City."
    )
    assert places_of(extract(text, published="2025-09-24"), "sanction") == ["Quezon City"]

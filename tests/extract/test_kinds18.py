"""Fault kinds of session 18, worded afresh (whole pipeline unless said): money that pays for a
kind of violence, "X-bound" vehicles, a later-named village unknown to every gazetteer, "both
people ... had died", a weapon's strike that kills fighters, a passive relative's patient, "by"
dates of what was still going on, searches for attackers, inverted conditions in quotes, a
ta marbuta in a group's name and an including-list after a named region."""

from __future__ import annotations

from typing import Any

from nexus.extract.transliteration import lookup


def _events(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def _violent(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type in ("attack", "military_action")]


# --- a generic mention of funding -------------------------------------------------------------


def test_money_that_paid_for_a_groups_raids_tells_no_raid(extract: Any) -> None:
    extraction = extract(
        "Cash from the smuggling ring paid for the Red Dawn Front's raids on farms, the ministry said.",
        published="2024-03-12",
    )
    assert _violent(extraction) == []


def test_funding_verb_read_as_a_noun_tells_no_raid(extract: Any) -> None:
    extraction = extract(
        "Cash from cattle theft finances the militia's raids on villages in Plateau, officials say.",
        published="2024-03-12",
    )
    assert _violent(extraction) == []


# --- where a vehicle was bound is not where it was hit ----------------------------------------


def test_a_bound_for_town_is_no_place(extract: Any) -> None:
    extraction = extract(
        "Six traders aboard a Malindi-bound lorry were shot dead on Tuesday after bandits "
        "blocked the road near Garsen.",
        published="2024-03-14",
    )
    [attack] = _events(extraction, "attack")
    assert attack.place is not None and attack.place.name == "Garsen"


# --- a nameless village named later, unknown to every gazetteer -------------------------------


def test_unknown_village_named_later_takes_the_regions_country(extract: Any) -> None:
    extraction = extract(
        "Armed herders have raided a village in eastern Chad, killing several farmers.\n\n"
        "Accounts of the toll in Mourkadjaye, Zourabe department, differed. A nurse counted "
        "four dead, while a local official said as many as nine had died.",
        published="2024-03-12",
    )
    [attack] = _events(extraction, "attack")
    assert attack.place is not None
    assert attack.place.name == "Mourkadjaye"
    assert attack.place.country == "TD"


# --- "both people ... had died" ---------------------------------------------------------------


def test_both_people_harmed_who_had_died_count_two_dead(extract: Any) -> None:
    extraction = extract(
        "A spokesman in Tamale said both people shot at a checkpoint in Yendi on Monday had died.",
        published="2024-03-14",
    )
    [attack] = _events(extraction, "attack")
    assert attack.killed is not None and attack.killed.value == 2


def test_soldiers_harmed_who_had_died_are_victims_not_doers(extract: Any) -> None:
    extraction = extract(
        "A spokesman in the regional capital Bouake said both soldiers shot at a checkpoint in "
        "Katiola on Friday had died.",
        published="2024-06-10",
    )
    [event] = _violent(extraction)
    assert event.type == "attack"  # the soldiers were shot, they shot nobody
    assert event.killed is not None and event.killed.value == 2


def test_a_counted_wounded_who_had_died_are_dead(extract: Any) -> None:
    extraction = extract(
        "Police said two officers wounded in the ambush near Tillaberi on Friday had died in hospital.",
        published="2024-06-10",
    )
    [attack] = _events(extraction, "attack")
    assert attack.killed is not None and attack.killed.value == 2
    assert attack.injured is None


# --- a launched weapon's strike that kills fighters --------------------------------------------


def test_rockets_that_killed_fighters_are_one_military_action(extract: Any) -> None:
    extraction = extract(
        "Missiles slammed into a rebel camp near Kalehe on Friday, reportedly killing nearly 30 fighters.",
        published="2024-03-14",
    )
    [action] = _violent(extraction)
    assert action.type == "military_action"
    assert action.killed is not None and action.killed.value == 30
    assert action.attribution.hedged


def test_gunmen_killing_fighters_stay_an_attack(extract: Any) -> None:
    extraction = extract(
        "Gunmen stormed a militia post near Marib on Monday, killing six fighters.", published="2024-03-14"
    )
    assert [e.type for e in _violent(extraction)] == ["attack"]


# --- a passive relative's subject is the victim ------------------------------------------------


def test_who_it_said_was_killed_by_a_state(extract: Any) -> None:
    extraction = extract(
        "The Sindhudesh Revolutionary Army mourned its spokesman Dawood Marri, who the group said was "
        "assassinated by Pakistan in Hub.",
        published="2024-03-14",
    )
    [action] = _violent(extraction)
    assert action.type == "military_action"
    assert action.actors == ["Pakistan"]


# --- "by" a day, of something still going on --------------------------------------------------


def test_by_a_day_with_still_dates_what_went_on(extract: Any) -> None:
    extraction = extract(
        "Gunmen stormed a shopping mall in Kisumu on Monday evening, killing at least four people.\n\n"
        "By Tuesday afternoon, police were still trying to end the standoff at the mall.",
        published="2024-03-14",
    )
    [action] = _events(extraction, "military_action")
    assert action.date is not None and action.date.iso == "2024-03-12"


def test_searching_for_attackers_is_an_operation_but_not_for_survivors(extract: Any) -> None:
    hunt = extract(
        "Soldiers on Friday began searching for the gunmen in the hills above Mubi.", published="2024-03-16"
    )
    assert [e.type for e in _violent(hunt)] == ["military_action"]
    rescue = extract(
        "Volunteers searched for survivors in the rubble in Mubi on Friday.", published="2024-03-16"
    )
    assert _violent(rescue) == []


def test_a_launched_search_is_an_operation_but_an_ongoing_search_for_the_missing_is_not(extract: Any) -> None:
    launched = extract(
        "Rangers launched a search in the nearby Kora forest on Thursday after the ambush.",
        published="2024-03-16",
    )
    assert "military_action" in [e.type for e in _violent(launched)]
    ongoing = extract(
        "The search for the missing fishermen went on off Kilifi on Thursday.", published="2024-03-16"
    )
    assert _violent(ongoing) == []


def test_a_day_hung_on_a_participle_of_a_tie_dates_the_raid(extract: Any) -> None:
    text = (
        "A man stabbed two people outside a church in Linz on Saturday. "
        "Police raided nine homes linked to the suspect in Upper Austria early on Monday, prosecutors said."
    )
    actions = _events(extract(text, published="2024-03-12"), "military_action")
    assert [a.date.iso for a in actions if a.date is not None] == ["2024-03-11"]


def test_a_search_party_does_not_name_the_operation_told_after_it(extract: Any) -> None:
    text = (
        "Troops killed nine insurgents in a gunfight near Gwoza on Sunday. Search parties found two "
        "more bodies on Monday. The operation was led by the 7th Brigade, an officer said."
    )
    actions = _events(extract(text, published="2024-03-12"), "military_action")
    assert len(actions) == 1  # "the operation" is the gunfight, not a search of its own


# --- an inverted condition opened by a quote ----------------------------------------------------


def test_quoted_inverted_condition_tells_no_operation(extract: Any) -> None:
    extraction = extract(
        "The governor of Jigawa has delayed his tour of the state until next week.\n\n"
        '"Should soldiers try to rescue the students by force, they will be harmed," a leader of '
        "the abductors warned.",
        published="2024-03-14",
    )
    assert _events(extraction, "military_action") == []


# --- a group's name with or without a written ta marbuta ---------------------------------------


def test_final_h_after_a_vowel_is_one_spelling() -> None:
    assert lookup("Fitnah al-Khawarij") == "actor:tehrik-i-taliban-pakistan"
    assert lookup("Fitnah al-Khalidiyah") is None  # another name, not a spelling


# --- an including-list after a named region ------------------------------------------------------


def test_including_list_after_a_named_region(extract: Any) -> None:
    extraction = extract(
        "Iran funds several militias across the Levant, including Hezbollah in Lebanon and the "
        "Badr Organisation in Iraq.",
        published="2024-03-14",
    )
    pairs = {(r.type, frozenset((r.source, r.target))) for r in extraction.relations}
    names = {e.id: e.name for e in extraction.entities}
    pairs = {(t, frozenset(names.get(x, x) for x in p)) for t, p in pairs}
    assert ("cooperation", frozenset({"Iran", "Hezbollah"})) in pairs
    assert ("based_in", frozenset({"Badr Organisation", "Iraq"})) in pairs

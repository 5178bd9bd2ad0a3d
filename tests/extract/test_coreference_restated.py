"""One happening told again: a toll's rise told with the next day, a definite noun placed by a
town of the same region (the capital it was condemned in, a clash it was avenged in)
(coreference.py)."""

from __future__ import annotations

from typing import Any

from nexus.model import DateValue, Place


def _place(name: str, subtype: str = "city") -> Any:
    from nexus.extract.entities import EntityCluster, Mention

    cluster = EntityCluster(type="PLACE", subtype=subtype)
    cluster.add(Mention(start=0, end=len(name), text=name, sent_start=0))
    return cluster


def _draft(kind: str, token: Any) -> Any:
    from nexus.extract.events import EventDraft

    return EventDraft(type=kind, trigger=token, sent=token.sent, mentions=[token])


def _word(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.lower_ == text)


def _day(iso: str, text: str) -> DateValue:
    return DateValue(iso=iso, precision="day", text=text)


# --- a day borrowed from a coordinated clause ------------------------------------------------


def test_the_day_of_a_tolls_rise_is_borrowed(nlp: Any) -> None:
    from nexus.extract.coreference import borrowed_day

    doc = nlp("Two guards were killed on the spot, and the toll rose to five on Friday.")
    killed = _draft("attack", _word(doc, "killed"))
    killed.date = _day("2025-03-14", "Friday")
    assert borrowed_day(killed)


def test_one_doers_second_deed_lends_no_day(nlp: Any) -> None:
    from nexus.extract.coreference import borrowed_day

    doc = nlp("Raiders killed four herders and drove off their goats near Oloko on Tuesday.")
    killed = _draft("attack", _word(doc, "killed"))
    killed.date = _day("2025-03-11", "Tuesday")
    assert not borrowed_day(killed)


def test_a_days_own_clause_is_no_borrowing(nlp: Any) -> None:
    from nexus.extract.coreference import borrowed_day

    doc = nlp("Gunmen killed three teachers in Oloko on Tuesday, and police said the school was closed.")
    killed = _draft("attack", _word(doc, "killed"))
    killed.date = _day("2025-03-11", "Tuesday")
    assert not borrowed_day(killed)


def test_a_tolls_rise_on_the_next_day_is_the_same_attack(extract: Any) -> None:
    text = (
        "Gunmen stormed a police post at Dakace in Zaria district late on Thursday, killing three "
        "officers. Two more officers were killed on the spot, and the toll rose to five on Friday "
        "after the wounded died in hospital, a police spokesman said. A faction of Ansaru claimed "
        "responsibility for the assault."
    )
    attacks = [e for e in extract(text, published="2025-04-28").events if e.type == "attack"]
    assert len(attacks) == 1, [(e.date, e.trigger) for e in attacks]
    (attack,) = attacks
    assert attack.date is not None and attack.date.iso == "2025-04-24"
    assert list(attack.actors) == ["Ansaru"]


# --- a definite noun placed by a town of the same region -------------------------------------


def _condemned(nlp: Any) -> tuple[Any, Any, Any]:
    doc = nlp(
        "A bomber blew himself up at a market in Tarvo on Saturday. "
        "Militants overran an army base in Keshi on Friday. "
        "The governor condemned the market bombing in Dunmore."
    )
    blast = _draft("attack", _word(doc, "blew"))
    blast.mentions.append(_word(doc, "bombing"))  # told again as "the bombing" before
    overrun = _draft("attack", _word(doc, "overran"))
    restated = _draft("attack", _word(doc, "bombing"))
    restated.mentions = [restated.trigger]
    return blast, overrun, restated


def test_the_regional_capital_of_a_condemnation_joins_the_village_bombing(nlp: Any) -> None:
    from nexus.extract.coreference import _definite_in_region

    blast, overrun, restated = _condemned(nlp)
    village, capital, far = _place("Tarvo"), _place("Dunmore"), _place("Keshi")
    blast.places, overrun.places = [village], [far]
    restated.places = restated.own_places = [capital]
    geo = {
        id(village): Place(name="Tarvo", country="NG", admin1="Ekiti"),
        id(capital): Place(name="Dunmore", country="NG", admin1="Ekiti"),
        id(far): Place(name="Keshi", country="NG", admin1="Kwara"),
    }
    assert _definite_in_region(restated, [blast, overrun], geo, []) is blast


def test_the_same_noun_chooses_between_two_happenings_of_the_region(nlp: Any) -> None:
    from nexus.extract.coreference import _definite_in_region

    blast, overrun, restated = _condemned(nlp)
    village, capital, other = _place("Tarvo"), _place("Dunmore"), _place("Keshi")
    blast.places, overrun.places = [village], [other]
    restated.places = restated.own_places = [capital]
    geo = {id(p): Place(name=p.name, country="NG", admin1="Ekiti") for p in (village, capital, other)}
    assert _definite_in_region(restated, [blast, overrun], geo, []) is blast


def test_a_town_of_another_region_is_another_happening(nlp: Any) -> None:
    from nexus.extract.coreference import _definite_in_region

    blast, overrun, restated = _condemned(nlp)
    village, capital, far = _place("Tarvo"), _place("Dunmore"), _place("Keshi")
    blast.places, overrun.places = [village], [far]
    restated.places = restated.own_places = [capital]
    geo = {
        id(village): Place(name="Tarvo", country="NG", admin1="Ekiti"),
        id(capital): Place(name="Dunmore", country="NG", admin1="Ondo"),
        id(far): Place(name="Keshi", country="NG", admin1="Kwara"),
    }
    assert _definite_in_region(restated, [blast, overrun], geo, []) is None


def test_a_town_that_names_the_villages_district_joins(nlp: Any) -> None:
    from nexus.extract.coreference import _definite_in_region

    doc = nlp(
        "A roadside bomb tore through a truck near Sabo, a hamlet in Ranna West district. "
        "The minister condemned the Ranna bombing."
    )
    tore, bombing = _draft("attack", _word(doc, "tore")), _draft("attack", _word(doc, "bombing"))
    tore.places = [_place("Sabo"), _place("Ranna West", "admin")]
    bombing.places = bombing.own_places = [_place("Ranna")]
    assert _definite_in_region(bombing, [tore], {}, []) is tore
    bombing.own_places = bombing.places = [_place("Kowa")]
    assert _definite_in_region(bombing, [tore], {}, []) is None


def test_a_day_before_the_happening_in_its_sentence_is_another_one(nlp: Any) -> None:
    from nexus.extract.coreference import _definite_in_region

    doc = nlp(
        "A bomber blew himself up in Tarvo on Monday. "
        "Police blamed a gang for the bombing in Dunmore on Sunday."
    )
    blast, blamed = _draft("attack", _word(doc, "blew")), _draft("statement", _word(doc, "blamed"))
    bombing = _draft("attack", _word(doc, "bombing"))
    village, capital = _place("Tarvo"), _place("Dunmore")
    blast.places, bombing.places, bombing.own_places = [village], [capital], [capital]
    blast.date, blamed.date = _day("2025-03-10", "Monday"), _day("2025-03-09", "Sunday")
    geo = {id(p): Place(name=p.name, country="NG", admin1="Ekiti") for p in (village, capital)}
    assert _definite_in_region(bombing, [blast], geo, [blast, blamed, bombing]) is None
    blamed.date = _day("2025-03-11", "Tuesday")  # the day it was blamed: the same bombing
    assert _definite_in_region(bombing, [blast], geo, [blast, blamed, bombing]) is blast


def test_an_indefinite_noun_is_not_told_again(nlp: Any) -> None:
    from nexus.extract.coreference import _definite_in_region

    doc = nlp("A bomber blew himself up in Tarvo. Hours later a bombing in Dunmore killed two.")
    blast, later = _draft("attack", _word(doc, "blew")), _draft("attack", _word(doc, "bombing"))
    village, capital = _place("Tarvo"), _place("Dunmore")
    blast.places, later.places, later.own_places = [village], [capital], [capital]
    geo = {id(p): Place(name=p.name, country="NG", admin1="Ekiti") for p in (village, capital)}
    assert _definite_in_region(later, [blast], geo, []) is None


def test_an_attack_linked_to_in_a_later_clash_stays_one(extract: Any) -> None:
    text = (
        "Gunmen attacked a police station in Hong on Monday, killing four officers. "
        "Soldiers later shot dead four fighters linked to the attack in a gunfight near Mubi."
    )
    attacks = [e for e in extract(text, published="2025-04-28").events if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].place is not None and attacks[0].place.name == "Hong"


# --- a village told with its distance from a town, a region spelt two ways --------------------


def test_a_distance_describing_the_named_village_sets_no_scene_apart(nlp: Any) -> None:
    from nexus.extract.coreference import _set_off_scene

    doc = nlp(
        "The fighters rammed a truck into the gate of the base at Kolo, a village in Jara district "
        "about 30 km north of the capital, then stormed it."
    )
    assert not _set_off_scene(_draft("attack", _word(doc, "rammed")))
    doc = nlp("Gunmen ambushed the convoy 30 km north of Kolo on Tuesday.")
    assert _set_off_scene(_draft("attack", _word(doc, "ambushed")))


def test_a_region_spelt_with_a_doubled_letter_contains_its_town() -> None:
    from nexus.extract.coreference import places_compatible

    region, town = _place("Upper Haraz", "admin"), _place("Kolo")
    geo = {
        id(region): Place(name="Upper Haraz", kind="admin", country="SO", admin1="Upper Haraz"),
        id(town): Place(name="Kolo", country="SO", admin1="Upper Haraaz", lat=2.1, lon=45.1),
    }
    assert places_compatible(region, town, geo)
    geo[id(town)] = Place(name="Kolo", country="SO", admin1="Lower Haraz", lat=2.1, lon=45.1)
    assert not places_compatible(region, town, geo)


def test_a_lead_told_by_its_region_takes_the_village_of_the_next_sentence(extract: Any) -> None:
    text = (
        "Militants attacked an army outpost in Middle Shabelle region before dawn on Wednesday, "
        "killing at least 12 soldiers, officials said. The fighters first rammed a truck packed "
        "with explosives into the gate of the base at Kolo, a farming village in Balcad district "
        "about 60 km west of the capital, then stormed it on foot."
    )
    attacks = [e for e in extract(text, published="2026-03-12").events if e.type == "attack"]
    assert len(attacks) == 1, [(e.date, e.place) for e in attacks]


# --- a group and its branch as the doers of one raid -----------------------------------------


def _group(name: str) -> Any:
    from nexus.extract.entities import EntityCluster, Mention

    cluster = EntityCluster(type="ORG", subtype="armed_group")
    cluster.add(Mention(start=0, end=len(name), text=name, sent_start=0))
    return cluster


def test_a_branch_named_after_its_group_can_be_one_raids_doer() -> None:
    from nexus.extract.coreference import _same_doers

    parent, branch = _group("Ansar Dine"), _group("Ansar Dine in the Sahel")
    assert _same_doers([parent], [branch], "attack")
    assert not _same_doers([parent], [branch], "claim")  # each claims its own attacks
    assert not _same_doers([parent], [_group("Ansar al-Sunna")], "attack")

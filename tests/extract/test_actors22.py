"""Who did it on page-shaped reports: a short name the entity stage left unlinked ("KDF troops"),
the body that called a crowd out, a bare "the ministry" after the named ministry, and unnamed
state forces told by a state word in their own phrase."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract import arguments as A
from nexus.extract.entities import EntityCluster


def _actors(extraction: Any, etype: str) -> list[list[str]]:
    return [sorted(e.actors) for e in extraction.events if e.type == etype]


def test_short_name_left_unlinked_before_a_force_noun_is_the_doer(extractor: Any) -> None:
    # the entity stage sometimes links no mention to a short name written again ("LNA drones" on a
    # page): the actor rules read it from the entity's forms all the same
    from datetime import date

    from nexus.model import Document

    text = (
        "Insurgents attacked a checkpoint of the Kenya Defence Forces (KDF) near Faza on Monday "
        "night, killing two soldiers.\n"
        "KDF drones struck a suspected hideout in the Boni forest on Tuesday, killing four fighters, "
        "according to a statement from the force."
    )
    doc, _ = extractor.parse(Document(id="t22", text=text, outlet=None, published=date(2026, 3, 4)))
    index = A.cached_entity_index(doc)
    short = next(t for t in doc if t.text == "KDF" and t.i > 20)
    trigger = next(t for t in doc if t.text == "struck")
    index.pop(short.i, None)  # as the entity stage leaves it on some pages
    assert index[next(t.i for t in doc if t.text == "Kenya")].name == "Kenya Defence Forces"
    assert [c.name for c in A.actor_entities(trigger, index)] == ["Kenya Defence Forces"]


def test_crowd_called_out_by_a_body_takes_the_body_not_the_people(extract: Any) -> None:
    text = (
        "On Saturday, thousands of Aymara farmers called by the Departmental Peasant Federation of "
        "Oruro (FDCO) marched through Challapata to demand that the mining concession be withdrawn."
    )
    found = _actors(extract(text, published="2026-05-10"), "rally")
    assert found, "the march should be a rally"
    assert any("Departmental Peasant Federation of Oruro" in actors for actors in found)
    assert not any("Aymara" in actors for actors in found)


def test_bare_the_ministry_is_the_ministry_named_before(extract: Any) -> None:
    text = (
        "A roadside bomb killed three soldiers near Tessit on Monday, the Ruritanian Ministry of "
        "Internal Security said. The ministry blamed the Sahel Vanguard Front for the attack and "
        "said in a statement that its authors would be found."
    )
    found = _actors(extract(text, published="2026-05-12"), "statement")
    assert found, "the blame should be a statement"
    assert any("Ministry of Internal Security" in " ".join(actors) for actors in found)


def test_bare_the_ministry_with_two_ministries_named_takes_neither(extract: Any) -> None:
    # "the ministry" is read as a named body only when one body of that word was named before
    text = (
        "A roadside bomb killed three soldiers near Tessit on Monday, the Ruritanian Ministry of "
        "Internal Security said. The Ministry of Foreign Affairs summoned the envoy of a neighbouring "
        "state on Tuesday. The ministry blamed the Sahel Vanguard Front for the attack and said in a "
        "statement that its authors would be found."
    )
    found = _actors(extract(text, published="2026-05-12"), "statement")
    blamed = [a for a in found if any("Ministry" in x for x in a)]
    assert not any("Ministry of Foreign Affairs" in a and len(a) == 1 for a in blamed)


def test_unnamed_force_noun_with_a_state_modifier_takes_the_reports_state(extract: Any) -> None:
    text = (
        "NDJAMENA, Chad — Boko Haram fighters attacked an army post on the island of Kaiga-Kindjiria "
        "on Wednesday, killing nine soldiers.\n"
        "On Friday, air force helicopters struck a column of motorbikes heading for the border, "
        "destroying at least 20 of them, the army said."
    )
    found = [
        (e.evidence.sentence if e.evidence else "", e.actors)
        for e in extract(text, published="2026-06-13").events
        if e.type == "military_action"
    ]
    struck = [actors for evidence, actors in found if "helicopters struck" in evidence]
    assert struck, "the helicopter strike should be a military action"
    assert any("Chad" in actors for actors in struck)


def test_name_written_again_index_skips_shared_and_lowercase_forms() -> None:
    nlp = pytest.importorskip("spacy").blank("en")
    doc = nlp("The Sahel Vanguard Front ( SVF ) attacked . SVF fighters and svf men and the AB unit left")
    group = EntityCluster(
        type="ORG",
        subtype="armed_group",
        forms={"sahel vanguard front": "Sahel Vanguard Front", "svf": "SVF"},
    )
    one = EntityCluster(type="ORG", subtype="armed_group", forms={"ab": "AB"})
    other = EntityCluster(type="PERSON", forms={"ab": "AB"})
    index = {1: group, 2: group, 3: group, 5: group}
    index[50] = one  # (indices past the text: only their clusters' forms are read)
    index[51] = other
    again = A.names_written_again(doc, index)
    assert again.get(9) is group  # "SVF fighters": the short form again, unlinked
    assert 5 not in again  # (linked already)
    assert 12 not in again  # "svf" in lower case names nothing
    assert not any(doc[i].text == "AB" for i in again)  # a form two entities share is left out


def test_drones_operated_by_a_body_are_its_strike_not_the_countrys(extract: Any) -> None:
    text = (
        "MISRATA, Libya — Drones operated by the Coastal Defence Authority (CDA) struck several "
        "warehouses in the port of Zliten before dawn on Tuesday, killing at least four people, "
        "residents said."
    )
    found = _actors(extract(text, published="2026-04-02"), "military_action")
    assert found, "the drone strike should be a military action"
    assert any("Coastal Defence Authority" in actors for actors in found)
    assert not any(actors == ["Libya"] for actors in found)


def test_hyphenated_surname_alone_is_the_speaker_named_before(extract: Any) -> None:
    text = (
        "Two policemen were killed in Deir Hafer on Sunday, interior ministry spokesman Omar "
        'al-Hakimi said. "We will hunt them down," al-Hakimi said at a news conference in Aleppo.'
    )
    found = _actors(extract(text, published="2026-04-02"), "statement")
    assert ["Omar al-Hakimi"] in found


def test_blame_on_fighters_loyal_to_a_named_leader_makes_the_leader_the_doer(extract: Any) -> None:
    text = (
        "Gunmen on motorcycles raided the village of Tungan Kwaso in Bakura district on Saturday "
        "night, abducting 20 people, residents said. Villagers blamed bandits loyal to a gang leader "
        "known as Musa Kaurawa, whose men have camped in the nearby forest for months."
    )
    found = _actors(extract(text, published="2026-04-02"), "attack")
    assert ["Musa Kaurawa"] in found


def test_blame_on_unnamed_fighters_names_no_leader(extract: Any) -> None:
    text = (
        "Gunmen on motorcycles raided the village of Tungan Kwaso in Bakura district on Saturday "
        "night, abducting 20 people, residents said. Villagers blamed bandits from the forest, "
        "the district head, Musa Kaurawa, said."
    )
    found = _actors(extract(text, published="2026-04-02"), "attack")
    assert not any("Musa Kaurawa" in actors for actors in found)


_ASSAM_LEAD = (
    "GUWAHATI — Militants of the United Liberation Front of Asom (ULFA) attacked an army camp near "
    "Digboi on Monday, killing two soldiers, police said. "
)


def _attack_in(extraction: Any, words: str) -> list[list[str]]:
    return [
        sorted(e.actors)
        for e in extraction.events
        if e.type == "attack" and e.evidence is not None and words in e.evidence.sentence
    ]


def test_attack_also_claimed_by_the_group_told_as_a_bare_participle(extract: Any) -> None:
    text = _ASSAM_LEAD + (
        "On March 3, a gunman opened fire on a bus on the road to Margherita, killing five "
        "passengers, in an attack also claimed by the group."
    )
    found = _attack_in(extract(text, published="2026-04-02"), "Margherita")
    assert found, "the bus shooting should be an attack"
    assert ["United Liberation Front of Asom"] in found


def test_the_militants_own_raid_is_the_group_named_before(extract: Any) -> None:
    text = (
        _ASSAM_LEAD
        + "The militants' deadliest raid, on a market in Tinsukia in February 2008, killed 12 people."
    )
    found = _attack_in(extract(text, published="2026-04-02"), "Tinsukia")
    assert found, "the older raid should be an attack"
    assert ["United Liberation Front of Asom"] in found


def test_an_attack_listed_among_the_groups_attacks_is_the_groups(extract: Any) -> None:
    text = _ASSAM_LEAD + (
        "The group has since carried out a string of attacks in the state, including the 2008 "
        "bombing of a market in Tinsukia, which killed 12 people."
    )
    found = _attack_in(extract(text, published="2026-04-02"), "Tinsukia")
    assert found
    assert ["United Liberation Front of Asom"] in found

"""Tolls (session 32): a happening ranked in a conjoined clause ('killed 12 and was the worst
attack in the province this year') keeps its own toll; a group's mouthpiece speaks for the group,
so its figure is a claimant's; a count of armed men killed during the forces' raid is the raid's
even when the sentence also names the attack; a toll a source had given before ('had on Saturday
given a toll of five') is an early count that later additions build on; on a live blog written
newest first a figure continues no event of the entry above it, and the story's main event is the
one its oldest entry tells."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from nexus.extract.casualties import find_casualties


def figures(nlp: Language, text: str) -> list[tuple[str, int, bool, bool]]:
    """(kind, value, aggregate, claimed) of every figure of the text's sentences (with the
    pipeline's entity stage when ``nlp`` is Nexus's, which tells armed groups apart)."""
    doc = nlp(text)
    return [(m.kind, m.count.value, m.aggregate, m.claimed) for s in doc.sents for m in find_casualties(s)]


def killed_by_place(extraction: Any) -> dict[str, int | None]:
    """Killed of each violent event, by the event's place name."""
    return {
        (e.place.name if e.place else ""): (e.killed.value if e.killed else None)
        for e in extraction.events
        if e.type in ("attack", "military_action")
    }


# --------------------------------------------------------------------------- a ranked happening


def test_a_happening_ranked_in_a_conjoined_clause_keeps_its_toll(nlp: Language) -> None:
    text = (
        "The bombing of the bus depot in March killed 12 people and was the worst attack "
        "in the province this year."
    )
    assert ("killed", 12, False, False) in figures(nlp, text)


def test_a_tally_ranked_the_same_way_stays_a_tally(nlp: Language) -> None:
    text = "Raids by bandits have killed 40 people in the state this year and remain the worst in a decade."
    assert ("killed", 40, True, False) in figures(nlp, text)


# --------------------------------------------------------------------------- a group's mouthpiece


def test_a_groups_mouthpiece_gives_a_claimants_figure(extractor: Any) -> None:
    text = "Boko Haram's propaganda channel claimed the raid and asserted that 45 soldiers had been killed."
    assert ("killed", 45, False, True) in figures(extractor.nlp, text)


def test_a_rights_groups_report_is_no_claim(extractor: Any) -> None:
    text = "A rights group's report said that 45 villagers had been killed in the raid."
    assert ("killed", 45, False, False) in figures(extractor.nlp, text)


# --------------------------------------------------------------------------- person nouns


def test_a_wounded_detective_counts_one(nlp: Language) -> None:
    text = "Gunmen shot and wounded a detective outside a courthouse in Kisumu on Friday."
    assert ("injured", 1, False, False) in figures(nlp, text)


# --------------------------------------------------------------------------- the raid's own dead


def test_a_suspect_shot_dead_in_the_raid_is_the_raids_toll(extract: Any) -> None:
    text = (
        "A roadside bomb killed three soldiers near Maroua on Monday, the army said. "
        "Police detained two men on Thursday in a raid on a farmhouse in Mokolo, "
        "in the course of which a third suspect was shot dead as he ran."
    )
    assert killed_by_place(extract(text, published="2025-06-14")).get("Mokolo") == 1


# --------------------------------------------------------------------------- an early count given before


def test_more_bodies_add_to_a_toll_given_before(extract: Any) -> None:
    text = (
        "Gunmen killed nine villagers in a raid on Dangi late on Friday, officials said. "
        "The police had on Saturday given a toll of five dead. "
        "Four more bodies were found in the bush near Dangi on Sunday, a councillor said."
    )
    assert killed_by_place(extract(text, published="2025-06-16")).get("Dangi") == 9


# --------------------------------------------------------------------------- a live blog, newest first

_BLOG = (
    "LIVE: Raid on a village in Borno\n"
    "12:40 — Air force jets struck a column of fighters near Gubio on Wednesday, killing 15 of them, "
    "the military said.\n"
    "11:05 — The toll has risen to 19, a local official said.\n"
    "09:30 — Gunmen on motorbikes raided the village of Kaleri overnight, killing at least 11 people, "
    "residents said.\n"
)


def test_a_blog_figure_continues_no_event_of_the_entry_above(extract: Any) -> None:
    killed = killed_by_place(extract(_BLOG, published="2025-06-18"))
    assert killed.get("Kaleri") == 19


def test_the_entry_above_keeps_its_own_toll(extract: Any) -> None:
    killed = killed_by_place(extract(_BLOG, published="2025-06-18"))
    assert killed.get("Gubio") == 15


# --------------------------------------------------------------------------- a headline's group


def test_a_headline_group_is_not_summed_with_the_leads(extract: Any) -> None:
    text = (
        "Militants overrun army post in Yobe; four farmers killed near Geidam\n"
        "Militants stormed an army post in Buni Gari on Tuesday night, killing at least nine soldiers, "
        "a security source said."
    )
    killed = {e.killed.value for e in extract(text, published="2025-06-18").events if e.killed is not None}
    assert 13 not in killed

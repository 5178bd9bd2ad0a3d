"""Actor kinds on whole reports: a weapon's maker is no actor, and a doer that is only
suspected or believed is the actor with the hedge (arguments.py, attribution.py, actor_carry.py)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language


def _violent(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type in ("attack", "military_action")]


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        (
            "A Belarusian-made drone hit a fuel truck outside Tobruk on Friday, killing two drivers.",
            "Belarus",
        ),
        (
            "Rebels shelled the airport in Gao on Friday with Chinese-supplied mortars, wounding six people.",
            "China",
        ),
        (
            "A German-built armoured car carrying militia fighters struck a mine near Sirte on Friday, "
            "killing three of them.",
            "Germany",
        ),
        ("An Indian-manufactured drone flown by insurgents bombed a depot in Tamu on Friday.", "India"),
    ],
)
def test_the_country_that_made_or_sold_a_weapon_is_no_actor(extract: Any, text: str, maker: str) -> None:
    events = _violent(extract(text, published="2025-02-08"))
    assert events
    assert all(maker not in e.actors for e in events)


def test_a_nationality_without_a_maker_word_still_names_the_state(extract: Any) -> None:
    events = _violent(
        extract(
            "Egyptian jets struck a convoy near Kufra on Friday, killing four smugglers.",
            published="2025-02-08",
        )
    )
    assert events
    assert "Egypt" in events[0].actors


def test_a_backed_militia_is_not_its_backer(extract: Any) -> None:
    text = "Moscow-backed militiamen stormed a checkpoint near Bambari on Friday, killing two gendarmes."
    events = _violent(extract(text, published="2025-02-08"))
    assert events
    assert all("Russia" not in e.actors and "Moscow" not in e.actors for e in events)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Gunmen believed to belong to the Ansaru group shot dead nine miners near Kachia on Thursday.",
            "Ansaru",
        ),
        (
            "Fighters suspected of belonging to Ansaru attacked a police post near Kachia on Thursday.",
            "Ansaru",
        ),
        (
            "Militants thought to be members of the Mai-Mai Yakutumba militia raided a market "
            "in Fizi on Thursday, killing five traders.",
            "Mai-Mai Yakutumba",
        ),
    ],
)
def test_gunmen_believed_to_belong_to_a_group_make_it_the_hedged_actor(
    extract: Any, text: str, group: str
) -> None:
    events = _violent(extract(text, published="2025-02-07"))
    assert events
    attack = events[0]
    assert group in attack.actors
    assert attack.attribution.hedged


def test_suspected_group_in_a_when_clause_hedges_the_killing(extract: Any) -> None:
    text = (
        "Eleven villagers were killed and four wounded when suspected Lord's Resistance Army fighters "
        "raided Obo on Wednesday night, local leaders said."
    )
    events = _violent(extract(text, published="2025-02-07"))
    assert events
    killing = events[0]
    assert "Lord's Resistance Army" in killing.actors
    assert killing.attribution.hedged


def test_suspected_group_as_subject_hedges_the_attack(extract: Any) -> None:
    text = "Suspected Ansaru militants killed six herders near Kachia on Tuesday, officials said."
    events = _violent(extract(text, published="2025-02-07"))
    assert events and "Ansaru" in events[0].actors
    assert events[0].attribution.hedged


def test_a_group_named_plainly_is_not_hedged(extract: Any) -> None:
    text = "Ansaru militants killed six herders near Kachia on Tuesday, officials said."
    events = _violent(extract(text, published="2025-02-07"))
    assert events and "Ansaru" in events[0].actors
    assert not events[0].attribution.hedged


def test_attackers_tied_to_a_group_in_the_next_sentence(extract: Any) -> None:
    text = (
        "Unidentified gunmen killed five fishermen on Lake Chad near Baga on Saturday. "
        "The attackers were believed to be members of the Ansaru group, a fisherman said."
    )
    events = _violent(extract(text, published="2025-02-09"))
    assert events
    assert "Ansaru" in events[0].actors
    assert events[0].attribution.hedged


def test_attackers_said_plainly_to_belong_to_a_group_are_not_hedged(extract: Any) -> None:
    text = (
        "Gunmen killed two guards at a quarry near Kachia on Saturday. "
        "The gunmen belonged to an Ansaru cell, police said."
    )
    events = _violent(extract(text, published="2025-02-09"))
    assert events
    assert "Ansaru" in events[0].actors
    assert not events[0].attribution.hedged


def test_a_following_sentence_with_a_happening_of_its_own_gives_no_doer(extract: Any) -> None:
    text = (
        "Gunmen killed two guards at a quarry near Kachia on Saturday. "
        "Troops later killed four Ansaru militants in a raid on a camp near Birnin Gwari."
    )
    events = [e for e in extract(text, published="2025-02-09").events if e.type == "attack"]
    assert events
    assert "Ansaru" not in events[0].actors


def test_an_accusation_coordinated_with_a_reported_clause_is_the_speakers(extract: Any) -> None:
    text = (
        "The Ogaden National Liberation Front said government troops had burned three villages "
        "near Degehabur and accused Addis Ababa of collective punishment."
    )
    statements = [e for e in extract(text, published="2025-03-02").events if e.type == "statement"]
    assert statements
    assert all("Ethiopia" not in s.actors for s in statements)
    assert any("Ogaden National Liberation Front" in s.actors for s in statements)


def test_a_speech_act_hung_on_the_reported_clause_takes_the_reporters_subject(nlp: Language) -> None:
    """The parse the fault came from, built by hand: "X said Y had shelled Z and accused W":
    the parser hangs "accused" on "shelled" (the reported clause), whose subject accused nobody."""
    from spacy.tokens import Doc

    from nexus.extract.arguments import _subject_tokens

    words = [
        "The",
        "front",
        "said",
        "the",
        "army",
        "had",
        "shelled",
        "Derik",
        "and",
        "accused",
        "Ankara",
        ".",
    ]
    heads = [1, 2, 2, 4, 6, 6, 2, 6, 6, 6, 9, 2]
    deps = ["det", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "dobj", "cc", "conj", "dobj", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "VBD", "VBN", "NNP", "CC", "VBD", "NNP", "."]
    lemmas = ["the", "front", "say", "the", "army", "have", "shell", "Derik", "and", "accuse", "Ankara", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "PROPN", "CCONJ", "VERB", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas, pos=pos)
    assert [t.text for t in _subject_tokens(doc[9])] == ["front"]
    assert [t.text for t in _subject_tokens(doc[6])] == ["army"]


def test_links_listed_under_a_bare_also_read_line_give_no_events(extract: Any) -> None:
    text = (
        "Militants kill two guards in Wajir\n\n"
        "WAJIR, March 2 - Militants killed two guards at a water project in Wajir county on Sunday, "
        "police said.\n\n"
        "Also read:\n"
        "- Gunmen kill nine at a quarry in Tana River\n"
        "- Soldiers ambushed near Ras Kamboni\n"
    )
    events = extract(text, published="2025-03-03").events
    assert events
    assert all(
        "quarry" not in e.evidence.sentence and "Ras Kamboni" not in e.evidence.sentence for e in events
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Gunmen ambushed a lorry carrying ballot boxes near Jalingo on Thursday, killing the driver.",
            "lorry carrying ballot boxes",
        ),
        (
            "Militants fired on a minibus of wedding guests near Dera Bugti on Thursday.",
            "minibus of wedding guests",
        ),
        (
            "Bandits abducted eight engineers of a solar power company near Gusau on Thursday.",
            "eight engineers of a solar power company",
        ),
        (
            "Rebels torched a shelter for flood victims near Kalemie on Thursday, killing two women.",
            "shelter for flood victims",
        ),
    ],
)
def test_the_target_keeps_what_describes_it(extract: Any, text: str, target: str) -> None:
    events = _violent(extract(text, published="2025-03-07"))
    assert events
    assert target in events[0].targets


def test_the_place_and_time_after_a_target_stay_out_of_it(extract: Any) -> None:
    text = "Gunmen attacked a bus of traders near Kachia on Thursday, killing four of them."
    events = _violent(extract(text, published="2025-03-07"))
    assert events
    assert "bus of traders" in events[0].targets
    assert all("Kachia" not in t and "Thursday" not in t for t in events[0].targets)


def test_an_unknown_acronym_before_fighters_is_the_armed_group_that_acted(extract: Any) -> None:
    text = "In March 2023, ZANOCO fighters killed 14 herders at a cattle camp near Bule, residents said."
    extraction = extract(text, published="2025-03-07")
    events = _violent(extraction)
    assert events and "ZANOCO" in events[0].actors
    group = next(e for e in extraction.entities if e.name == "ZANOCO")
    assert (group.type, group.subtype) == ("ORG", "armed_group")


def test_a_capitalised_headline_word_before_fighters_is_no_group(extract: Any) -> None:
    text = "ARMY KILLS REBEL FIGHTERS\n\nTroops killed six rebels near Bule on Monday, the army said."
    names = {e.name for e in extract(text, published="2025-03-07").entities}
    assert "REBEL" not in names


def test_a_group_named_before_its_fighters_acts_whatever_the_parse(extract: Any) -> None:
    text = "In May 2021, IS fighters overran a prison outside Rumbek, freeing dozens of inmates."
    events = _violent(extract(text, published="2025-03-07"))
    assert events
    assert any(a in ("IS", "Islamic State") for a in events[0].actors)


def test_the_army_that_speaks_of_its_air_force_is_the_states_not_a_militia_named_before(extract: Any) -> None:
    text = (
        "Jihadists ambushed a convoy escorted by soldiers and the Homeland Guard Volunteers, a civilian "
        "militia, near Gayeri in Burkina Faso on Tuesday, killing nine of them.\n\n"
        "The army said in a statement on Wednesday that its air force had killed dozens of the "
        "attackers in strikes near the border."
    )
    strikes = [e for e in extract(text, published="2025-03-12").events if e.type == "military_action"]
    assert strikes
    assert strikes[0].actors == ["Burkina Faso"]


def test_security_forces_reported_by_a_state_body_are_that_states(extract: Any) -> None:
    text = (
        "Militants stormed a police post in Orakzai on Sunday, killing four policemen.\n\n"
        "A Frontier Corps spokesman said security forces responded and killed seven militants in the "
        "ensuing operation. Pakistan has accused Afghanistan of sheltering the militants, and officials "
        "said the attackers had trained in the Kunar province of Afghanistan, near the border of Afghanistan."
    )
    strikes = [e for e in extract(text, published="2025-03-11").events if e.type == "military_action"]
    assert strikes
    assert "Afghanistan" not in strikes[0].actors


def test_a_state_accused_of_sheltering_the_attackers_is_no_actor_of_the_attack(extract: Any) -> None:
    text = (
        "Gunmen attacked a checkpoint in Bajaur on Friday, killing three policemen. "
        "Islamabad has accused Afghanistan of harbouring the militants."
    )
    events = _violent(extract(text, published="2025-03-15"))
    assert events
    assert events[0].type == "attack"
    assert "Afghanistan" not in events[0].actors


def test_a_state_blamed_for_the_attack_itself_is_its_actor(extract: Any) -> None:
    text = (
        "A car bomb killed four soldiers at a base in Kidal on Friday. "
        "The rebels blamed Mali for the bombing."
    )
    events = _violent(extract(text, published="2025-03-15"))
    assert events
    assert "Mali" in events[0].actors


def test_a_nationality_force_beside_a_named_militia_is_a_joint_actor(extract: Any) -> None:
    text = (
        "Cameroonian soldiers and Vigilance Committee fighters repelled a raid on Kolofata on Friday, "
        "killing 11 insurgents."
    )
    strikes = [e for e in extract(text, published="2025-03-15").events if e.type == "military_action"]
    assert strikes
    assert "Cameroon" in strikes[0].actors


def test_a_group_blamed_for_similar_attacks_is_the_suspected_doer(extract: Any) -> None:
    text = (
        "A bomb went off at a bus park in Gwoza on Friday, killing seven people. No group has claimed the "
        "attack, but Ansaru, which has been blamed for similar bombings, operates in the area."
    )
    events = _violent(extract(text, published="2025-03-15"))
    assert events
    assert "Ansaru" in events[0].actors
    assert events[0].attribution.hedged


def test_fighters_from_a_named_group_are_that_groups(extract: Any) -> None:
    text = "Fighters from Ansaru, a Qaeda-aligned faction, attacked a police post near Kachia on Friday."
    events = _violent(extract(text, published="2025-03-15"))
    assert events
    assert "Ansaru" in events[0].actors


def test_the_groups_fighters_named_by_its_outlet_are_the_groups(extract: Any) -> None:
    text = (
        "Amaq, the Islamic State's propaganda outlet, reported on Friday that the group's fighters "
        "staged the ambush near Tillia."
    )
    events = _violent(extract(text, published="2025-03-15"))
    assert events
    assert "Islamic State" in events[0].actors
    assert all("Amaq" not in e.actors for e in events)


def test_they_after_unnamed_fighters_are_the_fighters_not_a_state_named_before(extract: Any) -> None:
    text = (
        "Burkina Faso: soldiers killed near Gorom-Gorom\n\n"
        "Fighters of a Qaeda-aligned group killed at least 30 soldiers when they stormed an army post near "
        "Gorom-Gorom on Monday, security sources said."
    )
    events = _violent(extract(text, published="2025-08-12"))
    assert events
    assert events[0].type == "attack"
    assert "Burkina Faso" not in events[0].actors


def test_the_group_a_hyphenated_name_is_allied_to_is_no_actor(extract: Any) -> None:
    events = _violent(
        extract(
            "Fighters of the al-Shabaab-allied militia Jaysh Badr stormed a police post in Afgoye on Friday, "
            "killing four officers.",
            published="2025-02-08",
        )
    )
    assert events
    assert "al-Shabaab" not in events[0].actors


def test_a_group_described_after_a_comma_does_not_make_its_parent_an_actor(extract: Any) -> None:
    events = _violent(
        extract(
            "Officials say they killed 40 militants after fighters of Katiba Serma (KS), al Qaeda's branch "
            "in Mali, stormed army posts in three towns on Sunday.",
            published="2025-02-10",
        )
    )
    stormed = [e for e in events if e.trigger == "stormed"]
    assert stormed and "Katiba Serma" in stormed[0].actors and "al Qaeda" not in stormed[0].actors


# ---------------------------------------------------------------- case kinds, in other words


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Militants killed three guards at a bank in Mardan on Friday. "
            "On Saturday, a blast wounded nine people in India's Manipur state.",
            "India",
        ),
        (
            "A man stabbed four shoppers in Rouen on Tuesday. "
            "On Wednesday, gunmen killed six villagers in Nigeria's Zamfara state.",
            "Nigeria",
        ),
        (
            "A car bomb killed five soldiers in Gao on Monday, the army said. Separately, a drone struck "
            "a wedding in Sudan's North Kordofan province, killing 12.",
            "Sudan",
        ),
    ],
)
def test_a_country_named_in_a_later_sentence_acts_in_no_event(extract: Any, text: str, country: str) -> None:
    events = _violent(extract(text, published="2025-03-10"))
    assert len(events) >= 2
    assert all(country not in e.actors for e in events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Nine farmers were killed in a raid by bandits in north-western Nigeria, villagers said.",
            "Nigeria",
        ),
        (
            "Gunmen killed four teachers in eastern Burkina Faso on Thursday, a local official said.",
            "Burkina Faso",
        ),
        (
            "Five policemen died when their truck hit a roadside bomb in southern Somalia on Saturday.",
            "Somalia",
        ),
    ],
)
def test_the_country_an_attack_happened_in_is_not_its_actor(extract: Any, text: str, country: str) -> None:
    events = _violent(extract(text, published="2025-03-10"))
    assert events
    assert all(country not in e.actors for e in events)


@pytest.mark.parametrize(
    ("text", "group", "parent"),
    [
        (
            "Militants of the Islamic State-affiliated group ISWAP overran an army base in Marte on Sunday, "
            "killing 12 soldiers.",
            "ISWAP",
            "Islamic State",
        ),
        (
            "Gunmen from the Iran-backed faction Kataib Sayyid al-Shuhada fired rockets at a base near Erbil "
            "on Monday, wounding three contractors.",
            "Kataib Sayyid al-Shuhada",
            "Iran",
        ),
        (
            "Fighters of the al Qaeda-aligned group Katiba Serma ambushed a convoy near Boni on Friday, "
            "killing seven soldiers.",
            "Katiba Serma",
            "al Qaeda",
        ),
    ],
)
def test_a_group_introduced_by_its_tie_is_the_actor_not_its_patron(
    extract: Any, text: str, group: str, parent: str
) -> None:
    events = _violent(extract(text, published="2025-03-10"))
    assert events
    assert group in events[0].actors and parent not in events[0].actors


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Provincial police chief Farid Zia Wardak said seven people died in the blast in Kunduz.",
            "Farid Zia Wardak",
        ),
        (
            "District commissioner Joseph Lekuton said three herders were shot dead near Marsabit.",
            "Joseph Lekuton",
        ),
        (
            "Army spokesman Colonel Musa Balarabe said troops killed nine insurgents near Bama on Thursday.",
            "Musa Balarabe",
        ),
    ],
)
def test_the_person_behind_a_title_is_a_person(extract: Any, text: str, person: str) -> None:
    types = {e.name: e.type for e in extract(text, published="2025-03-10").entities}
    assert types.get(person) == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Uganda People's Defence Forces (UPDF) said soldiers killed four rebels near Beni on Friday.",
            "Uganda People's Defence Forces",
        ),
        (
            "The Nigerian Security and Civil Defence Corps (NSCDC) said its men arrested six suspected "
            "kidnappers in Lokoja on Tuesday.",
            "Nigerian Security and Civil Defence Corps",
        ),
        (
            "The Syrian Democratic Forces (SDF) said its fighters killed three Islamic State militants in "
            "Hasakah on Sunday.",
            "Syrian Democratic Forces",
        ),
    ],
)
def test_an_acronym_defined_in_brackets_names_the_organisation(extract: Any, text: str, name: str) -> None:
    orgs = {e.name for e in extract(text, published="2025-03-10").entities if e.type == "ORG"}
    assert name in orgs


@pytest.mark.parametrize(
    ("text", "verb_noun"),
    [
        ("Attackers opened fire on a bus in Khuzdar on Saturday, killing four passengers.", "fire"),
        ("Bandits set fire to a market in Gusau on Monday, killing three traders.", "fire"),
        ("Insurgents took aim at a patrol near Mubi on Friday, killing two soldiers.", "aim"),
    ],
)
def test_a_noun_of_the_verb_phrase_is_no_target(extract: Any, text: str, verb_noun: str) -> None:
    events = _violent(extract(text, published="2025-03-10"))
    assert events
    assert all(verb_noun not in [t.lower() for t in e.targets] for e in events)


def test_a_country_just_before_an_officials_said_tail_is_not_the_speaker(extract: Any) -> None:
    extraction = extract(
        "Turkey arms the Syrian National Army in Syria, officials said.", published="2025-03-10"
    )
    assert all("Syria" not in e.actors for e in extraction.events)


@pytest.mark.parametrize(
    "text",
    [
        "Six police officers died when their vehicle hit a roadside bomb in eastern Kenya, police said.",
        "The rebels launched a missile that struck a fuel depot in Marib on Friday, killing two guards.",
    ],
)
def test_a_weapon_is_never_the_target(extract: Any, text: str) -> None:
    events = _violent(extract(text, published="2025-03-10"))
    assert events
    assert not any("bomb" in t.lower() or "missile" in t.lower() for e in events for t in e.targets)

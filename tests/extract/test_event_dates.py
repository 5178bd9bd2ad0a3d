"""When an event happened: the date its own clause gives (event_dates.py), through the pipeline."""

from __future__ import annotations

from typing import Any


def test_a_participle_opening_the_sentence_dates_its_main_clause(extract: Any) -> None:
    text = "Speaking to reporters in Kaduna on March 3, the governor condemned the killing of nine farmers."
    (statement,) = [e for e in extract(text, published="2025-03-12").events if e.type == "statement"]
    assert statement.date is not None and statement.date.iso == "2025-03-03"


def test_a_clause_with_its_own_subject_does_not_lend_its_date(extract: Any) -> None:
    text = "After police arrested two men on March 3, the governor condemned the killing of nine farmers."
    (statement,) = [e for e in extract(text, published="2025-03-12").events if e.type == "statement"]
    assert statement.date is None or statement.date.iso != "2025-03-03"


def test_a_date_on_the_second_of_two_coordinated_verbs_dates_the_first(extract: Any) -> None:
    # one subject, one moment: the adjunct after "wounded ..." also dates "shot"
    text = (
        "A gunman shot dead three people and injured four others, including two guards, at a bus "
        "depot in the northern town of Tarvel on Thursday, March 13, 2025, officials said on Friday."
    )
    attacks = [e for e in extract(text, published=None).events if e.type == "attack"]
    assert [e.date.iso if e.date else None for e in attacks] == ["2025-03-13"]


def test_two_coordinated_verbs_with_subjects_of_their_own_keep_their_own_days(extract: Any) -> None:
    text = (
        "Militants ambushed a convoy near Rasha on Monday, and troops raided their hideout "
        "in the hills on Wednesday, the army said."
    )
    by_type = {e.type: e for e in extract(text, published="2025-03-14").events}
    assert by_type["attack"].date is not None and by_type["attack"].date.iso == "2025-03-10"
    assert by_type["military_action"].date is not None and by_type["military_action"].date.iso == "2025-03-12"


def test_a_date_on_the_first_of_two_coordinated_verbs_dates_the_second(extract: Any) -> None:
    text = (
        "A tribunal in Niamey on Tuesday declared the Mahmuda movement a terrorist body and banned it, "
        "the justice ministry said."
    )
    bans = [e for e in extract(text, published="2025-02-07").events if e.type == "sanction"]
    assert bans and all(e.date is not None and e.date.iso == "2025-02-04" for e in bans)


def test_the_day_a_source_acted_does_not_date_the_event(extract: Any) -> None:
    text = (
        "Gunmen stormed the town of Mocimboa on Tuesday. More than twenty people were killed during "
        "the assault, according to fishermen who came back on Thursday to find the bodies."
    )
    attacks = [e for e in extract(text, published="2024-05-11").events if e.type == "attack"]
    assert attacks and all(e.date is not None and e.date.iso == "2024-05-07" for e in attacks)


def test_a_possessive_day_of_another_happening_does_not_date_the_retaliation(extract: Any) -> None:
    text = (
        "The air force struck 40 targets in Somalia overnight, in retaliation for last Monday's "
        "ambush that killed nine soldiers near Bulo Burde."
    )
    events = extract(text, published="2024-03-15").events
    strikes = [e for e in events if e.type == "military_action"]
    assert strikes and all(e.date is not None and e.date.iso == "2024-03-15" for e in strikes)


def test_a_month_told_with_a_merged_mention_beats_a_bare_year() -> None:
    import spacy

    from nexus.extract.events import EventDraft, absorb
    from nexus.model import DateValue

    doc = spacy.blank("en")("jets struck ; strikes killed")
    year = EventDraft(type="military_action", trigger=doc[1], sent=doc[:], mentions=[doc[1]])
    year.date = DateValue(iso="2024", precision="year")
    month = EventDraft(type="military_action", trigger=doc[3], sent=doc[:], mentions=[doc[3]])
    month.date = DateValue(iso="2024-02", precision="month")
    absorb(year, month)
    assert year.date is not None and year.date.iso == "2024-02"


def test_a_recalled_claim_without_a_day_of_its_own_takes_its_objects_day(extract: Any) -> None:
    text = (
        "The government has put the Ridge Vanguard, the cell that claimed the February 9 ambush "
        "of a police patrol near Kelmor, on its list of banned groups."
    )
    claims = [e for e in extract(text, published="2024-11-20").events if e.type == "claim"]
    assert claims and claims[0].date is not None and claims[0].date.iso == "2024-02-09"


def test_a_claim_with_its_own_day_keeps_it_over_its_objects_day(extract: Any) -> None:
    text = "The Ridge Vanguard on Sunday claimed the February 9 ambush of a police patrol near Kelmor."
    claims = [e for e in extract(text, published="2024-02-13").events if e.type == "claim"]
    assert claims and claims[0].date is not None and claims[0].date.iso == "2024-02-11"


def test_a_dated_year_after_the_noun_an_arrest_is_over_is_that_happening_s_day(extract: Any) -> None:
    text = (
        "Prosecutors on Monday charged two men over the stabbing at a railway station in Lyon on "
        "March 14, 2023, in which one man died."
    )
    attacks = [e for e in extract(text, published="2025-01-16").events if e.type == "attack"]
    assert [a.date.iso if a.date else None for a in attacks] == ["2023-03-14"]


def test_last_weeks_happening_named_by_a_possessive_keeps_its_own_week(extract: Any) -> None:
    text = (
        "Police on Friday detained three suspects over last week's ambush of a bus near Tolvi, "
        "which killed four."
    )
    events = extract(text, published="2025-09-19").events
    (attack,) = [e for e in events if e.type == "attack"]
    assert attack.date is not None and attack.date.iso == "2025-09-12"


def test_the_eve_of_a_named_happening_dates_the_verb_not_the_happening(extract: Any) -> None:
    text = "Gunmen shot dead a candidate in the town of Ferra on the eve of the October 12 local elections."
    (attack,) = [e for e in extract(text, published="2025-10-14").events if e.type == "attack"]
    assert attack.date is not None and attack.date.iso == "2025-10-11"


def test_a_happening_the_lead_came_after_keeps_its_own_earlier_day(extract: Any) -> None:
    text = (
        "A car bomb killed nine people outside a court in Varos on Tuesday. The blast came a week "
        "after gunmen shot dead three judges' guards at a checkpoint in the same city."
    )
    attacks = [e for e in extract(text, published="2025-11-20").events if e.type == "attack"]
    assert sorted(a.date.iso for a in attacks if a.date) == ["2025-11-11", "2025-11-18"]


def test_a_counted_part_introduced_with_its_own_day_takes_that_day(extract: Any) -> None:
    text = (
        "At least ten people were killed in two attacks in the Dorvo valley this week, officials "
        "said on Friday. The first attack, on Tuesday, hit a bus near Selki, where a bomb killed "
        "six passengers. On Thursday, gunmen shot dead four farmers near Ulmar."
    )
    attacks = [e for e in extract(text, published="2025-06-13").events if e.type == "attack"]
    assert sorted(a.date.iso for a in attacks if a.date) == ["2025-06-10", "2025-06-12"]


def test_weeks_after_another_happening_tells_an_earlier_one_apart(extract: Any) -> None:
    text = (
        "A grenade wounded nine shoppers at a market in Perlo on Saturday. The attack came weeks "
        "after gunmen torched a clinic in the same district, killing two nurses."
    )
    attacks = [e for e in extract(text, published="2025-10-20").events if e.type == "attack"]
    assert len(attacks) == 2
    older = next(a for a in attacks if a.killed is not None)
    assert older.killed.value == 2 and older.date is not None and older.date.iso < "2025-10-18"


def test_a_headline_day_dates_a_body_told_only_by_its_report_day(extract: Any) -> None:
    text = (
        "Four guards killed in Friday night raid on Valso depot\n\n"
        "Four guards died when armed men raided a fuel depot outside Valso, the company said on "
        "Monday. The raiders escaped with two tankers."
    )
    attacks = [e for e in extract(text, published="2025-03-17").events if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].date is not None and attacks[0].date.iso == "2025-03-14"


def test_a_day_qualifying_a_time_of_day_is_no_part_of_a_name(extract: Any) -> None:
    text = "Three soldiers were killed in a Tuesday morning ambush near the village of Hirka."
    (attack,) = [e for e in extract(text, published="2025-03-20").events if e.type == "attack"]
    assert attack.date is not None and attack.date.iso == "2025-03-18"


def test_the_first_days_after_a_massacre_are_a_span_not_an_offset(extract: Any) -> None:
    text = (
        "The toll from last Friday's gang attack on the town of Verlo has climbed to 60, officials "
        "said on Tuesday, up from the 35 reported in the first days after the massacre."
    )
    attacks = [e for e in extract(text, published="2025-10-14").events if e.type == "attack"]
    assert len(attacks) == 1


def test_a_participle_on_the_speaker_dates_the_statement(extract: Any) -> None:
    text = (
        "Rebels shelled a camp for displaced people near Tawila on Sunday. "
        "Regional governor Musa Adam, speaking in Fasher on Monday, said aid convoys would resume."
    )
    (statement,) = [e for e in extract(text, published="2025-07-03").events if e.type == "statement"]
    assert statement.date is not None and statement.date.iso == "2025-06-30"


def test_a_participle_after_a_titled_speaker_dates_the_condemnation(extract: Any) -> None:
    text = (
        "A bomb killed two guards at a fuel depot in Korbach on Friday. The interior minister, "
        "Lena Maric, addressing parliament on Tuesday, condemned the bombing."
    )
    statements = [e for e in extract(text, published="2025-11-13").events if e.type == "statement"]
    assert statements and all(s.date is not None and s.date.iso == "2025-11-11" for s in statements)


def test_a_participle_on_the_speaker_places_the_statement_where_it_was_spoken(extract: Any) -> None:
    text = (
        "Gunmen killed four herders near Kapedo on Saturday. County commissioner Ruth Chelimo, "
        "speaking in Kabarnet on Monday, warned that the attackers would be hunted down."
    )
    (statement,) = [e for e in extract(text, published="2025-08-13").events if e.type == "statement"]
    assert statement.date is not None and statement.date.iso == "2025-08-11"
    assert statement.place is not None and statement.place.name == "Kabarnet"


def test_an_offset_from_the_attack_is_not_counted_from_the_day_of_the_saying(extract: Any) -> None:
    # "said on Monday ... three days before the attack": Monday dates the saying, not the attack
    text = (
        "Gunmen attacked a police post in Ben Gardane on Saturday, killing two officers. The minister "
        "said in Sfax on Monday that the two men had crossed from Libya three days before the attack."
    )
    attacks = [e for e in extract(text, published="2025-11-04").events if e.type == "attack"]
    assert [a.date.iso if a.date else None for a in attacks] == ["2025-11-01"]


def test_an_offset_on_the_dated_clause_itself_still_counts(extract: Any) -> None:
    text = "The governor visited Kebbi on Monday, three days after bandits killed eleven farmers there."
    attacks = [e for e in extract(text, published="2025-11-04").events if e.type == "attack"]
    assert [a.date.iso if a.date else None for a in attacks] == ["2025-10-31"]


def test_a_frame_counted_back_from_the_happening_it_names(extract: Any) -> None:
    text = (
        "Gunmen killed three police officers at a checkpoint near Izberbash on Sunday. Two weeks before "
        "the shooting, a traffic policeman was stabbed and wounded at a bus station in Buynaksk."
    )
    attacks = {
        e.place.name: e
        for e in extract(text, published="2025-10-21").events
        if e.type == "attack" and e.place
    }
    assert attacks["Izberbash"].date is not None and attacks["Izberbash"].date.iso == "2025-10-19"
    assert attacks["Buynaksk"].date is not None and attacks["Buynaksk"].date.iso == "2025-10-05"


def test_a_speakers_participle_does_not_date_an_offset_from_the_attack(extract: Any) -> None:
    text = (
        "Gunmen stormed a hotel in Monastir on Sunday, killing a guard. The governor, speaking to "
        "reporters in Monastir on Monday, praised the police and said the men had arrived in the town "
        "two days before the attack."
    )
    attacks = [e for e in extract(text, published="2025-11-04").events if e.type == "attack"]
    assert [a.date.iso if a.date else None for a in attacks] == ["2025-11-02"]


def test_a_later_death_in_a_clause_of_its_own_does_not_date_the_happening(extract: Any) -> None:
    text = (
        "Four guards were killed when gunmen attacked a checkpoint near Tuz Khurmatu late on Saturday. "
        "Three of the guards were killed on the spot, and a fourth died of his wounds in hospital on "
        "Sunday morning."
    )
    attacks = [e for e in extract(text, published="2025-11-18").events if e.type == "attack"]
    assert [a.date.iso if a.date else None for a in attacks] == ["2025-11-15"]


def test_a_toll_clause_on_the_site_of_a_happening_noun_gives_its_month(extract: Any) -> None:
    cases = [
        "Police in Mombasa detained three men on Monday over grenade attacks on two bars that "
        "killed nine people in March.",
        "Philippine police arrested five men in Cebu on Friday over bomb attacks at two chapels "
        "that killed 11 people in April.",
    ]
    for text in cases:
        attacks = [e for e in extract(text, published="2024-07-24").events if e.type == "attack"]
        assert attacks and all(a.date is not None and a.date.precision == "month" for a in attacks), text
        arrests = [e for e in extract(text, published="2024-07-24").events if e.type == "military_action"]
        assert arrests and all(a.date is not None and a.date.precision == "day" for a in arrests), text


def test_a_participle_completing_an_order_takes_the_orders_day(extract: Any) -> None:
    text = (
        "Guards shot dead two smugglers near Veshan late on Saturday. A magistrate in Orlik on Monday "
        "ordered the five suspects detained for a month, a court clerk said."
    )
    actions = [e for e in extract(text, published="2025-06-11").events if e.type == "military_action"]
    assert "2025-06-09" in [e.date.iso for e in actions if e.date is not None]


def test_an_offset_clause_with_a_long_subject_counts_from_the_main_clause(extract: Any) -> None:
    text = (
        "A car bomb killed nine people at a market in Dorvala on Friday. The bombing came three days "
        "after army units, supported by local vigilantes, recaptured the village of Metsin, in fighting "
        "in which the army said 14 insurgents were killed."
    )
    actions = [e for e in extract(text, published="2025-06-14").events if e.type == "military_action"]
    assert [e.date.iso if e.date else None for e in actions] == ["2025-06-10"]


def test_killed_and_wounded_with_victims_of_their_own_share_the_day(extract: Any) -> None:
    text = (
        "Gunmen shot dead a village headman near Tolmi on Saturday. Four policemen were killed and "
        "three others wounded on Monday in Varesk, officials said."
    )
    attacks = [e for e in extract(text, published="2025-06-11").events if e.type == "attack"]
    assert sorted(e.date.iso for e in attacks if e.date is not None) == ["2025-06-07", "2025-06-09"]


def _attack_dates(extract: Any, text: str, published: str) -> list[str | None]:
    return [
        e.date.iso if e.date else None
        for e in extract(text, published=published).events
        if e.type == "attack"
    ]


def test_a_participle_on_the_subject_takes_the_day_of_the_toll_it_causes(extract: Any) -> None:
    text = "In July last year, a trap of explosives set off in Zapopan, Jalisco, killed four investigators."
    assert _attack_dates(extract, text, "2024-05-16") == ["2023-07"]


def test_a_subject_equated_by_the_copula_takes_the_date_of_the_named_happening(extract: Any) -> None:
    text = "The deadliest attack was the May 2019 raid on a base in Menaka, which killed 12 soldiers."
    assert _attack_dates(extract, text, "2024-05-16") == ["2019-05"]


def test_a_month_of_this_year_keeps_its_month(extract: Any) -> None:
    text = (
        "The group was blamed for one of the worst atrocities in the region in April this year, when at "
        "least 40 people were killed in attacks on villages in Rutshuru territory."
    )
    assert _attack_dates(extract, text, "2024-05-16") == ["2024-04"]


def test_a_bare_month_after_a_story_s_start_is_a_later_month(extract: Any) -> None:
    text = (
        "The campaign began in November 2023, when rebels landed on a car carrier in the Red Sea and "
        "seized its crew. In March, a rebel missile struck a bulk carrier in the Gulf of Aden, killing "
        "three sailors."
    )
    assert "2024-03" in _attack_dates(extract, text, "2024-05-16")


def test_a_bare_month_after_a_span_reaching_to_now_is_the_latest_such_month(extract: Any) -> None:
    text = (
        "The group has waged a campaign of bombings since it seized power in August 2021. In February, "
        "gunmen killed three tourists in the market of Ghazni."
    )
    assert _attack_dates(extract, text, "2024-05-16") == ["2024-02"]


def test_a_participle_the_tagger_read_as_a_past_tense_takes_the_order_s_day(extract: Any) -> None:
    text = (
        "Police detained 127 suspected members of the group in raids across 21 provinces on Tuesday. "
        "A court in Izmir on Thursday ordered 87 of them jailed pending trial and released 40 under "
        "judicial control."
    )
    events = extract(text, published="2026-01-23").events
    days = [e.date.iso if e.date else None for e in events if e.type == "military_action"]
    assert "2026-01-22" in days


def test_a_day_the_noun_is_named_by_beats_a_day_told_after_it(extract: Any) -> None:
    # "on Thursday" is the burial's day, whichever word the parser hangs it on
    text = "Villagers in Korvela buried 14 victims of Monday's bandit raid on Thursday."
    (attack,) = [e for e in extract(text, published="2025-03-14").events if e.type == "attack"]
    assert attack.date is not None and attack.date.iso == "2025-03-10"


def test_the_weekend_attack_is_dated_to_its_weekend_not_the_day_it_was_condemned(extract: Any) -> None:
    text = "The provincial council on Tuesday condemned the weekend attack on a police post near Dastel."
    (attack,) = [e for e in extract(text, published="2025-04-22").events if e.type == "attack"]
    assert attack.date is not None and attack.date.iso == "2025-04-19"

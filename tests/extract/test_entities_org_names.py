"""Organisation names the NER cuts short: a faction's bracketed qualifier, a country's body
tagged apart from the country, a faction named after its leader."""

from __future__ import annotations

from typing import Any


def names(extraction: Any) -> dict[str, Any]:
    return {e.name: e for e in extraction.entities}


def test_a_bracketed_faction_word_stays_in_the_party_name(extract: Any) -> None:
    ents = names(
        extract("Cadres of the Communist Party of Nepal (Maoist) torched a bus near Rolpa on Sunday.")
    )
    assert "Communist Party of Nepal (Maoist)" in ents
    assert ents["Communist Party of Nepal (Maoist)"].type == "ORG"


def test_a_bracketed_acronym_is_still_its_own_form(extract: Any) -> None:
    ents = names(
        extract("Officials blamed the Zorvanian Liberation Council (ZLC) for the blast. The ZLC denied it.")
    )
    assert "Zorvanian Liberation Council" in ents
    assert "ZLC" in ents["Zorvanian Liberation Council"].aliases


def test_a_countrys_treasury_tagged_apart_is_one_body(extract: Any) -> None:
    ents = names(extract("The United States Treasury on Friday froze the assets of three smugglers."))
    assert "United States Treasury" in ents
    assert ents["United States Treasury"].type == "ORG"


def test_a_two_word_group_name_before_group_is_the_groups_own_name(extract: Any) -> None:
    ents = names(extract("Tesso, the Grey Lantern group's river branch, later raided a ferry near Mopti."))
    assert "Grey Lantern" in ents
    assert "Grey Lantern group" not in ents


def test_a_faction_named_after_its_leader_keeps_the_word_group(extract: Any) -> None:
    ents = names(extract("Officials blamed the Maulvi Sadiq Noorzai group for the raid on the checkpoint."))
    assert "Maulvi Sadiq Noorzai group" in ents
    assert ents["Maulvi Sadiq Noorzai group"].subtype == "armed_group"


def test_a_known_group_followed_by_the_word_group_keeps_its_own_name(extract: Any) -> None:
    ents = names(extract("The attack was claimed by the Islamic State group on Telegram."))
    assert "Islamic State" in ents
    assert "Islamic State group" not in ents


def test_a_union_runs_on_to_its_commission(extract: Any) -> None:
    ents = names(extract("The African Union Commission urged both sides to hold their fire near Goma."))
    assert "African Union Commission" in ents
    assert "African Union" not in ents


def test_a_ministry_runs_on_to_its_closing_word(extract: Any) -> None:
    ents = names(extract("The Ministry of Veterans Affairs said four former soldiers were wounded."))
    assert "Ministry of Veterans Affairs" in ents


def test_a_council_named_inside_a_longer_body_is_taken_whole(extract: Any) -> None:
    ents = names(extract("The African Union Peace and Security Council met in Addis Ababa on Monday."))
    assert "African Union Peace and Security Council" in ents
    assert "Security Council" not in ents


def test_a_headline_ending_in_a_name_does_not_run_into_the_next_line(extract: Any) -> None:
    ents = names(
        extract("Blast kills two in Hamas stronghold\nArmy blames militants for the attack in Deir al-Balah.")
    )
    assert not any("\n" in name for name in ents)


def test_two_groups_named_side_by_side_stay_two(extract: Any) -> None:
    ents = names(extract("Clashes between the Taliban National Resistance Front fighters left six dead."))
    assert "Taliban National Resistance Front" not in ents


def test_a_long_body_goes_on_with_the_country_it_serves(extract: Any) -> None:
    ents = names(extract("The Supreme Council of Sikhs in Canada called for calm after the shooting."))
    assert "Supreme Council of Sikhs in Canada" in ents


def test_a_short_body_in_a_country_stays_a_body_and_a_country(extract: Any) -> None:
    ents = names(extract("The Supreme Court in Kenya ruled on the detention of the four suspects."))
    assert "Supreme Court in Kenya" not in ents
    assert "Kenya" in ents


def test_a_long_name_closing_on_and_one_more_word_is_one_name(extract: Any) -> None:
    ents = names(
        extract("The Union of Ruritanian Writers and Artists said two of its members were detained.")
    )
    assert "Union of Ruritanian Writers and Artists" in ents


def test_a_long_name_and_a_known_outlet_stay_two(extract: Any) -> None:
    ents = names(extract("The Ministry of Defence and Reuters both reported the strike near Kherson."))
    assert "Ministry of Defence" in ents
    assert "Reuters" in ents


def test_a_country_before_a_societys_name_is_part_of_it(extract: Any) -> None:
    ents = names(extract("The Lebanon Red Cross Society said its crews carried nine wounded to Tyre."))
    assert "Lebanon Red Cross Society" in ents
    assert ents["Lebanon Red Cross Society"].type == "ORG"


def test_a_province_named_in_arabic_is_a_group(extract: Any) -> None:
    ents = names(extract("Wilayat Tarabulus claimed the bombing of the checkpoint in a statement on Friday."))
    assert "Wilayat Tarabulus" in ents
    assert ents["Wilayat Tarabulus"].type == "ORG"

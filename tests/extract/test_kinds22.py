"""Event kinds that are no event of their own (session 22): standing charges, quoted doers, blame
where no group claimed, blame of an older happening, a measure's own effects, a negated
statement, a habitual claim. Invented reports, whole pipeline; each case also keeps the real
event of its kind beside the one that must not be counted.
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-04-10"  # a Thursday


def _triggers(extraction: Any, etype: str) -> list[str]:
    return [e.trigger.lower() for e in extraction.events if e.type == etype and e.trigger]


def _count(extraction: Any, etype: str) -> int:
    return sum(1 for e in extraction.events if e.type == etype)


# --- accusations held over time are no statement ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Herder associations accuse the militia of stealing cattle, charges its leaders deny.",
        "Aid groups have also accused some army units of looting shops, accusations the army rejects.",
        "The Northern Liberation Vanguard has been accused by UN investigators of repeated massacres.",
        "The government accuses the Northern Liberation Vanguard of smuggling fuel across the border.",
    ],
)
def test_a_standing_charge_is_no_statement(extract: Any, sentence: str) -> None:
    text = f"Gunmen killed four traders on the road outside Marsabit on Tuesday, police said. {sentence}"
    extraction = extract(text, published=PUBLISHED)
    assert not {"accuse", "accuses", "accused"} & set(_triggers(extraction, "statement"))
    assert _count(extraction, "attack") >= 1


def test_an_accusation_made_on_a_day_stays_a_statement(extract: Any) -> None:
    text = (
        "Gunmen killed four traders on the road outside Marsabit on Tuesday, police said. "
        "County Commissioner Amina Wekesa on Wednesday accused the Northern Liberation Vanguard "
        "of the killings and vowed to hunt down those responsible."
    )
    extraction = extract(text, published=PUBLISHED)
    assert "accused" in _triggers(extraction, "statement")


# --- the doers' words, quoted by a witness --------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        '"They accused the farmers of hiding soldiers in their granaries," said a herder who escaped.',
        '"They said that if we called the police, they would come back for the children," he said.',
    ],
)
def test_the_doers_quoted_words_are_no_statement(extract: Any, quote: str) -> None:
    text = f"Armed men abducted 11 farmers near Moyale on Monday, residents said. {quote}"
    extraction = extract(text, published=PUBLISHED)
    assert _count(extraction, "statement") == 0
    assert _count(extraction, "attack") >= 1


def test_an_officials_own_quote_stays_a_statement(extract: Any) -> None:
    text = (
        "Armed men abducted 11 farmers near Moyale on Monday, residents said. "
        '"Those who took our people will be hunted down wherever they hide," Governor Hassan '
        "Galgallo told reporters in Moyale on Tuesday."
    )
    extraction = extract(text, published=PUBLISHED)
    assert _count(extraction, "statement") == 1


# --- blame where nobody claimed; blame of an older attack ------------------------------------------


def test_blame_after_no_claim_is_the_attacks_attribution(extract: Any) -> None:
    text = (
        "A bomb exploded at a bus stop in Garoowe on Tuesday, killing three people, police said. "
        "No group has claimed the bombing, but security officials blamed the Northern Liberation "
        "Vanguard."
    )
    extraction = extract(text, published=PUBLISHED)
    assert _count(extraction, "statement") == 0
    attack = next(e for e in extraction.events if e.type == "attack")
    assert "Northern Liberation Vanguard" in attack.actors


def test_a_position_after_no_claim_stays_a_statement(extract: Any) -> None:
    text = (
        "A bomb exploded at a bus stop in Garoowe on Tuesday, killing three people, police said. "
        "No group has claimed the bombing, but President Yusuf Warsame said those behind it would "
        "be hunted down."
    )
    extraction = extract(text, published=PUBLISHED)
    assert _count(extraction, "statement") == 1


def test_blame_of_an_older_attack_is_background(extract: Any) -> None:
    text = (
        "A bomb exploded at a bus stop in Garoowe on Tuesday, killing three people, police said. "
        "In March 2019, a car bomb outside the market in Garoowe killed nine people; the "
        "authorities blamed the Northern Liberation Vanguard."
    )
    extraction = extract(text, published=PUBLISHED)
    assert "blamed" not in _triggers(extraction, "statement")
    assert _count(extraction, "attack") == 2


def test_blame_of_the_current_attack_stays_a_statement(extract: Any) -> None:
    text = (
        "A bomb exploded at a bus stop in Garoowe on Tuesday, killing three people, police said. "
        "Regional governor Abdirizak Farah blamed the Northern Liberation Vanguard for the bombing "
        "on Wednesday."
    )
    extraction = extract(text, published=PUBLISHED)
    assert "blamed" in _triggers(extraction, "statement")


# --- one measure, told with its effects -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Treasury on Tuesday designated two men it described as financiers of the Northern "
        "Liberation Vanguard, freezing any assets they hold in the United States.",
        "The European Union on Tuesday froze the assets of three Vanguard commanders and barred "
        "them from travelling to the bloc.",
    ],
)
def test_a_measure_and_its_effects_are_one_sanction(extract: Any, sentence: str) -> None:
    extraction = extract(sentence, published=PUBLISHED)
    assert _count(extraction, "sanction") == 1


def test_the_designation_told_again_is_no_second_sanction(extract: Any) -> None:
    text = (
        "The Treasury on Tuesday designated two men it described as financiers of the Northern "
        "Liberation Vanguard. The designation freezes any assets they hold under US jurisdiction."
    )
    extraction = extract(text, published=PUBLISHED)
    assert _count(extraction, "sanction") == 1


def test_two_measures_on_different_things_stay_two(extract: Any) -> None:
    text = "On Tuesday the government suspended the transit treaty and closed the border crossing at Moyale."
    extraction = extract(text, published=PUBLISHED)
    assert _count(extraction, "sanction") == 2


# --- negated and habitual ---------------------------------------------------------------------------


def test_a_statement_that_did_not_say_is_none(extract: Any) -> None:
    text = (
        "Air force jets struck a militant camp near Tessalit on Tuesday, the army said. "
        "The army's statement did not say whether any civilians were hurt."
    )
    extraction = extract(text, published=PUBLISHED)
    assert _count(extraction, "statement") == 0


def test_a_group_that_rarely_claims_makes_no_claim(extract: Any) -> None:
    text = (
        "A roadside bomb killed two soldiers near Tessalit on Tuesday, the army said. "
        "The Northern Liberation Vanguard rarely claims its operations."
    )
    extraction = extract(text, published=PUBLISHED)
    assert _count(extraction, "claim") == 0


# --- a standing status is no measure --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Vanguard, which the government lists as a terrorist organisation, has fought the army "
        "since 2012.",
        "The Vanguard remains designated a terrorist organisation by the African Union.",
    ],
)
def test_a_standing_listing_is_no_sanction(extract: Any, sentence: str) -> None:
    text = f"Gunmen killed two guards at a depot near Buea on Tuesday, police said. {sentence}"
    extraction = extract(text, published=PUBLISHED)
    assert _count(extraction, "sanction") == 0


def test_a_decree_that_suspends_permits_is_a_measure(extract: Any) -> None:
    text = (
        "Gunmen killed two guards at a depot near Buea on Tuesday, police said. A decree signed "
        "on Wednesday suspends all firearms permits in the region until the end of May."
    )
    extraction = extract(text, published=PUBLISHED)
    assert _count(extraction, "sanction") == 1


# --- a measure taken over an older attack ----------------------------------------------------------


def test_an_arrest_over_an_older_bombing_keeps_the_bombing(extract: Any) -> None:
    text = (
        "Police detained three men in Kaele on Wednesday over a car bomb that killed six people "
        "outside the town hall in January."
    )
    extraction = extract(text, published=PUBLISHED)
    assert _count(extraction, "military_action") == 1
    attacks = [e for e in extraction.events if e.type == "attack"]
    assert len(attacks) == 1 and attacks[0].date is not None and attacks[0].date.iso == "2025-01"

"""Fault kinds of the second blind set's case variants (session 23): the state whose ministry an
"according to" phrase names as the fallback place beside a border neighbour, a claim negated
through the subject of the verb its infinitive hangs on, a name entered ("rode into X") read as a
place, a one-word name described as a group's affiliate read as a group, the town of a local
force's head as the fallback place (not a town "nearby"), and "neither victim survived" as a pair
killed. Invented reports, whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-04-10"  # a Thursday


def _of(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def _place(event: Any) -> str | None:
    return event.place.name if event.place is not None else None


def _types(extraction: Any) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


# --- the reporting state beside a border neighbour ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "state", "neighbour"),
    [
        (
            "Six soldiers were killed in an attack near the border with Chad on Monday, according "
            "to Cameroon's army.",
            "Cameroon",
            "Chad",
        ),
        (
            "Eleven gendarmes died in an ambush close to the frontier with Togo on Tuesday, "
            "according to Benin's defence ministry.",
            "Benin",
            "Togo",
        ),
        (
            "Militants killed nine border guards near the boundary with Iran on Sunday, according "
            "to Afghanistan's interior ministry.",
            "Afghanistan",
            "Iran",
        ),
    ],
)
def test_the_state_an_according_to_phrase_names_is_the_fallback_beside_a_border(
    extract: Any, text: str, state: str, neighbour: str
) -> None:
    attacks = _of(extract(text, published=PUBLISHED), "attack")
    assert [_place(e) for e in attacks] == [state]
    assert neighbour not in {_place(e) for e in attacks}


# --- a claim negated through the subject of its governing verb --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead five labourers at a brick kiln in Turbat on Tuesday, and nobody came "
        "forward to claim the killings.",
        "A suicide bomber killed 11 worshippers at a mosque in Kirkuk on Friday; nobody came "
        "forward to claim the bombing.",
        "Militants ambushed a convoy near Mir Ali on Monday, killing six soldiers, and no one came "
        "forward to claim the ambush.",
    ],
)
def test_nobody_coming_forward_to_claim_is_no_claim(extract: Any, text: str) -> None:
    extraction = extract(text, published=PUBLISHED)
    assert _of(extraction, "attack")
    assert not _of(extraction, "claim")


def test_a_group_coming_forward_to_claim_is_a_claim(extract: Any) -> None:
    text = "The Islamic State group came forward to claim the bombing of a church in Jolo on Sunday."
    claims = _of(extract(text, published=PUBLISHED), "claim")
    assert [_place(e) for e in claims] == ["Jolo"]


# --- a name entered is a place ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen rode into Tudun Wada on motorcycles on Friday and killed nine farmers.", "Tudun Wada"),
        ("Attackers swept into Gidan Bawa overnight, killing six people.", "Gidan Bawa"),
        ("Bandits burst into Kurmin Doka on Tuesday and abducted 30 villagers.", "Kurmin Doka"),
        ("Raiders descended on Tungan Maje late on Monday, killing 11 herders.", "Tungan Maje"),
    ],
)
def test_a_name_a_band_rode_or_swept_into_is_a_place(extract: Any, text: str, name: str) -> None:
    extraction = extract(text, published=PUBLISHED)
    assert _types(extraction).get(name) == "PLACE"
    assert name in {_place(e) for e in extraction.events}


# --- a one-word name described as a group's affiliate ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Al-Muhajir, known to be affiliated with al-Qaeda, has trained fighters in the hills.",
            "Al-Muhajir",
        ),
        ("Al-Nasr, known to be linked to the Islamic State group, runs camps near the river.", "Al-Nasr"),
        ("Al-Sabirin, known to be loyal to Hezbollah, has recruited boys in the valley.", "Al-Sabirin"),
        ("Tawhid, known to be linked to Boko Haram, has raided villages in the north.", "Tawhid"),
    ],
)
def test_a_one_word_name_described_as_an_affiliate_is_a_group(extract: Any, text: str, name: str) -> None:
    assert _types(extract(text, published=PUBLISHED)).get(name) == "ORG"


def test_a_full_name_described_as_close_to_a_group_stays_a_person(extract: Any) -> None:
    text = "Yusuf Haroun, known to be affiliated with al-Shabaab, was arrested in Garissa on Monday."
    assert _types(extract(text, published=PUBLISHED)).get("Yusuf Haroun") == "PERSON"


# --- the town of a local force's head --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The police chief in Bannu said gunmen had shot dead six labourers on Monday.", "Bannu"),
        ("The district police commander in Mardan said a bomb had killed four traders on Tuesday.", "Mardan"),
        (
            "The police superintendent in Swabi said a suicide bomber had killed 12 people on Wednesday.",
            "Swabi",
        ),
    ],
)
def test_the_town_of_a_speaking_police_head_is_the_fallback_place(extract: Any, text: str, town: str) -> None:
    attacks = _of(extract(text, published=PUBLISHED), "attack")
    assert [_place(e) for e in attacks] == [town]


@pytest.mark.parametrize(
    "text",
    [
        "Police in nearby Peshawar said a bomb had killed four traders on Tuesday.",
        "The police chief in neighbouring Peshawar said a bomb had killed four traders on Tuesday.",
        "A police spokesman in Peshawar said a bomb had killed four traders on Tuesday.",
    ],
)
def test_a_force_of_a_town_nearby_or_its_spokesman_places_nothing(extract: Any, text: str) -> None:
    extraction = extract(text, published=PUBLISHED)
    attacks = _of(extraction, "attack")
    assert attacks and all(_place(e) is None for e in attacks)
    assert _types(extraction).get("Peshawar") == "PLACE"


# --- neither victim survived ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A gunman opened fire on two guards outside a bank in Graz on Monday. Neither of them "
        "survived, police said.",
        "An assailant stabbed a couple in a park in Linz on Tuesday. Neither survived their wounds.",
        "A man attacked two cyclists with a machete in Villach on Wednesday. A police spokesman "
        "said neither victim survived.",
    ],
)
def test_neither_victim_surviving_is_two_killed(extract: Any, text: str) -> None:
    attacks = _of(extract(text, published=PUBLISHED), "attack")
    assert len(attacks) == 1
    killed = attacks[0].killed
    assert killed is not None and (killed.value, killed.qualifier) == (2, "exact")


def test_neither_claiming_a_survival_is_no_toll(extract: Any) -> None:
    text = "Gunmen attacked a bus near Wana on Monday. Neither driver was hurt and both survived."
    attacks = _of(extract(text, published=PUBLISHED), "attack")
    assert attacks and all(e.killed is None for e in attacks)


# --- a lead dated by a trailing report, retold with its own day and village ------------------------


@pytest.mark.parametrize(
    ("text", "day", "village"),
    [
        (
            "Six traders are dead after an assault in southern Mali, the provincial governor's "
            "office announced on Wednesday. According to the office, armed men attacked the village "
            "of Dialloube late on Sunday.",
            "2025-04-06",
            "Dialloube",
        ),
        (
            "Ten worshippers are dead after an attack in western Niger, the interior minister's "
            "office announced on Wednesday. According to the office, militants struck a mosque in "
            "the village of Bankilare on Monday night.",
            "2025-04-07",
            "Bankilare",
        ),
        (
            "Five herders are dead after a raid in central Mali, the regional governor's office "
            "announced on Thursday. According to the office, gunmen attacked the hamlet of "
            "Ogossagou on Tuesday.",
            "2025-04-08",
            "Ogossagou",
        ),
        (
            "Twelve people were killed in an assault in eastern Mali, the army said on Wednesday. "
            "Raiders descended on the village of Dioura before dawn on Monday, the army said.",
            "2025-04-07",
            "Dioura",
        ),
    ],
)
def test_a_lead_dated_by_its_trailing_report_takes_the_day_told_next(
    extract: Any, text: str, day: str, village: str
) -> None:
    attacks = _of(extract(text, published=PUBLISHED), "attack")
    assert [(e.date.iso if e.date else None, _place(e)) for e in attacks] == [(day, village)]


def test_a_trailing_report_that_tells_its_own_content_keeps_its_day(extract: Any) -> None:
    text = "Police said on Wednesday that gunmen had killed four traders in Gao."
    attacks = _of(extract(text, published=PUBLISHED), "attack")
    assert [e.date.iso for e in attacks if e.date] == ["2025-04-09"]


# --- the shot told as killed by "the killings" -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot six farmers in a field near Zhob on Monday. Police said the killings were the "
        "work of a local gang.",
        "Gunmen lined up nine labourers at a brick kiln in Turbat and shot them on Sunday. "
        "Residents condemned the massacre.",
        "Militants stopped a van near Kech on Tuesday and shot its five passengers. No group has "
        "claimed the murders.",
    ],
)
def test_people_shot_whom_the_report_calls_killings_are_killed(extract: Any, text: str) -> None:
    attacks = _of(extract(text, published=PUBLISHED), "attack")
    assert attacks and attacks[0].killed is not None and attacks[0].injured is None


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot six farmers in a field near Zhob on Monday. Police said the attack was the "
        "work of a local gang.",
        "Gunmen shot six farmers in a field near Zhob on Monday. Two of them died in hospital. "
        "Police said the killings were the work of a local gang.",
    ],
)
def test_people_shot_stay_hurt_without_killings_or_beside_a_toll_of_the_dead(extract: Any, text: str) -> None:
    attacks = _of(extract(text, published=PUBLISHED), "attack")
    assert attacks and attacks[0].injured is not None and attacks[0].injured.value == 6


# --- a name with a person's noun in apposition, tagged as a site ----------------------------------


def _typed_as_site(extractor: Any, text: str, name: str) -> str | None:
    from spacy.tokens import Span

    from nexus.extract.entities import _type_of

    doc = extractor.nlp(text)
    start = text.index(name)
    tokens = [t.i for t in doc if start <= t.idx < start + len(name)]
    return _type_of(Span(doc, tokens[0], tokens[-1] + 1, label="FAC"), None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mareike Busch, a spokeswoman for the police in Rottweil, said both were hurt.", "Mareike Busch"),
        ("Tobias Wendt, the district commander, said three people were wounded.", "Tobias Wendt"),
        ("Musa Bala, a farmer who hid in a granary, said five people were killed.", "Musa Bala"),
    ],
)
def test_a_name_with_a_persons_noun_in_apposition_is_a_person(extractor: Any, text: str, name: str) -> None:
    assert _typed_as_site(extractor, text, name) == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The bomb went off near Camp Bastion, an official said.", "Camp Bastion"),
        ("Fighting spread to Port Sudan, the state capital, on Monday.", "Port Sudan"),
    ],
)
def test_a_site_before_a_speaker_or_a_place_noun_stays_a_place(extractor: Any, text: str, name: str) -> None:
    assert _typed_as_site(extractor, text, name) == "PLACE"

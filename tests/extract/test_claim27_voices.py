"""Claims made in an armed group's own voice without the word "claim": its spokesman or
commander, or a document issued in its name, telling that its fighters did a violent act. A
state's spokesman, a police statement, a denial and praise stay no claim; two claims of one
message that put the acts in places far apart stay two. Invented groups and places; the
sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


def _claims(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "claim"]


def _names(event: Any) -> set[str]:
    return {a.name if hasattr(a, "name") else str(a) for a in event.actors}


def test_the_groups_spokesman_telling_its_fighters_overran_a_camp_is_a_claim(extract: Any) -> None:
    text = (
        "The Qorran Brotherhood has fought the government for a decade. The group's spokesman, "
        "Idris Malouk, told a clandestine radio station on Friday its gunmen overran "
        "the garrison at Fenzi, killing nine guards."
    )
    claims = _claims(extract(text, published="2025-06-08"))
    assert len(claims) == 1
    assert claims[0].date is not None and claims[0].date.iso == "2025-06-06"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "Tomas Verrin, a spokesman for the Ostmark Liberation Front, said its guerrillas "
            "ambushed a supply column near Haldo on Thursday.",
            None,
            id="named-speaker-in-apposition",
        ),
        pytest.param(
            "A commander of the Ostmark Liberation Front told a local broadcaster on Tuesday that "
            "the group carried out Monday's raid on the Haldo depot.",
            None,
            id="commander-of-the-front",
        ),
        pytest.param(
            "A written statement issued by the Ostmark Liberation Front on Wednesday said its guerrillas "
            "stormed a border post outside Haldo.",
            "2025-06-04",
            id="statement-issued-by-the-front",
        ),
    ],
)
def test_a_voice_or_document_of_a_front_telling_its_men_acted_is_the_fronts_claim(
    extract: Any, text: str, day: str | None
) -> None:
    claims = _claims(extract(text, published="2025-06-08"))
    assert len(claims) == 1 and "Ostmark Liberation Front" in _names(claims[0])
    if day is not None:
        assert claims[0].date is not None and claims[0].date.iso == day


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The army's spokesman said Friday its soldiers killed 14 insurgents near Haldo.", id="army"
        ),
        pytest.param(
            "A police statement issued on Wednesday blamed the Ostmark Liberation Front, saying its "
            "guerrillas were behind the ambush on the Haldo road.",
            id="police-statement",
        ),
        pytest.param(
            "A spokesman for the Ostmark Liberation Front denied its guerrillas attacked the depot at Haldo.",
            id="denial",
        ),
        pytest.param(
            "The Ostmark Liberation Front's spokesman praised the assault on the Haldo depot and "
            "called the attackers heroes.",
            id="praise",
        ),
        pytest.param(
            "Tomas Verrin, a spokesman for the Ostmark Liberation Front, said its guerrillas will carry "
            "out more raids on garrisons across the valley.",
            id="vow",
        ),
    ],
)
def test_a_states_voice_a_denial_praise_or_a_vow_makes_no_claim(extract: Any, text: str) -> None:
    assert _claims(extract(text, published="2025-06-08")) == []


def test_two_acts_claimed_in_one_message_far_apart_are_two_claims_dated_by_the_message(extract: Any) -> None:
    text = (
        "Gunmen overran a village guard post in Tesmir on Saturday, killing seven guards. "
        "The Ostmark Liberation Front said in a message put out on Sunday its guerrillas stormed "
        "the Tesmir post. In the same message, the Ostmark Liberation Front said it ambushed a "
        "police convoy near Kelvarro, 90 km to the south, on Saturday."
    )
    claims = _claims(extract(text, published="2025-06-10"))
    assert len(claims) == 2
    assert {c.date.iso if c.date else None for c in claims} == {"2025-06-08"}
    assert len({c.place.name if c.place else None for c in claims}) == 2


def test_a_claim_put_out_in_a_video_is_dated_by_the_day_the_video_was_shared(extract: Any) -> None:
    text = (
        "Gunmen overran a village guard post in Tesmir on Saturday, killing seven guards. In a "
        "video shared online on Monday, a spokesman for the Ostmark Liberation Front said its "
        "gunmen stormed the post."
    )
    claims = _claims(extract(text, published="2025-06-10"))
    assert len(claims) == 1
    assert claims[0].date is not None and claims[0].date.iso == "2025-06-09"


def test_a_date_inside_the_claimed_raids_phrase_of_the_medium_does_not_date_the_claim(extract: Any) -> None:
    text = (
        "Gunmen overran a village guard post in Tesmir on Saturday, killing seven guards. The "
        "Ostmark Liberation Front claimed responsibility on Sunday, in a written note about the "
        "raid of Saturday."
    )
    claims = _claims(extract(text, published="2025-06-10"))
    assert len(claims) == 1
    assert claims[0].date is not None and claims[0].date.iso == "2025-06-08"


def test_a_claim_of_the_raid_in_a_video_put_out_later_is_dated_by_the_video(extract: Any) -> None:
    text = (
        "Gunmen raided a cattle market in Tesmir on Thursday, killing nine traders. The Ostmark "
        "Liberation Front, one of several armed separatist movements, claimed that raid in a video "
        "put out on Friday."
    )
    claims = _claims(extract(text, published="2025-06-10"))
    assert len(claims) == 1
    assert claims[0].date is not None and claims[0].date.iso == "2025-06-06"

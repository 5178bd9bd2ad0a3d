"""State forces named by a bare noun or by their craft take the state of the report's scene."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.arguments import cached_entity_index, home_country


def _home(extractor: Any, text: str, trigger: str) -> str | None:
    doc = extractor.nlp(text)
    index = cached_entity_index(doc)
    verb = next(t for t in doc if t.text == trigger)
    found = home_country(doc, index, verb)
    return found.name if found is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "home"),
    [
        pytest.param(
            "Japan pledged rice for three provinces on Monday, and the Japanese embassy named two charities "
            "to hand it out. Japan says both charities work across the region. Officials of Japan promised "
            "further shipments.\n"
            "Militants overran an army outpost at Moundou before dawn on Sunday, residents of Moundou said. "
            "Elders in Abeche and Moundou said families had fled towards Abeche and Sarh. Chad's government "
            "condemned the raid.\n"
            "Troops beat back the assault after an hour of fighting and shot six of the raiders dead, a "
            "commander said.",
            "beat",
            "Chad",
            id="a-donor-named-often-is-no-home-for-troops-in-chad",
        ),
        pytest.param(
            "Britain on Tuesday froze the assets of two men who, it says, funded an armed group. Britain "
            "said the men ran a bakery chain. Britain has listed eleven such financiers this year.\n"
            "Gunmen burned houses in Mopti and in Timbuktu, residents of Mopti said. Traders in Gao and "
            "Mopti shut their shops, and buses from Gao stopped running across Mali.\n"
            "Soldiers chased the raiders towards the river and freed two hostages, an officer said.",
            "chased",
            "Mali",
            id="a-state-freezing-assets-is-no-home-for-soldiers-in-mali",
        ),
        pytest.param(
            "Kenya extended a curfew in Mandera on Friday. Kenya said the curfew would last a month.\n"
            "Police chased the raiders towards the border and freed a herder, an officer said.",
            "chased",
            "Kenya",
            id="the-country-named-most-stays-home-when-its-places-agree",
        ),
    ],
)
def test_state_forces_take_the_country_of_the_reports_places(
    extractor: Any, text: str, trigger: str, home: str
) -> None:
    assert _home(extractor, text, trigger) == home


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "CAIRO — Late on Saturday, Egyptian F-16 jets and warplanes from a UAE-led alliance bombed camps "
            "in the desert south of Derna, killing nine militants, a military statement said.",
            "Egypt",
        ),
        (
            "DAMASCUS — Late on Monday, Turkish F-16 jets and drones from a US-led alliance struck depots "
            "near Raqqa, killing six fighters, the defence ministry said.",
            "Turkey",
        ),
    ],
)
def test_a_nationality_on_the_craft_type_gives_its_state_beside_a_coalition(
    extract: Any, text: str, state: str
) -> None:
    strikes = [e for e in extract(text).events if e.type == "military_action"]
    assert strikes
    assert state in strikes[0].actors

"""Event identity, session 22: near misses of a neighbouring division the same day stay apart.

Two reports placed in two second-level divisions of one state (two LGAs), or a village of one and
the other division, are not one happening however their state contains both (``divisions_clash``);
a report whose own sentence names another division than the town it was filed under is not placed
at that town (``placed_elsewhere``); a sentence that sets its happening apart from the document's
news ("Separately, ...", "in an unrelated attack") tells another one (``told_beside``); "last
month's raid" recalls the raid when it tells no new toll (``past_possessive``). Places are Benue
state's LGAs (real divisions of the curated table), incidents invented.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from nexus.resolve import EventKey, PlaceKey, resolve_event
from nexus.resolve.events import divisions_clash, known_divisions, score_pair
from nexus.store import open_store
from nexus.store.backrefs import past_possessive, told_beside
from nexus.store.linker import placed_elsewhere
from nexus.store.schema import event_reports

STATE = PlaceKey("Benue", "admin", "NG", "Benue")
USHONGO = PlaceKey("Ushongo Local Government Area", "admin", "NG", "Benue")
KWANDE = PlaceKey("Kwande LGA", "admin", "NG", "Benue")
#: the chief town of Buruku LGA, as a gazetteer gives a town
BURUKU_TOWN = PlaceKey("Buruku", "city", "NG", "Benue", 7.45, 9.20)
BURUKU_DIVISION = PlaceKey("Buruku", "admin", "NG", "Benue", 7.45, 9.20)
#: a hamlet no gazetteer knows, its sentence putting it in Ushongo LGA
HAMLET = PlaceKey("Tse Agberagba", "city", "NG", None, divisions=("Ushongo",))
DAY = date(2026, 2, 8)


def attack(place: PlaceKey | None, **kw: object) -> EventKey:
    return EventKey("attack", DAY, place=place, **kw)  # type: ignore[arg-type]


def test_known_divisions_of_divisions_towns_and_regions() -> None:
    assert known_divisions(USHONGO) == {"ushongo"}
    assert known_divisions(BURUKU_TOWN) == {"buruku"}  # the town a listed division is named for
    assert known_divisions(HAMLET) == {"ushongo"}  # its sentence's division
    assert known_divisions(STATE) == frozenset()  # a first-level division is no second-level one
    assert known_divisions(PlaceKey("Tse Agberagba", "city", "NG")) == frozenset()


def test_two_lgas_or_a_village_outside_the_lga_clash() -> None:
    assert divisions_clash(USHONGO, KWANDE)
    assert divisions_clash(KWANDE, HAMLET)
    assert divisions_clash(BURUKU_TOWN, USHONGO)
    # one division named two ways, a state and its LGA, two towns, a place of no known division
    assert not divisions_clash(
        BURUKU_DIVISION, PlaceKey("Buruku Local Government Area", "admin", "NG", "Benue")
    )
    assert not divisions_clash(STATE, KWANDE)
    assert not divisions_clash(BURUKU_TOWN, HAMLET)
    assert not divisions_clash(KWANDE, PlaceKey("Tse Agberagba", "city", "NG"))


def test_an_event_of_the_state_holding_one_lga_takes_no_report_of_the_next() -> None:
    event = attack(STATE, places=(STATE, USHONGO), figures=frozenset({("killed", 9)}))
    assert score_pair(attack(KWANDE), event) is None
    assert score_pair(attack(HAMLET, figures=frozenset({("killed", 9)})), event) is not None
    # the state alone still takes a report of any of its LGAs
    assert resolve_event(attack(KWANDE), {"state": attack(STATE, places=(STATE,))}).event_id == "state"


def test_a_sentence_naming_another_division_than_the_borrowed_town() -> None:
    town = PlaceKey("Zaki Biam", "city", "NG", "Benue", 7.5, 9.6)
    sentence = "Five farmers were shot near a stream outside Adikpo, in the Kwande district, relatives said."
    assert placed_elsewhere(sentence, town)
    assert not placed_elsewhere("Five farmers were shot in Benue state on Friday.", town)
    assert not placed_elsewhere("Five farmers were shot on Friday, relatives said.", town)


def test_sentences_setting_a_happening_apart() -> None:
    assert told_beside("Separately, the Kwande council reported a raid the same evening on a hamlet.")
    assert told_beside("Later that day a trader was shot dead in Katsina-Ala, in an unrelated attack.")
    assert not told_beside("Gunmen killed nine in an attack on a hamlet of Ushongo on Sunday.")


def test_a_past_possessive_recalls_the_noun_it_opens() -> None:
    assert past_possessive(
        "Elders said last month's raid on the cattle market still frightens traders.", "raid"
    )
    assert past_possessive("They say last week's killing of nine herders shows the danger.", "killing")
    assert not past_possessive("Sunday's raid on the market killed nine.", "raid")
    assert not past_possessive("The raid last night killed nine.", "raid")


REPORTS = [
    {
        "id": "bn-1",
        "outlet": "Middle Belt Courier",
        "published": "2026-02-09",
        "text": "MAKURDI, Feb 9 - Gunmen killed eleven people in a night raid on a farming settlement "
        "in Nigeria's Benue state on Sunday, police said on Monday.",
    },
    {
        "id": "bn-2",
        "outlet": "Benue Voice",
        "published": "2026-02-10",
        "text": "Fourteen bodies were recovered at Tse Akaa, a community in Ushongo Local Government Area, "
        "after Sunday night's attack, the council chairman said. "
        "Separately, the Kwande council reported an attack the same night on one of its villages.",
    },
    {
        "id": "bn-3",
        "outlet": "Benue Voice",
        "published": "2026-02-09",
        "text": "Three people were killed late on Sunday when gunmen attacked Mbaduku, a village in "
        "Kwande Local Government Area, residents said.",
    },
]


def test_a_state_report_stays_with_neither_lga_of_a_document_telling_both(tmp_path: Path) -> None:
    from nexus.extract.pipeline import Extractor
    from nexus.ingest.readers import document_from_record

    extractor = Extractor()
    store = open_store(f"sqlite:///{tmp_path / 'kb.db'}")
    try:
        store.ingest([extractor.extract(document_from_record(dict(r), "fixture")) for r in REPORTS])
        with store.connect() as connection:
            rows = connection.execute(
                select(event_reports).where(
                    event_reports.c.superseded.is_(False), event_reports.c.type == "attack"
                )
            ).all()
    finally:
        store.close()
    by_doc: dict[str, list[object]] = {}
    for row in rows:
        by_doc.setdefault(row.doc_id, []).append(row)
    kwande_news = {r.event_id for r in by_doc["bn-3"]}  # type: ignore[attr-defined]
    ushongo_news = {
        r.event_id  # type: ignore[attr-defined]
        for r in by_doc["bn-2"]
        if (r.resolution or {}).get("kind") != "mention"  # type: ignore[attr-defined]
    }
    assert ushongo_news and kwande_news and not ushongo_news & kwande_news, json.dumps(
        [[r.doc_id, r.event_id, r.place_name, (r.resolution or {}).get("kind")] for r in rows]  # type: ignore[attr-defined]
    )
    # the Kwande sentence of the Ushongo report is told apart: background of an event of its own,
    # not the report's news
    mentions = [r for r in by_doc["bn-2"] if (r.resolution or {}).get("kind") == "mention"]  # type: ignore[attr-defined]
    assert len(mentions) == 1 and mentions[0].event_id not in ushongo_news  # type: ignore[attr-defined]


def test_a_french_ou_before_a_vowel_is_an_english_w() -> None:
    from nexus.resolve.events import names_alike

    assert names_alike("Ouarkoye", "Warkoye")
    assert names_alike("Wuagadoro", "Ouagadoro") and names_alike("Ouagadoro", "Wuagadoro")
    assert not names_alike("Wana", "Uana")  # too short to tell
    assert not names_alike("Warkoye", "Oubritenga")


def test_a_town_named_like_its_region_is_the_region_the_document_names(
    stored_attacks: Callable[[list[dict[str, str]]], list[Any]],
) -> None:
    wire = {
        "id": "sk-1",
        "outlet": "Sahel Wire",
        "published": "2026-03-07",
        "text": "BAMAKO, March 7 - Gunmen killed six herders in a raid on a hamlet in southern Mali on "
        "Friday, local officials said. The raid took place in the Sikasso region close to the border.",
    }
    rows = stored_attacks([wire])
    placed = [r for r in rows if r.place_name == "Sikasso"]  # type: ignore[attr-defined]
    assert placed, [(r.place_name, r.resolution) for r in rows]  # type: ignore[attr-defined]
    # the town the sentence does not name is the region its document names: not at the town
    assert all((r.resolution or {}).get("region") == "wide" for r in placed)  # type: ignore[attr-defined]


def test_a_target_cut_before_its_reference_town_keeps_its_head() -> None:
    from nexus.resolve.events import target_heads

    # "a checkpoint west of <town>", the extractor's phrase cut after the direction
    assert target_heads(["army checkpoint south-west"]) == {"checkpoint"}
    assert target_heads(["the police post northern"]) == {"post"}
    assert target_heads(["the west"]) == {"west"}

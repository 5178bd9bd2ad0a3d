"""Event identity across outlets (session 31): a base no gazetteer knows, put by one outlet at the
point of the city it filed from and by another near the town its text names, is one place; a
township a gazetteer reads abroad, in a country the text never names, is a place of the country
the text speaks of."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

StoredAttacks = Callable[[list[dict[str, str]]], list[Any]]
StoredEvents = Callable[[list[dict[str, str]], str | None], list[Any]]

FROM_THE_CAPITAL = {
    "id": "kb31-capital",
    "outlet": "Andes Daily",
    "published": "2026-03-02",
    "text": "LIMA -- The government said on Monday it would send more troops to the south after the "
    "weekend attack on the Sillqapampa base that left six soldiers dead. The defence minister said "
    "the army would stay.",
}
FROM_THE_REGION = {
    "id": "kb31-region",
    "outlet": "Sierra Voice",
    "published": "2026-03-02",
    "text": "CUSCO -- Six soldiers were killed on Sunday when armed men attacked an army base in "
    "Sillqapampa, a village near Huanta, using explosives and rifle fire, the army said. Several "
    "soldiers were wounded.",
}


def test_a_base_placed_where_an_outlet_filed_joins_the_base_placed_by_its_town(
    stored_attacks: StoredAttacks,
) -> None:
    rows = stored_attacks([FROM_THE_CAPITAL, FROM_THE_REGION])
    assert len({row.event_id for row in rows}) == 1
    filed = next(row for row in rows if row.doc_id == "kb31-capital")
    assert filed.lat is None and filed.lon is None  # the capital's point is no point of the base


#: No dateline, and no sentence that sets the township beside a town of its country: a gazetteer
#: reads "Pale" in Bosnia, though the only other place the text names is a Burmese town.
READ_ABROAD = {
    "id": "kb31-abroad",
    "outlet": "Irrawaddy Post",
    "published": "2026-05-06",
    "text": "The toll of Tuesday's junta air raid on a village in Pale township has reached eleven, the "
    "township's parallel administration said on Wednesday. Doctors in Monywa said many of the wounded "
    "were children.",
}
READ_AT_HOME = {
    "id": "kb31-home",
    "outlet": "Yangon Courier",
    "published": "2026-05-06",
    "text": "YANGON -- Eleven people died on Tuesday when military jets bombed a monastery in Pale "
    "township, local groups said. Monywa hospital took in the wounded.",
}


def test_a_namesake_abroad_of_a_country_the_text_never_names_is_a_place_of_the_texts_country(
    stored_events: StoredEvents,
) -> None:
    rows = stored_events([READ_ABROAD, READ_AT_HOME], "military_action")
    assert len(rows) == 2 and len({row.event_id for row in rows}) == 1
    abroad = next(row for row in rows if row.doc_id == "kb31-abroad")
    assert abroad.country == "MM" and abroad.lat is None  # not Bosnia's Pale


FILED_ABROAD = {
    "id": "kb31-filed-abroad",
    "outlet": "Levant Desk",
    "published": "2026-04-10",
    "text": "BEIRUT -- A car bomb killed seven people near the grain market in Azaz on Thursday, "
    "a monitoring group said.",
}


def test_a_dateline_abroad_gives_the_town_no_other_country(stored_events: StoredEvents) -> None:
    rows = stored_events([FILED_ABROAD], "attack")
    assert [row.country for row in rows] == ["SY"]  # filed from Beirut, not a Lebanese Azaz

"""Event identity across outlets (session 31): a base no gazetteer knows, put by one outlet at the
point of the city it filed from and by another near the town its text names, is one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

StoredAttacks = Callable[[list[dict[str, str]]], list[Any]]

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

"""Every entity and event of an extraction has an id of its own (a store refuses two rows under one id)."""

from __future__ import annotations

from nexus.extract.assemble import _distinct_ids
from nexus.model import Entity


def test_a_city_and_the_country_named_for_it_get_two_ids() -> None:
    city = Entity(id="ent-1", name="Djibouti", type="PLACE", subtype="city")
    country = Entity(id="ent-1", name="Djibouti", type="PLACE", subtype="country")
    other = Entity(id="ent-2", name="Tadjourah", type="PLACE", subtype="city")
    out = _distinct_ids([city, country, other], "ent")
    assert (out[0].id, out[2].id) == ("ent-1", "ent-2")  # the first keeps its id
    assert len({e.id for e in out}) == 3
    assert [e.subtype for e in out] == ["city", "country", "city"]
    assert _distinct_ids([city, country], "ent")[1].id == out[1].id  # the same on every run

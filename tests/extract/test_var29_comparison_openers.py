"""A sentence opening with a negated frame of comparison ("Not since 2009 has a single bombing
...") names its happening only as a yardstick: no event of that year."""

from __future__ import annotations

from typing import Any


def test_not_since_a_year_is_no_event_of_that_year(extract: Any) -> None:
    text = (
        "Nine pilgrims were killed when gunmen fired on a bus near Reasi on Sunday. "
        "Not since 2009 has a single bombing in the province claimed so many lives."
    )
    found = extract(text, published="2024-06-11").events
    assert not [e for e in found if e.date is not None and e.date.iso.startswith("2009")], found
    assert [e for e in found if e.type == "attack"], found

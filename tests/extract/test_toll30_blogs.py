"""Live blogs (session 30) whose entries open with a bare clock time on its own line, or with a
weekday before the time: the entry written last gives the event's current toll."""

from __future__ import annotations

from typing import Any

from nexus.extract.tolls import _blog_entries


def value(count: Any) -> tuple[int, str] | None:
    return None if count is None else (count.value, count.qualifier)


# --------------------------------------------------------------------------- live blogs


def test_bare_clock_lines_open_entries() -> None:
    text = (
        "Live: storm of the prison\n17:45\nMore troops arrive.\n15:10\nShots are heard.\n"
        "12:00\nFirst reports."
    )
    entries = _blog_entries(text)
    assert [place for _, place in entries] == [2, 1, 0]  # newest first


def test_weekday_before_the_time_opens_an_entry() -> None:
    text = (
        "10:20 — Curfew lifted.\n"
        "07:05 — Schools stay shut.\n"
        "Sunday, 23:30 — Gunfire dies down.\n"
        "Sunday, 20:15 — Gunmen enter the hotel.\n"
    )
    assert len(_blog_entries(text)) == 4


def test_a_time_inside_a_sentence_opens_no_entry() -> None:
    text = "The bus left at 07:30\nand reached the border at 09:10 on Monday, the driver said."
    assert _blog_entries(text) == []


_NEWEST_FIRST = (
    "Live: Explosion at the Ostrava bus terminal\n"
    "Updated through the day\n"
    "18:30\n"
    "The regional governor says the number of dead has risen to 9, after two of the injured died "
    "in hospital. The provincial health office says 31 to 35 people were hurt, many of them students.\n"
    "16:00\n"
    "Seven are now dead and 19 injured, a police officer at the scene says.\n"
    "11:20\n"
    "Hospital staff tell us four passengers have died and 12 are being treated for wounds.\n"
    "09:05\n"
    "Police confirm that a device hidden under a seat went off in a coach at the terminal at about 8 am.\n"
)

_WEEKDAY_STAMPS = (
    "LIVE: Siege at the Harbour Lodge hotel in Port Velmar\n"
    "10:40 — Police say the siege is over.\n"
    "08:15 — Funeral prayers are held for the guards at the city mosque.\n"
    "Friday, 23:50 — The toll rises to 14, a police spokesman says; 26 people were wounded.\n"
    "Friday, 21:10 — Gunmen stormed the Harbour Lodge hotel in Port Velmar this evening and opened "
    "fire on diners. Six people were killed and nine wounded, police say.\n"
)


def test_the_latest_bare_clock_entry_gives_the_hurt(extract: Any) -> None:
    (event,) = [e for e in extract(_NEWEST_FIRST).events if e.type == "attack"]
    assert value(event.killed) == (9, "exact")
    assert value(event.injured) == (31, "at_least")


def test_the_latest_weekday_entry_gives_the_toll(extract: Any) -> None:
    events = [e for e in extract(_WEEKDAY_STAMPS, published="2025-05-10").events if e.type == "attack"]
    assert events
    assert value(events[0].killed) == (14, "exact")
    assert value(events[0].injured) == (26, "exact")

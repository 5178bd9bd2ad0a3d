"""Hand-built reports of several events in three countries (tests and demos of the events list).

``events_corpus()`` gives two ingest batches. The first holds four reports:

* an attack in Kandahar (AF, 2021-05-02) by the Crimson Hand, one outlet,
  "at least 20" killed and "about 30" wounded (qualified figures);
* an attack in Mosul (IQ, 2021-07-09) by the Northern Wolves, reported by
  two outlets whose tolls contradict (12 and 19);
* a raid near Basra (IQ, 2020-11-01) killing five Northern Wolves fighters.

The second batch is a rally in Herat (AF, 2022-01-15) of the Crimson Hand.
Names, places and sentences are invented for these tests.
"""

from __future__ import annotations

from datetime import date

from nexus.model import Count, Extraction
from nexus.store.samples import ExtractionBuilder, place


def events_corpus() -> tuple[list[Extraction], list[Extraction]]:
    """The two ingest batches described in the module docstring."""
    kandahar = place("Kandahar", country="AF", admin1="Kandahar", lat=31.61, lon=65.71)
    mosul = place("Mosul", country="IQ", admin1="Nineveh", lat=36.34, lon=43.13)

    k_text = (
        "Gunmen of the Crimson Hand stormed a crowded market in Kandahar on Sunday, "
        "leaving at least 20 people dead and about 30 wounded."
    )
    k = ExtractionBuilder("ev-k1", k_text, outlet="Valley Herald", published=date(2021, 5, 3))
    hand = k.entity("Crimson Hand", country="AF")
    k.entity("Kandahar", "PLACE", country="AF", at=kandahar)
    k.event(
        "attack",
        k_text,
        date="2021-05-02",
        at=kandahar,
        actors=[hand],
        killed=Count(value=20, qualifier="at_least", text="at least 20"),
        injured=Count(value=30, qualifier="approx", text="about 30"),
    )

    m1_text = "A car bomb set by the Northern Wolves tore through a Mosul bus station on Friday, killing 12."
    m1 = ExtractionBuilder("ev-m1", m1_text, outlet="Lake Times", published=date(2021, 7, 10))
    wolves = m1.entity("Northern Wolves", country="IQ")
    m1.entity("Mosul", "PLACE", country="IQ", at=mosul)
    m1.event("attack", m1_text, date="2021-07-09", at=mosul, actors=[wolves], killed=12)

    m2_text = "Hospital staff said 19 people died when the Northern Wolves bombed the Mosul bus station."
    m2 = ExtractionBuilder("ev-m2", m2_text, outlet="Desert Daily", published=date(2021, 7, 11))
    wolves2 = m2.entity("Northern Wolves", country="IQ")
    m2.event("attack", m2_text, date="2021-07-09", at=mosul, actors=[wolves2], killed=19)

    b_text = "Troops killed five Northern Wolves fighters in a night raid near Basra."
    b = ExtractionBuilder("ev-b1", b_text, outlet="River Gazette", published=date(2020, 11, 2))
    wolves3 = b.entity("Northern Wolves", country="IQ")
    b.event(
        "military_action",
        b_text,
        date="2020-11-01",
        at=place("Basra", country="IQ", lat=30.51, lon=47.81),
        targets=[wolves3],
        killed=5,
    )

    h_text = "Several hundred supporters of the Crimson Hand marched through Herat on Saturday."
    h = ExtractionBuilder("ev-h1", h_text, outlet="Valley Herald", published=date(2022, 1, 16))
    hand2 = h.entity("Crimson Hand", country="AF")
    h.event(
        "rally",
        h_text,
        date="2022-01-15",
        at=place("Herat", country="AF", lat=34.35, lon=62.2),
        actors=[hand2],
    )
    return [k.build(), m1.build(), m2.build(), b.build()], [h.build()]

"""Hand-built reports whose events carry a means (tests and demos of the faces that show it).

``method_corpus()`` gives one ingest batch of six reports of four events:

* a bombing in Tarvello (2023-03-04) of the Grey Lanterns against the
  Harbour Guard that two outlets report, both naming explosives;
* an abduction in Quennard (2023-04-10) that one outlet tells as a kidnapping
  and another as a shooting (hostage-taking goes with any weapon, so the two
  stay one event): a tie, which the lexicon's order settles;
* an air strike near Ostrava Nova (2023-05-01), ``military_action``;
* a rally in Tarvello (2023-06-02), no means.

Names, places and sentences are invented.
"""

from __future__ import annotations

from datetime import date

from nexus.model import Extraction
from nexus.store.samples import ExtractionBuilder, place


def method_corpus() -> list[Extraction]:
    """The batch described in the module docstring."""
    tarvello = place("Tarvello", country="AL", lat=41.02, lon=19.94)
    quennard = place("Quennard", country="AL", lat=40.47, lon=19.49)
    nova = place("Ostrava Nova", country="AL", lat=42.07, lon=20.42)

    out = []
    for doc_id, text, outlet, day in (
        (
            "mt-b1",
            "A roadside bomb of the Grey Lanterns killed four Harbour Guard men in Tarvello.",
            "Coast Courier",
            5,
        ),
        (
            "mt-b2",
            "Four Harbour Guard men died when a Grey Lanterns device blew up in Tarvello.",
            "Hill Ledger",
            6,
        ),
    ):
        b = ExtractionBuilder(doc_id, text, outlet=outlet, published=date(2023, 3, day))
        group = b.entity("Grey Lanterns", country="AL")
        guards = b.entity("Harbour Guard", country="AL")
        b.event(
            "attack",
            text,
            date="2023-03-04",
            at=tarvello,
            actors=[group],
            targets=[guards],
            killed=4,
            method="explosives",
        )
        out.append(b.build())
    for doc_id, text, outlet, method in (
        (
            "mt-k1",
            "Armed men abducted two engineers from a depot in Quennard.",
            "Coast Courier",
            "kidnapping",
        ),
        (
            "mt-k2",
            "Gunmen opened fire at a Quennard depot and seized two engineers.",
            "Hill Ledger",
            "firearms",
        ),
    ):
        k = ExtractionBuilder(doc_id, text, outlet=outlet, published=date(2023, 4, 11))
        k.event("attack", text, date="2023-04-10", at=quennard, method=method)
        out.append(k.build())
    a_text = "Warplanes struck a fuel depot near Ostrava Nova, killing three <b>fighters</b>."
    a = ExtractionBuilder("mt-a1", a_text, outlet="Hill Ledger", published=date(2023, 5, 2))
    a.event("military_action", a_text, date="2023-05-01", at=nova, killed=3, method="airstrike")
    out.append(a.build())
    r_text = "Hundreds of traders marched through Tarvello against new taxes."
    r = ExtractionBuilder("mt-r1", r_text, outlet="Coast Courier", published=date(2023, 6, 3))
    r.event("rally", r_text, date="2023-06-02", at=tarvello)
    out.append(r.build())
    return out

"""Dates the parser hangs on the wrong clause, and days counted from another day (event_dates.py,
dates.py), through the pipeline. Invented places and groups throughout."""

from __future__ import annotations

from datetime import date
from typing import Any


def _dates(extract: Any, text: str, published: str, kind: str) -> list[str | None]:
    return [
        e.date.iso if e.date else None for e in extract(text, published=published).events if e.type == kind
    ]


def test_a_past_month_hung_on_a_present_relative_clause_dates_the_designation(extract: Any) -> None:
    text = (
        'Velmora\'s cabinet designated the Kessan Front, which the army calls "the Fellowship", '
        "a terrorist organisation in March 2019."
    )
    assert _dates(extract, text, "2025-06-10", "sanction") == ["2019-03"]


def test_a_past_month_hung_on_a_present_perfect_verb_dates_the_killing_before_it(extract: Any) -> None:
    text = (
        "The Dune Riders militia has been accused of grave abuses, including the killing of 40 herders "
        "at Dorvani, near the northern border, in October 2022."
    )
    assert "2022-10" in _dates(extract, text, "2025-06-10", "attack")


def test_a_dated_night_hung_on_the_copula_dates_the_older_massacre(extract: Any) -> None:
    text = (
        "The ambush is the deadliest in the valley this year and one of the worst in the country since "
        "gunmen killed at least 60 villagers in Tessara, in Ormi province, on the night of May 2, 2020."
    )
    assert "2020-05-02" in _dates(extract, text, "2025-06-10", "attack")


def test_a_noun_s_own_year_is_not_moved_by_the_present_perfect_around_it(extract: Any) -> None:
    text = (
        "Raids in the east have intensified since the May 2022 massacre at Dorfel, where gunmen "
        "killed 50 people queuing for water."
    )
    assert _dates(extract, text, "2025-06-10", "attack") == ["2022-05"]


def test_a_day_before_a_toll_update_is_the_happening_s_day(extractor: Any) -> None:
    # published Wednesday 2025-06-11: "late on Monday" is June 9, "on Wednesday" the update's day;
    # the parse hangs both days on "rose"
    from nexus.extract.dates import find_doc_dates
    from nexus.extract.event_dates import date_for
    from nexus.model import Document

    text = (
        "The number of soldiers killed when Red Dawn Front West Coast Province (RDFWCP) fighters overran "
        "a military base in Marzuna, in the Tavel local government area of Orvo State, late on Monday "
        "rose to nine on Wednesday, two military sources told the Daily Lantern."
    )
    published = date(2025, 6, 11)
    doc, _ = extractor.parse(Document(id="toll", text=text, published=published))
    overran = next(t for t in doc if t.lower_ == "overran")
    value = date_for(overran.sent, overran, find_doc_dates(doc, published))
    assert value is not None and value.iso == "2025-06-09"


def test_a_named_day_wins_over_overnight(extract: Any) -> None:
    # published Wednesday 2025-06-11: "late on Saturday" is June 7; "overnight" stands in for it
    text = (
        "Suspected rebels killed at least 12 villagers in an overnight raid on Dessamo, a hamlet on the "
        "Orvi road, late on Saturday, local leaders said."
    )
    assert _dates(extract, text, "2025-06-11", "attack") == ["2025-06-07"]


def test_an_offensive_named_as_the_subject_of_its_toll_takes_the_opening_month(extract: Any) -> None:
    text = (
        "In April 2021, the army's biggest offensive in a decade killed 30 fighters in the hills near Kalvo."
    )
    assert _dates(extract, text, "2025-06-10", "military_action") == ["2021-04"]


def test_a_measure_that_took_effect_on_a_day_is_dated_that_day(extract: Any) -> None:
    # published Monday 2025-06-09: "On Friday" is June 6
    text = "On Friday, the designation of the Red Hand movement as a terrorist group by Norland took effect."
    assert _dates(extract, text, "2025-06-09", "sanction") == ["2025-06-06"]


def test_a_round_of_talks_is_dated_by_the_clause_that_tells_where_it_was_held(extract: Any) -> None:
    text = (
        "The fighting follows the first round of peace talks in two years, held in Sorvano on "
        "February 12 between a government delegation and rebel envoys."
    )
    assert _dates(extract, text, "2025-03-01", "meeting") == ["2025-02-12"]


def test_a_span_s_starting_year_lends_no_year_to_a_later_bare_day(extract: Any) -> None:
    text = (
        "The front, which has fought the state since 1992, has stepped up attacks since March 3, when "
        "two of its fighters bombed a police station in Korvel, wounding four officers."
    )
    assert "2024-03-03" in _dates(extract, text, "2024-05-10", "attack")


def test_an_attack_restated_as_claimed_dates_the_claim(extract: Any) -> None:
    text = (
        "Police in Harlo said they had arrested two suspects. In May 2016, rebels ambushed a police "
        "convoy near Tamsu, killing nine officers of the Fourth Regiment, an attack claimed by the "
        "Ridgeline Liberation Front."
    )
    assert _dates(extract, text, "2025-06-10", "claim") == ["2016-05"]


def test_days_counted_back_after_a_day_of_the_sentence_count_from_that_day(extract: Any) -> None:
    # published Saturday 2025-06-14: the Thursday is June 12, three days before it June 9
    text = (
        "The navy said on Thursday that it had carried out an air strike on a rebel camp about 30 "
        "kilometres south of Olvar three days earlier."
    )
    assert _dates(extract, text, "2025-06-14", "military_action") == ["2025-06-09"]


def test_a_second_day_after_the_cause_of_a_court_order_is_the_cause_s_day(extract: Any) -> None:
    # published Wednesday 2025-06-11: the order was Monday, the knife attack Saturday June 7
    text = (
        "Police arrested three men suspected of planning a bombing in Dorvo on Tuesday, the interior "
        "ministry said. In a separate case, a judge of the High Court on Monday ordered a 31-year-old man "
        "held in custody over a knife attack at the bus station in Kastro, in the province of Ambel, on "
        "Saturday evening, in which a woman was killed."
    )
    events = extract(text, published="2025-06-11").events
    (attack,) = [e for e in events if e.trigger == "attack"]
    assert attack.date is not None and attack.date.iso == "2025-06-07"


def test_the_object_of_a_when_clause_after_a_month_takes_that_month(extract: Any) -> None:
    text = (
        "Gunmen killed four soldiers at a checkpoint near Tarsi on Sunday. The militia has waged a "
        "campaign of ambushes against government forces in the province since March 2021, when the army "
        "launched an offensive to drive it out of the hills."
    )
    assert _dates(extract, text, "2025-06-10", "military_action") == ["2021-03"]


def test_a_weekday_after_days_counted_back_is_not_the_day_of_publication(extract: Any) -> None:
    # published Tuesday 2024-09-10: "Four days earlier, on Tuesday" is September 3
    text = (
        "Gunmen killed five guards at a depot outside Mervan late on Saturday, the militia said. Four days "
        "earlier, on Tuesday, tribal fighters ambushed a patrol near the village of Alsu, killing two."
    )
    events = extract(text, published="2024-09-10").events
    (alsu,) = [e for e in events if e.type == "attack" and e.place is not None and e.place.name == "Alsu"]
    assert alsu.date is not None and alsu.date.iso == "2024-09-03"


def test_an_attack_summing_up_the_clause_before_it_is_that_clause_s_happening(extract: Any) -> None:
    text = (
        "Police in Harlo arrested two men on Monday. In August 2023, a gunman killed four people and "
        "wounded six at a fair in Dovra, an attack claimed by the Red Hand; he was sentenced to life "
        "imprisonment in November."
    )
    events = extract(text, published="2025-06-10").events
    assert [e.date.iso if e.date else None for e in events if e.type == "attack"] == ["2023-08"]
    assert [e.date.iso if e.date else None for e in events if e.type == "claim"] == ["2023-08"]
    # the sentencing's bare month falls after August in the year the sentence wrote out
    assert "2023-11" in [e.date.iso if e.date else None for e in events if e.type == "military_action"]


def test_a_few_days_before_a_clause_dated_by_its_month_is_in_that_month(extract: Any) -> None:
    text = (
        "Police said the killings were linked to a feud between two gangs. The government had already "
        'declared 14 criminal gangs "terrorist organisations" in March 2023, days after gunmen stormed a '
        "radio station in Porto Velmar during a live broadcast and held staff at gunpoint."
    )
    events = extract(text, published="2025-10-06").events
    (stormed,) = [e for e in events if e.trigger == "stormed"]
    assert stormed.date is not None and stormed.date.iso == "2023-03"


def test_a_few_weeks_after_a_span_s_start_keeps_the_clause_s_own_month(extract: Any) -> None:
    text = (
        "The two factions of the Velmar cartel have been at war since September, weeks after the "
        "cartel's founder was flown to Norland and arrested there in July."
    )
    events = extract(text, published="2025-03-13").events
    (arrested,) = [e for e in events if e.trigger == "arrested"]
    assert arrested.date is not None and arrested.date.iso == "2024-07"

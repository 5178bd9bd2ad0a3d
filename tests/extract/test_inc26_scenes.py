"""A second incident told at a scene of its own (session 25): a sentence that opens with a phrase
of place set off by a comma ("In a camp near X, ...") and gives its own day is told apart from the
report's news; it joins the news only when its day and place both agree (a retelling at the same
scene), and a phrase that sets where words were said ("In the capital, a spokesman said ...")
sets nothing apart. Invented reports, whole pipeline.
"""

from __future__ import annotations

from typing import Any

PUBLISHED = "2025-04-10"  # a Thursday
LEAD_DAY = "2025-04-07"

SCENE_LEAD = (
    "Bandits shot dead four herders at a watering point outside Moyale on Monday, officials said. "
    "Two wounded herders were taken to a clinic in Marsabit. "
)


def test_a_sentence_opened_by_another_scene_with_its_own_day_tells_another_incident(extract: Any) -> None:
    text = (
        SCENE_LEAD
        + "In a displacement camp near Marsabit, a boy was found hacked to death on Monday, staff said."
    )
    attacks = [e for e in extract(text, published=PUBLISHED).events if e.type == "attack"]
    assert len(attacks) == 2
    assert {e.date.iso for e in attacks if e.date} == {LEAD_DAY}


def test_a_retelling_opened_by_the_same_scene_joins_the_news(extract: Any) -> None:
    text = SCENE_LEAD + "Outside Moyale, the bandits also set fire to a water tanker on Monday, police said."
    attacks = [e for e in extract(text, published=PUBLISHED).events if e.type == "attack"]
    assert len(attacks) == 1


def test_a_scene_opening_where_words_were_said_sets_nothing_apart(extract: Any) -> None:
    text = (
        SCENE_LEAD
        + "In Nairobi, a ministry spokesman said on Tuesday that the bandits had fled towards Ethiopia."
    )
    attacks = [e for e in extract(text, published=PUBLISHED).events if e.type == "attack"]
    assert len(attacks) == 1

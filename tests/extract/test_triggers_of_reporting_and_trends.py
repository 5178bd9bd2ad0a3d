"""Event triggers of a page's own reporting and of trends: an interview given to the page, a text
the page reprints, a visit told in the page's first person, an appeal to the reader and a change
in a count or a measure tell no happening; the same verbs told of others do."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nexus.extract.count_scope import in_count_scope
from nexus.extract.newsroom import interview_with_the_outlet, page_appeal, reprinted_by_the_outlet
from nexus.extract.trend_changes import in_trend, trend_verbs_of
from nexus.extract.triggers import find_triggers


def types(nlp: Language, text: str) -> list[str]:
    return [etype for sent in nlp(text).sents for _, etype in find_triggers(sent)]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # the page's own visit, told in the first person
        ("Reading ward registers, and visiting the widows house by house, we counted 23 dead.", "visit"),
        # an appeal to the reader
        ("Send tips and letters to the Korvela desk.", "visit"),
        # a change in a count or a measure
        ("Bomb attacks on pylons dropped to zero in May, from four in March.", "attack"),
        (
            "Fish exports dropped 7.5% in May, according to the traders' guild, which blamed the raids.",
            "statement",
        ),
    ],
)
def test_the_pages_reporting_and_trends_are_no_event(nlp: Language, text: str, etype: str) -> None:
    assert etype not in types(nlp, text)


LEAD = "Gunmen shot dead three herders near Omberly on Tuesday, police said.\n\n"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # an interview given to the page, and a text the page reprints
        (
            "Deputy Governor Arvid Lenk, who has run the district since May, spoke to The Varnholt Review in "
            "his office on Wednesday evening.",
            "meeting",
        ),
        (
            "Below we print the army's statement in full, unedited.",
            "statement",
        ),
    ],
)
def test_the_pages_own_interviews_and_reprints_are_no_event(extract, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events = extract(LEAD + text, published="2026-03-12", outlet="Varnholt Review").events
    assert [e.type for e in events if e.evidence.sentence == text and e.type == etype] == []
    assert any(e.type == "attack" for e in events)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # the same verbs told of others: the happening is told
        ("The district chief spoke with elders of the clan in Omberly on Thursday.", "meeting"),
        (
            "The brigade published a statement on Tuesday accusing the Dalvero Front of the killings.",
            "statement",
        ),
        ("The governor visited the wounded in the hospital at Varnholt on Monday.", "visit"),
        # a day makes a rising count one happening's toll; a clause of its own time is told apart
        ("Gunmen attacked the market in Omberly on Monday, and the dead rose to nine on Tuesday.", "attack"),
        (
            "Kidnappings rose 15 per cent in March, when gunmen abducted 40 pupils from a school in "
            "Dalvero on 12 March.",
            "attack",
        ),
    ],
)
def test_the_same_verbs_told_of_others_are_events(nlp: Language, text: str, etype: str) -> None:
    assert etype in types(nlp, text)


def test_an_interview_needs_the_page_as_its_partner(nlp: Language) -> None:
    doc = nlp("The mayor spoke to the Ostrava Herald on Monday. The mayor spoke to the elders on Monday.")
    first, second = (t for t in doc if t.lower_ == "spoke")
    assert interview_with_the_outlet(first)
    assert not interview_with_the_outlet(second)


def test_only_the_object_of_our_reprint_is_reprinted(nlp: Language) -> None:
    doc = nlp("We print the council's communique below. The council printed a communique on Monday.")
    ours, theirs = (t for t in doc if t.lower_ == "communique")
    assert reprinted_by_the_outlet(ours)
    assert not reprinted_by_the_outlet(theirs)


def test_an_appeal_is_a_full_sentence_opened_by_a_bare_imperative(nlp: Language) -> None:
    appeal = nlp("Call the Varnholt hotline with any information about the fire.")
    assert page_appeal(appeal[0])
    told = nlp("Police called the Varnholt hotline with information about the fire.")
    assert not page_appeal(told[1])
    headline = nlp("Call for calm after blast in Varnholt")
    assert not page_appeal(headline[0])


def test_a_trend_needs_a_measured_change_without_a_day(nlp: Language) -> None:
    doc = nlp("Ambushes on convoys rose 30 per cent in June.")
    ambushes = doc[0]
    assert [v.lower_ for v in trend_verbs_of(ambushes)] == ["rose"]
    assert in_trend(ambushes)
    toll = nlp("Deaths from the raid rose to 14 on Monday.")
    assert trend_verbs_of(toll[0]) == []
    unmeasured = nlp("Attacks on police rose sharply in June.")
    assert not in_trend(unmeasured[0])


def test_a_gerund_after_without_did_not_happen(nlp: Language) -> None:
    found = types(
        nlp, "Troops opened fire without warning on a crowd near Varn on Wednesday, killing two traders."
    )
    assert "statement" not in found
    assert "attack" in found


def test_the_kinds_a_count_covers_are_no_event(nlp: Language) -> None:
    assert types(nlp, "Our tally includes only raids in which at least one villager was killed.") == []
    doc = nlp("Our tally includes only raids in which at least one villager was killed.")
    assert in_count_scope(next(t for t in doc if t.lower_ == "killed"))
    # one happening, with its article and its day, is told
    found = types(
        nlp, "The report covers the raid on the Varn market on 3 May, in which 12 traders were killed."
    )
    assert "attack" in found

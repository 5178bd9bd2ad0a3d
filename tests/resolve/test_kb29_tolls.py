"""The KB's final toll over an event's reports (session 29): a follow-up recalling the event after
every report of it gives the latest figure the record holds; a figure stated as a rise updates
every earlier count and is never a claimant's boast; a figure more sources give than the single
higher count before it is no restatement; a claimant's count told in the outlet's words ("X claimed
the raid, saying 40 died") is the doer's, and a report's own toll beside it is the report's figure."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from nexus.resolve import ReportedFigure, summarize
from nexus.resolve.figures import claimed_in_speech, stated_as_rise, updates
from nexus.store.linker import _told_by_doer


def fig(
    value: int,
    outlet: str,
    day: int,
    qualifier: str = "exact",
    *,
    background: bool = False,
    sentence: str | None = None,
    by_doer: bool = False,
) -> ReportedFigure:
    doc_id = f"{outlet}-{day}"
    return ReportedFigure(
        value=value,
        qualifier=qualifier,
        report_id=f"r-{doc_id}",
        doc_id=doc_id,
        source=doc_id,
        outlet=outlet,
        published=date(2025, 3, day),
        background=background,
        sentence=sentence,
        by_doer=by_doer,
    )


# Recalled tolls of follow-ups.


def test_a_follow_up_published_after_every_report_gives_the_latest_toll() -> None:
    recall = "Relief workers handed out food on Friday to families who fled after the raid that killed nine."
    figures = [
        fig(4, "river post", 3),
        fig(6, "hill radio", 4),
        fig(9, "plains weekly", 7, background=True, sentence=recall),
    ]
    summary = summarize("killed", figures)
    assert summary is not None
    assert summary.latest.value == 9 and summary.latest.outlet == "plains weekly"


def test_a_recalled_toll_that_repeats_the_count_supports_it() -> None:
    figures = [fig(12, "river post", 3), fig(12, "plains weekly", 6, background=True)]
    summary = summarize("killed", figures)
    assert summary is not None
    assert summary.most_corroborated.value == 12 and summary.most_corroborated.n_sources == 2


def test_a_recall_published_before_the_last_report_stays_background() -> None:
    figures = [fig(4, "river post", 3), fig(9, "plains weekly", 5, background=True), fig(6, "hill radio", 8)]
    summary = summarize("killed", figures)
    assert summary is not None and summary.latest.value == 6
    assert {f.value: f.status for f in summary.reports}[9] == "background"


def test_a_recalled_toll_below_the_reports_count_is_no_update() -> None:
    figures = [fig(15, "river post", 3), fig(11, "plains weekly", 9, background=True)]
    summary = summarize("killed", figures)
    assert summary is not None and summary.latest.value == 15


# Figures stated as a rise.


def test_rise_wordings_are_read_with_their_figure() -> None:
    assert stated_as_rise("By Monday evening their tally had climbed to nineteen.", 19)
    assert stated_as_rise("Two more bodies turned up, bringing those buried so far to 31.", 31)
    assert stated_as_rise("The count of those who died has now risen to 40, a nurse said.", 40)
    assert not stated_as_rise("The count of those who died has now risen to 40, a nurse said.", 12)
    assert not stated_as_rise("Twelve herders were shot dead near the wells, the mayor said.", 12)
    assert not stated_as_rise(None, 3)


def test_a_rise_is_the_latest_below_a_lone_higher_count_of_an_earlier_day() -> None:
    risen = "The number of dead has risen to 13, a district official said on Wednesday."
    figures = [fig(7, "river post", 2), fig(25, "frontier wire", 3), fig(13, "hill radio", 4, sentence=risen)]
    summary = summarize("killed", figures)
    assert summary is not None and summary.latest.value == 13


def test_a_count_above_the_rise_after_it_is_an_update_again() -> None:
    risen = "By dawn clinics put it higher: it rose to 21 overnight."
    figures = [
        fig(12, "river post", 2, "at_least"),
        fig(30, "frontier wire", 3),
        fig(21, "hill radio", 3, sentence=risen),
        fig(23, "plains weekly", 6),
    ]
    assert 23 in [f.value for f in updates(figures)]
    summary = summarize("killed", figures)
    assert summary is not None and summary.latest.value == 23


def test_a_rise_is_never_set_aside_as_a_doers_count() -> None:
    risen = "The toll of last week's massacre has risen to 23, a church group said on Thursday."
    figures = [fig(16, "river post", 2, "at_least"), fig(23, "hill radio", 4, sentence=risen, by_doer=True)]
    summary = summarize("killed", figures)
    assert summary is not None and summary.latest.value == 23


def test_a_doers_count_without_a_rise_is_still_set_aside() -> None:
    boast = "The group said its men had killed 23 of the enemy."
    figures = [fig(16, "river post", 2, "at_least"), fig(23, "hill radio", 4, sentence=boast, by_doer=True)]
    summary = summarize("killed", figures)
    assert summary is not None and summary.latest.value == 16


# A corroborated lower count after a lone higher one.


def test_a_count_two_outlets_give_is_no_restatement_of_one_outlets_higher_count() -> None:
    figures = [
        fig(4, "river post", 2),
        fig(8, "frontier wire", 3),
        fig(5, "hill radio", 3),
        fig(5, "plains weekly", 5),
    ]
    summary = summarize("killed", figures)
    assert summary is not None and summary.latest.value == 5 and summary.latest.outlet == "plains weekly"


def test_a_lone_lower_count_after_a_lone_higher_one_is_still_a_restatement() -> None:
    figures = [fig(4, "river post", 2), fig(8, "frontier wire", 3), fig(5, "plains weekly", 5)]
    summary = summarize("killed", figures)
    assert summary is not None and summary.latest.value == 8


# A claimant's count told in the outlet's words.


def test_a_figure_after_a_claim_and_its_speech_marker_is_the_claimants() -> None:
    assert claimed_in_speech("The faction claimed the convoy raid, saying 40 troops had died.", 40)
    assert claimed_in_speech(
        "A rebel front claimed on Friday that its men had shot dead more than 60 guards at the mine.",
        61,
        "at_least",
    )
    assert claimed_in_speech(
        "The movement claims that it left 'nearly 90' police dead in the town.", 90, "approx"
    )


def test_a_toll_the_outlet_tells_beside_a_claim_is_not_the_claimants() -> None:
    assert not claimed_in_speech("The faction claimed the convoy raid, in which seven guards died.", 7)
    assert not claimed_in_speech("Seven guards died in a raid later claimed by the faction, police said.", 7)
    assert not claimed_in_speech("The faction claimed the raid, saying 40 troops had died.", 7)


def test_a_claimable_reports_sentence_with_the_claim_in_speech_is_told_by_the_doer() -> None:
    row = SimpleNamespace(
        type="attack",
        asserter=None,
        actors=[],
        claimed_figures=None,
        evidence_sentence="The faction claimed the convoy raid on Monday, saying 40 troops had died.",
    )
    assert _told_by_doer(row, "killed", 40, "exact")
    assert not _told_by_doer(
        SimpleNamespace(**{**vars(row), "type": "military_action"}), "killed", 40, "exact"
    )
    # the sentence names its speaker: the claimant's; a speaker it leaves out gave the figure elsewhere
    assert _told_by_doer(SimpleNamespace(**{**vars(row), "asserter": "faction"}), "killed", 40, "exact")
    assert not _told_by_doer(
        SimpleNamespace(**{**vars(row), "asserter": "the governor"}), "killed", 40, "exact"
    )


def test_a_reports_own_toll_is_its_current_figure_beside_the_claimants_higher_count() -> None:
    boast = fig(30, "capital daily", 4, by_doer=True)
    own = ReportedFigure(**{**fig(6, "capital daily", 4).model_dump(), "report_id": "r-own", "position": 200})
    summary = summarize("killed", [fig(3, "river post", 3), boast, own])
    assert summary is not None and summary.latest.value == 6
    assert {f.value: f.status for f in summary.reports}[30] == "lesser"

"""The place ranker locates an older happening the report recalls (``F=background``) only when its
candidate scores at least the recalled threshold (``place_model.fillable_recalled``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from nexus.extract import place_model

RECALLED_CANDIDATE = ["T=attack", "SRC=before1", "PK=city", "GS=geonames", "F=background"]

# the recalled raid's place stands only in the sentence before it, which the rules do not read
REPORT = (
    "Rebels burned a clinic in Rutshuru on Saturday, an army officer reported.\n\n"
    "The group has long held the hills around Kiwanja. Last year, its fighters looted a market "
    "there and killed nine traders."
)


def test_a_recalled_happenings_candidate_needs_the_higher_score() -> None:
    assert not place_model.fillable(RECALLED_CANDIDATE)
    assert place_model.fillable_recalled(RECALLED_CANDIDATE, 0.7, 0.5)
    assert not place_model.fillable_recalled(RECALLED_CANDIDATE, 0.4, 0.5)
    assert not place_model.fillable_recalled(RECALLED_CANDIDATE, 0.9, 2.0)  # switched off


def test_other_guards_still_hold_for_a_recalled_happening() -> None:
    speaker = [*RECALLED_CANDIDATE, "SRC=sent", "ROLE=other"]
    origin = [*RECALLED_CANDIDATE, "F=origin"]
    borrowed = ["T=attack", "PK=city", "GS=nexus-within", "F=background"]
    for features in (speaker, origin, borrowed):
        assert not place_model.fillable_recalled(features, 0.99, 0.5)


def test_an_event_of_the_present_is_not_judged_by_the_recalled_threshold() -> None:
    present = ["T=attack", "SRC=sent", "ROLE=loc", "PK=city"]
    assert not place_model.fillable_recalled(present, 0.99, 0.5)  # fillable() decides it
    assert place_model.fill_eligible([present, RECALLED_CANDIDATE], [0.1, 0.6], 0.5) == [True, True]
    assert place_model.fill_eligible([present, RECALLED_CANDIDATE], [0.1, 0.4], 0.5) == [True, False]


def test_a_recalled_happening_does_not_take_the_place_of_another_days_event() -> None:
    present = ["T=attack", "SRC=before1", "PK=city"]
    assert place_model.fill_eligible([present, RECALLED_CANDIDATE], [0.9, 0.9], 0.5, [True, True]) == [
        False,
        False,
    ]
    assert place_model.fill_eligible([RECALLED_CANDIDATE], [0.9], 0.5, [False]) == [True]


def test_the_recalled_threshold_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(place_model.ENV_RECALLED, raising=False)
    assert place_model.recalled_at() == place_model.RECALLED_FILL_AT
    assert place_model.FILL_AT <= place_model.RECALLED_FILL_AT
    monkeypatch.setenv(place_model.ENV_RECALLED, "0.75")
    assert place_model.recalled_at() == 0.75


def scoring(value: float) -> Any:
    def predict(_nlp: Any, rows: Sequence[Sequence[str]]) -> list[float]:
        return [value for _ in rows]

    return predict


def recalled_place(extract: Any) -> str | None:
    event = next(e for e in extract(REPORT).events if e.date is not None and e.date.iso == "2024")
    return event.place.name if event.place else None


def test_the_hook_locates_a_recalled_happening_only_when_the_model_is_sure(
    extract: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(place_model, "load_model", lambda: None)
    monkeypatch.setenv(place_model.ENV_MODE, "on")
    monkeypatch.delenv(place_model.ENV_MARGIN, raising=False)
    monkeypatch.setenv(place_model.ENV_RECALLED, "0.5")
    monkeypatch.setattr(place_model, "predict", scoring(0.8))
    assert recalled_place(extract) is not None
    monkeypatch.setattr(place_model, "predict", scoring(0.4))  # enough for a present event, not this
    assert recalled_place(extract) is None
    monkeypatch.setattr(place_model, "predict", scoring(0.8))
    monkeypatch.setenv(place_model.ENV_RECALLED, "1")  # in effect never
    assert recalled_place(extract) is None

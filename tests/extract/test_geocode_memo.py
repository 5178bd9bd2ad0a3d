"""A geocoder looks a name up once: the same answers on a second call, each call a list of its own."""

from __future__ import annotations

import pytest

from nexus.extract import geocode
from nexus.extract.geocode import Geocoder


def test_a_name_asked_twice_gets_equal_lists_the_caller_may_change() -> None:
    geocoder = Geocoder(["PK"], ["Sindh"])
    first = geocoder.candidates("Hyderabad")
    first.clear()
    again = geocoder.candidates("Hyderabad")
    assert again and again == Geocoder(["PK"], ["Sindh"]).candidates("Hyderabad")


def test_context_still_decides_after_the_same_name_was_asked_without_it() -> None:
    assert Geocoder().candidates("Hyderabad")  # kept for the process
    in_pakistan = Geocoder(["PK", "PK"]).best("Hyderabad")
    in_india = Geocoder(["IN"]).best("Hyderabad")
    assert in_pakistan is not None and in_pakistan.country == "PK"
    assert in_india is not None and in_india.country == "IN"


def test_a_contextless_geocoder_is_asked_the_tables_once_per_name(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    look_up = Geocoder._look_up

    def counting(self: Geocoder, name: str) -> list[geocode.Candidate]:
        asked.append(name)
        return look_up(self, name)

    monkeypatch.setattr(Geocoder, "_look_up", counting)
    geocode._candidates_anywhere.cache_clear()
    for _ in range(3):
        Geocoder().candidates("Quetta")
        Geocoder().best("Quetta")
    assert asked == ["Quetta"]


def test_a_document_geocoder_ranks_a_name_once() -> None:
    geocoder = Geocoder(["PK"])
    assert geocoder.best("Quetta") is geocoder.best("Quetta")
    assert geocoder.best("Nowhere-in-particular-xyz") is None

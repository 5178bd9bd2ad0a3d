"""A lead that lists a period's happenings ("Violence rose in May, with a trader shot in X, a
bomb in Y and a raid on Z") is dated only by the month and placed in several towns; a later
sentence dated to a day within it tells one of the listed happenings on its own. The list never
absorbs it (coreference._period_list, read by _joins and _placeless_retellings), so the body's
happening keeps its own day and town rather than the month and the list's last place."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from nexus.model import DateValue


def draft(iso: str | None, precision: str = "day", towns: int = 0, regions: int = 0) -> Any:
    places = [SimpleNamespace(subtype="city") for _ in range(towns)]
    places += [SimpleNamespace(subtype="admin") for _ in range(regions)]
    day = DateValue(iso=iso, precision=precision) if iso is not None else None
    return SimpleNamespace(date=day, own_places=places)


@pytest.mark.parametrize(
    ("told", "later"),
    [
        (draft("2026-05", "month", towns=3), draft("2026-05-14")),
        (draft("2026-05", "month", towns=2, regions=1), draft("2026-05-02")),
        (draft("2026", "year", towns=2), draft("2026-08-30")),
    ],
)
def test_a_month_list_of_several_towns_does_not_absorb_a_dated_part(told: Any, later: Any) -> None:
    from nexus.extract.coreference import _period_list

    assert _period_list(told, later)


@pytest.mark.parametrize(
    ("told", "later"),
    [
        (draft("2026-05-13", towns=3), draft("2026-05-14")),  # a day of its own: one happening told twice
        (draft("2026-05", "month", towns=1, regions=1), draft("2026-05-14")),  # one town: no list
        (draft("2026-05", "month", towns=3), draft("2026-05", "month")),  # no finer day
        (draft("2026-05", "month", towns=3), draft(None)),  # undated words
        (draft(None, towns=3), draft("2026-05-14")),
    ],
)
def test_other_happenings_are_not_period_lists(told: Any, later: Any) -> None:
    from nexus.extract.coreference import _period_list

    assert not _period_list(told, later)

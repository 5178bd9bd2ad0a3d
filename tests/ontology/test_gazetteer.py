"""The gazetteer data files: actors.yaml, sites.yaml and demonyms.yaml.

These check the data itself (counts, allowed values, coordinates, unambiguous
surface forms) and a few look-ups users rely on.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from nexus.model import ORG_SUBTYPES
from nexus.ontology import Actor, Site, actors, demonyms, sites

ISO2 = re.compile(r"^[A-Z]{2}$")
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DESIGNATIONS = {"US-FTO", "US-SDGT", "UN-1267", "UN-1988", "UK-PROSCRIBED", "IN-UAPA"}


def _actor(actor_id: str) -> Actor:
    matches = [a for a in actors() if a.id == actor_id]
    assert matches, f"no actor with id {actor_id!r}"
    return matches[0]


def _site(site_id: str) -> Site:
    matches = [s for s in sites() if s.id == site_id]
    assert matches, f"no site with id {site_id!r}"
    return matches[0]


def _actor_index() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Case-folded name/alias -> actor ids, and exact case-sensitive alias -> actor ids."""
    folded: dict[str, set[str]] = defaultdict(set)
    exact: dict[str, set[str]] = defaultdict(set)
    for a in actors():
        for form in (a.name, *a.aliases):
            folded[form.casefold()].add(a.id)
        for form in a.case_sensitive_aliases:
            exact[form].add(a.id)
    return folded, exact


def _lookup_actor(surface: str) -> set[str]:
    """Actor ids a surface form resolves to, as a matcher using these rules would."""
    folded, exact = _actor_index()
    return exact.get(surface, set()) | folded.get(surface.casefold(), set())


def _lookup_site(surface: str) -> set[str]:
    out = set()
    for s in sites():
        if surface.casefold() in {f.casefold() for f in (s.name, *s.aliases)}:
            out.add(s.id)
        if surface in s.case_sensitive_aliases:
            out.add(s.id)
    return out


# --------------------------------------------------------------------------- loading and size


def test_all_three_files_load_through_the_loader() -> None:
    assert all(isinstance(a, Actor) for a in actors())
    assert all(isinstance(s, Site) for s in sites())
    assert isinstance(demonyms(), dict)


def test_minimum_sizes() -> None:
    assert len(actors()) >= 200
    assert len(sites()) >= 100
    assert len(demonyms()) >= 150


# --------------------------------------------------------------------------- actors


def test_actor_ids_are_kebab_case_and_unique() -> None:
    ids = [a.id for a in actors()]
    assert len(ids) == len(set(ids))
    bad = [i for i in ids if not KEBAB.match(i)]
    assert not bad, bad


def test_actor_subtypes_are_allowed_org_subtypes() -> None:
    bad = {a.id: a.subtype for a in actors() if a.subtype not in ORG_SUBTYPES}
    assert not bad, bad


def test_actors_are_organisations_with_valid_countries_and_designations() -> None:
    for a in actors():
        assert a.type == "ORG", a.id
        assert a.country is None or ISO2.match(a.country), (a.id, a.country)
        assert set(a.designations) <= DESIGNATIONS, (a.id, a.designations)
        assert a.name.strip() == a.name and a.name, a.id
        for form in (*a.aliases, *a.case_sensitive_aliases):
            assert form.strip() == form and form, (a.id, form)


def test_part_of_names_another_armed_group_and_never_loops() -> None:
    by_id = {a.id: a for a in actors()}
    for a in actors():
        if a.part_of is None:
            continue
        assert a.part_of in by_id, f"{a.id}: part_of {a.part_of!r} is no actor"
        assert a.part_of != a.id
        assert by_id[a.part_of].subtype == "armed_group", a.id
        seen = {a.id}
        parent: str | None = a.part_of
        while parent is not None:  # (a chain of parts ends at a whole)
            assert parent not in seen, f"{a.id}: part_of loops"
            seen.add(parent)
            parent = by_id[parent].part_of


def test_no_case_insensitive_surface_form_belongs_to_two_actors() -> None:
    folded, _ = _actor_index()
    clashes = {form: sorted(ids) for form, ids in folded.items() if len(ids) > 1}
    assert not clashes, clashes


def test_no_case_sensitive_alias_belongs_to_two_actors() -> None:
    folded, exact = _actor_index()
    clashes = {form: sorted(ids) for form, ids in exact.items() if len(ids) > 1}
    assert not clashes, clashes
    # an acronym must not also be another actor's case-insensitive form ("PTI" vs "pti")
    cross = {
        form: sorted(ids | folded[form.casefold()])
        for form, ids in exact.items()
        if folded.get(form.casefold(), set()) - ids
    }
    assert not cross, cross


def test_short_forms_are_case_sensitive() -> None:
    """Short all-letter aliases matched case-insensitively would hit ordinary words."""
    short = {(a.id, f) for a in actors() for f in a.aliases if len(f) <= 3 and f.isalpha()}
    assert not short, short


@pytest.mark.parametrize("word", ["IS", "HM", "WHO", "ICC", "PA", "JI", "FC", "RR", "NSA"])
def test_ambiguous_acronyms_are_left_out(word: str) -> None:
    assert _lookup_actor(word) == set()


def test_jem_spelling_variants() -> None:
    jem = _actor("jaish-e-mohammed")
    assert jem.name == "Jaish-e-Mohammed"
    assert "Jaish-e-Mohammad" in jem.aliases
    assert "JeM" in jem.case_sensitive_aliases
    for variant in ("Jaish-e-Muhammad", "Jaish e Mohammed", "Jaish-i-Muhammad", "JAISH-E-MOHAMMAD"):
        assert _lookup_actor(variant) == {"jaish-e-mohammed"}, variant


@pytest.mark.parametrize(
    ("surface", "actor_id"),
    [
        ("ISI", "isi"),
        ("Inter-Services Intelligence", "isi"),
        ("LeT", "lashkar-e-taiba"),
        ("Lashkar-e-Toiba", "lashkar-e-taiba"),
        ("TRF", "the-resistance-front"),
        ("Tehreek-e-Taliban Pakistan", "tehrik-i-taliban-pakistan"),
        ("TTP", "tehrik-i-taliban-pakistan"),
        ("Majeed Brigade", "majeed-brigade"),
        ("BLA", "balochistan-liberation-army"),
        ("ISKP", "islamic-state-khorasan-province"),
        ("ISIS-K", "islamic-state-khorasan-province"),
        ("Daesh", "islamic-state"),
        ("al qaeda", "al-qaeda"),
        ("Hizballah", "hezbollah"),
        ("Izz ad-Din al-Qassam Brigades", "qassam-brigades"),
        ("Houthis", "houthis"),
        ("Al-Shabab", "al-shabaab"),
        ("JNIM", "jnim"),
        ("GSIM", "jnim"),
        ("RAW", "research-and-analysis-wing"),
        ("NIA", "nia"),
        ("Pakistani Army", "pakistan-army"),
        ("IRGC", "irgc"),
        ("CENTCOM", "centcom"),
        ("FAMa", "malian-armed-forces"),
        ("MEA", "ministry-of-external-affairs"),
        ("State Department", "us-state-department"),
        ("PTI", "press-trust-of-india"),
        ("Pakistan Tehreek-e-Insaf", "pakistan-tehreek-e-insaf"),
        ("UNSC", "un-security-council"),
        ("FATF", "fatf"),
        ("Reuters", "reuters"),
    ],
)
def test_actor_lookups(surface: str, actor_id: str) -> None:
    assert _lookup_actor(surface) == {actor_id}


def test_case_sensitive_aliases_do_not_match_other_cases() -> None:
    assert _lookup_actor("isi") == set()
    assert _lookup_actor("let") == set()
    assert _lookup_actor("raw") == set()
    assert _lookup_actor("Dawn") == {"dawn"}
    assert _lookup_actor("dawn") == set()


def test_subtypes_of_key_actors() -> None:
    assert _actor("isi").subtype == "intelligence"
    assert _actor("nia").subtype == "government"
    assert _actor("fbi").subtype == "government"
    assert _actor("irgc-quds-force").subtype == "military"
    assert _actor("pentagon").subtype == "military"
    assert _actor("ispr").subtype == "military"
    assert _actor("jammu-and-kashmir-police").subtype == "government"
    assert _actor("fatah").subtype == "political_party"
    assert _actor("press-trust-of-india").subtype == "media"
    assert _actor("united-nations").country is None
    assert _actor("lashkar-e-taiba").country == "PK"
    assert "US-FTO" in _actor("lashkar-e-taiba").designations


# --------------------------------------------------------------------------- sites


def test_site_ids_are_kebab_case() -> None:
    bad = [s.id for s in sites() if not KEBAB.match(s.id)]
    assert not bad, bad


def test_point_places_have_valid_coordinates() -> None:
    for s in sites():
        if s.kind in ("site", "city"):
            assert s.lat is not None and s.lon is not None, s.id
            assert -90.0 <= s.lat <= 90.0, s.id
            assert -180.0 <= s.lon <= 180.0, s.id
            assert (s.lat, s.lon) != (0.0, 0.0), s.id


def test_area_places_have_no_coordinates() -> None:
    for s in sites():
        if s.kind in ("country", "admin"):
            assert s.lat is None and s.lon is None, s.id


def test_site_countries_are_iso2() -> None:
    for s in sites():
        assert s.country is None or ISO2.match(s.country), (s.id, s.country)


def test_no_site_surface_form_belongs_to_two_sites() -> None:
    folded: dict[str, set[str]] = defaultdict(set)
    exact: dict[str, set[str]] = defaultdict(set)
    for s in sites():
        for form in (s.name, *s.aliases):
            folded[form.casefold()].add(s.id)
        for form in s.case_sensitive_aliases:
            exact[form].add(s.id)
    clashes = {f: ids for f, ids in (*folded.items(), *exact.items()) if len(ids) > 1}
    assert not clashes, clashes


def test_pok_maps_to_pakistan_occupied_kashmir() -> None:
    assert _lookup_site("PoK") == {"pakistan-occupied-kashmir"}
    pok = _site("pakistan-occupied-kashmir")
    assert pok.name == "Pakistan-occupied Kashmir"
    assert pok.country == "PK"
    assert pok.kind == "admin"
    for alias in ("Azad Kashmir", "Pakistan-administered Kashmir", "Azad Jammu and Kashmir"):
        assert _lookup_site(alias) == {"pakistan-occupied-kashmir"}, alias
    assert _lookup_site("PoJK") == {"pakistan-occupied-kashmir"}


def test_punjab_is_two_places_and_bare_punjab_is_unassigned() -> None:
    assert _site("punjab-pakistan").country == "PK"
    assert _site("punjab-india").country == "IN"
    assert _lookup_site("Punjab") == set()


@pytest.mark.parametrize(
    ("surface", "site_id", "country"),
    [
        ("Line of Control", "line-of-control", None),
        ("LoC", "line-of-control", None),
        ("Baisaran meadow", "baisaran-valley", "IN"),
        ("Wagah", "attari-wagah-border", "IN"),
        ("KP", "khyber-pakhtunkhwa", "PK"),
        ("Baluchistan", "balochistan", "PK"),
        ("FATA", "fata", "PK"),
        ("Gaza", "gaza-strip", "PS"),
        ("Cabo Delgado", "cabo-delgado", "MZ"),
        ("Tin Zaouatine", "tinzaouaten", "ML"),
        ("Crocus City Hall", "crocus-city-hall", "RU"),
    ],
)
def test_site_lookups(surface: str, site_id: str, country: str | None) -> None:
    assert _lookup_site(surface) == {site_id}
    assert _site(site_id).country == country


def test_known_coordinates_are_close() -> None:
    """Spot checks against well-established coordinates (about 0.1 degree)."""
    expected = {
        "crocus-city-hall": (55.83, 37.39),
        "amarnath-cave": (34.21, 75.50),
        "khunjerab-pass": (36.85, 75.43),
        "al-aqsa-mosque": (31.78, 35.24),
    }
    for site_id, (lat, lon) in expected.items():
        s = _site(site_id)
        assert s.lat is not None and s.lon is not None
        assert abs(s.lat - lat) < 0.1 and abs(s.lon - lon) < 0.1, site_id


# --------------------------------------------------------------------------- demonyms


def test_demonyms_map_to_iso2_codes() -> None:
    for word, code in demonyms().items():
        assert word == word.lower().strip() and word, word
        assert isinstance(code, str) and ISO2.match(code), (word, code)


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Pakistani", "PK"),
        ("Indian", "IN"),
        ("Palestinian", "PS"),
        ("Israeli", "IL"),
        ("Afghan", "AF"),
        ("Malian", "ML"),
        ("Somali", "SO"),
        ("Yemeni", "YE"),
        ("Emirati", "AE"),
        ("Saudi", "SA"),
        ("American", "US"),
        ("British", "GB"),
        ("Russian", "RU"),
        ("Ukrainian", "UA"),
        ("Norwegian", "NO"),
    ],
)
def test_demonym_lookups(word: str, code: str) -> None:
    assert demonyms()[word.lower()] == code


def test_regional_words_are_not_demonyms() -> None:
    for word in ("kashmiri", "baloch", "pashtun", "kurdish", "arab", "polish"):
        assert word not in demonyms(), word

"""Entity resolution: one canonical id per real-world thing, constrained by type and country."""

from __future__ import annotations

import pytest

from nexus.resolve import EntityIndex, MentionName, gazetteer_entity_id
from nexus.resolve.names import given_names_compatible, name_key, person_parts, skeleton


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lashkar-e-Taiba", "Lashkar-e-Tayyiba"),
        ("al-Qaeda", "Al Qaida"),
        ("Jaish-e-Mohammed", "Jaish-e-Muhammad"),
        ("Hizbul Mujahideen", "Hizb-ul-Mujahideen"),
    ],
)
def test_transliteration_variants_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


def test_name_key_folds_case_accents_and_punctuation() -> None:
    assert name_key("Al-Qāʿida") == name_key("al qaida")


def test_person_parts_drop_titles_and_split_surname() -> None:
    assert person_parts("Dr. S. Jaishankar") == (("s",), "jaishankar")


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [(("s",), ("subrahmanyam",), True), ((), ("s",), True), (("imran",), ("sadiq",), False)],
)
def test_given_names_compatible(a: tuple[str, ...], b: tuple[str, ...], compatible: bool) -> None:
    assert given_names_compatible(a, b) is compatible


def test_person_name_variants_are_one_person() -> None:
    index = EntityIndex()
    ids = {
        index.resolve(MentionName(n, "PERSON", "IN"))
        for n in ["S Jaishankar", "S. Jaishankar", "Jaishankar", "Subrahmanyam Jaishankar"]
    }
    assert len(ids) == 1


def test_bare_surname_shared_by_two_persons_stays_apart() -> None:
    index = EntityIndex()
    imran = index.resolve(MentionName("Imran Khan", "PERSON", "PK"))
    sadiq = index.resolve(MentionName("Sadiq Khan", "PERSON", "PK"))
    khan = index.resolve(MentionName("Khan", "PERSON", "PK"))
    assert len({imran, sadiq, khan}) == 3


def test_transliterated_org_names_resolve_to_one_entity() -> None:
    index = EntityIndex()
    assert index.resolve(MentionName("Lashkar-e-Taiba", "ORG", "PK")) == index.resolve(
        MentionName("Lashkar-e-Tayyiba", "ORG", "PK")
    )


def test_same_name_of_different_type_stays_apart() -> None:
    index = EntityIndex()
    assert index.resolve(MentionName("Hamas", "ORG")) != index.resolve(MentionName("Hamas", "PLACE"))


def test_same_name_in_different_countries_stays_apart() -> None:
    index = EntityIndex()
    assert index.resolve(MentionName("Ali Khan", "PERSON", "PK")) != index.resolve(
        MentionName("Ali Khan", "PERSON", "IN")
    )


def test_unknown_country_joins_a_known_one() -> None:
    index = EntityIndex()
    assert index.resolve(MentionName("Jaish-e-Mohammed", "ORG", "PK")) == index.resolve(
        MentionName("Jaish-e-Muhammad", "ORG", None)
    )


def test_gazetteer_alias_names_the_entity() -> None:
    index = EntityIndex({("ORG", "let"): "lashkar-e-taiba", ("ORG", "lashkar e taiba"): "lashkar-e-taiba"})
    assert index.resolve(MentionName("LeT", "ORG")) == gazetteer_entity_id("lashkar-e-taiba")
    assert index.resolve(MentionName("Lashkar-e-Taiba", "ORG")) == gazetteer_entity_id("lashkar-e-taiba")


def test_extractor_gazetteer_id_wins() -> None:
    index = EntityIndex()
    found = index.resolve(MentionName("The Front", "ORG", gazetteer_id="trf"))
    assert found == gazetteer_entity_id("trf")


def test_typo_within_type_resolves() -> None:
    index = EntityIndex()
    assert index.resolve(MentionName("Baluchistan Liberation Army", "ORG")) == index.resolve(
        MentionName("Baluchistan Liberaton Army", "ORG")
    )


def test_short_acronyms_do_not_fuzzy_match() -> None:
    index = EntityIndex()
    assert index.resolve(MentionName("ISI", "ORG")) != index.resolve(MentionName("IS", "ORG"))


def test_new_ids_are_stable_across_runs() -> None:
    first = EntityIndex().resolve(MentionName("Hamas", "ORG", "PS"))
    assert first == EntityIndex().resolve(MentionName("Hamas", "ORG", "PS"))

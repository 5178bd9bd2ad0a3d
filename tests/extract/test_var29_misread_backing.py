"""A helping verb the parser reads as a noun or a modifier ("X arms and funds militias", "X has
long sheltered factions") still ties the sentence's opening actor to each group listed after it,
whatever word opens the list ("among them", "notably", "such as"); "X arms" stays a noun before
another noun. A name opening with a group word and followed, between commas, by a description of
a group is a group even when the description's verb became the sentence's root."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Pairs = Callable[[str], set[tuple[frozenset[str], str]]]


def _has(found: set[tuple[frozenset[str], str]], a: str, b: str, rtype: str) -> bool:
    return (frozenset((a, b)), rtype) in found


def test_arms_and_funds_read_as_nouns_still_back_the_listed_groups(relations: Pairs) -> None:
    text = (
        "Russia arms and funds a loose web of friendly militias, among them the Wagner Group in "
        "Libya and the Africa Corps in Mali."
    )
    found = relations(text)
    assert _has(found, "Russia", "Wagner Group", "cooperation"), found
    assert _has(found, "Russia", "Africa Corps", "cooperation"), found
    assert _has(found, "Africa Corps", "Mali", "based_in"), found
    # the misread verb is no "arm" of the state
    assert not _has(found, "Russia", "Wagner Group", "affiliation"), found
    assert not _has(found, "Africa Corps", "Russia", "based_in"), found


def test_a_perfect_helping_verb_parsed_as_a_modifier(relations: Pairs) -> None:
    text = "Qatar has long sheltered exiled factions, among them Hamas in Doha and the Taliban in Kabul."
    found = relations(text)
    assert _has(found, "Qatar", "Hamas", "cooperation"), found
    assert _has(found, "Qatar", "Taliban", "cooperation"), found


def test_notably_opens_the_list_of_members(relations: Pairs) -> None:
    text = (
        "Rwanda supports several rebel movements beyond its borders, notably the M23 in North Kivu "
        "and the Twirwaneho in South Kivu."
    )
    found = relations(text)
    assert _has(found, "Rwanda", "M23", "cooperation"), found
    assert _has(found, "Rwanda", "Twirwaneho", "cooperation"), found
    assert _has(found, "Twirwaneho", "South Kivu", "based_in"), found


def test_such_as_opens_the_list_of_members(relations: Pairs) -> None:
    text = "The United States funds several partner forces, such as the Kurdish Peshmerga in Iraq."
    found = relations(text)
    assert _has(found, "United States", "Kurdish Peshmerga", "cooperation"), found


def test_arms_before_another_noun_stays_a_noun(relations: Pairs) -> None:
    text = "Iran arms shipments to the Houthis rose sharply last year, officials said."
    found = relations(text)
    assert not _has(found, "Iran", "Houthis", "cooperation"), found


def test_a_group_word_name_set_off_as_a_cell_is_a_group(extract: Any) -> None:
    text = "Harakat Nuur, thought to be a cell of the Shabaab, raided two villages near Kismayo."
    types = {e.name: e.type for e in extract(text, published="2025-03-02").entities}
    assert types.get("Harakat Nuur") == "ORG", types

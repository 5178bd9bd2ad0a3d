"""Help given to a party ("X supplies weapons to Y", "X provides Y with funding") is cooperation
with it; a plural recipient's listed members are the recipients, and a source set off by a comma
after the list is no member."""

from __future__ import annotations

from collections.abc import Callable

Read = Callable[[str], set[tuple[frozenset[str], str]]]


def test_supplying_weapons_to_a_group_is_cooperation(relations: Read) -> None:
    text = "Eritrea has been shipping ammunition to al-Shabaab through ports on the Red Sea coast."
    assert (frozenset({"Eritrea", "al-Shabaab"}), "cooperation") in relations(text)


def test_providing_a_group_with_funding_is_cooperation(relations: Read) -> None:
    text = "Investigators found that Qatar provided Hamas with funding for years."
    assert (frozenset({"Qatar", "Hamas"}), "cooperation") in relations(text)


def test_members_listed_after_a_plural_recipient_are_each_helped(relations: Read) -> None:
    text = (
        "Russia sends drones to several allied militias, including the Wagner Group in Mali and "
        "the Fano militia in Ethiopia, according to diplomats."
    )
    found = relations(text)
    assert (frozenset({"Russia", "Wagner Group"}), "cooperation") in found
    assert (frozenset({"Wagner Group", "Mali"}), "based_in") in found


def test_a_source_after_the_list_is_not_a_member(relations: Read) -> None:
    text = (
        "Iran funnels money to allied fighters across the region, notably Hezbollah in Lebanon and "
        "Hamas in Gaza, EU diplomats say."
    )
    found = relations(text)
    assert (frozenset({"Iran", "Hezbollah"}), "cooperation") in found
    assert not any("EU" in pair for pair, _ in found)


def test_refusing_to_send_weapons_is_no_cooperation(relations: Read) -> None:
    text = "Egypt did not send weapons to the Rapid Support Forces, its foreign ministry insisted."
    assert (frozenset({"Egypt", "Rapid Support Forces"}), "cooperation") not in relations(text)


def test_a_source_after_a_backed_list_is_not_a_member(relations: Read) -> None:
    text = (
        "Iran backs several armed movements, notably Hezbollah in Lebanon and Hamas in Gaza, "
        "EU diplomats say."
    )
    found = relations(text)
    assert (frozenset({"Iran", "Hamas"}), "cooperation") in found
    assert (frozenset({"Iran", "EU"}), "cooperation") not in found

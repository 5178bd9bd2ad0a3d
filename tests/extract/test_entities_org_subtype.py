"""``entities.org_subtype``: the subtype an organisation's name words give it."""

from nexus.extract.entities import org_subtype


def test_org_subtype_reads_a_two_word_entry_across_a_hyphen_and_spaces() -> None:
    # ("counter terrorism" is written with a hyphen, "united nations" with two spaces)
    assert org_subtype("Counter-Terrorism Department") == "government"
    assert org_subtype("United  Nations Mission") == "international"


def test_org_subtype_needs_the_whole_entry_not_its_first_word() -> None:
    assert org_subtype("United Bakers") == "other"
    assert org_subtype("Secret Garden Bakery") == "other"


def test_org_subtype_reads_a_one_word_entry_anywhere_in_the_name() -> None:
    assert org_subtype("the Kuta gang") == "armed_group"
    assert org_subtype("Nameless Holdings") == "other"
